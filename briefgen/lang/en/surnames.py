"""Surnames: a public list, for telling a surname that is also an English word ("Miller",
"Driver", "Nixon") from an English word a parser took for a person ("Teapot", "Lantern").

The list is the first 25,000 surnames of the 1990 US Census (public domain), derived into
``surnames.txt`` beside this module by ``scripts/surnames_census.py``: about 80% of the
population bears one of them. It is US-centred; a surname it lacks is left to the article's own
evidence (a full name, a title, a quote, a verb the person is the subject of).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

__all__ = ["is_surname", "is_common_surname"]

#: A surname among this many of the list's most frequent is a common one ("Park" ranks 464th).
COMMON_SURNAME_RANK = 2000


@lru_cache(maxsize=1)
def _ranked() -> tuple[str, ...]:
    """The list's surnames, case-folded, most frequent first."""
    text = resources.files(__package__).joinpath("surnames.txt").read_text(encoding="utf-8")
    return tuple(line.casefold() for line in text.splitlines() if line and not line.startswith("#"))


@lru_cache(maxsize=1)
def _names() -> frozenset[str]:
    return frozenset(_ranked())


@lru_cache(maxsize=1)
def _common() -> frozenset[str]:
    return frozenset(_ranked()[:COMMON_SURNAME_RANK])


def is_common_surname(word: str) -> bool:
    """True when ``word`` (any case) is among the list's COMMON_SURNAME_RANK most frequent
    surnames: "Park", "Lane", "Lake" are, "Harbor" and "Island" are not."""
    return word.casefold() in _common()


def is_surname(word: str) -> bool:
    """True when ``word`` (any case: "Nixon", "MCDONALD") is a surname of the list, or its plural
    for a family ("the Millers", "the Joneses")."""
    folded = word.casefold()
    names = _names()
    return folded in names or (folded.endswith("s") and (folded[:-1] in names or folded[:-2] in names))
