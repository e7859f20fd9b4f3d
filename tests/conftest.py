"""Shared fixtures: the example article, a CLI runner, and a hermetic environment."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

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


def run_cli(*args: str, input: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Run ``briefgen`` as a user does, in a subprocess."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("BRIEFGEN_")}
    return subprocess.run(
        [sys.executable, "-m", "briefgen", *args],
        input=input,
        capture_output=True,
        cwd=cwd or ROOT,
        env=env,
        timeout=300,
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
