"""Ingest: reading, decoding and cleaning pasted page text."""

from __future__ import annotations

import pytest

from briefgen.errors import BinaryInputError, EmptyInputError
from briefgen.ingest import decode_bytes, ingest_html, ingest_text
from briefgen.ingest.clutter import is_clutter_line, is_reader_notice

BODY = (
    "The city council approved the new budget on Monday after a long debate.\n\n"
    "Council member Ana Ruiz said the plan would fund two new clinics.\n\n"
    "The mayor is expected to sign it this week."
)


@pytest.mark.parametrize(
    "line",
    [
        "Facebook Share IconTwitter Share IconEmail Share Icon",
        "Share on Facebook",
        "Comment bubble",
        "0",
        "(",
        ")",
        "JOIN THE CONVERSATION (",
        "Loading ...",
        "Loading…",
        "Advertisement",
        "Story continues below advertisement",
        "Sign up for our daily newsletter",
        "Close Alert",
        "Read more",
        "12 comments",
        "Listen to this article",
        "Copyright 2024 Example Media. All rights reserved.",
        "This material may not be published, broadcast, rewritten or redistributed.",
        "Image caption",
        # an address alone on its line (the page's own link, a post's link under a quoted post)
        "https://www.valleynews.example/2026/03/council-budget-approved",
        "www.valleynews.example/budget",
        # the terms of use printed above the story, with the reprint offer
        "This article is for your personal and non-commercial use only. Reprints for your team can be bought "
        "from our reprints desk at https://reprints.valleynews.example on weekdays.",
        # a widget's item: the title, then a description that repeats it, then the source
        "- Ferry strike ends after late talks Ferry strike ends after late talks as the union agrees Harbour News",
        # an advertiser's box or a link, ended by its arrow
        "Want a cheaper crossing? Compare ferry fares in two minutes »",
        "Read the council's full report ›",
        # a page's tools, as a list or alone, and its e-mail form's messages
        "- Order Reprints",
        "• Reprints & Permissions",
        "- Print Article",
        "An error occurred. Reload the page to retry.",
        "This story has been e-mailed to",
        "Thank you",
        "Thank you for subscribing!",
        # the writer's address under the story
        "Write to Ana Roe at ana.roe@valleynews.example",
        "Email the author at newsdesk@valleynews.example.",
    ],
)
def test_clutter_lines(line: str) -> None:
    assert is_clutter_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Share prices fell sharply on Monday after the bank cut its forecast.",
        "The company said it would stop using cookies to track visitors next year.",
        "Facebook said it removed 1,200 accounts linked to the campaign.",
        "Comments from the minister drew criticism from the opposition.",
        "Loading of the ships resumed after the strike ended.",
        "Details are at https://www.valleynews.example/budget and in the council's minutes.",
        "The council said the plan is for personal and non-commercial use only, not for resale.",
        # a word or two said twice is prose ("very, very"), five words at once are not
        "The ferry was late, late again, and the harbour master said it would be late again tomorrow.",
        "« Nous restons ouverts », a dit la maire.",  # guillemets around a quotation
        "The mayor called it « a fair deal »",
        "The file was copied to the council's server on Monday!",
        "Copied by hand, the map was sold at auction.",
        "Thank you.",  # a speaker's, with its stop
        "Reprints of the 1920 harbour map sold out within a day.",
        "Write to your councillor at once, the union urged its members.",
    ],
)
def test_article_sentences_are_not_clutter(line: str) -> None:
    assert not is_clutter_line(line)


def test_a_lone_by_line_is_the_byline_not_a_paragraph_of_the_story() -> None:
    page = (
        "Valley News\n\nMenu\n\nNews\n\nSport\n\nCouncil passes budget after long debate\n\nBy\n\nAna Ruiz\n\n"
        + BODY
        + "\n\nMore from Valley News\n\nBridge repairs to close the ring road\n\nCopyright 2026 Valley News."
    )
    article = ingest_text(page)
    assert article.source.author == "Ana Ruiz"
    assert "By" not in article.text.split("\n\n")
    assert ingest_text("By\n\n" + BODY).text == BODY


