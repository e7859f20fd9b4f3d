"""The bottom line stands on its own: a lede sentence told of a "she", a "they" or a "that"
gives way to one that names who did what; a "we" someone else is reported to say is not the
writer's voice (invented articles)."""

from __future__ import annotations

import pytest

from briefgen.summary.keypoints.bottomline import _leans, bottom_line
from briefgen.summary.keypoints.ranking import rank_units
from briefgen.summary.keypoints.select import select_key_points
from briefgen.summary.keypoints.voice import own_voice
from briefgen.summary.text.analysis import analyse
from briefgen.trace import recording


def _line(text: str) -> tuple[str, int]:
    an = analyse(text)
    with recording() as seen:
        line = bottom_line(an, select_key_points(an, [], 3)).text
    return line, seen["bottomline.leaning_passed_over"]


@pytest.mark.parametrize(
    "opening",
    [
        "They were lying on the quay at dawn, dozens of grey shapes.",
        "She could not believe how many seals lay on the quay.",
        "That is the count of the harbour wardens in Selmouth.",
        "Their numbers have grown every winter.",
        "Clearly, they had come in the night.",
    ],
)
def test_a_lede_sentence_told_of_a_pronoun_gives_way_to_one_that_stands(opening: str) -> None:
    line, fired = _line(
        f"{opening}\n\n"
        "Harbour wardens in Selmouth counted 300 grey seals on the quay on Sunday, the largest group in 20 years.\n\n"
        "The seals rest on the quay between tides and leave when the ferries start."
    )
    assert line.startswith("Harbour wardens in Selmouth counted 300 grey seals")
    assert fired == 1


@pytest.mark.parametrize(
    ("sentence", "leans"),
    [
        ("They were lying on the quay at dawn.", True),
        ("That is the count of the harbour wardens.", True),
        ("His boat was the first to reach them.", True),
        ("But she counted them again on Monday.", True),  # the connective goes, "she" stays
        # a demonstrative before a noun points at the headline's topic, not at a sentence before
        ("These pear tarts keep for a week in a tin.", False),
        # an "It" that stands for the clause after it
        ("It is hard for the ferry to run in winter.", False),
        # a connective that is dropped, leaving a sentence that stands
        ("But the ferry from Selmouth stopped running on Sunday.", False),
        ("Harbour wardens counted 300 seals on Sunday.", False),
        # a pronoun subject after an opening phrase leans as much as one that opens the sentence
        ("Clearly, she believes the waiter.", True),
        ("Together, they closed the boatyard in May.", True),
        # ... unless the phrase names who it is, or the subject is an "it"
        ("After Ana Ruiz left the yard, she sold her boat.", False),
        ("Since May, it has rained every day in Selmouth.", False),
    ],
)
def test_which_lede_sentences_lean_on_the_one_before(sentence: str, leans: bool) -> None:
    an = analyse(sentence)
    assert _leans(an, rank_units(an)[0]) is leans


def test_when_every_lede_sentence_leans_the_best_one_stays() -> None:
    line, fired = _line(
        "She could not believe how many seals lay on the quay.\n\nThey had come ashore in the stormy night.\n\n"
        "Her count of grey seals was 300."
    )
    assert fired == 0
    assert line.startswith("She could not believe")


@pytest.mark.parametrize(
    ("sentence", "writers"),
    [
        ("We may be close to a cure for the blight, a university scientist says.", False),
        ("Our harbour deserves better, said the mayor of Selmouth.", False),
        ("The mayor said we would all pay more for water.", False),
        ("We think the mayor said the wrong thing.", True),  # the writer's "we" says it
        ("We said our goodbyes at the quay.", True),
        ("I told the council we would stay.", True),  # the verb's subject is "I"
    ],
)
def test_a_we_in_what_someone_else_is_reported_to_say_is_not_the_writers_voice(sentence: str, writers: bool) -> None:
    an = analyse(sentence)
    assert own_voice(sentence) is True  # the words alone
    assert own_voice(sentence, an.span(0, len(sentence))) is writers


def test_a_lede_in_unquoted_reported_speech_can_be_the_bottom_line() -> None:
    line, _ = _line(
        "We are close to saving the orchard, the head gardener of Selmouth Abbey says.\n\n"
        "The abbey's gardeners grafted 200 apple trees on Sunday.\n\n"
        "The orchard was planted in 1820."
    )
    assert line.startswith("We are close to saving the orchard")
