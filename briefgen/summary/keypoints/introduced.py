"""Key points in the order a reader needs: a thing is introduced before "the" points back at it.

The points are listed most important first (:mod:`.select`). A point that names a thing with
"the" ("The guard stopped the van at noon.") listed above the point that introduces it with "a"
("A grey van was seen near the harbour at dawn."), which the article tells first, reads as if the
brief had skipped a sentence: which van? The introducing point goes right before the one that
points back at it. Only the order changes; no point is added, cut or joined.

Coverage (default count, the spares included): it reorders the points of 2 CNN/DailyMail and 1
CoNLL dev article, 2 of the 60 real pages (both inputs) and 7 training pages; a blind A/B read of
those briefs preferred the new order on 10 of 13, the old on 2 (a help page's answers; a
quotation's first paragraph, whose words are no introduction, since left out). The harness asks
for a count and sees the old order. The people's rule reorders the points of 4 CNN/DailyMail, 4
PolNeAR and 3 CoNLL dev articles, 1 of the 60 real pages (both inputs) and 7 training pages; a
blind A/B read of those 19 briefs preferred the new order on 15, the old on 3 (where the move
took the main news down a place, or put a point on "the film" above the one that names it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ...lang.en.discourse import GENERIC_NOUNS, TIME_NOUNS
from ...trace import fired
from .openings import leans_back
from .units import quoted_ranges

if TYPE_CHECKING:
    from ...model import KeyPoint
    from ..text.analysis import Analysis

__all__ = ["introduced_first"]

#: Passes over the list at most (each moves one point earlier; a few points, a few passes).
_MAX_MOVES = 10


def introduced_first(
    analysis: Analysis, points: list[KeyPoint], people: Sequence[tuple[str, ...]] = ()
) -> list[KeyPoint]:
    """``points`` with each point that introduces a thing ("a van", "a little boy") moved right
    before the first point listed above it that names the same thing with "the" and that the
    article tells after it. A noun of time ("a year" and "the year") or a generic one ("a
    country", "a source") is no such thing, nor a noun that the later point introduces itself too
    ("the van" beside "a van"), nor one with a name of its own ("the Selm mine"), nor a noun
    inside quotation marks. So with a person of ``people`` (each the forms of one person's name,
    fullest first): the point that says who the person is, by an apposition ("The mayor's
    daughter, Ana Roe, runs ...", "Ana Roe, a nurse, said ..."), goes before a point listed above
    it that names the person without saying who ("Ana Roe said she was away."). The first point
    stays first, and a point that leans on the sentence before it ("Until that day, ...") is not
    moved up, where it would dangle."""
    points = list(points)
    for _ in range(_MAX_MOVES):
        move = _first_move(analysis, points, people)
        if move is None:
            break
        back, intro = move
        fired("keypoints.introduced_first")
        point = points.pop(intro)
        points.insert(back, point)
    return points


def _first_move(
    analysis: Analysis, points: list[KeyPoint], people: Sequence[tuple[str, ...]]
) -> tuple[int, int] | None:
    """(index of the point that points back, index of the later-listed point that introduces)."""
    nouns = [_nouns(analysis, p) for p in points]
    persons = [_people(analysis, p, people) for p in points]
    for i, p in enumerate(points):
        if not p.spans or i == 0:
            continue  # (the first point stays first: the one a reader needs if they read only one)
        definite, indefinite = nouns[i]
        for j in range(i + 1, len(points)):
            q = points[j]
            if not q.spans or _at(q) >= _at(p):
                continue
            named, described = persons[i]
            if ((definite - indefinite) & nouns[j][1] or (named - described) & persons[j][1]) and leans_back(
                q.text
            ) is None:
                return i, j
    return None


def _at(point: KeyPoint) -> int:
    """Where the point's own sentence starts: its longest piece (a name it borrows for a pronoun or
    a surname may come from anywhere before)."""
    return max(point.spans, key=lambda s: s[1] - s[0])[0]


def _nouns(analysis: Analysis, point: KeyPoint) -> tuple[set[str], set[str]]:
    """Lemmas of the nouns ``point`` names with "the", and of those it introduces with "a"/"an":
    heads of their phrases (not "hospital" of "a hospital worker"), not nouns of time."""
    definite: set[str] = set()
    indefinite: set[str] = set()
    for start, end in point.spans:
        span = analysis.span(start, end)
        if span is None:
            continue
        text = analysis.text[start:end]
        quoted = quoted_ranges(text, start)
        if text[:1] in '“"' and not quoted:
            # a paragraph of a quotation that goes on past it opens on its mark and closes none
            quoted = [(start, end)]
        for tok in span:
            # (a noun in lower case that the tagger took for a name is a noun: "A grey van was ...")
            noun = tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and tok.text.islower())
            lemma = tok.lemma_.lower()
            if not noun or tok.dep_ == "compound" or lemma in TIME_NOUNS or lemma in GENERIC_NOUNS:
                continue
            if any(a <= tok.idx < b for a, b in quoted):
                continue  # a speaker's words: "... any other hen as a pet"
            dets = {c.lower_ for c in tok.children if c.dep_ == "det"}
            if "the" in dets and not any(c.pos_ == "PROPN" for c in tok.children):
                definite.add(lemma)  # (not "the Selm mine": a mine of its own, not "a mine" told before)
            elif dets & {"a", "an"}:
                indefinite.add(lemma)
    return definite, indefinite


def _people(analysis: Analysis, point: KeyPoint, people: Sequence[tuple[str, ...]]) -> tuple[set[str], set[str]]:
    """The people ``point`` names (by the fullest form of their names), and those of them it says
    who they are of: the name has an apposition ("Ana Roe, a nurse,") or is one ("the mayor's
    daughter, Ana Roe,"). A name inside quotation marks is a speaker's mention, neither."""
    named: set[str] = set()
    described: set[str] = set()
    main = max(point.spans, key=lambda s: s[1] - s[0], default=None)
    for start, end in point.spans:
        text = analysis.text[start:end]
        quoted = quoted_ranges(text, start)
        for forms in people:
            for form in forms:
                for hit in re.finditer(r"(?<![\w-])" + re.escape(form) + r"(?![\w-])", text):
                    at = start + hit.start()
                    if any(a <= at < b for a, b in quoted):
                        continue
                    span = analysis.span(at, start + hit.end())
                    if span is None or not len(span):
                        continue
                    last = span[-1]
                    named.add(forms[0])
                    if (start, end) != main:
                        continue  # a name the point borrows ("Ana Roe said ..." for "Roe said ..."): no description of its own
                    if last.dep_ == "appos" or any(c.dep_ == "appos" for c in last.children):
                        described.add(forms[0])  # (an age too, "Ana Roe, 27, won ...": news introduces so)
    return named, described
