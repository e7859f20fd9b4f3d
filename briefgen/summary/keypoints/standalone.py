"""Key points a reader understands without the article: openings that lean on the sentence before.

A sentence that opens with "He", "This", "But" or "Still" means something only after the
sentence before it. As a key point it gets its referent where one can be found:

* "He"/"She" as the subject: the person's name takes the pronoun's place ("He resigned on
  Friday." -> "Tom Ward resigned on Friday."), the key point keeping the spans of both;
* any other such opening (a connective, a demonstrative, "They", "It", "His"): the sentence
  before joins it, when that one stands on its own and the two are not too long together;
* the same for a main clause whose subject is "he"/"she"/"they" or holds a "his"/"this" after
  an opening phrase ("Amid the protests, his company sold the mill.", "Together, they ..."),
  or whose opening phrase points back with a bare "this" ("Amid all this, ..."): the sentence
  before joins it (:func:`_inner_reference`; not in a long extract such as BBC's, see
  :func:`standalone`), but never a sentence before that is chatter (under eight words) or
  speaks to "you". A person named or described before the pronoun in the sentence, or a
  main subject that is a noun ("A chess player was banned after he ...", "Joking that he
  would, the striker ..."), is the referent: nothing leans (``referent_in_sentence``; it
  cleared 15 of the 19 CNN/DailyMail articles the rule fired on, and each of those read
  named or described the person before the pronoun; R-1 on half b 0.440 -> 0.441);
* the same for an object "it"/"them" or a "this <noun>" further inside that has no referent
  in the sentence ("Scientists are only beginning to understand them.": :mod:`.pointing`), and
  for a bare "The" and a group's noun ("The teams were level at the break.",
  :func:`.openings.group_back`: 4 dev articles of BBC, CNN/DailyMail and CoNLL and 1 of the 60
  real pages, no harness score moved);
* the same for "The" and a bare noun for an event or a thing the sentences just before told of
  ("The crash happened at noon.": :func:`.described.refers_to_thing_before`);
* a sentence whose leaning subject only ties it to a clause ("This comes after engineers
  warned ...") is that clause (:mod:`.tied_clause`), before any of the above;
* otherwise None: the caller keeps the sentence as it is among the first key points, and
  passes it over for the next best one further down (see ``select._passed_over``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ...lang.en.discourse import DROPPABLE_CONNECTIVES, TIME_NOUNS
from ...model import KeyPoint
from ...trace import fired, unrecorded
from ...lang.en.speech import PERSON_SPEECH_VERBS
from ..entities import entity_model
from ..entities.genders import person_gender
from . import pointing
from .anticipatory import anticipatory_it
from .described import describes_someone_before, name_for_description, refers_to_thing_before
from .openings import cut_start, group_back, leans_back, shell_back
from .tied_clause import tied_clause
from .units import quoted_ranges

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..text.analysis import Analysis
    from ..types import Entity, Mention, Unit

__all__ = ["standalone", "without_connective", "anticipatory_it"]

#: Two sentences joined into one key point are at most this long, in words.
MAX_JOINED_WORDS = 50
#: A sentence before shorter than this is a page's chatter ("Go on, go on."), no referent.
MIN_JOINED_WORDS = 8
#: The reader spoken to: a sentence before that does it is the page's talk, no referent.
_READER = re.compile(r"\b(?:you|your)\b", re.IGNORECASE)
#: How far back (characters) the person a pronoun stands for may be named.
_PRONOUN_REACH = 600
#: Pronouns that, in the main clause's subject after an opening phrase, need a referent.
_INNER_PRONOUNS = frozenset({"he", "his", "she", "her", "they", "their"})
_SUBJECT_OR_OWNER = frozenset({"nsubj", "nsubjpass", "poss"})


def standalone(
    analysis: "Analysis", unit: "Unit", previous: "Unit | None", taken: set[int], inner: bool = True
) -> KeyPoint | None:
    """``unit`` as a key point that stands on its own, or None when it cannot.

    ``previous`` is the unit before it in the text; ``taken`` the orders of units already in
    the brief (the bottom line's, the key points'): a sentence is not joined to one of them.
    ``inner``: a reference after an opening phrase counts too (:func:`_inner_reference`); not
    in a long extract, read sentence by sentence in the article's order (there it cost BBC
    sentence precision 0.702 -> 0.694: the joined sentence is one the extract did not pick).
    """
    tied = tied_clause(analysis, unit) if inner else None
    if tied is not None:  # "This comes after engineers warned ...": the clause is the news
        return tied
    word = leans_back(unit.text) or (
        (
            _inner_reference(analysis, unit)
            or pointing.points_back(analysis, unit)
            or group_back(unit.text)
            or shell_back(unit.text)
        )
        if inner
        else None
    )
    if word == "it" and anticipatory_it(analysis, unit):
        fired("keypoints.anticipatory_it")
        word = None
    if word is None:
        named = _name_for_speaker(analysis, unit)
        if named is not None:
            fired("keypoints.name_for_speaker")
            return named
        described = name_for_description(analysis, unit) if inner else None
        if (
            described is not None
            or not inner
            or not (describes_someone_before(analysis, unit) or refers_to_thing_before(analysis, unit))
        ):
            return described or KeyPoint(text=unit.text, spans=[(unit.start, unit.end)])
        word = "the description"  # no name for it: joined to the sentence before, as a pronoun
    if word in ("he", "she"):
        named = _name_for_pronoun(analysis, unit)
        if named and previous and inner and pointing.points_back(analysis, unit):
            # "He found a cell. He said it was new.": named, its "it" has no referent; after the
            # sentence before it has both: the point goes after that one when it is a key point
            # too, else that sentence, named, joins it. Coverage: 1 of the 60 real pages (both
            # inputs), no dev article nor training page; kept: the sign-off review counts it a major
            # defect
            fired("keypoints.named_but_points_back")
            if previous.order not in taken:
                return _after_named_previous(analysis, unit, previous) or named
        elif named is not None:
            fired("keypoints.name_for_pronoun")
            return named
    if word in DROPPABLE_CONNECTIVES and inner:
        named = _named_after_connective(analysis, unit)
        if named is not None:
            fired("keypoints.connective_and_pronoun")
            return named
    if word in ("it", "they") and previous is not None:
        named = _name_for_it(analysis, unit, previous)
        if named is not None:
            fired("keypoints.name_for_it")
            return named
    if (
        previous is not None
        and previous.eligible
        and previous.order not in taken
        and previous.sentence.paragraph in (unit.sentence.paragraph, unit.sentence.paragraph - 1)
        and _stands(analysis, previous)
        and previous.words + unit.words <= MAX_JOINED_WORDS
        and previous.quote_share < 0.5
        and previous.words >= MIN_JOINED_WORDS
        and not _READER.search(previous.text)
        and not cut_start(previous.text)
    ):
        fired("keypoints.join_previous")
        return KeyPoint(
            text=f"{previous.text} {unit.text}", spans=[(previous.start, previous.end), (unit.start, unit.end)]
        )
    if word in DROPPABLE_CONNECTIVES and (previous is None or previous.order not in taken):
        # (a sentence before that is itself a key point takes this one after it instead)
        bare = without_connective(analysis, unit)
        if bare is not None:
            fired("keypoints.connective_dropped")
            return bare
    fired("keypoints.kept_leaning")
    return None


def _stands(analysis: "Analysis", unit: "Unit") -> bool:
    """``unit`` opens on nothing that needs the sentence before it (nor on "The" and a noun for
    what came before: :func:`.described.refers_to_thing_before`); an "It" that stands for a
    clause after it ("It's hard to believe that ...") needs nothing."""
    word = leans_back(unit.text)
    if word is None:
        # "The van was found in Selm." before "The van was burnt out.", "The duo saw ...": it
        # needs a referent itself (asked of the sentence before: no firing of those rules)
        with unrecorded():
            return not (
                refers_to_thing_before(analysis, unit)
                or group_back(unit.text)
                or shell_back(unit.text)
                or describes_someone_before(analysis, unit)
            )
    return word == "it" and anticipatory_it(analysis, unit)


def _named_after_connective(analysis: "Analysis", unit: "Unit") -> KeyPoint | None:
    """'But she added, “...”' -> 'Ana Ruiz added, “...”': a connective on the main verb goes
    (see :func:`without_connective`) and the "he"/"she" after it gets its name, when the article
    says who it is (:func:`_name_for_pronoun`). Not in a long extract (``inner``: its sentences
    are scored as written). Fires on 1 PolNeAR dev article and 1 of the 111 training pages; kept:
    the named point is :func:`_name_for_pronoun`'s, and a reviewer counts "But she added" alone
    a major defect."""
    following = _after_connective(analysis, unit)
    if following is None or following.lower_ not in ("he", "she"):
        return None
    rest = replace(unit, start=following.idx, text=analysis.text[following.idx : unit.end])
    return _name_for_pronoun(analysis, rest)


def _after_named_previous(analysis: "Analysis", unit: "Unit", previous: "Unit") -> KeyPoint | None:
    """``previous`` and ``unit`` as one point, the "he"/"she" that opens ``previous`` named ("He
    found a cell, and it was covered in dust. He said it looked like a loom." -> "Ana Ruiz found
    a cell, ... He said it looked like a loom."), when the two are of one paragraph, not too long
    together, and ``previous`` needs nothing else before it."""
    if (
        not previous.eligible
        or previous.sentence.paragraph != unit.sentence.paragraph
        or previous.words + unit.words > MAX_JOINED_WORDS
        or previous.quote_share >= 0.5
        or pointing.points_back(analysis, previous)
    ):
        return None
    word = leans_back(previous.text)
    host = _name_for_pronoun(analysis, previous) if word in ("he", "she") else None
    if word is not None and host is None:
        return None
    host = host or KeyPoint(text=previous.text, spans=[(previous.start, previous.end)])
    return KeyPoint(text=f"{host.text} {unit.text}", spans=[*host.spans, (unit.start, unit.end)])


def _after_connective(analysis: "Analysis", unit: "Unit") -> "Token | None":
    """The first word after the connective ``unit`` opens on, when that connective hangs on the
    sentence's main verb ("But, the mill ...": "the"); else None."""
    span = analysis.span(unit.start, unit.end)
    if span is None:
        return None
    first = next((t for t in span if not t.is_punct), None)
    if first is None or first.dep_ not in ("cc", "advmod", "mark") or first.head.i != span.root.i:
        return None
    return next((t for t in span if t.i > first.i and not t.is_punct and not t.is_space), None)


def without_connective(analysis: "Analysis", unit: "Unit") -> KeyPoint | None:
    """'But, the mill stayed shut.' -> 'The mill stayed shut.': a connective on the sentence's
    main verb (not "So far", "Yet another") goes, when what is left leans on nothing else."""
    following = _after_connective(analysis, unit)
    if following is None:
        return None
    rest = analysis.text[following.idx : unit.end]
    if leans_back(rest) is not None or len(rest.split()) < 4:
        return None
    return KeyPoint(text=rest[:1].upper() + rest[1:], spans=[(following.idx, unit.end)])


def _inner_reference(analysis: "Analysis", unit: "Unit") -> str | None:
    """'Amid the protests, his company sold the mill.', 'By then, these cells had ...',
    'Together, they closed the yard.', 'Amid all this, the mill stayed shut.': after an opening
    phrase, the main clause's subject is "he"/"she"/"they" or holds a "his"/"her"/"this"/"these",
    or the opening phrase itself points back with a bare "this"/"that" (a pronoun or
    demonstrative opening the sentence is :func:`leans_back`'s). Outside quotation marks; not a
    time ("this week"); not when someone is named or described before it in the sentence
    ("Ward said his ...", "A chess player was banned after he ..."): the pronoun can be theirs.

    Fires on 6 dev articles (4 PolNeAR, 2 CoNLL, at the default five points) and on 15 of the
    111 training pages; not on CNN/DailyMail's top three once the referent check clears the
    ones told of someone the sentence names, nor in BBC's long extract (not asked there)."""
    span = analysis.span(unit.start, unit.end)
    if span is None:
        return None
    root = span.root
    # the main verb and its auxiliaries ("stayed shut": the parser may hang the subject on either)
    verb = {root.i} | {c.i for c in root.children if c.dep_ in ("aux", "auxpass")}
    subject = next((t for t in span if t.dep_ in ("nsubj", "nsubjpass") and t.head.i in verb), None)
    if subject is None or root.lemma_.lower() in PERSON_SPEECH_VERBS:
        return None  # "The river rose, he said.": _name_for_speaker's
    quoted = _quoted_offsets(analysis, unit.start, unit.end)
    for t in span:
        if quoted(t.idx):
            continue
        if t.i > subject.right_edge.i:
            return None  # past the subject: what follows is told of it
        if (
            t.ent_type_ == "PERSON"
            or (t.pos_ == "PROPN" and t.dep_ in ("nsubj", "nsubjpass", "poss"))
            or (t.pos_ == "NOUN" and t.dep_ in ("nsubj", "nsubjpass") and t.i != subject.i)
        ):
            fired("keypoints.referent_in_sentence")
            return None
        if t.idx == unit.start:
            continue
        in_subject = subject.left_edge.i <= t.i <= subject.right_edge.i
        if in_subject and t.pos_ == "PRON" and t.lower_ in _INNER_PRONOUNS and t.dep_ in _SUBJECT_OR_OWNER:
            fired("keypoints.inner_reference")
            return t.lower_
        if in_subject and t.lower_ in ("this", "these") and t.dep_ == "det" and t.head.lemma_.lower() not in TIME_NOUNS:
            fired("keypoints.inner_reference")
            return t.lower_
        if (
            not in_subject
            and t.lower_ in ("this", "that", "these", "those")
            and t.dep_ == "pobj"
            and t.pos_ == "PRON"
            and t.head.head.i in verb
        ):
            fired("keypoints.inner_reference")
            return t.lower_
    return None


def _name_for_pronoun(analysis: "Analysis", unit: "Unit") -> KeyPoint | None:
    """'He resigned.' -> 'Tom Ward resigned.': the person the pronoun most likely stands for."""
    span = analysis.span(unit.start, unit.end)
    first = next((t for t in span if not t.is_punct), None) if span is not None else None
    if first is None or first.dep_ not in ("nsubj", "nsubjpass") or first.idx != unit.start:
        return None
    name = _person_for(analysis, unit, first.lower_, known=True)
    if name is None:
        return None
    start, end = name
    rest = unit.start + len(first.text)
    return KeyPoint(text=analysis.text[start:end] + analysis.text[rest : unit.end], spans=[name, (rest, unit.end)])


def _name_for_speaker(analysis: "Analysis", unit: "Unit") -> KeyPoint | None:
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
    name = _person_for(analysis, unit, pronoun.lower_, known=True)
    if name is None:
        return None
    start, end = name
    return KeyPoint(
        text=analysis.text[unit.start : pronoun.idx]
        + analysis.text[start:end]
        + analysis.text[pronoun.idx + len(pronoun.text) : unit.end],
        spans=[(unit.start, pronoun.idx), name, (pronoun.idx + len(pronoun.text), unit.end)],
    )


def _person_for(analysis: "Analysis", unit: "Unit", pronoun: str, known: bool = False) -> tuple[int, int] | None:
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
    quoted = _quoted_offsets(analysis, unit.start - _PRONOUN_REACH, unit.start)
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
        candidates += [(_is_subject(analysis, m), m.start, e, m) for m in near]
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


def _name_for_it(analysis: "Analysis", unit: "Unit", previous: "Unit") -> KeyPoint | None:
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
    here = analysis.sentence_at(at)
    if here is None or here.index == 0 or depth > _CHAIN_DEPTH:
        return None
    prev = analysis.sentences[here.index - 1]
    span = analysis.span(prev.start, prev.end)
    if span is None or prev.paragraph < here.paragraph - 1:
        return None
    quoted = _quoted_offsets(analysis, prev.start, prev.end)
    people = [
        e
        for e in entity_model(analysis).people
        if any(prev.start <= m.start < prev.end and not quoted(m.start) for m in e.mentions)
    ]
    subjects = [c for c in span.root.children if c.dep_ in ("nsubj", "nsubjpass") and not quoted(c.idx)]
    if subjects:
        head = subjects[0]
        named = [e for e in people if any(m.start <= head.idx < m.end for m in e.mentions)]
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


#: The forms of a pronoun that carry its referent through a sentence.
_PRONOUN_FORMS = {"he": frozenset({"he", "his", "him", "himself"}), "she": frozenset({"she", "her", "hers", "herself"})}


def _is_subject(analysis: "Analysis", mention: "Mention") -> bool:
    span = analysis.span(mention.start, mention.end)
    return span is not None and span.root.dep_ in ("nsubj", "nsubjpass")


def _quoted_offsets(analysis: "Analysis", start: int, end: int):
    """A test for offsets of ``text[start:end]`` that lie inside quotation marks."""
    start = max(0, start)
    inside = quoted_ranges(analysis.text[start:end], start)
    return lambda offset: any(a <= offset < b for a, b in inside)
