"""Shortening a sentence on its parse: each rule on invented sentences, the words kept in order
and traceable to the article, the sentence left whole when nothing can be cut safely."""

from __future__ import annotations

import pytest

from briefgen.summary.keypoints.shorten import shorten
from briefgen.summary.text.analysis import analyse
from briefgen.summary.text.words import count_words
from briefgen.trace import recording


def _short(sentence: str, target: int = 99, context: str = ""):
    text = sentence + (" " + context if context else "")
    an = analyse(text)
    with recording() as fired:
        result = shorten(an, 0, len(sentence), target)
    # every piece is the article's own text, in order, and the pieces make the shortened sentence
    starts = [a for a, _ in result.spans]
    assert starts == sorted(starts)
    rebuilt = ""
    for a, b in result.spans:
        piece = an.text[a:b]
        rebuilt += piece if not rebuilt or piece[:1] in ".,;:!?)’”" else " " + piece
    assert rebuilt[:1].upper() + rebuilt[1:] == result.text
    assert result.words == count_words(result.text)  # as a reader counts: a dash is no word
    return result, fired


@pytest.mark.parametrize(
    ("sentence", "short", "rule"),
    [
        # brackets
        (
            "The museum will charge visitors 12 euros (about 10 pounds) from the spring.",
            "The museum will charge visitors 12 euros from the spring.",
            "bottomline.brackets",
        ),
        # an apposition after a name, and an age
        (
            "Leon Brandt, 55, a builder from Dorset, was arrested after the crash.",
            "Leon Brandt was arrested after the crash.",
            "bottomline.apposition",
        ),
        # the name is the apposition: it stays, the description goes
        (
            "The mayor of Brackenford, Helen Okafor, opened the new bridge on Monday.",
            "Helen Okafor opened the new bridge on Monday.",
            "bottomline.apposition",
        ),
        # a relative clause set off by commas
        (
            "The old ferry, which carried cars across the river for sixty years, was sold for scrap.",
            "The old ferry was sold for scrap.",
            "bottomline.aside",
        ),
        # an attribution after the statement
        (
            "Rents in the city will rise by a fifth next year, the housing agency said.",
            "Rents in the city will rise by a fifth next year.",
            "bottomline.attribution",
        ),
        (
            "Prices could rise again this year, according to the central bank.",
            "Prices could rise again this year.",
            "bottomline.attribution",
        ),
    ],
)
def test_asides_are_cut(sentence: str, short: str, rule: str) -> None:
    result, fired = _short(sentence, target=len(short.split()))
    assert result.text == short
    assert rule in fired


def test_a_sentence_within_the_target_keeps_its_asides() -> None:
    sentence = "Leon Brandt, 55, a builder from Dorset, was arrested after the crash."
    result, fired = _short(sentence, target=30)
    assert result.text == sentence
    assert not fired


def test_only_the_asides_needed_go() -> None:
    # the brackets alone bring it to the target: the apposition stays
    sentence = "Mira Holt, a nurse, will chair the new health board (set up in 2019) from March."
    result, fired = _short(sentence, target=13)
    assert result.text == "Mira Holt, a nurse, will chair the new health board from March."
    assert "bottomline.brackets" in fired and "bottomline.apposition" not in fired


def test_a_long_sentence_loses_its_final_phrases_down_to_the_target() -> None:
    sentence = (
        "The two leaders agreed a new trade pact during a three-day summit in Lisbon between the "
        "delegations of both countries that promised lower tariffs on steel, grain and wine."
    )
    result, fired = _short(sentence, target=15)
    assert result.text == "The two leaders agreed a new trade pact during a three-day summit in Lisbon."
    assert "bottomline.length" in fired


def test_a_second_verb_phrase_goes_with_its_conjunction() -> None:
    sentence = (
        "The airline apologised to the passengers of its Dunmore and Kelso flights and promised to "
        "refund every ticket of the cancelled flights within a fortnight."
    )
    result, _ = _short(sentence, target=14)
    assert result.text == "The airline apologised to the passengers of its Dunmore and Kelso flights."


def test_a_cut_that_leaves_too_little_is_not_made() -> None:
    # who did what, but not what it was about: the sentence stays whole (the caller looks on)
    sentence = (
        "The minister has claimed victory in the long dispute with the fishing fleets of three "
        "northern ports over quotas for cod, herring and mackerel."
    )
    result, fired = _short(sentence, target=6)
    assert result.text == sentence
    assert "bottomline.overcut" in fired


