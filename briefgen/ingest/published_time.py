"""The publication time of an HTML page: metadata that agrees with trafilatura's date, in the
publisher's own time when the page shows it.

Rules report when they fire (``html_meta.*``, see ``briefgen.trace``): HTML input only.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from ..trace import fired

__all__ = ["published"]

# Every run is bounded and stops at the next tag ("[^<>]{..}"), so a page of a hundred thousand
# unclosed "<meta " or "<title>" costs linear time (unbounded "[^>]+" made it quadratic: 90 s for 180 KB).
_PUBLISHED = [
    re.compile(
        r"<meta[^<>]{1,2000}(?:property|name|itemprop)\s*=\s*[\"'](?:article:published_time|datePublished|"
        r"pubdate|publishdate|date|dc\.date|dcterms\.created)[\"'][^<>]{0,2000}?content\s*=\s*[\"']([^\"'<>]{1,100})",
        re.IGNORECASE,
    ),
    re.compile(r"\"datePublished\"\s*:\s*\"([^\"]{1,100})\""),
    re.compile(r"<time[^<>]{1,2000}datetime\s*=\s*[\"']([^\"'<>]{1,100})", re.IGNORECASE),
]


def published(html: str, date: str | None) -> str | None:
    """The page's full publication time when it agrees with trafilatura's date, else that date; in
    the publisher's own time when the page shows it (:func:`_local_time`)."""
    head = html[:200_000]
    # Without a date to agree with, a <time> element may be a comment's or a sidebar's: only metadata counts.
    patterns = _PUBLISHED if date is not None else _PUBLISHED[:2]
    for pattern in patterns:
        for value in pattern.findall(head):
            value = value.strip()
            if date is None or value.startswith(date):
                full = value if re.match(r"\d{4}-\d{2}-\d{2}", value) else date
                if full != date:
                    fired("html_meta.published_full_time" if date else "html_meta.published_from_metadata")
                return _local_time(head, full) if full else full
    return _local_time(head, date) if date else date


_TIME_ELEMENT = _PUBLISHED[2]
#: A time in UTC before this hour may fall on the day before where the publisher is.
_EARLY_UTC_HOUR = 12


def _local_time(head: str, value: str) -> str:
    """``value``, a time in UTC ("2026-05-05T02:10:00Z", as metadata often gives it), as the page's
    own ``<time>`` element writes it: the same instant at the publisher's offset
    ("2026-05-04T22:10:00-04:00"), or the date alone of the day before when the UTC time is early
    in the day ("2026-05-04", which the page shows as "May 4, 2026"). A reader there saw the story
    on the 4th; the UTC day is a day late. Fires on 1 of the 60 real pages (a date-only byline
    one day before the metadata's early-morning UTC time) and 10 of the 111 training pages (the
    same instant at the publisher's offset, from -07:00 to +08:00; one of them a day before)."""
    when = _iso(value)
    if when is None or when.utcoffset() != timedelta(0):
        return value
    for shown in _TIME_ELEMENT.findall(head):
        shown = shown.strip()
        other = _iso(shown)
        if other is not None and other.utcoffset() not in (None, timedelta(0)) and other == when:
            fired("html_meta.published_local_time")
            return shown
        if (
            re.fullmatch(r"\d{4}-\d{2}-\d{2}", shown)
            and when.hour < _EARLY_UTC_HOUR
            and shown == (when.date() - timedelta(days=1)).isoformat()
        ):
            fired("html_meta.published_local_day")
            return shown
    return value


def _iso(value: str) -> datetime | None:
    """``value`` as an ISO 8601 time with its offset (None when it is not one, or has no time)."""
    if "T" not in value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
