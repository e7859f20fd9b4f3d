"""An interview printed as questions and answers: whose words the answers are.

A profile or a Q&A asks its guest questions ("What drew you to the ferries?") and prints the
answers below them without quotation marks, in the guest's first person: "I started on the
ferries at sixteen. I learned ...". Read as the writer's sentences, such an answer makes a key point
nobody can place ("I learned ...": who?) and leaves the guest with no quote. So the text is read
for its shape (:func:`interview_answers`): at least MIN_QUESTIONS paragraphs that ask someone
("you", "your") a question, each followed by an answer in the first person; a label before a
question or an answer ("Q:", "The Courier:", "Ana Roe:", "A:") is the page's. Each answer is
the paragraphs up to the next question; its speaker is the name its label gives, if any (the
quote rules resolve it, :mod:`..quotes.interview`).

Coverage: 6 of the 171 real pages, both inputs (a chief executive's, an artist's, an author's and
an engineer's interviews; two engineers' labelled answers), none of the dev corpora, whose news
prints no questions-and-answers; a help page's questions ("Where do we keep your bookings?") are
answered in the site's "we" and lack the guest's "you", and jokes ("What did one wave say to the
other?") have no "you" and no first person.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ...trace import fired
from .sentences import split_paragraphs

if TYPE_CHECKING:
    from .analysis import Analysis

__all__ = ["Answer", "MIN_QUESTIONS", "first_person", "interview_answers", "in_answer", "introduces_the_interview"]

#: An interview asks at least this many questions, each answered in the first person.
MIN_QUESTIONS = 3
#: A question of more words than this is a paragraph of prose that ends on a question.
MAX_QUESTION_WORDS = 80
#: An answer runs on for at most this many paragraphs (an extract or the page's notes follow the last).
MAX_ANSWER_PARAGRAPHS = 6
#: A label before a question or an answer: a name or a masthead of at most four words and a colon
#: ("Q:", "The Courier:", "Ana Roe:", "Mr Roe:", "L.A. COURIER:").
_LABEL = re.compile(r"((?:[A-Z][\w.’'&-]*\s+){0,3}[A-Z][\w.’'&-]*)\s*:\s+(?=\S)")
#: Labels that only mark a question or an answer.
_Q_LABELS = frozenset({"q", "question"})
_A_LABELS = frozenset({"a", "answer"})
_QA_LABELS = _Q_LABELS | _A_LABELS
#: The guest spoken to.
_SECOND_PERSON = re.compile(r"\b(?:you|your|yours|yourself)\b", re.IGNORECASE)
#: The guest speaking: "I", "I'm", "my", "we", "our", ... (not "US", the country, nor a lower-case "i").
_FIRST_PERSON = re.compile(r"\b(?:I|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself|[Ww]e|[Uu]s|[Oo]urs?|[Oo]urselves)\b")
#: Words inside quotation marks, which are someone's words, not the speaker's own.
_QUOTED = re.compile(r"[“\"][^”\"]*[”\"]")


@dataclass(frozen=True)
class Answer:
    """One answer of an interview: its paragraphs ``[start, end)`` (after any label), the first
    paragraph's label's name when it gives one ("Ana Roe", not "A"), and where the label starts."""

    #: ``[start, end)`` of each paragraph of the answer, its label left out.
    paragraphs: tuple[tuple[int, int], ...]
    label: str | None = None
    #: Where the answer's first line starts, its label included.
    line_start: int = 0

    @property
    def start(self) -> int:
        return self.paragraphs[0][0]

    @property
    def end(self) -> int:
        return self.paragraphs[-1][1]


def _unlabelled(text: str, start: int, end: int) -> tuple[int, str | None]:
    """Where the paragraph's words start after a label, and the label (None when it has none)."""
    m = _LABEL.match(text, start, end)
    if m is None:
        return start, None
    return m.end(), m.group(1)


def _unquoted(text: str) -> str:
    return _QUOTED.sub(" ", text)


