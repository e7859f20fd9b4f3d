"""One evaluation run: briefgen and the peers over the development sets, scored alike."""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from . import peers as P
from .datasets import (
    BBC,
    CNNDM,
    CONLL,
    PAGES,
    POLNEAR,
    TASK_FILES,
    Doc,
    MissingDataError,
    find_set_file,
    gold_entities,
    gold_quotes,
    load_set,
)
from .engine_run import Job, Prediction, run_engine
from .rouge import CNN_K, KeyPointCounts
from .scoring import EntityCounts, QuoteCounts, score_entities, score_quotes

__all__ = ["TASKS", "ENGINE", "RunResult", "evaluate"]

TASKS = ("keypoints", "quotes", "actors", "pages")
ENGINE = "briefgen"


@dataclass
class RunResult:
    """Scores of every system (flat ``metric -> value``), their errors, and run notes."""

    scores: dict[str, dict[str, float]] = field(default_factory=dict)
    errors: dict[str, list[dict]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)
    tasks: tuple[str, ...] = TASKS
    engine_failures: list[str] = field(default_factory=list)

    def add(self, system: str, metrics: dict[str, float], errors: list[dict] | None = None) -> None:
        """Merge ``metrics`` (and ``errors``) into ``system``'s results."""
        self.scores.setdefault(system, {}).update(metrics)
        self.errors.setdefault(system, []).extend(errors or [])


def _log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def _bbc_k(doc: Doc) -> int:
    return max(1, len(doc.row["reference_summary_sentences"]))


def _keypoint_sets(eval_dir: Path, limit: int | None) -> list[tuple[str, list[Doc], bool]]:
    """(metric prefix, docs, sentence-level?) for CNN/DailyMail and BBC."""
    return [("cnndm", load_set(eval_dir, CNNDM, limit), False), ("bbc", load_set(eval_dir, BBC, limit), True)]


def _k_for(prefix: str, doc: Doc) -> int:
    return CNN_K if prefix == "cnndm" else _bbc_k(doc)


def _engine_jobs(sets: dict[str, list[Doc]]) -> list[Job]:
    jobs: list[Job] = []
    for prefix, docs in sets.items():
        for d in docs:
            k = _k_for(prefix, d) if prefix in ("cnndm", "bbc") else None
            jobs.append(Job(key=f"{prefix}/{d.id}", text=d.text, title=d.title, max_key_points=k))
    return jobs


def evaluate(
    eval_dir: Path,
    *,
    only: tuple[str, ...] = TASKS,
    with_peers: bool = True,
    workers: int | None = None,
    limit: int | None = None,
    engine: str = "default",
    engine_options: dict | None = None,
) -> RunResult:
    """Run briefgen (and, unless ``with_peers`` is false, the peers) on the sets of ``only``;
    ``engine`` and ``engine_options`` choose briefgen's summary engine."""
    for task in only:
        for name in TASK_FILES[task]:
            if find_set_file(eval_dir, name) is None:
                raise MissingDataError(f"evaluation file not found: {eval_dir / name}")
    result = RunResult(tasks=tuple(only))
    sets: dict[str, list[Doc]] = {}
    if "keypoints" in only:
        for prefix, docs, _ in _keypoint_sets(eval_dir, limit):
            sets[prefix] = docs
    if "quotes" in only:
        sets["polnear"] = load_set(eval_dir, POLNEAR, limit)
    if "actors" in only:
        sets["conll"] = load_set(eval_dir, CONLL, limit)

    t0 = time.perf_counter()
    preds = run_engine(_engine_jobs(sets), workers=workers, engine=engine, engine_options=engine_options)
    result.seconds[ENGINE] = time.perf_counter() - t0
    result.seconds[f"{ENGINE} cpu"] = sum(p.seconds for p in preds.values())
    result.engine_failures = sorted(f"{k}: {p.error}" for k, p in preds.items() if p.error)
    if result.engine_failures:
        result.notes.append(
            f"briefgen raised on {len(result.engine_failures)} documents (scored as empty), "
            f"e.g. {result.engine_failures[0]}"
        )
    _score_engine(sets, preds, result)
    if with_peers:
        _run_peers(sets, result)
    if "pages" in only:
        _run_pages(eval_dir, result, with_peers=with_peers, limit=limit)
    return result


