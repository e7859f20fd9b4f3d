"""Bounds that keep the summary engine's time in check on hostile or broken text.

Articles come from the open web, so the engine must finish in bounded time on
any text: a 5 MB single line, a million quotation marks, 100,000 capitalised
words. Two bounds do that, both measured (see the README's security section):

* :data:`MAX_ARTICLE_CHARS`: a cleaned article longer than this is refused with
  :class:`~briefgen.errors.InputTooLargeError` before spaCy or pysbd see it.
  The longest long-form feature runs to about 60,000 characters.
* :data:`MAX_PARAGRAPH_CHARS`: pysbd's time, and that of the quote and ranking
  rules that scan a paragraph, grows with the square of a paragraph's length,
  so a longer line is handled as several paragraphs, cut at the last sentence
  end before the bound (else at a space, else anywhere). Real paragraphs, even
  a whole article pasted as one line, stay well under it, so they are never cut.

``BRIEFGEN_MAX_CHARS`` in the environment overrides :data:`MAX_ARTICLE_CHARS`.
"""

from __future__ import annotations

import os
import re

from ...errors import ConfigError, InputTooLargeError

__all__ = ["MAX_ARTICLE_CHARS", "MAX_PARAGRAPH_CHARS", "max_article_chars", "check_article_length", "bounded_spans"]

#: Longest cleaned article text the default engine reads, in characters.
MAX_ARTICLE_CHARS = 100_000
#: Longest stretch of one line handled as one paragraph, in characters.
MAX_PARAGRAPH_CHARS = 8_000
ENV_VAR = "BRIEFGEN_MAX_CHARS"

# A sentence end: terminal punctuation, closing marks, then space.
_SENTENCE_END = re.compile(r"[.!?][\"”’'»)\]]*\s+")
_SPACE = re.compile(r"\s+")


def max_article_chars() -> int:
    """The article length limit: ``$BRIEFGEN_MAX_CHARS`` when set, else :data:`MAX_ARTICLE_CHARS`."""
    value = os.environ.get(ENV_VAR, "").strip()
    if not value:
        return MAX_ARTICLE_CHARS
    try:
        limit = int(value.replace("_", ""))
    except ValueError:
        limit = 0
    if limit < 1:
        raise ConfigError(f"{ENV_VAR} must be a positive number of characters (got {value!r})")
    return limit


def check_article_length(text: str) -> None:
    """Refuse ``text`` when it is longer than the article length limit."""
    limit = max_article_chars()
    if len(text) > limit:
        raise InputTooLargeError(
            f"the article text is {len(text):,} characters long, over the limit of {limit:,} "
            f"(set {ENV_VAR} to raise it)"
        )


def _last(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> int | None:
    """End of the last match of ``pattern`` in ``text[lo:hi]``, or None."""
    end = None
    for m in pattern.finditer(text, lo, hi):
        end = m.end()
    return end


def bounded_spans(text: str, start: int, end: int, limit: int = MAX_PARAGRAPH_CHARS) -> list[tuple[int, int]]:
    """``[start, end)`` cut into spans of at most ``limit`` characters, trimmed of spaces.

    Cuts fall at the last sentence end of the second half of each window, else
    at its last space, else at the limit itself, so the work stays linear in
    the line's length.
    """
    spans: list[tuple[int, int]] = []
    while end - start > limit:
        hi = start + limit
        cut = _last(_SENTENCE_END, text, start + limit // 2, hi) or _last(_SPACE, text, start + limit // 2, hi) or hi
        piece_end = cut
        while piece_end > start and text[piece_end - 1].isspace():
            piece_end -= 1
        if piece_end > start:
            spans.append((start, piece_end))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        spans.append((start, end))
    return spans
