"""The writer's note under a story ("Ana Roe is a reporter at the Courier.") is no part of it."""

from __future__ import annotations

import pytest
from test_paste_headlines import HEADLINE, OTHER_STORIES
from test_paste_pages import MENU, RENDERINGS, STORY

from briefgen import summarize
from briefgen.summary import summarize_article
from briefgen.ingest import ingest_html, ingest_text
from briefgen.ingest.author_bio import without_author_bio, without_sign_off

NOTE = "Tamsin Orrell is a senior transport reporter at the Valley Chronicle. She joined in 2019."
OFFERS = [
    "Earn 5X points on ferry tickets through March with the Harbour Card.",
    "Disclaimer: the views in this story are the writer's own.",
]


@pytest.mark.parametrize("render", sorted(RENDERINGS))
def test_the_note_and_the_offers_after_it_go_and_its_name_signs_the_story(render: str) -> None:
    page = [
        ("lines", ["Skip to main content", "Valley Chronicle", "Subscribe", "Sign in"]),
        ("list", MENU),
        ("lines", [HEADLINE, "12 March 2026"]),
        ("paras", [*STORY, NOTE, *OFFERS]),
        ("lines", ["Related stories"]),
        ("list", [title for title, _ in OTHER_STORIES]),
        ("list", ["About us", "Contact us", "Privacy policy", "Terms of use"]),
    ]
    text = RENDERINGS[render](page)
    article = ingest_text(text)
    assert "Orrell" not in article.text and "Harbour Card" not in article.text
    assert article.source.author == "Tamsin Orrell"
    brief = summarize(text)
    assert all("Orrell" not in a.name for a in brief.actors)
    assert all("points" not in p.text for p in brief.key_points)


def test_a_text_given_as_an_article_keeps_every_sentence() -> None:
    text = "\n\n".join([*STORY, NOTE])
    assert "Orrell" in ingest_text(text).text


def test_a_reporter_the_story_names_before_is_no_note() -> None:
    paragraphs = [
        "Tamsin Orrell, a reporter at the Kelby Courier, was detained at the border on Monday.",
        *STORY,
        "Tamsin Orrell is a reporter who has covered the port for a decade.",
    ]
    assert without_author_bio(paragraphs) == (paragraphs, None)


def test_a_note_that_names_no_writers_job_stays() -> None:
    paragraphs = [*STORY, "Ben Lusk is a harbour pilot who has worked the port for thirty years."]
    assert without_author_bio(paragraphs) == (paragraphs, None)


def test_a_byline_read_above_the_story_stays_the_author() -> None:
    text = "\n\n".join(["By Ana Ruiz", *STORY, "Tamsin Orrell is an editor at the Kelby Courier."])
    assert ingest_text(text).source.author == "Ana Ruiz"


@pytest.mark.parametrize("sign_off", ["\u2013 Tamsin Orrell", "Tamsin Orrell, Valley Radio News."])
def test_a_sign_off_under_the_story_is_its_byline_not_a_line_of_it(sign_off: str) -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in [*STORY, sign_off])
    html = (
        f"<html><head><title>{HEADLINE}</title></head><body><article><h1>{HEADLINE}</h1>"
        f"{paragraphs}</article></body></html>"
    )
    article = ingest_html(html)
    assert "Orrell" not in article.text
    assert article.source.author == "Tamsin Orrell"
    assert all("Orrell" not in a.name for a in summarize_article(article).actors)


def test_a_last_line_that_names_someone_in_the_story_is_no_sign_off() -> None:
    assert without_sign_off(["The mayor thanked the crew.", "Tom Ward, the crew's skipper, said he was proud."]) == (
        ["The mayor thanked the crew.", "Tom Ward, the crew's skipper, said he was proud."],
        None,
    )