@pytest.mark.parametrize(
    "picture",
    [
        "[council-chamber-770x400]",
        "[svg][budget-chart]",
        "IMG_0042.jpg",
        "cdn.valleynews.example/a1.png",
        # a caption with the stock library's name run on after it, a credit line
        "Councillors at the vote on the budget Shutterstock",
        "The chamber after the vote. Getty Images/Jo Park",
        "Courtesy of the Valley Archive",
    ],
)
def test_a_picture_as_a_text_browser_shows_it_is_no_paragraph(picture: str) -> None:
    paragraphs = BODY.split("\n\n")
    text = "\n\n".join([paragraphs[0], picture, *paragraphs[1:]])
    assert ingest_text(text).text == BODY


@pytest.mark.parametrize(
    ("dateline", "author"),
    [
        ("SELM, Norland (AP) — ", "AP"),
        ("SELM (Reuters) - ", "Reuters"),
        ("SELM (Harbour Weekly) — ", None),  # no news agency: no byline
    ],
)
def test_a_paste_without_a_byline_is_signed_by_its_datelines_agency(dateline: str, author: str | None) -> None:
    article = ingest_text("Council passes budget\n\n" + dateline + BODY)
    assert article.source.author == author
    assert article.text.split("\n\n")[1].startswith(dateline.strip())  # the dateline stays in the story


def test_a_signed_wire_story_with_no_sites_name_is_the_agencys() -> None:
    article = ingest_text("Council passes budget\n\nBy Ana Ruiz\n\nSELM, Norland (AP) — " + BODY)
    assert article.source.author == "Ana Ruiz"
    assert article.source.outlet == "Associated Press"
    named = ingest_text("Council passes budget | Harbour Weekly\n\nBy Ana Ruiz\n\nSELM, Norland (AP) — " + BODY)
    assert named.source.outlet == "Harbour Weekly"  # the site's own name stays


def test_prose_that_names_a_picture_library_stays() -> None:
    text = BODY + "\n\nThe council bought the pictures for its report from Shutterstock."
    assert ingest_text(text).text == text


def test_notice_glued_to_headline_gives_title_and_outlet() -> None:
    raw = (
        "Please ensure Javascript is enabled for purposes ofwebsite accessibility"
        "Council passes budget after long debate | Metro News\nClose Alert\n\n"
        "Council passes budget after long debate\n\n" + BODY
    )
    article = ingest_text(raw)
    assert article.title == "Council passes budget after long debate"
    assert article.source.outlet == "Metro News"
    assert "Javascript" not in article.text and "| Metro News" not in article.text
    assert article.text.startswith("Council passes budget after long debate\n\nThe city council")


def test_a_menu_of_bars_is_no_headline_and_outlet() -> None:
    # "Home | News | Sport" is no headline, "Weather" no outlet: a "Headline | Outlet" line has one bar
    raw = "Home | News | Sport | Weather\n\nCouncil passes budget after long debate | Metro News\n\n" + BODY
    article = ingest_text(raw)
    assert article.title == "Council passes budget after long debate"
    assert article.source.outlet == "Metro News"


@pytest.mark.parametrize(
    "headline",
    [
        "How to Prune a Fig Tree | Year-by-Year Plan",
        "Letters: Bus fares | Parking | Library hours",
        "Plot Fonts in R (3 Examples) | Labels, Titles & Keys",
    ],
)
def test_a_headline_tail_that_describes_the_page_is_no_outlet(headline: str) -> None:
    raw = "Please ensure Javascript is enabled for purposes ofwebsite accessibility" + headline + "\n\n" + BODY
    article = ingest_text(raw)
    assert article.title == headline
    assert article.source.outlet != headline.rsplit(" | ", 1)[1]


@pytest.mark.parametrize("outlet", ["Friends of the Earth", "coastnews.com", "News-Gazette"])
def test_a_headline_tail_named_as_a_site_is_the_outlet(outlet: str) -> None:
    raw = "Please ensure Javascript is enabled for purposes ofwebsite accessibility"
    article = ingest_text(f"{raw}Council passes budget after long debate | {outlet}\n\n{BODY}")
    assert article.title == "Council passes budget after long debate"
    assert article.source.outlet == outlet


def test_repeated_caption_with_credit_is_dropped() -> None:
    caption = "The mayor speaks at city hall, Monday, May 6, 2024. (Jo Lee/AP Photo)"
    article = ingest_text(f"{caption}\n{caption}\nShare on Facebook\n\n{BODY}")
    assert "Jo Lee" not in article.text and "city hall" not in article.text
    assert "Ana Ruiz" in article.text


