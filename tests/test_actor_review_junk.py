"""Names a reader of a brief of a real page took for junk actors, on invented text: a programme
named for what it buys ("... Services") with its acronym, a company's product written after the
company's name, a company listed where contracts went, a product described as one, and a common
noun's abbreviation ("the IT department"). Each test also keeps a real company or person in a
like sentence."""

from __future__ import annotations

import pytest

from briefgen.model import Actor

try:  # tests/ as a package, or as a rootdir on sys.path (pytest's default without __init__.py)
    from .conftest import rule_fires_and_holds
except ImportError:
    from conftest import rule_fires_and_holds  # type: ignore[no-redef]


def _kinds(actors: list[Actor]) -> dict[str, str]:
    return {a.name: a.kind for a in actors}


@pytest.mark.parametrize(
    "text",
    [
        "The space agency picked three firms under its Commercial Orbital Cargo Services (COCS) "
        "programme on Monday. Each COCS mission will carry ten instruments, Dana Pruitt, who leads "
        "the Kelmsby Launch Services, said. Kelmsby Launch Services said it would bid.",
        # a programme of purchases, named by what it gives out (contracts, an award)
        "The space agency added five firms to the companies with Commercial Orbital Cargo Services (COCS) "
        "contracts on Monday. Each COCS award is worth up to $50 million, said Dana Pruitt, who leads the "
        "Kelmsby Launch Services. Kelmsby Launch Services said it would bid.",
    ],
)
def test_a_programme_ending_in_an_organisation_word_with_its_acronym_is_no_actor(text: str) -> None:
    rule_fires_and_holds(
        "actors.programme_with_org_word",
        text,
        lambda a: (
            not any("Cargo" in n or n == "COCS" for n in _kinds(a))
            and "Kelmsby Launch Services" in _kinds(a)
            and "Dana Pruitt" in _kinds(a)
        ),
    )


def test_a_company_name_before_its_product_name_is_no_actor() -> None:
    text = (
        "Veltrix released the Veltrix Harbor Suite on Monday. The Veltrix Harbor Suite lets port "
        "managers track ships. Harbor Suite costs $40 a month, said Veltrix chief executive Omar "
        "Lindqvist."
    )
    rule_fires_and_holds(
        "actors.company_product",
        text,
        lambda a: (
            not any("Harbor" in n for n in _kinds(a))
            and _kinds(a).get("Veltrix") == "organization"
            and "Omar Lindqvist" in _kinds(a)
        ),
    )


def test_a_company_division_that_acts_stays() -> None:
    text = (
        "Veltrix said profits rose. Veltrix Harbor Suite, its shipping arm, announced a new office "
        "on Monday, and Harbor Suite hired forty people, Omar Lindqvist said."
    )
    from briefgen.summary.actors.extract import extract_actors
    from briefgen.summary.text.analysis import analyse

    names = _kinds(extract_actors(analyse(text), []))
    assert any("Harbor Suite" in n for n in names), names


def test_companies_that_contracts_went_to_are_organisations_not_places() -> None:
    text = (
        "The agency said on Monday that contracts worth $90 million went to Orbitex, Lunaris and "
        "Stellwick. The first landers will fly to Kelmsby Crater in 2027, said Dana Pruitt."
    )
    rule_fires_and_holds(
        "entities.contract_holder",
        text,
        lambda a: (
            all(_kinds(a).get(n) == "organization" for n in ("Orbitex", "Lunaris", "Stellwick"))
            and _kinds(a).get("Dana Pruitt") == "person"
        ),
    )


def test_a_country_that_wins_a_contract_stays_a_place() -> None:
    from briefgen.summary.actors.extract import extract_actors
    from briefgen.summary.text.analysis import analyse

    text = "The agency said contracts worth $90 million went to France and Orbitex, Dana Pruitt said."
    kinds = _kinds(extract_actors(analyse(text), []))
    assert kinds.get("France") == "place", kinds


