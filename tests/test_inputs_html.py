"""HTML pages: the article without the page's clutter, its metadata, and the same brief as clean text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefgen.errors import InputError
from briefgen.ingest import ingest_html, ingest_path
from briefgen.ingest.html import fragment_paragraphs
from briefgen.model import Brief, Source
from briefgen.summary import summarize_article
from briefgen.trace import recording

try:  # tests/ as a package, or as a rootdir on sys.path (pytest's default without __init__.py)
    from .conftest import run_cli
except ImportError:
    from conftest import run_cli  # type: ignore[no-redef]

PAGES = Path(__file__).parent / "pages"

CASES = {
    "harbor-bridge.html": dict(
        title="Harbor bridge closes for six weeks of repairs",
        source=Source(
            outlet="Lakeside Courier",
            author="Marta Okafor",
            published="2025-03-14T08:30:00-05:00",
            url="https://www.lakesidecourier.example/news/2025/03/14/harbor-bridge-closes-repairs",
        ),
        kept=[
            "18,000 vehicles a day",
            "said Mayor Elena Vasquez",
            "waive parking fees",
            "“We will survive, but it is going to hurt.”",
        ],
        clutter=[
            "cookies",
            "Sports",
            "Breaking",
            "Related stories",
            "Ferry service",
            "Advertisement",
            "spring sale",
            "riverrat77",
            "jammed",
            "Most read",
            "newsletter",
            "All rights reserved",
            "Privacy",
            "Share on",
            "Tags",
            "Dana Whitfield",
            "City Hall reporter",
        ],
    ),
    "orchard-frost.html": dict(
        title="Late frost wipes out much of the valley’s apricot crop",
        source=Source(
            outlet="Valley Ledger",
            author="Tomasz Lindqvist",
            published="2024-04-22T17:05:00+00:00",
            url="https://valleyledger.example/agriculture/late-frost-apricot-crop/",
        ),
        kept=[
            "this year’s apricot crop",
            "“I walked the rows on Thursday morning",
            "Leah Barros",
            "hold on until next spring.”",
        ],
        clutter=[
            "Log in",
            "Obituaries",
            "Photo courtesy",
            "Get the Ledger",
            "Read more",
            "Water rights",
            "Share this",
            "tips@",
            "grandfather",
            "thoughts on",
            "Popular now",
            "ADVERTISEMENT",
            "mowers",
            "Copyright",
            "uses cookies",
            "Posted by",
        ],
    ),
}


@pytest.mark.parametrize("page", sorted(CASES))
def test_page_gives_the_article_and_its_metadata(page: str) -> None:
    case = CASES[page]
    article = ingest_path(str(PAGES / page))
    assert article.title == case["title"]
    assert article.source == case["source"]
    paragraphs = article.text.split("\n\n")
    assert paragraphs[0] == case["title"]  # the headline leads, as in text pasted from a page
    assert all(p.strip() == p and "\n" not in p for p in paragraphs)
    for needle in case["kept"]:
        assert needle in article.text
    for needle in case["clutter"]:
        assert needle not in article.text, needle


def test_page_and_clean_text_give_the_same_article() -> None:
    page = ingest_path(str(PAGES / "harbor-bridge.html"))
    text = ingest_path(str(PAGES / "harbor-bridge.txt"))
    assert page.text == text.text and page.title == text.title
    markdown = ingest_path(str(PAGES / "orchard-frost.md"))
    assert ingest_path(str(PAGES / "orchard-frost.html")).text == markdown.text


def _essentials(brief: Brief) -> tuple:
    return (
        brief.bottom_line,
        [kp.text for kp in brief.key_points],
        [(q.text, q.speaker) for q in brief.quotes],
        [(a.name, a.kind, a.role) for a in brief.actors],
        [q.text for q in brief.open_questions],
    )


@pytest.mark.parametrize(
    ("page", "clean"), [("harbor-bridge.html", "harbor-bridge.txt"), ("orchard-frost.html", "orchard-frost.md")]
)
def test_page_brief_matches_the_clean_text_brief(page: str, clean: str) -> None:
    from_page = summarize_article(ingest_path(str(PAGES / page)))
    from_clean = summarize_article(ingest_path(str(PAGES / clean)))
    assert _essentials(from_page) == _essentials(from_clean)
    assert from_page.key_points and from_page.quotes and from_page.actors
    assert from_page.source.url and from_page.source.outlet  # the page knows more than the clean text


def test_cli_html_file_source_in_json(tmp_path: Path) -> None:
    proc = run_cli("build", str(PAGES / "orchard-frost.html"), "-f", "json,md", "-o", str(tmp_path))
    assert proc.returncode == 0, proc.stderr.decode()
    data = json.loads((tmp_path / "orchard-frost.json").read_text(encoding="utf-8"))
    assert data["title"] == "Late frost wipes out much of the valley’s apricot crop"
    assert data["source"] == CASES["orchard-frost.html"]["source"].model_dump()
    md = (tmp_path / "orchard-frost.md").read_text(encoding="utf-8")
    assert "<p>" not in md and "Valley Ledger" in md


def test_page_without_article_text_is_a_one_line_error(tmp_path: Path) -> None:
    shell = PAGES / "empty-shell.html"
    with pytest.raises(InputError, match="no article text"):
        ingest_path(str(shell))
    proc = run_cli("build", str(shell), str(PAGES / "harbor-bridge.html"), "-f", "json", "-o", str(tmp_path))
    assert proc.returncode == 1
    errors = [line for line in proc.stderr.decode().splitlines() if line.startswith("briefgen:")]
    assert errors == [f"briefgen: error: {shell}: no article text found on the page"]
    assert [p.name for p in tmp_path.iterdir()] == ["harbor-bridge.json"]


def test_in_body_promotions_go_but_linked_sentences_stay() -> None:
    body = "".join(
        f"<p>Paragraph {i} of the report says the council met on Tuesday and agreed the plan for the park.</p>"
        for i in range(4)
    )
    html = (
        "<html><head><title>Council agrees park plan</title></head><body><article><h1>Council agrees park plan</h1>"
        + body
        + '<p>Read more: <a href="/x">Ten things to do this weekend</a></p>'
        + '<p>The <a href="/p">park plan</a> was first proposed in 2019 by residents.</p>'
        + "<p>ALSO: <a href='/y'>Mayor answers your questions</a></p></article></body></html>"
    )
    article = ingest_html(html, name="page")
    assert "Ten things" not in article.text and "Mayor answers" not in article.text
    assert "The park plan was first proposed in 2019 by residents." in article.text


def test_page_without_metadata_uses_what_the_text_says() -> None:
    html = (
        "<html><body><div><p>By Jo Park</p>"
        + "".join(
            f"<p>Sentence {i} about the harbour dredging project and its cost to the port authority.</p>"
            for i in range(5)
        )
        + "</div></body></html>"
    )
    article = ingest_html(html.encode("utf-8"), name="bare", url="https://port.example/dredging")
    assert article.source.author == "Jo Park"
    assert article.source.url == "https://port.example/dredging"
    assert "By Jo Park" not in article.text


def test_a_year_in_the_story_is_no_publication_date() -> None:
    # "since 2019" once read as 1 January 2019: a page that states no date has none
    html = (
        "<html><head><title>Harbour tolls rise again</title></head><body><article><h1>Harbour tolls rise again</h1>"
        + "".join(
            f"<p>The port authority raised its tolls for the {n} time since 2019, citing the cost of dredging.</p>"
            for n in ("second", "third", "fourth", "fifth")
        )
        + "</article></body></html>"
    )
    assert ingest_html(html, name="undated").source.published is None
    dated = html.replace("<body>", '<body><time datetime="2025-06-02">2 June 2025</time>')
    assert (ingest_html(dated, name="dated").source.published or "").startswith("2025-06-02")


def test_fragment_paragraphs() -> None:
    assert fragment_paragraphs(
        "<p>One <b>two</b></p><p>Three<br>four</p><figure><figcaption>x</figcaption>"
        "</figure><script>var a;</script>tail"
    ) == ["One two", "Three four", "tail"]


def test_extraction_is_the_same_every_time() -> None:
    # trafilatura's deduplication remembers text across calls; reading a page must not depend on history.
    page = (PAGES / "harbor-bridge.html").read_bytes()
    texts = {ingest_html(page, name="page").text for _ in range(6)}
    assert len(texts) == 1


@pytest.mark.parametrize(
    ("raw", "author"),
    [
        ("Jo Park; Political correspondent", "Jo Park"),
        ("Jo Park; Sam Lee", "Jo Park, Sam Lee"),
        ("  Marta   Okafor ", "Marta Okafor"),
        (None, None),
        ("JO PARK; SAM LEE Associated Press", "Jo Park, Sam Lee"),
        ("Jo Park, Reuters", "Jo Park"),
        ("Jo Park (AP)", "Jo Park"),
        ("Jo Park | AFP", "Jo Park"),
        ("By Jo Park and Sam Lee, Staff Writers", "Jo Park, Sam Lee"),
        ("Jo Park News reporter", "Jo Park"),
        ("Jo Park; staff writer", "Jo Park"),
        ("Jo Park; PhD", "Jo Park"),
        ("Jo Park November", "Jo Park"),
        ("SEAN O'NEILL-PARK III", "Sean O'Neill-Park III"),
        ("XI LAN", "Xi Lan"),
        ("Ana de la Vega", "Ana de la Vega"),
        ("REUTERS", "Reuters"),
        ("Associated Press", "Associated Press"),
        ("AP", "AP"),
        ("Jo Pa", "Jo Pa"),
        ("Coast Herald Staff", "Coast Herald Staff"),
        ("Staff Writer", None),  # a job or a desk with no one's name
        ("By Editorial Staff", None),
        ("News Desk", None),
        ("webdesk", "webdesk"),
        ("Jo Park; Tidal popular news site", "Jo Park"),
        ("Jo Park Image", "Jo Park"),  # the alternative text of the author's photo
        ("By Marta Ann Okafor photo", "Marta Ann Okafor"),
        ("Jo Logo", "Jo Logo"),  # two words: a name, whatever it is
        ("No Author", None),  # the content system's word for none
        ("Unknown", None),
        ("N/A", None),
        ("admin", None),  # the content system's account, no person
        ("Site Editor", None),
        ("Ana Admin", "Ana Admin"),  # a name, whatever its last word
        ("Ana No", "Ana No"),
        ("Article by", None),  # a content system's label, with no name after it
        ("By Article by", None),
        ("Story by Marta Okafor", "Marta Okafor"),
        ("Written by Jo Park", "Jo Park"),
        ("Textor Park", "Textor Park"),
        ("Jo Park says", None),  # a reader comment's header, which the extractor took for the byline
        ("Jo Park says:", None),
        ("Ana Wrote", "Ana Wrote"),  # a name, whatever its last word
        # a phrase of prose split at its "and" (a fact check's claimant), no list of names
        ("The Northern and Southern harbour boards", None),
        ("Jo Park and Ana Ruiz", "Jo Park, Ana Ruiz"),
        # a line of the author's bio the template ran on: no name holds "is", "has" or "since"
        ("Ana Ruiz Ana is a front-end engineer", "Ana Ruiz"),
        ("Jo Park She has covered the harbour since 2010", "Jo Park"),
        ("Has Served As A Senior Harbour Pilot Since", None),
    ],
)
def test_author_names_without_job_titles_or_agencies(raw: str | None, author: str | None) -> None:
    from briefgen.ingest.bylines import clean_author

    assert clean_author(raw) == author


def test_author_without_the_outlet() -> None:
    from briefgen.ingest.bylines import clean_author

    assert clean_author("Jo Park; Coast Herald Business", outlet="Coast Herald") == "Jo Park"
    assert clean_author("Jo Park; Coast Herald", outlet="The Coast Herald") == "Jo Park"
    assert clean_author("Coast Herald Editors; Jo Park", url="https://www.coastherald.example/x") == "Jo Park"


def test_an_account_login_is_no_author() -> None:
    """A post made with the site's login ("harbouradmin", "chnwebmaster") names no one: a byline "By
    Harbouradmin" is a false fact; a desk's account and a person's name stay."""
    from briefgen.ingest.bylines import clean_author
    from briefgen.trace import recording

    with recording() as seen:
        assert clean_author("harbouradmin") is None
        assert clean_author("CHNWEBMASTER") is None
    assert seen["html_meta.byline_account"] == 2
    assert clean_author("Ana Oadmin") == "Ana Oadmin"  # two words: a person's name
    assert clean_author("newsteam") == "newsteam"  # a desk: who wrote