def test_the_smallest_cut_that_is_enough_is_taken() -> None:
    # one word over: the short place phrase goes, not the second verb phrase with the news
    sentence = (
        "The ferry company cancelled its winter timetable and said it would sell two of its "
        "three boats to a buyer in Oslo."
    )
    result, fired = _short(sentence, target=20)
    assert (
        result.text
        == "The ferry company cancelled its winter timetable and said it would sell two of its three boats to a buyer."
    )
    assert "bottomline.length" in fired


@pytest.mark.parametrize(
    "sentence",
    [
        # the verb's first phrase after its object is what the verb needs
        "The union put the strike on hold.",
        # words in quotation marks stay verbatim
        "The minister called the plan 'a fair deal for farmers, fishermen and families alike'.",
        # nothing to cut safely: the whole sentence stays
        "Heavy snow closed every school in the valley on Friday morning.",
    ],
)
def test_what_must_stay_stays(sentence: str) -> None:
    result, fired = _short(sentence, target=4)
    assert result.text == sentence
    assert result.spans == ((0, len(sentence)),)
    assert not fired


def test_the_main_verb_keeps_a_complement() -> None:
    # "Support comes." is no sentence: the clause after the verb stays though it is long
    sentence = "Strong support for the new ferry comes as fuel prices on the island have doubled since May."
    result, _ = _short(sentence, target=5)
    assert result.text.startswith("Strong support for the new ferry comes as")


def test_a_relative_clause_without_commas_stays() -> None:
    # "who will open the new bridge" says which engineer: only the place after it may go
    result, _ = _short("Officials have named the engineer who will open the new bridge at Selm on Saturday.", target=6)
    assert result.text == "Officials have named the engineer who will open the new bridge at Selm."


def test_a_title_after_a_colon_is_no_apposition_to_cut_the_subject_for() -> None:
    # the parser may hang "A Winter ..." on the subject as an apposition; it is not set off by
    # commas, so the subject stays (the sentence is left whole rather than lose it)
    sentence = (
        "A set of photographs showing the late painter Ruth Amsel at work in her studio for the last time "
        "have been shown alongside this week's opening of Salt and Ash: A Winter on the Northern Coast."
    )
    result, fired = _short(sentence, 24)
    assert result.text.startswith("A set of photographs")
    assert fired["bottomline.apposition"] == 0


def test_a_relative_clause_whose_closing_comma_the_parser_hangs_inside_it_is_cut() -> None:
    # the parser hangs the comma after "England" on "Leeds": it is inside the clause
    sentence = (
        "The mill, which stood for a century near Leeds, England, closed on Monday after the owners "
        "ran out of money to pay the staff."
    )
    result, fired = _short(sentence, target=16)
    assert result.text == "The mill closed on Monday after the owners ran out of money to pay the staff."
    assert "bottomline.aside" in fired


def test_an_apposition_inside_a_clause_keeps_the_comma_that_closes_the_clause() -> None:
    sentence = (
        "The mill, which stood for a century near Leeds, England, closed on Monday after the owners "
        "ran out of money to pay the staff."
    )
    result, _ = _short(sentence, target=23)
    assert result.text == (
        "The mill, which stood for a century near Leeds, closed on Monday after the owners ran out of money to pay the staff."
    )


def test_the_first_word_after_a_line_break_counts() -> None:
    # 14 words, one over the target: the attribution goes though the sentence opens a paragraph
    headline = "Rents to climb in the old town.\n\n"
    sentence = "Rents in the old town will rise by a fifth, the housing agency said."
    an = analyse(headline + sentence)
    result = shorten(an, len(headline), len(headline) + len(sentence), 13)
    assert result.text == "Rents in the old town will rise by a fifth."


def test_an_attribution_is_cut_after_a_dateline_the_parser_joined_to_the_sentence() -> None:
    dateline = "OSLO 2026-03-02\n"
    sentence = "Heavy snow forced the city to close its three largest schools for the rest of the week, a spokeswoman said on Friday."
    an = analyse(dateline + sentence)
    result = shorten(an, len(dateline), len(dateline) + len(sentence), 20)
    assert result.text == "Heavy snow forced the city to close its three largest schools for the rest of the week."


