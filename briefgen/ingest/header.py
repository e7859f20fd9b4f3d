"""What a pasted page says about its article outside the article's lines: headline, byline, date, outlet.

A page puts the headline (its ``<h1>``) just above the article, usually with a
standfirst, a byline, a date, a photo or a share bar in between; the site's
banner, menus and app promotions stand further up. ``headline`` chooses the
headline among the lines around the article's start; the byline and the date are
read from the lines between it and the article; the outlet from a
"Headline | Outlet" line or from the page's copyright line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .cleaned import DATE, DATE_LINE, CleanResult, match_byline, match_timestamp
from .headline import SECTION_PREFIX, article_start, find_headline
from .page_lines import LineInfo

__all__ = ["read_header", "copyright_outlet"]

_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?[,.]?\s*(?P<name>[A-Z][^.|©]{1,60}?)"
    r"(?:\s*,?\s*(?:Inc|Ltd|LLC|Pty|plc|GmbH|Limited|Corp|Corporation|Company|Co|Group|Media|Holdings)\b\.?)*"
    r"(?:\s+\d{4})?\s*(?:[.|,]|all\s+rights|$)",
    re.IGNORECASE,
)
#: Copyright holders that are not the outlet: photo agencies and credits, or no name at all.
_NOT_OUTLET = re.compile(r"\d|rights|reserved|\b(?:getty|images?|photos?|shutterstock|alamy|istock)\b", re.IGNORECASE)
_LEGAL_TAIL = re.compile(r"(?:\s+(?:Inc|Ltd|LLC|Pty|plc|GmbH|Limited|Corp|Corporation|Company|Co)\.?)+$")


def copyright_outlet(raw: str) -> str | None:
    """The publisher named by the page's last copyright line ("© 2019 Example News Ltd." -> "Example News").

    Read from the raw paste: copyright lines are clutter, dropped before the classifier sees the page.
    The holder is often a parent company ("Example Media Group" for "The Example Post"), so it
    counts only when the top of the page names it too (the site's banner, a "From X" line, a byline).
    """
    rows = raw.splitlines()
    top = " ".join(" ".join(rows[: min(200, max(1, len(rows) // 3))]).split()).lower()
    for line in reversed(rows[int(len(rows) * 0.6) :][-400:]):  # the page's footer, not a photo's credit
        line = " ".join(line.split())
        if not line or len(line.split()) > 20 or not re.search(r"©|\(c\)|copyright", line, re.IGNORECASE):
            continue
        m = _COPYRIGHT.search(line)
        if m:
            name = re.sub(r"^by\s+", "", m["name"].strip(" ,.&-"), flags=re.IGNORECASE)
            name = _LEGAL_TAIL.sub("", name).strip(" ,.&-")
            if 1 <= len(name.split()) <= 6 and not _NOT_OUTLET.search(name) and name.lower() in top:
                return name
    return None


_DATE_PART = re.compile(
    rf"{DATE}(?:,?\s+(?:at\s+)?\d{{1,2}}[:.]\d{{2}}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{{2,4}}\b)?)?",
    re.IGNORECASE,
)


def _date_part(line: str) -> str:
    """The date (and time) of a date line, without what follows it ("12 May 2026 | Jo Park" -> "12 May 2026")."""
    m = _DATE_PART.search(line)
    return m.group(0).strip() if m else line


def read_header(lines: Sequence[LineInfo], keep: Sequence[bool], result: CleanResult, raw: str = "") -> None:
    """Fill ``result``'s title, author, date and outlet from the page lines around the article
    (and the outlet from the copyright line of ``raw``, the whole paste)."""
    from .html_meta import clean_author

    first = article_start(keep)
    if first is None:
        return
    headline = find_headline(lines, keep)
    start = max(0, (headline if headline is not None else first) - 3)
    for line in lines[start : first + 3]:
        if keep[line.index] and line.index >= first + 1:
            continue
        if result.author is None:
            byline = match_byline(line.body)
            result.author = clean_author(byline) if byline else None
        if result.published is None:
            stamp = match_timestamp(line.body)
            result.published = (_date_part(stamp) if stamp else None) or (
                _date_part(line.body) if DATE_LINE.match(line.body) and line.words <= 12 else None
            )
    if headline is not None:
        result.title = SECTION_PREFIX.sub("", lines[headline].body).strip() or None
    result.outlet = result.outlet or copyright_outlet(raw)
