"""Who or what a leaning pronoun stands for, named in its place: "He resigned." -> "Tom Ward
resigned.", "..., he said." -> "..., Tom Ward said.", "It plans to ..." -> "Acme plans to ...".

The person a "he"/"she" stands for is read from the chain of sentences right before it, or else
from the people named within reach (:func:`person_for`); a key point keeps the spans of both the
name and the rest of its sentence.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...lang.en.speech import PERSON_SPEECH_VERBS
from ...model import KeyPoint
from ...trace import fired
from ..entities import entity_model
from ..entities.genders import person_gender
from .units import quoted_offsets

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ..text.analysis import Analysis
    from ..types import Entity, Mention, Sentence, Unit

__all__ = ["name_for_it", "name_for_pronoun", "name_for_speaker", "person_for"]

#: How far back (characters) the person a pronoun stands for may be named.
_PRONOUN_REACH = 600
#: The longest role, in words, that goes with a name put in a pronoun's place.
_ROLE_WORDS = 10


def name_for_pronoun(analysis: "Analysis", unit: "Unit") -> KeyPoint | None:
    """'He resigned.' -> 'Tom Ward resigned.': the person the pronoun most likely stands for."""
    span = analysis.span(unit.start, unit.end)
    first = next((t for t in span if not t.is_punct), None) if span is not None else None
    if first is None or first.dep_ not in ("nsubj", "nsubjpass") or first.idx != unit.start:
        return None
    if first.lower_ not in _PRONOUN_FORMS:
        return None  # "I’ve got to say ...": the pronoun the caller read was not the subject's
    name = person_for(analysis, unit, first.lower_, known=True)
    if name is None:
        return None
    start, end = _with_role(analysis, name)
    rest = unit.start + len(first.text)
    return KeyPoint(
        text=analysis.text[start:end] + analysis.text[rest : unit.end], spans=[(start, end), (rest, unit.end)]
    )


def name_for_speaker(analysis: "Analysis", unit: "Unit") -> KeyPoint | None:
    """'The river rose two metres, he said.' -> '..., Tom Ward said.': the attribution at the end
    of a sentence names who "he" or "she" is: a wire story's usual way to close a paraphrase.
    Fires on 5 BBC articles in the harness (k = the reference's size), on 1 CNN/DM and 2 CoNLL
    articles at the default k."""
    span = analysis.span(unit.start, unit.end)
    if span is None:
        return None
    words = [t for t in span if not t.is_punct]
    if len(words) < 4:
        return None
    pronoun, verb = words[-2], words[-1]
    before = span.doc[pronoun.i - 1] if pronoun.i > span.start else None
    if (
        pronoun.lower_ not in ("he", "she")
        or pronoun.dep_ != "nsubj"
        or verb.lemma_.lower() not in PERSON_SPEECH_VERBS
        or pronoun.head.i != verb.i
        or before is None
        or before.text not in {",", "”", "’", '"', "'"}
    ):
        return None
    # the name goes inside the writer's own sentence: only a person whose given name says
    # "he" or "she" (a place the model took for a person must not be quoted as the speaker)
    name = person_for(analysis, unit, pronoun.lower_, known=True)
    if name is None:
        return None
    start, end = _with_role(analysis, name)
    return KeyPoint(
        text=analysis.text[unit.start : pronoun.idx]
        + analysis.text[start:end]
        + analysis.text[pronoun.idx + len(pronoun.text) : unit.end],
        spans=[(unit.start, pronoun.idx), (start, end), (pronoun.idx + len(pronoun.text), unit.end)],
    )


def _with_role(analysis: "Analysis", name: tuple[int, int]) -> tuple[int, int]:
    """``name`` with the role the article sets off by commas right after it, when it has one of
    at most _ROLE_WORDS words: "He said his company's lander ..." names "Ana Roe, chief executive
    of Tarvel Robotics," and not "Ana Roe" alone, whom the reader of a key point does not know
    (nor whose the company is). The role is the mention's apposition, a noun phrase with no name
    of a person in it and no number alone ("Ana Roe, 54,"): the article's own words, one piece
    with the name. Coverage: 1 PolNeAR and 1 CoNLL article, 2 of the 60 real pages (both inputs);
    kept: a blind reviewer counted the bare name's "his company" a major, and one preferred the
    point with the role."""
    start, end = name
    span = analysis.span(start, end)
    if span is None or not analysis.text.startswith(", ", end):
        return name
    doc = span.doc
    roles = [c for c in span.root.children if c.dep_ == "appos" and c.i >= span.end and c.pos_ == "NOUN"]
    if not roles:
        return name
    words = list(roles[0].subtree)
    first, last = words[0], words[-1]
    closing = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if (
        first.i != span.end + 1
        or closing is None
        or closing.text != ","
        or len(words) > _ROLE_WORDS
        or any(w.ent_type_ == "PERSON" or w.is_quote or w.text in "()" for w in words)
    ):
        return name
    fired("keypoints.pronoun_name_with_role")
    return start, closing.idx + 1


def person_for(analysis: "Analysis", unit: "Unit", pronoun: str, known: bool = False) -> tuple[int, int] | None:
    """Where the article writes, most fully, the person a "he"/"she" in ``unit`` stands for.

    The people named in the sentences just before, outside quotation marks: the one who is a
    subject there, the latest first; then the latest named. A person whose given name marks
    the other gender, or who is named in the sentence itself, is not the one; with ``known``,
    only a person whose given name marks the pronoun's gender is.
    """
    gender = "m" if pronoun == "he" else "f"
    chained = _person_of_chain(analysis, unit.start, pronoun, gender)
    if chained is not None and chained.name not in unit.text:
        written = _fullest_form(analysis, chained)
        if written is not None:
            return written
    quoted = quoted_offsets(analysis, unit.start - _PRONOUN_REACH, unit.start)
    bound = _chain_sentences(analysis, unit.start, pronoun)
    candidates: list[tuple[bool, int, Entity, Mention]] = []
    named: set[int] = set()  # every person named in reach, of any gender
    genders: dict[int, str | None] = {}  # id of a person -> what the article says of them
    for e in entity_model(analysis).people:
        near = [
            m
            for m in e.mentions
            if unit.start - _PRONOUN_REACH <= m.start and m.end <= unit.start and not quoted(m.start)
        ]
        if near:
            named.add(id(e))
        genders[id(e)] = person_gender(e)
        if genders[id(e)] not in (gender, None) or e.name in unit.text:
            continue
        if any(m.start >= unit.start and m.end <= unit.end for m in e.mentions):
            continue
        free = [m for m in near if not any(a <= m.start < b for a, b in bound)]
        if len(free) < len(near):
            fired("keypoints.pronoun_not_bound_name")
        candidates += [(_is_subject(analysis, m), m.start, e, m) for m in free]
    if known:
        marked = [c for c in candidates if genders[id(c[2])] == gender]
        if marked and genders[id(max(candidates, key=lambda c: (c[0], c[1]))[2])] is None:
            # the likelier one (a subject, the latest) is a person whose gender the article does
            # not say ("... said Ana Roe. He also added ...", with a name the list lacks): not a
            # farther person whose given name happens to be listed; the pronoun stays unnamed.
            # coverage: 1 BBC article, 1 training page; kept: it only withholds a name, where
            # naming the farther person was a misattribution (a blocker) of the sign-off review
            fired("keypoints.pronoun_nearer_unknown")
            return None
        if not marked and len(named) == 1 and len({id(c[2]) for c in candidates}) == 1:
            # the one person named in reach, whose given name says nothing of gender
            # ("Dr Ngozi Abara ... She found ..."): the list of given names is mostly English
            # and misses many names of other languages. Fires on one of the 60 real pages and
            # on 2 CoNLL articles (the other dev people's given names are mostly listed), kept because
            # only one person is in reach: there is no one else "he" could be
            fired("keypoints.sole_person")
        else:
            candidates = marked
    if not candidates:
        return None
    _, _, person, _ = max(candidates, key=lambda c: (c[0], c[1]))
    return _fullest_form(analysis, person)


def _fullest_form(analysis: "Analysis", person: "Entity") -> tuple[int, int] | None:
    """Where the article writes ``person``'s fullest mention (not a possessive "Ward's"), if any."""
    forms = [(m.start, m.end) for m in person.mentions if not re.search(r"['’]s$", analysis.text[m.start : m.end])]
    if not forms:
        return None
    return max(forms, key=lambda f: (f[1] - f[0], -f[0]))


def name_for_it(analysis: "Analysis", unit: "Unit", previous: "Unit") -> KeyPoint | None:
    """'It plans to ...' -> 'Acme plans to ...': the name of an organisation or place that is
    the subject of the sentence before ("they" for a plural name or a team, "it" for one).

    Fires on a few BBC business stories only (a company named, then "It ..."); kept because
    without it those sentences keep their bare "It", and the rule asks for a name as subject.
    """
    span = analysis.span(unit.start, unit.end)
    before = analysis.span(previous.start, previous.end)
    first = next((t for t in span if not t.is_punct), None) if span is not None else None
    if first is None or before is None or first.dep_ not in ("nsubj", "nsubjpass") or first.idx != unit.start:
        return None
    if first.head.lemma_ == "be":
        return None  # "It was too late", "It is understood ...": no thing to name
    root = before.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    ents = [e for e in before.ents if e.start <= subject.i < e.end and e.label_ in ("ORG", "GPE", "NORP")]
    plural = subject.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subject.children)
    if ents and (first.lower_ == "it") != plural:
        name = ents[0]
    elif first.lower_ == "they" and plural and subject.pos_ == "PROPN":
        name = before.doc[subject.left_edge.i : subject.right_edge.i + 1]
    else:
        return None
    if len(name) > 6 or any(t.is_punct and t.text not in ".&-" for t in name):
        return None
    start, end = name.start_char, name.end_char
    if analysis.text[start:end].lower().startswith("the "):
        start += 4
    rest = unit.start + len(first.text)
    return KeyPoint(
        text=analysis.text[start:end] + analysis.text[rest : unit.end], spans=[(start, end), (rest, unit.end)]
    )


