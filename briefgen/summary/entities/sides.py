"""Evidence that a name stands for a side of a match: a score after it, a contest verb ("beat",
"drew with"), a plural nickname after "the". Read by :mod:`.kinds` and :mod:`.untagged`; split
from :mod:`.evidence`, whose functions answer the same kind of question about one mention."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...lang.en.gazetteer import CLUB_PLACE_WORDS, canonical_country
from ...lang.en.given_names import is_given_name
from ...trace import fired
from ..text.truecase import is_ordinary_word

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from ..types import Mention

__all__ = ["club_place_name", "plural_group", "plural_side", "plays_as_side", "scored", "side_not_person"]

_SCORE = re.compile(r"\s*\d{1,3}-\d{1,3}\b")
#: Verbs whose subject or object in a match report is a side ("Barchester thrashed Ambridge").
_CONTEST_VERBS = frozenset(
    """
beat defeat win lose draw play face host thrash rout edge meet tie lead trail top sweep blank
crush overcome eliminate knock hammer outplay down overwhelm
""".split()
)
_CONTEST_PREPS = frozenset({"over", "against", "versus", "vs", "v", "past"})
#: Prepositions by which a side's verb goes by the other side: "Kelmsby rolled past Harwick, 45-17",
#: "eased past", "cruised to a win over".
_PASSING_PREPS = frozenset({"past", "over"})
#: A match's results, as nouns or verbs, that a side owns or that a side inflicts "by" ("Kelmsby's
#: 3-0 defeat by Harwick", "beaten 2-1 by Harwick").
_MATCH_RESULTS = frozenset({"defeat", "beat", "win", "victory", "loss", "draw", "thrash", "rout", "hammer", "edge"})
#: Verbs of a player's part in a match whose "for" names the player's side ("scored for Kelmsby",
#: "homered for Dunmore", "played for Lusk"): a side without a score in the sentence.
_PLAYING_FOR = frozenset({"play", "score", "homer", "net", "bat", "bowl", "pitch", "appear", "kick", "debut"})
#: A winning margin instead of a score: "by six wickets", "by 12 points", "by an innings".
_MARGIN = re.compile(
    r"\bby (?:an innings|\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b[\w -]{0,20}?"
    r"\b(?:runs?|wickets?|points?|goals?|strokes?|shots?|lengths?|innings)\b"
)


def plural_side(span: "SpacySpan") -> bool:
    """ "the Hawks", "the Denver Hawks": a plural proper noun after "the" names a side."""
    root = span.root
    return root.tag_ == "NNPS" and _after_the(root)


def _after_the(root: "Token") -> bool:
    """``root`` heads a noun phrase opened by "the"."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in root.children)


def plural_group(span: "SpacySpan") -> bool:
    """One plural name read as a plural by its sentence, whatever the tagger's tag: after "the"
    ("the Otters' defence"), before a plural possessive ("Otters' fans") or as the subject of a
    plural verb ("Otters have won", "Otters were"). A side, a band, a family; no one person
    ("Ana Wells has", "Wells' car" is a given name or a surname: :mod:`.kinds` keeps those).
    Beyond :func:`plural_side`, "the" reads a plural on 17 dev articles of all four corpora, 5 of
    the 111 training pages and 6 of the 60 real pages, the possessive on 6, 2 and 2, the verb on
    5, 6 and 1; the decision they feed (``entities.plural_name``) went from 2 to 5 dev articles
    (CNN/DM, PolNeAR, CoNLL), from 1 to 4 training pages and from 1 to 2 real pages."""
    if plural_side(span):
        return True
    root = span.root
    if len(span) != 1 or not span.text.endswith("s") or is_given_name(span.text):
        return False
    if _after_the(root):
        fired("entities.plural_group_the")
        return True
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if after is not None and after.text in {"'", "’"} and after.idx == span.end_char:
        fired("entities.plural_group_possessive")
        return True
    verb = root.head
    plural_verb = (
        verb.tag_ == "VBP"
        or verb.lower_ in {"were", "are"}
        or any(c.dep_ in {"aux", "auxpass"} and (c.tag_ == "VBP" or c.lower_ in {"were", "are"}) for c in verb.children)
    )
    if root.dep_ in {"nsubj", "nsubjpass"} and plural_verb:
        fired("entities.plural_group_verb")
        return True
    return False


