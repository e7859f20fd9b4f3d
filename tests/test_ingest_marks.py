"""Marks of the page that are no words of the story: a wiki's footnote marks ("[2]" in a saved
page's superscript, "^[2]" in a pasted one) and a lower-case lead-in (a picture's alt text, a
kicker) that a text browser runs into the story's first word. All examples are invented."""

from __future__ import annotations

import json
from pathlib import Path

from briefgen.ingest import ingest_html
from briefgen.ingest.clean import clean_pasted_text
from briefgen.trace import recording

try:
    from .conftest import run_cli
except ImportError:
    from conftest import run_cli  # type: ignore[no-redef]

_STORY = (
    "The Dunmore Charm{mark} (Aquarix) was a spell that drew a jet of clean water from the tip of the "
    "caster's wand. It was taught to sixth-year students in the Charms class at Kelmsby School. "
    "The charm covered 40 m{sq} of ground at most, the Book of Charms says."
)


def test_a_saved_wiki_page_loses_its_footnote_marks_and_keeps_its_superscripts() -> None:
    story = _STORY.format(mark='<sup class="reference"><a href="#cite-2">&#91;2&#93;</a></sup>', sq="<sup>2</sup>")
    html = f"<html><head><title>Dunmore Charm</title></head><body><article><h1>Dunmore Charm</h1><p>{story}</p><p>{story}</p></article></body></html>"
    with recording() as fired:
        text = ingest_html(html, name="page.html").text
    assert fired["html.reference_mark"] > 0
    assert "Dunmore Charm (Aquarix) was" in text and "[2]" not in text
    assert "40 m2 of ground" in text  # a superscript that is no mark stays


def test_a_pasted_wiki_page_loses_its_footnote_marks(tmp_path: Path) -> None:
    story = _STORY.format(mark="^[2]", sq="2")
    page = tmp_path / "charm.txt"
    page.write_text(
        f"Dunmore Charm\n\n{story}\n\n^[1] The charm first appeared in the second book.\n", encoding="utf-8"
    )
    result = run_cli("build", str(page), "-f", "json", "-o", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    brief = json.loads((tmp_path / "out" / "charm.json").read_text(encoding="utf-8"))
    assert "^[" not in brief["text"]
    assert brief["bottom_line"].startswith("The Dunmore Charm (Aquarix) was a spell")
    assert "The charm first appeared in the second book." in brief["text"]


def test_a_lead_in_run_into_the_story_is_no_part_of_it() -> None:
    raw = (
        "Meet the Maker: Ana Roe\n\nBy Jo Lusk\n\nmeet the maker mondayCraft is more than a trade in the work of the "
        "Kelmsby potter Ana Roe, who opened her studio in 2019.\n\nShe sells 400 bowls a year, most of them online."
    )
    with recording() as fired:
        article = clean_pasted_text(raw)
    assert fired["clean.glued_lead_in"] == 1
    assert "Craft is more than a trade" in article.text and "monday" not in article.text
    # a word with a capital inside it, or a line of code, is no lead-in
    for line in ("iPhone sales rose by a tenth, the maker said.", "return someValue + 1"):
        assert line in clean_pasted_text(f"Sales\n\n{line}\n\nThe maker sold 400 phones in May.").text
