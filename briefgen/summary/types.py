"""The records the engine's stages share: a sentence, a mention of a named entity, an entity
(its mentions grouped), a quoted passage, a key-point candidate. A leaf module: it imports
nothing of briefgen."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan

__all__ = ["Entity", "Mention", "QuoteSpan", "Sentence", "Unit"]


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
    written: str | None = None  # the form as written when ``text`` writes it out ("Ill." -> "Illinois")


@dataclass(eq=False)
class Entity:
    """One person, organisation or place of an article: its mentions grouped, its kind decided.

    Built by :func:`briefgen.summary.entities.entity_model`; read it, do not change it.
    """

    #: "person", "organization" or "place".
    kind: str
    #: The fullest form of the name as the article writes it (surname-first names keep their order).
    name: str
    #: The mentions by name, in article order (each has its character offsets).
    mentions: list[Mention] = field(default_factory=list, repr=False)
    #: Other forms of the name in the article, first seen first, without case duplicates.
    aliases: list[str] = field(default_factory=list)
    #: The role the article gives a person ("Russian President"), verbatim; None for others.
    role: str | None = None
    #: ``[start, end)`` of the definite descriptions that refer to it ("the company", "the envoy").
    descriptions: list[tuple[int, int]] = field(default_factory=list)

    @property
    def spans(self) -> list[tuple[int, int]]:
        """``[start, end)`` of every mention by name, in article order."""
        return [(m.start, m.end) for m in self.mentions]

    @property
    def first(self) -> int:
        """Offset of the first mention by name."""
        return self.mentions[0].start if self.mentions else 1 << 30

    @property
    def forms(self) -> list[str]:
        """The name and its aliases."""
        return [self.name, *self.aliases]


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
    #: A paragraph set off as a block quote after a line that introduces it ("... said in a
    #: statement:"), with no quotation marks of its own.
    block: bool = False
    #: The paragraph of a block quote's introducing line, when it is not the one right before
    #: (a link's title or a heading sits between them).
    intro: int | None = None


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
    #: The unit asks a question (a subheading of an explainer, a rhetorical question).
    question: bool = False
    #: The unit says next to nothing: fewer than three content words ("How true that was.").
    thin: bool = False
    #: The unit is in an interview's answer ("My first job was ..."): the guest's words, quoted as
    #: such, no sentence of the writer's (see ``text.interview``).
    guest: bool = False

    @property
    def eligible(self) -> bool:
        """Not clutter, not a caption, not a question, not thin, not an interview guest's answer:
        a statement of the writer's that can be a key point."""
        return not self.clutter and not self.caption and not self.question and not self.thin and not self.guest
