"""The kind of piece a saved page declares (opinion, fact check, review ...) and a fact check's
verdict: read from its markup, shown beside the outlet in every format."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

import docx
import pytest

from briefgen.digest import make_digest
from briefgen.digest.build import ArticleOutcome
from briefgen.digest.compose import render_digest
from briefgen.ingest import ingest_html, ingest_text
from briefgen.model import Brief, Source
from conftest import run_cli
from test_paste_headlines import HEADLINE
from test_paste_headlines import _page as _paste_page
from test_paste_pages import RENDERINGS

BODY = (
    "<p>The Kelby port authority said on Monday that it had closed the north quay to all ships after "
    "divers found cracks in the wall below the waterline, and that repairs would take until spring.</p>"
    "<p>Shipping firms said the closure would cost them millions, and the union of dock workers asked "
    "the authority to pay the crews who would lose their shifts while the quay stays shut.</p>"
    "<p>The authority said it would publish the divers' report next week and hold a public meeting on "
    "the repairs in the town hall at the end of the month.</p>"
)


def _page(head: str = "", url: str = "https://harbourpost.example/news/2026/05/quay-closed") -> str:
    return (
        f'<html><head><title>Quay closed - Harbour Post</title><link rel="canonical" href="{url}">{head}</head>'
        f"<body><article><h1>Quay closed</h1>{BODY}</article></body></html>"
    )


CLAIM_REVIEW = (
    '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "ClaimReview", '
    '"claimReviewed": "The quay was never inspected", "reviewRating": {"@type": "Rating", '
    '"ratingValue": 1, "alternateName": "False"}}</script>'
)


@pytest.mark.parametrize(
    ("head", "url", "genre", "rating"),
    [
        (CLAIM_REVIEW, "https://harbourpost.example/checks/quay", "Fact check", "False"),
        ('<meta property="article:section" content="Opinion">', None, "Opinion", None),
        # an advice column filed under opinion: the more particular kind
        (
            '<meta property="article:section" content="Advice"><meta property="article:section" content="Opinion">',
            None,
            "Advice",
            None,
        ),
        # one item of a section's list
        (
            '<script type="application/ld+json">{"@type": "NewsArticle", "articleSection": "Business, Press '
            'Release, ports"}</script>',
            None,
            "Press release",
            None,
        ),
        # a folder of the page's address
        ("", "https://harbourpost.example/opinion/2026/05/quay-closed", "Opinion", None),
        # a section that is a topic, and a slug that only holds the word: news
        ('<meta property="article:section" content="World">', None, None, None),
        ("", "https://harbourpost.example/news/quay-review-of-the-year", None, None),
    ],
)
def test_the_kind_of_piece_the_page_declares(head: str, url: str | None, genre: str | None, rating: str | None) -> None:
    article = ingest_html(_page(head, url) if url else _page(head))
    assert (article.source.genre, article.source.rating) == (genre, rating)


def test_a_fact_checks_verdict_is_shown_beside_the_outlet(tmp_path: Path) -> None:
    page = tmp_path / "check.html"
    page.write_text(_page(CLAIM_REVIEW, "https://harbourpost.example/fact-check/quay"), encoding="utf-8")
    result = run_cli("build", str(page), "-f", "md,html,json,docx", "-o", str(tmp_path))
    assert result.returncode == 0, result.stderr
    md = (tmp_path / "check.md").read_text(encoding="utf-8")
    assert "**Harbour Post** · Fact check: False" in md
    assert '<span class="genre">Fact check: False</span>' in (tmp_path / "check.html").read_text(encoding="utf-8")
    paragraphs = [p.text for p in docx.Document(str(tmp_path / "check.docx")).paragraphs]
    assert any(p.startswith("Harbour Post · Fact check: False") for p in paragraphs)
    source = json.loads((tmp_path / "check.json").read_text(encoding="utf-8"))["source"]
    assert (source["genre"], source["rating"]) == ("Fact check", "False")


def test_news_shows_no_kind(tmp_path: Path) -> None:
    page = tmp_path / "news.html"
    page.write_text(_page(), encoding="utf-8")
    result = run_cli("build", str(page), "-f", "md", "-o", str(tmp_path))
    assert result.returncode == 0, result.stderr
    header = (tmp_path / "news.md").read_text(encoding="utf-8").splitlines()[2]
    assert header.startswith("**Harbour Post** · <https://")


def test_the_digest_names_the_kind_of_piece() -> None:
    brief = Brief(
        title="The quay can wait",
        text="The quay can wait a year, whatever the authority says.",
        bottom_line="The quay can wait a year, whatever the authority says.",
        source=Source(outlet="Harbour Post", author="Ana Morel", genre="Opinion"),
    )
    digest = make_digest(
        [ArticleOutcome(input="a.txt", name="a.txt", brief=brief)],
        title="Digest",
        generated_at=datetime(2026, 5, 1, tzinfo=timezone.utc),
    )
    for fmt in ("md", "txt", "html", "email"):
        assert "Harbour Post · Opinion · By Ana Morel" in render_digest(digest, fmt)


@pytest.mark.parametrize("render", sorted(RENDERINGS))
@pytest.mark.parametrize(
    ("header", "genre"),
    [
        (["• Home", "• Commentary", HEADLINE, "By Ana Ruiz", "March 12, 2026"], "Opinion"),  # a breadcrumb
        (["Advice", HEADLINE, "By Ana Ruiz", "March 12, 2026"], "Advice"),  # a kicker
        (["Fact Check", HEADLINE, "By Ana Ruiz", "March 12, 2026"], "Fact check"),
        # the site's bar over the story prints its section before the headline
        ([f"Opinion|{HEADLINE}", "Subscribe", "Log In", HEADLINE, "By Ana Ruiz", "March 12, 2026"], "Opinion"),
        # ... not before another story's headline
        (["Opinion|Harbour fees rise again", "Log In", HEADLINE, "By Ana Ruiz", "March 12, 2026"], None),
        # a section that is a topic, or the kind's name further up the page: news
        (["• Home", "• Local News", HEADLINE, "By Ana Ruiz", "March 12, 2026"], None),
        (["Opinion", "• Local News", HEADLINE, "By Ana Ruiz", "March 12, 2026"], None),
    ],
)
def test_a_pasted_pages_section_above_its_headline_names_the_kind(render: str, header: list[str], genre) -> None:
    article = ingest_text(RENDERINGS[render](_paste_page(header)))
    assert article.title == HEADLINE
    assert article.source.genre == genre
