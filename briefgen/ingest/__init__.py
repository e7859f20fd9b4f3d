"""Ingest: raw input (pasted text, a file, a URL, a feed) in, cleaned Articles out.

``ingest_text`` cleans pasted text. ``ingest_bytes`` and ``ingest_path`` tell
the kind of input from its content (text, Markdown, HTML page, feed) and read
it accordingly; ``open_input`` also takes URLs and hands out every article of a
feed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Article
from .clean import clean_pasted_text
from .reading import DEFAULT_MAX_BYTES, decode_bytes, read_input

if TYPE_CHECKING:
    from .loading import InputOptions, PendingArticle

__all__ = [
    "ingest_text",
    "ingest_bytes",
    "ingest_path",
    "ingest_html",
    "ingest_markdown",
    "open_input",
    "read_input",
    "decode_bytes",
    "DEFAULT_MAX_BYTES",
]


def ingest_text(raw: str) -> Article:
    """Clean pasted article text: drop page clutter, recover headline and outlet."""
    return clean_pasted_text(raw)


def ingest_html(html: str | bytes, *, name: str = "<input>", url: str | None = None) -> Article:
    """The article of an HTML page (main text, headline, outlet, author, date, canonical URL)."""
    from .html import extract_article, html_to_article

    if isinstance(html, bytes):
        return html_to_article(html, name=name, url=url)
    return extract_article(html, name=name, url=url)


def ingest_markdown(source: str, *, name: str = "<input>") -> Article:
    """The article of a Markdown document, its markup reduced to text."""
    from .loading import _markdown_article

    return _markdown_article(source, name)


def ingest_bytes(data: bytes, *, name: str = "<input>", input_format: str = "auto") -> Article:
    """Decode and read the bytes of one input; the kind (text, Markdown, HTML, feed) is detected.

    A feed gives its first item's article.
    """
    from .loading import InputOptions, _articles_of_bytes

    return _articles_of_bytes(data, name, InputOptions(input_format=input_format))[0].load()


def ingest_path(path: str, *, max_bytes: int = DEFAULT_MAX_BYTES, input_format: str = "auto") -> Article:
    """Read a file (``-`` is standard input) and return its article; a feed gives its first item."""
    from .loading import InputOptions, _articles_of_bytes

    options = InputOptions(input_format=input_format, max_bytes=max_bytes)
    return _articles_of_bytes(read_input(path, max_bytes=max_bytes), path, options)[0].load()


def open_input(name: str, options: "InputOptions | None" = None) -> "list[PendingArticle]":
    """Every article of a file, ``-`` or an http(s) URL, each loaded on demand (see ``loading``)."""
    from .loading import open_input as _open

    return _open(name, options)
