"""Growth of the work a function does, measured as a ratio of CPU times taken in the same test.

No test asserts a wall-clock budget (the machine may be shared, the suite runs in parallel):
a bound on time is a bound on growth instead. Work that is linear in its input takes about
``factor`` times as long on an input ``factor`` times larger; quadratic work ``factor**2`` times.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from typing import Any

__all__ = ["cpu_seconds", "growth"]


def cpu_seconds(fn: Callable[[], Any], repeat: int = 3) -> float:
    """The least CPU time of this process over ``repeat`` calls of ``fn`` (the least is the least noisy)."""
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        start = time.process_time()
        fn()
        best = min(best, time.process_time() - start)
    return best


def growth(fn: Callable[[int], Any], size: int, factor: int = 4, repeat: int = 2, warm: bool = False) -> float:
    """CPU time of ``fn(size * factor)`` over that of ``fn(size)``: ``factor`` for linear work.

    ``warm``: call ``fn(size)`` once first (imports, compiled patterns, caches). A constant cost
    in ``fn`` only lowers the ratio: the ratio bounds the growth, never the constant. Times under
    a millisecond count as one, so work too quick to time passes unless the larger input takes
    more milliseconds of CPU than the bound a test puts on the ratio (a backtracking pattern
    takes seconds).
    """
    if warm:
        fn(size)
    small = cpu_seconds(lambda: fn(size), repeat)
    big = cpu_seconds(lambda: fn(size * factor), repeat)
    return big / max(small, 1e-3)
