"""'Okafor said the pier would reopen.' -> 'Mary Okafor said the pier would reopen.': a key point
that opens on a person's surname alone has the name in full, as the article first writes it.

A story names a person in full once and by surname after; a key point is read apart from the
story and out of its order, so "Okafor said ..." leaves the reader to guess who Okafor is. The
full name comes from the article's own mention of it (a span of its own), the rest of the
sentence from the point: the words stay the article's, in order within each span. Names written
surname first ("Xi Jinping", then "Xi") keep their order. Only when the entity model holds one
person with that name (the model merges "Okafor" into "Mary Okafor" only then), and only for
a mention that opens the sentence: a title or a form of address before it ("Mr Okafor said")
already tells the reader the name is a person's.

Coverage: 1 CNN/DailyMail, 7 PolNeAR and 5 CoNLL dev articles at the default five points (no
harness score moves by more than 0.0001); 3 of the 60 real pages and 7 of the 111 training
pages. Naming every opening surname, a point before naming the person or not,
fired on 18 CNN/DailyMail articles and cost half b's top-3 ROUGE-1 0.4403 -> 0.4391: the
highlights, like the brief read top-down, use the surname once the lede has named the person.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...model import KeyPoint
from ...trace import fired
from ..entities import entity_model

if TYPE_CHECKING:
    from ..text.analysis import Analysis

__all__ = ["full_name_for_surname", "full_names_where_first_named"]

#: A word of a person's name: letters, hyphens, apostrophes and dots ("O'Neill", "Montoya-Lewis",
#: "J."), capitalised or a particle ("von der"); not a quotation's opening mark swept into a name.
_NAME_WORD = re.compile(r"^(?:[^\W\d_][\w.'’-]*)$")
_PARTICLES = frozenset("de da del della der den di du la le van von bin ibn al el".split())
#: "Ann and Nancy Wilson": a given name, "and", a given name and the surname both share.
_SHARED_SURNAME = r"\s+(?:and|&)\s+[^\W\d_][\w'’.-]*\s+{}\b"


def _name_word(word: str) -> bool:
    return _NAME_WORD.match(word) is not None and (word[0].isupper() or word in _PARTICLES)


def full_names_where_first_named(analysis: "Analysis", points: list[KeyPoint]) -> list[KeyPoint]:
    """``points`` (most important first), each that opens on a surname alone with the full name,
    unless a point before it names the person in full: the brief is read top-down, and the
    first point is the lede, whose names the bottom line shows ("Okafor won 58 percent ..."
    after "Voters have elected Mary Okafor ..." reads as the article does)."""
    out: list[KeyPoint] = []
    for point in points:
        full = None
        start, end = point.spans[0] if point.spans else (0, 0)
        if point.spans and point.text.startswith(analysis.text[start:end]):
            # the point's first sentence as the article writes it (alone, or with one joined after it)
            full = full_name_for_surname(analysis, start, end)
            if full is not None and len(point.spans) > 1:
                rest = point.text[end - start :]
                full = KeyPoint(text=full.text + rest, spans=[*full.spans, *point.spans[1:]])
        named = full is not None and any(full.text[: full.spans[0][1] - full.spans[0][0]] in p.text for p in out)
        if full is not None and not named:
            fired("keypoints.full_name_for_surname")
            point = full
        out.append(point)
    return out


def full_name_for_surname(analysis: "Analysis", start: int, end: int) -> KeyPoint | None:
    """The sentence ``[start, end)`` with its opening surname replaced by the person's full name;
    None when it does not open on a shortened name of a person the article names in full."""
    people = entity_model(analysis).people
    # a name read only in the headline's capitals ("Buggy Python Code: ...") is no person's
    title = (analysis.title or "").strip()
    headline = len(title) if title and analysis.text.startswith(title) else 0
    for person in people:
        words = person.name.split()
        if len(words) < 2 or person.name in analysis.text[start:end] or not all(_name_word(w) for w in words):
            continue
        short = next((m for m in person.mentions if m.start == start), None)
        if (
            short is None
            or " " in short.text
            or short.text not in words
            or analysis.text[short.start : short.end].isupper()
        ):
            continue  # (an all-capitals headline's "WARD WINS ..." keeps its case)
        surname = words[-1]
        if re.compile(_SHARED_SURNAME.format(re.escape(surname))).match(analysis.text, short.end):
            return None  # "Ann and Nancy Wilson": the surname is written once for both
        if sum(short.text in p.name.split() for p in people) > 1:
            return None  # "Ann Wilson and her brother Tom Wilson": which Wilson, the article only implies
        full = next(
            (
                m
                for m in person.mentions
                if analysis.text[m.start : m.end] == person.name
                and (m.label == "PERSON" or m.hint == "person")
                and m.start >= headline
            ),
            None,
        )
        if full is None:
            return None  # a name read as a person's only in the headline, or from its short form
        return KeyPoint(
            text=analysis.text[full.start : full.end] + analysis.text[short.end : end],
            spans=[(full.start, full.end), (short.end, end)],
        )
    return None
