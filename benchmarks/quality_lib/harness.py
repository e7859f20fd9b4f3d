"""One evaluation run: briefgen, its Lead baselines and the peers over the development sets, scored alike.

Each document is scored once, as its result comes back from the workers (so scoring
overlaps the engine's run), and its counts are added to the whole set and to its half
(see ``halves``). The rules that fired on it go to the rule coverage report.
"""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from .coverage import CORPORA, RuleCoverage
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
from .halves import Halved, split_halves
from .rouge import CNN_K, BottomLineCounts, KeyPointCounts
from .scoring import EntityCounts, QuoteCounts, score_entities, score_quotes

__all__ = ["TASKS", "ENGINE", "RunResult", "evaluate", "bbc_k", "k_for", "LEAD_TAGS"]

TASKS = ("keypoints", "quotes", "actors", "pages")
ENGINE = "briefgen"
#: Baselines the harness scores beside briefgen in every run: metric tag -> what it is.
LEAD_TAGS = {"lead3": "Lead-3", "leadk": "Lead-k", "lead1": "Lead-1"}
_FILES = {"cnndm": CNNDM, "bbc": BBC, "polnear": POLNEAR, "conll": CONLL}
_TASK_SETS = {"keypoints": ("cnndm", "bbc"), "quotes": ("polnear",), "actors": ("conll",)}


@dataclass
class RunResult:
    """Scores of every system (flat ``metric -> value``), their errors, run notes and rule coverage."""

    scores: dict[str, dict[str, float]] = field(default_factory=dict)
    errors: dict[str, list[dict]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)
    tasks: tuple[str, ...] = TASKS
    engine_failures: list[str] = field(default_factory=list)
    coverage: RuleCoverage = field(default_factory=RuleCoverage)

    def add(self, system: str, metrics: dict[str, float], errors: list[dict] | None = None) -> None:
        """Merge ``metrics`` (and ``errors``) into ``system``'s results."""
        self.scores.setdefault(system, {}).update(metrics)
        self.errors.setdefault(system, []).extend(errors or [])


def _log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def bbc_k(doc: Doc) -> int:
    """Key points scored on a BBC document: as many as its reference has sentences."""
    return max(1, len(doc.row["reference_summary_sentences"]))


def k_for(prefix: str, doc: Doc) -> int:
    """Key points scored on a document of ``prefix`` (3 on CNN/DailyMail)."""
    return CNN_K if prefix == "cnndm" else bbc_k(doc)


def _jobs(
    sets: dict[str, list[Doc]],
    summarized: set[str],
    check_clean: bool,
    pages: list,
    engine: str = "default",
    engine_options: tuple[tuple[str, object], ...] = (),
    train_pages: list | None = None,
) -> list[Job]:
    jobs: list[Job] = []
    for prefix, docs in sets.items():
        for d in docs:
            if prefix not in summarized:  # loaded for the cleaner's check only
                jobs.append(Job(key=f"{prefix}/{d.id}", text=d.text, kind="clean", check_clean=True))
                continue
            keypoints = prefix in ("cnndm", "bbc")
            jobs.append(
                Job(
                    key=f"{prefix}/{d.id}",
                    text=d.text,
                    title=d.title,
                    max_key_points=k_for(prefix, d) if keypoints else None,
                    lead=k_for(prefix, d) if keypoints else 0,
                    check_clean=check_clean,
                    engine=engine,
                    engine_options=engine_options,
                )
            )
    for corpus, these in (("pages", pages), ("train_pages", train_pages or [])):
        for page in these:
            for kind in ("paste_w3m", "paste_lynx", "html"):
                key = f"{corpus}/{page.id}/{kind}"
                job = Job(
                    key=key, text=getattr(page, kind), kind=kind, url=page.url or None, brief_page=engine == "default"
                )
                jobs.append(job)
    return jobs


