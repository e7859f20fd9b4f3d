"""A person's role from the description the next sentence calls them by: elegant variation.

News names a person, then calls them by what they are rather than repeat the name:

    Ana Roe told the council the port would have to close. Speaking in the chamber, the Liberal MP
    said: "..."

When the article gives Ana Roe no role of its own (no title before the name, no apposition),
"Liberal MP" is the role the writer gave her. The reading is made only where it cannot be
someone else's:

- the description is "the", at most three modifiers and a noun of a person's office or trade
  ("the prime minister", "the Liberal MP", "the singer") or a nationality ("The Belgian"),
  without a clause of its own ("the candidate who won": a restriction, not a reference), and
  it is the subject of its sentence's main clause;
- the person is the subject of the main clause that names them, in the sentence before or
  earlier in the same one, and is the only person named there, inside quotation marks too
  ("... Bo Lusk has the experience," Roe said. The former senator ...: Lusk may be meant);
- the noun is not written in those words before it ("Roe met the senator. The senator said"),
  nor a relation to someone else ("the father", "the client", "the victim": another party);
- the entity model does not resolve the description to someone else
  (:func:`.descriptions.find_referent`).

The role is the description without its "the", verbatim. Coverage: 1 CNN/DailyMail and 2 BBC
dev articles and 4 training pages gain a role (an actor, a prime minister, a tennis player by
nationality, a singer, a chief medical officer, an MP, a prince; the singer's two quotes, given
to "the singer", now go to her name); no real page; all read by hand and right. People with a
role already are not changed; among them the reading would have been wrong 3 times of 19 (a
description of someone the writer had named only inside a quote, a client, a campaign), which
the conditions above now exclude. Kept on 2 corpora and 7 articles: a central person shown
without the role the article gives was a major of the sign-off review.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...lang.en.gazetteer import is_nationality
from ...lang.en.roles import OFFICE_ACRONYMS, OTHER_PARTY_NOUNS, PERSON_STANDING_NOUNS, RELATION_NOUNS, ROLE_NOUNS
from ...lang.en.speech import GROUP_SPEAKER_NOUNS, SPEECH_VERBS, is_speaker_word
from ...lang.en.titles import is_title
from ...trace import fired
from .descriptions import BODY_HEADS, COUNTRY_HEADS, TOWN_HEADS, find_referent, in_quotation

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..text.analysis import Analysis
    from ..types import Entity

__all__ = ["roles_by_variation"]

#: Words between "the" and the noun ("the former Liberal MP": two).
_MAX_MODIFIERS = 3
#: Nouns of a place or a body that nameparser lists as titles ("District Attorney").
_NOT_PERSON_HEADS = BODY_HEADS | TOWN_HEADS | COUNTRY_HEADS | frozenset({"district", "county"})


def roles_by_variation(analysis: "Analysis", people: list["Entity"]) -> dict[int, str]:
    """``id(person)`` -> the role the first elegant variation after their name gives them, for
    the people of ``people`` who have no role (see the module)."""
    found: dict[int, str] = {}
    if not any(p.role is None for p in people):
        return found
    text = analysis.text
    for i, sentence in enumerate(analysis.sentences):
        if i == 0:
            continue
        span = analysis.span(sentence.start, sentence.end)
        if span is None:
            continue
        for det in span:
            head = _description_head(det)
            if head is None or in_quotation(text, det.idx):
                continue
            since = analysis.sentences[i - 1].start
            person = _only_person_before(analysis, people, since, det.idx)
            if person is None or person.role is not None or id(person) in found:
                continue
            words = text[det.idx : head.idx + len(head.text)]
            if re.search(rf"(?<!\w){re.escape(head.text)}(?!\w)", text[since : det.idx], re.IGNORECASE):
                continue  # "Roe met the senator. The senator said ...": the noun was someone else
            referent = find_referent(words, det.idx, [p for p in people if p.role], text)
            if referent is not None and referent is not person:
                continue
            fired("roles.elegant_variation")
            found[id(person)] = words.split(None, 1)[1]
    return found


def _description_head(det: "Token") -> "Token | None":
    """The noun of "the [modifiers] noun" opened by ``det``, when it names one person by office,
    trade or nationality and is the subject of its sentence's main clause; else None."""
    if det.lower_ != "the" or det.dep_ != "det":
        return None
    head = det.head
    if head.dep_ != "nsubj" or not 0 < head.i - det.i <= _MAX_MODIFIERS + 1 or head.tag_ in {"NNS", "NNPS"}:
        return None
    if any(w.dep_ not in {"amod", "compound", "nmod"} for w in det.doc[det.i + 1 : head.i]):
        return None
    if any(c.dep_ in {"relcl", "acl"} for c in head.children) or not _main_clause(head.head):
        return None
    verb = head.head
    if verb.lemma_.lower() in SPEECH_VERBS and any(c.dep_ == "xcomp" for c in verb.children):
        return None  # "the guard threatens to ...": a verb of saying that says no words
    return head if _person_noun(head) else None


def _person_noun(head: "Token") -> bool:
    """A noun that names one person by what they are: an office, a trade, a nationality."""
    low = head.text.rstrip(".").lower()
    if low in RELATION_NOUNS or low in OTHER_PARTY_NOUNS or low in _NOT_PERSON_HEADS or low in GROUP_SPEAKER_NOUNS:
        return False
    if head.text.isupper():
        return low in OFFICE_ACRONYMS  # "the Liberal MP", "The CMO"
    if head.text[:1].isupper():
        return is_nationality(head.text) or is_title(low)  # "The Belgian", "The Prime Minister"
    return is_speaker_word(low) or low in PERSON_STANDING_NOUNS or low in ROLE_NOUNS or is_title(low)


def _main_clause(verb: "Token") -> bool:
    """``verb`` is its sentence's root, or joined to it by "and"."""
    while verb.dep_ == "conj":
        verb = verb.head
    return verb.dep_ == "ROOT"


def _only_person_before(analysis: "Analysis", people: list["Entity"], start: int, end: int) -> "Entity | None":
    """The one person named in ``[start, end)`` (inside quotation marks too), when it is named
    there last as the subject of a main clause outside quotation marks; else None."""
    named = [(m, p) for p in people for m in p.mentions if start <= m.start < end and m.span.doc is analysis.doc]
    if len({id(p) for _, p in named}) != 1:
        return None
    mention, person = max(named, key=lambda pair: pair[0].start)
    if in_quotation(analysis.text, mention.start):
        return None
    root = mention.span.root
    if root.dep_ not in {"nsubj", "nsubjpass"} or not _main_clause(root.head):
        return None
    return person
