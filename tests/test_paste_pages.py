"""Whole pages pasted from a browser: the article, and only the article, with its headline and metadata.

Every page here is invented. Each test builds a page the way sites lay them out
(menus, a headline with byline and date, the story, photo captions, a share bar,
related stories, a newsletter pitch, readers' comments, a footer) and renders it
the two ways text browsers and "select all, copy" give it: w3m-like (bullets
"•" and boxes) and lynx-like (every line indented, "*" and "+" bullets). The
cleaner must keep the story's paragraphs and drop each class of clutter in both.
"""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given, settings, strategies as st

from briefgen.ingest import ingest_text
from briefgen.ingest.boilerplate import looks_like_page, page_lines
from briefgen.ingest.header import copyright_outlet
from briefgen.ingest.page_lines import rejoin_wrapped
from briefgen.trace import recording

from conftest import run_cli

MENU = [
    "Home",
    "News",
    "World",
    "Business",
    "Markets",
    "Technology",
    "Science",
    "Health",
    "Sport",
    "Culture",
    "Opinion",
    "Weather",
    "Video",
    "Podcasts",
    "Newsletters",
    "Obituaries",
]
HEADLINE = "Harbourton council approves flood wall after decade of delays"
STORY = [
    "HARBOURTON — The town council on Tuesday approved a four-kilometre flood wall along the lower river, "
    "ending a dispute that has stalled the project for more than ten years.",
    "The wall will cost 48 million pounds and take three years to build, according to the council's engineers, "
    "who said the first section would protect about 2,000 homes in the old harbour district.",
    "\u201cWe cannot keep asking families to rebuild every other winter,\u201d said Mayor Ines Valdo, who has "
    "campaigned for the wall since she was first elected.",
    "Opponents on the council argued that the money would be better spent on moving homes away from the river, "
    "and two members voted against the plan after a debate that lasted most of the evening.",
    "Residents of the lower town have been flooded three times since 2019, and insurers have started to refuse "
    "new policies in the streets closest to the water.",
    "The regional water authority, which will pay a third of the cost, said it expected work to begin in the "
    "spring once the last land purchases are completed.",
    "Councillor Tomas Brenn, who voted against the plan, said the town would still need a long-term answer "
    "for the homes that the wall does not reach.",
]
CAPTION = "Workers inspect the old river wall in Harbourton on Monday. (Image: Lena Ortiz/Valley Press Agency)"
RELATED = [
    "Bridge repairs to close the ring road for six weeks",
    "Harbour festival returns with a record line-up",
    "School meals contract goes to a local bakery",
    "Rail operator promises more trains on weekends",
    "New cycle lanes split opinion on the high street",
    "Library extends its opening hours for students",
]
PITCH = (
    "If you value our local reporting, please consider supporting us: subscribe today and you get every "
    "story, our newsletters and our app, with no ads. Sign up in a minute and cancel at any time."
)
COMMENTS = [
    "14 Comments",
    "riverwatcher says:",
    "About time. My street flooded twice and nobody listened to us.",
    "jk_harbour says:",
    "Another waste of money, the wall will be too low by the time they finish it.",
]
FOOTER = [
    "About us",
    "Contact us",
    "Privacy policy",
    "Terms of use",
    "Advertise with us",
    "\u00a9 2026 Valley Chronicle Media Ltd. All rights reserved.",
]


def _w3m(blocks: list[tuple[str, list[str]]]) -> str:
    out = []
    for kind, lines in blocks:
        if kind == "list":
            out.extend(f"  \u2022 {line}" for line in lines)
        elif kind == "lines":
            out.extend(lines)
        else:
            out.extend(f"{line}\n" for line in lines)
        out.append("")
    return "\n".join(out)


def _lynx(blocks: list[tuple[str, list[str]]]) -> str:
    out = []
    for kind, lines in blocks:
        if kind == "list":
            out.extend(f"     * {line}" for line in lines)
        elif kind == "lines":
            out.extend(f"   {line}" for line in lines)
        else:
            out.extend(f"   {line}\n" for line in lines)
        out.append("")
    return "\n".join(out)


def _page(with_comments: bool = True) -> list[tuple[str, list[str]]]:
    blocks = [
        ("lines", ["Skip to main content", "Valley Chronicle", "Subscribe", "Sign in"]),
        ("list", MENU),
        ("lines", ["Local News", HEADLINE, "By Ana Ruiz", "Published 12 March 2026"]),
        ("lines", ["Share on Facebook", "Share on X", "Email this story"]),
        ("paras", [CAPTION]),
        ("paras", STORY[:4]),
        ("lines", ["Advertisement"]),
        ("paras", STORY[4:]),
        ("lines", ["Related stories"]),
        ("list", RELATED),
        ("paras", [PITCH]),
    ]
    if with_comments:
        blocks.append(("lines", COMMENTS))
    blocks += [("list", FOOTER[:-1]), ("lines", FOOTER[-1:])]
    return blocks


RENDERINGS = {"w3m": _w3m, "lynx": _lynx}


@pytest.fixture(params=sorted(RENDERINGS))
def pasted(request: pytest.FixtureRequest) -> str:
    return RENDERINGS[request.param](_page())


def test_the_article_is_kept_whole(pasted: str) -> None:
    article = ingest_text(pasted)
    for paragraph in STORY:
        assert paragraph in article.text


@pytest.mark.parametrize(
    "clutter",
    [
        *MENU[1:],
        *RELATED,
        PITCH,
        *COMMENTS,
        *FOOTER,
        CAPTION,
        "Skip to main content",
        "Share on Facebook",
        "Advertisement",
        "Related stories",
    ],
)
def test_each_class_of_clutter_goes(clutter: str) -> None:
    for render in RENDERINGS.values():
        text = ingest_text(render(_page())).text
        assert clutter not in text.split("\n\n"), clutter


