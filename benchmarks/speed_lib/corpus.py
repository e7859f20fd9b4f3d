"""The texts the speed benchmark runs on: every ``*.jsonl`` of the evaluation folder, plus the example.

Only the ``text`` field is read; the data stays where it is (never copied).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Text", "load_texts", "example_path", "default_eval_dir"]

_REPO = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Text:
    """One benchmark input: where it came from and its raw text."""

    id: str
    text: str


def default_eval_dir() -> Path:
    """``<repo>/../shared/eval``."""
    return _REPO.parent / "shared" / "eval"


def example_path() -> Path:
    """The example article shipped with the repository."""
    return _REPO / "examples" / "ktxs-china-russia.txt"


def load_texts(eval_dir: Path, *, limit: int | None = None, with_example: bool = True) -> list[Text]:
    """Texts of every JSONL file of ``eval_dir`` (sorted by file name), then the example article.

    ``limit`` keeps the first texts of each file, so a quick run still covers every corpus.
    """
    files = sorted(eval_dir.glob("*.jsonl"))
    if not files:
        raise FileNotFoundError(f"no *.jsonl file in {eval_dir}")
    out: list[Text] = []
    for path in files:
        kept = 0
        with path.open(encoding="utf-8") as fh:
            for n, line in enumerate(fh):
                if not line.strip():
                    continue
                row = json.loads(line)
                text = row.get("text")
                if not isinstance(text, str) or not text.strip():
                    continue
                out.append(Text(f"{path.stem}:{row.get('id', n)}", text))
                kept += 1
                if limit is not None and kept >= limit:
                    break
    example = example_path()
    if with_example and example.is_file():
        out.append(Text("example", example.read_text(encoding="utf-8")))
    return out
