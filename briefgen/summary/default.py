"""The default engine: offline and deterministic, built on pysbd and spaCy's small English pipeline.

Each component reads the shared Analysis; the order matters only in that actors
use the quotes (speakers are actors) and key points use the actors (salience).
"""

from __future__ import annotations

from ..errors import NoSentencesError
from ..model import Article, Brief
from .actors import extract_actors
from .analysis import analyse
from .base import Engine, EngineOptions, register_engine
from .keypoints import bottom_line, select_key_points
from .limits import check_article_length
from .questions import find_open_questions
from .quotes import extract_quotes

__all__ = ["DefaultEngine", "DefaultOptions"]

DEFAULT_KEY_POINTS = 5


class DefaultOptions(EngineOptions):
    """Options of the default engine."""


@register_engine
class DefaultEngine(Engine):
    """Rule-based extractive engine."""

    name = "default"
    Options = DefaultOptions

    def summarize(self, article: Article) -> Brief:
        check_article_length(article.text)  # before spaCy and pysbd, whose time grows with the text
        analysis = analyse(article.text, article.title)
        if not any(any(c.isalpha() for c in s.text) for s in analysis.sentences):
            raise NoSentencesError("the text holds no sentence to summarise")
        quotes = extract_quotes(analysis)
        actors = extract_actors(analysis, quotes)
        k = self.options.max_key_points or DEFAULT_KEY_POINTS
        key_points = select_key_points(analysis, actors, k, exact=self.options.max_key_points is not None)
        return Brief(
            title=article.title,
            source=article.source,
            bottom_line=bottom_line(analysis, key_points),
            text=article.text,
            key_points=key_points,
            actors=actors,
            quotes=quotes,
            open_questions=find_open_questions(analysis, actors),
        )
