"""Sentence splitting: exact offsets, never across lines, closing marks kept with their sentence."""

from __future__ import annotations

import pytest

from briefgen.summary.text.sentences import split_sentences


@pytest.mark.parametrize(
    "text",
    [
        'Mr. Smith went to Washington. He said "It is fine." Then he left.\nU.S. officials agreed.',
        "“We won,” she said. “Again.” Done.\n\nA second paragraph here.",
        'The crew said "the fish were not biting at all." " Then there was the issue of food.',
    ],
)
def test_offsets_are_exact_and_lines_are_not_crossed(text: str) -> None:
    sentences = split_sentences(text)
    assert sentences
    for s in sentences:
        assert text[s.start : s.end] == s.text
        assert "\n" not in s.text
        assert s.text == s.text.strip()


def test_a_closing_mark_stays_with_its_sentence() -> None:
    text = 'The boat left early. "We were happy," he said. " Then there was the issue of food. The fish bit.'
    sentences = split_sentences(text)
    assert not any(s.text.startswith('"') and s.text[1:2] == " " for s in sentences)
    assert [s.text for s in sentences][2:] == ["Then there was the issue of food.", "The fish bit."]


def test_no_sentence_opens_on_the_comma_after_a_party_and_state() -> None:
    text = "The vote failed. Sen. Ana Roe, D-Calif., called it a loss. Rep. Tom Lee, R-Ore., agreed."
    sentences = [s.text for s in split_sentences(text)]
    assert sentences == [
        "The vote failed.",
        "Sen. Ana Roe, D-Calif., called it a loss.",
        "Rep. Tom Lee, R-Ore., agreed.",
    ]
    assert all(text[s.start : s.end] == s.text for s in split_sentences(text))


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "The gates stayed shut from 11:15 p.m. Oct. 3 to 5:45 a.m. the day after, the harbour said. Ships waited.",
            [
                "The gates stayed shut from 11:15 p.m. Oct. 3 to 5:45 a.m. the day after, the harbour said.",
                "Ships waited.",
            ],
        ),
        (
            "The harbour board meets at 8 a.m. GMT for its yearly vote. Fees may rise.",
            ["The harbour board meets at 8 a.m. GMT for its yearly vote.", "Fees may rise."],
        ),
        (
            "The dancers kept going until almost 4 a.m. Sunday on the quay.",
            ["The dancers kept going until almost 4 a.m. Sunday on the quay."],
        ),
        # a clock time that ends its sentence stays the end of it
        (
            "The polls closed at 8 p.m. Turnout was high in the north.",
            ["The polls closed at 8 p.m.", "Turnout was high in the north."],
        ),
    ],
)
def test_a_clock_time_ends_a_sentence_only_when_no_day_date_or_zone_follows(text: str, expected: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On the eve of the vote — who is your harbour master, again? — we reach the pier's centenary. It rained.",
            [
                "On the eve of the vote — who is your harbour master, again? — we reach the pier's centenary.",
                "It rained.",
            ],
        ),
        (
            "The real question — “why did the pier fail?” — has less to do with money. Yes.",
            ["The real question — “why did the pier fail?” — has less to do with money.", "Yes."],
        ),
        # a question before a dash and a capital, or before no dash, still ends its sentence
        (
            "Who pays? — The Harbour Board, in the end. Fees rise.",
            ["Who pays?", "— The Harbour Board, in the end.", "Fees rise."],
        ),
        ("He asked: why now? The answer came later.", ["He asked: why now?", "The answer came later."]),
    ],
)
def test_a_question_inside_dashes_ends_no_sentence(text: str, expected: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == expected


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # a page that set two sentences in separate elements without a space between
        (
            "The yard closed on Wednesday.The owners sold it to a firm from Selm.",
            ["The yard closed on Wednesday.", "The owners sold it to a firm from Selm."],
        ),
        # a code's attribute, a web address, a title's abbreviation, a short word: no boundary
        (
            "Call mod.Bar() to start. Visit www.Example.com today.",
            ["Call mod.Bar() to start.", "Visit www.Example.com today."],
        ),
        ("Ask Prof.Jones about it. He said no.", ["Ask Prof.Jones about it.", "He said no."]),
        ("The firm GeneralMills.PandoSites runs it.", ["The firm GeneralMills.PandoSites runs it."]),
    ],
)
def test_a_full_stop_run_into_the_next_sentence_ends_a_sentence(text: str, sentences: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == sentences
