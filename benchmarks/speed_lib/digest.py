"""Digest scaling: the same articles summarised on 1 and on 2 worker processes.

The texts are written to a temporary folder (removed afterwards) as ``.txt``
files, and each pass runs in a fresh interpreter (``digest_probe``), so that
neither pass inherits a pipeline loaded by the other. Wall time is what
counts here: the point of workers is to finish sooner. Around every pass, a
pure-CPU calibration measures how much 2 processes gain over 1 on this machine
at that moment (other people's jobs take cores too): the digest's gain is also
given as a share of it.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .calibrate import machine_scaling
from .timing import median

__all__ = ["DigestResult", "run_digest"]

_BENCH = Path(__file__).resolve().parents[1]


@dataclass
class DigestResult:
    """Median wall seconds per worker count, and the last probe report of each."""

    articles: int
    runs: int
    seconds: dict[int, float] = field(default_factory=dict)
    samples: dict[int, list[float]] = field(default_factory=dict)
    reports: dict[int, dict[str, Any]] = field(default_factory=dict)
    #: 1-process / 2-process wall time of pure CPU work, around each digest pass (see calibrate)
    machine_scaling: list[float] = field(default_factory=list)


def _probe(folder: Path, jobs: int) -> dict[str, Any]:
    proc = subprocess.run(
        [sys.executable, "-m", "speed_lib.digest_probe", str(folder), str(jobs)],
        cwd=_BENCH,
        capture_output=True,
        text=True,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"digest probe (--jobs {jobs}) failed: {proc.stderr.strip()[-500:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def run_digest(
    texts: Sequence[str],
    *,
    runs: int = 1,
    job_counts: Sequence[int] = (1, 2),
    progress: Callable[[str], None] | None = None,
) -> DigestResult:
    """Summarise ``texts`` as a digest on each worker count, ``runs`` times, alternating."""
    say = progress or (lambda _m: None)
    result = DigestResult(articles=len(texts), runs=runs)
    with tempfile.TemporaryDirectory(prefix="briefgen-speed-") as tmp:
        folder = Path(tmp)
        for n, text in enumerate(texts):
            (folder / f"article-{n:04d}.txt").write_text(text, encoding="utf-8")
        result.machine_scaling.append(machine_scaling())
        for r in range(runs):
            for jobs in job_counts if r % 2 == 0 else list(reversed(job_counts)):
                report = _probe(folder, jobs)
                result.machine_scaling.append(machine_scaling())
                result.samples.setdefault(jobs, []).append(report["seconds"])
                result.reports[jobs] = report
                say(f"digest run {r + 1}/{runs} --jobs {jobs}: {report['seconds']:.1f}s")
    result.seconds = {j: median(v) for j, v in result.samples.items()}
    return result
