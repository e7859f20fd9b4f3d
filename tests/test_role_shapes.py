"""Roles written in shapes the name's own noun phrase does not give, and the actors the bottom line
names: each rule on invented sentences, it fires (through briefgen.trace) and does what it says;
then one brief through the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.summary.entities.role_patterns import reads_as_role
from briefgen.model import Actor, Brief
from briefgen.summary.actors import favour_bottom_line
from briefgen.summary.actors.extract import extract_actors
from briefgen.summary.text.analysis import analyse
from briefgen.trace import recording
from conftest import role_of, run_cli


@pytest.mark.parametrize(
    ("rule", "text", "name", "role"),
    [
        (
            "roles.title_phrase_before",
            "The budget was presented yesterday by Minister of Fisheries Ruth Okafor at a press conference.",
            "Ruth Okafor",
            "Minister of Fisheries",
        ),
        (
            "roles.title_phrase_before",
            "Acting State Prosecutor for the District of Westmark Paul Brandt said the case is open.",
            "Paul Brandt",
            "Acting State Prosecutor for the District of Westmark",
        ),
        (
            "roles.title_phrase_before",
            "Secretary of State Ruth Okafor said the talks with Norland would resume in March.",
            "Ruth Okafor",
            "Secretary of State",
        ),
        (
            "roles.title_phrase_before",
            "The bill was tabled by Minister for Justice Paul Brandt on Tuesday.",
            "Paul Brandt",
            "Minister for Justice",
        ),
        (
            # the parser joins the name to the first noun: "painter and [teacher Ana Ruiz]"
            "roles.coordinated_title_before",
            "The talk was given by painter and teacher Ana Ruiz as the gallery prepared for its spring show.",
            "Ana Ruiz",
            "painter and teacher",
        ),
        (
            "roles.coordinated_title_before",
            "The plan was backed by writer and broadcaster Mary Okafor on Monday.",
            "Mary Okafor",
            "writer and broadcaster",
        ),
        (
            "roles.title_before_address",
            "Supplies were handed over by Harbour Veterinarian Dr. Ruth Okafor on Friday.",
            "Ruth Okafor",
            "Harbour Veterinarian",
        ),
        (
            "roles.title_before_address",
            "The talk by Chief Education Officer Dr Ruth Okafor was short.",
            "Ruth Okafor",
            "Chief Education Officer",
        ),
        (
            "roles.fronted_apposition",
            "The plaintiff in the case, Maria Olsen, had bought a heater online.",
            "Maria Olsen",
            "plaintiff in the case",
        ),
        ("roles.fronted_apposition", "Olsen's lawyer, Dev Patel, welcomed the ruling.", "Dev Patel", "Olsen's lawyer"),
        # an organisation's description set off by commas before its name, as a person's
        (
            "roles.fronted_organisation_apposition",
            "The row is over. The agency that books the acts, Tarvel Productions, denies that anything is "
            "sorted. Tarvel Productions will meet the singer's managers.",
            "Tarvel Productions",
            "agency that books the acts",
        ),
        (
            "roles.fronted_apposition",
            "Chief Marine Officer of the Kelm Port Authority, Ruth Okafor, added that ships were waiting.",
            "Ruth Okafor",
            "Chief Marine Officer of the Kelm Port Authority",
        ),
        (
            "roles.role_noun_before_name",
            "The letter was signed by Ben Lusk, writer and activist Ruth Okafor, and others.",
            "Ruth Okafor",
            "activist",
        ),
        (
            "roles.relative_clause_no_comma",
            "It is smaller now, said Dan Hume who is Kelmsby County Works Director.",
            "Dan Hume",
            "Kelmsby County Works Director",
        ),
        (
            "roles.relative_clause_no_comma",
            "The fair was praised, said Dan Hume who is the Lake Orly marina manager.",
            "Dan Hume",
            "Lake Orly marina manager",
        ),
        (
            "roles.organisation_after_title",
            "Sales rose in May, said Jane Roe, Vice President of Marketing, Acme, Inc.",
            "Jane Roe",
            "Vice President of Marketing, Acme, Inc.",
        ),
        (
            "roles.organisation_after_title",
            "The plan works, said Ruth Okafor, President, Tarvel Europe, on Monday.",
            "Ruth Okafor",
            "President, Tarvel Europe",
        ),
        (
            "roles.title_of_field_before",
            "Many spoke out. Professor of health psychology Ruth Okafor told the show that shaming is wrong.",
            "Ruth Okafor",
            "Professor of health psychology",
        ),
        (
            "roles.title_of_field_before",
            "The side was picked. Kelmsby's director of cricket Dan Hume named three new players on Monday.",
            "Dan Hume",
            "Kelmsby's director of cricket",
        ),
        (
            "roles.fronted_across_address",
            "Talks opened. The Minister of Trade and Commerce, Senator the Hon. Dan Hume, told reporters so.",
            "Dan Hume",
            "Minister of Trade and Commerce",
        ),
        (
            "roles.fronted_across_address",
            "The bears are well. The zoo's director of animal programs, Dr. Dan Hume, said they were fine.",
            "Dan Hume",
            "zoo's director of animal programs",
        ),
        (
            "roles.hyphenated_head",
            "Prof Ana Lusk, vice-chancellor of Kelmsby University, agrees that students feel blamed.",
            "Ana Lusk",
            "vice-chancellor of Kelmsby University",
        ),
        (
            "roles.hyphenated_head",
            "Ana Lusk, the vice-president of Tarvel, said the plan was sound.",
            "Ana Lusk",
            "vice-president of Tarvel",
        ),
        (
            "roles.office_over_academic_title",
            "Among the speakers is Professor Ana Lusk, Director General of the Kelmsby Harbour Trust.",
            "Ana Lusk",
            "Director General of the Kelmsby Harbour Trust",
        ),
        (
            "roles.named_possessor_after_name",
            "The deal was signed in Selm with Ana Lusk, Norland’s top trade negotiator, on Monday.",
            "Ana Lusk",
            "Norland’s top trade negotiator",
        ),
        (
            "roles.title_with_place",
            "Norway’s ambassador to Canada Erik Lindqvist has said that the fishing talks will resume in May.",
            "Erik Lindqvist",
            "Norway’s ambassador to Canada",
        ),
        (
            "roles.office_over_academic_title",
            "Professor Ana Lusk, head of surgery at Kelmsby Hospital, said the wards were full.",
            "Ana Lusk",
            "head of surgery at Kelmsby Hospital",
        ),
    ],
)
def test_role_shapes(rule: str, text: str, name: str, role: str) -> None:
    found, fired = role_of(text, name)
    assert found == role
    assert fired.get(rule, 0) > 0, sorted(fired)
    assert found in text  # a role is verbatim article text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a date before the title is no part of it
        ("On Monday Minister of Fisheries Ruth Okafor said the quota would rise.", "Ruth Okafor"),
    ],
)
def test_a_title_phrase_starts_at_the_title(text: str, name: str) -> None:
    assert role_of(text, name)[0] == "Minister of Fisheries"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # two people, each with a title: the first person's title is not the second's too
        (
            "Argentine President Ana Ruiz and Venezuelan President Tom Ward met on Monday.",
            "Tom Ward",
            "Venezuelan President",
        ),
        # after "the", the first noun may be someone else: the title is the second noun alone
        ("The club thanked the coach and captain Ben Lusk after the final.", "Ben Lusk", "captain"),
    ],
)
def test_a_coordinated_title_stays_with_its_own_name(text: str, name: str, role: str) -> None:
    assert role_of(text, name)[0] == role


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a place before the name set off by a comma is no role
        ("In Kelmsby, Ruth Okafor said the lab would close.", "Ruth Okafor"),
        # a form of address alone is no role
        ("Dr. Ruth Okafor said the lab would close.", "Ruth Okafor"),
        # a name that modifies a noun has no role from the adjective before it
        ("The gallery is hosting a major Ruth Okafor retrospective this winter.", "Ruth Okafor"),
        # a list of people set off by commas is no role before the next name
        ("Police say Ruth Okafor, her husband, Dan Hume and another woman were in the car.", "Dan Hume"),
        # a noun of no office before "of" and a field is no title ("a lack of interest")
        ("The vote failed. A lack of interest Dan Hume said was to blame.", "Dan Hume"),
        # a form of address in a list of people gives no role to the name after it
        ("The bears are well. At the gate were Ruth Okafor, Dr. Dan Hume, and two keepers.", "Dan Hume"),
        # a verb the tagger took for a noun, whose end looks like an agent's ("cheer": no stem before "-eer")
        ("Ruth Okafor won in Selm. Huge numbers of the crowd cheer Ruth Okafor on as she speaks.", "Ruth Okafor"),
        # a counted noun of bodies before an organisation's name says what a list is, not what it is
        (
            "Dan Hume won the cup twice with two clubs, Tarvel Rovers in 2004 and Kelby Town in 2010. Tarvel Rovers sold him.",
            "Tarvel Rovers",
        ),
        # nor does a pronoun's ("his former firm": whose, the role would not say)
        (
            "Dan Hume left in May. His former firm, Tarvel Productions, denies it. Tarvel Productions is calm.",
            "Tarvel Productions",
        ),
    ],
)
def test_no_role_from_other_words_before_the_name(text: str, name: str) -> None:
    assert role_of(text, name)[0] is None


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("The bill passed. Labour peer Ruth Okafor said she was glad.", "Ruth Okafor", "Labour peer"),
        ("The bill passed. Software engineer Ruth Okafor said she was glad.", "Ruth Okafor", "Software engineer"),
        ("The bill passed. Veteran diplomat Ruth Okafor said she was glad.", "Ruth Okafor", "Veteran diplomat"),
        ("The bill passed. Harbour agent Ruth Okafor said she was glad.", "Ruth Okafor", "Harbour agent"),
    ],
)
def test_a_noun_ending_as_an_agent_does_after_a_stem_is_a_role(text: str, name: str, role: str) -> None:
    assert role_of(text, name)[0] == role


def test_the_bottom_line_names_come_first() -> None:
    actors = [
        Actor(name="Ruth Okafor", kind="person", mentions=5),
        Actor(name="Kelmsby", kind="place", mentions=4),
        Actor(name="Halvard Marine Ltd", kind="organization", mentions=1),
    ]
    line = "Halvard Marine Ltd won a dredging contract in Kelmsby."
    with recording() as fired:
        ranked = favour_bottom_line(actors, line)
    assert [a.name for a in ranked] == ["Halvard Marine Ltd", "Ruth Okafor", "Kelmsby"]
    assert fired["actors.bottom_line_first"] == 1
    # a name after a preposition of place is where something happened, and a hyphenated word no mention
    assert favour_bottom_line(actors, "A crash in Ruth Okafor closed the post-Halvard Marine Ltd road.") == actors


ARTICLE = """Harbour dredging deal signed

