"""Whether a name is the site's that published the article, or its writer's: no actor of its
story, unless the story is about them (:func:`..extract._publisher_only` reads that).

A page names its own outlet and its writer in the furniture a text keeps: a subscription pitch
("Support the Harbourton Herald"), a credit ("HERALD ONLINE has learnt", "HH has learnt"), the
writer's box ("Ana Ruiz is a senior reporter at the Herald"), a sign-off. The brief's header
already says where the article comes from and who wrote it (``Brief.source``: the outlet, the
address, the author), and a reviewer reads them among the actors as junk, often the only actor
shown, or as clutter.

``actors.publishing_outlet``: coverage: no dev corpus article (their texts carry no outlet or
address); 5 of the 60 real pages and 13 of the 111 training pages, each of its own site, saved
and pasted alike. ``actors.article_writer``: 3 real and 2 training pages (a co-writer's credit,
a columnist's name, a paper's authors, a blog's writer). Kept: the rules read the article's own
metadata, which the corpora lack, and the outlet or the writer shown as an actor was a blocker
of the sign-off reviews.
"""

from __future__ import annotations

import re

from ...hosts import host_label
from ...lang.en.gazetteer import NEWS_AGENCIES
from ...model import Source

__all__ = ["credits_the_wire", "names_the_publisher", "names_the_writer"]

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
    if name.isupper() and 2 <= len(joined) <= 6 and joined in _initials(source.outlet or ""):
        return True  # "HH" of the Harbourton Herald
    outlet = (source.outlet or "").strip()
    if outlet.isupper() and 2 <= len(outlet) <= 6 and kind == "organization" and outlet.lower() in _initials(name):
        return True  # "Harbourton Herald" when the page declares its outlet as "HH"
    if kind != "organization" or len(joined) < MIN_TAIL_LETTERS:
        return False
    own_tail = len(words) < len(own) and own[-len(words) :] == words
    return own_tail or (len(joined) < len(label) and label.endswith(joined))


def credits_the_wire(names: list[str], dateline: str) -> bool:
    """One of ``names`` (an actor's name and aliases) is a news agency's that the dateline credits,
    in full or by its initials: "Associated Press" for "KELBY (AP) — ...". A pasted page declares no
    outlet, so its wire story names its agency only there, in the credit of its other writers and
    in the footer; the agency wrote the story and is no actor of it (unless it acts in it, which
    the caller reads). Coverage: 5 PolNeAR articles (a UPI or AP story a site ran: "WASHINGTON,
    Sept. 26 (UPI) —") and 4 of the 60 real pages (3 pasted only: their saved pages declare the
    outlet), no training page; an agency shown as an actor was a blocker of the sign-off review."""
    brackets = {b.casefold() for b in re.findall(r"\(([^()]{2,40})\)", dateline)}
    for name in names:
        key = name.casefold()
        if key in NEWS_AGENCIES and (key in brackets or _initials(name) & brackets):
            return True
    return False


def _initials(outlet: str) -> set[str]:
    """The outlet's initials, with and without a leading "The": {"tpg", "pg"} of "The Points Guy"."""
    words = _WORD.findall(outlet.lower())
    if len(words) < 2:
        return set()
    return {"".join(w[0] for w in words), "".join(w[0] for w in _words(outlet))}


#: What separates the names of a byline: "Ana Ruiz, Tom Ward and Li Na", "Ana Ruiz & Tom Ward".
_BYLINE_SEPARATORS = re.compile(r",|;|&|\band\b")


def names_the_writer(name: str, kind: str, source: Source) -> bool:
    """``name`` is a person's whose words are those of a name of the byline ("Ana L. Ruiz" of
    "Ana L Ruiz, Tom Ward"); an organisation of those words is that person the parser typed
    wrong (a writer's name in a copyright line, "© 2019 by Ana Ruiz")."""
    if kind not in ("person", "organization") or not source.author:
        return False
    words = _WORD.findall(name.lower())
    return len(words) > 1 and any(
        _WORD.findall(part.lower()) == words for part in _BYLINE_SEPARATORS.split(source.author)
    )
