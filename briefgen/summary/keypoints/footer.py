"""The footer a text may end with: the last paragraph, when it gives a way to reach someone (a web
address, an email address, a postal box), is a column's contact line, an author's "reach him
at ...", an event's or a sponsor's ticket link, or an embedded post's credit; no part of the story,
so none of its sentences is a key point or the bottom line.

"Write to the column care of P.O. Box 120, Kelby, or at www.example.com." / "Ana Roe covers courts for the Kelby
Post. Reach her at ana@example.com." / "Tickets: https://example.com/finals"
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...lang.en.page_furniture import CONTACT_DETAIL
from ...trace import fired

if TYPE_CHECKING:
    from ..text.analysis import Analysis
    from ..types import Unit

__all__ = ["mark_footer"]

_CONTACT = re.compile(CONTACT_DETAIL, re.IGNORECASE)


def mark_footer(analysis: "Analysis", units: "list[Unit]") -> None:
    """Mark as clutter the units of the text's last paragraph when it holds a contact detail (see
    the module's docstring), unless that paragraph is the only one: a text of one paragraph is
    all story.

    Coverage: 2 PolNeAR dev articles (a columnist's bio with his address, an embedded post's link)
    and 3 of the 60 real pages (an advice column's contact line, a sponsor's ticket link, an event's
    booking line); each such paragraph read: none is news."""
    if not units:
        return
    last = max(u.sentence.paragraph for u in units)
    if last == min(u.sentence.paragraph for u in units):
        return
    footer = [u for u in units if u.sentence.paragraph == last]
    start = min(u.sentence.start for u in footer)
    end = max(u.sentence.end for u in footer)
    if not _CONTACT.search(analysis.text, start, end):
        return
    fired("units.contact_footer")
    for u in footer:
        u.clutter = True
