"""Actors: people, organisations and places, merged across mentions, with roles, ranked.

Mentions come from :mod:`mentions` (cleaned, typed, credits and nationality words out).
Here they are given one kind per name by vote, merged into actors ("Hamilton" into
"Dan Hamilton", "U.S." into "United States", "ICC" into "International Criminal
Court"), given a role (people only) and ranked by mentions, position, the headline and
how many quotes they speak.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...model import Actor, Quote
from ..entities import entity_model
from ..entities.names import NameIndex, strip_honorific
from ..text.analysis import Analysis
from ..types import Entity, Mention

__all__ = ["extract_actors"]

_NAME_WORD = re.compile(r"^[A-Z][\w.'’-]*$")


@dataclass
class _Cluster:
    """One actor in the making: an entity of the model, and the quotes it speaks."""

    entity: Entity
    speaker_quotes: int = 0

    @property
    def kind(self) -> str:
        return self.entity.kind

    @property
    def name(self) -> str:
        return self.entity.name

    @property
    def mentions(self) -> list[Mention]:
        return self.entity.mentions

    @property
    def first(self) -> int:
        return self.entity.first


def _count_speakers(clusters: list[_Cluster], quotes: list[Quote]) -> list[str]:
    """Credit each person with the quotes they speak; return speakers no cluster holds."""
    people = [c for c in clusters if c.kind == "person"]
    index = NameIndex.from_names([c.name for c in people])
    by_name = {c.name.casefold(): c for c in people}
    unmatched: list[str] = []
    for q in quotes:
        if not q.speaker:
            continue
        c = by_name.get(index.resolve(q.speaker).casefold())
        if c is None:
            unmatched.append(q.speaker)
        else:
            c.speaker_quotes += 1
    return unmatched


def _forms(c: _Cluster) -> set[str]:
    """Every way the article writes the actor, case-folded."""
    return {c.name.casefold()} | {m.text.casefold() for m in c.mentions}


def _score(c: _Cluster, analysis: Analysis) -> float:
    """Importance: mentions, a place in the headline, an early first mention, quotes spoken."""
    n = len(c.mentions)
    length = max(1, len(analysis.text))
    headline = (analysis.title or "").casefold()
    # without a title, a short first line is the headline
    first_line_end = analysis.text.find("\n")
    if analysis.title or not 0 < first_line_end <= 150:
        first_line_end = 0
    forms = {m.text.casefold() for m in c.mentions} | {c.name.casefold()}
    in_headline = any(m.start < first_line_end for m in c.mentions) or any(
        re.search(r"\b" + re.escape(f) + r"\b", headline) for f in forms if f
    )
    return (
        n
        + 2.0 * in_headline
        + 1.5 * (1.0 - c.first / length)
        + 1.5 * min(c.speaker_quotes, 4)
        + (0.25 if c.kind == "person" else 0.0)
    )


def extract_actors(analysis: Analysis, quotes: list[Quote]) -> list[Actor]:
    """Every actor in the article, most important first.

    Importance grows with the number of mentions, an early first mention, a place in the
    headline and the quotes an actor speaks; templates decide how many to show.
    """
    clusters = [_Cluster(e) for e in entity_model(analysis).entities]
    for speaker in _count_speakers(clusters, quotes):
        # a named speaker the entity model missed is still an actor of the story
        words = strip_honorific(speaker).split()
        if words and all(_NAME_WORD.match(w) for w in words):
            name = " ".join(words)
            # "The IMF said ...": an organisation or place the article already names speaks
            named = next((c for c in clusters if name.casefold() in _forms(c)), None)
            if named is not None:
                named.speaker_quotes += 1
                continue
            existing = next((c for c in clusters if c.kind == "person" and c.name == name), None)
            if existing is None:
                pos = analysis.text.find(name)
                existing = _Cluster(Entity("person", name))
                clusters.append(existing)
                if pos >= 0:
                    span = analysis.span(pos, pos + len(name))
                    if span is not None:
                        existing.mentions.append(Mention(name, pos, pos + len(name), "person", "PERSON", span))
            existing.speaker_quotes += 1
    ranked = sorted(clusters, key=lambda c: (-_score(c, analysis), c.first))
    return [
        Actor(name=c.name, kind=c.kind, role=c.entity.role, aliases=c.entity.aliases, mentions=max(1, len(c.mentions)))
        for c in ranked
    ]
