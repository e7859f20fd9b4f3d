"""Summarising many inputs in parallel: one process per CPU core, the spaCy pipeline loaded once per worker.

An engine that waits on a service rather than the CPU (the llm engine: its
``concurrent_requests``) runs in threads of this process instead, that many at
once, sharing one engine (one connection pool, one answer cache).

Workers get an input name (or the bytes of standard input, read by the parent
because a worker process has no standard input) and hand back one
:class:`ArticleOutcome` per article: a Brief or an error message. A failed
article, or even a crashed worker, never sinks the others: a worker that dies
costs only the article it was summarising (retried once, alone), and Ctrl-C is
the parent's alone to handle.
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
from ..engine_choice import engine_kwargs

if TYPE_CHECKING:
    from ..ingest.loading import InputOptions
    from ..model import Article
    from ..summary import Engine

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
#: Shared with the parent: ``_started[i]`` is set when the worker begins the round's i-th job.
_started = None


def _init_worker(started=None) -> None:  # noqa: ANN001 - a multiprocessing shared array
    """Load the spaCy pipeline once per worker, before its first article.

    A failure is remembered rather than raised: an initializer that raises
    breaks the whole pool, and every article should instead report the cause.
    """
    global _worker_error, _started
    import signal

    if started is not None:  # a pool worker: Ctrl-C is the parent's to handle (see _pool_round)
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    _started = started
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


def run_job(
    job: Job,
    engine: str = "default",
    max_key_points: int | None = None,
    input_options: "InputOptions | None" = None,
    engine_options: dict | None = None,
    summarizer: "Engine | None" = None,
) -> list[ArticleOutcome]:
    """Summarise every article of one input (a feed holds several); never raises for a bad article.

    ``summarizer``: the engine instance to use (threads share one); else ``engine`` with its options.
    """
    if _worker_error is not None:
        return [
            ArticleOutcome(
                job.name, job.name, error=_message(job.name, BriefgenError(_worker_error)), order=(job.index, 0)
            )
        ]
    from ..summary import summarize_article

    def summarize(article: "Article") -> Brief:
        if summarizer is not None:
            return summarizer.summarize(article)
        return summarize_article(article, engine=engine, **engine_kwargs(max_key_points, engine_options))

    outcomes: list[ArticleOutcome] = []
    try:
        if job.data is not None:
            from ..ingest import ingest_bytes

            fmt = input_options.input_format if input_options else "auto"
            article = ingest_bytes(job.data, name=job.name, input_format=fmt)
            brief = summarize(article)
            return [ArticleOutcome(job.name, job.name, brief=brief, order=(job.index, 0))]
        from ..ingest import open_input

        pending = open_input(job.name, input_options)
    except Exception as exc:  # noqa: BLE001 - one input's failure is reported, not raised
        return [ArticleOutcome(job.name, job.name, error=_message(job.name, exc), order=(job.index, 0))]
    for sub, item in enumerate(pending):
        try:
            brief = summarize(item.load())
            outcomes.append(ArticleOutcome(job.name, item.name, brief=brief, order=(job.index, sub)))
        except Exception as exc:  # noqa: BLE001 - a bad feed item does not stop the others
            outcomes.append(ArticleOutcome(job.name, item.name, error=_message(item.name, exc), order=(job.index, sub)))
    return outcomes


def _run_marked(
    position: int,
    job: Job,
    engine: str,
    max_key_points: int | None,
    input_options: "InputOptions | None",
    engine_options: dict | None,
) -> list[ArticleOutcome]:
    """``run_job`` in a pool worker, first marking the job as started (so a dead worker's job is known)."""
    if _started is not None:
        _started[position] = 1
    return run_job(job, engine, max_key_points, input_options, engine_options)


# --- parent side -----------------------------------------------------------

#: What a job gets when its worker died under it twice (once with others, once alone).
_DIED = "the worker process died (killed, out of memory or crashed) while summarising it"


def _died(job: Job) -> ArticleOutcome:
    return ArticleOutcome(job.name, job.name, order=(job.index, 0), error=f"{job.name}: {_DIED}")


def _pool_round(
    jobs: Sequence[Job],
    workers: int,
    args: tuple,
    finished: Callable[[Job, list[ArticleOutcome]], None],
) -> tuple[list[Job], list[Job]]:
    """Run ``jobs`` on a fresh pool until they are done or a worker dies.

    ``finished`` gets each job's outcomes. Returns the jobs left without an
    outcome when a worker died: those a worker had started (one of them is the
    dead worker's) and those not started yet.
    """
    import multiprocessing
    import signal

    started = multiprocessing.get_context().RawArray("b", len(jobs))
    lost_started: list[Job] = []
    lost_waiting: list[Job] = []
    # Workers ignore Ctrl-C (SIGINT reaches the whole process group): the parent alone handles it,
    # and stops them, instead of every worker printing a traceback from its initializer. While the
    # workers are forked, SIGINT is only noted (a forked worker inherits this handler, harmless
    # there, until its initializer ignores SIGINT) and raised in the parent right after.
    interrupted: list[int] = []
    in_main = _in_main_thread()
    previous = signal.signal(signal.SIGINT, lambda signum, frame: interrupted.append(signum)) if in_main else None
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_init_worker, initargs=(started,))
    try:
        try:
            futures: dict[Future[list[ArticleOutcome]], tuple[int, Job]] = {
                pool.submit(_run_marked, position, job, *args): (position, job) for position, job in enumerate(jobs)
            }
        finally:
            if in_main:
                signal.signal(signal.SIGINT, previous)
        if interrupted:
            raise KeyboardInterrupt
        for future in as_completed(futures):
            position, job = futures[future]
            try:
                result = future.result()
            except BrokenProcessPool:
                (lost_started if started[position] else lost_waiting).append(job)
                continue
            except Exception as exc:  # noqa: BLE001 - e.g. an outcome that could not be pickled
                result = [ArticleOutcome(job.name, job.name, order=(job.index, 0), error=_message(job.name, exc))]
            finished(job, result)
    except BaseException:  # Ctrl-C or a bug in the parent: stop the workers now, not after their articles
        _stop(pool)
        raise
    pool.shutdown(wait=True)
    return lost_started, lost_waiting


