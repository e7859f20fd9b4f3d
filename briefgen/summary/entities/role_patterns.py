"""Roles a clause states about a person, read with spaCy's DependencyMatcher.

The shapes are data (:data:`ROLE_PATTERNS`, one DependencyMatcher pattern each, anchored on
the token ``name``: the root of the person's name); the code below only cuts the role, verbatim,
out of what a pattern matched:

- ``copula``: "Ana Soto is a hydrologist at the Kelmsby Institute" -> "hydrologist at the
  Kelmsby Institute", "Ana Soto becomes the first mayor of Kelby" -> "first mayor of Kelby"
  (present tense, a noun of a role with a name in it, the organisation's or
  the title's; not "was", not "is not", not an epithet such as "a liar", not a judgement such as
  "the ideal candidate");
- ``leads``: "Ana Soto heads the agency", "Ana Soto, who leads the union's talks team," ->
  "heads the agency", "leads the union's talks team" (a verb of :data:`LEADING_VERBS` in the
  present tense, its object a body: an organisation's name or a noun of one);
- ``represents``: "Ana Soto, who represents Ben Lusk, said", "who represents some of the
  accusers" -> "represents Ben Lusk", "represents some of the accusers" (present tense, what the
  person represents people: a person's name or a plural noun of people; not "represents a threat");
- ``affiliation``: "Ana Soto of the Kelmsby Institute said", "Ben Lusk from Tarvel" -> "of the
  Kelmsby Institute", "from Tarvel" (a preposition of :data:`AFFILIATION_PREPS` right after the
  name whose object is a name the model labels an organisation);
- ``employer``: "the ACLU's Ana Soto", "Fox News' Ben Lusk" -> "ACLU", "Fox News" (the
  possessive of a name the model labels an organisation right before the name; read from the
  tokens, not the parse, which often hangs such a possessive elsewhere).

The affiliation after a list of names, the affiliation set off by a comma or named by a noun of a
body ("Ben Lusk, at Tarvel Markets", "at the consulting firm Norvik Partners") and the
``employer`` are read from the tokens in :mod:`.role_affiliations`. :mod:`.roles` asks for them only when the name's noun phrase gives
no role.

Coverage (articles each fired on, the role checked by hand on every one): ``copula`` 5 PolNeAR
and 3 of the 111 training pages (a profile's "... is the Founder of ...", a new mayor who
"becomes the first ... mayor of ..."); ``affiliation`` 2
PolNeAR, 2 CoNLL, 2 CNN/DM and 2 training pages; ``employer`` 5 PolNeAR, 2 CNN/DM and 3
training pages; ``leads`` 1 PolNeAR article only: kept because the blind review of real pages
counted a central person shown bare where the article says "heads the agency" or "who leads
the union's talks team" among its most frequent major defects, and the pattern asks for a body
as the object (it fired wrongly on "leads Trump" until it did); ``represents`` 1 of the 60 real
pages only (three lawyers of a court story, each right; a PolNeAR lawyer has a role by an
apposition first): kept as ``leads`` is, a person shown bare where the article says whom they
represent is the same major, and the object must be people.
"""

from __future__ import annotations

import re

from typing import TYPE_CHECKING, Any

from ...lang.en.abbreviations import SENTENCE_ABBREVIATIONS
from ...lang.en.given_names import is_given_name
from ...lang.en.discourse import PART_WORDS
from ...lang.en.roles import AFFILIATION_PREPS, EPITHETS, LEADING_VERBS, REPRESENTING_VERBS
from ...trace import fired
from ..text.truecase import is_ordinary_word
from .descriptions import BODY_HEADS
from .role_affiliations import affiliation_phrase, aside_affiliation, employer, list_affiliation
from .role_shapes import ROLE_STOPS
from .role_words import is_role_word

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Span as SpacySpan, Token

__all__ = ["ROLE_PATTERNS", "ends_description", "is_degree", "reads_as_a_name", "reads_as_role", "stated_role"]

_PRESENT = ["VBZ", "VBP"]
_NOUN = {"POS": {"IN": ["NOUN", "PROPN"]}}

