"""Across articles: the digest model, duplicate-story detection and actor merging."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from pydantic import BaseModel, ConfigDict, Field

from ..lang.en.gazetteer import canonical_country
from ..model import Actor, Brief

__all__ = [
    "DIGEST_SCHEMA_VERSION",
    "DUPLICATE_THRESHOLD",
    "Digest",
    "DigestCounts",
    "DigestFailure",
    "DigestDuplicate",
    "SharedActor",
    "shingles",
    "jaccard",
    "normalise_url",
    "find_duplicates",
    "merge_actors",
]

DIGEST_SCHEMA_VERSION = "1.0"
#: Word-shingle Jaccard similarity from which two texts are the same story.
DUPLICATE_THRESHOLD = 0.8
_SHINGLE = 3
_WORD = re.compile(r"\w+", re.UNICODE)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class DigestFailure(_Strict):
    """An input (or a feed item) that could not be summarised."""

    input: str
    error: str = Field(description="One-line message, starting with the input's name.")


class DigestDuplicate(_Strict):
    """An article left out because it is the same story as one in the digest."""

    input: str
    title: str | None = None
    duplicate_of: int = Field(description="Index into Digest.briefs of the article that is shown.")
    reason: str = Field(description="'same URL' or 'near-identical text'.")
    similarity: float = Field(ge=0, le=1, description="Word-shingle Jaccard similarity of the texts.")


class SharedActor(_Strict):
    """An actor merged across articles: one entry, with the articles it appears in."""

    name: str
    kind: str
    role: str | None = None
    aliases: list[str] = Field(default_factory=list)
    mentions: int = 0
    articles: list[int] = Field(description="Indexes into Digest.briefs, in digest order.")


class DigestCounts(_Strict):
    """How many inputs went in and what became of them."""

    inputs: int = 0
    articles: int = Field(0, description="Articles shown (duplicates left out).")
    failed: int = 0
    duplicates: int = 0


class Digest(_Strict):
    """Many briefs and what ties them together; the contract of digest.json."""

    schema_version: str = DIGEST_SCHEMA_VERSION
    title: str
    generated_at: datetime
    counts: DigestCounts = Field(default_factory=DigestCounts)
    inputs: list[str] = Field(default_factory=list, description="The input of each brief, same order.")
    briefs: list[Brief] = Field(default_factory=list)
    duplicates: list[DigestDuplicate] = Field(default_factory=list)
    failures: list[DigestFailure] = Field(default_factory=list)
    actors: list[SharedActor] = Field(default_factory=list, description="Actors found in two or more articles.")

    def to_json(self, *, indent: int | None = 2) -> str:
        """Serialise to the digest.json contract."""
        return self.model_dump_json(indent=indent)


def shingles(text: str, size: int = _SHINGLE) -> set[tuple[str, ...]]:
    """The set of ``size``-word shingles of ``text`` (case-folded words; punctuation ignored)."""
    words = [w.casefold() for w in _WORD.findall(text)]
    if len(words) < size:
        return {tuple(words)} if words else set()
    return {tuple(words[i : i + size]) for i in range(len(words) - size + 1)}


def jaccard(a: set[tuple[str, ...]], b: set[tuple[str, ...]]) -> float:
    """|a & b| / |a | b|; two empty sets are not similar (0.0)."""
    union = len(a | b)
    return len(a & b) / union if union else 0.0


def normalise_url(url: str | None) -> str | None:
    """A URL reduced to what names the story: no scheme, 'www.', fragment, tracking query or trailing slash."""
    if not url or not url.strip():
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    host = (parts.hostname or "").removeprefix("www.")
    if not host:
        return None
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query) if not k.lower().startswith("utm_")])
    return urlunsplit(("", host, parts.path.rstrip("/"), query, "")).lstrip("/")


def find_duplicates(
    briefs: Sequence[Brief],
    threshold: float = DUPLICATE_THRESHOLD,
) -> dict[int, tuple[int, str, float]]:
    """Map each duplicate's index to (index of the first copy, reason, similarity).

    The first article of a story (input order) is the one kept; later copies
    point at it, never at another copy, so a chain of near-copies stays one story.
    """
    found: dict[int, tuple[int, str, float]] = {}
    sets = [shingles(b.text) for b in briefs]
    urls = [normalise_url(b.source.url) for b in briefs]
    for j in range(len(briefs)):
        for i in range(j):
            if i in found:
                continue
            similarity = jaccard(sets[i], sets[j])
            if urls[j] is not None and urls[i] == urls[j]:
                found[j] = (i, "same URL", similarity)
                break
            if similarity >= threshold:
                found[j] = (i, "near-identical text", similarity)
                break
    return found


def _key(name: str) -> str:
    return " ".join(_WORD.findall(name.casefold()))


class _Group:
    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.names: dict[str, int] = {}  # display name -> mentions under that name
        self.aliases: set[str] = set()
        self.role: str | None = None
        self.mentions = 0
        self.articles: list[int] = []

    def add(self, actor: Actor, article: int) -> None:
        self.names[actor.name] = self.names.get(actor.name, 0) + max(actor.mentions, 1)
        self.aliases.update(actor.aliases)
        self.role = self.role or actor.role
        self.mentions += actor.mentions
        if article not in self.articles:
            self.articles.append(article)

    @property
    def name(self) -> str:
        # The fullest form wins ("Orla Venn" over "Venn"), then the most mentioned.
        return max(self.names, key=lambda n: (len(n.split()), self.names[n], n))


def merge_actors(briefs: Sequence[Brief], min_articles: int = 2) -> list[SharedActor]:
    """Actors of several articles merged by kind and name or alias; those in ``min_articles`` or more.

    Two actors merge when they are of the same kind and share a form: the name or an alias
    of one is the name or an alias of the other ("U.S." in one brief, "United States" with
    the alias "U.S." in another), or both name the same country. A one-word person's name
    ("Okafor") joins a fuller name only when exactly one fuller name has it as an alias, so
    two different Okafors are never fused. Sorted by articles, then mentions.
    """
    parent: dict[tuple[str, str], tuple[str, str]] = {}

    def find(node: tuple[str, str]) -> tuple[str, str]:
        parent.setdefault(node, node)
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    def forms(actor: Actor) -> list[str]:
        names = [actor.name, *actor.aliases]
        if actor.kind == "place":
            names += [c for n in names if (c := canonical_country(n))]
        keys = [_key(n) for n in names]
        if actor.kind == "person":  # a lone surname is no form that fuses two people
            keys = [keys[0]] + [k for k in keys[1:] if len(k.split()) > 1]
        return [k for k in keys if k]

    full: list[tuple[Actor, int]] = []
    short: list[tuple[Actor, int]] = []
    for index, brief in enumerate(briefs):
        for actor in brief.actors:
            key = _key(actor.name)
            if not key:
                continue
            if len(key.split()) == 1 and actor.kind == "person":
                short.append((actor, index))
                continue
            full.append((actor, index))
            nodes = [(actor.kind, f) for f in forms(actor)]
            for node in nodes[1:]:
                parent[find(node)] = find(nodes[0])
    groups: dict[tuple[str, str], _Group] = {}
    by_alias: dict[tuple[str, str], set[tuple[str, str]]] = {}
    for actor, index in full:
        root = find((actor.kind, _key(actor.name)))
        groups.setdefault(root, _Group(actor.kind)).add(actor, index)
        for alias in actor.aliases:
            by_alias.setdefault((actor.kind, _key(alias)), set()).add(root)
    for actor, index in short:
        node = (actor.kind, _key(actor.name))
        owners = by_alias.get(node, set())
        target = next(iter(owners)) if len(owners) == 1 else find(node)
        groups.setdefault(target, _Group(actor.kind)).add(actor, index)
    shared = [
        SharedActor(
            name=g.name,
            kind=g.kind,
            role=g.role,
            mentions=g.mentions,
            articles=sorted(g.articles),
            aliases=sorted({*g.aliases, *g.names} - {g.name}, key=str.casefold),
        )
        for g in groups.values()
        if len(g.articles) >= min_articles
    ]
    shared.sort(key=lambda a: (-len(a.articles), -a.mentions, a.name.casefold()))
    return shared