def test_headline_byline_date_and_outlet_are_recovered(pasted: str) -> None:
    article = ingest_text(pasted)
    assert article.title == HEADLINE
    assert article.text.startswith(HEADLINE + "\n\n")  # the headline leads the text, as in an HTML page's brief
    assert article.source.author == "Ana Ruiz"
    assert article.source.published == "2026-03-12"  # the date line, in words, as ISO 8601
    assert article.source.outlet == "Valley Chronicle"


def test_both_renderings_give_the_same_article() -> None:
    a, b = (ingest_text(render(_page())) for render in RENDERINGS.values())
    assert a.text == b.text and a.title == b.title and a.source == b.source


def test_comments_after_the_story_go_even_when_they_read_like_prose() -> None:
    text = ingest_text(_w3m(_page())).text
    assert "My street flooded twice" not in text and "too low by the time" not in text


@pytest.mark.parametrize(
    "header",
    [
        "14 Comments",
        f"11 responses to “{HEADLINE}”",
        f"One thought on “{HEADLINE}”",
        f"25 thoughts on {HEADLINE}",
    ],
)
def test_a_blog_s_comment_header_opens_the_readers_section(header: str) -> None:
    from briefgen.ingest.page_words import COMMENT_SECTION

    assert COMMENT_SECTION.match(header)
    page = [(kind, [header, *lines[1:]] if lines == COMMENTS else lines) for kind, lines in _page()]
    text = ingest_text(_w3m(page)).text
    assert "responses to" not in text and "thought on" not in text and "My street flooded twice" not in text


@pytest.mark.parametrize(
    "line",
    [
        "One response to the flood was a new wall along the river, paid for by the council.",
        "No comments on the plan were made at Tuesday's meeting.",
    ],
)
def test_a_sentence_opening_like_a_comment_header_is_no_header(line: str) -> None:
    from briefgen.ingest.page_words import COMMENT_SECTION

    assert not COMMENT_SECTION.match(line)


def test_a_clean_article_loses_nothing() -> None:
    clean = HEADLINE + "\n\n" + "\n\n".join(STORY)
    lines = page_lines(clean)
    assert not looks_like_page(lines)
    article = ingest_text(clean)
    assert article.text == clean


def test_a_short_list_inside_an_article_is_no_page_furniture() -> None:
    listing = [
        "Key facts:",
        "\u2022 Length: four kilometres",
        "\u2022 Cost: 48 million pounds",
        "\u2022 Homes protected: about 2,000",
    ]
    clean = "\n\n".join([HEADLINE, STORY[0], *listing, *STORY[1:]])
    article = ingest_text(clean)
    for line in listing[1:]:
        assert line.lstrip("\u2022 ") in article.text


# ------------------------------------------------------------------ hard-wrapped paste


def _wrap(text: str, width: int) -> str:
    import textwrap

    return "\n\n".join(textwrap.fill(p, width) for p in text.split("\n\n"))


def test_hard_wrapped_paragraphs_are_rejoined() -> None:
    """A mail client's or a terminal's paste, wrapped at 72 columns (the dev pages, rendered by text
    browsers 10,000 columns wide, never are: this is what ``page_lines.hard_wrapped`` is for)."""
    body = "\n\n".join(STORY)
    wrapped = _wrap(body, 72)
    with recording() as rules:
        assert rejoin_wrapped(wrapped) == body
    assert rules["page_lines.hard_wrapped"] == 1
    assert rules["page_lines.cut_at_column"] == 0  # wrapped at word boundaries, not cut


def test_a_paste_cut_at_a_fixed_column_is_rejoined_without_splitting_words() -> None:
    paragraph = " ".join(STORY[:3])
    cut = "\n".join(paragraph[i : i + 60] for i in range(0, len(paragraph), 60))
    with recording() as rules:
        assert rejoin_wrapped(cut) == paragraph
    assert rules["page_lines.cut_at_column"] >= 1


def test_a_wrapped_page_gives_whole_sentences_to_the_brief() -> None:
    wrapped = _wrap("\n\n".join([HEADLINE, *STORY]), 70)
    article = ingest_text(wrapped)
    assert STORY[1] in article.text  # one paragraph again, not six lines
    assert not any(p[0].islower() for p in article.text.split("\n\n"))


def test_lists_and_short_lines_are_not_joined() -> None:
    raw = "\n".join(["Home", "News", "Sport", "Weather"] * 3)
    assert rejoin_wrapped(raw) == raw


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from([*STORY, *(s[:n] for s in STORY for n in (30, 61, 72)), "", "- a list item"]), max_size=30
    ),
    st.sampled_from([50, 60, 72]),
    st.booleans(),
)
def test_rejoining_keeps_every_character_of_the_text_in_order(parts: list[str], width: int, extracted: bool) -> None:
    """Rejoining only takes out line breaks (and the spaces around them): nothing is lost or moved."""
    raw = "\n".join(_wrap(part, width) for part in parts)  # wrapped paragraphs, one after another
    assert "".join(rejoin_wrapped(raw, extracted).split()) == "".join(raw.split())


# ------------------------------------------------------------------ pieces


@pytest.mark.parametrize(
    "line, outlet",
    [
        ("\u00a9 2026 Valley Chronicle Media Ltd. All rights reserved.", "Valley Chronicle"),
        ("Copyright 2025 The Example Post Company", "The Example Post"),
        ("(c) Northfield Gazette 2024", "Northfield Gazette"),
    ],
)
def test_copyright_line_names_the_outlet_the_page_shows(line: str, outlet: str) -> None:
    page = f"{outlet}\nHome\nNews\n\nSome story text here.\n\n" + line + "\n"
    assert copyright_outlet(page) == outlet


@pytest.mark.parametrize(
    "line",
    [
        "\u00a9 2026 Northwind Holdings Group LLC. All rights reserved.",  # a parent company the page never names
        "\u00a9 2026 Northwind News Corp. All rights reserved.",  # a press word alone, once the legal form goes
        "Image \u00a9 Getty Images",  # a photo's credit
    ],
)
def test_a_copyright_holder_that_is_no_outlet_is_not_taken(line: str) -> None:
    page = "Daily Example\nHome\nNews\n\nSome story text here.\n\n" + line + "\n"
    assert copyright_outlet(page) is None


