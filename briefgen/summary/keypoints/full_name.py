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

A surname alone further inside a point ("... shipped to Okafor in its packaging") is named in full
too, the first time the brief uses it (:func:`_inner_surnames_named`): only for a person the
brief lists as an actor (no junk of the parse), outside quotation marks, where it names someone
taking part (not "the Roe hearings"), not after a title or inside a longer capitalised name, and a
form of address before it goes ("Ms. Okafor" -> "Mary Okafor"). Fires (default count) on 13
CNN/DailyMail, 6 BBC, 23 PolNeAR and 6 CoNLL dev articles, 9 of the 60 real pages and 10 of the
111 training pages; harness scores unchanged at three decimals (the person the lede names is
named before). A blind review counted a point whose person the brief introduces only further
down ("... getting it to Bolger") a major.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...lang.detect import reads_as_english
from ...lang.en.given_names import is_given_name
from ...model import KeyPoint
from ...trace import fired
from ..entities import entity_model
from ..text.truecase import is_ordinary_word
from .units import quoted_ranges

if TYPE_CHECKING:
    from ..text.analysis import Analysis
    from ..types import Entity, Mention

__all__ = ["full_name_for_surname", "full_names_where_first_named"]

#: A word of a person's name: letters, hyphens, apostrophes and dots ("O'Neill", "Montoya-Lewis",
#: "J."), capitalised or a particle ("von der"); not a quotation's opening mark swept into a name.
_NAME_WORD = re.compile(r"^(?:[^\W\d_][\w.'’-]*)$")
_PARTICLES = frozenset("de da del della der den di du la le van von bin ibn al el".split())
#: "Ann and Nancy Wilson": a given name, "and", a given name and the surname both share.
_SHARED_SURNAME = r"\s+(?:and|&)\s+[^\W\d_][\w'’.-]*\s+{}\b"


def _name_word(word: str) -> bool:
    return _NAME_WORD.match(word) is not None and (word[0].isupper() or word in _PARTICLES)


def full_names_where_first_named(
    analysis: "Analysis", points: list[KeyPoint], actors: "set[str] | None" = None
) -> list[KeyPoint]:
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
        lede = bool(point.spans) and bool(analysis.sentences) and point.spans[0][0] <= analysis.sentences[0].start
        # (not the lede, which the bottom line shows as the article writes it)
        out.append(point if lede else _inner_surnames_named(analysis, point, out, actors or set()))
    return out


def _inner_surnames_named(analysis: "Analysis", point: KeyPoint, before: list[KeyPoint], actors: set[str]) -> KeyPoint:
    """``point`` with a surname alone inside it ("... shipped it to Okafor's home") named in full
    ("... to Mary Okafor's home"), the first time the brief uses it: no point before names the
    person, in full or by that surname, and the point itself does not name them in full first.
    A reader of the brief meets "Okafor" out of the story's order, as with an opening surname
    (:func:`full_names_where_first_named`); a blind review counted a point whose person the brief
    introduces only further down a major defect. Not inside quotation marks (a quote is verbatim),
    only where the article names one person by that surname, and only in a piece of the point that
    stands in its text as the article writes it."""
    people = [p for p in entity_model(analysis).people if len(p.name.split()) >= 2]
    named = [p for p in people if p.name in actors]  # a person the brief lists, no junk of the parse
    if not named or not point.spans or not analysis.memoized("english", lambda: reads_as_english(analysis.text)):
        return point  # (another language's names, read by the English parse, are junk)
    earlier = " ".join(p.text for p in before)
    pieces = [[span] for span in point.spans]  # each span of the point, as the pieces it becomes
    for person in named:
        words = person.name.split()
        if not all(_name_word(w) for w in words) or person.name in earlier:
            continue
        if is_ordinary_word(words[0].lower()) and not is_given_name(words[0]):
            continue  # "Conference Barnet": a word of the page run into a name, no one's given name
        found = _first_short_mention(analysis, person, point, words)
        if found is None:
            continue
        n, short = found
        start = point.spans[n][0]
        leading = " ".join(analysis.text[a:b] for a, b in point.spans[:n]) + " " + analysis.text[start : short.start]
        if person.name in leading or _said_before(short.text, earlier + " " + leading):
            continue
        if sum(short.text in p.name.split() for p in people) > 1:
            continue  # which of two people of that name, the article only implies
        if re.compile(_SHARED_SURNAME.format(re.escape(words[-1]))).match(analysis.text, short.end):
            continue
        full = _full_mention(analysis, person)
        if full is None:
            continue
        k = next(i for i, (a, b) in enumerate(pieces[n]) if a <= short.start and short.end <= b)
        a, b = pieces[n][k]
        # "Mr. Okafor" -> "Mary Okafor": the name in full says what the form of address did
        address = _ADDRESS_BEFORE.search(analysis.text, a, short.start)
        cut = address.start() if address is not None else short.start
        fired("keypoints.inner_surname_named")
        pieces[n][k : k + 1] = [(a, cut), (full.start, full.end), (short.end, b)]
    if all(len(group) == 1 for group in pieces):
        return point
    text = point.text
    for (start, end), group in zip(point.spans, pieces):
        if len(group) > 1:
            text = text.replace(analysis.text[start:end], "".join(analysis.text[a:b] for a, b in group), 1)
    return KeyPoint(text=text, spans=[span for group in pieces for span in group if span[0] < span[1]])


