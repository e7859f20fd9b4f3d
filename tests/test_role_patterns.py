"""Roles a clause states about a person (entities.role_patterns, entities.role_offices) and the
title the model took into a name (role_shapes.title_in_entity): each rule on invented sentences,
it fires and does what it says, and the near misses give nothing."""

from __future__ import annotations

import pytest

from briefgen.lang.en.roles import AFFILIATION_PREPS, LEADING_VERBS, OFFICE_VERBS
from briefgen.summary.actors import extract_actors
from briefgen.summary.entities.role_patterns import ROLE_PATTERNS
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
            "roles.copula",
            "Dana Whitfield is a senior analyst at Norbank. Whitfield said rates would rise in spring.",
            "Dana Whitfield",
            "senior analyst at Norbank",
        ),
        (
            "roles.copula",
            "Orla Brennick is the Founder and Chief Designer of Tessaly Studio. She started it in a garage.",
            "Orla Brennick",
            "Founder and Chief Designer of Tessaly Studio",
        ),
        (
            "roles.leads",
            "Dana Whitfield heads the agency. She said the budget would fall next year.",
            "Dana Whitfield",
            "heads the agency",
        ),
        (
            "roles.leads",
            "The talks stalled on Monday. Dana Whitfield, who leads the union's talks team, said the offer was poor.",
            "Dana Whitfield",
            "leads the union's talks team",
        ),
        (
            "roles.represents",
            "“We hope to reach a deal,” said Dana Whitfield, who represents Noel. Whitfield spoke on Monday.",
            "Dana Whitfield",
            "represents Noel",
        ),
        (
            "roles.represents",
            "Dana Whitfield, who represents some of the accusers, said she was pleased. Whitfield spoke on Monday.",
            "Dana Whitfield",
            "represents some of the accusers",
        ),
        (
            "roles.affiliation",
            "Prices will keep rising, said Dana Whitfield of the Norland Institute for Fiscal Studies.",
            "Dana Whitfield",
            "of the Norland Institute for Fiscal Studies",
        ),
        (
            "roles.employer_possessive",
            "Cameras are everywhere now, Tarvel Bank's Dana Whitfield told reporters on Monday.",
            "Dana Whitfield",
            "Tarvel Bank",
        ),
        (
            "roles.apposition_after_age",
            "Dana Whitfield, 45, a nurse at Kelm Hospital, said the ward was full on Friday.",
            "Dana Whitfield",
            "nurse at Kelm Hospital",
        ),
        (
            "roles.apposition_after_dash",
            "Dana Whitfield — a former press secretary for the governor — is leaving her job.",
            "Dana Whitfield",
            "former press secretary for the governor",
        ),
        (
            "entities.title_in_name",
            "Last night Tanaiste Dara Quinlan made a strong claim on the radio that the plan had failed.",
            "Dara Quinlan",
            "Tanaiste",
        ),
        (
            "roles.title_in_entity",
            "The bridge will reopen in May, said Superintendent Robert Calloway, and the ferry will stop.",
            "Robert Calloway",
            "Superintendent",
        ),
        (
            "roles.copula",
            "Mila Dorne becomes the first woman mayor of Kelby after Sunday's vote, the election board said.",
            "Mila Dorne",
            "first woman mayor of Kelby",
        ),
        # the organisation after the last name of a list is each one's
        (
            "roles.list_affiliation",
            "Ian Ross of Kelby Hospital and Maya Tull, Oskar Fenn and Rhea Dunn of the Harbour Institute of "
            "Marine Science described the rare case on Monday.",
            "Oskar Fenn",
            "of the Harbour Institute of Marine Science",
        ),
        (
            "roles.list_affiliation",
            "The study was written by Maya Tull and Oskar Fenn of the Harbour Institute of Marine Science.",
            "Oskar Fenn",
            "of the Harbour Institute of Marine Science",
        ),
        # a possessive of an organisation the article names, which the model tagged otherwise there
        (
            "roles.employer_of_the_article",
            "Kelby United beat Tarvel 2-0 on Saturday. The club said ticket prices will rise. Kelby United's "
            "Philipp Lahnert scored twice, and Kelby United's captain was injured.",
            "Philipp Lahnert",
            "Kelby United",
        ),
        # an affiliation after a comma, which the parser hangs on the verb
        (
            "roles.affiliation_after_comma",
            "“Rain will matter a lot in the next weeks,” said Kyle Brandt, at Kelco Global Markets.",
            "Kyle Brandt",
            "at Kelco Global Markets",
        ),
        (
            "roles.affiliation_after_comma",
            "Dana Whitfield, of the Harbour Institute of Marine Science, said the reef was dying.",
            "Dana Whitfield",
            "of the Harbour Institute of Marine Science",
        ),
        # a noun of a body that a name describes
        (
            "roles.affiliation_body_noun",
            "“The market will have to wait,” said Ian Ross at the consulting firm Norvik Equity Services.",
            "Ian Ross",
            "at the consulting firm Norvik Equity Services",
        ),
        (
            "roles.affiliation_body_noun",
            "“We fear the money is not enough,” Jean-Marc Dulac, from the FNTA farmers union, told reporters.",
            "Jean-Marc Dulac",
            "from the FNTA farmers union",
        ),
        # a verb of office with "as" (entities.role_offices)
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
def test_stated_role(rule: str, text: str, name: str, role: str) -> None:
    roles, fired = _roles(text)
    assert fired.get(rule, 0) > 0, sorted(fired)
    assert roles.get(name) == role, roles


