"""The shared analysis of one article: sentences, spaCy parse and entities, computed once."""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any, TypeVar

from ..nlp import load_pipeline
from .sentences import Sentence, split_sentences

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span as SpacySpan

__all__ = ["Analysis", "analyse"]

T = TypeVar("T")


@dataclass
class Analysis:
    """Everything the engine's components read: built once per article."""

    text: str
    title: str | None
    doc: "Doc"
    sentences: list[Sentence]
    _starts: list[int] = field(default_factory=list, repr=False)
    _memo: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._starts = [s.start for s in self.sentences]

    def memoized(self, key: str, build: Callable[[], T]) -> T:
        """``build()``, computed once per analysis: components that need the same derived
        data (the key point units, say) share it instead of recomputing it."""
        if key not in self._memo:
            self._memo[key] = build()
        return self._memo[key]

    def sentence_at(self, char: int) -> Sentence | None:
        """The sentence that contains character offset ``char``, if any."""
        i = bisect.bisect_right(self._starts, char) - 1
        if i >= 0 and self.sentences[i].start <= char < self.sentences[i].end:
            return self.sentences[i]
        return None

    def span(self, start: int, end: int) -> "SpacySpan | None":
        """The spaCy span covering characters ``[start, end)`` (expanded to whole tokens)."""
        return self.doc.char_span(start, end, alignment_mode="expand")

    @cached_property
    def entities(self) -> list["SpacySpan"]:
        """spaCy's named entities over the whole text."""
        return list(self.doc.ents)


def analyse(text: str, title: str | None = None) -> Analysis:
    """Run the sentence splitter and the spaCy pipeline over ``text``."""
    nlp = load_pipeline()
    doc = nlp(text)
    return Analysis(text=text, title=title, doc=doc, sentences=split_sentences(text))
