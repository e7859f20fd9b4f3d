"""A US lawmaker's party and state after the name join the role the article gives, or are it.
Invented names and sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen import summarize
from briefgen.summary.entities.role_party import party_designation
from briefgen.summary.text.analysis import analyse
from briefgen.trace import recording
from conftest import role_of, run_cli


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("On Monday, Sen. Ana Soto (D-Mont.) said the bill would fail.", "Ana Soto", "Sen. (D-Mont.)"),
        ("On Monday, House Speaker Ben Lusk, R-Wis., said the vote would wait.", "Ben Lusk", "House Speaker, R-Wis."),
        # no other role: the designation is the role
        ("On Monday, Ana Soto, R-Texas, said the prison report hides its own failures.", "Ana Soto", "R-Texas"),
        (
            "Backers such as senator Ana Soto, R-Tenn., and Ben Lusk, R-S.C., have since changed their minds.",
            "Ben Lusk",
            "R-S.C.",
        ),
    ],
)
def test_the_party_and_state_after_a_name_join_its_role(text: str, name: str, role: str) -> None:
    found, fired = role_of(text, name)
    assert found == role
    assert fired.get("roles.party_designation", 0) > 0


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Ana Soto (D-Mont.) spoke.", "(D-Mont.)"),
        ("Ana Soto, R-S.C., spoke.", "R-S.C."),
        ("Ana Soto (I-VT) spoke.", "(I-VT)"),
        # a bracket of another kind after the name
        ("Ana Soto (pictured) spoke.", None),
        # a letter and a hyphen right after the name that are no party's
        ("Ana Soto, D-Day veteran, spoke.", None),
        ("Ana Soto (I-beam maker) spoke.", None),
        ("Ana Soto, R-rated films, spoke.", None),
    ],
)
def test_the_designation_is_a_party_letter_and_a_state_closed_by_a_bracket_or_a_comma(
    text: str, party: str | None
) -> None:
    doc = analyse(text).doc
    assert party_designation([doc[0:2]]) == party


def test_cli_brief_shows_the_senators_party_and_state(tmp_path: Path) -> None:
    src = tmp_path / "senate.txt"
    src.write_text(
        "Senators clash over Kelmsby prison report\n\n"
        "WASHINGTON — Two senators clashed on Tuesday over a report on the Kelmsby federal prison.\n\n"
        '"The report hides the failures," Sen. Ana Soto, R-Neb., said at the hearing.\n\n'
        'Sen. Ben Lusk (D-Ore.) said the report was fair. "We should read it first," Lusk said.\n',
        encoding="utf-8",
    )
    proc = run_cli("build", str(src), "-o", str(tmp_path), "-f", "md")
    assert proc.returncode == 0, proc.stderr
    md = (tmp_path / "senate.md").read_text(encoding="utf-8")
    assert "- **Ana Soto** (person) — Sen., R-Neb." in md
    assert "- **Ben Lusk** (person) — Sen. (D-Ore.)" in md


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Sen. Ana Soto, Republican of Montana, and Sen. Ben Lusk, Democrat of New Hampshire, wrote to the leaders.",
            "Ben Lusk",
            "Sen., Democrat of New Hampshire",
        ),
        ("Senators Ana Soto, Republican of Montana, and Ben Lusk wrote.", "Ana Soto", "Republican of Montana"),
    ],
)
def test_the_party_and_state_written_out_after_a_name_join_its_role(text: str, name: str, role: str) -> None:
    assert role_of(text, name)[0] == role


def test_the_party_and_state_written_out_are_a_designation() -> None:
    assert (
        party_designation([analyse("Ana Soto, Democrat of New Hampshire, spoke.").doc[0:2]])
        == "Democrat of New Hampshire"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Sen. Ana Soto (R-Ga.) and Rep. Ben Lusk (D-Mont.) said the harbour bill would fail.",
        "Ana Soto, Republican of Iowa, and Ben Lusk, Democrat of Oregon, wrote to the harbour board.",
    ],
)
def test_a_state_named_only_in_a_designation_is_no_actor(text: str) -> None:
    with recording() as fired:
        actors = summarize(text).actors
    assert not [a.name for a in actors if a.kind == "place"]
    assert fired["actors.state_of_a_designation"] >= 1
    # the lawmaker's role still says the state
    assert any("R-Ga." in (a.role or "") or "Republican of Iowa" in (a.role or "") for a in actors)


def test_a_state_named_in_the_story_too_stays_an_actor() -> None:
    text = "Rep. Ben Lusk, R-Ohio, said the harbour hearing in Ohio was a sham. Lusk spoke for an hour."
    assert "Ohio" in [a.name for a in summarize(text).actors if a.kind == "place"]
