"""Evidence in the text that a name is a product's, not an actor's: software, a device, an app, a
service, a model ("install Skyfarer", "the new Nimbus", "Cloudbox 4.2").

A story names a product the way it names a company, and the parser takes it for an organisation
or a person; what tells them apart is what the text does with the name. A product is used,
installed, downloaded, bought, launched, turned on, switched to; it is new or the latest; a colour
names it ("the silver Kiaro", a car); it has a version after it. A company or a person that the story names that way (a start-up someone
launched, a firm bought) also speaks in it: "Glowline said", "according to Glowline". So
:func:`used_as_product` asks for a product's use in some mention and for no speech in any.

An organisation's product, service or programme is also named as the thing of its owner ("the
company's Cloudbox", "Acme's Cloudbox") or as the modifier of a product's or a programme's noun
("the Nimbus Connect platform", "Norvik Infinity monitors", "the CRX program"):
:func:`owned_product` and :func:`product_head_noun` ask for such a mention and for none in which
the name speaks, owns something or does what only an actor does (announces, sues, hires).

A product named with its company's name ("Veltrix Harbor Suite") is read in
:mod:`.company_products`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...lang.en.gazetteer import ORG_NAMES
from ...lang.en.given_names import is_given_name
from ...lang.en.speech import SPEECH_VERBS
from ...lang.en.terms import (
    ACTOR_VERBS,
    AWARD_NOUNS,
    COLOUR_DETERMINERS,
    COLOUR_WORDS,
    NEW_WORDS,
    OWNER_NOUNS,
    PRODUCT_KIND_NOUNS,
    PRODUCT_NOUNS,
    PROGRAMME_NOUNS,
    USE_PARTICLES,
    USE_VERBS,
    VEHICLE_NOUNS,
)

from ...trace import fired
from ..text.truecase import is_ordinary_word

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..types import Entity, Mention

__all__ = [
    "after_model_code",
    "coloured_make",
    "counted_spec_item",
    "described_as_product",
    "owned_product",
    "owned_vehicle",
    "product_head_noun",
    "programme_head_noun",
    "reader_owned",
    "speaks_owns_or_acts",
    "speech_subject",
    "used_as_product",
]

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


def _coloured(m: "Mention") -> bool:
    """ "the silver Vantor", "that black Zentrix": a colour of :data:`COLOUR_WORDS`, in lower case,
    right after a determiner, before a name that heads its phrase: a car's or a device's make,
    as crime and review pages name the thing by it ("the red Tarvel van": the van is red). The
    parser takes such a make for a person as often as for a company; no one writes "the silver"
    before a person's name (a given name opening it is left alone before this is asked)."""
    doc = m.span.doc
    if m.span.root.dep_ == "compound" or m.span.start < 2:
        return False
    word, article = doc[m.span.start - 1], doc[m.span.start - 2]
    return word.text in COLOUR_WORDS and article.lower_ in COLOUR_DETERMINERS


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
    return _object_of_use(m) or _new(m) or _coloured(m) or bool(_VERSION_AFTER.match(text, m.end))


def used_as_product(entity: "Entity", body: "list[Mention]", text: str) -> bool:
    """Some mention of ``body`` (the entity's mentions in the article's text) names a product
    (:func:`product_cue`) and none speaks (:func:`_speaks`)."""
    return any(product_cue(m, text) for m in body) and not any(_speaks(m) for m in body)


def coloured_make(body: "list[Mention]") -> bool:
    """Some mention of ``body`` is a make named by its colour ("the silver Vantor", :func:`_coloured`)
    and none acts (:func:`speaks_owns_or_acts`): the car or the device, whatever the name (a make that is a given
    name too, or a known company's)."""
    return any(_coloured(m) for m in body) and not any(speaks_owns_or_acts(m) for m in body)


def speaks_owns_or_acts(m: "Mention") -> bool:
    """The mention speaks (:func:`_speaks`), is the subject of a verb of :data:`ACTOR_VERBS`
    ("Cloudbox announced", "Nimbus sued") or owns something ("Tarvel's engineers", "Tarvel’s
    plans"): a company owns its products; a product owns little a story names."""
    root = m.span.root
    if root.dep_ == "poss" or any(t.tag_ == "POS" for t in m.span.doc[m.span.end : m.span.end + 1]):
        return True
    return _speaks(m) or (root.dep_ == "nsubj" and root.head.lemma_.lower() in ACTOR_VERBS)


def _head_noun_after(m: "Mention", text: str, nouns: frozenset[str] = PRODUCT_NOUNS) -> bool:
    """ "the Cloudbox platform", "Norvik Infinity monitors", "the Lunar Cargo Services (LCS)
    program": the name modifies a head noun of a product or a programme."""
    after = _HEAD_AFTER.match(text, m.end)
    if not after or after.group(1) not in nouns:
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
    return any(_organisation_possessive(c) for tok in owned for c in _possessives(tok, m))


