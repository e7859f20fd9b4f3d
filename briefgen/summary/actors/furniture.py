"""Actors the page's furniture names, not the story: "Follow the Harbour Herald on Chirpa and
Pictogram", "Subscribe to our Vidtube channel", "You can contact us on Chatline", "Please accept
Vidtube cookies to play this video". A name found only in such sentences is no actor.

A sentence is furniture when, outside quotation marks, it asks the reader to act: it opens on a
verb of the page's requests with no subject ("Follow", "Subscribe", "Send", "Please accept"), or
such a verb has the reader or the site for its subject ("You can contact us on Chatline"). An
advice page's "you" alone does not make a sentence furniture ("If you rent your home, ...").

Coverage: 3 of the 60 real and 6 of the 111 training pages ("Follow ... on Twitter", "Learn more
at ...", "Send us a tip on Chatline"); no dev article: their texts carry no page furniture
(CNN/DailyMail's "Scroll down for video" runs into a caption, a sentence too long for furniture).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...lang.en.discourse import CALL_VERBS
from ...trace import fired
from ..text.credits import is_staff_credit
from .name_shapes import line_bounds

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..text.analysis import Analysis
    from ..types import Mention

__all__ = ["only_in_furniture"]

#: Verbs of the page's talk beside :data:`CALL_VERBS` that open its requests ("Send us a tip").
_REQUEST_VERBS = frozenset({"send", "contact", "email", "message", "accept", "like", "tag", "support", "donate"})
#: Verbs of "You can contact us on Chatline", "You can also follow the Herald on Chirpa".
_REACH_VERBS = frozenset({"contact", "follow", "find", "reach", "email", "message", "subscribe", "join", "visit"})
#: Longer sentences are content (a label such as "Scroll down for video" run into a caption).
_MAX_WORDS = 25
_QUOTES = '"“”‘’'


def only_in_furniture(mentions: "list[Mention]", analysis: "Analysis") -> bool:
    """Every one of ``mentions`` lies in a sentence of the page's furniture (see the module)."""
    if not mentions:
        return False
    text = analysis.text
    if all(is_staff_credit(text[slice(*line_bounds(text, m.start))]) for m in mentions):
        # "(Reporting by Ana Roe; Editing by Ben Lusk)": who wrote the copy (see :mod:`..text.credits`)
        fired("actors.staff_credit")
        return True
    for m in mentions:
        sentence = analysis.sentence_at(m.start)
        if sentence is None or ":" in analysis.text[sentence.start : m.start]:
            return False  # "Read this fact: ..., said Superintendent Ana Roe": a label, then the news
        if not _furniture(analysis, sentence.start, sentence.end):
            return False
    fired("actors.page_furniture")
    return True


def _furniture(analysis: "Analysis", start: int, end: int) -> bool:
    text = analysis.text[start:end]
    if any(q in text for q in _QUOTES) or text.rstrip().endswith("?"):
        return False  # a speaker's words (or a title in quotation marks), a question: not the page's
    span = analysis.span(start, end)
    if span is None:
        return False
    words = [t for t in span if not t.is_punct and not t.is_space]
    if words and words[0].lower_ == "please":
        words = words[1:]
    if not words:
        return False
    if len(words) > _MAX_WORDS:
        return False  # page furniture is short; a long "sentence" is content run into a label
    first, root = words[0], span.root
    if first.i == root.i and _asks(first) and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in first.children):
        return True  # "Follow the Herald on Chirpa", "Send us a tip on Chatline"
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    # "You can contact the Herald on Chirpa", "We are on Pictogram too": the reader or the site
    return root.lemma_.lower() in _REACH_VERBS and bool(subjects) and all(s.lower_ in ("you", "we") for s in subjects)


def _asks(verb: "Token") -> bool:
    return verb.tag_ in ("VB", "VBP") and (verb.lemma_.lower() in CALL_VERBS or verb.lemma_.lower() in _REQUEST_VERBS)
