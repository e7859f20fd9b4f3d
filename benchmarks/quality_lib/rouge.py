"""Key-point scores: ROUGE-1/2/Lsum F1 against reference summaries, and sentence precision/recall."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from .scoring import match_sentences

if TYPE_CHECKING:
    from rouge_score.rouge_scorer import RougeScorer

__all__ = ["KeyPointCounts", "rouge_f1", "CNN_K"]

#: Key points scored on CNN/DailyMail (the highlights have 3-4 bullets).
CNN_K = 3


@lru_cache(maxsize=1)
def _scorer() -> "RougeScorer":
    from rouge_score import rouge_scorer

    return rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)


def rouge_f1(pred: list[str], ref: list[str]) -> dict[str, float]:
    """ROUGE-1/2/Lsum F1 of ``pred`` sentences against ``ref`` sentences.

    Sentences are joined with newlines, which is how rouge-score's Lsum finds
    the summary-level sentence boundaries.
    """
    scores = _scorer().score("\n".join(ref), "\n".join(pred))
    return {name: s.fmeasure for name, s in scores.items()}


@dataclass
class KeyPointCounts:
    """ROUGE averaged over documents (macro), sentence matches summed (micro)."""

    prefix: str
    sentence_level: bool = False
    n_docs: int = 0
    sums: dict[str, float] = field(default_factory=lambda: {"rouge1": 0.0, "rouge2": 0.0, "rougeLsum": 0.0})
    s_tp: int = 0
    s_pred: int = 0
    s_gold: int = 0
    errors: list[dict] = field(default_factory=list)
    _per_doc: list[tuple[float, str, list[str], list[str]]] = field(default_factory=list, repr=False)

    def weakest(self) -> list[dict]:
        """Documents whose ROUGE-2 is below this set's mean, lowest first (for the error listing)."""
        if not self._per_doc:
            return []
        mean = self.sums["rouge2"] / self.n_docs
        low = sorted(d for d in self._per_doc if d[0] < mean)
        return [
            {
                "doc": doc,
                "kind": f"{self.prefix} key points below mean R-2",
                "rouge2": r2,
                "predicted": (pred or [None])[0],
                "reference": (ref or [None])[0],
            }
            for r2, doc, pred, ref in low
        ]

    def add(self, doc_id: str, pred: list[str], ref: list[str]) -> None:
        """Score one document's predicted key points against its reference sentences."""
        self.n_docs += 1
        scores = rouge_f1(pred, ref)
        for name, value in scores.items():
            self.sums[name] += value
        self._per_doc.append((scores["rouge2"], doc_id, pred[:1], ref[:1]))
        if self.sentence_level:
            tp = match_sentences(pred, ref)
            self.s_tp += tp
            self.s_pred += len(pred)
            self.s_gold += len(ref)
        if not pred:
            self.errors.append({"doc": doc_id, "kind": "no key points"})

    def metrics(self) -> dict[str, float]:
        """Flat metrics: ``<prefix>.rouge1`` ... and, on BBC, ``<prefix>.sent_precision/recall``."""
        n = self.n_docs or 1
        out = {f"{self.prefix}.{name}": value / n for name, value in self.sums.items()}
        if self.sentence_level:
            out[f"{self.prefix}.sent_precision"] = self.s_tp / self.s_pred if self.s_pred else 0.0
            out[f"{self.prefix}.sent_recall"] = self.s_tp / self.s_gold if self.s_gold else 0.0
        return out
