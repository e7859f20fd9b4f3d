"""HTML pages: the article's text and metadata, without the page around it.

trafilatura finds the main text (navigation, ads, related links, comments and
banners go) and the metadata: headline, site name, author, date, canonical URL.
Its paragraphs (one per line) then go through the same line cleaner as pasted
text, which catches clutter that sits inside the article body ("Advertisement",
share bars, captions with photo credits). The headline leads the text, as it
does in text pasted from a page, so a page and a paste of it give one brief.
The metadata that trafilatura misses or gets wrong is read in ``html_meta``.

Rules report when they fire (``html.*``, see ``briefgen.trace``). They fire on HTML
input only, so in the benchmark on the pages set only (its one HTML input).
"""

from __future__ import annotations

import codecs
import re

from .split_body import join_split_body
from ..errors import InputError
from ..model import Article, Source
from ..trace import fired
from . import bylines, html_meta
from .clean import clean_lines
from .reading import decode_bytes, normalise_text, repair_text
from .related_headlines import without_related_headlines
from .standfirst import page_descriptions, standfirst_for

__all__ = ["decode_html", "extract_article", "fragment_paragraphs", "html_to_article"]

_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([\w.:-]+)", re.IGNORECASE)
_WORD = re.compile(r"\w+")
_TERMINAL_PUNCT = re.compile(r"[.!?…\"”’']\)?$")
#: Fewer words than this is a stub, an error page or a paywall teaser, not an article.
MIN_ARTICLE_WORDS = 25


#: Python names of the text encodings a page may declare (``codecs.lookup(label).name``): Unicode,
#: the single-byte code pages and the CJK multi-byte encodings. Anything else a label can name
#: (punycode, idna, rot13, base64, zlib, unicode_escape, "undefined", utf-7) is no page encoding:
#: punycode alone took two minutes of CPU over a 2 MB page before failing.
_TEXT_CODEC = re.compile(
    r"utf-8(?:-sig)?|utf-(?:16|32)(?:-[bl]e)?|ascii|latin-1|iso8859-\d+|cp\d+|mac-[a-z]+|koi8-[a-z]|kz1048|"
    r"ptcp154|tis-620|hp-roman8|big5(?:hkscs)?|gb2312|gbk|gb18030|hz|euc_[a-z0-9_]+|shift_jis[a-z0-9_]*|"
    r"iso2022_[a-z0-9_]+|johab"
)


def _text_codec(label: str) -> str | None:
    """The Python codec name of a declared charset when it is a text encoding, else None."""
    try:
        name = codecs.lookup(label.strip()).name
    except (LookupError, ValueError, TypeError):
        return None
    return name if _TEXT_CODEC.fullmatch(name) else None


def _plausible_html(text: str, data: bytes) -> bool:
    """Whether ``text`` (``data`` decoded) still reads as markup: most of the page's "<" survived.

    A UTF-8 page that declares UTF-16 decodes without error into CJK characters,
    with no tag left in it; a page in the encoding it declares keeps its tags.
    """
    raw_tags = data.count(b"<")
    return raw_tags < 2 or text.count("<") * 2 >= raw_tags


def decode_html(data: bytes, *, charset: str | None = None, name: str = "<input>") -> str:
    """Text of an HTML page: the declared charset (HTTP header, then ``<meta>``) when it decodes, else detected.

    Only text encodings are taken from a declaration (see ``_TEXT_CODEC``), and
    a declared encoding whose text loses the page's tags while the bytes are
    valid UTF-8 gives way to UTF-8 (a UTF-8 page that says it is UTF-16).
    """
    declared = [charset] if charset else []
    m = _META_CHARSET.search(data[:4096])
    if m:
        declared.append(m.group(1).decode("ascii", "replace"))
    if not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        for label in declared:
            enc = _text_codec(label)
            if enc is None:
                continue
            try:
                text = data.decode(enc)
            except (UnicodeError, LookupError):
                continue
            if not text.strip():
                break
            if enc != "utf-8" and not _plausible_html(text, data) and _is_utf8(data):
                continue  # detection below prefers UTF-8
            return normalise_text(repair_text(text))
    return decode_bytes(data, name=name)


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _load_tree(html: str):  # noqa: ANN202 - an lxml tree, or None when the text cannot be parsed
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


