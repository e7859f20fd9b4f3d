"""Speed benchmark of briefgen: every stage and the peers in the same run, as ratios against targets.

    python benchmarks/speed.py                     # full run: eval articles + example, 3 rounds
    python benchmarks/speed.py --runs 5 --json speed.json
    python benchmarks/speed.py --quick             # a few articles, 1 round: a smoke run

The texts are every ``*.jsonl`` of ``<repo>/../shared/eval`` (or ``--eval-dir``;
only their ``text`` field) plus ``examples/ktxs-china-russia.txt``. Peers need
the ``bench`` extra; a missing peer is reported, not fatal. The machine may be
shared and noisy: each target is a ratio of figures taken in the same run, CPU
time where the work is in this process, wall time for subprocesses.
Exit codes: 0 every target met, 1 some target not met, 2 usage or missing data.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
from pathlib import Path

_HERE = Path(__file__).resolve().parent
_REPO = _HERE.parent
for _p in (str(_HERE), str(_REPO)):  # run as a script: make speed_lib and briefgen importable
    if _p not in sys.path:
        sys.path.insert(0, _p)

from speed_lib.corpus import default_eval_dir, load_texts  # noqa: E402
from speed_lib.digest import run_digest  # noqa: E402
from speed_lib.report import evaluate_targets, render_table, to_json  # noqa: E402
from speed_lib.stages import run_stages  # noqa: E402
from speed_lib.startup import run_startup  # noqa: E402

PARTS = ("stages", "startup", "digest")


def build_parser() -> argparse.ArgumentParser:
    """The command-line interface."""
    ap = argparse.ArgumentParser(prog="speed.py", description=__doc__.split("\n\n")[0])
    ap.add_argument("--eval-dir", type=Path, help="folder of the evaluation JSONL files (default ../shared/eval)")
    ap.add_argument("--runs", type=int, default=None, help="rounds of each stage (default 3; --quick 1)")
    ap.add_argument("--json", metavar="OUT", type=Path, help="also write the report as JSON to OUT")
    ap.add_argument("--quick", action="store_true", help="3 articles per file, 1 round: a smoke run")
    ap.add_argument("--render-sample", type=int, default=20, help="articles rendered to md/html/pdf (default 20)")
    ap.add_argument("--digest-articles", type=int, default=200, help="articles in the digest (default 200)")
    ap.add_argument("--digest-runs", type=int, default=1, help="passes of each digest (default 1)")
    ap.add_argument("--startup-runs", type=int, default=10, help="runs of each start-up command (default 10)")
    ap.add_argument("--only", default=",".join(PARTS), help=f"comma list of parts: {','.join(PARTS)}")
    ap.add_argument("-q", "--quiet", action="store_true", help="no progress lines on standard error")
    return ap


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; print the table; write JSON when asked."""
    args = build_parser().parse_args(argv)
    parts = {p.strip() for p in args.only.split(",") if p.strip()}
    if not parts or parts - set(PARTS):
        print(f"--only takes a comma list of {', '.join(PARTS)}", file=sys.stderr)
        return 2
    eval_dir = args.eval_dir or Path(os.environ.get("BRIEFGEN_EVAL_DIR") or default_eval_dir())
    try:
        texts = load_texts(eval_dir, limit=3 if args.quick else None)
    except (FileNotFoundError, OSError) as exc:
        print(f"speed.py: {exc}", file=sys.stderr)
        return 2
    runs = args.runs or (1 if args.quick else 3)
    say = (lambda _m: None) if args.quiet else (lambda m: print(m, file=sys.stderr, flush=True))
    raw = [t.text for t in texts]
    stages = startup = digest = None
    if "stages" in parts:
        stages = run_stages(
            raw,
            rounds=runs,
            render_sample=min(args.render_sample, 2) if args.quick else args.render_sample,
            progress=say,
        )
    if "startup" in parts:
        say("start-up timings")
        startup = run_startup(3 if args.quick else args.startup_runs)
    if "digest" in parts:
        digest = run_digest(raw[: args.digest_articles], runs=args.digest_runs, progress=say)
    checks = evaluate_targets(stages, startup, digest)
    print(render_table(checks))
    meta = {
        "texts": len(texts),
        "eval_dir": str(eval_dir),
        "runs": runs,
        "quick": args.quick,
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
    }
    if args.json:
        args.json.write_text(
            json.dumps(to_json(checks, stages, startup, digest, meta), indent=2) + "\n", encoding="utf-8"
        )
    return 0 if all(c.met for c in checks if c.met is not None) else 1


if __name__ == "__main__":
    sys.exit(main())
