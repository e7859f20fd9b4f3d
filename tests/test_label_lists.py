"""Lists of labels (a product's spec sheet): no key point and no actor from their items."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefgen.summary.text.analysis import analyse
from briefgen.summary.text.lists import in_label_list, label_list_items

try:  # tests/ as a package, or as a rootdir on sys.path (pytest's default without __init__.py)
    from .conftest import run_cli
except ImportError:
    from conftest import run_cli  # type: ignore[no-redef]

SPEC = (
    "Quorix Phone 3\n\n"
    "- 6-inch display with a resolution of 1080 pixels\n\n"
    "- Headphones are not compatible with Kelnet or Orvia carriers.\n\n"
    "- Dual rear camera with night mode\n\n"
    "- Up to 20 hours of battery life\n"
)
FACTS = (
    "What we know\n\n"
    "- The council will vote on the plan in May.\n\n"
    "- Fares rose by 4% last year.\n\n"
    "- Two bus routes close in June.\n"
)


def test_a_list_of_labels_is_told_from_a_list_of_sentences() -> None:
    text = "Shops cut the price of the Quorix Phone 3 on Friday.\n\n" + SPEC + "\n" + FACTS
    an = analyse(text)
    items = label_list_items(an)
    assert len(items) == 4  # the spec list's items, the verb of one of them notwithstanding
    assert in_label_list(an, text.index("Headphones"))
    assert not in_label_list(an, text.index("The council will"))  # a list of sentences: the story's
    assert not in_label_list(an, text.index("Shops cut"))


def test_a_short_list_is_read_as_prose() -> None:
    text = "Prices fell.\n\n- 6-inch display\n\n- Dual rear camera\n"
    assert label_list_items(analyse(text)) == ()


def test_no_key_point_nor_actor_comes_from_a_spec_list(tmp_path: Path) -> None:
    story = " ".join(
        [
            "Brandle Stores cut the price of the Quorix Phone 3 to $199 on Friday, its lowest price since launch.",
            "The retailer said the offer would run until Monday or until stock ran out.",
            "Shoppers queued outside several stores before they opened, a spokeswoman for Brandle Stores said.",
            "Analysts expect other retailers to match the price before the holiday weekend.",
        ]
    )
    html = (
        "<html><head><title>Brandle Stores cuts Quorix Phone 3 to $199</title></head><body><article>"
        "<h1>Brandle Stores cuts Quorix Phone 3 to $199</h1>"
        f"<p>{story}</p><h3>Quorix Phone 3</h3><ul>"
        "<li>6-inch display with a resolution of 1080 pixels</li>"
        "<li>These handsets work only on carriers like Kelnet Communications and Orvia Wireless Inc.</li>"
        "<li>Dual rear camera with night mode</li>"
        "<li>Quick access to the assistant by saying “Hey Lumo”</li>"
        "<li>Up to 20 hours of battery life</li>"
        "</ul></article></body></html>"
    )
    page = tmp_path / "deal.html"
    page.write_text(html, encoding="utf-8")
    proc = run_cli("build", str(page), "-f", "json", "-o", str(tmp_path))
    assert proc.returncode == 0, proc.stderr.decode()
    brief = json.loads((tmp_path / "deal.json").read_text(encoding="utf-8"))
    assert "work only on carriers" in brief["text"]  # the page's text keeps the list
    items = ("6-inch display", "work only on", "Dual rear camera", "Quick access", "Up to 20 hours")
    assert not any(item in k["text"] for k in brief["key_points"] for item in items)
    names = {a["name"] for a in brief["actors"]}
    assert "Brandle Stores" in names
    assert not names & {"Kelnet Communications", "Orvia Wireless Inc."}
    assert not any("Hey Lumo" in q["text"] for q in brief["quotes"])  # the seller's words, not a quote


TOUR = (
    "The Harbour Lights will tour Norland next summer, the band said on Monday.\n\n"
    "The tour opens in Kelby on June 9 and ends in Selm on July 20, the band's first run of shows in ten years.\n\n"
    "The tour's dates:\n\n"
)
TOUR_DATES = [
    "June 9 -- Old Harbour Hall, Kelby",
    "June 16 -- Marlow Arena, Dunmere",
    "June 30 -- Riverside Amphitheatre, Ostvik",
    "July 20 -- City Pavilion, Selm",
]


@pytest.mark.parametrize("mark", ["- ", ""])
def test_a_place_named_only_in_a_list_of_labels_is_no_actor(mark: str) -> None:
    from briefgen import summarize

    # a tour's dates under the story: the towns and halls are the list's, not the story's; a town
    # the story names in its own sentences stays. Without marks ("") the list is the short
    # paragraphs under one that ends on a colon, as a saved page's <br> lines come
    text = TOUR + "\n\n".join(mark + row for row in TOUR_DATES) + "\n"
    an = analyse(text)
    assert in_label_list(an, text.index("June 16"))
    assert not in_label_list(an, text.index("The tour opens"))
    names = {a.name for a in summarize(text).actors}
    assert {"Kelby", "Selm"} <= names
    assert not names & {"Dunmere", "Ostvik", "Marlow Arena", "Riverside Amphitheatre"}


def test_sentences_under_a_colon_stay_the_story() -> None:
    # "The council made three promises:" and three sentences: the story's own
    text = (
        "The council made three promises on Monday:\n\n"
        "The ferry will run every hour from May.\n\n"
        "Fares will not rise this year.\n\n"
        "A second berth will open in Kelby.\n"
    )
    an = analyse(text)
    assert not in_label_list(an, text.index("Fares will"))
