"""The records the engine's stages share: a sentence, a mention of a named entity, a quoted
passage, a key-point candidate. A leaf module: it imports nothing of briefgen."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan

__all__ = ["Mention", "QuoteSpan", "Sentence", "Unit"]


@dataclass
class Mention:
    """One mention of a named entity: cleaned text, offsets in the article, kind."""

    text: str
    start: int
    end: int
    kind: str
    label: str
    span: "SpacySpan"
    hint: str | None = None  # kind implied by the name's own words, stronger than spaCy's label
    role: str | None = None  # a title the model took into the name ("Belgian King" Baudouin)


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of the cleaned text: ``text[start:end]``, and the paragraph it is in."""

    start: int
    end: int
    text: str
    paragraph: int
    index: int = 0


@dataclass
class QuoteSpan:
    """One quoted passage found in the text, before its speaker is known."""

    start: int
    end: int
    paragraph: int
    #: Offset of the opening mark, or None when it was lost (quote runs from the paragraph start).
    open_mark: int | None
    #: Offset just past the closing mark, or None when the quote runs to the paragraph end.
    close_mark: int | None
    #: True when the quote continues into the next paragraph (no closing mark here).
    continues: bool = False
    #: True when this quote continues one from the previous paragraph.
    continued: bool = False
    #: The speaker label of a transcript line ("AVERY: Well, ..."), cut off the quote's text,
    #: and where the label starts.
    label: str | None = None
    label_at: int | None = None


@dataclass
class Unit:
    """One candidate key point: a verbatim stretch of the cleaned text."""

    start: int
    end: int
    text: str
    sentence: Sentence
    order: int = 0
    clutter: bool = False
    caption: bool = False
    penalty: float = 0.0
    terms: Counter = field(default_factory=Counter)
    words: int = 0
    quote_share: float = 0.0
    score: float = 0.0

    @property
    def eligible(self) -> bool:
        """Not clutter, not a caption."""
        return not self.clutter and not self.caption
