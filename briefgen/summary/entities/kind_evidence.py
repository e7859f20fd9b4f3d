"""The evidence of all the mentions of each name, collected before its kind is decided.

:func:`collect_evidence` reads every mention of a name (its text, case-folded) once: the hint
of its own words (:mod:`name_words`), an organisation noun in its phrase or the words after it,
its labels, and what its sentences say of it (a place context, a side of a match, an
organisation's context, a contract won, a description as a person, a "his"/"her" it owns).
:func:`.kinds.decide_kinds` decides each name's kind from the :class:`NameEvidence` it gives.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ...lang.en.gazetteer import canonical_country
from ...trace import fired
from .described import (
    club_by_next_word,
    described_as_person,
    employer_by_next_word,
    owns_personal_pronoun,
    place_by_next_words,
)
from .org_context import article_outlet, contract_holder, organisation_context, outlet_mention, which_not_who
from .evidence import (
    determined_by_the,
    organisation_noun,
    title_before,
)
from .name_words import brand_word, ends_in_surname
from .place_context import place_context
from .sides import plays_as_side, plural_group

if TYPE_CHECKING:
    from ..types import Mention

__all__ = ["NameEvidence", "collect_evidence"]

_KIND_ORDER = ("person", "organization", "place")

#: The kind each label of the model stands for.
_LABEL_KINDS = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place", "FAC": "place"}


@dataclass
class NameEvidence:
    """The evidence of all the mentions of one name."""

    text: str
    hint: str | None = None
    labels: Counter[str] = field(default_factory=Counter)
    located: bool = False
    side: bool = False
    plural: bool = False
    labelled_person: bool = False
    given_only: bool = False
    described_person: bool = False
    owns_pronoun: bool = False  # a mention is the subject of a clause that speaks of "his"/"her"
    org_context: str | None = None  # the rule of a mention that stands where only an organisation stands
    contractor: bool = False  # some mention wins a contract or is awarded one
    article_outlet: bool = False  # some mention names the outlet an article ran in ...
    only_outlet: bool = True  # ... and every mention stands where a source stands
    determined: bool = False
    bare: bool = False  # some mention is not opened by "the"
    model_labels: Counter[str] = field(default_factory=Counter)
    mentions: list["Mention"] = field(default_factory=list)

    def base(self) -> str:
        """The kind from its own words, else the majority of its labels (steps 1 and 6)."""
        if self.hint:
            return self.hint
        best = max(self.labels.values())
        if len(self.labels) > 1:
            fired("entities.vote")
        return next(k for k in _KIND_ORDER if self.labels.get(k) == best)


def collect_evidence(mentions: list["Mention"]) -> dict[str, NameEvidence]:
    names: dict[str, NameEvidence] = {}
    for m in mentions:
        n = names.setdefault(m.text.casefold(), NameEvidence(m.text))
        hint = m.hint
        if hint == "person" and m.label != "PERSON":
            n.given_only = True
        n.determined |= determined_by_the(m)
        n.bare |= not determined_by_the(m)
        if hint == "place" and title_before(m) and not canonical_country(m.text):
            # A title of office before the name outweighs a place word at its end: "Senator Ana
            # Park" is a person whose surname is a place word. Fires on no article of the
            # harness's sets (such surnames after a title are rare), kept because the alternative
            # is a person turned into a place, which loses the speaker of every later "she said".
            fired("entities.title_over_place_word")
            hint = "person"
        if hint is None and m.label != "DATELINE" and brand_word(m.text):
            # "StarGrid", "OrbitX": a coined brand the model took for a person or a place, or that
            # a noun of trade before it ("investor StarGrid") would make one.
            # coverage: 2 dev articles; kept: real pages name startups this way, and a company
            # tagged a person was a junk actor of issue 13
            fired("entities.brand_word")
            hint = "organization"
        if hint is None and m.label != "DATELINE" and club_by_next_word(m.span):
            # "Kelmsby striker Ana Ruiz", "the Dunmore coach": a club named after its town
            # coverage: 9 CNN/DM, 5 CoNLL, 4 BBC articles, 1 training page
            fired("entities.club_before_player")
            hint = "organization"
        if hint is None and m.label in ("GPE", "LOC") and employer_by_next_word(m.span):
            # "Norvest analyst Ana Soto": a bank the model took for a place. Coverage: 1 of the
            # 60 real pages (both inputs; a blind review's major, the brief's only one), no dev
            # article (their employers are tagged organisations); kept: a closed class of nouns
            # of a firm's staff, and no unknown place has analysts of its own
            fired("entities.employer_before_staff")
            hint = "organization"
        if hint is None and organisation_noun(m):
            fired("entities.org_noun")
            hint = "organization"
        if hint is None and (place_rule := place_by_next_words(m)):
            # "Lusk Vale residents", "Kelmsby Mayor Ann Roe": a place, whatever the model's label
            # coverage: residents 3 training pages, 3 CNN/DM, 1 PolNeAR article; the title 1 training
            # page, 1 CNN/DM article, kept: a place's head of government is named so, a firm's is not
            fired(place_rule)
            hint = "place"
        if hint and not n.hint:
            n.hint = hint
        if m.kind != "person" and not m.hint and title_before(m):
            fired("entities.title_before")
            n.labels["person"] += 1
        else:
            n.labels[m.kind] += 1
        n.labelled_person |= m.label == "PERSON"
        n.described_person |= described_as_person(m)
        n.owns_pronoun |= owns_personal_pronoun(m)
        if not n.org_context and organisation_context(m):
            n.org_context = "entities.organisation_context"
        if not n.org_context and which_not_who(m):
            n.org_context = "entities.which_not_who"
        n.contractor |= contract_holder(m)
        n.article_outlet |= article_outlet(m)
        n.only_outlet &= outlet_mention(m)
        n.side |= m.label != "DATELINE" and plays_as_side(m)
        n.plural |= " " not in m.text and plural_group(m.span)
        if m.label == "DATELINE" or (not hint and place_context(m)):
            n.located = True
        n.model_labels[_LABEL_KINDS.get(m.label, m.kind)] += 1
        n.mentions.append(m)
    for n in names.values():
        if (
            n.hint == "person"
            and n.given_only
            and n.determined
            and not n.labelled_person
            and not ends_in_surname(n.text)
        ):
            # "the northern Corrie Vale": a name under "the" that the model never calls a person
            # is no person's, whatever given name opens it (a range, a region, a group); unless
            # it ends in a surname that is no English word ("the top-ranked Ana Marquez", "the
            # late Ben Pritchard": "the" opens a person's description). The guard spares 1 name
            # of the 111 training pages (an MP, a person by his other mentions too) and no dev
            # article's; kept: a closed test of the name's own words, and a player under "the
            # top-ranked" shown as an organisation is a blocker of the sign-off review
            fired("entities.the_before_given_name")
            n.hint = None
            n.labels = n.model_labels
            n.located |= any(place_context(m) for m in n.mentions)
    return names
