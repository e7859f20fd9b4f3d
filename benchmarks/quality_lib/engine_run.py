"""Running briefgen over the evaluation documents and pages, through its public API only.

Every job runs inside ``briefgen.trace.recording()`` in the process that does it, so
the rules that fired on that article come back with its result (the rule coverage
report). What a job needs besides the brief is done in the same process, on text it
already has: the Lead-k sentences of the raw text (the baselines beside briefgen), and
whether every sentence of a clean article survives the cleaner (``brief.text`` is the
cleaned text).

The spaCy pipeline is loaded, and the engine warmed on a short invented article, once
in the parent; worker processes are forked after that, so they share all of it instead
of loading it again. Jobs go out longest first, one at a time, so that no long article
is left running alone at the end.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import re
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

from .scoring import Entity, PredQuote

__all__ = ["Job", "Prediction", "run_engine", "KIND_LABELS", "WARM_UP_TEXT"]

#: Actor kinds of the Brief -> CoNLL labels; other kinds are not scored.
KIND_LABELS = {"person": "PER", "organization": "ORG", "place": "LOC"}

#: Invented; run once before the workers fork, so that models, caches and spaCy are warm in all of them.
WARM_UP_TEXT = (
    "Harbourton council approved a new flood wall on Tuesday after a long debate. "
    '"We cannot wait for the next storm," said Mayor Ines Valdo of the Harbour Party. '
    "The wall will cost four million pounds, officials said."
)

_TOKEN = re.compile(r"\w+")
_LETTER = re.compile(r"[^\W\d_]")


@dataclass(frozen=True)
class Job:
    """One article for briefgen: ``summarize`` of a text, or extraction of a page (``kind``)."""

    key: str
    text: str
    title: str | None = None
    max_key_points: int | None = None
    #: "summarize", "clean" (the cleaner's check only), or a page input: "paste_w3m", "paste_lynx", "html"
    kind: str = "summarize"
    url: str | None = None
    lead: int = 0  # how many leading sentences of the raw text to return (a Lead-k baseline)
    check_clean: bool = False  # count the raw text's sentences that survive cleaning
    engine: str = "default"  # the engine that summarises (``--engine``)
    engine_options: tuple[tuple[str, object], ...] = ()  # its options (``--engine-option``), as pairs
    #: a page input is also summarised and rendered, for the rule coverage (the default engine's
    #: run only: another engine, an LLM's, is not sent some 800 pages for a coverage count)
    brief_page: bool = True


@dataclass
class Prediction:
    """What the scorers need from one job (plain data: cheap to send between processes)."""

    key_points: list[str] = field(default_factory=list)
    bottom_line: str = ""
    quotes: list[PredQuote] = field(default_factory=list)
    actors: list[Entity] = field(default_factory=list)
    error: str | None = None
    seconds: float = 0.0  # CPU seconds of the call (wall time is noisy on a shared machine)
    rules: dict[str, int] = field(default_factory=dict)  # rule -> times it fired on this article
    lead: list[str] = field(default_factory=list)  # the first ``Job.lead`` sentences of the raw text
    clean_total: int = 0  # sentences (with a letter) of the raw text
    clean_dropped: list[str] = field(default_factory=list)  # ... that the cleaner lost
    body: str = ""  # pages: the extracted body (without the leading headline)
    title: str | None = None  # pages: the headline found


def _summarize(job: Job, pred: Prediction) -> None:
    # The public function: it cleans the text as the CLI does, then runs the engine.
    from briefgen import summarize

    text = None
    try:
        brief = summarize(
            job.text,
            title=job.title,
            max_key_points=job.max_key_points,
            engine=job.engine,
            engine_options=dict(job.engine_options) or None,
        )
        text = brief.text
        pred.key_points = [kp.text for kp in brief.key_points]
        pred.bottom_line = brief.bottom_line
        pred.quotes = [PredQuote(text=q.text, speaker=q.speaker) for q in brief.quotes]
        pred.actors = [
            Entity(KIND_LABELS.get(a.kind, a.kind), tuple(dict.fromkeys([a.name, *a.aliases]))) for a in brief.actors
        ]
        _render_for_coverage(brief)
    except Exception as exc:  # one broken document must not stop the run: it scores as empty
        pred.error = _describe(exc)
    if job.lead or job.check_clean:
        from .peers import split_sentences

        sentences = split_sentences(job.text)
        pred.lead = sentences[: job.lead]
        if job.check_clean:
            _check_clean(job.text, text, sentences, pred)


def _check_clean(raw: str, cleaned: str | None, sentences: list[str], pred: Prediction) -> None:
    """Which sentences (with a letter) of a clean article the cleaner lost: each must stand, word for
    word, in the cleaned text (the brief's ``text``, or the cleaner's own output when the engine failed)."""
    if cleaned is None:
        from briefgen.errors import BriefgenError
        from briefgen.ingest import ingest_text

        try:
            cleaned = ingest_text(raw).text
        except BriefgenError:
            cleaned = ""
    words = " " + " ".join(_TOKEN.findall(cleaned)) + " "
    for sentence in sentences:
        joined = " ".join(_TOKEN.findall(sentence))
        if not _LETTER.search(joined):
            continue
        pred.clean_total += 1
        if f" {joined} " not in words:
            pred.clean_dropped.append(sentence)


def _extract_page(job: Job, pred: Prediction) -> None:
    """The page's body and headline (scored), then, for the rule coverage, its brief."""
    from . import pages as PG

    try:
        article = PG.ingest_page(job.text, job.kind, name=job.key, url=job.url)
        pred.body, pred.title = PG.article_body(article)
        if article is not None and job.brief_page:
            from briefgen.summary import summarize_article

            _render_for_coverage(summarize_article(article))  # the engine's rules fire on pages too
    except Exception as exc:  # an error other than a refused input: a failure, reported like the engine's
        pred.error = _describe(exc)


