"""An opening "It" that stands for a clause later in its sentence, not for anything before it."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..text.analysis import Analysis
    from ..types import Unit

__all__ = ["anticipatory_it", "stands_for_a_clause"]

#: Verbs whose subject "it" may stand for a clause after them ("It is hard to ...").
_ANTICIPATING_VERBS = frozenset({"be", "take", "seem", "appear", "remain", "become", "cost"})


def anticipatory_it(analysis: "Analysis", unit: "Unit") -> bool:
    """The opening "It" stands for a clause later in the sentence, not for anything before it:
    "It is hard to find a plumber.", "It was unclear whether the mill would reopen.", "It
    takes a year for a pear tree to fruit." (the main verb is "be", "take", "seem" ... and has
    a clause of "to", "that", "whether" or "if" after it). Such a sentence stands alone: it is
    neither joined to the one before nor passed over. Fires on 1 PolNeAR and 1 BBC article and
    on 4 of the 111 training pages; the relative-clause reading of "for ... to" below on 1 of
    them (a lede the brief had lost, with its bottom line)."""
    span = analysis.span(unit.start, unit.end)
    first = next((t for t in span if not t.is_punct), None) if span is not None else None
    return first is not None and stands_for_a_clause(first)


def stands_for_a_clause(it: "Token") -> bool:
    """The subject "it" stands for a clause after its verb ("it is hard to ...", "it was clear
    that ..."), the test of :func:`anticipatory_it` for an "it" anywhere in the sentence ("In
    May, it was clear that ...")."""
    if it.lower_ != "it" or it.dep_ not in ("nsubj", "expl"):
        return False
    verb = it.head
    if verb.lemma_.lower() not in _ANTICIPATING_VERBS:
        return False
    for clause in verb.subtree:
        if clause.i <= verb.i or clause.dep_ not in ("xcomp", "ccomp", "advcl", "csubj"):
            continue
        if clause.head.i != verb.i and clause.head.dep_ not in ("acomp", "attr", "dobj", "npadvmod"):
            continue
        if any(c.dep_ in ("aux", "mark") and c.lower_ in ("to", "that", "whether", "if") for c in clause.children):
            return True
    # "It will be a hard task for the club to win away": the parser hangs "for the club to win" on
    # the noun as a relative clause; its "for ... to" says it is the clause the "It" stands for
    for clause in verb.subtree:
        if clause.dep_ in ("relcl", "acl") and clause.head.dep_ == "attr" and clause.head.head.i == verb.i:
            children = list(clause.children)
            to = any(c.dep_ == "aux" and c.lower_ == "to" for c in children)
            noun = clause.head  # "for" is the clause's mark, or a phrase of the noun before the clause
            for_ = any(c.dep_ == "mark" and c.lower_ == "for" for c in children) or any(
                c.dep_ == "prep" and c.lower_ == "for" and noun.i < c.i < clause.i for c in noun.children
            )
            if to and for_:
                return True
    # "It takes a year for a pear tree to fruit": the clause hangs on the "for" phrase
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" and c.i > verb.i):
        if any(
            t.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children) for t in prep.subtree
        ):
            return True
    return False
