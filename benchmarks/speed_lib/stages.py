"""In-process stage timings: ingest, summarize, render (md, html, pdf), end to end, with peers.

Every round times each contender over the same texts, in a rotating order so
that no contender always runs first (warm caches) or last (a noisy neighbour's
burst); the reported figure is the median over rounds of the CPU seconds of a
whole pass. Peers:

- ``summarize_many`` (the library's batch call: one ``nlp.pipe`` over all the articles) against
  the same raw ``nlp.pipe``;
- raw spaCy ``nlp.pipe`` with briefgen's own pipeline (``briefgen.nlp.load_pipeline()``):
  the floor of the summary engine, which parses each article once; and ``nlp(text)``
  one article at a time, which is faster on articles of mixed lengths (no padding
  inside a batch), so the stricter floor;
- sumy LexRank and TextRank, newspaper4k's ``nlp()`` summary, through the
  offline tokenizers of ``benchmarks/quality_lib/peers.py``;
- raw WeasyPrint ``HTML(string=html).write_pdf()`` of exactly the HTML that
  briefgen prints: the floor of the PDF path.
"""

from __future__ import annotations

import sys
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from .timing import cpu_time, median

_BENCH = Path(__file__).resolve().parents[1]
if str(_BENCH) not in sys.path:  # quality_lib sits next to speed_lib
    sys.path.insert(0, str(_BENCH))

__all__ = ["StageResult", "run_stages", "KEY_POINTS", "FIXED_TIME"]

#: Sentences asked of the extractive peers: the default engine's number of key points.
KEY_POINTS = 5
#: A fixed generation time, so that the HTML printed by briefgen and by raw WeasyPrint is the same.
FIXED_TIME = datetime(2026, 1, 1, tzinfo=timezone.utc)


@dataclass
class StageResult:
    """Median CPU seconds per contender over ``rounds`` rounds, and what each pass covered."""

    rounds: int
    articles: int
    render_articles: int
    seconds: dict[str, float] = field(default_factory=dict)
    samples: dict[str, list[float]] = field(default_factory=dict)
    skipped: dict[str, str] = field(default_factory=dict)
    pipeline: list[str] = field(default_factory=list)


def _peer_functions(texts: Sequence[tuple[str, str | None]]) -> tuple[dict[str, Callable[[], Any]], dict[str, str]]:
    """The summary peers that can run here, each as a pass over ``texts``; the others with a reason."""
    from quality_lib.peers import PeerUnavailable, lexrank, newspaper_summary, textrank

    runs: dict[str, Callable[[], Any]] = {}
    skipped: dict[str, str] = {}
    candidates: dict[str, Callable[[str, str | None], Any]] = {
        "sumy_lexrank": lambda t, _title: lexrank(t, KEY_POINTS),
        "sumy_textrank": lambda t, _title: textrank(t, KEY_POINTS),
        "newspaper4k": lambda t, title: newspaper_summary(t, title, KEY_POINTS),
    }
    for name, fn in candidates.items():
        try:
            fn(*texts[0])  # warm up (imports, stop word lists) and check that the peer can run
        except PeerUnavailable as exc:
            skipped[name] = str(exc)
            continue
        runs[name] = (lambda f: lambda: [f(t, title) for t, title in texts])(fn)
    return runs, skipped


def run_stages(
    raw_texts: Sequence[str], *, rounds: int = 3, render_sample: int = 20, progress: Callable[[str], None] | None = None
) -> StageResult:
    """Time every stage and peer over ``raw_texts``; PDF-related stages over the first ``render_sample``."""
    from briefgen.ingest import ingest_text
    from briefgen.nlp import load_pipeline
    from briefgen.rendering import render
    from briefgen.summary import get_engine, summarize_article

    say = progress or (lambda _m: None)
    nlp = load_pipeline()
    articles = [ingest_text(t) for t in raw_texts]
    texts = [a.text for a in articles]
    say(f"{len(articles)} articles ingested; warming up")
    briefs = [summarize_article(a) for a in articles[:2]]  # warm-up: lazy imports, tables
    briefs = [summarize_article(a) for a in articles]
    engine = get_engine("default")
    sample = briefs[:render_sample] if render_sample else briefs
    # briefgen prints this exact HTML: the PDF template is the HTML template, same context.
    html = [render(b, "html", generated_at=FIXED_TIME) for b in sample]
    from weasyprint import HTML

    render(sample[0], "pdf", generated_at=FIXED_TIME)
    HTML(string=html[0]).write_pdf()

    def end_to_end() -> None:
        for raw in raw_texts[: len(sample)]:
            brief = summarize_article(ingest_text(raw))
            for fmt in ("md", "html", "pdf"):
                render(brief, fmt, generated_at=FIXED_TIME)

    contenders: dict[str, Callable[[], Any]] = {
        "ingest": lambda: [ingest_text(t) for t in raw_texts],
        "summarize": lambda: [summarize_article(a) for a in articles],
        # briefgen.summarize_many: one nlp.pipe over every article, the same briefs
        "summarize_many": lambda: engine.summarize_many(articles),
        # the docs are dropped as they come, as the engine drops its own
        "spacy_pipe": lambda: deque(nlp.pipe(texts), maxlen=0),
        # one call per article, as the engine parses: no batch padding, the strictest floor
        "spacy_call": lambda: deque((nlp(t) for t in texts), maxlen=0),
        "render_md": lambda: [render(b, "md", generated_at=FIXED_TIME) for b in sample],
        "render_html": lambda: [render(b, "html", generated_at=FIXED_TIME) for b in sample],
        "render_pdf": lambda: [render(b, "pdf", generated_at=FIXED_TIME) for b in sample],
        "weasyprint_raw": lambda: [HTML(string=h).write_pdf() for h in html],
        "end_to_end": end_to_end,
    }
    peers, skipped = _peer_functions(list(zip(texts, (a.title for a in articles))))
    contenders.update(peers)
    result = StageResult(
        rounds=rounds,
        articles=len(articles),
        render_articles=len(sample),
        skipped=skipped,
        pipeline=list(nlp.pipe_names),
    )
    names = list(contenders)
    for r in range(rounds):
        order = names[r % len(names) :] + names[: r % len(names)]
        for name in order:
            seconds = cpu_time(contenders[name])
            result.samples.setdefault(name, []).append(seconds)
            say(f"round {r + 1}/{rounds} {name}: {seconds:.2f}s")
    result.seconds = {name: median(values) for name, values in result.samples.items()}
    return result
