"""Whether "he" or "she" can stand for a person of the article, from the article's own words.

:func:`person_gender` reads, strongest first: a form of address before one of the person's
mentions ("Ms Okafor", "Mr. Vance"), the given name (the census list of
:mod:`briefgen.lang.en.given_names`), and then a "his" or "her" the person owns as the subject of
a clause, outside quotation marks ("Dee Okafor is leaving her post", the subject's own
apposition skipped: "Okafor, an aide to Tom Vance, is leaving her post"). None when nothing
tells.

Read by the key points' pronoun naming (:mod:`..keypoints.pronoun_names`) and, as the prior the
article's next "he"/"she" after a mention is weighed against, by the quote speakers
(:meth:`..quotes.context.PersonMentions._genders`). The possessive is read for 25 dev articles
(11 CNN/DailyMail, 1 BBC, 6 PolNeAR, 7 CoNLL); a quotation stops it ("Tom Reyes said: “Her knee
...”" says nothing of him), and a given name outweighs it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...lang.en.given_names import given_name_gender
from ...lang.en.titles import honorific_sex
from ...trace import fired

if TYPE_CHECKING:
    from ..types import Entity, Mention

__all__ = ["person_gender"]

#: Words after the subject's verb read for its possessive ("... is leaving her post").
_REACH = 8
_POSSESSIVES = {"his": "m", "her": "f"}


def person_gender(entity: "Entity") -> str | None:
    """ "m", "f" or None for a person of the article (see the module's doc)."""
    for m in entity.mentions:
        before = m.span.doc[m.span.start - 1] if m.span.start > 0 else None
        sex = honorific_sex(before.text) if before is not None else None
        if sex is not None:
            return sex
    named = given_name_gender(entity.name)
    if named is not None:
        return named
    owned = {g for m in entity.mentions if (g := _owned_possessive(m)) is not None}
    if len(owned) == 1:
        fired("entities.gender_by_possessive")
        return owned.pop()
    return None


def _owned_possessive(m: "Mention") -> str | None:
    """The gender of the first "his"/"her" after the verb the mention is the subject of, before
    any other person's name outside the subject's own phrase."""
    root = m.span.root
    if root.dep_ not in ("nsubj", "nsubjpass") or root.head.pos_ not in ("VERB", "AUX"):
        return None
    verb = root.head
    own = {t.i for t in root.subtree}
    for t in verb.subtree:
        if t.i in own or t.i < verb.i:
            continue
        if t.i > verb.i + _REACH:
            break
        if t.ent_type_ == "PERSON" or t.is_quote:
            return None  # another person before the pronoun, or a quotation: it may be theirs
        if t.lower_ in _POSSESSIVES and t.dep_ == "poss":
            return _POSSESSIVES[t.lower_]
    return None
