"""Junk actors and missing roles a blind review of briefs of real pages counted, on invented text:
an English word written in capitals (a listing's command, a form's label), a car named by its
colour and make, and roles the parse hides (a capitalised title after lower-case words, a title of
a company named after a person, a role noun the tagger took for a verb, the role of a speaker the
entity model missed). Each test also keeps the real actor of a like sentence."""

from __future__ import annotations

import pytest

from briefgen.model import Quote
from briefgen.summary.actors import extract_actors
from briefgen.summary.text.analysis import analyse
from briefgen.trace import recording

try:  # tests/ as a package, or as a rootdir on sys.path (pytest's default without __init__.py)
    from .conftest import role_of, rule_fires_and_holds
except ImportError:
    from conftest import role_of, rule_fires_and_holds  # type: ignore[no-redef]


def test_an_english_word_in_capitals_the_text_also_writes_in_lower_case_is_no_actor() -> None:
    text = (
        "Dana Pruitt wrote the build file.\n\nRUN pip install -r needs.txt\n\nCOPY . /app\n\nThe RUN step "
        "installs the packages, and the COPY step copies the code. Then run the tests and copy the report."
    )
    rule_fires_and_holds(
        "actors.word_in_capitals",
        text,
        lambda a: not {"COPY", "RUN"} & {x.name for x in a} and "Dana Pruitt" in {x.name for x in a},
    )


def test_a_label_in_capitals_the_text_writes_in_another_form_is_no_actor() -> None:
    # a police log's section labels: "ARRESTS" where the entries say "was arrested"
    text = (
        "May 2: ARRESTS – Tom Ward, 38, Kelmsby, was arrested for theft. Dana Pruitt, 27, Lusk, was "
        "arrested for criminal damage.\n\nMay 3: ARRESTS – Ben Lusk, 41, Selm, was arrested for assault."
    )
    rule_fires_and_holds(
        "actors.word_in_capitals_other_form",
        text,
        lambda a: "ARRESTS" not in {x.name for x in a} and "Tom Ward" in {x.name for x in a},
    )


def test_a_name_in_capitals_the_text_never_writes_in_lower_case_stays() -> None:
    text = (
        "The charity HARBOUR said on Monday it would open two shelters. HARBOUR runs 12 shelters in "
        "Kelmsby, Dana Pruitt said."
    )
    with recording() as fired:
        actors = extract_actors(analyse(text), [])
    assert "actors.word_in_capitals" not in fired
    assert {a.name: a.kind for a in actors}.get("HARBOUR") == "organization"


def test_a_disease_written_as_a_name_is_no_actor() -> None:
    text = (
        "Covid closed the Kelmsby library for a year. Covid also kept the pool shut, and Covid "
        "cases rose in May, said Dana Pruitt, the town's health officer."
    )
    rule_fires_and_holds(
        "actors.disease_name",
        text,
        lambda a: "Covid" not in {x.name for x in a} and "Dana Pruitt" in {x.name for x in a},
    )


def test_a_make_named_by_its_colour_is_a_product_not_an_organisation() -> None:
    text = (
        "Officers chased the silver Kiaro involved in the crash. The driver of that silver Kiaro fled. "
        "Cameras captured the mangled Kiaro under the bridge, Officer Dana Pruitt said."
    )
    rule_fires_and_holds(
        "actors.product_by_colour",
        text,
        lambda a: "Kiaro" not in {x.name for x in a} and "Dana Pruitt" in {x.name for x in a},
    )


def test_a_word_named_after_a_models_code_is_a_product_not_an_actor() -> None:
    # a car's body style after its model's code, which the model takes for an organisation
    text = (
        "Kelmotors showed the KX 700 Convertible at the Tarvel Motor Show on Tuesday. The KX 700 "
        "Convertible keeps the coupe's engine. Designer Dana Pruitt said the KX700 Convertible took "
        "three years to build, and the Convertible goes on sale in spring."
    )
    rule_fires_and_holds(
        "actors.after_model_code",
        text,
        lambda a: "Convertible" not in {x.name for x in a} and "Dana Pruitt" in {x.name for x in a},
    )


def test_a_word_named_after_a_year_is_no_models_name() -> None:
    # "the 2006 Senate race": a year is an edition's, not a model's code
    with recording() as fired:
        extract_actors(analyse("Ana Ruiz lost the 2006 Senate race in Kelby and the 2010 Senate race too."), [])
    assert not fired.get("actors.after_model_code")


def test_a_make_named_by_its_colour_is_a_product_though_it_is_a_given_name_too() -> None:
    # "Mercedes" is a given name as well as a make: the colour before it still names the car
    text = (
        "Deputies chased the black Mercedes along the coast road before dawn. Sergeant Dana Pruitt said "
        "the driver fled on foot. The wrecked Mercedes was towed to a depot."
    )
    rule_fires_and_holds(
        "actors.product_by_colour",
        text,
        lambda a: "Mercedes" not in {x.name for x in a} and "Dana Pruitt" in {x.name for x in a},
    )


