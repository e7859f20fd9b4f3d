"""Two halves of each development set, so that a rule developed on one is checked on the other.

The documents of a corpus are ordered by the SHA-256 of their id (the ``id`` field of the
JSONL row, UTF-8) and cut in the middle: half "a" is the first half (the larger one when the
count is odd), half "b" the rest. The split depends only on the ids, not on the file order
or on the other documents' text, so a document stays in its half when the file is
reordered, and both halves mix the file's sources (outlets, categories) alike. With
``--limit`` the halves are those of the documents read.

The pages task keeps its own split by file order (see ``pages.py``).

Metric names carry the half right after the corpus: ``cnndm.a.rouge2``,
``quotes.b.statement.speaker_acc``, ``actors.a.micro.f1``; without a half, the whole set.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import fields
from typing import Any

__all__ = ["HALVES", "split_halves", "with_half", "half_of_metric", "Halved", "merge_counts"]

#: The halves every table prints: the whole set, then "a", then "b".
HALVES = ("", "a", "b")


def split_halves(ids: Iterable[str]) -> dict[str, str]:
    """Document id -> "a" or "b": ordered by SHA-256 of the id, the first half is "a"."""
    ordered = sorted(dict.fromkeys(ids), key=lambda i: (hashlib.sha256(i.encode("utf-8")).hexdigest(), i))
    middle = (len(ordered) + 1) // 2
    return {doc_id: ("a" if n < middle else "b") for n, doc_id in enumerate(ordered)}


def with_half(metric: str, half: str) -> str:
    """``metric`` of one half: the half goes after the corpus (``cnndm.rouge2`` -> ``cnndm.a.rouge2``)."""
    if not half:
        return metric
    head, _, rest = metric.partition(".")
    return f"{head}.{half}.{rest}"


def half_of_metric(metric: str) -> str:
    """The half a metric is on ("a", "b"), or "" for the whole set (pages put it after the input kind)."""
    parts = metric.split(".")
    for part in parts[1:3]:
        if part in ("a", "b"):
            return part
    return ""


def merge_counts(into: Any, other: Any) -> None:
    """Add the counts of ``other`` to ``into`` (two count dataclasses of one type): numbers are
    summed, dicts of numbers summed per key, lists concatenated; other fields stay as they are.

    This is how per-document counts add up to a half and to the whole set, so that every
    document is scored once."""
    for f in fields(into):
        mine, theirs = getattr(into, f.name), getattr(other, f.name)
        if isinstance(mine, bool) or isinstance(mine, str):
            continue
        if isinstance(mine, (int, float)):
            setattr(into, f.name, mine + theirs)
        elif isinstance(mine, dict):
            for key, value in theirs.items():
                mine[key] = mine.get(key, 0) + value
        elif isinstance(mine, list):
            mine.extend(theirs)


class Halved:
    """Counts of one kind for the whole set and for each half: every document is scored once,
    into a fresh counts object (``new()``), which is then added to the whole set and to its half."""

    def __init__(self, new: Callable[[], Any]) -> None:
        self.new = new
        self.parts = {h: new() for h in HALVES}
        self.docs = dict.fromkeys(HALVES, 0)

    def add(self, half: str, doc_counts: Any) -> None:
        """Add one document's counts to the whole set and to ``half``."""
        for part in ("", half):
            merge_counts(self.parts[part], doc_counts)
            self.docs[part] += 1

    @property
    def whole(self) -> Any:
        """The counts of the whole set (its errors are every document's)."""
        return self.parts[""]

    def metrics(self) -> dict[str, float]:
        """The metrics of the whole set and of each half (``cnndm.rouge2``, ``cnndm.a.rouge2``, ...)."""
        out: dict[str, float] = {}
        for half, counts in self.parts.items():
            if not self.docs[half]:  # an empty half (a set of one document) has no score
                continue
            out.update({with_half(m, half): v for m, v in counts.metrics().items()})
        return out
