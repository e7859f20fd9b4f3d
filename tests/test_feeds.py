"""Feeds: items chosen by date and count, full content or the fetched page, one brief per item."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from briefgen.errors import InputError
from briefgen.ingest.feeds import item_article, parse_feed, parse_since, select_items, slugify
from briefgen.ingest.loading import InputOptions, open_input

try:  # tests/ as a package, or as a rootdir on sys.path (pytest's default without __init__.py)
    from .conftest import run_cli
    from .localhttp import LocalSite, Route, serve
except ImportError:
    from conftest import run_cli  # type: ignore[no-redef]
    from localhttp import LocalSite, Route, serve  # type: ignore[no-redef]

PAGES = Path(__file__).parent / "pages"
RSS = "application/rss+xml; charset=utf-8"

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Harbor Notes</title>
  <entry>
    <title>Ferry adds a late boat on Fridays</title>
    <link href="https://harbornotes.example/ferry-late-boat"/>
    <updated>2025-05-02T10:00:00Z</updated>
    <author><name>Ines Carvalho</name></author>
    <content type="html">&lt;p&gt;The island ferry will run a last boat at 11:40 p.m. on Fridays from June, the
    operator said on Thursday, after islanders who work evening shifts on the mainland asked for a way
    home that did not mean waiting until morning.&lt;/p&gt;&lt;p&gt;The operator said the extra crossing
    would cost about $2,000 a week and would be paid for by a small rise in the price of a season ticket.
    Commuter groups welcomed the change but said a Saturday late boat was needed as well, and that the
    first morning boat should leave earlier for people who start work at six.&lt;/p&gt;</content>
  </entry>
</feed>
"""

RDF = """<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
  <channel rdf:about="https://old.example/"><title>Old Site</title><link>https://old.example/</link>
  <description>An RSS 1.0 feed</description></channel>
  <item rdf:about="https://old.example/a"><title>First item</title><link>https://old.example/a</link></item>
</rdf:RDF>
"""


def _feed(base: str) -> bytes:
    return (PAGES / "county-news.rss").read_text(encoding="utf-8").replace("BASE", base).encode("utf-8")


@pytest.fixture()
def site() -> Iterator[LocalSite]:
    with serve(LocalSite()) as running:
        base = running.url("")
        running.routes.update(
            {
                "/feed.xml": Route(_feed(base), headers={"Content-Type": RSS}),
                "/stories/orchard-frost.html": Route(
                    (PAGES / "orchard-frost.html").read_bytes(), headers={"Content-Type": "text/html"}
                ),
                "/empty.xml": Route(
                    b'<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet</title>'
                    b"<link>https://q.example/</link><description>none</description></channel></rss>",
                    headers={"Content-Type": RSS},
                ),
            }
        )
        yield running


def test_items_carry_their_metadata_and_full_content() -> None:
    items = parse_feed(_feed("https://gazette.example"), name="county-news.rss")
    assert [i.title for i in items][:2] == [
        "Library extends weekend hours after record summer",
        "Crews contain grass fire near Pine Ridge",
    ]
    first = items[0]
    assert first.author == "Noor Haddad" and first.feed_title == "Birch County Gazette"
    assert first.published == datetime(2025, 3, 10, 14, 0, tzinfo=timezone.utc)
    article = item_article(first, name="item")
    assert article is not None
    assert article.text.startswith("Library extends weekend hours after record summer\n\nThe Birch County")
    assert "Advertisement" not in article.text and "Photo by" not in article.text and "<p>" not in article.text
    assert "“People are telling us the library is the one quiet place they can count on,” Mbeki said." in article.text
    assert article.source.outlet == "Birch County Gazette"
    assert article.source.url == "https://gazette.example/stories/library-hours.html"
    # A teaser-only item has no article of its own: its page must be fetched.
    assert item_article(items[2], name="item") is None


def test_since_and_limit_choose_items() -> None:
    items = parse_feed(_feed("https://gazette.example"))
    assert len(select_items(items)) == 5
    recent = select_items(items, since=parse_since("2025-03-06"))
    assert [i.title for i in recent] == [
        "Library extends weekend hours after record summer",
        "Crews contain grass fire near Pine Ridge",
    ]
    assert len(select_items(items, since=date(2025, 3, 1), limit=3)) == 3
    assert select_items(items, since=parse_since("2025-03-10T15:00:00+00:00")) == []
    with pytest.raises(InputError, match="not a date"):
        parse_since("last tuesday")


def test_atom_and_rdf_feeds() -> None:
    (entry,) = parse_feed(ATOM.encode())
    assert entry.title == "Ferry adds a late boat on Fridays" and entry.author == "Ines Carvalho"
    article = item_article(entry, name="atom")
    assert article is not None and "11:40 p.m." in article.text and "&lt;" not in article.text
    (rdf_item,) = parse_feed(RDF.encode())
    assert rdf_item.link == "https://old.example/a"


def test_feed_without_items_is_an_input_error(tmp_path: Path) -> None:
    empty = tmp_path / "quiet.xml"
    empty.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>Q</title></channel></rss>')
    with pytest.raises(InputError, match="quiet.xml: the feed has no items"):
        open_input(str(empty))


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Café owners rally – Ñandú Street market reopens", "cafe-owners-rally-nandu-street-market-reopens"),
        ("The valley’s “best” year?", "the-valleys-best-year"),
        ("../../etc/passwd", "etc-passwd"),
        ("新闻", ""),
    ],
)
def test_slugs_are_ascii_and_safe(title: str, slug: str) -> None:
    assert slugify(title) == slug


