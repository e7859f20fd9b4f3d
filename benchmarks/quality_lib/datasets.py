"""The development sets under ``shared/eval``: where they are, how to read them, their gold.

The data is read at run time and never copied into the repository.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from .scoring import Entity, GoldQuote, cluster_entities

__all__ = [
    "CNNDM",
    "BBC",
    "POLNEAR",
    "CONLL",
    "PAGES",
    "TASK_FILES",
    "Doc",
    "default_eval_dir",
    "resolve_eval_dir",
    "load_set",
    "find_set_file",
    "gold_quotes",
    "gold_entities",
    "MissingDataError",
]

CNNDM = "cnndm_frank_dev.jsonl"
BBC = "bbc_news_summary_dev.jsonl"
POLNEAR = "polnear_quotes_dev.jsonl"
CONLL = "conll2003_testa_prose.jsonl"
PAGES = "pages_dev.jsonl.gz"

#: Which files each task reads.
TASK_FILES: dict[str, tuple[str, ...]] = {
    "keypoints": (CNNDM, BBC),
    "quotes": (POLNEAR,),
    "actors": (CONLL,),
    "pages": (PAGES, CNNDM, BBC, POLNEAR, CONLL),  # the clean texts of the other sets: nothing may be dropped
}


class MissingDataError(Exception):
    """The evaluation directory or one of its files is absent (the harness cannot run)."""


@dataclass(frozen=True)
class Doc:
    """One evaluation document: its id, text, title and the full JSON row (for the gold)."""

    id: str
    text: str
    title: str | None
    row: dict


def default_eval_dir() -> Path:
    """``<repo>/../shared/eval``: the shared evaluation data next to the repository."""
    return Path(__file__).resolve().parents[2].parent / "shared" / "eval"


def resolve_eval_dir(cli_value: str | None = None) -> Path:
    """The evaluation directory: ``--eval-dir``, else ``$BRIEFGEN_EVAL_DIR``, else the default."""
    if cli_value:
        return Path(cli_value).expanduser().resolve()
    env = os.environ.get("BRIEFGEN_EVAL_DIR")
    if env:
        return Path(env).expanduser().resolve()
    return default_eval_dir()


#: Corpus prefixes of the file names, so that another split of a corpus
#: ('polnear_quotes_test.jsonl' next to '..._dev.jsonl') is found when the dev name is absent.
_PREFIXES = {
    CNNDM: "cnndm_frank_",
    BBC: "bbc_news_summary_",
    POLNEAR: "polnear_quotes_",
    CONLL: "conll2003_",
    PAGES: "pages_dev",
}


def find_set_file(eval_dir: Path, name: str) -> Path | None:
    """``eval_dir/name``, else the single other split of that corpus in ``eval_dir``, else None."""
    path = eval_dir / name
    if path.is_file():
        return path
    prefix = _PREFIXES.get(name)
    suffix = ".jsonl.gz" if name.endswith(".gz") else ".jsonl"
    candidates = sorted(eval_dir.glob(f"{prefix}*{suffix}")) if prefix and eval_dir.is_dir() else []
    return candidates[0] if len(candidates) == 1 else None


def load_set(eval_dir: Path, name: str, limit: int | None = None) -> list[Doc]:
    """The documents of one JSONL set, in file order (the first ``limit`` when given)."""
    path = find_set_file(eval_dir, name)
    if path is None:
        raise MissingDataError(f"evaluation file not found: {eval_dir / name}")
    docs: list[Doc] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            row = json.loads(line)
            docs.append(Doc(id=row["id"], text=row["text"], title=row.get("title"), row=row))
            if limit is not None and len(docs) >= limit:
                break
    return docs


def gold_quotes(doc: Doc) -> list[GoldQuote]:
    """PolNeAR quotes of one document as the scorer sees them."""
    out = []
    for q in doc.row.get("quotes", []):
        out.append(
            GoldQuote(
                text=q["text"],
                speaker=q.get("speaker"),
                canonical=q.get("speaker_canonical"),
                pronoun=bool(q.get("speaker_is_pronoun")),
                fully_quoted=bool(q.get("fully_quoted_content")),
                segments=max(1, len(q.get("quote_segments") or [q["text"]])),
                coref=(q.get("speaker_canonical_method") or "").startswith("corenlp_coref"),
            )
        )
    return out


def gold_entities(doc: Doc) -> list[Entity]:
    """CoNLL entities of one document, clustered per label (MISC dropped)."""
    mentions = [(e["text"], e["label"]) for e in doc.row.get("entities", [])]
    return cluster_entities(mentions)
