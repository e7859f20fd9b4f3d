"""The harness's outputs: the score table with targets, the JSON report, the gate, error listings."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from .harness import ENGINE, RunResult

if TYPE_CHECKING:
    from rich.console import Console

__all__ = [
    "ROWS",
    "SYSTEMS",
    "TARGETS",
    "GATED",
    "Target",
    "target_status",
    "render_table",
    "to_json",
    "check_gate",
    "load_baseline",
    "write_baseline",
    "render_errors",
    "task_of",
]

SYSTEMS = (ENGINE, "lead", "lexrank", "textrank", "newspaper", "textacy", "spacy", "raw", "justext", "trafilatura")

ROWS: tuple[str, ...] = (
    *(f"cnndm.{m}" for m in ("rouge1", "rouge2", "rougeLsum")),
    *(f"bbc.{m}" for m in ("rouge1", "rouge2", "rougeLsum", "sent_precision", "sent_recall")),
    *(
        f"quotes.{v}.{m}"
        for v in ("statement", "all")
        for m in ("precision", "recall", "f1", "speaker_acc", "end_to_end")
    ),
    *(f"actors.{lab}.{m}" for lab in ("PER", "ORG", "LOC", "micro") for m in ("precision", "recall", "f1")),
    *(
        f"pages.{kind}.{half}{m}"
        for kind in ("paste_w3m", "paste_lynx", "html")
        for half in ("", "a.", "b.")
        for m in ("f1", "precision", "recall")
    ),
    "pages.paste_w3m.headline",
    "pages.paste_lynx.headline",
    *(f"pages.{kind}.other.f1" for kind in ("paste_w3m", "paste_lynx", "html")),
    "clean.sentences_kept",
)

#: Metrics the gate pins. Precision and recall of quotes and actors are left out on
#: purpose: trading one for the other is a tuning decision, the F1 catches a real loss.
GATED: tuple[str, ...] = tuple(
    r
    for r in ROWS
    if r.startswith(("cnndm.", "bbc.", "clean."))
    or r.endswith((".f1", ".speaker_acc", ".end_to_end", ".headline"))
    or (r.startswith("pages.paste") and r.endswith(".precision"))
)


@dataclass(frozen=True)
class Target:
    """A goal for one of briefgen's metrics: a number, or the best peer on that metric."""

    metric: str
    value: float | None = None  # None: at least level with the best peer

    def threshold(self, scores: dict[str, dict[str, float]]) -> float | None:
        """The number to reach in this run (None when no peer has a score)."""
        if self.value is not None:
            return self.value
        peer_values = [s[self.metric] for name, s in scores.items() if name != ENGINE and self.metric in s]
        return max(peer_values) if peer_values else None

    def label(self, scores: dict[str, dict[str, float]]) -> str:
        """How the target reads in the table."""
        t = self.threshold(scores)
        if self.value is None:
            return f">= best peer ({t:.3f})" if t is not None else ">= best peer (n/a)"
        return f">= {t:.3f}"


TARGETS: dict[str, Target] = {
    t.metric: t
    for t in (
        Target("cnndm.rouge2", 0.195),
        Target("cnndm.rouge1", 0.415),
        Target("bbc.rouge2"),
        Target("quotes.statement.f1", 0.92),
        Target("quotes.statement.speaker_acc", 0.90),
        Target("quotes.statement.end_to_end", 0.85),
        Target("actors.micro.f1", 0.85),
        Target("actors.PER.f1", 0.92),
        *(Target(f"pages.{kind}.{half}f1", 0.92) for kind in ("paste_w3m", "paste_lynx") for half in ("", "a.", "b.")),
        *(
            Target(f"pages.{kind}.{half}precision", 0.90)
            for kind in ("paste_w3m", "paste_lynx")
            for half in ("", "a.", "b.")
        ),
        Target("pages.paste_w3m.headline", 0.85),
        Target("pages.paste_lynx.headline", 0.85),
        *(Target(f"pages.html.{half}f1") for half in ("", "a.", "b.")),
        Target("clean.sentences_kept", 1.0),
    )
}


def task_of(metric: str) -> str:
    """The task a metric belongs to: 'keypoints', 'quotes' or 'actors'."""
    head = metric.split(".", 1)[0]
    return "keypoints" if head in ("cnndm", "bbc") else ("pages" if head == "clean" else head)


def target_status(metric: str, scores: dict[str, dict[str, float]]) -> bool | None:
    """True/False when briefgen meets/misses the target of ``metric``; None without a target or score."""
    target = TARGETS.get(metric)
    ours = scores.get(ENGINE, {}).get(metric)
    if target is None or ours is None:
        return None
    t = target.threshold(scores)
    return None if t is None else ours >= t - 1e-12


def _systems_present(result: RunResult) -> list[str]:
    return [s for s in SYSTEMS if s in result.scores]


