"""What the bottom line counts and takes (invented articles): words as a reader counts them (a
dash set off by spaces is none), a present-tense claim someone is said to make as news, a
dateline with its day left out."""

from __future__ import annotations

import pytest

from briefgen.summary.keypoints.bottomline import MAX_WORDS, bottom_line
from briefgen.summary.keypoints.lede import reports_news
from briefgen.summary.keypoints.select import select_key_points
from briefgen.summary.text.analysis import analyse
from briefgen.summary.text.words import count_words
from briefgen.trace import recording


def _line(text: str, title: str | None = None) -> str:
    an = analyse(text, title)
    return bottom_line(an, select_key_points(an, [], 3)).text


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Two sailors — a cook and a pilot — were rescued.", 9),
        ("Selm beat Lusk 3-1 in Ana's last game.", 8),
        ("The vote -- 12 to 4 -- passed.", 6),
        ("", 0),
    ],
)
def test_words_are_counted_as_a_reader_counts_them(text: str, words: int) -> None:
    assert count_words(text) == words


def test_a_lede_of_thirty_words_and_two_dashes_is_not_passed_over_as_too_long() -> None:
    lede = (
        "Two sailors — a cook and a pilot from Lusk — who had been held by smugglers on the "
        "islands since 2019 were freed on Tuesday in a swap for three prisoners."
    )
    assert len(lede.split()) > MAX_WORDS >= count_words(lede)
    text = (
        f"{lede}\n\n"
        "The cook and the pilot, both teachers at the harbour school, were handed over to coastguards in the "
        "islands' southern port, a smuggler told the Selm Gazette.\n\n"
        "The swap came hours after the government freed three smugglers and flew them to the mainland."
    )
    assert _line(text) == lede


@pytest.mark.parametrize(
    ("sentence", "news"),
    [
        ("Ferry fares are pricing islanders out of the mainland, campaigners say.", True),
        ("Rents in Selm keep rising faster than wages, the harbour board warns.", True),
        # a headline's words, a tease, a general truth: no one's claim in the present
        ("The coastguard says two sailors killed in a storm off Selm.", False),
        ("Every spring brings a new craze to the harbour.", False),
        ("They say the ferry is the best in the north.", False),
    ],
)
def test_a_claim_someone_is_said_to_make_now_is_news(sentence: str, news: bool) -> None:
    span = analyse(sentence).doc[:]
    assert reports_news(span) == news


def test_an_analysts_claim_above_an_anecdote_is_the_bottom_line() -> None:
    claim = "The mayor's demands of the harbour board are delaying an end to the long dispute, experts say."
    text = (
        f"{claim}\n\n"
        "When the mayor's aides suggested that the board buy two new ferries as part of a deal, the mayor wasn't "
        "satisfied.\n\n"
        "In a retelling at the town hall, he said he had asked for five, then settled for four."
    )
    with recording() as seen:
        line = _line(text, "Harbour deal stalls over the mayor's demands")
    assert line == claim
    assert seen["bottomline.attributed_claim"] >= 1


@pytest.mark.parametrize(
    ("sentence", "news"),
    [
        # a past expectation and a long stretch of background: what a feature's turn ("But ...",
        # "Now ...") goes on to change
        ("The new ferry was supposed to last through the winter months.", False),
        ("The harbour bridge was meant to open in May.", False),
        ("For two decades, the guild has tried to buy the mill from a collector.", False),
        ("For decades, the island has lived on fishing and little else.", False),
        # news in the same tenses
        ("The council meant no harm, the mayor said on Monday.", True),
        ("For the first time since the war, the club has won the league.", True),
        ("The smuggler has been jailed for three years.", True),
    ],
)
def test_a_set_up_for_a_turn_is_no_news(sentence: str, news: bool) -> None:
    span = analyse(sentence).doc[:]
    assert reports_news(span) == news


@pytest.mark.parametrize(
    ("sentence", "news"),
    [
        # a guess at what happened: the set-up of a turn, not a report
        ("Night trains might have lost the race to budget airlines, but the sleeper is not dead.", False),
        ("The storm might have cost the island its whole harvest of apples.", False),
        # the perfect without a modal of possibility, and a possibility of the future, as before
        ("Sleeper trains have won back travellers, a survey of rail firms found.", True),
        ("The minister has resigned after a vote of the whole party on Monday.", True),
    ],
)
def test_a_perfect_under_may_or_might_is_no_news(sentence: str, news: bool) -> None:
    span = analyse(sentence).doc[:]
    assert reports_news(span) == news


