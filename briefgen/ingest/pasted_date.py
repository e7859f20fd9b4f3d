"""A date line of a pasted page ("Mar. 12, 2026 9:40 am ET", "Thursday 12 March 2026") as
ISO 8601, when it names its month in words and so cannot be misread.

The brief keeps a date as given when it cannot be sure of it ("03/04/2026" is March or April), but
a month in words is unambiguous: written as ISO 8601, the date shows like a saved page's ("19
March 2026") and follows a team's ``date_format``. A time of day is kept only with a zone that
says UTC ("07:15 GMT"); with another zone ("ET", "IST": some name two zones) or none, the date
alone is given, which is never wrong. Anything else (a month in another language, no year, words
after the date: "on May 4, 2026 by Admin") stays as given.
"""

from __future__ import annotations

import re
from datetime import date

from .cleaned import MONTH

__all__ = ["iso_date"]

#: The months' first three letters, in the year's order: a month's number from any of its names.
_MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split()
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_MONTH = rf"(?P<month>{MONTH})"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_TIME = (
    r"(?:[,\s]+(?:at\s+)?(?P<hour>\d{1,2})[:.](?P<minute>\d{2})\s*(?P<half>[ap]\.?m\.?)?"
    r"(?:\s*(?P<zone>[a-z]{1,5}))?)?"
)
#: "Mar. 12, 2026 9:40 am", then "Thursday 12 March 2026 07:15 GMT".
_DATE_LINES = (
    re.compile(rf"^{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}{_TIME}\s*$", re.IGNORECASE),
    re.compile(rf"^{_WEEKDAY}{_DAY}\s+{_MONTH},?\s+{_YEAR}{_TIME}\s*$", re.IGNORECASE),
)
#: Zones that say the time is UTC.
_UTC = frozenset({"utc", "gmt", "z"})


def iso_date(text: str | None) -> str | None:
    """``text`` as ISO 8601 ("2026-03-12", or "2026-03-12T07:15:00Z" with a UTC time) when it is a
    date with its month in words and a year; None otherwise."""
    if not text:
        return None
    line = " ".join(text.split())
    m = next((m for pattern in _DATE_LINES if (m := pattern.match(line)) is not None), None)
    if m is None:
        return None
    month = _MONTHS.index(m.group("month")[:3].lower()) + 1
    try:
        day = date(int(m.group("year")), month, int(m.group("day")))
    except ValueError:
        return None  # "February 30, 2026": as given
    zone = (m.group("zone") or "").lower()
    if m.group("hour") is None or zone not in _UTC:
        return day.isoformat()
    hour, minute = int(m.group("hour")), int(m.group("minute"))
    half = (m.group("half") or "").replace(".", "").lower()
    if half:
        if not 1 <= hour <= 12:
            return day.isoformat()
        hour = hour % 12 + (12 if half == "pm" else 0)
    if hour > 23 or minute > 59:
        return day.isoformat()
    return f"{day.isoformat()}T{hour:02d}:{minute:02d}:00Z"
