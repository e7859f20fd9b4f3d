"""Abbreviations of common phrases: "CBT" where the text writes "cognitive behavioural
therapy", "DBD" after "Dual-Ray Bone Densitometry (DBD)". Such an abbreviation names a
technique, a condition or a field, no actor, though the parser takes its capitals for an
organisation's.

Two ways the text shows it, both read by :func:`spelled_out_term`:

- the phrase in lower case (a common phrase is written so), of content words (not "could be
  seen" for "CBS"), within :data:`_NEAR` characters of a use of the abbreviation; a two-letter abbreviation only right before or after it
  in brackets, as chance pairs of words spell two letters often;
- the phrase capitalised right before the abbreviation in brackets, ending in a word of a
  technique or a condition (:data:`briefgen.lang.en.terms.TERM_LAST_WORDS`, "-graphy",
  "-metry", "-itis" ...): "Thermal Contrast Analysis (TCA)". Capitalised names of
  organisations are spelled out so too ("Kelmsby Harbour Board (KHB)"); they end otherwise.

A phrase with an organisation's word ("Board", "Union", "Nations"), a country or a nationality is
never a term's, nor is a known organisation's abbreviation ("AP", see the gazetteer).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ...lang.en.gazetteer import (
    EVENT_LAST_WORDS,
    PROGRAMME_LAST_WORDS,
    NEWS_AGENCIES,
    ORG_FIRST_WORDS,
    ORG_NAMES,
    ORG_LAST_WORDS,
    ORGANISATION_NOUNS,
    canonical_country,
    is_nationality,
)
from ...lang.en.terms import is_term_head
from ...trace import fired
from .evidence import prose_lower_words, term_abbreviation
from .non_names import not_a_name

if TYPE_CHECKING:
    from ..types import Mention

__all__ = ["has_org_word", "names_only", "spelled_out_programme", "spelled_out_term"]

#: Words that make a spelled-out abbreviation an organisation's name (case-folded).
_ORG_WORDS: frozenset[str] = frozenset(
    w.casefold()
    for w in (
        *ORG_LAST_WORDS,
        *ORG_FIRST_WORDS,
        *ORGANISATION_NOUNS,
        *"Nations States Forces Force Corps Nation Republic Kingdom".split(),
    )
)
#: Short words a spelled-out phrase leaves out of its abbreviation ("Department of Energy").
_SMALL = r"(?:and|of|for|with|the|to|in|on|&)"
#: How far from a use of the abbreviation its lower-case phrase may stand (chance phrases that
#: spell its letters are common in a long text: "cold nights and northerly winds" for "CNW").
_NEAR = 1000
_LETTERS = re.compile(r"^[A-Z]{2,6}$")


@lru_cache(maxsize=512)
def _pattern(letters: str) -> re.Pattern[str]:
    words = [rf"({c}[\w'’]*(?:-[\w'’]+)*)" for c in letters]
    return re.compile(r"(?<![\w'’])" + rf"(?:\s+{_SMALL})*\s+".join(words) + r"\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def _org_word(word: str) -> bool:
    parts = [p for p in re.split(r"[-'’]", word) if p]
    return any(p.casefold() in _ORG_WORDS or canonical_country(p) or is_nationality(p) for p in parts)


def has_org_word(words: "list[str] | tuple[str, ...]") -> bool:
    """A word of an organisation's name ("Ministry", "Board", "Nations"), a country or a nationality."""
    return any(_org_word(w) for w in words)


def _bracketed(text: str, start: int, end: int, name: str) -> bool:
    """ "phrase (ABC)" or "ABC (phrase)"."""
    after = re.match(r"\s*\(" + name + r"\)", text[end : end + len(name) + 4])
    before = re.search(r"\b" + name + r"\s*\($", text[max(0, start - len(name) - 3) : start])
    return bool(after) or bool(before)


