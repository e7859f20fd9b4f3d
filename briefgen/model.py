"""The Brief: the one typed object handed from summarize to render, and the stable JSON contract."""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from .lang.en.discourse import (
    DEMONSTRATIVES,
    DROPPABLE_CONNECTIVES,
    PERSONAL_PRONOUNS,
    POSSESSIVE_PRONOUNS,
    TIME_BACK_OPENING,
)

__all__ = [
    "SCHEMA_VERSION",
    "TERM_MAX_WORDS",
    "Span",
    "Source",
    "KeyPoint",
    "Actor",
    "Quote",
    "OpenQuestion",
    "EngineRecord",
    "Brief",
    "Article",
    "quote_kind",
    "holds_bottom_line",
    "repeats_bottom_line",
    "beyond_bottom_line",
]

SCHEMA_VERSION = "1.4"

#: A quote of at most this many words is a term (a scare quote, a coined phrase), not a statement.
TERM_MAX_WORDS = 3

#: A half-open character range ``[start, end)`` into ``Brief.text``.
Span = Annotated[tuple[int, int], Field(description="[start, end) character offsets into Brief.text")]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Source(_Strict):
    """Where the article came from; every field is optional."""

    outlet: str | None = Field(None, description="Publication or site name, e.g. 'Reuters'.")
    url: str | None = Field(None, description="Canonical URL of the article.")
    author: str | None = Field(None, description="Byline.")
    published: str | None = Field(None, description="Publication date as given (ISO 8601 when known).")
    genre: str | None = Field(
        None,
        description="The kind of piece the page declares when it is not plain news: 'Opinion', 'Editorial', "
        "'Analysis', 'Review', 'Fact check', 'Press release', 'Letters', 'Advice', 'Satire', 'Sponsored'. "
        "Added in schema 1.4.",
    )
    rating: str | None = Field(
        None, description="A fact check's verdict on the claim it checks, as the page gives it ('False'). Added in 1.4."
    )


class KeyPoint(_Strict):
    """One key point, traceable to the sentences of the article it comes from."""

    text: str
    spans: list[Span] = Field(default_factory=list, description="Source sentences in Brief.text.")


class Actor(_Strict):
    """A person, organisation or place the article is about."""

    name: str = Field(description="Fullest form of the name in the article.")
    kind: str = Field(description="'person', 'organization' or 'place'; more kinds may be added.")
    role: str | None = Field(None, description="Role the article gives the actor, e.g. 'Russian President'.")
    aliases: list[str] = Field(default_factory=list, description="Other forms of the name in the article.")
    mentions: int = Field(0, ge=0, description="How many times the article mentions the actor.")


class Quote(_Strict):
    """Words the article quotes verbatim."""

    text: str = Field(description="The words inside the quotation marks, verbatim.")
    speaker: str | None = Field(
        None,
        description="Full name of the person or organisation the article names for the quote; else the "
        "article's own description of the speaker ('a ministry spokesperson'); null when the article does "
        "not say.",
    )
    span: Span = Field(description="Where text stands in Brief.text: text == Brief.text[start:end].")
    kind: Literal["statement", "term"] = Field(
        "statement",
        description="'statement': words someone said or wrote (four words or more); 'term': three words or "
        "fewer in quotation marks (a scare quote, a coined term, a title), which templates show apart; the "
        "default engine also makes a term of a fragment of eight words or fewer quoted inside the writer's "
        "sentence, whoever said it, and of a longer quote credited to no one that is a title in capitals "
        "or a phrase of the writer's own sentence. Added in schema 1.1; when absent (a 1.0 brief, an engine "
        "that does not set it) it is told from text.",
    )
    context: Span | None = Field(
        None,
        description="For a partial quote (words quoted inside the writer's own sentence, opening in lower case: "
        "... called the plan “a gift to the importers”), the span of that whole sentence in Brief.text, so that "
        "the quote can be read with the words around it (of a sentence too long to show, the clause that holds the "
        "quote, from the comma, semicolon, colon or dash before it); for a quote whose attribution the article hedges "
        "(“...,” the guard allegedly told a colleague; she reportedly wrote), the sentences from the one that hedges "
        "it through the quote, so that the claim is not read as fact; null when the quote stands on its own. "
        "Added in 1.2.",
    )

    @model_validator(mode="after")
    def _context_holds_quote(self) -> "Quote":
        if self.context is not None and not (self.context[0] <= self.span[0] and self.span[1] <= self.context[1]):
            raise ValueError("quote context must contain the quote's span")
        return self

    @model_validator(mode="before")
    @classmethod
    def _kind_from_text(cls, data: object) -> object:
        """A quote given without ``kind`` is a term when its text has three words or fewer."""
        if isinstance(data, dict) and "kind" not in data and isinstance(data.get("text"), str):
            data = {**data, "kind": quote_kind(data["text"])}
        return data


