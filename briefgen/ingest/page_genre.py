"""What kind of piece a saved page says it is (an opinion column, a fact check, a review, a press
release), and a fact check's verdict on the claim it checks, read from the page's markup.

A brief of a column reads the writer's views as if they were the news, and one of a fact check
gives the claim without the finding, unless the reader is told what kind of piece it is: a blind
sign-off review counted a column's opinions given as fact, and a fact check's missing verdict, as
defects. Only what the page declares counts: its JSON-LD type (``ClaimReview``,
``OpinionNewsArticle``, ...), its section (``article:section``, JSON-LD ``articleSection``) and the
folders of its address ("/opinion/", "/fact-check/"); the words are
:mod:`briefgen.lang.en.genres`. A news story declares nothing of the kind and gets no label.

A pasted page keeps none of that markup, but its section's name stands right above the headline
as the page printed it (:func:`kicker_genre`): "Opinion|Headline" (also on a bar further up), a
breadcrumb's last item ("• Commentary"), a kicker ("Advice").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from ..lang.en.genres import GENRE_ORDER, SCHEMA_TYPE_GENRES, SECTION_GENRES
from ..trace import fired
from .headline import SECTION_PREFIX
from .json_ld import ld_nodes

__all__ = ["Declared", "declared_genres", "kicker_genre", "page_genre"]

#: A verdict longer than this is a sentence of the review, not its rating.
MAX_RATING_CHARS = 40
#: A section's value may list several ("Business, Press Release"), split at these marks.
_LIST_MARKS = re.compile(r"\s*[,;|]\s*")


@dataclass(frozen=True)
class Declared:
    """The kinds of piece a page's markup declares, and a fact check's rating."""

    genres: frozenset[str] = frozenset()
    rating: str | None = None


def declared_genres(tree) -> Declared:  # noqa: ANN001 - an lxml tree
    """What the page's ``<meta>`` and JSON-LD say it is; read before the extractor changes the tree."""
    found: set[str] = set()
    rating = None
    if tree is None:
        return Declared()
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or "").strip().lower()
        if key == "article:section":
            found |= _section_genres(el.get("content") or "")
    for script in itertools.islice(tree.iter("script"), 500):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        for node in ld_nodes(script.text or ""):
            kinds = node.get("@type")
            for kind in kinds if isinstance(kinds, list) else [kinds]:
                if isinstance(kind, str) and kind in SCHEMA_TYPE_GENRES:
                    found.add(SCHEMA_TYPE_GENRES[kind])
                    if kind == "ClaimReview":
                        rating = rating or _rating(node)
            section = node.get("articleSection")
            for value in section if isinstance(section, list) else [section]:
                if isinstance(value, str):
                    found |= _section_genres(value)
    return Declared(frozenset(found), rating)


def page_genre(declared: Declared, url: str | None) -> tuple[str | None, str | None]:
    """``(genre, rating)``: the kind of piece the page declares in its markup or its address's
    folders (a label of :data:`~briefgen.lang.en.genres.GENRE_ORDER`, the most particular when it
    declares several) and, for a fact check, the rating it gives the claim ("False"); ``(None,
    None)`` when it declares none."""
    found = set(declared.genres)
    if url:
        path = urlsplit(url).path.lower()
        found |= {SECTION_GENRES[part] for part in path.split("/")[:-1] if part in SECTION_GENRES}
    genre = next((g for g in GENRE_ORDER if g in found), None)
    if genre is None:
        return None, None
    fired("html.page_genre")
    return genre, declared.rating if genre == "Fact check" else None


#: A list mark or a glyph a text browser puts before a breadcrumb's item: "• ", "1. ", "□ ".
_ITEM_MARK = re.compile(r"^(?:[•□☆*·>–-]|\d{1,2}\.)\s*")


def kicker_genre(headline: str, above: str | None, earlier: Sequence[str] = ()) -> str | None:
    """The kind of piece a pasted page's section names: the section printed before the headline on
    its line ("Opinion|Headline"), or on a line further up that repeats the headline so (a site's
    bar over the story), else the line right above the headline when it is a section's name alone
    ("• Commentary", "1. Advice"); None for any other section or line.

    Coverage: 4 of the 60 real pages, both pastes each, each the kind its saved page declares;
    none of the 111 training pages' pastes nor a dev article (clean text has no section line).
    Kept though it fires on pages of one set: it reads only a name of :data:`SECTION_GENRES`
    where a page prints its section, and the saved page agrees on every page it fires on."""
    names = []
    key = " ".join(SECTION_PREFIX.sub("", headline.strip(), count=1).split()).casefold()
    for line in [headline, *earlier]:
        m = SECTION_PREFIX.match(line.strip())
        if m and " ".join(line.strip()[m.end() :].split()).casefold() == key:
            names.append(m.group(0).split("|")[0])
    if above is not None:
        names.append(_ITEM_MARK.sub("", above.strip()))
    for name in names:
        genre = SECTION_GENRES.get(" ".join(name.split()).lower())
        if genre:
            fired("header.kicker_genre")
            return genre
    return None


def _section_genres(value: str) -> set[str]:
    """The kinds a section's value names, whole or as one item of a list ("Business, Press Release")."""
    items = [" ".join(value.split()).lower(), *_LIST_MARKS.split(value.strip().lower())]
    return {SECTION_GENRES[item] for item in items if item in SECTION_GENRES}


def _rating(node: dict) -> str | None:
    """A ClaimReview's verdict: ``reviewRating.alternateName`` ("False", "Mostly true")."""
    review = node.get("reviewRating")
    name = review.get("alternateName") if isinstance(review, dict) else None
    if isinstance(name, str) and 0 < len(name.strip()) <= MAX_RATING_CHARS and "\n" not in name.strip():
        return " ".join(name.split())
    return None
