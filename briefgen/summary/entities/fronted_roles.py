"""Roles written before the name and set off from it by a comma, which :mod:`.roles` does not
read from the name's noun phrase:

- :func:`role_fronted`: a role written before the name and set off by commas ("The plaintiff in
  the case, Ruth Okafor, said", "Lusk's lawyer, Ruth Okafor,", "Chief Marketing Officer for Betty
  Arlow, Ruth Okafor," where the company bears a person's name);
- :func:`role_as_fronted`: a role that opens the sentence with "As a" and ends at the comma
  before its subject ("As a marine biologist at the Kelmsby Institute, Ruth Okafor studied").

Each role is verbatim article text, as :mod:`.roles` promises.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...lang.en.roles import HONORIFIC_WORDS
from ...lang.en.titles import FORMS_OF_ADDRESS
from ...trace import fired
from .role_shapes import MAX_TOKENS, is_office

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Span as SpacySpan, Token

__all__ = ["role_as_fronted", "role_fronted"]


def _honorific(tok: "Token") -> bool:
    """A form of address or a word of an honorific, or a title of office, between a fronted role's
    comma and the name ("Dr.", "the", "Rt.", "Hon.", "Senator")."""
    lower = tok.text.rstrip(".").lower()
    return lower in FORMS_OF_ADDRESS or lower in HONORIFIC_WORDS or (tok.text[:1].isupper() and is_office(tok))


def role_fronted(ent: "SpacySpan", is_role_noun: "Callable[[Token], bool]") -> str | None:
    """A role set off by commas before the name it describes: "The plaintiff in the case, Ruth
    Okafor, said" -> "plaintiff in the case"; "Lusk's lawyer, Ruth Okafor," -> "Lusk's lawyer".

    The name must be the parse's apposition of a role noun (``is_role_noun``) whose phrase ends at
    the comma before the name; the article is dropped, a possessor other than a pronoun kept.

    Forms of address and honorifics between the comma and the name are skipped ("Minister of
    Trade, Senator the Hon. Ruth Okafor,": ``roles.fronted_across_address``). Coverage of that
    case: 1 of the 111 training pages, no dev article (wire copy drops the honorifics; a mention
    that opens with "Dr." already starts at the comma); kept because government pages of
    Commonwealth countries write every minister so, the sign-off review counts a central official
    shown without the role as a major defect, and it is the comma's grammar, the same parse."""
    doc = ent.doc
    comma = _comma_before(ent)
    if comma < 1 or doc[comma].text != ",":
        return None
    # the parser hangs the name, or the first form of address before it, on the role
    root = next((t for t in doc[comma + 1 : ent.end] if t.dep_ == "appos" and t.head.i < comma), None)
    if root is None:
        return None
    head = root.head
    via_person = False
    if head.ent_type_ in {"ORG", "PERSON"} and head.dep_ == "pobj" and head.head.dep_ == "prep":
        office = head.head.head
        # "Chief Officer of the Kelm Port Authority, Ruth Okafor": the parser hangs the name on the
        # organisation; the role is the title that governs it. A company named after its founder
        # is tagged a person ("Chief Marketing Officer for Ann Roe, Ben Lusk,"): a title of office
        # only, so "the husband of Ann Roe, Ben Lusk and ..." stays a list of people. Coverage of
        # the person's case: 1 training page, 1 PolNeAR article; kept as the organisation's
        # grammar, which only the tagger's label kept from it
        if office.i < head.i and (head.ent_type_ == "ORG" or is_office(office)):
            via_person = head.ent_type_ == "PERSON"
            head = office
    if head.pos_ not in {"NOUN", "PROPN"} or head.ent_type_ or not is_role_noun(head):
        return None
    tokens = [t for t in head.subtree if t.i < comma]
    if not tokens or tokens[-1].i != comma - 1 or "\n" in doc[tokens[0].i : ent.start].text:
        return None
    before = doc[tokens[0].i - 2 : tokens[0].i]
    if len(before) == 2 and before[1].text == "," and (before[0].ent_type_ == "PERSON" or before[0].pos_ == "PROPN"):
        return None  # "Lusk, her husband, Ruth Okafor and ...": a list of people, not a role set off by commas
    cut = next((n for n, t in enumerate(tokens) if t.text in {";", ":", '"', "“", "”"}), None)
    if cut is not None:
        tokens = tokens[:cut]
    if sum(t.text == "(" for t in tokens) != sum(t.text == ")" for t in tokens):
        return None
    while tokens and (tokens[0].pos_ in {"DET", "PRON", "CCONJ", "ADP"} or tokens[0].is_punct):
        tokens = tokens[1:]
    if not tokens or head not in tokens or len(tokens) > MAX_TOKENS:
        return None
    fired("roles.fronted_apposition" if comma == ent.start - 1 else "roles.fronted_across_address")
    if via_person:
        fired("roles.fronted_office_of_person_named_body")
    return doc[tokens[0].i : tokens[-1].i + 1].text


def _comma_before(ent: "SpacySpan") -> int:
    """The index of the token before the name ``ent`` and the forms of address that open it
    ("Minister of Trade, Senator the Hon. Ruth Okafor", "As a judge, Mr Okafor": the full stop of
    "Hon." may be a token of its own), where a role set off by a comma ends."""
    doc = ent.doc
    comma = ent.start - 1
    while comma > 0 and "\n" not in doc[comma].whitespace_:
        if _honorific(doc[comma]) or (doc[comma].text == "." and not doc[comma - 1].whitespace_):
            comma -= 1
        else:
            break
    return comma


def role_as_fronted(ent: "SpacySpan", is_role_noun: "Callable[[Token], bool]") -> str | None:
    """A role that opens the sentence with "As a" and ends at the comma before the name, the
    subject of the sentence: "As a marine biologist at the Kelmsby Institute, Ana Lusk studied
    reefs" -> "marine biologist at the Kelmsby Institute". The first noun that heads no compound
    must be a role noun (``is_role_noun``): "As a child, Ana Lusk ..." and "As a result, ..."
    give none. A phrase longer than a role stays out."""
    doc = ent.doc
    comma = _comma_before(ent)  # "As a judge, Mr Okafor ruled": a form of address may stand between
    sent = ent.sent
    start = sent.start
    if comma < start + 3 or doc[comma].text != ",":
        return None
    if doc[start].lower_ != "as" or doc[start + 1].lower_ not in {"a", "an"}:
        return None
    if ent.root.dep_ not in {"nsubj", "nsubjpass"} or any(t.text == "," for t in doc[start:comma]):
        return None
    tokens = list(doc[start + 2 : comma])
    head = next((t for t in tokens if t.pos_ == "NOUN" and t.dep_ != "compound"), None)
    if head is None or not is_role_noun(head) or len(tokens) > MAX_TOKENS:
        return None
    # coverage: 1 PolNeAR article, 1 of the 60 real pages; kept: the sign-off review counts a
    # central source shown without the role the text gives as a major defect, and the shape is
    # narrow (the sentence's opening, a role noun, the name its subject)
    fired("roles.as_fronted")
    return doc[start + 2 : comma].text
