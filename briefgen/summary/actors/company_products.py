"""A company's products named with the company's name: "<Company> <Product>" where the article
also names the product alone ("Veltrix Harbor Suite" and "Harbor Suite"), a product line the
parser took for an organisation ("Veltrix Skyline"), or a product it tagged apart right after the
company ("Veltrix" + "Skyline"). :func:`company_products` gives their ids, which
:func:`.extract.extract_actors` leaves out of the actors."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...lang.en.gazetteer import CLUB_LAST_WORDS, PLACE_LAST_WORDS, canonical_country
from ...lang.en.terms import SECTOR_WORDS
from ...trace import fired
from ..entities.acronyms import has_org_word
from ..text.truecase import is_ordinary_word
from .products import speaks_owns_or_acts

if TYPE_CHECKING:
    from ..types import Entity

__all__ = ["company_products"]


def _product_words(words: list[str], rest: list[str], places: set[str]) -> bool:
    """The words after a company's name in ``words`` can name a product of it: no organisation's
    word ("Veltrix Mining Services", "Veltrix Bank") nor a trade's (:data:`SECTOR_WORDS`:
    "Veltrix Health" is the company) nor a club's ("Kelmsby Rovers"), no plural ("Kelmsby Otters" where "the
    Otters" plays: a plural nickname), no place ("Kelmsby Falls", "Veltrix Norway": a branch) and a
    capital first ("Veltrix partners" is no name)."""
    plural = rest[-1].endswith("s") and not rest[-1].endswith("ss")
    tail = " ".join(rest)
    return not (
        has_org_word(words)
        or rest[-1] in SECTOR_WORDS
        or rest[-1] in CLUB_LAST_WORDS
        or plural
        or rest[-1].casefold() in PLACE_LAST_WORDS
        or not rest[0][:1].isupper()
        or tail.casefold() in places
        or canonical_country(tail) is not None
    )


def _product_of(
    entity: "Entity", companies: dict[str, "Entity"], names: dict[str, "Entity"], places: set[str]
) -> "Entity | None":
    """The product when ``entity`` is named by an organisation of ``companies`` (its forms,
    case-folded) followed by words that can name its product (:func:`_product_words`): the
    name of another entity of ``names`` ("Harbor Suite" of "Veltrix Harbor Suite" after
    "Veltrix"), else, for a name the parser took for an organisation, ``entity`` itself, a
    product line named only with its maker, in English words ("Veltrix Skyline" after
    "Veltrix"; "Veltrix Lusandorf" is as likely a club named after its maker and its town)."""
    words = entity.name.split()
    line = None
    for k in range(1, len(words)):
        owner = companies.get(" ".join(words[:k]).casefold())
        if owner is None or owner is entity:
            continue
        rest = words[k:]
        if not _product_words(words, rest, places):
            return None
        alone = names.get(" ".join(rest).casefold())
        if alone is not None and alone is not owner:
            return alone
        if all(is_ordinary_word(w.lower()) for w in rest):
            line = line or entity
    if line is not None and entity.kind == "organization":
        # coverage: 3 CNN/DM articles (half b), 11 of the 111 training pages, 7 of the 60 real pages
        fired("actors.company_line")
        return line
    return None


def _after_company(entity: "Entity", last_tokens: dict[tuple[int, int], "Entity"], places: set[str]) -> bool:
    """Some mention of ``entity`` comes right after a company's name that modifies it ("Veltrix
    Skyline" where the parser tagged "Veltrix" and "Skyline" apart), and the name can be that
    company's product (:func:`_product_words`), which the story names as a thing of its own
    too: some mention heads its phrase ("played on Skyline"), not only a modifier ("the
    Veltrix Skyline dump" may be a leak of the company's files)."""
    thing = any(m.span.root.dep_ != "compound" for m in entity.mentions)
    words = entity.name.split()
    for m in entity.mentions:
        doc, start = m.span.doc, m.span.start
        owner = last_tokens.get((id(doc), start - 1))
        if owner is None or owner is entity:
            continue
        before = doc[start - 1]
        if before.dep_ == "compound" and m.span.start <= before.head.i < m.span.end and thing:
            return _product_words([*owner.name.split(), *words], words, places)
    return False


def company_products(entities: "list[Entity]", speakers: "set[int]") -> "set[int]":
    """The ids of the entities that are a company's product: "<Company> <Product>" where the article
    also names the product alone ("Veltrix Harbor Suite" and "Harbor Suite", :func:`_product_of`),
    a name the parser took for an organisation that opens with the company's ("Veltrix Skyline"),
    or one it tagged apart after the company's ("Veltrix" + "Skyline", :func:`_after_company`),
    when none of their mentions acts (:func:`.products.speaks_owns_or_acts`), no quote is theirs
    (``speakers``: the ids of the entities that speak) and they have no role. A company's division
    named the same way ("Veltrix Energy") acts in the story: it announces, owns, says."""
    companies = {f.casefold(): e for e in entities if e.kind == "organization" for f in e.forms}
    places = {f.casefold() for e in entities if e.kind == "place" for f in e.forms}

    def silent(e: "Entity") -> bool:
        return (
            e.kind != "place"
            and not e.role
            and id(e) not in speakers
            and not any(speaks_owns_or_acts(m) for m in e.mentions)
        )

    names = {e.name.casefold(): e for e in entities if e.kind != "place"}
    last_tokens = {
        (id(m.span.doc), m.span.end - 1): e for e in entities if e.kind == "organization" for m in e.mentions
    }
    out: set[int] = set()
    for e in entities:
        quiet = silent(e)
        alone = _product_of(e, companies, names, places) if quiet else None
        if alone is not None:
            out.add(id(e))
            if silent(alone):
                out.add(id(alone))
        elif e.kind == "organization" and quiet and _after_company(e, last_tokens, places):
            # coverage: 1 of the 111 training pages, 2 of the 60 real pages, no dev article; kept: a
            # class of the sign-off review (a maker's streaming service shown as an organisation),
            # and narrow: the maker's name modifies it, it is named alone too and never acts
            fired("actors.after_company")
            out.add(id(e))
    if out:
        # "Veltrix Harbor Suite" where Veltrix is a company of the article: its product, no actor
        # coverage: 1 of the 111 training pages, 1 CNN/DM article; kept: a class of the sign-off
        # review, and it asks for the product named alone too and for neither to act
        fired("actors.company_product")
    return out
