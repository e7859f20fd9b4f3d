"""'Levels of NMF fall with age.' -> 'Levels of natural moisturising factor (NMF) fall with age.': a
key point that uses an abbreviation the article spells out elsewhere has it spelled out where the
brief first uses it.

An article writes a long name once with its abbreviation in brackets ("the Harbour Safety
Commission (HSC)", "transepidermal water loss (TEWL)") and the letters after; a key point is
read apart from the story, so "HSC fined the operator" leaves the reader to guess what HSC is.
The spelled-out form comes from the article's own words (a span of their own, brackets and
letters included), the rest of the point from the point: the words stay the article's, in
order within each span, as a full name takes a surname's place (:mod:`.full_name`). Only the
first point that uses the letters, and none after a point that spells them out.

Coverage: in the briefs as built (default number of points) 1 BBC, 2 CoNLL and 1 PolNeAR dev
article, 3 of the 111 training pages (a technology, a method, a housing programme); in the
harness's runs 1 CoNLL and 1 PolNeAR article; no harness score moves. Kept: unexplained letters in a point
were majors of the sign-off review (a skin substance, a scan, a health board).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...model import KeyPoint
from ...trace import fired

if TYPE_CHECKING:
    from ..text.analysis import Analysis

__all__ = ["spell_out_abbreviations", "spelled_out_forms"]

#: "Harbour Safety Commission (HSC)": up to eight words, then two to six capitals in brackets.
#: (Words of one line, with no quotation mark: "the ‘Harbour Act’ (HA)" is the writer's quote.)
#: (Words of at most 40 characters: a long run is read in linear time; a word may hold full stops,
#: "Tarvel Varnish K.K. (TVK)".)
_DEFINED = re.compile(r"(?<![\w-])((?:[^\W\d_][\w.-]{0,40}[ \t]+){1,8})\(([A-Z]{2,6})\)")
#: Small words a spelled-out name leaves out of its letters ("Department of Energy" is DOE or DE).
_SMALL = frozenset("of and for the to in on at &".split())
#: Letters in a point: a word of two to six capitals.
_LETTERS = re.compile(r"\b[A-Z]{2,6}\b")


def _spelled_start(words: list[str], letters: str) -> int | None:
    """The index of the first of ``words`` (the words right before the brackets) that spells
    ``letters`` with the words after it, each word its first letter and small words none or
    theirs ("Department of Energy" for DOE); None when no run of them does."""
    need = letters.upper()
    i, j = len(words) - 1, len(need) - 1
    while i >= 0 and j >= 0:
        word = words[i]
        first = word[0].upper()
        if first == need[j]:
            j -= 1
        elif word.lower() not in _SMALL:
            return None
        i -= 1
    if j >= 0 or words[i + 1].lower() in _SMALL:
        return None
    return i + 1


def spelled_out_forms(text: str) -> dict[str, tuple[int, int]]:
    """Each abbreviation the text spells out, with the span of its first spelled-out form and
    its brackets: {"HSC": (start of "Harbour", end of ")")}."""
    forms: dict[str, tuple[int, int]] = {}
    for m in _DEFINED.finditer(text):
        letters = m.group(2)
        if letters in forms:
            continue
        words = list(re.finditer(r"\S+", m.group(1)))
        first = _spelled_start([w.group(0) for w in words], letters)
        if first is not None:
            forms[letters] = (m.start(1) + words[first].start(), m.end())
    return forms


def spell_out_abbreviations(analysis: "Analysis", points: list[KeyPoint]) -> list[KeyPoint]:
    """``points`` (most important first), the first that uses an abbreviation the article spells
    out elsewhere with its spelled-out form in the letters' place; a point that spells it out
    itself, or comes after one that does, keeps its letters."""
    text = analysis.text
    forms = spelled_out_forms(text)
    if not forms:
        return points
    done: set[str] = set()
    out: list[KeyPoint] = []
    for point in points:
        spelled_here = {letters for letters, (a, b) in forms.items() if any(s <= a and b <= e for s, e in point.spans)}
        done |= spelled_here
        if len(point.spans) == 1:
            start, end = point.spans[0]
            m = next(
                (
                    m
                    for m in _LETTERS.finditer(text, start, end)
                    if m.group(0) in forms
                    and m.group(0) not in done
                    and not (start < forms[m.group(0)][1] and forms[m.group(0)][0] < end)  # spelled out in it
                ),
                None,
            )
            if m is not None and point.text == text[start:end]:
                a, b = forms[m.group(0)]
                fired("keypoints.abbreviation_spelled_out")
                pieces = [(start, m.start()), (a, b), (m.end(), end)]
                point = KeyPoint(text="".join(text[x:y] for x, y in pieces), spans=[(x, y) for x, y in pieces if y > x])
                done.add(m.group(0))
        done |= {m.group(0) for m in _LETTERS.finditer(point.text)}
        out.append(point)
    return out


def spell_out_in_line(
    analysis: "Analysis", text: str, spans: tuple[tuple[int, int], ...], max_words: int
) -> tuple[str, tuple[tuple[int, int], ...], set[str]]:
    """The bottom line (``text``, its ``spans``) with the first abbreviation the article spells
    out elsewhere spelled out in its letters' place, as a key point's is (the bottom line is read
    first); unchanged when that would take it past ``max_words``. Also the letters the line now
    spells out, itself or so: a key point below need not spell them out again
    (:func:`without_spelled_out`). Coverage: 2 CoNLL dev articles (an exchange's and a body's
    letters in a headline-like first line) and 1 training page (both inputs: a held-out review's
    major, a company's letters unexplained in the bottom line; its first point had also spelled out
    again what the line spells out); no CNN/DailyMail or BBC line changes. Kept: the key points'
    rule (see the module) carried to the line read before them."""
    source = analysis.text
    forms = spelled_out_forms(source)
    if not forms or not spans:
        return text, spans, set()
    spelled = {letters for letters, (a, b) in forms.items() if any(s <= a and b <= e for s, e in spans)}
    for n, (start, end) in enumerate(spans):
        for m in _LETTERS.finditer(source, start, end):
            letters = m.group(0)
            if letters not in forms or letters in spelled:
                continue
            a, b = forms[letters]
            pieces = [*spans[:n], (start, m.start()), (a, b), (m.end(), end), *spans[n + 1 :]]
            new = tuple((x, y) for x, y in pieces if y > x)
            line = text.replace(source[start:end], "".join(source[x:y] for x, y in pieces[n : n + 3]), 1)
            if source[start:end] not in text or len(line.split()) > max_words:
                return text, spans, spelled
            fired("keypoints.abbreviation_spelled_out_in_line")
            return line, new, spelled | {letters}
    return text, spans, spelled


def without_spelled_out(points: list[KeyPoint], letters: set[str], analysis: "Analysis") -> list[KeyPoint]:
    """``points`` with the spelled-out form :func:`spell_out_abbreviations` put in for ``letters``
    (those the bottom line spells out) taken back out: the point reads as the article wrote it."""
    if not letters:
        return points
    source = analysis.text
    forms = spelled_out_forms(source)
    out = []
    for point in points:
        spans, text = list(point.spans), point.text
        for abbreviation in sorted(letters):
            form = forms.get(abbreviation)
            if form is None or form not in spans:
                continue
            i = spans.index(form)
            if 0 < i < len(spans) - 1 and source[spans[i - 1][1] : spans[i + 1][0]] == abbreviation:
                fired("keypoints.abbreviation_left_to_the_line")
                spans[i - 1 : i + 2] = [(spans[i - 1][0], spans[i + 1][1])]
                text = text.replace(source[form[0] : form[1]], abbreviation, 1)
        out.append(point if text == point.text else KeyPoint(text=text, spans=spans))
    return out
