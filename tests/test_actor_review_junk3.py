"""Junk actors of real pages, third round, on invented text: a place taken for a person or an
organisation before a noun of the people who live there ("Lusk Vale residents"). Each test also
keeps a real person in a like sentence."""

from __future__ import annotations

from briefgen.model import Actor

try:  # tests/ as a package, or as a rootdir on sys.path (pytest's default without __init__.py)
    from .conftest import rule_fires_and_holds
except ImportError:
    from conftest import rule_fires_and_holds  # type: ignore[no-redef]


def _kinds(actors: list[Actor]) -> dict[str, str]:
    return {a.name: a.kind for a in actors}


def test_a_name_before_residents_is_a_place() -> None:
    text = "Corbel Hook residents packed the hall on Monday. Ann Roe said the towers were too tall."
    rule_fires_and_holds(
        "entities.place_before_resident",
        text,
        lambda a: _kinds(a).get("Corbel Hook") == "place" and _kinds(a).get("Ann Roe") == "person",
    )


def test_a_name_before_a_resident_named_after_it_is_a_place() -> None:
    text = (
        "Harrow Neck resident Ann Roe said the new towers were too tall. Ben Lusk, who chairs the "
        "council, said the vote was fair."
    )
    rule_fires_and_holds(
        "entities.place_before_resident",
        text,
        lambda a: _kinds(a).get("Harrow Neck") == "place" and _kinds(a).get("Ann Roe") == "person",
    )