def test_after_a_guess_at_the_past_the_order_is_the_bottom_line() -> None:
    news = "Norvale Rail on Tuesday ordered twelve sleeper carriages for its night route to Selm."
    text = (
        "Night trains might have lost the race to budget airlines years ago, yet rail firms keep faith "
        "in them. Sleepers still fill up in winter.\n\n"
        f"{news} The carriages will be built in Kelby and carry forty beds each.\n\n"
        "The first of them will run in March, the company said, on a route it reopened last year."
    )
    with recording() as seen:
        line = _line(text, "Norvale Rail orders new sleeper carriages")
    assert seen["bottomline.modal_perfect"] >= 1
    assert line == news


def test_the_turn_after_a_set_up_is_the_bottom_line() -> None:
    news = "The harbour board said on Monday that the new ferries would cost twice the budget."
    text = (
        "A plan for two new ferries was supposed to offer a cheap fix that would let the island keep its winter "
        "service.\n\n"
        "But the plan may grow into a larger project if the board agrees to the unions' terms on crews.\n\n"
        f"{news}\n\n"
        "The ferries would be built in Selm and cost more than the board spends on the harbour in a year."
    )
    with recording() as seen:
        line = _line(text)
    assert seen["bottomline.set_up"] >= 1
    assert line == news


def test_after_a_teaser_the_sentence_that_says_the_headline_is_the_bottom_line() -> None:
    news = (
        "The label that owns her songs, Kelmsby Records, says the old songs are allowed at the Selm awards on Sunday."
    )
    text = (
        "A row between Ana Ruiz, her old label and two senators over her songs looks like it is nearly over.\n\n"
        f"{news}\n\n"
        "Ana Ruiz won support from the two senators in the row last week, after a plea to her fans.\n\n"
        "The senators said the row over her songs showed that singers need to own their work.\n\n"
        "Ana Ruiz and the senators have not said what they will do next in the row."
    )
    with recording() as seen:
        line = _line(text, "Ana Ruiz allowed to sing old songs at Selm awards after all")
    assert seen["bottomline.teaser_by_headline"] >= 1
    assert line == news


def test_a_dateline_with_its_day_is_no_part_of_the_bottom_line() -> None:
    text = (
        "SELM, Ore., Oct. 4 — The harbour board on Tuesday approved a new ferry pier for the northern islands.\n\n"
        "The pier will cost 4 million dollars and open next spring."
    )
    assert _line(text) == "The harbour board on Tuesday approved a new ferry pier for the northern islands."


def test_an_organisations_own_announcement_of_the_headlines_news_is_the_bottom_line() -> None:
    from briefgen import summarize

    text = (
        "Ferry passes sell out in an hour, and islanders want more. "
        "Today we are launching the Harbour Pass in Kelby, a new ticket for every ferry on the coast. "
        "Passes cost 40 euros a month and go on sale at every quay from Monday. "
        "Children under 12 travel free with an adult who holds a pass."
    )
    brief = summarize(text, title="Harbour Pass now on sale in Kelby")
    assert brief.bottom_line.startswith("Today we are launching the Harbour Pass in Kelby")
    # a writer's "I", or the page's talk about itself, is still no bottom line
    mine = summarize(
        text.replace("Today we are launching", "Today I am launching"), title="Harbour Pass now on sale in Kelby"
    )
    assert not mine.bottom_line.startswith("Today I am")
    signpost = summarize(
        text.replace(
            "Today we are launching the Harbour Pass in Kelby, a new ticket",
            "Below, we look at the Harbour Pass in Kelby, a new ticket",
        ),
        title="Harbour Pass now on sale in Kelby",
    )
    assert not signpost.bottom_line.startswith("Below, we")
    leaning = summarize(
        text.replace("Today we are launching the Harbour Pass", "For this season, we are launching the Harbour Pass"),
        title="Harbour Pass now on sale in Kelby",
    )
    assert not leaning.bottom_line.startswith("For this season")  # it leans on the sentence before