def test_a_name_described_as_a_product_is_no_actor() -> None:
    text = (
        "Gamers can now play on Cloudplay, a game-streaming service, for $10 a month. Nomi Pure is a "
        "new air purifier. Tarvel, a software company, said it would sell both, and Ana Lusk, its "
        "founder, said demand was strong."
    )
    rule_fires_and_holds(
        "actors.described_as_product",
        text,
        lambda a: (
            "Cloudplay" not in _kinds(a)
            and "Nomi Pure" not in _kinds(a)
            and _kinds(a).get("Tarvel") == "organization"
            and "Ana Lusk" in _kinds(a)
        ),
    )


def test_a_service_that_speaks_stays() -> None:
    from briefgen.summary.actors.extract import extract_actors
    from briefgen.summary.text.analysis import analyse

    text = "Flixa, a video-streaming service, said on Monday that it would raise its prices."
    assert "Flixa" in _kinds(extract_actors(analyse(text), []))


def test_a_common_nouns_abbreviation_is_no_actor() -> None:
    text = (
        "The hospital upgraded its healthcare ICT last year, and the IT department hired Ana Ruiz. "
        "Patients should ask their GP first, the Kelmsby Health Board said. The newspaper GP "
        "reported the news."
    )
    rule_fires_and_holds(
        "actors.common_noun_abbreviation",
        text,
        lambda a: (
            not {"ICT", "IT"} & set(_kinds(a)) and "Kelmsby Health Board" in _kinds(a) and "Ana Ruiz" in _kinds(a)
        ),
    )


def test_a_spec_lists_counted_item_is_no_person() -> None:
    text = (
        "The new hatchback has Four speaker Audio, a rear camera and heated seats. Four time champion "
        "Carl Rose drove it first, and Ana Roe said it was quiet."
    )
    rule_fires_and_holds(
        "actors.counted_word",
        text,
        lambda a: "Audio" not in _kinds(a) and {"Carl Rose", "Ana Roe"} <= set(_kinds(a)),
    )


def test_the_readers_account_is_no_actor_but_the_company_on_a_ticket_stays() -> None:
    text = (
        "Hackers attacked your Cloudbox Account last week, Ana Roe said. Keep the stub of your "
        "Tarvel Express ticket, Tarvel said."
    )
    rule_fires_and_holds(
        "actors.reader_owned",
        text,
        # "Tarvel" is the company's short name, one actor with it (entities.short_company_name)
        lambda a: (
            "Cloudbox Account" not in _kinds(a) and any(x.name == "Tarvel Express" and "Tarvel" in x.aliases for x in a)
        ),
    )


def test_a_laws_acronym_is_no_actor_but_a_boards_stays() -> None:
    text = (
        "The Young Savers Access Act (YSAA) took effect in May. Under YSAA, banks must open accounts "
        "for children, the Kelmsby Harbour Board (KHB) said. KHB will check the banks."
    )
    rule_fires_and_holds(
        "actors.programme_acronym",
        text,
        lambda a: "YSAA" not in _kinds(a) and "Kelmsby Harbour Board" in _kinds(a),
    )


def test_a_conferences_acronym_is_no_actor_also_as_a_title_case_headline_writes_it() -> None:
    text = (
        "Wide Range Of Boats At AHCE 2022\n\n"
        "Lusk will host the Kelmsby Ports Organization (KPO) Annual Harbour Conference and Exhibition "
        "(AHCE) 2022. The conference will be held in May at the Lusk Convention Centre. Registration for "
        "AHCE 2022 is now open, said Ana Ruiz of the Kelmsby Ports Organization."
    )
    rule_fires_and_holds(
        "actors.programme_acronym",
        text,
        lambda a: not {"AHCE", "Ahce"} & set(_kinds(a)) and "Kelmsby Ports Organization" in _kinds(a),
    )


