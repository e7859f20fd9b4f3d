"""The byline and the date of a pasted page, in the shapes sites print them under the headline.

Every page is invented (builders from ``test_paste_pages`` and ``test_paste_headlines``).
"""

from __future__ import annotations

import pytest
from test_paste_headlines import HEADLINE, _page
from test_paste_pages import RENDERINGS, STORY

from briefgen.ingest import ingest_text
from briefgen.ingest.header import _page_byline
from briefgen.trace import recording


@pytest.mark.parametrize("render", sorted(RENDERINGS))
@pytest.mark.parametrize(
    ("header", "author", "published"),
    [
        (["By Ana Ruiz, Thursday, 12 March 2026 08:05 GMT"], "Ana Ruiz", "2026-03-12T08:05:00Z"),
        (["Posted by Ana Ruiz on March 12, 2026, 6:21 AM EST"], "Ana Ruiz", "2026-03-12"),
        (["By Ana Ruiz - Staff Writer 2026-03-12T08:05:00Z Local"], "Ana Ruiz", "2026-03-12"),
        (["By Ana Ruiz@ValleyChronicle Mar 12, 2026, 11:47am EST"], "Ana Ruiz", "2026-03-12"),
        (["Ana Ruiz @anaruiz / 2 days"], "Ana Ruiz", None),
        (["Ana Ruiz", "Share on Facebook"], "Ana Ruiz", None),  # the name alone: an author box
        (["By", "Ana Ruiz", "Updated 12 March 2026"], "Ana Ruiz", "2026-03-12"),  # two spans
        (["By Ana Ruiz 12 March 2026, 4:18pm"], "Ana Ruiz", "2026-03-12"),  # the date right after
        (["By Ana Ruiz/March 12, 2026 9:49 am EST/Updated: March 13, 2026"], "Ana Ruiz", "2026-03-12"),
        (["Posted on March 12, 2026 by Ana Ruiz"], "Ana Ruiz", "2026-03-12"),  # the date before "by"
        (["March 12, 2026 by Ana Ruiz 5 Comments"], "Ana Ruiz", "2026-03-12"),  # a count of comments after
        # the byline box's link, its desk word or the name again, run into the name by the pasting
        (["By Ana RuizView More Articles", "March 12, 2026"], "Ana Ruiz", "2026-03-12"),
        (["By Ana RuizStaff", "March 12, 2026"], "Ana Ruiz", "2026-03-12"),
        (["By Ana RuizAna Ruiz", "March 12, 2026"], "Ana Ruiz", "2026-03-12"),
        (["By Ella FitzGerald", "March 12, 2026"], "Ella FitzGerald", "2026-03-12"),  # one name
        # a given name the list lacks, vouched for by the handle that spells it, or by the site's name
        (["Zorbu Tellan@zorbutellan", "March 12, 2026"], "Zorbu Tellan", "2026-03-12"),
        (["Zorbu Tellan, Valley Chronicle", "March 12, 2026"], "Zorbu Tellan", "2026-03-12"),
        # a picture's name before the byline, as a text browser shows it; wire copy signed by its agency
        (["[portrait-ana] By Ana Ruiz 12 March 2026, 4:18pm"], "Ana Ruiz", "2026-03-12"),
        (["[wire-logo] Associated Press March 12, 2026, 9:02 AM"], "Associated Press", "2026-03-12"),
        # two writers without "By", the outlet in capitals after them
        (["Ana Ruiz and Tom Ward VALLEY CHRONICLE", "March 12, 2026"], "Ana Ruiz, Tom Ward", "2026-03-12"),
        # a full stop that ends the byline as a sentence goes, an initial's or "Jr."'s stays
        (["By Ana Ruiz.", "March 12, 2026"], "Ana Ruiz", "2026-03-12"),
        (["By Tom Ward Jr.", "March 12, 2026"], "Tom Ward Jr.", "2026-03-12"),
        # a co-writer after a comma (a given name first), not a job nor the station's name
        (["By Ana Ruiz, Tom Ward", "March 12, 2026"], "Ana Ruiz, Tom Ward", "2026-03-12"),
        (["By Ana Ruiz, Tom Ward, 7 Valley News", "March 12, 2026"], "Ana Ruiz, Tom Ward", "2026-03-12"),
        (["By Ana Ruiz, Staff Writer", "March 12, 2026"], "Ana Ruiz", "2026-03-12"),
        # a month and a day alone right under the byline: the page's date, written without its year
        (["By Ana Ruiz", "Mar 12"], "Ana Ruiz", "Mar 12"),
        (["By", "Ana Ruiz", "12 March"], "Ana Ruiz", "12 March"),
        # one line further down (a share count between), or with no byline above it, it dates nothing
        (["By Ana Ruiz", "195 Shares", "Mar 12"], "Ana Ruiz", None),
        (["Mar 12"], None, None),
    ],
)
def test_the_byline_and_date_under_the_headline(render: str, header: list[str], author: str, published) -> None:
    article = ingest_text(RENDERINGS[render](_page([HEADLINE, *header])))
    assert article.title == HEADLINE
    assert article.source.author == author
    assert article.source.published == published