def test_outlet_from_a_piped_title_tag_and_no_time_element_guess() -> None:
    body = "".join(
        f"<p>Sentence {i} about the harbour dredging project and its cost to the port authority.</p>" for i in range(5)
    )
    html = (
        "<html><head><title>Port approves dredging plan | Coast Herald</title></head><body><article>"
        + body
        + "</article><div class='comments'><time datetime='2031-01-01T00:00:00Z'>later</time></div></body></html>"
    )
    article = ingest_html(html, name="page")
    assert article.title == "Port approves dredging plan"
    assert article.source.outlet == "Coast Herald"
    assert article.source.published is None  # a comment's time is not the article's


def test_comment_nodes_inside_paragraphs_keep_the_text_after_them() -> None:
    # React pages put "<!-- -->" between text pieces; the text after each one belongs to the paragraph
    # (trafilatura walks elements only, so a tree that still holds comments lost it: "When" alone).
    plain = "".join(
        f"<p>On day {i} the harbour board met again and heard that the ferry timetable would change in spring "
        "after the council vote on the budget, delayed twice by arguments over fuel and pay.</p>"
        for i in range(6)
    )
    split = (
        "<p>When <!-- -->Mr<!-- -->. Okafor spoke<?php echo 1; ?> on Friday, he said the<!-- a note --> "
        "crews would be told first.</p>"
    )
    html = (
        "<html><head><title>Ferry timetable to change</title></head><body><header>Menu</header><article>"
        "<h1>Ferry timetable to change</h1>" + plain + split + "</article><footer>Contact</footer></body></html>"
    )
    text = ingest_html(html, name="page").text
    assert "When Mr. Okafor spoke on Friday, he said the crews would be told first." in text
    assert "note" not in text and "php" not in text


