"""Surnames the entity model reads as dates ("Gregory Weeks", "Ana Day"): the person is an actor,
also by surname alone; dates stay dates (invented sentences)."""

from __future__ import annotations

import pytest

from briefgen.summary.text.analysis import analyse
from briefgen.trace import recording


def test_a_surname_that_is_a_word_of_time_makes_a_person_with_the_given_name_before_it() -> None:
    # the small model makes this slip on some names only; the test sets its labels as it does
    from spacy.tokens import Span

    from briefgen.nlp import load_pipeline
    from briefgen.summary.text.date_names import join_date_surnames

    text = (
        "Norlandic teacher Kevin Marsh and Welsh Gregory Weeks were freed on Tuesday. "
        "Marsh and Weeks were abducted in 2016. Their families thanked the coastguard."
    )
    doc = load_pipeline()(text)
    words = [t.text for t in doc]
    weeks = [i for i, w in enumerate(words) if w == "Weeks"]
    marsh = words.index("Kevin")
    doc.ents = [
        Span(doc, marsh, marsh + 2, label="PERSON"),
        *(Span(doc, i, i + 1, label="DATE") for i in weeks),
    ]
    with recording() as seen:
        join_date_surnames(doc)
    people = [e.text for e in doc.ents if e.label_ == "PERSON"]
    assert people == ["Kevin Marsh", "Gregory Weeks", "Weeks"]
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
