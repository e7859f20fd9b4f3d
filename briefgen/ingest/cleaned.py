"""What cleaning a pasted page finds besides the article: the result record, bylines, dates and time stamps.

Both the cleaner (:mod:`briefgen.ingest.clean`) and the page header reader
(:mod:`briefgen.ingest.header`) use these, so they live below both.
"""

from __future__ import annotations

import re

from ..trace import fired
from dataclasses import dataclass, field

__all__ = [
    "CleanResult",
    "co_writer",
    "match_byline",
    "match_timestamp",
    "DATE",
    "DATE_LINE",
    "DATE_INSIDE",
    "BYLINE_START",
]

_NAME_WORD = r"[A-Z][\w.'’-]*"
_BYLINE = re.compile(
    rf"^[Bb][Yy]:?\s+(?P<author>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}"
    # "By Jo Park, Ana Ruiz and Bo Li": names before the last "and" are set apart by commas
    rf"(?:(?:\s*,\s*{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}})*,?\s+and\s+{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}})*)"
    rf"(?:\s*(?P<sep>[,|])\s*(?P<after>{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|of|for|the|and|&)){{0,5}}))?$"
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
#: A month's name or its abbreviation ("Nov.", "Sept", "March"), case as written.
MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
#: A date written out: "19 NOV 2019", "November 19, 2019", "2019-11-19", "11/19/2019" (after an optional weekday).
DATE = (
    rf"(?:\w+day,?\s+)?(?:{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH},?\s+\d{{4}}|"
    r"\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})"
)
#: A line that is a date or a time stamp: "19 NOV 2019", "November 19, 2019 5:30 p.m. ET", "2019-11-19 10:48".
DATE_LINE = re.compile(
    rf"^(?:(?:published|updated|posted|last\s+updated|first\s+published)\b[:\s]*)?{DATE}(?:[\s,|•·-]+.{{0,40}})?$",
    re.IGNORECASE,
)
#: A line that is a month and a day and nothing else ("Nov 18", "18 November"): a page's date
#: with no year, read only right under the byline (see :func:`.header.read_header`).
DAY_LINE = re.compile(rf"^(?:{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH})$", re.IGNORECASE)
#: A date anywhere in a short line ("Example News February 4, 2020, 7:57 AM"): a dateline of the page.
DATE_INSIDE = re.compile(
    rf"\b{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b|\b\d{{1,2}}\s+{MONTH},?\s+\d{{4}}\b", re.IGNORECASE
)
#: The start of a byline: "By Jo Park", "Written by ...", "From ...".
BYLINE_START = re.compile(r"^(?:by|written\s+by|words\s+by|from)\b[:\s]", re.IGNORECASE)
_TIMESTAMP = re.compile(r"^(?:published|updated|posted|last updated)\b[:\s]*(?P<when>.{4,60})$", re.IGNORECASE)


#: A date (and a time) that ends a byline after a comma or a bar: "..., March 3, 2024 9:15 am".
_DATED_TAIL = re.compile(rf"\s*[,|•·–—]\s*(?:on\s+)?{DATE}(?:[\s,|•·-]+[\w:.]+){{0,3}}$", re.IGNORECASE)


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
    #: the kind of piece the page's section names above its headline ("Opinion"), see ``page_genre``
    genre: str | None = None
    #: the text was judged a page and its article found: the header was read from the page's lines
    page: bool = False


def match_byline(line: str) -> str | None:
    """The author's name of a byline ("By Jo Park, Staff Writer" -> "Jo Park"; "By Jo Park, May 5,
    2024 9:15 am" -> "Jo Park": a date after it, as a story's page prints one), else None."""
    m = _BYLINE.match(line)
    if not m:
        dated = _DATED_TAIL.search(line)
        if dated and dated.start() > 0:
            m = _BYLINE.match(line[: dated.start()])
            if m:
                fired("clean.byline_with_date")
    if m and len(_words(line)) <= 12 and m["author"].split()[0].lower() not in _NOT_NAMES:
        author = _without_full_stop(m["author"].strip())
        if m["sep"] == "," and co_writer(m["after"]):
            # "By Jo Park, Ana Ruiz": a second writer, not a job ("By Jo Park, Staff Writer").
            # Coverage: none of the harness's pages (header.byline_comma_co_writer, the header
            # reader's rule for the same shape, fires on 2 training pages); kept: a closed
            # shape of bylines
            fired("clean.byline_comma_co_writer")
            return f"{author}, {_without_full_stop(m['after'])}"
        return author
    return None


#: A name's last word that keeps its full stop: an initial ("Jo B."), "Jr.", "Sr.".
_ABBREVIATED_END = re.compile(r"(?:\b[A-Z]|\b[JS]r)\.$")


def co_writer(words: str) -> bool:
    """``words`` after a byline's comma are a person's name: two or three capitalised words, the
    first a given name ("Ana Ruiz"; not "Staff Writer", "Harbour News"). Read after the comma of a
    byline line here and of a page header's byline (:mod:`.header`)."""
    from ..lang.en.given_names import is_given_name

    parts = words.rstrip(".").split()
    return 2 <= len(parts) <= 3 and all(p[:1].isupper() and p[1:2].islower() for p in parts) and is_given_name(parts[0])


def _without_full_stop(author: str) -> str:
    """``author`` without the full stop a page ends its byline sentence with ("By Jo Park." ->
    "Jo Park"); an initial or "Jr." keeps its own. Coverage: 1 training page, pasted; kept: the
    full stop is no part of any name, and a reviewer counted it a defect of the header."""
    if author.endswith(".") and _ABBREVIATED_END.search(author) is None:
        fired("clean.byline_full_stop")
        return author[:-1]
    return author


def match_timestamp(line: str) -> str | None:
    """The time of a time-stamp line ("Updated: 5 May 2026, 10:00" -> "5 May 2026, 10:00"), else None."""
    m = _TIMESTAMP.match(line)
    if not m or not re.search(r"\d", m["when"]):  # "Posted by Jo Park" is a byline, not a time
        return None
    return m["when"].strip()
