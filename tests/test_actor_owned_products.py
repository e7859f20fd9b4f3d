"""Products, services and programmes named as actors, on invented text: a name an organisation
owns ("the company's Cloudbox") or that modifies a product's or a programme's noun ("the Nimbus
Connect platform", "the Lunar Cargo Services (LCS) program") is no actor; a company that speaks
or owns something keeps its place however the text names its products."""

from __future__ import annotations

from briefgen.model import Actor
from briefgen.summary.actors.extract import extract_actors
from briefgen.summary.text.analysis import analyse
from briefgen.trace import recording

try:  # tests/ as a package, or as a rootdir on sys.path (pytest's default without __init__.py)
    from .conftest import rule_fires_and_holds
except ImportError:
    from conftest import rule_fires_and_holds  # type: ignore[no-redef]


def _names(actors: list[Actor]) -> set[str]:
    return {a.name for a in actors} | {alias for a in actors for alias in a.aliases}


def test_a_name_modifying_a_platform_is_no_actor() -> None:
    text = (
        "Ruth Okafor said on Monday that Kelmsby schools would move their lessons to the Nimbus Connect "
        "platform in March. Teachers will be trained on Nimbus Connect before the term starts, she said."
    )
    rule_fires_and_holds(
        "actors.product_head_noun",
        text,
        lambda a: "Nimbus Connect" not in _names(a) and "Ruth Okafor" in _names(a),
    )


def test_a_programme_and_its_acronym_are_no_actors() -> None:
    text = (
        "The space agency picked two firms for its Lunar Cargo Delivery (LCD) program on Tuesday. "
        "Under the LCD program, each firm will fly two missions, Ben Lusk, the agency's director, said."
    )
    rule_fires_and_holds(
        "actors.product_head_noun",
        text,
        lambda a: not {"Lunar Cargo Delivery", "LCD"} & _names(a) and "Ben Lusk" in _names(a),
    )


def test_a_name_the_company_owns_is_no_actor() -> None:
    text = (
        "Users of the company's StreamBox will pay more from June, Ann Roe, a spokeswoman for the "
        "firm, said. StreamBox will also show adverts."
    )
    rule_fires_and_holds(
        "actors.owned_product",
        text,
        lambda a: "StreamBox" not in _names(a) and "Ann Roe" in _names(a),
    )


def test_a_company_that_speaks_stays_however_its_products_are_named() -> None:
    text = (
        "Tarvelio said on Monday that it would close the Tarvelio app in Kelmsby. Tarvelio employs 4,000 people there."
    )
    with recording() as fired:
        actors = extract_actors(analyse(text), [])
    assert "Tarvelio" in _names(actors)
    assert not fired["actors.product_head_noun"]


def test_a_company_that_owns_something_stays() -> None:
    text = (
        "Ann Roe moved her shop to StreamBox platforms last year. StreamBox's engineers fixed the fault within a day."
    )
    actors = extract_actors(analyse(text), [])
    assert "StreamBox" in _names(actors)


def test_a_name_before_a_verb_spelled_like_a_product_noun_is_no_cue() -> None:
    text = "Ruth Okafor runs Kelmsby Watch. Kelmsby Watch monitors the river every night, Okafor said."
    with recording() as fired:
        extract_actors(analyse(text), [])
    assert not fired["actors.product_head_noun"]


def test_a_laboratory_an_organisation_owns_stays_an_actor() -> None:
    # a lab, a unit of its owner, is an organisation of its own: no product
    text = (
        "The lake may hold a liquid ocean, said geologist Ruth Okafor of the agency's Kelmsby Propulsion "
        "Laboratory in Nordia. The Kelmsby agency's Marlow Propulsion Laboratory will fly the probe in 2031."
    )
    with recording() as fired:
        actors = extract_actors(analyse(text), [])
    names = _names(actors)
    assert "Ruth Okafor" in names
    assert "Marlow Propulsion Laboratory" in names or "Kelmsby Propulsion Laboratory" in names, names
    assert fired.get("actors.owned_product", 0) == 0


def test_the_maker_of_products_stays_an_actor_though_it_never_speaks() -> None:
    # "Tarvex devices", "Tarvex products": a deals page names the maker by what it makes
    text = (
        "Black Friday brings early deals on Tarvex devices this week. Tarvex products are typically pricey, "
        "and the Tarvex deals promise to be better than ever. Tarvex devices sell out fast."
    )
    with recording() as fired:
        actors = extract_actors(analyse(text), [])
    assert "Tarvex" in _names(actors), [a.name for a in actors]
    assert fired["actors.maker_of_products"]
