"""The headline of a pasted page: which line the chooser takes, and the labels it is trained on.

Every page here is invented (the page builders come from ``test_paste_pages``): a
story under a headline, with the furniture that makes the choice hard on real pages
(breadcrumbs run into the headline, lists of other stories with their own dates, a
standfirst repeated as the first paragraph, feed links above a pasted story).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from test_paste_pages import MENU, RENDERINGS, STORY, _lynx, _w3m

from briefgen.ingest import ingest_text
from briefgen.ingest.boilerplate import page_lines
from briefgen.ingest.headline import choose_headline, link_trail
from briefgen.ingest.headline_furniture import furniture_class, is_byline
from briefgen.trace import recording

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
from train_boilerplate import headline_refs, is_headline  # noqa: E402

HEADLINE = "Harbourton council approves flood wall after decade of delays"
OTHER_STORIES = [
    ("Bridge repairs to close the ring road for six weeks", "3 March 2026"),
    ("Harbour festival returns with a record line-up", "27 February 2026"),
    ("Council delays vote on river dredging plan", "19 February 2026"),
    ("Flood insurers raise premiums across the lower town", "2 February 2026"),
]


def _page(header: list[str], above: list[str] | None = None) -> list[tuple[str, list[str]]]:
    return [
        ("lines", ["Skip to main content", "Valley Chronicle", "Subscribe", "Sign in"]),
        ("list", MENU),
        *([("lines", above)] if above else []),
        ("lines", header),
        ("paras", STORY),
        ("lines", ["Related stories"]),
        ("list", [title for title, _ in OTHER_STORIES]),
        ("list", ["About us", "Contact us", "Privacy policy", "Terms of use"]),
    ]


@pytest.mark.parametrize("render", sorted(RENDERINGS))
def test_breadcrumbs_run_into_the_headline_give_way_to_the_bare_headline(render: str) -> None:
    header = [f"Home News Local News {HEADLINE}", HEADLINE, "By Ana Ruiz", "Published 12 March 2026"]
    assert ingest_text(RENDERINGS[render](_page(header))).title == HEADLINE


def test_the_chooser_takes_the_candidate_a_glued_line_holds() -> None:
    lines = page_lines(f"Home News Local News {HEADLINE}\n\n{HEADLINE}\n\nBy Ana Ruiz\n")
    with recording() as rules:
        assert choose_headline(lines, [(0, 0.9), (1, 0.6)], 0.1) == 1
    assert rules["headline.glued"] == 1
    assert choose_headline(lines, [(1, 0.9), (0, 0.6)], 0.1) == 1  # the bare line chosen: nothing to undo
    assert choose_headline(lines, [(0, 0.05), (1, 0.02)], 0.1) is None  # none above the threshold


@pytest.mark.parametrize("render", sorted(RENDERINGS))
def test_a_list_of_dated_stories_between_headline_and_story_is_passed_over(render: str) -> None:
    teasers = [line for title, date in OTHER_STORIES for line in (title, "LOCAL NEWS", date)]
    header = [HEADLINE, "By Ana Ruiz", "Published 12 March 2026", "More stories like this", *teasers]
    assert ingest_text(RENDERINGS[render](_page(header))).title == HEADLINE


@pytest.mark.parametrize("render", sorted(RENDERINGS))
def test_a_signed_headline_above_a_video_player_s_list_of_titles_is_the_headline(render: str) -> None:
    # a player's list of video titles (two lines each: a caption and a title) longer than the
    # window the headline model reads above the story
    clips = [
        line
        for n in range(24)
        for line in (
            f"Crews inspect the harbour wall at dawn, clip {n}",
            f"Harbour clip {n}: tides and gates explained",
        )
    ]
    header = [HEADLINE, "By Ana Ruiz, Valley Chronicle", "Updated 12 March 2026", "JUST WATCHED", *clips]
    with recording() as rules:
        article = ingest_text(RENDERINGS[render](_page(header)))
    assert (article.title, article.source.author) == (HEADLINE, "Ana Ruiz")
    assert rules["headline.signed_above_window"] >= 1


@pytest.mark.parametrize("render", sorted(RENDERINGS))
def test_a_standfirst_repeated_as_the_first_paragraph_is_not_the_headline(render: str) -> None:
    standfirst = "Work on the four-kilometre wall along the lower river is due to begin in the spring."
    header = ["Local News", HEADLINE, standfirst, "Author:", "Ana Ruiz", "Published:", "12 March 2026"]
    page = _page(header)
    page[page.index(("paras", STORY))] = ("paras", [standfirst, *STORY])
    assert ingest_text(RENDERINGS[render](page)).title == HEADLINE


@pytest.mark.parametrize("render", [_w3m, _lynx])
def test_the_last_item_of_the_breadcrumbs_is_the_headline(render) -> None:
    header = [f"Home \u00bb Local News \u00bb {HEADLINE}", "Weather warning for the coast", HEADLINE]
    header += ["Published 12 March 2026", "Ana Ruiz"]
    assert ingest_text(render(_page(header))).title == HEADLINE


def test_feed_links_above_a_pasted_story_are_neither_its_headline_nor_its_text() -> None:
    feed = "Valley Chronicle \u00bb Feed Valley Chronicle \u00bb Comments Feed Valley Chronicle \u00bb " + HEADLINE
    pasted = "\n\n".join([feed, HEADLINE, "By Ana Ruiz", *STORY])
    with recording() as rules:
        article = ingest_text(pasted)
    assert article.title == HEADLINE
    assert article.text.startswith(HEADLINE + "\n\n") and "Comments Feed" not in article.text
    assert rules["clean.title_below_link_trail"] == 1


@pytest.mark.parametrize(
    ("text", "trail"),
    [
        ("Home \u00bb News \u00bb Local", True),
        ("News \u203a Local \u203a Harbourton", True),
        ("Home > News > Local", True),
        ("home / news / local", True),
        (HEADLINE, False),
        ("Shares rise 5% > forecast, analysts say", False),
    ],
)
def test_link_trails(text: str, trail: bool) -> None:
    assert link_trail(text) is trail


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("By Ana Ruiz", True),
        ("By: Ana Ruiz, Staff Writer", True),
        ("by admin - 2026-03-12", True),
        ("From Example Wire", True),
        ("By the time the council voted, most residents had already left the meeting hall.", False),
        ("From the day the wall was proposed, opponents argued that the money would be better spent.", False),
    ],
)
def test_a_sentence_opening_with_by_or_from_is_no_byline(line: str, byline: bool) -> None:
    assert is_byline(page_lines(line)[0]) is byline


def _html(title: str = "", og: str = "", h1s: tuple[str, ...] = ()) -> str:
    meta = f'<meta property="og:title" content="{og}">' if og else ""
    heads = "".join(f"<h1>{h}</h1>" for h in h1s)
    return f"<html><head><title>{title}</title>{meta}</head><body>{heads}</body></html>"


def test_training_labels_leave_out_the_site_name_of_the_title() -> None:
    refs = headline_refs(_html(title=f"{HEADLINE} | Valley Chronicle", h1s=("Valley Chronicle Daily", HEADLINE)))
    assert is_headline(HEADLINE, refs)
    assert not is_headline("Valley Chronicle", refs)  # the title tag's other part
    assert not is_headline("Valley Chronicle Daily", refs)  # a logo in an <h1>, sharing no words with the title


def test_training_labels_take_an_h1_worded_apart_from_the_title() -> None:
    h1 = "Council says yes to the flood wall after ten years"
    refs = headline_refs(_html(title="Flood wall approved after ten years of delays - Valley Chronicle", h1s=(h1,)))
    assert is_headline(h1, refs)  # the page's only <h1>, not a part of the title
    refs = headline_refs(_html(og="Flood wall approved", title="Valley Chronicle", h1s=("Valley Chronicle",)))
    assert not is_headline("Valley Chronicle", refs)
    assert is_headline("Flood wall approved", refs)


def test_training_labels_read_og_title_written_content_first_and_an_h1_far_down() -> None:
    """Pages write ``<meta content=... property="og:title">`` as often as the other order, and heavy
    pages put their ``<h1>`` past the first few hundred kilobytes of scripts."""
    page = f'<html><head><title>Valley Chronicle</title><meta content="{HEADLINE}" property="og:title"></head>'
    assert is_headline(HEADLINE, headline_refs(page + "<body></body></html>"))
    far = f"<html><head><title>Valley Chronicle</title></head><body>{'<script>x</script>' * 40_000}<h1>{HEADLINE}</h1>"
    assert is_headline(HEADLINE, headline_refs(far + "</body></html>"))


def test_the_benchmark_reads_the_same_titles_the_training_labels_do() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    from quality_lib.pages import headline_matches, page_titles

    page = f'<html><head><meta content="{HEADLINE}" property="og:title"></head><body></body></html>'
    assert headline_matches(HEADLINE, page_titles(page))
    assert not headline_matches("Valley Chronicle", page_titles(page))


@pytest.mark.parametrize(
    ("line", "kept", "kind"),
    [
        ("Privacy and terms", False, "site_link"),
        ("My Account Help Sign Out", False, "site_link"),
        ("Advertise with us", False, "site_link"),
        ("Get the new Valley Chronicle app today!", False, "site_promo"),
        ("Become a Valley Chronicle Partner", False, "site_promo"),
        ("Forgotten your password?", False, "site_promo"),
        ("Daily alerts to your inbox: click here to sign up", False, "site_promo"),
        ("Grab the best early garden deals here", False, "shopping_call"),
        ("Spring sale: Snag these bargains on tents now", False, "shopping_call"),
        ("Looks like you're using a browser we don't support.", False, "notice"),
        ("This map cannot be shown with the cookie choices you made.", False, "notice"),
        # the links under a notice, run into its end by the paste
        ("You seem to be on an old browser. Please update it to read Valley News.EdgeSafari", False, "notice"),
        ("Harbour Trust/Example Wire", False, "photo_credit"),
        ("Crowds at the river gate. Ana Ruiz / XPA", False, "photo_credit"),
        ("[flood-wall-night-770x400]", False, "image_placeholder"),
        ("IMG_0042.jpg [IMG_0042,large.jpg]", False, "image_placeholder"),
        ("def parse(text, size):", False, "code_line"),
        ('"name": "Inline - Ad",', False, "code_line"),
        ('<iframe width="476" height="267" src="https://example.org/embed">', False, "code_line"),
        ("Search: ____________________ Go", False, "form_field"),
        ("Posted inLocal News", False, "post_meta"),
        ("Posted by Ana Ruiz and Jo Park - Valley team", False, "post_meta"),
        ("PUBLISHED: March 12, 2026 at 9:15 a.m. | UPDATED: March 13, 2026", False, "post_meta"),
        ("Work on the wall along the lower river is due to begin in the spring.", True, "article_sentence"),
        # headlines of the same words are none of these
        ("Privacy watchdog fines app maker over tracking of children", False, None),
        ("Get in the Holiday Spirit With These Easy Workouts", False, None),
        ("Ministers get a deal done on river tolls", False, None),
        ("Ferry strike: Unions grab a last-minute pay deal", False, None),
        ("Shop owners get rent discounts as high street empties", False, None),
        ("Why your browser is slower than it was a year ago", False, None),
        ("AC/DC Announce Farewell Tour", False, None),
        ("Updated flood maps show 2,000 more homes at risk", False, None),
        ("Work on the wall along the lower river is due to begin in the spring.", False, None),
        ("Council Approves Flood Wall After Decade Of Delays.", True, None),
        (HEADLINE, True, None),
    ],
)
def test_classes_of_page_furniture_that_are_never_the_headline(line: str, kept: bool, kind: str | None) -> None:
    assert furniture_class(page_lines(line)[0], kept) == kind


@pytest.mark.parametrize("render", sorted(RENDERINGS))
def test_furniture_between_a_short_headline_and_the_story_is_passed_over(render: str) -> None:
    """The headline is two words; what stands under it is furniture shaped like a headline, and
    none of it is taken for one."""
    furniture = [
        "Privacy and terms",
        "Get the new Valley Chronicle app today!",
        "Harbour Trust/Example Wire",
        "Posted inLocal News",
    ]
    page = _page(["Flood wall", *furniture])
    with recording() as rules:
        title = ingest_text(RENDERINGS[render](page)).title
    assert title not in furniture
    assert rules["headline.site_link"] and rules["headline.site_promo"] and rules["headline.photo_credit"]
    assert rules["headline.post_meta"]


@pytest.mark.parametrize("render", sorted(RENDERINGS))
def test_a_page_without_a_headline_does_not_take_its_lede_for_one(render: str) -> None:
    """Only furniture above the story: no headline, and not the story's short first sentence either."""
    lede = "Boat owners must first get a mooring permit from the council."
    page = _page(["Weekend edition", "Privacy and terms", "Posted inLocal News"])
    page[page.index(("paras", STORY))] = ("paras", [lede, *STORY])
    article = ingest_text(RENDERINGS[render](page))
    assert article.title is None
    assert article.text.startswith(lede)


