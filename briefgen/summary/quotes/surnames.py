"""Which of several people who share a surname a bare surname means (Ana and Tom Ruiz).

Two conventions of news writing decide it:
  * an honorific says the sex: "Mr. Ruiz" is the man, "Mrs. Ruiz" or "Ms. Ruiz" the woman,
    when the given names of the bearers tell them apart;
  * otherwise a bare surname keeps the person it meant at its first use in the article (the
    bearer last named in full as a subject before it): a writer who has called Ana Ruiz "Ruiz" names her
    husband in full, or by his first name, whenever he comes up, and does not switch "Ruiz" to
    him because his name was the last one written.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable

from ...lang.en.given_names import given_name_gender
from ...trace import fired

if TYPE_CHECKING:
    from ..text.analysis import Analysis
    from ..types import Entity

__all__ = ["shared_surname_bearer"]

_HONORIFIC_SEX = {"mr": "m", "sir": "m", "lord": "m", "mrs": "f", "ms": "f", "miss": "f", "dame": "f", "lady": "f"}
_WORD_BEFORE = re.compile(r"([\w.'’-]+)\s+$")


def _word_before(text: str, pos: int) -> str:
    m = _WORD_BEFORE.search(text[max(0, pos - 30) : pos])
    return m.group(1) if m else ""


def _honorific_sex(text: str, mention: str, pos: int) -> str | None:
    words = mention.split()
    word = words[0] if len(words) > 1 else _word_before(text, pos)
    return _HONORIFIC_SEX.get(word.rstrip(".").lower())


def _first_bare_use(text: str, surname: str) -> int | None:
    """Where the article first writes ``surname`` without a capitalised word (a given name) before
    it: "said Ruiz", "Mr. Ruiz", "the younger Ruiz"; not "Ana Ruiz"."""
    for m in re.finditer(rf"\b{re.escape(surname)}\b", text):
        before = _word_before(text, m.start())
        if not before[:1].isupper() or before.rstrip(".").lower() in _HONORIFIC_SEX or before[-1:] in ".!?":
            return m.start()
    return None


def shared_surname_bearer(
    bearers: "list[Entity]", analysis: "Analysis", mention: str, pos: int, is_subject: Callable[[int, int], bool]
) -> "Entity | None":
    """The one of ``bearers`` (two people or more with the surname of ``mention``) that the bare
    surname at ``pos`` means, by the conventions above; None when they do not decide.

    A bearer named in full as the subject of a main clause (``is_subject(start, end)`` of a
    mention) in this sentence or the one before is meant ("Tom Ruiz spoke next. “...,” Ruiz
    said."); else the bearer the surname meant at its first use: the one last named in full as a
    subject before it, or last named in full at all."""
    text = analysis.text
    sex = _honorific_sex(text, mention, pos)
    if sex is not None:
        fit = [p for p in bearers if given_name_gender(p.name) == sex]
        if len(fit) == 1:
            # coverage: 2 dev articles (CNN/DM, PolNeAR); kept: papers that write "Mr." and
            # "Mrs." tell a couple apart by nothing else, and it answers only then
            fired("speakers.surname_by_honorific")
            return fit[0]
        return None
    here = analysis.sentence_at(pos)
    lo = analysis.sentences[max(0, here.index - 1)].start if here is not None else pos
    recent = [(m.start, n, p) for n, p in enumerate(bearers) for m in _full(p, lo, pos) if is_subject(m.start, m.end)]
    if recent:
        return max(recent)[2]
    surname = mention.split()[-1].strip("'’s") if mention.split() else ""
    first = _first_bare_use(text, surname) if surname else None
    if first is None or first > pos:
        return None
    full = [(m.start, n, p, m.end) for n, p in enumerate(bearers) for m in _full(p, 0, first)]
    if not full:
        return None
    subjects = [x for x in full if is_subject(x[0], x[3])]
    # coverage: 12 dev articles (CNN/DM, PolNeAR, a training page)
    fired("speakers.surname_first_use")
    return max(subjects or full)[2]


def _full(person: "Entity", start: int, end: int) -> list:
    """The mentions of ``person`` by more than one word in ``[start, end)``."""
    return [m for m in person.mentions if " " in m.text and start <= m.start < end]
