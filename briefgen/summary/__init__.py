"""Summarize: a cleaned article in, a Brief out, through a pluggable engine."""

from __future__ import annotations

from ..model import Article, Brief, Source
from .base import Engine, EngineOptions, engine_names, get_engine, register_engine

__all__ = ["summarize", "summarize_article", "Engine", "EngineOptions", "engine_names", "get_engine", "register_engine"]


def summarize_article(article: Article, *, engine: str = "default", **options: object) -> Brief:
    """Summarise an ingested article with the named engine."""
    return get_engine(engine, **options).summarize(article)


def summarize(
    text: str,
    *,
    title: str | None = None,
    max_key_points: int | None = None,
    engine: str = "default",
    source: Source | None = None,
) -> Brief:
    """Summarise article text; ``text`` is cleaned first, as the CLI does."""
    from ..ingest import ingest_text

    article = ingest_text(text)
    if title is not None:
        article.title = title
    if source is not None:
        article.source = source
    return summarize_article(article, engine=engine, max_key_points=max_key_points)