@pytest.mark.parametrize("render", sorted(RENDERINGS))
def test_the_site_s_name_after_the_writer_s_is_the_outlet(render: str) -> None:
    article = ingest_text(RENDERINGS[render](_page([HEADLINE, "Zorbu Tellan, Valley Chronicle", "March 12, 2026"])))
    assert (article.source.author, article.source.outlet) == ("Zorbu Tellan", "Valley Chronicle")


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("By Ana Ruiz, Thursday, 12 March 2026", "Ana Ruiz"),
        ("12 March 2026 Ana Ruiz", "Ana Ruiz"),
        ("Ana Ruiz", "Ana Ruiz"),
        ("ANA RUIZ", "ANA RUIZ"),  # an author box in capitals: the given name is known in any case
        ("MARKET REPORT", None),
        ("Mayor Ines Valdo", None),  # no given name first, no "By"
        ("Market Report", None),
        ("The Valley Chronicle", None),
        ("Ana Ruiz, Mayor Ines Valdo and others said on Tuesday", None),  # a sentence, not a byline
        ("March 12, 2026", None),
        ("By Ana Ruiz 12 March 2026", "Ana Ruiz"),  # the date after the name ends it ...
        ("Written by Ana Ruiz on March 12, 2026", "Ana Ruiz"),
        ("Ana Ruiz 12 March 2026", "Ana Ruiz"),  # ... without "By" too, as the name alone is
        ("● Ana RuizMarch 12, 2026", "Ana Ruiz"),  # a box's bullet, the date run into the name
        ("Mayor Ines Valdo 12 March 2026", None),  # no given name first, no "By"
        ("Posted on March 12, 2026 by Ana Ruiz", "Ana Ruiz"),
        ("March 12, 2026 by Ana Ruiz 5 Comments", "Ana Ruiz"),
        (
            "By Ana Ruiz And Tom Ward For The Valley Chronicle",
            "Ana Ruiz and Tom Ward",
        ),  # a site's capitalised "And", "For"
        ("Reuters", None),  # an agency's name alone under the headline is a photo's credit as often
        ("Reuters | 12 March 2026", "Reuters"),
        ("Zorbu Tellan @zorbutellan / 2 days", "Zorbu Tellan"),  # the handle spells the name
        ("Zorbu Tellan @harbournews / 2 days", None),  # ... this one does not
        ("Zorbu Tellan, Valley Chronicle", None),  # no banner of that name on the page
        ("Ana Ruiz and Market Report", "Ana Ruiz"),  # no second writer's given name
        ("By Ana Ruiz Last updated March 12, 2026", "Ana Ruiz"),
        ("• Author: Ana Ruiz", "Ana Ruiz"),
        ("Author of the week: Harbour Lights", None),
    ],
)
def test_page_bylines(line: str, name: str | None) -> None:
    assert _page_byline(line) == name


