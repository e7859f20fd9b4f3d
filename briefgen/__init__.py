"""briefgen: news articles in, analyst briefings out.

    from briefgen import summarize, render
    brief = summarize(text)
    html = render(brief, "html")
    briefs = summarize_many(texts)   # many articles: one spaCy batch, faster

Heavy parts (pydantic models, spaCy, WeasyPrint) load on first use, so the
command line starts fast.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from ._version import __version__
from .errors import BriefgenError

if TYPE_CHECKING:
    from .model import Actor, Article, Brief, KeyPoint, OpenQuestion, Quote, Source

__all__ = [
    "summarize",
    "summarize_many",
    "render",
    "Brief",
    "Article",
    "Source",
    "KeyPoint",
    "Actor",
    "Quote",
    "OpenQuestion",
    "BriefgenError",
    "__version__",
]


logging.getLogger(__name__).addHandler(logging.NullHandler())

_MODEL_NAMES = {"Brief", "Article", "Source", "KeyPoint", "Actor", "Quote", "OpenQuestion"}


def summarize(
    text: str,
    *,
    title: str | None = None,
    max_key_points: int | None = None,
    engine: str = "default",
    source: "Source | None" = None,
    engine_options: dict[str, Any] | None = None,
) -> "Brief":
    """Summarise article text into a Brief; ``text`` is cleaned first, as the CLI does.

    Cleaning is :func:`briefgen.ingest.ingest_text`; the summary is made by the
    named engine (see :func:`briefgen.summary.summarize_article`) with
    ``engine_options`` (``{"model": ...}`` for the llm engine).
    """
    from .ingest import ingest_text
    from .engine_choice import engine_kwargs
    from .summary import summarize_article

    article = ingest_text(text)
    if title is not None:
        article.title = title
    if source is not None:
        article.source = source
    return summarize_article(article, engine=engine, **engine_kwargs(max_key_points, engine_options))


def summarize_many(
    texts: Iterable[str], *, max_key_points: int | None = None, engine: str = "default"
) -> "list[Brief]":
    """Summarise many article texts: the same briefs as :func:`summarize` of each, in order.

    Each text is cleaned as :func:`summarize` cleans it; the default engine then parses all of
    them with one spaCy ``nlp.pipe`` (batches) instead of one call per article, which is faster
    on a collection of articles. The first text that cannot be summarised raises its error.
    """
    from .ingest import ingest_text
    from .summary import get_engine

    articles = [ingest_text(text) for text in texts]
    summarizer = get_engine(engine, max_key_points=max_key_points)
    many = getattr(summarizer, "summarize_many", None)
    if many is not None:
        return list(many(articles))
    return [summarizer.summarize(article) for article in articles]


def render(brief: "Brief", fmt: str, **kwargs: Any) -> str | bytes:
    """Render a Brief in a registered format ('md', 'html', 'pdf', 'json', 'docx', a plugin's).

    See :func:`briefgen.rendering.render`.
    """
    from .rendering import render as _render

    return _render(brief, fmt, **kwargs)


def __getattr__(name: str) -> Any:
    if name in _MODEL_NAMES:
        from . import model

        return getattr(model, name)
    raise AttributeError(f"module 'briefgen' has no attribute {name!r}")
