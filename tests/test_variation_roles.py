"""A person's role from the description the next sentence calls them by (elegant variation)."""

from __future__ import annotations

import pytest

from briefgen.summary.actors import extract_actors
from briefgen.summary.text.analysis import analyse

try:
    from .conftest import role_of
except ImportError:  # pragma: no cover - run from the tests folder
    from conftest import role_of  # type: ignore[no-redef]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a party's member of parliament, by initials, after an opening phrase
        (
            "Maria Keller told reporters the harbour at Selm would close within a year.\n"
            'Speaking in the chamber, the Liberal MP said: "We cannot wait for the next storm."',
            "Maria Keller",
            "Liberal MP",
        ),
        # an office, as the subject of a verb that is no verb of saying
        (
            "Maria Keller has apologised to the families of the two fishermen.\n"
            "The prime minister was speaking after a report found the coastguard had failed them.",
            "Maria Keller",
            "prime minister",
        ),
        # a nationality, as sports copy calls a player
        (
            "Greta Lindqvist is still ranked 14th in the world after a season of injuries.\n"
            "The Swede missed the spring after surgery on her knee.",
            "Greta Lindqvist",
            "Swede",
        ),
    ],
)
def test_the_next_sentences_description_is_the_role(text: str, name: str, role: str) -> None:
    found, fired = role_of(text, name)
    assert found == role
    assert fired.get("roles.elegant_variation")


@pytest.mark.parametrize(
    "text",
    [
        # two people named before: which one the senator is, the writer does not say
        "Maria Keller met Tom Baxter on Monday. The senator said the talks went well.",
        # the noun was someone else's before
        "Maria Keller met the senator on Monday. The senator said the talks went well.",
        # another party to the person: her client, not her
        "Maria Keller said her assistant had not seen the file. But the client asked for it anyway.",
        # the description's own clause restricts it: no reference back
        "Maria Keller spoke for the tax cuts on Monday. The candidate who backs tax cuts has won before.",
        # the person is no subject: she is what the sentence is about, not who acts
        "Reporters asked Maria Keller about the harbour. The minister said it would stay open.",
        # a subordinate clause: the description is not the main subject
        "Maria Keller left the ministry on Friday. She resigned while the inspector was still at work there.",
    ],
)
def test_no_role_where_the_description_may_be_someone_else(text: str) -> None:
    assert role_of(text, "Maria Keller")[0] is None


def test_a_person_named_only_inside_a_quote_may_be_the_one_described() -> None:
    text = (
        '"We need someone like Tom Baxter, who knows the job," Maria Keller said.\n'
        "The former senator has led the polls since May."
    )
    roles = {a.name: a.role for a in extract_actors(analyse(text), [])}
    assert roles.get("Maria Keller") is None
    assert roles.get("Tom Baxter") is None


def test_a_role_the_article_gives_stays() -> None:
    text = (
        "Maria Keller, a harbour engineer, told the board the quay would fail.\n"
        "The engineer said repairs had been put off for years."
    )
    assert role_of(text, "Maria Keller")[0] == "harbour engineer"