class _EngineScores:
    """briefgen's (and its Lead baselines') counts, filled one result at a time."""

    def __init__(self, sets: dict[str, list[Doc]], summarized: set[str]) -> None:
        self.docs = {f"{p}/{d.id}": (p, d) for p, docs in sets.items() for d in docs}
        self.half = {f"{p}/{i}": h for p, docs in sets.items() for i, h in split_halves(d.id for d in docs).items()}
        self.summarized = summarized
        self.kp = {p: Halved(lambda p=p: KeyPointCounts(prefix=p, sentence_level=p == "bbc")) for p in ("cnndm", "bbc")}
        self.lead = {
            "cnndm": Halved(lambda: KeyPointCounts(prefix="cnndm", tag="lead3")),
            "bbc": Halved(lambda: KeyPointCounts(prefix="bbc", sentence_level=True, tag="leadk")),
        }
        self.bottom = Halved(lambda: BottomLineCounts(prefix="cnndm", tag="bottom_line"))
        self.lead1 = Halved(lambda: BottomLineCounts(prefix="cnndm", tag="lead1"))
        self.quotes = Halved(QuoteCounts)
        self.actors = Halved(EntityCounts)
        self.clean_total = 0
        self.clean_errors: list[dict] = []
        self.pages: dict[str, dict[str, tuple[str, str | None]]] = {}

    def add(self, key: str, pred: Prediction) -> None:
        if key.startswith("train_pages/"):  # no gold body: the rule coverage only
            return
        if key.startswith("pages/"):
            _, page_id, kind = key.split("/", 2)
            self.pages.setdefault(kind, {})[page_id] = (pred.body, pred.title)
            return
        prefix, doc = self.docs[key]
        self.clean_total += pred.clean_total
        self.clean_errors += [
            {"kind": "clean text: sentence dropped", "doc": key, "text": s} for s in pred.clean_dropped
        ]
        if prefix not in self.summarized:
            return
        half = self.half[key]
        if prefix in ("cnndm", "bbc"):
            ref, k = doc.row["reference_summary_sentences"], k_for(prefix, doc)
            for target, sents in ((self.kp[prefix], pred.key_points[:k]), (self.lead[prefix], pred.lead[:k])):
                counts = target.new()
                counts.add(doc.id, sents, ref)
                target.add(half, counts)
            if prefix == "cnndm":
                for target, line in ((self.bottom, pred.bottom_line), (self.lead1, (pred.lead or [""])[0])):
                    counts = target.new()
                    counts.add(doc.id, line, ref)
                    target.add(half, counts)
        elif prefix == "polnear":
            qc = QuoteCounts()
            score_quotes(doc.id, gold_quotes(doc), pred.quotes, qc)
            self.quotes.add(half, qc)
        elif prefix == "conll":
            ec = EntityCounts()
            score_entities(doc.id, gold_entities(doc), pred.actors, ec)
            self.actors.add(half, ec)

    def finish(self, result: RunResult) -> None:
        if "cnndm" in self.summarized or "bbc" in self.summarized:
            for prefix in ("cnndm", "bbc"):
                if prefix not in self.summarized:
                    continue
                whole = self.kp[prefix].whole
                result.add(ENGINE, self.kp[prefix].metrics(), whole.errors + whole.weakest())
                result.add(ENGINE, self.lead[prefix].metrics())
            if "cnndm" in self.summarized:
                result.add(ENGINE, self.bottom.metrics(), self.bottom.whole.errors)
                result.add(ENGINE, self.lead1.metrics())
            result.add("lead", lead_view(result.scores[ENGINE]))
        if "polnear" in self.summarized:
            result.add(ENGINE, self.quotes.metrics(), self.quotes.whole.errors)
        if "conll" in self.summarized:
            result.add(ENGINE, self.actors.metrics(), self.actors.whole.errors)


def lead_view(ours: dict[str, float]) -> dict[str, float]:
    """The Lead baselines under briefgen's metric names, for the "lead" column beside briefgen:
    ``cnndm.a.lead3.rouge2`` -> ``cnndm.a.rouge2``, ``cnndm.lead1.rouge1`` -> ``cnndm.bottom_line.rouge1``."""
    out: dict[str, float] = {}
    for metric, value in ours.items():
        parts = metric.split(".")
        for tag in LEAD_TAGS:
            if tag in parts:
                i = parts.index(tag)
                rest = parts[:i] + (["bottom_line"] if tag == "lead1" else []) + parts[i + 1 :]
                out[".".join(rest)] = value
    return out


