"""Actors: people, organisations and places, merged across mentions, with roles, ranked.

Mentions come from :mod:`mentions` (cleaned, typed, credits and nationality words out).
Here they are given one kind per name by vote, merged into actors ("Hamilton" into
"Dan Hamilton", "U.S." into "United States", "ICC" into "International Criminal
Court"), given a role (people only) and ranked by mentions, position, the headline and
how many quotes they speak.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...model import Actor, Quote
from ..text.analysis import Analysis
from ...lang.en.gazetteer import canonical_country
from ..entities.kinds import (
    fix_kinds,
    is_sports_story,
    link_companies,
    link_surnames,
    locate_places,
    retag_sports_teams,
    split_pairs,
    vote_kinds,
)
from ..entities.mentions import collect_mentions
from ..types import Mention
from ..entities.names import NameIndex, strip_honorific
from .roles import find_role

__all__ = ["extract_actors"]

_NAME_WORD = re.compile(r"^[A-Z][\w.'’-]*$")
_SMALL = {"of", "for", "and", "the", "on", "in", "de", "&"}


@dataclass
class _Cluster:
    """One actor in the making: its kind, its mentions, the quotes it speaks."""

    kind: str
    mentions: list[Mention] = field(default_factory=list)
    name: str = ""
    speaker_quotes: int = 0

    @property
    def first(self) -> int:
        return min(m.start for m in self.mentions) if self.mentions else 1 << 30


def _acronym(name: str) -> str:
    words = [w for w in re.split(r"[\s-]+", name) if w and w.lower() not in _SMALL]
    return "".join(w[0] for w in words if w[0].isupper())


def _cluster(mentions: list[Mention]) -> list[_Cluster]:
    """Group mentions into actors: people by name index, places by country, organisations by name."""
    clusters: dict[tuple[str, str], _Cluster] = {}
    people = NameIndex.from_names([m.text for m in mentions if m.kind == "person"])
    for m in mentions:
        if m.kind == "person":
            key = people.resolve(m.text).casefold()
        elif m.kind == "place":
            key = (canonical_country(m.text) or m.text).casefold()
        else:
            key = m.text.casefold()
        clusters.setdefault((m.kind, key), _Cluster(m.kind)).mentions.append(m)
    # "ICC" is "International Criminal Court" when the article has both
    orgs = {k: c for k, c in clusters.items() if k[0] == "organization"}
    by_acronym: dict[str, tuple[str, str]] = {}
    for k in orgs:
        acr = _acronym(orgs[k].mentions[0].text)
        if len(acr) >= 2:
            by_acronym.setdefault(acr.casefold(), k)
    # an acronym may be taken for a place or a person ("ACC"): the organisation it spells wins
    for k, c in list(clusters.items()):
        if k[0] == "place" and canonical_country(c.mentions[0].text):
            continue
        text = c.mentions[0].text.replace(".", "")
        target = by_acronym.get(text.casefold())
        if text.isupper() and target and target != k and target in clusters:
            clusters[target].mentions.extend(clusters.pop(k).mentions)
    for c in clusters.values():
        c.mentions.sort(key=lambda m: m.start)
        c.name = _fullest(c, people)
    return list(clusters.values())


def _fullest(c: _Cluster, people: NameIndex) -> str:
    """The fullest form of the cluster's name as the article writes it."""
    forms = [m.text for m in c.mentions]
    if c.kind == "person":
        resolved = people.resolve(forms[0])
        # prefer the resolved form as written outside the ALL-CAPS lines
        for f in forms:
            if strip_honorific(f).casefold() == resolved.casefold() and not f.isupper():
                return strip_honorific(f)
        return resolved
    canon = canonical_country(forms[0]) if c.kind == "place" else None
    if canon:
        # "United States" when the article writes it, whatever short forms come first
        written = [f for f in forms if f.casefold() == canon.casefold()]
        if written:
            return next((f for f in written if not f.isupper()), canon)
    best = max(forms, key=lambda f: (not f.isupper() or len(f) <= 4, len(f.split()), len(f)))
    if c.kind == "place" and best.isupper() and len(best) > 4:
        best = best.title()  # "WASHINGTON —" opening a story: the name, not the shouting
    return best


def _aliases(c: _Cluster) -> list[str]:
    """Other forms of the name seen in the article, first seen first, without case duplicates."""
    seen = {c.name.casefold()}
    out: list[str] = []
    # forms outside ALL-CAPS lines first, so the alias keeps its usual spelling
    for m in sorted(c.mentions, key=lambda m: (m.text.isupper() and len(m.text) > 4, m.start)):
        key = m.text.casefold()
        if key not in seen:
            seen.add(key)
            out.append(m.text)
    return out


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
    mentions = split_pairs(fix_kinds(collect_mentions(analysis), analysis.text))
    vote_kinds(mentions)
    locate_places(mentions)
    link_surnames(mentions)
    link_companies(mentions)
    if is_sports_story(analysis.text, analysis.title):
        retag_sports_teams(mentions, analysis.text)
    clusters = _cluster(mentions)
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
                existing = _Cluster("person", name=name)
                clusters.append(existing)
                if pos >= 0:
                    span = analysis.span(pos, pos + len(name))
                    if span is not None:
                        existing.mentions.append(Mention(name, pos, pos + len(name), "person", "PERSON", span))
            existing.speaker_quotes += 1
    ranked = sorted(clusters, key=lambda c: (-_score(c, analysis), c.first))
    actors: list[Actor] = []
    for c in ranked:
        role = None
        if c.kind == "person":
            role = next((m.role for m in c.mentions if m.role), None) or find_role(
                [m.span for m in c.mentions if m.span.doc is analysis.doc]
            )
        actors.append(Actor(name=c.name, kind=c.kind, role=role, aliases=_aliases(c), mentions=max(1, len(c.mentions))))
    return actors
