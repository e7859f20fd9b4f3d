"""The organisation of a role the words of the role name only in part (a campus after the
organisation's name, "the company" for the organisation the article is about), and the plural role
written once for a pair of names. Each rule on invented sentences (it fires and does what it says,
and does nothing where it must not), and one brief through the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.summary.actors import extract_actors
from briefgen.summary.text.analysis import analyse
from briefgen.trace import recording
from conftest import role_of, run_cli


def test_a_campus_after_the_organisation_stays_with_the_role() -> None:
    text = (
        'Cells that repair lungs found\n\nScientists found cells that repair lungs. "This is new," said '
        "Ana Soto, a chemist at the University of Texas, El Paso, who led the study. "
        "Soto said the work took five years."
    )
    role, fired = role_of(text, "Ana Soto")
    assert role == "chemist at the University of Texas, El Paso"
    assert fired.get("roles.campus_after_organisation", 0) > 0


def test_a_place_that_goes_on_into_a_list_is_no_campus() -> None:
    text = (
        'Labs to share data\n\nThree labs will share data. "It helps," said Ana Soto, a chemist at '
        "Tarvel Corporation, Boston and Chicago offices included. Soto said so."
    )
    role, fired = role_of(text, "Ana Soto")
    assert role is not None and "Boston" not in role
    assert not fired.get("roles.campus_after_organisation")


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Power cuts hit thousands\n\nOrvane Energy cut power to 40,000 homes on Monday as winds rose. "
            'The company said crews worked through the night. "We are sorry," said company CEO Ben Lusk. '
            "Lusk said power would return by Wednesday.",
            "CEO of Orvane Energy",
        ),
        (
            "Fine for gas leak\n\nOrvane Energy was fined $2 million on Tuesday. The utility said it would "
            'appeal. "We disagree with the ruling," said Ben Lusk, the utility\'s chief executive. '
            "Lusk said the company had 300,000 customers.",
            "chief executive of Orvane Energy",
        ),
    ],
)
def test_the_company_of_a_role_is_the_organisation_the_article_is_about(text: str, role: str) -> None:
    found, fired = role_of(text, "Ben Lusk")
    assert found == role
    assert fired.get("roles.article_organisation", 0) > 0


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # two organisations named before the role: which one "the utility" is, is not sure (the
        # role keeps the description's own words, naming none)
        (
            "Fine for gas leak\n\nOrvane Energy was fined $2 million on Tuesday by the Kelmsby Energy Board. "
            '"We disagree with the ruling," said Ben Lusk, the utility\'s chief executive. Lusk said so.',
            "the utility's chief executive",
        ),
        # no office in the organisation: the noun says what the man did
        (
            "Robber jailed\n\nA man who robbed a Tarvel Bank branch was jailed on Monday. Ben Lusk, a bank "
            "robber from Kelmsby, was given ten years. Lusk did not speak.",
            "bank robber from Kelmsby",
        ),
    ],
)
def test_no_organisation_where_the_article_does_not_make_it_sure(text: str, role: str) -> None:
    found, fired = role_of(text, "Ben Lusk")
    assert found == role
    assert not fired.get("roles.article_organisation")


ARTICLE = """Power cuts hit thousands after storm

Orvane Energy cut power to 40,000 homes on Monday as winds of 90 miles an hour brought down lines across the valley.

The company said crews would work through the night to restore supply to hospitals and care homes first.

"We are sorry for the disruption and we are doing all we can," said company CEO Ben Lusk.

Lusk said power would return to most homes by Wednesday, and that customers without power for more than two days would be paid.
"""


def test_cli_shows_the_role_with_the_organisation_the_article_is_about(tmp_path: Path) -> None:
    src = tmp_path / "storm.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    proc = run_cli("build", str(src), "-o", str(tmp_path), "-f", "md")
    assert proc.returncode == 0, proc.stderr
    md = (tmp_path / "storm.md").read_text(encoding="utf-8")
    assert "- **Ben Lusk** (person) — CEO of Orvane Energy" in md


@pytest.mark.parametrize(
    "text",
    [
        "The two presidential candidates Ana Soto and Ben Lusk meet tonight in Kelmsby. Soto leads. Lusk trails.",
        "Investigators say Ana Soto and Ben Lusk, presidential candidates in Kelmsby, took money. Soto denies it.",
    ],
)
def test_a_plural_role_written_once_is_the_role_of_both_names_of_a_pair(text: str) -> None:
    for name in ("Ana Soto", "Ben Lusk"):
        role, fired = role_of(text, name)
        # the plural written once is each one's role, in the singular
        assert role is not None and role.startswith("presidential candidate"), (name, role)
        assert not role.startswith("presidential candidates"), (name, role)
        assert role.replace("candidate", "candidates", 1) in text
    assert fired.get("roles.pair_role", 0) > 0


UTILITY = """OGE cuts power to 40,000 homes as winds rise