def _in_main_thread() -> bool:
    import threading

    return threading.current_thread() is threading.main_thread()


def _stop(pool: ProcessPoolExecutor) -> None:
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        try:
            process.kill()
        except (OSError, ValueError, AttributeError):  # already gone
            pass
    for process in processes:
        try:
            process.join(timeout=5)
        except (OSError, ValueError, AssertionError):
            pass


def _summarize_parallel(
    jobs: Sequence[Job], workers: int, args: tuple, finished: Callable[[Job, list[ArticleOutcome]], None]
) -> None:
    """Run ``jobs`` on ``workers`` processes; a dead worker costs only its own article.

    When a worker dies, the pool is broken and every unfinished job loses its
    result. Jobs not yet started go round again on a fresh pool. Jobs that were
    running (one per worker; one of them killed it) are then retried alone, one
    worker at a time: an article that kills its worker again fails, with that
    reason, and only it.
    """
    waiting = list(jobs)
    suspects: list[Job] = []
    while waiting:
        before = len(waiting)
        lost_started, waiting = _pool_round(waiting, min(workers, len(waiting)), args, finished)
        suspects += lost_started
        if waiting and len(waiting) == before:  # the workers die before starting anything
            for job in waiting:
                finished(job, [_died(job)])
            waiting = []
    while suspects:
        lost_started, lost_waiting = _pool_round(suspects, 1, args, finished)
        for job in lost_started:
            finished(job, [_died(job)])
        if lost_waiting and not lost_started:  # died before starting anything
            for job in lost_waiting:
                finished(job, [_died(job)])
            lost_waiting = []
        suspects = lost_waiting


def summarize_inputs(
    jobs: Sequence[Job],
    *,
    workers: int | None = None,
    engine: str = "default",
    max_key_points: int | None = None,
    input_options: "InputOptions | None" = None,
    progress: ProgressCallback | None = None,
    engine_options: dict | None = None,
) -> list[ArticleOutcome]:
    """Summarise ``jobs`` on ``workers`` processes (default: the CPU count); outcomes in input order.

    With one worker (or one job) everything runs in this process, which is
    faster than starting a pool for it. An engine with ``concurrent_requests``
    (it waits on a service) runs in that many threads of this process instead.
    The engine and its options are checked first, before any input is read.
    """
    from ..summary import get_engine

    summarizer = get_engine(engine, **engine_kwargs(max_key_points, engine_options))
    threads = getattr(summarizer, "concurrent_requests", None)
    outcomes: list[ArticleOutcome] = []
    done = 0

    def finished(job: Job, result: list[ArticleOutcome]) -> None:
        nonlocal done
        outcomes.extend(result)
        done += 1
        if progress:
            progress(done, len(jobs), job.name)

    if isinstance(threads, int) and threads > 0:
        _summarize_threads(jobs, summarizer, threads, input_options, finished)
    elif min(workers or default_jobs(), max(1, len(jobs))) <= 1:
        _init_worker()
        for job in jobs:
            finished(job, run_job(job, engine, max_key_points, input_options, engine_options))
    else:
        count = min(workers or default_jobs(), len(jobs))
        _summarize_parallel(jobs, count, (engine, max_key_points, input_options, engine_options), finished)
    outcomes.sort(key=lambda o: o.order)
    return outcomes


def _summarize_threads(
    jobs: Sequence[Job],
    summarizer: "Engine",
    threads: int,
    input_options: "InputOptions | None",
    finished: Callable[[Job, list[ArticleOutcome]], None],
) -> None:
    """Run ``jobs`` on ``threads`` threads sharing ``summarizer``; Ctrl-C cancels the jobs not started."""
    from concurrent.futures import ThreadPoolExecutor

    _init_worker()
    pool = ThreadPoolExecutor(max_workers=max(1, min(threads, len(jobs))), thread_name_prefix="briefgen-digest")
    try:
        futures = {pool.submit(run_job, job, input_options=input_options, summarizer=summarizer): job for job in jobs}
        for future in as_completed(futures):
            finished(futures[future], future.result())  # run_job reports every failure as an outcome
    except BaseException:
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown(wait=True)


def stderr_is_terminal() -> bool:
    """Whether a progress bar belongs on standard error."""
    return sys.stderr.isatty()
