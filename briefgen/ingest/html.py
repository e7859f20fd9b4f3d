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


def decode_html(data: bytes, *, charset: str | None = None, name: str = "<input>") -> str:
    """Text of an HTML page: the declared charset (HTTP header, then ``<meta>``) when it decodes, else detected."""
    declared = [charset] if charset else []
    m = _META_CHARSET.search(data[:4096])
    if m:
        declared.append(m.group(1).decode("ascii", "replace"))
    if not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        for enc in declared:
            try:
                codecs.lookup(enc)
                text = data.decode(enc)
            except (LookupError, UnicodeDecodeError):
                continue
            if not text.strip():
                break
            return normalise_text(repair_text(text))
    return decode_bytes(data, name=name)


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
            el.drop_tree()


_HTTP_URL = re.compile(r"https?://[^\s/?#@]{1,253}(?:[/?#]\S{0,2000})?", re.IGNORECASE)
#: Host labels that name no outlet: "hosted.wire.example" is Wire's, "amp.news.example.com" is Example's.
_HOST_WORDS = frozenset({"www", "www1", "www2", "www3", "amp", "m", "mobile", "news", "hosted", "web", "en",
                         "beta", "edition", "home", "wap", "touch", "blog", "blogs", "feeds", "rss", "static"})
#: Second-level labels under a country code: the outlet's label is the one before ("bbc.co.uk").
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "ac", "edu", "ne", "or", "go", "gen", "ltd", "plc"})


