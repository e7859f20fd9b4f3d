"""Junk actors of real pages, second round, on invented text: products named as actors (used,
installed, new, versioned), the journals of a reference list, a town taken for the body named
after it, and a plural place taken for a side."""

from __future__ import annotations

import pytest

from briefgen.model import Actor
from briefgen.summary.actors.extract import extract_actors
from briefgen.summary.text.analysis import analyse
from briefgen.trace import recording

try:  # tests/ as a package, or as a rootdir on sys.path (pytest's default without __init__.py)
    from .conftest import rule_fires_and_holds
except ImportError:
    from conftest import rule_fires_and_holds  # type: ignore[no-redef]


def _kinds(actors: list[Actor]) -> dict[str, str]:
    return {a.name: a.kind for a in actors}


def test_software_the_text_installs_is_no_actor() -> None:
    text = (
        "Ruth Okafor runs the servers of the Kelmsby library. Last week she began installing Vantor Cloud "
        "on every machine there. Vantor Cloud keeps a copy of each file. Okafor said the backups now take an hour."
    )
    rule_fires_and_holds(
        "actors.used_as_product",
        text,
        lambda a: "Vantor Cloud" not in _kinds(a) and _kinds(a).get("Ruth Okafor") == "person",
    )


def test_a_name_with_a_version_after_it_is_no_actor() -> None:
    text = (
        "The team moved its shop to Vantor Cloud version 3 in March. The shop now runs on Vantor Cloud, "
        "Ben Lusk, who leads the team, said on Tuesday."
    )
    rule_fires_and_holds("actors.used_as_product", text, lambda a: "Vantor Cloud" not in _kinds(a))


def test_a_product_the_text_calls_new_is_no_actor() -> None:
    text = (
        "Reviewers liked the latest Zentrix for its battery. Shops in Kelmsby sold out of the Zentrix "
        "within a day, Ann Roe said."
    )
    rule_fires_and_holds("actors.used_as_product", text, lambda a: "Zentrix" not in _kinds(a))


def test_a_person_called_the_new_someone_stays() -> None:
    text = "Critics call Ben Lusk the new Ann Roe. Ann Roe said she was flattered. Lusk said nothing."
    actors = extract_actors(analyse(text), [])
    assert _kinds(actors).get("Ann Roe") == "person"


def test_a_company_that_speaks_stays_however_it_is_used() -> None:
    text = (
        "Millions of people use Tarvelio to send money. Tarvelio said on Monday that it would cut "
        "its fees. Tarvelio employs 4,000 people in Kelmsby."
    )
    with recording() as fired:
        actors = extract_actors(analyse(text), [])
    assert fired["actors.used_as_product"] == 0
    assert "Tarvelio" in _kinds(actors)


def test_the_journals_and_the_authors_of_a_reference_list_are_no_actors() -> None:
    text = (
        "Doctors in Kelmsby tested the drug on 300 patients, Ruth Okafor said.\n\n"
        "References\n\n"
        "- 1. Lusk AB, Venn CD. Rash after treatment. Clin Exp Haematol. 2006;155(2):422-8.\n"
        "- 2. Tam J, Roe K. Dosing in renal failure. Clin Exp Haematol. 2010;12:18-25.\n"
    )
    rule_fires_and_holds(
        "actors.reference_list",
        text,
        lambda a: set(_kinds(a)) == {"Ruth Okafor", "Kelmsby"},
    )


def test_the_journal_of_a_reference_without_a_volume_is_no_actor() -> None:
    # no "2006;155(2)" after the journal: the authors' surnames and initials make the line a reference
    text = (
        "Doctors in Kelmsby tested the drug on 300 patients, Ruth Okafor said.\n\n"
        "References\n\n"
        "- 1. Lusk AB, et al. Rash after treatment. Clin Exp Haematol. 2016.\n"
        "- 2. Tam J, Roe K. Dosing in renal failure. Clin Exp Haematol. 2010.\n"
    )
    rule_fires_and_holds(
        "actors.reference_list",
        text,
        lambda a: "Clin Exp Haematol" not in _kinds(a) and _kinds(a).get("Ruth Okafor") == "person",
    )


def test_a_person_in_a_story_line_with_clubs_and_a_year_stays() -> None:
    # "Town FC, Dunmore FC" reads like two cited authors; only a reference opens with them
    text = "In 2019 Ann Roe coached Kelmsby Town FC, Dunmore FC and two other sides in the league."
    actors = extract_actors(analyse(text), [])
    assert _kinds(actors).get("Ann Roe") == "person"