def test_a_paragraph_the_markup_wraps_with_a_break_at_every_line_is_one_paragraph() -> None:
    # a blog's markup that turns each line of the author's wrapped text into "<br />": a browser
    # shows the lines, and each had been a paragraph of its own, sentences cut at every line's end
    wrapped = [
        (
            "When the harbour board met on Monday, its members heard that the ferry<br />\n"
            "timetable would change in spring, after the council vote on the budget<br />\n"
            "that had been delayed twice by long arguments over fuel and over pay.<br />\n"
            "The crews, who were told first, said they would hold a meeting of their<br />\n"
            "own on Friday to decide whether to accept the new hours of the routes.<br />"
        ),
        (
            "Ana Ruiz, who chairs the board, said that the old pier would close for<br />\n"
            "three weeks in April, while engineers replace the beams under the deck<br />\n"
            "and the ramp that cars use to board, and that the boats would sail from<br />\n"
            "the north quay for as long as the work goes on, at the usual times.<br />"
        ),
    ]
    html = (
        "<html><head><title>Ferry timetable to change</title></head><body><article>"
        "<h1>Ferry timetable to change</h1>" + "".join(f"<p>{p}</p>" for p in wrapped) + "</article></body></html>"
    )
    with recording() as fired:
        paragraphs = ingest_html(html, name="page").text.split("\n\n")
    assert paragraphs[1].startswith("When the harbour board met on Monday, its members heard that the ferry timetable")
    assert "the council vote on the budget that had been delayed" in paragraphs[1]
    assert paragraphs[-1].endswith(
        "and that the boats would sail from the north quay for as long as the work goes on, at the usual times."
    )
    assert not any(p.startswith(("timetable", "that had", "three weeks", "the north quay")) for p in paragraphs)
    assert fired["page_lines.hard_wrapped"] == 1


def _dredging_page(head: str, lead: str = "", foot: str = "") -> str:
    body = "".join(
        f"<p>Sentence {i} about the harbour dredging project and its cost to the port authority.</p>" for i in range(6)
    )
    return (
        f"<html><head><title>Port approves dredging plan</title>{head}</head><body><article>"
        f"<h1>Port approves dredging plan</h1>{lead}{body}</article><footer>{foot}</footer></body></html>"
    )


@pytest.mark.parametrize(
    ("head", "url"),
    [
        # a stray element closes <head> early: the parser moves the link into <body>, where trafilatura does not look
        ('<div id="consent"></div><link rel="canonical" href="https://coastherald.example/port/dredging">', None),
        ('<link rel="Canonical" href="https://coastherald.example/port/dredging">', None),
        # a relative canonical link is no URL: og:url is
        (
            '<link rel="canonical" href="/port/amp"><meta property="og:url" '
            'content="https://coastherald.example/port/dredging">',
            None,
        ),
        # the canonical URL is the page's address, not the one it was fetched from
        (
            '<link rel="canonical" href="https://coastherald.example/port/dredging">',
            "https://amp.coastherald.example/port/dredging?utm=feed",
        ),
        ('<link rel="canonical" href="javascript:void(0)">', "https://coastherald.example/port/dredging"),
    ],
)
def test_canonical_url_from_the_link_or_og_url(head: str, url: str | None) -> None:
    article = ingest_html(_dredging_page(head), name="page", url=url)
    assert article.source.url == "https://coastherald.example/port/dredging"


@pytest.mark.parametrize(
    ("head", "url", "foot", "outlet"),
    [
        # a wire story on a hosting subdomain: "Hosted" is no outlet; the host's label, as the page writes it
        (
            '<meta property="og:site_name" content="Hosted">'
            '<link rel="canonical" href="https://hosted.harbourwire.example/article/5f3a/port-dredging">',
            None,
            "© 2031 HarbourWire. All rights reserved.",
            "HarbourWire",
        ),
        # og:site_name that the parser moved out of <head>
        (
            '<div class="ad"></div><meta property="og:site_name" content="Coast Herald">',
            "https://www.coastherald.example/port",
            "",
            "Coast Herald",
        ),
        # JSON-LD publisher when og:site_name is a subdomain word
        (
            '<meta property="og:site_name" content="www"><script type="application/ld+json">'
            '{"@context": "https://schema.org", "@graph": [{"@type": "NewsArticle",'
            ' "headline": "Port approves dredging plan",'
            ' "publisher": {"@type": "Organization", "name": "Coast Herald"}}]}</script>',
            "https://www.coastherald.example/port",
            "",
            "Coast Herald",
        ),
        ('<meta name="application-name" content="Coast Herald">', None, "", "Coast Herald"),
        ('<meta property="og:site_name" content="Coast Herald | News for the bay">', None, "", "Coast Herald"),
        # nothing but the host: its name without the subdomain word
        ("", "https://amp.coastherald.example/port", "", "coastherald.example"),
        # a "site name" of 260 characters is none: the host's label, capitalised
        (
            '<meta property="og:site_name" content="' + "Coast Herald " * 20 + '">',
            "https://coastherald.example/port",
            "",
            "Coastherald",
        ),
    ],
)
def test_outlet_from_page_metadata_never_a_subdomain_word(
    head: str,
    url: str | None,
    foot: str,
    outlet: str,
) -> None:
    article = ingest_html(_dredging_page(head, foot=foot), name="page", url=url)
    assert article.source.outlet == outlet
    assert article.title == "Port approves dredging plan"