def _drop_promo_links(tree) -> None:  # noqa: ANN001 - an lxml tree
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


def _collapse_source_line_breaks(tree) -> None:  # noqa: ANN001 - an lxml tree
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


def _rejoin_drop_caps(tree) -> None:  # noqa: ANN001 - an lxml tree
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


#: A superscript that is a footnote's mark: "[2]", "[a]", "[src]", "[note 3]", "[citation needed]".
_REFERENCE_MARK = re.compile(r"^\[\s*(?:\d{1,3}|[a-z]{1,3}|note \d{1,3}|citation needed)\s*\]$", re.IGNORECASE)


def _drop_reference_marks(tree) -> None:  # noqa: ANN001 - an lxml tree
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


def _refuse_attribute_bombs(html: str, name: str) -> None:
    """Raise InputError when a tag of ``html`` carries more than MAX_TAG_ATTRIBUTES attributes (linear scan)."""
    start = html.find("<")
    while start >= 0:
        end = html.find(">", start)
        end = len(html) if end < 0 else end
        if end - start > 2 * MAX_TAG_ATTRIBUTES:  # shorter tags cannot hold that many
            if len(_QUOTED.sub('""', html[start:end]).split()) > MAX_TAG_ATTRIBUTES:
                raise InputError(f"{name}: a tag with over {MAX_TAG_ATTRIBUTES:,} attributes: not an article page")
        start = html.find("<", end)


