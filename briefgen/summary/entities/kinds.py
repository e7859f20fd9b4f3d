"""Kinds of mentions: general rules that fix the person/organisation/place confusions of spaCy.

Each rule holds for a class of text, not for any one article: a name's own words
("... Ltd", "... Party", a country), a common given name first ("Ruben Sierra"), a bare
word after "in" or "near" (a town), one kind per name by vote, a surname of a person
in the article, and in sports reports the towns and counties that play (clubs).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import TYPE_CHECKING

from ...lang.en.gazetteer import (
    GIVEN_NAMES,
    MEDIA_NOUNS,
    NEWS_AGENCIES,
    NOT_ACTORS,
    ORG_AGENT_NOUNS,
    ORG_NAMES,
    ORG_NOUNS,
    ORG_FIRST_WORDS,
    ORG_LAST_WORDS,
    PERSON_TITLES,
    PLACE_LAST_WORDS,
    TEAM_SPORT_WORDS,
    canonical_country,
)

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan

    from ..types import Mention

__all__ = [
    "name_hint",
    "fix_kinds",
    "vote_kinds",
    "link_surnames",
    "link_companies",
    "locate_places",
    "split_pairs",
    "is_sports_story",
    "retag_sports_teams",
]

_KIND_ORDER = ("person", "organization", "place")
#: Nouns that introduce a place's name ("the town of ...", "the capital ...").
_PLACE_NOUNS = set(
    """
town city village capital province region district port island suburb county state republic
outskirts north south east west northeast northwest southeast southwest center centre area
municipality enclave
""".split()
)
#: Prepositions after which a bare name is where something happens.
_WHERE = {"in", "near", "outside", "around", "inside"}
#: Words of travel: a name after "to" that hangs on one of them is a destination ("went to Goma").
_TRAVEL = {"go", "travel", "fly", "trip", "visit", "journey", "return", "flee", "head", "drive", "sail", "march"}
#: Words of territory right before a name ("Russian-occupied Mariupol", "rebel-held Idlib").
_HELD = {"occupied", "controlled", "held", "annexed", "besieged", "blockaded", "liberated"}


def name_hint(name: str) -> str | None:
    """The kind a name's own words imply, if any ("Pirelli SpA", "Jiangsu Province", "Chile")."""
    words = name.split()
    if not words:
        return None
    if canonical_country(name):
        return "place"
    if name.casefold() in NEWS_AGENCIES or name.casefold() in ORG_NAMES:
        return "organization"
    if (len(words) > 1 and words[-1] in ORG_LAST_WORDS) or (
        len(words) > 2 and words[0] in ORG_FIRST_WORDS and words[1].lower() in {"of", "for", "on"}
    ):
        return "organization"
    if len(words) > 1 and words[-1].lower() in PLACE_LAST_WORDS:
        return "place"
    if len(words) > 1 and words[0] in GIVEN_NAMES and all(w[:1].isupper() for w in words[1:]):
        return "person"
    return None


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    from ..text.truecase import english_words

    return english_words()


def _generic(m: "Mention", text_lower_words: set[str]) -> bool:
    """A lone common word the model took for a name ("Education" in "Education Minister")."""
    if " " in m.text or m.text.isupper() or m.hint or m.label != "ORG":
        return False
    lower = m.text.lower()
    if lower not in _common_words():
        return False
    return m.span.root.dep_ == "compound" or lower in text_lower_words


def fix_kinds(mentions: list["Mention"], text: str) -> list["Mention"]:
    """Drop lone common words and adjectives the model took for names; a title makes a person.

    "German Chancellor Olaf Scholz": a name right after a title of office in the same
    noun phrase is a person's, whatever the model labelled it.
    """
    lower_words = set(re.findall(r"\b[a-z]+\b", text))
    kept: list[Mention] = []
    for m in mentions:
        if _generic(m, lower_words):
            continue
        if " " not in m.text and not m.hint and m.span.root.pos_ in {"ADJ", "ADV", "VERB"}:
            continue
        if m.text.casefold() in NOT_ACTORS:
            continue
        root = m.span.root
        if (
            " " not in m.text
            and not m.hint
            and root.tag_ in {"NNS", "NN"}
            and m.text.lower() in _common_words()
            and not _capitalised_inside(m.text, text)
        ):
            continue  # "Eyewitnesses said ...": a common noun opening a sentence
        prev = m.span.doc[m.span.start - 1] if m.span.start > 0 else None
        if (
            m.kind != "person"
            and m.hint is None
            and prev is not None
            and prev.text.rstrip(".").lower() in PERSON_TITLES
            and prev.head.i >= m.span.start
            and m.span.text.startswith(m.text)
        ):
            m.kind = "person"
        elif m.hint is None and _org_by_noun(m, prev):
            m.kind = m.hint = "organization"  # as strong as the name's own words, in every mention
        kept.append(m)
    return kept


