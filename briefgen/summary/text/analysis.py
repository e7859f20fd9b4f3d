"""The shared analysis of one article: sentences, spaCy parse and entities, computed once."""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any, TypeVar

from ...nlp import load_pipeline
from ...trace import fired
from ..types import Sentence
from .date_names import join_date_surnames
from .sentences import split_sentences

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


def analyse(text: str, title: str | None = None, doc: "Doc | None" = None) -> Analysis:
    """Run the sentence splitter and the spaCy pipeline over ``text``.

    ``doc``: the pipeline's parse of ``text`` when the caller has it already (a batch parsed
    with ``nlp.pipe``); it is changed in place (nicknames joined into one entity).
    """
    if doc is None:
        doc = load_pipeline()(text)
    elif doc.text != text:
        raise ValueError("the parse given is not of this text")
    _join_nicknames(doc)
    join_date_surnames(doc)
    return Analysis(text=text, title=title, doc=doc, sentences=split_sentences(text))


def _join_nicknames(doc: "Doc") -> None:
    """One person for ``Teresa "Tess" Molina``: the tagger cuts the name at the quoted nickname."""
    from spacy.util import filter_spans

    ents = list(doc.ents)
    joined = []
    for t in doc:
        # Name "Nick" Name: a quote, one or two capitalised words, a quote, a capitalised word
        if not (t.is_quote and t.i >= 1 and t.i + 3 < len(doc) and doc[t.i - 1].pos_ == "PROPN"):
            continue
        close = next((j for j in range(t.i + 2, min(t.i + 4, len(doc))) if doc[j].is_quote), None)
        if close is None or close + 1 >= len(doc) or t.whitespace_ or not doc[close + 1].text[:1].isupper():
            continue
        if not all(w.text[:1].isupper() for w in doc[t.i + 1 : close]) or doc[close + 1].pos_ not in ("PROPN", "NOUN"):
            continue
        first = next((e for e in ents if e.start <= t.i - 1 < e.end), None)
        begin = first.start if first is not None else t.i - 1
        while first is None and begin > 0 and doc[begin - 1].pos_ == "PROPN" and doc[begin - 1].text[:1].isupper():
            begin -= 1
        end = close + 2
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
            end += 1
        joined.append(doc[begin:end])
    if joined:
        fired("entities.nickname_join")
        spans = [doc.char_span(s.start_char, s.end_char, label="PERSON") for s in joined]
        doc.ents = filter_spans([s for s in spans if s is not None] + ents)
