"""A connective that opens a sentence on its main verb ("But", "Still"): dropped when the rest
stands alone ('But, the mill stayed shut.' -> 'The mill stayed shut.'), or dropped and the
"he"/"she" after it named ('But she added ...' -> 'Ana Ruiz added ...'); and one set off by
commas after the subject or an opening phrase ('The union, however, refused.'):
:func:`inner_connective`, :func:`without_inner_connective`."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ...lang.en.discourse import PARENTHETICAL_CONNECTIVES
from ...model import KeyPoint
from .cutting import joined
from .openings import leans_back
from .pronoun_names import name_for_pronoun

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ..text.analysis import Analysis
    from ..types import Unit

__all__ = ["inner_connective", "named_after_connective", "without_connective", "without_inner_connective"]


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