#: How many sentences back a chain of one pronoun ("He scored ... He continues ...") is followed.
_CHAIN_DEPTH = 4


def _person_of_chain(analysis: "Analysis", at: int, pronoun: str, gender: str, depth: int = 0) -> "Entity | None":
    """The person a "he"/"she" at ``at`` continues to stand for, read from the sentences right
    before it, one at a time: a sentence whose subject is that person by name settles it; one
    whose subject is the same pronoun, or that has the pronoun's forms elsewhere ("his first
    album, on which he worked with Ben Lusk, ..."), passes the question to the sentence before
    it; else the one person of that gender the sentence names ("The team got a lift from Ben
    Lusk. He scored six points. He ..."). None when no sentence settles it within a few or the
    paragraphs break off: the caller's wider reading decides. A subject named sentences earlier
    ("Tom Ward was hurt in the first half.") had won over the person the sentence right before
    the chain named."""
    before = _sentence_before(analysis, analysis.sentence_at(at))
    if before is None or depth > _CHAIN_DEPTH:
        return None
    prev, span = before
    quoted = quoted_offsets(analysis, prev.start, prev.end)
    people = [
        e
        for e in entity_model(analysis).people
        if any(prev.start <= m.start < prev.end and not quoted(m.start) for m in e.mentions)
    ]
    subjects = [c for c in span.root.children if c.dep_ in ("nsubj", "nsubjpass") and not quoted(c.idx)]
    if subjects:
        head = subjects[0]
        named = [e for e in people if any(m.start <= head.idx < m.end for m in e.mentions)]
        if not named and head.text[:1].isupper() and head.pos_ in ("PROPN", "NOUN"):
            named = _by_surname(analysis, head)
        if len(named) == 1 and person_gender(named[0]) == gender:
            fired("keypoints.pronoun_chain")
            return named[0]
        if head.lower_ == pronoun:
            return _person_of_chain(analysis, prev.start, pronoun, gender, depth + 1)
    forms = _PRONOUN_FORMS[pronoun]
    if any(t.lower_ in forms and not quoted(t.idx) for t in span):
        return _person_of_chain(analysis, prev.start, pronoun, gender, depth + 1)
    if len(people) != 1 or person_gender(people[0]) != gender:
        return None
    fired("keypoints.pronoun_chain")
    return people[0]


