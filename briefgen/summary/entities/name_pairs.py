"""Two names that the model tagged as one across their "and" ("Grant and Lusk were hurt", "the
Harriers and Rovers"): cut back into the two names, each a mention of its own.

This is the converse of :func:`name_edges.join_conjoined_name`, which joins an organisation's
name that the model cut at its "and". A span is cut only on evidence that its two sides are two
names: each side stands on its own elsewhere in the article (the "Harriers" of "the Kelmsby
Harriers said", the "Lusk" of "Ben Lusk"), or a plural noun of a kind of place follows the pair
("Lusk and Kelby counties": two places). A name with an organisation's closing word ("Customs
and Harbour Agency"), with a small word inside ("Centre for Trade and Development"), with "&"
("Roe & Lusk", a firm's name) or with the same word on both sides ("Lusk and Lusk") stays whole.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...lang.en.gazetteer import ORG_LAST_WORDS
from ...trace import fired
from .name_words import given_name_shaped
from .place_context import plural_place_noun

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan

__all__ = ["join_split_person", "split_name_pair"]


def split_name_pair(ent: "SpacySpan", text: str, labels: dict[str, str]) -> list["SpacySpan"]:
    """``[ent]``, or the two names on either side of its "and", each with the label of the
    article's longer name that ends in it (``labels``: the model's names and labels; "Grant" of
    "Ann Grant" is a person), else of its own, else ``ent``'s. ``text`` is the whole text ``ent``
    stands in."""
    from spacy.tokens import Span

    conj = [t.i for t in ent if t.lower_ == "and"]
    if len(conj) != 1 or ent.label_ not in {"ORG", "PERSON", "GPE", "LOC", "NORP"}:
        return [ent]
    doc, at = ent.doc, conj[0]
    left, right = doc[ent.start : at], doc[at + 1 : ent.end]
    if not len(left) or not len(right) or "\n" in ent.text:
        return [ent]
    words = list(left) + list(right)
    if any(not (t.is_alpha and t.text[0].isupper()) for t in words) or left.text == right.text:
        return [ent]  # "Centre for Trade and Development", "Lusk and Lusk"
    if right[-1].text in ORG_LAST_WORDS or left[-1].text in ORG_LAST_WORDS:
        return [ent]  # "Customs and Harbour Agency"
    places = _plural_place_noun_after(ent)
    if not places and not all(_stands_alone(side.text, ent.text, text) for side in (left, right)):
        return [ent]
    # coverage: 1 CNN/DailyMail dev article (two clubs by their short names), 1 training page
    # (two victims by surname); kept under 3 dev articles: the joined pair is a junk actor
    # ("<Club> and <Club>" as one organisation, two people as one), and the cut needs both sides
    # named alone, which a firm's name ("Harlow and Dean") is not
    fired("entities.name_pair_split")
    label = "GPE" if places else None
    return [Span(doc, side.start, side.end, label=label or _label(side.text, ent, labels)) for side in (left, right)]


def _plural_place_noun_after(ent: "SpacySpan") -> bool:
    """A plural noun of a kind of place follows the pair: "the Lusk and Kelby counties", "along the
    Dane and Orme rivers": two places, each a name of that kind. Coverage: 1 of the 53 English real
    pages (two counties as one organisation), no dev article (its pairs are tagged apart)."""
    return plural_place_noun(ent.doc[ent.end] if ent.end < len(ent.doc) else None)


def _stands_alone(side: str, joined: str, text: str) -> bool:
    """``side`` is a name of its own elsewhere in ``text``: written outside ``joined`` with no
    capitalised word after it ("Harriers" of "the Kelmsby Harriers said"; not "Immigration" of
    "Immigration Services")."""
    pattern = r"(?<![\w&])" + re.escape(side) + r"(?!\w)(?!['’]?\s+(?:and\s+|&\s+)?[A-Z])"
    return re.search(pattern, text.replace(joined, " ")) is not None


def _label(side: str, ent: "SpacySpan", labels: dict[str, str]) -> str:
    longer = [lb for name, lb in labels.items() if name != side and name.endswith(" " + side)]
    return longer[0] if longer else labels.get(side, ent.label_)


#: Labels the model gives a rare given name or surname it does not know as a person's: a people, a
#: place, a date ("Tyrese" NORP, "Vexley" GPE; a surname as a DATE).
_MISREAD_NAME_LABELS = frozenset({"NORP", "GPE", "LOC", "DATE", "PERSON"})


def join_split_person(ents: list["SpacySpan"]) -> list["SpacySpan"]:
    """``ents`` (one doc's entities, in order) with a person's name the model cut in two joined
    back: two one-word entities side by side, a space between, that read as a given name and a
    surname (:func:`.name_words.given_name_shaped`: the first a given name of the census lists,
    neither a dictionary word nor a city), neither of them an organisation's or a product's
    ("Kelby Vexo": a maker and its product). The joined span is a person's.

    Coverage: 2 of the 111 training pages (a basketball player shown as a place, a blocker of the
    sign-off review; a singer's surname read as a date), no dev article nor real page: the model
    knows the names of wire copy. Kept below three: a person shown as a place is a blocker, and
    a name of the census lists before a capitalised word is a person's."""
    from spacy.tokens import Span

    out: list["SpacySpan"] = []
    for ent in ents:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.doc is ent.doc
            and prev.end == ent.start
            and len(prev) == 1
            and len(ent) == 1
            and prev.label_ in _MISREAD_NAME_LABELS
            and ent.label_ in _MISREAD_NAME_LABELS
            and not prev.label_ == ent.label_ == "PERSON"
            and prev[0].whitespace_ == " "
            and given_name_shaped(f"{prev.text} {ent.text}")
        ):
            fired("entities.split_person_joined")
            out[-1] = Span(ent.doc, prev.start, ent.end, label="PERSON")
            continue
        out.append(ent)
    return out