def spelled_out_term(name: str, text: str) -> bool:
    """True when ``name`` (two to six capitals) abbreviates a phrase that ``text`` spells out as
    a term (see the module docstring): each word opens with its letter in turn, short words like
    "of" and "and" may come between, a hyphenated word counts once ("X-ray")."""
    if not _LETTERS.match(name) or name.casefold() in ORG_NAMES | NEWS_AGENCIES:
        return False
    uses = [u.start() for u in re.finditer(r"\b" + name + r"\b", text)]
    for hit in _pattern(name).finditer(text):
        words = hit.groups()
        if has_org_word(words):
            continue
        if all(w.islower() for w in words):
            if any(w in _stop_words() for w in words):
                continue
            near = any(abs(u - hit.start()) <= _NEAR for u in uses)
            if (len(name) > 2 and near) or _bracketed(text, hit.start(), hit.end(), name):
                return True
        elif (
            all(w[0].isupper() for w in words)
            and is_term_head(words[-1])
            and re.match(r"\s*\(" + name + r"\)", text[hit.end() : hit.end() + len(name) + 4])
        ):
            return True
    return False


def spelled_out_programme(name: str, text: str) -> bool:
    """True when ``name`` (two to six capitals) stands in brackets right after or right before the
    capitalised name of a law, a plan or a programme that it abbreviates ("Young Savers Access Act
    (YSAA)", "YSAA (Young Savers Access Act)": its last word one of
    :data:`briefgen.lang.en.gazetteer.PROGRAMME_LAST_WORDS`), or of an event ("Harbour Trade
    Conference and Exhibition (HTCE)": :data:`~briefgen.lang.en.gazetteer.EVENT_LAST_WORDS`). The
    programme or the event is no actor, and nor is its abbreviation, which the parser takes for an
    organisation's."""
    if not _LETTERS.match(name) or name.casefold() in ORG_NAMES | NEWS_AGENCIES:
        return False
    for hit in _pattern(name).finditer(text):
        words = hit.groups()
        if all(w[0].isupper() for w in words) and (words[-1] in PROGRAMME_LAST_WORDS or words[-1] in EVENT_LAST_WORDS):
            if _bracketed(text, hit.start(), hit.end(), name):
                return True
    return False


def _without(mentions: list["Mention"], names: set[str], rule: str) -> list["Mention"]:
    """``mentions`` less those written as one of ``names``; ``rule`` fires when any goes."""
    if not names:
        return mentions
    fired(rule)
    return [m for m in mentions if m.text not in names]


def names_only(mentions: list["Mention"], text: str) -> list["Mention"]:
    """``mentions`` less those that are no names: words the evidence rules out
    (:func:`.non_names.not_a_name`) and abbreviations of terms and programmes."""
    lower_words = prose_lower_words(text)
    mentions = [m for m in mentions if not not_a_name(m, text, lower_words)]
    # an abbreviation spelled out in lower case by one of its mentions is a term in all of them
    mentions = _without(
        mentions, {m.text for m in mentions if term_abbreviation(m, text)}, "entities.term_abbreviation"
    )
    # "DBD" where the text spells out "dual-ray bone densitometry": a technique, no actor
    # coverage: 4 training pages (6 pasted), 1 BBC article; kept: a class of the sign-off
    # review (a technical abbreviation as an organisation), and an organisation's spelled-out name never fires it
    spelled = {m.text for m in mentions if m.text.isupper() and not m.hint and spelled_out_term(m.text, text)}
    mentions = _without(mentions, spelled, "actors.term_acronym")
    # "YSAA (Young Savers Access Act)": a law's, a programme's or an event's abbreviation, no
    # organisation; also as a headline in title case writes it ("Ysaa"). Coverage: 3 of the 111
    # training pages, no dev article; kept: a class of the sign-off review (a programme's or a
    # conference's acronym shown as an organisation), and narrow (in brackets by its full name)
    programmes = {m.text for m in mentions if m.text.isupper() and not m.hint and spelled_out_programme(m.text, text)}
    mentions = _without(mentions, programmes | {p.capitalize() for p in programmes}, "actors.programme_acronym")
    return mentions
