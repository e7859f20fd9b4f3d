"""Speakers that a phrase near a quote points back to: the person a "who" clause describes, the
organisation an "it" stands for, the whole description a complement completes, the reporter a
participle goes on with, and which of two people who share a surname is meant. Each rule on
invented sentences, checked with the rule it exercises (briefgen.trace)."""

from __future__ import annotations

import pytest

from briefgen.summary.quotes.extract import extract_quotes
from briefgen.summary.text.analysis import analyse
from briefgen.trace import recording

# (rule that must fire, text, expected (quote text, speaker) pairs), all invented
CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        # a who clause that closes a list of people describes the last of them
        "speakers.relative_who",
        "The launch drew singers like Tom Lee, Bo Park and Jane Roe, who joked of the ship, “I haven't been "
        "on board yet, but I will.”",
        [("I haven't been on board yet, but I will.", "Jane Roe")],
    ),
    (
        # ... and one hung on the title in apposition to a name describes the person named
        "speakers.relative_who",
        "The mayor has a cool relationship with Tom Lee, now the council leader, who in 2012 said the "
        "party's main goal was to make the mayor a “one-term wonder of the city.”",
        [("one-term wonder of the city.", "Tom Lee")],
    ),
    (
        # an "it" after a subordinate clause whose subject is an organisation is that organisation
        "speakers.organisation_pronoun",
        "Although the Harbour Board did not name the ferry firm, it cited “serious and repeated breaches "
        "of the safety code” in its decision.",
        [("serious and repeated breaches of the safety code", "Harbour Board")],
    ),
    (
        # a description keeps its complement up to the comma of the clause that describes it
        "speakers.complement_before_comma",
        "A spokesman for the Harbour Board, which runs the port, said the fees were “fair and in line "
        "with other ports in the region.”",
        [("fair and in line with other ports in the region.", "a spokesman for the Harbour Board")],
    ),
    (
        # "adding" after a reported clause goes on with the report: its subject is the reporter's
        "speakers.participle_of_reporter",
        "Tom Lee said Ana Ruiz had spoken with great care, adding: “She listened to all of us and took notes.”",
        [("She listened to all of us and took notes.", "Tom Lee")],
    ),
    (
        # a surname the tagger took for a common noun is still the person named in full
        "speakers.surname_mistagged",
        "Senator Ana Hunt is running for mayor again this year. Hunt openly admires the governor of the "
        "state as a “bold reformer,” likening him to his own father.",
        [("bold reformer", "Ana Hunt")],
    ),
    (
        # "the report" said what the one who put out "a report" before says in it
        "speakers.document_antecedent",
        "The charity Harbourwatch says in a report that ports pollute more than ever. The report said: "
        "“Rich ports are getting dirtier while poor ones pay the price.”",
        [("Rich ports are getting dirtier while poor ones pay the price.", "Harbourwatch")],
    ),
    (
        # a mention of "the report" that names no author hands the search on to the one before it
        "speakers.document_antecedent_chain",
        "The charity Harbourwatch says in a report that ports pollute more than ever. Few ports have a "
        "plan to clean their water, the report says. The report said: “Rich ports are getting dirtier "
        "while poor ones pay the price.”",
        [("Rich ports are getting dirtier while poor ones pay the price.", "Harbourwatch")],
    ),
    (
        # a body's noun that is no word of its name stands for the organisation that has just spoken
        "speakers.description_of_organisation_that_spoke",
        "The probe found ice near the pole, KSA said in a statement on Monday. “The ice lies under a thin "
        "layer of dust and rock,” the agency noted.",
        [("The ice lies under a thin layer of dust and rock", "KSA")],
    ),
    (
        # ... and what a letter someone sent says is theirs
        "speakers.document_antecedent",
        "Tom Lee sent a letter to the mayor. “I have waited long enough for an answer,” the letter said.",
        [("I have waited long enough for an answer", "Tom Lee")],
    ),
    (
        # "They said:" is said by many: not by the one person named in the sentence before
        "speakers.pronoun_reporter",
        "The researchers, who included Dr Omar Khan of the city university, found a new frog. Dr Khan said "
        "the region was remote. They said: “The frog is threatened by logging and by new roads.”",
        [("The frog is threatened by logging and by new roads.", None)],
    ),
    (
        # ... and "It said:" after an organisation is that organisation
        "speakers.pronoun_reporter",
        "The Harbour Board rejected the offer on Monday. It said: “The terms do not reflect the value of the "
        "port at all.”",
        [("The terms do not reflect the value of the port at all.", "Harbour Board")],
    ),
    (
        # a colon's speaker keeps the quote when a new clause with a speaker of its own follows it
        "speakers.colon_over_joined_clause",
        "The post drew mixed reactions online. Mary Stone wrote: “Some drivers really are careless,” while "
        "Alan Price added: “Only on this road.”",
        [("Some drivers really are careless", "Mary Stone"), ("Only on this road.", "Alan Price")],
    ),
    (
        # Mr. and Mrs. tell a couple apart
        "speakers.surname_by_honorific",
        "Senator Ana Ruiz opened her campaign in Ohio on Monday. Her husband, Tom Ruiz, was there too.\n\n"
        "“We are going to fight for every vote in this state,” Mr. Ruiz said. “We need every one of them,” "
        "Mrs. Ruiz said.",
        [
            ("We are going to fight for every vote in this state", "Tom Ruiz"),
            ("We need every one of them", "Ana Ruiz"),
        ],
    ),
]


@pytest.mark.parametrize("rule,text,pairs", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_antecedent_rules(rule: str, text: str, pairs: list[tuple[str, str | None]]) -> None:
    with recording() as fired:
        quotes = extract_quotes(analyse(text))
    assert [(q.text, q.speaker) for q in quotes] == pairs
    assert fired[rule] >= 1, f"{rule} did not fire"


def test_a_document_no_one_put_out_before_has_no_speaker() -> None:
    text = "The board met on Friday. “We will appeal the decision of the court,” the statement read."
    (quote,) = extract_quotes(analyse(text))
    assert quote.speaker is None


def test_a_relative_met_just_before_the_surname_is_the_one_meant() -> None:
    # the first-use convention yields to a bearer named in full as the subject just before
    text = (
        "Senator Ana Ruiz opened her campaign in Ohio on Monday. “We will win this state,” Ruiz said.\n\n"
        "Former governor Tom Ruiz spoke next. “We are going to fight for every vote,” Ruiz said."
    )
    quotes = extract_quotes(analyse(text))
    assert [q.speaker for q in quotes] == ["Ana Ruiz", "Tom Ruiz"]


def test_a_she_goes_to_the_woman_the_sentence_before_names_over_a_man_it_tells_nothing_of() -> None:
    # neither is the subject of the sentence before; the article tells Ana Roe is a woman (her
    # given name, her own "her"), nothing of Brio Vale, named last: "she" is Ana Roe (invented)
    text = (
        "Ana Roe can sing her old songs at the harbour festival after all\n\n"
        "A quarrel between Ana Roe and her old label seems close to an end.\n\n"
        "Ana Roe's early records belong to Harbour Records, a label that a fund run by the promoter "
        "Brio Vale took over in May.\n\n"
        'In a blog entry that week she called the sale "a sad day" and accused him of "quiet, steady '
        'bullying".\n'
    )
    with recording() as fired:
        quotes = extract_quotes(analyse(text))
    assert fired["speakers.pronoun_told_gender"] >= 1
    assert [q.speaker for q in quotes] == ["Ana Roe", "Ana Roe"]
