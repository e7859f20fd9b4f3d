"""Whether a name is the site's that published the article: no actor of its story, unless the
story is about it (:func:`..extract._publisher_only` reads that).

A page names its own outlet in the furniture a text keeps: a subscription pitch ("Support the
Harbourton Herald"), a credit ("HERALD ONLINE has learnt"), a sign-off. The brief's header
already says where the article comes from (``Brief.source``: the outlet, the address), and a
reviewer reads the outlet among the actors as junk, often the only actor shown.

``actors.publishing_outlet``: coverage: no dev corpus article (their texts carry no outlet or
address); 3 of the 60 real pages and 12 of the 111 training pages, each of its own site, saved
and pasted alike. Kept: the rule reads the article's own metadata, which the corpora lack, and
the outlet shown as an actor was a blocker of the sign-off reviews.
"""

from __future__ import annotations

import re

from ...hosts import host_label
from ...model import Source

__all__ = ["names_the_publisher"]

_WORD = re.compile(r"[^\W_]+")
#: A tail of the outlet's name shorter than this (letters) names no outlet ("Post" does; "Sun"
#: and "AP" need the outlet's whole name or its address).
MIN_TAIL_LETTERS = 4


def _words(text: str) -> list[str]:
    words = _WORD.findall(text.lower())
    return words[1:] if words[:1] == ["the"] else words


def names_the_publisher(name: str, kind: str, source: Source) -> bool:
    """``name`` (of an actor of ``kind``) is the outlet's: all its words, as the page declares the
    outlet ("Harbourton Herald") or as its address writes it ("HarbourtonHerald" of
    harbourtonherald.example); for an organisation also a tail of them ("Herald", "the Herald",
    "OBSERVER" of kelmsbyobserver.example). A place is never the outlet, nor the head of its name
    ("Harbourton", a town, a team, a council)."""
    own = _words(source.outlet or "")
    label = (host_label(source.url) or "").replace("-", "")
    words = _words(name)
    joined = "".join(words)
    if kind == "place" or not words or not (own or label):
        return False
    if words == own or joined == label:
        return True
    if kind != "organization" or len(joined) < MIN_TAIL_LETTERS:
        return False
    own_tail = len(words) < len(own) and own[-len(words) :] == words
    return own_tail or (len(joined) < len(label) and label.endswith(joined))
