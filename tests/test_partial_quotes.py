"""Partial quotes: words quoted inside the writer's sentence carry that sentence as context,
and every format shows them with it (invented articles)."""

from __future__ import annotations

import json
from pathlib import Path

from briefgen.digest.compose import best_quote
from briefgen.model import Brief, Quote
from briefgen.rendering.filters import quote_around
from briefgen.summary.quotes.extract import extract_quotes, find_quote_spans
from briefgen.summary.quotes.partial import quote_kind_with_speaker
from briefgen.summary.text.analysis import analyse
from briefgen.trace import recording
from conftest import run_cli

LEVY = (
    "The mayor of Harbour City, Lena Ortiz, called the new parking levy “a tax on every family that drives "
    "to work,” and promised to fight it in the council on Tuesday.\n\n"
    "“We will not let this pass without a vote of the whole council,” Ortiz said after the meeting.\n\n"
    "The levy would raise 4 million dollars a year for the tram line, according to the city budget office."
)


def _quotes(text: str) -> list[Quote]:
    return extract_quotes(analyse(text))


def test_partial_quote_gets_its_sentence() -> None:
    partial, whole = _quotes(LEVY)
    assert partial.text.startswith("a tax on every family")
    assert partial.context is not None
    sentence = LEVY[partial.context[0] : partial.context[1]]
    assert sentence.startswith("The mayor of Harbour City") and sentence.endswith("on Tuesday.")
    assert whole.context is None  # opens in upper case and stands on its own


def test_quote_opening_its_sentence_in_lower_case_gets_no_context() -> None:
    text = "“if the river rises again, we move the market,” the harbour master, Tom Reyes, told reporters on Monday."
    (quote,) = _quotes(text)
    assert quote.context is None


def test_too_long_a_sentence_is_not_given() -> None:
    padding = " ".join(["and the committee met again"] * 10)
    text = f"The council chair, Ana Li, said {padding} that the plan was “a sensible step for the whole city.”"
    (quote,) = _quotes(text)
    assert quote.context is None


LONG_SENTENCE = (
    "While more than 600 million people in the region have finished their course of doses, and 40 countries and "
    "territories have already begun to give a third dose to older people, the agency must now “redouble its "
    "efforts to reach the villages that have had no doses at all” as soon as it can, Dr Ana Roe said on Monday."
)


def test_of_a_sentence_too_long_to_show_the_clause_that_holds_the_quote_is_given() -> None:
    with recording() as fired:
        (quote,) = _quotes(LONG_SENTENCE)
    assert fired["quotes.partial_clause"]
    assert quote.context is not None
    assert LONG_SENTENCE[quote.context[0] : quote.context[1]].startswith("the agency must now “redouble")
    before, quoted, after = quote_around(quote, LONG_SENTENCE) or ("", "", "")
    assert before == "…the agency must now "  # a part of the sentence, shown so
    assert quoted.startswith("redouble its efforts") and after == " as soon as it can, Dr Ana Roe said on Monday."


def test_the_clause_does_not_open_inside_a_quotation_before_the_quote() -> None:
    text = (
        "At the end of a long week of talks with the ministers of the region about the ferries, the fares and the "
        "new timetable, and the Harbour Board chair noted that “in every winter, we have seen the boats run late,” "
        "but they now “know what it takes to keep the boats on time.”"
    )
    quotes = _quotes(text)
    last = quotes[-1]
    assert last.text.startswith("know what it takes") and last.context is not None
    assert text[last.context[0] : last.context[1]].startswith("and the Harbour Board chair noted that “in every")


def test_a_long_sentence_shows_its_clause_in_the_brief(tmp_path: Path) -> None:
    source = tmp_path / "doses.txt"
    source.write_text("Agency urges a new push on doses\n\n" + LONG_SENTENCE + "\n\n" + LEVY, encoding="utf-8")
    result = run_cli("build", str(source), "-f", "md", "-o", str(tmp_path))
    assert result.returncode == 0, result.stderr
    md = (tmp_path / "doses.md").read_text(encoding="utf-8")
    assert "*In the article:* …the agency must now “redouble its efforts to reach the villages" in md


