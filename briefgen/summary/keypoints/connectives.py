"""A connective that opens a sentence on its main verb ("But", "Still"): dropped when the rest
stands alone ('But, the mill stayed shut.' -> 'The mill stayed shut.'), or dropped and the
"he"/"she" after it named ('But she added ...' -> 'Ana Ruiz added ...'); and one set off by
commas after the subject or an opening phrase ('The union, however, refused.'):
:func:`inner_connective`, :func:`without_inner_connective`."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ...lang.en.discourse import ADDITIVE_ADVERBS, ADDITIVE_PAIR_WORDS, PARENTHETICAL_CONNECTIVES
from ...model import KeyPoint
from ...trace import fired
from .cutting import joined
from .openings import leans_back
from .pronoun_names import name_for_pronoun

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ..text.analysis import Analysis
    from ..types import Unit

__all__ = [
    "inner_connective",
    "named_after_connective",
    "without_additive",
    "without_connective",
    "without_inner_connective",
]


def named_after_connective(analysis: "Analysis", unit: "Unit") -> KeyPoint | None:
    """'But she added, “...”' -> 'Ana Ruiz added, “...”': a connective on the main verb goes
    (see :func:`without_connective`) and the "he"/"she" after it gets its name, when the article
    says who it is (:func:`.pronoun_names.name_for_pronoun`). Not in a long extract (``inner``:
    its sentences are scored as written). Fires on 1 PolNeAR dev article and 1 of the 111
    training pages; kept: the named point is :func:`.pronoun_names.name_for_pronoun`'s, and a
    reviewer counts "But she added" alone a major defect."""
    following = _after_connective(analysis, unit)
    if following is None or following.lower_ not in ("he", "she"):
        return None
    rest = replace(unit, start=following.idx, text=analysis.text[following.idx : unit.end])
    return name_for_pronoun(analysis, rest)


def _after_connective(analysis: "Analysis", unit: "Unit") -> "Token | None":
    """The first word after the connective ``unit`` opens on, when that connective hangs on the
    sentence's main verb ("But, the mill ...": "the"); else None."""
    span = analysis.span(unit.start, unit.end)
    if span is None:
        return None
    if " " in (leans_back(unit.text) or ""):
        # "In addition, the mill ...": a connective of several words, closed by its comma
        comma = next((t for t in span[:6] if t.text == ","), None)
        return next((t for t in span if comma is not None and t.i > comma.i and not t.is_space), None)
    first = next((t for t in span if not t.is_punct), None)
    if first is None or first.dep_ not in ("cc", "advmod", "mark") or first.head.i != span.root.i:
        return None
    return next((t for t in span if t.i > first.i and not t.is_punct and not t.is_space), None)


def without_connective(analysis: "Analysis", unit: "Unit") -> KeyPoint | None:
    """'But, the mill stayed shut.' -> 'The mill stayed shut.': a connective on the sentence's
    main verb (not "So far", "Yet another") goes, when what is left leans on nothing else."""
    following = _after_connective(analysis, unit)
    if following is None:
        return None
    rest = analysis.text[following.idx : unit.end]
    if leans_back(rest) is not None or len(rest.split()) < 4:
        return None
    return KeyPoint(text=rest[:1].upper() + rest[1:], spans=[(following.idx, unit.end)])


#: A connective set off inside the sentence stands within this many words of its start.
INNER_CONNECTIVE_REACH = 10


def _inner_connective_token(analysis: "Analysis", unit: "Unit") -> "tuple[Span, Token] | None":
    """``unit``'s parse and the connective of :data:`PARENTHETICAL_CONNECTIVES` it sets off by
    commas on its main verb, after its subject or an opening phrase, near its start; else None."""
    span = analysis.span(unit.start, unit.end)
    if span is None or len(span) < 6:
        return None
    for t in span[1 : INNER_CONNECTIVE_REACH + 1]:
        if (
            t.lower_ in PARENTHETICAL_CONNECTIVES
            and t.head.i == span.root.i
            and t.i + 2 < span.end
            and span.doc[t.i - 1].text == ","
            and span.doc[t.i + 1].text == ","
            and not any(q.text in {"“", "”", '"'} for q in span.doc[span.start : t.i])
        ):
            return span, t
    return None


def inner_connective(analysis: "Analysis", unit: "Unit") -> str | None:
    """'The union, however, refused the offer.', 'In the north, meanwhile, the roads ...': the
    connective a sentence sets off by commas on its main verb, after its subject or an opening
    phrase, which reads it against the sentence before, as an opening "However" does; else None.
    Not inside a quotation.

    With it the key points of 2 CNN/DailyMail and 1 BBC dev article, 2 of the 60 real pages and
    2 of the 111 training pages change (the sentence before joined, or the connective left out:
    :func:`without_inner_connective`); CNN/DailyMail and BBC ROUGE unchanged."""
    found = _inner_connective_token(analysis, unit)
    return found[1].lower_ if found is not None else None