def test_a_works_title_that_opens_on_my_or_our_is_no_person() -> None:
    text = (
        "After the trial, My Crossing became a bestseller across the country, and Ana Ruiz said she had read it twice."
    )
    rule_fires_and_holds(
        "actors.possessive_title",
        text,
        lambda a: "My Crossing" not in _kinds(a) and _kinds(a).get("Ana Ruiz") == "person",
    )


def test_a_product_line_named_with_its_maker_is_no_actor() -> None:
    text = (
        "Norvik announced on Monday that it will connect its Norvik Beacon patient alarm systems to "
        "hospital phones. Norvik Beacon sends alerts to nurses, said Lena Hart, the firm's chief executive."
    )
    rule_fires_and_holds(
        "actors.company_line",
        text,
        lambda a: (
            not any("Beacon" in n for n in _kinds(a))
            and _kinds(a).get("Norvik") == "organization"
            and _kinds(a).get("Lena Hart") == "person"
        ),
    )


def test_a_company_named_by_its_brand_and_its_trade_stays() -> None:
    from briefgen.summary.actors.extract import extract_actors
    from briefgen.summary.text.analysis import analyse

    text = "Norvik Health said on Monday it would cut 200 jobs. Norvik announced the plan in Oslo, said Lena Hart."
    assert _kinds(extract_actors(analyse(text), [])).get("Norvik Health") == "organization"


def test_a_product_tagged_apart_from_its_maker_is_no_actor() -> None:
    text = "Players of Sony Vortexa have complained. Games on Vortexa run slowly. Sony said a fix was coming."
    rule_fires_and_holds(
        "actors.after_company",
        text,
        lambda a: "Vortexa" not in _kinds(a) and _kinds(a).get("Sony") == "organization",
    )


def test_companies_given_task_orders_are_organisations() -> None:
    text = "The agency awarded task orders to Orbitex, Lunaris and Stellwick for three landers, Dana Pruitt said."
    rule_fires_and_holds(
        "entities.contract_holder",
        text,
        lambda a: all(_kinds(a).get(n) == "organization" for n in ("Orbitex", "Lunaris", "Stellwick")),
    )


def test_names_listed_after_firms_are_organisations() -> None:
    text = (
        "The board named three firms: Orbitex, Lunaris and Stellwick. Orbitex will build the rover, Dana Pruitt said."
    )
    rule_fires_and_holds(
        "entities.named_after_org_noun",
        text,
        lambda a: (
            all(_kinds(a).get(n) == "organization" for n in ("Orbitex", "Lunaris", "Stellwick"))
            and _kinds(a).get("Dana Pruitt") == "person"
        ),
    )


def _actors_under(title: str, text: str) -> dict[str, str]:
    from briefgen.summary.actors.extract import extract_actors
    from briefgen.summary.text.analysis import analyse

    return _kinds(extract_actors(analyse(text, title), []))


_REVIEW = (
    "Harbour Lights: Long Night asks a lot of its players. Long Night is a game about a lighthouse "
    "keeper on a storm coast. Long Night's story follows Mara Venn, who keeps the lamp lit for forty "
    "nights. Long Night rewards patience more than speed. The studio Tarvel Games made it in three years, "
    "said its director Omar Lindqvist."
)


def test_the_work_a_review_headline_names_is_no_actor() -> None:
    from briefgen.trace import recording

    with recording() as fired:
        kinds = _actors_under("Harbour Lights: Long Night review - a quiet triumph", _REVIEW)
    assert fired["actors.reviewed_work"] > 0
    assert not any("Long Night" in n or "Harbour Lights" in n for n in kinds), kinds
    assert "Omar Lindqvist" in kinds and "Mara Venn" in kinds


