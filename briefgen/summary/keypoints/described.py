"""A key point that opens on a description of something the article named before: its name instead.

"The commission fined the bank 4 million euros." means something only after the sentence that
named the commission. When the entity model (:mod:`..entities.descriptions`) says which named
organisation, person or place the opening description refers to, the name takes its place:
"The Harbour Safety Commission fined the bank ...", the key point keeping the spans of both
(the name as the article writes it, the rest of the sentence). "The" stays when the article
writes the name with it ("the Harbour Safety Commission") or the name ends on the description's
noun ("The Selm Police Department" for "The department"), and goes otherwise ("Ana Ruiz said"
for "The minister said"); a person's office with a modifier stays before the name ("The former
harbour master Ana Ruiz said").

Only a description whose noun is a word of the organisation's name ("the commission") or that
names a person's office ("the minister", resolved through the person's role) is replaced: the
entity model also guesses "the company" as the last company named and "the town" as the last
place, and a wrong name in a key point is worse than a description. The organisation the story
is about is no guess (:func:`..entities.descriptions.story_organisation`): "The Danish toy firm
said ..." under a headline on Kelbrick becomes "Kelbrick said ...", also as the subject after an
opening phrase ("At a meeting on Tuesday, Kelbrick promised ..."); 1 BBC dev article and 2 of the
60 real pages (both inputs; two blind reviews' majors: a company and a carmaker described by
their nationality and trade), no score moves.

Changes key points of 7 dev articles (2 CNN/DailyMail, 1 BBC, 2 PolNeAR, 2 CoNLL), none of the
111 training pages; top-3 ROUGE-1 on CNN/DailyMail 0.413 / 0.441 unchanged (half a / half b).
Not in a long extract read sentence by sentence (BBC's), like the other rewrites of
:mod:`.standalone`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...lang.en.discourse import DEFINITE_REACH_SENTENCES, EVENT_SHELL_NOUNS, UNIQUE_NOUNS
from ...lang.en.gazetteer import is_nationality
from ...lang.en.roles import COLLECTIVE_ORIGIN_ENDINGS, PERSON_STANDING_NOUNS
from ...lang.en.speech import is_speaker_word
from ..entities.role_words import is_sure_role_noun
from ...model import KeyPoint
from ...trace import fired
from ..entities import entity_model
from ..entities.descriptions import BODY_HEADS, INSTITUTION_HEADS, TOWN_HEADS, story_organisation
from .cutting import joined

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ..text.analysis import Analysis
    from ..types import Entity, Unit

__all__ = ["describes_someone_before", "name_for_description", "refers_to_thing_before"]

#: The tags of a noun said before (the small model tags some a proper noun: "a grey van").
_NOUNS = frozenset({"NOUN", "PROPN"})
#: A name longer than this (words) would crowd the sentence; the description stays.
MAX_NAME_WORDS = 6


def name_for_description(analysis: "Analysis", unit: "Unit") -> KeyPoint | None:
    """``unit`` with its opening description replaced by the name of what it refers to, or None
    when it opens on none the entity model resolved, or the name is not written before it."""
    entities = entity_model(analysis).entities
    hit = _described_at(entities, unit.start)  # a description opens on "the"
    at, opening = unit.start, list[tuple[int, int]]()
    if hit is None:
        inner = _subject_after_opening(analysis, unit, entities)
        if inner is None:
            return None
        at, opening = inner[1], [(unit.start, inner[1])]
        hit = inner[0], inner[2]
    entity, end = hit
    description = analysis.text[at:end].split()
    head = description[-1].lower()
    by_story = entity.kind != "person" and head not in entity.name.lower().split()
    if by_story and not story_organisation(analysis, entity, entities):
        return None  # "the firm" for the last company named, "the town" for the last place: guesses
    if opening and not by_story:
        return None  # after an opening phrase only the story's organisation (its coverage is the rule's)
    name = _written_name(analysis, entity, unit.start)
    if name is None:
        return None
    start, stop, with_the = name
    # a body named after its kind reads with "the": "The Foreign Ministry said", not "Foreign Ministry said"
    with_the = with_the or analysis.text[start:stop].split()[-1].lower() == head
    if analysis.text[end : end + 1].isalnum():
        return None  # the description ends inside a word: no clean seam
    fired("keypoints.name_for_description")
    if by_story:
        fired("keypoints.story_organisation_named")
    rest = (end, unit.end)
    if entity.kind == "person" and len(description) > 2:
        # "The former harbour master said" -> "The former harbour master Ana Ruiz said": the office
        # a modifier makes specific stays before the name; a bare "The minister" gives way to it
        return _joined(analysis, [(unit.start, end), (start, stop), rest])
    if with_the:  # "The" of the key point, then the name as the article writes it after its "the"
        return _joined(analysis, [*opening, (at, at + 3), (start, stop), rest])
    return _joined(analysis, [*opening, (start, stop), rest])


def _subject_after_opening(
    analysis: "Analysis", unit: "Unit", entities: "list[Entity]"
) -> "tuple[Entity, int, int] | None":
    """The entity a description refers to that is the sentence's subject after an opening phrase
    ("At the motor show in Selm, the Danish toymaker unveiled ..."), where it starts and ends."""
    span = analysis.span(unit.start, unit.end)
    if span is None:
        return None
    for e in entities:
        for start, end in e.descriptions:
            if not unit.start < start < end <= unit.end or not analysis.text[unit.start : start].rstrip().endswith(","):
                continue
            after = next((t for t in span if t.idx >= end), None)
            before = [t for t in span if t.idx < start]
            # the main verb right after it (the parse may take the phrase for an apposition of the
            # opening's last noun), and no subject before it
            verb = after is not None and after.pos_ in ("AUX", "VERB") and "ROOT" in (after.dep_, after.head.dep_)
            if verb and not any(t.dep_ in ("nsubj", "nsubjpass", "ROOT") for t in before):
                return e, start, end
    return None


def _joined(analysis: "Analysis", spans: list[tuple[int, int]]) -> KeyPoint:
    """The pieces of the article at ``spans`` (blanks at their ends left out) as one key point
    (:func:`.cutting.joined`)."""
    kept = []
    for a, b in spans:
        piece = analysis.text[a:b]
        kept.append((a + len(piece) - len(piece.lstrip()), b - len(piece) + len(piece.rstrip())))
    return KeyPoint(text=joined(analysis.text, kept), spans=kept)


def _described_at(entities: "list[Entity]", at: int) -> "tuple[Entity, int] | None":
    """The entity a description starting at offset ``at`` refers to, and where it ends."""
    for e in entities:
        for start, end in e.descriptions:
            if start == at:
                return e, end
    return None


def _written_name(analysis: "Analysis", entity: "Entity", before: int) -> tuple[int, int, bool] | None:
    """Where the article writes ``entity``'s fullest name before offset ``before``: its offsets
    (without a leading "the") and whether "the" is written before it; None when it is not."""
    text = analysis.text
    best: tuple[int, int] | None = None
    for m in entity.mentions:
        if m.end > before:
            break
        start, end = m.start, m.end
        if text[start : start + 4].lower() == "the ":
            start += 4
        if text[start:end].endswith(("'s", "’s")):
            end -= 2
        words = text[start:end].split()
        if not words or len(words) > MAX_NAME_WORDS or not words[0][:1].isupper():
            continue
        if best is None or len(words) > len(text[best[0] : best[1]].split()):
            best = (start, end)
    if best is None:
        return None
    start, end = best
    return start, end, text[max(0, start - 4) : start].lower() == "the "


def describes_someone_before(analysis: "Analysis", unit: "Unit") -> bool:
    """The sentence's subject is "The" and a noun of a person, with no name in it, right before
    its verb: "The former trade minister led the poll ...", "The veteran skipper was left
    without a club ...": someone the sentences before named, whom the entity
    model could not name for sure (:func:`name_for_description`). Alone, the key point does not
    say who; :func:`.standalone.standalone` joins the sentence before, as for a pronoun.
    Coverage: 11 dev articles (2 CNN/DailyMail, 4 PolNeAR, 5 CoNLL) and 4 of the 60 real pages;
    key-point ROUGE on CNN/DailyMail and BBC unchanged at three decimals on both halves. With an
    apposition between a person's noun and the verb ("The actor, one of the club's patrons,
    said ...", "The star, known for ..., is ..."): 2 more CNN/DailyMail and 2 BBC articles, 1
    training page (a point joined to the sentence that names him, or passed over); scores unchanged."""
    span = analysis.span(unit.start, unit.end)
    if span is None or len(span) < 3 or span[0].lower_ != "the":
        return False
    subject = next((t for t in span if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"), None)
    if subject is None or subject.left_edge.i != span[0].i:
        return False
    by_age_or_origin = _age_or_origin(subject)
    if subject.pos_ != "NOUN" and not by_age_or_origin:
        return False
    after = span.doc[subject.i + 1] if subject.i + 1 < span.end else None
    person_noun = by_age_or_origin or subject.lemma_.lower() in PERSON_STANDING_NOUNS or is_sure_role_noun(subject)
    apposition = False
    if after is not None and after.text == "," and subject.right_edge.i > subject.i and person_noun:
        # "The actor, one of the club's best-known members, said ...": an apposition says what
        # more he is, not who (a name in it does: see below); the verb comes after its comma. Only
        # for a person's noun: "The wine industry, the world's second, ..." is no one named before
        end = subject.right_edge.i + 1
        if end < span.end and span.doc[end].text == ",":
            end += 1
        after = span.doc[end] if end < span.end else None
        if after is not None and (after.i == subject.head.i or after.pos_ == "AUX"):
            fired("keypoints.description_back_apposition")
            apposition = True
    if after is None or (after.i != subject.head.i and after.pos_ != "AUX"):
        return False  # "The actor who ...": a clause between, which may say who: left as it is
    noun = subject.lower_
    if not by_age_or_origin and (noun in BODY_HEADS or not (is_speaker_word(noun) or noun in PERSON_STANDING_NOUNS)):
        return False  # "The company said ...": a body, which name_for_description reads
    # a name in the phrase says who ("The actor Tom Reyes", "The actor, Tom Reyes,"); in an
    # apposition, a name further in is someone else ("one of its members, with Ana Soto")
    names = (
        t
        for t in subject.subtree
        if not apposition
        or t.i < subject.i
        or t.dep_ == "appos"
        or t.head.dep_ == "appos"
        and t.dep_ in ("compound", "flat")
    )
    if any(t.ent_type_ == "PERSON" for t in names):
        return False
    fired("keypoints.age_or_origin_back" if by_age_or_origin else "keypoints.description_back")
    return True


def _age_or_origin(subject: "Token") -> bool:
    """ "The 31-year-old won the sprint", "The Dane had knee surgery", "The Spaniard, who ...,
    was fined": a person told of by age or by origin alone, as sports and news copy write someone
    named before. Not a people ("The French have voted": :data:`COLLECTIVE_ORIGIN_ENDINGS`, or a
    plural), nor a thing of that origin ("The Belgian club", whose subject is "club").

    Coverage: fires on 1 CNN/DailyMail, 1 CoNLL article and 1 of the 60 real pages in the harness;
    at the default count it changes the points of 2 CNN/DailyMail, 2 BBC and 1 CoNLL dev article
    and of 1 real page (both inputs), 4 of them joined to the sentence that names the person;
    no score moves. Two BBC points of the kind were majors of a blind review (an age and a
    nationality, each under points on other people)."""
    if subject.lower_ == "old":  # "the 29-year-old": "year" and its number hang on "old"
        return any(c.lower_ in ("year", "years") and any(n.like_num for n in c.children) for c in subject.children)
    origin = subject.ent_type_ == "NORP" or is_nationality(subject.text)
    return origin and subject.tag_ == "NNP" and not subject.lower_.endswith(COLLECTIVE_ORIGIN_ENDINGS)


def refers_to_thing_before(analysis: "Analysis", unit: "Unit") -> bool:
    """The sentence opens on "The" and a bare noun for an event, a measure or a thing the
    sentences just before told of: "The crash happened at noon." (an event's shell noun,
    :data:`EVENT_SHELL_NOUNS`), "The van was found in Selm." after "... a grey van ..." (the noun
    of one of the DEFINITE_REACH_SENTENCES before), or any noun with adjectives at most that
    the title does not hold ("The new rules ...": :func:`_anaphoric`). Alone, the key point does not say which;
    :func:`.standalone.standalone` joins the sentence before, as for a pronoun. Not when the
    noun phrase says which itself: a modifier after the noun ("The crash on the A9"), a name or a
    nationality in it ("The Selm plan", "The Korean plan"), a possessor ("The council's plan"); the
    same after a short opening phrase ("According to officials, the crash ..."); nor
    for a public body or a town ("The police said ...", "The city has ..."), which a reader takes
    as the story's own.

    A repeated noun with a compound before it ("The oxygen bar") says which kind, as a blind A/B
    review read it (joining the sentence before there was a major: that one opened on "The duo").

    Coverage: 2 CNN/DailyMail, 6 PolNeAR and 5 CoNLL dev articles as a key point's own test (a
    sentence before that leans this way, or on a group or a person's description, is no referent
    either: :func:`.standalone._stands`, which asks it unrecorded; with that check BBC R-2 0.7452
    -> 0.7456, no other score moves); 4 of the 60 real pages and 15 of the 111 training pages.
    Of the 35 training briefs a blind review read, the points it changed are ones the review
    counted as dangling (an event's shell noun or a vehicle's noun with no word of which one)."""
    span = analysis.span(unit.start, unit.end)
    if span is None or len(span) < 3:
        return False
    return _subject_back(analysis, unit, span) or _event_object_back(analysis, span)


def _subject_back(analysis: "Analysis", unit: "Unit", span: "Span") -> bool:
    """The subject half of :func:`refers_to_thing_before`."""
    subject = next((t for t in span if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"), None)
    if subject is None or subject.pos_ != "NOUN" or subject.left_edge.lower_ != "the":
        return False
    first = subject.left_edge.i
    if first != span.start and not _opening_phrase(span, first):
        return False
    if subject.right_edge.i != subject.i:
        return False  # "The crash on the A9 ...", "The plan, which ...": it says which
    for t in subject.lefts:
        if t.dep_ not in ("det", "amod", "compound") or t.pos_ == "PROPN" or t.text[:1].isupper() and t.i > first:
            return False
    lemma = subject.lemma_.lower()
    if lemma in INSTITUTION_HEADS or lemma in TOWN_HEADS:
        return False  # "The police said ...", "The city has ...": the story's own, as a reader takes it
    if lemma not in EVENT_SHELL_NOUNS:
        if any(t.dep_ == "compound" for t in subject.lefts):
            return False  # "The oxygen bar charges ...": a compound says which kind, as a reader takes it
        index = unit.sentence.index
        if index == 0:
            return False
        earlier = analysis.sentences[max(0, index - DEFINITE_REACH_SENTENCES) : index]
        reach = analysis.span(earlier[0].start, earlier[-1].end)
        if reach is None or not any(t.lemma_.lower() == lemma and t.is_lower and t.pos_ in _NOUNS for t in reach):
            if not _anaphoric(analysis, subject, lemma):
                return False
            fired("keypoints.definite_back")
            return True
    fired("keypoints.thing_back")
    return True


def _event_object_back(analysis: "Analysis", span: "Span") -> bool:
    """The main verb acts on "the", lower-case modifiers at most and an event's shell noun
    (:data:`EVENT_SHELL_NOUNS`) with nothing after it that says which: "The mayor made the surprise
    announcement on Monday.", "Aid groups condemned the move.", "Police are investigating the
    crash." Which announcement, which move, only the sentences before tell, as for such a noun
    in the subject. Not one the title names (the brief shows it above its points), nor words
    inside quotation marks (a speaker's "the crash" is theirs).

    Coverage (default points; the harness's counts find 1 PolNeAR article and the 3 pages): fires
    on 2 BBC and 1 PolNeAR dev articles and 3 of the 111 training pages, none of the 60 real
    pages; it changes the points of 1 BBC and 1 PolNeAR article (joined to the sentence before,
    the lede that tells of the deal the point's leaders sign) and 2 training pages (both inputs;
    a blind review counted a governor's "announcement" with nothing of what it was a major)."""
    root = span.root
    obj = next((c for c in root.children if c.dep_ == "dobj"), None)
    if obj is None or obj.tag_ != "NN" or obj.lemma_.lower() not in EVENT_SHELL_NOUNS:
        return False
    if any(not _circumstance(r) for r in obj.rights):
        return False  # "the plan to sell them", "the move by Kelby": it says which
    lefts = list(obj.lefts)
    if (
        not lefts
        or lefts[0].lower_ != "the"
        or any(t.dep_ not in ("det", "amod", "compound") or not t.is_lower for t in lefts[1:])
    ):
        return False
    if re.search(rf"\b{re.escape(obj.lemma_.lower())}", (analysis.title or "").lower()):
        return False
    before = analysis.text[span.start_char : obj.idx]
    if before.count("“") > before.count("”") or before.count('"') % 2:
        return False
    fired("keypoints.event_object_back")
    return True


#: Prepositions of a phrase that says where or how something was told or done, not which thing.
_CIRCUMSTANCE_PREPOSITIONS = frozenset({"in", "at", "during"})


def _circumstance(phrase: "Token") -> bool:
    """ "in a statement", "at the harbour", "during the debate": a phrase of circumstance after
    the noun (a common noun after "a" or "the"), which leaves it saying no more of which one."""
    if phrase.dep_ != "prep" or phrase.lower_ not in _CIRCUMSTANCE_PREPOSITIONS:
        return False
    obj = next((c for c in phrase.children if c.dep_ == "pobj"), None)
    return obj is not None and obj.is_lower and any(c.lower_ in ("a", "an", "the") for c in obj.lefts)


def _anaphoric(analysis: "Analysis", subject: "Token", lemma: str) -> bool:
    """A subject of "The", adjectives at most and a noun, after the article's first sentence, reads
    back to what the article told before even when the noun is new: "The financial package ..."
    after "... will get 70m euros in aid", "The new rules ..." after "... stricter limits come
    in at midnight", "The huge number ..." after "More than a million ...". Alone, the key point
    does not say which package, which rules. Not for a noun the title holds (the brief shows the
    title above its points: "Selm festival draws a crowd" then "The festival drew ..."), a body's
    noun ("The company said ...": :func:`name_for_description` names it, and a reader takes "the
    police" as the story's own), nor a noun every reader knows with nothing before
    (:data:`UNIQUE_NOUNS`: "The economy shrank ...").

    Coverage (default five points): 3 CNN/DailyMail, 4 PolNeAR and 3 CoNLL articles, 10 of the 106
    real-page briefs and 19 of the 222 training-page briefs (not in BBC's long extract, read
    sentence by sentence). The points it changes are joined after the sentence before ("The
    stabbing occurred ..." after the lede on the stabbing) or give way to the next best sentence
    ("The survey was carried out ...", "The statue was made ..."); CNN/DailyMail top-3
    ROUGE-2 on half a 0.192 -> 0.193, no other score moves at three decimals."""
    if lemma in BODY_HEADS or lemma in UNIQUE_NOUNS:
        return False
    if any(t.dep_ != "det" and t.pos_ != "ADJ" for t in subject.lefts):
        return False
    title = (analysis.title or "").lower()
    if re.search(rf"\b(?:{re.escape(lemma)}|{re.escape(subject.lower_)})", title):
        return False
    return True


#: An opening phrase before the subject is at most this long (tokens, its comma included).
MAX_OPENING_TOKENS = 8


def _opening_phrase(span: "Span", subject_start: int) -> bool:
    """The words before the subject are a short phrase closed by a comma that holds no clause of
    its own: "According to officials, the crash ...", "On Monday, the plan ..."."""
    before = span.doc[span.start : subject_start]
    return (
        0 < len(before) <= MAX_OPENING_TOKENS
        and before[-1].text == ","
        and not any(t.dep_ in ("nsubj", "nsubjpass", "ROOT") for t in before)
    )
