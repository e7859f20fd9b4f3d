"""Whether a text names an actor of a brief: shared by the engine (which actors the bottom line
names come first) and the renderers (which actors have standing to be shown)."""

from __future__ import annotations

import re

from .model import Actor

__all__ = ["named_as_actor_in"]

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
