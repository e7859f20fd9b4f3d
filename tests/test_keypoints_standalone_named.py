"""A key point told of "he"/"she" whose "it" also needs the sentence before: named alone it
would keep an "it" without its referent, so it goes after the sentence before when that one is
a key point too, and otherwise that sentence, named, joins it (invented text)."""

from __future__ import annotations

from briefgen.summary.keypoints.pronoun_names import name_for_pronoun
from briefgen.summary.keypoints.ranking import rank_units
from briefgen.summary.keypoints.standalone import standalone
from briefgen.summary.text.analysis import analyse
from briefgen.trace import recording

TEXT = (
    "The engineer Ana Ruiz of the Kelmsby Museum opened the old mill on the river in May. "
    "She had found a strange machine with brass gears and a wooden frame, and it was covered in dust. "
    "She noted that it weighed more than two tonnes."
)


def _units():  # noqa: ANN202 - (analysis, the sentence before, the sentence)
    an = analyse(TEXT)
    units = sorted((u for u in rank_units(an) if u.eligible), key=lambda u: u.order)
    last = next(u for u in units if u.text.startswith("She noted"))
    before = next(u for u in units if u.text.startswith("She had found"))
    return an, before, last


def test_a_named_point_whose_it_points_back_waits_for_the_key_point_before() -> None:
    an, before, last = _units()
    with recording() as fired:
        point = standalone(an, last, before, {before.order})
    assert fired["keypoints.named_but_points_back"] > 0
    assert point is None  # leaning: the caller reads it after the key point before


def test_without_the_sentence_before_among_the_points_that_sentence_named_joins_it() -> None:
    an, before, last = _units()
    point = standalone(an, last, before, set())
    assert point is not None, point
    assert point.text.startswith("Ana Ruiz had found a strange machine"), point.text
    assert point.text.endswith("She noted that it weighed more than two tonnes.")
    assert point.spans[-1] == (last.start, last.end) and len(point.spans) == 3


HARBOUR = (
    "Dee Dee Okafor, a former aide to Tom Vance, is leaving her post as head of the harbour board. "
    'Okafor told the Kelmsby Courier: "I will rest for a while before I choose my next job." '
    'But she added, "The sea has been part of my life for a long time." '
    "She also worked at the ferry firm Tarvel Lines."
)


def test_the_articles_own_her_says_who_she_is() -> None:
    # "Dee" says nothing of gender; "is leaving her post" does, and Tom Vance is a man's name
    from briefgen.summary.entities import entity_model
    from briefgen.summary.entities.genders import person_gender

    an = analyse(HARBOUR)
    with recording() as fired:
        genders = {e.name: person_gender(e) for e in entity_model(an).people}
    assert genders.get("Dee Dee Okafor") == "f" and genders.get("Tom Vance") == "m"
    assert fired["entities.gender_by_possessive"] > 0
    units = sorted((u for u in rank_units(an) if u.eligible), key=lambda u: u.order)
    last = next(u for u in units if u.text.startswith("She also"))
    point = standalone(an, last, units[units.index(last) - 1], set(u.order for u in units))
    assert point is not None and point.text.startswith("Dee Dee Okafor also worked"), point


def test_a_connective_goes_and_the_pronoun_after_it_gets_its_name() -> None:
    an = analyse(HARBOUR)
    units = sorted((u for u in rank_units(an) if u.eligible), key=lambda u: u.order)
    added = next(u for u in units if u.text.startswith("But she added"))
    with recording() as fired:
        point = standalone(an, added, units[units.index(added) - 1], set(u.order for u in units))
    assert point is not None and point.text.startswith("Dee Dee Okafor added,"), point
    assert fired["keypoints.connective_and_pronoun"] > 0


def test_a_her_inside_a_quotation_says_nothing_of_the_speaker() -> None:
    from briefgen.summary.entities import entity_model
    from briefgen.summary.entities.genders import person_gender

    an = analyse("Race chief Dee Reyes had said: “Her knee is not going to heal in time.” The race starts on Monday.")
    genders = {e.name: person_gender(e) for e in entity_model(an).people}
    assert genders.get("Dee Reyes") is None


def test_a_he_is_not_named_past_a_nearer_person_whose_gender_the_article_does_not_say() -> None:
    # "Lisiate" is on no list of given names; "Grant" is a man's: the "He" after Lisiate Kauhalu's
    # statement is likelier his, so no one is named (the sentence before joins it instead)
    text = (
        "Transport Secretary Grant Lusk said the quarantine list would change on Friday. "
        "Kelmsby and Norland were taken off the list of safe routes, said Justice Minister Lisiate Kauhalu. "
        "He also added that fines for people who refuse to isolate will rise to ten thousand pounds."
    )
    an = analyse(text)
    units = sorted((u for u in rank_units(an) if u.eligible), key=lambda u: u.order)
    added = next(u for u in units if u.text.startswith("He also added"))
    with recording() as fired:
        point = standalone(an, added, units[units.index(added) - 1], set())
    assert point is None or not point.text.startswith("Grant Lusk"), point
    assert fired["keypoints.pronoun_nearer_unknown"] > 0


