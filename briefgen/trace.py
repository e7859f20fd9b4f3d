"""Rule coverage: which named rules fired while one article was processed.

Rules of the engine (and of ingest) call :func:`fired` with a stable dotted name,
``"<family>.<rule>"`` (for instance ``"speakers.description"``). Nobody listens in
normal runs, so a call costs one context-variable lookup. The benchmarks wrap each
article in :func:`recording` and print, per rule, on how many articles of each corpus
it fired: a rule that fires on fewer than three articles, or on one corpus only, has to
say why in its comment or go.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

_ACTIVE: ContextVar[Counter[str] | None] = ContextVar("briefgen_rule_trace", default=None)


def fired(rule: str, times: int = 1) -> None:
    """Record that ``rule`` fired (no-op unless a :func:`recording` is active)."""
    counter = _ACTIVE.get()
    if counter is not None:
        counter[rule] += times


@contextmanager
def recording() -> Iterator[Counter[str]]:
    """Collect the rules that fire inside the block: rule name -> times fired."""
    counter: Counter[str] = Counter()
    token = _ACTIVE.set(counter)
    try:
        yield counter
    finally:
        _ACTIVE.reset(token)


@contextmanager
def unrecorded() -> Iterator[None]:
    """Run the block without recording: a rule's test asked of a neighbour ("does the sentence
    before need a referent itself?") is no firing of that rule on the article."""
    token = _ACTIVE.set(None)
    try:
        yield
    finally:
        _ACTIVE.reset(token)