def test_without_a_review_headline_or_as_its_owner_a_name_stays() -> None:
    from briefgen.trace import recording

    text = (
        "Mara Venn's new novel asks a lot of its readers. Mara Venn wrote it on a storm coast, "
        "she said, and Tarvel Books will publish it in May, said its director Omar Lindqvist."
    )
    with recording() as fired:
        kinds = _actors_under("Mara Venn's Long Night review - a quiet triumph", text)
    assert kinds.get("Mara Venn") == "person"
    assert fired["actors.reviewed_work"] == 0


def test_a_posts_hashtag_before_a_name_is_no_word_of_it() -> None:
    from briefgen.trace import recording

    text = (
        "Kelmsby won again on Sunday.\n\n"
        "#Kelmsby Ana Soto has been solid this season, with two goals in three games.\n\n"
        "Soto said she was happy."
    )
    with recording() as fired:
        kinds = _actors_under("Kelmsby win again", text)
    assert fired["entities.hashtag_before_name"] == 1
    assert kinds.get("Ana Soto") == "person" and not any("Kelmsby Ana" in n for n in kinds), kinds


@pytest.mark.parametrize(
    ("title", "name", "work"),
    [
        ("Harbour Lights: Long Night review - a quiet triumph", "Long Night", True),
        ("Harbour Lights: Long Night review", "Harbour Lights", True),
        ("Ana Soto's Long Night review: a quiet triumph", "Ana Soto", False),  # the title's owner
        ("Clifford Lane review - a quiet triumph", "Ford", False),  # no whole word of the title
        ("Harbour Lights: Long Night, a quiet triumph", "Long Night", False),  # no review
    ],
)
def test_which_names_a_review_headline_makes_the_work(title: str, name: str, work: bool) -> None:
    from types import SimpleNamespace

    from briefgen.summary.actors.headings import reviewed_work

    assert reviewed_work(SimpleNamespace(name=name), SimpleNamespace(title=title)) is work  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "name", "kept"),
    [
        ("The trial was led by Ana Ruiz, Ph.D., of the Kelmsby Institute.", "Ph.D.", "Ana Ruiz"),  # a degree
        ("Judge Tom Lusk QC sentenced Ben Hart to three years.", "QC", "Ben Hart"),  # a rank at the bar
        ("She advised Senator Thomas R. Lusk, Jr., for a decade.", "Jr.", "Thomas R. Lusk"),  # a generation
        ("He sold the books through Tarvel and Co on Monday.", "Co", "Tarvel"),  # a company's abbreviation
        ("The letter was signed I. Lusk and sent to Ana Ruiz.", "I.", "Ana Ruiz"),  # an initial alone
    ],
)
def test_the_letters_after_a_name_or_an_initial_alone_name_no_one(text: str, name: str, kept: str) -> None:
    # the small model sometimes takes these for names of their own: a mention of just them is none
    from briefgen.summary.entities.evidence import prose_lower_words
    from briefgen.summary.entities.non_names import not_a_name
    from briefgen.summary.text.analysis import analyse
    from briefgen.summary.types import Mention

    an = analyse(text)

    def mention(words: str) -> Mention:
        start = text.index(words)
        span = an.doc.char_span(start, start + len(words), alignment_mode="expand")
        return Mention(text=words, start=start, end=start + len(words), kind="organization", label="ORG", span=span)

    assert not_a_name(mention(name), text, prose_lower_words(text))
    assert not not_a_name(mention(kept), text, prose_lower_words(text))


def test_a_measure_the_model_labels_a_quantity_is_no_place() -> None:
    # "square" of "per square inch" is a word that ends a place's name ("Kelby Square"): the measure
    # before it must not become a place for it
    text = (
        "Today's disks store 2.35Gb per square inch, but Tarvel Labs says its new method will raise that to "
        "9Gb per square inch, Ana Ruiz said. The company opened a plant on Kelby Square in May."
    )
    rule_fires_and_holds(
        "entities.measure_not_name",
        text,
        lambda a: not any(n[:1].isdigit() for n in _kinds(a)) and _kinds(a).get("Kelby Square") == "place",
    )


