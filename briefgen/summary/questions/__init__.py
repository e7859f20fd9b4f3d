"""Open questions: questions the article asks, and the uncertainties it states, as questions."""

from .find import find_open_questions

__all__ = ["find_open_questions"]
