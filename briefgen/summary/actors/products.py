"""Evidence in the text that a name is a product's, not an actor's: software, a device, an app, a
service, a model ("install Skyfarer", "the new Nimbus", "Cloudbox 4.2").

A story names a product the way it names a company, and the parser takes it for an organisation
or a person; what tells them apart is what the text does with the name. A product is used,
installed, downloaded, bought, launched, turned on, switched to; it is new or the latest; it has a
version after it. A company or a person that the story names that way (a start-up someone
launched, a firm bought) also speaks in it: "Glowline said", "according to Glowline". So
:func:`used_as_product` asks for a product's use in some mention and for no speech in any.

An organisation's product, service or programme is also named as the thing of its owner ("the
company's Cloudbox", "Acme's Cloudbox") or as the modifier of a product's or a programme's noun
("the Nimbus Connect platform", "Norvik Infinity monitors", "the CRX program"):
:func:`owned_product` and :func:`product_head_noun` ask for such a mention and for none in which
the name speaks, owns something or does what only an actor does (announces, sues, hires).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...lang.en.speech import SPEECH_VERBS
from ...lang.en.terms import ACTOR_VERBS, NEW_WORDS, OWNER_NOUNS, PRODUCT_NOUNS, USE_PARTICLES, USE_VERBS

if TYPE_CHECKING:
    from ..types import Entity, Mention

__all__ = ["owned_product", "product_head_noun", "speech_subject", "used_as_product"]

#: A head noun of :data:`PRODUCT_NOUNS` right after the name, an acronym in brackets may come
#: between ("the Cloudbox platform", "Lunar Cargo Services (LCS) program"); for the acronym itself,
#: the closing bracket first ("(LCS) program").
_HEAD_AFTER = re.compile(r"(?:\)| \([A-Z][A-Za-z]{1,9}\))? ([a-z][a-z-]+)\b")
#: A version right after the name: "4.2", "3.x", "v2", "version 3" (not a year, a score, a count:
#: a plain whole number after a name is a list's, a table's or a score's as often).
_VERSION_AFTER = re.compile(r" (?:\d{1,3}\.(?:\d{1,3}|x)\b|v\d{1,3}\b|version \d)", re.IGNORECASE)


def _object_of_use(m: "Mention") -> bool:
    """The mention is the object of a verb of use ("installing Skyfarer", "bought a Nimbus"), or
    of one with its particle ("turn on Glowline", "switch to Skyfarer")."""
    root = m.span.root
    head = root.head
    if root.dep_ == "dobj" and head.pos_ == "VERB":
        if head.lemma_.lower() in USE_VERBS:
            return True
        particles = {c.lower_ for c in head.children if c.dep_ == "prt"}
        return any((head.lemma_.lower(), p) in USE_PARTICLES for p in particles)
    if root.dep_ == "pobj" and head.dep_ in {"prep", "prt"} and head.head.pos_ == "VERB":
        return (head.head.lemma_.lower(), head.lower_) in USE_PARTICLES
    return False


def _new(m: "Mention") -> bool:
    """ "the new Nimbus", "a redesigned Skyfarer": a word of :data:`NEW_WORDS`, in lower case, right
    after an article, before a name that heads its phrase ("the new Tarvel board": the board is
    new). Not a person's name: "the new Ann Roe" compares someone with her ("As The New Roe")."""
    doc = m.span.doc
    if m.kind == "person" or m.span.root.dep_ == "compound" or m.span.start < 2:
        return False
    word, article = doc[m.span.start - 1], doc[m.span.start - 2]
    return word.text in NEW_WORDS and article.lower_ in {"the", "a", "an"}


def speech_subject(m: "Mention") -> bool:
    """The mention is the subject of a verb of speech ("Glowline said")."""
    root = m.span.root
    return root.dep_ in {"nsubj", "nsubjpass"} and root.head.lemma_.lower() in SPEECH_VERBS


def _speaks(m: "Mention") -> bool:
    """The mention is the subject of a verb of speech (:func:`speech_subject`) or follows "according to"."""
    if speech_subject(m):
        return True
    before = m.span.doc[max(0, m.span.start - 2) : m.span.start]
    return [t.lower_ for t in before] == ["according", "to"]


def product_cue(m: "Mention", text: str) -> bool:
    """One mention uses the name as a product's (see the module docstring)."""
    return _object_of_use(m) or _new(m) or bool(_VERSION_AFTER.match(text, m.end))


def used_as_product(entity: "Entity", body: "list[Mention]", text: str) -> bool:
    """Some mention of ``body`` (the entity's mentions in the article's text) names a product
    (:func:`product_cue`) and none speaks (:func:`_speaks`)."""
    return any(product_cue(m, text) for m in body) and not any(_speaks(m) for m in body)


def _acts(m: "Mention") -> bool:
    """The mention speaks (:func:`_speaks`), is the subject of a verb of :data:`ACTOR_VERBS`
    ("Cloudbox announced", "Nimbus sued") or owns something ("Tarvel's engineers", "Tarvel’s
    plans"): a company owns its products; a product owns little a story names."""
    root = m.span.root
    if root.dep_ == "poss" or any(t.tag_ == "POS" for t in m.span.doc[m.span.end : m.span.end + 1]):
        return True
    return _speaks(m) or (root.dep_ == "nsubj" and root.head.lemma_.lower() in ACTOR_VERBS)


def _head_noun_after(m: "Mention", text: str) -> bool:
    """ "the Cloudbox platform", "Norvik Infinity monitors", "the Lunar Cargo Services (LCS)
    program": the name modifies a head noun of a product or a programme."""
    after = _HEAD_AFTER.match(text, m.end)
    if not after or after.group(1) not in PRODUCT_NOUNS:
        return False
    head = m.span.doc.char_span(after.start(1), after.end(1))
    return head is not None and head.root.pos_ == "NOUN"  # not a verb: "Cloudbox monitors the line"


def _owner(m: "Mention") -> bool:
    """An organisation's possessive before the name, or before the head noun it modifies:
    "Acme's Cloudbox", "the company's Cloudbox", "the agency's Lunar Cargo program". Not a place's
    ("Britain's Tarvel" is a British company), a person's ("Roe's Tarvel" is the firm she runs) nor
    a pronoun's."""
    root = m.span.root
    owned = [root]
    if root.dep_ == "compound" and root.head.lower_ in PRODUCT_NOUNS:
        owned.append(root.head)
    for tok in owned:
        for c in tok.children:
            if c.dep_ != "poss" or m.span.start <= c.i < m.span.end:
                continue
            if c.ent_type_ == "ORG" or (c.pos_ == "NOUN" and c.lemma_.lower() in OWNER_NOUNS):
                return True
    return False


def product_head_noun(body: "list[Mention]", text: str) -> bool:
    """Some mention of ``body`` modifies a product's or a programme's noun (:func:`_head_noun_after`)
    and none acts (:func:`_acts`): a company's name modifies its own products now and then
    ("Tarvel apps") but also owns, says or does something in the story."""
    return any(_head_noun_after(m, text) for m in body) and not any(_acts(m) for m in body)


def owned_product(body: "list[Mention]") -> bool:
    """Some mention of ``body`` is owned by an organisation (:func:`_owner`) and none acts
    (:func:`_acts`): the owner's product, service, programme or brand."""
    return any(_owner(m) for m in body) and not any(_acts(m) for m in body)