def _chain_sentences(analysis: "Analysis", at: int, pronoun: str) -> list[tuple[int, int]]:
    """Where, in the sentences right before ``at`` whose main subject is ``pronoun`` too (one after
    another), the pronoun's clause goes on after it: "He praised the chancellor. He said Ben Lusk
    was the best skipper in years." A person named there is someone else than "he" ("he said Ben
    Lusk ...": he is not Ben Lusk), so not whom the next "He ..." stands for, though named last; a
    name before the pronoun may be its own ("When Ana Roe arrived, she said ..."). A blind
    review's blocker on a BBC article: the prime minister's alarm had been told under his rival's
    name. Fires on 1 BBC article in the harness, and at the default count on that one and 1
    CNN/DailyMail article (a deputy minister named for the minister quoted), no page; both now name
    no one. Kept under three: it only withholds a name the grammar rules out, and a wrong name in
    a key point is a blocker."""
    out: list[tuple[int, int]] = []
    here = analysis.sentence_at(at)
    while len(out) < _CHAIN_DEPTH and (before := _sentence_before(analysis, here)) is not None:
        here, span = before
        subjects = [c for c in span.root.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects or subjects[0].lower_ != pronoun:
            break
        out.append((subjects[0].idx + len(subjects[0].text), here.end))
    return out


def _sentence_before(analysis: "Analysis", here: "Sentence | None") -> "tuple[Sentence, Span] | None":
    """The sentence right before ``here`` and its parse, when it is in the same paragraph or the
    one before (a chain of pronouns does not reach across a break); None otherwise."""
    if here is None or here.index == 0:
        return None
    prev = analysis.sentences[here.index - 1]
    span = analysis.span(prev.start, prev.end)
    if span is None or prev.paragraph < here.paragraph - 1:
        return None
    return prev, span


def _by_surname(analysis: "Analysis", head: "Token") -> "list[Entity]":
    """The people of the article whose surname ``head`` is, written with its capital where the
    model tagged no name: "Fields, who turned professional last week, almost holed his approach."
    after "Tom Fields" (a surname that is also an English word, opening a sentence). A chain of "he"
    read past it had named the leader named before him (a blind review's blocker on a CoNLL
    article, a fact given to the wrong golfer). Fires on 1 CNN/DailyMail and 1 CoNLL dev article,
    changing that CoNLL point; no page. Kept under three: it reads only the surname of a person
    the article names in full, and a fact given to the wrong person is a blocker."""
    out = [e for e in entity_model(analysis).people if len(e.name.split()) > 1 and e.name.split()[-1] == head.text]
    if len(out) == 1:
        fired("keypoints.pronoun_chain_surname")
    return out


#: The forms of a pronoun that carry its referent through a sentence.
_PRONOUN_FORMS = {"he": frozenset({"he", "his", "him", "himself"}), "she": frozenset({"she", "her", "hers", "herself"})}


def _is_subject(analysis: "Analysis", mention: "Mention") -> bool:
    span = analysis.span(mention.start, mention.end)
    return span is not None and span.root.dep_ in ("nsubj", "nsubjpass")