#: The shapes of a role stated in a clause, as spaCy DependencyMatcher patterns; ``name`` is
#: the root token of the person's name, the other nodes what the role is cut from.
ROLE_PATTERNS: dict[str, list[dict[str, Any]]] = {
    "copula": [
        {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": {"IN": ["be", "become"]}, "TAG": {"IN": _PRESENT}}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "name", "RIGHT_ATTRS": {"DEP": "nsubj", "POS": "PROPN"}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "role", "RIGHT_ATTRS": {"DEP": "attr", **_NOUN}},
    ],
    "leads": [
        {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": {"IN": sorted(LEADING_VERBS)}, "TAG": {"IN": _PRESENT}}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "role", "RIGHT_ATTRS": {"DEP": "dobj", **_NOUN}},
    ],
    "represents": [
        {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": {"IN": sorted(REPRESENTING_VERBS)}, "TAG": {"IN": _PRESENT}}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "role", "RIGHT_ATTRS": {"DEP": "dobj"}},
    ],
    "affiliation": [
        {"RIGHT_ID": "name", "RIGHT_ATTRS": {"POS": "PROPN"}},
        {
            "LEFT_ID": "name",
            "REL_OP": ".",
            "RIGHT_ID": "prep",
            "RIGHT_ATTRS": {"DEP": "prep", "LOWER": {"IN": sorted(AFFILIATION_PREPS)}},
        },
        {"LEFT_ID": "prep", "REL_OP": ">", "RIGHT_ID": "role", "RIGHT_ATTRS": {"DEP": "pobj", "ENT_TYPE": "ORG"}},
    ],
}
_MAX_TOKENS = 14
_MATCHES_KEY = "briefgen.role_matches"


def _matches(doc: "Doc") -> dict[str, list[dict[str, int]]]:
    """Every match of :data:`ROLE_PATTERNS` in ``doc``, by shape: the token index of each node."""
    cached = doc.user_data.get(_MATCHES_KEY)
    if cached is not None:
        return cached
    from spacy.matcher import DependencyMatcher

    matcher = DependencyMatcher(doc.vocab)
    for shape, pattern in ROLE_PATTERNS.items():
        matcher.add(shape, [pattern])
    out: dict[str, list[dict[str, int]]] = {shape: [] for shape in ROLE_PATTERNS}
    for match_id, ids in matcher(doc):
        shape = doc.vocab.strings[match_id]
        nodes = [p["RIGHT_ID"] for p in ROLE_PATTERNS[shape]]
        out[shape].append(dict(zip(nodes, ids)))
    doc.user_data[_MATCHES_KEY] = out
    return out


def _cut(tokens: "list[Token]", head: "Token") -> "list[Token]":
    """The words of a role headed by ``head``: up to the first comma, quote, dash, line break or
    clause after the head ("who ..." included), without the article or possessive before it and
    without a word or a full stop left dangling at its end."""
    clauses = [t.left_edge.i for t in head.subtree if t.dep_ in {"relcl", "acl"} and t.i > head.i]
    stop = min(clauses, default=None)
    kept: list["Token"] = []
    for tok in tokens:
        if tok.text in ROLE_STOPS or "\n" in tok.text or (stop is not None and tok.i >= stop):
            break
        kept.append(tok)
    while kept and kept[0] is not head and (kept[0].pos_ in {"DET", "PRON", "ADV"} or kept[0].dep_ in {"poss", "case"}):
        kept = kept[1:]
    while kept and (kept[-1].is_punct or kept[-1].dep_ in {"cc", "prep", "case"} or kept[-1].tag_ in {"WDT", "WP"}):
        kept = kept[:-1]
    return kept


def _text(doc: "Doc", start: int, end: int) -> str:
    """The words of tokens ``start`` .. ``end``, without the full stop a sentence's last word
    carries when the tokenizer kept it on the word ("Tarvel.")."""
    text = doc[start : end + 1].text
    word = doc[end].text
    if (
        len(word) > 2
        and word.endswith(".")
        and "." not in word[:-1]
        and word[:-1].lower() not in SENTENCE_ABBREVIATIONS
    ):
        text = text[:-1]
    return text


def reads_as_a_name(ent: "SpacySpan") -> bool:
    """A stated role is evidence that the mention names a person (a role makes an actor of it):
    only for a name that reads like one, a given name first or a word no dictionary has
    ("Ana Soto"; not "Font Size", taken for a person in a heading)."""
    words = [t.text for t in ent if t.is_alpha]
    return bool(words) and (is_given_name(words[0]) or not all(is_ordinary_word(w) for w in words))


def _names_person(ent: "SpacySpan", tok: "Token") -> bool:
    """``tok`` stands for the person named by ``ent``: the name's root, or "who" of a relative
    clause on it ("Ana Soto, who leads ...")."""
    if ent.start <= tok.i < ent.end:
        return tok.i == ent.root.i
    # the name right before ", who" (the parser may hang the clause on a name before it:
    # "runs on Vantor Cloud, Ben Lusk, who leads the team")
    doc = ent.doc
    return (
        tok.lower_ == "who"
        and tok.head.dep_ == "relcl"
        and tok.i >= 1
        and doc[tok.i - 1].text == ","
        and ent.end == tok.i - 1
    )


def _copula(ent: "SpacySpan", m: dict[str, int], is_role_noun: "Callable[[Token], bool]") -> str | None:
    doc = ent.doc
    verb, role = doc[m["verb"]], doc[m["role"]]
    if m["name"] != ent.root.i or any(c.dep_ == "neg" for c in verb.children) or role.i < verb.i:
        return None
    if not is_role_noun(role) or role.lemma_.lower() in EPITHETS or role.ent_type_ in {"PERSON", "GPE", "DATE"}:
        return None
    if doc[role.sent.end - 1].text == "?":
        return None  # "Is Ana Soto a hydrologist?"
    kept = _cut([t for t in role.subtree], role)
    if role not in kept or kept[0] is not role and kept[0].pos_ not in {"ADJ", "NOUN", "PROPN", "VERB"}:
        return None
    if not any(t.pos_ == "PROPN" or t.ent_type_ in {"ORG", "NORP", "GPE"} for t in kept):
        return None  # "is the perfect nominee for the post", "is by far the better choice": a judgement
    return _text(doc, kept[0].i, kept[-1].i)


def _leads(ent: "SpacySpan", m: dict[str, int]) -> str | None:
    doc = ent.doc
    verb, role = doc[m["verb"]], doc[m["role"]]
    if not _said_of_person(ent, verb):
        return None
    org = next((e for e in doc.ents if e.start <= role.i < e.end), None)
    if not (role.lemma_.lower() in BODY_HEADS or (org is not None and org.label_ == "ORG" and len(org) > 1)):
        return None  # "Ana Soto leads the polls", "leads Lusk" (a surname taken for an organisation): no body
    return _verb_phrase(verb, role, role)


def _represents(ent: "SpacySpan", m: dict[str, int]) -> str | None:
    """ "Ana Soto, who represents Ben Lusk, said", "Ana Soto represents the families": a lawyer's
    or an agent's standing, when what the person represents is people (a person's name, or a
    plural noun of people, also as "some of ..."): not "represents a threat", "represents 40% of
    sales"."""
    doc = ent.doc
    verb, role = doc[m["verb"]], doc[m["role"]]
    if not _said_of_person(ent, verb):
        return None
    people = role
    if role.lower_ in PART_WORDS or role.like_num:
        of = next((c for c in role.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        people = next((c for c in of.children if c.dep_ == "pobj"), role) if of is not None else role
    plural_people = people.tag_ == "NNS" and is_role_word(people.lemma_.lower())
    if not (people.ent_type_ == "PERSON" or plural_people):
        return None
    return _verb_phrase(verb, role, people)


def _said_of_person(ent: "SpacySpan", verb: "Token") -> bool:
    """``verb`` is not negated, and its subject is the person of ``ent`` (or "who" of a
    relative clause on the name)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and _names_person(ent, subject) and not any(c.dep_ == "neg" for c in verb.children)


def _verb_phrase(verb: "Token", role: "Token", named: "Token") -> str | None:
    """The verb and its object ``role`` as the role ("heads the agency", "represents Ben Lusk"),
    cut as :func:`_cut` cuts, taken on to the end of the entity that ``named`` stands in."""
    doc = verb.doc
    kept = _cut([verb] + [t for t in role.subtree], role)
    if not kept or kept[0] is not verb or role not in kept:
        return None
    end = kept[-1].i
    if named.ent_iob_ in {"B", "I"}:
        end = max(end, next(e.end for e in doc.ents if e.start <= named.i < e.end) - 1)
    return _text(doc, verb.i, end)


def _affiliation(ent: "SpacySpan", m: dict[str, int]) -> str | None:
    doc = ent.doc
    if m["name"] != ent.end - 1 or doc[m["prep"]].head.i != ent.root.i:
        return None
    return affiliation_phrase(doc, m["prep"], m["role"], m["prep"])


def stated_role(ent: "SpacySpan", is_role_noun: "Callable[[Token], bool]") -> str | None:
    """The role a clause states about the person named by ``ent`` (see the module docstring),
    or None; ``is_role_noun``: which noun a copula's role may end in."""
    if not reads_as_a_name(ent):
        return None
    found = _matches(ent.doc)
    for m in found["copula"]:
        if (role := _copula(ent, m, is_role_noun)) is not None:
            fired("roles.copula")
            return role
    for m in found["leads"]:
        if (role := _leads(ent, m)) is not None:
            fired("roles.leads")
            return role
    for m in found["represents"]:
        if (role := _represents(ent, m)) is not None:
            fired("roles.represents")
            return role
    for m in found["affiliation"]:
        if (role := _affiliation(ent, m)) is not None:
            fired("roles.affiliation")
            return role
    if (role := aside_affiliation(ent)) is not None:
        return role
    if (role := list_affiliation(ent)) is not None:
        fired("roles.list_affiliation")
        return role
    if (role := employer(ent)) is not None:
        fired("roles.employer_possessive")
        return role
    return None


def reads_as_role(role: str) -> bool:
    """A role is a phrase of a sentence: not a cell of a table ("| Competitor", the cells that
    ingest writes with bars) nor a numbered heading ("Chapter 22", "Part 3") beside the name.
    Fires on 3 of the 111 training pages (a game's settings table, two fan wikis' tables and
    chapter lists), where the role gave a table's label the standing to be shown as an actor:
    shown junk there 151 -> 147; no dev set has tables or chapter lists."""
    words = role.split()
    numbered = len(words) == 2 and words[0][:1].isupper() and words[1].rstrip(".,:;").isdigit()
    if "|" in role or numbered:  # ("age 7" is a description of the person, and stays)
        fired("roles.not_a_phrase")
        return False
    if _PICTURE_PLACE.fullmatch(role.strip()):
        # "Ana Roe, center, and her brother": where the person stands in a photo, a caption's
        # words. Coverage: 1 CNN/DailyMail dev article (a caption run into the text), no page;
        # kept: a closed class, and a blind review counted the role a blocker
        fired("roles.picture_place")
        return False
    if all(_DEGREE.fullmatch(w.rstrip(",")) for w in words):
        # "Ana Roe, Ph.D., of the Lusk Institute": the letters after a name are a degree, not
        # what the person does in the story. Coverage: 2 of the 111 training pages (a research
        # paper's author, a scientist of a health site's story), no dev article (wire copy
        # writes no letters after names); kept: a closed class, and a reviewer counted a
        # central researcher shown as "Ph.D." a major
        fired("roles.degree_letters")
        return False
    return True


#: Where a person stands in a picture: "center", "left", "second right", "pictured".
_PICTURE_PLACE = re.compile(
    r"(?:(?:second|third|far|top|bottom|front|back)\s+)?(?:center|centre|left|right|middle|pictured|above|below|inset)",
    re.IGNORECASE,
)
#: Degrees and letters written after a name ("Ph.D.", "MD", "MBA", "FRCS").
_DEGREE = re.compile(
    r"(?:Ph\.?\s?D|M\.?D|D\.?Phil|MBA|M\.?Sc|B\.?Sc|M\.?A|B\.?A|MPH|J\.?D|LL\.?[BM]|DDS|RN|FRCS|FACS|MSc|BSc|PhD)\.?",
)


def is_degree(word: str) -> bool:
    """``word`` is a degree's letters written after a name ("Ph.D.", "MD", "MPH")."""
    return _DEGREE.fullmatch(word.rstrip(",")) is not None


def ends_description(child: "Token") -> bool:
    """A phrase a long description can end before: a second description ("and a professor at
    ..."), a phrase after its noun that is no "of" ("director of the institute" is one title)."""
    return child.dep_ == "conj" or (child.dep_ == "prep" and child.lower_ != "of")
