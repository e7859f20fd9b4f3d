"""A US lawmaker's party and state after the name ("Sen. Ana Soto (D-Mont.)", "Rep. Ben Lusk,
R-S.C., said"), added to the person's role or standing as it.

The designation is the article's own slice (brackets kept, the commas around it not); it joins
the role the article gives ("Sen." -> "Sen. (D-Mont.)", "House Speaker" -> "House Speaker,
R-Wis."), or is the role when there is none: a reader of American political news reads it as
party and state. The pattern is data (:data:`~briefgen.lang.en.roles.PARTY_DESIGNATION`).

Coverage: 14 PolNeAR dev articles write such designations, 1 of the 60 real pages (two
senators) and 2 of the 111 training pages; no CNN/DailyMail, BBC or CoNLL article (British
and 1996 wire copy write none), so the rule has no false positive to show there.
"""

from __future__ import annotations

import re

from typing import TYPE_CHECKING

from ...lang.en.roles import PARTY_DESIGNATION
from ...trace import fired

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan

__all__ = ["inside_designation", "party_designation", "with_party"]

_DESIGNATION = re.compile(PARTY_DESIGNATION)


def party_designation(spans: "list[SpacySpan]") -> str | None:
    """The designation written right after one of a person's mentions ``spans`` (the first
    found, in article order): "(D-Mont.)" or "R-S.C."; None when there is none."""
    found = _designation(spans)
    if found is None:
        return None
    code, bracketed = found
    return f"({code})" if bracketed else code


def with_party(role: str | None, spans: "list[SpacySpan]") -> str | None:
    """``role`` with the party designation after the person's name joined to it, or the
    designation alone when ``role`` is None; ``role`` as it is when there is none or the role
    already holds it."""
    found = _designation(spans)
    if found is None or (role is not None and found[0] in role):
        return role
    fired("roles.party_designation")
    code, bracketed = found
    if role is None:
        return code
    return f"{role} ({code})" if bracketed else f"{role}, {code}"


def _designation(spans: "list[SpacySpan]") -> tuple[str, bool] | None:
    """The first designation after a mention: its code ("D-Mont.") and whether brackets hold it."""
    for ent in spans:
        m = _DESIGNATION.match(ent.doc.text, ent.end_char)
        if m is not None:
            return m.group("code"), m.group("open").strip() == "("
    return None


def inside_designation(text: str, start: int, end: int) -> bool:
    """The words at ``start:end`` of ``text`` stand inside a party designation ("Ga." of "Sen.
    Ana Soto (R-Ga.)", "Iowa" of "Ben Lusk, Republican of Iowa,"): the lawmaker's state, which
    the designation names as part of who the lawmaker is."""
    for m in _DESIGNATION.finditer(text, max(0, start - 40), min(len(text), end + 40)):
        if m.start("code") <= start and end <= m.end("code"):
            return True
    return False
