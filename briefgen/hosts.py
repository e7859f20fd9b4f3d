"""The outlet's label of a web address: shared by ingest (is a byline part the outlet, what is
the site called) and the engine (is an organisation of the story the site that published it)."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

__all__ = ["HTTP_URL", "host_label"]

#: An http(s) web address, bounded (a host of at most 253 characters, a path of at most 2,000).
HTTP_URL = re.compile(r"https?://[^\s/?#@]{1,253}(?:[/?#]\S{0,2000})?", re.IGNORECASE)

#: Second-level labels under a country's code: the outlet's label stands before them
#: ("herald.co.uk", "daily.com.au").
SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "ac", "edu", "ne", "or", "go", "gen", "ltd", "plc"})


def host_label(url: str | None) -> str | None:
    """The outlet's label of a URL's host: 'hosted.wire.example' -> 'wire', 'www.herald.co.uk' -> 'herald'."""
    if not url:
        return None
    try:
        host = (urlsplit(url).hostname or "").rstrip(".")
    except ValueError:
        return None
    labels = [label for label in host.split(".") if label]
    if len(labels) < 2 or all(label.isdigit() for label in labels):
        return None
    index = len(labels) - 2
    if index > 0 and len(labels[-1]) == 2 and labels[index] in SECOND_LEVEL:
        index -= 1
    return labels[index]
