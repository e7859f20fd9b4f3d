"""Start-up cost of the CLI: ``briefgen --help`` and ``briefgen schema`` against ``python -c pass``.

Each command runs in a fresh interpreter, interleaved, ``runs`` times. Two
figures per command: the median wall time (what a user waits for) and the
median CPU time of the child process (user + system, from ``RUSAGE_CHILDREN``).
The target is judged on CPU time, which a busy neighbour on a shared machine
does not inflate; wall time is reported next to it. A separate run of each
command reports which heavy modules it imported: neither may import spaCy or
WeasyPrint.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from .timing import median

__all__ = ["StartupResult", "run_startup", "HEAVY_MODULES", "COMMANDS"]

_REPO = Path(__file__).resolve().parents[2]

#: Modules the light commands must not import.
HEAVY_MODULES = ("spacy", "thinc", "weasyprint", "pysbd", "numpy")
#: CLI arguments of the commands measured.
COMMANDS: dict[str, list[str]] = {"help": ["--help"], "schema": ["schema"]}

_PROBE = """
import json, sys
heavy = json.loads(sys.argv[2])
sys.argv = ["briefgen", *json.loads(sys.argv[1])]
from briefgen.cli import main
try:
    main()
except SystemExit:
    pass
sys.stderr.write("\\nHEAVY=" + json.dumps([m for m in heavy if m in sys.modules]) + "\\n")
"""


@dataclass
class StartupResult:
    """Median wall and CPU seconds per command, all samples, and the heavy modules each one imported."""

    runs: int
    seconds: dict[str, float] = field(default_factory=dict)
    cpu_seconds: dict[str, float] = field(default_factory=dict)
    samples: dict[str, list[float]] = field(default_factory=dict)
    cpu_samples: dict[str, list[float]] = field(default_factory=dict)
    heavy_imports: dict[str, list[str]] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)


def _argv(name: str) -> list[str]:
    if name == "python":
        return [sys.executable, "-c", "pass"]
    return [sys.executable, "-m", "briefgen", *COMMANDS[name]]


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _time_once(argv: list[str]) -> tuple[float, float, int, str]:
    cpu, start = _children_cpu(), time.perf_counter()
    proc = subprocess.run(argv, cwd=_REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    return time.perf_counter() - start, _children_cpu() - cpu, proc.returncode, proc.stderr


def heavy_imports(args: list[str]) -> list[str]:
    """The heavy modules imported by ``briefgen ARGS`` in a fresh interpreter."""
    proc = subprocess.run(
        [sys.executable, "-c", _PROBE, json.dumps(args), json.dumps(list(HEAVY_MODULES))],
        cwd=_REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    for line in proc.stderr.splitlines():
        if line.startswith("HEAVY="):
            return json.loads(line[len("HEAVY=") :])
    raise RuntimeError(f"the import probe of briefgen {' '.join(args)} failed: {proc.stderr.strip()[-300:]}")


def run_startup(runs: int = 10) -> StartupResult:
    """Time ``python -c pass``, ``briefgen --help`` and ``briefgen schema``, interleaved."""
    result = StartupResult(runs=runs)
    names = ["python", *COMMANDS]
    for name in names:  # one untimed run each: the OS file cache, .pyc files
        _time_once(_argv(name))
    for _ in range(runs):
        for name in names:
            seconds, cpu, code, err = _time_once(_argv(name))
            if code != 0:
                result.errors[name] = f"exit {code}: {err.strip()[-300:]}"
            result.samples.setdefault(name, []).append(seconds)
            result.cpu_samples.setdefault(name, []).append(cpu)
    result.seconds = {n: median(v) for n, v in result.samples.items()}
    result.cpu_seconds = {n: median(v) for n, v in result.cpu_samples.items()}
    for name, args in COMMANDS.items():
        result.heavy_imports[name] = heavy_imports(args)
    return result
