"""The core issue's acceptance list on the example article (the README's sample).

These assert what a careful analyst would check, not the exact output, so the
engine can improve without the tests being rewritten.
"""

from __future__ import annotations

import re

import pytest

CLUTTER = re.compile(
    r"Javascript|accessibility|Share Icon|Comment bubble|JOIN THE CONVERSATION|Loading \.\.\.|Close Alert|\| KTXS",
    re.IGNORECASE,
)


def _person(brief, surname: str):
    people = [a for a in brief.actors if a.kind == "person" and a.name.split()[-1] == surname]
    assert people, f"no person {surname} among {[a.name for a in brief.actors]}"
    return people[0]


@pytest.mark.parametrize(
    ("full_name", "role_words"),
    [
        ("Vladimir Putin", ["Russian", "President"]),
        ("Xi Jinping", ["Chinese", "President"]),
        ("Dan Hamilton", ["senior fellow", "Johns Hopkins"]),
        ("John Kirby", ["National Security Council", "spokesperson"]),
    ],
)
def test_people_with_their_roles(example_brief, full_name: str, role_words: list[str]) -> None:
    actor = _person(example_brief, full_name.split()[-1])
    assert actor.name == full_name
    assert actor.role, f"{full_name} has no role"
    for word in role_words:
        assert word in actor.role


def test_the_photographer_is_not_an_actor(example_brief) -> None:
    names = " ".join(a.name + " " + " ".join(a.aliases) for a in example_brief.actors)
    assert "Byrkin" not in names


def _speaker_of(brief, start: str) -> str | None:
    found = [q for q in brief.quotes if q.text.startswith(start)]
    assert found, f"no quote starting {start!r} in {[q.text[:40] for q in brief.quotes]}"
    return found[0].speaker


def test_quotes_verbatim_and_attributed(example_brief) -> None:
    brief = example_brief
    assert len(brief.quotes) >= 4
    for q in brief.quotes:
        assert brief.text[q.span[0] : q.span[1]] == q.text
    # both lost their opening quotation mark on the page
    assert _speaker_of(brief, "Russia is looking to China sort of as a lifeline") == "Dan Hamilton"
    assert _speaker_of(brief, "If China wants to play a constructive role here") == "John Kirby"
    assert _speaker_of(brief, "It's a publicity coup for Putin") == "Dan Hamilton"
    attributed = [q for q in brief.quotes if q.speaker]
    assert len(attributed) >= 4


def test_open_question_about_china_and_reconstruction(example_brief) -> None:
    texts = [q.text for q in example_brief.open_questions]
    assert texts and all(t.endswith("?") for t in texts)
    assert any("China" in t and re.search(r"rebuil|reconstruct|recover", t) for t in texts), texts


def test_no_clutter_in_any_output(example_brief) -> None:
    from briefgen import render

    assert not CLUTTER.search(example_brief.to_json())
    for fmt in ("md", "html"):
        assert not CLUTTER.search(render(example_brief, fmt))


def test_bottom_line_and_key_points(example_brief) -> None:
    assert example_brief.bottom_line.endswith((".", "”", '"'))
    assert 3 <= len(example_brief.key_points) <= 7
    assert example_brief.title == "China and Russia deepen cooperation as war in Ukraine continues"
    assert example_brief.source.outlet == "KTXS"
