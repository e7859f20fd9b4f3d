"""The brief: the model's verified items first, the default engine's where they fall short, and the record.

A brief is always complete. Each part the model's answer leaves short, because
items were dropped or never given, is filled from the default engine's brief:

* bottom line: the default engine's when the model's failed;
* key points: up to the number asked for (``-k``), else up to the number the model
  proposed (3 to 7), with default key points whose sentences no kept point cites;
* open questions: up to the number the model proposed (all of the default
  engine's when it proposed none), likewise;
* quotes: every quote of the default engine that no kept quote overlaps, in
  article order (the brief lists the article's quotes, not a choice of them);
* actors: the default engine's actors that no kept actor stands for, after them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from ..model import Brief, EngineRecord, KeyPoint, OpenQuestion
from .verify import Verified

__all__ = ["merge", "fallback"]

T = TypeVar("T", KeyPoint, OpenQuestion)


def _overlaps(spans: Sequence[tuple[int, int]], taken: set[tuple[int, int]]) -> bool:
    return any(a < d and c < b for a, b in spans for c, d in taken)


def _fill(kept: list[T], defaults: Sequence[T], target: int) -> tuple[list[T], int]:
    """``kept``, then default items on sentences none of them cites, up to ``target`` items."""
    out = list(kept[:target])
    taken = {span for item in out for span in item.spans}
    filled = 0
    for item in defaults:
        if len(out) >= target:
            break
        if _overlaps(item.spans, taken) or any(o.text == item.text for o in out):
            continue
        out.append(item)
        taken.update(item.spans)
        filled += 1
    return out, filled


def merge(base: Brief, verified: Verified, *, name: str, model: str, max_key_points: int | None) -> Brief:
    """The brief of the verified answer, completed from ``base`` (the default engine's brief)."""
    filled: dict[str, int] = {}
    bottom_line = verified.bottom_line or base.bottom_line
    if verified.bottom_line is None and base.bottom_line:
        filled["bottom_line"] = 1

    if max_key_points is not None:
        target = max_key_points
    elif verified.proposed_key_points:
        target = min(7, max(3, verified.proposed_key_points))
    else:
        target = len(base.key_points)
    key_points, n = _fill(verified.key_points, base.key_points, target)
    if n:
        filled["key_points"] = n

    target = verified.proposed_questions or len(base.open_questions)
    questions, n = _fill(verified.open_questions, base.open_questions, target)
    if n:
        filled["open_questions"] = n

    extra_quotes = [q for q in base.quotes if not _overlaps([q.span], {k.span for k in verified.quotes})]
    quotes = sorted([*verified.quotes, *extra_quotes], key=lambda q: q.span)
    if extra_quotes:
        filled["quotes"] = len(extra_quotes)

    matched = {id(a) for a in verified.matched_actors}
    extra_actors = [a for a in base.actors if id(a) not in matched]
    if extra_actors:
        filled["actors"] = len(extra_actors)

    record = EngineRecord(name=name, model=model, dropped=dict(sorted(verified.dropped.items())), filled=filled)
    return base.model_copy(
        update={
            "bottom_line": bottom_line,
            # the model's own words keep no pieces of the article in order: no spans then
            "bottom_line_spans": base.bottom_line_spans if bottom_line == base.bottom_line else [],
            "key_points": key_points,
            "quotes": quotes,
            "actors": [*verified.actors, *extra_actors],
            "open_questions": questions,
            "engine": record,
        }
    )


def fallback(base: Brief, *, name: str, model: str, reason: str) -> Brief:
    """The default engine's brief, recording why the model's answer was not used."""
    return base.model_copy(update={"engine": EngineRecord(name=name, model=model, fallback=reason)})
