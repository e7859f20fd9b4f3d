"""Property-based tests: random and adversarial text through summarize and every renderer.

Whatever the text, summarize either returns a brief whose quotes and spans index
the cleaned text exactly, or raises one of the documented ``briefgen.errors``
classes; the JSON validates against the published contract, and Markdown and
HTML outputs hold no markup that came from the article.
"""

from __future__ import annotations

import io
import json
import os
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import html as lxml_html
from markdown_it import MarkdownIt

from briefgen.errors import BriefgenError
from briefgen.model import Actor, Brief, KeyPoint, OpenQuestion, Quote, Source
from briefgen.rendering import render

# Fragments an adversarial article is built from: markup, template syntax,
# quotation marks of every kind, names with reporting verbs, odd whitespace.
_FRAGMENTS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "{{ 7*7 }}",
    "{% if 1 %}x{% endif %}",
    "[link](http://evil.example/)",
    "![img](file:///etc/passwd)",
    "<!-- c -->",
    "<a href='javascript:x'>",
    '"',
    "“",
    "”",
    "'",
    "‘",
    "’",
    "«",
    "»",
    '"""',
    "“”",
    ' " ',
    "—",
    "...",
    ". ",
    "? ",
    "! ",
    "Jane Marlowe said",
    "Marlowe told reporters",
    "said Tom Reyes,",
    "according to Reyes",
    "Mr.",
    "Dr.",
    "the council",
    "The Senate",
    "UNITED NATIONS",
    "Washington",
    "on Tuesday",
    "42",
    "3.5%",
    "\n",
    "\n\n",
    "\t",
    "\x00",
    "\x07",
    "\x1b[31m",
    "\u200b",
    "\u202e",
    "\r\n",
    "   ",
    "*",
    "_",
    "#",
    "|",
    "`",
    "- ",
    "1. ",
    "> ",
    "\\",
    "&amp;",
    "&lt;b&gt;",
]
_WORDS = st.sampled_from(
    [
        "budget",
        "vote",
        "harbour",
        "winter",
        "plan",
        "Marlowe",
        "Reyes",
        "would",
        "not",
        "whether",
        "could",
        "Officials",
        "reporters",
        "committee",
    ]
)
_LONG_WORD = st.integers(20, 3000).map(lambda n: "x" * n)
_PIECE = st.one_of(st.sampled_from(_FRAGMENTS), _WORDS, _LONG_WORD.filter(lambda _: True), st.text(max_size=20))
ADVERSARIAL = st.lists(_PIECE, min_size=1, max_size=120).flatmap(
    lambda pieces: st.lists(
        st.sampled_from([" ", "", " ", ", ", ". "]), min_size=len(pieces), max_size=len(pieces)
    ).map(lambda seps: "".join(p + s for p, s in zip(pieces, seps)))
)
SENTENCE_LIKE = st.lists(
    st.tuples(
        st.sampled_from(["Jane Marlowe", "Reyes", "The council", "Officials", "He", "She"]),
        st.sampled_from(["said", "told reporters", "added", "warned", "asked whether"]),
        st.sampled_from(
            ['"We will win,"', "“It is over.”", "the vote would fail", "'maybe'", "“<b>bold</b> {{ x }}”", "[x](y)"]
        ),
        st.sampled_from([".", "?", "!", ""]),
    ),
    min_size=1,
    max_size=25,
).map(lambda rows: "\n\n".join(" ".join(r[:3]) + r[3] for r in rows))
ANY_TEXT = st.one_of(st.text(max_size=400), ADVERSARIAL, SENTENCE_LIKE)

_SCHEMA = Brief.json_schema()
#: ``HYPOTHESIS_SCALE=20`` runs twenty times the examples, for a bug hunt outside CI.
_SCALE = max(1, int(os.environ.get("HYPOTHESIS_SCALE", "1")))


def _walk(tokens: list) -> Iterator:
    for token in tokens:
        yield token
        if token.children:
            yield from _walk(token.children)


def _check_spans(brief: Brief) -> None:
    n = len(brief.text)
    for quote in brief.quotes:
        start, end = quote.span
        assert 0 <= start < end <= n
        assert brief.text[start:end] == quote.text
    for item in [*brief.key_points, *brief.open_questions]:
        for start, end in item.spans:
            assert 0 <= start <= end <= n


def _check_json(brief: Brief) -> None:
    data = brief.to_json()
    assert Brief.model_validate_json(data) == brief
    try:
        import jsonschema
    except ImportError:  # the pydantic model is the schema's source
        return
    jsonschema.validate(json.loads(data), _SCHEMA)


#: The one link a template makes from brief data: the source URL, when it is plain http(s).
_OWN_LINK = ("#", "http://ok.example/")


