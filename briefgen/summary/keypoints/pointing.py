"""Key points that point back from inside: an object "it"/"them", a "this <noun>".

:func:`.openings.leans_back` reads a sentence's opening word, and :mod:`.inner_reference` the
subject of its main clause. A sentence leans on the one before from further inside too:

* an object or a clause's subject that is "it" or "them": "Scientists are only beginning to
  understand them.", "Ana Ruiz insisted that it swam faster than a seal." (``object_pronoun``);
* a demonstrative determiner: "Two papers reported on this unusual bar.", "Visitors from
  those places must stay on board.", "The board turned down that offer." (``inner_demonstrative``).

Such a pronoun has its referent in the sentence when a noun before it can be that referent:
for "it" a thing (not a person: "Ana Ruiz ... it"), for "them" a plural, a name, a person's or a group's noun or an "anyone" (a
singular "they" is common; a singular thing is none: "won support after accusing them"); never
the subject of the pronoun's own verb ("Scientists ... understand them": they are not
themselves), nor of the verb a gerund's clause hangs on ("Ana Ruiz won ... after accusing
them": she is its doer). Those two refinements change 1 of the 60 real pages (both inputs, a
blind review's major) and no dev article. A "this <noun>" has its referent when the noun was
in the sentence before it; "this article", "this study" are the page's own. When none can be,
the sentence leans: the caller joins the sentence before it or passes it over
(:func:`.standalone.standalone`; only where each point is read alone, not in BBC's extract).

Fires (articles): ``inner_demonstrative`` on 15 of the 111 training pages, 2 CNN/DailyMail,
1 CoNLL ("those" added later: 1 PolNeAR article more, 3 real or training pages; "that" later
still: "turned down that offer", "after that meeting", the points of 1 BBC, 4 CNN/DailyMail and 8
PolNeAR articles, 1 real page and 3 training pages (both inputs each) change, joined to their
sentence before or passed over, a blind review's major; no harness score moves at three
decimals; "that person" for a person's noun before it in the sentence does not lean, which
takes back 1 PolNeAR article's change);
``object_pronoun`` on 4 training pages, 2 CNN/DailyMail, 2 PolNeAR, 1 CoNLL (PolNeAR and
CoNLL: half a). CNN/DailyMail R-2 0.191 -> 0.192 (half a), 0.215 unchanged (half b). An
inner "its"/"their" was tried and left out: 2 articles in all.

A demonstrative standing alone as an object ("There is one exception to that.", "Rescues like
this happen ...", ``inner_demonstrative_pronoun``), with no clause before it in the sentence it
may stand for and no colon or dash after it that says what it is, leans the same way: 1 BBC and
2 PolNeAR dev articles, 1 of the 60 real pages (a review's "one exception to that", a blind
review's major) and 3 training pages (6 briefs), joined to the sentence before or passed over; no
harness score moves.

A "he", "his", "her" inside with no one in the sentence it can stand for ("Scans showed
that his kidneys ...", ``inner_person_pronoun``) leans the same way: 1 CNN/DailyMail and 1
PolNeAR dev article, 4 of the 60 real pages and 2 training pages (CNN/DailyMail scores unchanged,
with the "It's" opening of :func:`.openings.leans_back`); the sign-off review counted each such
point a major defect.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...lang.en.discourse import QUANTITY_SUBJECTS, SAID_SHELL_NOUNS, TIME_NOUNS
from ...lang.en.given_names import given_name_gender
from ...lang.en.roles import PERSON_STANDING_NOUNS
from ...lang.en.speech import GROUP_SPEAKER_NOUNS, PERSON_SPEECH_VERBS, SPEECH_VERBS, is_speaker_word
from ...trace import fired
from ..entities import entity_model
from .units import quoted_ranges

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ..text.analysis import Analysis
    from ..types import Unit

__all__ = ["points_back", "quantity_back"]

#: Verbs with an "it" that stands for nothing ("make it to the final", "take it easy"), for
#: a clause after it ("it seems that ...", "it is hard to ..."), or for the sentence's own
#: deed ("Joking that he could do it again, the striker scored twice more.").
_IDLE_IT_VERBS = frozenset({"make", "take", "do", "be", "seem", "appear", "become", "remain"})
_OBJECTS = frozenset({"dobj", "pobj", "dative"})
#: Personal pronouns of one person: inside a sentence they need someone named before them.
_PERSONAL = frozenset({"he", "him", "his", "she", "her"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_ANYONE = frozenset({"anyone", "anybody", "someone", "somebody", "everyone", "everybody", "whoever"})
#: What a page calls itself: "In this article, ...", "this tutorial" points at the page, not back.
_THE_PAGE = frozenset(
    {"article", "post", "page", "tutorial", "guide", "blog", "story", "piece", "video", "website", "paper", "study"}
)
#: Nouns of a person general enough to stand for one named before them in the sentence ("that
#: person" for "a nurse"); "those places" still points back.
_GENERAL_NOUNS = frozenset({"person", "man", "woman"})
#: Names the tagger may miss as nouns ("SDK" taken for an auxiliary) but the model names.
_NAMED = frozenset({"ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "EVENT", "WORK_OF_ART"})


def points_back(analysis: "Analysis", unit: "Unit") -> str | None:
    """The word inside ``unit`` (after its first) that needs the sentence before, as "inner
    it", "inner this" (not an opening "It" the caller could name), or None.

    Outside quotation marks (a quote's "it" is the speaker's, told in the quote)."""
    span = analysis.span(unit.start, unit.end)
    if span is None:
        return None
    inside = quoted_ranges(analysis.text[unit.start : unit.end], unit.start)
    people = [
        (m.start, m.end)
        for e in entity_model(analysis).people
        if given_name_gender(e.name) is not None  # (the model takes "Kelmco" for a person too)
        for m in e.mentions
        if unit.start <= m.start and m.end <= unit.end
    ]
    for t in span:
        if t.idx <= unit.start or any(a <= t.idx < b for a, b in inside):
            continue
        word = t.lower_
        if word in ("it", "them") and _pronoun_leans(t, span, people):
            fired("keypoints.object_pronoun")
            return f"inner {word}"
        if word in _PERSONAL and t.pos_ == "PRON" and _person_pronoun_leans(t, span, people):
            fired("keypoints.inner_person_pronoun")
            return f"inner {word}"
        if word in ("this", "these", "those", "that") and t.dep_ == "det" and _demonstrative_leans(t, span):
            fired("keypoints.inner_demonstrative")
            return f"inner {word}"
        if word in ("this", "these", "those", "that") and _demonstrative_pronoun_leans(t):
            fired("keypoints.inner_demonstrative_pronoun")
            return f"inner {word}"
        if word == "similar" and _comparison_leans(t, span):
            fired("keypoints.inner_similar")
            return "inner similar"
        if t.lemma_.lower() in SAID_SHELL_NOUNS and t.pos_ == "NOUN" and _said_shell_leans(t):
            fired("keypoints.said_shell")
            return "inner said"
        if word == "another" and _another_speaker(t):
            fired("keypoints.another_speaker")
            return "another speaker"
    return None


#: What says what was said after its noun: "Ana Roe's response to the fine", "... that ...".
_CONTENT_DEPS = frozenset({"prep", "acl", "relcl", "ccomp", "appos"})


def _said_shell_leans(t: "Token") -> bool:
    """``t`` names what a person or a body said or holds by a name's possessive, and nothing after
    it says what: "The court did not agree with Tarvel's stance.", "Ana Roe's comments came as
    ..." (:data:`SAID_SHELL_NOUNS`). Alone, the key point does not say what the stance was; the
    sentence before does. Not "Ana Roe's response to the fine" (its phrase says about what), nor
    "his comments" (a pronoun's own rule), nor the subject of "is" ("Ana Roe's reaction is to
    ..."). Coverage: 1 BBC and 2 PolNeAR dev articles, 2 training pages (two blind reviews' majors:
    a company's "stance", a minister's "response" never given); each point joined to the sentence
    before that says it, or passed over; no harness score moves."""
    owner = next((c for c in t.children if c.dep_ == "poss"), None)
    if owner is None or owner.pos_ != "PROPN":
        return False
    subject = t
    while subject.dep_ == "conj":  # "Roe and Lusk's reaction is ...", as the parser joins them
        subject = subject.head
    if subject.dep_ in _SUBJECTS and subject.head.lemma_ == "be":
        return False  # "Ana Roe's response is to call for a vote": the sentence says what it is
    return not any(c.dep_ in _CONTENT_DEPS for c in t.children)


def _another_speaker(t: "Token") -> bool:
    """``t`` ("another") makes the speaker of a verb of saying one more of those told before:
    "“...,” said another resident.", "Another official said ...". Alone, the key point does not
    say another than whom (the "one resident" of the sentence before). Coverage: 1 PolNeAR dev
    article, 1 of the 60 real pages and 1 training page (a blind review's major, "said another
    person"); joined to the sentence before, else passed over."""
    subject = t if t.dep_ in _SUBJECTS else t.head if t.dep_ == "det" and t.head.dep_ in _SUBJECTS else None
    return subject is not None and subject.head.lemma_.lower() in SPEECH_VERBS


def quantity_back(analysis: "Analysis", unit: "Unit") -> str | None:
    """ "Some questioned whether the line will open.", "Many said the fees were too high.",
    "Others argued ...": the sentence opens on a word of quantity that stands alone as its subject
    (:data:`briefgen.lang.en.discourse.QUANTITY_SUBJECTS`): some of a group the sentences before
    told, which alone the key point does not say; not "Some residents ...", "Many of the riders
    ..." (the group is in the words), nor "Some 400 riders ..." (a number). Joined to the sentence
    before, else passed over as any leaning point. Fires (default count) on 1 PolNeAR and 1 CoNLL
    dev article and 1 of the 111 training pages (both inputs: a blind review's major, "Some" of
    whom?), each joined to the sentence that tells the group or passed over; no harness score
    moves. Kept under three articles a corpus: a closed class of English words."""
    span = analysis.span(unit.start, unit.end)
    first = next((t for t in span if t.is_alpha), None) if span is not None else None
    if first is None or first.lower_ not in QUANTITY_SUBJECTS or first.dep_ not in _SUBJECTS:
        return None
    if any(c.dep_ == "prep" for c in first.children):
        return None
    fired("keypoints.quantity_back")
    return "some of a group"


#: Words after "similar" or its noun that say what it is like: "similar to ...", "a similar
#: ban to the one ...", "a similar plan as ...".
_COMPARED_WITH = frozenset({"to", "as", "in", "with"})


def _comparison_leans(t: "Token", span: "Span") -> bool:
    """ "The mayor made a similar promise at the fair.": "a similar <noun>" says like what
    only with the sentence before, unless "similar to ...", a "to"/"as" right after the noun says
    it ("a similar deal to the one ..."; "a similar message to the board" reads alike, and is
    left), or the noun was in the sentence before it ("one deal ... and a similar deal").

    Changes the key points of 1 of the 60 real pages (both inputs: a leader's message like one
    told of before, a blind review's major), 2 BBC, 1 CoNLL and 1 PolNeAR articles (at
    the default five points: joined to the sentence before, or passed over for the next); no
    harness score moves."""
    noun = t.head
    if (
        t.dep_ != "amod"
        or noun.pos_ != "NOUN"
        or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
    ):
        return False
    nxt = t.nbor(1) if t.i + 1 < len(t.doc) else None
    if nxt is not None and nxt.lower_ in _COMPARED_WITH:
        return False  # "similar to the one before", "similar in size"
    after = t.doc[noun.i + 1] if noun.i + 1 < len(t.doc) else None
    if after is not None and after.lower_ in ("to", "as"):
        return False  # "a similar deal to one between ...": said like what (or to whom: read alike)
    lemma = noun.lemma_.lower()
    return not any(n.lemma_.lower() == lemma for n in span if n.i < t.i)


def _pronoun_leans(t: "Token", span: "Span", people: list[tuple[int, int]]) -> bool:
    if t.dep_ in _OBJECTS:
        verb = t.head.head if t.dep_ == "pobj" else t.head
    elif t.dep_ in _SUBJECTS and t.head.dep_ not in ("ROOT",):
        verb = t.head  # the subject of a clause inside: "... insisted that it swam ..."
    else:
        return False
    if t.lower_ == "it" and verb.lemma_.lower() in _IDLE_IT_VERBS:
        return False
    return not _referent_before(t, span, people, plural=t.lower_ == "them", own=_own_subjects(verb))


def _person_pronoun_leans(t: "Token", span: "Span", people: list[tuple[int, int]]) -> bool:
    """A "he", "his", "her" with no one in the sentence it could stand for ("Scans showed that
    his kidneys were failing."): no person named anywhere in it, no main subject that is a
    person, and before it no name, no noun of a person ("a nurse"), no "who", no "she" it goes
    on from. The subject of a verb of saying is not asked ("..., he said.":
    :func:`.pronoun_names.name_for_speaker` names it or leaves it)."""
    if t.dep_ in _SUBJECTS and t.head.lemma_.lower() in PERSON_SPEECH_VERBS:
        return False
    if people or any(n.ent_type_ == "PERSON" for n in span):
        # "Asked if it mattered to her, Ana Ruiz said no.", "The ferry sank before he swam
        # ashore, according to Tom Ward.": a person the sentence names after it is the referent
        return False
    if any(c.dep_ in _SUBJECTS and _may_be_a_person(c) for c in span.root.children):
        return False  # "Joking that he could, the striker scored.": the main subject is the one
    for n in span:
        if n.i >= t.i:
            return True
        if n.lower_ in _PERSONAL:
            return False  # "She packed her bags.": the pronoun before is the one asked about
        if _may_be_a_person(n) or n.lower_ in _ANYONE or n.lower_ in ("who", "whom"):
            return False
    return True


def _may_be_a_person(n: "Token") -> bool:
    """``n`` may name a person the sentence's model did not (those named were asked first): a
    capitalised name, a surname the tagger took for a company's ("Agerblad said he ..."), a noun
    of a person ("a nurse")."""
    if n.ent_type_ == "ORG" or n.pos_ == "PROPN":
        return True
    return n.pos_ == "NOUN" and _of_a_person(n.lemma_.lower())


def _of_a_person(lemma: str) -> bool:
    """A noun of one person or of people ("nurse", "skipper"), not of a body ("the group", "the
    company": never a "he" or "her")."""
    return (is_speaker_word(lemma) and lemma not in GROUP_SPEAKER_NOUNS) or lemma in PERSON_STANDING_NOUNS


def _own_subjects(verb: "Token") -> set[int]:
    """The subject of ``verb`` and, for a verb controlled by another ("begin to understand"),
    that verb's subject: a pronoun object is not the same as them."""
    own: set[int] = set()
    while True:
        subjects = {c.i for c in verb.children if c.dep_ in _SUBJECTS}
        own |= subjects
        if not subjects and verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.head.i != verb.head.i:
            # "Ana Ruiz resigned after accusing them of ...": the gerund's doer is the main verb's
            verb = verb.head.head
            continue
        if verb.dep_ not in ("xcomp", "conj") or verb.head.i == verb.i:
            return own
        verb = verb.head


def _referent_before(
    t: "Token",
    span: "Span",
    people: list[tuple[int, int]],
    *,
    plural: bool,
    own: set[int],
) -> bool:
    """A noun before ``t`` in its sentence that the pronoun can stand for (``people``: where
    the entity model has a person named in the sentence, in characters; ``own``: the subjects
    the pronoun cannot be)."""
    for n in span:
        if n.i >= t.i:
            return False
        if plural and n.lower_ in _ANYONE and n.i not in own:
            return True
        if (n.pos_ not in ("NOUN", "PROPN") and n.ent_type_ not in _NAMED) or n.lemma_.lower() in TIME_NOUNS:
            continue
        if n.i in own or any(n.i == c.i for o in own for c in t.doc[o].subtree):
            continue
        # "them" may be anyone's ("Anyone naming a neighbour to force them ..."), "it" no person's
        if plural:
            if _may_be_them(n):
                return True
        elif not (n.ent_type_ == "PERSON" or any(a <= n.idx < b for a, b in people)):
            return True
    return False


def _may_be_them(n: "Token") -> bool:
    """``n`` may be what a "them" stands for: a plural, a name (a body is often "they"), or a
    person or a group ("a teacher", "the council"); not a singular thing ("support", "a plan")."""
    if n.tag_ in ("NNS", "NNPS") or n.pos_ == "PROPN" or n.ent_type_ in _NAMED | {"PERSON"}:
        return True
    lemma = n.lemma_.lower()
    return is_speaker_word(lemma) or lemma in GROUP_SPEAKER_NOUNS or lemma in PERSON_STANDING_NOUNS


def _demonstrative_pronoun_leans(t: "Token") -> bool:
    """ "There is one exception to that.", "The board agreed to this on Monday.": a demonstrative
    standing alone for what was said before, as the object of a verb or a preposition, with no
    clause before it in the sentence that it may stand for; not one that says what it is itself ("those who voted", "that of the council", "this week": a word
    after it) nor a conjunction or a relative pronoun ("said that ...", "the plan that failed")."""
    if t.pos_ != "PRON" or t.dep_ not in ("dobj", "pobj") or any(True for _ in t.children):
        return False
    after = t.nbor(1) if t.i + 1 < len(t.doc) else None
    if any(n.text in _POINTS_AHEAD for n in t.doc[t.i + 1 : min(t.i + 1 + AHEAD_TOKENS, t.sent.end)]):
        return False  # "Consider this for a moment: ...", "a race like this before - 90 laps ...": what follows
    ancestors = {a.i for a in t.ancestors}
    before = [v for v in t.sent if v.i < t.i]
    if any(v.pos_ == "VERB" and v.i not in ancestors for v in before) or any(
        v.dep_ == "cc" and v.i > t.sent.start and v.nbor(-1).text == "," for v in before
    ):
        return False  # "Kelco ships 20TB drives, but Selmo goes far beyond that": a clause before it
    return after is None or after.is_punct or after.pos_ in ("ADP", "ADV", "CCONJ", "SCONJ", "AUX", "VERB", "PART")


#: A colon or a dash this close after a demonstrative says what it stands for (tokens).
AHEAD_TOKENS = 5
#: Marks after a demonstrative that say what it stands for right after it.
_POINTS_AHEAD = frozenset({":", "—", "–", "-", "--"})


def _demonstrative_leans(t: "Token", span: "Span") -> bool:
    noun = t.head
    if noun.i == t.i or noun.lemma_.lower() in TIME_NOUNS | _THE_PAGE or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    lemma = noun.lemma_.lower()
    if (
        lemma in _GENERAL_NOUNS
        and t.lower_ in ("this", "that")
        and any(n.pos_ in ("NOUN", "PROPN") for n in span if n.i < t.i)
    ):
        return False  # "A nurse ... to keep that person safe": a general noun for a noun before it
    return not any(n.lemma_.lower() == lemma for n in span if n.i < t.i)
