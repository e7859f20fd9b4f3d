"""A key point opening on a description of what the article named before gets its name
(keypoints/described.py), on invented articles."""

from __future__ import annotations

from briefgen.summary.keypoints.described import name_for_description
from briefgen.summary.keypoints.ranking import build_units
from briefgen.summary.text.analysis import analyse
from briefgen.trace import recording


def _point(text: str, opening: str):
    an = analyse(text)
    unit = next(u for u in build_units(an) if u.text.startswith(opening))
    with recording() as seen:
        point = name_for_description(an, unit)
    if point is not None:  # every piece is the article's own text, the pieces joined make the point
        pieces = [an.text[a:b] for a, b in point.spans]
        assert all(p == p.strip() for p in pieces)
        assert " ".join(pieces).replace(" ,", ",").replace(" 's", "'s") == point.text
    return point, seen


def test_a_body_described_by_its_kind_gets_its_name_with_the() -> None:
    point, seen = _point(
        "The Selm Harbour Commission opened an inquiry into the ferry crash on Monday.\n\n"
        "Divers searched the wreck for a second day.\n\n"
        "The commission fined the ferry company 40,000 euros for missing safety checks.",
        "The commission fined",
    )
    assert point is not None
    assert point.text == "The Selm Harbour Commission fined the ferry company 40,000 euros for missing safety checks."
    assert seen["keypoints.name_for_description"] == 1


def test_a_person_described_by_office_gets_the_name_after_the_office() -> None:
    point, _ = _point(
        "Finance Minister Ana Ruiz announced a new tax on harbour fees in Selm on Monday.\n\n"
        "Ferry operators said the tax would raise ticket prices.\n\n"
        "The finance minister said the money would pay for a new pier.",
        "The finance minister said",
    )
    assert point is not None
    assert point.text == "The finance minister Ana Ruiz said the money would pay for a new pier."


def test_a_guess_is_no_name() -> None:
    # "the company" is not a word of "Kelm Mills": the model's guess (the last company named)
    # does not go into a key point, nor a description written before anything is named
    point, seen = _point(
        "Kelm Mills bought the old paper factory in Selm on Monday.\n\n"
        "The company said it would hire 200 workers by the summer.",
        "The company said",
    )
    assert point is None
    assert seen["keypoints.name_for_description"] == 0
    point, _ = _point("The commission fined the ferry company on Monday.", "The commission")
    assert point is None