def test_an_outlet_the_page_names_twice_above_its_footer_is_the_copyright_holder() -> None:
    # the top shows only a logo's picture; the page asks twice for support under its own name
    body = "\n".join(f"Paragraph {i} of the story about the harbour." for i in range(8))
    page = (
        "[logo]\nHome\nNews\n\n"
        + body
        + "\n\nSupport Coast Weekender\nA Coast Weekender panel on Monday\n\n"
        + "\n".join(["More news"] * 12)
        + "\n\u00a9 Copyright 2024, Coast Weekender\n"
    )
    assert copyright_outlet(page) == "Coast Weekender"
    # named once, or only in the footer's links (a parent company's), it is not taken (a name that
    # is no paper's title: see test_a_holder_named_by_its_address_or_its_letters_is_the_outlet)
    assert copyright_outlet(page.replace("A Coast Weekender panel", "A panel")) is None


@pytest.mark.parametrize(
    "top, line, outlet",
    [
        # a holder named by its web address is the site itself, whatever the top shows
        ("[logo]", "\u00a9 2026 Harbourpost.com, Inc. All Rights Reserved.", "Harbourpost.com"),
        # the top names it without its space ("Harbourpost Logo" for "Harbour Post")
        ("Harbourpost Logo", "\u00a9 2026 Harbour Post. All rights reserved.", "Harbour Post"),
        # a holder whose name is a paper's title is the paper, though the page names it nowhere else
        ("[logo]", "\u00a9 2026 The Kelby Evening Times Company", "The Kelby Evening Times"),
    ],
)
def test_a_holder_named_by_its_address_or_its_letters_is_the_outlet(top: str, line: str, outlet: str) -> None:
    page = f"{top}\nHome\nNews\n\nSome story text here.\n\n" + line + "\n"
    assert copyright_outlet(page) == outlet
    assert copyright_outlet(page.replace(line, "\u00a9 2026 Northwind Holdings. All rights reserved.")) is None


@pytest.mark.parametrize(
    "top, line, outlet",
    [
        # a mark between the year and the holder
        ("Kelby Ledger", "\u00a9 2026 - The Kelby Ledger. All Rights Reserved.", "The Kelby Ledger"),
        ("Kelby Ledger", "Copyright \u00a9 2026 \u00b7 The Kelby Ledger", "The Kelby Ledger"),
        # the holder before the mark
        ("Harbour Courier", "Harbour Courier, 2026 \u00a9 All Rights Reserved", "Harbour Courier"),
        ("Harbour Courier", "Harbour Courier\u00ae \u00a9 2013-2026, background by Ana Roe", "Harbour Courier"),
        # a legal form in capitals, and a parent company named after the holder
        ("Harbour Courier", "Harbour Courier LTD. All rights reserved.", "Harbour Courier"),
        (
            "Harbour Courier",
            "\u00a9 2026 Harbour Courier a Tarvel Media Company. All rights reserved.",
            "Harbour Courier",
        ),
        (
            "Harbour Courier",
            "\u00a9 2026 Harbour Courier, part of Tarvel Media. All rights reserved.",
            "Harbour Courier",
        ),
        # an abbreviation's full stop is no end of the name
        ("St. Elsby Courier", "\u00a9 Copyright 2026 - St. Elsby Courier. A Tarvel production.", "St. Elsby Courier"),
    ],
)
def test_the_shapes_of_a_copyright_notice_name_the_holder(top: str, line: str, outlet: str) -> None:
    page = f"{top}\nHome\nNews\n\nSome story text here.\n\n" + line + "\n"
    assert copyright_outlet(page) == outlet


def test_a_holder_the_page_prints_on_a_line_of_its_own_is_the_outlet_when_nothing_else_names_one() -> None:
    # the top shows a logo's picture only; the footer prints the site's name as a heading
    body = "\n".join(f"Paragraph {i} of the story about the harbour." for i in range(8))
    page = (
        "[logo]\nHome\nNews\n\n"
        + body
        + "\n\n"
        + "\n".join(["More news"] * 8)
        + "\n\nHarbour Lantern - news of the Kelby coast\n\u00a9 2026 Harbour Lantern. All Rights Reserved.\n"
    )
    assert copyright_outlet(page) is None  # not by the strict reading, which the banner outranks
    assert copyright_outlet(page, loose=True) == "Harbour Lantern"
    # a parent company a footer prints as a link's heading is taken only by the loose reading,
    # after the banner and the site's own furniture (see header.read_header); a picture's credit
    # (no year, no rights, no legal form) never is
    credit = page.replace("\u00a9 2026 Harbour Lantern. All Rights Reserved.", "\u00a9 Harbour Lantern")
    assert copyright_outlet(credit, loose=True) is None


def test_a_paste_signed_by_its_site_shows_the_site_once() -> None:
    """ "Written by Valley Chronicle": the byline is the outlet, which the source line names."""
    blocks = _page()
    blocks[2] = ("lines", ["Local News", HEADLINE, "Written by Valley Chronicle", "Published 12 March 2026"])
    source = ingest_text(_w3m(blocks)).source
    assert source.outlet == "Valley Chronicle"
    assert source.author is None


def test_the_footers_copy_in_the_top_menu_does_not_name_the_outlet() -> None:
    # the holder's name only in copyright lines, one of them among the top's menu links
    line = "\u00a9 2026 NWX Holdings, LLC. All rights reserved"
    page = f"Daily Example\nHome\nNews\n{line}\n\nSome story text here.\n\n" + "\n" * 6 + line + "\n"
    assert copyright_outlet(page) is None
    # nor is a name found inside another word of the top ("NWX" in "nwxtra")
    page = "Daily Example nwxtra\nHome\nNews\n\nSome story text here.\n\n" + line + "\n"
    assert copyright_outlet(page) is None


