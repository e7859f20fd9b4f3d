"""Actors: people, organisations and places, merged across mentions, with roles. (stub)"""

from __future__ import annotations

from collections import Counter

from ..model import Actor, Quote
from .analysis import Analysis

__all__ = ["extract_actors"]

_KINDS = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place"}


def extract_actors(analysis: Analysis, quotes: list[Quote]) -> list[Actor]:
    """Every actor in the article, most important first."""
    counts: Counter[tuple[str, str]] = Counter()
    for ent in analysis.entities:
        kind = _KINDS.get(ent.label_)
        if kind:
            counts[(ent.text, kind)] += 1
    return [Actor(name=n, kind=k, mentions=c) for (n, k), c in counts.most_common()]
