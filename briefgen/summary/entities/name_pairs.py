"""Two names that the model tagged as one across their "and" ("Grant and Lusk were hurt", "the
Harriers and Rovers"): cut back into the two names, each a mention of its own.

This is the converse of :func:`name_edges.join_conjoined_name`, which joins an organisation's
name that the model cut at its "and". A span is cut only on evidence that its two sides are two
names: each side stands on its own elsewhere in the article (the "Harriers" of "the Kelmsby
Harriers said", the "Lusk" of "Ben Lusk"), or a plural noun of a kind of place follows the pair
("Lusk and Kelby counties": two places). A name with an organisation's closing word ("Customs
and Harbour Agency"), with a small word inside ("Centre for Trade and Development"), with "&"
("Roe & Lusk", a firm's name) or with the same word on both sides ("Lusk and Lusk") stays whole.

:func:`split_run_together` cuts a span the model read across the end of a clause or a sentence:
at a small word no name holds ("Marsh when Selby County", "Sporting Lusk against Real Tarvo"), at a
"the" before a plural after a capitalised word ("the Courier the Tories"), or at a full stop after
a word that is no abbreviation ("Rolo-Q. Jazz"); the part after the cut stays a name only when the
article tags it or it is two capitalised words or more. Coverage: 3 BBC, 3 CNN/DailyMail and 1
CoNLL dev articles, 1 of the 60 real pages and 2 training pages (both inputs): junk actors of a
blind scan of the dev briefs' actors (41 such in 28 of 134 BBC and CNN/DailyMail briefs, most of
them captions run into the text with no mark at all, which this does not reach).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...lang.en.gazetteer import NAME_INNER_ABBREVIATIONS, NAME_INNER_WORDS, ORG_LAST_WORDS
from ...lang.en.titles import NAME_PARTICLES
from ...trace import fired
from .name_words import given_name_shaped
from .place_context import plural_place_noun

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan, Token

__all__ = ["join_split_person", "split_name_pair", "split_run_together", "ends_on_sentence_stop"]
_INNER_NAME_WORDS = NAME_INNER_WORDS | NAME_PARTICLES
#: The words between a fixture's two sides ("Kelby v Lusk").
_FIXTURE_MARKS = frozenset({"v", "vs"})


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


def split_run_together(ent: "SpacySpan", labels: dict[str, str]) -> list["SpacySpan"]:
    """``[ent]``, or the names on either side of a word that ends one name and starts another
    sentence or clause: a small word that no name holds ("... under Lusk when Kelby Rovers beat
    them": "when"; "told the Courier the Tories' plans": a "the" after no "of") or a full stop after
    a word of three letters or more ("... and Tarvel. Soul singer Ana Roe": a sentence the
    model read across). Each side keeps the label of the article's name it is, else ``ent``'s.
    Only when both sides open on a capital: "Lusk when ..." alone ends in the small word, which
    the cleaner already cuts."""
    from spacy.tokens import Span

    if ent.label_ not in {"ORG", "PERSON", "GPE", "LOC", "FAC", "WORK_OF_ART", "NORP"} or "\n" in ent.text:
        return [ent]
    doc = ent.doc
    for tok in ent[:-1]:
        after = doc[tok.i + 1]
        if not after.text[:1].isupper():
            continue
        before = doc[tok.i - 1] if tok.i > ent.start else None
        if tok.text.endswith(".") and _ends_a_sentence(tok):
            # a stop of its own goes; one inside a word's token ("Rolo-Q.") stays with the word,
            # and the mention leaves it out (:func:`ends_on_sentence_stop`)
            cut = tok.i if tok.text == "." else tok.i + 1
        elif before is not None and before.text[:1].isupper() and _breaks_a_name(tok, before):
            cut = tok.i
        else:
            continue
        left, right = doc[ent.start : cut], doc[tok.i + 1 : ent.end]
        if not any(t.text[:1].isupper() for t in left) or not right.text[:1].isupper():
            continue
        fired("entities.names_run_together_split")
        first = Span(doc, left.start, left.end, label=labels.get(left.text, ent.label_))
        if right.text not in labels and (len(right) < 2 or not all(t.text[:1].isupper() for t in right)):
            return [first]  # "... at Kelby Park the Dane": the word after is no name the article tags
        second = Span(doc, right.start, right.end, label=labels.get(right.text, ent.label_))
        return [first, *split_run_together(second, labels)]
    return [ent]


def _breaks_a_name(tok: "Token", before: "Token") -> bool:
    """``tok``, between two capitalised words of a tagged name, is a word no name holds inside it:
    a small word other than :data:`_INNER_NAME_WORDS` ("when", "against"), or a "the" after a
    capitalised word and before a plural ("the Courier the Tories"; not an epithet, "Bertie the Bear")."""
    if not (tok.is_alpha and tok.is_lower) or tok.lower_ in _FIXTURE_MARKS:
        return False  # "Kelby v Lusk": a fixture, which :func:`.non_names.not_a_name` drops whole
    if tok.lower_ == "the":
        # "the Courier the Tories", not an epithet after a given name: "Bertie the Bear", "Ivan the Great"
        return (
            before.lower_ not in _INNER_NAME_WORDS
            and tok.i + 1 < len(tok.doc)
            and tok.doc[tok.i + 1].text.endswith("s")
        )
    return tok.lower_ not in _INNER_NAME_WORDS


def _ends_a_sentence(tok: "Token") -> bool:
    """The full stop of ``tok`` (a token of its own, or the end of a word: "Tarvel.") ends a
    sentence the model read across (:func:`ends_on_sentence_stop` of the words up to it)."""
    return ends_on_sentence_stop(tok.doc[max(0, tok.i - 8) : tok.i + 1].text)


def ends_on_sentence_stop(name: str) -> bool:
    """``name`` ends on a full stop that ends a sentence, not an abbreviation's ("Ana Roe-Li." after
    :func:`split_run_together` cut the next sentence off; not "St.", "Inc.", "U.S."): the stop is
    no part of the name. The word before it has three letters or more, is no abbreviation
    (:data:`NAME_INNER_ABBREVIATIONS`: "St.", "Dr.") and no string of initials ("U.S.")."""
    if not name.endswith(".") or not name[:-1].strip() or name[-2:-1].isspace():
        return False
    word = name[:-1].rsplit(None, 1)[-1]  # the whole word before it: "Rolo-Q", split by the tokenizer
    letters = [c for c in word if c.isalnum()]
    return len(letters) >= 3 and "." not in word and word.lower() not in NAME_INNER_ABBREVIATIONS