@pytest.mark.parametrize(
    "caption",
    [
        "Harbour crews clearing the quay ahead of the storm on Monday. (FILE)",
        "A ferry at the old pier. (File photo)",
        "Crews found 200 pounds of netting inside a hull lifted from the water at Lusk. By HARBOUR PORT AUTHORITY",
    ],
)
def test_a_caption_with_an_archive_mark_or_an_agency_credit_is_dropped(caption: str) -> None:
    article = ingest_text(f"Council passes budget after long debate\n\n{caption}\n\n{BODY}")
    assert caption not in article.text and caption.split()[1] not in article.text
    assert "Ana Ruiz" in article.text


def test_byline_and_timestamp_become_metadata() -> None:
    article = ingest_text(f"By Maria Chen\nPublished 3:04 PM, May 6, 2024\n\n{BODY}")
    assert article.source.author == "Maria Chen"
    assert article.source.published == "3:04 PM, May 6, 2024"
    assert not article.text.startswith("By ")


def test_comment_widget_and_loader_at_the_end_are_dropped() -> None:
    article = ingest_text(BODY + "\n\nComment bubble\nJOIN THE CONVERSATION (\n0\n)\n\nLoading ...\n")
    assert article.text.endswith("this week.")


def test_long_paragraph_ending_in_a_credit_is_kept() -> None:
    long = " ".join(["The council met again to debate the plan in detail."] * 10) + " (Reuters)"
    assert long in ingest_text(long + "\n\n" + BODY).text


def test_paragraphs_are_kept_and_whitespace_normalised() -> None:
    article = ingest_text("  First   paragraph here.\u00a0\n\n\n\nSecond\tparagraph here.  ")
    assert article.text == "First paragraph here.\n\nSecond paragraph here."


def test_only_clutter_is_an_error() -> None:
    with pytest.raises(EmptyInputError):
        ingest_text("Comment bubble\n0\nLoading ...\n")


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("Café “quoted” — done.".encode("utf-8"), "Café “quoted” — done."),
        ("\ufeffWith a BOM.".encode("utf-8"), "With a BOM."),
        ("Café “quoted” — done.".encode("cp1252"), "Café “quoted” — done."),
        ("UTF-16 text.".encode("utf-16"), "UTF-16 text."),
        (b"line one\r\nline two\r\n", "line one\nline two\n"),
    ],
)
def test_decoding(data: bytes, expected: str) -> None:
    assert decode_bytes(data) == expected


def test_binary_is_refused() -> None:
    with pytest.raises(BinaryInputError):
        decode_bytes(b"\x00\x01\x02\x03" * 100)


def test_empty_is_refused() -> None:
    with pytest.raises(EmptyInputError):
        decode_bytes(b"  \n ")


@pytest.mark.parametrize(
    "line",
    [
        "By Monday, the council had voted twice.",
        "By the end of the year, prices had doubled.",
        "By Friday the talks had collapsed.",
    ],
)
def test_sentences_starting_with_by_are_not_bylines(line: str) -> None:
    article = ingest_text(f"{line}\n\n{BODY}")
    assert article.source.author is None
    assert article.text.startswith(line)


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("By Maria Chen, Staff Writer", "Maria Chen"),
        # the names as the byline of a page gives them, whatever the separators
        ("By Maria Chen and Tom Reyes", "Maria Chen, Tom Reyes"),
        ("By MARIA CHEN, TOM REYES and ANA RUIZ", "Maria Chen, Tom Reyes, Ana Ruiz"),
        ("By Maria Chen, Tom Reyes, and Ana Ruiz, Associated Press", "Maria Chen, Tom Reyes, Ana Ruiz"),
        ("BY: Ana Ruiz | Metro News", "Ana Ruiz"),
        ("By Maria Chen, May 5, 2021 9:15 am", "Maria Chen"),
        ("By Maria Chen | 14 August 2020, 10:48 BST", "Maria Chen"),
    ],
)
def test_bylines(line: str, author: str) -> None:
    article = ingest_text(f"{line}\n\n{BODY}")
    assert article.source.author == author
    assert not article.text.startswith(line[:8])  # the byline is no line of the story (nor an actor)


def test_a_sentence_that_opens_with_by_and_ends_on_a_date_is_no_byline() -> None:
    line = "By then the council had voted, on May 5, 2021."
    article = ingest_text(f"{line}\n\n{BODY}")
    assert article.source.author is None and article.text.startswith(line)