def test_a_caption_above_its_credit_line_goes_with_it() -> None:
    blocks = _page()
    blocks.insert(6, ("lines", ["Volunteers fill sandbags near the harbour on Sunday.", "Photo credit: Jo Park"]))
    for render in RENDERINGS.values():
        text = ingest_text(render(blocks)).text
        assert "fill sandbags" not in text and "Jo Park" not in text
        assert STORY[3] in text and STORY[4] in text


@pytest.mark.parametrize(
    "credit",
    [
        "Credit...Jo Park/The Daily Example",
        " Getty Images",
        " Credit: Photo: PA",
        " (Photo Credit : Agency File Photo )",
    ],
)
def test_a_caption_printed_twice_the_second_time_signed_goes_both_times(credit: str) -> None:
    caption = "Ferry crews queue for their pay outside the harbour office."
    blocks = _page()
    blocks.insert(6, ("lines", [caption]))
    blocks.insert(7, ("lines", [caption + credit]))
    for render in RENDERINGS.values():
        text = ingest_text(render(blocks)).text
        assert "queue for their pay" not in text and "Jo Park" not in text
        assert STORY[3] in text and STORY[4] in text


def test_a_gallery_of_captions_signed_by_agencies_goes_but_a_lone_wire_byline_stays() -> None:
    gallery = [
        ("lines", ["Volunteers fill sandbags near the harbour on Sunday as the tide rises.", "AFP via Getty Images"]),
        ("lines", ["Students Ana Lusk and Jo Tam cycle to school in Kelmsby on the first day back.", "Reuters"]),
        ("lines", ["A ferry waits at the quay in Tarn while the storm passes over the bay.", "PA"]),
    ]
    blocks = _page()
    for n, block in enumerate(gallery):
        blocks.insert(6 + n, block)
    for render in RENDERINGS.values():
        text = ingest_text(render(blocks)).text
        assert "sandbags" not in text and "cycle to school" not in text and "ferry waits" not in text
        assert "Getty" not in text and STORY[3] in text and STORY[4] in text
    # one bare "Reuters" line, with no gallery, is no photo's credit: the line above it stays
    lone = _page()
    lone.insert(6, ("lines", ["Harbour wall to be raised by a metre, council says", "Reuters"]))
    assert "Harbour wall to be raised" in ingest_text(RENDERINGS["w3m"](lone)).text


def test_a_picture_name_glued_to_a_paragraph_goes_and_the_paragraph_stays() -> None:
    """w3m writes an inline picture as its bracketed name with no break after it."""
    blocks = _page()
    blocks[5] = ("paras", ["[harbour-wall-770x400]" + STORY[0], *STORY[1:4]])
    for render in RENDERINGS.values():
        text = ingest_text(render(blocks)).text
        assert "770x400" not in text and STORY[0] in text


def test_the_banner_names_the_outlet_when_the_pages_addresses_spell_it() -> None:
    """No copyright line names the site; its banner does, and its links spell the same letters."""
    blocks = [b for b in _page() if "\u00a9" not in " ".join(b[1])]
    blocks.insert(0, ("lines", ["Harbour Ledger"]))
    blocks.append(("lines", ["Tips: newsdesk@harbourledger.com", "Follow us: twitter.com/harbourledger"]))
    for render in RENDERINGS.values():
        assert ingest_text(render(blocks)).source.outlet == "Harbour Ledger"
    # a share button's platform is no banner, and a banner the addresses do not spell names nothing
    shared = [("lines", ["Twitter"]), *blocks[1:-1], ("lines", ["Share: https://twitter.com/intent/tweet"])]
    assert ingest_text(_w3m(shared)).source.outlet is None
    other = [("lines", ["Coast Courier"]), *blocks[1:]]
    assert ingest_text(_w3m(other)).source.outlet is None


def test_a_banner_whose_first_words_the_address_writes_as_initials_names_the_outlet() -> None:
    """ "North Kelby Post" over links to nkpost.com: a paper's host name cuts its first words to
    their initials, as "New York Post" is nypost.com; a name of two words is not read so ("kp")."""
    blocks = [b for b in _page() if "\u00a9" not in " ".join(b[1])]
    blocks.insert(0, ("lines", ["North Kelby Post"]))
    blocks.append(("lines", ["Tips: newsdesk@nkpost.com", "Follow us: twitter.com/nkpost"]))
    for render in RENDERINGS.values():
        assert ingest_text(render(blocks)).source.outlet == "North Kelby Post"
    short = [("lines", ["Kelby Post"]), *blocks[1:-1], ("lines", ["Tips: desk@kp.com"])]
    assert ingest_text(_w3m(short)).source.outlet is None


@pytest.mark.parametrize(
    ("bar", "published"),
    [
        ("Valley Chronicle May 4, 2026, 7:57 AM", "2026-05-04"),
        # a comment's stamp ("<name> <date> at <time>") above a headline is no date of the story
        ("riverwatcher May 4, 2026 at 10:25 pm", None),
    ],
)
def test_a_dated_line_over_the_headline_dates_a_story_that_shows_no_other(bar: str, published: str | None) -> None:
    blocks = _page()
    blocks[2] = ("lines", ["Local News", bar, HEADLINE, "By Ana Ruiz"])
    assert ingest_text(_w3m(blocks)).source.published == published


def test_a_line_break_inside_a_sentence_is_no_paragraph_break() -> None:
    """A page's <br> inside a paragraph: the sentence stays whole, so its quote is one quote."""
    broken = [
        "The harbour master said the old wall was “the reason why the whole plan [to move the port] ",
        "fell apart at the first winter storm,” and that the council knew it.",
    ]
    blocks = _page()
    blocks.insert(6, ("lines", broken))
    text = ingest_text(_w3m(blocks)).text
    assert "[to move the port] fell apart" in text
    # lines of a program keep their breaks
    code = ["result = compute(harbour_levels, tide_table, storm_surge) # the model", "plot(result)"]
    blocks[6] = ("lines", code)
    assert "storm_surge) # the model plot(result)" not in ingest_text(_w3m(blocks)).text