def test_a_feed_file_gives_one_article_per_item_without_fetching(tmp_path: Path) -> None:
    feed = tmp_path / "gazette.xml"
    feed.write_bytes(_feed("https://gazette.example"))
    pending = open_input(str(feed), InputOptions(limit=2))
    assert [p.slug for p in pending] == [
        "library-extends-weekend-hours-after-record-summer",
        "crews-contain-grass-fire-near-pine-ridge",
    ]
    assert pending[1].load().source.author == "Felix Warren"


def test_cli_builds_one_brief_per_item_of_a_served_feed(site: LocalSite, tmp_path: Path) -> None:
    proc = run_cli("build", site.url("/feed.xml"), "--allow-private-network", "-f", "json", "-o", str(tmp_path))
    assert proc.returncode == 0, proc.stderr.decode()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == sorted(
        [
            "library-extends-weekend-hours-after-record-summer.json",
            "library-extends-weekend-hours-after-record-summer-2.json",
            "crews-contain-grass-fire-near-pine-ridge.json",
            "frost-damage-report-for-valley-orchards.json",
            "cafe-owners-rally-nandu-street-market-reopens.json",
        ]
    )
    fetched = json.loads((tmp_path / "frost-damage-report-for-valley-orchards.json").read_text())
    # The teaser item's page was fetched: its text and the page's metadata, the feed's outlet otherwise.
    assert "Ingrid Haugen" in fetched["text"]
    assert fetched["source"]["author"] == "Tomasz Lindqvist"
    assert fetched["source"]["url"] == "https://valleyledger.example/agriculture/late-frost-apricot-crop/"
    fire = json.loads((tmp_path / "crews-contain-grass-fire-near-pine-ridge.json").read_text())
    assert fire["source"]["outlet"] == "Birch County Gazette"
    assert any(q["text"].startswith("The wind shifted twice") for q in fire["quotes"])


def test_cli_since_and_limit(site: LocalSite, tmp_path: Path) -> None:
    proc = run_cli(
        "build",
        site.url("/feed.xml"),
        "--allow-private-network",
        "--since",
        "2025-03-02",
        "--limit",
        "2",
        "-f",
        "json",
        "-o",
        str(tmp_path),
    )
    assert proc.returncode == 0, proc.stderr.decode()
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "crews-contain-grass-fire-near-pine-ridge.json",
        "library-extends-weekend-hours-after-record-summer.json",
    ]


def test_cli_a_failed_item_does_not_stop_the_others(site: LocalSite, tmp_path: Path) -> None:
    del site.routes["/stories/orchard-frost.html"]  # the teaser item's page now answers 404
    proc = run_cli(
        "build",
        site.url("/feed.xml"),
        site.url("/empty.xml"),
        "--allow-private-network",
        "--limit",
        "3",
        "-f",
        "json",
        "-o",
        str(tmp_path),
    )
    assert proc.returncode == 1
    errors = [line for line in proc.stderr.decode().splitlines() if line.startswith("briefgen:")]
    assert len(errors) == 2, errors
    assert "Frost damage report for valley orchards" in errors[0] and "HTTP error 404" in errors[0]
    assert site.url("/empty.xml") in errors[1] and "the feed has no items" in errors[1]
    assert len(list(tmp_path.iterdir())) == 2


def test_json_feed(tmp_path: Path) -> None:
    body = (
        "The harbour board agreed on Tuesday to rebuild the north pier, which was closed in January "
        "after storm damage, at a cost of $3 million. "
    ) * 6
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Harbour Weekly",
        "items": [
            {
                "id": "1",
                "title": "North pier to be rebuilt",
                "url": "https://harbour.example/pier",
                "date_published": "2025-06-01T09:00:00Z",
                "authors": [{"name": "Kai Tanaka"}],
                "content_text": body + "\n\nWork will start in September.",
            },
            {
                "id": "2",
                "title": "Older item",
                "url": "https://harbour.example/old",
                "date_published": "2025-01-01T09:00:00Z",
                "content_html": "<p>" + body + "</p>",
            },
        ],
    }
    path = tmp_path / "feed.json"
    path.write_text(json.dumps(feed), encoding="utf-8")
    pending = open_input(str(path), InputOptions(since=parse_since("2025-05-01")))
    assert [p.kind for p in pending] == ["feed"] and pending[0].slug == "north-pier-to-be-rebuilt"
    article = pending[0].load()
    assert article.text.endswith("\n\nWork will start in September.")
    assert article.source.author == "Kai Tanaka" and article.source.outlet == "Harbour Weekly"
    assert article.source.published == "2025-06-01T09:00:00+00:00"


def test_truncated_content_is_a_teaser_and_feed_footers_go() -> None:
    words = "The council voted to expand the bus network to the northern suburbs next year. " * 10
    rss = f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Metro</title><link>https://m.example/</link>
    <description>d</description>
    <item><title>Cut off</title><link>https://m.example/a</link><description>&lt;p&gt;{words} The plan [&amp;#8230;]&lt;/p&gt;</description></item>
    <item><title>Whole</title><link>https://m.example/b</link><description>&lt;p&gt;{words}&lt;/p&gt;&lt;p&gt;The post Whole appeared first on Metro.&lt;/p&gt;</description></item>
    </channel></rss>"""
    cut, whole = parse_feed(rss.encode())
    assert item_article(cut, name="cut") is None
    article = item_article(whole, name="whole")
    assert article is not None and "appeared first" not in article.text
