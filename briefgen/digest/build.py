"""Summarising many inputs in parallel: one process per CPU core, the spaCy pipeline loaded once per worker.

Workers get an input name (or the bytes of standard input, read by the parent
because a worker process has no standard input) and hand back one
:class:`ArticleOutcome` per article: a Brief or an error message. A failed
article, or even a crashed worker, never sinks the others.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..errors import BriefgenError
from ..model import Brief

if TYPE_CHECKING:
    from ..ingest.loading import InputOptions

__all__ = ["ArticleOutcome", "Job", "default_jobs", "make_jobs", "summarize_inputs"]

#: ``progress(done, total, input_name)`` is called after each input finishes.
ProgressCallback = Callable[[int, int, str], None]


@dataclass
class Job:
    """One input to summarise: ``data`` holds standard input's bytes, read by the parent."""

    index: int
    name: str
    data: bytes | None = None


@dataclass
class ArticleOutcome:
    """One article of one input: ``brief`` when it was summarised, else ``error`` (a one-line message)."""

    input: str
    name: str
    brief: Brief | None = None
    error: str | None = None
    order: tuple[int, int] = (0, 0)

    @property
    def ok(self) -> bool:
        """Whether the article was summarised."""
        return self.brief is not None


def default_jobs() -> int:
    """The CPU cores this process may use (its affinity mask when the OS tells it)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def make_jobs(names: Sequence[str]) -> list[Job]:
    """Jobs for ``names``; ``-`` is read from standard input here, once, in the parent."""
    jobs: list[Job] = []
    for index, name in enumerate(names):
        data = None
        if name == "-":
            from ..ingest import read_input

            data = read_input("-")
        jobs.append(Job(index, name, data))
    return jobs


# --- worker side -----------------------------------------------------------

_worker_error: str | None = None


def _init_worker() -> None:
    """Load the spaCy pipeline once per worker, before its first article.

    A failure is remembered rather than raised: an initializer that raises
    breaks the whole pool, and every article should instead report the cause.
    """
    global _worker_error
    try:
        from ..nlp import load_pipeline

        load_pipeline()
    except BriefgenError as exc:
        _worker_error = str(exc)


def _message(name: str, exc: BaseException) -> str:
    if isinstance(exc, BriefgenError):
        text = " ".join(str(exc).split())
    else:  # a bug, not a bad article: say so, but keep the digest going
        text = f"internal error: {type(exc).__name__}: {' '.join(str(exc).split())}"
    return text if text.startswith(name) else f"{name}: {text}"


def run_job(job: Job, engine: str = "default", max_key_points: int | None = None,
            input_options: "InputOptions | None" = None) -> list[ArticleOutcome]:
    """Summarise every article of one input (a feed holds several); never raises for a bad article."""
    from ..summary import summarize_article

    if _worker_error is not None:
        return [ArticleOutcome(job.name, job.name, error=_message(job.name, BriefgenError(_worker_error)),
                               order=(job.index, 0))]
    outcomes: list[ArticleOutcome] = []
    try:
        if job.data is not None:
            from ..ingest import ingest_bytes

            fmt = input_options.input_format if input_options else "auto"
            article = ingest_bytes(job.data, name=job.name, input_format=fmt)
            brief = summarize_article(article, engine=engine, max_key_points=max_key_points)
            return [ArticleOutcome(job.name, job.name, brief=brief, order=(job.index, 0))]
        from ..ingest import open_input

        pending = open_input(job.name, input_options)
    except Exception as exc:  # noqa: BLE001 - one input's failure is reported, not raised
        return [ArticleOutcome(job.name, job.name, error=_message(job.name, exc), order=(job.index, 0))]
    for sub, item in enumerate(pending):
        try:
            brief = summarize_article(item.load(), engine=engine, max_key_points=max_key_points)
            outcomes.append(ArticleOutcome(job.name, item.name, brief=brief, order=(job.index, sub)))
        except Exception as exc:  # noqa: BLE001 - a bad feed item does not stop the others
            outcomes.append(ArticleOutcome(job.name, item.name, error=_message(item.name, exc),
                                           order=(job.index, sub)))
    return outcomes


# --- parent side -----------------------------------------------------------

def summarize_inputs(
    jobs: Sequence[Job],
    *,
    workers: int | None = None,
    engine: str = "default",
    max_key_points: int | None = None,
    input_options: "InputOptions | None" = None,
    progress: ProgressCallback | None = None,
) -> list[ArticleOutcome]:
    """Summarise ``jobs`` on ``workers`` processes (default: the CPU count); outcomes in input order.

    With one worker (or one job) everything runs in this process, which is
    faster than starting a pool for it.
    """
    count = min(workers or default_jobs(), max(1, len(jobs)))
    outcomes: list[ArticleOutcome] = []
    done = 0
    if count <= 1:
        _init_worker()
        for job in jobs:
            outcomes += run_job(job, engine, max_key_points, input_options)
            done += 1
            if progress:
                progress(done, len(jobs), job.name)
    else:
        with ProcessPoolExecutor(max_workers=count, initializer=_init_worker) as pool:
            futures: dict[Future[list[ArticleOutcome]], Job] = {
                pool.submit(run_job, job, engine, max_key_points, input_options): job for job in jobs
            }
            for future in as_completed(futures):
                job = futures[future]
                try:
                    outcomes += future.result()
                except BrokenProcessPool:
                    # A worker died (out of memory, a signal): its inputs fail, with the reason.
                    outcomes.append(ArticleOutcome(job.name, job.name, order=(job.index, 0),
                                                   error=f"{job.name}: the worker process died"))
                except Exception as exc:  # noqa: BLE001 - e.g. an outcome that could not be pickled
                    outcomes.append(ArticleOutcome(job.name, job.name, order=(job.index, 0),
                                                   error=_message(job.name, exc)))
                done += 1
                if progress:
                    progress(done, len(jobs), job.name)
    outcomes.sort(key=lambda o: o.order)
    return outcomes


def stderr_is_terminal() -> bool:
    """Whether a progress bar belongs on standard error."""
    return sys.stderr.isatty()
