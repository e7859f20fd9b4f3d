"""An HTML page's tree made ready for the extractor: a page with a tag of too many attributes
refused, the markup parsed as trafilatura parses it, and mended where the extractor would keep
what is no story (in-body promotions, footnote marks) or garble what is (the source's line
breaks, a drop cap set apart from its word).

Called by :func:`.html.extract_article`. Rules report when they fire (``html.*``, see
``briefgen.trace``).
"""

from __future__ import annotations

import re

from ..errors import InputError
from ..trace import fired

__all__ = [
    "MAX_TAG_ATTRIBUTES",
    "refuse_attribute_bombs",
    "load_tree",
    "unwrap_layout_tables",
    "drop_promo_links",
    "collapse_source_line_breaks",
    "rejoin_drop_caps",
    "drop_reference_marks",
    "fragment_paragraphs",
]

_TERMINAL_PUNCT = re.compile(r"[.!?…\"”’']\)?$")


def load_tree(html: str):  # noqa: ANN202 - an lxml tree, or None when the text cannot be parsed
    """The page's tree, parsed by trafilatura's own loader, as when it is given the text.

    Its parser drops comments and processing instructions, which the extractor relies on: its
    paragraph handler walks elements only, so in a tree that kept them the text after each
    "<!-- -->" of a paragraph (React pages write them between text pieces) was lost.
    """
    from trafilatura.utils import load_html

    try:
        return load_html(html)  # None when it is not HTML at all: trafilatura finds nothing in it either
    except Exception:  # lxml refuses some inputs: let trafilatura try (and fail) on the text
        return None


def drop_promo_links(tree) -> None:  # noqa: ANN001 - an lxml tree
    """Remove in-body promotions: short paragraphs that are mostly a link and not a sentence.

    "Read more: <other headline>", "ALSO: <link>", "Related: <link>" sit inside
    the article body, where the extractor keeps them; a real paragraph is a
    sentence, or has more text than link.
    """
    for el in tree.xpath("//body//p | //body//li | //body//h4 | //body//h5"):
        text = " ".join(el.text_content().split())
        links = " ".join(" ".join(a.text_content().split()) for a in el.xpath(".//a"))
        if not text or not links or len(text.split()) > 20 or _TERMINAL_PUNCT.search(text):
            continue
        if len(links) / len(text) >= 0.6:
            fired("html.promo_link")
            el.drop_tree()


#: Elements whose text keeps its line breaks as a browser shows them.
_PREFORMATTED = frozenset({"pre", "textarea", "listing", "plaintext", "xmp"})
#: A line break inside a piece of text, with the spaces around it.
_INNER_BREAK = re.compile(r"(?<=\S)[ \t\r\f\v]*\n\s*(?=\S)")


def collapse_source_line_breaks(tree) -> None:  # noqa: ANN001 - an lxml tree
    """A line break inside a piece of the page's text is a space, as a browser shows it: "who won
    the\nAfrica award, has taken\n to her page" is one sentence. The extractor keeps such breaks,
    and the line cleaner then read each source line as a paragraph of its own, so that a sentence
    wrapped in the markup (hand-written or old blog markup) was cut at the line's end ("... was
    invited to an event by media" without "mogul, Jo Park."). ``<br>`` stays a break, the text of
    ``<pre>`` and its kind keeps its lines, and so does the white space between two elements (the
    extractor reads it as their separation).

    Rewrites a text piece on 59 of the 60 dev pages; changes the extracted text of 6 of the 171
    real pages (saved HTML): sentences and paragraphs a browser shows whole, and one page's script
    that broken markup left as text, now on one line. The briefs of 4 change (1 dev, 3 training
    pages): a bottom line cut at a line's end is whole.
    """
    changed = False
    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue
        if el.text and "\n" in el.text.strip() and not _preformatted(el):
            el.text = _INNER_BREAK.sub(" ", el.text)
            changed = True
        parent = el.getparent()
        if el.tail and "\n" in el.tail.strip() and parent is not None and not _preformatted(parent):
            el.tail = _INNER_BREAK.sub(" ", el.tail)
            changed = True
    if changed:
        fired("html.source_line_breaks")


def _preformatted(el) -> bool:  # noqa: ANN001 - an lxml element
    """``el`` is, or stands inside, an element that shows its text's line breaks."""
    return el.tag in _PREFORMATTED or any(a.tag in _PREFORMATTED for a in el.iterancestors())


def rejoin_drop_caps(tree) -> None:  # noqa: ANN001 - an lxml tree
    """Put a drop cap back into its paragraph: ``<span class="cap">T</span><p>he port ...``.

    A page that sets the story's first letter large in an element of its own before the
    paragraph lost that letter: the extractor keeps the paragraph, not the one-letter element
    ("he port ..."). Fires on 1 of the 171 real pages (a drop cap inside the paragraph, the
    usual markup, needs nothing); kept because it mends the story's first word, which the bottom
    line then shows.
    """
    for el in tree.xpath("//body//*[not(*)][string-length(normalize-space(.)) = 1]"):  # leaves first: linear
        letter = (el.text or "").strip()
        after = el.getnext()
        if not letter.isalpha() or not letter.isupper() or (el.tail or "").strip() or after is None:
            continue
        if after.tag != "p" or not after.text_content()[:1].islower():
            continue
        first = after
        while first.text is None and len(first):  # the paragraph may open inside a link: <p><a>he</a>
            first = first[0]
        first.text = letter + (first.text or "")
        el.drop_tree()
        fired("html.drop_cap")