def extract_article(html: str, *, name: str = "<input>", url: str | None = None) -> Article:
    """The article of an HTML page, with headline, outlet, author, date and canonical URL.

    Raises ``InputError`` when the page holds no article text.
    """
    import trafilatura
    from trafilatura.settings import set_date_params

    _refuse_attribute_bombs(html, name)
    try:
        # deduplicate=False: trafilatura's deduplication keeps a cache across calls, so the
        # same page would come out differently the fourth time it is read in one process.
        tree = _load_tree(html)
        meta = {} if tree is None else html_meta.page_meta(tree)
        described = {} if tree is None else page_descriptions(tree)
        if tree is not None:
            join_split_body(tree)  # before links are dropped: it reads a list of links whole
            _collapse_source_line_breaks(tree)
            _drop_promo_links(tree)
            _rejoin_drop_caps(tree)
            _drop_reference_marks(tree)
        doc = trafilatura.bare_extraction(
            html if tree is None else tree,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_formatting=False,
            deduplicate=False,
            # only dates the page states as dates (metadata, <time>, a dated URL): htmldate's
            # extensive search also reads a bare year in the story ("since 2019") as 1 January
            date_extraction_params=set_date_params(extensive=False),
        )
    except Exception as exc:  # trafilatura/lxml raise many types on broken markup
        raise InputError(f"{name}: the page cannot be parsed as HTML ({type(exc).__name__})") from None
    data = doc.as_dict() if doc is not None and hasattr(doc, "as_dict") else (doc or {})
    text = repair_text(str(data.get("text") or ""))
    cleaned = clean_lines(text)
    paragraphs = cleaned.paragraphs
    if len(_WORD.findall(" ".join(paragraphs))) < MIN_ARTICLE_WORDS:
        raise InputError(f"{name}: no article text found on the page")

    page_url = (
        html_meta.absolute_url(meta.get("canonical"))
        or html_meta.absolute_url(meta.get("og:url"))
        or html_meta.absolute_url(data.get("url"))
        or url
    )
    title = html_meta.clean_meta(data.get("title"))
    site, declared = html_meta.page_outlet(
        html,
        (
            data.get("sitename"),
            meta.get("og:site_name"),
            meta.get("publisher"),
            meta.get("application-name"),
            cleaned.outlet,
        ),
        title=title,
        url=page_url,
    )
    if title:
        headline = html_meta.headline_for_empty_slot(title, paragraphs[0] if paragraphs else None)
        if headline:
            # "Coast Rail Enquiries -": the site's name before an empty headline slot; fires on 1
            # of the 171 real pages (its first line a heading, taken); kept: a title that is not
            # the headline is a blocker of the sign-off review, and no headline ends on a dash
            fired("html.empty_headline_slot")
            title = headline
        for outlet in dict.fromkeys(filter(None, [site, *declared])):
            stripped = html_meta.strip_site_suffix(title, outlet)
            if stripped != title.strip():
                fired("html.site_suffix")
            title = stripped
        headline = html_meta.visible_headline_before_suffix(title, meta.get("h1", ""))
        if headline:
            # fires on 5 of the 171 real pages; it changes the title of 1 (on the other 4 the
            # text's own first line, below, gives the same headline); kept: a site's tail in the
            # title is the first line of the brief, and a reviewer counts it a blocker
            fired("html.site_tail_after_headline")
            title = headline
        headline = html_meta.visible_headline_after_label(title, meta.get("h1", ""))
        if headline:
            # the mirror of the tail: a section's label before a bar ("Opinion | ..."); fires on 2 of
            # the 60 real pages, no training page; kept for the same reason
            fired("html.section_label_before_headline")
            title = headline
        headline = html_meta.headline_of_title_tag(html, title, meta.get("h1", ""), meta.get("ld_headline"))
        if headline:
            # the metadata's title is the social variant (og:title) where the page's <h1> and its
            # <title> agree on the headline a reader sees; a title that is not the headline is a
            # blocker of the sign-off review
            fired("html.headline_of_title_tag")
            title = headline
        headline = html_meta.headline_for_placeholder(title, meta.get("h1", ""))
        if headline:
            # a CMS's placeholder in the metadata ("headline": "cmsengine") where the page shows its
            # headline; fires on 1 of the 171 real pages; kept: the title is the brief's first line,
            # and a title that is not the headline is a blocker of the sign-off review
            fired("html.placeholder_title")
            title = headline
    else:
        # a page without any title metadata (no <title>, og:title or <h1> trafilatura reads): the
        # text's own "Headline | Outlet" first line. Every dev page declares a title, so this never
        # fires there; hand-written and minimal pages, and saved e-mails, do not (tests/test_inputs_html.py)
        title = cleaned.title
        if title:
            fired("html.title_from_text")
    if (
        title
        and paragraphs
        and not html_meta.same(paragraphs[0], title)
        and any(html_meta.same(paragraphs[0], h1) for h1 in meta.get("h1", "").split("\n"))
    ):
        # the text leads with the page's visible headline, which the metadata's title (a social or
        # search variant: "Opinion | ...", another wording) is not: that headline is the title, once
        fired("html.visible_h1_title")
        title = paragraphs[0]
    paragraphs = without_related_headlines(paragraphs, title)
    if title:
        # the extracted copy of the headline goes, also after a kicker ("Harbours") above it
        copy = next((i for i, paragraph in enumerate(paragraphs[:3]) if html_meta.same(paragraph, title)), None)
        if copy is not None:
            fired("html.headline_copy")
            paragraphs = paragraphs[:copy] + paragraphs[copy + 1 :]
        paragraphs = [title, *paragraphs]
        standfirst = standfirst_for(described, paragraphs)
        if standfirst:
            # the editor's summary the page shows under its headline, as a paste of the page has it
            paragraphs.insert(1, standfirst)
    author = bylines.page_spelling(bylines.clean_author(data.get("author"), outlet=site, url=page_url), html)
    if not author:
        # no author metadata: a "By ..." line at the top of the text. On the dev pages trafilatura
        # finds a byline whenever the text has one, so this never fires there; it stays for pages
        # without metadata, as the title above
        author = bylines.clean_author(cleaned.author, outlet=site, url=page_url)
        if author:
            fired("html.author_from_text")
    if meta.get("byline") and (not author or bylines.is_outlet(author, site, url=page_url)):
        # no author, or the site signing as itself ("Google" of a Google blog): the names of the
        # byline the page's template marks, when it has some
        marked = bylines.clean_author(meta["byline"], outlet=site, url=page_url)
        if marked and not bylines.is_outlet(marked, site, url=page_url):
            fired("html.author_from_markup")
            author = marked
    source = Source(
        outlet=site,
        url=page_url,
        author=author,
        published=html_meta.published(html, html_meta.clean_meta(data.get("date"))) or cleaned.published,
    )
    return Article(text="\n\n".join(paragraphs), title=title, source=source)


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


def html_to_article(data: bytes, *, name: str, url: str | None = None, charset: str | None = None) -> Article:
    """Decode and extract an HTML page given as bytes."""
    return extract_article(decode_html(data, charset=charset, name=name), name=name, url=url)
