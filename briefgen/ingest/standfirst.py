"""The standfirst (dek) of an HTML page: the editor's one-line summary under the headline.

Many news pages set a standfirst between the headline and the story ("Harbour officials say the
ferry will not sail before spring.") in an element of its own, and give the same words as the
page's description (``<meta name="description">``, ``og:description``). The extractor keeps the
story's paragraphs and leaves the standfirst out, while a reader who pastes the page copies it
with the story: an HTML page and a paste of it then gave two different briefs, and a story that
opens on a scene had no sentence that says the news.

A description counts as the standfirst only when the page shows it: a visible element's whole
text is the description, word for word, and it stands before the story's first paragraph. A
description no element shows is search-engine copy; one that repeats the story's opening is in
the text already.

Coverage: 24 of the 171 real pages show one (8 of the 60 pages_dev pages, 16 of the 111
pages_train ones, from 20 outlets) and 21 get it (on 3 it is the site talking); the dev corpora
are plain text and have none.
"""

from __future__ import annotations

import itertools

from ..lang.en.voice import own_voice_words
from ..trace import fired
from .html_meta import word_key

__all__ = ["page_descriptions", "standfirst_for"]

_META_KEYS = ("description", "og:description", "twitter:description")
#: A standfirst is a sentence or two: fewer words is a label, more is the story's own text.
MIN_WORDS, MAX_WORDS = 8, 60
#: Elements whose text no reader sees.
_HIDDEN = frozenset({"script", "style", "noscript", "template", "head", "title", "meta", "link"})
#: Elements looked at, at most: a page has a few thousand.
_MAX_ELEMENTS = 20_000
#: Elements whose text starts as the description does that are looked at, at most.
_MAX_CANDIDATES = 20


def page_descriptions(tree) -> dict[str, str]:  # noqa: ANN001 - an lxml tree, before extraction
    """The page's description shown as a standfirst, read before the extractor changes the tree:
    ``{"standfirst": text, "visible": normalised visible text of the body}``, or ``{}``."""
    descriptions = []
    for el in itertools.islice(tree.iter("meta"), 2_000):
        key = (el.get("name") or el.get("property") or "").strip().lower()
        text = " ".join((el.get("content") or "").split())
        if key in _META_KEYS and MIN_WORDS <= len(text.split()) <= MAX_WORDS and text not in descriptions:
            descriptions.append(text)
    if not descriptions:
        return {}
    wanted = {word_key(d): d for d in descriptions}
    body = next(iter(tree.iter("body")), tree)
    candidates = 0
    for el in itertools.islice(body.iter(), _MAX_ELEMENTS):
        # only where a text starts as a description does, and the first few such places: the
        # whole text of every element would cost the square of the page's size
        own = word_key(el.text or "") if isinstance(el.tag, str) else ""
        if len(own) < 4 or not any(key.startswith(own[:12]) for key in wanted) or _hidden(el):
            continue
        candidates += 1
        if candidates > _MAX_CANDIDATES:
            break
        for holder in itertools.islice(itertools.chain([el], el.iterancestors()), 3):
            shown = " ".join(holder.text_content().split())
            if word_key(shown) in wanted:
                return {"standfirst": shown, "visible": _visible_text(body)}
    return {}


def _hidden(el) -> bool:  # noqa: ANN001 - an lxml element
    return el.tag in _HIDDEN or any(a.tag in _HIDDEN for a in el.iterancestors())


def _visible_text(body) -> str:  # noqa: ANN001 - an lxml element
    parts = []
    for el in itertools.islice(body.iter(), _MAX_ELEMENTS):
        if isinstance(el.tag, str) and el.tag not in _HIDDEN and el.text:
            parts.append(el.text)
        if el.tail:
            parts.append(el.tail)
    return word_key(" ".join(parts))


def standfirst_for(found: dict[str, str], paragraphs: list[str]) -> str | None:
    """The standfirst to put after the headline of the extracted ``paragraphs`` (headline first),
    or None: when it is in the text already, the page shows it after the story's opening, or it
    is the site talking to the reader (3 of the 24 real pages with a standfirst)."""
    standfirst = found.get("standfirst")
    if not standfirst or len(paragraphs) < 2:
        return None
    if next(own_voice_words(standfirst), None) is not None:
        # the site talking ("We're about to get ...", "Your guide to ..."): a pitch, not the news
        fired("html.standfirst_site_voice")
        return None
    key = word_key(standfirst)
    text = word_key(" ".join(paragraphs))
    if key[:60] in text:
        return None  # the extractor kept it, or the story opens with the same words
    visible = found.get("visible", "")
    opening = next((word_key(p) for p in paragraphs[1:] if len(p.split()) >= 12), None)
    at, story_at = visible.find(key), visible.find(opening[:60]) if opening else -1
    if at < 0 or story_at < 0 or at > story_at:
        return None
    fired("html.standfirst")
    return standfirst