def quote_kind(text: str) -> Literal["statement", "term"]:
    """'term' for three words or fewer (words: runs between spaces with a letter or digit), else 'statement'."""
    words = [w for w in text.split() if any(ch.isalnum() for ch in w)]
    return "term" if len(words) <= TERM_MAX_WORDS else "statement"


class OpenQuestion(_Strict):
    """A question the article raises or leaves open, phrased as a question."""

    text: str
    spans: list[Span] = Field(default_factory=list, description="Source sentences in Brief.text.")


class EngineRecord(_Strict):
    """How an engine that records it (the ``llm`` engine) made the brief, and what it threw away."""

    name: str = Field(description="The engine asked for, e.g. 'llm'.")
    model: str | None = Field(None, description="The language model that was asked, when there was one.")
    fallback: str | None = Field(
        None, description="Why the model's answer was not used at all (the default engine's brief stands), or null."
    )
    dropped: dict[str, int] = Field(
        default_factory=dict, description="Items of the model's answer dropped, by the check they failed."
    )
    filled: dict[str, int] = Field(
        default_factory=dict, description="Items the default engine supplied in their place, by section."
    )


class Brief(_Strict):
    """A briefing on one article."""

    schema_version: str = SCHEMA_VERSION
    title: str | None = None
    source: Source = Field(default_factory=Source)
    bottom_line: str = ""
    bottom_line_spans: list[Span] = Field(
        default_factory=list,
        description="The pieces of Brief.text the bottom line keeps, in order (added in 1.3): the bottom line is "
        "them joined by single spaces (none before punctuation), its first letter capitalised.",
    )
    text: str = Field(description="The cleaned article text that every span indexes into.")
    key_points: list[KeyPoint] = Field(default_factory=list)
    actors: list[Actor] = Field(default_factory=list, description="Most important first.")
    quotes: list[Quote] = Field(default_factory=list, description="In article order.")
    open_questions: list[OpenQuestion] = Field(default_factory=list)
    engine: EngineRecord | None = Field(
        None, description="Added in 1.1: how the engine made the brief; null for the default engine."
    )

    def to_json(self, *, indent: int | None = 2) -> str:
        """Serialise to the JSON contract."""
        return self.model_dump_json(indent=indent)

    @classmethod
    def from_json(cls, data: str | bytes) -> "Brief":
        """Parse a brief from its JSON form."""
        return cls.model_validate_json(data)

    @classmethod
    def json_schema(cls) -> dict:
        """The JSON Schema of the contract."""
        return cls.model_json_schema()


#: A name a key point puts in for a pronoun or a description adds at most this many characters.
BORROWED_NAME_CHARS = 40
#: ... and the rest of the point is the bottom line's own words, at least this share of them.
REPEATED_SHARE = 0.8
#: A bottom line cut from a sentence by this many words or more leaves the sentence saying more.
SHORTENED_SAYS_MORE = 8
#: The most characters a bottom line borrows from outside its sentence: a name spelled out for its
#: letters, up to eight words and the letters in brackets ("Tarvel Marine Varnish and Coating
#: Works (TMVCW)").
BORROWED_FORM_CHARS = 120


def holds_bottom_line(point: KeyPoint, bottom_line_spans: list[Span] | tuple[Span, ...]) -> bool:
    """``point`` is one piece of the article that holds every piece of the bottom line: the sentence
    the bottom line was taken (and maybe cut) from. A piece from elsewhere that the line borrows, a
    name spelled out for its letters ("Tarvel Varnish K.K. (TVK)"), is no piece of that sentence."""
    if len(point.spans) != 1 or not bottom_line_spans:
        return False
    a, b = point.spans[0]
    inside = [(s, e) for s, e in bottom_line_spans if a <= s and e <= b]
    outside = [(s, e) for s, e in bottom_line_spans if e <= a or s >= b]
    borrowed = sum(e - s for s, e in outside)
    return bool(inside) and len(inside) + len(outside) == len(bottom_line_spans) and borrowed <= BORROWED_FORM_CHARS


