"""Telling what kind of input a text is: HTML page, feed, Markdown or plain text.

The kind is read from the content first, because file names and servers lie
(a saved page named ``article.txt``, a feed served as ``text/html``); the file
extension and the declared content type only break ties.
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath

__all__ = ["INPUT_FORMATS", "detect_format", "format_from_content_type", "format_from_name"]

#: The values of ``--input-format``; "auto" detects.
INPUT_FORMATS = ("auto", "text", "html", "markdown", "feed")

_HEAD_CHARS = 4096
_PROLOGUE = re.compile(r"^(?:\s|<\?xml[^>]*\?>|<!--.*?-->|<!DOCTYPE\s+(?!html)[^>]*>)*", re.DOTALL | re.IGNORECASE)
_HTML_START = re.compile(r"<!DOCTYPE\s+html|<html[\s>]", re.IGNORECASE)
_HTML_TAGS = re.compile(r"^[ \t]*<(?:html|head|body)[\s>]", re.IGNORECASE | re.MULTILINE)
_BLOCK_TAGS = re.compile(r"<(?:p|div|article|section|h[1-6]|br|ul|ol|li|table|span|a\s)[\s/>]", re.IGNORECASE)
_RSS = re.compile(r"<rss[\s>]", re.IGNORECASE)
_ATOM = re.compile(r"<feed\b[^>]*\bxmlns\s*=\s*[\"']http://www\.w3\.org/2005/Atom[\"']", re.IGNORECASE)
_RDF = re.compile(r"<rdf:RDF[\s>]")
_JSON_FEED = re.compile(r"\{.*\"version\"\s*:\s*\"https?://jsonfeed\.org/version/", re.DOTALL)

#: A Markdown heading: the text's first line, or a line with a blank line (or the end) after it.
#: A "# ..." line with more text right under it is more often a comment in a pasted page's code
#: ("# Copy in everything else:" above "COPY . ."), and a page taken for Markdown loses its cleaning.
_MD_HEADING = re.compile(r"^#{1,6}[ \t]+\S[^\n]*(?:\n[ \t]*(?:\n|\Z)|\Z)", re.MULTILINE)
_MD_FIRST_HEADING = re.compile(r"\A\s*#{1,6}[ \t]+\S")
_MD_SETEXT = re.compile(r"^\S[^\n]*\n(?:=+|-{3,})[ \t]*$", re.MULTILINE)
#: A Markdown link; its text is short (bounded, so that a line of many "[" is read in linear time).
_MD_LINK = re.compile(r"!?\[[^\]\n]{1,300}\]\((?:https?://|/|\.{0,2}/?[\w-]+\.\w)[^)\s]*(?:\s+\"[^\"]*\")?\)")
_MD_EMPHASIS = re.compile(r"(?<![\w*])\*\*[^*\n]+\*\*(?![\w*])|(?<![\w_])__[^_\n]+__(?![\w_])")
_MD_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?:[\w-]+[ \t]*:.*\n)+---[ \t]*\n")

_MD_EXTENSIONS = {".md", ".markdown", ".mdown", ".mkd"}
_HTML_EXTENSIONS = {".html", ".htm", ".xhtml", ".shtml"}
_FEED_EXTENSIONS = {".rss", ".atom"}


def format_from_name(name: str) -> str | None:
    """The kind a file or URL path's extension suggests, or None."""
    suffix = PurePosixPath(name.split("?", 1)[0].split("#", 1)[0]).suffix.lower()
    if suffix in _MD_EXTENSIONS:
        return "markdown"
    if suffix in _HTML_EXTENSIONS:
        return "html"
    if suffix in _FEED_EXTENSIONS:
        return "feed"
    return None


def format_from_content_type(content_type: str | None) -> str | None:
    """The kind a MIME type suggests ('text/html' -> 'html'), or None when it says nothing."""
    mime = (content_type or "").split(";", 1)[0].strip().lower()
    if mime in ("text/html", "application/xhtml+xml"):
        return "html"
    if mime in ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json"):
        return "feed"
    if mime in ("text/markdown", "text/x-markdown"):
        return "markdown"
    if mime == "text/plain":
        return "text"
    return None


def _is_feed(head: str) -> bool:
    return bool(_RSS.match(head) or _ATOM.match(head) or _RDF.match(head) or _JSON_FEED.match(head))


def _is_html(head: str) -> bool:
    if _HTML_START.match(head) or _HTML_TAGS.search(head):
        return True
    # A saved fragment: starts with a tag and holds several block tags.
    return head.startswith("<") and len(_BLOCK_TAGS.findall(head)) >= 3


def _is_markdown(text: str) -> bool:
    """Clear Markdown only: a heading, front matter, or two other kinds of marker.

    Plain pasted text is parsed line by line by the cleaner; taking it for
    Markdown would join its lines into paragraphs, so one stray ``**`` is not
    enough.
    """
    if _MD_FRONT_MATTER.match(text) or _MD_FIRST_HEADING.match(text) or _MD_HEADING.search(text):
        return True
    signals = 0
    signals += len(_MD_LINK.findall(text)) >= 1
    signals += len(_MD_EMPHASIS.findall(text)) >= 1
    signals += bool(_MD_SETEXT.search(text))
    return signals >= 2 or len(_MD_LINK.findall(text)) >= 2


def detect_format(text: str, *, name: str = "", content_type: str | None = None) -> str:
    """'html', 'feed', 'markdown' or 'text' for ``text``, judged from its content.

    HTML: a doctype, an html/head/body tag, or a fragment of block tags. Feed: an
    ``<rss>``, an Atom ``<feed>`` or an ``<rdf:RDF>`` root, or a JSON Feed object. Markdown: headings,
    links or emphasis markers, or a Markdown file name. Anything else is text.
    """
    head = _PROLOGUE.sub("", text.lstrip("\ufeff")[:_HEAD_CHARS], count=1)
    if _is_feed(head):
        return "feed"
    if _is_html(head):
        return "html"
    hinted = format_from_name(name) or format_from_content_type(content_type)
    if hinted == "markdown" or _is_markdown(text):
        return "markdown"
    if hinted in ("html", "feed") and head.startswith("<"):
        return hinted
    return "text"
