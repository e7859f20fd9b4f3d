"""Sides of a match and the towns they are named after (invented clubs and towns): a club named by
a place word plays as a club, and the town of a club that only stands where a place stands stays a
place."""

from __future__ import annotations

from briefgen.summary.actors.extract import extract_actors
from briefgen.summary.text.analysis import analyse
from briefgen.trace import recording


def _kinds(text: str) -> tuple[dict[str, str], dict[str, int]]:
    with recording() as fired:
        actors = extract_actors(analyse(text), [])
    return {a.name: a.kind for a in actors}, dict(fired)


def test_a_club_named_by_a_place_word_that_plays_is_an_organisation() -> None:
    kinds, fired = _kinds("Harwick City beat Lusk Town 3-1 on Saturday. Lusk Town remain 12th.")
    assert fired.get("entities.side_with_place_word")
    assert kinds.get("Harwick City") == "organization"


def test_a_city_that_plays_no_match_stays_a_place() -> None:
    kinds, fired = _kinds("Harwick City council raised parking fees on Saturday. Residents of Harwick City objected.")
    assert not fired.get("entities.side_with_place_word")
    assert kinds.get("Harwick City", "place") == "place"


def test_the_town_of_a_club_that_only_stands_where_a_place_stands_stays_a_place() -> None:
    text = (
        "Ana Ruiz retired on Thursday after eleven years with the Dunmore Herons. "
        '"I thank the fans of Dunmore," Ruiz said. She will stay in Dunmore with her family.'
    )
    kinds, fired = _kinds(text)
    assert fired.get("entities.club_town_located")
    assert kinds.get("Dunmore") == "place"
    assert kinds.get("Dunmore Herons") == "organization"


def test_the_town_of_a_club_that_plays_as_a_side_is_the_club() -> None:
    kinds, _ = _kinds("Kelmsby Otters beat Dunmore Herons 3-1 on Friday. Kelmsby have now won six in a row.")
    assert kinds.get("Kelmsby") == "organization"


def test_a_town_before_a_players_noun_is_the_club() -> None:
    kinds, fired = _kinds("The Dunmore coach said his players were tired after the long trip to Kelmsby.")
    assert fired.get("entities.club_before_player")
    assert kinds.get("Dunmore") == "organization"
    assert kinds.get("Kelmsby") == "place"


def test_a_country_before_a_players_noun_stays_a_place() -> None:
    kinds, fired = _kinds("England captain Ruth Ames said the team was ready for the final.")
    assert not fired.get("entities.club_before_player")
    assert kinds.get("England") == "place"
    assert kinds.get("Ruth Ames") == "person"


def test_a_players_noun_far_from_the_name_makes_no_club() -> None:
    kinds, fired = _kinds("Fans in Dunmore cheered the striker who scored twice on Saturday.")
    assert not fired.get("entities.club_before_player")
    assert kinds.get("Dunmore") == "place"


def test_the_side_a_player_scores_for_is_a_club() -> None:
    kinds, fired = _kinds("Ana Ruiz scored twice for Kelmsby on Saturday, and Tom Carver homered for Dunmore.")
    assert fired.get("entities.side_played_for")
    assert kinds.get("Kelmsby") == "organization"
    assert kinds.get("Dunmore") == "organization"
    assert kinds.get("Ana Ruiz") == "person"


def test_a_name_after_for_with_no_players_verb_is_no_side() -> None:
    kinds, fired = _kinds("Ana Ruiz left for Kelmsby on Saturday to see her family.")
    assert not fired.get("entities.side_played_for")
    assert kinds.get("Kelmsby") != "organization"


def test_the_owner_of_a_result_and_the_side_that_inflicts_it_are_clubs() -> None:
    kinds, fired = _kinds("Dunmore were beaten 2-1 by Lusk on Saturday, and Lusk now lead the table.")
    assert fired.get("entities.side_match_result")
    assert kinds.get("Lusk") == "organization"


def test_a_defeat_without_a_score_makes_no_side() -> None:
    kinds, fired = _kinds("Mayor Ana Soto was beaten by Tom Carver in the May election.")
    assert not fired.get("entities.side_match_result")
    assert kinds.get("Tom Carver") == "person"


def test_a_side_that_goes_past_the_other_with_a_score_is_a_club() -> None:
    # a college side named by its region: "rolled past", "eased past" with the score
    kinds, _ = _kinds(
        "Mike Tarrow passed for two scores as Eastern Norland rolled past Western Kelby, 45-17, on "
        "Tuesday night. Eastern Norland will now play in a bowl game for a second year."
    )
    assert kinds.get("Eastern Norland") == "organization"
    # without a score nothing is a match: a region that goes past another stays a place
    kinds, _ = _kinds("The storm rolled past Western Kelby on Tuesday night and reached Eastern Norland by noon.")
    assert kinds.get("Western Kelby", "place") == "place"