def test_publisher_of_json_ld() -> None:
    from briefgen.ingest.json_ld import ld_facts

    def _ld_publisher(text: str) -> str | None:
        return ld_facts(text)[0]

    graph = '{"@graph": [{"@type": "WebSite"}, {"@type": "NewsArticle", "publisher": {"name": "Coast Herald"}}]}'
    assert _ld_publisher(graph) == "Coast Herald"
    listed = '[{"publisher": "https://coastherald.example"}, {"publisher": [{"name": "Bay Wire"}]}]'
    assert _ld_publisher(listed) == "Bay Wire"  # a URL is no name
    assert _ld_publisher("[" * 100_000 + "]" * 100_000) is None  # deeper than the parser goes
    assert _ld_publisher("{not json") is None


def test_byline_of_capitalised_names_and_an_agency() -> None:
    head = '<meta name="author" content="MARTA OKAFOR, JO ANN PARK, TOMASZ LINDQVIST Associated Press">'
    article = ingest_html(_dredging_page(head), name="page")
    assert article.source.author == "Marta Okafor, Jo Ann Park, Tomasz Lindqvist"


@pytest.mark.parametrize(
    ("head", "lead", "author"),
    [
        # the site signs as itself: the names the template's byline element gives
        (
            '<meta property="og:site_name" content="Harbour Tech Blog"><meta name="author" content="Harbour">',
            '<span class="byline-author">Posted by Ana Roe and Jo Park - Dredging team</span>',
            "Ana Roe, Jo Park",
        ),
        # a "Posted on ... by" element
        (
            '<meta property="og:site_name" content="Harbour Tech Blog"><meta name="author" content="Harbour">',
            '<div class="post-author">Posted on 4 May 2026 by Tomasz Lind</div>',
            "Tomasz Lind",
        ),
        # the outlet's "&" split by the extractor: no byline, not "Pipe"
        ('<meta property="og:site_name" content="Pier & Pipe"><meta name="author" content="Pier & Pipe">', "", None),
    ],
)
def test_the_byline_the_page_marks_when_the_metadata_names_only_the_site(
    head: str, lead: str, author: str | None
) -> None:
    article = ingest_html(_dredging_page(head, lead), name="page")
    assert article.source.author == author


@pytest.mark.parametrize(
    ("site", "author", "shown"),
    [
        ("Harbour Lantern", "Harbour Lantern", None),  # the site signs as itself
        ("The Harbour Lantern", "HARBOUR LANTERN", None),  # "The" and capitals aside
        ("Ana Roe's Kitchen", "Ana Roe", "Ana Roe"),  # a blog named after its writer keeps her
    ],
)
def test_a_byline_that_is_the_sites_own_name_is_no_author(site: str, author: str, shown: str | None) -> None:
    head = f'<meta property="og:site_name" content="{site}"><meta name="author" content="{author}">'
    article = ingest_html(_dredging_page(head), name="page")
    assert article.source.outlet == site
    assert article.source.author == shown


def test_the_byline_keeps_the_dots_of_the_names_as_the_page_writes_them() -> None:
    """trafilatura writes "J.O. Roe" as "J O Roe": the brief spells the writer as the page does."""
    head = '<meta name="author" content="Ana M. Ruiz, J.O. Roe and T. V. Lind">'
    article = ingest_html(_dredging_page(head), name="page")
    assert article.source.author == "Ana M. Ruiz, J.O. Roe, T. V. Lind"


def test_page_spelling_takes_only_dots_the_page_writes_inside_the_name() -> None:
    from briefgen.ingest.bylines import page_spelling

    page = "<p>A report by Bo Li. Then Kim A Lee wrote more.</p>"
    assert page_spelling("Bo Li", page) == "Bo Li"  # the sentence's full stop is not the name's
    assert page_spelling("Kim A Lee", page) == "Kim A Lee"  # written without dots: as it is
    assert page_spelling("Ana M Ruiz", page) == "Ana M Ruiz"  # not on the page: as it is
    assert page_spelling("Ana M Ruiz", "by Ana M.Ruizova") == "Ana M Ruiz"  # another word
    assert page_spelling(None, page) is None


def _card(name: str, stamp: str) -> str:
    """A teaser of another story as a page's list of more stories prints it: its byline and date."""
    return (
        '<div class="card"><h3><a href="/other/story">Ferry fares to rise in spring</a></h3><span class="byline" '
        f'itemprop="author" itemscope itemtype="https://schema.org/Person">By <span itemprop="name">{name}'
        f'</span></span> <time datetime="{stamp}">a date</time></div>'
    )


@pytest.mark.parametrize(
    ("head", "foot", "author"),
    [
        # the story has no byline; a card of a story of ten years later has one: no author
        (
            '<meta property="article:published_time" content="2014-03-02T09:00:00Z">',
            _card("Ana Roe", "2024-05-12"),
            None,
        ),
        # the card's date is the story's own day: it may be the story's byline, and stays
        (
            '<meta property="article:published_time" content="2014-03-02T09:00:00Z">',
            _card("Ana Roe", "2014-03-02T10:00:00Z"),
            "Ana Roe",
        ),
        # the page's metadata names the writer too: the writer's, wherever else the name stands
        (
            '<meta property="article:published_time" content="2014-03-02T09:00:00Z">'
            '<meta name="author" content="Ana Roe">',
            _card("Ana Roe", "2024-05-12"),
            "Ana Roe",
        ),
    ],
)
def test_a_byline_beside_another_storys_date_is_not_the_writers(head: str, foot: str, author: str | None) -> None:
    article = ingest_html(_dredging_page(head, foot=foot), name="page")
    assert article.source.published and article.source.published.startswith("2014-03-02")
    assert article.source.author == author


def test_a_one_word_account_gives_way_to_the_byline_run_into_the_story() -> None:
    head = '<meta name="author" content="KBNTEAM">'
    lead = "<p><strong>By Ana Roe</strong>: The port approved the dredging plan on Monday after a long debate.</p>"
    assert ingest_html(_dredging_page(head, lead), name="page").source.author == "Ana Roe"
    # a person's name in the metadata stays: the run-in byline may be a guest's column
    head = '<meta name="author" content="Ben Lusk">'
    assert ingest_html(_dredging_page(head, lead), name="page").source.author == "Ben Lusk"


def test_a_byline_run_into_its_time_stamp_or_after_posted_on() -> None:
    from briefgen.ingest.bylines import clean_author

    assert clean_author("2026 10:43") is None
    assert clean_author("Posted on 4 May 2026 by Tomasz Lind") == "Tomasz Lind"
    assert clean_author("Posted by Ana Roe") == "Ana Roe"


def test_the_visible_headline_leads_once_when_the_metadata_title_is_another() -> None:
    head = '<meta property="og:title" content="Dredging deal done, says the port">'
    article = ingest_html(_dredging_page(head), name="page")
    paragraphs = article.text.split("\n\n")
    assert article.title == paragraphs[0] == "Port approves dredging plan"
    assert "Dredging deal done" not in article.text