LONG_QUOTE = (
    "A spokesman for the river agency, Tom Reyes, told the Valley Courier that the agency is “keeping in "
    "close touch with the councils of the three valleys, who want a survey of every bank finished before any "
    "crew goes in, as well as with the ferry board to make sure the boats keep running while the work goes "
    "on.”"
)


def test_a_long_quote_inside_a_sentence_with_few_words_of_the_writers_gets_the_sentence() -> None:
    with recording() as fired:
        (quote,) = _quotes(LONG_QUOTE)
    assert len(LONG_QUOTE.split()) > 50 and fired["quotes.long_quote_context"]
    assert quote.context == (0, len(LONG_QUOTE))
    before, quoted, after = quote_around(quote, LONG_QUOTE) or ("", "", "")
    # the line shows who said it to whom, and the quote's opening words: the quote stands above it
    assert before == "A spokesman for the river agency, Tom Reyes, told the Valley Courier that the agency is "
    assert quoted == "keeping in close touch with the councils of the three …" and after == ""


def test_a_long_quote_shows_its_sentence_in_the_brief(tmp_path: Path) -> None:
    source = tmp_path / "river.txt"
    source.write_text("River agency plans work on the banks\n\n" + LONG_QUOTE + "\n\n" + LEVY, encoding="utf-8")
    result = run_cli("build", str(source), "-f", "md", "-o", str(tmp_path))
    assert result.returncode == 0, result.stderr
    md = (tmp_path / "river.md").read_text(encoding="utf-8")
    assert "> “keeping in close touch with the councils of the three valleys, who want a survey" in md
    assert "*In the article:* A spokesman for the river agency, Tom Reyes, told the Valley Courier that" in md
    assert "“keeping in close touch with the councils of the three …”" in md


def test_quote_around_splits_the_sentence_at_the_marks() -> None:
    partial = _quotes(LEVY)[0]
    before, quoted, after = quote_around(partial, LEVY) or ("", "", "")
    assert before == "The mayor of Harbour City, Lena Ortiz, called the new parking levy "
    assert quoted == "a tax on every family that drives to work,"  # the comma printed inside the marks
    assert after == " and promised to fight it in the council on Tuesday."
    assert quote_around(partial.model_copy(update={"context": None}), LEVY) is None


def test_context_must_hold_the_quote() -> None:
    try:
        Quote(text="a tax", speaker=None, span=(10, 15), context=(12, 40))
    except ValueError as exc:
        assert "context" in str(exc)
    else:
        raise AssertionError("a context that does not hold the quote was accepted")


def test_digest_does_not_pick_a_partial_quote() -> None:
    brief = Brief(text=LEVY, quotes=_quotes(LEVY))
    picked = best_quote(brief)
    assert picked is not None and picked.context is None and picked.text.startswith("We will not")


def test_every_format_shows_the_partial_quote_in_its_sentence(tmp_path: Path) -> None:
    source = tmp_path / "levy.txt"
    source.write_text(LEVY, encoding="utf-8")
    result = run_cli("build", str(source), "-f", "md,html,json,docx", "-o", str(tmp_path))
    assert result.returncode == 0, result.stderr
    md = (tmp_path / "levy.md").read_text(encoding="utf-8")
    # the speaker's words alone above the speaker, the writer's sentence apart and labelled as the article's
    assert "> “a tax on every family that drives to work”\n>\n> — Lena Ortiz" in md
    assert (
        "*In the article:* The mayor of Harbour City, Lena Ortiz, called the new parking levy “a tax on every "
        "family that drives to work,” and promised to fight it in the council on Tuesday." in md
    )
    assert "> The mayor of Harbour City" not in md
    assert "> “We will not let this pass without a vote of the whole council”" in md
    assert md.count("*In the article:*") == 1  # a whole quote stands alone
    html = (tmp_path / "levy.html").read_text(encoding="utf-8")
    assert "<blockquote><p>a tax on every family that drives to work</p></blockquote>" in html
    assert 'class="context-label">In the article:</span> The mayor of Harbour City' in html
    assert '“<span class="quoted">a tax on every family' in html
    data = json.loads((tmp_path / "levy.json").read_text(encoding="utf-8"))
    assert data["schema_version"] == "1.4"
    assert [q["context"] is not None for q in data["quotes"]] == [True, False]
    from docx import Document

    paragraphs = [p.text for p in Document(str(tmp_path / "levy.docx")).paragraphs]
    assert "“a tax on every family that drives to work”" in paragraphs
    assert any(
        p.startswith("In the article: The mayor of Harbour City") and "“a tax on every family" in p for p in paragraphs
    )


