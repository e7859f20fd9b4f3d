"""JSON-LD blocks of a page (``<script type="application/ld+json">``): what the content system
states of the article, its publisher's name and its headline, read within bounds (the block's
size, the nodes walked) so that a hostile page costs linear time."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from ..hosts import HTTP_URL

__all__ = ["ld_facts", "ld_nodes"]


def ld_nodes(text: str) -> Iterator[dict]:
    """The objects of a JSON-LD block, breadth first, a bounded number of nodes."""
    import json

    if len(text) > 500_000:
        return
    try:
        queue = [json.loads(text)]
    except (ValueError, RecursionError):  # not JSON, or nested deeper than the parser goes
        return
    for node in itertools.islice(queue, 2_000):  # the queue grows while it is read; 2,000 nodes at most
        if isinstance(node, list):
            queue.extend(node[:200])
        elif isinstance(node, dict):
            yield node
            queue.extend(value for value in node.values() if isinstance(value, (list, dict)))


def ld_facts(text: str) -> tuple[str | None, str | None]:
    """The publisher's name and the headline of a JSON-LD block, each the first found, from one
    parse and one walk of its nodes."""
    publisher = headline = None
    for node in ld_nodes(text):
        publisher = publisher or _publisher_in(node)
        headline = headline or _headline_in(node)
        if publisher and headline:
            break
    return publisher, headline


def _publisher_in(node: dict) -> str | None:
    """``publisher.name`` of a JSON-LD node (a web address is no name)."""
    publisher = node.get("publisher")
    for candidate in publisher if isinstance(publisher, list) else [publisher]:
        name = candidate.get("name") if isinstance(candidate, dict) else candidate
        if isinstance(name, str) and name.strip() and not HTTP_URL.match(name.strip()):
            return name
    return None


def _headline_in(node: dict) -> str | None:
    """``headline`` of a JSON-LD node (the article's, as its content system states it)."""
    headline = node.get("headline")
    if isinstance(headline, str) and headline.strip():
        return " ".join(headline.split())[:1_000]
    return None