def _named(text: str, opening: str):  # noqa: ANN202 - (the point name_for_pronoun gives, the rules fired)
    """The sentence of ``text`` that opens on ``opening``, with the name its pronoun stands for."""
    an = analyse(text)
    unit = next(u for u in rank_units(an) if u.eligible and u.text.startswith(opening))
    with recording() as fired:
        point = name_for_pronoun(an, unit)
    return point, fired


def test_a_he_is_not_named_after_someone_his_own_sentences_name() -> None:
    # "he said Ben Lusk was the best skipper in years": he is not Ben Lusk, though named last
    # (and as the subject of the clause "he" says)
    text = (
        "Ben Lusk and Tom Ward met the Kelmsby crew on Monday.\n\n"
        "By then Tom Ward was angry about the reports of a rift. Well, not quite, as it turned out.\n\n"
        "And he said Ben Lusk was the best skipper in years, before saying that he never read the papers. "
        "He was angry, because the papers had printed stories about the two men for weeks."
    )
    point, fired = _named(text, "He was angry")
    assert point is not None and point.text.startswith("Tom Ward was angry"), point
    assert fired["keypoints.pronoun_not_bound_name"] > 0


def test_a_name_before_the_pronoun_in_its_own_sentence_may_be_its_referent() -> None:
    # "When Maria Lopez first spoke of the plan, she said ...": the name comes before "she", so
    # the next "She also said" is hers
    text = (
        "The town council agreed on Monday to sell the old harbour office to a local trust.\n\n"
        "When Maria Lopez first spoke of the plan last week, she said the trust would keep it open.\n\n"
        "She also said she hoped the sale would pay for repairs to the sea wall before the winter storms."
    )
    point, _ = _named(text, "She also said")
    assert point is not None and point.text.startswith("Maria Lopez also said"), point


def test_a_chain_of_he_reads_a_surname_the_model_left_untagged() -> None:
    # "Fields, who ..." is Tom Fields, though "Fields" opening the sentence went
    # untagged (a surname that is an English word): the "He" after it is his, not the leader's
    text = (
        "Ben Marsh shot a 64 to lead the Selm Open as 19-year-old Tom Fields shot 68 in his first event.\n\n"
        "Marsh led by two strokes from Carl Voss and Dan Petrie.\n\n"
        "Fields, who turned professional last week, almost holed his approach at the last. "
        "He made a par there that left him four shots off the lead."
    )
    point, fired = _named(text, "He made a par")
    assert point is not None and point.text.startswith("Tom Fields made a par"), point
    assert fired["keypoints.pronoun_chain_surname"] > 0


ROLE = (
    "The space agency added five companies to its lunar delivery programme on Monday.\n\n"
    "Maria Delgado, chief executive of Tarvel Robotics, said the award showed that small firms had a role. "
    "She said her company's lander would be ready for missions in 2027.\n\n"
    "The first landing will be near the south pole, she said.\n\n"
    "Ben Lusk, 54, joined the board in May. He said the firm would hire 40 engineers."
)


def test_a_name_in_a_pronouns_place_brings_the_role_the_article_sets_off_after_it() -> None:
    # "her company" says whose only with the role: "Maria Delgado, chief executive of Tarvel
    # Robotics," is one piece of the article, the name and its apposition; an age is no role
    from briefgen.summary.keypoints.pronoun_names import name_for_pronoun, name_for_speaker

    an = analyse(ROLE)
    units = {u.text[:12]: u for u in rank_units(an) if u.eligible}
    with recording() as fired:
        lander = name_for_pronoun(an, units["She said her"])
        pole = name_for_speaker(an, units["The first la"])
        lusk = name_for_pronoun(an, units["He said the "])
    assert lander is not None and lander.text == (
        "Maria Delgado, chief executive of Tarvel Robotics, said her company's lander would be ready for missions in 2027."
    )
    assert ROLE[slice(*lander.spans[0])] == "Maria Delgado, chief executive of Tarvel Robotics,"
    assert pole is not None and pole.text.endswith(
        "south pole, Maria Delgado, chief executive of Tarvel Robotics, said."
    )
    assert lusk is not None and lusk.text == "Ben Lusk said the firm would hire 40 engineers."
    assert fired["keypoints.pronoun_name_with_role"] == 2
