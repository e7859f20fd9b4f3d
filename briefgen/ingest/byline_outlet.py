"""The outlet a pasted page's byline names after its writers: "By Jo Park, Harbour Lantern",
"Jo Park and Ana Ruiz HARBOUR LANTERN", "By Jo Park for The Harbour Lantern".

The last fallback of :func:`.header.read_header`: read only when the banner, the copyright
notice, the site's furniture and its address name no outlet. What follows the writers counts when
it is a name (capitalised words, not a job title, a desk, a credential or a date) that the page
prints again in its furniture, outside the story and the byline: a "Follow Harbour Lantern" line,
a footer's heading. A place after the comma ("By Jo Park, Selm") is no outlet, and a page names a
place again in its story, not in its menus.

Coverage: 2 of the 60 real pages, both pastes (a network's section after a comma, a paper's name
in capitals after two writers), each the outlet the saved page names; no training page (their
bylines' tails are printed nowhere else, or in another order than the banner's). Kept under three
pages: the shape is the byline's own, and the name must stand again in the page's furniture.
"""

from __future__ import annotations

import re

from ..lang.en.bylines import AGENCIES, CREDENTIALS, DATE_WORDS, DESK_NOUNS, MONTHS_AND_DAYS, ROLE_NOUNS
from ..trace import fired

__all__ = ["byline_outlet"]

#: What may stand between the last writer's name and the outlet: a comma, a dash or bar, "for", "of".
_JOIN = re.compile(r"^\s*(?:[,|–—-]\s*)?(?:(?:for|of|at)\s+)?", re.IGNORECASE)
#: A name: up to five capitalised words (or numbers: "7 News"), "The" and small joining words allowed.
_NAME = re.compile(r"^(?:The\s+)?[A-Z0-9][\w&.'’-]*(?:\s+(?:of\s+|on\s+|and\s+|&\s+)?[A-Z0-9][\w&.'’-]*){0,4}$")
#: Words of a byline's tail that say what the writer is, not where they write.
#: (Not the modifiers of a job title alone: "Harbour Lantern Business" is a name, "business editor" a job.)
_NOT_OUTLET_WORDS = ROLE_NOUNS | DESK_NOUNS | CREDENTIALS | DATE_WORDS | MONTHS_AND_DAYS


def byline_outlet(line: str, writers: str, raw: str, article: str) -> str | None:
    """The outlet the byline ``line`` names after the ``writers`` it gives (their names as the
    byline reader found them: "Jo Park and Ana Ruiz", "Jo Park, Ana Ruiz"), when ``raw`` (the whole
    paste) prints that name on a line that is not of ``article`` (the story's text); else None."""
    last = re.split(r",\s*|\s+and\s+", writers)[-1].strip()
    at = line.find(last) if last else -1
    if at < 0:
        return None
    tail = line[at + len(last) :]
    tail = tail[_JOIN.match(tail).end() :].strip(" .,;")  # type: ignore[union-attr]
    if not tail or _NAME.match(tail) is None:
        return None
    words = [w.strip(".").lower() for w in tail.split()]
    if any(w in _NOT_OUTLET_WORDS for w in words) or tail.lower() in AGENCIES:
        return None  # "Staff Writer", "Monday", "PhD"; an agency is the story's source, read elsewhere
    own = re.compile(r"(?<![\w-])" + re.escape(tail) + r"(?![\w-])", re.IGNORECASE)
    # printed again in the page's furniture: a line neither of the story nor the byline itself
    # (a place the byline gives is named again in the story, "SELM —", not in the site's menus)
    furniture = (row.strip() for row in raw.splitlines())
    if not any(row and row != line.strip() and row not in article and own.search(row) for row in furniture):
        return None
    fired("header.byline_outlet")
    return tail