def test_a_copyright_notice_whose_mark_is_a_picture_names_the_outlet() -> None:
    page = _w3m(_page()).replace(
        "\u00a9 2026 Valley Chronicle Media Ltd. All rights reserved.", "2026 Valley Chronicle, All Rights Reserved."
    )
    assert "2026 Valley Chronicle, All Rights Reserved." in page
    assert ingest_text(page).source.outlet == "Valley Chronicle"


def test_a_credit_of_the_pages_data_is_no_copyright_of_the_site() -> None:
    """ "Sports data © STATS" under the site's own notice credits the tables' supplier."""
    blocks = _page()
    blocks[0] = ("lines", ["Skip to main content", "Valley Chronicle", "Tides", "Subscribe", "Sign in"])
    blocks.append(("lines", ["Tide data \u00a9 Tides 2026"]))
    assert ingest_text(_w3m(blocks)).source.outlet == "Valley Chronicle"


def test_a_box_of_other_headlines_inside_the_story_goes_whole() -> None:
    """The model keeps some of a box's headlines and drops others: the box goes; a list of the
    story's own short items, kept or dropped in part, stays as the model says."""
    from briefgen.ingest.boilerplate import _related_lists, page_lines

    box = [
        "Ferry operator fined after crew worked double shifts on the night route",
        "Kelmsby schools to stay shut until the storm damage is cleared, council says",
        "Lottery ticket holder in Tarn wins the biggest jackpot of the year",
    ]
    lines = page_lines(_w3m([("paras", STORY[:2]), ("list", box), ("paras", STORY[2:4])]))
    items = [ln.index for ln in lines if ln.bullet]
    keep = [True] * len(lines)
    keep[items[1]] = False  # the model dropped one headline of three
    assert sorted(_related_lists(lines, keep, 0, len(lines))) == [items[0], items[2]]
    facts = ["Wall length 4 km", "Cost 48 million pounds", "Homes protected 2,000"]
    lines = page_lines(_w3m([("paras", STORY[:2]), ("list", facts), ("paras", STORY[2:4])]))
    keep = [True] * len(lines)
    keep[[ln.index for ln in lines if ln.bullet][1]] = False
    assert _related_lists(lines, keep, 0, len(lines)) == []


def test_a_sentence_end_alone_on_the_next_line_stays_with_its_sentence() -> None:
    """A page's break before a sentence's last word: the short line is the end of the quote."""
    broken = [
        "The harbour master wrote that the plan would fail if the council treated the pier as a "
        "“cheap fix for a problem that is older than any of us, and far more",
        "expensive.”",
    ]
    blocks = _page()
    blocks[8:8] = [("lines", broken), ("lines", ["[pier-in-a-storm-1366x768]"])]  # the story's end, a picture
    for render in RENDERINGS.values():
        assert "older than any of us, and far more expensive.”" in ingest_text(render(blocks)).text


