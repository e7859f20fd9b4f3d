"""Key-point scores: ROUGE-1/2/Lsum F1 against reference summaries, sentence precision/recall,
and the bottom line's length and ROUGE-1 against the highlights."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from briefgen.summary.text.words import count_words

from .scoring import match_sentences

if TYPE_CHECKING:
    from rouge_score.rouge_scorer import RougeScorer

__all__ = ["KeyPointCounts", "BottomLineCounts", "rouge_f1", "CNN_K", "LONG_BOTTOM_LINE", "count_words"]

#: Key points scored on CNN/DailyMail (the highlights have 3-4 bullets).
CNN_K = 3
#: A bottom line longer than this many words is too long (issue 14).
LONG_BOTTOM_LINE = 30


class _CachedStemmer:
    """The scorer's Porter stemmer with a memory: the same word always gets the same stem, and
    stemming was nine tenths of the scorer's time (the scores are unchanged)."""

    def __init__(self, stemmer: object) -> None:
        self.stem = lru_cache(maxsize=None)(stemmer.stem)  # type: ignore[attr-defined]


@lru_cache(maxsize=1)
def _scorer() -> "RougeScorer":
    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)
    tokenizer = getattr(scorer, "_tokenizer", None)
    if getattr(tokenizer, "_stemmer", None) is not None:
        tokenizer._stemmer = _CachedStemmer(tokenizer._stemmer)  # type: ignore[union-attr]
    return scorer


def rouge_f1(pred: list[str], ref: list[str]) -> dict[str, float]:
    """ROUGE-1/2/Lsum F1 of ``pred`` sentences against ``ref`` sentences.

    Sentences are joined with newlines, which is how rouge-score's Lsum finds
    the summary-level sentence boundaries.
    """
    scores = _scorer().score("\n".join(ref), "\n".join(pred))
    return {name: s.fmeasure for name, s in scores.items()}


@dataclass
class KeyPointCounts:
    """ROUGE averaged over documents (macro), sentence matches summed (micro).

    ``tag`` names a baseline scored the same way (``lead3``: metrics ``cnndm.lead3.rouge2``).
    """

    prefix: str
    sentence_level: bool = False
    tag: str = ""
    n_docs: int = 0
    sums: dict[str, float] = field(default_factory=lambda: {"rouge1": 0.0, "rouge2": 0.0, "rougeLsum": 0.0})
    s_tp: int = 0
    s_pred: int = 0
    s_gold: int = 0
    errors: list[dict] = field(default_factory=list)
    per_doc: list[tuple[float, str, list[str], list[str]]] = field(default_factory=list, repr=False)

    def weakest(self) -> list[dict]:
        """Documents whose ROUGE-2 is below this set's mean, lowest first (for the error listing)."""
        if not self.per_doc:
            return []
        mean = self.sums["rouge2"] / self.n_docs
        low = sorted(d for d in self.per_doc if d[0] < mean)
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
        self.per_doc.append((scores["rouge2"], doc_id, pred[:1], ref[:1]))
        if self.sentence_level:
            tp = match_sentences(pred, ref)
            self.s_tp += tp
            self.s_pred += len(pred)
            self.s_gold += len(ref)
        if not pred:
            self.errors.append({"doc": doc_id, "kind": "no key points"})

    def metrics(self) -> dict[str, float]:
        """Flat metrics: ``<prefix>[.<tag>].rouge1`` ... and, on BBC, ``.sent_precision/recall``."""
        if not self.n_docs:
            return {}
        head = f"{self.prefix}.{self.tag}." if self.tag else f"{self.prefix}."
        out = {f"{head}{name}": value / self.n_docs for name, value in self.sums.items()}
        if self.sentence_level:
            out[f"{head}sent_precision"] = self.s_tp / self.s_pred if self.s_pred else 0.0
            out[f"{head}sent_recall"] = self.s_tp / self.s_gold if self.s_gold else 0.0
        return out


@dataclass
class BottomLineCounts:
    """A one-sentence summary against the highlights: its length in words and its ROUGE-1 F.

    ``tag`` is ``bottom_line`` for briefgen's bottom line and ``lead1`` for the first sentence.
    """

    prefix: str
    tag: str
    n_docs: int = 0
    words: list[int] = field(default_factory=list)
    rouge1: float = 0.0
    errors: list[dict] = field(default_factory=list)

    def add(self, doc_id: str, line: str, ref: list[str]) -> None:
        """Score one document's bottom line."""
        self.n_docs += 1
        n = count_words(line)
        self.words.append(n)
        self.rouge1 += rouge_f1([line], ref)["rouge1"] if line.strip() else 0.0
        if n > LONG_BOTTOM_LINE and self.tag == "bottom_line":
            self.errors.append({"doc": doc_id, "kind": f"bottom line over {LONG_BOTTOM_LINE} words", "text": line})

    def metrics(self) -> dict[str, float]:
        """``<prefix>.<tag>.rouge1``, ``.words_mean``, ``.words_max`` and ``.over30`` (share of documents)."""
        if not self.n_docs:
            return {}
        head = f"{self.prefix}.{self.tag}."
        return {
            f"{head}rouge1": self.rouge1 / self.n_docs,
            f"{head}words_mean": sum(self.words) / self.n_docs,
            f"{head}words_max": float(max(self.words)),
            f"{head}over{LONG_BOTTOM_LINE}": sum(1 for n in self.words if n > LONG_BOTTOM_LINE) / self.n_docs,
        }
