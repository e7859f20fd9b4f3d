"""A blank line ends a sentence in the parse: a headline, caption or subheading without a full
stop is not read as the start of the paragraph after it."""

from __future__ import annotations

from briefgen.nlp import load_pipeline


def test_a_headline_without_a_full_stop_is_its_own_sentence_in_the_parse() -> None:
    doc = load_pipeline()(
        "Kelm Mills cuts 200 jobs at its Selm plant\n\nKelm Mills said on Monday it would cut 200 jobs in Selm."
    )
    sents = [s.text.strip() for s in doc.sents]
    assert sents == [
        "Kelm Mills cuts 200 jobs at its Selm plant",
        "Kelm Mills said on Monday it would cut 200 jobs in Selm.",
    ]
    said = next(t for t in doc if t.text == "said")
    assert said.dep_ == "ROOT"  # the body's verb heads its own sentence, not the headline's object
    assert [c.text for c in said.children if c.dep_ == "nsubj"] == ["Mills"]


def test_a_single_line_break_decides_nothing() -> None:
    # a wrapped line inside a sentence stays one sentence
    doc = load_pipeline()("The council of Selm voted on Monday to sell the old\nharbour office to a builder.")
    assert len(list(doc.sents)) == 1
