"""A key point that points back from inside (an object "it"/"them", a "this <noun>") leans on
the sentence before: it is joined to it (keypoints/pointing.py), on invented articles."""

from __future__ import annotations

import pytest

from briefgen.summary.keypoints.openings import group_back, leans_back, shell_back
from briefgen.summary.keypoints.pointing import points_back, quantity_back
from briefgen.summary.keypoints.ranking import build_units
from briefgen.summary.keypoints.standalone import standalone
from briefgen.summary.text.analysis import analyse
from briefgen.trace import recording

_BEFORE = "Divers found three rare sea cows near the harbour of Selm last spring.\n\n"


def _units(text: str, opening: str):
    an = analyse(text)
    units = build_units(an)
    n = next(i for i, u in enumerate(units) if u.text.startswith(opening))
    return an, units[n], units[n - 1] if n else None


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Scientists are only beginning to understand them.", "inner them"),
        ("Ana Ruiz insisted that it swam faster than a seal.", "inner it"),
        ("Two local papers reported on this unusual bar.", "inner this"),
        ("Visitors arriving in Selm from those places must stay on the boats.", "inner those"),
        ("The harbour board turned down that offer in a letter on Thursday.", "inner that"),
        # a person's pronoun with no one named before it, nor anywhere in the sentence
        ("Scans at the clinic showed that his kidneys were failing.", "inner his"),
        ("The label that holds the rights to her ballads says the show can go on.", "inner her"),
        # a body of people as the subject is no "her"
        ("The firm that holds the rights to her songs, Tarvel Records, says the show can go on.", "inner her"),
        # the gerund's doer is the main subject, and "support" is a thing, no "them"
        ("Ana Ruiz won wide support on Friday, after accusing them of blocking her plan.", "inner them"),
        # a demonstrative standing alone for what was said before
        ("There is one exception to that near the close of the year, the coach said.", "inner that"),
        ("Harbour rescues like this happen twice a year, officials said.", "inner this"),
        # a speaker who is one more of those told before
        ("\u201cThe very idea of a sea-cow park is absurd,\u201d said another resident.", "another speaker"),
        ("\u201cThey have been here for years,\u201d another diver said.", "another speaker"),
        # what someone said, named by its noun and not said
        ("The harbour board did not agree with Tarvel's stance.", "inner said"),
        ("Ana Ruiz's comments came as the board met on Monday.", "inner said"),
    ],
)
def test_a_pronoun_or_demonstrative_inside_with_no_referent_leans(sentence: str, word: str) -> None:
    an, unit, _ = _units(_BEFORE + sentence, sentence[:12])
    assert points_back(an, unit) == word


@pytest.mark.parametrize(
    "sentence",
    [
        "Tom Ward said his company's boat will be ready in 2027.",  # no it/them/this inside
        "The council sold the old pier because it was falling apart.",  # the pier
        "The ferry company said it would hire 200 workers by the summer.",  # the company
        "Fishermen caught the eels and sold them at the market.",  # the eels
        "The council wrote to every household, asking them to save water.",  # a group's noun
        "Ana Ruiz thanked the crew after rescuing them from the reef.",  # the crew
        "Anyone naming a neighbour falsely to force them to stay home can be fined.",  # anyone's
        "Ana Ruiz said she would make it to the final.",  # "make it" stands for nothing
        "Joking that he could do it again, the striker scored twice more.",  # its own deed
        "The team said it was hard to find a new coach.",  # "it" for the clause after it
        "Engineers tested the new engine and said this engine was the best yet.",  # named before
        "Kelco ships 20TB drives this year, but Selmo plans to go well past that.",  # the clause before
        "Consider this for a moment: three wins in a row and a cup final.",  # what follows the colon
        "Boats like those with a red hull were built in Selm.",  # says which itself
        "The mayor said that the ferry would run again in May.",  # a conjunction
        "The board heard one offer for the pier and turned down that offer at once.",  # named before
        "A ferry worker is hurt every week, and the board could do more to keep that person safe.",  # the worker
        "The mayor said at that time the pier was safe.",  # a time
        "The mayor said this month that the pier would close.",  # a time
        "In this article, the editors explain how the ferry timetable works.",  # the page itself
        'The mayor called the pier "a place where we loved it" on Monday.',  # the speaker's
        "She packed her bags and left Selm on the night ferry.",  # the "she" before is the one asked about
        "Asked if the fees mattered to her, Ana Ruiz said they did.",  # named after it
        "The ferry sank twice before he swam ashore, according to Tom Ward.",  # named after it
        "A nurse at the clinic said his kidneys were fine.",  # a noun of a person before it
        "The river rose two metres overnight, he said.",  # the speaker: named or left by its own rule
        "Divers said another sea cow was seen near the pier on Monday.",  # "another" of no speaker
        "Ana Ruiz's response to the fine was swift.",  # its phrase says about what
        "Ana Ruiz's reaction is to call for a vote on the fees.",  # the sentence says what it is
        "Ana Ruiz and Tom Ward's reaction is to call for a vote on the fees.",  # a pair's, the same
        "The board praised Ana Ruiz's comments on the fine.",  # about what
    ],
)
def test_a_referent_in_the_sentence_or_no_reference_does_not_lean(sentence: str) -> None:
    an, unit, _ = _units(_BEFORE + sentence, sentence[:12])
    assert points_back(an, unit) is None


