"""The footer a text ends with (keypoints.footer): its last paragraph, when it gives a way to reach
someone, is clutter; a text of one paragraph, or an address inside the story, is left alone."""

from __future__ import annotations

import pytest

from briefgen.summary.keypoints.ranking import build_units
from briefgen.summary.text.analysis import analyse
from briefgen.trace import recording

STORY = (
    "The council voted to close the Kelby pool on Monday. The mayor said repairs would cost too much.\n\n"
    "Residents plan a protest on Friday, organisers said.\n\n"
)


@pytest.mark.parametrize(
    "footer",
    [
        "Ana Roe covers the council for the Kelby Post. Reach her at ana.roe@example.com.",
        "Ask Ana is written by Ana Roe. Letters go to P.O. Box 120, Kelby, or to www.example.com.",
        "This week's show is sponsored by the Harbour Cup. Tickets: https://example.com/cup",
    ],
)
def test_a_last_paragraph_with_contact_details_is_clutter(footer: str) -> None:
    with recording() as fired:
        units = build_units(analyse(STORY + footer))
    assert fired.get("units.contact_footer")
    last = [u for u in units if u.text.split()[0] in {"Ana", "Ask", "Write", "Reach", "This", "Tickets:"}]
    assert last and all(u.clutter for u in last)
    assert not any(u.clutter for u in units if "pool" in u.text or "protest" in u.text)


@pytest.mark.parametrize(
    "text",
    [
        # one paragraph: all story
        "The council opened a site, www.example.com, for the pool's bookings on Monday. Residents cheered the news at a meeting.",
        # an address inside the story, not in its last paragraph
        STORY.replace("organisers said.", "organisers said at www.example.com.") + "The vote is final, the mayor said.",
    ],
)
def test_an_address_in_the_story_is_no_footer(text: str) -> None:
    with recording() as fired:
        units = build_units(analyse(text))
    assert not fired.get("units.contact_footer")
    assert not any(u.clutter for u in units)