def _org_by_noun(m: "Mention", prev) -> bool:
    """ "mineral water firm Aquavita", "Tagesbote daily said": a noun of its phrase names an organisation."""
    root = m.span.root
    if prev is not None and (prev.head.i >= m.span.start or root.dep_ == "appos") and m.span.text.startswith(m.text):
        lower = prev.text.lower()
        if lower in ORG_NOUNS or (lower in ORG_AGENT_NOUNS and " " not in m.text):
            return True
    return (
        m.kind != "organization"
        and root.dep_ == "compound"
        and root.head.i == m.span.end
        and root.head.lower_ in MEDIA_NOUNS
    )


def locate_places(mentions: list["Mention"]) -> None:
    """A name written after "in" or "near" is a place, in every mention, unless it is a person's.

    spaCy's small model often takes unfamiliar towns for people or organisations
    ("fighting in Goma"); the preposition settles it. Names of people in the article
    (any word of a full name) and names whose own words say otherwise are left alone.
    """
    full_tokens = {t.casefold() for m in mentions if m.kind == "person" and " " in m.text for t in m.text.split()}
    located: set[str] = set()
    for m in mentions:
        if m.hint == "place" or m.label == "DATELINE":
            located.add(m.text.casefold())
        if m.hint or m.kind == "place" or m.text.casefold() in full_tokens:
            continue
        if m.kind == "person" and " " in m.text:
            continue
        prev = m.span.doc[m.span.start - 1] if m.span.start > 0 else None
        where = _WHERE | ({"at"} if m.kind == "person" else set())
        root = m.span.root
        # the name must be the object of the preposition: not "in NFL history"
        if prev is not None and prev.lower_ in where and root.head.i == prev.i:
            located.add(m.text.casefold())
        elif prev is not None and prev.lower_ in _HELD:
            located.add(m.text.casefold())
        elif prev is not None and prev.lower_ == "to" and root.head.i == prev.i and prev.head.lemma_.lower() in _TRAVEL:
            located.add(m.text.casefold())
        elif root.dep_ == "dobj" and root.head.lemma_.lower() == "visit":
            located.add(m.text.casefold())
        # "the town of Goma", "the capital Grozny", "east of Tavildara"
        elif root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in _PLACE_NOUNS:
            located.add(m.text.casefold())
        elif root.dep_ in {"appos", "compound"} and root.head.lemma_.lower() in _PLACE_NOUNS and root.head.i < root.i:
            located.add(m.text.casefold())
    for m in mentions:
        if not m.hint and m.text.casefold() in located and m.text.casefold() not in full_tokens:
            m.kind = "place"


def _capitalised_inside(word: str, text: str) -> bool:
    """True when ``word`` is written capitalised somewhere other than at a sentence start."""
    for hit in re.finditer(r"\b" + re.escape(word) + r"\b", text):
        before = text[: hit.start()].rstrip()
        if before and before[-1] not in ".!?\n\"“”'‘’:;-—–":
            return True
    return False


def vote_kinds(mentions: list["Mention"]) -> None:
    """Give every mention of the same name one kind: the name's own words, else the majority."""
    votes: dict[str, Counter[str]] = {}
    hinted: dict[str, str] = {}
    for m in mentions:
        key = m.text.casefold()
        if m.hint:
            hinted.setdefault(key, m.hint)
        votes.setdefault(key, Counter())[m.kind] += 1
    for m in mentions:
        key = m.text.casefold()
        if key in hinted:
            m.kind = hinted[key]
            continue
        counts = votes[key]
        best = max(counts.values())
        # ties go to the most specific kind: a person over an organisation over a place
        m.kind = next(k for k in _KIND_ORDER if counts.get(k) == best)


def link_surnames(mentions: list["Mention"]) -> None:
    """A surname of a person in the article is that person, whatever spaCy called it.

    "Van Poppel" after "Todd Van Poppel": any mention that is the tail of a person's
    longer name, or the first name of exactly one person, and no place or organisation
    by its own words.
    """
    tails: set[str] = set()
    firsts: Counter[str] = Counter()
    for full in {m.text.casefold() for m in mentions if m.kind == "person" and " " in m.text}:
        words = full.split()
        tails.update(" ".join(words[i:]) for i in range(1, len(words)))
        firsts[words[0]] += 1
    labelled_person = {m.text.casefold() for m in mentions if m.label == "PERSON"}
    for m in mentions:
        key = m.text.casefold()
        # a first name alone ("Julia" after "Julia Louis-Dreyfus") only when one person has it
        first = firsts.get(key) == 1 and (m.text in GIVEN_NAMES or key in labelled_person)
        if m.kind != "person" and not m.hint and (key in tails or first):
            m.kind = "person"


def link_companies(mentions: list["Mention"]) -> None:
    """ "Cofora" after "Cofora S.A.", "Valdi Cables" after "Valdi": one company's names.

    A name that is an organisation's name without its legal suffix, or a longer name
    that opens with a one-word organisation of the article, is an organisation.
    """
    orgs = {m.text for m in mentions if m.kind == "organization"}
    stems = set()
    for name in orgs:
        words = name.split()
        while len(words) > 1 and words[-1] in ORG_LAST_WORDS:
            words = words[:-1]
            stems.add(" ".join(words))
    single = {name for name in orgs if " " not in name and not name.isupper()}
    for m in mentions:
        if m.hint or m.kind == "organization":
            continue
        if m.text in stems or (" " in m.text and m.text.split()[0] in single):
            m.kind = "organization"


