"""Targets, the table and the JSON of the speed benchmark.

Every target is a ratio of two figures of the same run (or, for start-up, a
difference of two medians of the same run), so that the machine's load drifts
out of the comparison.
"""

from __future__ import annotations

import math
import os
from dataclasses import asdict, dataclass
from typing import Any

from .digest import DigestResult
from .stages import StageResult
from .timing import median
from .startup import StartupResult

__all__ = ["Check", "evaluate_targets", "render_table", "to_json"]


@dataclass
class Check:
    """One row of the table: a measured value, its target and whether it is met (None: no target)."""

    name: str
    value: float
    unit: str
    target: str
    met: bool | None
    note: str = ""


def _ratio(a: float | None, b: float | None) -> float:
    if a is None or b is None or not b or math.isnan(a) or math.isnan(b):
        return float("nan")
    return a / b


def _stage_checks(st: StageResult) -> list[Check]:
    s = st.seconds
    summ = s.get("summarize")
    out = [
        Check(
            "summary throughput / raw spaCy nlp.pipe",
            _ratio(s.get("spacy_pipe"), summ),
            "x",
            ">= 0.80",
            None,
            f"same pipeline: {','.join(st.pipeline)}",
        ),
    ]
    out[-1].met = out[-1].value >= 0.80
    out.append(
        Check(
            "summary throughput / raw spaCy nlp() per article",
            _ratio(s.get("spacy_call"), summ),
            "x",
            "-",
            None,
            "stricter floor: one call per article, no batch padding",
        )
    )
    out.append(
        Check(
            "summarize_many throughput / raw spaCy nlp.pipe",
            _ratio(s.get("spacy_pipe"), s.get("summarize_many")),
            "x",
            "-",
            None,
            "the batch call: one nlp.pipe over every article",
        )
    )
    for peer, label, target in (
        ("sumy_lexrank", "sumy LexRank", True),
        ("newspaper4k", "newspaper4k nlp()", True),
        ("sumy_textrank", "sumy TextRank", False),
    ):
        if peer in s:
            ratio = _ratio(s[peer], summ)
            out.append(
                Check(
                    f"summary speed vs {label}",
                    ratio,
                    "x",
                    "> 1" if target else "-",
                    ratio > 1 if target else None,
                    "peer time / ours",
                )
            )
        else:
            out.append(
                Check(
                    f"summary speed vs {label}",
                    float("nan"),
                    "x",
                    "> 1" if target else "-",
                    False if target else None,
                    st.skipped.get(peer, "not run"),
                )
            )
    pdf = _ratio(s.get("render_pdf"), s.get("weasyprint_raw"))
    out.append(Check("PDF path / raw WeasyPrint (same HTML)", pdf, "x", "<= 1.15", pdf <= 1.15))
    for fmt in ("md", "html"):
        share = _ratio(s.get(f"render_{fmt}"), s.get("render_pdf"))
        out.append(Check(f"render {fmt} / render pdf", share, "x", "< 0.05", share < 0.05))
    n, m = st.articles, st.render_articles
    for stage, count in (
        ("ingest", n),
        ("summarize", n),
        ("summarize_many", n),
        ("spacy_pipe", n),
        ("spacy_call", n),
        ("render_md", m),
        ("render_html", m),
        ("render_pdf", m),
        ("weasyprint_raw", m),
        ("end_to_end", m),
        ("sumy_lexrank", n),
        ("sumy_textrank", n),
        ("newspaper4k", n),
    ):
        if stage in s:
            out.append(
                Check(
                    f"{stage} per article (CPU)",
                    1000 * s[stage] / max(1, count),
                    "ms",
                    "-",
                    None,
                    f"median of {st.rounds} passes over {count}",
                )
            )
    return out


def _startup_checks(su: StartupResult) -> list[Check]:
    base = su.cpu_seconds.get("python", float("nan"))
    wall_base = su.seconds.get("python", float("nan"))
    out = []
    for name, label in (("help", "briefgen --help"), ("schema", "briefgen schema")):
        extra = su.cpu_seconds.get(name, float("nan")) - base
        heavy = su.heavy_imports.get(name, [])
        note = (
            f"CPU, median of {su.runs}; python -c pass {1000 * base:.0f} ms; "
            f"wall {su.seconds.get(name, float('nan')) - wall_base:+.3f} s"
        )
        if name in su.errors:
            note += f"; FAILED: {su.errors[name]}"
        out.append(
            Check(
                f"{label} start-up - python -c pass",
                extra,
                "s",
                "<= 0.15",
                extra <= 0.15 and name not in su.errors,
                note,
            )
        )
        out.append(
            Check(
                f"{label} heavy imports",
                float(len(heavy)),
                "modules",
                "0 (no spaCy/WeasyPrint)",
                not heavy,
                ", ".join(heavy) or "none",
            )
        )
    return out


