"""Timing helpers: CPU time of a callable, medians over rounds, peak memory.

The machine is shared and noisy, so every comparison is a ratio of two timings
taken in the same round, and the rounds interleave the contenders.
"""

from __future__ import annotations

import gc
import resource
import statistics
import sys
import time
from collections.abc import Callable
from typing import Any

__all__ = ["cpu_time", "wall_time", "median", "peak_rss_mb"]


def cpu_time(fn: Callable[[], Any]) -> float:
    """CPU seconds of this process (all its threads) spent in ``fn()``."""
    gc.collect()
    start = time.process_time()
    fn()
    return time.process_time() - start


def wall_time(fn: Callable[[], Any]) -> float:
    """Elapsed seconds of ``fn()`` (for work done in other processes)."""
    gc.collect()
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def median(values: list[float]) -> float:
    """The median, or NaN for no value."""
    return statistics.median(values) if values else float("nan")


def peak_rss_mb() -> float:
    """Peak resident memory of this process in MB.

    Linux: ``VmHWM`` of ``/proc/self/status``, because ``ru_maxrss`` survives
    ``exec``: a child started by a big parent would report the parent's peak.
    Elsewhere ``ru_maxrss`` (KB on Linux, bytes on macOS).
    """
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024
