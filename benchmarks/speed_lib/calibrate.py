"""How much parallelism the machine gives right now: a pure-Python loop on 1 process vs 2.

On a shared machine the cores may be busy with other work; a digest cannot
scale better than this reference measured in the same run. Run as a module
function in a pool, so it must live in an importable module.
"""

from __future__ import annotations

import time
from concurrent.futures import ProcessPoolExecutor

__all__ = ["spin", "machine_scaling"]

#: Iterations of one unit of work: about a quarter of a second on a 2020s core.
UNIT = 4_000_000


def spin(n: int = UNIT) -> int:
    """CPU-bound work that touches no shared state."""
    total = 0
    for i in range(n):
        total += i * i
    return total


def machine_scaling(units: int = 4) -> float:
    """Wall time of ``units`` pieces of work on 1 process divided by the same on 2 processes."""
    with ProcessPoolExecutor(max_workers=2) as pool:
        list(pool.map(spin, [1000, 1000]))  # both workers started before the clock runs
        start = time.perf_counter()
        list(pool.map(spin, [UNIT] * units))
        two = time.perf_counter() - start
    start = time.perf_counter()
    for _ in range(units):
        spin()
    one = time.perf_counter() - start
    return one / two