@pytest.mark.parametrize("line", ["Read more: Council rejects plan for new stadium", "ALSO READ: Storm hits coast"])
def test_read_more_links_are_clutter(line: str) -> None:
    assert is_clutter_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Comment icon",
        "View comments (12)",
        "Join the discussion (0)",
        "Comments",
        "Show 3 replies",
        "Leave a comment",
        "JOIN THE CONVERSATION (",
    ],
)
def test_comment_widget_lines_are_clutter(line: str) -> None:
    assert is_clutter_line(line)


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        (
            "Please enable JavaScript for the best experienceMayor wins second term | City Daily",
            "Mayor wins second term",
        ),
        ("Make sure JavaScript is turned on in your browserStorm closes schools | Coast News", "Storm closes schools"),
    ],
)
def test_javascript_notices_glued_to_the_headline(raw: str, title: str) -> None:
    article = ingest_text(raw + "\n\n" + BODY)
    assert article.title == title
    assert "JavaScript" not in article.text


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        # a two-sentence headline before a dateline
        (
            "Old mill reopens. At last.\n\nPORT ELLEN, Scot. - The council voted on Monday to reopen "
            "the old mill, a project that has stalled for a decade.\n\nWork starts in May.",
            "Old mill reopens. At last",
        ),
        # a headline, a dek, then the dateline
        (
            "Ports agree to share rescue boats.\n\nFive harbours sign a deal after a winter of storms.\n\n"
            "OSLO — Harbour masters from five countries met on Tuesday and signed a deal to share rescue boats.",
            "Ports agree to share rescue boats",
        ),
        # a headline before a section label
        (
            "Schools deserve better funding.\n\nLETTERS.\n\nThe council keeps cutting the budget for our schools "
            "while it spends on new offices.",
            "Schools deserve better funding",
        ),
        # an abbreviation's full stop is no sentence end
        (
            "Bank trims forecast for U.S. exports.\n\nThe central bank said on Tuesday that exports would grow more "
            "slowly this year than it expected in the spring.\n\nIt cited weak demand.",
            "Bank trims forecast for U.S. exports",
        ),
    ],
)
def test_sentence_case_headlines(raw: str, title: str) -> None:
    assert ingest_text(raw).title == title


def test_a_short_opening_sentence_without_a_dateline_is_no_headline() -> None:
    raw = (
        "He is back. The former mayor returned to the council on Monday.\n\n"
        "The vote was close, and the debate ran late into the night.\n\nA recount is unlikely."
    )
    assert ingest_text(raw).title is None


def test_a_markdown_tables_rows_are_written_as_rows() -> None:
    from briefgen.ingest.markdown import markdown_to_text

    md = "# Flood wall\n\nThe council approved the wall.\n\n| Section | Cost |\n|---|---|\n| Lower river | 18m |\n"
    assert "| Lower river | 18m |" in markdown_to_text(md).paragraphs


def test_a_call_to_follow_a_handle_is_clutter_whatever_notices_run_on_after_it() -> None:
    from briefgen.ingest.clutter import is_clutter_line

    assert is_clutter_line(
        "Follow @TarvelDeals on X to keep up with the best deals. " + "Prices may change without notice. " * 8
    )
    assert is_clutter_line("Follow Valley Newsdesk on Instagram, Facebook and YouTube.")
    assert not is_clutter_line("Follow the money on X, the investigators said.")
    assert not is_clutter_line("Like many users on Facebook, she quit the site in May.")


def test_a_call_to_follow_the_outlet_by_its_name_is_clutter_with_what_runs_on_after_it() -> None:
    assert is_clutter_line("Follow The Harbour Herald Opinion desk on Facebook, Twitter (@HHopinion) and Instagram.")
    assert is_clutter_line(
        "Follow The Coast Courier on Twitter and Instagram @CoastCourier and on Facebook @CourierCoast. "
        "Send us a message or email us at desk@courier.example."
    )
    assert not is_clutter_line("Follow the money on X, the investigators said, and you find the fund.")


