"""Markdown escaping: article text goes into Markdown as inert, visible text.

Everything a brief holds comes from an untrusted article, so a quote such as
``![x](file:///etc/passwd)`` or ``<script>`` must come out as those characters,
not as an image, a link or raw HTML. :func:`md_escape` backslash-escapes the
characters CommonMark (and GitHub's dialect) give meaning to; Markdown
templates apply it automatically to every ``{{ expression }}`` (see
:mod:`briefgen.rendering.environment`), so a team template cannot forget it.
"""

from __future__ import annotations

import re
from urllib.parse import quote, urlsplit

from markupsafe import Markup

__all__ = ["md_escape", "md_url", "safe_url"]

# Characters with inline or block meaning in CommonMark or GFM, escaped anywhere:
# \ escapes, ` code, * _ emphasis, [ ] links, < > HTML/autolinks/blockquote,
# # headings, ! images, | tables, ~ strikethrough/fences.
_ALWAYS = re.compile(r"([\\`*_\[\]<>#!|~])")
# '&' only matters when it starts an entity or character reference ("&lt;"),
# so plain "AT&T" stays readable in the raw Markdown.
_ENTITY = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
# A value may land at the start of a line (a list item, a blockquote line): a
# leading list marker, ordered-list number, setext underline or thematic break
# there would change the structure, so its first punctuation is escaped.
_LEADING_MARKER = re.compile(r"^(\s*)([-+=]|\d{1,9}(?=[.)]))")
_WHITESPACE = re.compile(r"\s+")


def md_escape(value: object) -> Markup:
    """Escape ``value`` for use as inline Markdown text, on one line.

    Runs of whitespace (newlines included) become one space, so a value can
    never end a list item, a blockquote or a paragraph early. The result is a
    :class:`~markupsafe.Markup` so that it is not escaped a second time.
    """
    if isinstance(value, Markup):
        return value
    if value is None:
        return Markup("")
    text = _WHITESPACE.sub(" ", str(value)).strip()
    text = _ALWAYS.sub(r"\\\1", text)
    text = _ENTITY.sub(r"\\&", text)
    match = _LEADING_MARKER.match(text)
    if match:
        marker = match.group(2)
        if marker[0].isdigit():
            # "1." -> "1\." : escape the delimiter, not the digits.
            end = match.end()
            text = text[:end] + "\\" + text[end:]
        else:
            text = text[: match.start(2)] + "\\" + text[match.start(2) :]
    return Markup(text)


def safe_url(value: object) -> str | None:
    """Return ``value`` if it is an absolute http(s) URL with a host, else None.

    Used for the source link: a ``javascript:``, ``data:`` or ``file:`` URL
    taken from an article is dropped rather than made clickable.
    """
    if not value:
        return None
    url = str(value).strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    if any(ch.isspace() or ord(ch) < 32 for ch in url):
        return None
    return url


def md_url(value: object) -> Markup:
    """Return an http(s) URL percent-encoded for use inside a Markdown autolink ``<...>``.

    Characters an autolink cannot hold (spaces, ``<``, ``>``) and Markdown
    punctuation are percent-encoded; a URL that is not http(s) gives "".
    """
    url = safe_url(value)
    if url is None:
        return Markup("")
    # Keep the characters URLs need; anything else (including < > ` \ | * _ [ ])
    # is percent-encoded so the autolink can neither end early nor be re-read
    # as Markdown.
    return Markup(quote(url, safe=":/?#@!$&'()+,;=%-.~"))


def markdown_to_html(markdown: str) -> Markup:
    """Convert rendered Markdown to an HTML fragment, with raw HTML disabled.

    CommonMark plus tables and footnotes. ``html=False`` makes any ``<tag>``
    in the text come out as visible, escaped text, and markdown-it's link
    check drops ``javascript:``, ``file:`` and similar URLs, so article text
    that slipped through unescaped still cannot inject markup.
    """
    from markdown_it import MarkdownIt
    from mdit_py_plugins.footnote import footnote_plugin

    parser = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    parser.enable("table").enable("strikethrough").use(footnote_plugin)
    return Markup(parser.render(markdown))
