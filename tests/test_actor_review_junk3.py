"""Junk actors of real pages, third round, on invented text: a place taken for a person or an
organisation before a noun of the people who live there ("Lusk Vale residents"), before the title of
the head of its government ("KVR Premier Ben Roe") or after its people ("the people of the KVR"), the portfolio of a
title cut from it ("Rural Affairs" of "Rural Affairs Secretary Ann Roe"), and a word of kinship taken
for a name ("Mom"), a pub's or an inn's name taken for a person's ("the Harbour Bar"), an organisation's name cut before
its head ("Kelmsby Independent System" of "... Operator"), a name run into a quotation ("Harbour
Transit Institute ‘Gold Standard"). Each test also
keeps a real person or organisation in a like sentence."""

from __future__ import annotations

from briefgen.model import Actor
from briefgen.summary.actors.extract import extract_actors
from briefgen.summary.text.analysis import analyse

try:  # tests/ as a package, or as a rootdir on sys.path (pytest's default without __init__.py)
    from .conftest import rule_fires_and_holds
except ImportError:
    from conftest import rule_fires_and_holds  # type: ignore[no-redef]


def _kinds(actors: list[Actor]) -> dict[str, str]:
    return {a.name: a.kind for a in actors}


def test_a_name_before_residents_is_a_place() -> None:
    text = "Corbel Hook residents packed the hall on Monday. Ann Roe said the towers were too tall."
    rule_fires_and_holds(
        "entities.place_before_resident",
        text,
        lambda a: _kinds(a).get("Corbel Hook") == "place" and _kinds(a).get("Ann Roe") == "person",
    )


def test_a_name_before_a_resident_named_after_it_is_a_place() -> None:
    text = (
        "Harrow Neck resident Ann Roe said the new towers were too tall. Ben Lusk, who chairs the "
        "council, said the vote was fair."
    )
    rule_fires_and_holds(
        "entities.place_before_resident",
        text,
        lambda a: _kinds(a).get("Harrow Neck") == "place" and _kinds(a).get("Ann Roe") == "person",
    )


def test_the_portfolio_before_a_title_is_no_actor_but_a_company_that_acts_stays() -> None:
    text = (
        "Rural Affairs Secretary Ann Roe said the farms would get more money. Ben Lusk of Northern "
        "Grain said the money was late. Northern Grain said it will move the grain."
    )
    rule_fires_and_holds(
        "actors.portfolio_before_title",
        text,
        lambda a: (
            "Rural Affairs" not in _kinds(a)
            and _kinds(a).get("Ann Roe") == "person"
            and _kinds(a).get("Northern Grain") == "organization"
        ),
    )


def test_the_portfolio_after_a_title_is_no_actor() -> None:
    text = (
        "Secretary of State Ann Roe said the talks with Norland would resume in March. The "
        "State Bank of Kelmsby said it would lend the port more money."
    )
    rule_fires_and_holds(
        "actors.portfolio_before_title",
        text,
        lambda a: (
            "State" not in _kinds(a)
            and _kinds(a).get("Ann Roe") == "person"
            and _kinds(a).get("State Bank of Kelmsby") == "organization"
        ),
    )


def test_a_word_of_kinship_is_no_actor_but_the_speaker_stays() -> None:
    text = "“Mom phones me every Sunday from the farm,” Ann Roe said. Dad works at the mill in Kelmsby."
    rule_fires_and_holds(
        "entities.kinship_word",
        text,
        lambda a: not {"Mom", "Dad"} & set(_kinds(a)) and _kinds(a).get("Ann Roe") == "person",
    )


def test_a_name_before_the_title_of_its_head_of_government_is_a_place_but_a_league_is_no_place() -> None:
    text = "KVR Premier Ben Roe was arrested in Miami on Thursday. KVR Deputy Premier Ann Tam will act for him."
    rule_fires_and_holds(
        "entities.place_before_polity_title",
        text,
        lambda a: _kinds(a).get("KVR") == "place" and _kinds(a).get("Ben Roe") == "person",
    )
    league = "The Tarvel Premier League said on Monday that Kelmsby Rovers would be fined, Ann Roe said."
    assert _kinds(extract_actors(analyse(league), [])).get("Tarvel Premier League") == "organization"


def test_a_name_after_its_people_is_a_place() -> None:
    text = "The KVR Premier was held on Thursday. Officials want the people of the KVR to see the report, Ann Roe said."
    rule_fires_and_holds(
        "entities.place_of_its_people",
        text,
        lambda a: _kinds(a).get("KVR") == "place" and _kinds(a).get("Ann Roe") == "person",
    )


