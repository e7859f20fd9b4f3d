"""People named with a given name that other evidence could take for something else: a name
under "the" and an adjective, and a name the model left untagged after a possessive.
Invented text; where the model tags an invented name itself, its miss is made by hand."""

from __future__ import annotations

import pytest

from briefgen.summary.actors import extract_actors
from briefgen.summary.entities.untagged import untagged_names
from briefgen.summary.text.analysis import analyse
from briefgen.trace import recording


def _kinds(text: str) -> dict[str, str]:
    return {a.name: a.kind for a in extract_actors(analyse(text), [])}


@pytest.mark.parametrize(
    "text",
    [
        "The 14th-ranked Diego Marquez said he played well. Marquez meets Ana Ruiz next.",
        "The top-ranked Diego Marquez lost in three sets on Sunday.",
    ],
)
def test_a_name_under_the_and_an_adjective_that_ends_in_a_surname_is_a_person(text: str) -> None:
    kinds = _kinds(text)
    assert kinds.get("Diego Marquez") == "person", kinds


def test_a_name_under_the_that_ends_in_an_english_word_is_still_no_person() -> None:
    # "Vale" is a census surname too, but an English word: the guard leaves the place alone
    kinds = _kinds("Walkers crossed the northern Corrie Vale on Sunday. Rain closed the Corrie Vale path.")
    assert kinds.get("Corrie Vale") != "person", kinds


def _untagged(text: str, name: str) -> tuple[dict[str, str], dict[str, int]]:
    an = analyse(text)
    an.doc.ents = [e for e in an.doc.ents if name not in e.text]
    with recording() as fired:
        found = {m.text: m.kind for m in untagged_names(an, [])}
    return found, dict(fired)


def test_an_untagged_given_name_and_a_family_name_are_a_person() -> None:
    found, fired = _untagged("Norland's Mila Petrovic beat Ana Ruiz in Saturday's semi-final.", "Mila Petrovic")
    assert found.get("Mila Petrovic") == "person", found
    assert fired.get("entities.untagged_given_name", 0) > 0


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the last word is English: a place named after a person
        ("Tourists crowded Victoria Falls on Sunday, the park said.", "Victoria Falls"),
        # a place's first word
        ("Santa Rosalita lost power on Sunday, the utility said.", "Santa Rosalita"),
    ],
)
def test_no_person_from_a_given_name_before_an_english_word_or_after_a_place_word(text: str, name: str) -> None:
    found, fired = _untagged(text, name)
    assert found.get(name) != "person", found
    assert not fired.get("entities.untagged_given_name")


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Grace Park, a spokeswoman for the council, said the road would reopen. Park said crews worked.",
            "Grace Park",
            "person",
        ),
        ('"We are ready," said Grace Park. The road reopens on Monday.', "Grace Park", "person"),
        ("Jo Park scored twice for Kelm Rovers on Sunday. Park has 14 goals this season.", "Jo Park", "person"),
        # a park named after a person stays a place: the mentions show no person
        ("Thousands marched through Victoria Park on Sunday to protest the law.", "Victoria Park", "place"),
        # a place word no common surname ("Harbor") keeps the name a place whatever the given name
        ("Boats crowded Grace Harbor on Sunday for the regatta.", "Grace Harbor", "place"),
    ],
)
def test_a_given_name_and_a_common_surname_that_is_a_places_word_are_decided_by_the_mentions(
    text: str, name: str, kind: str
) -> None:
    kinds = _kinds(text)
    assert kinds.get(name) == kind, kinds
