"""Evidence that a name is an organisation's, read from what the sentence does with it, for a
name the model took for a person: "Tarvel's shareholders", "Tarvel shares fell", "published by
Nordpost", "Tarvel, which makes ...". :mod:`kinds` weighs it with the other evidence of the name."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...lang.en.gazetteer import (
    ARTICLE_NOUNS,
    FOUNDING_VERBS,
    INTERVIEW_NOUNS,
    ORG_HOLDINGS,
    ORG_POSSESSIONS,
    POSTING_VERBS,
    PUBLISHING_VERBS,
)
from ...lang.en.speech import REPORTING_VERBS
from ...lang.en.terms import CONTRACT_NOUNS, WINNING_VERBS
from ...trace import fired
from .evidence import PLACE_LABELS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..types import Mention

__all__ = ["article_outlet", "contract_holder", "organisation_context", "outlet_mention", "which_not_who"]


def organisation_context(m: "Mention") -> bool:
    """The mention stands where only an organisation stands: the owner of shares, shareholders,
    a subsidiary, headquarters, a chief executive or employees ("Tarvel's shareholders", "Tarvel shares
    fell", "a stake in Tarvel", "employees of Tarvel"), the agent of publishing ("an interview
    published by Nordpost", "aired by Kelmsby One", "as reported by Nordpost"), the outlet of an
    interview ("in an interview with Nordpost"), or the network a message is posted on ("she
    wrote on Chirper", "said on Chirper").

    A name the model calls a place is left alone: "Kelmsby shares" are a market's, and a
    country's government is a place in a brief."""
    if m.label in PLACE_LABELS:
        return False
    root = m.span.root
    head = root.head
    if root.dep_ in {"poss", "compound"} and head.i >= m.span.end:
        if head.lower_ in ORG_POSSESSIONS and not (root.dep_ == "compound" and head.lower_ == "headquarters"):
            return True  # not "her Kelmsby headquarters", a campaign's or a place's
        before = m.span.doc[head.i - 1]
        if root.dep_ == "poss" and head.lower_ == "executive" and before.lower_ == "chief" and before.head.i == head.i:
            return True  # "Tarvel's chief executive"
    if root.dep_ == "nsubjpass" and head.lemma_.lower() in FOUNDING_VERBS:
        # coverage: 2 of the 111 training pages, 1 of the 60 real pages, no dev article (which
        # rarely say when a company was founded); moves no dev score
        fired("entities.founded")
        return True  # "Tarvel was founded in 1990", "Brennick is headquartered in Lyon"
    if root.dep_ != "pobj":
        return False
    if head.lower_ in {"in", "of"} and head.head.lower_ in ORG_HOLDINGS:
        return True
    if head.lower_ == "on" and head.head.lemma_.lower() in POSTING_VERBS:
        return True
    if head.lower_ == "with" and head.head.lemma_.lower() in INTERVIEW_NOUNS and " " not in m.text:
        # "she said in an interview with Tagesbote": the outlet that held it (a person who did
        # is named in full, or by a given name, which the caller leaves a person). coverage: 3
        # dev articles (CNN/DM, PolNeAR, CoNLL; kinds unchanged there) and 2 training pages (a
        # magazine the model took for a person)
        fired("entities.interview_outlet")
        return True
    return head.lower_ == "by" and head.head.lemma_.lower() in PUBLISHING_VERBS


#: Pieces an outlet runs under its name, with its possessive: "Tagesbote's review".
_REVIEW_NOUNS = frozenset({"review", "interview", "podcast"})


def article_outlet(m: "Mention") -> bool:
    """ "as a column in Tagesbote argued", "an op-ed in Tagesbote", "a survey she published in
    Tagesbote": the mention names the outlet a piece of writing ran in (:data:`ARTICLE_NOUNS`,
    :data:`PUBLISHING_VERBS`), whatever label the model gives it (a health site read as a place).
    :mod:`.kinds` makes such a place an organisation when every mention of it is an outlet's
    (:func:`outlet_mention`). Its possessive before a piece it runs counts too ("Tagesbote's
    review of the console", "Tagesbote's op-ed"): 1 of the 60 real pages more (both inputs: a
    games site shown as a place, a blind review's major)."""
    root = m.span.root
    head = root.head
    if root.dep_ == "poss" and head.i > root.i and _hyphenated_lemma(head) in ARTICLE_NOUNS | _REVIEW_NOUNS:
        return True  # "Tagesbote's review of the console", "Tagesbote's op-ed"
    if root.dep_ != "pobj" or head.lower_ != "in":
        return False
    return _hyphenated_lemma(head.head) in ARTICLE_NOUNS or (
        head.head.tag_ == "VBN" and head.head.lemma_.lower() in PUBLISHING_VERBS
    )


def _hyphenated_lemma(tok: "Token") -> str:
    """The lemma of ``tok`` in lower case, with the words a hyphen joins to it before ("op-ed",
    which the tokenizer splits in three)."""
    doc, i = tok.doc, tok.i
    lemma = tok.lemma_.lower()
    while i >= 2 and doc[i - 1].text == "-" and not doc[i - 2].whitespace_ and not doc[i - 1].whitespace_:
        lemma = f"{doc[i - 2].lower_}-{lemma}"
        i -= 2
    return lemma


def outlet_mention(m: "Mention") -> bool:
    """The mention stands where a source of what the article reports stands: the outlet of an
    article (:func:`article_outlet`); the subject of a verb of reporting, before or after it
    ("Tagesbote reported", "reported Tagesbote"); its agent ("as noted by Tagesbote"); or after
    "according to". A place the story happens in stands elsewhere too ("in Selm", "Selm's mayor")."""
    root = m.span.root
    head = root.head
    if article_outlet(m):
        return True
    if head.lemma_.lower() in REPORTING_VERBS and (
        root.dep_ == "nsubj" or (root.dep_ in ("dobj", "npadvmod") and root.i > head.i)
    ):
        return True
    if root.dep_ == "pobj" and head.lower_ == "by" and head.dep_ == "agent":
        return head.head.lemma_.lower() in REPORTING_VERBS
    return root.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according"


def which_not_who(m: "Mention") -> bool:
    """ "Tarvel, which runs four mills, ...": a relative clause opened by "which" that hangs on the
    name; a person takes "who"."""
    doc = m.span.doc
    end = m.span.end
    if end + 1 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ != "which":
        return False
    clause = doc[end + 1].head
    return clause.dep_ == "relcl" and m.span.start <= clause.head.i < end


def _contract_noun(tok: "Token") -> bool:
    """A contract's noun ("contracts", "the tender"), or an order a noun says is a contract's
    ("task orders", "a purchase order"); a bare "orders" is a command's as often ("gave orders to
    Roe"). The orders' case fires on 1 of the 60 real pages, no dev article nor training page;
    kept with the contracts' rule, whose class of the sign-off review it is."""
    if tok.lower_ in CONTRACT_NOUNS:
        return True
    return tok.lemma_.lower() == "order" and any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in tok.children)


def contract_holder(m: "Mention") -> bool:
    """The name is given a contract or wins one ("contracts went to Orbitex, Lunaris and Stellwick",
    "awarded a contract to Orbitex", "Orbitex won the tender"): a company, which the model takes for
    a place after "to" ("went to Orbitex") or for a person. Every item of a list counts."""
    root = m.span.root
    while root.dep_ == "conj" and root.head is not root:
        root = root.head

    def contract(tok: "Token") -> bool:
        return any(c.dep_ in {"nsubj", "nsubjpass", "dobj"} and _contract_noun(c) for c in tok.children)

    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "to" and head.head.pos_ in {"VERB", "AUX"}:
        return contract(head.head)
    return root.dep_ == "nsubj" and head.lemma_.lower() in WINNING_VERBS and contract(head)