KELMSBY (Wire) — Orvane Grid Energy Co. cut power to 40,000 homes on Monday as winds of 90 miles an hour brought down lines across the Corrie and Tarn valleys.

Crews worked through the night, and OGE said most homes would have power back by Wednesday.

"We are sorry for the disruption, but we will not take chances with safety," company CEO Ben Lusk said on Monday.
"""


@pytest.mark.parametrize("noun", ["provider", "vendor"])
def test_what_an_organisation_provides_or_sells_is_its_role(noun: str) -> None:
    from briefgen.summary.entities.roles import find_role

    text = (
        f"Kelvane, a global solutions {noun} focused on hospital ICT and mobile workflow tools, "
        "announced a new clinical alarm system on Monday."
    )
    assert find_role([analyse(text).doc[0:1]], "organization") == f"global solutions {noun}"


def test_a_company_title_names_the_company_the_lede_names_under_its_name_and_acronym() -> None:
    """The lede names the utility twice (its name and its acronym) and a dateline's agency and a
    pair of valleys stand near it: "company CEO" is the CEO of the one organisation it names."""
    role, fired = role_of(UTILITY, "Ben Lusk")
    assert role == "CEO of Orvane Grid Energy Co."
    assert fired.get("roles.article_organisation_by_model", 0) > 0
    # named since the lede, another company may be "the company": the title stays as written
    rival = UTILITY.replace('"We are sorry', 'Tarvel Grid Ltd said its lines held. "We are sorry')
    assert role_of(rival, "Ben Lusk")[0] == "company CEO"


@pytest.mark.parametrize(
    ("text", "names", "role"),
    [
        # a plural title before a list of three or more
        (
            "To mark the anniversary, founding members Ana Soto, Ben Lusk, Cal Tamberg and Dee Roe will tour. Soto sings.",
            ("Ana Soto", "Ben Lusk", "Cal Tamberg", "Dee Roe"),
            "founding member",
        ),
        # a title the tagger reads as a verb after a comma, before a list followed by another title
        (
            "The squad has goalkeeper Ivo Marek, defenders Ana Soto, Ben Lusk and Cal Tamberg and striker Jo Park.",
            ("Ana Soto", "Ben Lusk", "Cal Tamberg"),
            "defenders",
        ),
        # a plural apposition after a pair with a nationality before each name
        (
            "Norwegian Joe Harlan and Australian Tim Wexford, both professors at the Kelmsby Institute, were freed.",
            ("Joe Harlan", "Tim Wexford"),
            "professor at the Kelmsby Institute",
        ),
    ],
)
def test_a_plural_role_written_once_is_the_role_of_every_name_of_a_list(
    text: str, names: tuple[str, ...], role: str
) -> None:
    for name in names:
        found, fired = role_of(text, name)
        assert found == role, (name, found)
        assert fired.get("roles.list_of_people", 0) > 0


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # two lists, the second closed by a possessor: the aide's own title, not the candidates'
        ("The candidates Ana Soto and Ben Lusk and Roe's aide Cal Tamberg met. Tamberg spoke.", "aide"),
        # a team sheet's line: names and commas, no "and"
        ("Midfielders: Ana Soto, Ben Lusk, Cal Tamberg, Dee Roe. Tamberg scored.", None),
        # a list with no role
        ("Ana Soto, Ben Lusk and Cal Tamberg were arrested on Monday. Tamberg denies it.", None),
    ],
)
def test_no_list_role_where_the_names_share_none(text: str, role: str | None) -> None:
    assert role_of(text, "Cal Tamberg")[0] == role


@pytest.mark.parametrize(
    ("text", "names", "role"),
    [
        # a hyphenated given name opens the pair
        (
            "Norlandic duo Ana-Lena Roe and Cal Tamberg won the doubles on Sunday. Roe served well.",
            ("Ana-Lena Roe", "Cal Tamberg"),
            "Norlandic duo",
        ),
        # the nationality hangs on the first name in the parse, not on the noun
        (
            "The runner led from the start. Tarvish duo Pierre Lacombe and Luc Ferrand made late efforts.",
            ("Pierre Lacombe", "Luc Ferrand"),
            "Tarvish duo",
        ),
    ],
)
def test_a_noun_of_a_group_written_once_is_the_role_of_both_names(text: str, names: tuple[str, str], role: str) -> None:
    for name in names:
        found, fired = role_of(text, name)
        assert found == role, (name, found)
        assert fired.get("roles.pair_role", 0) > 0


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("The Tarvel rookies Pierre Lacombe and Luc Ferrand both scored on Sunday.", "Luc Ferrand", "Tarvel rookie"),
        ("The sophomores Pierre Lacombe and Luc Ferrand both scored on Sunday.", "Luc Ferrand", "sophomore"),
        ("Browns quarterback Mason Rudd threw for three touchdowns on Sunday.", "Mason Rudd", "Browns quarterback"),
        ("Selm fly-half Mason Rudd kicked four penalties on Sunday.", "Mason Rudd", "Selm fly-half"),
        # an occupation no ending gives away, and a liaison's office
        ("Former astronaut Ana Ruiz said the mission was safe. Ruiz flew twice.", "Ana Ruiz", "Former astronaut"),
        (
            "Harbour Board congressional liaison Ana Ruiz said so. Ruiz agreed.",
            "Ana Ruiz",
            "Harbour Board congressional liaison",
        ),
        # a word of the field that is everyday English is no role
        ("In the end Ana Ruiz won the race by a second. Ruiz was delighted.", "Ana Ruiz", None),
    ],
)
def test_a_players_position_or_school_year_before_the_name_is_a_role(text: str, name: str, role: str | None) -> None:
    assert role_of(text, name)[0] == role


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "The panel questioned former Secretary of Harbours Ana Ruiz on Monday. Ruiz said little.",
            "former Secretary of Harbours",
        ),
        ("The host and former Tarvel TV personality Ana Ruiz spoke. Ruiz said little.", "former Tarvel TV personality"),
        (
            "The club confirmed it on Friday. Ex-Selm and Tarvel player Ana Ruiz will coach. Ruiz agreed.",
            "Ex-Selm and Tarvel player",
        ),
        ("Then-Governor Ana Ruiz signed the bill in 2019. Ruiz said little.", "Then-Governor"),
        ("The panel heard from minister Ana Ruiz on Monday. Ruiz said little.", "minister"),
    ],
)
def test_a_past_office_keeps_the_word_that_makes_it_past(text: str, role: str) -> None:
    assert role_of(text, "Ana Ruiz")[0] == role


@pytest.mark.parametrize(
    "text",
    [
        # a singular title is the nearer name's alone
        "The chemist Ana Soto and Ben Lusk met tonight in Kelmsby. Soto said so. Lusk agreed.",
        # a verb the tagger takes for a plural noun after its subject
        "On Tuesdays she tutors Ana Soto and Ben Lusk at the museum. Soto likes it. Lusk does not.",
    ],
)
def test_no_pair_role_from_a_singular_title_or_a_verb(text: str) -> None:
    role, fired = role_of(text, "Ben Lusk")
    assert role is None
    assert not fired.get("roles.pair_role")


DEAL = """Get a deal on headphones today

