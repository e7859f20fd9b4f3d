"""A key point that opens on "The" and a bare noun for what the sentences before told of ("The
crash happened at noon.") leans on them like a pronoun (keypoints/described.py,
refers_to_thing_before), and a leaning point goes after the key point it leans on, on invented
articles."""

from __future__ import annotations

import pytest

from briefgen import summarize
from briefgen.summary.keypoints.described import refers_to_thing_before
from briefgen.summary.keypoints.ranking import build_units
from briefgen.summary.text.analysis import analyse

_BEFORE = (
    "Two women died on Tuesday when a lorry hit a grey van at a junction outside Selm, police said.\n\n"
    "A third passenger was badly hurt and taken to hospital in Harbourton.\n\n"
)


def _unit(sentence: str):
    an = analyse(_BEFORE + sentence)
    return an, next(u for u in build_units(an) if u.text.startswith(sentence[:14]))


@pytest.mark.parametrize(
    "sentence",
    [
        "The crash happened shortly after one in the afternoon, in heavy rain.",  # an event's noun
        "The van was later found burnt out in a field near the coast.",  # a noun of the sentences before
        "The fatal collision closed the road for six hours.",  # an adjective does not say which
        "According to officials, the crash happened at about three in the morning.",  # after an opening phrase
        "The harbour was closed to boats for a week.",  # a definite noun told of nowhere before: which one?
        "The new rules will close every pub in the county at ten.",  # an adjective says no more
        "The mayor of Harbourton made the surprise announcement in a statement.",  # an event's noun acted on
        "Unions condemned the move.",
        "Police are investigating the crash at the junction.",  # where it was says no more of which
    ],
)
def test_a_bare_definite_subject_for_what_came_before_leans(sentence: str) -> None:
    an, unit = _unit(sentence)
    assert refers_to_thing_before(an, unit)


@pytest.mark.parametrize(
    "sentence",
    [
        "The crash on the coast road was the third this year.",  # a modifier says which
        "The council's plan for the junction will cost two million pounds.",  # a possessor says which
        "The Selm plan for the junction was approved in May.",  # a name says which
        "The economy shrank for a second quarter running.",  # one every reader knows
        "The company said its drivers were not to blame.",  # a body's noun: the entity model names it
        "The police have asked for witnesses to come forward.",  # no event's noun, none repeated
        "The delivery van was sold at auction in May.",  # a compound says which kind
        "After the van hit the wall, the crash on the coast road was the third this year.",  # says which
        "Unions condemned the move to close the depot.",  # the noun's own phrase says which
        "Unions condemned the Harbourton move.",  # a name says which
        'Ana Roe said: "We will review the crash."',  # a speaker's words are theirs
    ],
)
def test_a_definite_subject_that_says_which_stands(sentence: str) -> None:
    an, unit = _unit(sentence)
    assert not refers_to_thing_before(an, unit)


def test_a_brief_does_not_show_the_crash_without_what_it_was() -> None:
    brief = summarize(
        "Two die in Selm crash\n\n"
        "Two women died on Tuesday when a lorry hit a car at a junction outside Selm, police said.\n\n"
        "A third passenger, a man of 40, was badly hurt and taken to the Harbourton hospital, where he is "
        "in a serious condition.\n\n"
        "The crash happened shortly after one in the afternoon, in heavy rain.\n\n"
        "The road was closed for six hours while officers examined the scene and cleared the wreckage.\n\n"
        "Police have asked anyone who saw the lorry before the collision to come forward.\n\n"
        "The junction has seen four serious accidents in the last two years, according to council figures.\n"
    )
    assert not any(p.text.startswith("The crash happened") for p in brief.key_points)


@pytest.mark.parametrize(
    ("text", "before"),
    [
        (  # the sentence before opens on "The" and a noun for what came before, in turn
            "A grey van left the coast road near Selm on Monday night and rolled into a field.\n\n"
            "The van was unable to avoid a deer that ran onto the road at the bend.\n\n"
            "The van was towed from the field on Tuesday morning after the road was reopened.",
            "The van was unable",
        ),
        (  # the sentence before opens on a group just named
            "Two brothers from Selm opened a tea room on the harbour front in May after a crash.\n\n"
            "The pair had seen a similar room in Lisbon and decided to open one at home.\n\n"
            "The crash happened on the old pier last winter and nearly ended their plan.",
            "The pair had seen",
        ),
    ],
)
def test_a_sentence_before_that_leans_itself_is_no_referent(text: str, before: str) -> None:
    from briefgen.summary.keypoints.standalone import standalone

    an = analyse(text)
    units = build_units(an)
    point = standalone(an, units[2], units[1], set())
    assert point is None or not point.text.startswith(before)


def test_a_leaning_point_goes_after_a_long_lede_it_leans_on() -> None:
    # the lede and the "But it ..." after it are 62 words together: more than two sentences
    # joined from outside the brief may be, not more than a point after its key point may be
    brief = summarize(
        "Harbour deal under strain\n\n"
        "A deal between the harbour board of Selm and the ferry company Tarvel Lines was meant to be a "
        "short agreement that let both sides claim an easy win while calming the town's worried traders.\n\n"
        "But it may grow into something bigger if the board agrees to the company's demand to cut the "
        "fees it charges, people close to the talks say.\n\n"
        "The board said this month that lower fees would be an important condition of any deal.\n\n"
        "Two officials close to the board said the company wants the fees cut by half before the summer.\n\n"
        "Traders in Selm said they feared the town would lose its ferry if no deal was reached.\n"
    )
    texts = [p.text for p in brief.key_points]
    assert not any(t.startswith("But it may grow") for t in texts), texts
    assert any(t.startswith("A deal between") and "But it may grow" in t for t in texts), texts


def test_a_definite_subject_the_title_names_stands() -> None:
    sentence = "The festival drew ten thousand visitors to the old town."
    text = _BEFORE + sentence
    titled = analyse(text, "Selm festival draws a record crowd")
    unit = next(u for u in build_units(titled) if u.text == sentence)
    assert not refers_to_thing_before(titled, unit)  # the brief shows the title above its points
    untitled = analyse(text)
    unit = next(u for u in build_units(untitled) if u.text == sentence)
    assert refers_to_thing_before(untitled, unit)  # which festival? nothing before says


def test_a_brief_shows_no_bare_definite_point_without_its_referent() -> None:
    brief = summarize(
        "Kelby county tightens limits\n\n"
        "Pubs and cafes across Kelby county must close at ten from Friday, the county council said on Monday.\n\n"
        "Ana Soto, who runs two cafes in Selm, said many owners would lose a third of their trade.\n\n"
        "Councillors voted by 30 to 12 for the curfew after a month of rising hospital admissions. "
        "The new rules will be reviewed by the council in six weeks.\n\n"
        "Shops and schools stay open, and weddings may go on with up to fifty guests.\n\n"
        "Neighbouring Tarvel county has had a similar curfew since September.\n"
    )
    texts = [p.text for p in brief.key_points]
    assert any("The new rules will be reviewed" in t for t in texts), texts
    for t in texts:
        if "The new rules will be reviewed" in t:
            assert t.startswith("Councillors voted"), t  # joined after what it is about
