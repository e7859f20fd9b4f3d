"""Atheris fuzz target: any bytes through ingest and summarize, then every in-memory renderer.

    pip install atheris
    python fuzz/seed_corpus.py /tmp/briefgen-corpus
    python fuzz/fuzz_pipeline.py /tmp/briefgen-corpus -max_len=20000 -max_total_time=600

What counts as a crash: any exception that is not a documented
``briefgen.errors`` class, a quote that is not the exact text at its span, a
span outside the text, a JSON output that does not read back as the same brief,
or Markdown/HTML output holding markup from the article. Without atheris the
script says so and exits 0, so CI can call it unconditionally.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout without installing

try:
    import atheris
except ImportError:  # optional: fuzzing is a developer tool, not a dependency
    atheris = None

#: Inputs are cut to this many bytes: the summary's own limits are tested elsewhere, and short
#: inputs give the fuzzer many more runs per second.
MAX_INPUT = 20_000
FORMATS = ("md", "html", "json")


def _check(brief: object) -> None:
    from lxml import html as lxml_html
    from markdown_it import MarkdownIt

    from briefgen.model import Brief
    from briefgen.rendering import render

    assert isinstance(brief, Brief)
    n = len(brief.text)
    for quote in brief.quotes:
        assert 0 <= quote.span[0] < quote.span[1] <= n, quote
        assert brief.text[quote.span[0] : quote.span[1]] == quote.text, quote
    for item in [*brief.key_points, *brief.open_questions]:
        for start, end in item.spans:
            assert 0 <= start <= end <= n, item
    assert Brief.model_validate_json(brief.to_json()) == brief
    tokens = MarkdownIt("commonmark").parse(str(render(brief, "md")))
    stack = list(tokens)
    while stack:
        token = stack.pop()
        assert token.type not in ("image", "html_inline", "html_block"), token
        assert token.type != "link_open" or str(token.attrGet("href")).startswith(("http://", "https://")), token
        stack.extend(token.children or [])
    doc = lxml_html.fromstring(str(render(brief, "html")))
    assert not doc.xpath("//script|//img|//iframe|//object|//embed"), "markup from the article"
    for element in doc.iter():
        if isinstance(element.tag, str):
            assert not [k for k in element.attrib if k.lower().startswith("on")], element.attrib


def test_one_input(data: bytes) -> None:
    """One fuzz run: the input kind is chosen by the first byte, the rest is the input."""
    from briefgen.errors import BriefgenError
    from briefgen.ingest import ingest_bytes
    from briefgen.summary import summarize_article

    if not data:
        return
    kinds = ("auto", "text", "html", "markdown", "feed")
    kind = kinds[data[0] % len(kinds)]
    try:
        article = ingest_bytes(data[1:MAX_INPUT], name="<fuzz>", input_format=kind)
        brief = summarize_article(article)
    except BriefgenError:
        return  # a documented refusal
    _check(brief)


def main() -> int:
    """Run the fuzzer (libFuzzer options pass through), or say why it cannot run."""
    if atheris is None:
        print("fuzz_pipeline: atheris is not installed (pip install atheris); nothing to do")
        return 0
    with atheris.instrument_imports(include=["briefgen"]):
        import briefgen.ingest  # noqa: F401
        import briefgen.rendering  # noqa: F401
        import briefgen.summary  # noqa: F401
    from briefgen.nlp import load_pipeline

    load_pipeline()  # load spaCy before the clock starts
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
    return 0


if __name__ == "__main__":
    sys.exit(main())