@pytest.mark.parametrize("render", sorted(RENDERINGS))
@pytest.mark.parametrize("headline", ["Flood wall", "Harbourton Votes"])
def test_a_headline_of_two_words_that_shares_a_word_with_the_lede_is_the_headline(render: str, headline: str) -> None:
    """A label of two words is far more common than a headline of two ("Social Share", "Editors
    Pick", an author's name): such a line is a candidate only when the lede has one of its words."""
    header = ["Editors Pick", "Posted on 12 March 2026", headline, "Social Share"]
    assert ingest_text(RENDERINGS[render](_page(header))).title == headline


@pytest.mark.parametrize("render", sorted(RENDERINGS))
@pytest.mark.parametrize("label", ["Editors Pick", "Social Share", "Ines Valdo"])
def test_a_label_of_two_words_is_no_headline(render: str, label: str) -> None:
    """Labels that share no word with the lede, and a name that opens on a given name (an author
    box), though the lede names her, are no headline: the page gets none."""
    page = _page(["Weekend edition", "Posted on 12 March 2026", label])
    assert ingest_text(RENDERINGS[render](page)).title is None


@pytest.mark.parametrize(("rating", "found"), [(0.03, False), (0.2, True)])
def test_a_best_candidate_the_model_rates_very_low_is_no_headline(
    monkeypatch: pytest.MonkeyPatch, rating: float, found: bool
) -> None:
    """The page then gets no title (the brief's fallback title) rather than a wrong one."""
    import briefgen.ingest.headline as headline

    class _Model:
        threshold = 0.0

        def probability(self, row: object) -> float:
            return rating

    monkeypatch.setattr(headline, "_model", lambda: _Model())
    page = _page([HEADLINE, "By Ana Ruiz", "Published 12 March 2026"])
    title = ingest_text(RENDERINGS["w3m"](page)).title
    assert (title is not None) is found
    assert rating < headline.MIN_HEADLINE_PROBABILITY or title == HEADLINE