Shopwex is offering 40% off the Tarvel X2 headphones this week.

The headphones normally sell for $200 but are down to $120. The deal ends on Friday.

The X2 has a battery that lasts 30 hours and folds flat for travel.
"""


def test_cli_shows_the_retailer_a_deals_page_names_once_in_its_lede(tmp_path: Path) -> None:
    # the model leaves the name untagged; named once, it is shown as the bottom line names it
    with recording() as fired:
        actors = extract_actors(analyse(DEAL), [])
    assert {a.name: a.kind for a in actors}.get("Shopwex") == "organization"
    assert fired.get("entities.untagged_seller", 0) > 0
    src = tmp_path / "deal.txt"
    src.write_text(DEAL, encoding="utf-8")
    proc = run_cli("build", str(src), "-o", str(tmp_path), "-f", "md")
    assert proc.returncode == 0, proc.stderr
    assert "- **Shopwex** (organization)" in (tmp_path / "deal.md").read_text(encoding="utf-8")


def test_a_person_selling_a_house_stays_a_person() -> None:
    text = "The market is slow. Ana Soto is selling her house for $300,000. She bought it in 2001."
    with recording() as fired:
        actors = extract_actors(analyse(text), [])
    assert {a.name: a.kind for a in actors}.get("Ana Soto") == "person"
    assert not fired.get("entities.untagged_seller")


def test_a_developer_is_what_a_body_is_and_no_evidence_that_a_name_is_one() -> None:
    text = (
        "The county board voted to open talks with local developer Harrowgate Napa LLC, which "
        "represents a resort chain. The talks will take two years, officials said."
    )
    assert role_of(text, "Harrowgate Napa LLC")[0] == "local developer"
    actors = extract_actors(
        analyse("Lusk, the developer who built the tower, said he would sue. Lusk built it in 2019."), []
    )
    assert [(a.name, a.kind) for a in actors] == [("Lusk", "person")]


def test_an_abbreviated_rank_keeps_no_place_after_the_name() -> None:
    assert (
        role_of("Sen. Maria Keller of Montana said the bill would pass. Keller spoke on Monday.", "Maria Keller")[0]
        == "Sen."
    )
