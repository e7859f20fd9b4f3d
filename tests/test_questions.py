"""Open questions: explicit and quoted questions, and hedged statements turned into questions
by subject-auxiliary inversion; few, ranked, each pointing at its source sentence."""

from __future__ import annotations

import pytest

from briefgen.summary.text.analysis import analyse
from briefgen.summary.questions.find import MAX_QUESTIONS, find_open_questions, statement_to_question


@pytest.mark.parametrize(
    ("statement", "question"),
    [
        # hedging modals: subject + modal + VP -> Modal + subject + VP?
        (
            "Officials have said the ministry could use emergency funds to repair the dam.",
            "Could the ministry use emergency funds to repair the dam?",
        ),
        (
            "Analysts said the central bank might cut interest rates in June.",
            "Might the central bank cut interest rates in June?",
        ),
        ("The senator may run for governor in 2028, aides said.", "Will the senator run for governor in 2028?"),
        # a guess about the past keeps its perfect: "may have been" -> "Could ... have been"
        ("Police said the ledger may have been forged in 2019.", "Could the ledger have been forged in 2019?"),
        # likely / expected to -> will
        ("The new terminal is expected to open next spring.", "Will the new terminal open next spring?"),
        ("Both companies are likely to bid for the contract.", "Will both companies bid for the contract?"),
        # uncertainty predicates over an embedded clause: whether -> yes/no, wh -> wh-question
        ("It remains unclear whether the council approved the budget.", "Did the council approve the budget?"),
        ("It is not known whether the company will appeal the ruling.", "Will the company appeal the ruling?"),
        ("It is too early to say who will win the election.", "Who will win the election?"),
        ("Nobody knows what the minister will do next.", "What will the minister do next?"),
        ("It is not clear why the plant closed.", "Why did the plant close?"),
        ("Investigators have not determined whether the pilot was tired.", "Was the pilot tired?"),
        ("The merger is likely to have cut costs at both firms.", "Could the merger have cut costs at both firms?"),
        # a finite verb conjoined to the modal's verb is cut off
        (
            "Rising demand could spark another crisis and worries traders in the region.",
            "Could rising demand spark another crisis?",
        ),
        # pronouns resolved from the sentence; asides after a comma dropped
        (
            "Marta Vidal has not decided yet whether she is running for mayor, her office said.",
            "Is Marta Vidal running for mayor?",
        ),
        ("Leon Brandt, 55, could face trial in May.", "Could Leon Brandt face trial in May?"),
        ("Chinese officials could visit Brazil next month.", "Could Chinese officials visit Brazil next month?"),
        (
            "The factory could close this year, as orders have fallen by half.",
            "Could the factory close this year?",
        ),
    ],
)
def test_statement_to_question(statement: str, question: str) -> None:
    assert question in statement_to_question(statement)


@pytest.mark.parametrize(
    "statement",
    [
        "The minister could not explain the delay.",  # negated: no sensible question
        "Not even the coach could stop the fight.",  # negative subject
        "He could easily lift the boxes when he worked at the port.",  # past ability, and a vague 'he'
        "The council approved the budget on Monday.",  # nothing uncertain
        "It could happen right now.",  # vague subject
        "She said she wondered what would happen to my house.",  # the speaker's own voice
    ],
)
def test_no_question_from_certain_or_vague_statements(statement: str) -> None:
    assert statement_to_question(statement) == []


ARTICLE = "\n\n".join(
    [
        "The port authority of Karsby has approved a plan to deepen the harbour so that larger container ships can dock.",
        "Dredging will start in the autumn and is expected to take three years, the authority said.",
        "Fishing crews have warned that the work could drive cod away from the bay for several seasons.",
        "\u201cThe question nobody has answered is \u2018who pays if the catch collapses?\u2019\u201d said Ines Moreau, who chairs the fishers\u2019 cooperative.",
        "It remains unclear whether the national government will contribute to the cost.",
        "And who will check the water quality?",
        "Share this article",
        "Click here: what do you think of the plan?",
    ]
)


@pytest.fixture(scope="module")
def article():
    return analyse(ARTICLE)


def test_article_questions_are_questions_with_source_spans(article) -> None:
    questions = find_open_questions(article, [])
    assert 1 <= len(questions) <= MAX_QUESTIONS
    for q in questions:
        assert q.text.endswith("?") and q.text[0].isupper()
        assert len(q.spans) == 1
        start, end = q.spans[0]
        source = article.text[start:end]
        assert source and source in [s.text for s in article.sentences]


def test_article_questions_cover_quoted_and_derived(article) -> None:
    texts = [q.text for q in find_open_questions(article, [])]
    assert "Who pays if the catch collapses?" in texts
    assert "Could the work drive cod away from the bay for several seasons?" in texts
    assert "Will the national government contribute to the cost?" in texts
    assert "Who will check the water quality?" in texts  # the leading "And" dropped
    # a reader poll in page clutter is no open question of the story
    assert not any("you think" in t for t in texts)


def test_dialogue_lines_are_not_open_questions() -> None:
    an = analyse(
        "Dispatcher: Are you still on the line with me? "
        "Pretty much the same, right? "
        "The caller said the van had left the road near the quarry. "
        "Police said the driver could face a charge of dangerous driving."
    )
    texts = [q.text for q in find_open_questions(an, [])]
    assert not any("you" in t.lower().split() or "right" in t for t in texts)
    assert "Could the driver face a charge of dangerous driving?" in texts


def test_at_most_five_questions() -> None:
    sentences = [
        f"The {name} council could raise parking fees in {month}."
        for name, month in zip(
            ["Ashby", "Brill", "Corfe", "Dunster", "Elham", "Fowey", "Gisburn", "Hawes"],
            ["May", "June", "July", "August", "September", "October", "November", "December"],
        )
    ]
    an = analyse(" ".join(sentences))
    assert len(find_open_questions(an, [])) <= MAX_QUESTIONS


def test_explicit_questions_must_be_interrogative() -> None:
    an = analyse(
        "Why did the minister call the press conference at the last minute, he was asked? "
        "For readers lost among the kettles, the magazines Homeware and Kitchen Gear? "
        "Pretty much the same as last year, right? "
        "The minister said the timing was a coincidence."
    )
    texts = [q.text for q in find_open_questions(an, [])]
    assert texts == ["Why did the minister call the press conference at the last minute?"]