def _run_pages(eval_dir: Path, result: RunResult, *, with_peers: bool, limit: int | None) -> None:
    """Article extraction on real pages (pasted and saved), and the clean texts of the other sets."""
    from . import pages as PG

    path = find_set_file(eval_dir, PAGES)
    assert path is not None  # checked by evaluate
    pages = PG.load_pages(path.parent, path.name, limit)
    for system, kind in PG.SYSTEM_INPUTS:
        if system != ENGINE and not with_peers:
            continue
        _log(f"  pages: {system} on {kind}")
        t0 = time.perf_counter()
        try:
            metrics, errors = PG.score_pages(pages, system, kind)
        except ImportError as exc:
            result.notes.append(f"peer {system} skipped: {exc}")
            continue
        result.add(system, metrics, errors if system == ENGINE else None)
        result.seconds[f"pages {system} {kind}"] = time.perf_counter() - t0
    texts = [d.text for name in (CNNDM, BBC, POLNEAR, CONLL) for d in load_set(eval_dir, name, limit)]
    kept, errors = PG.clean_texts_kept(texts)
    result.add(ENGINE, {"clean.sentences_kept": kept}, errors)


def _score_engine(sets: dict[str, list[Doc]], preds: dict[str, Prediction], result: RunResult) -> None:
    for prefix in ("cnndm", "bbc"):
        if prefix not in sets:
            continue
        counts = KeyPointCounts(prefix=prefix, sentence_level=prefix == "bbc")
        for d in sets[prefix]:
            k = _k_for(prefix, d)
            counts.add(d.id, preds[f"{prefix}/{d.id}"].key_points[:k], d.row["reference_summary_sentences"])
        result.add(ENGINE, counts.metrics(), counts.errors + counts.weakest())
    if "polnear" in sets:
        qc = QuoteCounts()
        for d in sets["polnear"]:
            score_quotes(d.id, gold_quotes(d), preds[f"polnear/{d.id}"].quotes, qc)
        result.add(ENGINE, qc.metrics(), qc.errors)
    if "conll" in sets:
        ec = EntityCounts()
        for d in sets["conll"]:
            score_entities(d.id, gold_entities(d), preds[f"conll/{d.id}"].actors, ec)
        result.add(ENGINE, ec.metrics(), ec.errors)


def _run_summary_peer(name: str, sets: dict[str, list[Doc]], result: RunResult) -> None:
    fn = P.SUMMARY_PEERS[name]
    t0 = time.perf_counter()
    failed = 0
    for prefix in ("cnndm", "bbc"):
        if prefix not in sets:
            continue
        counts = KeyPointCounts(prefix=prefix, sentence_level=prefix == "bbc")
        for d in sets[prefix]:
            k = _k_for(prefix, d)
            try:
                sents = fn(d.text, d.title, k)
            except P.PeerUnavailable:
                raise
            except Exception:  # a peer crashing on one document scores that document as empty
                failed += 1
                sents = []
            counts.add(d.id, list(sents)[:k], d.row["reference_summary_sentences"])
        result.add(name, counts.metrics(), counts.errors)
    if failed:
        result.notes.append(f"{name} failed on {failed} documents (scored as empty)")
    result.seconds[name] = time.perf_counter() - t0


def _run_peers(sets: dict[str, list[Doc]], result: RunResult) -> None:
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
            qc = QuoteCounts()
            bailed = 0
            docs = sets["polnear"]
            for d, sdoc in zip(docs, P.parse_all(d.text for d in docs)):
                quotes, problem = P.textacy_quotes(sdoc)
                bailed += problem is not None
                score_quotes(d.id, gold_quotes(d), quotes, qc)
            result.add("textacy", qc.metrics(), qc.errors)
            if bailed:
                result.notes.append(f"textacy refused {bailed}/{len(docs)} documents (odd number of quote marks)")
        except P.PeerUnavailable as exc:
            result.notes.append(f"peer textacy skipped: {exc}")
        result.seconds["textacy"] = time.perf_counter() - t0
    if "conll" in sets:
        _log("  peer: spacy")
        t0 = time.perf_counter()
        ec = EntityCounts()
        docs = sets["conll"]
        for d, sdoc in zip(docs, P.parse_all(d.text for d in docs)):
            score_entities(d.id, gold_entities(d), P.spacy_entities(sdoc), ec)
        result.add("spacy", ec.metrics(), ec.errors)
        result.seconds["spacy"] = time.perf_counter() - t0