def without_inner_connective(analysis: "Analysis", unit: "Unit") -> KeyPoint | None:
    """'The union, however, refused the offer.' -> 'The union refused the offer.'; 'In the north,
    however, the roads ...' -> 'In the north, the roads ...' (an opening phrase keeps its comma):
    the sentence without the connective set off inside it, the two pieces of the article kept."""
    found = _inner_connective_token(analysis, unit)
    if found is None:
        return None
    span, t = found
    doc = t.doc
    comma, after = doc[t.i - 1], doc[t.i + 2]
    subject = any(w.dep_ in ("nsubj", "nsubjpass") for w in doc[span.start : comma.i])
    spans = [(unit.start, comma.idx + (0 if subject else 1)), (after.idx, unit.end)]
    return KeyPoint(text=joined(analysis.text, spans), spans=spans)


#: An adverb of addition stands within this many words of the sentence's start.
ADDITIVE_REACH = 12


def without_additive(analysis: "Analysis", point: KeyPoint) -> KeyPoint:
    """'Ana Ruiz also said the pier would reopen.' -> 'Ana Ruiz said the pier would reopen.': a key
    point of one sentence without the "also" between its subject and its main verb
    (:data:`ADDITIVE_ADVERBS`); so too where a name stands for its "he" ('Ana Ruiz also added ...'
    of 'He also added ...'). Read alone, the point does not say what it adds to, and the fact
    holds without the word. Not in a quotation, not "not only ... but also", not before a
    punctuation mark, not a point of two sentences (the sentence before is there). The pieces of
    the article are kept as spans.

    Coverage (``keypoints.additive_dropped``, default points): it changes the points of 30 dev
    articles (9 BBC, 6 CNN/DailyMail, 5 CoNLL, 10 PolNeAR) and 34 of the 328 page briefs (saved and
    pasted); CNN/DailyMail top-3 ROUGE-1 half a 0.4135 -> 0.4137 and ROUGE-2 0.1922 -> 0.1929,
    half b and BBC unchanged (its long extract is read as written). A blind scan of all pasted
    briefs counted such an "also" dangling on 3 pages; a blind A/B of the 12 pasted pages it
    changed preferred the point without it on 11 (1 equal)."""
    if not point.spans or " ".join(joined(analysis.text, point.spans).split()) != " ".join(point.text.split()):
        return point
    *head, (start, end) = point.spans
    sentence = next((s for s in analysis.sentences if s.start <= start < s.end), None)
    if sentence is None or end > sentence.end:
        return point
    if any(sentence.start <= a < sentence.end for a, _ in head) and head[0][0] != sentence.start:
        return point  # pieces of the sentence that do not open it: a cut of its own, left as it is
    if any(not sentence.start <= a < sentence.end and len(analysis.text[a:b].split()) > _NAME_WORDS for a, b in head):
        return point  # a sentence before joined to it: what the "also" adds to is there
    # a unit of its own (a sentence, or the part of one a caption ran into) is parsed as the unit;
    # a name put in for its pronoun leaves the pronoun's sentence to parse
    whole = analysis.span(start, end) if not head else analysis.span(sentence.start, sentence.end)
    if whole is None or len(whole) < 5:
        return point
    root = whole.root
    doc = whole.doc
    for t in whole[1 : ADDITIVE_REACH + 1]:
        if t.lower_ not in ADDITIVE_ADVERBS or t.dep_ != "advmod":
            continue
        if not start <= t.idx < end:
            return point
        verb = t.head.head if t.head.dep_ in ("aux", "auxpass") else t.head
        # the main verb, or the statement's before its attribution ("Rents will also rise, the
        # agency said.")
        if verb.i != root.i and not (verb.dep_ == "ccomp" and verb.head.i == root.i and verb.i < root.i):
            return point
        if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i < t.i for c in verb.children):
            return point  # "Also on the list was ...": no subject before it, an opening of its own
        before = doc[whole.start : t.i]
        if any(w.text in _QUOTE_MARKS or w.lower_ in ADDITIVE_PAIR_WORDS for w in before):
            return point
        after = doc[t.i + 1]
        if after.is_punct or after.is_space:
            return point
        # (a piece may open on the space before its first word: "He| also added ...")
        lead = analysis.text[start : t.idx]
        first = start + len(lead) - len(lead.lstrip())
        kept = [(first, doc[t.i - 1].idx + len(doc[t.i - 1].text))] if lead.strip() else []
        spans = [*head, *kept, (after.idx, end)]
        fired("keypoints.additive_dropped")
        return KeyPoint(text=joined(analysis.text, spans), spans=spans)
    return point


#: A piece from another sentence this short is a name put in for a pronoun ("Ana Ruiz" for "She").
_NAME_WORDS = 6


_QUOTE_MARKS = frozenset({"“", "”", '"', "‘"})