def test_one_unknown_word_that_never_acts_is_no_person() -> None:
    # no word of the dictionary, no surname, no given name, never a subject nor an owner: an
    # event, a brand or a club the model read as a person
    text = (
        "After Norexit, the harbour lost half its trade, Ana Ruiz said on Monday. Traders blame Norexit "
        "for the empty quay."
    )
    rule_fires_and_holds(
        "actors.lone_unknown_word", text, lambda a: "Norexit" not in _kinds(a) and "Ana Ruiz" in _kinds(a)
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("In 2004 she told Orpazzi, “I left the car and cried.” Ana Ruiz said the show made her.", "Orpazzi"),
        (
            "The plan had support from President Obrekko and from Ana Ruiz, who runs the port. Critics of "
            "the Obrekko administration said it came too late.",
            "Obrekko",
        ),
    ],
)
def test_one_unknown_word_with_a_persons_evidence_stays(text: str, name: str) -> None:
    # whom one tells, a title before the name, an administration it owns: a person of one name
    from briefgen.summary.actors.extract import extract_actors
    from briefgen.summary.text.analysis import analyse

    assert _kinds(extract_actors(analyse(text), [])).get(name) == "person"


def test_a_technique_spelled_out_in_capitals_is_no_organisation() -> None:
    # a technique's name in English words, its head a term's ("Imaging"), that never acts
    text = (
        "Norvell Labs said on Monday that its new drives use Laser Guided Magnetic Recording (LGMR) to "
        "store more data. Buyers of drives with Laser Guided Magnetic Recording will pay more, Ana Ruiz said."
    )
    rule_fires_and_holds(
        "actors.term_name",
        text,
        lambda a: (
            "Laser Guided Magnetic Recording" not in _kinds(a) and _kinds(a).get("Norvell Labs") == "organization"
        ),
    )


def test_a_firm_named_by_english_words_someone_works_at_stays() -> None:
    # "an analyst at ...": an employer, though its words are the dictionary's and end in a term's head
    from briefgen.summary.actors.extract import extract_actors
    from briefgen.summary.text.analysis import analyse

    text = (
        "Fuel prices fell for a third week, said Ana Ruiz, an analyst at Harbour Risk Analysis. Traders "
        "expect a further fall in May."
    )
    assert "Harbour Risk Analysis" in _kinds(extract_actors(analyse(text), []))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an award counted or given with "a": "three Zorbels", "an Aurel for ..."
        ("Ana Ruiz has won three Zorbels and she said she would keep writing.", "Zorbels"),
        ("Ana Ruiz won an Aurel for best score in 2004, and she said she would keep writing for films.", "Aurel"),
        # a product: "drove a Tarvon"
        ("Ana Ruiz drove a Tarvon to the harbour. Ana Ruiz said the road had got worse.", "Tarvon"),
    ],
)
def test_a_name_counted_like_a_thing_is_no_actor(text: str, name: str) -> None:
    rule_fires_and_holds("actors.counted_name", text, lambda a: name not in _kinds(a) and "Ana Ruiz" in _kinds(a))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an adjective between "an" and a person's name
        ("Video showed an ailing Ana Ruiz walking to her car. Ana Ruiz later said she felt well.", "Ana Ruiz"),
        # a money amount, and a body of a kind the clause after it says
        ("Ben Lusk announced a £5 billion Harbour Homes Fund on Monday in Selm.", "Harbour Homes Fund"),
        ("Ben Lusk said: We are talking about a Kelmsby Council that could block the plan.", "Kelmsby Council"),
    ],
)
def test_a_name_after_a_or_an_amount_that_is_no_count_stays(text: str, name: str) -> None:
    from briefgen.summary.actors.extract import extract_actors
    from briefgen.summary.text.analysis import analyse

    assert name in _kinds(extract_actors(analyse(text), []))


