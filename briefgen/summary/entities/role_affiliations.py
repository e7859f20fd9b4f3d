"""The organisation a person is of, read from the words around the name rather than from a
pattern of :data:`.role_patterns.ROLE_PATTERNS`: the affiliation after a list of names ("Ana Soto,
Ben Lusk and Cal Tam of the Kelmsby Institute"), the employer whose possessive stands right
before the name ("the ACLU's Ana Soto"), and the phrase an affiliation is cut as ("of the
Kelmsby Institute"). :func:`.role_patterns.stated_role` asks for them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...lang.en.roles import AFFILIATION_PREPS
from ..text.truecase import english_words
from .role_organisations import campus_after

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span as SpacySpan

__all__ = ["affiliation_phrase", "employer", "list_affiliation"]


def affiliation_phrase(doc: "Doc", prep: int, obj: int, since: int) -> str | None:
    """ "of the Kelmsby Institute": the preposition at ``prep`` and the organisation (a name the
    model labels one) that holds its object ``obj``, with a campus after it; None when no such
    name starts after the preposition or a line breaks the text from ``since`` to its end."""
    org = next((e for e in doc.ents if e.label_ == "ORG" and e.start <= obj < e.end), None)
    if org is None or org.start <= prep or "\n" in doc[since : org.end].text:
        return None
    return doc[prep : campus_after(doc, org.end - 1) + 1].text


#: What stands between the names of a list ("Ana Soto, Ben Lusk and Cal Tam").
_LIST_SEPARATORS = frozenset({",", "and", "&"})
#: The most words of a name in such a list.
_MAX_NAME_TOKENS = 4


def list_affiliation(ent: "SpacySpan") -> str | None:
    """ "Ana Soto, Ben Lusk and Cal Tam of the Kelmsby Institute": the organisation after the
    last name of a list is each one's, as :func:`.role_patterns._affiliation` gives it to the last. The list is
    names only (words the parser tags proper nouns, the last one a person's), set apart by commas,
    "and" or "&"; a word of anything else ends it, so "Ana Soto of Kelby Hospital and Ben Lusk
    of the Tarvel Clinic" keeps each one's own, and "Ana Soto, 45, and Ben Lusk of ..." gives
    Ana Soto nothing.

    Coverage: 1 of the 60 real pages (both inputs: a case report's doctors of one infirmary), no
    training page nor dev article: wire copy names one person at a time; kept below three: the
    list's grammar is a closed class, and the sign-off review counts central people shown bare
    where the article says where they work a major."""
    doc = ent.doc
    i = last = ent.end
    while i < len(doc):
        j = i
        while j < len(doc) and doc[j].lower_ in _LIST_SEPARATORS and "\n" not in doc[j].whitespace_:
            j += 1
        k = j
        while k < len(doc) and k - j < _MAX_NAME_TOKENS and doc[k].pos_ == "PROPN":
            k += 1
        if j == i or k == j or doc[k - 1].ent_type_ != "PERSON":
            break
        last = i = k
    if last >= len(doc):
        return None
    if last == ent.end and not _listed_after_a_name(ent):
        return None  # a name alone before its organisation: :func:`.role_patterns._affiliation`'s
    prep = doc[last]
    if prep.dep_ != "prep" or prep.lower_ not in AFFILIATION_PREPS:
        return None
    obj = next((c for c in prep.children if c.dep_ == "pobj" and c.ent_type_ == "ORG"), None)
    return None if obj is None else affiliation_phrase(doc, prep.i, obj.i, ent.start)


def _listed_after_a_name(ent: "SpacySpan") -> bool:
    """A comma, "and" or "&" and a proper noun stand right before the name: it ends a list."""
    doc = ent.doc
    i = ent.start - 1
    if i < 1 or doc[i].lower_ not in _LIST_SEPARATORS:
        return False
    while i > 0 and doc[i].lower_ in _LIST_SEPARATORS:
        i -= 1
    return doc[i].pos_ == "PROPN" and doc[i].ent_type_ == "PERSON"


_POSSESSIVE = {"'s", "’s", "'", "’"}


def employer(ent: "SpacySpan") -> str | None:
    """ "the ACLU's Ana Soto", "Fox News' Ben Lusk" -> "ACLU", "Fox News": the organisation whose
    possessive stands right before the name (the model's organisation, not a person's or a
    place's: "Lusk's Ana Soto", "Britain's Ana Soto" give nothing), a full name of two words
    or more."""
    doc = ent.doc
    i = ent.start - 1
    if i < 1 or doc[i].text not in _POSSESSIVE or doc[i - 1].whitespace_:
        return None
    words = [t.text for t in ent if t.is_alpha]
    last = words[-1].lower() if words else ""
    if len(words) < 2 or (last.endswith("s") and last not in english_words() and last[:-1] in english_words()):
        return None  # "Real Kelmsby's Arena", "the League's Kelmsby Otters": a place, a side
    org = next((e for e in doc.ents if e.start <= i - 1 < e.end), None)
    if org is None or org.label_ != "ORG" or org.end > ent.start or "\n" in doc[org.start : ent.start].text:
        return None
    start = org.start + (doc[org.start].pos_ == "DET")
    return doc[start : min(org.end, i)].text.rstrip("'’") if start < i else None
