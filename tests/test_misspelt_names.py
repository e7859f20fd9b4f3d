"""A name written once with one inner letter missing is the name the article writes right
elsewhere, not one more actor, and adds no mention to it (invented text)."""

from __future__ import annotations

from collections import Counter

from briefgen.summary.actors.extract import extract_actors
from briefgen.summary.entities.misspelt import misspelt_of
from briefgen.summary.text.analysis import analyse
from briefgen.trace import recording

try:  # tests/ as a package, or as a rootdir on sys.path (pytest's default without __init__.py)
    from .conftest import rule_fires_and_holds
except ImportError:
    from conftest import rule_fires_and_holds  # type: ignore[no-redef]


def test_a_surname_written_once_without_a_letter_is_no_actor_of_its_own() -> None:
    text = (
        "Dr. Ilse Halloran of Kelmsby University led the study of the harbour's seals. Halloran "
        "said the colony had doubled in ten years. The work of Okafor and Haloran's lab showed "
        "that the seals fed further out at sea."
    )
    rule_fires_and_holds(
        "entities.misspelt_name_dropped",
        text,
        lambda actors: (
            "Haloran" not in {a.name for a in actors}
            and next(a for a in actors if a.name == "Ilse Halloran").mentions == 2
        ),
    )


def test_a_company_name_written_once_without_a_letter_is_no_actor_of_its_own() -> None:
    text = (
        "Veltrixagen shares fell 4 percent on Monday after the regulator opened an inquiry. "
        "Veltrixagen said it would work with the regulator. Analysts said Veltrxagen had sold "
        "too many bonds last year."
    )
    rule_fires_and_holds(
        "entities.misspelt_name_dropped",
        text,
        lambda actors: [a.name for a in actors if a.name.startswith("Vel")] == ["Veltrixagen"],
    )


def test_names_one_letter_apart_at_an_end_or_short_stay_apart() -> None:
    # "Stevens" is no slip of "Steven" (the last letter), "Maine" none of "Marine" (too short)
    counts = Counter({"Steven": 1, "Stevens": 3, "Maine": 1, "Marine": 4, "Barow": 1, "Barrow": 2})
    assert misspelt_of("Steven", counts) is None
    assert misspelt_of("Maine", counts) is None
    assert misspelt_of("Barow", counts) is None  # five letters: too short to be sure
    assert misspelt_of("Okafr", Counter({"Okafr": 1, "Okafor": 2})) is None
    assert misspelt_of("Lusktow", Counter({"Lusktow": 1, "Lusktown": 2})) is None  # the last letter
    assert misspelt_of("Garrowby", Counter({"Garrowby": 1, "Garrrowby": 2})) == "Garrrowby"
    # written twice: the article means it
    assert misspelt_of("Garowby", Counter({"Garowby": 2, "Garrowby": 3})) is None


def test_two_people_whose_names_differ_by_a_letter_stay_two_when_each_is_named_in_full() -> None:
    text = (
        "Ann Carlsson won the race on Sunday. Carlsson said the course was hard. "
        "Ben Carlson, the organiser, said the weather had helped the runners."
    )
    with recording() as fired:
        actors = extract_actors(analyse(text), [])
    assert fired["entities.misspelt_name_dropped"] == 0
    assert {"Ann Carlsson", "Ben Carlson"} <= {a.name for a in actors}
