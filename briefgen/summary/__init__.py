"""Summarize: a cleaned article in, a Brief out, through a pluggable engine.

This package works on an :class:`~briefgen.model.Article` and never imports
:mod:`briefgen.ingest`: cleaning raw text first is the caller's part (the
public :func:`briefgen.summarize` composes the two).
"""

from __future__ import annotations

from ..model import Article, Brief
from .base import Engine, EngineOptions, engine_names, get_engine, register_engine

__all__ = ["summarize_article", "Engine", "EngineOptions", "engine_names", "get_engine", "register_engine"]


def summarize_article(article: Article, *, engine: str = "default", **options: object) -> Brief:
    """Summarise an ingested article with the named engine."""
    return get_engine(engine, **options).summarize(article)
