"""The words of a role: which noun may end or head one, and which words around its head belong to it.

A role ends in a noun of office or occupation ("President", "spokesperson", "boxing legend"), not
in a name the model left out ("Orla Venn") nor a colour ("the silver Kiaro"); a description after
a name keeps its words up to the first comma, quote, line break or clause after its head, without
its article and without a phrase of how or when the person spoke. Read by :mod:`.role_titles`
(the title before a name), :mod:`.role_appositions` (the description after it) and :mod:`.roles`.
"""

from __future__ import annotations

import re

from typing import TYPE_CHECKING

from ...lang.en.gazetteer import PERSON_TITLES
from ...lang.en.given_names import is_given_name
from ...lang.en.roles import ROLE_NOUNS as _ROLE_NOUNS
from ...lang.en.roles import SAYING_NOUNS
from ...lang.en.terms import COLOUR_WORDS
from ...lang.en.titles import is_title
from ...trace import fired
from ..text.truecase import english_words
from .role_shapes import ROLE_STOPS

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "MAX_ROLE_TOKENS",
    "description_words",
    "is_role_noun",
    "is_role_word",
    "is_sure_role_noun",
    "named_possessor",
]

#: The most tokens a role may have (a title before a name, a description after it).
MAX_ROLE_TOKENS = 14

#: Endings of nouns that name what a person is or does (manager, economist, spokesperson).
_AGENT_ENDINGS = (
    "er",
    "or",
    "ist",
    "ian",
    "ant",
    "ent",
    "man",
    "woman",
    "person",
    "ee",
    "eer",
    "ive",
    "ary",
    "at",
)


#: Of those, the ones that are words themselves: the whole word is the agent ("woman").
_WORD_ENDINGS = ("man", "woman", "person")
_VOWEL = re.compile(r"[aeiouy]")


def _agent_noun(lower: str) -> bool:
    """``lower`` ends as an agent noun does, on a stem that holds a vowel: "engineer", "giant",
    "agent", "diplomat"; not "cheer", "beer", "cat", "her", whose "ending" follows no stem
    ("huge numbers of the populace cheer Ana Ruiz on" gave her the role "populace cheer")."""
    ending = max((e for e in _AGENT_ENDINGS if lower.endswith(e)), key=len, default=None)
    if ending is None:
        return False  # (the longest ending: "cheer" ends on "eer" after "ch", not on "er" after "che")
    return ending in _WORD_ENDINGS or bool(_VOWEL.search(lower[: -len(ending)]))


def is_role_word(lower: str) -> bool:
    """A lower-case word (a noun's singular) that names an office or what a person does."""
    return lower in PERSON_TITLES or is_title(lower) or lower in _ROLE_NOUNS or _agent_noun(lower)


def is_role_noun(tok: "Token") -> bool:
    """A noun that can end a title before a name: an office or an agent noun, or a capitalised title.

    Keeps "President", "spokesperson", "boxing legend"; drops "video Ruth Okafor", "north Dunmore".
    """
    lower = tok.text.rstrip(".").lower()
    if lower in PERSON_TITLES or is_title(lower):
        return True
    if lower in COLOUR_WORDS:
        return False  # "the silver Kiaro": a colour ending in "-er" is no agent noun
    if tok.text.isupper() and len(tok.text) > 1:
        return False  # "DJ Tarrow": an acronym before a name is more name than role
    if lower in _ROLE_NOUNS:
        return True
    if (tok.pos_ == "PROPN" or tok.is_title) and (lower not in english_words() or is_given_name(tok.text)):
        return False  # "Orla Venn", "Grant Lusk": a name the model left out, not a title
    return _agent_noun(lower)


#: Endings that make an agent noun of a lower-case word more surely than :data:`_AGENT_ENDINGS`
#: ("nominee", "columnist", "historian"; not "letter", "major", "matter").
SURE_AGENT_ENDINGS = ("ist", "ian", "ee", "eer", "man", "woman", "person")


def is_sure_role_noun(tok: "Token") -> bool:
    """A role noun even where the parse does not tie it to the name: a title, a role noun of
    :data:`_ROLE_NOUNS`, a lower-case word with a sure agent ending, or a capitalised role noun."""
    lower = tok.text.rstrip(".").lower()
    if lower in PERSON_TITLES or is_title(lower) or lower in _ROLE_NOUNS:
        return True
    if lower in {"man", "woman", "person"}:
        return False  # "a man Ben Lusk": no role
    return lower.endswith(SURE_AGENT_ENDINGS) and _agent_noun(lower) if tok.is_lower else is_role_noun(tok)


