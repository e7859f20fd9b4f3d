"""RSS, Atom and JSON feeds: the items, chosen by date and count, each to become an article.

An item's article is its full content when the feed carries it
(``content:encoded``, Atom ``<content>``); otherwise the caller fetches the
item's link. The feed's title stands in for the outlet when the item's page
does not name one.
"""

from __future__ import annotations

import io
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timezone

from ..errors import InputError
from ..model import Article, Source
from .clean import clean_lines
from .html import fragment_paragraphs
from .html_meta import same
from .reading import repair_text

__all__ = ["FeedItem", "parse_feed", "select_items", "parse_since", "item_article", "slugify"]

#: Item content shorter than this (in words) is a teaser: fetch the page instead.
MIN_CONTENT_WORDS = 80
#: Content cut off by the feed: "... [&hellip;]", "…", "Read more".
_TRUNCATED = re.compile(
    r"(?:\[\s*(?:…|\.\.\.)\s*\]|…|\.\.\.|\b(?:read|continue)\s+(?:more|reading)\W*)\s*$", re.IGNORECASE
)
#: Lines feed software appends to every item ("The post X appeared first on Y.").
_FEED_FOOTER = re.compile(r"^The post .{3,300} appeared first on .{2,120}$")


@dataclass
class FeedItem:
    """One feed entry, with what the feed says about it."""

    title: str | None
    link: str | None
    published: datetime | None
    published_text: str | None
    author: str | None
    content_html: str | None
    summary_html: str | None
    feed_title: str | None


def _struct_to_datetime(value: object) -> datetime | None:
    if not value:
        return None
    try:
        return datetime(*value[:6], tzinfo=timezone.utc)  # type: ignore[index, misc]
    except (TypeError, ValueError):
        return None


def parse_feed(data: bytes | str, *, name: str = "<feed>", base_url: str | None = None) -> list[FeedItem]:
    """The items of an RSS, Atom or RDF feed, in feed order; ``InputError`` when it has none.

    ``base_url`` (where the feed was fetched from) resolves relative item links.
    """
    json_items = _json_feed(data, name=name, base_url=base_url)
    if json_items is not None:
        return json_items
    import feedparser

    headers = {"content-location": base_url} if base_url else None
    # A stream, never the bytes themselves: feedparser.parse opens a str or bytes that names a file
    # ("/home/me/private.xml", "/dev/zero") or fetches one that is a URL, instead of parsing it.
    stream = io.BytesIO(data.encode("utf-8") if isinstance(data, str) else data)
    parsed = feedparser.parse(stream, sanitize_html=True, resolve_relative_uris=True, response_headers=headers)
    entries = list(parsed.get("entries") or [])
    if not entries:
        if parsed.get("bozo") and not parsed.get("feed"):
            raise InputError(f"{name}: not a readable RSS or Atom feed")
        raise InputError(f"{name}: the feed has no items")
    feed_title = _text(parsed.get("feed", {}).get("title"))
    items = []
    for entry in entries:
        contents = [c.get("value", "") for c in entry.get("content") or [] if c.get("value")]
        items.append(
            FeedItem(
                title=_text(entry.get("title")),
                link=entry.get("link") or None,
                published=_struct_to_datetime(entry.get("published_parsed") or entry.get("updated_parsed")),
                published_text=entry.get("published") or entry.get("updated") or None,
                author=_text(entry.get("author")),
                content_html=max(contents, key=len) if contents else None,
                summary_html=entry.get("summary") or None,
                feed_title=feed_title,
            )
        )
    return items


