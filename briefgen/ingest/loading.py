"""One input (a file, standard input or a URL) to the articles it holds.

A text, Markdown or HTML input holds one article; a feed holds one per chosen
item. Each article is handed out as a ``PendingArticle`` whose ``load`` does the
work that may fail on its own (fetching an item's page), so one bad item does
not stop the others.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from ..errors import FetchError, InputError
from ..model import Article, Source
from .detect import INPUT_FORMATS, detect_format, format_from_content_type
from .fetch import DEFAULT_MAX_REDIRECTS, DEFAULT_TIMEOUT, fetch_url, is_url
from .reading import DEFAULT_MAX_BYTES, decode_bytes, read_input

if TYPE_CHECKING:
    from .feeds import FeedItem

__all__ = ["MAX_FEED_ITEMS", "InputOptions", "PendingArticle", "open_input", "load_article"]

_HEAD_BYTES = 8192
#: A feed may give at most this many articles unless --limit or --since chooses them: each may
#: mean a page fetch and a summary, and a hostile feed could list thousands.
MAX_FEED_ITEMS = 500
#: Content types that are not an article in any form we read.
_TEXTUAL_XML = ("application/xml", "text/xml")


@dataclass
class InputOptions:
    """How inputs are read: the format, network permissions, limits and feed item choice."""

    input_format: str = "auto"
    allow_private_network: bool = False
    since: datetime | None = None
    limit: int | None = None
    timeout: float = DEFAULT_TIMEOUT
    max_bytes: int = DEFAULT_MAX_BYTES
    max_redirects: int = DEFAULT_MAX_REDIRECTS
    #: Seconds a whole fetch may take (None: ``$BRIEFGEN_FETCH_DEADLINE``, else fetch.DEFAULT_DEADLINE).
    deadline: float | None = None

    def __post_init__(self) -> None:
        if self.input_format not in INPUT_FORMATS:
            raise InputError(f"unknown input format {self.input_format!r}; choose from {', '.join(INPUT_FORMATS)}")


@dataclass
class PendingArticle:
    """One article of an input, loaded on demand.

    ``stem`` is the output name when the input fixes it (a file's name);
    otherwise outputs are named after ``slug`` (a feed item's title), else the
    article's title, else ``fallback``, made unique within the run.
    """

    name: str
    load: Callable[[], Article]
    stem: str | None = None
    fallback: str = "brief"
    kind: str = field(default="text")
    slug: str | None = None


def _file_stem(name: str) -> str:
    return "brief" if name == "-" else (Path(name).stem or "brief")


def _url_fallback(url: str) -> str:
    from .feeds import slugify

    parts = urlsplit(url)
    last = [p for p in parts.path.split("/") if p]
    return slugify(Path(last[-1]).stem if last else "") or slugify(parts.hostname or "") or "page"


def _sniff(data: bytes) -> str:
    """The head of ``data`` as text good enough to see tags in (tags are ASCII in every encoding we meet)."""
    head = data[:_HEAD_BYTES]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return head.decode("utf-16", "replace")
    return head.decode("utf-8", "replace")


def _kind(data: bytes, name: str, options: InputOptions, content_type: str | None) -> tuple[str, str | None]:
    """The input's kind, and its decoded text when deciding needed it."""
    if options.input_format != "auto":
        return options.input_format, None
    head_kind = detect_format(_sniff(data), name=name, content_type=content_type)
    if head_kind in ("html", "feed"):
        return head_kind, None
    text = decode_bytes(data, name=name)
    return detect_format(text, name=name, content_type=content_type), text


def _check_content_type(name: str, content_type: str | None) -> None:
    """Refuse a URL whose server says it is an image, a PDF, a video: nothing we can read."""
    mime = (content_type or "").split(";", 1)[0].strip().lower()
    if not mime or mime == "application/octet-stream" or format_from_content_type(mime) or mime in _TEXTUAL_XML:
        return
    if mime.startswith("text/") or mime.endswith(("+xml", "/xml")):
        return
    raise FetchError(f"{name}: not an HTML page or a feed (the server sent {mime})")


def open_input(name: str, options: InputOptions | None = None) -> list[PendingArticle]:
    """The articles of input ``name``: a file path, ``-`` for standard input, or an http(s) URL.

    Reading, fetching and telling the kind happen here (their errors concern the
    whole input); each article's own extraction happens in ``load``.
    """
    options = options or InputOptions()
    url: str | None = None
    content_type = charset = None
    if is_url(name):
        fetched = fetch_url(
            name,
            allow_private_network=options.allow_private_network,
            timeout=options.timeout,
            max_bytes=options.max_bytes,
            max_redirects=options.max_redirects,
            deadline=options.deadline,
        )
        _check_content_type(name, fetched.content_type)
        data, url, content_type, charset = fetched.data, fetched.url, fetched.content_type, fetched.charset
        if not data.strip():
            raise FetchError(f"{name}: the server sent an empty page")
    else:
        data = read_input(name, max_bytes=options.max_bytes)
    return _articles_of_bytes(data, name, options, url=url, content_type=content_type, charset=charset)


def _articles_of_bytes(
    data: bytes,
    name: str,
    options: InputOptions,
    *,
    url: str | None = None,
    content_type: str | None = None,
    charset: str | None = None,
) -> list[PendingArticle]:
    """The articles of an input's bytes, read according to its kind."""
    kind, text = _kind(data, url or name, options, content_type)
    stem = None if url else _file_stem(name)
    fallback = _url_fallback(url) if url else "brief"

    if kind == "feed":
        return _feed_articles(name, data, options, base_url=url)
    if kind == "html":
        from .html import html_to_article

        return [
            PendingArticle(
                name, lambda: html_to_article(data, name=name, url=url, charset=charset), stem, fallback, kind
            )
        ]
    if text is None:
        text = decode_bytes(data, name=name)
    if kind == "markdown":
        return [PendingArticle(name, lambda: _markdown_article(text, name), stem, fallback, kind)]
    return [PendingArticle(name, lambda: _text_article(text, name, url), stem, fallback, kind)]


def _text_article(text: str, name: str, url: str | None) -> Article:
    from .clean import clean_pasted_text

    article = clean_pasted_text(text)
    if url and not article.source.url:
        article.source = article.source.model_copy(update={"url": url})
    return article


def _markdown_article(text: str, name: str) -> Article:
    from .clean import clean_pasted_text
    from .markdown import markdown_to_text

    md = markdown_to_text(text)
    if not md.paragraphs:
        raise InputError(f"{name}: the Markdown holds no text")
    article = clean_pasted_text(md.text)
    found = article.source
    return Article(
        text=article.text,
        title=md.title or article.title,
        source=Source(
            outlet=md.source.outlet or found.outlet,
            url=md.source.url,
            author=md.source.author or found.author,
            published=md.source.published or found.published,
        ),
    )


def _feed_articles(name: str, data: bytes, options: InputOptions, *, base_url: str | None) -> list[PendingArticle]:
    from .feeds import parse_feed, select_items, slugify

    items = parse_feed(data, name=name, base_url=base_url)
    chosen = select_items(items, since=options.since, limit=options.limit)
    if not chosen:
        raise InputError(f"{name}: none of the feed's {len(items)} items is chosen (by --since or --limit)")
    if len(chosen) > MAX_FEED_ITEMS and options.limit is None:
        raise InputError(
            f"{name}: the feed gives {len(chosen):,} items, over the limit of {MAX_FEED_ITEMS}; "
            "choose some with --limit or --since"
        )
    pending = []
    for index, item in enumerate(chosen, start=1):
        label = f"{name} [item {index}: {item.title or item.link or 'untitled'}]"
        pending.append(
            PendingArticle(
                label,
                _item_loader(item, label, options),
                None,
                f"item-{index}",
                "feed",
                slug=slugify(item.title or "") or None,
            )
        )
    return pending


def _item_loader(item: "FeedItem", label: str, options: InputOptions) -> Callable[[], Article]:
    """Load a feed item's article: the feed's own full content, else its page, fetched with the same limits."""

    def load() -> Article:
        from .feeds import item_article, item_source

        article = item_article(item, name=label)
        if article is not None:
            return article
        if not item.link or not is_url(item.link):
            raise InputError(f"{label}: the item has neither full content nor a link to fetch")
        page_articles = open_input(
            item.link,
            InputOptions(
                input_format="auto",
                allow_private_network=options.allow_private_network,
                timeout=options.timeout,
                max_bytes=options.max_bytes,
                max_redirects=options.max_redirects,
                deadline=options.deadline,
            ),
        )
        if len(page_articles) != 1 or page_articles[0].kind == "feed":
            raise InputError(f"{label}: the item's link is not an article page")
        page = page_articles[0].load()
        return Article(text=page.text, title=page.title or item.title, source=item_source(item, page.source))

    return load


def load_article(name: str, options: InputOptions | None = None) -> Article:
    """The (first) article of input ``name``, loaded now."""
    return open_input(name, options)[0].load()