@pytest.mark.parametrize(
    "line",
    [
        "To read the full story, please subscribe to The Harbour Herald. Plans start at $5 a week.",
        "Subscribe now to our e-edition for the full article.",
        "Tell us what you think of this story. Submit a letter to the editor or write to letters@herald.example.",
        "Send us your letter to the editor using this form.",
        "© 2024, Harbour Herald. This story is the copyrighted property of Harbour Media. Written permission "
        "must be obtained before reprint in print or online. Reprinting without permission is unlawful.",
        "We welcome your comments on our stories. Comments are moderated and may be republished in print.",
        "We ask that comments are civil and free of libellous material. Please stick to the topic.",
        "Stay up to date with Harbour News. Subscribe to our newsletter.",
        "Get the latest updates, event news and long reads from the valley straight to your inbox every week.",
        "Get the latest updates, event announcements, community discussions, long reads and advanced tutorials "
        "straight to your inbox with the Valley newsletter.",
        "Get the Valley Courier's Morning Edition by email and never miss our top stories Free Sign Up",
        "You have already subscribed. Thank you.",
        # a sign-up box's copy
        "Just enter your email in the form and get the valley's news each morning.",
        "Each week we will send you an email with the best long reads from the valley.",
        "You can unsubscribe whenever you like, and we never pass your address on.",
        # a call to read the site's or the wire's other stories
        "Follow the Harbour Wire's full coverage of the ferry strike at https://wire.example/ferries",
        "Get the Valley Daily app: continuing storm coverage on your phone",
        "- 12,345 shares",
        "1.2k comments",
        # a membership's pitch under a story
        "As a Courier member you will have unlimited access to our archive and our podcasts.",
        "Subscribe today to receive:",
        "First-time members get a free Courier mug, made by weavers in the valley!",
        "If you are already a subscriber, please sign in to keep reading.",
        # a share or sign-up widget's status
        "Copied!",
        "Link copied to clipboard",
        "Sign-up Successful!",
    ],
)
def test_the_sites_notices_to_its_reader_are_clutter(line: str) -> None:
    assert is_reader_notice(line)


def test_a_paragraph_in_look_alike_letters_is_clutter() -> None:
    from briefgen.ingest.clutter import is_look_alike_text

    # Cyrillic "А", "е", "і", "ѕ" and a fullwidth "ｅ" among Latin letters: an ad, a spam comment
    assert is_look_alike_text("Аdvеrtіѕе wіth the most read news site in Kelmsby ~ we offer packages.")
    assert is_look_alike_text("I usｅd to read this site every day, you are wonderful!")
    # words of one script each stay, as do a scientist's Greek letters and accents
    for line in (
        "Москва and Kyiv held talks on Monday.",
        "TNFα levels rose in the mice.",
        "Café owners in Zürich said no.",
    ):
        assert not is_look_alike_text(line)
    article = ingest_text(
        "Kelmsby council approved the new flood wall on Monday after a two-year dispute.\n\n"
        "Аdvеrtіѕе wіth the most read news site in Kelmsby!\n\n"
        "The wall will run for two kilometres along the river and should be finished by 2028."
    )
    assert "most read" not in article.text and article.text.endswith("finished by 2028.")


def test_a_link_to_report_a_correction_is_clutter() -> None:
    assert is_clutter_line("Report a correction or typo")
    assert is_clutter_line("Report an error")


def test_the_sites_notices_leave_a_pasted_article_after_its_lines_are_judged() -> None:
    story = (
        "Kelmsby council approved the new flood wall on Monday after a two-year dispute over its cost.\n\n"
        "The wall will run for two kilometres along the river and should be finished by 2028.\n\n"
    )
    article = ingest_text(
        story
        + "Never miss the latest news by signing up to our newsletter today!\n\n"
        + "Report a correction or typo\n\n"
        + "Residents who lost their homes in the floods of 2024 welcomed the decision."
    )
    assert "newsletter" not in article.text and "Report a" not in article.text
    assert article.text.startswith("Kelmsby council approved") and article.text.endswith("welcomed the decision.")


