"""A name the article writes once with a letter missing: a slip of the writer's, not one more entity.

"Dr. Ilse Halloran led the study ... Halloran said ... The work of Okafor and Haloran's lab
showed ...": "Haloran" is Halloran, written once without one of its letters; "its Skyrunner rocket ... said that
Skyruner will fly": "Skyruner" is the rocket, named right. The model would list each as one
more actor (of a kind guessed from one mention), and a reader sees a junk name.

:func:`drop_misspellings` finds them: a one-word name of at least MIN_LETTERS letters, written
once in the text, that is a capitalised word the text writes at least twice with one letter
inside it left out (never the first or last letter: "Marin" of "Marine", "Steven" of "Stevens"
are other names). When an entity has that word as a name or a surname, the misspelt name is
no entity of its own and goes; its one mention is not counted for that entity (which the model
may have typed wrong itself: a rocket's name taken for a person).

Coverage: 1 CNN/DailyMail and 1 BBC dev article (a rugby player's surname, a company's), 2 of
the 60 real pages, both inputs (a scientist's surname listed as an organisation, a rocket's
name as a place: blockers of a blind sign-off review); no PolNeAR or CoNLL article. A name
written once that no entity owns stays as it is: no dev article nor page has one.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from ...trace import fired

if TYPE_CHECKING:
    from ..types import Entity

__all__ = ["drop_misspellings", "misspelt_of"]

#: The fewest letters of a name read as a misspelling ("Maine" is no slip of "Marine").
MIN_LETTERS = 6
#: A capitalised word of the text, with a hyphen or an apostrophe and a capital inside it
#: ("Ruiz-Toledo", "O'Hara"), not a possessive's ("Halloran's" is "Halloran").
_WORD = re.compile(r"(?<![\w’'])[A-Z]\w*(?:[-'’][A-Z]\w*)*")


def misspelt_of(name: str, counts: Counter[str]) -> str | None:
    """The word of ``counts`` (capitalised words of the text and how often each is written) that
    ``name`` misspells: written at least twice, ``name`` once, and ``name`` is it with one inner
    letter left out; None when there is none or more than one."""
    if " " in name or len(name) < MIN_LETTERS or counts.get(name, 0) != 1 or not name.isalpha():
        return None
    found = {
        word
        for word, n in counts.items()
        if n >= 2
        and len(word) == len(name) + 1
        and word[0] == name[0]
        and word[-1] == name[-1]
        and any(word[:k] + word[k + 1 :] == name for k in range(1, len(word) - 1))
    }
    return found.pop() if len(found) == 1 else None


def drop_misspellings(entities: list["Entity"], text: str) -> list["Entity"]:
    """``entities`` without the ones whose only name is a misspelling (:func:`misspelt_of`) of a
    name, an alias or a person's surname of another entity, which stands for it. The entities
    that stay keep their order."""
    counts = Counter(_WORD.findall(text))
    out: list["Entity"] = []
    for e in entities:
        word = misspelt_of(e.name, counts) if len(e.mentions) == 1 and not e.aliases else None
        if word is None:
            out.append(e)
            continue
        owner = next((o for o in entities if o is not e and _has_word(o, word)), None)
        if owner is None:
            out.append(e)
            continue
        # the slip goes; its mention is not added to the owner's: a rocket's name the model took
        # for a person would count one mention more and be listed (a blind review's blocker)
        fired("entities.misspelt_name_dropped")
    return out


def _has_word(e: "Entity", word: str) -> bool:
    """``word`` is a form of ``e``, or the last word of a person's form (a surname)."""
    return any(f == word or (e.kind == "person" and f.split()[-1] == word) for f in e.forms)
