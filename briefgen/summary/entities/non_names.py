"""Mentions that name nothing: a word, a unit, a code or a list the model took for a name.

- :func:`not_a_name`: a common word, adjective or kinship word ("Mom") taken for a name, a title alone, a
  model code ("XR-7"), a unit or count after a number ("3 GW"), several names run together
  ("Tarvel, Aquavella").

It reads :func:`.evidence.acts`, :func:`.evidence.organisation_noun` and
:func:`.evidence.abbreviation_letters`; the other evidence of what a mention names, one mention at
a time, is read in :mod:`.evidence`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from ...lang.en.gazetteer import (
    AWARDS,
    NEWS_AGENCIES,
    KINSHIP_WORDS,
    NOT_ACTORS,
    ORG_LAST_WORDS,
    ORG_NAMES,
    GENERIC_PLACE_NOUNS,
)
from ...lang.en.abbreviations import COMMON_NOUN_ABBREVIATIONS
from ...lang.en.given_names import is_given_name
from ...lang.en.titles import ABBREVIATED_OFFICES, is_title
from ...trace import fired
from .evidence import abbreviation_letters, acts, organisation_noun
from .name_words import a_persons_last_word

if TYPE_CHECKING:
    from ..types import Mention

__all__ = ["not_a_name"]


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    from ..text.truecase import english_words

    return english_words()


#: A common word the article writes capitalised inside sentences this often, and never in small
#: letters, is a name though it stands before a noun: "Apple devices", "the Kestrel app".
BRAND_MENTIONS = 3


def _written_as_a_name(word: str, text: str) -> bool:
    """``word`` (a dictionary word the model took for an organisation before a noun: "Apple
    devices", "Orange shops") is written capitalised inside a sentence at least BRAND_MENTIONS
    times (the article writes it in small letters nowhere: checked by the caller). "Education" of
    "Education Minister", once, stays a word. Fires on 11 dev articles (5 CNN/DM, 3 BBC, 3 PolNeAR;
    2 gain an actor: a racing team, the House), 1 real page and 1 training page (on the real page
    the maker the deals story names before its products keeps its mentions, but is still no actor:
    a name that only modifies products and never acts is none, :func:`..actors.products.product_head_noun`)."""
    return sum(1 for _ in _inside_sentences(word, text)) >= BRAND_MENTIONS


def _inside_sentences(word: str, text: str) -> Iterator[int]:
    """Where ``word`` is written other than at a sentence's or a line's start (after a word)."""
    for hit in re.finditer(r"\b" + re.escape(word) + r"\b", text):
        head = text[: hit.start()]
        before = head.rstrip()
        if "\n" in head[len(before) :]:
            continue  # a line's start: a heading, a list's entry ("Map\n\nMap is a function ...")
        if before and before[-1] not in ".!?\n\"“”'‘’:;-—–":
            yield hit.start()


def _a_persons_name(m: "Mention") -> bool:
    """The model tags ``m``'s word as a person's name, or its last word, elsewhere in the
    article: "the Lusk campaign" is the candidate Ana Lusk's."""
    return a_persons_last_word(m.span.doc, m.text)


def _capitalised_inside(word: str, text: str) -> bool:
    """True when ``word`` is written capitalised somewhere other than at a sentence start."""
    return next(_inside_sentences(word, text), None) is not None


#: What joins names in a list or glues two texts together inside one mention.
_LIST_MARK = re.compile(r",\s|/|[()_]")
#: A list inside one name: "Ministry of Fisheries, Ports and Trade".
_ONE_NAME_LIST = re.compile(r"\bof\b[^,]+,[^,]+\b(?:and|&)\b")
#: A word that mixes letters and digits: a model, a code, a quarter ("XR7", "AB-12", "Q3").
_MODEL_CODE = re.compile(r"[A-Za-z]-?\d|\d-?[A-Za-z]")


def _the_noun(noun: str, text: str) -> bool:
    """``text`` writes ``noun`` after "the", with at most one word between: "the Territory",
    "the Caribbean Territory"."""
    return re.search(r"\b[Tt]he (?:[\w-]+ )?" + re.escape(noun) + r"\b", text) is not None


def _count(word: str) -> bool:
    """A number in digits that counts or measures ("3", "2.1"), not a year ("2019 FIFA")."""
    return bool(re.fullmatch(r"\d+(?:[.,]\d+)?", word)) and not re.fullmatch(r"(?:1[89]|20)\d\d", word)


def _number_word(tok) -> bool:
    """A count in letters ("three", "twelve"): "three GW" is a unit as "3 GW" is."""
    return tok.is_alpha and tok.is_lower and tok.like_num


def _legal_suffix_after_comma(name: str) -> bool:
    """ "Tarvel, Inc.": the comma before a legal suffix belongs to one company's name."""
    head, _, tail = name.rpartition(", ")
    return bool(head) and "," not in head and tail in ORG_LAST_WORDS


#: Nouns of a market index written after its name ("the Kelmsby composite index").
_INDEX_NOUNS = frozenset({"index", "indices", "indexes", "average", "averages"})

#: Two names either side of "v" or "vs": a match's fixture.
_FIXTURE = re.compile(r"\b[A-Z][\w.'’-]*\s+(?:v|vs\.?)\s+[A-Z]")


def not_a_name(m: "Mention", text: str, lower_words: set[str]) -> bool:
    """True for a lone common word, adjective or unit the model took for a name.

    ``lower_words``: the article's words written in lower case. "Education" of "Education
    Minister" (an organisation by the model), "Eyewitnesses said ..." (a common noun opening
    a sentence), "Nordic" (an adjective), "GMT" (a unit), the name of a market index ("the
    Kelmsby composite index").
    """
    if m.text.casefold() in NOT_ACTORS:
        fired("entities.not_actor_list")
        return True
    if _FIXTURE.search(m.text):
        # "Norland v Selmia", "Kelby vs. Dunmore": a fixture list's line, two sides of a
        # match, no one name. Coverage: 1 BBC dev article (four fixtures as places); kept: a
        # closed shape, and a blind review counted the fixtures a major
        fired("entities.fixture")
        return True
    if m.text.casefold() in AWARDS and not (is_given_name(m.text) and acts(m)):
        # "an honorary Oscar", "the Emmy nominee", "won two Baftas": a prize, which the model tags
        # a person, an organisation or a place; "Oscar scored twice" is a man. Fires on 6 BBC and
        # 1 CNN/DailyMail dev articles and 1 training page (an actor gone on 3 BBC, the CNN/DM
        # article and the page); kept: a closed class of names, shown as a junk actor it is a
        # blocker of the sign-off review
        fired("entities.award")
        return True
    if m.text.casefold() in GENERIC_PLACE_NOUNS and _the_noun(m.text, text):
        # "calm in the Territory", "the Caribbean Territory's premier": the place named before,
        # in every mention (a headline's "Territory's Governor ..." too). Coverage: 2 training
        # pages (one story on two sites), no dev article; kept: a closed class of nouns, and a
        # reviewer counted such an "organisation" or "person" a blocker
        fired("entities.generic_place_noun")
        return True
    if "@" in m.text:
        # "desk@tarvelnews.example", "@TarvelDeals": an e-mail address or a handle, where to write, not
        # who. Coverage: 4 training pages, no dev article (clean texts hold no addresses)
        fired("entities.address_or_handle")
        return True
    if m.text.casefold() in KINSHIP_WORDS:
        # coverage: 1 training page, no dev article; kept: a closed class of words that name no one
        fired("entities.kinship_word")
        return True
    if m.text.replace(".", "").casefold() in COMMON_NOUN_ABBREVIATIONS and not organisation_noun(m):
        # "the IT department", "healthcare ICT", "ask your GP": a common noun's abbreviation names no
        # one organisation nor person; "the newspaper GP" is a paper's name; nor do the letters after
        # a name ("Ana Soto, Ph.D.", "Tom Lusk QC", "Ben Roe Jr.", "Lusk & Co")
        # coverage: 15 of the 111 training pages, 1 CNN/DM and 1 PolNeAR article; none in CoNLL or BBC;
        # the letters after a name took out 1 CNN/DM ("Co"), 1 PolNeAR ("Jr.") and 2 training-page
        # actors ("Ph.D." as a place, "QC" as a person)
        fired("actors.common_noun_abbreviation")
        return True
    if len(m.text) == 2 and m.text[0].isupper() and m.text[1] == ".":
        # "I.", "K.": an initial alone, the rest of the name cut off, names no one. Coverage: 1
        # PolNeAR article's organisation "I.", 1 training page's alias "Y."; kept: a closed shape
        fired("actors.initial_alone")
        return True
    if _LIST_MARK.search(m.text) and not _legal_suffix_after_comma(m.text) and not _ONE_NAME_LIST.search(m.text):
        fired("entities.names_run_together")
        return True  # "Tarvel, Aquavella", "Kelmsby/Dunmore", "Post)The": a list or a seam, not one name
    nxt = m.span.doc[m.span.end] if m.span.end < len(m.span.doc) else None
    if nxt is not None and nxt.text == "." and nxt.i + 1 < len(nxt.doc):
        nxt = nxt.doc[nxt.i + 1]  # "Cmdr." with its full stop a token of its own
    office = is_title(m.text) or m.text.rstrip(".").lower() in ABBREVIATED_OFFICES
    if m.label == "PERSON" and " " not in m.text and office and nxt is not None and nxt.is_title:
        # coverage: no clean dev text; kept: 2 of the 60 real pages ("Lt Col", "Cmdr" left as people)
        fired("entities.title_only")
        return True  # "Lt Col Ana Soto" cut before the name: a title, no one's name ("Mr. King said" stays)
    if any(_MODEL_CODE.search(w) for w in m.text.split()) and not m.hint and not organisation_noun(m):
        fired("entities.model_code")
        return True  # "the Tarvel XR7", "an AB-12 inhibitor", "Q3": a product, a term, a quarter
    if (
        m.text.isupper()
        and m.span.start > 0
        and (_count(m.span.doc[m.span.start - 1].text) or _number_word(m.span.doc[m.span.start - 1]))
        and m.text.casefold() not in ORG_NAMES | NEWS_AGENCIES
    ):
        # coverage: 1 CoNLL article; kept: 2 of the 60 real pages (power in GW/MW, a box score)
        fired("entities.unit_after_number")
        return True  # "3 GW", "two TDs": a unit or a count, not an organisation
    if _abbreviation_after_a(m):
        # coverage: 1 BBC article, 4 training and 4 real pages (a scan, a processor, a display's
        # pixel density, a receptor); no CNN/DM, PolNeAR or CoNLL article
        fired("entities.abbreviation_after_a")
        return True  # "an MRI of her knee", "a CT": a thing counted, not a body's name
    head = m.span.root.head
    if m.span.root.dep_ in {"compound", "nmod"} and head.pos_ == "NOUN" and head.lemma_.lower() in _INDEX_NOUNS:
        fired("entities.market_index")
        return True  # "the Kelmsby composite index", "the Tarvel industrial average": a measure
    if " " in m.text or m.hint:
        return False
    root = m.span.root
    lower = m.text.lower()
    if not m.text.isupper() and m.label == "ORG" and lower in _common_words():
        if (
            root.dep_ == "compound"
            and lower not in lower_words
            and _written_as_a_name(m.text, text)
            and not _a_persons_name(m)
        ):
            fired("entities.brand_before_noun")
            return False
        if root.dep_ == "compound" or lower in lower_words:
            fired("entities.generic_word")
            return True
        if re.search(r"\b" + re.escape(lower) + r"\b", text):
            fired("entities.address_words_not_prose")  # see evidence.prose_lower_words
    if root.pos_ in {"ADJ", "ADV", "VERB"}:
        fired("entities.not_a_noun")
        return True
    if root.tag_ == "MD" and not is_given_name(m.text):
        # "Shall we go back to the first night?": a modal verb opening a question, which the model
        # took for a person; not "Will" nor "May", names as well. Coverage: 1 of the 60 real pages
        # (HTML and pasted), no dev article nor training page; kept below three: a closed class of
        # English, and a junk person is a blocker of the sign-off review
        fired("entities.modal_verb")
        return True
    if root.tag_ in {"NNS", "NN"} and lower in _common_words() and not _capitalised_inside(m.text, text):
        fired("entities.common_noun_opening")
        return True
    if (
        m.label != "ORG"
        and lower in lower_words
        and lower in _common_words()
        and not is_given_name(m.text)
        and not _capitalised_inside(m.text, text)
    ):
        # "Audio" heading a spec list, "Retire" opening a subhead: an English word the article
        # also writes in lower case, capitalised only where a line or sentence starts, taken
        # for a person or a place (organisations: ``generic_word`` above).
        # coverage: 4 CNN/DM articles, no CoNLL one (its names rarely open a sentence as a common
        # word); kept: each was a junk actor of a brief (a body part, a part of a plane)
        fired("entities.common_word_capitalised_at_start")
        return True
    return False


def _abbreviation_after_a(m: "Mention") -> bool:
    """An abbreviation in capitals after "a" or "an" that heads its noun phrase: "An MRI of her knee
    found ...", "she had a CT" (a scan, a test counted as a thing); not "a UN agency", where the
    abbreviation only modifies the noun after it."""
    if not abbreviation_letters(m.text) or m.span.start == 0:
        return False
    before = m.span.doc[m.span.start - 1]
    return before.lower_ in {"a", "an"} and m.span.root.dep_ not in {"compound", "nmod", "amod"}