def _page_meta(tree) -> dict[str, str]:  # noqa: ANN001 - an lxml tree
    """Canonical URL, outlet names and ``<h1>`` headlines of the page, read before the extractor changes the tree.

    Pages whose ``<head>`` the parser closes early (a stray element in it) have their ``<meta>``
    and ``<link>`` in the body, where trafilatura does not look: the whole tree is read.
    """
    import itertools

    found: dict[str, str] = {}
    for el in tree.iter("link", "meta"):
        if el.tag == "link":
            rel = (el.get("rel") or "").lower().split()
            if "canonical" in rel and "canonical" not in found:
                found["canonical"] = el.get("href") or ""
            continue
        key = (el.get("property") or el.get("name") or "").strip().lower()
        if key in ("og:url", "og:site_name", "application-name") and key not in found:
            found[key] = el.get("content") or ""
    for script in tree.iter("script"):
        if "publisher" in found or (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        name = _ld_publisher(script.text or "")
        if name:
            found["publisher"] = name
    # the page's visible headlines, one a line
    headlines = itertools.islice(tree.iter("h1"), 20)
    found["h1"] = "\n".join(" ".join(h.text_content().split())[:1_000] for h in headlines)
    return {key: value for key, value in found.items() if value and value.strip()}


def _ld_publisher(text: str) -> str | None:
    """``publisher.name`` of a JSON-LD block (breadth first, a bounded number of nodes)."""
    import itertools
    import json

    if len(text) > 500_000:
        return None
    try:
        queue = [json.loads(text)]
    except (ValueError, RecursionError):  # not JSON, or nested deeper than the parser goes
        return None
    for node in itertools.islice(queue, 2_000):  # the queue grows while it is read; 2,000 nodes at most
        if isinstance(node, list):
            queue.extend(node[:200])
        elif isinstance(node, dict):
            publisher = node.get("publisher")
            for candidate in publisher if isinstance(publisher, list) else [publisher]:
                name = candidate.get("name") if isinstance(candidate, dict) else candidate
                if isinstance(name, str) and name.strip() and not _HTTP_URL.match(name.strip()):
                    return name
            queue.extend(value for value in node.values() if isinstance(value, (list, dict)))
    return None


def _absolute_url(value: object) -> str | None:
    """``value`` when it is an absolute http(s) URL (a relative canonical link or a ``javascript:`` one is not)."""
    text = _clean_meta(value)
    if text is None or " " in text or not _HTTP_URL.fullmatch(text):
        return None
    return text


def _host_label(url: str | None) -> str | None:
    """The outlet's label of a URL's host: 'hosted.wire.example' -> 'wire', 'www.herald.co.uk' -> 'herald'."""
    from urllib.parse import urlsplit

    if not url:
        return None
    try:
        host = (urlsplit(url).hostname or "").rstrip(".")
    except ValueError:
        return None
    labels = [label for label in host.split(".") if label]
    if len(labels) < 2 or all(label.isdigit() for label in labels):
        return None
    index = len(labels) - 2
    if index > 0 and len(labels[-1]) == 2 and labels[index] in _SECOND_LEVEL:
        index -= 1
    return labels[index]


def _host_word(name: str) -> bool:
    """True for an outlet 'name' that is only a subdomain word ('Hosted' of hosted.wire.example, 'www', 'amp').

    A subdomain that names its outlet stays: 'HarbourSports' of harboursports.example.com.
    """
    return name.strip().lower() in _HOST_WORDS


#: A longer "site name" is a sentence or a page's junk, not an outlet's name.
_MAX_OUTLET = 100
_HOSTNAME = re.compile(r"[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,10}", re.IGNORECASE)


def _without_host_words(name: str) -> str:
    """A host name given as the outlet without its subdomain words: 'amp.coast.example' -> 'coast.example'.

    A name with a tagline or a second name after ' | ' keeps its first part ('Coast Herald | Daily news').
    """
    first = name.split(" | ")[0].strip()
    name = first if len(first) >= 2 else name
    if not _HOSTNAME.fullmatch(name):
        return name
    labels = name.split(".")
    while len(labels) > 2 and labels[0].lower() in _HOST_WORDS:
        labels.pop(0)
    return ".".join(labels)


def _outlet_from_host(url: str | None, html: str) -> str | None:
    """The outlet's host label, written as the page writes it ('bw' -> 'BW' from '(BW)'), else capitalised."""
    label = _host_label(url)
    if not label or label in _HOST_WORDS or not re.fullmatch(r"[a-z0-9][a-z0-9-]{0,62}", label):
        return None
    counts: dict[str, int] = {}
    pattern = re.compile(rf"(?<![\w@./-]){re.escape(label)}(?![\w-]|\.\w)", re.IGNORECASE)  # not in a host name
    for n, m in enumerate(pattern.finditer(html, 0, 300_000)):
        if n >= 500:
            break
        if m.group() != label:  # a lower-case one is mostly a URL's
            counts[m.group()] = counts.get(m.group(), 0) + 1
    if counts:
        return max(counts, key=lambda form: (counts[form], form))
    return label.upper() if len(label) <= 3 else label.capitalize()


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
        tree = _load_tree(html)
        meta = {} if tree is None else _page_meta(tree)
        if tree is not None:
            _drop_promo_links(tree)
        doc = trafilatura.bare_extraction(
            html if tree is None else tree, url=url, with_metadata=True, include_comments=False, include_tables=True,
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

    page_url = (_absolute_url(meta.get("canonical")) or _absolute_url(meta.get("og:url"))
                or _absolute_url(data.get("url")) or url)
    # The outlet as the page names itself (trafilatura's pick among JSON-LD, og:site_name and the
    # like, then each of those: trafilatura misses tags the parser moved out of <head>), then as its
    # text does; a subdomain word ("Hosted" of hosted.wire.example) or a URL names no outlet, and the
    # host's own label is the last resort.
    declared = [_without_host_words(name) for name in map(_clean_meta, (
        data.get("sitename"), meta.get("og:site_name"), meta.get("publisher"), meta.get("application-name"),
        cleaned.outlet)) if name]
    names = [name for name in declared
             if len(name) <= _MAX_OUTLET and not _host_word(name) and not _HTTP_URL.match(name)]
    # trafilatura names the host when the page does not name itself: a name the page gives goes first
    names.sort(key=lambda name: bool(_HOSTNAME.fullmatch(name)))
    site = names[0] if names else None
    title = _clean_meta(data.get("title"))
    if title and not site:
        site = _site_from_title_tag(html, title)
        site = None if site is None or _host_word(site) else site
    if not site:
        site = _outlet_from_host(page_url, html)
    if title:
        for outlet in dict.fromkeys(filter(None, [site, *declared])):
            title = _strip_site_suffix(title, outlet)
    else:
        title = cleaned.title
    if title and paragraphs and not _same(paragraphs[0], title) and any(
        _same(paragraphs[0], h1) for h1 in meta.get("h1", "").split("\n")
    ):
        # the text leads with the page's visible headline, which the metadata's title (a social or
        # search variant: "Opinion | ...", another wording) is not: that headline is the title, once
        title = paragraphs[0]
    if title:
        # the extracted copy of the headline goes, also after a kicker ("Harbours") above it
        copy = next((i for i, paragraph in enumerate(paragraphs[:3]) if _same(paragraph, title)), None)
        if copy is not None:
            paragraphs = paragraphs[:copy] + paragraphs[copy + 1:]
        paragraphs = [title, *paragraphs]
    source = Source(
        outlet=site,
        url=page_url,
        author=_clean_author(data.get("author"), outlet=site, url=page_url)
        or _clean_author(cleaned.author, outlet=site, url=page_url),
        published=_published(html, _clean_meta(data.get("date"))) or cleaned.published,
    )
    return Article(text="\n\n".join(paragraphs), title=title, source=source)


#: News agencies, written as bylines end with them ("Jo Park Associated Press", "Jo Park, Reuters").
_AGENCIES = frozenset({
    "associated press", "the associated press", "ap", "reuters", "thomson reuters", "afp", "agence france-presse",
    "agence france presse", "bloomberg", "bloomberg news", "pti", "press trust of india", "ians", "ani", "upi",
    "united press international", "dpa", "xinhua", "kyodo", "kyodo news", "yonhap", "efe", "ansa", "aap",
    "the canadian press", "canadian press", "cp", "pa", "pa media", "press association", "tass", "anadolu",
    "anadolu agency",
})
_AGENCY_WORDS = 4  # the longest agency name, in words
#: Job titles: a byline's trailing run of these words goes ("Jo Park News reporter", "Jo Park, staff writer").
_ROLE_NOUNS = frozenset({
    "correspondent", "correspondents", "reporter", "reporters", "editor", "editors", "writer", "writers",
    "columnist", "contributor", "journalist", "producer", "analyst", "photographer", "critic", "intern",
    "anchor", "presenter", "blogger", "author",
})
#: A byline ending in one of these is a desk's, not a person's ("Harbour Herald Staff", "Metro Desk").
_DESK_NOUNS = frozenset({"staff", "team", "desk", "bureau", "bureaus", "services", "wire", "newsroom", "board",
                         "agencies", "reports"})
_ROLE_MODIFIERS = frozenset({
    "senior", "political", "news", "chief", "staff", "special", "foreign", "contributing", "editorial", "sports",
    "business", "science", "health", "associate", "deputy", "managing", "executive", "digital", "investigative",
    "national", "international", "economics", "economic", "technology", "tech", "legal", "education", "climate",
    "crime", "weather", "entertainment", "features", "world", "global", "city", "hall", "guest", "freelance",
    "general", "assistant", "lead", "local", "the", "a", "and", "&", "of", "for", "at",
})
#: Words a byline picks up from the date after it ("Jo Park November 19, 2019", "Jo Park Published").
_DATE_WORDS = frozenset({"january", "february", "september", "october", "november", "december", "published",
                         "updated", "posted", "on"})
_CREDENTIALS = frozenset({"phd", "ph.d", "ph.d.", "md", "m.d.", "ms", "ma", "mba", "rd", "rdn", "rn", "cpa", "esq",
                          "jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
_NAME_PARTICLES = frozenset({"de", "da", "di", "do", "dos", "das", "del", "della", "der", "den", "du", "la", "le",
                             "van", "von", "bin", "al", "el", "y", "ibn", "ter", "ten", "zu"})
_NUMERALS = frozenset({"II", "III", "IV", "VI", "VII", "VIII"})
_BYLINE_SPLIT = re.compile(r"\s*(?:[;,|/()]|\s[-–—]\s|\band\b|&)\s*", re.IGNORECASE)
_MAX_BYLINE = 400


def _clean_author(value: object, *, outlet: str | None = None, url: str | None = None) -> str | None:
    """The names of a byline, joined with ', ': 'LISA PARK, SAM LEE Associated Press' -> 'Lisa Park, Sam Lee'.

    trafilatura joins names and job titles with ';'. Agencies ("Associated Press", "Reuters", "AP"),
    the outlet itself, job titles ("staff writer") and credentials go; names in capitals are written
    in title case. A byline with no person's name in it gives its agency, else its first part.
    """
    text = _clean_meta(value)
    if text is None:
        return None
    text = re.sub(r"^by\s+", "", text[:_MAX_BYLINE], flags=re.IGNORECASE)
    parts = [part for part in _BYLINE_SPLIT.split(text) if part and _WORD.search(part)]
    names: list[str] = []
    agencies: list[str] = []
    for part in parts:
        words = part.split()
        while len(words) > 1 and (words[-1].lower().strip(".,:") in _DATE_WORDS or words[-1].isdigit()):
            words.pop()
        for size in range(min(_AGENCY_WORDS, len(words)), 0, -1):  # "Sam Lee Associated Press"
            agency = " ".join(words[-size:])
            # a short one only in capitals: "AP", "PA", "EFE" are agencies, "Pa" or "Efe" may be a name
            if agency.lower().strip(".") in _AGENCIES and (len(agency) > 4 or agency.isupper() or agency == "dpa"):
                agencies.append(_title_case(agency, single=True))
                words = words[:-size]
                break
        name = _person_name(words, outlet, url)
        if name and name.lower() not in (n.lower() for n in names):
            names.append(name)
    if names:
        return ", ".join(names)
    if agencies:
        return ", ".join(dict.fromkeys(agencies))
    first = parts[0].split() if parts else []
    while len(first) > 1 and first[-1].lower().strip(".,:") in _DATE_WORDS:
        first.pop()
    return _title_case(" ".join(first), single=True) if first else None


def _person_name(words: list[str], outlet: str | None, url: str | None) -> str | None:
    """The name in a byline part without its job title, or None when the part names no person."""
    if not words or words[-1].lower().strip(".,:") in _DESK_NOUNS:
        return None
    run = 0  # the trailing job title: modifiers and at least one role noun
    while run < len(words) and words[-1 - run].lower().strip(".,:") in _ROLE_NOUNS | _ROLE_MODIFIERS:
        run += 1
    if any(w.lower().strip(".,:") in _ROLE_NOUNS for w in words[len(words) - run:]):
        words = words[: len(words) - run]
    if not words or any(w.lower().strip(".,:") in _ROLE_NOUNS for w in words):
        return None
    if len(words) == 1 and words[0].lower().strip(".") in _CREDENTIALS:
        return None
    name = _title_case(" ".join(words))
    if words[0].lower() == "the" or _is_outlet(name, outlet, url):
        return None
    initials = [w[:1] for w in name.split() if w[:1].isalpha()]
    if any(c.isupper() for c in initials) and any(
        not w[:1].isupper() and w.lower() not in _NAME_PARTICLES for w in name.split() if w[:1].isalpha()
    ):
        return None  # "Syrian defense ministries", "popular news platform": words, not a name
    return name


def _is_outlet(name: str, outlet: str | None, url: str | None) -> bool:
    """True when a byline part is the outlet ('Coast Herald Business' of Coast Herald, or of coastherald.example)."""
    words = _WORD.findall(name.lower())
    if not words:
        return True
    if outlet:
        own = [w for w in _WORD.findall(outlet.lower()) if w != "the"]
        size = min(len(own), len(words))
        if own and words[:size] == own[:size]:
            return True
    label = _host_label(url)
    joined = "".join(words)
    return bool(label) and len(joined) >= 5 and joined in label.replace("-", "")


def _title_case(text: str, *, single: bool = False) -> str:
    """'MARTA ANN OKAFOR' -> 'Marta Ann Okafor'; text with a lower-case letter stays as it is.

    A single short word in capitals is an acronym ('AP', 'PTI') unless ``single`` is False.
    """
    if not any(c.isupper() for c in text) or any(c.islower() for c in text):
        return text
    words = text.split()
    if single and len(words) == 1 and len(text) <= 3:
        return text
    out = []
    for n, word in enumerate(words):
        if len(word.strip(".")) <= 1 or (n and word.strip(".,") in _NUMERALS):
            out.append(word)  # an initial or a numeral after the name: "J.", "III" (but "XI" may be a name)
        else:
            out.append(re.sub(r"[^\W\d_]+", lambda m: m.group().capitalize(), word))
    return " ".join(out)


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
