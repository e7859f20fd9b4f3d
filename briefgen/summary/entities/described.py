"""Evidence from the words around a name, read one mention at a time, that :mod:`evidence` does
not hold: a person's description ("Ana Lusk, the state epidemiologist", "Ana Lusk is a
professor"), an organisation's ("three firms: Tarvel, Brennick Labs and Aquavella") and a list
of places ("Lyon, Marcelline and Brest"), and a club's players after its name ("Kelmsby striker
Ana Ruiz")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...lang.en.gazetteer import (
    EMPLOYEE_NOUNS,
    ORG_NOUNS,
    ORGANISATION_NOUNS,
    PLAYER_NOUNS,
    POLITY_TITLE_OPENERS,
    POLITY_TITLES,
    RESIDENT_NOUNS,
    canonical_country,
)
from ...lang.en.cities import is_city
from ...lang.en.given_names import is_given_name
from ...lang.en.surnames import is_surname
from ...trace import fired
from ..text.truecase import is_known_place, is_ordinary_word

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from ..types import Mention

__all__ = [
    "PERSON_NOUNS",
    "place_by_next_words",
    "club_by_next_word",
    "employer_by_next_word",
    "conjoined_with_place",
    "described_as_person",
    "named_after_org_noun",
    "fronted_org_description",
    "fronted_org_role",
    "list_partners",
    "listed_with_a_person",
]

#: Nouns that describe one person by what they do (an apposition, a copula, a title before the
#: name); nouns of the trade ending in "-ist" ("epidemiologist", "economist") count too.
PERSON_NOUNS: frozenset[str] = frozenset(
    """
