"""Whether a text names an actor of a brief: shared by the engine (which actors the bottom line
names come first) and the renderers (which actors have standing to be shown)."""

from __future__ import annotations

import re

from .lang.en.gazetteer import NEWS_AGENCIES, ORG_LAST_WORDS, ORG_NAMES
from .lang.en.given_names import is_given_name
from .model import Actor

__all__ = ["named_as_actor_in", "reads_as_a_name"]

_INITIAL = re.compile(r"^(?:[A-Z]\.){1,3}$")

#: Prepositions after which a name is where something happened.
_PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "on", "from", "to", "between", "and", "outside", "into", "across"})


def named_as_actor_in(actor: Actor, text: str) -> bool:
    """The actor's name or an alias is written in ``text`` as whole words ("post-Tarvel" is no
    mention), and not right after a preposition of place ("a crash in Dunmore", "between Lusk Road
    and ..."): there it names where something happened, whatever kind the engine gave the name."""
    for form in (actor.name, *actor.aliases):
        if not form:
            continue
        for hit in re.finditer(r"(?<![\w-])" + re.escape(form) + r"(?![\w-])", text):
            before = text[: hit.start()].split()
            if not before or before[-1].lower() not in _PLACE_PREPOSITIONS:
                return True
    return False


def reads_as_a_name(actor: Actor) -> bool:
    """The name reads as a person's or an organisation's by its own words: two words or more
    opening with a common given name or an initial ("Ruth Okafor", "J. Roe"), or an organisation's own
    word or a known organisation ("Kelmsby Council", "Tarvel Ltd", "Reuters").

    What a brief shows when no actor has standing: on a recipe, a how-to or a settings page the
    engine's first few are words of headings ("Maple Syrup", "Defadvice"), on a short news item
    the people and bodies it names once."""
    words = actor.name.split()
    if actor.kind == "person":
        return len(words) > 1 and (is_given_name(words[0], common=True) or bool(_INITIAL.match(words[0])))
    if actor.kind == "organization":
        name = actor.name.casefold()
        return name in ORG_NAMES or name in NEWS_AGENCIES or (len(words) > 1 and words[-1] in ORG_LAST_WORDS)
    return False
