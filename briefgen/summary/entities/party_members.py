"""A party's members named as a body: "the Democrats", "the Tories".

The plural a party's members go by (:data:`~briefgen.lang.en.gazetteer.PARTY_OF_MEMBERS`) names
the party as an actor of the story ("Democrats on the committee voted against", "the Tories
lead in the polls"); the model labels it a group of people (NORP) as it does "Norlanders", so
its kind comes from the words (:func:`.name_words.name_hint`). Here it joins the party's own
name when the article writes that too ("the Conservative Party"), so that one party is one
actor; a group named after a place or a chamber ("Senate Republicans") stays itself.

Coverage (``entities.party_members``): 3 PolNeAR and 2 BBC dev articles (the party's name, or
the Tories beside the Conservatives), 1 of the 60 real pages and 2 training pages (both inputs);
no CoNLL article. Kept under three per corpus: without it one party is two or three actors. With
the nickname "the GOP" joining the Republican Party or its members' plural, the harness counts
9 PolNeAR articles (3 before); it changes 8 PolNeAR default briefs and 1 training page (both inputs).
"""

from __future__ import annotations

from ...lang.en.gazetteer import PARTY_NICKNAMES, PARTY_OF_MEMBERS
from ...trace import fired
from ..types import Entity

__all__ = ["merge_party_members"]


def merge_party_members(groups: dict[tuple[str, str], Entity]) -> None:
    """ "the Democrats" into "the Democratic Party" when the article names the party so (by its
    bare name: a "Scottish Conservative Party" is another body), and "the Tories" with "the
    Conservatives" when it does not: one party, one actor. A party's nickname ("the GOP",
    :data:`PARTY_NICKNAMES`) joins the party the same way."""
    for k in [k for k in groups if k[0] == "organization"]:
        words = _party_words(groups[k]) if k in groups else set()
        if not words:
            continue
        names = {f"{w} party".casefold() for w in words}
        party = [c for c in groups if c[0] == "organization" and c != k and c[1].removeprefix("the ") in names]
        if not party:  # the party not named: its members' other plural ("the Tories", "the Conservatives")
            party = [c for c in groups if c[0] == "organization" and c != k and words & _party_words(groups[c])]
        if len(party) == 1:
            fired("entities.party_members")
            groups[party[0]].mentions.extend(groups.pop(k).mentions)


def _party_words(entity: Entity) -> set[str]:
    """The words of the party whose members' plural or whose nickname ("the GOP") the entity's first
    mention is, else none."""
    name = entity.mentions[0].text.strip().removeprefix("the ")
    return set(PARTY_OF_MEMBERS.get(name, PARTY_NICKNAMES.get(name, ())))
