"""An interview printed as questions and answers: the answers are the guest's words, quoted with the
guest's name, and no key point of the writer's (invented texts)."""

from __future__ import annotations

import json

import pytest

from briefgen import summarize, trace
from briefgen.summary.text.analysis import analyse
from briefgen.summary.text.interview import interview_answers

try:  # tests/ as a package, or as a rootdir on sys.path (pytest's default without __init__.py)
    from .conftest import run_cli
except ImportError:
    from conftest import run_cli  # type: ignore[no-redef]

TITLE = "Meet harbour master Ana Roe"
INTRO = [
    "The port of Kelby named Ana Roe its harbour master in March, the first woman to hold the post in its 200 years.",
    "She spent twelve years on the ferries before she moved ashore to run the port's pilots.",
    "The port handles 400 ships a year and employs 90 people on the quays.",
    "We spoke with her about her first months in the job.",
]
QA = [
    "What drew you to the port?",
    "My first job was tying up ferries at night. I learned more about the tides in a winter than in any book.",
    "What will you change first?",
    "We are going to dredge the north channel before the summer. The big cruise ships cannot come in at low water now.",
    "Do you miss the sea?",
    "I miss the night crossings most of all. But I still take a pilot boat out on Sundays.",
]


def _text(intro: list[str] = INTRO, qa: list[str] = QA) -> str:
    return "\n\n".join([*intro, *qa])


def test_the_answers_of_an_interview_are_found_after_its_questions() -> None:
    text = _text()
    answers = interview_answers(analyse(text, TITLE))
    assert [text[a.start : a.end].split(".")[0] for a in answers] == [
        "My first job was tying up ferries at night",
        "We are going to dredge the north channel before the summer",
        "I miss the night crossings most of all",
    ]


@pytest.mark.parametrize(
    "qa",
    [
        # two questions only: a feature that asks a question or two is no interview
        QA[:4],
        # a help page asks no one: its questions are the reader's, its answers the site's "we"
        [
            "How is the toll paid?",
            "We take cards at the gate. Cash is no longer taken.",
            "When is the gate open?",
            "We open the gate at six. Night arrivals call the pilot station.",
            "Where is the car park?",
            "Our car park is behind the fish market.",
        ],
        # questions to the guest answered by the writer's prose in the third person
        [
            "What will the port do now?",
            "The board meets on Monday to decide.",
            "Can you still catch the night ferry?",
            "The night ferry runs until May.",
            "Why does the toll rise?",
            "The toll pays for the new quay.",
        ],
    ],
)
def test_a_text_with_too_few_questions_or_none_to_a_guest_is_no_interview(qa: list[str]) -> None:
    assert interview_answers(analyse(_text(qa=qa), TITLE)) == []


def test_the_answers_are_the_guests_quotes_and_no_key_points() -> None:
    with trace.recording() as fired:
        brief = summarize(_text(), title=TITLE)
    said = [(q.text, q.speaker) for q in brief.quotes if q.kind == "statement"]
    assert said == [
        ("My first job was tying up ferries at night.", "Ana Roe"),
        ("We are going to dredge the north channel before the summer.", "Ana Roe"),
        ("I miss the night crossings most of all.", "Ana Roe"),
    ]
    assert all(brief.text[s:e] == t for (t, _), (s, e) in zip(said, [q.span for q in brief.quotes]))
    points = " ".join(p.text for p in brief.key_points)
    assert "tides" not in points and "dredge" not in points and "pilot boat" not in points
    assert "We spoke with her" not in points  # the writer's framing of the interview
    assert fired["units.interview_answer"] > 0 and fired["keypoints.interview_framing"] > 0


def test_a_labelled_answer_is_the_labelled_persons_and_the_askers_label_asks() -> None:
    intro = [
        "Two pilots, Ben Lusk and Ana Roe, run the pilot boats of Kelby, a port of 400 ships a year.",
        "Ben Lusk joined the pilots in 2010. Ana Roe joined in 2015, after years on the ferries.",
    ]
    qa = [
        "The Courier: How did you start?",
        "Ben: I started on the dredgers when I was sixteen.",
        "Ana: I crewed the night ferry for ten years before I trained as a pilot.",
        "The Courier: You both want a new pilot boat. Tell us why.",
        "Ben: Our boat is thirty years old and slow in a swell.",
        "The Courier: What keeps you at the port?",
        "Ana: I love the harbour at dawn, when the first ships come in.",
    ]
    brief = summarize(_text(intro, qa), title="The pilots of Kelby")
    said = [(q.text, q.speaker) for q in brief.quotes if q.kind == "statement"]
    assert said == [
        ("I started on the dredgers when I was sixteen.", "Ben Lusk"),
        ("I crewed the night ferry for ten years before I trained as a pilot.", "Ana Roe"),
        ("Our boat is thirty years old and slow in a swell.", "Ben Lusk"),
        ("I love the harbour at dawn, when the first ships come in.", "Ana Roe"),
    ]


def test_an_answer_with_no_speaker_to_give_it_is_no_quote() -> None:
    # the headline names nobody, and the answers carry no label: whose words they are, the text
    # does not say in a way the brief could show
    brief = summarize(_text(), title="A new hand at the harbour")
    assert not [q for q in brief.quotes if q.kind == "statement"]
    points = " ".join(p.text for p in brief.key_points)
    assert "dredge" not in points  # still the guest's words, no point of the writer's


def test_a_brief_of_an_interview_through_the_command_line(tmp_path) -> None:  # noqa: ANN001
    source = tmp_path / "interview.md"
    source.write_text(f"# {TITLE}\n\n" + _text() + "\n", encoding="utf-8")
    out = tmp_path / "out"
    result = run_cli("build", str(source), "-f", "md,json", "-o", str(out))
    assert result.returncode == 0, result.stderr
    brief = json.loads((out / "interview.json").read_text(encoding="utf-8"))
    assert [q["speaker"] for q in brief["quotes"] if q["kind"] == "statement"] == ["Ana Roe"] * 3
    md = (out / "interview.md").read_text(encoding="utf-8")
    assert "> “My first job was tying up ferries at night.”" in md
    assert "— Ana Roe" in md
    key_points = md.split("## Key points", 1)[1].split("##", 1)[0] if "## Key points" in md else ""
    assert "My first job" not in key_points
