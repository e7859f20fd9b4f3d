"""Write a seed corpus for ``fuzz_pipeline.py`` from the evaluation texts, into a folder you name.

    python fuzz/seed_corpus.py /tmp/briefgen-corpus [--eval ../shared/eval] [--limit 200]

The evaluation texts belong to their publishers: they are read at run time and
written only into the folder given, never into the repository. Each text gives
a seed as it is plus a few mangled variants (cut short, one line, HTML-wrapped,
Markdown-wrapped) so the fuzzer starts from every input kind.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path

DEFAULT_EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"


def _texts(folder: Path, limit: int) -> Iterator[str]:
    """The ``text`` field of each evaluation record, at most ``limit`` in all."""
    count = 0
    for path in sorted(folder.glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if count >= limit:
                    return
                text = json.loads(line).get("text")
                if isinstance(text, str) and text.strip():
                    count += 1
                    yield text


def _variants(text: str) -> Iterator[bytes]:
    yield text.encode("utf-8")
    yield text[: len(text) // 3].encode("utf-8")
    yield " ".join(text.split()).encode("utf-8")
    paragraphs = "".join(f"<p>{p}</p>" for p in text.split("\n") if p.strip())
    yield f"<html><head><title>T</title></head><body><article>{paragraphs}</article></body></html>".encode("utf-8")
    yield ("# Title\n\n" + text.replace("\n", "\n\n")).encode("utf-8")
    yield text.encode("cp1252", errors="replace")


def main(argv: list[str] | None = None) -> int:
    """Write the seeds; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="where to write the seed files (created when missing)")
    parser.add_argument("--eval", type=Path, default=DEFAULT_EVAL, help="folder of the evaluation .jsonl files")
    parser.add_argument("--limit", type=int, default=200, help="at most this many evaluation texts")
    args = parser.parse_args(argv)
    if not args.eval.is_dir():
        print(f"seed_corpus: no evaluation folder at {args.eval}", file=sys.stderr)
        return 1
    repo = Path(__file__).resolve().parents[1]
    target = args.folder.resolve()
    if target.is_relative_to(repo):
        print("seed_corpus: write the corpus outside the repository (the texts must not be committed)", file=sys.stderr)
        return 1
    target.mkdir(parents=True, exist_ok=True)
    written = 0
    for text in _texts(args.eval, args.limit):
        for data in _variants(text):
            (target / hashlib.sha1(data).hexdigest()).write_bytes(data)
            written += 1
    print(f"{written} seeds written to {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