def test_cli_builds_a_brief_from_a_pasted_page(tmp_path) -> None:
    page = tmp_path / "flood-wall.txt"
    page.write_text(_lynx(_page()), encoding="utf-8")
    result = run_cli("build", str(page), "-f", "json", "-o", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr.decode()
    brief = json.loads((tmp_path / "out" / "flood-wall.json").read_text(encoding="utf-8"))
    assert brief["title"] == HEADLINE
    assert brief["source"]["author"] == "Ana Ruiz"
    names = {a["name"] for a in brief["actors"]}
    assert "Ines Valdo" in names
    assert not names & {"Culture", "Podcasts", "Obituaries"}  # menu words are no actors
    assert all(not re.search(r"says:|Comments|newsletter", q["text"]) for q in brief["quotes"])
    assert any(q["speaker"] == "Ines Valdo" for q in brief["quotes"])


def test_a_link_list_the_model_keeps_at_the_edge_of_the_story_goes(monkeypatch: pytest.MonkeyPatch) -> None:
    """A list item without a sentence end at either edge of the article's stretch is the page's
    (a pitch's list of benefits under the story, a "Read more" list above it), even when the model
    rates it article; the lines inside the stretch stay."""
    from briefgen.ingest import boilerplate

    raw = "\n\n".join(["  \u2022 Read more: Harbour festival returns", *STORY[:3], "Join now to get:"])
    raw += "\n  \u2022 Unlimited access to local reporting\n  \u2022 Weekly newsletters from our editors\n"
    lines = page_lines(raw)
    assert [ln.bullet for ln in lines] == [True, False, False, False, False, True, True]
    monkeypatch.setattr(boilerplate, "line_probabilities", lambda _: [0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.2])
    with recording() as rules:
        keep = boilerplate.article_lines(lines)
    assert keep == [False, True, True, True, True, False, False]
    assert rules["boilerplate.link_list_edge"] == 1


def test_a_lede_the_model_was_unsure_of_right_above_the_story_stays(monkeypatch: pytest.MonkeyPatch) -> None:
    """The story's first sentence under its byline and date, which the model rated just under its
    threshold, stays with the story; a date line there does not, nor a lede the model rated low."""
    from briefgen.ingest import boilerplate

    lede = "The harbour board has removed the old ferry pier from its list of landings for the winter months ahead."
    raw = "\n\n".join(["By Ana Ruiz", "PUBLISHED: May 4, 2026 at 4:30 p.m. | UPDATED: May 5", lede, *STORY[:3]])
    lines = page_lines(raw)
    monkeypatch.setattr(boilerplate, "line_probabilities", lambda _: [0.05, 0.35, 0.38, 0.9, 0.9, 0.9])
    with recording() as rules:
        keep = boilerplate.article_lines(lines)
    assert keep == [False, False, True, True, True, True]
    assert rules["boilerplate.lede_before_stretch"] == 1
    monkeypatch.setattr(boilerplate, "line_probabilities", lambda _: [0.05, 0.35, 0.1, 0.9, 0.9, 0.9])
    assert boilerplate.article_lines(lines) == [False, False, False, True, True, True]


TABLE = [
    "Section        Length     Cost          Status",
    "Lower river    1.5 km     18m pounds    Approved.",
    "Old harbour    2.5 km     30m pounds    Land still to buy.",
]


@pytest.mark.parametrize("render", sorted(RENDERINGS))
def test_a_tables_rows_are_kept_as_rows_and_never_make_a_point(render: str, tmp_path) -> None:
    blocks = _page()
    at = next(i for i, (kind, lines) in enumerate(blocks) if kind == "paras" and lines == STORY[:4])
    blocks.insert(at + 1, ("lines", TABLE))
    article = ingest_text(RENDERINGS[render](blocks))
    assert "| Lower river | 1.5 km | 18m pounds | Approved. |" in article.text
    assert STORY[1] in article.text  # prose with single spaces is no row
    page = tmp_path / "wall.txt"
    page.write_text(RENDERINGS[render](blocks), encoding="utf-8")
    with recording() as fired:
        result = run_cli("build", str(page), "-f", "json", "-k", "7", "-o", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr.decode()
    brief = json.loads((tmp_path / "out" / "wall.json").read_text(encoding="utf-8"))
    assert fired["keypoints.table_row"] > 0 and len(brief["key_points"]) == 7
    assert "|" not in brief["bottom_line"] and not any("|" in p["text"] for p in brief["key_points"])


#: Another page's text pasted on below the site's footer (a hidden panel, the next page of a
#: gallery): prose, and longer than the story, so the best stretch alone would run on into it.
APPENDED = [
    "The lighthouse keepers' cottages at Selm Point were built in 1841 to house three families, "
    "and their walls of local granite still stand on the headland above the old quay today.",
    "In the years that followed the keepers kept a log of every ship that passed the point, and the "
    "volumes, now held by the county archive, record storms, wrecks and the arrival of steam.",
    "The last keeper left the cottages in 1964, when the light was automated, and the buildings were "
    "let to holiday visitors by a trust that restored their roofs and chimneys in the 1990s.",
    "Walkers who reach the headland can still see the keepers' vegetable plots, marked out by low "
    "stone walls, and the iron rings where the supply boat was tied up once a fortnight.",
]


@pytest.mark.parametrize("render", sorted(RENDERINGS))
def test_text_below_the_sites_copyright_notice_is_no_part_of_the_story(render: str) -> None:
    blocks = _page(with_comments=False) + [("paras", APPENDED)]
    with recording() as rules:
        article = ingest_text(RENDERINGS[render](blocks))
    assert STORY[-1] in article.text and STORY[0] in article.text
    assert not any(p[:40] in article.text for p in APPENDED)
    assert rules["boilerplate.copyright_cut"] == 1


def test_a_copyright_notice_above_the_story_cuts_nothing() -> None:
    """The notice ends the story only after some of it: a site that prints its notice in the page's
    top bar keeps the story below."""
    blocks = _page(with_comments=False)
    blocks.insert(1, ("lines", [FOOTER[-1]]))
    with recording() as rules:
        article = ingest_text(_w3m(blocks))
    assert all(p in article.text for p in STORY)
    assert "boilerplate.copyright_cut" not in rules


def _in_story(text: str) -> bool:
    return any(text[:50] == line[:50] for line in STORY)


def _gallery(items: int) -> list[str]:
    places = ["the old harbour", "the ring road", "the lower town", "the river mouth", "the high street"]
    out = ["Valley news in pictures", f"Show all {items}"]
    for n in range(items):
        out += [
            "Valley news in pictures",
            f"{1 + n % 28} February 2026",
            f"Volunteers clear fallen branches near {places[n % len(places)]} after a night of strong winds",
            "Valley Press Agency",
        ]
    return out


def test_a_photo_gallery_set_into_the_story_cuts_off_neither_part(monkeypatch: pytest.MonkeyPatch) -> None:
    """A gallery of other news, its label over every picture, between two parts of the story: its
    captions outweigh the story's first part, which was cut off with the headline above it; the
    gallery weighs nothing now, so the story is both parts (its lines still go)."""
    from briefgen.ingest import boilerplate

    raw = "\n\n".join([*STORY[:2], *_gallery(12), *STORY[2:]])
    lines = page_lines(raw)
    probabilities = [0.9 if _in_story(ln.text) else 0.02 for ln in lines]
    assert probabilities[:2] == [0.9, 0.9] and probabilities[-1] == 0.9
    monkeypatch.setattr(boilerplate, "line_probabilities", lambda _: probabilities)
    with recording() as rules:
        keep = boilerplate.article_lines(lines)
    assert rules["boilerplate.gallery_in_story"] == 1
    assert keep == [p > 0.5 for p in probabilities]


def test_a_run_of_repeated_lines_after_the_story_is_no_gallery_in_it(monkeypatch: pytest.MonkeyPatch) -> None:
    # the same lines, with only a short line of kept text after them: no story goes on below
    from briefgen.ingest import boilerplate

    raw = "\n\n".join([*STORY, *_gallery(12), "Read more"])
    lines = page_lines(raw)
    probabilities = [0.9 if _in_story(ln.text) or ln.text == "Read more" else 0.02 for ln in lines]
    monkeypatch.setattr(boilerplate, "line_probabilities", lambda _: probabilities)
    with recording() as rules:
        keep = boilerplate.article_lines(lines)
    assert rules["boilerplate.gallery_in_story"] == 0
    assert keep == [_in_story(ln.text) for ln in lines]


BIO = "Ana Ruiz is a harbour reporter who has covered the council, the ferries and the fishing fleet since 2015."


@pytest.mark.parametrize("render", sorted(RENDERINGS))
def test_an_author_box_s_bio_above_the_story_is_no_part_of_it(render: str) -> None:
    """The writer's box under the headline: her name, a link, her bio. The bio is no lede."""
    page = _page()
    at = page.index(("lines", ["Local News", HEADLINE, "By Ana Ruiz", "Published 12 March 2026"]))
    page[at + 1 : at + 1] = [("lines", ["Ana Ruiz", "Full Bio"]), ("paras", [BIO])]
    with recording() as rules:
        article = ingest_text(RENDERINGS[render](page))
    assert rules["clutter.author_bio"] == 1
    assert "harbour reporter" not in article.text
    assert STORY[0] in article.text


@pytest.mark.parametrize(
    "above, line, dropped",
    [
        (["By Ana Ruiz", "Full Bio"], BIO, True),
        (["Fact checked by Jonas Marlow"], "Jonas has worked as an editor of the Valley Chronicle since 2009.", True),
        (["Ana Ruiz"], "Ana joined the Valley Chronicle in 2019 and writes about the harbour and its ferries.", True),
        # the story's own people: not the writer's name, or the name far above a paragraph of the story
        (["By Ana Ruiz"], "Ben Lusk is a fisherman who has worked the harbour for forty years and more.", False),
        (["By Ana Ruiz", STORY[0]], BIO, False),
        # no bio's words after the name, or no given name in the writer's line
        (["By Ana Ruiz"], "Ana Ruiz said the council had not answered her questions about the wall.", False),
        (["By Harbour Desk"], "Harbour Desk is a team of reporters who cover the council and its ferries.", False),
        # under a name alone (a photo captioned with its subject's name), only a writer's bio goes
        (["Ana Ruiz"], "Ana Ruiz is a nurse who has worked nights at the harbour clinic for twenty years.", False),
        (["Ana Ruiz"], "Ana Ruiz is a reporter who has covered the harbour and its ferries since 2015.", True),
    ],
)
def test_a_bio_opens_on_the_name_of_the_writer_the_line_above_gives(above: list[str], line: str, dropped: bool) -> None:
    from briefgen.ingest.clutter import drop_author_bios

    raw = "\n".join([*above, "", line, "", STORY[1]])
    assert (line not in drop_author_bios(raw)) is dropped


def test_a_labelled_box_of_other_headlines_inside_the_story_goes_with_its_label() -> None:
    """ "More On:", a topic tag and other stories' headlines between two paragraphs of the story:
    the classifier keeps the label, the tag and a headline as the story's lines; the box goes,
    the story's lines stay."""
    box = [
        "More On:",
        "harbours",
        "Ferry operator fined after crew worked double shifts on the night route",
        "Kelmsby schools to stay shut until the storm damage is cleared",
    ]
    blocks = _page()
    blocks[5:6] = [("paras", STORY[:2]), ("lines", box), ("paras", STORY[2:4])]
    for render in RENDERINGS.values():
        text = ingest_text(render(blocks)).text
        assert not any(line in text for line in box), text[:300]
        for paragraph in STORY:
            assert paragraph in text


def test_a_link_box_ends_at_the_first_line_that_ends_a_sentence() -> None:
    from briefgen.ingest.clutter import link_boxes

    lines = [
        "The council met on Monday.",
        "More on this story",
        "Ferry operator fined after crew worked double shifts",
        "The wall will be finished by May, the council said.",
        "More on that later.",
    ]
    assert link_boxes(lines) == [1, 2]


def test_a_banner_asking_the_reader_about_the_sites_new_look_goes() -> None:
    """The site talks to its reader about its own page above the story: not the story's lede."""
    banner = "We have a new look! Tell us what you think of our new pages in our short survey."
    blocks = _page()
    blocks[4:4] = [("paras", [banner])]  # under the byline, above the caption and the story
    for render in RENDERINGS.values():
        text = ingest_text(render(blocks)).text
        assert banner not in text
        assert STORY[0] in text
    # a story's own survey, told by its reporter, stays
    from briefgen.ingest.boilerplate import site_talk

    assert not site_talk("A survey of 400 ferry users found that most of them would pay more for a later boat.")


def test_a_caption_over_its_makers_credit_goes_with_the_credit() -> None:
    """A picture's caption above "<maker> for <outlet>": the classifier drops the credit and keeps
    the caption as the story's first paragraph; the caption goes, the story stays."""
    caption = (
        "Ferries wait at the north quay of Kelmsby harbour, where the wall is to be built over the next two years."
    )
    blocks = _page()
    blocks[4:4] = [("paras", [caption]), ("lines", ["Jo Park for The Harbour Times"])]
    for render in RENDERINGS.values():
        text = ingest_text(render(blocks)).text
        assert caption not in text
        assert all(paragraph in text for paragraph in STORY)


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Pixelmill for Harbour Magazine", True),
        ("Jo Park for The Harbour Times", True),
        ("Ana Ruiz for NPR", True),
        ("Thanks for Reading", False),
        ("Vote for Change", False),
        ("The council voted for the wall.", False),
    ],
)
def test_a_makers_credit_names_an_outlet(line: str, credit: bool) -> None:
    from briefgen.ingest.clutter import captions_over_maker_credits

    assert (
        bool(captions_over_maker_credits(["A caption of ten words or so above the line.", line], [True, False]))
        is credit
    )


