"""Actors need evidence of being people or organisations: the rules of
:mod:`briefgen.summary.actors.evidence` and :mod:`briefgen.summary.entities.acronyms`, and titles
in quotation marks that nobody said, on invented text."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from briefgen.lang.en.terms import is_technical_term, is_term_head
from briefgen.summary.actors.evidence import no_actor_evidence
from briefgen.summary.actors.extract import extract_actors
from briefgen.summary.entities.acronyms import spelled_out_term
from briefgen.summary.quotes.extract import extract_quotes
from briefgen.summary.text.analysis import analyse
from briefgen.summary.types import Entity, Mention
from briefgen.trace import recording

from conftest import run_cli

SPEC_REVIEW = (
    "Review: the Tarvel X phone\n\n"
    "Ruth Okafor, who reviewed the phone for Tarvel Weekly, said it was fast and light.\n\n"
    "Specs\nAudio: Clearwave Surround\nCamera: Nightshot Pro lens\nCharging: Fastcell\nScreen: Quorix\n\n"
    "Okafor said the battery lasted two days."
)


def _names(text: str) -> tuple[set[str], dict[str, int]]:
    with recording() as fired:
        actors = extract_actors(analyse(text), [])
    return {a.name for a in actors}, {k: v for k, v in dict(fired).items() if k.startswith("actors.")}


def test_technical_terms_are_no_actors() -> None:
    names, fired = _names(
        "Tarvel launches a new phone\n\nThe phone charges over USB and pairs over Bluetooth, and owners can "
        "ask Siri to call home. Ruth Okafor, the firm's chief executive, said USB was the only port it kept."
    )
    assert "Ruth Okafor" in names
    assert not names & {"USB", "Bluetooth", "Siri"}
    assert fired.get("actors.technical_term", 0) >= 1


@pytest.mark.parametrize(
    "name,term",
    [
        ("USB", True),
        ("Python 3", True),
        ("Android 12", True),
        ("Siri", True),
        ("Tarvel", False),
        ("USB Lane", False),
        # a program's error class, as code writes it; not the word alone, nor a name ending so
        ("IndexError", True),
        ("HarbourTimeoutException", True),
        ("Warning", False),
        ("Warner", False),
        ("Error Harbour", False),
    ],
)
def test_technical_term_list(name: str, term: bool) -> None:
    assert is_technical_term(name) is term


def test_names_only_in_verbless_lines_are_no_actors() -> None:
    names, fired = _names(SPEC_REVIEW)
    assert "Ruth Okafor" in names
    assert "Tarvel Weekly" in names  # in a clause: "reviewed the phone for Tarvel Weekly"
    assert not names & {"Clearwave Surround", "Nightshot Pro", "Fastcell", "Quorix", "Specs"}
    assert fired.get("actors.verbless_only", 0) >= 1  # "Quorix" ("Specs" is a word of the dictionary)


def test_people_listed_without_verbs_stay() -> None:
    # a squad list has no verb, but full names (and names on a line of full names) are people's
    names, fired = _names(
        "Otters name squad\n\nThe Otters named their squad on Monday for the final.\n\n"
        "Tiva Nakoma, Wasu Kemal, Amaru Quispe\n\nCoach Ruth Okafor said the side was ready."
    )
    assert {"Tiva Nakoma", "Wasu Kemal", "Ruth Okafor"} <= names
    assert "actors.verbless_only" not in fired


def _lone(kind: str, name: str, text: str) -> bool:
    analysis = analyse(text)
    return no_actor_evidence(Entity(kind, name), analysis, False, set())


def test_person_name_ending_in_a_number_is_a_title() -> None:
    text = "Skyfarer 2 sold a million copies in a week."
    with recording() as fired:
        assert _lone("person", "Skyfarer 2", text)
    assert fired["actors.name_with_number"] == 1
    assert not _lone("person", "Ann Roe III", "Ann Roe III said so.")


def test_a_phrase_the_text_writes_in_lower_case_is_no_name() -> None:
    text = "Most players change the glide angle first.\n\nGlide Angle\nDial Tone\n"
    with recording() as fired:
        assert _lone("person", "Glide Angle", text)
    assert fired["actors.common_phrase"] == 1
    # an organisation's word keeps it ("the foreign ministry" and "Foreign Ministry")
    assert not _lone("organization", "Foreign Ministry", "The foreign ministry said so. Foreign Ministry staff left.")
    # one word: a plural only
    assert _lone("person", "Members", "Members\nThe site lets members delete their data.\n")


@pytest.mark.parametrize(
    "name,text,term",
    [
        ("CBT", "Clinics will offer more cognitive behavioural therapy. CBT budgets rise.", True),
        ("DBD", "3. Dual-Ray Bone Densitometry (DBD)\nDBD is used in clinics.", True),
        ("HP", "A lung condition, hypersensitivity pneumonitis (HP), was found.", True),
        ("HP", "It has high pressure and HP said so.", False),  # two letters: only in brackets
        ("CBS", "It could be seen from the road. CBS said so.", False),  # stop words spell no term
        ("UN", "The United Nations (UN) praised the plan.", False),
        ("KHB", "The Kelmsby Harbour Board (KHB) met.", False),
        ("QPR", "Queens Park Rangers (QPR) won.", False),  # a capitalised phrase needs a term's last word
    ],
)
def test_abbreviation_of_a_spelled_out_term(name: str, text: str, term: bool) -> None:
    assert spelled_out_term(name, text) is term


def test_term_heads() -> None:
    assert is_term_head("Densitometry") and is_term_head("Analysis") and not is_term_head("Board")


def test_spelled_out_acronym_leaves_the_actors() -> None:
    names, _ = _names(
        "Clinics to spend more on care\n\nThe board said clinics would spend more on cognitive behavioural "
        "therapy next year. CBT budgets will rise by a tenth, said Ruth Okafor, the board's "
        "chair. The United Nations (UN) praised the plan."
    )
    assert "CBT" not in names and "Ruth Okafor" in names and "United Nations" in names


TITLES = (
    "Director dies at 80\n\nOla Brandt, a stage and screen director, died on Monday. Brandt appeared on "
    "“Morning Desk” and told “Coastline Tonight” about his films. He is best known for “Harbour Lights” and "
    "“Night of the Otters”. Brandt said in 1990: “I never wanted to make a film about the sea, but the sea "
    "kept coming back.”"
)


def test_titles_after_on_or_told_have_no_speaker() -> None:
    with recording() as fired:
        quotes = extract_quotes(analyse(TITLES))
    speakers = {q.text: q.speaker for q in quotes}
    assert speakers["Morning Desk"] is None
    assert speakers["Coastline Tonight"] is None
    assert speakers["Harbour Lights"] is None and speakers["Night of the Otters"] is None
    assert speakers[next(t for t in speakers if t.startswith("I never"))] == "Ola Brandt"
    assert fired["speakers.title_after_preposition"] >= 2


PAGE = (
    "Review: the Tarvel X phone\n\nRuth Okafor, who reviewed the phone for Tarvel Weekly, said it was fast and "
    "light. She liked the screen, and she said the price was fair for what the phone offers.\n\n"
    "Audio: Clearwave Surround\nSpeakers: Clearwave Surround stereo\nCharging: Fastcell\nPorts: USB\n\n"
    "The phone pairs with a watch over Bluetooth, and Bluetooth kept the link all day, Okafor said. Owners can "
    "ask Siri for the weather, and Siri answers fast. Okafor said the battery lasted two days, and she added "
    "that it charged in an hour over USB. Okafor appeared on “Morning Desk” to talk about the phone.\n"
)


def test_a_show_title_after_its_owner_has_no_speaker() -> None:
    text = (
        'Shares rise\n\n"The stock has room to run this year," Ola Brandt said on Harbour TV\'s "Market Desk" '
        'on Monday. "It broke above its trend line in May."'
    )
    with recording() as fired:
        quotes = extract_quotes(analyse(text))
    speakers = {q.text: q.speaker for q in quotes}
    assert speakers["Market Desk"] is None
    assert speakers["The stock has room to run this year"] == "Ola Brandt"
    assert fired["speakers.title_after_preposition"] == 1


def test_brief_shows_no_junk_actors_end_to_end(tmp_path: Path) -> None:
    src = tmp_path / "review.txt"
    src.write_text(PAGE)
    proc = run_cli("build", str(src), "-o", str(tmp_path), "-f", "md,json")
    assert proc.returncode == 0, proc.stderr
    md = (tmp_path / "review.md").read_text()
    brief = json.loads((tmp_path / "review.json").read_text())
    assert "**Ruth Okafor** (person)" in md
    for junk in ("USB", "Bluetooth", "Siri"):
        assert junk in brief["text"]  # Bluetooth and Siri, named twice, were shown before these rules
        assert f"**{junk}**" not in md and junk not in {a["name"] for a in brief["actors"]}
    assert "“Morning Desk” (" not in md  # the show's title is not credited to its guest


def test_a_name_listed_with_places_is_a_place() -> None:
    with recording() as fired:
        actors = extract_actors(
            analyse(
                "Cold snap grips the region\n\nTemperatures fell below zero in Lyon, Marcelline and Brest on Tuesday, "
                "the weather agency said. Forecasters said Marcelline would stay cold until Friday."
            ),
            [],
        )
    kinds = {a.name: a.kind for a in actors}
    assert kinds["Marcelline"] == "place"
    # a name the parser labels an organisation keeps its kind: clubs and firms are listed with towns
    others = extract_actors(analyse("Cup draw\n\nThe draw paired Lyon, Varnel and Brest on Tuesday. Varnel won."), [])
    assert {a.name: a.kind for a in others}.get("Varnel") != "place"
    assert fired["actors.conjoined_with_place"] >= 1


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Morning anchor Brian Walsh and Tess Carver will front the new breakfast show.", "Tess Carver"),
        ("Ben Lusk and Coral Davies reported from the island.", "Coral Davies"),
    ],
)
def test_a_given_name_and_surname_listed_with_a_person_is_a_person(text: str, name: str) -> None:
    with recording() as fired:
        kinds = {a.name: a.kind for a in extract_actors(analyse(text), [])}
    assert kinds.get(name) == "person", kinds
    assert fired["entities.listed_with_a_person"] >= 1


def _listed(kind: str, name: str, text: str) -> bool:
    """no_actor_evidence for an entity mentioned wherever ``name`` stands in ``text``."""
    analysis = analyse(text)
    entity = Entity(kind, name)
    for hit in re.finditer(re.escape(name), text):
        span = analysis.span(hit.start(), hit.end())
        assert span is not None
        entity.mentions.append(Mention(name, hit.start(), hit.end(), kind, "ORG", span))
    return no_actor_evidence(entity, analysis, False, set())


def test_known_organisations_stand_in_lines_without_verbs() -> None:
    lines = "Storm closes the port\n\nA storm closed the port on Monday.\n\nCredits\nSilver Lane: Clearwave Surround\n"
    with recording() as fired:
        assert _listed("organization", "Silver Lane", lines)  # only in a line without a verb
    assert fired["actors.verbless_only"] == 1
    assert not _listed("organization", "AP", lines.replace("Silver Lane", "AP"))  # a news agency
    assert not _listed("organization", "Silver Board", lines.replace("Silver Lane", "Silver Board"))


def test_a_name_described_as_a_person_is_one() -> None:
    with recording() as fired:
        actors = extract_actors(
            analyse(
                "Gallery buys painting\n\nThe Kelmsby Gallery bought a painting on Monday, said Odile des Marais, "
                "the gallery's director."
            ),
            [],
        )
    assert {a.name: a.kind for a in actors}["Odile des Marais"] == "person"  # the parser says organisation
    assert fired["actors.person_by_description"] == 1


def test_a_name_with_a_number_after_every_mention_is_a_title() -> None:
    names, fired = _names(
        "The Verge said the platform does not run its launch title Marcus 2 in native 4K. Not only is "
        "Marcus 2 not true 4K on the platform, it runs at medium settings. Ruth Okafor, the firm's chief "
        "executive, said sales rose."
    )
    assert "Marcus" not in names and "Ruth Okafor" in names
    assert fired.get("actors.name_with_number", 0) >= 1
    # a score after a name is no title
    names, _ = _names("Ruth Okafor beat Ada Lusk 6-2, 6-1 in Selm on Sunday. Lusk said she was tired.")
    assert "Ada Lusk" in names


def test_a_title_with_its_number_before_a_comma_once_is_still_a_title() -> None:
    names, _ = _names(
        "The launch title Marcus 2 runs at 1080p on the platform. Marcus 2 is not true 4K there. "
        "Another game does a little better than Marcus 2, but not by much, said Ruth Okafor, a critic."
    )
    assert "Marcus" not in names and "Ruth Okafor" in names


def test_a_works_title_after_its_noun_is_named_not_said_however_long() -> None:
    # a book's title with its subtitle runs past the length of a title alone; after "book" it is
    # the book's name: no statement of its author, nor shown among the statements
    text = (
        "How to sail home\n\nSailor Ana Roe crossed the sea alone at 60. In her book “Sail Home: A Sailor's Guide "
        "to Every Quiet Harbour on the Coast,” Roe shares the routes she used. “Every harbour has its own tide,” "
        "Roe said."
    )
    with recording() as fired:
        quotes = extract_quotes(analyse(text))
    by_text = {q.text.rstrip(","): (q.speaker, q.kind) for q in quotes}
    assert by_text["Sail Home: A Sailor's Guide to Every Quiet Harbour on the Coast"] == (None, "term")
    assert by_text["Every harbour has its own tide"] == ("Ana Roe", "statement")
    assert fired["speakers.title_after_work_noun"]