@pytest.mark.parametrize(
    "line",
    [
        "She wrote a letter to the editor of the local paper, and it was printed a week later in full.",
        "The forum said comments are moderated by volunteers who work through the night in shifts.",
        "Readers who subscribe to the paper for years rarely leave, the publisher said on Tuesday.",
        "“We moderate comments and we ask people to be civil,” said Ana Ruiz, who runs the forum.",
        "In 2019 the museum was granted permission to reprint the letters in a new edition of the diary.",
        "Subscribers get the newsletter every Monday, and the paper says it now has 40,000 of them.",
        "She never missed a newsletter deadline in ten years at the parish office, the vicar said.",
        "12 shares of the firm changed hands before the market closed on Friday.",
        "Regulators said shoppers could not find a way to unsubscribe from the retailer's emails.",
        "The council said it will send you a letter before the work on your street begins.",
        "The paper's full coverage of the flood trial won a regional prize in May.",
        "Read the full coverage report, the council's auditors told members on Tuesday.",
        "The ferry pass offers unlimited access to the island routes for a flat monthly fee.",
        "New members get a vote at the club's meeting in May, the chairman said.",
        "Join the march on Saturday, the union told its members in a letter.",
    ],
)
def test_sentences_of_a_story_about_comments_letters_or_reprints_are_kept(line: str) -> None:
    assert not is_clutter_line(line) and not is_reader_notice(line)


def test_a_membership_pitch_goes_with_the_list_of_what_it_offers() -> None:
    article = ingest_html(
        "<html><head><title>Kelmsby opens its flood wall</title></head><body><article>"
        "<h1>Kelmsby opens its flood wall</h1>"
        "<p>Kelmsby council opened the new flood wall on Monday after a two-year dispute over its cost.</p>"
        "<p>The wall runs for two kilometres along the river and cost the town four million pounds.</p>"
        "<p>Residents who lost their homes in the floods of 2024 welcomed the opening, the mayor said.</p>"
        "<p>As a Courier member you will have unlimited access to our archive and our podcasts.</p>"
        "<p>Subscribe today to receive:</p>"
        "<p>— The morning edition by e-mail</p><p>— Stories from the valley's villages</p>"
        "<p>— Members' events and invitations</p>"
        "<p>First-time members get a free Courier mug, made by weavers in the valley!</p>"
        "</article></body></html>"
    )
    assert article.text.endswith("the mayor said.")
    # a list under a line of the story stays
    kept = ingest_text(
        "Kelmsby council opened the new flood wall on Monday after a two-year dispute over its cost.\n\n"
        "The wall will protect three streets:\n\n- Mill Lane\n\n- River Row\n\n- Quay Street\n\n"
        "Residents who lost their homes in the floods of 2024 welcomed the opening, the mayor said."
    )
    assert "River Row" in kept.text


def test_a_bullet_typed_before_a_paragraph_is_no_word_of_the_story() -> None:
    article = ingest_text(
        "Kelmsby beat Lusk 3-1 on Monday night in the league.\n\n• Orin Tvedt scored twice in the first "
        "half for Kelmsby.\n\n• The second half was quieter, with few chances for either side."
    )
    assert "•" not in article.text
    assert "\n\nOrin Tvedt scored twice" in article.text


def test_a_posts_hashtag_opening_a_pasted_line_is_no_bullet() -> None:
    from briefgen.ingest.page_lines import split_lines

    pasted = "# Orin Tvedt scored twice.\n\n    #Kelmsby Ana Soto has been solid this season.\n"
    lines = {line.body: line.bullet for line in split_lines(pasted)}
    assert lines == {"Orin Tvedt scored twice.": True, "#Kelmsby Ana Soto has been solid this season.": False}


@pytest.mark.parametrize(
    "line",
    [
        "Get the Harbour News app for iOS and Android.",
        "For the latest stories and updates download our apps.",
    ],
)
def test_calls_to_get_the_sites_app_are_clutter(line: str) -> None:
    assert is_clutter_line(line)
    assert not is_clutter_line("Officials urged residents to download the app before the storm.")


def test_a_drop_cap_on_a_line_of_its_own_goes_back_into_its_word() -> None:
    pasted = (
        "Harbour reopens after the storm\n\n"
        "T\n\nhe harbour of Selm reopened on Monday after a week of repairs to the sea wall, the port said.\n\n"
        "A\n\nman who fished from the wall for forty years said the town had waited too long for the work."
    )
    paragraphs = ingest_text(pasted).text.split("\n\n")
    assert (
        "The harbour of Selm reopened on Monday after a week of repairs to the sea wall, the port said." in paragraphs
    )
    assert "T" not in paragraphs
    # "A" is a word of its own: the line stays as the page set it
    assert not any(p.startswith("Aman") for p in paragraphs)


