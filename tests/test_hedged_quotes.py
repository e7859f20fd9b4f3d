"""A quote whose attribution the writer hedges ("allegedly told", "reportedly wrote") keeps the
sentence that hedges it as context, so that the brief shows it under the quote (invented text)."""

from __future__ import annotations

from briefgen.summary.quotes.extract import extract_quotes
from briefgen.summary.text.analysis import analyse
from briefgen.trace import recording

try:  # tests/ as a package, or as a rootdir on sys.path (pytest's default without __init__.py)
    from .conftest import run_cli
except ImportError:
    from conftest import run_cli  # type: ignore[no-redef]

ARTICLE = (
    "Two guards at the Kelmsby jail were charged on Tuesday with falsifying the night's records.\n\n"
    "Prosecutors said Ben Lusk and Ann Roe slept through their shift while the cells went unchecked.\n\n"
    '"We lost the keys and nobody looked," Lusk allegedly told a colleague. "Write that we checked."\n\n'
    '"The records will show what happened that night," Roe said outside the court on Tuesday.\n'
)


def _quotes(text: str):
    with recording() as fired:
        analysis = analyse(text)
        quotes = extract_quotes(analysis)
    return analysis, quotes, fired


def test_a_quote_that_the_writer_hedges_keeps_the_hedging_sentence_as_context() -> None:
    analysis, quotes, fired = _quotes(ARTICLE)
    keys = next(q for q in quotes if q.text.startswith("We lost the keys"))
    assert keys.speaker == "Ben Lusk"
    assert keys.context is not None
    assert analysis.text[keys.context[0] : keys.context[1]].endswith("Lusk allegedly told a colleague.")
    # the quote that goes on from it, a sentence of its own, is hedged by the sentence before
    write = next(q for q in quotes if q.text.startswith("Write that"))
    assert write.context is not None and "allegedly" in analysis.text[write.context[0] : write.context[1]]
    assert fired["quotes.hedged_attribution"] == 2


def test_a_plainly_attributed_quote_and_a_hedge_inside_a_quote_give_no_context() -> None:
    analysis, quotes, fired = _quotes(ARTICLE)
    records = next(q for q in quotes if q.text.startswith("The records"))
    assert records.speaker == "Ann Roe" and records.context is None
    text = '"He allegedly took the money and ran off with it," Ann Roe said on Monday.\n'
    _, quotes, fired = _quotes(text)
    assert quotes[0].context is None and fired["quotes.hedged_attribution"] == 0


def test_the_brief_shows_the_hedged_sentence_under_the_quote(tmp_path) -> None:
    source = tmp_path / "jail.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    result = run_cli("build", str(source), "-f", "md", "-o", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    md = (tmp_path / "out" / "jail.md").read_text(encoding="utf-8")
    block = md[md.index("We lost the keys and nobody looked") :]
    assert "*In the article:*" in block.split("> “Write that")[0]
    assert "Lusk allegedly told a colleague." in block.split("> “Write that")[0]
