"""Surnames the entity model reads as dates ("Timothy Weeks", "Ana Day"): the person is an actor,
also by surname alone; dates stay dates (invented sentences)."""

from __future__ import annotations

import pytest

from briefgen.summary.actors.extract import extract_actors
from briefgen.summary.text.analysis import analyse
from briefgen.trace import recording


def _people(text: str) -> dict[str, int]:
    return {a.name: a.mentions for a in extract_actors(analyse(text), []) if a.kind == "person"}


def test_a_surname_that_is_a_word_of_time_makes_a_person_with_the_given_name_before_it() -> None:
    text = (
        "Norlandic teacher Kevin Marsh and Australian Timothy Weeks, both lecturers at the harbour college, were "
        "freed on Tuesday.\n\n"
        "Marsh and Weeks were abducted by gunmen in the capital in 2016.\n\n"
        "Weeks' family thanked the coastguard."
    )
    with recording() as seen:
        people = _people(text)
    assert "Timothy Weeks" in people and people["Timothy Weeks"] >= 2
    assert seen["entities.date_surname"] == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "The ferry to Selm ran again In July after the storm.",  # no given name: a date
        "Weeks later, the ferry to Selm ran again.",  # a sentence's first word
        "The council met on Tuesday and Ana Ruiz spoke for weeks.",
    ],
)
def test_dates_stay_dates(sentence: str) -> None:
    an = analyse(sentence)
    with recording() as seen:
        analyse(sentence)
    assert seen["entities.date_surname"] == 0
    assert not any(e.label_ == "PERSON" and ("July" in e.text or "Weeks" in e.text) for e in an.doc.ents)
