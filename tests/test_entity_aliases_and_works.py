"""Another name of a thing named just before ("the Selm camp, also known as the Ridge") is that
thing's alias; a dance or a piece of music named by its form is no actor (invented articles)."""

from __future__ import annotations

import pytest

from briefgen.summary.actors.extract import extract_actors
from briefgen.summary.text.analysis import analyse
from briefgen.trace import recording


def _actors(text: str) -> dict[str, tuple[str, list[str]]]:
    return {a.name: (a.kind, a.aliases) for a in extract_actors(analyse(text), [])}


def test_a_name_also_known_as_another_is_one_actor_of_the_first_ones_kind() -> None:
    text = (
        "About 12,000 people live in the Tarvik camp, also known as the Ridge, near the border with Norland.\n\n"
        "Aid convoys reached the Ridge twice last year, the United Nations said.\n\n"
        "The Tarvik camp has had no doctor since May."
    )
    with recording() as seen:
        actors = _actors(text)
    assert "Ridge" not in actors
    assert "Ridge" in actors["Tarvik"][1]
    assert seen["entities.also_known_as"] == 1


def test_another_name_after_a_place_inside_a_phrase_is_not_that_places() -> None:
    # "the Rukvale camp in Norland, also known as the Ridge": the camp's other name, not Norland's
    text = (
        "About 12,000 people live in the Rukvale camp in Norland, also known as the Ridge.\n\n"
        "Aid convoys reached the Ridge twice last year, the United Nations said.\n\n"
        "Families have lived in Rukvale since 2014."
    )
    actors = _actors(text)
    assert "Ridge" not in actors.get("Norland", ("", []))[1]


def test_a_pair_known_as_two_names_is_no_alias() -> None:
    text = (
        "The light art duo Kelp & Co, also known as Ana Soto and Ben Lusk, built the bridge of lamps.\n\n"
        "Ana Soto said the lamps were made from old buoys. Ben Lusk wired them."
    )
    actors = _actors(text)
    assert "Ana Soto" in actors and "Ben Lusk" in actors


@pytest.mark.parametrize("work", ["Harbour Drum Dance", "Selm Symphony", "Lantern Sonata"])
def test_a_dance_or_a_piece_of_music_is_no_actor(work: str) -> None:
    text = (
        f"The Kelmsby Theatre company opened the festival with the {work} on Friday.\n\n"
        f"The {work} was first performed at the court in 1790, the company's director Ana Soto said."
    )
    actors = _actors(text)
    assert work not in actors and "Ana Soto" in actors


@pytest.mark.parametrize(
    ("first", "second"),
    [("Norvest Bank", "NorvestBank"), ("KelbyWorks", "Kelby Works"), ("Harbour-Line", "Harbour Line")],
)
def test_a_company_written_two_ways_is_one_actor(first: str, second: str) -> None:
    # an article that writes one company's name with and without its space or hyphen (the model
    # may type one form a person: it takes the other's kind)
    text = (
        f"Profits at the shipping firm {first} rose 12% in the year to June.\n\n"
        f"Ana Soto, chief executive of {second}, said the new ferries had paid off.\n\n"
        f"{second} will open two more routes in the spring, the company said."
    )
    with recording() as seen:
        actors = _actors(text)
    assert len([name for name in actors if name in (first, second)]) == 1
    assert all(kind == "organization" for name, (kind, _) in actors.items() if name in (first, second))
    assert seen["entities.spelling_variant"] >= 1


def test_two_letters_without_full_stops_are_not_merged_with_a_spaced_pair() -> None:
    # "AB" and "A B" may be anything: only a dotted form ("N.B.") squashes to its letters
    with recording() as seen:
        _actors("The Kelby Ferry Board met on Monday. Ana Soto of KFB said fares would rise in May.")
    assert seen["entities.spelling_variant"] == 0


def test_a_place_written_as_the_initials_of_a_place_of_the_article_is_that_place() -> None:
    text = (
        "The actor flew to San Tarvo on Monday for the premiere. Fans in ST had queued since dawn, "
        "and the film opens across ST on Friday."
    )
    with recording() as seen:
        actors = _actors(text)
    assert "ST" not in actors
    assert "ST" in actors["San Tarvo"][1]
    assert seen["entities.place_initials"] >= 1
