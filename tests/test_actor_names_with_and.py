"""An organisation's name with an "and" in it, which the model cuts in two ("Mobile Vet" and
"Rescue Clinic"): taken whole when the words after the "and" end in an
organisation's word, when the joined words stand inside a longer name of the article, or when the
abbreviation in brackets after it spells the words before. Two bodies listed with "and" stay two.
All examples are invented."""

from __future__ import annotations

import pytest

from briefgen.model import Actor
from briefgen.summary.actors import extract_actors
from briefgen.summary.text.analysis import analyse
from briefgen.trace import recording

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


def test_two_people_the_model_joined_at_and_are_two_people() -> None:
    text = (
        "Ann Grant, 34, and Joel Ambersley, 29, were in the car. All five victims were taken to a "
        "hospital where Grant and Ambersley were pronounced dead."
    )
    rule_fires_and_holds(
        "entities.name_pair_split",
        text,
        lambda a: (
            "Grant and Ambersley" not in _names(a)
            and _names(a).get("Ann Grant") == "person"
            and _names(a).get("Joel Ambersley") == "person"
        ),
    )


def _pair_parts(text: str, pair: str, label: str = "ORG") -> list[tuple[str, str]]:
    """What :func:`split_name_pair` makes of ``pair`` in ``text``, tagged ``label`` as by the model."""
    from spacy.tokens import Span

    from briefgen.summary.entities.name_pairs import split_name_pair
    from briefgen.summary.text.analysis import analyse

    doc = analyse(text).doc
    start = text.index(pair)
    span = doc.char_span(start, start + len(pair))
    assert span is not None
    parts = split_name_pair(Span(doc, span.start, span.end, label=label), text, {"Kelmsby Harriers": "ORG"})
    return [(p.text, p.label_) for p in parts]


def test_a_pair_is_cut_only_when_each_side_is_a_name_of_its_own() -> None:
    # each side stands alone elsewhere: two clubs, the side's label from its longer name
    both = "Two players of the Kelmsby Harriers were held. The Harriers and Rovers are in Lusk. Rovers lost."
    assert _pair_parts(both, "Harriers and Rovers") == [("Harriers", "ORG"), ("Rovers", "ORG")]
    # one side never alone: a firm's name ("Harlow and Dean"), kept whole
    firm = "Harlow and Dean said on Monday that it would cut 200 jobs. Dean was not a founder."
    assert _pair_parts(firm, "Harlow and Dean") == [("Harlow and Dean", "ORG")]
    # an organisation's closing word, or a side that opens a longer name elsewhere, keeps it whole
    body = "The Trade and Customs Agency said so. Trade Ministers met. Customs officers agreed."
    assert _pair_parts(body, "Trade and Customs Agency") == [("Trade and Customs Agency", "ORG")]
    names = "Customs and Immigration staff met. Immigration Services said so. Customs officers agreed."
    assert _pair_parts(names, "Customs and Immigration") == [("Customs and Immigration", "ORG")]


def test_two_names_before_a_plural_noun_of_places_are_two_places() -> None:
    text = (
        "Evacuation warnings were issued on Tuesday for a few communities in an area of Redvale and "
        "Stonebridge counties that was burned in a wildfire last year, the utility said."
    )
    rule_fires_and_holds(
        "entities.name_pair_split",
        text,
        lambda a: (
            _names(a).get("Redvale") == "place"
            and _names(a).get("Stonebridge") == "place"
            and "Redvale and Stonebridge" not in _names(a)
        ),
    )


@pytest.mark.parametrize(
    ("text", "kept", "gone"),
    [
        # a small word no name holds inside it: two names, or a name and a clause, run together
        (
            "The striker scored for Sporting Lusk against Real Tarvo in November 2008.",
            "Real Tarvo",
            "Sporting Lusk against Real Tarvo",
        ),
        # a sentence's full stop the model read across: the name keeps no stop and no next word
        (
            "Rock band Kelpie, Glasswing and Rolo-Q. Jazz singer Mina Lusk will receive the Lantern Award.",
            "Rolo-Q",
            "Rolo-Q. Jazz",
        ),
    ],
)
def test_names_run_together_across_a_clause_are_cut_apart(text: str, kept: str, gone: str) -> None:
    with recording() as seen:
        names = {a.name for a in extract_actors(analyse(text), [])}
    assert kept in names and gone not in names, names
    assert seen["entities.names_run_together_split"]


@pytest.mark.parametrize(
    "text",
    [
        "Children queued to meet Bertie the Bear at the Kelby fair on Sunday.",
        "Shares in Tarvel Bros. rose on Monday, and St. Ives Council said the U.S. Army would leave.",
        "The Bank of the West said the Isle of Man ferry would sail.",
    ],
)
def test_names_with_small_words_of_their_own_stay_whole(text: str) -> None:
    # an epithet's "the", an abbreviation's full stop, "of the": words of one name
    with recording() as seen:
        extract_actors(analyse(text), [])
    assert seen["entities.names_run_together_split"] == 0
