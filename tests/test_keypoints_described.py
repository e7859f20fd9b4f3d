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


_TOY_STORY = (
    "Kelbrick will close its plant in Selm next year, cutting 400 jobs.\n\n"
    "Kelbrick has made plastic bricks in the town since 1972.\n\n"
    "The Danish toy firm said on Monday that the workers would be offered jobs at its factory in Tarvel.\n\n"
    "Union leaders at the plant said they would fight the closure.\n\n"
    "At a meeting with workers on Tuesday, the Danish toy firm promised six months' wages (about 9,000 euros) "
    "to every worker who leaves.\n\n"
    "Shares in Kelbrick rose 3% on the news."
)


def _toy_point(text: str, opening: str, title: str = "Kelbrick to close its Selm plant"):
    an = analyse(text, title=title)
    unit = next(u for u in build_units(an) if u.text.startswith(opening))
    with recording() as seen:
        point = name_for_description(an, unit)
    return point, seen


def test_the_story_organisation_described_by_an_epithet_gets_its_name() -> None:
    # "the Danish toy firm" holds no word of "Kelbrick", but the headline names Kelbrick and the
    # article names no other organisation as often: every reader takes the firm for it
    point, seen = _toy_point(_TOY_STORY, "The Danish toy firm said")
    assert point is not None
    assert point.text.startswith("Kelbrick said on Monday that the workers would be offered jobs")
    assert seen["keypoints.story_organisation_named"] == 1
    # as the subject after an opening phrase too, the opening kept
    point, _ = _toy_point(_TOY_STORY, "At a meeting with workers")
    assert point is not None
    assert point.text.startswith("At a meeting with workers on Tuesday, Kelbrick promised six months' wages")


def test_an_epithet_is_no_name_where_another_organisation_is_named_as_often() -> None:
    rival = _TOY_STORY.replace(
        "Shares in Kelbrick rose 3% on the news.",
        "Brickwell and Brickwell's owner Tarvo said Brickwell would hire in Selm.",
    )
    point, seen = _toy_point(rival, "The Danish toy firm said", title="Toy plants in Selm")
    assert point is None
    assert seen["keypoints.story_organisation_named"] == 0


def test_the_office_a_deputy_holds_is_not_the_one_above_it() -> None:
    # "the prime minister" after a Deputy Prime Minister was named: the deputy is not meant; the
    # prime minister named before him is
    point, seen = _point(
        "Prime Minister Ana Roe and her finance chief clashed again on Monday over the aid plan.\n\n"
        "Both spoke about the plan with Deputy Prime Minister Ben Lusk, without naming the other.\n\n"
        "The prime minister denied any rift, saying the two worked closely together every day.",
        "The prime minister denied",
    )
    assert point is not None
    assert point.text.startswith("The prime minister Ana Roe denied")
    assert seen["entities.description_other_rank"] >= 1


def test_a_word_before_the_office_is_the_role_s_too() -> None:
    # "the prime minister" is not the aid minister named last; with no prime minister named, the
    # description stays
    point, seen = _point(
        "Ana Roe and Aid Minister Ben Lusk spoke about the aid plan in Selm on Monday.\n\n"
        "The prime minister denied any rift, saying the two worked closely together every day.",
        "The prime minister denied",
    )
    assert point is None
    assert seen["entities.description_other_office"] >= 1