def repeats_bottom_line(point: KeyPoint, bottom_line: str, bottom_line_spans: list[Span] | tuple[Span, ...]) -> bool:
    """``point`` says the bottom line again: the same text, or the one sentence the bottom line was
    shortened from (a point that joins another sentence to it says more). Renderers leave such a
    point out under the bottom line; the default engine adds a spare point in its place."""
    if not bottom_line.strip():
        return False
    if point.text.strip() == bottom_line.strip():
        return True
    if not bottom_line_spans or not point.spans:
        return False
    if len(point.spans) == 1:
        within = holds_bottom_line(point, bottom_line_spans)
        # the sentence the bottom line was cut from says more when the cut took a clause: "...
        # fined £500 under the new harbour rules[, which also close the slipway at night]" (a blind review's
        # major: the fact the cut took was nowhere in the brief). Coverage: the point is shown under
        # the cut bottom line of 15 dev articles (11 PolNeAR, 3 CNN/DailyMail, 1 CoNLL), 6 of the 60
        # real pages and 5 of the 111 training pages (either input); a repeat of some of the bottom
        # line's words is a minor of the sign-off review, a fact missing from the brief a major
        return within and len(point.text.split()) - len(bottom_line.split()) < SHORTENED_SAYS_MORE
    # the same sentence with a name put in for a pronoun or a description ("Ruiz's plan ..." for
    # "The mayor's plan ..."), or without an aside the bottom line keeps ("(£1.8bn)"): the point's
    # spans hold most of the bottom line's, and its text is no longer than the bottom line by more
    # than a name. Coverage: 1 of the 60 real pages (both inputs: a standfirst told of "the
    # president"), 4 BBC articles (an amount in brackets) and 2 PolNeAR articles (a full name), at
    # the default count; a blind review counts the same point twice
    size = sum(e - s for s, e in bottom_line_spans)
    shared = sum(max(0, min(b, e) - max(a, s)) for a, b in point.spans for s, e in bottom_line_spans)
    return shared >= REPEATED_SHARE * size and len(point.text) <= len(bottom_line) + BORROWED_NAME_CHARS


def beyond_bottom_line(point: KeyPoint, text: str, bottom_line_spans: list[Span] | tuple[Span, ...]) -> KeyPoint | None:
    """What ``point`` says beyond the bottom line, when it joins the sentence the bottom line was
    taken from to another that leans on it only by its opening connective ("Ferry fares rose in
    May. But the rise is no burden for islanders, the board says."): the other sentence, to show
    under the bottom line instead of the bottom line's words again, without the connective; None
    when the point holds no such sentence whole, word for word, or when the other sentence leans on
    the bottom line's by more than a connective (:func:`leans_past_connective`). The point itself
    stays whole in the JSON: each key point there stands on its own."""
    if len(point.spans) < 2 or not bottom_line_spans or not text:
        return None
    holding = [sp for sp in point.spans if all(sp[0] <= s and e <= sp[1] for s, e in bottom_line_spans)]
    if len(holding) != 1:
        return None
    sentence = text[holding[0][0] : holding[0][1]].strip()
    body = point.text.strip()
    if sentence and body.startswith(sentence):
        rest = body[len(sentence) :].strip()
    elif sentence and body.endswith(sentence):
        rest = body[: -len(sentence)].strip()
    else:
        return None
    if not rest or leans_past_connective(rest):
        return None
    spans = [sp for sp in point.spans if sp != holding[0]]
    rest, spans = _without_leading_connective(rest, spans, text)
    return KeyPoint(text=rest[:1].upper() + rest[1:], spans=spans)