def test_a_time_stamp_line_below_the_header_is_no_paragraph() -> None:
    """ "Kelby, Harbour Desk | Updated : 4 May 2026, 09:01 AM" printed under the story: the page's
    stamp, whose desk and town were read as actors; its date is the story's when none was found."""
    from briefgen.ingest.clean import clean_lines
    from briefgen.trace import recording

    story = [
        "The harbour board approved the new ferry timetable on Monday after a long meeting with the unions.",
        "Fares on the night crossing will rise by a fifth from June, the board said in a statement.",
        "The unions said they would ballot their members on the deal before the end of the month.",
        "Ana Ruiz, who chairs the board, said the timetable would be reviewed again next spring.",
        "Kelby, Harbour Desk | Updated : 4 May 2026, 09:01 AM",
        "PUBLISHED: May 4, 2026 at 9:15 a.m. | UPDATED: May 4, 2026 at 6:00 p.m.",
        "Published in 2019, the board's last report found that fares had doubled in a decade.",
    ]
    with recording() as fired:
        result = clean_lines("\n\n".join(story))
    assert result.paragraphs == story[:4] + story[6:]  # a sentence opening on "Published" stays
    assert result.published == "4 May 2026, 09:01 AM"
    assert fired["clean.stamp_line"] == 2


HEADLINE_ON_TWO_LINES = (
    "Harbour vote put off again; \n"
    "Council asks for a recount of the postal ballots.\n\n"
    "The harbour council delayed its vote on the new ferry pier for a third time on Tuesday, after "
    "members asked for a recount of the postal ballots cast in the spring.\n\n"
    "The council's chair, Ana Ruiz, said the recount would take two weeks.\n\n"
    "Opponents of the pier said the delay showed how divided the town had become."
)


def test_a_headline_line_that_ends_on_a_semicolon_goes_on_in_the_next_line() -> None:
    article = ingest_text(HEADLINE_ON_TWO_LINES)
    assert article.title == "Harbour vote put off again; Council asks for a recount of the postal ballots"
    first = article.text.split("\n\n")[0]
    assert first == "Harbour vote put off again; Council asks for a recount of the postal ballots."


def test_a_headline_line_without_a_semicolon_keeps_the_next_line_as_the_story() -> None:
    article = ingest_text(HEADLINE_ON_TWO_LINES.replace("again; \n", "again\n\n"))
    assert article.title == "Harbour vote put off again"
    assert article.text.split("\n\n")[1] == "Council asks for a recount of the postal ballots."


def test_a_section_tag_over_the_story_is_no_paragraph_of_it() -> None:
    from briefgen.ingest import ingest_html

    html = (
        "<html><head><title>Harbour seals return to the estuary</title></head><body><article>"
        "<h1>Harbour seals return to the estuary</h1>"
        "<p>Counts on the sandbanks are the highest in forty years.</p><p>marine-biology</p>"
        "<p>Volunteers counted 412 harbour seals on the Selm sandbanks on Sunday, the highest number since "
        "counts began, the estuary trust said.</p><p>The trust said cleaner water had brought back the fish "
        "the seals feed on, and it asked walkers to keep their dogs away from the banks in the pupping season.</p>"
        "</article></body></html>"
    )
    article = ingest_html(html, name="seals.html")
    assert "marine-biology" not in article.text.split("\n\n")
    assert "Volunteers counted 412 harbour seals" in article.text
    # a word in small letters inside the story is the story's
    assert ingest_text("The count ended.\n\nVolunteers said it was a record.").text.count("record") == 1


def test_a_headline_and_opening_repeated_below_the_story_are_no_text_of_it() -> None:
    """A share box's preview under the story: the headline again and the lede's first sentence."""
    title = "Council approves new budget after long debate"
    opening = "The city council approved the new budget on Monday after a long debate."
    paste = (
        f"{title}\n\n{opening} The vote was 7 to 2.\n\n"
        "Council member Ana Ruiz said the plan would fund two new clinics.\n\n"
        "The mayor is expected to sign it this week.\n\n"
        "Write to Ana Roe at ana.roe@valleynews.example\n\n"
        "This page has been e-mailed to\n\n"
        f"{title}\n\n{opening}\n"
    )
    article = ingest_text(paste)
    assert article.title == title
    assert article.text.count(opening) == 1 and article.text.count(title) == 1
    assert article.text.rstrip().endswith("The mayor is expected to sign it this week.")