def test_a_pictures_alt_text_over_its_caption_goes_with_the_caption() -> None:
    """A text browser prints an image's alt text, then its caption, then the maker's credit: the
    alt line goes with the caption; a short line of the story above a caption stays."""
    alt = "Hulls of old ferries stacked on the quay."
    caption = "Ferries wait at the north quay of Kelmsby harbour, where the wall is to be built over two years."
    blocks = _page()
    blocks[4:4] = [("paras", [alt]), ("paras", [caption]), ("lines", ["Jo Park for The Harbour Times"])]
    for render in RENDERINGS.values():
        text = ingest_text(render(blocks)).text
        assert alt not in text and caption not in text
        assert all(paragraph in text for paragraph in STORY)
    from briefgen.ingest.clutter import captions_over_maker_credits

    lines = ["The council met on Monday.", caption, "Jo Park for The Harbour Times"]
    assert captions_over_maker_credits(lines, [True, True, False]) == [1]


def test_a_long_caption_and_its_alt_text_over_a_courtesy_credit_go() -> None:
    """ "Courtesy of <lender>" credits a picture and nothing else: the caption above it goes, up to a
    caption that explains the picture at length, and so does the picture's longer alt text."""
    alt = (
        "Two views of the old river wall at low tide, with the new piles marked in orange. The right "
        "one is a closer view of the piles."
    )
    caption = (
        "In a view of the river wall taken three weeks after the winter floods, the new piles stand out in "
        "orange (at left; a closer view at right). The old wall does not reach these streets, but the new "
        "one is planned to run past them to the ferry quay."
    )
    blocks = _page()
    blocks[6:6] = [("paras", [alt]), ("paras", [caption]), ("lines", ["Courtesy of the Harbourton Wall Trust"])]
    for render in RENDERINGS.values():
        text = ingest_text(render(blocks)).text
        assert alt not in text and caption not in text and "Courtesy of" not in text
        assert all(paragraph in text for paragraph in STORY)
    from briefgen.ingest.clutter import captions_over_maker_credits

    # a paragraph of the story over such a line stays when it is longer than a caption
    long_paragraph = " ".join([STORY[0], STORY[1]])
    assert captions_over_maker_credits([long_paragraph, "Courtesy of the Harbourton Wall Trust"], [True, False]) == []


