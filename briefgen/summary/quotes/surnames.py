"""Which of several people who share a surname a bare surname means (Ana and Tom Ruiz).

Two conventions of news writing decide it:
  * an honorific says the sex: "Mr. Ruiz" is the man, "Mrs. Ruiz" or "Ms. Ruiz" the woman,
    when the given names of the bearers tell them apart;
  * otherwise the bearer named in full as the subject of a main clause in the surname's
    sentence or the one before ("Tom Ruiz spoke next. “...,” Ruiz said.").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable

from ...lang.en.given_names import given_name_gender
from ...lang.en.titles import honorific_sex
from ...trace import fired

if TYPE_CHECKING:
    from ..text.analysis import Analysis
    from ..types import Entity

__all__ = ["shared_surname_bearer"]

_WORD_BEFORE = re.compile(r"([\w.'’-]+)\s+$")


def _word_before(text: str, pos: int) -> str:
    m = _WORD_BEFORE.search(text[max(0, pos - 30) : pos])
    return m.group(1) if m else ""


def _honorific_sex(text: str, mention: str, pos: int) -> str | None:
    words = mention.split()
    word = words[0] if len(words) > 1 else _word_before(text, pos)
    return honorific_sex(word)


def shared_surname_bearer(
    bearers: "list[Entity]", analysis: "Analysis", mention: str, pos: int, is_subject: Callable[[int, int], bool]
) -> "Entity | None":
    """The one of ``bearers`` (two people or more with the surname of ``mention``) that the bare
    surname at ``pos`` means, by the conventions above; None when they do not decide.

    A bearer named in full as the subject of a main clause (``is_subject(start, end)`` of a
    mention) in this sentence or the one before is meant ("Tom Ruiz spoke next. “...,” Ruiz
    said.")."""
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
    # tried: else the bearer the surname meant at its first use in the article (a writer who calls
    # Ana Ruiz "Ruiz" names her son in full); it fired on 11 dev articles, fixed 6 quotes of one
    # half-a article and cost two statement quotes on the check half (PolNeAR b 0.884 -> 0.873):
    # left out, the surname stays with the entity model's choice
    return None


def _full(person: "Entity", start: int, end: int) -> list:
    """The mentions of ``person`` by more than one word in ``[start, end)``."""
    return [m for m in person.mentions if " " in m.text and start <= m.start < end]
