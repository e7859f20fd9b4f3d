"""An HTML page's metadata as its markup states it: from the tree, read before the extractor
changes it, the canonical link, the site's names in ``<meta>`` tags and JSON-LD, the JSON-LD
headline, the byline the template marks and the ``<h1>`` headlines; from the page's text, its
``<title>``. And a metadata value as text on one line, or as an absolute URL.

:mod:`.html_meta` reads the outlet and the headline from these; it names them for its callers.
"""

from __future__ import annotations

import html as html_lib
import itertools
import re

from ..hosts import HTTP_URL as _HTTP_URL
from .json_ld import ld_facts

__all__ = ["page_meta", "title_tag_text", "absolute_url", "clean_meta"]

# Every run is bounded and stops at the next tag, as in :mod:`.published_time` (linear time on a
# page of a hundred thousand unclosed "<title>").
_TITLE_TAG = re.compile(r"<title[^<>]{0,2000}>([^<]{0,3000})</title>", re.IGNORECASE)


def title_tag_text(html: str) -> str | None:
    """The text of the page's ``<title>``, entities decoded and spacing made single."""
    tag = _TITLE_TAG.search(html[:100_000])
    if not tag:
        return None
    return " ".join(html_lib.unescape(tag.group(1)).split())


def page_meta(tree) -> dict[str, str]:  # noqa: ANN001 - an lxml tree
    """Canonical URL, outlet names and ``<h1>`` headlines of the page, read before the extractor changes the tree.

    Pages whose ``<head>`` the parser closes early (a stray element in it) have their ``<meta>``
    and ``<link>`` in the body, where trafilatura does not look: the whole tree is read.
    """
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
    for script in itertools.islice(tree.iter("script"), 500):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        if "publisher" in found and "ld_headline" in found:
            break
        name, headline = ld_facts(script.text or "")  # one parse of the block for both
        if name and "publisher" not in found:
            found["publisher"] = name
        if headline and "ld_headline" not in found:
            found["ld_headline"] = html_lib.unescape(headline)
    byline = _marked_byline(tree)
    if byline:
        found["byline"] = byline
    # the page's visible headlines, one a line
    headlines = itertools.islice(tree.iter("h1"), 20)
    found["h1"] = "\n".join(" ".join(h.text_content().split())[:1_000] for h in headlines)
    return {key: value for key, value in found.items() if value and value.strip()}


#: A byline as a blog's template writes it: "Posted by Ana Roe and Jo Park - Harbour team",
#: "Posted on 4 May 2026 by Ana Roe", "By Ana Roe".
_MARKED_BYLINE = re.compile(r"^(?:posted\s+)?(?:on\s+[^<>]{4,40}?\s+)?by\s+(\S.{2,150})$", re.IGNORECASE)
#: Marks of a byline's element: its class names the author or the byline.
_BYLINE_CLASS = re.compile(r"byline|author", re.IGNORECASE)


def _marked_byline(tree) -> str | None:  # noqa: ANN001 - an lxml tree
    """The names of the first element the page's template marks as the byline (class "byline-author",
    "post-author", ...) that reads "By ..." or "Posted by ...", its team after a dash left out. For a
    page whose metadata names no author or only the site: trafilatura's text leaves the line out.
    Found on 3 of the 171 real and training pages; it names the authors of 2 (two blogs whose
    metadata names none or only the site; the third page's metadata names its desk already).
    Comment authors' elements do not read "By ..."."""
    for el in itertools.islice(tree.iter(), 20_000):
        if not isinstance(el.tag, str) or not _BYLINE_CLASS.search(el.get("class") or ""):
            continue
        text = " ".join(el.text_content().split())[:200]
        match = _MARKED_BYLINE.match(text)
        if match:
            return re.split(r"\s+[-–—|]\s+", match.group(1))[0]
    return None


def absolute_url(value: object) -> str | None:
    """``value`` when it is an absolute http(s) URL (a relative canonical link or a ``javascript:`` one is not)."""
    text = clean_meta(value)
    if text is None or " " in text or not _HTTP_URL.fullmatch(text):
        return None
    return text


def clean_meta(value: object) -> str | None:
    """``value`` as text on one line, or None when it holds no text."""
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None
