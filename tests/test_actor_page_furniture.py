"""Names that only the page's furniture gives ("Follow the Herald on Twitter", "Subscribe to our
YouTube channel", "You can contact us on WhatsApp") are no actors; the same names in the story,
after a newsletter's label, or in a question stay. All examples are invented."""

from __future__ import annotations

from briefgen.summary.actors.extract import extract_actors
from briefgen.summary.text.analysis import analyse
from briefgen.trace import recording

STORY = (
    "Kelmsby council voted on Monday to close the old pier for a year. Mary Okafor, the council's "
    "leader, said the pier was no longer safe for visitors."
)


def _names(text: str) -> tuple[set[str], dict[str, int]]:
    with recording() as fired:
        actors = extract_actors(analyse(text), [])
    return {a.name for a in actors}, dict(fired)


def test_names_only_in_requests_to_the_reader_are_no_actors() -> None:
    text = (
        f"{STORY}\n\nFollow the Kelmsby Courier on Twitter and Instagram.\n\n"
        "Subscribe to the YouTube channel of the Courier for new clips.\n\nYou can contact us on WhatsApp."
    )
    names, fired = _names(text)
    assert fired.get("actors.page_furniture", 0) > 0
    assert not names & {"Kelmsby Courier", "Twitter", "Instagram", "YouTube", "WhatsApp"}, names
    assert "Mary Okafor" in names


def test_the_same_names_in_the_story_stay() -> None:
    text = (
        f"{STORY} Mary Okafor posted photos of the broken railings on Instagram on Sunday.\n\n"
        "Read this: more than 4,000 people walked on the pier in May, said the harbour master Tom Ward.\n\n"
        "How do you find Tom Ward on a busy day?"
    )
    names, fired = _names(text)
    assert not fired.get("actors.page_furniture")
    assert {"Instagram", "Tom Ward"} <= names, names
