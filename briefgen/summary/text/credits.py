"""Lines of the copy that name people who are not in the story. A wire story's staff credit: the line that says who reported, wrote and edited the copy
("(Reporting by Ana Roe; Editing by Ben Lusk)", "Jo Park contributed reporting."; the pattern is
:data:`briefgen.lang.en.page_furniture.STAFF_CREDIT`).

The cleaner keeps it (it keeps every line of a clean article, and the credit is part of the copy
as the wire sends it); the summary reads past it: the people it names are no actors
(:mod:`..actors.furniture`), and it is no key point (:func:`..keypoints.voice.states`).
Coverage: no key point from it in 1 CNN/DailyMail and 2 PolNeAR dev articles, no actor from it
in those 2 PolNeAR articles and 3 of the 60 real pages (a Reuters story's reporter and editor,
an AP story's six contributing writers, a newspaper's reporter and the city he filed from);
kept below three articles a corpus because every story of the two largest wires ends with such
a line, and the pattern cannot take prose (the people in capitals, no verb but "contributed").

An entry of a reference list (:func:`is_reference_entry`; the pattern is
:data:`briefgen.lang.en.page_furniture.REFERENCE_ENTRY`): "12. Ruiz AM, Lusk B, et al. Fasting
and sleep. J Sleep Res. 2014;15:1461-9." A study's page or a review keeps its references (they
are part of the article as the journal prints it); the authors it cites are no actors, and an
entry is no key point. Coverage: 2 of the 111 training pages, both inputs (a journal's review
and a study, whose briefs listed dozens of cited authors, "Lee H", "Masurel N", as people and
organisations); no dev article nor real page has a reference list. Kept below three: the shape
(surnames with bare initials, then a year as journals print it) is no prose's, and every
paper's page ends with such a list.
"""

from __future__ import annotations

import re

from ...lang.en.page_furniture import REFERENCE_ENTRY, STAFF_CREDIT

__all__ = ["is_reference_entry", "is_staff_credit"]

_STAFF_CREDIT = re.compile(STAFF_CREDIT)
_REFERENCE_ENTRY = re.compile(REFERENCE_ENTRY)


def is_staff_credit(line: str) -> bool:
    """``line``, stripped, is a staff credit and nothing else."""
    return _STAFF_CREDIT.fullmatch(line.strip()) is not None


def is_reference_entry(line: str) -> bool:
    """``line``, stripped, is an entry of a reference list (see the module)."""
    return _REFERENCE_ENTRY.fullmatch(line.strip()) is not None