@pytest.mark.parametrize(
    ("rule", "text", "name", "role"),
    [
        (
            "roles.title_after_modifier",
            "Even Dana Pruitt, the current Harbour Secretary, has called the rules weak.",
            "Dana Pruitt",
            "current Harbour Secretary",
        ),
        (
            "roles.title_after_modifier",
            "Omar Lindqvist, the new Fisheries Minister, visited the port on Monday.",
            "Omar Lindqvist",
            "new Fisheries Minister",
        ),
        (
            "roles.fronted_office_of_person_named_body",
            "In 2015 the former Chief Operating Officer for Betty Arlow, Omar Lindqvist, spoke to a trade "
            "paper about the deal.",
            "Omar Lindqvist",
            "former Chief Operating Officer for Betty Arlow",
        ),
        (
            "roles.saying_phrase_cut",
            "“It was a fraud,” explained Ben Lusk, an investigator with Tarvel Watch in an email to reporters.",
            "Ben Lusk",
            "investigator with Tarvel Watch",
        ),
        (
            "roles.saying_phrase_cut",
            "“The wall is safe,” said Ana Roe, a spokeswoman for the Harbour Board in a statement on Monday.",
            "Ana Roe",
            "spokeswoman for the Harbour Board",
        ),
        (
            "roles.apposition_inside_description",
            "The released men included Tomas Lind, the younger brother of the rebels' deputy leader, Ivo Lind, "
            "who heads the group's northern network.",
            "Tomas Lind",
            "younger brother of the rebels' deputy leader",
        ),
        (
            "roles.role_noun_tagged_verb",
            "The film uses the voice of geologist and astronomer Dana Pruitt in its last scene.",
            "Dana Pruitt",
            "astronomer",
        ),
    ],
)
def test_roles_the_parse_hides(rule: str, text: str, name: str, role: str) -> None:
    found, fired = role_of(text, name)
    assert found == role
    assert fired.get(rule, 0) > 0, sorted(fired)
    assert found in text  # a role is verbatim article text


def test_a_person_before_a_fronted_role_of_a_person_is_a_list_not_a_role() -> None:
    # "the husband of Ann Roe, Ben Lusk, ...": no office, so the person is not Ben Lusk's role
    found, fired = role_of("The husband of Ann Roe, Ben Lusk, and two children were on board.", "Ben Lusk")
    assert found is None
    assert "roles.fronted_office_of_person_named_body" not in fired


class _NoEntities:
    """An entity model that names no one: the speaker of the quote is one the model missed."""

    entities: list = []

    def named(self, name: str, at: int | None = None) -> None:  # noqa: ARG002 - the model's signature
        return None


def test_a_speaker_the_model_missed_gets_the_role_written_before_the_name(monkeypatch: pytest.MonkeyPatch) -> None:
    import briefgen.summary.actors.extract as extract

    monkeypatch.setattr(extract, "entity_model", lambda analysis: _NoEntities())
    text = 'The suit names the seller. Lead plaintiff Mira Tosk claimed the pills were "never tested on anyone."'
    start = text.index('"never') + 1
    end = text.index('."')
    quote = Quote(text=text[start:end], speaker="Mira Tosk", span=(start, end))
    with recording() as fired:
        actors = extract_actors(analyse(text), [quote])
    assert fired["actors.missed_speaker_role"] > 0
    assert {a.name: a.role for a in actors}["Mira Tosk"] == "Lead plaintiff"


def test_the_letters_of_a_degree_after_a_name_are_no_role() -> None:
    # the caption line under a scientist's photo gives the degree alone
    text = (
        "The scientists were led by Ana Roe, Ph.D., of the Lusk Institute of Marine Science, and the "
        "findings were published in a journal.\n\nDr. Roe said the results were clear.\n\nAna Roe, Ph.D.\n\n"
        "In short, the study shows a clear result."
    )
    role, fired = role_of(text, "Ana Roe")
    assert fired["roles.degree_letters"] > 0
    assert role is None
    role, _ = role_of("Tom Ward, a surgeon at Kelmsby Hospital, said the results were clear.", "Tom Ward")
    assert role == "surgeon at Kelmsby Hospital"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Police have not named the victims, but Orange County Public Schools confirmed both are its "
            "students. Officer Ana Ruiz said the driver fled.",
            "Orange County Public Schools",
        ),
        (
            "If the coach is full, York Trains will pay for a cab to the next station, said Ana Ruiz, a spokeswoman.",
            "York Trains",
        ),
    ],
)
def test_a_name_ending_in_the_plural_of_a_body_word_is_an_organisation(text: str, name: str) -> None:
    from briefgen import summarize

    kinds = {a.name: a.kind for a in summarize(text).actors}
    assert kinds.get(name) == "organization" and kinds.get("Ana Ruiz") == "person", kinds


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # two titles coordinated, which the parser hangs apart from the name: not "executive" alone
        (
            'Profits at Kelby Ferries rose 9%. "Our year was strong," chairman and chief executive Richard '
            "Dalton said.",
            "Richard Dalton",
            "chairman and chief executive",
        ),
        # the title's modifier in small letters, and a word joined by hyphens whole
        (
            "However, Kelby-based plastic surgeon Dr. Norma Lusk said the scars would fade within weeks.",
            "Norma Lusk",
            "Kelby-based plastic surgeon",
        ),
    ],
)
def test_a_title_in_small_letters_before_a_name_keeps_its_words(text: str, name: str, role: str) -> None:
    actors = {a.name: a.role for a in extract_actors(analyse(text), [])}
    assert actors[name] == role


def test_a_noun_whose_relative_clause_the_name_is_the_subject_of_is_no_title() -> None:
    # "the third champion Ana Roe has faced": the champion is her rival, not her
    text = "Mayweather will be the fourth unbeaten champion Rosa has fought since May."
    with recording() as seen:
        actors = {a.name: a.role for a in extract_actors(analyse(text), [])}
    assert actors["Rosa"] is None
    assert seen["roles.noun_of_relative_clause"]