def test_a_name_the_story_talks_about_is_no_byline() -> None:
    """A topic tag under the headline ("Ines Valdo", a person the story is about) is not the author."""
    assert _page_byline("Ines Valdo", article="Mayor Ines Valdo said the wall would be built.") is None
    # a caption that opens with the name of a person the story names ("Ines Valdo 100 backstroke")
    assert _page_byline("Ines Valdo North Diving", article="North's Ines Valdo won the diving.") is None
    # an image's name printed twice and run together over the byline, or with a date after it
    assert _page_byline("Ines ValdoInes Valdo", article="Mayor Ines Valdo said the wall would be built.") is None
    assert _page_byline("Ines Valdo 12 March 2026", article="Mayor Ines Valdo said the wall would be built.") is None
    with recording() as rules:
        assert _page_byline("Ana Ruiz", article="Mayor Ines Valdo said the wall would be built.") == "Ana Ruiz"
    assert rules["header.page_byline"] == 1


GALLERY_PAGE = """Home
News
Sports
Business

Kelmsby ferry strike halts crossings for third day

ANA LUSK
May 4, 2026Updated: May 4, 2026 6:10 a.m.
Facebook Twitter Email
Back to Gallery

Kelmsby ferry strike halts crossings for third day

1of3Passengers wait at the Kelmsby terminal on Monday. (Jo Park/Kelmsby Courier)
2of3A ferry stands idle at the pier. (Jo Park/Kelmsby Courier)

KELMSBY — Ferry crews in Kelmsby walked off the job for a third day on Monday, halting all crossings to the islands as talks over pay broke down again.

The union said its members would stay out until the operator raised its offer, which it called an insult to staff who had worked through the winter storms.

The operator, Norvik Ferries, said it had offered a 4% rise and would return to talks on Wednesday. About 3,000 passengers a day use the crossings in May.

Island shops said deliveries of fresh food had already stopped, and the council asked residents to check on elderly neighbours.
"""


def test_the_byline_under_the_first_print_of_a_headline_a_gallery_repeats() -> None:
    from briefgen.ingest import ingest_text
    from briefgen.trace import recording

    with recording() as fired:
        article = ingest_text(GALLERY_PAGE)
    assert fired["header.headline_printed_twice"] > 0
    assert article.title == "Kelmsby ferry strike halts crossings for third day"
    assert (article.source.author, article.source.published) == ("Ana Lusk", "2026-05-04")


@pytest.mark.parametrize("render", sorted(RENDERINGS))
def test_the_date_under_the_headline_beats_the_sites_date_above_it(render: str) -> None:
    # the site's top bar shows the day the page was saved; the story's date is under its headline
    page = _page([HEADLINE, "Published On March 10, 2026 01:52 PM"], above=["March 12, 2026", "Login"])
    with recording() as rules:
        article = ingest_text(RENDERINGS[render](page))
    assert article.title == HEADLINE
    assert article.source.published == "2026-03-10"
    assert rules["header.date_below_headline"] == 1
    # with no date under the headline, the one above it is all there is
    assert ingest_text(RENDERINGS[render](_page([HEADLINE], above=["March 12, 2026"]))).source.published == (
        "2026-03-12"
    )


@pytest.mark.parametrize("render", sorted(RENDERINGS))
def test_the_sites_own_menu_and_signup_lines_name_the_outlet(render: str) -> None:
    # no logo text, no copyright line: "About Harbour Post" and its newsletter box name the site
    page = [
        ("lines", ["Skip to main content", "Subscribe", "Sign in"]),
        ("lines", [HEADLINE, "By Ana Ruiz", "Published 12 March 2026"]),
        ("paras", STORY),
        ("lines", ["The Harbour Post Newsletter", "Get the news every morning", "Join Now"]),
        ("list", ["About Harbour Post", "Contact Us", "About Ana Ruiz", "More from Ana Ruiz"]),
    ]
    with recording() as rules:
        article = ingest_text(RENDERINGS[render](page))
    assert article.source.outlet == "Harbour Post"
    assert rules["header.self_named_outlet"] >= 1