def test_a_company_named_in_english_words_before_a_company_title_stays() -> None:
    from briefgen.summary.actors.extract import extract_actors
    from briefgen.summary.text.analysis import analyse

    for text, company in (
        ("Profits rose 3% last year, General Electric Chairman Jeff Roe said on Monday.", "General Electric"),
        ("Profits rose 3%, Silver Arrow President Ana Soto said.", "Silver Arrow"),
    ):
        kinds = {a.name: a.kind for a in extract_actors(analyse(text), [])}
        assert kinds.get(company) == "organization", (text, kinds)


def test_a_name_in_a_list_of_places_only_is_a_place_but_a_company_beside_its_town_stays() -> None:
    """The model's labels set by hand (it labels such a list as it likes): an organisation among
    places only is one more place; one beside a single town, or with a word of its own, is not."""
    from types import SimpleNamespace

    from spacy.tokens import Span

    from briefgen.nlp import load_pipeline
    from briefgen.summary.entities.place_context import _among_places_only

    doc = load_pipeline()("Malta, Cyprus, Aruba, St Maarten and Curacao were removed from the list on Monday.")
    labels = {"Malta": "GPE", "Cyprus": "GPE", "Aruba": "GPE", "St Maarten": "ORG", "Curacao": "GPE"}
    ents = []
    for name, label in labels.items():
        start = doc.text.index(name)
        ents.append(doc.char_span(start, start + len(name), label=label))
    doc.ents = ents
    st = next(e for e in doc.ents if e.text == "St Maarten")
    assert _among_places_only(SimpleNamespace(text="St Maarten"), st.root)
    assert not _among_places_only(SimpleNamespace(text="St Maarten Holdings"), st.root)  # its own word
    pair = load_pipeline()("Tarvel and Kelmsby said the ferries would run.")
    pair.ents = [Span(pair, 0, 1, label="ORG"), Span(pair, 2, 3, label="GPE")]
    assert not _among_places_only(SimpleNamespace(text="Tarvel"), pair[0])  # beside one town only


def test_a_company_called_by_its_first_word_is_not_also_a_person() -> None:
    text = (
        "Kelmsby shoppers bought batteries from Hong Kong battery seller Kelvane Technology last year.\n\n"
        "Ana Roe said Kelvane had not answered her emails. Kelvane told her the battery was safe, she said.\n"
    )
    rule_fires_and_holds(
        "actors.person_short_for_organisation",
        text,
        lambda a: (
            _kinds(a).get("Kelvane Technology") == "organization"
            and "Kelvane" not in _kinds(a)
            and "Kelvane" in next(x.aliases for x in a if x.name == "Kelvane Technology")
        ),
    )


def test_a_name_that_ends_in_a_pub_or_a_shops_word_is_no_person() -> None:
    text = (
        "Staff at the Kelmsby Inn said they would close on Friday. Maren Holt, who runs the Harbour Bar, "
        "said trade had fallen by half since the spring."
    )
    rule_fires_and_holds(
        "entities.own_words_venue",
        text,
        lambda a: (
            _kinds(a).get("Kelmsby Inn") == "organization"
            and _kinds(a).get("Harbour Bar") == "organization"
            and _kinds(a).get("Maren Holt") == "person"
        ),
    )


def test_an_organisations_name_the_model_cut_before_its_head_is_taken_whole() -> None:
    rule_fires_and_holds(
        "entities.org_head_after",
        "The Kelmsby Independent System Operator said it cut power after two plants shut down.",
        lambda a: (
            _kinds(a).get("Kelmsby Independent System Operator") == "organization"
            and "Kelmsby Independent System" not in _kinds(a)
        ),
    )


def test_a_name_the_model_ran_into_a_quotation_ends_before_its_mark() -> None:
    from briefgen.summary.entities.name_cleaning import clean_name

    assert clean_name("Harbour Transit Institute ‘Gold Standard")[:3] == ("Harbour Transit Institute", 0, 15)
    assert clean_name('Ana "Iron Hand')[0] == "Ana"
    # a nickname in its marks, a quotation that is the name, and an apostrophe typed as a mark stay
    assert clean_name("Tom “Ripper” Lusk")[0] == "Tom “Ripper” Lusk"
    assert clean_name('Hector "Hawk" Lusk')[0] == 'Hector "Hawk" Lusk'
    assert clean_name("the “Harbour Exchange")[0] != "the"
    assert clean_name("The “Harbour Exchange", keep_the=True)[0] != "The"
    assert clean_name("Harbour Times‘s Open Desk")[0] == "Harbour Times‘s Open Desk"