def evaluate(
    eval_dir: Path,
    *,
    only: tuple[str, ...] = TASKS,
    with_peers: bool = True,
    workers: int | None = None,
    limit: int | None = None,
    engine: str = "default",
    engine_options: dict[str, object] | None = None,
) -> RunResult:
    """Run briefgen (and, unless ``with_peers`` is false, the peers) on the sets of ``only``;
    ``engine`` and ``engine_options`` choose the engine that summarises (pages are cleaning only)."""
    for task in only:
        for name in TASK_FILES[task]:
            if find_set_file(eval_dir, name) is None:
                raise MissingDataError(f"evaluation file not found: {eval_dir / name}")
    result = RunResult(tasks=tuple(only))
    chosen_options = tuple(sorted((engine_options or {}).items()))
    summarized = {p for task in only for p in _TASK_SETS.get(task, ())}
    needed = set(_FILES) if "pages" in only else summarized  # pages: every clean text goes through the cleaner
    sets = {p: load_set(eval_dir, _FILES[p], limit) for p in _FILES if p in needed}
    pages: list = []
    train_pages: list = []
    if "pages" in only:
        from . import pages as PG

        path = find_set_file(eval_dir, PAGES)
        assert path is not None  # checked above
        pages = PG.load_pages(path.parent, path.name, limit)
        train_path = find_set_file(eval_dir, PG.PAGES_TRAIN)
        if train_path is not None:  # for the rule coverage only: the training pages have no gold body
            train_pages = PG.load_pages(train_path.parent, train_path.name, limit)
        else:
            result.notes.append(f"rule coverage without the training pages: {eval_dir / PG.PAGES_TRAIN} not found")
    found = {**{c: True for c in sets}, "pages": bool(pages), "train_pages": bool(train_pages)}
    result.coverage = RuleCoverage(corpora=tuple(c for c in CORPORA if found.get(c)))

    scores = _EngineScores(sets, summarized)
    t0 = time.perf_counter()
    cpu = 0.0
    for key, pred in run_engine(
        _jobs(sets, summarized, "pages" in only, pages, engine, chosen_options, train_pages), workers=workers
    ):
        cpu += pred.seconds
        corpus, _, rest = key.partition("/")
        result.coverage.add(corpus, rest.split("/")[0] if corpus.endswith("pages") else rest, pred.rules)
        if pred.error:
            result.engine_failures.append(f"{key}: {pred.error}")
        scores.add(key, pred)
    result.seconds[ENGINE] = time.perf_counter() - t0
    result.seconds[f"{ENGINE} cpu"] = cpu
    result.engine_failures.sort()
    if result.engine_failures:
        result.notes.append(
            f"briefgen raised on {len(result.engine_failures)} documents (scored as empty), "
            f"e.g. {result.engine_failures[0]}"
        )
    scores.finish(result)
    if "pages" in only:
        _score_pages(pages, scores.pages, result, with_peers=with_peers)
        kept = 1 - len(scores.clean_errors) / scores.clean_total if scores.clean_total else 1.0
        result.add(ENGINE, {"clean.sentences_kept": kept}, scores.clean_errors)
    if with_peers:
        from .peer_run import run_peers

        run_peers({p: d for p, d in sets.items() if p in summarized}, result)
    return result


def _score_pages(
    pages: list, extracted: dict[str, dict[str, tuple[str, str | None]]], result: RunResult, *, with_peers: bool
) -> None:
    """Article extraction on real pages (pasted and saved): briefgen's outputs came from the workers."""
    from . import pages as PG

    for system, kind in PG.SYSTEM_INPUTS:
        if system != ENGINE and not with_peers:
            continue
        t0 = time.perf_counter()
        try:
            metrics, errors = PG.score_pages(pages, system, kind, extracted.get(kind, {}) if system == ENGINE else None)
        except ImportError as exc:
            result.notes.append(f"peer {system} skipped: {exc}")
            continue
        result.add(system, metrics, errors if system == ENGINE else None)
        if system != ENGINE:
            _log(f"  pages: {system} on {kind}")
            result.seconds[f"pages {system} {kind}"] = time.perf_counter() - t0
