"""Speakers: reporting words (went on, shared, penned, in X's words), a quote after its speaker's
sentence, whole descriptions, and who a pronoun is; invented sentences, each checked
with the rule it exercises (briefgen.trace)."""

from __future__ import annotations

import pytest

from briefgen.summary.quotes.extract import extract_quotes
from briefgen.summary.text.analysis import analyse
from briefgen.trace import recording

# (rule that must fire, text, expected (quote text, speaker) pairs), all invented
CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        "speakers.went_on",
        "Ana Ruiz runs the harbour at Lakeside. Ruiz went on, “We lost three boats in a week and nobody "
        "from the county came.”",
        [("We lost three boats in a week and nobody from the county came.", "Ana Ruiz")],
    ),
    (
        # an adverbial clause after "went on" is how she spoke on (the parser hangs "on" as an adverb)
        "speakers.went_on",
        "Ana Ruiz runs the harbour at Lakeside. “We will have the new pier open by the summer,” Ruiz went on, smiling.",
        [("We will have the new pier open by the summer", "Ana Ruiz")],
    ),
    (
        "speakers.shared_words",
        "Ana Ruiz took over the ferry in May. “My first weeks were the hardest of my life,” she shares "
        "with a local magazine.",
        [("My first weeks were the hardest of my life", "Ana Ruiz")],
    ),
    (
        "speakers.shared_words",
        "Writer Ana Ruiz weighed in. “The harbour has never been this busy before,” she penned in a "
        "column for the weekly paper.",
        [("The harbour has never been this busy before", "Ana Ruiz")],
    ),
    (
        "speakers.in_whose_words",
        "Ana Ruiz has studied the tides for years. In Ruiz's words, “the tide tables are simply wrong "
        "for this harbour and must be redrawn.”",
        [("the tide tables are simply wrong for this harbour and must be redrawn.", "Ana Ruiz")],
    ),
    (
        "speakers.in_the_words_of",
        "The ferry sank in March. Here is how bad things got, in the words of the skipper: “We had ten "
        "minutes to get everyone off the boat and onto the rafts before she went down.”",
        [("We had ten minutes to get everyone off the boat and onto the rafts before she went down.", "the skipper")],
    ),
    (
        "speakers.talker_sentence_before",
        "The harbour board met at Lakeside. Ana Ruiz brought up the funding question again at the "
        "meeting. “Why should the port pay for a bridge the county owns and uses every day?”",
        [("Why should the port pay for a bridge the county owns and uses every day?", "Ana Ruiz")],
    ),
    (
        "speakers.talker_sentence_before",
        "The council met on Monday night. Ana Ruiz spoke next. “We cannot keep the ferry running on "
        "hope and goodwill alone.”",
        [("We cannot keep the ferry running on hope and goodwill alone.", "Ana Ruiz")],
    ),
    (
        "speakers.graded_modifier",  # the whole description, its adverb and article too
        "Comments piled up under the video. “Stick to baking, your songs are awful,” a particularly "
        "rude commenter posted below the clip.",
        [("Stick to baking, your songs are awful", "a particularly rude commenter")],
    ),
    (
        # "wrote another": a second voice, not the first one again; the bare pronoun describes
        # no one, so the quote stays unattributed
        "speakers.bare_indefinite_pronoun",
        "Some fans came to her defence. “Her voice still rocks and that is what counts,” one person "
        "wrote. “People complain about everything these days, honestly,” wrote another.",
        [
            ("Her voice still rocks and that is what counts", "one person"),
            ("People complain about everything these days, honestly", None),
        ],
    ),
    (
        "speakers.phrase_from_article",  # a page's share buttons run into the sentence
        "Share Facebook Twitter Email Print A senior harbour official told the inquiry on Tuesday that "
        "“any ferry leaving in that storm was bound to lose its cargo.”",
        [("any ferry leaving in that storm was bound to lose its cargo.", "a senior harbour official")],
    ),
    (
        # the parser hangs the name on the place; the woman named is the sentence's subject,
        # so the "she" after the quote is her, not the woman named later in the sentence
        "speakers.appositive_of_subject_phrase",
        "In 2019 the former harbour chief of Lakeside, Maria Lopez, spoke to a local paper about Ana "
        "Ruiz joining the board. “Her knowledge of the port will help us all a great deal,” she said.",
        [("Her knowledge of the port will help us all a great deal", "Maria Lopez")],
    ),
    (
        # twice "Hale asked her ... she": she is the woman asked, so Hale is no "she"
        "speakers.gender_vote_after_object",
        "Kirsten Dale has run the ferry for years. Reporter Tom Hale asked her if she would sell it. "
        "Later Hale asked her if she had ever been afraid. Hale asked her, “Did the storm damage the "
        "pier?” She answered, “Yes, the north end of the pier is gone now.”",
        [
            ("Did the storm damage the pier?", "Tom Hale"),
            ("Yes, the north end of the pier is gone now.", "Kirsten Dale"),
        ],
    ),
]


@pytest.mark.parametrize("rule,text,pairs", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_reporting_rules(rule: str, text: str, pairs: list[tuple[str, str | None]]) -> None:
    with recording() as fired:
        quotes = extract_quotes(analyse(text))
    assert [(q.text, q.speaker) for q in quotes] == pairs
    assert fired[rule] >= 1, f"{rule} did not fire"


def test_went_on_to_do_something_reports_nothing() -> None:
    # "went on to win" narrates; the quote after it has a speaker of its own
    text = "Ana Ruiz went on to win the race at Lakeside. “It was a long day for all of us,” said Tom Hale."
    with recording() as fired:
        (quote,) = extract_quotes(analyse(text))
    assert quote.speaker == "Tom Hale"
    assert not fired["speakers.went_on"]


def test_went_on_to_do_something_as_a_clause_reports_nothing() -> None:
    # "later went on to win", which the parser may hang as an adverbial clause, narrates too
    text = "Ana Ruiz later went on to win in May. “It was a long day for all of us and the wind was cruel.”"
    with recording() as fired:
        extract_quotes(analyse(text))
    assert not fired["speakers.went_on"]


def test_sharing_a_thing_reports_nothing() -> None:
    # "shared a photo" has an object of its own: it does not introduce the quote
    text = "Ana Ruiz shared a photo of the new ferry with her fans on Sunday: “Back at work after a long winter.”"
    with recording() as fired:
        extract_quotes(analyse(text))
    assert not fired["speakers.shared_words"]


def test_a_quote_after_a_sentence_about_a_thing_has_no_speaker() -> None:
    # the sentence before has no person for its subject: nobody is given the quote
    text = "Ana Ruiz runs the harbour. The old bridge closed again in March. “Why should the port pay for it?”"
    (quote,) = extract_quotes(analyse(text))
    assert quote.speaker is None