def split_pairs(mentions: list["Mention"]) -> list["Mention"]:
    """ "Laurent Cabannes and Laurent Benezech" as one entity is two people."""
    from ..types import Mention

    out: list[Mention] = []
    for m in mentions:
        parts = m.text.split(" and ")
        doc = m.span.doc
        if len(parts) == 2 and all(len(p.split()) > 1 for p in parts) and parts[1].split()[0] in GIVEN_NAMES:
            base = m.span.start_char + m.span.text.find(m.text)
            second = base + len(parts[0]) + len(" and ")
            for lo, part in ((base, parts[0]), (second, parts[1])):
                span = doc.char_span(lo, lo + len(part), alignment_mode="expand")
                if span is not None:
                    delta = m.start - base
                    out.append(Mention(part, lo + delta, lo + delta + len(part), "person", m.label, span, "person"))
            continue
        out.append(m)
    return out


_SPORT_HEAD = re.compile(r"^\s*([^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,3})\s*[-–:]")
_LOCATIVE = {"in", "at", "near", "around", "outside", "inside", "across", "to", "into", "towards", "toward"}
#: Verbs whose subject or object in a sports report is a side ("Barchester thrashed Ambridge").
_CONTEST_VERBS = set(
    """
beat defeat win lose draw play face host thrash rout edge need chase meet tie lead trail top
sweep blank crush overcome eliminate knock hammer outplay dominate upset down overwhelm take
""".split()
)
_CONTEST_PREPS = {"over", "against", "for", "to", "with", "from", "versus", "vs", "v"}


def is_sports_story(text: str, title: str | None = None) -> bool:
    """True when the headline opens with a team sport's section label ("SOCCER - ...").

    Only team sports: in boxing or tennis the sides are people, not clubs.
    """
    for line in (title or "", text.split("\n", 1)[0]):
        m = _SPORT_HEAD.match(line)
        if m and any(w in TEAM_SPORT_WORDS for w in m.group(1).lower().split()):
            return True
    return False


def _competes(span: "SpacySpan") -> bool:
    """True when a name stands where a side stands: subject or object of a contest verb,
    object of "over"/"against", or followed by a score."""
    tok = span.root
    while tok.dep_ in {"conj", "appos"} and tok.head is not tok:
        tok = tok.head
    if tok.dep_ in {"nsubj", "nsubjpass", "dobj", "dative"} and tok.head.lemma_.lower() in _CONTEST_VERBS:
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ in _CONTEST_PREPS:
        return True
    return bool(re.match(r"\s*\d+-\d+\b", span.doc[span.end : span.end + 3].text))


_RECORD = re.compile(r"\s*\(\d+-\d+\)")


def _plays_in_person(m: "Mention", people: set[int]) -> bool:
    """ "Haldorsen (12-7) allowed two runs": a win-loss record after a name is a pitcher's;
    "..., Tom Ruddle, Ashby": a name listed with people's full names is a player's."""
    doc = m.span.doc
    if _RECORD.match(doc[m.span.end : m.span.end + 5].text):
        return True
    root = m.span.root
    listed = [root.head] if root.dep_ == "conj" else []
    listed += [t for t in root.children if t.dep_ == "conj"]
    return any(t.i in people for t in listed)


def retag_sports_teams(mentions: list["Mention"], text: str) -> None:
    """In a sports story, towns and counties that play are clubs: organisations, not places.

    Wire sports reports name clubs by their town ("Cleveland beat Boston 5-3", "Barchester
    thrashed Ambridge"). A non-country place outside a locative phrase ("in Boston"), and a
    one-word "person" never introduced by a full name that stands where a side stands,
    is taken as a team. Countries stay places (a national side is its country), and so
    do datelines; a town in a locative phrase stays a place, so one name can be both.
    """
    full_tokens = {
        t.strip("\"'“”‘’()").casefold()
        for m in mentions
        if m.kind == "person" and " " in m.text
        for t in m.text.split()
    }
    people = {t.i for m in mentions if m.kind == "person" and " " in m.text for t in m.span}
    for m in mentions:
        if m.hint or canonical_country(m.text):
            continue
        if m.label in {"FAC", "DATELINE"}:
            continue
        prev = m.span.doc[m.span.start - 1] if m.span.start > 0 else None
        if prev is not None and prev.lower_ in _LOCATIVE:
            continue
        if m.kind == "place":
            m.kind = "organization"
        elif (
            m.kind == "person"
            and " " not in m.text
            and m.text.casefold() not in full_tokens
            # wire sports reports introduce players by full name: a lone name never given
            # a first name is a side ("Barchester", "Ambridge"), unless it is a first name itself
            and (_competes(m.span) or (m.text not in GIVEN_NAMES and not _plays_in_person(m, people)))
        ):
            m.kind = "organization"
    # a name that plays once is a side wherever the model took it for a person
    teams = {m.text.casefold() for m in mentions if m.kind == "organization"}
    for m in mentions:
        if m.kind == "person" and not m.hint and m.text.casefold() in teams:
            m.kind = "organization"
