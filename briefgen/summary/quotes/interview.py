"""An interview's answers as its guest's statements (the shape is read in :mod:`..text.interview`).

Each answer's opening sentence is a quote of the one who gives it: the person its label names
("Ana Roe: I joined the board in May." -> Ana Roe; "Roe:" or "Mr Roe:" -> the fullest name the
article gives), else the one person the headline names ("Meet the ferry captain Ana Roe",
"Leader spotlight: Ana Roe"), whom the page interviews. An answer with no such speaker (two people
in the headline, none, a label that names no person of the article) gives no quote: a statement
shown without its speaker would be worse than none. Words inside quotation marks in the opening
are the quote rules' own, and such an answer gives none either.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...model import Quote
from ...trace import fired
from ..entities import entity_model
from ..text.interview import interview_answers

if TYPE_CHECKING:
    from ..entities import EntityModel
    from ..text.analysis import Analysis
    from ..types import Entity

__all__ = ["interview_quotes"]

#: At most this many answers give a quote, the first ones: a long interview's every answer would
#: bury the brief's other quotes.
MAX_ANSWER_QUOTES = 6
#: An answer's opening sentence shorter than this (words) is quoted with the sentence after it
#: ("Honoured! To run this port is ...").
MIN_OPENING_WORDS = 8


def interview_quotes(analysis: "Analysis", taken: list[tuple[int, int]]) -> list[Quote]:
    """The opening of each answer of the article's interview as a statement of its speaker; none
    that overlaps a span of ``taken`` (the quotes the quotation marks give)."""
    answers = interview_answers(analysis)
    if not answers:
        return []
    model = entity_model(analysis)
    guest = _headline_guest(analysis, model)
    out: list[Quote] = []
    for answer in answers:
        speaker = _labelled(model, answer.label, answer.start) if answer.label else guest
        if speaker is None:
            continue
        start, end = answer.paragraphs[0]
        stop = _opening_end(analysis, start, end)
        text = analysis.text[start:stop].rstrip()
        stop = start + len(text)
        if not text or re.search(r"[“”\"]", text) or any(a < stop and start < b for a, b in taken):
            continue
        out.append(Quote(text=text, speaker=speaker.name, span=(start, stop), kind="statement"))
        if len(out) >= MAX_ANSWER_QUOTES:
            break
    if out:
        fired("quotes.interview_answer", len(out))
    return out


def _labelled(model: "EntityModel", label: str, at: int) -> "Entity | None":
    """The person an answer's label names ("Ana Roe", "Mr Roe", "ANA ROE", "Ana"), or None."""
    entity = model.named(label, at) or model.named(label.title(), at)
    return entity if entity is not None and entity.kind == "person" else None


def _headline_guest(analysis: "Analysis", model: "EntityModel") -> "Entity | None":
    """The one person of the article whose full name the headline writes, or None."""
    title = analysis.title or ""
    named = [p for p in model.people if " " in p.name and p.name.casefold() in title.casefold()]
    return named[0] if len(named) == 1 else None


def _opening_end(analysis: "Analysis", start: int, end: int) -> int:
    """The end of the answer's opening: its first sentence, with the second when the first is
    shorter than MIN_OPENING_WORDS words."""
    ends = [s.end for s in analysis.sentences if start < s.end <= end]
    if not ends:
        return end
    first = ends[0]
    if len(analysis.text[start:first].split()) < MIN_OPENING_WORDS and len(ends) > 1:
        return ends[1]
    return first
