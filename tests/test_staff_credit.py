"""A wire story's staff credit (summary.text.credits): the pattern on invented lines, and the
people it names are no actors while the story's own people stay."""

from __future__ import annotations

import pytest

from briefgen.summary.actors import extract_actors
from briefgen.summary.text.analysis import analyse
from briefgen.summary.text.credits import is_staff_credit
from briefgen.trace import recording

_STORY = (
    "Ferry service to Kelm Island resumed on Monday after a two-week strike ended.\n\n"
    "Harbour master Ana Ruiz said the first boat left Port Ellis at dawn with 140 passengers.\n\n"
    "The union said its members had accepted a pay rise of 6% over two years.\n\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "(Reporting by Dana Whitfield in Port Ellis; Additional reporting by Jo Marsh; Editing by Colin Brack)",
        "Reporting by Dana Whitfield; Writing by Jo Marsh; Editing by Colin Brack.",
        "Additional reporting by Jo Marsh and Dana Whitfield",
        "Associated Press writers Dana Whitfield in Port Ellis and Jo Marsh contributed to this report.",
        "Jo Marsh contributed reporting from Port Ellis.",
        "Contributing: Jo Marsh, Dana Whitfield",
        "Contributing: Jo Marsh and Dana Whitfield.",
    ],
)
def test_staff_credits(line: str) -> None:
    assert is_staff_credit(line)


@pytest.mark.parametrize(
    "line",
    [
        "Reporting by Dana Whitfield revealed the scheme in March.",
        "Reporting by the council found the roads unsafe.",
        "Rising prices contributed to this report's gloomy findings.",
        "The harbour board said Jo Marsh contributed to this report.",
    ],
)
def test_prose_is_no_staff_credit(line: str) -> None:
    assert not is_staff_credit(line)


def test_people_named_only_in_the_credit_are_no_actors() -> None:
    text = _STORY + "(Reporting by Dana Whitfield; Editing by Colin Brack)"
    with recording() as fired:
        names = {a.name for a in extract_actors(analyse(text), [])}
    assert fired.get("actors.staff_credit", 0) > 0
    assert "Ana Ruiz" in names
    assert not names & {"Dana Whitfield", "Colin Brack"}


def test_people_named_only_in_a_contributing_line_are_no_actors() -> None:
    names = {a.name for a in extract_actors(analyse(_STORY + "Contributing: Dana Whitfield"), [])}
    assert "Ana Ruiz" in names and "Dana Whitfield" not in names


def test_a_person_of_the_story_stays_though_the_credit_names_them_too() -> None:
    text = _STORY + "Colin Brack, a ferry captain, said the crossing was calm.\n\n(Editing by Colin Brack)"
    names = {a.name for a in extract_actors(analyse(text), [])}
    assert "Colin Brack" in names


def test_the_credit_is_no_key_point() -> None:
    from briefgen import summarize

    with recording() as fired:
        brief = summarize(_STORY + "Jo Marsh and Dana Whitfield contributed reporting.")
    assert fired.get("keypoints.staff_credit", 0) > 0
    assert brief.key_points and not any("contributed" in k.text for k in brief.key_points)
