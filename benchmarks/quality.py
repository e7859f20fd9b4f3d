"""Quality harness of briefgen: key points, bottom line, quotes, actors and pages on the development sets.

    python benchmarks/quality.py                      # briefgen + peers, table, rule coverage
    python benchmarks/quality.py --no-peers --check-gate
    python benchmarks/quality.py --only quotes --errors 20
    python benchmarks/quality.py --only keypoints --rules --json out.json
    python benchmarks/quality.py --no-peers --pin-new
    python benchmarks/quality.py --no-peers --engine llm --engine-option model=NAME --engine-option base_url=URL

The data is read from ``<repo>/../shared/eval`` (or ``--eval-dir``, or
``$BRIEFGEN_EVAL_DIR``). Peers need the ``bench`` extra; the Lead baselines (Lead-3,
Lead-k, Lead-1) are scored in every run, since targets are set against them.

Halves: every scored corpus (CNN/DailyMail and BBC key points, PolNeAR quotes, CoNLL
actors) is split by document id: the documents are ordered by the SHA-256 of their
``id`` and cut in the middle; half "a" is the first half, half "b" the second. Rules
are developed on "a" and checked on "b"; the table prints the whole set, "a" and "b"
for briefgen and for the baselines beside it (``cnndm.a.rouge2``,
``cnndm.a.lead3.rouge2``, ``quotes.b.statement.speaker_acc``, ``actors.a.micro.f1``).
The real pages keep their split by file order (``pages.paste_w3m.a.f1``).

Rule coverage: each article runs inside ``briefgen.trace.recording()`` in the process
that handles it; the table of the rules that fired (articles per corpus, flags for
rules on fewer than 3 articles or on one corpus only, rules never fired) prints after
a full run (no ``--only``) or with ``--rules``, and is always in ``--json``.

The gate compares briefgen's scores with the floors of
``benchmarks/quality_baseline.json`` and exits 1 when one is crossed. Floors do not
follow the scores up: ``--pin-new`` only adds a floor for a gated metric that has
none (the current score minus a margin); raising or lowering one is a hand edit with
its reason. Exit codes: 0 ok, 1 gate failed, 2 usage or missing data.
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

from quality_lib.coverage import known_rules, render_coverage  # noqa: E402
from quality_lib.datasets import MissingDataError, resolve_eval_dir  # noqa: E402
from quality_lib.gate import check_gate, load_floors, pin_new  # noqa: E402
from quality_lib.harness import ENGINE, TASKS, evaluate  # noqa: E402
from quality_lib.report import GATED, render_errors, render_table, to_json  # noqa: E402

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
    ap.add_argument("--json", metavar="OUT", help="also write the report (scores, floors, targets, rules) to OUT")
    ap.add_argument("--only", type=_parse_only, default=TASKS, help="comma list of tasks: " + ",".join(TASKS))
    ap.add_argument("--no-peers", action="store_true", help="score briefgen and its Lead baselines only")
    ap.add_argument("--check-gate", action="store_true", help="exit 1 when a score crossed its floor")
    ap.add_argument(
        "--pin-new", action="store_true", help="add a floor (score minus a margin) for gated metrics without one"
    )
    ap.add_argument("--update-baseline", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--rules", action="store_true", help="print the rule coverage table (always after a full run)")
    ap.add_argument("--baseline", default=str(BASELINE), help="floors file (default benchmarks/quality_baseline.json)")
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
    ap.add_argument("--engine", default="default", help="the engine that summarises (default: default)")
    ap.add_argument(
        "--engine-option", action="append", default=[], metavar="KEY=VALUE", help="an option of the engine (repeat)"
    )
    return ap


def main(argv: list[str] | None = None) -> int:
    """Run the harness; see the module docstring for the exit codes."""
    args = build_parser().parse_args(argv)
    if args.update_baseline:
        print(
            "quality.py: --update-baseline is gone: floors do not follow the scores up. "
            "--pin-new adds floors for new metrics; change an existing floor by hand, with its reason.",
            file=sys.stderr,
        )
        return 2
    if args.pin_new and args.limit:
        print("quality.py: refusing to pin scores of a --limit run", file=sys.stderr)
        return 2
    baseline = Path(args.baseline)
    if args.check_gate and not baseline.is_file():
        print(f"quality.py: no floors at {baseline}; run with --pin-new first", file=sys.stderr)
        return 2
    if args.pin_new and args.engine != "default":
        print("quality.py: the floors are the default engine's; --pin-new takes no --engine", file=sys.stderr)
        return 2
    from briefgen.engine_choice import parse_engine_options
    from briefgen.errors import BriefgenError
    from briefgen.summary import get_engine

    try:
        engine_options = parse_engine_options(args.engine_option)
        get_engine(args.engine, **engine_options)  # unknown engine, bad options: one line, before any work
    except BriefgenError as exc:
        print(f"quality.py: {exc}", file=sys.stderr)
        return 2
    eval_dir = resolve_eval_dir(args.eval_dir)
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

    floors = load_floors(baseline) if baseline.is_file() else {}
    console = None
    if not args.plain:
        try:
            from rich.console import Console

            console = Console(width=200)
        except ImportError:
            console = None
    table = render_table(result, console=console, floors=floors)
    if console is None:
        print(table)
    for note in result.notes:
        print(f"note: {note}")
    print("seconds: " + ", ".join(f"{k} {v:.0f}" for k, v in result.seconds.items()))
    if args.rules or tuple(args.only) == TASKS:
        print()
        print(
            render_coverage(
                result.coverage, known_rules(engine=args.engine) if tuple(args.only) == TASKS else frozenset()
            )
        )
    if args.errors:
        print(render_errors(result, args.errors_system, args.errors))

    report = to_json(result, floors)
    ours = result.scores.get(ENGINE, {})
    status = 0
    if args.check_gate:
        failures = check_gate(ours, floors, result.tasks)
        if result.engine_failures:  # a crash on a real article is a regression even if the scores hold
            failures.append(
                f"briefgen raised on {len(result.engine_failures)} documents, e.g. {result.engine_failures[0]}"
            )
        report["gate"] = {"passed": not failures, "failures": failures}
        if failures:
            print(f"QUALITY GATE FAILED: {len(failures)} metric(s) crossed their floor:")
            for f in failures:
                print(f"  {f}")
            status = 1
        else:
            print(f"quality gate passed ({sum(1 for m in floors if m in ours)} floors)")
    if args.pin_new:
        added = pin_new(baseline, ours, GATED, result.tasks)
        print(f"floors added to {baseline}: {len(added)}" + (f" ({', '.join(added)})" if added else ""))
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return status


if __name__ == "__main__":
    sys.exit(main())
