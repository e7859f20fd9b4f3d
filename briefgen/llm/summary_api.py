"""Everything the llm engine takes from :mod:`briefgen.summary`, in one place.

When the summary package's modules move, only these imports change. The llm engine needs the engine base and registry, the default
engine (its fallback and the filler of dropped items), the sentence splitter the
default engine uses (so the numbers the model cites are the default engine's
sentences) and the article length limit.
"""

from __future__ import annotations

from ..summary.base import Engine, EngineOptions, get_engine, register_engine
from ..summary.text.limits import check_article_length
from ..summary.text.sentences import split_sentences
from ..summary.types import Sentence

__all__ = [
    "Engine",
    "EngineOptions",
    "Sentence",
    "check_article_length",
    "get_engine",
    "register_engine",
    "split_sentences",
]
