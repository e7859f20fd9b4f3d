"""Open questions the article raises. (stub)"""

from __future__ import annotations

from ..model import Actor, OpenQuestion
from .analysis import Analysis

__all__ = ["find_open_questions"]


def find_open_questions(analysis: Analysis, actors: list[Actor]) -> list[OpenQuestion]:
    """Explicit questions in the text, and questions derived from reported uncertainty."""
    return []