def test_a_loose_phrase_summing_up_goes_and_the_full_stop_stays() -> None:
    # the parser leaves "a group ..." unattached ("dep") and the tokenizer keeps the full stop on "SeaX."
    sentence = (
        "The agency announced on Friday that it was adding four firms to a contract to deliver food and "
        "water to the islands of the north, a fleet that runs from small boats to Nordia and SeaX."
    )
    result, fired = _short(sentence, target=28)
    assert result.text == (
        "The agency announced on Friday that it was adding four firms to a contract to deliver food and "
        "water to the islands of the north."
    )
    assert "bottomline.resumptive" in fired


def test_a_phrase_summing_up_the_sentence_at_its_end_goes() -> None:
    sentence = (
        "The city council voted on Tuesday to close the old swimming pool on Mill Lane by the end of the "
        "year and to sell the land to a builder, a decision that angered many parents in the town."
    )
    result, fired = _short(sentence, target=30)
    assert result.text == (
        "The city council voted on Tuesday to close the old swimming pool on Mill Lane by the end of the "
        "year and to sell the land to a builder."
    )
    assert "bottomline.resumptive" in fired


def test_an_object_after_an_aside_is_no_phrase_summing_up() -> None:
    sentence = (
        "After a long search lasting almost two years and costing the bank millions of pounds in fees, "
        "the board hired, in the end, a chief who had run three banks in Asia before."
    )
    result, fired = _short(sentence, target=30)
    assert "a chief who had run three banks" in result.text
    assert "bottomline.resumptive" not in fired


def test_a_final_phrase_ending_in_a_quotation_goes_whole_and_the_full_stop_stays() -> None:
    sentence = (
        "The mayor is once again questioning the safety of the old bridge, urging drivers to take the ring "
        "road on weekdays to make sure everyone gets home “safe and sound.”"
    )
    result, _ = _short(sentence, target=22)
    assert result.text == (
        "The mayor is once again questioning the safety of the old bridge, urging drivers to take the ring road on weekdays."
    )


def test_a_possessive_apostrophe_is_no_closing_quotation_mark() -> None:
    sentence = (
        "The party’s recent gains in some towns in the north and on the coast may prove to be short-lived after "
        "the leader’s pro-business, anti-union stance was pressed home to the valley towns’ many mill workers."
    )
    result, _ = _short(sentence, target=25)
    assert (
        result.text
        == "The party’s recent gains in some towns in the north and on the coast may prove to be short-lived."
    )


@pytest.mark.parametrize(
    "dash",
    [" - ", " — ", "—", " – "],
)
def test_a_tail_after_a_dash_at_the_end_goes(dash: str) -> None:
    sentence = (
        "A ferry company in Selm will run its boats to the northern islands all through the winter"
        + dash
        + "a year after a storm wrecked the old pier and two of its three boats."
    )
    result, fired = _short(sentence, target=25)
    assert result.text == ("A ferry company in Selm will run its boats to the northern islands all through the winter.")
    assert "bottomline.dash_tail" in fired


@pytest.mark.parametrize("joint", [" — if", " if", ", unless"])
def test_a_condition_stays_with_what_it_conditions(joint: str) -> None:
    # without its "if" the sentence says the company promised the winter runs outright
    sentence = (
        "A ferry company in Selm promises to run its boats to the northern islands all through the winter"
        + joint
        + " the council agrees to pay for a new pier and two more crews."
    )
    result, fired = _short(sentence, target=20)
    assert joint.split()[-1] + " the council agrees" in result.text
    assert "bottomline.dash_tail" not in fired and fired["bottomline.condition_kept"] > 0


def test_what_a_verb_of_regarding_takes_its_object_for_stays() -> None:
    # "... now think of themselves." says something else: the "as" phrase is the claim
    sentence = (
        "Fishermen in the northern harbours no longer see the new quota rules as a defeat and now think "
        "of themselves as the winners of the long dispute with the ministry, it has been claimed."
    )
    result, fired = _short(sentence, target=25)
    assert result.text == "Fishermen in the northern harbours no longer see the new quota rules as a defeat."
    assert fired["bottomline.as_complement_kept"] > 0
    sentence = (
        "After three good seasons on the water, the fishermen of the northern harbours who once fought the "
        "new quota rules now think of themselves as the winners of the long dispute with the ministry."
    )
    assert "think of themselves as the winners" in _short(sentence, target=25)[0].text


