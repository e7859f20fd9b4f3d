"""US states written short after a town, as the states' names: "Dunmore, Ill." (news style) and
"Harwick, MD" (a postal code) are places of Illinois and Maryland, not the fragments "Ill" and
"MD" (which the model takes for a body or a person). Read by :func:`.mentions.collect_mentions`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...lang.en.abbreviations import US_STATE_ABBREVIATIONS, US_STATE_POSTAL_CODES
from ...lang.en.given_names import is_given_name
from ...trace import fired

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan

__all__ = ["state_written_out", "state_postal_code"]

#: A town and a comma before a state's abbreviation: "Dunmore, " of "Dunmore, Ill.".
_TOWN_BEFORE = re.compile(r"[A-Z][\w.'’-]*,\s*$")
#: A lawmaker's party before the state, or a bracket: "Sen. Ana Ruiz, R-Neb.,", "(D-Ill.)", "(Ky.)".
_PARTY_BEFORE = re.compile(r"(?:\b[DRI]-|\()$")


def _after_town(text: str, start: int) -> bool:
    """``text[start:]`` comes right after a town and a comma ("Dunmore, ")."""
    return _TOWN_BEFORE.search(text[max(0, start - 40) : start]) is not None


def state_written_out(name: str, text: str, start: int) -> str:
    """A US state's abbreviation after a town ("Dunmore, Ill.", "Selm, Ore.") as the state's name
    ("Illinois"): the list of places shows a state, not the fragment "Ill". Only with its full stop
    and after a town and a comma or a lawmaker's party ("R-Neb.", "(Ky.)"), where the abbreviation
    means nothing else ("Mass." may end a
    sentence about a church service; "Del." is also a delegate's title). Fires on 21 dev articles
    (1 CNN/DailyMail, 19 PolNeAR, 1 CoNLL) and on datelines of real pages; CoNLL's gold lists one
    "N.H." apart from the "New Hampshire" it now joins (actors F1 half b 0.877 -> 0.876)."""
    state = US_STATE_ABBREVIATIONS.get(name.rstrip("."))
    if state is None or text[start + len(name.rstrip(".")) : start + len(name.rstrip(".")) + 1] != ".":
        return name
    if not _after_town(text, start) and not _PARTY_BEFORE.search(text[max(0, start - 3) : start]):
        return name
    fired("entities.state_abbreviation")
    return state


def state_postal_code(name: str, ent: "SpacySpan", text: str, start: int) -> str | None:
    """The state a US postal code after a town names ("Harwick, MD" -> "Maryland"), whatever kind
    the model gave the two capitals (a body's, a person's); None for anything else, and after a
    person's name ("Ana Roe, MD": a doctor's degree). Coverage: 2 of the 60 real pages (an event
    listing's and a tour's towns, whose states were shown as organisations and a person) and 3 of
    the 111 training pages, both inputs; no dev article (news style abbreviates otherwise: see
    :func:`state_written_out`). Kept under three dev articles: the codes are the Postal
    Service's closed list, and only after a town and a comma."""
    state = US_STATE_POSTAL_CODES.get(name)
    if state is None or not _after_town(text, start):
        return None
    before = ent.doc[ent.start - 2] if ent.start >= 2 else None  # the word before the comma
    if before is None or before.ent_type_ == "PERSON":
        return None
    given = ent.doc[before.i - 1] if before.i >= 1 else None
    if given is not None and given.is_title and is_given_name(given.text):
        return None  # "Ana Roe, MD": a name, which the model did not tag

    fired("entities.state_postal_code")
    return state
