"""A connective that opens a sentence on its main verb ("But", "Still"): dropped when the rest
stands alone ('But, the mill stayed shut.' -> 'The mill stayed shut.'), or dropped and the
"he"/"she" after it named ('But she added ...' -> 'Ana Ruiz added ...')."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ...model import KeyPoint
from .openings import leans_back
from .pronoun_names import name_for_pronoun

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..text.analysis import Analysis
    from ..types import Unit

__all__ = ["named_after_connective", "without_connective"]


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
