"""A saved page the extractor could not read: its whole text run into one paragraph.

When the main-text extractor finds no article block (a stub behind a paywall, markup it does not
know), it falls back on the text of the whole page, and the page's furniture runs into the story
as one paragraph: "Home News Ferry fares rise ... Photo: Ana Roe Share Email Facebook WhatsApp
Twitter The ferry company said on Monday ... Related articles More from author ...". A row of
sharing buttons inside a paragraph of prose is the mark of it (:func:`dumped_page`): a page read
right keeps them out, or on a line of their own.

Such a page is read as a paste of it is (:func:`page_as_paste`): its body rendered one block per
line, as a text browser shows it, and cleaned line by line by the pasted-text cleaner, which knows
menus, captions, bylines and related links by their lines.

Coverage: 1 of the 171 real pages (a training page whose story is one sentence under a paywall; its
saved brief's bottom line was the page's menu, caption and byline run together, a blind review's
blocker, while its paste's was the story's sentence); no other page's extraction has such a row.
Kept under three pages: a failed extraction is a class of input of its own, and the paste's
cleaner, which reads it, is the one every paste goes through.
"""

from __future__ import annotations

import re

from ..errors import BriefgenError
from ..model import Article
from ..trace import fired

__all__ = ["dumped_page", "page_as_paste"]

#: The names on a page's sharing buttons.
_SHARE_WORDS = r"(?:Share|Email|E-mail|Facebook|WhatsApp|Twitter|Telegram|LinkedIn|Pinterest|Reddit|Print|Messenger)"
#: Three or more such names in a row: a row of sharing buttons.
_SHARE_ROW = re.compile(rf"\b{_SHARE_WORDS}(?:\s+{_SHARE_WORDS}){{2,}}\b")
#: A paragraph at least this long (words) is prose the buttons were run into, not a line of them.
_PROSE_WORDS = 40


def dumped_page(paragraphs: list[str]) -> bool:
    """A paragraph of prose holds a row of sharing buttons ("... By Ana Roe Share Email Facebook
    Twitter The ferry company said ..."): the extractor gave the whole page's text, not its story."""
    return any(len(p.split()) >= _PROSE_WORDS and _SHARE_ROW.search(p) for p in paragraphs)


def page_as_paste(html: str) -> Article | None:
    """The page read as its paste is: its body's blocks one per line (scripts and styles left out),
    cleaned by the pasted-text cleaner; None when the markup has no body to render."""
    import lxml.html

    from .clean import clean_pasted_text
    from .html_tree import fragment_paragraphs

    try:
        root = lxml.html.fromstring(html)
    except Exception:  # lxml raises many types on broken markup
        return None
    body = root.find("body")
    if body is None:
        return None
    for bad in body.xpath(".//script|.//style|.//noscript|.//template"):
        bad.drop_tree()
    lines = fragment_paragraphs(lxml.html.tostring(body, encoding="unicode"))
    if not lines:
        return None
    try:
        pasted = clean_pasted_text("\n".join(lines))
    except BriefgenError:
        return None  # no article in the page's lines either: the extractor's text stands
    fired("html.page_read_as_paste")
    return pasted
