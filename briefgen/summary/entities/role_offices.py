"""Roles an article gives with a verb of office and "as": "Ana Soto served as head of the
Kelmsby Institute", "Ben Lusk stepped down as chief executive", "the board appointed Ana Soto as
chair", "Ben Lusk will replace Jo Roe as coach".

A verb of office (:data:`.roles.OFFICE_VERBS`, data apart from this code) whose "as" phrase ends
in a role noun gives the person a role, read from the parse:

- the person holds or took the office (``hold`` verbs, and ``give`` or ``replace`` verbs with the
  person as what is given or who replaces): the "as" phrase alone, "head of the Kelmsby
  Institute", "chair", "coach";
- the person left it, or the verb says how the person holds it (``hold`` and ``leave`` verbs, the
  person their subject, the verb finite and right before "as"): the verb with it, "stepped down
  as chief executive", "was sacked as coach" -> "sacked as coach", "served as head of ...",
  which keep the tense the article gives;
- who is replaced ("replace Jo Roe as coach"), a verb of holding in the infinitive ("hopes to
  serve as mayor", "fit to serve as mayor": a wish, a doubt), a verb negated, a question: nothing.

A role is a verbatim slice of the article. Asked for only when no mention of the person gives a
role the surer ways (a title before the name, an apposition after it).

Coverage (roles checked by hand, each right): 1 of the 60 real pages (both inputs: a new coach
whose headline says whom he replaces), 1 CNN/DailyMail (a party's new leader, "confirmed as"),
1 BBC (a chief executive who stays on) and 1 PolNeAR article (a former ambassador); a training
page's first holder of an office and a poll's doubt whether a candidate could hold it are the
infinitives it now leaves out. Kept: the sign-off review counts a central person shown
without the role the article gives as a major defect, and the verbs are a closed class of English.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...lang.en.roles import LEAVING_PARTICLES, OFFICE_VERBS
from ...trace import fired
from .role_patterns import reads_as_a_name
from .role_shapes import ROLE_STOPS

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Span as SpacySpan, Token

__all__ = ["office_role"]

#: The most tokens of a role phrase after "as".
_MAX_TOKENS = 10
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
#: Words that may stand between a finite verb and its "as": a particle or an adverb ("stepped
#: down as", "served briefly as").
_BETWEEN = frozenset({"prt", "advmod"})


def _as_phrase(verb: "Token") -> "Token | None":
    """The object of ``verb``'s "as" phrase ("served as [director]"), or None."""
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > verb.i), None)
    if prep is None:
        return None
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def _phrase(head: "Token") -> "list[Token] | None":
    """The words of the role headed by ``head``: its subtree up to a comma, a dash, a clause or a
    date, without an article or a possessive pronoun before it ("the party's chair" -> "party's
    chair"; "Tarvel's chief" keeps its name); None when longer than a role."""
    kept: list[Token] = []
    for tok in head.subtree:
        if tok.text in ROLE_STOPS or "\n" in tok.text or tok.ent_type_ in {"DATE", "TIME"}:
            if tok.i > head.i:
                break
            kept = []
            continue
        if tok.i > head.i and tok.dep_ in {"relcl", "acl"}:
            break
        kept.append(tok)
    while kept and kept[0] is not head and (kept[0].pos_ in {"DET", "PRON"} or kept[0].dep_ == "case"):
        kept = kept[1:]
    while kept and (kept[-1].is_punct or kept[-1].dep_ in {"cc", "prep", "case", "det"}):
        kept = kept[:-1]
    if not kept or head not in kept or len(kept) > _MAX_TOKENS:
        return None
    return kept


def _controller(verb: "Token") -> "Token | None":
    """Who does ``verb`` when it has no subject of its own: the subject of the verb it completes
    ("Ana Soto agreed to replace ...", "Ana Soto signed a contract to replace ..."), or None."""
    node = verb
    for _ in range(3):
        if node.dep_ not in {"xcomp", "relcl", "acl", "advcl"} or node.head is node:
            return None
        node = node.head
        if node.pos_ in {"NOUN", "PROPN"}:
            if node.dep_ not in {"dobj", "attr"}:
                return None
            node = node.head
        subject = next((c for c in node.children if c.dep_ in _SUBJECTS), None)
        if subject is not None:
            return subject
    return None


def _stands_for(tok: "Token | None", ent: "SpacySpan") -> bool:
    """``tok`` is the root of the name ``ent``, or the "who" of a relative clause on it."""
    if tok is None:
        return False
    if ent.start <= tok.i < ent.end:
        return tok.i == ent.root.i
    return tok.lower_ in {"who", "that"} and tok.head.dep_ == "relcl" and tok.head.head.i == ent.root.i


def office_role(ent: "SpacySpan", is_role_noun: "Callable[[Token], bool]") -> str | None:
    """The role a verb of office with "as" gives the person named by ``ent`` (see the module
    docstring), or None; ``is_role_noun``: which noun the "as" phrase must end in."""
    doc = ent.doc
    if not reads_as_a_name(ent):
        return None  # a role makes an actor: only of a name that reads like one
    for verb in ent.sent:
        kind = OFFICE_VERBS.get(verb.lemma_.lower())
        if kind == "hold" and any(c.dep_ in _BETWEEN and c.lower_ in LEAVING_PARTICLES for c in verb.children):
            kind = "leave"  # "stepped down as chair"
        if kind is None or verb.pos_ not in {"VERB", "AUX"} or any(c.dep_ == "neg" for c in verb.children):
            continue
        head = _as_phrase(verb)
        if head is None or not is_role_noun(head) or head.ent_type_ in {"PERSON", "GPE", "NORP"}:
            continue
        if doc[ent.sent.end - 1].text == "?":
            return None
        subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
        passive = subject is not None and subject.dep_ == "nsubjpass"
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        phrase = _phrase(head)
        if phrase is None:
            continue
        alone = doc[phrase[0].i : phrase[-1].i + 1].text
        if kind == "give" and _stands_for(obj, ent):
            fired("roles.office_given")
            return alone  # "appointed Ana Soto as chair"
        if kind == "give" and passive and _stands_for(subject, ent):
            fired("roles.office_given")
            return alone  # "Ana Soto was appointed as chair"
        if kind == "replace" and not passive and _stands_for(subject or _controller(verb), ent):
            fired("roles.office_replacing")
            return alone  # "Ana Soto will replace Jo Roe as coach"
        if kind in {"hold", "leave"} and _stands_for(subject or _controller(verb), ent):
            between = doc[verb.i + 1 : head.i]
            as_i = next(t.i for t in between if t.lower_ == "as")
            finite = verb.tag_ in {"VBD", "VBZ", "VBP"} or (passive and verb.tag_ == "VBN")
            if finite and all(t.dep_ in _BETWEEN for t in doc[verb.i + 1 : as_i]):
                fired(f"roles.office_{kind}")
                return doc[verb.i : phrase[-1].i + 1].text  # "stepped down as chief executive"
            infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            if kind == "hold" and not infinitive:
                fired("roles.office_hold")
                return alone  # "while serving as director": what the person is
    return None
