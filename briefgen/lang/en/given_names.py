"""Given names: a public list, for telling a person's name ("Ruth Okafor") and a likely gender.

The list is the 1990 US Census first-name lists (public domain), then the names of the US
Social Security Administration's baby names (1880-2017, public domain) given to at least 200
babies, borne by more people as a given name than as a surname ("Kessler" is left out), that are
no English word, city or country, derived into ``given_names.txt`` beside this
module by ``scripts/given_names_census.py``: about 24,000 names with the sex of most of their
bearers ("Farhan", "Ayman" and "Humza" among the added ones). It is still US-centred; names it
lacks are left to the parser's labels and the article's own evidence (titles, pronouns).

Gender is only a hint for resolving he/she: a name used for both (m and f under 90%) is
neither, and the article's own honorifics (Mr., Ms.) and pronouns weigh as much or more.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

__all__ = ["given_name_gender", "is_given_name"]


#: A given name borne by at least this percent of the men or the women is a common one: rarer
#: names of the list are as often words that open other names ("Coral ...", "Moon ...").
COMMON_SHARE = 0.005


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[str, float]]:
    text = resources.files(__package__).joinpath("given_names.txt").read_text(encoding="utf-8")
    out: dict[str, tuple[str, float]] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, tag, share = line.split()
            out[name] = (tag, float(share))
    return out


def is_given_name(word: str, common: bool = False) -> bool:
    """True when ``word`` as written ("Ruth", not "RUTH" or "ruth") is a given name of the list;
    with ``common``, only one borne by at least :data:`COMMON_SHARE` percent of men or women."""
    entry = _table().get(word)
    if entry is None and "-" in word.strip("-"):
        # "Jean-Paul", "Anne-Marie": a double given name, each part one of the list (not
        # "Rolls-Royce", nor "Mercedes-Benz": a part that is no given name)
        return all(is_given_name(part, common) for part in word.split("-"))
    return entry is not None and (not common or entry[1] >= COMMON_SHARE)


def given_name_gender(full_name: str) -> str | None:
    """``"m"`` or ``"f"`` when the first word of ``full_name`` is a given name that marks one, else None."""
    first = next(iter(full_name.split()), "")
    entry = _table().get(first)
    return entry[0] if entry is not None and entry[0] in ("m", "f") else None