def test_headline_after_a_kicker_comes_once() -> None:
    article = ingest_html(_dredging_page("").replace("<h1>", '<p class="kicker">Harbours</p><h1>'), name="page")
    paragraphs = article.text.split("\n\n")
    assert paragraphs[:3] == [
        "Port approves dredging plan",
        "Harbours",
        "Sentence 0 about the harbour dredging project and its cost to the port authority.",
    ]


def test_metadata_helpers_are_fast_on_hostile_values() -> None:
    from briefgen.ingest import bylines
    from briefgen.ingest import html_meta as meta
    from briefgen.ingest import json_ld

    from scaling import growth

    def hostile(k: int) -> None:  # k = 4: the sizes this test has always used
        assert meta.absolute_url("https://" + "a" * 50_000 * k) is None
        assert meta.absolute_url("https://coast.example/" + "a/" * 12_500 * k) is None  # longer than a URL
        assert meta._without_host_words("a." * 12_500 * k + "b") == "a." * 12_500 * k + "b"  # not a host name
        bylines.clean_author("JO PARK, " * 12_500 * k + "Associated Press")
        bylines.clean_author(" and" * 25_000 * k)
        bylines.clean_author("-" * 25_000 * k + " By")
        bylines.page_spelling("A B C D E F", "A. " * 100_000 * k)
        assert meta._outlet_from_host("https://hosted.bw.example/x", ".bw" * 25_000 * k + " (BW) " * 250 * k) == "BW"
        json_ld.ld_facts("[" * 50_000 * k)
        json_ld.ld_facts("[" + ",".join(['{"a": [{"b": [1, 2]}]}'] * 5_000 * k) + "]")

    assert meta._without_host_words("www." * 5 + "coast.example") == "coast.example"
    # four times the input, about four times the work (a backtracking pattern: sixteen or more)
    assert growth(hostile, 1, repeat=1) < 8


def test_a_page_without_metadata_takes_its_title_and_author_from_its_text() -> None:
    """A hand-written or minimal page (no <title>, no og: tags, no author meta; the dev pages all
    have them) still gives its headline from a "Headline | Outlet" first line and its author from
    a "By ..." line, as a paste of the same text would (``html.title_from_text``,
    ``html.author_from_text``)."""
    from briefgen.trace import recording

    story = "".join(
        f"<p>{p}</p>"
        for p in (
            "The town council on Tuesday approved a four-kilometre flood wall along the lower river, ending a "
            "dispute that has stalled the project for more than ten years.",
            "The wall will cost 48 million pounds and take three years to build, according to the council's "
            "engineers, who said the first section would protect about 2,000 homes in the old harbour district.",
            "Opponents argued that the money would be better spent on moving homes away from the river, and two "
            "members voted against the plan after a debate that lasted most of the evening.",
        )
    )
    head = "Harbourton council approves flood wall | Valley Chronicle"
    page = f"<html><body><article><p>{head}</p><p>By Ana Ruiz</p>{story}</article></body></html>"
    with recording() as rules:
        article = ingest_html(page)
    assert article.title == "Harbourton council approves flood wall"
    assert article.source.author == "Ana Ruiz"
    assert rules["html.title_from_text"] == 1 and rules["html.author_from_text"] == 1


_DEK = "Dredgers will deepen the channel by two metres so that larger container ships can dock from June."


def _dek_page(dek_meta: str = _DEK, shown: str = f'<p class="dek">{_DEK}</p>', after: bool = False) -> str:
    """A page whose standfirst stands in the header, outside the article body the extractor keeps."""
    body = "".join(
        f"<p>Sentence {i} about the harbour dredging project and its cost to the port authority.</p>" for i in range(6)
    )
    header = f"<h1>Port approves dredging plan</h1>{'' if after else shown}"
    return (
        f'<html><head><title>Port approves dredging plan</title><meta name="description" content="{dek_meta}">'
        f'</head><body><header class="article-header">{header}</header><article>{body}</article>'
        f"<aside>{shown if after else ''}</aside></body></html>"
    )


def test_the_standfirst_the_page_shows_follows_the_headline() -> None:
    paragraphs = ingest_html(_dek_page(), name="page").text.split("\n\n")
    assert paragraphs[:2] == ["Port approves dredging plan", _DEK]
    assert paragraphs.count(_DEK) == 1


@pytest.mark.parametrize(
    "page",
    [
        _dek_page(shown=""),  # search-engine copy no element shows
        _dek_page(after=True),  # shown below the story: a teaser for another one, not its standfirst
        _dek_page(  # the site talking to the reader
            dek_meta="Our guide to the dredging of the channel this spring, week by week.",
            shown='<p class="dek">Our guide to the dredging of the channel this spring, week by week.</p>',
        ),
        _dek_page(dek_meta="Port news", shown='<p class="dek">Port news</p>'),  # a label, not a summary
    ],
)
def test_no_standfirst_from_hidden_late_short_or_site_voice_descriptions(page: str) -> None:
    paragraphs = ingest_html(page, name="page").text.split("\n\n")
    assert paragraphs[1].startswith("Sentence 0 about")


def test_a_story_that_opens_on_a_scene_gets_its_standfirst_as_bottom_line(tmp_path: Path) -> None:
    story = [
        "When the harbour master walked the quay at dawn last week, the old cranes stood silent against a grey sky.",
        "The port has lost three shipping lines to deeper harbours since 2020, and its cargo fell by a fifth last year.",
        "Work on the channel is to start in March, port officials said on Tuesday, and will cost about 40 million euros.",
        "Shipping lines have said they would come back if ships drawing up to 14 metres could reach the quay.",
        "The council approved the money for the dredging at a meeting on Monday evening.",
    ]
    page = _dek_page().replace("<article>", "<article>" + "".join(f"<p>{p}</p>" for p in story), 1)
    src = tmp_path / "port.html"
    src.write_text(page, encoding="utf-8")
    proc = run_cli("build", str(src), "-f", "json", "-o", str(tmp_path / "out"))
    assert proc.returncode == 0, proc.stderr.decode()
    brief = json.loads((tmp_path / "out" / "port.json").read_text(encoding="utf-8"))
    assert brief["text"].split("\n\n")[:3] == ["Port approves dredging plan", _DEK, story[0]]
    assert brief["bottom_line"] == _DEK
    start, end = brief["bottom_line_spans"][0]
    assert brief["text"][start:end] == _DEK