Halvard Marine Ltd will dredge the Kelmsby harbour for ten years under a contract signed on Monday.

The harbour has silted up since the storms of last winter, and larger ships have had to wait at sea for the tide.
Chief Engineer of the Kelmsby Port Board, Ruth Okafor, said the first dredgers would arrive in May.
Work will start at the northern quay and move south over the summer.
Fishing boats will keep their moorings while the work goes on, and the ferry will run as usual.
"""


def test_cli_shows_the_company_of_the_bottom_line_and_the_role_written_before_the_name(tmp_path: Path) -> None:
    src = tmp_path / "deal.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    proc = run_cli("build", str(src), "-o", str(tmp_path), "-f", "json,md")
    assert proc.returncode == 0, proc.stderr
    brief = Brief.from_json((tmp_path / "deal.json").read_bytes())
    assert "Halvard Marine Ltd" in brief.bottom_line
    actors = {a.name: a for a in brief.actors}
    assert actors["Halvard Marine Ltd"].mentions == 1  # named once: only the bottom line gives it standing
    assert actors["Ruth Okafor"].role == "Chief Engineer of the Kelmsby Port Board"
    assert brief.actors[0].name == "Halvard Marine Ltd"
    md = (tmp_path / "deal.md").read_text(encoding="utf-8")
    assert "- **Halvard Marine Ltd** (organization)\n" in md  # shown, and with no role the article does not give
    assert "- **Ruth Okafor** (person) — Chief Engineer of the Kelmsby Port Board" in md


@pytest.mark.parametrize(
    ("text", "word", "listed"),
    [
        (
            "Police say Maria Keller, her husband, John Baxter and a neighbour rode in the van that overturned.",
            "husband",
            True,
        ),
        ("John Baxter, her husband, said the appeal would be filed on Monday.", "husband", False),
        ("Maria Keller, a lawyer, and John Baxter, a judge, met on Monday.", "lawyer", False),
    ],
)
def test_words_between_two_names_in_a_list_are_no_apposition(text: str, word: str, listed: bool) -> None:
    from briefgen.summary.entities.role_pairs import in_list_of_people

    doc = analyse(text).doc
    end = next(t.i for t in doc if t.text == word)
    assert in_list_of_people(doc, end) is listed


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("A row involving Tom Lee, his former label and a couple of rival bands is ending. Tom Lee said so.", None),
        ("Tom Lee, his wife and their two children were on the boat when it sank.", None),
        ("Tom Lee, the mayor and a former judge, said the plan would fail.", "mayor and a former judge"),
        ("Ben Lusk and Tom Lee, his deputy, said the plan would fail.", "deputy"),
    ],
)
def test_a_name_listed_with_its_own_people_takes_no_role_from_the_list(text: str, role: str | None) -> None:
    roles = {a.name: a.role for a in extract_actors(analyse(text), [])}
    assert roles["Tom Lee"] == role


@pytest.mark.parametrize(
    ("role", "reads"),
    [
        ("| Competitor", False),  # a cell of a table as ingest writes it
        ("Name | Colour", False),
        ("Chapter 22", False),  # a numbered heading beside the name
        ("Part 3", False),
        ("age 7", True),  # the article's description of the person
        ("Year 10 pupil at the Selm school", True),
        ("chief executive", True),
    ],
)
def test_a_table_cell_or_a_numbered_heading_is_no_role(role: str, reads: bool) -> None:
    assert reads_as_role(role) is reads


def test_a_title_before_a_body_the_model_tags_a_place_is_a_role() -> None:
    from briefgen.summary.actors.extract import extract_actors
    from briefgen.summary.text.analysis import analyse
    from briefgen.trace import recording

    text = "Lena Hart, President Norvik Europe, says: “We are glad to work with Tarvel.” Norvik makes alarms."
    with recording() as fired:
        roles = {a.name: a.role for a in extract_actors(analyse(text), [])}
    assert fired["roles.title_before_body"] > 0
    assert roles.get("Lena Hart") == "President Norvik Europe", roles


def test_a_title_before_a_given_name_is_another_person() -> None:
    from briefgen.summary.actors.extract import extract_actors
    from briefgen.summary.text.analysis import analyse

    roles = {
        a.name: a.role for a in extract_actors(analyse("Ana Soto, Senator Jo Roe, and Ben Lusk spoke on Monday."), [])
    }
    assert roles.get("Ana Soto") is None, roles


def test_a_role_opening_the_sentence_with_as_a_is_its_subjects() -> None:
    from briefgen.summary.actors.extract import extract_actors
    from briefgen.summary.text.analysis import analyse
    from briefgen.trace import recording

    text = "As a marine biologist at the Kelmsby Institute, Ana Lusk studied reefs for years."
    with recording() as fired:
        roles = {a.name: a.role for a in extract_actors(analyse(text), [])}
    assert fired["roles.as_fronted"] > 0
    assert roles.get("Ana Lusk") == "marine biologist at the Kelmsby Institute", roles


def test_a_role_opening_the_sentence_with_as_a_reaches_a_name_after_its_form_of_address() -> None:
    from briefgen.summary.actors.extract import extract_actors
    from briefgen.summary.text.analysis import analyse

    text = "Ruth Okafor spoke on Monday. As a judge at the high court, Dr. Okafor ruled on the case."
    roles = {a.name: a.role for a in extract_actors(analyse(text), [])}
    assert roles.get("Ruth Okafor") == "judge at the high court", roles


def test_as_a_child_or_as_a_result_is_no_role() -> None:
    from briefgen.summary.actors.extract import extract_actors
    from briefgen.summary.text.analysis import analyse

    for text in ("As a child, Ana Lusk studied reefs.", "As a result, Ana Lusk studied reefs."):
        roles = {a.name: a.role for a in extract_actors(analyse(text), [])}
        assert roles.get("Ana Lusk") is None, (text, roles)


def test_an_organisations_description_opening_a_sentence_is_lower_cased() -> None:
    from briefgen.summary.actors.extract import extract_actors
    from briefgen.summary.text.analysis import analyse

    text = "Beauty company Zelvora is breaking out. Its shares rose 3% on Monday, said Ana Lusk, an analyst."
    roles = {a.name: a.role for a in extract_actors(analyse(text), [])}
    assert roles.get("Zelvora") == "beauty company", roles


def test_a_hyphenated_title_the_parser_hung_on_the_name_stays_whole() -> None:
    from briefgen.summary.actors.extract import extract_actors
    from briefgen.summary.text.analysis import analyse

    cases = {
        "Rain falls everywhere on the moon, said study co-author Ana Lusk, a Kelmsby Institute research fellow.": (
            "study co-author"
        ),
        "The plan was approved, said vice-president Ana Lusk.": "vice-president",
    }
    for text, role in cases.items():
        roles = {a.name: a.role for a in extract_actors(analyse(text), [])}
        assert roles.get("Ana Lusk") == role, (text, roles)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Lawmakers questioned Tom Lee, a senior aide to the governor on the night of the great harbour "
            "fire in the old port of Kelmsby, on Monday.",
            "senior aide to the governor",
        ),
        (
            "Tom Lee, director of the Kelmsby Harbour Institute and a professor at the Lusk School of Marine "
            "Engineering, said the pier was unsafe.",
            "director of the Kelmsby Harbour Institute",
        ),
        # the phrase nested in the last one ends it, not the first phrase after the noun
        (
            "Tom Lee, outreach manager for the Harbour Families Project at Kelmsby University's Marlow "
            "Institute of Coastal Studies, said the pier was unsafe.",
            "outreach manager for the Harbour Families Project",
        ),
        (
            "Tom Lee, a research fellow with the Open Waters Initiative at the Selm School of Marine "
            "Engineering and Design, said the pier was unsafe.",
            "research fellow with the Open Waters Initiative",
        ),
    ],
)
def test_a_description_too_long_to_show_keeps_its_first_phrases(text: str, role: str) -> None:
    with recording() as fired:
        roles = {a.name: a.role for a in extract_actors(analyse(text), [])}
    # ("on the night of ..." is also a phrase of when, which roles.saying_phrase_cut ends at)
    assert roles["Tom Lee"] == role and fired["roles.long_description_cut"] + fired["roles.saying_phrase_cut"] > 0


def test_an_academic_title_stays_the_role_when_the_article_gives_no_office() -> None:
    found, fired = role_of("Professor Ana Lusk said the wards were full on Monday.", "Ana Lusk")
    assert found == "Professor" and "roles.office_over_academic_title" not in fired


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # whose officer: a name's possessive stays in the title before the person
        ("Tarvel's chief executive Ruth Okafor said the plant would close.", "Ruth Okafor", "Tarvel's chief executive"),
        ("Lusk’s colleague Ruth Okafor found the same sugars in the gut.", "Ruth Okafor", "Lusk’s colleague"),
        # a pronoun's or a common noun's possessive does not
        ("Her colleague Ruth Okafor found the same sugars in the gut.", "Ruth Okafor", "colleague"),
        ("The company's chief executive Ruth Okafor said the plant would close.", "Ruth Okafor", "chief executive"),
        # the possessive that ends a longer name is not cut from it alone ("Kelmsby's close friend")
        ("The Duchess of Kelmsby's close friend Ruth Okafor rode the winner.", "Ruth Okafor", "close friend"),
        # a noun of a relation to someone is a role
        ("The minister met his Norlandic counterpart, Ruth Okafor, on Monday.", "Ruth Okafor", "Norlandic counterpart"),
    ],
)
def test_a_title_keeps_whose_it_is(text: str, name: str, role: str) -> None:
    assert role_of(text, name)[0] == role


def test_an_office_the_model_tagged_a_person_is_the_role_of_the_name_after_it() -> None:
    """ "Harbour Volunteer Coordinator" tagged a person of its own right before "Ana Roe": no actor,
    and Ana Roe's role; ranks alone ("Lt Col") are no such office."""
    text = (
        "The shelter got a van on Monday.\n\n"
        "“This van will change how we work,” says Harbour Volunteer Coordinator Ruth Okafor, adding "
        "that the shelter is grateful."
    )
    with recording() as fired:
        actors = extract_actors(analyse(text), [])
    roles = {a.name: a.role for a in actors}
    assert roles.get("Ruth Okafor") == "Harbour Volunteer Coordinator", roles
    assert not any("Coordinator" in name or "Volunteer" in name for name in roles), roles
    assert fired.get("entities.office_before_person") and fired.get("roles.office_tagged_person")


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "“The ferries are full,” said Ruth Okafor, head of ferries, freight and harbours at Tarvel Lines, on Monday.",
            "Ruth Okafor",
            "head of ferries, freight and harbours at Tarvel Lines",
        ),
        # a list of people after the description is no part of it
        (
            "Ruth Okafor, her husband, Ben Lusk and a neighbour were riding in a truck.",
            "Ruth Okafor",
            None,
        ),
    ],
)
def test_a_title_that_lists_its_portfolios_is_whole(text: str, name: str, role: str | None) -> None:
    assert role_of(text, name)[0] == role


