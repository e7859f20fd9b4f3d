"""Make the fonts shipped in briefgen/fonts/ from the upstream Noto variable fonts.

The PDF output embeds these, so a brief looks the same on every machine:

* ``NotoSerif-Regular.woff2``, ``NotoSerif-Italic.woff2``, ``NotoSerif-Bold.woff2``:
  static instances (weight 400, 400 italic, 700) of Noto Serif, for the body text;
* ``NotoSans-Variable.woff2``: Noto Sans with its weight axis cut to 400-700, for
  headings, labels and page furniture (WeasyPrint instantiates each weight it uses).

Each is subset to Latin (Basic, Latin-1, Extended-A, the Romanian and Vietnamese
letters, the combining accents), the general punctuation, the usual currency and
letterlike signs, with every OpenType layout feature kept (kerning, ligatures) and
hinting dropped; other scripts fall back to the fonts of the machine. Noto is under
the SIL Open Font License 1.1 with no Reserved Font Name, so the modified fonts may
keep their names; the licence ships beside them as ``OFL.txt``.

Upstream files: ``NotoSerif[wdth,wght].ttf``, ``NotoSerif-Italic[wdth,wght].ttf`` and
``NotoSans[wdth,wght].ttf`` of google/fonts (ofl/notoserif, ofl/notosans), e.g. from
the PyPI packages fontpkg-noto-serif 2.15 and fontpkg-noto-sans 2.15::

    pip download --no-deps fontpkg-noto-serif fontpkg-noto-sans -d /tmp/noto
    (cd /tmp/noto && for w in *.whl; do unzip -o -q "$w"; done)
    python scripts/make_fonts.py /tmp/noto/fontpkg_noto_serif/files /tmp/noto/fontpkg_noto_sans/files

Needs fontTools with brotli (``fonttools[woff]``, which WeasyPrint already requires).
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont
from fontTools.varLib import instancer

OUT = Path(__file__).resolve().parent.parent / "briefgen" / "fonts"

UNICODES = ",".join(
    [
        "U+0020-007E",
        "U+00A0-017F",
        "U+0192",
        "U+01A0-01A1",
        "U+01AF-01B0",
        "U+0218-021B",
        "U+02BB-02BC",
        "U+02C6-02DD",
        "U+0300-0328",
        "U+1E00-1EFF",
        "U+2000-206F",
        "U+20A3-20C0",
        "U+2100-2150",
        "U+2190-2199",
        "U+2212",
        "U+2215",
        "U+2248",
        "U+2260",
        "U+2264-2265",
        "U+25CF",
        "U+FB01-FB02",
        "U+FFFD",
    ]
)


def make(source: Path, target: Path, axes: dict[str, float | tuple[float, float]]) -> None:
    font = TTFont(source)
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.hinting = False
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=subset.parse_unicodes(UNICODES))
    subsetter.subset(font)  # subset first: instancing first breaks gvar for dropped glyphs
    font = instancer.instantiateVariableFont(font, axes, updateFontNames=isinstance(axes.get("wght"), (int, float)))
    font.flavor = "woff2"
    font.save(target)
    print(f"{target.name}: {target.stat().st_size:,} bytes")


def main(serif_dir: str, sans_dir: str) -> None:
    serif, sans = Path(serif_dir), Path(sans_dir)
    OUT.mkdir(exist_ok=True)
    make(serif / "NotoSerif[wdth,wght].ttf", OUT / "NotoSerif-Regular.woff2", {"wdth": 100, "wght": 400})
    make(serif / "NotoSerif-Italic[wdth,wght].ttf", OUT / "NotoSerif-Italic.woff2", {"wdth": 100, "wght": 400})
    make(serif / "NotoSerif[wdth,wght].ttf", OUT / "NotoSerif-Bold.woff2", {"wdth": 100, "wght": 700})
    make(sans / "NotoSans[wdth,wght].ttf", OUT / "NotoSans-Variable.woff2", {"wdth": 100, "wght": (400, 700)})


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
