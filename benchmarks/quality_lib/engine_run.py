"""Running briefgen over the evaluation documents, through its public API only.

The spaCy pipeline is loaded once in the parent; worker processes are forked
after that, so they share it instead of loading it again.
"""

from __future__ import annotations

import functools
import multiprocessing as mp
import os
import sys
import time
from dataclasses import dataclass, field

from .scoring import Entity, PredQuote

__all__ = ["Job", "Prediction", "run_engine", "KIND_LABELS"]

#: Actor kinds of the Brief -> CoNLL labels; other kinds are not scored.
KIND_LABELS = {"person": "PER", "organization": "ORG", "place": "LOC"}


@dataclass(frozen=True)
class Job:
    """One call of ``briefgen.summarize``."""

    key: str
    text: str
    title: str | None
    max_key_points: int | None = None


@dataclass
class Prediction:
    """What the scorers need from one Brief (plain data: cheap to send between processes)."""

    key_points: list[str] = field(default_factory=list)
    quotes: list[PredQuote] = field(default_factory=list)
    actors: list[Entity] = field(default_factory=list)
    error: str | None = None
    seconds: float = 0.0  # CPU seconds of the call (wall time is noisy on a shared machine)


def _summarize(job: Job, engine: str = "default", engine_options: dict | None = None) -> tuple[str, Prediction]:
    # The public function: it cleans the text as the CLI does, then runs the engine.
    from briefgen import summarize

    t0 = time.process_time()
    try:
        brief = summarize(
            job.text, title=job.title, max_key_points=job.max_key_points, engine=engine, engine_options=engine_options
        )
    except Exception as exc:  # one broken document must not stop the run: it scores as empty
        return job.key, Prediction(error=_describe(exc), seconds=time.process_time() - t0)
    pred = Prediction(
        key_points=[kp.text for kp in brief.key_points],
        quotes=[PredQuote(text=q.text, speaker=q.speaker) for q in brief.quotes],
        actors=[
            Entity(KIND_LABELS.get(a.kind, a.kind), tuple(dict.fromkeys([a.name, *a.aliases]))) for a in brief.actors
        ],
        seconds=time.process_time() - t0,
    )
    return job.key, pred


def _describe(exc: BaseException) -> str:
    """The error and where it was raised (innermost frame), for the failure notes."""
    import traceback

    frames = traceback.extract_tb(exc.__traceback__)
    where = f" at {frames[-1].filename}:{frames[-1].lineno}" if frames else ""
    return f"{type(exc).__name__}: {exc}{where}"


def _default_workers() -> int:
    return max(1, min(2, os.cpu_count() or 1))


def run_engine(
    jobs: list[Job],
    *,
    workers: int | None = None,
    progress: bool = True,
    engine: str = "default",
    engine_options: dict | None = None,
) -> dict[str, Prediction]:
    """Predictions for every job, keyed by ``Job.key``.

    With more than one worker the jobs go to forked processes (where fork exists);
    results do not depend on the number of workers.
    """
    from briefgen.nlp import load_pipeline

    load_pipeline()  # load before forking: the workers inherit it
    workers = _default_workers() if workers is None else workers
    results: dict[str, Prediction] = {}
    t0 = time.perf_counter()

    def note(done: int) -> None:
        if progress and (done % 20 == 0 or done == len(jobs)):
            print(
                f"  briefgen: {done}/{len(jobs)} documents, {time.perf_counter() - t0:.0f}s",
                file=sys.stderr,
                flush=True,
            )

    if workers > 1 and len(jobs) > 1 and "fork" in mp.get_all_start_methods():
        with mp.get_context("fork").Pool(workers) as pool:
            run = functools.partial(_summarize, engine=engine, engine_options=engine_options)
            for done, (key, pred) in enumerate(pool.imap_unordered(run, jobs, chunksize=2), 1):
                results[key] = pred
                note(done)
    else:
        for done, job in enumerate(jobs, 1):
            key, pred = _summarize(job, engine, engine_options)
            results[key] = pred
            note(done)
    return results