def render_table(result: RunResult, *, console: "Console | None" = None) -> str:
    """The score table as plain text; printed with rich when ``console`` is given."""
    systems = _systems_present(result)
    header = ["metric", *systems, "target", "met"]
    lines: list[list[str]] = []
    for metric in ROWS:
        if task_of(metric) not in result.tasks:
            continue
        cells = [metric]
        for s in systems:
            v = result.scores[s].get(metric)
            cells.append("" if v is None else f"{v:.3f}")
        target = TARGETS.get(metric)
        status = target_status(metric, result.scores)
        cells.append(target.label(result.scores) if target else "")
        cells.append({True: "met", False: "NOT MET", None: ""}[status])
        lines.append(cells)
    if console is not None:
        from rich.table import Table

        table = Table(title="briefgen quality (development sets)")
        for i, h in enumerate(header):
            table.add_column(h, justify="left" if i == 0 or h == "target" else "right")
        for cells in lines:
            style = "red" if cells[-1] == "NOT MET" else ("green" if cells[-1] == "met" else None)
            table.add_row(*cells, style=style)
        console.print(table)
    widths = [max(len(r[i]) for r in [header, *lines]) for i in range(len(header))]

    def fmt(row: list[str]) -> str:
        return "  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths)))

    return "\n".join([fmt(header), fmt(["-" * w for w in widths]), *map(fmt, lines)])


def to_json(result: RunResult) -> dict:
    """The JSON report: scores of every system, targets with met/not met, notes, timings, briefgen's errors."""
    return {
        "generated_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "tasks": list(result.tasks),
        "scores": {s: {m: round(v, 4) for m, v in sorted(result.scores[s].items())} for s in _systems_present(result)},
        "targets": {
            m: {
                "threshold": None if (t := TARGETS[m].threshold(result.scores)) is None else round(t, 4),
                "relative_to_best_peer": TARGETS[m].value is None,
                "ours": None if (o := result.scores.get(ENGINE, {}).get(m)) is None else round(o, 4),
                "met": target_status(m, result.scores),
            }
            for m in TARGETS
            if task_of(m) in result.tasks
        },
        "notes": result.notes,
        "engine_failures": result.engine_failures[:50],
        "seconds": {k: round(v, 1) for k, v in result.seconds.items()},
        "error_counts": {s: len(e) for s, e in result.errors.items()},
        "errors": {ENGINE: result.errors.get(ENGINE, [])},
    }


def load_baseline(path: Path) -> tuple[dict[str, float], float]:
    """The pinned metrics and the tolerance of ``path``."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return {k: float(v) for k, v in data["metrics"].items()}, float(data.get("tolerance", 0.005))


def check_gate(
    current: dict[str, float], pins: dict[str, float], tolerance: float, tasks: tuple[str, ...]
) -> list[str]:
    """Every pinned metric of the tasks run that dropped more than ``tolerance`` (or is missing)."""
    failures = []
    for metric, pinned in sorted(pins.items()):
        if task_of(metric) not in tasks:
            continue
        value = current.get(metric)
        if value is None:
            failures.append(f"{metric}: pinned {pinned:.4f}, not measured")
        elif value < pinned - tolerance:
            failures.append(f"{metric}: {value:.4f} < pinned {pinned:.4f} - {tolerance} (drop {pinned - value:.4f})")
    return failures


def write_baseline(path: Path, current: dict[str, float], tasks: tuple[str, ...], tolerance: float = 0.005) -> dict:
    """Pin the current scores of the gated metrics (tasks not run keep their old pins)."""
    old: dict[str, float] = {}
    if path.is_file():
        old, tolerance = load_baseline(path)
    pins = {m: v for m, v in old.items() if task_of(m) not in tasks}
    pins.update({m: round(current[m], 4) for m in GATED if m in current and task_of(m) in tasks})
    data = {
        "tolerance": tolerance,
        "updated_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "how": "python benchmarks/quality.py --no-peers --update-baseline; raise the pins whenever scores improve",
        "metrics": dict(sorted(pins.items())),
    }
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    return data


def _clip(text: str | None, n: int = 110) -> str:
    if text is None:
        return "None"
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def render_errors(result: RunResult, system: str = ENGINE, first: int = 15) -> str:
    """The first ``first`` errors of each category for ``system``: misses, false positives, wrong speakers."""
    by_kind: dict[str, list[dict]] = {}
    for err in result.errors.get(system, []):
        by_kind.setdefault(err["kind"], []).append(err)
    out = []
    for kind in sorted(by_kind):
        errs = by_kind[kind]
        out.append(f"== {system}: {kind} ({len(errs)}; first {min(first, len(errs))})")
        for e in errs[:first]:
            if "rouge2" in e:
                out.append(f'  [{e["doc"]}] R-2 {e["rouge2"]:.3f}: first key point "{_clip(e["predicted"], 80)}"')
                out.append(f'      reference starts "{_clip(e["reference"], 80)}"')
            elif "forms" in e:
                out.append(f"  [{e['doc']}] {e['label']}: {' | '.join(e['forms'])}")
            elif kind == "wrong speaker":
                out.append(
                    f'  [{e["doc"]}] "{_clip(e["text"], 70)}" gold={e["gold_speaker"]!r} '
                    f"predicted={e['predicted_speaker']!r}"
                )
            elif "text" in e:
                spk = e.get("gold_speaker", e.get("predicted_speaker"))
                tag = "statement" if e.get("statement") else "short"
                out.append(f'  [{e["doc"]}] ({tag}) "{_clip(e["text"])}" speaker={spk!r}')
            else:
                out.append(f"  [{e['doc']}]")
    return "\n".join(out)
