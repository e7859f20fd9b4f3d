"""Markdown input reduced to its text, so no markup leaks into the brief.

Each block (heading, paragraph, list item, quote) becomes one paragraph; the
inline markup goes (link text stays, link targets and images go); soft line
breaks inside a paragraph become spaces, as Markdown means them, so a
hard-wrapped paragraph is one paragraph and no sentence is cut at a line end.
Code blocks and raw HTML are not prose and are dropped. YAML front matter gives
the title, author, date and URL when it holds them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..model import Source

if TYPE_CHECKING:
    from markdown_it.token import Token

__all__ = ["MarkdownText", "markdown_to_text"]

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<body>.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_SPACES = re.compile(r"[ \t]+")


@dataclass
class MarkdownText:
    """The text of a Markdown document and what its front matter or first heading says."""

    paragraphs: list[str] = field(default_factory=list)
    title: str | None = None
    source: Source = field(default_factory=Source)

    @property
    def text(self) -> str:
        """Paragraphs separated by blank lines."""
        return "\n\n".join(self.paragraphs)


def _front_matter(text: str) -> tuple[dict[str, object], str]:
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, text
    from ..errors import ConfigError
    from ..safe_yaml import load_yaml_text

    try:
        data = load_yaml_text(m["body"], "front matter")
    except ConfigError:
        return {}, text  # not front matter after all (or refused): leave it to the parser
    if not isinstance(data, dict):
        return {}, text
    return {str(k).lower(): v for k, v in data.items()}, text[m.end() :]


def _meta(data: dict[str, object], *keys: str) -> str | None:
    for key in keys:
        value = data.get(key)
        if isinstance(value, list) and value:
            value = ", ".join(str(v) for v in value)
        if hasattr(value, "isoformat"):  # YAML reads unquoted dates as date objects
            return value.isoformat()  # type: ignore[union-attr]
        if value not in (None, ""):
            return str(value).strip()
    return None


def _inline_text(token: "Token") -> str:
    parts: list[str] = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        # link_open/close keep their text; images and inline HTML are dropped
    return _SPACES.sub(" ", "".join(parts)).strip()


def markdown_to_text(source: str) -> MarkdownText:
    """Reduce Markdown ``source`` to paragraphs of plain text, with its title and metadata."""
    from markdown_it import MarkdownIt

    meta, body = _front_matter(source)
    md = MarkdownIt("commonmark").enable("table")
    tokens = md.parse(body)
    result = MarkdownText()
    first_heading: str | None = None
    row: list[str] | None = None
    for i, token in enumerate(tokens):
        if token.type == "tr_open":
            row = []
        elif token.type == "tr_close" and row is not None:
            if any(row):
                result.paragraphs.append("| " + " | ".join(row) + " |")  # a table's row, as ingest writes one
            row = None
        elif token.type == "inline":
            text = _inline_text(token)
            if row is not None:
                row.append(text)
                continue
            if not text:
                continue
            if tokens[i - 1].type == "heading_open" and first_heading is None:
                first_heading = text
            result.paragraphs.append(text)
    result.title = _meta(meta, "title", "headline") or first_heading
    if result.title and meta.get("title") and not (result.paragraphs and result.paragraphs[0] == result.title):
        # Front matter titles are not in the body; the headline leads the text, as on a page.
        result.paragraphs.insert(0, result.title)
    result.source = Source(
        outlet=_meta(meta, "outlet", "site", "site_name", "publisher", "source"),
        url=_meta(meta, "url", "canonical_url", "canonical", "link"),
        author=_meta(meta, "author", "authors", "byline"),
        published=_meta(meta, "date", "published", "pubdate", "published_at"),
    )
    return result
