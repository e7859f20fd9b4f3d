"""A sentence whose leaning subject only "comes" before a clause ("This comes after engineers
warned ...") gives the clause as its key point (keypoints/tied_clause.py), on invented articles."""

from __future__ import annotations

import pytest

from briefgen import summarize
from briefgen.summary.keypoints.ranking import build_units
from briefgen.summary.keypoints.tied_clause import tied_clause
from briefgen.summary.text.analysis import analyse

_BEFORE = "Harbourton council closed the town's Victorian pier on Monday after storms damaged it.\n\n"


def _unit(sentence: str):
    an = analyse(_BEFORE + sentence)
    unit = next(u for u in build_units(an) if u.text.startswith(sentence[:12]))
    return an, unit


@pytest.mark.parametrize(
    ("sentence", "point"),
    [
        (
            "This comes after engineers warned last year that the pier was unsafe.",
            "Engineers warned last year that the pier was unsafe.",
        ),
        (
            "It comes just three days after the council voted to sell the pier to a private buyer.",
            "The council voted to sell the pier to a private buyer.",
        ),
        (
            "The decision came a week after inspectors found cracks in two of the main supports.",
            "Inspectors found cracks in two of the main supports.",
        ),
        (
            "The move comes as the harbour board faces growing pressure to cut its fees.",
            "The harbour board faces growing pressure to cut its fees.",
        ),
        # an aside on the leaning subject, set off by commas, goes with it
        (
            "The closure, due to last until the end of June, comes after engineers said that two of the "
            "supports had rusted through.",
            "Engineers said that two of the supports had rusted through.",
        ),
    ],
)
def test_the_clause_after_a_leaning_tie_is_the_point(sentence: str, point: str) -> None:
    an, unit = _unit(sentence)
    got = tied_clause(an, unit)
    assert got is not None
    assert got.text == point
    ((start, end),) = got.spans
    assert an.text[start:end].lower() == point.lower()  # the source's own words, one span


@pytest.mark.parametrize(
    "sentence",
    [
        "The closure comes amid growing anger over the cost of repairs.",  # a noun phrase, no clause
        "It came as a surprise to many residents, who had expected repairs.",  # "as" + noun phrase
        "The council's decision comes as the harbour board faces an audit.",  # the subject names it
        "The closure of the pier comes after engineers said the supports had rusted.",  # it says which
        "Mayor Ana Ruiz came to the pier after engineers warned it was unsafe.",  # a person comes
        "This comes after he warned that the pier was unsafe.",  # the clause leans in turn
        "This comes after engineers warned, and the mayor says it is a shame.",  # more than the tie
    ],
)
def test_other_sentences_are_not_cut(sentence: str) -> None:
    an, unit = _unit(sentence)
    assert tied_clause(an, unit) is None


def test_a_brief_shows_the_clause_not_the_tie() -> None:
    brief = summarize(
        "Pier closed after storm\n\n"
        "Harbourton council has closed the town's Victorian pier after storms damaged its supports badly "
        "on Monday night, leaving the seafront without its main attraction for the summer.\n\n"
        "This comes after engineers warned last year that the pier was unsafe and needed urgent repairs.\n\n"
        'Council leader Mary Okafor said the decision was painful. "We had no choice," she said.\n\n'
        "The pier opened in 1895 and drew a million visitors a year at its peak, the town museum says.\n\n"
        "Repairs are expected to take at least two years, and the council will seek heritage money.\n"
    )
    texts = [p.text for p in brief.key_points]
    assert "Engineers warned last year that the pier was unsafe and needed urgent repairs." in texts
    assert not any(t.startswith("This comes") or "This comes after" in t for t in texts)
