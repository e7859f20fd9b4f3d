"""Evidence that keeps a story's organisation in the brief: its name written in lower case only in a
web address is no common word (evidence.prose_lower_words), and what only an organisation has
("Lumora shares", "Lumora's chief executive") makes an organisation of a name the model took for
a person. Invented sentences; each rule fires and does what it says."""

from __future__ import annotations

from briefgen.summary.actors import extract_actors
from briefgen.summary.entities.evidence import prose_lower_words
from briefgen.summary.text.analysis import analyse
from briefgen.trace import recording


def _actors(text: str) -> tuple[dict[str, str], dict[str, int]]:
    with recording() as fired:
        actors = extract_actors(analyse(text), [])
    return {a.name: a.kind for a in actors}, dict(fired)


def test_web_address_words_are_no_prose() -> None:
    words = prose_lower_words("Photo: www.tarvel.com/press. Mail press@lumora.io or visit lumora.com today.")
    assert "tarvel" not in words and "lumora" not in words
    assert "photo" not in words and "today" in words and "visit" in words


def test_organisation_named_in_its_address_stays_an_actor() -> None:
    """A company the story is about whose name is a common word, written in lower case only in its
    web address, is still an organisation of the brief."""
    text = (
        "The new Lantern phone is here.\n"
        "The latest phone from Lantern is smaller than the last one. "
        "It packs Lantern’s newest chip and brings back the home button. "
        "It sells for a third of what Lantern’s flagships cost. Image credit: www.lantern.com/uk/"
    )
    kinds, fired = _actors(text)
    assert kinds.get("Lantern") == "organization", kinds
    assert fired.get("entities.address_words_not_prose", 0) > 0


def test_what_only_an_organisation_has() -> None:
    kinds, fired = _actors(
        "Lumora shares fell 8% on Tuesday after the cosmetics firm cut its forecast. "
        "Lumora said demand in Asia had weakened. Lumora's chief executive told analysts costs would fall."
    )
    assert fired.get("entities.organisation_context", 0) > 0
    assert kinds.get("Lumora") == "organization", kinds


def test_a_candidates_spokeswoman_leaves_the_candidate_a_person() -> None:
    kinds, fired = _actors(
        "Jill Corran spokeswoman Ana Ruiz said the candidate was headed home. Corran said she would not stop."
    )
    assert fired.get("entities.organisation_context", 0) == 0
    assert kinds.get("Jill Corran") == "person", kinds
