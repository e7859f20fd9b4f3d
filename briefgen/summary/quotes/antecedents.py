"""Whom a phrase near a quote points back to: the person a "who" clause describes, the subject a
subordinate clause lends an "it", where a description's complement ends, and the person a title
run names (helpers of the reporting-clause readers in ``clauses`` and ``phrases``).

Each takes spaCy tokens and answers with a token (or a token list), never a name: turning a
token into the brief's speaker stays with :class:`~.phrases.SpeakerPhrases`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from ...trace import fired

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "complement_before_comma",
    "earlier_document",
    "in_prepositional_phrase",
    "joins_on",
    "name_after_title",
    "relative_antecedent",
    "reporter_of_participle",
    "subordinate_subjects",
]


def relative_antecedent(verb: "Token") -> "Token | None":
    """The person a relative clause headed by ``verb`` describes when its subject is "who".

    The parser hangs a clause that closes a list ("guests like Tom Lee, Bo Park and Jane Roe,
    who joked, ...") on the list's first name; the clause describes the name right before its
    comma, the last of the list. Otherwise the parser's head, when it is a name.
    """
    who = next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ == "who"), None)
    head = verb.head
    if head.pos_ == "NOUN" and head.dep_ == "appos" and head.head.pos_ == "PROPN":
        head = head.head  # "Tom Lee, now the board's chair, who said ...": the clause hangs on the title
    if who is None or head.pos_ != "PROPN":
        return None
    doc = verb.doc
    j = who.i - 1 if who.i > 0 and doc[who.i - 1].text != "," else who.i - 2
    before = doc[j] if j >= 0 else None
    if before is not None and before.i != head.i and before.ent_type_ == "PERSON" and before.pos_ == "PROPN":
        if any(w.i == before.i for w in head.subtree):
            # part of relative_who (5 dev articles of four corpora); a list of people closed by
            # a who clause is common in any report of an event
            fired("speakers.relative_who")
            return before
    return head


def reporter_of_participle(verb: "Token") -> "Token":
    """The verb whose subject a participle of saying after a comma shares: in "Lee said Ruiz had
    left early, adding: ...", the parser hangs "adding" on the reported clause ("had left"), but
    it goes on with the report, whose subject is Lee. Else ``verb`` itself."""
    head = verb.head
    doc = verb.doc
    comma = verb.i > 0 and doc[verb.i - 1].text == ","
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or not comma or head.dep_ != "ccomp" or head.i > verb.i:
        return verb
    reporter = head.head
    if not any(c.dep_ == "nsubj" for c in reporter.children):
        return verb
    # coverage: 3 dev articles (CNN/DM, BBC, PolNeAR)
    fired("speakers.participle_of_reporter")
    return reporter


def subordinate_subjects(pronoun: "Token", words: "list[Token]") -> "list[Token]":
    """Subjects, among ``words``, of a clause subordinate to the verb of ``pronoun`` (``Although
    the board named no firm, it cited ...``): what an "it" or "they" that follows most often means."""
    verb = pronoun.head
    return [
        w
        for w in words
        if w.dep_ in ("nsubj", "nsubjpass") and w.i < pronoun.i and w.head.dep_ == "advcl" and w.head.head.i == verb.i
    ]


#: Conjunctions that open a clause of its own after a quote ("“A,” while Lee added: “B”").
_JOINING = frozenset({"while", "whereas", "and", "but"})


def joins_on(text: str, start: int, end: int) -> bool:
    """True when the words ``text[start:end]`` after a quote open a clause of their own with a
    conjunction ("“A,” while Lee added", "“A,” and Lee agreed")."""
    words = text[start:end].strip(" ,’'\"”").split()
    return bool(words) and words[0] in _JOINING


#: How far back (in tokens, a few sentences) "the report" may point to "a report".
_DOCUMENT_REACH = 150


def earlier_document(doc_tok: "Token", in_quote: Callable[[int], bool]) -> "Token | None":
    """The earlier mention, outside quotes, of the document "the report" (or "the statement")
    refers back to: the last noun of the same lemma a few sentences before, else None."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in doc_tok.children):
        return None
    doc = doc_tok.doc
    for t in reversed(doc[max(0, doc_tok.i - _DOCUMENT_REACH) : doc_tok.i]):
        if t.pos_ == "NOUN" and t.lemma_ == doc_tok.lemma_ and not in_quote(t.idx):
            return t
    return None


def complement_before_comma(sub: "list[Token]") -> "list[Token]":
    """A description's prepositional complement up to its first comma: "for the harbour board" of
    "a spokesman for the harbour board, which runs the port": the clause after the comma only
    describes the board. The whole complement when no comma, or nothing before it, is found."""
    comma = next((k for k, w in enumerate(sub) if w.text == ","), None)
    return sub if comma is None or comma < 2 else sub[:comma]


#: Words of a title between an organisation and a name ("Harbour Board Deputy Chair of Fees Ana Ruiz").
_TITLE_RUN_POS = {"PROPN", "NOUN", "ADJ", "ADP", "DET", "CCONJ"}
_LONGEST_TITLE_RUN = 6


def name_after_title(t: "Token") -> "Token | None":
    """The person named right after an organisation and a title ("said Harbour Board Deputy Chair
    Ana Ruiz"): the organisation only says whose officer speaks. Nothing when a comma or a verb
    comes between ("said Harbour Board, citing Ana Ruiz")."""
    doc = t.doc
    for w in doc[t.i + 1 : min(len(doc), t.i + 2 + _LONGEST_TITLE_RUN)]:
        if w.ent_type_ == "PERSON" and w.pos_ == "PROPN":
            return w
        if w.is_punct or w.pos_ not in _TITLE_RUN_POS:
            return None
    return None


def in_prepositional_phrase(name: "Token", head: "Token") -> bool:
    """True when the name ``name`` is the object of a preposition hung on ``head`` ("the director
    behind Kelmsby Nights", "a friend of Ana Ruiz"); not "a narrator in the Ruiz ad", whose ad is
    Ruiz's, nor "a spokeswoman for Ana Ruiz", who speaks for her."""
    w = name
    while w.dep_ == "compound" and w.head.pos_ == "PROPN" and w.head.i != w.i:
        w = w.head  # "Tom" of "Tom Reyes"
    if w.dep_ == "compound":
        return False
    for _ in range(8):  # up through "behind A, B and C" to the description
        if w.head.i == w.i or w.i == head.i:
            return False
        if w.dep_ == "prep":
            # "a spokeswoman for Ana Ruiz" speaks for her: the name stands
            return w.lower_ != "for"
        w = w.head
    return False