def test_a_sentence_pointing_back_from_inside_is_joined_to_the_one_before() -> None:
    sentence = "Scientists are only beginning to understand them."
    an, unit, previous = _units(_BEFORE + sentence, sentence[:12])
    with recording() as seen:
        point = standalone(an, unit, previous, taken=set())
    assert point is not None
    assert point.text == _BEFORE.strip() + " " + sentence
    assert seen["keypoints.object_pronoun"] == 1
    assert seen["keypoints.join_previous"] == 1
    # not in a long extract read in the article's order (inner=False): kept as it is
    point = standalone(an, unit, previous, taken=set(), inner=False)
    assert point is not None and point.text == sentence


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("The teams were level at the break.", True),
        ("The two met again in Selm on Friday.", True),
        ("The two-time champion lost in the first round.", False),  # no group: a title
        ("The teams of both towns play on Sunday.", False),  # which teams: said right after
        ("The pair's old coach was banned for a year.", False),  # a possessive: a third person
        ("The teachers went on strike on Monday.", False),  # not a group just named
        ("The Danish pair lost the final in three sets.", True),  # one word before the group's noun
        ("The new teams were level at the break.", True),
        ("The Danish Open final was played in the rain.", False),  # a name, no group
        # a whole group, or a count of one, before its plural noun
        ("Both sides said the talks had gone well.", True),
        ("All 12 firms may now bid for the contract.", True),
        ("All three clubs lost at home on Saturday.", True),
        ("The 40 jurors were sent home for the day.", True),
        ("All firms must file their accounts by May.", False),  # no count: a rule for every firm
        ("Both sides of the river flooded overnight.", False),  # which sides: said right after
        ("Both Ana Roe and Tom Lusk resigned on Friday.", False),  # the group named in the sentence
        ("The 1990s were hard years for the yard.", False),  # a decade, no group
        ("Both business leaders spoke at the dinner.", False),  # "business" is no plural
    ],
)
def test_a_bare_the_and_a_group_noun_opening_the_sentence_point_back(text: str, group: bool) -> None:
    assert (group_back(text) is not None) == group


def test_a_sentence_opening_on_the_group_just_named_joins_the_one_before() -> None:
    before = "Harbour Rovers beat Selm United 2-1 in the cup final at the old ground on Saturday.\n\n"
    sentence = "The teams were level at the break after two early goals."
    an, unit, previous = _units(before + sentence, "The teams")
    with recording() as fired:
        point = standalone(an, unit, previous, set())
    assert fired["keypoints.group_back"] == 1
    assert point is not None and point.text.startswith("Harbour Rovers beat") and point.text.endswith(sentence)


def test_a_sentence_opening_on_a_count_of_the_group_just_named_joins_the_one_before() -> None:
    before = "The port named four more hauliers to join the eight already on its list of approved firms.\n\n"
    sentence = "All 12 firms may now bid for the new berths at the north quay."
    an, unit, previous = _units(before + sentence, "All 12")
    with recording() as fired:
        point = standalone(an, unit, previous, set())
    assert fired["keypoints.counted_group_back"] == 1
    assert point is not None and point.text.startswith("The port named") and point.text.endswith(sentence)


@pytest.mark.parametrize(
    ("sentence", "leans"),
    [
        ("Some questioned whether the bus would run as often as the ferry.", True),
        ("Many said the new fares were far too high for a daily trip.", True),
        ("Others argued that the pier could still be saved for a year.", True),
        ("Several were hurt when the gangway gave way on Friday.", True),
        # the group is in the words, or the word counts a number
        ("Many riders said the new fares were far too high.", False),
        ("Some of the riders said the new fares were far too high.", False),
        ("Some 400 riders signed a letter against the plan.", False),
    ],
)
def test_a_word_of_quantity_alone_as_the_subject_points_back(sentence: str, leans: bool) -> None:
    an, unit, _ = _units(_BEFORE + sentence, sentence.split()[0])
    assert (quantity_back(an, unit) is not None) == leans