def _digest_checks(dg: DigestResult) -> list[Check]:
    one, two = dg.seconds.get(1), dg.seconds.get(2)
    out = [
        Check(
            f"digest of {dg.articles}: --jobs 1 / --jobs 2",
            _ratio(one, two),
            "x",
            ">= 1.70",
            _ratio(one, two) >= 1.7,
            f"wall {one or float('nan'):.1f}s vs {two or float('nan'):.1f}s, median of {dg.runs}",
        )
    ]
    if dg.machine_scaling:
        machine = median(dg.machine_scaling)
        out.append(
            Check(
                "machine: pure CPU work, 1 process / 2",
                machine,
                "x",
                "-",
                None,
                "same-run reference: what 2 workers can gain now; samples "
                + ", ".join(f"{m:.2f}" for m in dg.machine_scaling),
            )
        )
        out.append(
            Check(
                "digest gain / machine gain",
                _ratio(_ratio(one, two), machine),
                "x",
                "-",
                None,
                "1.00 = the digest uses all the parallelism the machine gives",
            )
        )
    if 1 in dg.reports and 2 in dg.reports:
        # CPU per article: a worker pool that adds little work scales with the cores it is given
        cpu1, cpu2 = dg.reports[1]["cpu_seconds"], dg.reports[2]["cpu_seconds"]
        loads = [dg.reports[j][k] for j in (1, 2) for k in ("load_average_before", "load_average_after")]
        out.append(
            Check(
                "digest CPU time: --jobs 2 / --jobs 1",
                _ratio(cpu2, cpu1),
                "x",
                "-",
                None,
                f"parallel overhead; load average {min(loads):.1f}-{max(loads):.1f} on {os.cpu_count()} CPUs",
            )
        )
    for jobs, report in sorted(dg.reports.items()):
        workers = report["workers"]
        loads = [int(w["loads"]) for w in workers.values()]
        out.append(
            Check(
                f"digest --jobs {jobs}: pipeline loads per worker",
                float(max(loads, default=0)),
                "loads",
                "1",
                bool(loads) and all(n == 1 for n in loads),
                f"{len(workers)} processes, articles {sorted(int(w['articles']) for w in workers.values())}",
            )
        )
        peaks = [w["peak_rss_mb"] for w in workers.values()]
        out.append(
            Check(
                f"digest --jobs {jobs}: peak memory per worker",
                max(peaks, default=float("nan")),
                "MB",
                "-",
                None,
                "VmHWM; each: " + ", ".join(f"{p:.0f}" for p in sorted(peaks)),
            )
        )
        if report["failed"]:
            out.append(Check(f"digest --jobs {jobs}: failed articles", float(report["failed"]), "articles", "0", False))
    return out


def evaluate_targets(
    stages: StageResult | None, startup: StartupResult | None, digest: DigestResult | None
) -> list[Check]:
    """Every check of the parts that were run."""
    out: list[Check] = []
    if stages is not None:
        out += _stage_checks(stages)
    if startup is not None:
        out += _startup_checks(startup)
    if digest is not None:
        out += _digest_checks(digest)
    return out


def _fmt(value: float, unit: str) -> str:
    if math.isnan(value):
        return "n/a"
    if unit == "x":
        return f"{value:.2f}x"
    if unit == "s":
        return f"{value:+.3f} s"
    if unit in ("ms", "MB"):
        return f"{value:.0f} {unit}"
    return f"{value:g}"


def render_table(checks: list[Check]) -> str:
    """A plain-text table: measure, value, target, met / not met, note."""
    rows = [("measure", "value", "target", "status", "note")]
    for c in checks:
        status = "-" if c.met is None else ("met" if c.met else "NOT MET")
        rows.append((c.name, _fmt(c.value, c.unit), c.target, status, c.note))
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    lines = []
    for n, r in enumerate(rows):
        lines.append("  ".join(r[i].ljust(widths[i]) for i in range(4)) + "  " + r[4])
        if n == 0:
            lines.append("  ".join("-" * w for w in widths) + "  ----")
    return "\n".join(lines)


def _clean(value: Any) -> Any:
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, dict):
        return {str(k): _clean(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_clean(v) for v in value]
    return value


def to_json(
    checks: list[Check],
    stages: StageResult | None,
    startup: StartupResult | None,
    digest: DigestResult | None,
    meta: dict[str, Any],
) -> dict[str, Any]:
    """Everything measured, as a JSON-ready dict (NaN becomes null)."""
    return _clean(
        {
            "meta": meta,
            "checks": [asdict(c) for c in checks],
            "all_met": all(c.met for c in checks if c.met is not None),
            "stages": asdict(stages) if stages else None,
            "startup": asdict(startup) if startup else None,
            "digest": asdict(digest) if digest else None,
        }
    )