#: A table cell of lines (this many line breaks, or paragraphs) and words is a column of the
#: page's layout, not a cell of data (see :func:`unwrap_layout_tables`).
LAYOUT_CELL_BREAKS = 3
LAYOUT_CELL_PARAGRAPHS = 2
LAYOUT_CELL_WORDS = 40
_TABLE_PARTS = ("tbody", "thead", "tfoot", "tr", "td", "th")


def unwrap_layout_tables(tree) -> None:  # noqa: ANN001 - an lxml tree
    """A table that lays out columns of text (a cell holding lines or paragraphs of 40 words or
    more: a letter's signatories in two columns, each line "Ana Roe, writer<br>") is read as the
    blocks it shows: the extractor flattens every cell of a table to one line, so that the lines
    of a column ran together ("Ana Roe, writer Ben Lusk, Kelby College Cal Tam ...") and the
    names took their neighbours' roles. A table of data (short cells) stays a table.

    Fires on 3 of the 111 training pages (a letter's list of signatories, a wiki's and a word
    list's layout), no dev page; kept: older and hand-made pages lay out text in tables, and the
    run-together lines made wrong roles of a whole list (a blind review's blocker)."""
    unwrapped = 0
    for table in list(tree.iter("table")):
        own = [el for el in table.iter(*_TABLE_PARTS) if _table_of(el) is table]
        if not any(_layout_cell(cell) for cell in own if cell.tag in ("td", "th")):
            continue
        for el in [table, *own]:  # a table of data inside a column stays a table
            el.tag = "div"
        unwrapped += 1
    if unwrapped:
        fired("html.layout_table", unwrapped)


def _table_of(el):  # noqa: ANN001, ANN202 - lxml elements
    """The nearest table ``el`` stands in."""
    return next((a for a in el.iterancestors() if a.tag == "table"), None)


def _layout_cell(cell) -> bool:  # noqa: ANN001 - an lxml element
    """``cell`` holds lines or paragraphs of text, as a column of a page's layout does."""
    breaks = sum(1 for _ in cell.iter("br"))
    paragraphs = sum(1 for _ in cell.iter("p"))
    if breaks < LAYOUT_CELL_BREAKS and paragraphs < LAYOUT_CELL_PARAGRAPHS:
        return False
    return len(cell.text_content().split()) >= LAYOUT_CELL_WORDS


#: A superscript that is a footnote's mark: "[2]", "[a]", "[src]", "[note 3]", "[citation needed]".
_REFERENCE_MARK = re.compile(r"^\[\s*(?:\d{1,3}|[a-z]{1,3}|note \d{1,3}|citation needed)\s*\]$", re.IGNORECASE)


def drop_reference_marks(tree) -> None:  # noqa: ANN001 - an lxml tree
    """Remove the footnote marks of a wiki's page: ``<sup class="reference"><a>[2]</a></sup>``,
    which the extractor keeps as text glued to the word before ("The Dunmore Spell[2] was ...").
    Only a superscript whose whole text is a mark in brackets goes: "m<sup>2</sup>" and
    "10<sup>6</sup>" stay. Fires on 2 of the 111 training pages (two wikis), on no dev page; kept:
    every page of a MediaWiki site marks its sources so, and the marks reached the bottom line."""
    marks = [el for el in tree.xpath("//body//sup") if _REFERENCE_MARK.match(" ".join(el.text_content().split()))]
    for el in marks:
        el.drop_tree()  # its tail (the text after it) stays
    if marks:
        fired("html.reference_mark")


#: More attributes than this on one tag is no article page: libxml2's time grows with the
#: square of a tag's attribute count (300,000 attributes, 2.5 MB, ran over 200 s).
MAX_TAG_ATTRIBUTES = 1_000
_QUOTED = re.compile(r"\"[^\"]*\"|'[^']*'")


def refuse_attribute_bombs(html: str, name: str) -> None:
    """Raise InputError when a tag of ``html`` carries more than MAX_TAG_ATTRIBUTES attributes (linear scan)."""
    start = html.find("<")
    while start >= 0:
        end = html.find(">", start)
        end = len(html) if end < 0 else end
        if end - start > 2 * MAX_TAG_ATTRIBUTES:  # shorter tags cannot hold that many
            if len(_QUOTED.sub('""', html[start:end]).split()) > MAX_TAG_ATTRIBUTES:
                raise InputError(f"{name}: a tag with over {MAX_TAG_ATTRIBUTES:,} attributes: not an article page")
        start = html.find("<", end)


def fragment_paragraphs(fragment: str) -> list[str]:
    """Paragraphs of an HTML fragment (a feed item's content): one per block element.

    Scripts, styles, figures and images are dropped; inline markup keeps its text.
    """
    import lxml.html

    if not fragment.strip():
        return []
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except Exception:  # not markup after all: treat as text
        return [p.strip() for p in re.split(r"\n\s*\n", fragment) if p.strip()]
    for bad in root.xpath(".//script|.//style|.//figure|.//img|.//iframe|.//noscript|.//form"):
        bad.drop_tree()
    blocks = {
        "p",
        "div",
        "li",
        "blockquote",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "pre",
        "tr",
        "section",
        "article",
        "ul",
        "ol",
        "table",
        "dd",
        "dt",
    }
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.lower() in blocks:
            el.tail = "\n\n" + (el.tail or "")
            el.text = "\n\n" + (el.text or "")
        elif isinstance(el.tag, str) and el.tag.lower() == "br":
            el.tail = "\n" + (el.tail or "")
    text = root.text_content()
    return [" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if p.strip()]
