"""Elegant variation: a speaker the reporting clause gives as a description of one person by
what they do ("the harbour chief", "the 52-year-old"), which the writer uses to avoid repeating
the name of the person just quoted. When the entity model could not say whom it describes, the
named speaker of the quote before is the speaker (``“A,” Ana Ruiz said. “B,” added the harbour
chief.``). Else, for a description of one person by any noun of a person or an age ("the
52-year-old", "the businessman"), the person the writer named just before it
(:func:`_person_just_named`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...lang.en.roles import PERSON_STANDING_NOUNS
from ...lang.en.speech import GROUP_SPEAKER_NOUNS, SPEAKER_NOUNS, SPEECH_VERBS, is_speaker_word
from ...trace import fired
from ..entities.descriptions import BODY_HEADS
from .sentence_reading import main_subject, sentence_end_after

if TYPE_CHECKING:
    from ..types import QuoteSpan
    from .clauses import ClauseReader

__all__ = ["same_person_described"]

#: Heads of descriptions that name someone other than the person just quoted: anonymous voices,
#: relatives (someone's father), and bodies of people.
_NOT_ELEGANT_VARIATION = frozenset(
    """source official spokesman spokeswoman spokesperson aide witness eyewitness insider person
    man woman boy girl father mother son daughter wife husband sister brother child family parent
    uncle aunt cousin grandson granddaughter grandparent widow widower sibling spouse fiance fiancee
    girlfriend boyfriend mum mom dad friend neighbour neighbor colleague relative victim patient
    suspect""".split()
)
_DESCRIPTION_END = re.compile(r"\s(?:of|for|at|from|to|with|in|on)\s")
#: Words before a description's last word that make that word a complement, not its head.
_COMPLEMENT_WORDS = frozenset("of for at from to with in on the a an".split())

#: How far back (characters) the named speaker of a quote may be for a description to be them.
_VARIATION_REACH = 600
#: How far back (characters) a description's noun, written before, introduced someone else.
_INTRODUCED_REACH = 2000


#: A parent described by the number of their children ("the 41-year-old mother of three", "the
#: father-of-two"): the person herself, not someone's mother as "the mother" alone may be.
_PARENT_OF_COUNT = re.compile(
    r"^the (?:[\w’'-]+ )*?((?:grand)?(?:mother|father|mum|mom|dad)[- ]of[- ]"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+))$",
    re.IGNORECASE,
)


def _head(description: str, person_only: bool = False) -> str | None:
    """The head noun of a definite description of one person by what they do, else None.
    ``person_only``: any noun of a person ("the businessman", "the boss"), not only the listed
    speaker nouns; never a body ("the wire service"). A parent by the count of their children
    gives the whole phrase ("mother of three")."""
    if not description.startswith("the "):
        return None
    parent = _PARENT_OF_COUNT.match(description) if person_only else None
    if parent is not None:
        return re.sub(r"[- ]+", " ", parent.group(1).lower())
    *_, before, last = ["", *description.lower().split()]
    # "the University of Kelmsby professor": an "of" inside a name that modifies the head, not a
    # complement after it ("the chief of police", "the head of the nurses")
    whole = before not in _COMPLEMENT_WORDS and (
        last in SPEAKER_NOUNS or (person_only and (is_speaker_word(last) or last in PERSON_STANDING_NOUNS))
    )
    words = description.split() if whole else _DESCRIPTION_END.split(description, maxsplit=1)[0].split()
    head = words[-1].lower()
    if len(words) < 2 or head in _NOT_ELEGANT_VARIATION:
        return None
    if head.endswith("-old"):
        return head
    listed = head in SPEAKER_NOUNS or (person_only and (is_speaker_word(head) or head in PERSON_STANDING_NOUNS))
    if listed and not _body_or_plural(head):
        return head
    return None


def _body_or_plural(noun: str) -> bool:
    return noun in BODY_HEADS or noun in GROUP_SPEAKER_NOUNS or (noun.endswith("s") and not noun.endswith("ss"))


def same_person_described(att: "ClauseReader", spans: list["QuoteSpan"], out: list[str | None]) -> None:
    """Replace in ``out`` each elegant variation by the person it stands for (see the module)."""
    before = list(out)
    for k in range(len(spans)):
        who = out[k]
        if who is None:
            continue
        if _head(who) is not None and k:
            prev = out[k - 1]
            if before[k - 1] == who and prev != who:
                out[k] = prev  # the quote after it speaks on with the same description
                continue
            _last_speaker(att, spans, out, k)
        head = _head(who, person_only=True) if out[k] == who else None
        if head is not None:
            _person_just_named(att, spans[k], out, k, who, head)


def _person_just_named(
    att: "ClauseReader", quote: "QuoteSpan", out: list[str | None], k: int, who: str, head: str
) -> None:
    """``Ana Ruiz was named harbour chief on Monday. “...,” the 52-year-old said.``: the person the
    writer named last before the description, within its sentence and the two before it, when
    that person is the only one named there or the main subject of the sentence that names them
    ("Roe attacked Ruiz. “...,” the senator said." is left as it is: which of the two, the
    writer does not say). ``who``: the description, ``out[k]``; ``head``: its noun."""
    text, low = att.text, who.lower()
    lo, hi = max(0, quote.start - _VARIATION_REACH), min(len(text), quote.end + _VARIATION_REACH)
    found = [m.start() for m in re.finditer(re.escape(low), text[lo:hi].lower())]
    if not found:
        return
    at = lo + min(found, key=lambda p: abs(lo + p - quote.start))
    here = att.an.sentence_at(at)
    if here is None:
        return
    first = att.an.sentences[max(0, here.index - 2)].start
    named = [m for m in att.people.between(first, at) if m[1] in att.people.person_names]
    if not named or _someone_else_acts(att, first, at, named[-1][1]):
        return
    last = named[-1]
    entity = att.people.model.named(last[1])
    if entity is not None and entity.role and head in entity.role.lower().split():
        return  # "Tom Lee, the Republican nominee, ... the Democratic nominee": the role rule's call
    said_before = re.escape(head).replace(r"\ ", r"[- ]")
    if re.search(rf"\b{said_before}s?\b", text[max(0, at - _INTRODUCED_REACH) : at], re.IGNORECASE):
        return  # "One follower wrote ... “...,” the follower added": the one introduced before
    if _someone_new(att, last[0], at):
        return
    if len({m[1] for m in named}) == 1 or last[2]:
        # coverage: 2 PolNeAR dev articles (one by a parent's count of children, "the mother of
        # three"; that phrase stands in 3 CNN/DM articles too, not as a speaker) and 1 of the 60
        # real pages (two quotes), none of the other sets; kept though rare: the sign-off review counts a description as the speaker,
        # where the article names the person, a major defect, and the guards above leave the
        # description wherever someone else is named, acts or is brought in before it
        fired("speakers.description_of_person_just_named")
        out[k] = last[1]


#: Determiners that bring a new person into the story ("one admirer", "a fan", "another reader").
_INDEFINITE = frozenset({"a", "an", "one", "another", "some", "any"})


def _someone_new(att: "ClauseReader", start: int, end: int) -> bool:
    """Between ``start`` and ``end`` the writer brings in a person not named: an indefinite noun
    of a person ("another reader") or one who speaks ("one admirer wrote"), or "someone": the
    description may be them."""
    for t in att.an.span(start, end) or []:
        if t.lower_ in ("someone", "somebody"):
            return True
        if t.pos_ != "NOUN" or not any(c.dep_ in ("det", "nummod") and c.lower_ in _INDEFINITE for c in t.children):
            continue
        speaks = t.dep_ == "nsubj" and t.head.lemma_.lower() in SPEECH_VERBS  # "One admirer wrote"
        if speaks or is_speaker_word(t.lower_) or t.lemma_.lower() in _NOT_ELEGANT_VARIATION:
            return True
    return False


def _someone_else_acts(att: "ClauseReader", start: int, end: int, name: str) -> bool:
    """Someone else in ``[start, end)``, outside quotation marks: another person's surname, or a
    main-clause subject written as a name that is not ``name``'s (the tagger may not have taken
    it for a person)."""
    span = att.an.span(start, end)
    words = set(name.split())
    # the surnames of the article's other people, wherever the tagger put them ("Roe charges"
    # parsed as a noun phrase)
    others = {n.split()[-1] for n in att.people.person_names if n != name} - words
    for t in span or []:
        if att.in_quote(t.idx) or t.text in words:
            continue
        if t.text in others or (t.pos_ == "PROPN" and main_subject(t)):
            return True
    return False


def _last_speaker(att: "ClauseReader", spans: list["QuoteSpan"], out: list[str | None], k: int) -> None:
    """``“A,” Ana Ruiz told reporters. “B,” added the harbour chief.``: the named speaker of the
    quote before, with no one else named in between."""
    j = k - 1
    prev = out[j]
    if prev is None or prev not in att.people.full_names:
        return
    close, opening = spans[j].close_mark, spans[k].open_mark
    start = close if close is not None else spans[j].end
    end = opening if opening is not None else spans[k].start
    if not 0 <= end - start <= _VARIATION_REACH:
        return
    # the clause after quote k names its speaker: look a sentence past it for other people too
    after = sentence_end_after(att.text, spans[k].end, att.paragraphs[spans[k].paragraph][1])
    # a title the tagger took for a name ("the Conservative MP") is the description itself
    if any(m[1] != prev and m[1].lower() not in SPEAKER_NOUNS for m in att.people.between(start, after)):
        return
    # coverage: 4 dev articles (CNN/DM, BBC, PolNeAR)
    fired("speakers.description_of_last_speaker")
    out[k] = prev