def _all_quoted(text: str) -> bool:
    """The paragraph is one quotation, its marks around it all: "“Leadership is about ...”"."""
    body = text.strip()
    return body[:1] in '“"' and body.rstrip(".")[-1:] in '”"' and not _unquoted(body).strip(" .")


def _question(text: str) -> bool:
    """A paragraph that asks the guest: it ends on a question mark, says "you" outside quotation
    marks, and is no longer than a question is."""
    body = text.rstrip().rstrip("”\"’'")
    return (
        body.endswith("?") and len(text.split()) <= MAX_QUESTION_WORDS and bool(_SECOND_PERSON.search(_unquoted(text)))
    )


def first_person(text: str) -> bool:
    """The guest's own words: "I", "my", "we", "our" ... outside quotation marks."""
    return bool(_FIRST_PERSON.search(_unquoted(text)))


def interview_answers(analysis: "Analysis") -> list[Answer]:
    """The answers of an interview printed as questions and answers (see the module), in order;
    none when the text is no such interview."""
    return analysis.memoized("interview_answers", lambda: _answers(analysis.text))


def _answers(text: str) -> list[Answer]:
    paragraphs = split_paragraphs(text)
    answers: list[Answer] = []
    current: list[tuple[int, int]] = []
    label: str | None = None
    line_start = 0
    answering = False
    answered = 0  # questions an answer follows right after
    after_question = False
    askers: set[str] = set()  # the labels the questions carry ("The Courier"): the interviewer's

    def close() -> None:
        if current:
            answers.append(Answer(tuple(current), label, line_start))

    for start, end in paragraphs:
        words_at, name = _unlabelled(text, start, end)
        body = text[words_at:end]
        if _question(body) or (name is not None and (name in askers or name.casefold() in _Q_LABELS)):
            # a question, or the interviewer's prompt under the label the questions carry ("The
            # Courier: You argue that ... Please explain.")
            if name is not None and name.casefold() not in _QA_LABELS:
                askers.add(name)
            close()
            current, label, answering, after_question = [], None, True, True
            continue
        if not answering:
            continue
        named = name if name is not None and name.casefold() not in _QA_LABELS else None
        if named is not None and current:
            close()  # a second guest's labelled answer to the same question
            current, label = [], None
        if not current:
            if _all_quoted(body):
                continue  # the guest's words set apart as a pull quote: the answer comes next
            if not first_person(body) and named is None and (name or "").casefold() not in _A_LABELS:
                answering = False  # prose after the question, not an answer in the first person
                continue
            label, line_start = named, start
            answered += after_question
        after_question = False
        if len(current) < MAX_ANSWER_PARAGRAPHS:
            current.append((words_at, end))
    close()
    if answered < MIN_QUESTIONS:
        return []
    fired("interview.answers", len(answers))
    return answers


def in_answer(analysis: "Analysis", start: int) -> bool:
    """Character ``start`` lies in an interview's answer (its label included)."""
    return any(a.line_start <= start < a.end for a in interview_answers(analysis))


#: The writer's own verbs for putting questions to the guest: "We asked her ...", "I spoke with
#: him ...", "Here's what she had to say".
_INTERVIEWING = re.compile(
    r"\b(?:we|i)(?:['’]ve| have| had)?\s+(?:asked|spoke|talked|chatted|caught up|sat down|interviewed)\b"
    r"|\bhere['’]s what (?:he|she|they) had to say\b",
    re.IGNORECASE,
)


def introduces_the_interview(analysis: "Analysis", start: int, text: str) -> bool:
    """``text`` (at ``start``) is the writer's framing of the interview before its first answer:
    "We spoke with Ana Roe about her first year.", "We asked him to tell us about his plans ...",
    "Here's what she had to say": the page's talk about itself, no news."""
    answers = interview_answers(analysis)
    return bool(answers) and start < answers[0].line_start and bool(_INTERVIEWING.search(_unquoted(text)))
