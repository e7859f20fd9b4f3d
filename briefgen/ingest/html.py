"""HTML pages: the article's text and metadata, without the page around it.

trafilatura finds the main text (navigation, ads, related links, comments and
banners go) and the metadata: headline, site name, author, date, canonical URL.
Its paragraphs (one per line) then go through the same line cleaner as pasted
text, which catches clutter that sits inside the article body ("Advertisement",
share bars, captions with photo credits). The headline leads the text, as it
does in text pasted from a page, so a page and a paste of it give one brief.
"""

from __future__ import annotations

import codecs
import re

from ..errors import InputError
from ..model import Article, Source
from .clean import clean_lines
from .reading import decode_bytes, normalise_text, repair_text

__all__ = ["decode_html", "extract_article", "fragment_paragraphs", "html_to_article"]

_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([\w.:-]+)", re.IGNORECASE)
# Every run is bounded and stops at the next tag ("[^<>]{..}"), so a page of a hundred thousand
# unclosed "<meta " or "<title>" costs linear time (unbounded "[^>]+" made it quadratic: 90 s for 180 KB).
_PUBLISHED = [
    re.compile(r"<meta[^<>]{1,2000}(?:property|name|itemprop)\s*=\s*[\"'](?:article:published_time|datePublished|"
               r"pubdate|publishdate|date|dc\.date|dcterms\.created)[\"'][^<>]{0,2000}?content\s*=\s*[\"']([^\"'<>]{1,100})",
               re.IGNORECASE),
    re.compile(r"\"datePublished\"\s*:\s*\"([^\"]{1,100})\""),
    re.compile(r"<time[^<>]{1,2000}datetime\s*=\s*[\"']([^\"'<>]{1,100})", re.IGNORECASE),
]
_WORD = re.compile(r"\w+")
_TITLE_TAG = re.compile(r"<title[^<>]{0,2000}>([^<]{0,3000})</title>", re.IGNORECASE)
_PIPE_SITE = re.compile(r"^(?P<title>.{12,}?)\s+\|\s+(?P<site>[^|]{2,50}?)\s*$")
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


def _published(html: str, date: str | None) -> str | None:
    """The page's full publication time when it agrees with trafilatura's date, else that date."""
    head = html[:200_000]
    # Without a date to agree with, a <time> element may be a comment's or a sidebar's: only metadata counts.
    patterns = _PUBLISHED if date is not None else _PUBLISHED[:2]
    for pattern in patterns:
        for value in pattern.findall(head):
            value = value.strip()
            if date is None or value.startswith(date):
                return value if re.match(r"\d{4}-\d{2}-\d{2}", value) else date
    return date


def _site_from_title_tag(html: str, title: str) -> str | None:
    """'Outlet' of a ``<title>`` that reads 'Headline | Outlet', when the headline is the article's."""
    tag = _TITLE_TAG.search(html[:100_000])
    if not tag:
        return None
    import html as html_lib

    m = _PIPE_SITE.match(" ".join(html_lib.unescape(tag.group(1)).split()))
    if m and _same(m["title"], title) and len(m["site"].split()) <= 6:
        return m["site"].strip()
    return None


def _strip_site_suffix(title: str, site: str | None) -> str:
    """'Headline | Site' or 'Headline - Site' -> 'Headline' (pages put the site name in <title>)."""
    if site:
        m = re.match(rf"^(?P<t>.{{8,}}?)\s+[|\-–—:]\s+{re.escape(site)}\s*$", title)
        if m:
            return m["t"].strip()
    return title.strip()


def _same(a: str, b: str) -> bool:
    norm = lambda s: " ".join(_WORD.findall(s.lower()))  # noqa: E731
    return norm(a) == norm(b)


def _drop_promo_links(html: str):  # noqa: ANN202 - an lxml tree, or the text when it cannot be parsed
    """Remove in-body promotions: short paragraphs that are mostly a link and not a sentence.

    "Read more: <other headline>", "ALSO: <link>", "Related: <link>" sit inside
    the article body, where the extractor keeps them; a real paragraph is a
    sentence, or has more text than link.
    """
    import lxml.html

    try:
        tree = lxml.html.document_fromstring(html)
    except Exception:  # lxml refuses some inputs (e.g. an encoding declaration in a str): let trafilatura try
        return html
    for el in tree.xpath("//body//p | //body//li | //body//h4 | //body//h5"):
        text = " ".join(el.text_content().split())
        links = " ".join(" ".join(a.text_content().split()) for a in el.xpath(".//a"))
        if not text or not links or len(text.split()) > 20 or _TERMINAL_PUNCT.search(text):
            continue
        if len(links) / len(text) >= 0.6:
            el.drop_tree()
    return tree


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

    _refuse_attribute_bombs(html, name)
    try:
        # deduplicate=False: trafilatura's deduplication keeps a cache across calls, so the
        # same page would come out differently the fourth time it is read in one process.
        doc = trafilatura.bare_extraction(
            _drop_promo_links(html), url=url, with_metadata=True, include_comments=False, include_tables=True,
            include_images=False, include_formatting=False, deduplicate=False,
        )
    except Exception as exc:  # trafilatura/lxml raise many types on broken markup
        raise InputError(f"{name}: the page cannot be parsed as HTML ({type(exc).__name__})") from None
    data = doc.as_dict() if doc is not None and hasattr(doc, "as_dict") else (doc or {})
    text = repair_text(str(data.get("text") or ""))
    cleaned = clean_lines(text)
    paragraphs = cleaned.paragraphs
    if len(_WORD.findall(" ".join(paragraphs))) < MIN_ARTICLE_WORDS:
        raise InputError(f"{name}: no article text found on the page")

    site = _clean_meta(data.get("sitename")) or cleaned.outlet
    title = _clean_meta(data.get("title"))
    if title and not site:
        site = _site_from_title_tag(html, title)
    title = _strip_site_suffix(title, site) if title else cleaned.title
    if title:
        if paragraphs and _same(paragraphs[0], title):
            paragraphs = paragraphs[1:]
        paragraphs = [title, *paragraphs]
    source = Source(
        outlet=site,
        url=_clean_meta(data.get("url")) or url,
        author=_clean_author(data.get("author")) or cleaned.author,
        published=_published(html, _clean_meta(data.get("date"))) or cleaned.published,
    )
    return Article(text="\n\n".join(paragraphs), title=title, source=source)


_ROLE_WORDS = re.compile(
    r"\b(?:correspondent|reporter|editor|writer|staff|columnist|contributor|journalist|producer|analyst|"
    r"bureau|desk|chief|senior|political|news|photographer)s?\b",
    re.IGNORECASE,
)


def _clean_author(value: object) -> str | None:
    """'Jo Park; Political correspondent' -> 'Jo Park': trafilatura joins names and job titles with ';'."""
    text = _clean_meta(value)
    if text is None:
        return None
    names = [part.strip() for part in re.split(r"\s*;\s*", text) if part.strip()]
    kept = [name for name in names if not _ROLE_WORDS.search(name)]
    return ", ".join(kept or names[:1])


def _clean_meta(value: object) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None


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
    blocks = {"p", "div", "li", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "tr", "section",
              "article", "ul", "ol", "table", "dd", "dt"}
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
