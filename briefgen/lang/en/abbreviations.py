"""Abbreviations whose full stop does not end a sentence ("Mr.", "Sen.", "Corp.", "Sept.").

Lower case, without the full stop; a word of one letter ("J.") and a word with a full stop
inside ("U.S.") are abbreviations too, without a list.
"""

from __future__ import annotations

__all__ = ["SENTENCE_ABBREVIATIONS"]

SENTENCE_ABBREVIATIONS: frozenset[str] = frozenset(
    """
    mr mrs ms dr sen rep gov gen lt col sgt capt
    jr sr st prof rev mt ft no vs v inc corp
    co ltd u.s u.n del amb supt det atty cmdr hon fr
    sens reps adm maj pres jan feb mar apr aug sept sep
    oct nov dec
    """.split()
)
