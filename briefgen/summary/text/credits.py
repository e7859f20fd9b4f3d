"""A wire story's staff credit: the line that says who reported, wrote and edited the copy
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
"""

from __future__ import annotations

import re

from ...lang.en.page_furniture import STAFF_CREDIT

__all__ = ["is_staff_credit"]

_STAFF_CREDIT = re.compile(STAFF_CREDIT)


def is_staff_credit(line: str) -> bool:
    """``line``, stripped, is a staff credit and nothing else."""
    return _STAFF_CREDIT.fullmatch(line.strip()) is not None