def _possessives(tok: "Token", m: "Mention") -> list["Token"]:
    """The possessives that ``tok`` has outside the mention ``m`` ("the company's" of "the
    company's Cloudbox platform")."""
    return [c for c in tok.children if c.dep_ == "poss" and not m.span.start <= c.i < m.span.end]


def _organisation_possessive(c: "Token") -> bool:
    """An organisation's possessive: a name the model tags as one ("Acme's") or a noun of
    :data:`OWNER_NOUNS` ("the company's")."""
    return c.ent_type_ == "ORG" or (c.pos_ == "NOUN" and c.lemma_.lower() in OWNER_NOUNS)


def owned_vehicle(body: "list[Mention]") -> bool:
    """Some mention of ``body`` names a vehicle its maker owns: the name modifies a vehicle's noun
    (:data:`VEHICLE_NOUNS`) after "its" or an organisation's possessive ("flew cargo on its
    Skylark spaceplane", "the agency's Tarn rocket"); a person's "his" or "their" may be the
    firm they run. A place or an organisation as the model tags it, the vehicle is neither.
    Coverage: 1 of the 60 real pages (both inputs: a spaceplane shown as an organisation, a blind
    review's major), no dev article; kept: the possessive and the noun say what the name is."""
    return any(
        m.span.root.dep_ == "compound"
        and m.span.root.head.lower_ in VEHICLE_NOUNS
        and any(c.lower_ == "its" or _organisation_possessive(c) for c in _possessives(m.span.root.head, m))
        for m in body
    )


def product_head_noun(body: "list[Mention]", text: str) -> bool:
    """Some mention of ``body`` modifies a product's or a programme's noun (:func:`_head_noun_after`)
    and none acts (:func:`speaks_owns_or_acts`): a company's name modifies its own products now and then
    ("Tarvel apps") but also owns, says or does something in the story. A name some mention of
    which comes before "products" ("Tarvel products are pricey") names their maker: a company, no
    product (:func:`_maker`)."""
    return (
        any(_head_noun_after(m, text) for m in body)
        and not any(speaks_owns_or_acts(m) for m in body)
        and not any(_maker(m, text) for m in body)
    )


#: "Tarvel products": a maker's name before the plural of its goods.
_MAKERS_GOODS = re.compile(r"\s+products\b")


def _maker(m: "Mention", text: str) -> bool:
    """The mention comes right before "products": the name of their maker ("Tarvel products"). Coverage:
    1 of the 60 real pages (a deals page's "Apple devices", "Apple products", the company read as a
    product and left out of the actors, a blind review's major), no dev article nor training page."""
    if _MAKERS_GOODS.match(text, m.end) is None:
        return False
    fired("actors.maker_of_products")
    return True


#: A programme's nouns less "mission": a body has one as often ("the UN mission").
_PROGRAMME_NOUNS_NO_MISSION = (PROGRAMME_NOUNS - {"mission", "missions"}) | AWARD_NOUNS


def programme_head_noun(entity: "Entity", body: "list[Mention]", text: str) -> bool:
    """The name is written with its acronym too, some mention of ``body`` (the name or the acronym)
    modifies a programme's noun ("the Lunar Cargo Services (LCS) initiative", "the LCS program")
    and none acts (:func:`speaks_owns_or_acts`): for a name with an organisation's word, which
    :func:`product_head_noun` leaves alone. Without an acronym, a body that runs a programme named
    after itself ("the Harbour Trust scheme") is as likely; a mission is a body's as often ("the UN
    mission"), and a known organisation (:data:`ORG_NAMES`) runs programmes, it is none. A
    programme of purchases counts by what it gives out ("the LCS contracts", "an LCS award":
    :data:`AWARD_NOUNS`)."""
    acronym = any(m.text.isupper() and " " not in m.text for m in body)
    known = any(f.casefold() in ORG_NAMES for f in entity.forms)
    head = any(_head_noun_after(m, text, _PROGRAMME_NOUNS_NO_MISSION) for m in body)
    return acronym and not known and head and not any(speaks_owns_or_acts(m) for m in body)


def _reader_owned(m: "Mention") -> bool:
    """ "your Cloudbox Account", "my Nimbus": the name heads a phrase owned by the reader or the
    writer; in "your Tarvel ticket" it names the ticket's company and is left alone."""
    root = m.span.root
    return root.dep_ != "compound" and any(c.dep_ == "poss" and c.lower_ in {"your", "my"} for c in root.children)


def reader_owned(body: "list[Mention]") -> bool:
    """Some mention of ``body`` is the reader's or the writer's thing (:func:`_reader_owned`) and
    none acts (:func:`speaks_owns_or_acts`): an account, a device, a plant one has, no actor."""
    return any(_reader_owned(m) for m in body) and not any(speaks_owns_or_acts(m) for m in body)


