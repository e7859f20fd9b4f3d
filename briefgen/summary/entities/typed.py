"""Mentions with their kinds decided: the one place where the kind rules run, in this order.

1. :func:`mentions.collect_mentions`: spaCy's entities, cleaned; each mention's kind from its
   label, or from its name's own words (``hint``: "... Ltd", "... Province", a country).
2. :func:`kinds.fix_kinds`: lone common words dropped; a title of office before a name makes
   a person, an organisation noun ("firm Aquavita") an organisation.
3. :func:`kinds.vote_kinds`: one kind per name: its own words, else the majority of mentions.
4. :func:`kinds.locate_places`: a name after "in"/"near"... is a place in every mention.
5. :func:`kinds.link_surnames`: a surname of a person of the article is that person.
6. :func:`kinds.link_companies`: a company's name without its legal suffix is that company.
7. In team-sport reports, :func:`kinds.retag_sports_teams`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .kinds import (
    fix_kinds,
    is_sports_story,
    link_companies,
    link_surnames,
    locate_places,
    retag_sports_teams,
    split_pairs,
    vote_kinds,
)
from .mentions import collect_mentions

if TYPE_CHECKING:
    from ..text.analysis import Analysis
    from ..types import Mention

__all__ = ["typed_mentions"]


def typed_mentions(analysis: "Analysis") -> list["Mention"]:
    """Every mention of a person, organisation or place, in article order, its kind decided."""
    mentions = split_pairs(fix_kinds(collect_mentions(analysis), analysis.text))
    vote_kinds(mentions)
    locate_places(mentions)
    link_surnames(mentions)
    link_companies(mentions)
    if is_sports_story(analysis.text, analysis.title):
        retag_sports_teams(mentions, analysis.text)
    return mentions
