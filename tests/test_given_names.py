"""The list of given names: the 1990 census names and the newer ones of the SSA's baby names,
no English word or place among the added ones, and what the added names change in a brief
(invented text)."""

from __future__ import annotations

import pytest

from briefgen.lang.en.given_names import given_name_gender, is_given_name
from briefgen.summary.keypoints.pronoun_names import name_for_pronoun
from briefgen.summary.keypoints.ranking import build_units
from briefgen.summary.text.analysis import analyse


@pytest.mark.parametrize(("name", "gender"), [("Farhan", "m"), ("Ayman", "m"), ("Humza", "m"), ("Gwynne", "f")])
def test_names_the_census_lacks_are_given_names_with_their_gender(name: str, gender: str) -> None:
    assert is_given_name(name)
    assert given_name_gender(f"{name} Lusk") == gender
    assert not is_given_name(name, common=True)  # rare by the census's measure: no "common" name


@pytest.mark.parametrize("word", ["River", "Justice", "Brooklyn", "Camera", "Keyboard"])
def test_words_and_places_are_not_added(word: str) -> None:
    assert not is_given_name(word)


def test_a_he_after_a_name_only_the_added_list_knows_gets_that_name() -> None:
    text = (
        "The harbour board met on Monday to discuss the new ferry timetable.\n\n"
        "Ayman Rashid, who chairs the board, said the winter sailings would stay. "
        "Mary Okafor, a councillor, asked about the fares. "
        "He said the fares would not rise before the spring."
    )
    an = analyse(text)
    unit = next(u for u in build_units(an) if u.text.startswith("He said the fares"))
    point = name_for_pronoun(an, unit)
    assert point is not None and point.text == "Ayman Rashid said the fares would not rise before the spring."


def test_two_words_opening_on_a_rarer_given_name_or_closing_on_a_census_surname_are_a_person() -> None:
    """Invented names: the parser may call them organisations; their own words say a person. A
    city ("San Diego") or a place the parser labels one ("Taunton Deane") is no person."""
    from briefgen.summary.entities.name_words import given_name_shaped, surname_shaped

    assert given_name_shaped("Keoni Varnok")  # a given name of the list, not a common one
    assert not given_name_shaped("San Diego") and not given_name_shaped("Abu Dhabi")  # cities
    assert not given_name_shaped("Keoni Lantern")  # a word of the dictionary
    assert surname_shaped("Zdenek Dombrowski") and surname_shaped("Taavi Kowalczyk")
    assert not surname_shaped("Zdenek Lantern") and not surname_shaped("Zdenek Dombrowski Ltd")


@pytest.mark.parametrize(("word", "given"), [("Jean-Paul", True), ("Anne-Marie", True), ("Rolls-Royce", False)])
def test_a_double_given_name_is_one_when_each_part_is(word: str, given: bool) -> None:
    assert is_given_name(word, common=True) is given


def test_a_person_with_a_double_given_name_is_one_person_with_the_surname_alone() -> None:
    # the model may tag "Jean-Paul Marchetti" an organisation and "Marchetti" a person: the double
    # given name makes both one person (the point's surname then gets the full name)
    from briefgen.summary.actors.extract import extract_actors

    text = (
        "The mill's last film was Long Harbour, directed by Jean-Paul Marchetti. Marchetti was also "
        "responsible for the mill's museum in 2001.\n\nMarchetti said he was delighted."
    )
    actors = {a.name: (a.kind, a.aliases) for a in extract_actors(analyse(text), [])}
    assert actors["Jean-Paul Marchetti"] == ("person", ["Marchetti"])
