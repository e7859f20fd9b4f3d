"""Elegant variation: a speaker the reporting clause gives as a description of one person by
what they do ("the harbour chief", "the 52-year-old"), which the writer uses to avoid repeating
the name of the person just quoted. When the entity model could not say whom it describes, the
named speaker of the quote before is the speaker (``“A,” Ana Ruiz said. “B,” added the harbour
chief.``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...lang.en.speech import SPEAKER_NOUNS
from ...trace import fired
from ..entities.descriptions import BODY_HEADS
from .context import sentence_end_after

if TYPE_CHECKING:
    from ..types import QuoteSpan
    from .clauses import ClauseReader

__all__ = ["same_person_described"]

#: Heads of descriptions that name someone other than the person just quoted: anonymous voices,
#: relatives (someone's father), and bodies of people.
_NOT_ELEGANT_VARIATION = frozenset(
    """source official spokesman spokeswoman spokesperson aide witness eyewitness insider person
    man woman boy girl father mother son daughter wife husband sister brother child family parent
    uncle aunt cousin grandson granddaughter grandparent widow widower sibling spouse fiance fiancee
    girlfriend boyfriend mum mom dad friend neighbour neighbor colleague relative victim patient
    suspect""".split()
)
_DESCRIPTION_END = re.compile(r"\s(?:of|for|at|from|to|with|in|on)\s")

#: How far back (characters) the named speaker of a quote may be for a description to be them.
_VARIATION_REACH = 600


def _head(description: str) -> str | None:
    """The head noun of a definite description of one person by what they do, else None."""
    if not description.startswith("the "):
        return None
    words = _DESCRIPTION_END.split(description, maxsplit=1)[0].split()
    head = words[-1].lower()
    if len(words) < 2 or head in _NOT_ELEGANT_VARIATION:
        return None
    if head.endswith("-old") or (head in SPEAKER_NOUNS and not _body_or_plural(head)):
        return head
    return None


def _body_or_plural(noun: str) -> bool:
    return noun in BODY_HEADS or (noun.endswith("s") and not noun.endswith("ss"))


def same_person_described(att: "ClauseReader", spans: list["QuoteSpan"], out: list[str | None]) -> None:
    """Replace in ``out`` each elegant variation by the person it stands for (see the module)."""
    before = list(out)
    for k in range(1, len(spans)):
        who = out[k]
        if who is None or _head(who) is None:
            continue
        prev = out[k - 1]
        if before[k - 1] == who and prev != who:
            out[k] = prev  # the quote after it speaks on with the same description
            continue
        _last_speaker(att, spans, out, k)


def _last_speaker(att: "ClauseReader", spans: list["QuoteSpan"], out: list[str | None], k: int) -> None:
    """``“A,” Ana Ruiz told reporters. “B,” added the harbour chief.``: the named speaker of the
    quote before, with no one else named in between."""
    j = k - 1
    prev = out[j]
    if prev is None or prev not in att.people.full_names:
        return
    close, opening = spans[j].close_mark, spans[k].open_mark
    start = close if close is not None else spans[j].end
    end = opening if opening is not None else spans[k].start
    if not 0 <= end - start <= _VARIATION_REACH:
        return
    # the clause after quote k names its speaker: look a sentence past it for other people too
    after = sentence_end_after(att.text, spans[k].end, att.paragraphs[spans[k].paragraph][1])
    # a title the tagger took for a name ("the Conservative MP") is the description itself
    if any(m[1] != prev and m[1].lower() not in SPEAKER_NOUNS for m in att.people.between(start, after)):
        return
    # coverage: 4 dev articles (CNN/DM, BBC, PolNeAR)
    fired("speakers.description_of_last_speaker")
    out[k] = prev