def test_standfirst_search_is_linear_in_page_size() -> None:
    import lxml.html

    from briefgen.ingest.standfirst import page_descriptions

    from scaling import growth

    def page(k: int) -> None:
        # many elements that start as the description does, inside one another and side by side
        hostile = "<div><span>Dredgers will</span>" * 50 * k + "</div>" * 50 * k
        hostile += "<p>Dredgers will deepen it.</p>" * 2_000 * k
        assert page_descriptions(lxml.html.fromstring(_dek_page(shown=hostile))) == {}

    assert growth(page, 1, repeat=3) < 8


def test_a_drop_cap_set_before_its_paragraph_goes_back_into_the_first_word() -> None:
    first = "he harbour board approved the dredging plan on Tuesday after a year of talks with shipping lines."
    page = _dredging_page("").replace(
        "<article>", f'<article><span class="cap">T</span><p><a href="/h">{first}</a></p>'
    )
    paragraphs = ingest_html(page, name="page").text.split("\n\n")
    assert paragraphs[1] == "T" + first


def test_a_site_tail_longer_than_the_outlet_name_leaves_the_title() -> None:
    site = "Coast 7News | Harbour News, Weather, Sports | Port Ellis"
    tailed = f"Port approves dredging plan - {site}"
    head = f'<title>{tailed}</title><meta property="og:title" content="{tailed}">'
    head += f'<meta property="og:site_name" content="{site}">'
    # the headline stands in the page's header, outside the story the extractor keeps
    page = _dek_page(shown="").replace("<title>Port approves dredging plan</title>", head)
    article = ingest_html(page, name="page")
    assert article.title == "Port approves dredging plan"
    assert article.text.split("\n\n")[0] == "Port approves dredging plan"


def test_a_standfirst_that_names_the_us_is_no_site_talk() -> None:
    dek = "The US navy says two of its tugs will tow the damaged ferry to the port of Selm by Friday."
    paragraphs = ingest_html(_dek_page(dek_meta=dek, shown=f'<p class="dek">{dek}</p>'), name="page").text.split("\n\n")
    assert paragraphs[1] == dek


@pytest.mark.parametrize(
    ("labelled", "title"),
    [
        ("Opinion | Port approves dredging plan", "Port approves dredging plan"),  # a section's label
        ("Harbour row: Port approves dredging plan", "Harbour row: Port approves dredging plan"),  # a kicker
    ],
)
def test_a_section_label_before_the_headline_is_left_out(labelled: str, title: str) -> None:
    head = f'<title>{labelled}</title><meta property="og:title" content="{labelled}">'
    page = _dek_page(shown="").replace("<title>Port approves dredging plan</title>", head)
    assert ingest_html(page, name="page").title == title


def test_a_headline_is_no_outlet_and_the_host_is_written_as_the_page_writes_it() -> None:
    """An aggregator's copy names itself by the story's headline (application-name): no outlet;
    the host "theherald" is the outlet as the page writes it, "The Herald"."""
    headline = "Harbour dredging to cost twice the estimate, port says"
    html = (
        f'<html><head><title>{headline}</title><meta name="application-name" content="{headline}">'
        '<link rel="canonical" href="https://www.theherald.example/news/dredging"></head><body><div>'
        f"<h1>{headline}</h1>"
        + "".join(
            f"<p>Sentence {i} about the harbour dredging project and its cost, The Herald has learned.</p>"
            for i in range(5)
        )
        + "</div></body></html>"
    )
    from briefgen.trace import recording

    with recording() as fired:
        article = ingest_html(html.encode("utf-8"), name="copy")
    assert article.title == headline
    assert article.source.outlet == "The Herald"
    assert fired["html_meta.headline_as_site_name"] == 1


@pytest.mark.parametrize(
    ("placeholder", "title"),
    [
        ("cmsengine", "Port approves dredging plan"),  # a content system's placeholder: the headline shown
        ("Port approves", "Port approves"),  # a short title the page's headline shows stays
    ],
)
def test_a_placeholder_title_gives_way_to_the_headline_the_page_shows(placeholder: str, title: str) -> None:
    ld = (
        '<script type="application/ld+json">{"@context": "http://schema.org", "@type": "NewsArticle", '
        f'"headline": "{placeholder}"}}</script>'
    )
    # the <title> names only the site: no second source agrees with the <h1> (see the test below)
    page = _dek_page(shown="").replace(
        "<title>Port approves dredging plan</title>", f"<title>Coast Herald</title>{ld}", 1
    )
    assert ingest_html(page, name="page").title == title


@pytest.mark.parametrize(
    ("tag_title", "title"),
    [
        # the <h1> and the <title> agree: the social og:title gives way to the headline shown
        ("Port approves dredging plan - Coast Herald", "Port approves dredging plan"),
        ("Port approves dredging plan", "Port approves dredging plan"),
        # the <title> says something else again: nothing agrees, the metadata's title stays
        ("Coast Herald: news of the coast", "Dredging gets the nod: what it means for you"),
    ],
)
def test_the_headline_the_page_and_its_title_tag_agree_on_beats_a_social_title(tag_title: str, title: str) -> None:
    social = '<meta property="og:title" content="Dredging gets the nod: what it means for you">'
    page = _dek_page(shown="").replace(
        "<title>Port approves dredging plan</title>", f"<title>{tag_title}</title>{social}", 1
    )
    assert ingest_html(page, name="page").title == title


@pytest.mark.parametrize(
    ("first", "title"),
    [
        # the site's name before an empty headline slot: the heading the text opens with
        ("<h2>Replacement bus advice for travellers</h2>", "Replacement bus advice for travellers"),
        # no heading to take: the site's name without its dangling dash
        ("", "Coast Rail Enquiries"),
    ],
)
def test_a_title_that_ends_on_its_separator_gives_way_to_the_first_heading(first: str, title: str) -> None:
    body = "".join(
        f"<p>Rule {i}: replacement buses for the coast line stop at the station forecourt, and staff help.</p>"
        for i in range(6)
    )
    page = (
        f"<html><head><title>Coast Rail Enquiries -</title></head><body><article>{first}{body}</article></body></html>"
    )
    article = ingest_html(page, name="page")
    assert article.title == title
    assert "Coast Rail Enquiries -" not in article.text