def named_possessor(tok: "Token") -> bool:
    """A proper noun with its "'s" ("Tarvel's"), not a pronoun nor a common noun ("the company's"),
    nor the last word of a longer name the role would cut ("the Duchess of Kelmsby's")."""
    doc = tok.doc
    nxt = doc[tok.i + 1 : tok.i + 2]
    if tok.i > 0 and doc[tok.i - 1].lower_ in {"of", "for", "and", "&", "de"}:
        return False
    return tok.pos_ == "PROPN" and bool(nxt) and nxt[0].dep_ == "case" and tok.text[:1].isupper()


def description_words(tokens: "list[Token]", head: "Token", *, lead_adverbs: bool = False) -> "list[Token]":
    """The words of a description headed by ``head``: ``tokens`` up to the first comma, quote,
    line break or clause after the head, without the article or possessive before it ("now" too,
    with ``lead_adverbs``: "who is now a ...") and without a word left dangling at its end."""
    kept: list["Token"] = []
    inside = {t.i for t in tokens}
    for tok in tokens:
        if tok.text == "," and kept and _coordination_goes_on(tok, inside):
            kept.append(tok)  # "head of ferries, freight and harbours": the list is the role's
            continue
        if tok.text in ROLE_STOPS or "\n" in tok.text or (tok.dep_ in {"relcl", "acl"} and tok.i > head.i):
            break
        if tok.i > head.i and _how_or_when_said(tok):
            fired("roles.saying_phrase_cut")
            break
        kept.append(tok)
    lead = {"DET", "PRON", "ADV"} if lead_adverbs else {"DET", "PRON"}
    while kept and (kept[0].pos_ in lead or kept[0].is_punct or kept[0].dep_ in {"poss", "case"}):
        if named_possessor(kept[0]):
            # "Ana Ruiz, Norland's foreign minister,": whose minister, as before a name (coverage
            # in :func:`.role_titles.role_before`'s comment, which keeps it the same way)
            fired("roles.named_possessor_after_name")
            break
        kept = kept[1:]
    while kept and (kept[-1].is_punct or kept[-1].dep_ in {"cc", "prep", "case"} or kept[-1].tag_ in {"WDT", "WP"}):
        kept = kept[:-1]
    return kept


def _how_or_when_said(tok: "Token") -> bool:
    """``tok`` opens a phrase of how or when the person spoke, which the parser hangs on the role:
    "(a spokeswoman for the board) in a statement", "... during a press conference", "... on
    Monday", "... last week" (not "a close aide in 2012", "a nurse since 2019": their time).
    Coverage: no dev article (wire copy sets the phrase off with a comma) and 1 training page
    (saved and pasted); kept though rare: the phrase it cuts made a garbled role ("investigator
    with ... in an email to me") that the sign-off review counts, and the cut keeps the role's
    own words."""
    if tok.dep_ == "prep":
        objects = [c for c in tok.children if c.dep_ == "pobj"]
        return bool(objects) and (
            (tok.lower_ in {"in", "during", "at", "via", "through"} and objects[0].lemma_.lower() in SAYING_NOUNS)
            or (tok.lower_ == "on" and objects[0].ent_type_ in {"DATE", "TIME"})
        )
    return tok.dep_ == "npadvmod" and tok.ent_type_ in {"DATE", "TIME"}


def _coordination_goes_on(comma: "Token", inside: set[int]) -> bool:
    """The comma sits in a list of the description's own words ("of ferries, freight and
    harbours", "the transport, ports and fisheries committee"): the word after it is a
    conjunct, or opens the last pair of the list, and stands in the description. Coverage: 2 of
    the 111 training pages, no dev article (wire copy seldom lists portfolios); kept: a title cut
    at its first comma ("head of ferries") names another office, a major defect
    of the sign-off review, and the parse's own coordination is all it follows."""
    doc = comma.doc
    if comma.i + 1 >= len(doc) or comma.i + 1 not in inside:
        return False
    nxt = doc[comma.i + 1]
    if not (nxt.is_lower and nxt.is_alpha and nxt.pos_ in {"NOUN", "ADJ"}):
        return False  # "PhD, 714 University Hall", "her husband, Ambersley and ...": no list of its words
    if nxt.dep_ == "conj" and nxt.head.i < comma.i:
        fired("roles.coordinated_title")
        return True
    if any(c.dep_ == "cc" for c in nxt.children) and any(c.dep_ == "conj" for c in nxt.children):
        fired("roles.coordinated_title")
        return True
    return False
