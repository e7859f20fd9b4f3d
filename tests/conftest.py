"""Shared fixtures: the example article, the CLI runners (in this process, or in a subprocess), and a
hermetic environment."""

from __future__ import annotations

import contextlib
import logging
import os
import subprocess
import sys
import traceback
import warnings
from pathlib import Path
from typing import TextIO

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "ktxs-china-russia.txt"


@pytest.fixture(autouse=True)
def _hermetic_env(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    """No test sees the user's configuration or a default team."""
    for var in ("BRIEFGEN_TEAM", "BRIEFGEN_DEBUG", "BRIEFGEN_CONFIG"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path_factory.mktemp("home")))


@pytest.fixture(scope="session")
def example_text() -> str:
    return EXAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def example_brief(example_text: str):
    from briefgen import summarize

    return summarize(example_text)


def run_cli_subprocess(*args: str, input: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Run ``briefgen`` as a user does, in a subprocess (``python -m briefgen``): for the tests where the
    process is the point (the README's commands, exit codes, no traceback, signals, a fresh interpreter)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("BRIEFGEN_")}
    return subprocess.run(
        [sys.executable, "-m", "briefgen", *args],
        input=input,
        capture_output=True,
        cwd=cwd or ROOT,
        env=env,
        timeout=300,
    )


def _warning_to_stderr(message, category, filename, lineno, file=None, line=None) -> None:  # noqa: ANN001
    sys.stderr.write(warnings.formatwarning(message, category, filename, lineno, line))


class _LastResort(logging.StreamHandler):
    """Python's last-resort log handler, as in a process of its own: a record of WARNING or above is printed
    only when no logger on its way up has a handler (briefgen's and WeasyPrint's have a NullHandler). The
    handlers the root logger had before (pytest's log capture) do not count."""

    def __init__(self, stream: TextIO) -> None:
        super().__init__(stream)
        self.setLevel(logging.WARNING)
        self.harness = list(logging.getLogger().handlers)

    def emit(self, record: logging.LogRecord) -> None:
        logger: logging.Logger | None = logging.getLogger(record.name)
        root = logging.getLogger()
        while logger is not None and logger is not root:
            if logger.handlers or not logger.propagate:
                return
            logger = logger.parent
        if any(h is not self and h not in self.harness for h in root.handlers):
            return
        super().emit(record)


def rule_fires_and_holds(rule: str, text: str, check) -> None:  # noqa: ANN001 - check(actors) -> bool
    """The entity or actor rule ``rule`` fires on ``text`` and its actors pass ``check``."""
    from briefgen.summary.actors.extract import extract_actors
    from briefgen.summary.text.analysis import analyse
    from briefgen.trace import recording

    with recording() as fired:
        actors = extract_actors(analyse(text), [])
    assert fired[rule] > 0, sorted(fired)
    assert check(actors), [(a.name, a.kind, a.aliases, a.mentions) for a in actors]


def run_cli(*args: str, input: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Run the command line in this process, as the ``briefgen`` command does, and collect what it printed.

    The same arguments and result as :func:`run_cli_subprocess` (``returncode``, ``stdout`` and ``stderr``
    bytes), without starting Python and loading spaCy again for every call. What a process would print
    on its own stderr is printed on the captured one: log records of WARNING and above (Python's last-resort
    handler), warnings under Python's default filters, and the traceback of an exception that escapes
    ``main`` (exit status 1), so the tests' "one line, no traceback" checks mean what they say. Templates
    are read anew, as by a new process (a test may edit a team template between two runs); the loaded
    models (spaCy, the page classifiers) are kept.
    """
    from click.testing import CliRunner

    from briefgen.cli import main
    from briefgen.rendering.environment import clear_cache

    clear_cache()
    unset: dict[str, str | None] = {k: None for k in os.environ if k.startswith("BRIEFGEN_")}
    with (
        contextlib.chdir(cwd or ROOT),
        CliRunner().isolation(input=input, env=unset) as (stdout, stderr, _),
        warnings.catch_warnings(),
    ):
        warnings.resetwarnings()
        for action, category in _PYTHON_DEFAULT_WARNING_FILTERS:
            warnings.simplefilter(action, category)
        warnings.showwarning = _warning_to_stderr
        last_resort = _LastResort(sys.stderr)
        logging.getLogger().addHandler(last_resort)
        try:
            main(list(args))
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
            if isinstance(exc.code, str):
                sys.stderr.write(exc.code + "\n")
        except Exception:  # noqa: BLE001 - what the interpreter would print on the way out
            traceback.print_exc(file=sys.stderr)
            code = 1
        finally:
            logging.getLogger().removeHandler(last_resort)
            sys.stdout.flush()
            sys.stderr.flush()
        return subprocess.CompletedProcess(["briefgen", *args], code, stdout.getvalue(), stderr.getvalue())


#: Python's default warning filters (no ``-W``): DeprecationWarning and the like from a library are not
#: shown, other warnings once per place. simplefilter puts each in front of the earlier ones, so the
#: catch-all "default" listed first is consulted last.
_PYTHON_DEFAULT_WARNING_FILTERS = (
    ("default", Warning),
    ("ignore", ResourceWarning),
    ("ignore", ImportWarning),
    ("ignore", PendingDeprecationWarning),
    ("ignore", DeprecationWarning),
)


#: The longest tests, started first: under pytest-xdist a long test that starts last keeps one
#: core busy after the others are done (the quality gate alone is a minute or two).
_LONG_FIRST = (
    "test_quality_gate.py::test_quality_gate",
    "test_speed_bench.py::",
    "test_properties.py::",
    "test_limits.py::test_pathological",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    def rank(item: pytest.Item) -> int:
        return next((n for n, key in enumerate(_LONG_FIRST) if key in item.nodeid), len(_LONG_FIRST))

    items.sort(key=rank)  # stable: the rest keep their order


def role_of(text: str, name: str) -> tuple[str | None, dict[str, int]]:
    """The role the actors of ``text`` give ``name`` (who must be one), and the rules that fired."""
    from briefgen.summary.actors import extract_actors
    from briefgen.summary.text.analysis import analyse
    from briefgen.trace import recording

    with recording() as fired:
        actors = extract_actors(analyse(text), [])
    roles = {a.name: a.role for a in actors}
    assert name in roles, sorted(roles)
    return roles[name], dict(fired)
