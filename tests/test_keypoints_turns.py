"""A key point that the next sentence turns against takes that turn with it (invented articles)."""

from __future__ import annotations

from briefgen.ingest import ingest_text
from briefgen.summary import summarize_article
from briefgen.trace import recording

_LEAD = "Kelby port will raise its harbour fees by a fifth from May, the port board said on Monday."
_SET_UP = "Many shipowners back the new fees and say the harbour badly needs dredging before the winter storms."
_TAIL = (
    "The port board will meet the shipowners again in March to set the harbour fees for ferries.\n\n"
    "Dredging of the harbour is due to start in June and will take two years, the port board said.\n\n"
    "The harbour fees paid for a new pier in 2015, when the port board last raised them.\n\n"
    "Kelby port handles about 400 ships a year, most of them ferries and fishing boats.\n\n"
    "The port board said the fees would be reviewed again after the dredging ends."
)


def _points(turn: str) -> list[str]:
    text = f"{_LEAD}\n\n{_SET_UP} {turn}\n\n{_TAIL}\n"
    return [p.text for p in summarize_article(ingest_text(text)).key_points]


def test_a_point_whose_next_sentence_turns_against_it_takes_the_turn_with_it() -> None:
    turn = "But they say the rise came too fast and will cost small fishing crews most."
    points = _points(turn)
    assert f"{_SET_UP} {turn}" in points
    assert _SET_UP not in points  # never the first half alone


def test_a_turn_told_as_a_question_or_a_quotation_is_not_joined() -> None:
    for turn in (
        "But will the rise pay for the dredging before the storms come?",
        "“But the rise came far too fast for the small crews,” said Ana Roe, who skippers a trawler.",
    ):
        with recording() as seen:
            _points(turn)
        assert seen["keypoints.joined_turn"] == 0, turn


def test_a_sentence_that_goes_on_without_a_turn_is_not_joined() -> None:
    with recording() as seen:
        points = _points("Owners of the big trawlers expect the fees to pay for a new quay as well.")
    assert _SET_UP in points
    assert seen["keypoints.joined_turn"] == 0


def test_a_point_whose_next_sentence_says_whose_claim_it_was_takes_it_with_it() -> None:
    claim = "The harbour fees of Kelby port will have to double again by 2030 to pay for the dredging of the harbour."
    source = "That was the stark warning of two engineers in a study seen by this paper."
    text = f"{_LEAD}\n\n{claim} {source}\n\n{_TAIL}\n"
    with recording() as seen:
        points = [p.text for p in summarize_article(ingest_text(text)).key_points]
    assert f"{claim} {source}" in points, points
    assert claim not in points  # never the claim alone, as if the article said it
    assert seen["keypoints.attributed_back"] > 0
    # a sentence that only points back ("That was the first time ...") attributes nothing
    with recording() as seen:
        _points("That was the first rise in the harbour fees since the new pier opened in 2015.")
    assert seen["keypoints.attributed_back"] == 0
