"""Finding the model's words in the article: quotes verbatim with their real spans, names, nearby mentions.

Matching is on a normalised copy of the article (typographic quotation marks
and apostrophes made straight, every run of whitespace one space) with a map
back to the original offsets, so a span found is a span of ``Brief.text``.
"""

from __future__ import annotations

import bisect
import re

from .summary_api import Sentence

__all__ = ["ArticleText", "normalise"]

_QUOTE_MARKS = str.maketrans({c: '"' for c in "“”„‟″«»"} | {c: "'" for c in "‘’‚‛′"})
_SPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    """Straight quotation marks, one space for each run of whitespace, stripped."""
    return _SPACE.sub(" ", text.translate(_QUOTE_MARKS)).strip()


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


class ArticleText:
    """The article, its sentences, and a normalised copy that maps back to it."""

    def __init__(self, text: str, sentences: list[Sentence]) -> None:
        self.text = text
        self.sentences = sentences
        self._starts = [s.start for s in sentences]
        chars: list[str] = []
        offsets: list[int] = []
        translated = text.translate(_QUOTE_MARKS)
        previous_space = True
        for i, ch in enumerate(translated):
            if ch.isspace():
                if previous_space:
                    continue
                ch, previous_space = " ", True
            else:
                previous_space = False
            chars.append(ch)
            offsets.append(i)
        self.normal = "".join(chars)
        self._offsets = offsets
        self.folded = self.normal.casefold() if len(self.normal.casefold()) == len(self.normal) else None

    def _original(self, start: int, end: int) -> tuple[int, int]:
        """The original span of ``normal[start:end]``."""
        return self._offsets[start], self._offsets[end - 1] + 1

    def find_all(self, words: str, *, ignore_case: bool = False) -> list[tuple[int, int]]:
        """Original spans of every whole-word occurrence of ``words`` (normalised first)."""
        needle = normalise(words)
        if not needle:
            return []
        haystack = self.normal
        if ignore_case and self.folded is not None and len(needle.casefold()) == len(needle):
            haystack, needle = self.folded, needle.casefold()
        spans = []
        start = haystack.find(needle)
        while start >= 0:
            end = start + len(needle)
            before_ok = start == 0 or not (_word_char(haystack[start - 1]) and _word_char(needle[0]))
            after_ok = end == len(haystack) or not (_word_char(haystack[end]) and _word_char(needle[-1]))
            if before_ok and after_ok:
                spans.append(self._original(start, end))
            start = haystack.find(needle, start + 1)
        return spans

    def sentence_index(self, offset: int) -> int | None:
        """The index (0-based) of the sentence holding character ``offset``, if any."""
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and self.sentences[i].start <= offset < self.sentences[i].end:
            return i
        return None

    def window(self, start: int, end: int, before: int = 2, after: int = 1) -> list[Sentence]:
        """The sentences of ``[start, end)`` with ``before`` sentences before them and ``after`` after."""
        first = self.sentence_index(start)
        last = self.sentence_index(max(start, end - 1))
        if first is None or last is None:
            return []
        return self.sentences[max(0, first - before) : last + after + 1]

    def inside_quotation_marks(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` lies between double quotation marks of its paragraph and crosses none."""
        para_start = self.text.rfind("\n", 0, start) + 1
        before = self.text[para_start:start].translate(_QUOTE_MARKS)
        inside = self.text[start:end].translate(_QUOTE_MARKS)
        return before.count('"') % 2 == 1 and '"' not in inside.strip('"')