def test_a_town_before_the_word_of_a_body_named_after_it_stays_a_place() -> None:
    text = (
        "Officers of the Kelmsby Police arrested two men in Kelmsby on Friday. Shops in Kelmsby were "
        "closed for the day. A spokesman for Kelmsby Police said the inquiry continues."
    )
    rule_fires_and_holds(
        "entities.town_of_named_body",
        text,
        lambda a: _kinds(a).get("Kelmsby") == "place" and _kinds(a).get("Kelmsby Police") == "organization",
    )


def test_a_plural_name_the_model_calls_a_place_is_no_side() -> None:
    text = (
        "Cases are rising across the Americas, the health agency said. Ruth Okafor, its director, "
        "said 90 million people in the Americas wait for a second dose."
    )
    rule_fires_and_holds("entities.plural_place", text, lambda a: _kinds(a).get("Americas") in (None, "place"))


def test_a_roundtable_a_putsch_and_a_code_of_practices_are_no_actors() -> None:
    text = (
        "Ruth Okafor spoke at the Kelmsby Finance Roundtable on Monday. She compared the crisis with "
        "the Dunmore Putsch and praised the Fair Lending Practices that the banks signed."
    )
    actors = extract_actors(analyse(text), [])
    assert not {"Kelmsby Finance Roundtable", "Dunmore Putsch", "Fair Lending Practices"} & set(_kinds(actors))
    assert _kinds(actors).get("Ruth Okafor") == "person"


def test_the_labels_of_a_table_are_no_actors_but_the_people_in_it_stay() -> None:
    text = (
        "Ruth Okafor said the game lets players change every setting.\n\n"
        "| Setting | Value |\n"
        "| Goalkeeper Ability | Normal Legendary |\n"
        "| Ben Lusk | Designer |\n\n"
        "Okafor said the settings were popular."
    )
    rule_fires_and_holds(
        "actors.table_cell_only",
        text,
        lambda a: "Goalkeeper Ability" not in _kinds(a) and _kinds(a).get("Ben Lusk") == "person",
    )


def test_capitals_that_spell_a_place_of_the_article_are_that_place() -> None:
    text = (
        "Police in the Kelmsby Coral Islands (KCI) arrested the premier on Thursday. The KCI governor, "
        "Ann Roe, said the KCI would stay calm. Roe said the courts would decide."
    )
    rule_fires_and_holds(
        "entities.acronym",
        text,
        lambda a: "KCI" not in _kinds(a) and _kinds(a).get("Kelmsby Coral Islands") == "place",
    )


def test_a_word_the_text_also_writes_in_lower_case_twice_is_no_name() -> None:
    text = (
        "Ruth Okafor backs up her files with Zorbix every night. Zorbix copies only what changed: run "
        "zorbix with the archive flag, and zorbix keeps the dates. Okafor said it takes a minute."
    )
    rule_fires_and_holds(
        "actors.name_written_lower",
        text,
        lambda a: "Zorbix" not in _kinds(a) and _kinds(a).get("Ruth Okafor") == "person",
    )


def test_a_name_written_in_lower_case_only_in_a_web_address_stays() -> None:
    text = (
        "Zorbix said on Monday it would hire 200 people. Zorbix sells its software at zorbix.com and "
        "@zorbix posts the news, Ruth Okafor, its founder, said."
    )
    with recording() as fired:
        actors = extract_actors(analyse(text), [])
    assert fired["actors.name_written_lower"] == 0
    assert "Zorbix" in _kinds(actors)


def test_a_heading_of_two_parts_is_no_name() -> None:
    text = (
        "Zorbix Pro: Fees\n\n"
        "Zorbix Pro: Fees are lower than elsewhere, Ruth Okafor said. Okafor said Zorbix Pro: Fees would fall."
    )
    rule_fires_and_holds("actors.heading_with_colon", text, lambda a: not any(":" in n for n in _kinds(a)))


@pytest.mark.parametrize(
    "entry",
    [
        "- 3. Orvane DC and Chang CM. A rash in Tarnby with recurrence. J Harb Med. 2011;37(2):118-22.",
        "Kovács Á et al. A rash in Tarnby. Harb Allergy. 2012;9(1):44.",
        "Orvane, D. C., & Chang, C. M. (2019). A rash in Tarnby. Sleep, 4(2), 1-9.",
        "Orvane, D.C. A rash in Tarnby. Curr Rash Rep 23, 7 (2016). https://doi.org/10.1000/xyz",
    ],
)
def test_a_reference_lists_authors_and_the_places_of_its_titles_are_no_actors(entry: str) -> None:
    text = (
        "Doctors in Kelmsby tested the drug on 300 patients, Ruth Okafor said. She said the rash was rare.\n\n"
        f"References\n\n{entry}\n"
    )
    from briefgen import summarize

    brief = summarize(text)
    assert {a.name for a in brief.actors} == {"Ruth Okafor", "Kelmsby"}
    assert not any("rash in Tarnby" in kp.text or "Orvane" in kp.text for kp in brief.key_points)