def _first_short_mention(
    analysis: "Analysis", person: "Entity", point: KeyPoint, words: list[str]
) -> "tuple[int, Mention] | None":
    """The first mention of ``person`` by one word of the name inside a span of ``point`` that
    stands in its text as the article writes it (not at the span's start: :func:`full_name_for_surname`
    names those), outside quotation marks, with the index of its span; None when there is none."""
    for n, (start, end) in enumerate(point.spans):
        if analysis.text[start:end] not in point.text:
            continue
        inside = quoted_ranges(analysis.text[start:end], start)
        for m in person.mentions:
            if not start < m.start < end or m.end > end or " " in m.text or m.text not in words:
                continue
            if analysis.text[m.start : m.end].isupper() or any(a <= m.start < b for a, b in inside):
                continue
            if analysis.text[m.start : m.end] != m.text or m.text != words[-1] or not _takes_part(m):
                continue  # the surname as written, where it names someone taking part
            before = analysis.text[start : m.start].split()
            if before[-1:] == words[-2:-1]:
                continue  # "Ana Roe" written whole, the parse's mention only its last word
            prev = before[-1] if len(before) > 1 else ""  # (not the sentence's capitalised first word)
            if prev[:1].isupper() and prev[-1:].isalpha() and prev not in _ADDRESS_WORDS:
                continue  # "the Harbour Morning Show", "President Roe": part of a longer name, or titled
            return n, m
    return None


#: Forms of address before a surname that the full name says again ("Ms. Okafor" -> "Mary Okafor").
_ADDRESS_WORDS = ("Mr", "Mrs", "Ms", "Miss", "Mx")
#: Such a form of address right before a surname ("Mr. ", "Ms ").
_ADDRESS_BEFORE = re.compile(r"(?<![\w.])(?:" + "|".join(_ADDRESS_WORDS) + r")\.?\s+$")
#: How a mention stands in its sentence when it names a person taking part (not "the Roe
#: hearings", where the surname only says which hearings, and may be another Roe's).
_PARTICIPANT = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "poss", "appos", "dative", "attr", "agent"})


def _takes_part(mention: "Mention") -> bool:
    root = mention.span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    return root.dep_ in _PARTICIPANT


def _full_mention(analysis: "Analysis", person: "Entity") -> "Mention | None":
    """The mention of ``person`` by the full name, read as a person's, after the headline (a name
    read only in the headline's capitals, "Buggy Python Code: ...", is no person's)."""
    title = (analysis.title or "").strip()
    headline = len(title) if title and analysis.text.startswith(title) else 0
    return next(
        (
            m
            for m in person.mentions
            if analysis.text[m.start : m.end] == person.name
            and (m.label == "PERSON" or m.hint == "person")
            and m.start >= headline
        ),
        None,
    )


def _said_before(word: str, text: str) -> bool:
    return re.search(rf"(?<![\w]){re.escape(word)}(?![\w])", text) is not None


def full_name_for_surname(analysis: "Analysis", start: int, end: int) -> KeyPoint | None:
    """The sentence ``[start, end)`` with its opening surname replaced by the person's full name;
    None when it does not open on a shortened name of a person the article names in full."""
    people = entity_model(analysis).people
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
        full = _full_mention(analysis, person)
        if full is None:
            return None  # a name read as a person's only in the headline, or from its short form
        return KeyPoint(
            text=analysis.text[full.start : full.end] + analysis.text[short.end : end],
            spans=[(full.start, full.end), (short.end, end)],
        )
    return None
