"""Letters in capitals in a text in mixed case ("the CMO", "GPRS phones", "the WKLM report") name an
office, a technology, a station or a work, never a person (invented text). A person is named in
mixed case there; a line in capitals (a headline) is read apart, and an organisation the evidence
makes of the letters stays."""

from __future__ import annotations

from briefgen.summary.actors.extract import extract_actors
from briefgen.summary.quotes.extract import extract_quotes
from briefgen.summary.text.analysis import analyse
from briefgen.trace import recording


def _actors(text: str) -> tuple[list[tuple[str, str]], dict[str, int]]:
    analysis = analyse(text)
    with recording() as fired:
        actors = extract_actors(analysis, extract_quotes(analysis))
    return [(a.name, a.kind) for a in actors], dict(fired)


def test_an_initialism_the_model_takes_for_a_person_is_no_actor() -> None:
    actors, fired = _actors("The deal was signed by JKT and Ana Roe in Kelmsby on Friday.")
    assert fired.get("entities.initialism_as_person")
    assert ("JKT", "person") not in actors


def test_a_speaker_named_by_an_offices_letters_is_no_person() -> None:
    actors, _ = _actors(
        "The letter from CMO to the health minister Maren Holt warned of a second wave. "
        "“We are worried about the numbers in the north,” the CMO said."
    )
    assert ("Maren Holt", "person") in actors
    assert not any(name == "CMO" for name, _ in actors)