def _json_feed(data: bytes | str, *, name: str, base_url: str | None) -> list[FeedItem] | None:
    """The items of a JSON Feed (jsonfeed.org), or None when ``data`` is not one (feedparser reads the rest)."""
    raw = data if isinstance(data, str) else data.decode("utf-8-sig", errors="replace")
    if not raw.lstrip().startswith("{"):
        return None
    import json

    try:
        feed = json.loads(raw)
    except ValueError:
        return None
    except RecursionError:  # arrays or objects nested thousands deep: no feed
        raise InputError(f"{name}: not a readable JSON Feed (nested too deeply)") from None
    if not isinstance(feed, dict) or "jsonfeed.org" not in str(feed.get("version", "")):
        return None
    raw_items = feed.get("items")
    entries = [e for e in raw_items if isinstance(e, dict)] if isinstance(raw_items, list) else []
    if not entries:
        raise InputError(f"{name}: the feed has no items")
    items = []
    for entry in entries:
        # A JSON Feed is untrusted data: every field is taken only when it has the type the spec gives it.
        authors = listed if isinstance(listed := entry.get("authors"), list) else []
        if not authors and isinstance(entry.get("author"), dict):
            authors = [entry["author"]]
        names = [_json_str(a.get("name")) for a in authors if isinstance(a, dict)]
        link = _json_str(entry.get("url")) or _json_str(entry.get("external_url"))
        text = _json_str(entry.get("content_text"))
        summary = _json_str(entry.get("summary"))
        published = _json_str(entry.get("date_published"))
        items.append(
            FeedItem(
                title=_text(_json_str(entry.get("title"))),
                link=_join(base_url, link),
                published=_iso_datetime(published or _json_str(entry.get("date_modified"))),
                published_text=published,
                author=", ".join(n for n in names if n) or None,
                content_html=_json_str(entry.get("content_html"))
                or ("".join(f"<p>{_escape(p)}</p>" for p in text.split("\n\n")) if text else None),
                summary_html=_escape(summary) if summary else None,
                feed_title=_text(_json_str(feed.get("title"))),
            )
        )
    return items


def _join(base_url: str | None, link: str | None) -> str | None:
    from urllib.parse import urljoin

    if not (base_url and link):
        return link
    try:
        return urljoin(base_url, link)
    except ValueError:  # "http://[::1" and the like: the item has no usable link
        return None


def _json_str(value: object) -> str | None:
    """``value`` when it is a non-empty string, else None (a number, list or object where text belongs)."""
    return value if isinstance(value, str) and value else None


def _escape(text: str) -> str:
    import html

    return html.escape(str(text))


def _iso_datetime(value: object) -> datetime | None:
    if not value:
        return None
    try:
        when = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=timezone.utc)


def _text(value: object) -> str | None:
    if not value:
        return None
    text = " ".join(str(value).split())
    return repair_text(text) or None


def parse_since(value: str) -> datetime:
    """'2025-03-01' or an ISO 8601 time -> an aware datetime (UTC when no zone is given)."""
    try:
        when = datetime.fromisoformat(value.strip())
    except ValueError:
        raise InputError(f"--since: {value!r} is not a date (use YYYY-MM-DD or an ISO 8601 time)") from None
    return when if when.tzinfo else when.replace(tzinfo=timezone.utc)


def select_items(
    items: list[FeedItem], *, since: datetime | date | None = None, limit: int | None = None
) -> list[FeedItem]:
    """Items published at or after ``since`` (undated items are left out then), at most ``limit``, in feed order."""
    chosen = items
    if since is not None:
        if not isinstance(since, datetime):
            since = datetime(since.year, since.month, since.day, tzinfo=timezone.utc)
        elif since.tzinfo is None:
            since = since.replace(tzinfo=timezone.utc)
        chosen = [item for item in chosen if item.published is not None and item.published >= since]
    if limit is not None:
        chosen = chosen[:limit]
    return chosen


def _words(paragraphs: list[str]) -> int:
    return sum(len(p.split()) for p in paragraphs)


def item_article(item: FeedItem, *, name: str) -> Article | None:
    """The item's article from the feed's own content, or None when the feed carries only a teaser."""
    for html in (item.content_html, item.summary_html):
        if not html:
            continue
        paragraphs = clean_lines(repair_text("\n".join(fragment_paragraphs(html)))).paragraphs
        paragraphs = [p for p in paragraphs if not _FEED_FOOTER.match(p)]
        if _words(paragraphs) < MIN_CONTENT_WORDS or (paragraphs and _TRUNCATED.search(paragraphs[-1])):
            continue  # a teaser (short, or cut off with an ellipsis): the page has the article
        if item.title and not (paragraphs and same(paragraphs[0], item.title)):
            paragraphs = [item.title, *paragraphs]
        return Article(text="\n\n".join(paragraphs), title=item.title, source=item_source(item))
    return None


def item_source(item: FeedItem, page: Source | None = None) -> Source:
    """The item's source: what its page says first, then what the feed says."""
    page = page or Source()
    return Source(
        outlet=page.outlet or item.feed_title,
        url=page.url or item.link,
        author=page.author or item.author,
        published=page.published or (item.published.isoformat() if item.published else item.published_text),
    )


def slugify(text: str, *, max_length: int = 60) -> str:
    """An ASCII, file-safe name for ``text``: 'Bridge to close!' -> 'bridge-to-close'."""
    text = re.sub(r"(?<=\w)['’](?=\w)", "", text)  # "valley’s" -> "valleys", not "valley-s"
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0] or slug[:max_length]
    return slug
