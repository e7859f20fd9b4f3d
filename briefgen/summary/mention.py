"""One mention of a named entity, the record the mention finder, the kind fixer and the actor builder share."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan

__all__ = ["Mention"]


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
