"""What cleaning a pasted page finds besides the article: the result record, bylines and time stamps.

Both the cleaner (:mod:`briefgen.ingest.clean`) and the page header reader
(:mod:`briefgen.ingest.header`) use these, so they live below both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = ["CleanResult", "match_byline", "match_timestamp"]

_NAME_WORD = r"[A-Z][\w.'’-]*"
_BYLINE = re.compile(
    rf"^[Bb][Yy]:?\s+(?P<author>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}"
    rf"(?:\s+and\s+{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}})*)"
    rf"(?:\s*[,|]\s*{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|of|for|the|and|&)){{0,5}})?$"
)
_NOT_NAMES = {
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "the",
    "then",
    "now",
    "today",
    "tonight",
    "early",
    "late",
    "noon",
    "midnight",
    "law",
}
_TIMESTAMP = re.compile(r"^(?:published|updated|posted|last updated)\b[:\s]*(?P<when>.{4,60})$", re.IGNORECASE)


def _words(text: str) -> list[str]:
    return re.findall(r"[\w’'-]+", text)


@dataclass
class CleanResult:
    """Paragraphs kept and metadata found while cleaning."""

    paragraphs: list[str] = field(default_factory=list)
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None


def match_byline(line: str) -> str | None:
    """The author's name of a byline ("By Jo Park, Staff Writer" -> "Jo Park"), else None."""
    m = _BYLINE.match(line)
    if m and len(_words(line)) <= 12 and m["author"].split()[0].lower() not in _NOT_NAMES:
        return m["author"].strip()
    return None


def match_timestamp(line: str) -> str | None:
    """The time of a time-stamp line ("Updated: 5 May 2026, 10:00" -> "5 May 2026, 10:00"), else None."""
    m = _TIMESTAMP.match(line)
    if not m or not re.search(r"\d", m["when"]):  # "Posted by Jo Park" is a byline, not a time
        return None
    return m["when"].strip()