@pytest.mark.parametrize(
    "text",
    [
        "Most people in Python write loops first. Ana Ruiz, who teaches coding in Selm, said loops in Python are slow.",
        "Users in Windows will get the update first, Ana Ruiz said. The update reaches Linux in May.",
    ],
)
def test_a_technical_term_the_model_takes_for_a_place_is_no_place(text: str) -> None:
    # a language or a system named where a place would stand ("in Python"): still a term
    rule_fires_and_holds(
        "actors.technical_term", text, lambda a: not {"Python", "Windows"} & set(_kinds(a)) and "Ana Ruiz" in _kinds(a)
    )


def test_the_outlet_an_article_ran_in_is_an_organisation_not_a_place() -> None:
    # named only as a source ("an article in ...", "... reported"), though the model reads a place
    text = (
        'Night shifts shorten sleep, as a column in Carrow argued last spring. "Few workers rest enough," '
        "Carrow noted. Ana Ruiz, a nurse, agreed."
    )
    rule_fires_and_holds("entities.article_outlet", text, lambda a: _kinds(a).get("Carrow") == "organization")


def test_the_outlet_whose_review_the_article_cites_is_an_organisation() -> None:
    # "Carrow's review": the possessive of a piece an outlet runs, though the model reads a place
    text = "The console runs some games slowly, as Carrow's review of the console found. Ana Ruiz, a tester, agreed."
    rule_fires_and_holds("entities.article_outlet", text, lambda a: _kinds(a).get("Carrow") == "organization")


def test_a_place_named_as_a_place_too_stays_one_though_an_article_ran_there() -> None:
    from briefgen.summary.actors.extract import extract_actors
    from briefgen.summary.text.analysis import analyse

    text = "Ferries run late again, as an essay in London argued. Ana Ruiz, a ferry captain in London, agreed."
    assert _kinds(extract_actors(analyse(text), [])).get("London") == "place"


@pytest.mark.parametrize(
    "text",
    [
        "Night shifts do harm, as an op-ed in the Bulletin of Fen Studies argued. Ana Ruiz, a nurse, agreed.",
        "Night shifts do harm, a study published in the Tarn Sleep Review last May found. Ana Ruiz, a nurse, agreed.",
    ],
)
def test_the_journal_a_piece_ran_in_is_no_place(text: str) -> None:
    from briefgen.summary.actors.extract import extract_actors
    from briefgen.summary.text.analysis import analyse

    kinds = _kinds(extract_actors(analyse(text), []))
    assert "place" not in kinds.values() and kinds.get("Ana Ruiz") == "person", kinds


def test_a_source_named_after_its_reporting_verb_counts_as_an_outlet_mention() -> None:
    # "reported Carrow": the outlet after the verb is still only a source
    text = (
        'Night shifts shorten sleep, as an essay in Carrow argued last spring. "Few workers rest enough," '
        "reported Carrow. Ana Ruiz, a nurse, agreed."
    )
    rule_fires_and_holds("entities.article_outlet", text, lambda a: _kinds(a).get("Carrow") == "organization")


@pytest.mark.parametrize(
    "text, term",
    [
        ("Norland topped Group F on Sunday. Ana Ruiz scored twice.", "Group F"),
        ("Selm finished second in Group H last night. Ana Ruiz scored twice.", "Group H"),
    ],
)
def test_a_class_named_by_a_letter_is_no_actor(text: str, term: str) -> None:
    rule_fires_and_holds("actors.technical_term", text, lambda a: term not in _kinds(a) and "Ana Ruiz" in _kinds(a))


def test_a_road_or_a_channel_numbered_stays() -> None:
    from briefgen.lang.en.terms import is_technical_term

    assert not any(is_technical_term(n) for n in ("Channel 4", "Route 29", "Interstate 70", "Jay Z"))
    assert all(is_technical_term(n) for n in ("Group C", "Type 2", "Hepatitis B", "Vitamin D"))