MEETINGS_INTRO = "The council will hold public meetings on the wall's route on these dates:"
MEETINGS = [
    "May 4 -- Old Harbour Hall, Harbourton",
    "May 11 -- Riverside Library, Lower Town",
    "May 18 -- St Brigid's School, Kelby",
    "May 25 -- Valley Sports Centre, Ostend Road",
]
OFFER_INTRO = "Join the Chronicle Club today to get:"
OFFER = [
    "Unlimited access to every local story",
    "Our morning newsletter before 7am",
    "Invitations to readers' evenings",
]


def _page_with_lists() -> list[tuple[str, list[str]]]:
    blocks = _page(with_comments=False)
    at = next(i for i, (_, lines) in enumerate(blocks) if lines == STORY[4:])
    return [
        *blocks[: at + 1],
        ("paras", [MEETINGS_INTRO]),
        ("lines", MEETINGS),
        ("lines", [""]),
        ("paras", [OFFER_INTRO]),
        ("lines", OFFER),
        ("lines", [""]),
        *blocks[at + 1 :],
    ]


@pytest.mark.parametrize("render", sorted(RENDERINGS))
def test_a_list_the_story_introduces_with_a_colon_is_kept_as_a_list(render: str) -> None:
    # the page classifier drops short lines without a sentence's shape, as it drops a menu's; under a
    # line of the story that ends on a colon they are what it announces: kept, written as items
    with recording() as seen:
        article = ingest_text(RENDERINGS[render](_page_with_lists()))
    assert MEETINGS_INTRO in article.text
    for row in MEETINGS:
        assert f"- {row}" in article.text
    assert seen["clean.introduced_list"] == 1
    # the site's call to join is no line of the story, and its offer's rows stay out
    assert not any(row in article.text for row in OFFER)


def test_an_introduced_list_names_no_actors_of_its_own() -> None:
    from briefgen.summary import summarize_article

    brief = summarize_article(ingest_text(_w3m(_page_with_lists())))
    names = {a.name for a in brief.actors}
    assert "Ines Valdo" in names
    assert not names & {"Old Harbour Hall", "Riverside Library", "Kelby", "Valley Sports Centre", "Lower Town"}
    assert not any("May 4" in p.text or "Old Harbour Hall" in p.text for p in brief.key_points)


@pytest.mark.parametrize(
    "line, writers, outlet",
    [
        ("By Jo Park, Harbour Lantern", "Jo Park", "Harbour Lantern"),
        ("Jo Park and Ana Ruiz HARBOUR LANTERN", "Jo Park and Ana Ruiz", "HARBOUR LANTERN"),
        ("By Jo Park for The Harbour Lantern", "Jo Park", "The Harbour Lantern"),
        ("By Jo Park, Ana Ruiz | Harbour Lantern Business", "Jo Park, Ana Ruiz", "Harbour Lantern Business"),
        # what the writer is, or when: no outlet
        ("By Jo Park, Staff Writer", "Jo Park", None),
        ("By Jo Park, Monday", "Jo Park", None),
        ("By Jo Park, PhD", "Jo Park", None),
        # a news agency is the story's source, which the dateline and the byline reader give
        ("By Jo Park, Reuters", "Jo Park", None),
    ],
)
def test_the_byline_names_the_outlet_the_pages_furniture_prints_again(
    line: str, writers: str, outlet: str | None
) -> None:
    from briefgen.ingest.byline_outlet import byline_outlet

    tail = outlet or line.rsplit(" ", 1)[-1].strip(",")
    story = "SELM - The harbour board met on Monday. It voted to dredge the channel."
    raw = f"Home\nNews\n\n{line}\n\n{story}\n\nFollow {tail}\nContact us\n"
    assert byline_outlet(line, writers, raw, story) == outlet
    # printed nowhere else on the page, or only in the story (a place: "By Jo Park, Selm"), it is none
    assert byline_outlet(line, writers, raw.replace(f"Follow {tail}", "Follow us"), story) is None
    placed = "By Jo Park, Selm"
    assert byline_outlet(placed, "Jo Park", f"Home\n\n{placed}\n\n{story}\n", story) is None


def test_a_paste_whose_byline_alone_names_its_site_has_that_outlet() -> None:
    """No banner, no notice: "By Ana Ruiz, Harbour Lantern" and a footer's "Follow Harbour Lantern"."""
    blocks = _page()
    blocks[0] = ("lines", ["Skip to main content", "[logo]", "Subscribe", "Sign in"])
    blocks[2] = ("lines", ["Local News", HEADLINE, "By Ana Ruiz, Harbour Lantern", "Published 12 March 2026"])
    blocks[-1] = ("lines", ["Follow Harbour Lantern"])
    source = ingest_text(_w3m(blocks)).source
    assert (source.outlet, source.author) == ("Harbour Lantern", "Ana Ruiz")
    blocks[-1] = ("lines", ["Follow us"])
    assert ingest_text(_w3m(blocks)).source.outlet is None
