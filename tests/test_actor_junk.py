"""Junk actors of real pages, by class, on invented text: streets, programmes and events, titles
written after a name, words of office before one, product lines, titles of works, one-word
headings, venues named with "the", companies named by their web address, surnames with
particles, and names the parser misses at some of their mentions."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from briefgen.model import Actor, Quote
from briefgen.summary.actors.evidence import no_actor_evidence
from briefgen.summary.actors.extract import extract_actors
from briefgen.summary.entities.evidence import name_hint
from briefgen.summary.entities.name_edges import extend_person, strip_title, title_after_name
from briefgen.summary.text.analysis import analyse
from briefgen.summary.types import Entity, Mention
from briefgen.trace import recording

try:  # tests/ as a package, or as a rootdir on sys.path (pytest's default without __init__.py)
    from .conftest import rule_fires_and_holds
except ImportError:
    from conftest import rule_fires_and_holds  # type: ignore[no-redef]


def _kinds(actors: list[Actor]) -> dict[str, str]:
    return {a.name: a.kind for a in actors}


CASES: list[tuple[str, str, Callable[[list[Actor]], bool]]] = [
    (
        # a street the parser takes for a person
        "entities.own_words_place",
        "Police closed Harwell Drive on Tuesday after a water main burst. Crews reopened Harwell Drive at noon.",
        lambda a: _kinds(a).get("Harwell Drive") in (None, "place"),
    ),
    (
        # a programme is no actor
        "entities.own_words_programme",
        "Senator Ana Soto said the Blue Harbour Deal would cost too much. Soto voted against it.",
        lambda a: "Blue Harbour Deal" not in _kinds(a) and _kinds(a).get("Ana Soto") == "person",
    ),
    (
        # an event is no actor
        "entities.own_words_event",
        "Prices fell during the Great Kelmsby Crash, Ruth Okafor wrote. Okafor said banks failed.",
        lambda a: "Great Kelmsby Crash" not in _kinds(a),
    ),
    (
        # a spec: a technical term with a variant after it
        "actors.technical_term_phrase",
        "Tarvel Mobile said the phone ships with USB Micro-B and GSM Unlocked firmware. Tarvel Mobile sells it in May.",
        lambda a: not {"USB Micro-B", "GSM Unlocked"} & set(_kinds(a)),
    ),
    (
        # a venue that always takes "the" is no person
        "entities.name_after_the",
        "Crowds queued outside the Marlowe on Sunday. Ruth Okafor, who runs the Marlowe, said tickets sold out.",
        lambda a: _kinds(a).get("Marlowe") in (None, "organization", "place"),
    ),
    (
        # "Tarvel" after "Tarvel.com": one company, not a place and a company
        "entities.web_address_name",
        "Tarvel.com raised its fees on Monday. Sellers said Tarvel had not warned them. Tarvel declined to comment.",
        lambda a: _kinds(a).get("Tarvel.com") == "organization" and "Tarvel" not in _kinds(a),
    ),
    (
        # a stock's symbol in brackets after "shares": the listing of a company named already
        "actors.stock_symbol",
        "Tarvik Medical, a maker of hospital software, announced a new alarm system on Tuesday. "
        "The company's common shares (TRVK) are quoted on the Harbour Exchange.",
        lambda a: "TRVK" not in _kinds(a) and _kinds(a).get("Tarvik Medical") == "organization",
    ),
    (
        "actors.stock_symbol",
        "Shares of Corvane Retail (ticker: CRVN) fell 4% on Monday after Corvane Retail cut its forecast.",
        lambda a: "CRVN" not in _kinds(a),
    ),
    (
        # a word that is also a rare given name ("Maple") opens a phrase, not a person's name
        "actors.phrase_of_words",
        "Glaze the bars with Maple Glaze. The glaze keeps the bars soft for a week.",
        lambda a: "Maple Glaze" not in _kinds(a),
    ),
    (
        # two of the article's names joined to say which papers: no actor of their own
        "actors.pair_of_names",
        "Ana Lusk and Ruth Okafor found the cells in the gut. Tom Reyes and Jakob von Marle saw the same. "
        "The Lusk-Okafor and Reyes-von Marle papers were featured in the journal.",
        lambda a: not {"Lusk-Okafor", "Reyes-von Marle"} & set(_kinds(a)) and "Jakob von Marle" in _kinds(a),
    ),
    (
        "actors.pair_of_names",
        "Ana Lusk and Tom Reyes met twice in May. After last week's Lusk-Reyes debate in Selm, the polls moved.",
        lambda a: "Lusk-Reyes" not in _kinds(a) and _kinds(a).get("Tom Reyes") == "person",
    ),
    (
        # a maker's "its" before a vehicle's noun: the name is the vehicle's, not an organisation
        "actors.owned_vehicle",
        "Tom Reyes said the firm could carry larger payloads with technology built for its Skylark Chaser "
        "vehicle, but he did not say how large.",
        lambda a: "Skylark Chaser" not in _kinds(a) and _kinds(a).get("Tom Reyes") == "person",
    ),
    (
        # a festival the model takes for a place is a day, never an actor
        "entities.not_actor_list",
        "Traffic in Kelmsby doubled in the week before Diwali, officials said.",
        lambda a: "Diwali" not in _kinds(a) and _kinds(a).get("Kelmsby") == "place",
    ),
    (
        # a public programme or a country's process, tagged an organisation, a person or a place
        "entities.not_actor_list",
        "The minister, Ben Lusk, said Medicaid was safe and that Brexit had cost the Kelby Health Trust"
        " nurses. The two parties also clashed on Brexit and on Medicare.",
        lambda a: not {"Medicaid", "Brexit", "Medicare"} & set(_kinds(a)) and _kinds(a).get("Ben Lusk") == "person",
    ),
    (
        # a broadcast named after its host is a work, not its host
        "entities.own_words_work",
        "Ben Lusk told the Mary Cole Show on Monday that the harbour would reopen in May.",
        lambda a: "Mary Cole Show" not in _kinds(a) and _kinds(a).get("Ben Lusk") == "person",
    ),
    (
        # a named pattern of the climate, tagged an organisation: what the weather does
        "entities.not_actor_list",
        "El Niño pushed temperatures up across Kelby in October, said Ben Lusk, the town's forecaster. "
        "El Niño is expected to last until the spring.",
        lambda a: "El Niño" not in _kinds(a) and _kinds(a).get("Ben Lusk") == "person",
    ),
    (
        # "the National Capital", "the Capital": the city already named, no name of its own
        "entities.generic_place_noun",
        "Smog hung over Delvara on Monday, and the National Capital has closed its schools, officials said.",
        lambda a: "National Capital" not in _kinds(a),
    ),
    (
        # a prize the model takes for a person or an organisation is won, never an actor
        "entities.award",
        "The Kelmsby Players staged the play twice, and its writer, Ida Marsh, is an Oscar nominee. "
        "The company won two Grammys and an Emmy last year.",
        lambda a: not {"Oscar", "Grammys", "Emmy"} & set(_kinds(a)) and _kinds(a).get("Ida Marsh") == "person",
    ),
]


@pytest.mark.parametrize(("rule", "text", "check"), CASES, ids=[c[0] for c in CASES])
def test_rule_fires_and_holds(rule: str, text: str, check: Callable[[list[Actor]], bool]) -> None:
    rule_fires_and_holds(rule, text, check)


@pytest.mark.parametrize(
    ("name", "hint"),
    [
        ("Harwell Road", "place"),
        ("Kelmsby Bridge", "place"),
        ("Friends of Harwell Park", None),  # the head is "Friends": a group, not a park
        ("City of Lusk Falls", "place"),
        ("Pelican Cay", "place"),  # a small island, named as a person's two names might be
        ("Gullrock Atoll", "place"),
        ("Otter Creek", "place"),
        ("Ana Deal", "person"),  # a surname, after a common given name
        ("Blue Harbour Deal", "event"),
        ("Kelmsby Fishing Agreement", "event"),
        ("Second Kelmsby War", "event"),
        ("Jo-Kelda Tsonkar", "person"),  # a given name joined to another, then a surname
        ("Anne-Zelie Okafor", "person"),
        ("Mercedes-Benz Fashion Week", "event"),  # not a person: its last word is an English one
        ("Anne-Marine Harbour", "place"),  # not a person: "Marine" is an English word
    ],
)
def test_a_names_own_words(name: str, hint: str | None) -> None:
    assert name_hint(name) == hint


def test_a_title_after_a_surname_is_cut_off() -> None:
    with recording() as fired:
        actors = extract_actors(analyse("Crowds cheered as Kessler Chancellor waved from the balcony."), [])
    kinds = _kinds(actors)
    assert fired["entities.title_after_name"] > 0 and "Kessler Chancellor" not in kinds, kinds


def test_a_given_name_keeps_a_surname_that_is_a_title() -> None:
    kinds = _kinds(extract_actors(analyse("Tom Major said the bridge would open in May. Major is an engineer."), []))
    assert kinds.get("Tom Major") == "person", kinds


def test_a_speaker_named_with_a_word_of_office_is_the_person_of_the_model() -> None:
    text = (
        "Ana Soto chairs the harbour board. “We will rebuild the pier,” said Supervisor Ana Soto. "
        "Soto said work starts in May."
    )
    at = text.index("We will")
    quote = Quote(text="We will rebuild the pier,", speaker="Supervisor Ana Soto", span=(at, at + 24))
    with recording() as fired:
        actors = extract_actors(analyse(text), [quote])
    names = [a.name for a in actors if a.kind == "person"]
    assert names.count("Ana Soto") == 1 and not any("Supervisor" in n for n in names), names
    assert fired["actors.speaker_title_word"] > 0


def test_names_written_with_the_and_a_plural_stay_people() -> None:
    # "the Okafors": a family (the plural rule), not a venue
    kinds = _kinds(extract_actors(analyse("Ruth Okafor moved to Kelmsby. The Okafors bought a farm there."), []))
    assert kinds.get("Ruth Okafor") == "person", kinds


def _entity(kind: str, name: str, text: str) -> tuple[Entity, bool]:
    """An entity with a mention at each place ``text`` writes ``name``, and whether
    :func:`no_actor_evidence` leaves it out."""
    analysis = analyse(text)
    entity = Entity(kind, name)
    for hit in re.finditer(re.escape(name), text):
        span = analysis.doc.char_span(hit.start(), hit.end())
        assert span is not None
        entity.mentions.append(Mention(name, hit.start(), hit.end(), kind, "PERSON", span))
    return entity, no_actor_evidence(entity, analysis, False, set())


def test_a_title_between_quotation_marks_is_no_actor() -> None:
    text = "Ruth Okafor sang “Silver Lusk” at the festival. Okafor said “Silver Lusk” was written in a night."
    with recording() as fired:
        assert _entity("person", "Silver Lusk", text)[1]
    assert fired["actors.quoted_title"] == 1
    # a name that opens a quote and runs on is no title
    assert not _entity("person", "Tom Lusk", "“Tom Lusk is back,” the coach said. Tom Lusk scored twice.")[1]


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("Harbour", "Ana Soto, a top aide, said on Kelmsby News’s “Harbour and Friends.” that the plan was dead."),
        ("Lusk", 'Ana Soto told "Meet Lusk Tonight" on Sunday that the plan was dead.'),
    ],
)
def test_a_word_of_a_quoted_title_is_no_actor(name: str, text: str) -> None:
    with recording() as fired:
        assert _entity("organization", name, text)[1]
    assert fired["actors.inside_quoted_title"] == 1


@pytest.mark.parametrize(
    ("name", "text"),
    [
        # the quotation is the name alone, with "The": the paper itself
        ("Kelmsby Times", "As “The Kelmsby Times” wrote, the vote was close."),
        # the nearest mark closes a quotation: the name is outside it
        ("Ana Soto", 'Ben Lusk talked about "Harbour Nights: How Towns Fail," Ana Soto\'s best seller, on Monday.'),
        # the words sung are the name alone
        ("Ana Soto", "She sang the anthem, then added the words, “Ana Soto.” The crowd cheered."),
    ],
)
def test_a_name_quoted_alone_or_outside_a_title_stays(name: str, text: str) -> None:
    assert not _entity("person", name, text)[1]


def test_one_word_the_text_writes_in_lower_case_and_never_acting_is_no_person() -> None:
    text = "Resorts\n\nThe resorts of the coast reopened on Monday. Hotels near Resorts Quay were full."
    with recording() as fired:
        assert _entity("person", "Resorts", text)[1]
    assert fired["actors.lone_common_word"] == 1
    # one that acts is a person, whatever the dictionary says ("Cook said")
    assert not _entity("person", "Cook", "Cook said the cook had left. Cook will hire another.")[1]


@pytest.mark.parametrize(
    ("name", "kept", "rule"),
    [
        ("KHA Director", "", "entities.title_after_name"),  # an acronym's director: no one's name
        ("Kessler Chancellor", "Kessler", "entities.title_after_name"),
        ("Tom Major", "Tom Major", None),  # a given name first: "Major" is his surname
        ("Ruth Okafor", "Ruth Okafor", None),
    ],
)
def test_a_title_after_a_name_is_no_part_of_it(name: str, kept: str, rule: str | None) -> None:
    with recording() as fired:
        rest, cut = title_after_name(name)
    assert rest == kept and cut == len(name) - len(kept)
    assert rule is None or fired[rule] == 1


def test_a_plural_word_of_trade_before_a_given_name_is_no_part_of_the_name() -> None:
    assert strip_title("Chefs Emily Stone") == ("Emily Stone", len("Chefs "))
    assert strip_title("Mary Ann Lusk") == ("Mary Ann Lusk", 0)


@pytest.mark.parametrize(
    ("name", "stripped"),
    [
        ("Christian Lusk", ("Christian Lusk", 0)),  # a given name that is also a word of faith
        ("German Ruiz", ("German Ruiz", 0)),
        ("Christian Jordan", ("Christian Jordan", 0)),  # a surname that is a given name too
        ("German Chancellor Ilse Brandt", ("Ilse Brandt", len("German Chancellor "))),
        ("Dane Ana Roe", ("Ana Roe", len("Dane "))),
        ("Syrian Queen Ilse", ("Ilse", len("Syrian Queen "))),
    ],
)
def test_a_nationality_is_cut_off_a_name_unless_it_is_the_given_name(name: str, stripped: tuple[str, int]) -> None:
    assert strip_title(name) == stripped


def _ent(text: str, phrase: str, label: str):  # type: ignore[no-untyped-def]
    from spacy.tokens import Span

    analysis = analyse(text)
    span = analysis.doc.char_span(text.index(phrase), text.index(phrase) + len(phrase))
    assert span is not None
    return Span(span.doc, span.start, span.end, label=label)


def test_english_words_of_a_setting_are_no_person() -> None:
    text = "Players can raise the speed of a pass in the menu for Shot Speed, with the help of Shot Speed."
    with recording() as fired:
        assert _entity("person", "Shot Speed", text)[1]
    assert fired["actors.phrase_of_words"] == 1
    # a given name first: a person whose surname is a word
    assert not _entity("person", "Tom Cook", "Tom Cook met the cook in Kelmsby. Tom Cook left early.")[1]
    # an organisation named by English words stays (a paper, a campaign)
    assert not _entity("organization", "Harbour Light", "Harbour Light reported the light was out.")[1]


def test_a_surname_with_particles_is_part_of_the_name() -> None:
    text = "Recently, Ilse von der Brandt stated that the treaty would hold."
    # the model ends the name on its particles and takes the surname for a place
    from spacy.tokens import Span

    head = _ent(text, "Ilse von der", "PERSON")
    doc = head.doc
    doc.ents = [head, Span(doc, head.end, head.end + 1, label="GPE")]
    with recording() as fired:
        whole = extend_person(head)
    assert whole.text == "Ilse von der Brandt"
    assert fired["entities.particle_surname"] == 1
    # a name that stops before an ordinary word stays as it is
    assert extend_person(_ent("Ilse Brandt stated that it held.", "Ilse Brandt", "PERSON")).text == "Ilse Brandt"


def test_the_earth_and_the_bodies_of_space_are_no_actors() -> None:
    text = "Ruth Okafor said the probe would reach Mars in May. It left Earth in June."
    with recording() as fired:
        assert _entity("place", "Mars", text)[1] and _entity("place", "Earth", text)[1]
        assert _entity("organization", "Solar System", "The Solar System formed long ago.")[1]
    assert fired["actors.celestial_body"] == 3
    # a firm or a paper by such a name stays when the model calls it one
    assert not _entity("organization", "Mars", "Mars raised the price of its bars, the firm said.")[1]
    # ... unless the article writes it as the body: "the planet Venus", "bound for the Moon"
    with recording() as fired:
        assert _entity("organization", "Venus", "The probe passed the planet Venus in May, Ana Soto said.")[1]
        assert _entity("organization", "Moon", "Tarvel built a lander bound for the Moon, Ana Soto said.")[1]
    assert fired["actors.named_as_a_body"] == 2
    with recording() as fired:
        _entity("organization", "Venus", "Shares of Venus rose after Venus said its profits rose.")
    assert "actors.named_as_a_body" not in fired  # written bare: the company's name


def test_a_dictionary_word_taken_for_a_person_is_no_actor_and_a_surname_that_is_a_word_stays() -> None:
    """A word of the dictionary that no census surname or given name is, never acting: no person;
    a surname that is a word ("Driver", "the Millers") or one that acts stays."""
    text = "The Teapot tour sold out in Kelmsby. Tickets for Teapot went on sale on Monday."
    with recording() as fired:
        assert _entity("person", "Teapot", text)[1]
    assert fired["actors.lone_dictionary_word"] == 1
    assert not _entity("person", "Driver", "The samples went to a laboratory run by Driver in Kelmsby.")[1]
    assert not _entity("person", "Millers", "The study was paid for by the Millers of Kelmsby.")[1]
    assert not _entity("person", "Walrus", "Walrus said the band would tour Kelmsby in May.")[1]


@pytest.mark.parametrize(
    ("kind", "name", "text"),
    [
        ("place", "Frugality", "Frugality pays off in the kitchen. Frugality is what a slow stew asks for."),
        ("organization", "Lantern", 'The chef wrote on his blog, "Lantern light is best for a supper outside."'),
        ("organization", "Pantries", "Our tips\n\nPantries fill up fast in winter, so plan your shopping."),
    ],
)
def test_a_dictionary_word_capitalised_only_where_any_word_is_no_organisation_or_place(
    kind: str, name: str, text: str
) -> None:
    """A word of the dictionary taken for an organisation or a place, whose every mention opens a
    sentence, a line or a quotation (where any word has a capital), is no actor."""
    with recording() as fired:
        assert _entity(kind, name, text)[1]
    assert fired["actors.capitalised_by_place_only"] == 1


@pytest.mark.parametrize(
    ("kind", "name", "text"),
    [
        # written with a capital inside a sentence too: a name
        ("organization", "Lantern", "Lantern raised its prices. Shares of Lantern fell 4% on Monday."),
        # a country, a US state, a city: places whatever words they are
        ("place", "Turkey", "Turkey closed its border on Monday."),
        ("place", "Kansas", "Kansas counts its votes slowly, officials said."),
        ("place", "Nice", "Nice has a new tram line, the council said."),
        # a closing mark is no opening one: the word stands inside its sentence
        ("organization", "Lantern", 'She called it "good" Lantern work, the report said.'),
    ],
)
def test_a_name_capitalised_inside_its_sentence_or_a_known_place_stays(kind: str, name: str, text: str) -> None:
    assert not _entity(kind, name, text)[1]


@pytest.mark.parametrize(
    "text",
    [
        "Her films included Lanternfish, a comedy based on a board game, and two thrillers.",
        "The band's best chart placing was 2002's Lanternfish, which reached number 12.",
        "Fans drifted away after 1982's disappointing Lanternfish, and the band split in 1985.",
    ],
)
def test_a_work_described_after_its_name_or_owned_by_a_year_is_no_actor(text: str) -> None:
    with recording() as fired:
        assert _entity("organization", "Lanternfish", text)[1]
    assert fired["actors.thing_named"] == 1


@pytest.mark.parametrize(
    ("kind", "name", "text"),
    [
        # the title does something in its sentence: the work's doing, not an actor's
        ("organization", "Lanternfish", "Ruth Okafor's supernatural thriller Lanternfish dropped to number three."),
        ("person", "Lanternfish", "Their album Lanternfish, out since March, sold two million copies."),
        ("person", "Lanternfish", "She starred in the historical blockbuster Lanternfish, which flopped."),
        # a title the parser took for a place
        ("place", "Kelby Bay", "He first appeared in the BBC series Kelby Bay in 1999."),
        ("place", "Kelbo", "The new show is loosely inspired by the board game Kelbo."),
        # the title's own "The" between the noun and the name
        ("organization", "Gulls", "Her new film is a sequel to the animated comedy The Gulls."),
    ],
)
def test_a_title_right_after_a_noun_of_a_work_is_no_actor(kind: str, name: str, text: str) -> None:
    with recording() as fired:
        assert _entity(kind, name, text)[1]
    assert fired["actors.titled_by_work_noun"] == 1


@pytest.mark.parametrize(
    "text",
    [
        # the subject of the noun's relative clause, and a name after a mark or after a noun of
        # no work: people
        "The book Okafor wrote last year sold well.",
        "After the film, Okafor said she was tired.",
        "After the game Okafor said she was tired.",
    ],
)
def test_a_person_after_a_noun_of_a_work_stays(text: str) -> None:
    assert not _entity("person", "Okafor", text)[1]


def test_a_work_named_once_after_its_noun_and_once_alone_stays_for_the_other_rules() -> None:
    # one mention of the body without the noun: the title rule leaves the name to the others
    with recording() as fired:
        _entity(
            "organization", "Lanternfish", "The thriller Lanternfish opened. Lanternfish said it would cut 20 jobs."
        )
    assert "actors.titled_by_work_noun" not in fired


def test_a_firm_described_after_its_name_stays() -> None:
    assert not _entity("organization", "Kelvinator", "Kelvinator, a Dutch firm, said it would cut 200 jobs.")[1]
    # a dictionary word named once, opening its sentence, stays when the article gives it a role
    with recording() as fired:
        actors = extract_actors(analyse("Beacon, a Dutch bank, said on Monday it would cut 200 jobs."), [])
    assert ("Beacon", "Dutch bank") in {(a.name, a.role) for a in actors}
    assert "actors.capitalised_by_place_only" not in fired


def test_a_name_met_only_in_the_headline_is_no_actor() -> None:
    # a title-case headline tags its words as one name ("Kelby Vs Tarvel Pro"); the story names
    # its actors in its own sentences
    title = "Kelby Vs Tarvel Pro: Which Ferry Line Wins?"
    text = (
        title + "\n\nTarvel Pro runs six crossings a day between Selm and Port Ellis, the company said on Monday. "
        "Kelby Ferries, its older rival, runs four and charges less for cars. Tarvel Pro added a night boat in May."
    )
    with recording() as fired:
        names = {a.name for a in extract_actors(analyse(text, title=title), [])}
    assert "Kelby Vs Tarvel Pro" not in names and "Tarvel Pro" in names
    assert fired["actors.headline_only"]


def test_a_name_before_a_firms_staff_noun_and_a_person_is_the_employer() -> None:
    """ "Norvest analyst Ana Soto": the bank, though the model may take the name for a place; a
    known place stays one ("Tokyo analyst ..."), and a person's spokesman is the person's."""
    from spacy.tokens import Doc, Span

    from briefgen.nlp import load_pipeline
    from briefgen.summary.entities.described import employer_by_next_word

    def doc(words: str, name_end: int) -> tuple[Doc, Span]:
        d = Doc(load_pipeline().vocab, words=words.split())
        d.ents = [Span(d, 0, name_end, label="GPE"), Span(d, name_end + 1, name_end + 3, label="PERSON")]
        return d, d.ents[0]

    assert employer_by_next_word(doc("Norvest analyst Ana Soto said so", 1)[1])
    assert not employer_by_next_word(doc("Tokyo analyst Ana Soto said so", 1)[1])  # a known place
    assert not employer_by_next_word(doc("Norvest councillor Ana Soto said so", 1)[1])  # a town's office
    assert not employer_by_next_word(doc("Norvest Analyst Ana Soto said so", 1)[1])  # a title in capitals


@pytest.mark.parametrize(
    "words,name",
    [
        (["Grant", "Shapps"], True),  # a common given name that is a word too
        (["Rose", "Hale"], True),
        (["Karma", "E."], True),  # a rare one, with a surname's initial
        (["Maple", "Glaze"], False),  # a rare given name that is a word of the dictionary
        (["Lean", "Mince"], False),
    ],
)
def test_a_rare_given_name_that_is_a_word_opens_no_full_name(words: list[str], name: bool) -> None:
    from briefgen.summary.actors.name_shapes import full_name

    assert full_name(words) is name


def test_a_joint_venture_of_two_names_stays_an_actor() -> None:
    text = (
        "Two bidders remain: Norvik and Tarnmoor. The ministry said it would sell the stake to Norvik-Tarnmoor "
        "by June, and Norvik-Tarnmoor said it would keep all 300 jobs."
    )
    assert "Norvik-Tarnmoor" in _kinds(extract_actors(analyse(text), []))


def test_a_given_name_that_is_also_a_prize_is_a_person_when_he_acts() -> None:
    text = "Oscar scored twice as Kelmsby Rovers beat Dunmore 3-1 on Saturday. Oscar's second goal came late."
    actors = extract_actors(analyse(text), [])
    assert _kinds(actors).get("Oscar") == "person"


def test_a_fixture_line_is_no_place() -> None:
    text = (
        "Kelby finish their campaign at home. Remaining fixtures: Norland v Selmia Isles, "
        "Selmia v Kelby. Kelby beat Norland in the first game."
    )
    with recording() as fired:
        actors = extract_actors(analyse(text), [])
    assert not [a.name for a in actors if " v " in a.name]
    assert fired["entities.fixture"] >= 1


@pytest.mark.parametrize("name", ["Harbour Editions", "Tarvo Pioneer"])
def test_an_edition_and_the_possessive_that_shares_its_word_are_no_actors(name: str) -> None:
    text = "Orbix said the Tarvo Pioneer’s and Harbour Editions, which include a second pad, go on sale in May."
    with recording() as fired:
        assert _entity("organization", name, text)[1]
    assert fired["actors.edition_name"] == 1
    assert not _entity("organization", "Orbix", text)[1]


@pytest.mark.parametrize(
    ("text", "junk"),
    [
        # a scan's kind before "scan" names the scan ("a CT scan", "an MRI scan")
        ("Doctors at Selm General ordered a CT scan for Ana Ruiz. The CT scan showed a shadow on her lung.", "CT"),
        # a virus the model takes for an organisation
        (
            "Tom Lee, a nurse in Selm, said the HPV vaccine is offered to every pupil. HPV causes most such cancers.",
            "HPV",
        ),
        # a postal box of an address under a column
        ("Write to Ana Ruiz at the Selm Courier, P.O. Box 120, Selm. Ana Ruiz answers letters every week.", "P.O. Box"),
    ],
)
def test_an_address_a_scan_and_a_virus_are_no_actors(text: str, junk: str) -> None:
    actors = extract_actors(analyse(text), [])
    assert junk not in {a.name for a in actors}, [(a.name, a.kind) for a in actors]


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        (
            "Mary Keller is a pilot for the Kelby Harbour Board. She is a Norvani and Kelmari mother of two "
            "who now lives in Selm.\n\nKeller said the board was short of pilots.",
            ("Norvani", "Kelmari"),
        ),
        (
            "A Blue Anchor mother confronted the senator at a town hall in Selm on Monday.\n\nThe senator said he "
            "would answer her letter, a spokesman for Senator Ben Lusk said.",
            ("Blue Anchor",),
        ),
    ],
)
def test_a_people_or_a_standing_that_says_who_a_person_is_is_no_actor(text: str, gone: tuple[str, ...]) -> None:
    with recording() as fired:
        names = {a.name for a in extract_actors(analyse(text), [])}
    assert not names & set(gone), names
    assert fired["actors.people_of_a_person"] >= 1


def test_a_body_before_a_noun_of_a_job_stays_an_actor() -> None:
    # "an Acme spokeswoman": the company she speaks for, no people of hers
    text = "An Acme Shipping spokeswoman said on Monday that the ferry would sail again in May."
    assert "Acme Shipping" in {a.name for a in extract_actors(analyse(text), [])}


def test_a_name_in_the_apposition_that_says_who_a_person_is_is_no_actor() -> None:
    # "longtime TarvApper": the person's standing in a group the page names in its own word
    text = "Tarvel is thrilled to have Mary Keller, longtime TarvApper, as our new chief executive.\n\nKeller joined Tarvel in 2010."
    with recording() as fired:
        names = {a.name for a in extract_actors(analyse(text), [])}
    assert "TarvApper" not in names and "Mary Keller" in names
    assert fired["actors.apposition_of_a_person"] == 1
    # an affiliation after the name, with no word of its own before it, stays a body of the story
    text = "The report was written by Mary Keller, Acme Shipping Ltd., and sent to the harbour board on Monday."
    assert "Acme Shipping Ltd." in {a.name for a in extract_actors(analyse(text), [])}
