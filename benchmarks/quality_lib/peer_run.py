"""The peers over the same documents as briefgen, scored alike: the whole set and both halves."""

from __future__ import annotations

import sys
import time

from . import peers as P
from .datasets import Doc, gold_entities, gold_quotes
from .halves import Halved, split_halves
from .harness import RunResult, k_for
from .rouge import KeyPointCounts
from .scoring import EntityCounts, QuoteCounts, score_entities, score_quotes

__all__ = ["run_peers"]


def _log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def _run_summary_peer(name: str, sets: dict[str, list[Doc]], result: RunResult) -> None:
    fn = P.SUMMARY_PEERS[name]
    t0 = time.perf_counter()
    failed = 0
    for prefix in ("cnndm", "bbc"):
        if prefix not in sets:
            continue
        halves = split_halves(d.id for d in sets[prefix])
        counts = Halved(lambda prefix=prefix: KeyPointCounts(prefix=prefix, sentence_level=prefix == "bbc"))
        for d in sets[prefix]:
            k = k_for(prefix, d)
            try:
                sents = fn(d.text, d.title, k)
            except P.PeerUnavailable:
                raise
            except Exception:  # a peer crashing on one document scores that document as empty
                failed += 1
                sents = []
            one = counts.new()
            one.add(d.id, list(sents)[:k], d.row["reference_summary_sentences"])
            counts.add(halves[d.id], one)
        result.add(name, counts.metrics(), counts.whole.errors)
    if failed:
        result.notes.append(f"{name} failed on {failed} documents (scored as empty)")
    result.seconds[name] = time.perf_counter() - t0


def _run_textacy(docs: list[Doc], result: RunResult) -> None:
    halves = split_halves(d.id for d in docs)
    qc = Halved(QuoteCounts)
    bailed = 0
    for d, sdoc in zip(docs, P.parse_all(d.text for d in docs)):
        quotes, problem = P.textacy_quotes(sdoc)
        bailed += problem is not None
        one = QuoteCounts()
        score_quotes(d.id, gold_quotes(d), quotes, one)
        qc.add(halves[d.id], one)
    result.add("textacy", qc.metrics(), qc.whole.errors)
    if bailed:
        result.notes.append(f"textacy refused {bailed}/{len(docs)} documents (odd number of quote marks)")


def _run_spacy(docs: list[Doc], result: RunResult) -> None:
    halves = split_halves(d.id for d in docs)
    ec = Halved(EntityCounts)
    for d, sdoc in zip(docs, P.parse_all(d.text for d in docs)):
        one = EntityCounts()
        score_entities(d.id, gold_entities(d), P.spacy_entities(sdoc), one)
        ec.add(halves[d.id], one)
    result.add("spacy", ec.metrics(), ec.whole.errors)


def run_peers(sets: dict[str, list[Doc]], result: RunResult) -> None:
    """Every peer on the sets it applies to; a peer that cannot run is skipped with a note."""
    if "cnndm" in sets or "bbc" in sets:
        for name in P.SUMMARY_PEERS:
            _log(f"  peer: {name}")
            try:
                _run_summary_peer(name, sets, result)
            except P.PeerUnavailable as exc:
                result.notes.append(f"peer {name} skipped: {exc}")
    if "polnear" in sets:
        _log("  peer: textacy")
        t0 = time.perf_counter()
        try:
            _run_textacy(sets["polnear"], result)
        except P.PeerUnavailable as exc:
            result.notes.append(f"peer textacy skipped: {exc}")
        result.seconds["textacy"] = time.perf_counter() - t0
    if "conll" in sets:
        _log("  peer: spacy")
        t0 = time.perf_counter()
        _run_spacy(sets["conll"], result)
        result.seconds["spacy"] = time.perf_counter() - t0
