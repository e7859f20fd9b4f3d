"""Text and name normalisation shared by the scorers: words, name tokens, alias matching.

The scorer keeps its own honorific list on purpose: if it imported the engine's,
a change in the engine would silently change how the engine is scored.
"""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher

__all__ = [
    "words",
    "word_overlap",
    "name_tokens",
    "names_match",
    "normalise_form",
    "name_head",
]

# Titles that precede a name and are not part of it ("Sen. Warren" is "Warren").
_HONORIFICS = frozenset(
    """
    mr mrs ms miss mx dr prof professor sir dame lord lady rev reverend fr father gen general
    col colonel maj major capt captain lt sgt adm admiral sen senator rep representative gov
    governor pres president vice secretary minister premier chancellor judge justice mayor
    king queen prince princess sheikh rabbi pope cardinal bishop
    """.split()
)
# Generational suffixes that follow a name ("Vann R. Newkirk II" is "Vann R. Newkirk").
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "esq", "phd", "md"})
_ARTICLES = frozenset({"the"})
_QUOTE_CHARS = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00a0": " ",
    }
)
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*", re.UNICODE)
_POSSESSIVE = re.compile(r"'s?$")


def _fold(text: str) -> str:
    """Unicode-normalise, unify quote characters and case-fold."""
    return unicodedata.normalize("NFKC", text).translate(_QUOTE_CHARS).casefold()


def words(text: str) -> list[str]:
    """Case-folded word tokens of ``text``; punctuation and quote marks are not words."""
    return _WORD.findall(_fold(text))


def word_overlap(a: list[str], b: list[str]) -> int:
    """How many words of ``a`` and ``b`` align in order (sum of the matching blocks).

    Order-aware, so a quote split by "he said" still aligns with both of its halves,
    while the same common words scattered in another order do not count.
    """
    if not a or not b:
        return 0
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks())


def name_tokens(name: str, *, person: bool = True) -> list[str]:
    """Tokens of a name as compared: case-folded, no possessive, no leading 'the'.

    For people (and for speakers, whose kind is unknown) honorifics before the
    name and generational suffixes after it are dropped too. Dots vanish, so
    'U.S.' and 'US' are one form.
    """
    folded = _fold(name).replace(".", "")
    toks = [_POSSESSIVE.sub("", t) for t in _WORD.findall(folded)]
    toks = [t for t in toks if t]
    while len(toks) > 1 and toks[0] in _ARTICLES:
        toks = toks[1:]
    if person:
        while len(toks) > 1 and toks[0] in _HONORIFICS:
            toks = toks[1:]
        while len(toks) > 1 and toks[-1] in _SUFFIXES:
            toks = toks[:-1]
    return toks


def normalise_form(name: str, *, person: bool = True) -> str:
    """One string per form of a name: its tokens joined by spaces."""
    return " ".join(name_tokens(name, person=person))


def _is_subsequence(short: list[str], long: list[str]) -> bool:
    it = iter(long)
    return all(tok in it for tok in short)


def names_match(a: str, b: str, *, person: bool = True) -> bool:
    """True when ``a`` and ``b`` name the same entity under alias matching.

    Always: equal normalised forms. For people (``person=True``) also:
    a single token matches the surname or the first name of a full name
    ('Trump' ~ 'Donald Trump'), and a shorter full name whose tokens appear in
    order in the longer one, with the same surname, matches it
    ('Donald Trump' ~ 'Donald J. Trump'). Two different first names with one
    surname ('Hillary Clinton', 'Chelsea Clinton') do not match.
    """
    ta, tb = name_tokens(a, person=person), name_tokens(b, person=person)
    if not ta or not tb:
        return False
    if ta == tb:
        return True
    if not person:
        return False
    short, long = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    if len(short) == 1:
        return short[0] in (long[0], long[-1])
    return short[-1] == long[-1] and _is_subsequence(short, long)


_HEAD_CUT = re.compile(r",|\s(?:of|who|from|at|for)\s")
_EDGE_PUNCT = "\"'“”‘’()[]:;."


def name_head(phrase: str) -> str | None:
    """The person's name a speaker phrase starts with, or None when it is a description.

    'Gov. Jane Roe of Ohio' -> 'Jane Roe'; 'Mr. Roe, 82,' -> 'Roe'; 'Peter Roe, a lawyer
    who ...' -> 'Peter Roe'. A description ('the mayor', 'The New York businessman',
    'Protesters') gives None: every word of a name is capitalised, and a single word
    counts only after an honorific, since a capitalised plural ('Democrats') opens
    many a sentence.
    """
    head = _HEAD_CUT.split(unicodedata.normalize("NFKC", phrase), maxsplit=1)[0]
    toks = [t.strip(_EDGE_PUNCT) for t in head.split()]
    toks = [t for t in toks if t]
    honorific = False
    while len(toks) > 1 and toks[0].rstrip(".").casefold() in _HONORIFICS:
        toks, honorific = toks[1:], True
    if not toks or not all(t[0].isupper() for t in toks):
        return None
    if len(toks) == 1 and not honorific:
        return None
    return " ".join(toks)