@pytest.mark.parametrize("word", ["without", "except", "barring"])
def test_a_condition_a_preposition_states_stays_with_its_claim(word: str) -> None:
    # "... struggle in the spring league" alone says more than the article: only without a home ground
    sentence = (
        f"The Selm rowing club will struggle to keep its place among the best crews of the spring league {word} "
        "a home ground of its own on the river."
    )
    result, fired = _short(sentence, target=20)
    assert f"{word} a home ground" in result.text
    assert fired["bottomline.condition_kept"] > 0


def test_a_dash_tail_opening_on_a_conjunction_stays_and_a_hyphen_is_no_dash() -> None:
    # "but to sell it" completes the sentence: cutting it would reverse what it says
    sentence = (
        "The owners of the old Kelm paper mill said on Monday that their plan for the site is not to close it "
        "— but to sell it to a builder of flats."
    )
    result, fired = _short(sentence, target=25)
    assert "bottomline.dash_tail" not in fired
    assert "but to sell it" in result.text or result.text == sentence
    # a hyphen inside a word or a score opens no tail
    result, fired = _short("Selm Rovers won the home match 3-1 on Saturday in front of a crowd of four thousand.", 10)
    assert "bottomline.dash_tail" not in fired


def test_a_relative_pronoun_the_parser_takes_for_an_apposition_stays_with_its_clause() -> None:
    # the comma after "2009" breaks the clause up: "who in 2009" alone is no aside to cut,
    # which left "Ana Ruiz won the medal ..., has taken over ..." with two verbs and no subject
    sentence = (
        "Veteran harbour pilot, Ana Ruiz, who in 2009, won the Coast Guard medal for a rescue off Selm, "
        "has taken over the night crossing to the islands for the summer."
    )
    result, _ = _short(sentence, target=20)
    assert result.text.startswith("Ana Ruiz, who in 2009")
    assert "has taken over" in result.text


def test_a_relative_clause_after_a_name_set_off_by_commas_keeps_the_comma_that_closes_the_name() -> None:
    sentence = (
        "Veteran stage actor, Tom Abara, who in 2011, won the National Theatre Prize for Best Actor in a "
        "Comic Part, has taken to his blog to share some photos of himself."
    )
    result, _ = _short(sentence, target=20)
    assert result.text == "Veteran stage actor, Tom Abara, has taken to his blog to share some photos of himself."


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        # what a noun needs: "no appetite" alone says the council wants nothing at all
        (
            "The harbour board has met the ferry unions three times since the spring and offered them a new "
            "deal, but the council still has no appetite for another tax rise.",
            27,
        ),
        # what an adjective needs: "not happy" alone says the mayor is unhappy with everything
        (
            "The harbour master has closed the old east pier to walkers and anglers for the winter, and the "
            "mayor of the town was not happy with the vote.",
            25,
        ),
        (
            "Ana Lusk lost her case at the court of appeal on Monday after the judges ruled that a fare of 85 "
            "pounds was a fair price for a seat on the ferry.",
            30,
        ),
    ],
)
def test_a_nouns_or_an_adjectives_phrase_is_not_cut_a_few_words_over(sentence: str, target: int) -> None:
    result, fired = _short(sentence, target)
    assert result.text == sentence
    assert result.overcut
    assert "bottomline.complement_kept_whole" in fired


def test_the_last_of_a_list_of_verb_phrases_stays() -> None:
    # cutting "close two ... lines" would leave a list that ends on a comma's item
    sentence = (
        "The rail company said on Monday that it would cut costs across the network, raise fares on the "
        "busiest routes and close two of its oldest branch lines next year."
    )
    result, fired = _short(sentence, target=24)
    assert result.text.endswith("raise fares on the busiest routes and close two of its oldest branch lines.")
    assert "bottomline.list_end_kept" in fired


@pytest.mark.parametrize("noun", ["role", "involvement"])
def test_a_noun_of_a_relation_keeps_what_it_relates_to_however_long_the_sentence(noun: str) -> None:
    # "... for his role." says nothing of what the role was in: the sentence stays whole
    sentence = (
        f"The harbour board questioned the port's former chief engineer on Monday for his {noun} in a long "
        "scheme in which dozens of contractors billed the port for more than 400 repairs that were never "
        "carried out over six years."
    )
    result, fired = _short(sentence, target=30)
    assert result.text == sentence
    assert "bottomline.relational_kept_whole" in fired