def test_a_sentence_opening_on_some_of_a_group_joins_the_one_that_tells_the_group() -> None:
    before = "Riders packed the hall in Selm for the vote on the ferry line on Tuesday evening.\n\n"
    sentence = "Some questioned whether the bus would run as often as the ferry."
    an, unit, previous = _units(before + sentence, "Some")
    with recording() as fired:
        point = standalone(an, unit, previous, set())
    assert fired["keypoints.quantity_back"] == 1
    assert point is not None and point.text.startswith("Riders packed") and point.text.endswith(sentence)


@pytest.mark.parametrize(
    ("sentence", "joined"),
    [
        ("The veteran skipper was left without a club when his contract ran out in May.", True),
        ("The former trade minister had a large lead in the vote until a month ago.", True),
        # a name in the subject, a body, a clause between: no one to look back for
        ("The former trade minister Ana Ruiz had a large lead in the vote.", False),
        ("The council had a large lead in the vote until a month ago.", False),
        # an apposition says what more he is, not who; a name further in it is someone else's
        ("The skipper, one of the club's best-known players along with Ana Ruiz, was left without a club.", True),
        ("The skipper, Ben Lusk, was left without a club when his contract ran out in May.", False),
        ("The harbour industry, the region's second largest, was hit by the strike in May.", False),
    ],
)
def test_a_description_of_someone_named_before_joins_the_sentence_that_names_him(sentence: str, joined: bool) -> None:
    _joins_the_naming_sentence(sentence, joined, "keypoints.description_back")


def _joins_the_naming_sentence(sentence: str, joined: bool, rule: str) -> None:
    """``sentence`` after one that names Tomas Lind: joined to it (and ``rule`` fired) or not."""
    before = "Tomas Lind agreed on Monday to take charge of the Kelmsby crew until the end of next season.\n\n"
    an, unit, previous = _units(before + sentence, sentence[:12])
    with recording() as fired:
        point = standalone(an, unit, previous, set())
    assert point is not None
    assert point.text.startswith("Tomas Lind agreed") == joined
    assert (fired[rule] > 0) == joined


@pytest.mark.parametrize(
    ("sentence", "joined"),
    [
        ("The 29-year-old was left without a club in May.", True),
        ("The Dane was left without a club in May.", True),
        ("The Dane, who had played for Selm, was left without a club in May.", True),
        # a people, not one person; a thing of that origin
        ("The French have voted against the Kelmsby plan twice this year.", False),
        ("The Danish club was fined 20,000 euros for the crowd's conduct in May.", False),
    ],
)
def test_someone_told_of_by_age_or_origin_joins_the_sentence_that_names_him(sentence: str, joined: bool) -> None:
    _joins_the_naming_sentence(sentence, joined, "keypoints.age_or_origin_back")


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("All this came amid new claims of a rift.", "this"),
        ("All were freed in 1989 after a long campaign.", "all"),
        ("All is well at the club.", None),  # everything: it leans on nothing
        ("All staff were sent home early.", None),
        ("All will be revealed on Friday.", None),
    ],
)
def test_an_opening_all_that_stands_for_what_came_before(sentence: str, word: str | None) -> None:
    from briefgen.summary.keypoints.openings import leans_back

    assert leans_back(sentence) == word


@pytest.mark.parametrize(
    ("sentence", "word"),
    [("It’s a long trip from Selm to the coast.", "it"), ("He's back in Selm.", "he"), ("Its price rose.", "its")],
)
def test_a_pronoun_run_into_its_verb_opens_on_the_pronoun(sentence: str, word: str) -> None:
    from briefgen.summary.keypoints.openings import leans_back

    assert leans_back(sentence) == word


def test_a_sentence_before_on_an_it_that_stands_for_its_clause_can_take_a_leaning_one() -> None:
    # "It's hard to believe that ...": the "It's" needs nothing before it, so the sentence after,
    # which points back ("this pier"), is joined to it
    before = "It's hard to believe that the old pier in Selm has stood for ninety years."
    sentence = "Fishermen still tie their boats to this pier every morning before dawn."
    an, unit, previous = _units(_BEFORE + before + " " + sentence, sentence[:12])
    point = standalone(an, unit, previous, taken=set())
    assert point is not None and point.text == before + " " + sentence


