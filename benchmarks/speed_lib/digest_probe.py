"""Run one digest summary pass in a fresh process and report its timing, pipeline loads and memory.

    python -m speed_lib.digest_probe DIR JOBS

Prints one JSON object: ``seconds`` (wall time of ``summarize_inputs``),
``cpu_seconds`` (this process and its workers), the load average
before and after, ``ok``/``failed`` article counts, and per process id the number of pipeline
loads, of articles and the peak resident memory (MB). The probe wraps
``briefgen.nlp._load`` and ``briefgen.summary.summarize_article`` before the
pool forks, so the workers inherit the counters (Linux' default fork start).
"""

from __future__ import annotations

import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

__all__ = ["main"]


def _cpu_seconds() -> float:
    """CPU time of this process and of its finished children (the pool's workers, once shut down)."""
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def main(argv: list[str]) -> dict[str, Any]:
    """Summarise every ``*.txt`` of ``argv[0]`` on ``argv[1]`` workers; return the report."""
    folder, jobs = Path(argv[0]), int(argv[1])
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    import briefgen.nlp as nlp_module
    import briefgen.summary as summary_module
    from briefgen.digest import make_jobs, summarize_inputs

    from .timing import peak_rss_mb

    log = Path(tempfile.mkstemp(prefix="briefgen-digest-probe-", suffix=".log")[1])
    original_load, original_summarize = nlp_module._load, summary_module.summarize_article

    def write(kind: str, value: float = 0.0) -> None:
        with log.open("a", encoding="utf-8") as fh:  # appends of one short line do not interleave
            fh.write(f"{kind} {os.getpid()} {value}\n")

    def counting_load() -> Any:
        write("load")
        return original_load()

    def counting_summarize(*args: Any, **kwargs: Any) -> Any:
        brief = original_summarize(*args, **kwargs)
        write("article", peak_rss_mb())
        return brief

    nlp_module._load = counting_load
    summary_module.summarize_article = counting_summarize
    names = sorted(str(p) for p in folder.glob("*.txt"))
    load_before = os.getloadavg()[0]
    cpu_before = _cpu_seconds()
    start = time.perf_counter()
    outcomes = summarize_inputs(make_jobs(names), workers=jobs)
    seconds = time.perf_counter() - start
    cpu = _cpu_seconds() - cpu_before
    per_pid: dict[str, dict[str, float]] = {}
    for line in log.read_text(encoding="utf-8").splitlines():
        kind, pid, value = line.split()
        entry = per_pid.setdefault(pid, {"loads": 0, "articles": 0, "peak_rss_mb": 0.0})
        if kind == "load":
            entry["loads"] += 1
        else:
            entry["articles"] += 1
            entry["peak_rss_mb"] = max(entry["peak_rss_mb"], float(value))
    log.unlink()
    return {
        "jobs": jobs,
        "seconds": seconds,
        "ok": sum(1 for o in outcomes if o.ok),
        "failed": sum(1 for o in outcomes if not o.ok),
        "cpu_seconds": cpu,
        "load_average_before": load_before,
        "load_average_after": os.getloadavg()[0],
        "workers": per_pid,
    }


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1:])))
