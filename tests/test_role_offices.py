"""Roles a verb of office with "as" gives (entities.role_offices): on invented sentences, each
kind of verb gives the role it should, through the actors stage, and who is replaced, who did not
leave, and a question get none."""

from __future__ import annotations

import pytest

from briefgen.lang.en.roles import OFFICE_VERBS
from briefgen.summary.actors import extract_actors
from briefgen.summary.text.analysis import analyse
from briefgen.trace import recording


def _roles(text: str) -> tuple[dict[str, str | None], dict[str, int]]:
    with recording() as fired:
        actors = extract_actors(analyse(text), [])
    return {a.name: a.role for a in actors}, dict(fired)


@pytest.mark.parametrize(
    ("rule", "text", "name", "role"),
    [
        (
            "roles.office_hold",
            "Dana Whitfield served as head of the Norland Budget Office. The office was shut last year.",
            "Dana Whitfield",
            "served as head of the Norland Budget Office",
        ),
        (
            "roles.office_leave",
            "The shares fell sharply on Friday after Dana Whitfield stepped down as chief executive.",
            "Dana Whitfield",
            "stepped down as chief executive",
        ),
        (
            "roles.office_leave",
            "Marcus Okonjo was sacked as Kelm Rovers manager on Sunday after a run of eight defeats.",
            "Marcus Okonjo",
            "sacked as Kelm Rovers manager",
        ),
        (
            "roles.office_given",
            "The board appointed Dana Whitfield as finance director after a long search in the spring.",
            "Dana Whitfield",
            "finance director",
        ),
        (
            "roles.office_replacing",
            "Marcus Okonjo signed a contract to replace Dana Whitfield as Kelm Rovers' coach until 2030.",
            "Marcus Okonjo",
            "Kelm Rovers' coach",
        ),
        (
            "roles.office_hold",
            "Dana Whitfield met the donors while serving as mayor of Kelmsby, the report found.",
            "Dana Whitfield",
            "mayor of Kelmsby",
        ),
    ],
)
def test_office_role(rule: str, text: str, name: str, role: str) -> None:
    roles, fired = _roles(text)
    assert fired.get(rule, 0) > 0, sorted(fired)
    assert roles.get(name) == role, roles


@pytest.mark.parametrize(
    "text",
    [
        # who is replaced takes no role from the verb of the one who replaces
        "Marcus Okonjo signed a contract to replace Dana Whitfield as Kelm Rovers' coach until 2030.",
        # a negated verb, a question
        "Dana Whitfield did not resign as finance director, the bank said on Monday.",
        "Has Dana Whitfield stepped down as finance director of the bank?",
        # a verb of holding in the infinitive: a hope, not an office
        "Dana Whitfield hopes to serve as the town's mayor one day, she told the club on Friday.",
        # "as" with no role noun after it
        "Dana Whitfield served as a bridge between the two camps for many years.",
    ],
)
def test_no_office_role(text: str) -> None:
    roles, _ = _roles(text)
    assert "Dana Whitfield" in roles and roles["Dana Whitfield"] is None, roles


def test_office_verbs_are_data() -> None:
    """The verbs live in the language layer, each with what it says of the person."""
    assert set(OFFICE_VERBS.values()) == {"hold", "leave", "give", "replace"}
    assert OFFICE_VERBS["resign"] == "leave" and OFFICE_VERBS["appoint"] == "give"