@pytest.mark.parametrize(
    ("text", "leans"),
    [
        ("The answer, the harbour master suggests, is a higher wall.", True),
        ("The result was a draw that suited neither side.", True),
        ("The second problem is that the fees rose again.", True),
        ("The term itself is older than the port.", True),
        ("The difference here is the size of the boats.", True),
        # the noun carries its own phrase: the sentence says which one
        ("The result of the vote was close.", False),
        ("The answer to the riddle, she said, is a wall.", False),
        ("The risk that fees rise is high.", False),
        # no shell noun opening a clause: a noun before a noun, a plural, a description
        ("The term limits bill passed on Monday.", False),
        ("The results were announced on Monday.", False),
        ("The former champion retired.", False),
    ],
)
def test_a_bare_the_and_a_shell_noun_opening_the_sentence_point_back(text: str, leans: bool) -> None:
    assert (shell_back(text) is not None) == leans


def _joins_the_sentence_before(before: str, sentence: str, rule: str) -> None:
    """``sentence`` after ``before`` fires ``rule`` and becomes one point with it; when ``before``
    is a key point already, it cannot stand alone."""
    an, unit, previous = _units(before + sentence, sentence[:12])
    with recording() as fired:
        point = standalone(an, unit, previous, set())
    assert fired[rule] >= 1
    assert point is not None and point.text == before.strip() + " " + sentence
    assert standalone(an, unit, previous, {previous.order}) is None


def test_a_sentence_opening_on_a_shell_noun_joins_the_sentence_it_answers() -> None:
    _joins_the_sentence_before(
        "Engineers were asked why the harbour of Selm flooded three times in one winter.\n\n",
        "The answer, the harbour master suggests, is the new channel dredged last spring.",
        "keypoints.shell_noun_back",
    )


@pytest.mark.parametrize(
    ("sentence", "leans"),
    [
        ("Ana Ruiz made a similar promise at the Lusk fair.", True),
        ("The harbour board of Lusk was moved to a new office after a similar incident.", True),
        # it says like what: "similar to ...", a "to"/"as" after the noun, the noun before it
        ("Ana Ruiz sent a message similar to the one of the harbour board.", False),
        ("Ministers secured a similar deal to one between Kelby and Lusk.", False),
        ("Kelby signed a harbour deal in May and Lusk signed a similar deal in June.", False),
    ],
)
def test_a_similar_noun_says_like_what_only_with_the_sentence_before(sentence: str, leans: bool) -> None:
    an, unit, _ = _units(_BEFORE + sentence, sentence[:12])
    assert (points_back(an, unit) == "inner similar") is leans


@pytest.mark.parametrize(
    ("text", "leans"),
    [
        ("In each case, the mayor backed the candidate who lost.", True),
        ("In both instances, the ferry left late.", True),
        ("In this case however, the orchard will regrow after the frost.", True),
        ("On that occasion, the club won by a point.", True),
        # a case phrase with its own content, or none at all, stands
        ("In each of the three towns, voters queued for hours.", False),
        ("In case of rain, the fair moves indoors.", False),
        ("In this case study of Selm, the ferry left late.", False),
        ("Every time the ferry leaves late, the harbour fines it.", False),
    ],
)
def test_an_opening_phrase_of_the_cases_before_leans_back(text: str, leans: bool) -> None:
    assert (leans_back(text) == "the cases") == leans


@pytest.mark.parametrize(
    ("text", "leans"),
    [
        ("At the time, the yard called the boat a prototype.", True),
        ("At that point, the ferry turned back.", True),
        ("By then the harbour had closed.", True),
        ("Since then, fares have doubled.", True),
        ("Back then, a ticket cost a shilling.", True),
        ("The next year, the yard built two more ferries.", True),
        ("The following morning crews found the boat adrift.", True),
        ("That night, the harbour lights failed.", True),
        ("The same day, the council met.", True),
        # a time counted from today, or a time of its own
        ("This week, the ferry runs twice a day.", False),
        ("The next day of the inquiry was calm.", False),
        # a time of its own stands
        ("At the time of writing, the ferry runs twice a day.", False),
        ("At the same time, the council cut the harbour's budget.", False),
        ("Since 2019, fares have doubled.", False),
        ("Then and now: the harbour in pictures.", False),
    ],
)
def test_an_opening_phrase_of_a_time_before_leans_back(text: str, leans: bool) -> None:
    assert (leans_back(text) == "that time") == leans


