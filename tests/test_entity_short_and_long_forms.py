"""One body is one actor however the article names it: a paper by the last word of its name ("the
Chronicle"), a team or a house by the plural that ends its name ("the Lords"), a
department with its head first or last ("the Department of Fisheries", "the Fisheries
Department"); and a body's name that goes on with "of" and a place is whole ("the Eastern District
of Norland"), not a fragment and a place apart. Invented articles."""

from __future__ import annotations

import pytest

from briefgen.summary.actors.extract import extract_actors
from briefgen.summary.text.analysis import analyse
from briefgen.trace import recording


def _actors(text: str) -> dict[str, tuple[str, list[str]]]:
    return {a.name: (a.kind, a.aliases) for a in extract_actors(analyse(text), [])}


def test_a_paper_called_by_the_last_word_of_its_name_is_that_paper() -> None:
    text = (
        "The Harbour Chronicle reported the sale first on Monday. The Chronicle said the talks had lasted a "
        "year, and the port's owners did not deny it."
    )
    with recording() as seen:
        actors = _actors(text)
    assert "Chronicle" not in actors
    assert "Chronicle" in actors["Harbour Chronicle"][1]
    assert seen["entities.outlet_short_form"] == 1


def test_a_last_word_two_papers_share_stays_apart() -> None:
    # two papers end in "Times": "the Times" alone may be either
    text = (
        "The Kelby Times and the Dunmore Times both ran the story on Monday. The Times said the mayor had "
        "known for a month."
    )
    actors = _actors(text)
    assert "Times" not in actors.get("Kelby Times", ("", []))[1]
    assert "Times" not in actors.get("Dunmore Times", ("", []))[1]


@pytest.mark.parametrize(
    ("text", "full", "short"),
    [
        (
            "The House of Lords voted on the harbour bill on Monday. The Lords rejected it by 40 votes, "
            "and ministers said they would try again.",
            "House of Lords",
            "Lords",
        ),
    ],
)
def test_a_body_called_by_the_plural_that_ends_its_name_is_that_body(text: str, full: str, short: str) -> None:
    with recording() as seen:
        actors = _actors(text)
    assert short not in actors
    assert short in actors[full][1]
    assert seen["entities.plural_short_form"] == 1


def test_a_plural_is_not_merged_into_words_run_into_a_name() -> None:
    # "told Harbour the Otters": the parse ran a word and a name together; no fuller name of the team
    text = (
        "The coach told Harbour the Otters would win the cup. The Otters lost 2-0 on Saturday, "
        "and the coach resigned on Sunday."
    )
    actors = _actors(text)
    assert not any("Otters" in aliases for _, aliases in actors.values())


def test_a_department_named_head_first_and_head_last_is_one_body() -> None:
    text = (
        "The Department of Fisheries opened an inquiry into the spill on Monday. A Fisheries Department "
        "spokesman said divers had found the leak."
    )
    with recording() as seen:
        actors = _actors(text)
    assert "Fisheries Department" not in actors
    assert "Fisheries Department" in actors["Department of Fisheries"][1]
    assert seen["entities.head_first_name"] == 1


def test_a_bodys_name_going_on_with_of_and_a_place_is_whole() -> None:
    text = (
        "Ana Roe, a prosecutor in the Eastern District of Norland, said the case was closed. Tom Venn "
        "studied at the University of Kelby before he joined the firm."
    )
    with recording() as seen:
        actors = _actors(text)
    assert "Eastern District of Norland" in actors
    assert "University of Kelby" in actors
    assert "Eastern District" not in actors and "Kelby" not in actors
    assert seen["entities.of_name_after"] >= 1


def test_a_name_before_of_a_place_and_a_common_noun_stays_as_it_is() -> None:
    # "of the Kelby region": the place is a word of a longer common noun phrase, no part of the name
    text = "Records show the Harbour Court of the Kelby region ruled for the firm in May."
    actors = _actors(text)
    assert not any(name.startswith("Harbour Court of") for name in actors)


def test_a_body_called_by_the_last_two_words_of_its_name_is_that_body() -> None:
    text = (
        "The panel heard evidence from the Kelby Harbour Works Committee in June, Ben Lusk said on "
        "Monday.\n\nThe Works Committee will publish its report in May, before the summer recess."
    )
    with recording() as seen:
        actors = _actors(text)
    assert "Works Committee" not in actors
    assert "Works Committee" in actors["Kelby Harbour Works Committee"][1]
    assert seen["entities.org_by_its_two_last_words"] >= 1


@pytest.mark.parametrize(
    "text",
    [
        # a branch named for its people: another party than the national one
        "The Welsh Farmers Union chose a new leader on Friday. The Farmers Union in London welcomed the vote.",
        # a state's court beside the nation's
        "The Ohio Supreme Court upheld the ban on Monday. The Supreme Court in Washington may hear an appeal.",
    ],
)
def test_a_body_named_for_a_people_or_a_state_stays_apart_from_the_shorter_name(text: str) -> None:
    actors = _actors(text)
    assert len([name for name in actors if name.endswith(("Farmers Union", "Supreme Court"))]) == 2, actors


def test_a_league_of_champions_or_of_nations_is_a_competition_no_actor() -> None:
    text = (
        "Kelby Rovers beat Selm United 2-0 in the Skippers League on Tuesday, and the Norland League met in Selm. "
        "The Skippers League final will be played in May, the club said."
    )
    with recording() as seen:
        actors = _actors(text)
    assert "Skippers League" not in actors and "Kelby Rovers" in actors
    assert seen["entities.league_of_plurals"] >= 1