professor lecturer researcher scientist historian author writer novelist poet lawyer attorney
judge doctor physician surgeon nurse founder co-founder ceo chairman chairwoman chairperson
president director manager coach player actor actress singer editor journalist reporter
teacher student spokesman spokeswoman spokesperson mayor governor senator minister secretary
ambassador entrepreneur investor owner engineer designer adviser advisor consultant officer
""".split()
)


def _person_noun(tok: "Token") -> bool:
    lemma = tok.lemma_.lower()
    return tok.pos_ == "NOUN" and (lemma in PERSON_NOUNS or (lemma.endswith("ist") and len(lemma) > 5))


def described_as_person(m: "Mention") -> bool:
    """A noun that describes one person stands in apposition to the name ("Ana Lusk, the state
    epidemiologist,"), right before it as a title of trade ("epidemiologist Ana Lusk"), or after
    it and "is a" ("Ana Lusk is a professor")."""
    span, root = m.span, m.span.root
    if any(c.dep_ == "appos" and c.i >= span.end and _person_noun(c) for c in root.children):
        return True
    if span.start > 0:
        prev = span.doc[span.start - 1]
        if prev.head.i >= span.start and prev.head.i < span.end and _person_noun(prev):
            return True
    if root.dep_ == "nsubj" and root.head.lemma_ == "be":
        return any(c.dep_ == "attr" and _person_noun(c) for c in root.head.children)
    return listed_with_a_person(m)


def owns_personal_pronoun(m: "Mention") -> bool:
    """The name is the subject of a clause whose object holds "his" or "her" and no other name
    before it ("Tom Lusk has yet to sign his new contract"): a person's; a place, a company
    or a team takes "its" or "their". Weak evidence ("Tarvel Daily obtained his records": the
    pronoun is someone's named before), so it only overrules the label of a place (:mod:`.kinds`)."""
    root = m.span.root
    if root.dep_ != "nsubj" or root.head.pos_ not in {"VERB", "AUX"}:
        return False
    verb = root.head
    for t in verb.subtree:  # in the order of the text
        if t.i > verb.i + 8:
            break
        if t.i <= m.span.end:
            continue
        if t.ent_type_ and t.pos_ == "PROPN":
            return False  # another name stands before the pronoun: it may be that one's
        if t.lower_ in {"his", "her"} and t.dep_ == "poss":
            fired("entities.subject_of_his")
            return True
    return False


def list_partners(root: "Token") -> list["Token"]:
    """The names ``root`` is listed with right beside it: the one it is conjoined to ("Ana Roe and
    Jo Lusk": Ana Roe for Jo Lusk) and those conjoined to it."""
    partners = [root.head] if root.dep_ == "conj" else []
    return partners + [c for c in root.children if c.dep_ == "conj"]


def listed_with_a_person(m: "Mention") -> bool:
    """A name of two or three words, none an English word, in a pair with a name the parser
    labels a person ("Aran Velu and Margit Sova founded it"): the pair are people. One word
    ("Lena Hart and Norvik") or English words ("Lena Hart and Silver Arrow") may be a company's,
    unless they are a given name and a surname of the lists ("Ben Lusk and Tess Carver will front
    the new breakfast show": 1 BBC and 1 PolNeAR dev article, a presenter shown as a place and a reporter as an
    organisation, the words of each English ones too).

    It turns a name the parser labelled an organisation into a person (with the other evidence of
    :func:`described_as_person`) on 1 CoNLL article (a footballer, half b) and 1 of the 60 real
    pages (a start-up's founder), on none of the 111 training pages; elsewhere it agrees with the
    labels."""
    words = m.text.split()
    if not 2 <= len(words) <= 3 or (any(is_ordinary_word(w) for w in words) and not _given_and_surname(m.text)):
        return False
    partners = list_partners(m.span.root)
    person = [p for p in partners if p.ent_type_ == "PERSON" and p.ent_iob_ == "I"]  # a name of 2+ words
    if len(partners) != 1 or not person:
        return False
    fired("entities.listed_with_a_person")
    return True


def _given_and_surname(name: str) -> bool:
    """A given name and a surname of the lists, though English words ("Tess Carver", "Coral
    Davies"), and no city's name ("San Leandro")."""
    words = name.split()
    return len(words) == 2 and is_given_name(words[0]) and is_surname(words[1]) and not is_city(name)


def conjoined_with_place(root: "Token") -> bool:
    """The name is one of a list another item of which the parser labels a place: "Lyon,
    Marcelline and Brest"."""
    return any(c.ent_type_ in {"GPE", "LOC"} for c in root.conjuncts)


def place_by_next_words(m: "Mention") -> str | None:
    """The rule by which the words right after the name make it a place's, if any: a noun of the
    people who live there, in lower case ("Kelmsby residents", "Lusk Vale resident Ana Soto", "a
    Dunmore native": :data:`RESIDENT_NOUNS`), or the title of the head of its government before a
    person's name ("Kelmsby Mayor Ana Soto", "Lusk Vale Deputy Premier Ben Roe": :data:`POLITY_TITLES`;
    "Kelmsby Premier League" names no one)."""
    doc = m.span.doc
    after = doc[m.span.end : m.span.end + 4]
    if not after:
        return None
    if after[0].text in RESIDENT_NOUNS:
        return "entities.place_before_resident"
    i = 1 if after[0].text in POLITY_TITLE_OPENERS else 0
    if i < len(after) - 1 and after[i].text in POLITY_TITLES and after[i + 1].ent_type_ == "PERSON":
        if after[i].text != "Minister" or i == 1 and after[0].text != "Deputy":
            return "entities.place_before_polity_title"
    return None


def club_by_next_word(span: "SpacySpan") -> bool:
    """ "Kelmsby striker Ana Ruiz", "the Dunmore coach", "Lusk's goalkeeper": a noun of a club's
    players or staff in lower case right after the name (or after its "'s") makes it a club's,
    though clubs bear their towns' names. A country's name stays a place (a national side)."""
    doc = span.doc
    i = span.end
    if i < len(doc) and doc[i].text in {"'s", "’s"}:
        i += 1
    if i >= len(doc) or canonical_country(span.text):
        return False
    end = i
    while end + 1 < len(doc) and doc[end + 1].text == "-" and not doc[end].whitespace_ and end + 2 < len(doc):
        end += 2  # "scrum-half", "team-mates": one word of three tokens
    word = doc[i : end + 1].text
    return word in PLAYER_NOUNS


def employer_by_next_word(span: "SpacySpan") -> bool:
    """ "Tarvel analyst Ana Soto", "Norvest spokeswoman Ana Soto": a noun of a firm's staff in
    lower case right after the name and a person's name after it make the name the employer's,
    when the model took it for a place (a person's spokesman is the person's: "Lusk spokesman").
    A known place stays a place ("US economist ...", "Tokyo analyst ..."). Coverage: see the
    caller."""
    doc = span.doc
    i = span.end
    if i + 1 >= len(doc) or is_known_place(span.text) or doc[i].lower_ not in EMPLOYEE_NOUNS:
        return False
    if not doc[i].is_lower and doc[i].text != "CEO":
        return False
    return doc[i + 1].ent_type_ == "PERSON"


def named_after_org_noun(root: "Token") -> bool:
    """The name stands in apposition to an organisation's noun before it, or is one of a list
    that does: "three firms: Tarvel, Brennick Labs and Aquavella", "the bank, Norvest,". A
    noun of trade (:data:`ORG_AGENT_NOUNS`) is left out: "the publisher, Jo Roe," names a
    person as often."""
    tok = root
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    head = tok.head
    if tok.dep_ != "appos" or head.i >= tok.i or head.pos_ != "NOUN" or head.lemma_.lower() not in ORG_NOUNS:
        return False
    # coverage: 1 CNN/DM, 1 PolNeAR and 1 CoNLL article, 2 of the 111 training pages, 2 of the 60
    # real pages
    fired("entities.named_after_org_noun")
    return True


_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _noun_word(tok: "Token") -> str:
    """The noun with a hyphenated first part the tokenizer split off: "start-up" for "up"."""
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].head.i == tok.i:
        return f"{doc[tok.i - 2].lower_}-{tok.lower_}"
    return tok.lemma_.lower()


def _fronted_description(root: "Token") -> "Token | None":
    """The head noun of a description of an organisation fronted before the name as a second
    subject ("A Dutch start-up based in Delft, Kivo Lamp said ..."), or None."""
    if root.dep_ not in _SUBJECTS or root.i < 2:
        return None
    doc = root.doc
    start = root.left_edge.i
    if start < 2 or doc[start - 1].text != ",":
        return None
    return next(
        (
            other
            for other in root.head.children
            if other.dep_ in _SUBJECTS
            and other.i < start
            and other.right_edge.i == start - 2
            and other.pos_ == "NOUN"
            and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in other.children)
            and _noun_word(other) in ORGANISATION_NOUNS
        ),
        None,
    )


def fronted_org_description(root: "Token") -> bool:
    """A description of an organisation fronted before the name as a second subject: "A Dutch
    start-up based in Delft, Kivo Lamp said ...", "A family-owned brewer, Harrow Ales has ...".
    The parser makes both noun phrases subjects of the verb; the first is opened by "a" or "an",
    headed by an organisation's noun and ends at the comma before the name."""
    if _fronted_description(root) is None:
        return False
    # coverage: 1 of the 60 real pages, none of the dev articles; kept as the mirror of
    # organisation_noun's apposition after the name, since a company shown as a person is a
    # blocker of the sign-off review
    fired("entities.fronted_org_description")
    return True


def fronted_org_role(ent: "SpacySpan") -> str | None:
    """What that fronted description calls the organisation, up to its noun: "A Dutch start-up
    based in Delft, Kivo Lamp said" -> "Dutch start-up" (the article's words, as the role after
    the name: "Kivo Lamp, a Dutch start-up,")."""
    head = _fronted_description(ent.root)
    if head is None:
        return None
    words = [t for t in head.doc[head.left_edge.i : head.i + 1] if t.dep_ != "det"]
    return "".join(t.text_with_ws for t in words).strip() or None