@pytest.mark.parametrize(
    ("text", "leans"),
    [
        ("When this became known, the harbour master resigned.", True),
        ("As this concerns a citizen of Selm, the consul was told.", True),
        ("If that is the case, the ferry will not sail until May.", True),
        ("Since those rules came in, fares have doubled.", True),
        ("Although these figures are early, the yard expects a profit.", True),
        ("Until that day in May, the ferry had never left the harbour.", True),
        # a time counted from now, a subordinate clause of its own, a title's capitals
        ("Since this week, the ferry runs twice a day.", False),
        ("When the storm passed, the ferry sailed again.", False),
        ("Before This Morning aired, the host resigned.", False),
    ],
)
def test_a_subordinate_clause_on_a_demonstrative_leans_back(text: str, leans: bool) -> None:
    with recording() as fired:
        word = leans_back(text)
    assert (word in ("this", "that", "these", "those")) == leans
    assert (fired["keypoints.subordinate_back"] == 1) == leans


def test_a_point_opening_when_this_happened_joins_the_sentence_that_tells_it() -> None:
    _joins_the_sentence_before(
        "The harbour board of Selm sold the old ferry to a yard in Lusk without a vote.\n\n",
        "When this became known, the harbour master resigned and the board called an inquiry.",
        "keypoints.subordinate_back",
    )


def test_a_point_at_the_time_before_joins_the_sentence_that_tells_it() -> None:
    _joins_the_sentence_before(
        "Early this year, the yard in Selm showed a ferry with an open deck.\n\n",
        "At the time, the yard called the boat a prototype despite its finished look.",
        "keypoints.time_back",
    )


def test_a_point_on_the_cases_before_joins_the_sentence_that_tells_them() -> None:
    _joins_the_sentence_before(
        "Voters in Selm and Lusk elected new harbour boards this autumn.\n\n",
        "In each case, the mayor backed the candidates who lost.",
        "keypoints.case_back",
    )


@pytest.mark.parametrize(
    ("sentence", "leans"),
    [
        ("Renamed to look like a neutral account, it posted a series of posts backing the mayor.", True),
        ("Last month, its board sold the old ferry to a yard in Lusk.", True),
        # an "it" for the clause after its verb, or the weather's, stands for nothing before
        ("In 2019, it was clear that the vote in Selm would be close.", False),
        ("On Monday, it rained in Selm for the first time in weeks.", False),
        # the subject's own "its" inside it
        ("The harbour fair, which marks its 30th year, opens in Selm on Monday.", False),
        # a person named in the opening phrase is no referent of "it" (keypoints.it_after_a_person)
        ("Directed by Ben Lusk, it took $40m at the box office in its first month.", True),
        ("When Ben Lusk returns from injury, it will probably be his place in the side again.", True),
        # but what the opening clause's own verb acts on may be ("it" is the mill)
        ("When Ben Lusk bought the mill, it was losing money every month.", False),
    ],
)
def test_an_it_subject_after_an_opening_phrase_leans_back(sentence: str, leans: bool) -> None:
    from briefgen.summary.keypoints.inner_reference import inner_reference

    an, unit, _ = _units(_BEFORE + sentence, sentence[:12])
    assert (inner_reference(an, unit) in ("it", "its")) == leans


@pytest.mark.parametrize(
    ("sentence", "leans"),
    [
        ("The mayor of Selm has since said that the new pier would open in the spring.", True),
        ("Police have since launched a search for the driver, who fled on foot.", True),
        # since when, the sentence says
        ("The pier has been closed since May after a storm in the north.", False),
        ("The council has grown since it merged with the board of Lusk.", False),
        ("“We have since sold the boats,” the owner told the harbour board.", False),  # the speaker's
    ],
)
def test_since_after_a_perfect_leans_on_what_the_sentences_before_told(sentence: str, leans: bool) -> None:
    from briefgen.summary.keypoints.inner_reference import inner_reference

    an, unit, _ = _units(_BEFORE + sentence, sentence[:12])
    assert (inner_reference(an, unit) == "since") == leans


def test_a_point_with_since_joins_the_sentence_it_is_since() -> None:
    _joins_the_sentence_before(
        "The ferry to Lusk was cancelled in May after the harbour wall collapsed.\n\n",
        "The mayor of Selm has since said that the new pier would open in the spring.",
        "keypoints.since_before",
    )


def test_a_he_after_an_opening_i_mean_is_no_first_person_subject_to_name() -> None:
    # "I mean he’s ...": the opening word the pronoun rules read is "he", the subject token "I";
    # naming "I" broke the engine on a page of readers' comments
    an, unit, previous = _units(
        "The list of the best singers of Selm is a fake.\n\nI mean he’s behind Ana Ruiz, oh so wrong!!!",
        "I mean",
    )
    point = standalone(an, unit, previous, set())
    assert point is None or "Ana Ruiz" in point.text