def _check_markdown(md: str) -> None:
    tokens = list(_walk(MarkdownIt("commonmark").parse(md)))
    kinds = {t.type for t in tokens}
    assert not kinds & {"image", "html_inline", "html_block"}, kinds
    assert all(str(t.attrGet("href")).startswith(_OWN_LINK) for t in tokens if t.type == "link_open")


def _check_html(page: str) -> None:
    doc = lxml_html.fromstring(page)
    assert not doc.xpath("//script|//img|//iframe|//object|//embed")
    assert all(a.get("href", "#").startswith(_OWN_LINK) for a in doc.iter("a"))
    for element in doc.iter():
        if isinstance(element.tag, str):
            assert not [k for k in element.attrib if k.lower().startswith("on")]


_OUTCOMES: dict[str, int] = {}


def _summarize(text: str) -> Brief | None:
    from briefgen import summarize

    try:
        brief = summarize(text)
        _OUTCOMES["brief"] = _OUTCOMES.get("brief", 0) + 1
        return brief
    except BriefgenError as exc:  # a documented refusal, with a one-line message
        assert str(exc) and "\n" not in str(exc)
        _OUTCOMES[type(exc).__name__] = _OUTCOMES.get(type(exc).__name__, 0) + 1
        return None


@settings(max_examples=100 * _SCALE, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ANY_TEXT)
def test_summarize_gives_exact_spans_or_a_documented_error(text: str) -> None:
    brief = _summarize(text)
    if brief is None:
        return
    _check_spans(brief)
    _check_json(brief)
    _check_markdown(render(brief, "md"))
    _check_html(render(brief, "html"))


_ANY_STR = st.one_of(st.text(max_size=200), ADVERSARIAL)


@st.composite
def briefs(draw: st.DrawFn) -> Brief:
    """A brief whose every string is arbitrary: as if an engine passed article text through unchanged."""
    text = draw(st.text(min_size=1, max_size=300))
    url = draw(
        st.one_of(
            st.none(),
            st.sampled_from(
                ["javascript:alert(1)", "file:///etc/passwd", "http://ok.example/a?b=<c>", "data:text/html,<script>"]
            ),
        )
    )
    return Brief(
        title=draw(st.one_of(st.none(), _ANY_STR)),
        source=Source(outlet=draw(_ANY_STR), url=url, author=draw(st.one_of(st.none(), _ANY_STR))),
        bottom_line=draw(_ANY_STR),
        text=text,
        key_points=[KeyPoint(text=t) for t in draw(st.lists(_ANY_STR, max_size=3))],
        actors=[
            Actor(name=n, kind="person", role=r)
            for n, r in draw(st.lists(st.tuples(_ANY_STR, st.one_of(st.none(), _ANY_STR)), max_size=3))
        ],
        quotes=[
            Quote(text=q, speaker=s, span=(0, 1))
            for q, s in draw(st.lists(st.tuples(_ANY_STR, st.one_of(st.none(), _ANY_STR)), max_size=3))
        ],
        open_questions=[OpenQuestion(text=t) for t in draw(st.lists(_ANY_STR, max_size=2))],
    )


@settings(max_examples=300 * _SCALE, deadline=None)
@given(briefs())
def test_renderers_never_turn_brief_strings_into_markup(brief: Brief) -> None:
    md = render(brief, "md")
    _check_markdown(md)
    _check_html(render(brief, "html"))
    # A Markdown-only team gets its HTML through markdown-it: still no markup from the brief.
    _check_json(brief)


@settings(max_examples=4, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(briefs())
def test_pdf_of_any_brief_is_a_readable_pdf(brief: Brief) -> None:
    from pypdf import PdfReader

    data = render(brief, "pdf")
    assert isinstance(data, bytes) and data.startswith(b"%PDF-")
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) >= 1
    assert reader.attachments == {}


@pytest.mark.parametrize(
    "text",
    [
        "“" * 500 + " said Marlowe.",
        '"a" ' * 400,
        'Marlowe said "' + "x " * 2000,
        "<" * 3000,
        "{{" * 2000 + "}}" * 2000,
        "Dr. Mr. Mrs. " * 300 + "said.",
    ],
)
def test_adversarial_examples(text: str) -> None:
    brief = _summarize(text)
    if brief is not None:
        _check_spans(brief)
        _check_markdown(render(brief, "md"))
        _check_html(render(brief, "html"))


def test_the_strategies_mostly_give_briefs() -> None:
    """Guard against a vacuous property: most generated texts must reach the renderers."""
    from hypothesis import find

    found = find(SENTENCE_LIKE, lambda text: _summarize(text) is not None and len(text) > 200)
    assert found
