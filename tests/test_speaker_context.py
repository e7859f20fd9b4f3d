"""Speakers found from what stands around a quote: the sentence after it, the sentence that leads
into it, the people a he/she can refer to, titles, and captions run into a story. Each rule on
invented sentences, checked with the rule it exercises (briefgen.trace)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from briefgen.summary.entities import entity_model
from briefgen.summary.quotes.clauses import ClauseReader
from briefgen.summary.quotes.extract import extract_quotes
from briefgen.summary.quotes.titles import is_title
from briefgen.summary.text.analysis import analyse
from briefgen.trace import recording

# (rule that must fire, text, expected (quote text, speaker) pairs), all invented
CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        # the sentence after a quote that ends its sentence is no reporting clause when its verb of
        # saying is not the main verb: the colon's speaker stands
        "speakers.next_sentence_not_clause",
        "Fees rose again at the port. Port chief Ana Ruiz said: “The port is full. We cannot take more "
        "ships before spring.” The report, which says fees will rise, came out on Monday.",
        [("The port is full. We cannot take more ships before spring.", "Ana Ruiz")],
    ),
    (
        # ... nor when its verb reports a clause of its own: the quote continues the one before
        "speakers.next_sentence_not_clause",
        "“The port is full,” said Ana Ruiz, the harbour chief. “We cannot take more ships this winter.” "
        "Tom Reyes said the board would meet on Friday.",
        [("The port is full", "Ana Ruiz"), ("We cannot take more ships this winter.", "Ana Ruiz")],
    ),
    (
        # a person named in a bracketed aside is not who the "he" of the next paragraph is
        "speakers.pronoun_not_in_aside",
        "The album was recorded in Lusk over two winters.\n\nGiven its debt to old radio plays (its "
        "third song even borrows a line spoken by the broadcaster Tom Ward) the record allowed Kelvo to "
        "think about his childhood.\n\n“When you hear those old voices, you can’t help but remember the "
        "kitchen at home,” he says.",
        [("When you hear those old voices, you can’t help but remember the kitchen at home", "Kelvo")],
    ),
    (
        # a memoir's title parsed as a second subject of "replied", next to the speaker's name
        "speakers.subject_next_to_verb",
        "Asked about the gaps in his 1971 memoir, Sailor Dreams the Sea, which he wrote with the "
        "journalist Tom Ward, Ivor Lusk replied, “I never read that book.”",
        [("I never read that book.", "Ivor Lusk")],
    ),
    (
        # the person after "warns" is the one told, not the speaker: a petition speaks for no one
        "speakers.document",
        "The petition was sent by a group of farmers to the minister on Friday.\n\nThe petition – a copy "
        "of which is printed above – warns Mr Ward: “If we do not act now, the valley's orchards could be "
        "lost within ten years.”",
        [("If we do not act now, the valley's orchards could be lost within ten years.", None)],
    ),
    (
        "speakers.pronoun_needs_person",
        "Tom Reyes wanted to present the trophy. Harbourcast did not allow it. He told reporters: "
        "“I have an invitation to every home game before the season ends.”",
        [("I have an invitation to every home game before the season ends.", "Tom Reyes")],
    ),
    (
        "speakers.title_not_said",
        "The band will tour next spring. Fans can expect old hits, including “Songs From the Harbour "
        "Wall,” according to Ana Ruiz.",
        [("Songs From the Harbour Wall", None)],
    ),
    (
        "speakers.colon_subject",
        "Ana Ruiz made the following point:\n\n“For young sailors who have left school, the harbour offers nothing at all.”",
        [("For young sailors who have left school, the harbour offers nothing at all.", "Ana Ruiz")],
    ),
    (
        # the organisation before a title and a name only says whose officer speaks
        "speakers.name_after_organisation",
        'Fees will rise. "The levy is not the right way to pay for the wall," said Treasury Under '
        "Secretary Tom Reyes. Kelmsby agreed.",
        [("The levy is not the right way to pay for the wall", "Tom Reyes")],
    ),
    (
        # "$42.09bn." ends its sentence: the quote opens the next one and is not led into by it
        "speakers.number_ends_sentence",
        'Profits at the port rose 6.4% to $42.09bn. "Our results were strong, meeting all of our goals," '
        "chairman and chief executive Tom Reyes said. Shares rose.",
        [("Our results were strong, meeting all of our goals", "Tom Reyes")],
    ),
    (
        "speakers.name_in_prepositional_phrase",
        "Ana Ruiz won the prize on Friday. “I am honoured to be asked back to the festival this year,” "
        "said the director behind Tom Reyes, Harbour Lights and two other films.",
        # not Tom Reyes, a film's title in the description's phrase; the description itself is the
        # person named just before it (speakers.description_of_person_just_named)
        [("I am honoured to be asked back to the festival this year", "Ana Ruiz")],
    ),
    (
        # a writer names the person just quoted by their job instead of repeating the name
        "speakers.description_of_last_speaker",
        "The team lost again on Sunday. “The squad is in good health,” centre back Tom Reyes told "
        "reporters. “We are building a new side for next season,” added the Kelmsby defender. “We will be ready.”",
        [
            ("The squad is in good health", "Tom Reyes"),
            ("We are building a new side for next season", "Tom Reyes"),
            ("We will be ready.", "Tom Reyes"),
        ],
    ),
    (
        # no subject to refer to: a person named in full, not the one-word name (which the
        # tagger took for a person) of the firm he works for
        "speakers.pronoun_full_name",
        "The new phone sold well. A sceptical view was offered by Tom Reyes, vice-president of "
        "research at analysts Kelmsby. He said: “I do not think it changes the market at all.”",
        [("I do not think it changes the market at all.", "Tom Reyes")],
    ),
    (
        # a sentence of the writer's between two quotes names a new speaker: the second is theirs
        "speakers.new_reporter_between",
        "Ana Ruiz has pulled out of the race. Race chief Tom Reyes had said: “Her knee is not going to heal "
        "in time.” Her agent, though, told the club she would be back by May. “The doctors see her every week "
        "and are happy with her progress.”",
        [
            ("Her knee is not going to heal in time.", "Tom Reyes"),
            ("The doctors see her every week and are happy with her progress.", "Ana Ruiz’s agent"),
        ],
    ),
    (
        # "she" is the subject of a clause before the one woman the sentence names, who is not its
        # subject: that she is the woman told of before, and so is the next one
        "speakers.pronoun_clause_chain",
        "Ana Ruiz is back at the harbour race. “I want to win it once more,” said Ruiz. Her knee was "
        "hurt when she stopped racing, and her last race was in May, when she lost to Maria "
        "Lopez. Last year she doubted a return, but at the quay on Monday she said: “I was wrong about "
        "my knee.”",
        [("I want to win it once more", "Ana Ruiz"), ("I was wrong about my knee.", "Ana Ruiz")],
    ),
    (
        # the subject describes the woman named before; the people after it are no subjects
        "speakers.pronoun_past_described_subject",
        "Ana Ruiz won the harbour race in May. The veteran skipper sailed past Maria Lopez and Bea "
        "Lusk at dawn. “I have waited ten years for this,” she said.",
        [("I have waited ten years for this", "Ana Ruiz")],
    ),
    (
        # a caption run into the story names people before a photo's position: the "he" after it is
        # the man the story quotes, named before the caption
        "speakers.pronoun_not_pictured",
        "Tom Reyes said the club must win on Sunday. Kelmsby striker Ben Lusk celebrates his goal by "
        "saluting Reyes (right) “We have never trained harder for one match,” he said.",
        [("We have never trained harder for one match", "Tom Reyes")],
    ),
    (
        # a story run into one paragraph, closed by a caption with a credit: only the caption goes,
        # and the surname is the person named in full before it
        "entities.credit_caption_sentence",
        "Tom Reyes said the ferry was late again. “We waited for three hours in the rain,” Reyes told "
        "reporters. The ferry at the harbour at dawn (file photo)",
        [("We waited for three hours in the rain", "Tom Reyes")],
    ),
]


@pytest.mark.parametrize("rule,text,pairs", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_context_rules(rule: str, text: str, pairs: list[tuple[str, str | None]]) -> None:
    with recording() as fired:
        quotes = extract_quotes(analyse(text))
    assert [(q.text, q.speaker) for q in quotes] == pairs
    assert fired[rule] >= 1, f"{rule} did not fire"


def test_a_short_reporting_sentence_after_a_quote_still_names_its_speaker() -> None:
    text = "Fees rose again at the port.\n\n“We cannot take more ships this winter.” Ana Ruiz, the harbour chief, said."
    with recording() as fired:
        (quote,) = extract_quotes(analyse(text))
    assert quote.speaker == "Ana Ruiz"
    assert not fired["speakers.next_sentence_not_clause"]


def test_a_caption_credit_keeps_the_story_s_people() -> None:
    text = "Tom Reyes said the ferry was late again. Reyes waited for hours. The ferry at dawn (file photo)"
    people = [e.name for e in entity_model(analyse(text)).people]
    assert people == ["Tom Reyes"]


def test_a_caption_line_with_a_credit_is_dropped_whole() -> None:
    text = "Ferry strike enters second week\nTom Reyes at the harbour gate (file photo)\nThe strike went on, Ana Ruiz said."
    people = [e.name for e in entity_model(analyse(text)).people]
    assert people == ["Ana Ruiz"]


class _NoQuotes:
    """The one method of a ClauseReader that subject_of asks of it: nothing is inside a quote."""

    @staticmethod
    def in_quote(char: int) -> bool:
        return False


@pytest.mark.parametrize(
    ("words", "heads", "deps", "ents", "verb", "speaker"),
    [
        # the small parser sometimes makes an unknown union's name a second subject of "added"
        (
            ["Unidock", "general", "secretary", "Tom", "Reyes", "added", ":"],
            [5, 2, 4, 4, 5, 5, 5],
            ["nsubj", "amod", "compound", "compound", "nsubj", "ROOT", "punct"],
            ["O", "O", "O", "B-PERSON", "I-PERSON", "O", "O"],
            5,
            "Reyes",
        ),
        # a person parsed as a second subject after the verb is the one told, not the speaker
        (
            ["The", "report", "warns", "Mr", "Ward", ":"],
            [1, 2, 2, 4, 2, 2],
            ["det", "nsubj", "ROOT", "compound", "nsubj", "punct"],
            ["O", "O", "O", "B-PERSON", "I-PERSON", "O"],
            2,
            "report",
        ),
        # a book's title before the speaker's name made a second subject, and the tagger a person of it
        (
            ["Asked", ",", "Lady", "Rides", "Tall", ",", "Mavis", "Kendry", "replied", ":"],
            [8, 8, 3, 8, 3, 8, 7, 8, 8, 8],
            ["advcl", "punct", "compound", "nsubj", "appos", "punct", "compound", "nsubj", "ROOT", "punct"],
            ["O", "O", "B-PERSON", "I-PERSON", "O", "O", "B-GPE", "B-DATE", "O", "O"],
            8,
            "Kendry",
        ),
    ],
)
def test_of_two_parsed_subjects_the_one_next_to_the_verb_and_before_it_speaks(
    words: list[str], heads: list[int], deps: list[str], ents: list[str], verb: int, speaker: str
) -> None:
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, ents=ents)
    with recording() as fired:
        subject = ClauseReader.subject_of(_NoQuotes(), doc[verb], 0, 100)  # type: ignore[arg-type]
    assert subject is not None and subject.text == speaker
    assert fired["speakers.subject_next_to_verb"] == 1


@pytest.mark.parametrize(
    "quoted,title",
    [
        ("Songs From the Harbour Wall", True),
        ("The Night Ferry Show.", True),
        ("We will sail at dawn.", False),
        ("WE WILL SAIL AT DAWN", False),  # shouting, not a title
        ("The Port Is Full And The Ships Must Wait Outside Tonight", False),  # too long for a title
    ],
)
def test_titles(quoted: str, title: bool) -> None:
    assert is_title(quoted) is title


def test_a_relative_is_not_the_person_just_quoted() -> None:
    text = (
        "The team lost again on Sunday. “The squad is in good health,” centre back Tom Reyes told "
        "reporters. “I thought we had lost him,” the relieved father said."
    )
    speakers = [q.speaker for q in extract_quotes(analyse(text))]
    assert speakers == ["Tom Reyes", "the relieved father"]


def test_a_surname_the_tagger_reads_as_a_common_noun_is_a_mention_of_the_person() -> None:
    from briefgen.summary.quotes.context import PersonMentions

    text = "Ruth Parsons founded the band in 1970 with two friends. Parsons teased the tour on Monday night."
    analysis = analyse(text)
    second = next(t for t in analysis.doc if t.text == "Parsons" and t.i > 2)
    assert second.pos_ == "NOUN"  # the model's slip this test is about
    mentions = PersonMentions(analysis, lambda i: False).mentions
    assert (second.idx, "Ruth Parsons", True) in [m[:3] for m in mentions]