@pytest.mark.parametrize(
    "text",
    [
        "Dana Whitfield was a senior analyst at Norbank until 2019. Whitfield now writes novels.",
        "Dana Whitfield is not a senior analyst at Norbank, the bank said on Monday.",
        "Dana Whitfield is a liar, the senator said. Whitfield denied it at once.",
        "Dana Whitfield is the perfect nominee for the post, her supporters said on Friday.",
        "Dana Whitfield leads the polls by six points, a survey found on Monday.",
        "Britain's Dana Whitfield won the race on Sunday, a day after her fall.",
        "Dana Whitfield, 45, of Kelmsby was hurt in the crash on Sunday.",
        # what she represents is no people
        "Dana Whitfield, who represents a grave risk to the port, spoke on Monday.",
        "Dana Whitfield, who represents 40% of the vote, spoke on Monday.",
    ],
)
def test_no_role_stated(text: str) -> None:
    """A past or negated copula, an epithet, a judgement, a lead in the polls, a country's
    possessive, an age and a home town, a "represents" of no people: no role."""
    roles, _ = _roles(text)
    assert roles.get("Dana Whitfield", "absent") is None, roles


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
    """A verb of office with "as" gives nothing to who is replaced, to a negated verb, to a
    question, to a hope, nor without a role noun (entities.role_offices)."""
    roles, _ = _roles(text)
    assert "Dana Whitfield" in roles and roles["Dana Whitfield"] is None, roles


def test_office_verbs_are_data() -> None:
    """The verbs live in the language layer, each with what it says of the person."""
    assert set(OFFICE_VERBS.values()) == {"hold", "leave", "give", "replace"}
    assert OFFICE_VERBS["resign"] == "leave" and OFFICE_VERBS["appoint"] == "give"


def test_affiliation_needs_a_persons_name() -> None:
    """Words of a heading taken for a person ("Font Weight of the Tessaly Studio") get no role
    from the organisation after them, so the role does not make an actor of them."""
    roles, fired = _roles("Change Font Weight of Tessaly Studio Inc. in three steps. Open the settings menu first.")
    assert fired.get("roles.affiliation", 0) == 0
    assert roles.get("Font Weight") is None


@pytest.mark.parametrize(
    "text",
    [
        # no body: "help" is no organisation's noun
        "Dana Whitfield, with the help of the Red Cross, rebuilt the school in a year.",
        # a body no name describes
        "“The plan is poor,” said Dana Whitfield of the local growers group on Monday.",
        # the phrase goes on past the organisation: no aside
        "“The plan is poor,” said Dana Whitfield, of the Harbour Institute's board of trustees.",
    ],
)
def test_no_aside_affiliation(text: str) -> None:
    """An affiliation after a comma or of a noun of a body needs a body a name describes, and
    after a comma it is an aside (entities.role_affiliations.aside_affiliation)."""
    roles, fired = _roles(text)
    assert roles.get("Dana Whitfield") is None, roles
    assert not fired.get("roles.affiliation_after_comma") and not fired.get("roles.affiliation_body_noun")


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Scottish Labour MSP Karen Whitworth wants shops shut on Boxing Day. She said the public agreed.",
            "Scottish Labour MSP",
        ),
        ("MP Karen Whitworth wants shops shut on Boxing Day. Ms Whitworth said the public agreed.", "MP"),
    ],
)
def test_parliamentary_title_is_a_role_not_a_name(text: str, role: str) -> None:
    """A British parliamentary title before a name ("MP", "MSP", "MEP"), which nameparser's list
    lacks, is the person's role and no word of the name (lang.en.titles)."""
    roles, _ = _roles(text)
    assert roles.get("Karen Whitworth") == role, roles


def test_patterns_are_data_over_the_word_lists() -> None:
    """The shapes are DependencyMatcher patterns anchored on the person's name, over the word
    lists of the language layer."""
    assert set(ROLE_PATTERNS) == {"copula", "leads", "represents", "affiliation"}
    leads = ROLE_PATTERNS["leads"][0]["RIGHT_ATTRS"]["LEMMA"]["IN"]
    assert set(leads) == LEADING_VERBS
    prep = ROLE_PATTERNS["affiliation"][1]["RIGHT_ATTRS"]["LOWER"]["IN"]
    assert set(prep) == AFFILIATION_PREPS


def test_a_list_shares_its_organisation_only_across_names() -> None:
    text = (
        "Ian Ross of Kelby Hospital and Maya Tull, Oskar Fenn and Rhea Dunn of the Harbour Institute of "
        "Marine Science described the rare case on Monday."
    )
    roles, _ = _roles(text)
    # each name of the list has the organisation; the first person keeps his own
    assert roles["Ian Ross"] == "of Kelby Hospital"
    assert roles["Maya Tull"] == roles["Rhea Dunn"] == "of the Harbour Institute of Marine Science"
    # an age between the names ends the list: the first name is given nothing
    roles, _ = _roles("Maya Tull, 45, and Oskar Fenn of the Harbour Institute of Marine Science described the case.")
    assert roles.get("Maya Tull") is None and roles["Oskar Fenn"] == "of the Harbour Institute of Marine Science"


def test_a_plural_after_one_name_lists_others_and_is_no_role() -> None:
    text = "The panel heard from Maya Tull, the families and officials of the Harbour Institute of Marine Science on Monday."
    roles, fired = _roles(text)
    assert roles.get("Maya Tull") is None and fired.get("roles.plural_apposition", 0) > 0


@pytest.mark.parametrize("place", ["center", "second left", "far right", "pictured"])
def test_where_a_person_stands_in_a_picture_is_no_role(place: str) -> None:
    from briefgen.summary.entities.role_patterns import reads_as_role

    assert not reads_as_role(place)
    assert reads_as_role("centre forward")
    assert reads_as_role("left back at Kelby Rovers")
