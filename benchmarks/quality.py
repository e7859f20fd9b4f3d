"""Quality harness of briefgen: key points, quotes and actors on the development sets, with peers.

    python benchmarks/quality.py                      # briefgen + peers, table + targets
    python benchmarks/quality.py --no-peers --check-gate
    python benchmarks/quality.py --only quotes --errors 20
    python benchmarks/quality.py --json out.json
    python benchmarks/quality.py --no-peers --update-baseline
    python benchmarks/quality.py --no-peers --engine llm --engine-option model=NAME --engine-option base_url=URL

The data is read from ``<repo>/../shared/eval`` (or ``--eval-dir``, or
``$BRIEFGEN_EVAL_DIR``). Peers need the ``bench`` extra. The gate compares
briefgen's scores with ``benchmarks/quality_baseline.json`` and exits 1 when a
pinned metric dropped by more than the tolerance; raise the pins with
``--update-baseline`` whenever the scores improve, so that the gain is kept.
Exit codes: 0 ok, 1 gate failed, 2 usage or missing data.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

_HERE = Path(__file__).resolve().parent
_REPO = _HERE.parent
for _p in (str(_HERE), str(_REPO)):  # run as a script: make quality_lib and briefgen importable
    if _p not in sys.path:
        sys.path.insert(0, _p)

from quality_lib.datasets import MissingDataError, resolve_eval_dir  # noqa: E402
from quality_lib.harness import ENGINE, TASKS, evaluate  # noqa: E402
from quality_lib.report import (  # noqa: E402
    check_gate,
    load_baseline,
    render_errors,
    render_table,
    to_json,
    write_baseline,
)

BASELINE = _HERE / "quality_baseline.json"


def _parse_only(value: str) -> tuple[str, ...]:
    tasks = tuple(t.strip() for t in value.split(",") if t.strip())
    unknown = [t for t in tasks if t not in TASKS]
    if unknown or not tasks:
        raise argparse.ArgumentTypeError(f"--only takes a comma list of {', '.join(TASKS)} (got {value!r})")
    return tasks


def build_parser() -> argparse.ArgumentParser:
    """The command-line interface."""
    ap = argparse.ArgumentParser(prog="quality.py", description=__doc__.split("\n\n")[0])
    ap.add_argument("--eval-dir", help="directory of the evaluation JSONL files (default ../shared/eval)")
    ap.add_argument("--json", metavar="OUT", help="also write the report as JSON to OUT")
    ap.add_argument("--only", type=_parse_only, default=TASKS, help="comma list of tasks: keypoints,quotes,actors")
    ap.add_argument("--no-peers", action="store_true", help="score briefgen only")
    ap.add_argument("--check-gate", action="store_true", help="exit 1 when a pinned metric dropped")
    ap.add_argument("--update-baseline", action="store_true", help="pin the current scores in the baseline")
    ap.add_argument(
        "--baseline", default=str(BASELINE), help="baseline file (default benchmarks/quality_baseline.json)"
    )
    ap.add_argument(
        "--errors",
        type=int,
        nargs="?",
        const=15,
        default=0,
        metavar="N",
        help="list the first N errors of each category (default 15)",
    )
    ap.add_argument("--errors-system", default=ENGINE, help="whose errors to list (default briefgen)")
    ap.add_argument("--workers", type=int, default=None, help="processes for briefgen (default 2)")
    ap.add_argument("--limit", type=int, default=None, help="only the first N documents of each set (smoke runs)")
    ap.add_argument("--plain", action="store_true", help="plain-text table instead of rich")
    ap.add_argument("--engine", default="default", help="briefgen's summary engine (default: default)")
    ap.add_argument(
        "--engine-option", action="append", default=[], metavar="KEY=VALUE", help="an engine option; repeatable"
    )
    return ap


def main(argv: list[str] | None = None) -> int:
    """Run the harness; see the module docstring for the exit codes."""
    args = build_parser().parse_args(argv)
    eval_dir = resolve_eval_dir(args.eval_dir)
    from briefgen.engine_choice import parse_engine_options

    if args.update_baseline and args.engine != "default":
        print("quality.py: the baseline pins the default engine; --update-baseline takes no --engine", file=sys.stderr)
        return 2
    from briefgen.errors import BriefgenError
    from briefgen.summary import get_engine

    engine_options = parse_engine_options(args.engine_option)
    try:
        get_engine(args.engine, **engine_options)  # unknown engine, bad options: one line, before any work
    except BriefgenError as exc:
        print(f"quality.py: {exc}", file=sys.stderr)
        return 2
    try:
        result = evaluate(
            eval_dir,
            only=args.only,
            with_peers=not args.no_peers,
            workers=args.workers,
            limit=args.limit,
            engine=args.engine,
            engine_options=engine_options,
        )
    except MissingDataError as exc:
        print(f"quality.py: {exc}", file=sys.stderr)
        return 2

    console = None
    if not args.plain:
        try:
            from rich.console import Console

            console = Console(width=200)
        except ImportError:
            console = None
    table = render_table(result, console=console)
    if console is None:
        print(table)
    for note in result.notes:
        print(f"note: {note}")
    print("seconds: " + ", ".join(f"{k} {v:.0f}" for k, v in result.seconds.items()))
    if args.errors:
        print(render_errors(result, args.errors_system, args.errors))

    report = to_json(result)
    ours = result.scores.get(ENGINE, {})
    baseline = Path(args.baseline)
    status = 0
    if args.check_gate:
        if not baseline.is_file():
            print(f"quality.py: no baseline at {baseline}; run with --update-baseline first", file=sys.stderr)
            return 2
        pins, tolerance = load_baseline(baseline)
        failures = check_gate(ours, pins, tolerance, result.tasks)
        if result.engine_failures:  # a crash on a real article is a regression even if the scores hold
            failures.append(
                f"briefgen raised on {len(result.engine_failures)} documents, e.g. {result.engine_failures[0]}"
            )
        report["gate"] = {"passed": not failures, "failures": failures, "tolerance": tolerance}
        if failures:
            print(f"QUALITY GATE FAILED: {len(failures)} metric(s) below their pin:")
            for f in failures:
                print(f"  {f}")
            status = 1
        else:
            print(f"quality gate passed ({sum(1 for m in pins if m in ours)} pinned metrics, tolerance {tolerance})")
    if args.update_baseline:
        if args.limit:
            print("quality.py: refusing to pin scores of a --limit run", file=sys.stderr)
            return 2
        data = write_baseline(baseline, ours, result.tasks)
        print(f"baseline written: {baseline} ({len(data['metrics'])} metrics)")
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return status


if __name__ == "__main__":
    sys.exit(main())
