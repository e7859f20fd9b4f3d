"""Everything the llm engine takes from :mod:`briefgen.summary`, in one place.

The summary package is being restructured; when its modules move, only these
imports change. The llm engine needs the engine base and registry, the default
engine (its fallback and the filler of dropped items), the sentence splitter the
default engine uses (so the numbers the model cites are the default engine's
sentences) and the article length limit.
"""

from __future__ import annotations

from ..summary.base import Engine, EngineOptions, get_engine, register_engine
from ..summary.limits import check_article_length
from ..summary.sentences import Sentence, split_sentences

__all__ = [
    "Engine",
    "EngineOptions",
    "Sentence",
    "check_article_length",
    "get_engine",
    "register_engine",
    "split_sentences",
]
