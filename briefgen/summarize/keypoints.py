"""Key points and the bottom line: ranked source sentences. (stub: lead sentences)"""

from __future__ import annotations

from ..model import Actor, KeyPoint
from .analysis import Analysis

__all__ = ["select_key_points", "bottom_line"]


def select_key_points(analysis: Analysis, actors: list[Actor], k: int, *, exact: bool = False) -> list[KeyPoint]:
    """The ``k`` most important sentences, in article order."""
    return [KeyPoint(text=s.text, spans=[(s.start, s.end)]) for s in analysis.sentences[:k]]


def bottom_line(analysis: Analysis, key_points: list[KeyPoint]) -> str:
    """One sentence that says what the article is about."""
    return key_points[0].text if key_points else ""