def test_a_quote_that_points_at_the_participles_clause_before_it_gets_its_sentence() -> None:
    text = (
        "The survey team mapped the crater over three weeks. "
        "Noting that a rare moss can live on bare volcanic rock, the botanist Ana Li asked, "
        "“Could it ever take root on the crater floor?”"
    )
    (quote,) = _quotes(text)
    assert quote.context is not None
    assert text[quote.context[0] : quote.context[1]].startswith("Noting that a rare moss")
    # the attribution alone says nothing of what "it" is: the quote stands as it is
    (plain,) = _quotes("The botanist Ana Li said on Monday, “It will grow back on the crater floor.”")
    assert plain.context is None


def test_words_the_writer_imagines_are_no_statement() -> None:
    """Quoted words no one is credited with, after a verb of thought, "as if to say", a verb of
    saying under "will" or "would", or said by the reader, are what the writer imagines: terms."""
    text = (
        "The longer the hearings run, the more the voters shrug and think, “Enough talk, just count the ballots.” "
        "The mayor hopes the town will fall silent, cover its ears and shout, “Make the council go away.” "
        "The two stewards glanced at the referee as if to say, “Not again, not today.” "
        "Keep a calm face when you say, “Thank you, I will think about the offer.”\n\n"
        "“We will finish the bridge by May,” the mayor, Ana Roe, said on Monday."
    )
    with recording() as fired:
        quotes = _quotes(text)
    kinds = {q.text: (q.kind, q.speaker) for q in quotes}
    assert fired["quotes.imagined_words"] == 4
    assert kinds["Enough talk, just count the ballots."] == ("term", None)
    assert kinds["Make the council go away."] == ("term", None)
    assert kinds["Not again, not today."] == ("term", None)
    assert kinds["Thank you, I will think about the offer."] == ("term", None)
    assert kinds["We will finish the bridge by May"] == ("statement", "Ana Roe")


def test_a_series_of_verbs_under_will_imagines_the_last_ones_words_too() -> None:
    """'will fall into a sulk, cover its ears, and shout, “...”': the modal of the series' first
    verb, however the parser hangs the middle one."""
    text = (
        "The mayor thinks that the more noise she makes, the more the town will fall into a sulk, "
        "cover its ears, and shout, “Make the council go away.”"
    )
    (quote,) = _quotes(text)
    assert (quote.kind, quote.speaker) == ("term", None)
    # the small parser may hang the middle verb of such a series as "dep", not "conj"
    analysis = analyse(text)
    cover = next(t for t in analysis.doc if t.text == "cover")
    cover.dep_ = "dep"
    (span,) = find_quote_spans(text)
    assert quote_kind_with_speaker(analysis, span, None, [span]) == "term"


def test_an_unattributed_statement_after_a_plain_verb_stays_one() -> None:
    """A verb of saying in the past, no modal, no reader: what was said, though the article names
    no one for it."""
    (quote,) = _quotes("At the gate a steward shouted, “Close the doors now, the crowd is too big.”")
    assert quote.kind == "statement"


def test_the_writers_straight_marks_around_a_quote_show_curly_as_the_quotes_own() -> None:
    text = (
        '"We lost the keys and nobody looked," Ben Lusk allegedly told a colleague. '
        '"Write that we checked the cells."\n'
    )
    second = next(q for q in extract_quotes(analyse(text)) if q.text.startswith("Write"))
    before, quoted, after = quote_around(second, text) or ("", "", "")
    assert before == "“We lost the keys and nobody looked,” Ben Lusk allegedly told a colleague. "
    assert quoted == "Write that we checked the cells."
    assert '"' not in before + after