@pytest.mark.parametrize(
    ("text", "name", "role", "rule"),
    [
        # an abbreviated rank whose last full stop the tokenizer splits off
        (
            "Lt. Col. Rolf Tessaro told lawmakers that he had raised concerns twice.",
            "Rolf Tessaro",
            "Lt. Col.",
            "roles.abbreviation_stop_split",
        ),
        # a player's position of two words, whose last word alone is no role
        (
            "Kelby Bears defensive end Myron Garrick was suspended for six games on Monday.",
            "Myron Garrick",
            "Kelby Bears defensive end",
            "roles.position_phrase",
        ),
        # ... written with a hyphen, which the parser splits
        (
            "Selm beat Kelby 12-9 as fly-half Remy Tassin kicked four penalties.",
            "Remy Tassin",
            "fly-half",
            "roles.position_phrase",
        ),
        # ... hung apart from the name by the parser, which tags "back" an adverb on "centre"
        (
            "'The side is fit again,' centre back John Miller told reporters on Monday.",
            "John Miller",
            "centre back",
            "roles.position_before_name",
        ),
        (
            "On Monday centre back John Miller said the side was fit again.",
            "John Miller",
            "centre back",
            "roles.position_before_name",
        ),
        # a role whose word ends in a particle after a hyphen ("runner-up"): its noun is before it
        (
            "The federation has suspended two-time Harbour Marathon runner-up Maria Lopez until May.",
            "Maria Lopez",
            "two-time Harbour Marathon runner-up",
            "roles.noun_before_particle",
        ),
        # the degrees' letters between the name and the description
        (
            "Hana Pirel, PhD, MBA, head of research at Kelby Labs, reports no conflicts of interest.",
            "Hana Pirel",
            "head of research at Kelby Labs",
            "roles.apposition_after_degrees",
        ),
        (
            "Hana Pirel, PhD, a professor of chemistry at Kelby University, led the study.",
            "Hana Pirel",
            "professor of chemistry at Kelby University",
            "roles.apposition_after_degrees",
        ),
    ],
)
def test_a_title_the_tokens_split_or_letters_hide(text: str, name: str, role: str, rule: str) -> None:
    found, fired = role_of(text, name)
    assert found == role and fired.get(rule, 0) > 0, (found, sorted(fired))


