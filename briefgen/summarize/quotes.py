"""Quotes: verbatim quoted passages and who said them. (stub, to be replaced)"""

from __future__ import annotations

from ..model import Quote
from .analysis import Analysis

__all__ = ["extract_quotes"]


def extract_quotes(analysis: Analysis) -> list[Quote]:
    """Every quoted passage of the article, in article order, with its speaker's full name."""
    return []
