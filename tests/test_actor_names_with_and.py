"""An organisation's name with an "and" in it, which the model cuts in two ("Mobile Vet" and
"Rescue Clinic"): taken whole when the words after the "and" end in an
organisation's word, when the joined words stand inside a longer name of the article, or when the
abbreviation in brackets after it spells the words before. Two bodies listed with "and" stay two.
All examples are invented."""

from __future__ import annotations

from briefgen.model import Actor

try:  # tests/ as a package, or as a rootdir on sys.path (pytest's default without __init__.py)
    from .conftest import rule_fires_and_holds
except ImportError:
    from conftest import rule_fires_and_holds  # type: ignore[no-redef]


def _names(actors: list[Actor]) -> dict[str, str]:
    return {a.name: a.kind for a in actors}


def test_a_name_ending_in_an_organisation_word_after_its_and_is_one_organisation() -> None:
    text = (
        "Volunteers took the dogs to the Mobile Vet and Rescue Clinic in Kelmsby on Monday. The "
        "clinic has treated 400 animals this year, said its manager Ana Roe."
    )
    rule_fires_and_holds(
        "entities.name_cut_at_and",
        text,
        lambda a: (
            _names(a).get("Mobile Vet and Rescue Clinic") == "organization"
            and "Mobile Vet" not in _names(a)
            and _names(a).get("Ana Roe") == "person"
        ),
    )


def test_a_possessor_before_a_name_with_and_keeps_its_own_name() -> None:
    text = "The grant came from the Lusk Institute's Civic Discourse and Harbour Voices Fund, the paper said."
    rule_fires_and_holds(
        "entities.name_cut_at_and",
        text,
        lambda a: "Civic Discourse and Harbour Voices Fund" in _names(a) and "Harbour Voices Fund" not in _names(a),
    )


def test_words_joined_by_and_inside_a_longer_name_are_that_organisation() -> None:
    text = (
        "Norland Customs and Marine Protection (NCMP) seized 300 pounds of cocaine concealed in a "
        "vessel at Port Lusk, Customs and Marine Protection said on Tuesday. The cargo was worth "
        "$4 million."
    )

    def check(actors: list[Actor]) -> bool:
        body = next((a for a in actors if a.name == "Norland Customs and Marine Protection"), None)
        return (
            body is not None
            and "Customs and Marine Protection" in body.aliases
            and not any(a.name in {"Customs", "Marine Protection", "Customs and Marine Protection"} for a in actors)
        )

    rule_fires_and_holds("entities.name_cut_at_and", text, check)


def test_an_abbreviation_in_brackets_spells_the_words_the_model_left_out() -> None:
    text = (
        "Norland Border Police (NBP) Air and River Operations (ARO) found the boat on Sunday. ARO "
        "asked the police for help, said Ana Roe."
    )
    rule_fires_and_holds(
        "entities.name_spelled_by_abbreviation",
        text,
        lambda a: (
            "ARO" in next((x.aliases for x in a if x.name == "Air and River Operations"), [])
            and "River Operations" not in _names(a)
        ),
    )


def test_two_bodies_listed_with_and_stay_two() -> None:
    from briefgen.summary.actors.extract import extract_actors
    from briefgen.summary.text.analysis import analyse

    for text, first, second in [
        (
            "Norland and Kelmsby Harbour Board will share the cost. Norland has paid before.",
            "Norland",
            "Kelmsby Harbour Board",
        ),
        (
            "The Kelmsby Port Authority and Lusk Harbour Board will share the cost, Ana Roe said.",
            "Kelmsby Port Authority",
            "Lusk Harbour Board",
        ),
    ]:
        names = _names(extract_actors(analyse(text), []))
        assert first in names and second in names, names
