"""Is a question understandable without the article? Read on its own parse.

A question stands on its own when it names what it is about and every pronoun in it points
at something inside it. Left out:

* a reference it cannot resolve: "he", "it", "they", "his" ... with nothing before them in
  the question they can stand for; a demonstrative ("this", "that deal"), except a time
  ("this year"); the writer's or reader's own voice ("we", "you"); a document, decision or
  idea the question does not identify ("the deal", "the new rules", "her conclusions");
* a subject that is "the" and a common noun with no name or number in its phrase ("Will the
  youngsters travel?", "Could the government act?"): which ones, only the article says;
* a question that names nothing: no name of a person, place, organisation, event or law
  ("Will the plan work?": which plan?);
* a question with nothing but its subject and verb ("What might the firm be hiding?"): it has
  lost the topic its sentence gave it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...lang.en.discourse import DEMONSTRATIVES, OPEN_NOUNS, OWN_VOICE, TIME_NOUNS
from ...lang.en.given_names import given_name_gender
from ...lang.en.speech import DOCUMENT_NOUNS
from ...nlp import load_pipeline
from ...trace import fired

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["self_contained"]

_PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers", "himself", "herself"})
_THING_PRONOUNS = frozenset({"it", "its", "itself"})
_PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs", "themselves"})
_HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "miss", "sir", "dame"})
_NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART"})


def self_contained(questions: list[str]) -> list[bool]:
    """For each question, True when a reader understands it without the article."""
    if not questions:
        return []
    return [_stands_alone(doc) for doc in load_pipeline().pipe(questions)]


def _stands_alone(doc: "Doc") -> bool:
    for t in doc:
        low = t.lower_
        if low in OWN_VOICE and t.pos_ == "PRON":
            fired("questions.unresolved_reference")  # "we", "you": the writer's or reader's
            return False
        if low in DEMONSTRATIVES and t.tag_ == "DT" and not _time(t):
            fired("questions.unresolved_reference")
            return False
        if t.pos_ == "PRON" and not _bound(t):
            fired("questions.unresolved_reference")
            return False
    for chunk in doc.noun_chunks:
        if _vague(chunk):
            fired("questions.unresolved_reference")
            return False
        if _unidentified_subject(chunk):
            fired("questions.unidentified_subject")
            return False
    if not any(t.ent_type_ in _NAMED or t.pos_ == "PROPN" for t in doc):
        # tried: letting through a nameless question whose subject says what it is ("higher
        # imports", "cash machine networks"); on 14 such dev questions 4 stood alone, the
        # others had lost whose economy, which meets, which projects
        fired("questions.names_nothing")
        return False
    if _thin(doc):
        fired("questions.thin")
        return False
    return True


def _thin(doc: "Doc") -> bool:
    """Nothing but a subject and a verb: 'What might Ada Roe be hiding?' has lost what it is
    about (the sentence's topic), and says too little to stand on its own."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None:
        return False
    subject = {w.i for c in root.children if c.dep_ in ("nsubj", "nsubjpass") for w in c.subtree}
    return not any(t.pos_ in ("NOUN", "PROPN", "NUM", "ADJ") and t.i not in subject for t in doc)


def _titled(w: "Token") -> bool:
    """A proper noun after an honorific ("Mr Howard") or a given name ("Ada"): a person."""
    prev = w.doc[w.i - 1] if w.i > 0 else None
    return w.pos_ == "PROPN" and (
        (prev is not None and prev.text.rstrip(".").lower() in _HONORIFICS) or given_name_gender(w.text) is not None
    )


def _vague(chunk: "Span") -> bool:
    """'the deal', 'the new plan', 'her conclusions': a document, decision or idea the article
    identifies and the question does not (no name, no number in the phrase)."""
    head = chunk.root
    return (
        (chunk[0].lower_ == "the" or chunk[0].tag_ == "PRP$")
        and (head.lemma_.lower() in DOCUMENT_NOUNS or head.lemma_.lower() in OPEN_NOUNS)
        and not any(t.pos_ in ("PROPN", "NUM") or t.ent_type_ in _NAMED for t in chunk)
    )


def _unidentified_subject(chunk: "Span") -> bool:
    """'Will the youngsters travel?', 'Could the government reverse the rules?': the subject is
    "the" and a common noun with nothing in its phrase that says which (no name, no number),
    so only the article knew. (A blind judge of dev questions failed 14 of the 15 that have one.)"""
    head = chunk.root
    if head.dep_ not in ("nsubj", "nsubjpass") or head.pos_ != "NOUN" or chunk[0].lower_ != "the":
        return False
    return not any(t.pos_ in ("PROPN", "NUM") or t.ent_type_ in _NAMED for t in head.subtree)


def _person_like(w: "Token") -> bool:
    """An honorific ("Mr.") or a name after one: part of a person's name."""
    return w.text.rstrip(".").lower() in _HONORIFICS or _titled(w)


def _time(t: "Token") -> bool:
    """'this year', 'that week': a demonstrative that points at a time, not at the text."""
    return t.dep_ == "det" and t.head.lower_ in TIME_NOUNS


def _bound(t: "Token") -> bool:
    """True when pronoun ``t`` has something before it in the question it can stand for."""
    low = t.lower_
    before = [w for w in t.doc[: t.i] if not w.is_punct]
    if low in _PERSON_PRONOUNS:
        return any(w.ent_type_ == "PERSON" or _titled(w) for w in before)
    if low in _THING_PRONOUNS:  # a thing, an organisation or a place; not a person
        return any(
            w.tag_ not in ("NNS", "NNPS")
            and (w.pos_ == "NOUN" or (w.pos_ == "PROPN" and w.ent_type_ != "PERSON" and not _person_like(w)))
            for w in before
        )
    if low in _PLURAL_PRONOUNS:
        return any(
            w.tag_ in ("NNS", "NNPS")
            or w.ent_type_ in ("ORG", "NORP", "GPE")
            or any(c.dep_ == "conj" for c in w.children)
            for w in before
        )
    return True  # "who", "what", "someone", "themselves" after a subject ...