@pytest.mark.parametrize(
    ("ld_headline", "title"),
    [
        # the <h1> and the JSON-LD headline agree: the social og:title gives way to the headline shown
        ("Port approves dredging plan", "Port approves dredging plan"),
        # the JSON-LD says something else again: nothing agrees, the metadata's title stays
        ("Dredging: the port's plan explained", "Dredging gets the nod: what it means for you"),
    ],
)
def test_the_headline_the_page_and_its_structured_data_agree_on_beats_a_social_title(
    ld_headline: str, title: str
) -> None:
    social = '<meta property="og:title" content="Dredging gets the nod: what it means for you">'
    ld = (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [{"@type": '
        f'"NewsArticle", "headline": "{ld_headline}"}}]}}</script>'
    )
    page = _dek_page(shown="").replace(
        "<title>Port approves dredging plan</title>", f"<title>Why the harbour is being dug up</title>{social}{ld}", 1
    )
    assert ingest_html(page, name="page").title == title


def test_a_sentence_wrapped_in_the_markup_is_one_sentence_as_a_browser_shows_it() -> None:
    wrapped = (
        "<div><span>The ferry captain, who in 2009 won the\nCoast Guard medal for a rescue off Selm, has taken\n"
        " over the night crossing to the islands.</span></div>"
        "<div><span>She was one of the guests invited to a dinner by the harbour\n master, Jo Park.</span></div>"
    )
    code = "<pre>total = 1\nprint(total)</pre>"
    page = _dredging_page("", lead=wrapped + code)
    paragraphs = ingest_html(page, name="page").text.split("\n\n")
    assert (
        "The ferry captain, who in 2009 won the Coast Guard medal for a rescue off Selm, has taken over the night "
        "crossing to the islands." in paragraphs
    )
    assert "She was one of the guests invited to a dinner by the harbour master, Jo Park." in paragraphs
    assert not any(p.endswith("harbour") for p in paragraphs)


@pytest.mark.parametrize(
    ("shown", "published"),
    [
        # the page's own clock: the same instant at the publisher's offset, a day before in UTC
        ('<time datetime="2026-05-04T22:10:00-04:00">May 4, 2026</time>', "2026-05-04T22:10:00-04:00"),
        # a date alone in the byline, the day before an early-morning UTC time
        ('<time datetime="2026-05-04">May 4, 2026</time>', "2026-05-04"),
        # another day, or another instant: the metadata's time stands
        ('<time datetime="2026-05-03">May 3, 2026</time>', "2026-05-05T02:10:00+00:00"),
        ('<time datetime="2026-05-04T20:00:00-04:00">May 4, 2026</time>', "2026-05-05T02:10:00+00:00"),
    ],
)
def test_a_utc_publication_time_is_the_publishers_own_when_the_page_shows_it(shown: str, published: str) -> None:
    head = '<meta property="article:published_time" content="2026-05-05T02:10:00+00:00">'
    article = ingest_html(_dredging_page(head, lead=f"<p class='byline'>By Marta Okafor — {shown}</p>"), name="page")
    assert article.source.published == published


_STORY = (
    "The town council on Tuesday approved a four-kilometre flood wall along the lower river, ending a "
    "dispute that has stalled the project for more than ten years.",
    "The wall will cost 48 million pounds and take three years to build, according to the council's engineers.",
    "Opponents argued that the money would be better spent on moving homes away from the river.",
)
_BOX = (
    "Harbour Awards 2026",
    "Selmouth Choir and Ana Ruiz Lead the Harbour Awards Shortlist: See the Full List",
    "Kelby Brass Band Added to Harbour Awards Lineup",
    "Ten Things to Know About the Harbour Awards Ceremony",
)


def test_a_box_of_other_stories_headlines_above_the_lede_goes() -> None:
    """A topic box (a label and three headlines in headline case) that the extractor keeps
    between the headline and the lede is no part of the story: its names would be actors."""
    from briefgen.ingest.related_headlines import without_related_headlines

    title = "Harbourton council approves flood wall"
    with recording() as rules:
        kept = without_related_headlines([title, *_BOX, *_STORY], title)
    assert kept == [title, *_STORY]
    assert rules["html.related_headlines"] == 1
    page = "<html><head><title>%s</title></head><body><article>%s</article></body></html>" % (
        title,
        "".join(f"<p>{p}</p>" for p in (title, *_BOX, *_STORY)),
    )
    article = ingest_html(page)
    assert "Harbour Awards" not in article.text and article.text.endswith(_STORY[-1])


@pytest.mark.parametrize(
    "lines",
    [
        _BOX[1:3],  # two headlines: a kicker and a standfirst may look so, no box
        ("BOYS HOCKEY", "Selm d. Lusk 4-2", "Selm 1 2 1 — 4", "Lusk 0 1 1 — 2"),
        ("Flood Wall Approved", "Harbourton Votes Yes", "Work Starts in May"),  # too short for headlines
    ],
)
def test_lines_that_are_no_box_of_headlines_stay(lines: tuple[str, ...]) -> None:
    from briefgen.ingest.related_headlines import without_related_headlines

    paragraphs = ["Harbourton council approves flood wall", *lines, *_STORY]
    assert without_related_headlines(paragraphs, paragraphs[0]) == paragraphs


def test_a_table_of_contacts_on_a_saved_page_is_no_part_of_the_story() -> None:
    """A directory of contacts (members to write to, each with an e-mail address) is the page's
    offer to its reader: its names and places would all stand as actors."""
    story = "".join(
        f"<p>{p}</p>"
        for p in (
            "The harbour board voted on Tuesday to close the old ferry pier by the end of the year, after "
            "engineers found its timber piles had rotted through.",
            "Campaigners want councillors to keep the pier open for freight until the new breakwater is "
            "built, and have asked readers to write to them before the vote in May.",
        )
    )
    people = (("Kelby North", "Ana Ruiz"), ("Lusk Vale", "Ben Roe"), ("Selm", "Cal Tam"), ("Orme", "Dee Lin"))
    rows = "".join(
        f"<tr><td>{ward}</td><td>{name}</td><td>{name.lower().replace(' ', '.')}@council.example</td></tr>"
        for ward, name in people
    )
    figures = "<tr><td>Kelby North</td><td>1,204</td></tr><tr><td>Orme</td><td>988</td></tr><tr><td>Selm</td><td>1,530</td></tr>"
    html = (
        "<html><head><title>Harbour board to close the old pier</title></head><body><article>"
        f"<h1>Harbour board to close the old pier</h1>{story}"
        f"<table><tr><th>Ward</th><th>Councillor</th><th>Email</th></tr>{rows}</table>"
        f"<p>Last year's vote on the pier, by ward:</p><table><tr><th>Ward</th><th>Votes</th></tr>{figures}</table>"
        "</article></body></html>"
    )
    with recording() as fired:
        article = ingest_html(html, name="page")
    assert "Ana Ruiz" not in article.text and "@council.example" not in article.text
    assert "1,530" in article.text and "rotted through" in article.text
    assert fired["clean.contact_directory"] == 1


def test_an_outlet_named_by_its_app_or_handle_is_written_as_its_titles_write_it() -> None:
    """Metadata may name the outlet by its app or its social handle, glued ("NTHerald",
    "HarbourPostOnline"); the name the page's <title> carries is how readers know it."""
    from briefgen.ingest.html_meta import page_outlet
    from briefgen.trace import recording

    def outlet(glued: str, tag: str) -> str | None:
        html = f"<html><head><title>Ferry fares rise again - {tag}</title></head><body></body></html>"
        return page_outlet(html, (glued, None, None), title="Ferry fares rise again", url=None)[0]

    with recording() as seen:
        assert outlet("NTHerald", "The North Town Herald") == "The North Town Herald"
        assert outlet("HarbourPostOnline", "Harbour Post") == "Harbour Post"
    assert seen["html_meta.outlet_written_out"] == 2
    assert outlet("NTHerald", "Coast Weekly") == "NTHerald"  # another name: not written out
    assert outlet("Harbour Post", "The Harbour Post Group") == "Harbour Post"  # not glued


def test_the_outlet_two_of_the_pages_sources_agree_on_wins() -> None:
    """A JSON-LD publisher may name the desk that filed the story ("HH News Service") where the
    page's og:site_name and its <title> both say "Harbour Herald"."""
    from briefgen.ingest.html_meta import page_outlet

    def outlet(names: tuple[str, ...], tag: str) -> str | None:
        html = f"<html><head><title>Ferry fares rise again | {tag}</title></head><body></body></html>"
        return page_outlet(html, names, title="Ferry fares rise again", url=None)[0]

    assert outlet(("HH News Service", "Harbour Herald"), "Harbour Herald") == "Harbour Herald"
    # one name in two forms, or an abbreviation of it: the first stays
    assert outlet(("Harbour Herald Group", "Harbour Herald"), "Harbour Herald") == "Harbour Herald Group"
    assert outlet(("Harbour Street Journal", "HSJ"), "HSJ") == "Harbour Street Journal"
    assert outlet(("HH News Service", "Harbour Herald"), "Coast Weekly") == "HH News Service"


@pytest.mark.parametrize(
    ("host", "tail", "outlet"),
    [
        ("https://www.coastherald.example/news/dredging", "Coast Herald", "Coast Herald"),
        ("https://kpa.gov.example/news/dredging", "Kelby Port Authority", "Kelby Port Authority"),  # its initials
    ],
)
def test_a_host_name_gives_way_to_the_name_the_title_spells_it_as(host: str, tail: str, outlet: str) -> None:
    headline = "Harbour dredging to cost twice the estimate, port says"
    html = (
        f'<html><head><title>{headline} \u2013 {tail}</title><link rel="canonical" href="{host}"></head><body>'
        f"<div><h1>{headline}</h1>"
        + "".join(f"<p>Sentence {i} about the harbour dredging project and its cost to the port.</p>" for i in range(5))
        + "</div></body></html>"
    )
    assert ingest_html(html, name="page", url=host).source.outlet == outlet
    # a tail that does not spell the host is some other name: the host stays the outlet's
    other = html.replace(f"\u2013 {tail}", "\u2013 Weekend Edition")
    assert ingest_html(other, name="page", url=host).source.outlet != "Weekend Edition"


#: A page whose story is one sentence under a paywall: menus, a caption, a byline, a row of
#: sharing buttons and related links around it, each a block of its own.
DUMPED_PAGE = """<html><head><title>Harbour board: 'Nobody' will pay the new toll</title>
<meta property="og:site_name" content="Kelby Harbour Post"></head><body>
<ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul>
<div>Home News Harbour board: 'Nobody' will pay the new toll</div>
<div>The north quay at dawn. Photo: Tom Lusk</div>
<h1>Harbour board: 'Nobody' will pay the new toll</h1>
<div>By</div><div>Ana Ruiz</div><div>-</div><div>March 12, 2026</div>
<div>Share</div><div>Facebook</div><div>Twitter</div><div>WhatsApp</div><div>Email</div>
<div>The harbour board told the council in a letter on Monday that no ferry operator would pay the new quay toll before the summer timetable starts.</div>
<div>Related articles</div><div>More from author</div>
<div><a href="/a">Ferry strike halts crossings for a third day</a> March 10, 2026</div>
<div><a href="/b">Storm closes the north quay to all traffic</a> March 9, 2026</div>
<div>LEAVE A REPLY</div><div>Log in to leave a comment</div>
</body></html>"""


def test_a_page_run_together_by_the_extractor_is_read_as_its_paste(monkeypatch: pytest.MonkeyPatch) -> None:
    """The extractor found no story block and gave the whole page's text as one paragraph, its
    sharing buttons inside the prose: the page is read line by line, as its paste is."""
    import trafilatura

    run_together = " ".join(
        [
            "Home News Harbour board: 'Nobody' will pay the new toll The north quay at dawn. Photo: Tom Lusk",
            "By Ana Ruiz - March 12, 2026 Share Facebook Twitter WhatsApp Email The harbour board told the",
            "council in a letter on Monday that no ferry operator would pay the new quay toll before the summer",
            "timetable starts. Related articles More from author Ferry strike halts crossings for a third day",
            "March 10, 2026 Storm closes the north quay to all traffic March 9, 2026 LEAVE A REPLY Log in",
        ]
    )
    real = trafilatura.bare_extraction

    def dumped(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        doc = real(*args, **kwargs)
        doc.text = run_together
        return doc

    monkeypatch.setattr(trafilatura, "bare_extraction", dumped)
    with recording() as fired:
        article = ingest_html(DUMPED_PAGE)
    assert fired["html.page_read_as_paste"] == 1
    assert article.title == "Harbour board: 'Nobody' will pay the new toll"
    body = article.text.split("\n\n")[1:]
    assert body == [
        "The harbour board told the council in a letter on Monday that no ferry operator would pay the "
        "new quay toll before the summer timetable starts."
    ]
    assert article.source.author == "Ana Ruiz"


def test_a_row_of_sharing_buttons_inside_prose_marks_a_page_run_together() -> None:
    from briefgen.ingest.page_dump import dumped_page

    prose = "The harbour board told the council on Monday that no operator would pay the toll. " * 4
    assert dumped_page([prose + "Share Facebook Twitter Email " + prose])
    # the buttons on a line of their own, or two names in a sentence, are no run-together page
    assert not dumped_page(["Share Facebook Twitter Email", prose])
    assert not dumped_page([prose + "The board posted the letter on Facebook and Twitter. " + prose])


def test_a_page_run_together_whose_lines_hold_no_article_keeps_the_extractors_text() -> None:
    from briefgen.ingest.page_dump import page_as_paste

    # nothing but a menu and buttons: the pasted-text cleaner finds no article, and the reading
    # gives way (None) instead of failing the whole page
    assert page_as_paste("<html><body><div>Home</div><div>Share</div><div>Email</div></body></html>") is None
    assert page_as_paste("<html><head><title>x</title></head></html>") is None