def scored(span: "SpacySpan") -> bool:
    """A score after the name, or after the object its verb beat ("Ambridge beat Barchester 3-1")."""
    doc = span.doc
    if _SCORE.match(doc[span.end : span.end + 4].text.lstrip(", ")):
        return True  # "Ambridge 3-1", "Ambridge, 3-1 winners"
    root = span.root
    if root.dep_ != "nsubj":
        return False
    objs = [c for c in root.head.children if c.dep_ == "dobj" and c.pos_ == "PROPN"]
    return any(_SCORE.match(doc[o.right_edge.i + 1 : o.right_edge.i + 4].text) for o in objs)


def plays_as_side(m: "Mention") -> bool:
    """The name stands where a side of a match stands: a score follows it, or it is the subject
    or object of a contest verb ("beat", "drew with", "lost to" ...) or follows
    "against"/"over" in a sentence that gives a score or a winning margin ("by six wickets"). Match reports name clubs after their towns ("Barchester
    beat Ambridge 3-1"); without a score nothing is a match ("Ann Roe beat Ben Roe")."""
    span = m.span
    if scored(span):
        return True
    tok = span.root
    nickname = tok.dep_ == "compound" and tok.head.tag_ == "NNPS" and tok.head.i >= span.end
    if nickname:
        # "the Kelmsby Otters" parsed as a town before a plural nickname: the town plays as the club.
        # coverage: CoNLL sport only on the dev sets (the other corpora have few match reports whose
        # nickname the parser splits off); kept: it is the side rule read through one compound, and
        # a score is required, so it cannot fire outside a match report
        tok = tok.head
    while tok.dep_ in {"conj", "appos"} and tok.head is not tok:
        tok = tok.head
    verb_prep = (
        tok.dep_ == "pobj" and tok.head.lower_ in {"to", "with"} and tok.head.head.lemma_.lower() in _CONTEST_VERBS
    )
    # "Kelmsby's 3-0 defeat by Harwick", "beaten 2-1 by Harwick": the owner of a match's result,
    # or its agent after "by"
    result = (tok.dep_ == "poss" and tok.head.lemma_.lower() in _MATCH_RESULTS) or (
        tok.dep_ == "pobj" and tok.head.lower_ == "by" and tok.head.head.lemma_.lower() in _MATCH_RESULTS
    )
    # "Eastern Norland rolled past Western Kelby, 45-17": the subject of a verb that goes "past" or
    # "over" another name, in a sentence with a score. Coverage: 1 of the 60 real pages (both inputs:
    # a college side named by its region shown as a place, a held-out review's blocker), no dev
    # article nor training page; kept under three: match-report English, and a score is required
    passed = tok.dep_ == "nsubj" and any(
        c.dep_ == "prep"
        and c.lower_ in _PASSING_PREPS
        and any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in c.children)
        for c in tok.head.children
    )
    contest = (
        (tok.dep_ in {"nsubj", "nsubjpass", "dobj", "dative"} and tok.head.lemma_.lower() in _CONTEST_VERBS)
        or passed
        or (tok.dep_ == "pobj" and tok.head.lower_ in _CONTEST_PREPS)
        or verb_prep
        or result
    )
    if tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.lemma_.lower() in _PLAYING_FOR:
        # coverage: 5 CNN/DM, 2 CoNLL and 1 PolNeAR article
        fired("entities.side_played_for")
        return True
    # a town before a nickname needs a score: "Kelmsby Democrats beat the mayor by 900 votes" is politics
    margin = not nickname and _MARGIN.search(tok.sent.text)
    side = contest and bool(_SCORE.search(tok.sent.text) or margin)
    if side and result:
        # coverage: 3 CNN/DM articles and 1 CoNLL article
        fired("entities.side_match_result")
    if side and nickname:
        fired("entities.town_before_nickname")
    return side


def side_not_person(name: str, person_words: set[str]) -> bool:
    """A name labelled a person that plays as a side is a club when it is one word that is no
    given name nor a word of a person's full name ("Kelmsby"), or a name whose last word is a
    plural noun after no given name ("Kelmsby Otters"; not "Ann Waters")."""
    words = name.split()
    if len(words) == 1:
        return name.casefold() not in person_words and not is_given_name(name)
    last = words[-1]
    plural = last.endswith("s") and is_ordinary_word(last)
    return plural and not is_given_name(words[0])


def club_place_name(name: str) -> bool:
    """A town's or a county's name that clubs bear ("Kelmsby City", "Lusk Town"), no country's."""
    words = name.split()
    return len(words) > 1 and words[-1] in CLUB_PLACE_WORDS and not canonical_country(name)