def owned_product(body: "list[Mention]") -> bool:
    """Some mention of ``body`` is owned by an organisation (:func:`_owner`) and none acts
    (:func:`speaks_owns_or_acts`): the owner's product, service, programme or brand."""
    return any(_owner(m) for m in body) and not any(speaks_owns_or_acts(m) for m in body)


def _product_description(m: "Mention") -> bool:
    """ "Cloudplay, a game-streaming service,", "Nomi Pure is an air purifier": a noun of
    :data:`PRODUCT_KIND_NOUNS`, with a word before it that says which kind, in apposition to the
    name or after it and "is a"."""
    root = m.span.root

    def kind_noun(tok: "Token") -> bool:
        # a kind of product ("a game-streaming service", "a new app"): a bare "a service provided
        # by ..." says less
        modified = any(c.dep_ in {"amod", "compound", "nmod"} and c.i < tok.i for c in tok.children)
        return tok.pos_ == "NOUN" and tok.lemma_.lower() in PRODUCT_KIND_NOUNS and modified

    if any(c.dep_ == "appos" and c.i >= m.span.end and kind_noun(c) for c in root.children):
        return True
    if root.dep_ == "nsubj" and root.head.lemma_ == "be":
        return any(c.dep_ == "attr" and kind_noun(c) for c in root.head.children)
    return False


def described_as_product(body: "list[Mention]") -> bool:
    """Some mention of ``body`` is described as a product (:func:`_product_description`) and none
    acts (:func:`speaks_owns_or_acts`): a company described by its service ("Tarvel, the streaming service,")
    says, owns or does something in the story too."""
    return any(_product_description(m) for m in body) and not any(speaks_owns_or_acts(m) for m in body)


#: A count and a word in lower case right before a name: "Four speaker Audio", "6 zone Climate",
#: "dual zone Climate": a spec's item (a person's title takes no count: "two time champion Roe").
_COUNT_BEFORE = re.compile(
    r"(?:(?<![\d.,])\b\d{1,2}|\b(?:two|three|four|five|six|seven|eight|nine|ten|twelve|dual|twin|triple|quad))"
    r"[ -](?!(?:million|billion|thousand|hundred|per|percent)\b)[a-z]+ $",
    re.IGNORECASE,
)


def counted_spec_item(entity: "Entity", body: "list[Mention]", text: str) -> bool:
    """One English word taken for a person after a count and a word in lower case ("Four speaker
    Audio": a spec sheet's "four-speaker audio"), heading its phrase ("3 million Chirper followers"
    counts followers) and never the subject nor the possessor of anything. A given name ("Four time
    winner Rose") is left alone.

    Coverage: none of the 111 training pages nor of the dev articles; kept: a class of the sign-off
    review (a spec list's item shown as a person), and narrow: no count stands before a name."""
    words = entity.name.split()
    if entity.kind != "person" or len(words) != 1 or not words[0].isalpha() or is_given_name(words[0]):
        return False
    acts = any(m.span.root.dep_ in {"nsubj", "nsubjpass", "poss"} for m in body)
    if not is_ordinary_word(words[0].lower()) or not body or acts:
        return False
    return any(
        m.span.root.dep_ != "compound" and _COUNT_BEFORE.search(text, max(0, m.start - 30), m.start) for m in body
    )


#: A model's code right before a word ("LC 500 Convertible", "XR9 Sport", "2B Mindset"): a token
#: with a digit in it, the word after it on the same line; not a year ("the 2006 Senate race",
#: "the 2005 Ashes": an edition of something, whose name is no product's).
_MODEL_CODE_BEFORE = re.compile(r"(?<![\w.,])(?!(?:19|20)\d\d[ \u00a0]$)[A-Za-z]*\d[A-Za-z0-9-]*[ \u00a0]$")


def after_model_code(entity: "Entity", body: "list[Mention]", text: str) -> bool:
    """One English word named, most times, right after a model's code: the last word of a
    product's name ("the LC 500 Convertible", "the XR9 Sport", "the 2B Mindset programme") that the
    model took for an organisation, a place or a person. A name that speaks is left alone.

    Coverage: 3 of the 60 real pages (a car's body style and a diet programme's word, a blind
    review's blockers; a third's dropped word was not shown) and 1 of the 111 training pages (a
    recipe's ingredient), both inputs each; no dev article: news names a product rarely, and then
    by its whole name."""
    words = entity.name.split()
    if len(words) != 1 or not words[0].isalpha() or not is_ordinary_word(words[0]) or not body:
        return False
    coded = sum(1 for m in body if _MODEL_CODE_BEFORE.search(text, max(0, m.start - 24), m.start))
    return 2 * coded > len(body)