def test_the_end_of_the_field_alone_is_still_no_role() -> None:
    # "end" and "back" alone name no one; only a position of two words does
    found, _ = role_of("In the end Myron Garrick won the race on Sunday.", "Myron Garrick")
    assert found is None


@pytest.mark.parametrize(
    ("text", "name", "role", "rule"),
    [
        # an office's abbreviation alone says little: the post the apposition gives joins it
        (
            "Rep. Ana Soto, the chair of the House Harbour Committee, called for an inquiry on Monday.",
            "Ana Soto",
            "Rep., chair of the House Harbour Committee",
            "roles.abbreviated_office_with_apposition",
        ),
        # an abbreviation at the end of a longer title reads first
        (
            "Liberal leadership candidate Gov. Ben Lusk won the debate, analysts said.",
            "Ben Lusk",
            "Gov., Liberal leadership candidate",
            "roles.rank_first",
        ),
        # a party's member, which the parser tags a proper noun
        (
            "Rep. Ana Soto, a Republican from Kelby, called for an inquiry on Monday.",
            "Ana Soto",
            "Rep., Republican from Kelby",
            "roles.party_member",
        ),
        # a plural role written once for a list of three is each one's, in the singular
        (
            "Former award winners Ana Soto, Ben Lusk and Cal Tam will hand out the prizes on Sunday.",
            "Cal Tam",
            "Former award winner",
            "roles.plural_role_one_person",
        ),
    ],
)
def test_a_role_reads_as_one_persons(text: str, name: str, role: str, rule: str) -> None:
    found, fired = role_of(text, name)
    assert found == role
    assert fired.get(rule, 0) > 0


def test_a_run_of_abbreviations_stays_as_it_is() -> None:
    found, _ = role_of("Lt. Col. Ana Soto led the unit through the pass on Monday.", "Ana Soto")
    assert found == "Lt. Col."
