"""Names that stand for something other than an actor of their own: a company's stock symbol
("Tarvik shares (TRVK)"), a pair of the article's names joined by a hyphen to say which
thing a noun is ("the Lusk-Okafor papers"), an edition of a product or a paper ("the Deluxe
Edition"). :func:`.evidence.no_actor_evidence` drops them."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...lang.en.terms import STOCK_WORDS
from ...trace import fired
from ..entities.model import entity_model
from ..entities.possessive_names import noun_follows

if TYPE_CHECKING:
    from ..text.analysis import Analysis
    from ..types import Entity, Mention

__all__ = ["edition_name", "pair_of_names", "stock_symbol"]


#: A stock's symbol in brackets after a word of :data:`STOCK_WORDS`: "shares (ACM)", "stock
#: (ticker: ACM)", "(symbol: ACM)".
_SYMBOL_BEFORE = re.compile(r"\b(\w+)\s*\((?:\s*(ticker|symbol)\s*:)?\s*$", re.IGNORECASE)


def stock_symbol(entity: "Entity", analysis: "Analysis") -> bool:
    """Letters in capitals written only as a stock's symbol, in brackets after "shares" or
    "stock" or after "ticker:" ("Acme shares (ACM) trade on the Kelby exchange"): the
    company's listing, named already, not an actor of its own. Coverage: 1 of the 60 real pages
    (both inputs: a press release's closing paragraph, a blind review's major; another page's
    "(ticker: ...)" is no actor already), no dev article; kept below three: a closed form of
    company news, and it takes no name but a bracketed symbol."""
    if not entity.name.isupper() or len(entity.name) > 6 or not entity.mentions:
        return False
    for m in entity.mentions:
        before = _SYMBOL_BEFORE.search(analysis.text, max(0, m.start - 40), m.start)
        after = analysis.text[m.end : m.end + 1]
        if before is None or after != ")" or not (before.group(2) or before.group(1).lower() in STOCK_WORDS):
            return False
    fired("actors.stock_symbol")
    return True


#: "Lusk-Okafor", "Lusk-von Roe": two names joined by a hyphen (a particle may open the second).
_NAME_PAIR = re.compile(r"^([A-Z][\w'’.]+)-((?:(?:von|van|de|der|da|di|le|la|al|el)\s)?[A-Z][\w'’.]+)$")


def _modifies_a_noun(m: "Mention") -> bool:
    """The mention says which thing a noun after it is: the parse hangs it on the noun, or a
    noun in lower case follows it, at once or after a second pair ("the Lusk-Roe and Venn-Ruiz
    papers", which the parser reads as a subject)."""
    root, doc, end = m.span.root, m.span.doc, m.span.end
    if (root.dep_ in ("compound", "nmod", "amod") and root.head.pos_ == "NOUN") or noun_follows(m):
        return True
    if end >= len(doc) or doc[end].lower_ not in ("and", "or"):
        return False
    for t in doc[end + 1 : end + 8]:
        if t.pos_ == "NOUN" and t.is_lower:
            return any(x.text == "-" for x in doc[end + 1 : t.i])
        if t.is_punct and t.text != "-":
            return False
    return False


def pair_of_names(entity: "Entity", analysis: "Analysis") -> bool:
    """Two names of the article's actors joined by a hyphen as the modifier of a noun ("the
    Lusk-Okafor papers", "last week's Lusk-Roe debate", "the Rovers-Harriers game"): the pair
    says which papers or game, and is no actor of its own. A joint venture named so is a name of
    its own wherever it stands ("bid jointly with Norvik-Tarn"); so is a double surname ("Ana
    Lopez-Roe"), whose halves name no one else. Coverage: 2 of the 60 real pages (a science
    feature's paper pairs, a sports story's game; both blind reviews' junk actors), no dev
    article (CoNLL's one joint venture so named stands as an object and stays). Kept below
    three: it takes only what two of the article's own names make together."""
    m = _NAME_PAIR.match(entity.name)
    if m is None:
        return False
    body = [x for x in entity.mentions if x.span.doc is analysis.doc]
    if not body or not all(_modifies_a_noun(x) for x in body):
        return False
    others = [e for e in entity_model(analysis).entities if e is not entity]
    names = {e.name for e in others} | {a for e in others for a in e.aliases}
    surnames = {" ".join(e.name.split()[1:]) for e in others if e.kind == "person"} | {
        e.name.split()[-1] for e in others if e.kind == "person"
    }
    if all(part in names or part in surnames for part in m.groups()):
        fired("actors.pair_of_names")
        return True
    return False


#: A name that ends on an edition's word: "Deluxe Edition", "the Weekend Editions".
_EDITION = re.compile(r"\bEditions?$")
#: A possessive name coordinated with an edition's name: "the Pioneer’s and Harbour Editions".
_EDITION_AFTER = re.compile(r"^[’']s?\s+(?:and|or|&)\s+(?:[A-Z][\w’'-]*\s+){1,3}Editions?\b")


def edition_name(entity: "Entity", analysis: "Analysis") -> bool:
    """Every mention names an edition of a product or of a paper: the name ends on "Edition(s)"
    ("Harbour Editions", "the Weekend Edition"), or it is a possessive that shares the edition's
    word with the name after "and" ("the Tarvo Pioneer’s and Harbour Editions", whose
    "Tarvo Pioneer" the model takes for an organisation). Coverage: 1 of the 60 real pages (both
    inputs: two junk organisations of a games story, a blind review's only majors there), no dev
    article; kept below three: "Edition" closes a class of names no actor bears."""
    if not entity.mentions:
        return False
    for m in entity.mentions:
        if _EDITION.search(m.text):
            continue
        if not _EDITION_AFTER.match(analysis.text[m.end : m.end + 60]):
            return False
    fired("actors.edition_name")
    return True
