"""The organisation a person is of, read from the words around the name rather than from a
pattern of :data:`.role_patterns.ROLE_PATTERNS`: the affiliation after a list of names ("Ana Soto,
Ben Lusk and Cal Tam of the Kelmsby Institute"), the employer whose possessive stands right
before the name ("the ACLU's Ana Soto"), and the phrase an affiliation is cut as ("of the
Kelmsby Institute"). :func:`.role_patterns.stated_role` asks for them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...lang.en.gazetteer import ORG_LAST_WORDS
from ...lang.en.given_names import is_given_name
from ...lang.en.roles import AFFILIATION_PREPS, GENERIC_ORGANISATION_NOUNS
from ...trace import fired
from ..text.truecase import plural_of_a_word
from .role_organisations import campus_after

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Span as SpacySpan, Token

__all__ = ["affiliation_phrase", "aside_affiliation", "employer", "employer_of_the_article", "list_affiliation"]


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


#: Nouns of a body, lower-cased: "the Kelby farmers' union", "the consulting firm Tarvel Partners".
_BODY_NOUNS = frozenset(w.lower() for w in ORG_LAST_WORDS if w.isalpha()) | GENERIC_ORGANISATION_NOUNS


def aside_affiliation(ent: "SpacySpan") -> str | None:
    """ "Ana Soto, of the Kelmsby Institute, said", "said Ben Lusk, at Tarvel Global Markets.",
    "Cal Tam at the consulting firm Norvik Partners", "Ana Soto of the Kelby growers' union": the
    body a person is of, where :data:`.role_patterns.ROLE_PATTERNS`' ``affiliation`` does not read
    it, because a comma stands between the name and the preposition (the parser then hangs the
    phrase on the verb) or because what the preposition takes is a noun of a body ("firm",
    "union", "group") that a name describes (a capitalised word before it or a name after it)
    rather than a name the model labels an organisation.

    The phrase is an aside: after a comma it ends on a comma or the sentence's end ("Ana Soto,
    with the help of the Red Cross, ..." is no affiliation: "help" is no body).

    Coverage: after a comma 5 dev articles (3 BBC, 1 CNN/DailyMail, 1 PolNeAR); a noun of a body
    3 (1 BBC, 2 CoNLL) and 1 training page (both inputs). Each gave a person who speaks in the
    story the body the article names, where the brief had shown the person bare (a sign-off
    review's major); each role checked by hand."""
    doc = ent.doc
    i = ent.end
    comma = i < len(doc) and doc[i].text == ","
    i += comma
    if i >= len(doc) or doc[i].lower_ not in AFFILIATION_PREPS or "\n" in doc[ent.end - 1 : i + 1].text:
        return None
    prep = doc[i]
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None:
        return None
    end = max(t.i for t in obj.subtree)
    if obj.ent_type_ == "ORG":
        if not comma:
            return None  # the pattern's own case ("Ana Soto of the Kelmsby Institute")
        rule = "roles.affiliation_after_comma"
    elif obj.lower_ in _BODY_NOUNS and _named_body(obj):
        rule = "roles.affiliation_body_noun"
    else:
        return None
    after = doc[end + 1] if end + 1 < len(doc) else None
    if comma and after is not None and after.text not in {",", ".", ";", ")"} and not after.is_sent_start:
        return None  # not an aside: "Ana Soto, of the Kelmsby Institute's board ..."
    phrase = affiliation_phrase(doc, i, obj.i, ent.start) if obj.ent_type_ == "ORG" else None
    if phrase is None:
        if "\n" in doc[i : end + 1].text or any(t.text in {",", ";", "(", ")"} for t in doc[i : end + 1]):
            return None
        phrase = doc[i : end + 1].text
    fired(rule)
    return phrase


def _named_body(noun: "Token") -> bool:
    """A noun of a body that a name describes: a capitalised word before it ("the Kelby growers'
    union", "the FNTA farmers' union") or an organisation's name set beside it ("the consulting
    firm Tarvel Partners")."""
    before = any(c.i < noun.i and c.dep_ in {"compound", "nmod", "amod"} and c.pos_ == "PROPN" for c in noun.children)
    beside = any(c.dep_ == "appos" and c.ent_type_ == "ORG" for c in noun.children)
    return before or beside


_POSSESSIVE = {"'s", "’s", "'", "’"}


def _possessive_before(ent: "SpacySpan") -> int | None:
    """The index of the possessive ("'s", "’") that stands right before the name, joined to the word
    before it, whose owner may be the person's employer; None when there is none."""
    doc = ent.doc
    i = ent.start - 1
    return i if i >= 1 and doc[i].text in _POSSESSIVE and not doc[i - 1].whitespace_ else None


def _possessed_name(ent: "SpacySpan") -> bool:
    """A person's name a possessive may own: two words or more, not ending on the plural of a word
    ("Real Kelmsby's Arena", "the League's Kelmsby Otters": a place, a side)."""
    words = [t.text for t in ent if t.is_alpha]
    return len(words) >= 2 and not plural_of_a_word(words[-1].lower())


def employer(ent: "SpacySpan") -> str | None:
    """ "the ACLU's Ana Soto", "Fox News' Ben Lusk" -> "ACLU", "Fox News": the organisation whose
    possessive stands right before the name (the model's organisation, not a person's or a
    place's: "Lusk's Ana Soto", "Britain's Ana Soto" give nothing), a full name of two words
    or more."""
    doc = ent.doc
    i = _possessive_before(ent)
    if i is None or not _possessed_name(ent):
        return None
    org = next((e for e in doc.ents if e.start <= i - 1 < e.end), None)
    if org is None or org.label_ != "ORG" or org.end > ent.start or "\n" in doc[org.start : ent.start].text:
        return None
    start = org.start + (doc[org.start].pos_ == "DET")
    return doc[start : min(org.end, i)].text.rstrip("'’") if start < i else None


def employer_of_the_article(spans: "list[SpacySpan]", organisation_at: "Callable[[int], str | None]") -> str | None:
    """ "Kelaid's Ana Soto said": the possessive right before a mention of the person is that of an
    organisation of the article (``organisation_at(offset)``: the name of the organisation the
    article's entity model has a mention of at that character, else None), where the model
    labelled that one mention otherwise (a place, a person) and :func:`employer` did not read it.
    The role is the organisation's name as the article writes it there. Not a possessive pronoun
    nor a common noun ("the charity's Ana Soto": :mod:`.role_appositions` reads whose).

    Coverage: 6 dev articles of four corpora (1 BBC, 1 CNN/DailyMail, 2 CoNLL, 2 PolNeAR: a
    charity's director, a club's captain, two players of a city's side, a network's host, a
    party's candidate), whose possessors the model had tagged a place or taken into the name; no
    page. A central person shown bare where the article says whose they are is a major of the
    sign-off review."""
    for ent in spans:
        doc = ent.doc
        i = _possessive_before(ent)
        if i is None or doc[i - 1].pos_ != "PROPN":
            continue
        if not _possessed_name(ent) or not is_given_name(next(t.text for t in ent if t.is_alpha)):
            # "Real Kelby's Arena", "the League's Kelby Otters", "the network's Morning Desk": a
            # ground, a side or a show that the model took for a person, which a role would
            # only make look like one (2 PolNeAR and 1 BBC dev article)
            continue
        name = organisation_at(doc[i - 1].idx)
        if name is None or "\n" in doc[i - 1 : ent.start].text:
            continue
        start = i - 1
        while start > 0 and doc[start - 1].pos_ == "PROPN" and organisation_at(doc[start - 1].idx) == name:
            start -= 1
        fired("roles.employer_of_the_article")
        return doc[start:i].text
    return None
