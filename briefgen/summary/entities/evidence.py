"""Evidence of what a mention names, read from the mention and its sentence, one mention at a time.

Nothing here changes a mention: each function answers a question about one mention, and
:mod:`kinds` weighs the answers of all the mentions of a name at once.

- :func:`term_abbreviation`: an abbreviation the article spells out in lower case, a term.
- :func:`title_before`: a title of office right before it ("Chancellor Ilse Brandt").
- :func:`organisation_noun`: a noun of its phrase that names an organisation ("the
  shipping firm Aquavella", "the Kelmsby Courier daily").
The kind the name's own words give ("Tarvel Ltd", "Lusk Province", a country, a known
organisation, a common given name first: "Ruth Okafor") is read in :mod:`.name_words`
(:func:`name_hint` and :func:`brand_word` stay importable from here).
A context only a place stands in ("fighting in Dunmore", "flew to Dunmore", "the town of
Dunmore") is read in :mod:`.place_context`, a name that stands where a side of a match stands
("Barchester beat Ambridge 3-1") in :mod:`.sides`.
A mention that names nothing (a common word, a title alone, a model code, a unit, several names
run together) is read in :mod:`.non_names` (:func:`~.non_names.not_a_name`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ...lang.en.gazetteer import (
    MEDIA_NOUNS,
    ORG_AGENT_NOUNS,
    ORG_NOUNS,
    ORGANISATION_NOUNS,
    PERSON_TITLES,
)
from ..text.truecase import is_caps_line, line_bounds
from .described import fronted_org_description, named_after_org_noun
from .name_words import brand_word as brand_word, name_hint as name_hint  # re-exported: their old home

if TYPE_CHECKING:
    from ..types import Entity, Mention

__all__ = [
    "PLACE_LABELS",
    "name_hint",
    "prose_lower_words",
    "term_abbreviation",
    "title_before",
    "organisation_noun",
    "brand_word",
    "determined_by_the",
    "abbreviation_letters",
]

#: The model's labels of places (and the dateline's place).
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "DATELINE"})
#: Nouns of a sports side written after its name ("the Ambridge side", "the Kelmsby squad").
_TEAM_NOUNS = frozenset({"side", "team", "squad", "club", "outfit", "franchise"})


#: Web addresses, e-mail addresses and handles: their words are no prose ("www.tarvel.com").
#: (Its runs are bounded, so that a long token without spaces is read in linear time.)
_ADDRESS = re.compile(
    r"(?:https?://|www\.)\S+|\S{1,200}@\S+|[@#]\w+"
    r"|\b[\w-]{1,100}(?:\.[\w-]{1,100}){0,10}\.(?:com|org|net|gov|edu|io|co|uk|in)\b\S*"
)


def prose_lower_words(text: str) -> set[str]:
    """The words ``text`` writes in lower case in its prose: not those of a web or e-mail address
    ("www.tarvel.com", "press@tarvel.com"), where a company's name is always in lower case.

    Coverage: 2 of the 111 training pages (a company named in its site's address, in an image
    credit or a help link), none in the news sets (wire copy prints no addresses); kept: without it
    the company a page is about drops out of the brief because the page prints its web address."""
    return set(re.findall(r"\b[a-z]+\b", _ADDRESS.sub(" ", text)))


#: A word of two to five capitals: an initialism ("CMO", "GPRS"), see :func:`initialism_as_person`.
_INITIALISM = re.compile(r"[A-Z]{2,5}")


def is_initialism(word: str) -> bool:
    """Two to five capitals and nothing else: "CMO", "GPRS"."""
    return bool(_INITIALISM.fullmatch(word))


def initialism_as_person(e: "Entity") -> bool:
    """A person whose fullest name is two to five capitals, each mention on a line in mixed case:
    "said the CMO", "GPRS phones", "the WABC report". Such letters name an office, a technology,
    a station or a work; a person is named in mixed case there (a line in capitals is read
    apart), and an initialism that is an alias of a fuller name stays with it."""
    if e.kind != "person" or not is_initialism(e.name):
        return False
    for m in e.mentions:
        text = m.span.doc.text
        start, end = line_bounds(text, m.span.start_char)[0], line_bounds(text, m.span.end_char)[1]
        if is_caps_line(text[start:end]):
            return False
    return True


def acts(m: "Mention") -> bool:
    """The mention is the subject or the possessor of something: "Tarvel said", "Roe's plan"."""
    root = m.span.root
    return root.dep_ in {"nsubj", "nsubjpass", "poss"} or any(
        t.tag_ == "POS" for t in m.span.doc[m.span.end : m.span.end + 1]
    )


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def term_abbreviation(m: "Mention", text: str) -> bool:
    """An abbreviation the article spells out in lower case near it is a term, no name:
    "a condition called DV ... dermal vasculitis" (the spelled-out words are no stop words)."""
    letters = abbreviation_letters(m.text)
    if not letters:
        return False
    near = text[max(0, m.start - 200) : m.end + 200]
    phrase = r"\b" + r"(?:\s|, |-)+".join(f"({c.lower()}[a-z]+)" for c in letters) + r"\b"
    return any(not any(w in _stop_words() for w in hit.groups()) for hit in re.finditer(phrase, near))


def abbreviation_letters(name: str) -> str:
    """The letters of an abbreviation in capitals ("CT", "F.I.R.E."), two to five of them; else ""."""
    letters = name.replace(".", "")
    return letters if 2 <= len(letters) <= 5 and letters.isalpha() and letters.isupper() else ""


def _prev(m: "Mention"):
    return m.span.doc[m.span.start - 1] if m.span.start > 0 else None


def title_before(m: "Mention") -> bool:
    """A title of office right before the name, in its noun phrase: "Chancellor Ilse Brandt"."""
    prev = _prev(m)
    return (
        prev is not None
        and prev.text.rstrip(".").lower() in PERSON_TITLES
        and prev.head.i >= m.span.start
        and m.span.text.startswith(m.text)
    )


def organisation_noun(m: "Mention") -> bool:
    """A noun of its phrase names an organisation: "the shipping firm Aquavella",
    "press distributor Lumen" (a noun of trade, one-word names only), "the Kelmsby Courier
    daily", "Tarvel, a mining company,"."""
    prev = _prev(m)
    root = m.span.root
    if prev is not None and (prev.head.i >= m.span.start or root.dep_ == "appos") and m.span.text.startswith(m.text):
        lower = prev.text.lower()
        if lower in ORG_NOUNS or (lower in ORG_AGENT_NOUNS and " " not in m.text):
            return True
    if root.dep_ == "compound" and root.head.i == m.span.end:
        if root.head.lower_ in MEDIA_NOUNS or (root.head.lower_ in _TEAM_NOUNS and m.label not in PLACE_LABELS):
            return True  # "the Kelmsby Courier daily", "the Ambridge side" (not "the Dunmore club")
    # "Tarvel, a mining company, said", "Brennick, a charity that ...": an apposition headed by an
    # organisation's noun (coverage: one training page beside the trade nouns' articles)
    if any(
        c.dep_ == "appos" and c.i > m.span.end and c.pos_ == "NOUN" and c.lemma_.lower() in ORGANISATION_NOUNS
        for c in root.children
    ):
        return True
    return named_after_org_noun(root) or fronted_org_description(root)


def determined_by_the(m: "Mention") -> bool:
    """The name heads a noun phrase opened by "the" ("the northern Corrie Vale")."""
    root = m.span.root
    return any(c.dep_ == "det" and c.lower_ == "the" and c.i < m.span.start for c in root.children)
