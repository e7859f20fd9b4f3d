"""The quality gate: floors that briefgen's scores must not fall below.

``benchmarks/quality_baseline.json`` holds one entry per gated metric: a ``floor`` (or,
for a metric where lower is better, such as the bottom line's length, a ``ceiling``)
and the ``reason`` for that number: an issue's target ("issue 13: actors micro F1 >=
0.88 on both halves") or a measurement ("measured 2026-11-30 minus 0.01").

Floors do not follow the scores up: ``--pin-new`` only adds a floor for a gated metric
that has none, at the current score minus :func:`margin`; it never raises or lowers an
existing one. Raising a floor to a target that is now met, or lowering one (a simpler
rule that loses a point is often the better rule), is a hand edit of the file, with its
reason.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from .halves import half_of_metric
from .targets import ENGINE, TARGETS

__all__ = [
    "Floor",
    "LOWER_IS_BETTER",
    "margin",
    "load_floors",
    "check_gate",
    "pin_new",
    "write_floors",
    "task_of",
    "HOW",
]

#: Metric endings where a lower value is better: these are pinned with a ceiling.
LOWER_IS_BETTER = ("words_mean", "words_max", "over30")

HOW = (
    "Floors (ceilings for lengths) that the scores must not cross, each with its reason. "
    "`python benchmarks/quality.py --no-peers --pin-new` adds one for a gated metric that has none "
    "(the current score minus a margin) and never changes an existing one; raise or lower a floor "
    "by hand, with the reason."
)


def task_of(metric: str) -> str:
    """The task a metric belongs to: 'keypoints', 'quotes', 'actors' or 'pages'."""
    head = metric.split(".", 1)[0]
    return "keypoints" if head in ("cnndm", "bbc") else ("pages" if head == "clean" else head)


@dataclass(frozen=True)
class Floor:
    """The bound of one metric: the score must stay at or above ``value`` (at or below, for a ceiling)."""

    value: float
    reason: str
    ceiling: bool = False

    def holds(self, score: float) -> bool:
        """Whether ``score`` is within the bound."""
        return score <= self.value + 1e-9 if self.ceiling else score >= self.value - 1e-9

    def label(self) -> str:
        """How the bound reads in the table."""
        shown = f"{self.value:g}" if self.value >= 2 else f"{self.value:.3f}"
        return f"<= {shown}" if self.ceiling else f">= {shown}"

    def to_json(self) -> dict:
        return {("ceiling" if self.ceiling else "floor"): self.value, "reason": self.reason}


def margin(metric: str) -> float:
    """How far below the current score a new floor is set (above, for a ceiling).

    0.01 on a whole set, 0.02 on a half (half the documents: twice the noise); a mean
    length 1 word, a longest bottom line 3 words.
    """
    if metric.endswith("words_max"):
        return 3.0
    if metric.endswith("words_mean"):
        return 1.0
    return 0.02 if half_of_metric(metric) else 0.01


def load_floors(path: Path) -> dict[str, Floor]:
    """The floors of ``path`` by metric."""
    data = json.loads(path.read_text(encoding="utf-8"))
    out = {}
    for metric, entry in data["floors"].items():
        ceiling = "ceiling" in entry
        out[metric] = Floor(float(entry["ceiling" if ceiling else "floor"]), str(entry.get("reason", "")), ceiling)
    return out


def check_gate(current: dict[str, float], floors: dict[str, Floor], tasks: tuple[str, ...]) -> list[str]:
    """Every floored metric of the tasks run that crossed its bound (or was not measured)."""
    failures = []
    for metric, floor in sorted(floors.items()):
        if task_of(metric) not in tasks:
            continue
        value = current.get(metric)
        if value is None:
            failures.append(f"{metric}: bound {floor.label()}, not measured")
        elif not floor.holds(value):
            failures.append(f"{metric}: {value:.4f}, bound {floor.label()} ({floor.reason})")
    return failures


def _target_note(metric: str, current: dict[str, float]) -> str:
    """The targets of ``metric`` that the current score misses, for the floor's reason."""
    scores = {ENGINE: current}
    missed = [t for t in TARGETS.get(metric, ()) if t.met(current[metric], scores) is False]
    return "".join(f"; target {t.label(scores)}" + (f" ({t.source})" if t.source else "") for t in missed)


def _new_floor(metric: str, current: dict[str, float], today: str) -> Floor:
    value, m = current[metric], margin(metric)
    note = _target_note(metric, current)
    if metric.endswith(LOWER_IS_BETTER):
        if metric.endswith("words_max"):
            bound = float(int(value + m + 0.999))
        else:
            bound = round(value + m, 1 if metric.endswith("words_mean") else 4)
        return Floor(bound, f"measured {today} plus {m:g}{note}", ceiling=True)
    return Floor(max(0.0, round(value - m, 4)), f"measured {today} minus {m:g}{note}")


def pin_new(
    path: Path, current: dict[str, float], gated: tuple[str, ...], tasks: tuple[str, ...], today: str | None = None
) -> list[str]:
    """Add a floor for every gated metric of the tasks run that has none; existing floors stay as they are.

    Returns the metrics added.
    """
    today = today or date.today().isoformat()
    data = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    floors = dict(data.get("floors", {}))
    added = []
    for metric in gated:
        if metric in floors or metric not in current or task_of(metric) not in tasks:
            continue
        floors[metric] = _new_floor(metric, current, today).to_json()
        added.append(metric)
    write_floors(path, floors)
    return added


def write_floors(path: Path, floors: dict[str, dict]) -> None:
    """Write the floors file: the "how" note, then one line per metric (easy to read and to diff)."""
    lines = [f"    {json.dumps(m)}: {json.dumps(entry, ensure_ascii=False)}" for m, entry in sorted(floors.items())]
    text = '{\n  "how": ' + json.dumps(HOW) + ',\n  "floors": {\n' + ",\n".join(lines) + "\n  }\n}\n"
    path.write_text(text, encoding="utf-8")
