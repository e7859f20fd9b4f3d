"""Sentence reading the quote readers share, whoever the article names: where a sentence ends
and starts, which word is the subject of its main clause, and a name as the sentence writes it
(without the words spaCy swept into its entity, without a quoted nickname).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...lang.en.abbreviations import SENTENCE_ABBREVIATIONS as _ABBREV
from ...trace import fired

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan, Token

__all__ = ["clean_name", "main_subject", "sentence_end_after", "sentence_start_before", "without_nickname"]


_TERMINATOR = re.compile(r"[.!?]+(?=[\"”’']*\s|[\"”’']*$)")


def _is_sentence_end(text: str, pos: int) -> bool:
    """True when the terminator at ``pos`` ends a sentence (not 'Mr.' or 'D-Mo.' or 'J.')."""
    if text[pos] != ".":
        return True
    m = re.search(r"([\w.'-]+)$", text[max(0, pos - 20) : pos])
    word = m.group(1).lower() if m else ""
    last = word.split("-")[-1]
    if "." in last and any(ch.isdigit() for ch in last):
        # "$42.09bn.", "rose 3.5.": a number with a decimal point ends the sentence (coverage: 2
        # dev articles, CNN/DM and BBC; it corrects the sentence bounds, a rule of the writing system)
        fired("speakers.number_ends_sentence")
        return True
    return not (word in _ABBREV or last in _ABBREV or len(last) == 1 or "." in last)


def sentence_end_after(text: str, start: int, hi: int) -> int:
    """Offset just past the first sentence end in ``text[start:hi]``, else ``hi``."""
    for m in _TERMINATOR.finditer(text, start, hi):
        if _is_sentence_end(text, m.start()):
            return m.end()
    return hi


def sentence_start_before(text: str, end: int, lo: int) -> int:
    """Offset where the sentence holding ``end`` starts, not before ``lo``."""
    best = lo
    for m in _TERMINATOR.finditer(text, lo, end):
        if m.end() < end and _is_sentence_end(text, m.start()):
            best = m.end()
    return best


def main_subject(t: "Token") -> bool:
    """Subject of a main clause (not of a 'while ...' or 'who ...' clause), or its 'according to' source."""
    if t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.head.lower_ == "according":
        return True
    if t.dep_ == "appos" and t.head.i != t.i and t.head.dep_ in ("nsubj", "nsubjpass") and t.head.pos_ == "NOUN":
        # "The head of the port board, Ms. Roe, argues ...": the named appositive is the subject
        return main_subject(t.head)
    if t.dep_ == "appos" and t.ent_type_ == "PERSON" and t.head.dep_ == "pobj" and _not_a_person_s(t.head):
        # "The head of the port board, Ana Ruiz, argues": the parser hangs the name on the board.
        # coverage: 5 dev articles (2 PolNeAR, 3 training pages)
        described = t.head.head.head
        subject = described.dep_ in ("nsubj", "nsubjpass") and (described.pos_ == "NOUN" or not described.ent_type_)
        if t.head.head.dep_ == "prep" and subject:
            fired("speakers.appositive_of_subject_phrase")
            return main_subject(described)
    if t.dep_ not in ("nsubj", "nsubjpass"):
        return False
    head = t.head
    if head.dep_ in ("ROOT", "conj", "parataxis"):
        return True
    # spaCy sometimes hangs a sentence on the one before: then its clause is a main one too
    return head.dep_ == "ccomp" and any(w.is_sent_start or w.text.strip() == "" for w in t.doc[head.head.i + 1 : t.i])


def _not_a_person_s(obj: "Token") -> bool:
    """True when a name in apposition to ``obj`` cannot be ``obj`` itself: no person, or a person
    one works "for" ("the marketing chief for Ana Ruiz, Tom Lee": Tom Lee is the chief)."""
    return obj.ent_type_ != "PERSON" or obj.head.lower_ == "for"


def clean_name(ent: "SpacySpan") -> str:
    """An entity's text without words spaCy swept in: "Greeting Okafor" -> "Okafor", "Okafor's" -> "Okafor"."""
    toks = list(ent)
    bracket = next((i for i, t in enumerate(toks) if t.text in "([" and i > 0), None)
    if bracket is not None:
        toks = toks[:bracket]  # "Ana Ruiz (D-Port Ellis)": a party and district after the name, no part of it
    marks = [i for i, t in enumerate(toks) if t.is_quote]
    if len(marks) == 2 and marks[0] > 0 and marks[1] < len(toks) - 1:
        toks = toks[: marks[0]] + toks[marks[1] + 1 :]  # the nickname of Teresa "Tess" Molina
    while len(toks) > 1 and toks[0].pos_ != "PROPN":
        toks = toks[1:]
    while len(toks) > 1 and (toks[-1].pos_ == "PART" or toks[-1].is_punct):
        toks = toks[:-1]
    if not toks:
        return ent.text
    # as written: "Park Su-min" is three tokens with no space between them; a stray quote mark
    # ('Tess" Molina') stands for a space
    return " ".join("".join(" " if t.is_quote else t.text_with_ws for t in toks).split())


_NICKNAME = re.compile(r"\s[\"“‘'][^\"”’']{1,20}[\"”’']\s")


def without_nickname(name: str) -> str:
    """A name as a speaker line gives it: without the quoted nickname inside it."""
    return _NICKNAME.sub(" ", name)
