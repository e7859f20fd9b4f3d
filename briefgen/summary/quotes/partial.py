"""Partial quotes: words quoted inside the writer's own sentence, given that sentence as context.

News often quotes a fragment within its own sentence: *The mayor called the levy “a tax on
every family that drives to work.”* Shown alone, “a tax on every family that drives to work.”
reads as a cut quote; with the sentence it is whole. A quote is partial when it opens in lower
case and the writer's words stand before its opening mark in the same sentence. The context is
that sentence (through the one the quote closes in), unless it is too long to show.
"""

from __future__ import annotations

from ...model import Span
from ...trace import fired
from ..text.analysis import Analysis
from ..types import QuoteSpan

#: A context longer than this is not shown: the quote alone is better than a paragraph.
MAX_CONTEXT_WORDS = 50


def partial_context(analysis: Analysis, quote: QuoteSpan) -> Span | None:
    """The span of the writer's sentence around a partial quote, or None when the quote stands alone."""
    text = analysis.text
    first = next((ch for ch in text[quote.start : quote.end] if ch.isalpha()), "")
    if not first.islower() or quote.open_mark is None:
        return None
    opening = analysis.sentence_at(quote.open_mark)
    closing = analysis.sentence_at(max(quote.start, (quote.close_mark or quote.end) - 1))
    if opening is None or closing is None or closing.end < quote.end:
        return None
    if not any(ch.isalpha() for ch in text[opening.start : quote.open_mark]):
        return None  # the quote opens the sentence: the words around it add nothing
    if len(text[opening.start : closing.end].split()) > MAX_CONTEXT_WORDS:
        fired("quotes.partial_too_long")
        return None
    fired("quotes.partial_context")
    return (opening.start, closing.end)