@pytest.mark.parametrize("render", sorted(RENDERINGS))
def test_a_site_that_calls_itself_by_its_address_names_the_outlet(render: str) -> None:
    # the logo's text, a menu's item and the footer's copy give the address as the site's name
    page = [
        ("lines", ["Kelbywheels.com", "News", "Reviews", "Sign in"]),
        ("lines", [HEADLINE, "By Ana Ruiz", "Published 12 March 2026"]),
        ("paras", STORY),
        ("list", ["Kelbywheels.com", "Contact Us"]),
        ("paras", ["Kelbywheels.com is the leading motoring site of the north coast, with daily news and road tests."]),
    ]
    with recording() as rules:
        article = ingest_text(RENDERINGS[render](page))
    assert article.source.outlet == "Kelbywheels.com"
    assert rules["header.domain_outlet"] == 1


def test_an_address_met_twice_or_never_alone_names_no_outlet() -> None:
    from briefgen.ingest.site_name import domain_outlet

    # a partner's address in a voucher box, twice: a link to another site
    assert domain_outlet("Get 10% off at Tarvelshop.com\nTarvelshop.com\nStory text.\n") is None
    # three times, but never a line of its own: the story's words about another site
    prose = "Kelbywheels.com said ... Kelbywheels.com also ... Kelbywheels.com added ...\n"
    assert domain_outlet(prose) is None
    # two addresses as well attested: which is the site's, the page does not say
    both = "Kelbywheels.com\nTarvelshop.com\n" * 3
    assert domain_outlet(both) is None
    # part of a longer address or of an e-mail's is no name
    assert domain_outlet("www.Kelbywheels.com\ndesk@Kelbywheels.com\n" * 3) is None
    assert domain_outlet("Kelbywheels.com\n" * 3) == "Kelbywheels.com"


def test_one_kind_of_line_a_service_link_or_the_byline_names_no_outlet() -> None:
    from briefgen.ingest.site_name import self_named_outlet

    assert self_named_outlet("About Harbour Post\nAbout Tarvel Ferries\n") is None  # one kind only
    assert self_named_outlet("Join Now\nFollow Now\nContact Us\nAbout Us\n") is None  # service links
    assert self_named_outlet("About Ana Ruiz\nMore from Ana Ruiz\n", author="Ana Ruiz") is None
    assert self_named_outlet("About Harbour Post\nHarbour Post Premium Newsletter\n") == "Harbour Post"
    # two names as well attested: which is the site's, the page does not say
    assert self_named_outlet("About Harbour Post\nHarbour Post App\nAbout Tarvel\nTarvel App\n") is None


def test_the_footers_sentences_about_the_site_name_it() -> None:
    """ "Harbour Post is part of Tarvel Media, which runs ..." opens a long line of the footer's
    prose, and "Originally published on Harbour Post." closes the story: two kinds."""
    from briefgen.ingest.site_name import self_named_outlet

    footer = (
        "Originally published on Harbour Post.\n"
        "Harbour Post is part of Tarvel Media, which runs nine local papers and two radio stations "
        "along the north coast.\n"
    )
    assert self_named_outlet(footer) == "Harbour Post"
    # a menu's word after a name does not name a site on a long line of prose
    prose = (
        "Harbour Post App users will see the new ferry timetable from Monday, the council said in a "
        "statement.\nAbout Harbour Post\n"
    )
    assert self_named_outlet(prose) is None


def test_a_menus_explore_line_and_the_footers_sentence_name_the_site() -> None:
    from briefgen.ingest.site_name import self_named_outlet

    page = "Explore HarbourPost\nNews\nStory text.\nHarbour Post is part of the Tarvel Lifestyle Group.\n"
    assert self_named_outlet(page) == "Harbour Post"
    assert self_named_outlet("Explore HarbourPost\nExplore Topics\n") is None  # one kind only


@pytest.mark.parametrize(
    "sentence",
    [
        "Harbour Post is a website about the coast, brought to you by Tarvel Radio.",
        "Harbour Post is part of Tarvel Radio.",
        "Harbour Post is a Tarvel Radio Network.",
    ],
)
def test_a_copyright_holder_the_page_calls_a_parent_is_no_outlet(sentence: str) -> None:
    from briefgen.ingest.copyright_line import copyright_outlet

    page = "Tarvel Radio\nNews\n\nStory text.\n\n" + sentence + "\n\u00a9 2026 Tarvel Radio. All rights reserved.\n"
    assert copyright_outlet(page) is None
    assert copyright_outlet(page.replace(sentence, "Contact us")) == "Tarvel Radio"