def leans_past_connective(rest: str) -> bool:
    """``rest``, shown alone under the bottom line, would lean on a sentence the brief no longer
    shows by a pronoun or a demonstrative in its opening words, after any opening connective
    ("It posted ...", "Renamed in May, it posted ...", "The board rejected these claims ...",
    "However, it was this kind of ..."): the engine joined it to the bottom line's sentence for
    that word. A blind review counts such a point a major (3 of 30 real pages, both inputs: "the
    Markdown removed the sentence it depended on"); shown whole, the point repeats the bottom
    line's words, a minor. So does an opening that points at a time the bottom line's sentence
    tells ("At the time, Kelco called it a test.", "That night, ...": a blind review's major on 1
    real page, both inputs). A definite noun ("The ruling has ...", "The gas leak may ...") reads
    as the bottom line's own under it, and a connective is dropped (:func:`_without_leading_connective`).
    "that" counts only as the first word (after it, mostly a conjunction), and a pronoun not after
    a capitalised word of the sentence, which may be its referent ("A row involving Ana Roe, her
    former label and ..."), nor a possessive ("his", "its", "their"; "her" may be an object) after
    the subject a "The" opens ("The skipper saw his GP in March ...": the bottom line above says
    who; 1 CNN/DailyMail dev article and 2 of the 60 real pages, both inputs, a blind review's
    minor as the bottom line's words repeated)."""
    words = rest.split()
    # "It’s" and "It's" are "it" and its verb
    raw = [re.split(r"['’]", w.strip(",;:.!?“”\"'‘’()"))[0] for w in words]
    if raw and raw[0].lower() in DROPPABLE_CONNECTIVES:
        raw, words = raw[1:], words[1:]
    if _ANTICIPATORY_IT.match(" ".join(words)):
        return False  # "It's important to remember that ...": the "it" stands for the clause after it
    if TIME_BACK_OPENING.match(" ".join(words)):
        return True  # "At the time, the yard ...": which time, only the bottom line's sentence tells
    for n, word in enumerate(raw[:LEANING_WORDS]):
        w = word.lower()
        if w in DEMONSTRATIVES and (w != "that" or n == 0):
            return True
        if w in PERSONAL_PRONOUNS:
            # "A row involving Ana Roe, her former label ...": the name before it is its referent;
            # so is the subject a "The" opens before a possessive ("The patient saw his doctor")
            if w in POSSESSIVE_PRONOUNS and n >= 2 and raw[0].lower() == "the":
                return False
            return not any(x[:1].isupper() and not _in_place_phrase(raw, words, i) for i, x in enumerate(raw[1:n], 1))
    return False


#: Prepositions after which a capitalised word is where, not who: "Born in rural Kelby, she ...".
_PLACE_PREPOSITIONS = frozenset({"in", "at", "from", "near", "across", "outside", "into", "to"})


def _in_place_phrase(raw: list[str], words: list[str], i: int) -> bool:
    """``raw[i]`` ends a phrase of place within the three words before it, none of them capitalised
    nor set off by a comma ("in rural south Kelby"): a place is no referent of a "she" or a "his".
    Coverage: 1 training page (both inputs: "Raised on a farm near Kelby, she is ..."
    shown alone under the bottom line that names her, a blind A/B review's major), no dev article."""
    for j in range(i - 1, max(-1, i - 4), -1):
        word = raw[j]
        if words[j].endswith((",", ";", ":")):
            return False
        if word.lower() in _PLACE_PREPOSITIONS:
            return True
        if word[:1].isupper():
            return False
    return False


#: "It's hard to ...", "It is clear that ...", "It was important to ...": an "it" that stands for
#: the clause after its adjective, not for anything before.
_ANTICIPATORY_IT = re.compile(
    r"it(?:['’]s|\s+is|\s+was|\s+will\s+be|\s+would\s+be)\s+(?:\w+\s+)?\w+\s+(?:to|that|for)\b", re.IGNORECASE
)
#: How many opening words of a point shown under the bottom line are read for a word that leans.
LEANING_WORDS = 8


def _without_leading_connective(rest: str, spans: list[Span], text: str) -> tuple[str, list[Span]]:
    """``rest`` without an opening "But", "And", "However," ...: shown as a point of its own under
    the bottom line, the sentence leans on nothing the connective could join it to ("But the
    rise is no burden" -> "The rise is no burden"); its first span starts after the word."""
    first, _, after = rest.partition(" ")
    if first.rstrip(",").lower() not in DROPPABLE_CONNECTIVES or not after.strip() or not spans:
        return rest, spans
    after = after.lstrip()
    start, end = spans[0]
    at = text.find(after[:20], start, end)
    if at < 0:
        return rest, spans
    return after, [(at, end), *spans[1:]]


class Article(_Strict):
    """What ingest hands to summarize: the cleaned text and what is known about it."""

    text: str = Field(description="Cleaned article text, paragraphs separated by blank lines.")
    title: str | None = None
    source: Source = Field(default_factory=Source)
