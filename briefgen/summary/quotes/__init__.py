"""Quotes: quoted passages found verbatim in the text, and the speaker each one belongs to."""

from .extract import extract_quotes, find_quote_spans

__all__ = ["extract_quotes", "find_quote_spans"]
