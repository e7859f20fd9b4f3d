"""Names of the world's cities: a public list, for telling a place the parser took for a
person ("fans in Glasgow and Porto" read as people).

The list is GeoNames' table of populated places (CC BY 4.0), those of at least 200,000 people,
less the names that are common US surnames ("Kennedy", "Houston", "Preston"), derived into
``world_cities.txt`` beside this module by ``scripts/world_cities.py``: about 2,970 names. A
city's name is only a hint: the article's own evidence of a person (a full name it belongs to,
a given name, a title, a description, "his") always wins (:mod:`briefgen.summary.entities.kinds`).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

__all__ = ["is_city"]


@lru_cache(maxsize=1)
def _names() -> frozenset[str]:
    text = resources.files(__package__).joinpath("world_cities.txt").read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


def is_city(name: str) -> bool:
    """True when ``name`` as written ("Glasgow", not "GLASGOW") is a city or town of the list."""
    return name in _names()
