"""The harness's outputs: the score table with floors and targets, the JSON report, error listings."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import TYPE_CHECKING

from .coverage import known_rules
from .gate import Floor, task_of
from .halves import HALVES, with_half
from .harness import ENGINE, TASKS, RunResult
from .targets import TARGETS, target_status, targets_label

if TYPE_CHECKING:
    from rich.console import Console

__all__ = [
    "ROWS",
    "SYSTEMS",
    "GATED",
    "render_table",
    "table_rows",
    "to_json",
    "render_errors",
]

SYSTEMS = (ENGINE, "lead", "lexrank", "textrank", "newspaper", "textacy", "spacy", "raw", "justext", "trafilatura")


def _halves(*metrics: str) -> tuple[str, ...]:
    """Each metric for the whole set, then half "a", then half "b", side by side."""
    return tuple(with_half(m, h) for m in metrics for h in HALVES)


ROWS: tuple[str, ...] = (
    *_halves(*(f"cnndm.{m}" for m in ("rouge1", "rouge2", "rougeLsum"))),
    *_halves(*(f"cnndm.bottom_line.{m}" for m in ("rouge1", "words_mean", "words_max", "over30"))),
    *_halves(*(f"bbc.{m}" for m in ("rouge1", "rouge2", "rougeLsum", "sent_precision", "sent_recall"))),
    *_halves(
        *(
            f"quotes.{v}.{m}"
            for v in ("statement", "all")
            for m in ("precision", "recall", "f1", "speaker_acc", "end_to_end")
        )
    ),
    # the statements whose gold speaker the annotation names itself: PolNeAR's canonical name of
    # a pronoun or a description comes from automatic coreference, "not gold" (its README); shown
    # beside the metric, never gated
    *_halves("quotes.statement.speaker_acc_named"),
    *_halves(*(f"actors.{lab}.{m}" for lab in ("PER", "ORG", "LOC", "micro") for m in ("precision", "recall", "f1"))),
    *(
        f"pages.{kind}.{half}{m}"
        for kind in ("paste_w3m", "paste_lynx", "html")
        for m in ("f1", "precision", "recall")
        for half in ("", "a.", "b.")
    ),
    *(f"pages.{kind}.{half}headline" for kind in ("paste_w3m", "paste_lynx") for half in ("", "a.", "b.")),
    *(f"pages.{kind}.other.f1" for kind in ("paste_w3m", "paste_lynx", "html")),
    "clean.sentences_kept",
)

#: Metrics the gate bounds. Precision and recall of quotes and actors are left out on
#: purpose: trading one for the other is a tuning decision, the F1 catches a real loss.
GATED: tuple[str, ...] = tuple(
    r
    for r in ROWS
    if r.startswith(("cnndm.", "bbc.", "clean."))
    or r.endswith((".f1", ".speaker_acc", ".end_to_end", ".headline"))
    or (r.startswith("pages.paste") and r.endswith(".precision"))
)


def _systems_present(result: RunResult) -> list[str]:
    return [s for s in SYSTEMS if s in result.scores]


def _fmt(metric: str, value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:.1f}" if metric.endswith(("words_mean", "words_max")) else f"{value:.3f}"


def table_rows(result: RunResult, floors: dict[str, Floor] | None = None) -> tuple[list[str], list[list[str]]]:
    """The header and the rows of the score table: one row per metric (whole set, half a, half b),
    a column per system ("lead": the Lead-k baselines of the same run), the floor and the target."""
    systems = _systems_present(result)
    floors = floors or {}
    header = ["metric", *systems, "floor", "target", "met"]
    lines: list[list[str]] = []
    for metric in ROWS:
        if task_of(metric) not in result.tasks or metric not in result.scores.get(ENGINE, {}):
            continue
        cells = [metric, *(_fmt(metric, result.scores[s].get(metric)) for s in systems)]
        floor = floors.get(metric)
        cells.append(floor.label() if floor else "")
        cells.append(targets_label(metric, result.scores))
        cells.append({True: "met", False: "NOT MET", None: ""}[target_status(metric, result.scores)])
        lines.append(cells)
    return header, lines


def render_table(result: RunResult, *, console: "Console | None" = None, floors: dict[str, Floor] | None = None) -> str:
    """The score table as plain text; printed with rich when ``console`` is given."""
    header, lines = table_rows(result, floors)
    if console is not None:
        from rich.table import Table

        table = Table(title="briefgen quality (development sets; a, b: the two halves)")
        for i, h in enumerate(header):
            table.add_column(h, justify="left" if i == 0 or h in ("floor", "target") else "right")
        for cells in lines:
            style = "red" if cells[-1] == "NOT MET" else ("green" if cells[-1] == "met" else None)
            table.add_row(*cells, style=style)
        console.print(table)
    widths = [max(len(r[i]) for r in [header, *lines]) for i in range(len(header))]

    def fmt(row: list[str]) -> str:
        return "  ".join(
            c.ljust(w) if i == 0 or header[i] in ("floor", "target") else c.rjust(w)
            for i, (c, w) in enumerate(zip(row, widths))
        ).rstrip()

    return "\n".join([fmt(header), fmt(["-" * w for w in widths]), *map(fmt, lines)])


def to_json(result: RunResult, floors: dict[str, Floor] | None = None) -> dict:
    """The JSON report: scores of every system, floors, targets with met/not met, rule coverage,
    notes, timings, briefgen's errors."""
    ours = result.scores.get(ENGINE, {})
    return {
        "generated_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "tasks": list(result.tasks),
        "scores": {s: {m: round(v, 4) for m, v in sorted(result.scores[s].items())} for s in _systems_present(result)},
        "floors": {m: f.to_json() for m, f in sorted((floors or {}).items()) if task_of(m) in result.tasks},
        "targets": {
            m: {
                "targets": [
                    {
                        "threshold": None if (t := tg.threshold(result.scores)) is None else round(t, 4),
                        "label": tg.label(result.scores),
                        "source": tg.source,
                    }
                    for tg in TARGETS[m]
                ],
                "ours": None if (o := ours.get(m)) is None else round(o, 4),
                "met": target_status(m, result.scores),
            }
            for m in TARGETS
            if task_of(m) in result.tasks and m in ours
        },
        # rules that fired on no article are listed after a full run only (a partial one misses corpora)
        "rules": result.coverage.to_json(known_rules() if set(result.tasks) == set(TASKS) else frozenset()),
        "notes": result.notes,
        "engine_failures": result.engine_failures[:50],
        "seconds": {k: round(v, 1) for k, v in result.seconds.items()},
        "error_counts": {s: len(e) for s, e in result.errors.items()},
        "errors": {ENGINE: result.errors.get(ENGINE, [])},
    }


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
                by_coreference = " (gold by coreference)" if e.get("gold_by_coreference") else ""
                out.append(
                    f'  [{e["doc"]}] "{_clip(e["text"], 70)}" gold={e["gold_speaker"]!r}{by_coreference} '
                    f"predicted={e['predicted_speaker']!r}"
                )
            elif "text" in e and "statement" not in e:
                out.append(f'  [{e["doc"]}] "{_clip(e["text"])}"')
            elif "text" in e:
                spk = e.get("gold_speaker", e.get("predicted_speaker"))
                tag = "statement" if e.get("statement") else "short"
                out.append(f'  [{e["doc"]}] ({tag}) "{_clip(e["text"])}" speaker={spk!r}')
            else:
                out.append(f"  [{e['doc']}]")
    return "\n".join(out)