def _render_for_coverage(brief) -> None:
    """Render the brief as Markdown and throw it away: the rules of the rendered view (which
    actors and quotes a reader is shown) fire there, and the rule coverage counts them."""
    from briefgen.rendering import render

    render(brief, "md")


def _run(job: Job) -> tuple[str, Prediction]:
    from briefgen.trace import recording

    from .peers import split_sentences

    pred = Prediction()
    t0 = time.process_time()
    with recording() as fired:
        if job.kind == "summarize":
            _summarize(job, pred)
        elif job.kind == "clean":  # only the cleaner's check, for a set whose task is not run
            _check_clean(job.text, None, split_sentences(job.text), pred)
        else:
            _extract_page(job, pred)
    pred.rules = dict(fired)
    pred.seconds = time.process_time() - t0
    return job.key, pred


def _describe(exc: BaseException) -> str:
    """The error and where it was raised (innermost frame), for the failure notes."""
    import traceback

    frames = traceback.extract_tb(exc.__traceback__)
    where = f" at {frames[-1].filename}:{frames[-1].lineno}" if frames else ""
    return f"{type(exc).__name__}: {exc}{where}"


def _default_workers() -> int:
    return max(1, min(2, os.cpu_count() or 1))


def _warm_up() -> None:
    """Load spaCy, the ingest models and the scorers' caches in this process (before forking)."""
    from briefgen import summarize
    from briefgen.nlp import load_pipeline

    from .peers import split_sentences

    load_pipeline()
    summarize(WARM_UP_TEXT)
    split_sentences(WARM_UP_TEXT)


def run_engine(
    jobs: list[Job], *, workers: int | None = None, progress: bool = True
) -> Iterator[tuple[str, Prediction]]:
    """Predictions for every job, keyed by ``Job.key``, yielded as they come (in no set order).

    With more than one worker the jobs go to forked processes (where fork exists);
    results do not depend on the number of workers.
    """
    _warm_up()
    workers = _default_workers() if workers is None else workers
    # articles longest first, then the pages (a few hundredths of a second each) fill the tail
    ordered = sorted(jobs, key=lambda j: (j.kind not in ("summarize", "clean"), -len(j.text)))
    t0 = time.perf_counter()

    def note(done: int) -> None:
        if progress and (done % 50 == 0 or done == len(jobs)):
            print(
                f"  briefgen: {done}/{len(jobs)} jobs, {time.perf_counter() - t0:.0f}s",
                file=sys.stderr,
                flush=True,
            )

    if workers > 1 and len(jobs) > 1 and "fork" in mp.get_all_start_methods():
        with mp.get_context("fork").Pool(workers) as pool:
            for done, item in enumerate(pool.imap_unordered(_run, ordered, chunksize=1), 1):
                note(done)
                yield item
    else:
        for done, job in enumerate(ordered, 1):
            item = _run(job)
            note(done)
            yield item
