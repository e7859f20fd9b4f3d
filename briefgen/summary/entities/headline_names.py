"""Names on a text's headline line that the model runs a headline's words into: the headline's
adjective before a person's name ("Jailed Lusk loses appeal")."""

from __future__ import annotations

from ...lang.en.given_names import is_given_name
from ...lang.en.titles import NAME_PARTICLES
from ...trace import fired
from ..text.truecase import is_ordinary_word
from ..types import Mention

__all__ = ["headline_words_off"]


#: A first line of more words than this is a paragraph, not a headline.
_HEADLINE_WORDS = 25


def headline_words_off(mentions: list[Mention]) -> None:
    """A person's name on the text's first line (its headline) that opens on a word of the
    dictionary no given name is ("Derelict Ana Soto and Ben Lusk", "Defiant Lusk hits back"), when
    the story names the rest of it: the headline's adjective, no part of the name ("Ana Soto",
    "Lusk"). Without it the junk form was the person's fullest name and headed the actors
    (a blind review's blocker). Fires on 1 PolNeAR dev article and 1 of the 60
    real pages (both inputs; a name's form the page names too, no actor changes); kept: the first
    word of every headline in a sentence's case is capitalised, so any adjective there reads as a
    name's first word ("Jailed Lusk loses appeal")."""
    for m in mentions:
        words = m.text.split()
        text = m.span.doc.text
        line_end = text.find("\n")
        if m.kind != "person" or len(words) < 2 or not 0 <= m.start < line_end:
            continue
        if len(text[:line_end].split()) > _HEADLINE_WORDS:
            continue  # a first line that is a paragraph, no headline
        first = words[0]
        if not first[:1].isupper() or is_given_name(first) or not is_ordinary_word(first.lower()):
            continue
        if first.lower() in NAME_PARTICLES:
            continue  # "De Blasio": a particle of the name
        rest_named = any(
            o is not m and o.kind == "person" and o.text.split()[-1] == words[-1] and o.start > m.end for o in mentions
        )
        if not rest_named:
            continue
        fired("entities.headline_word_off_name")
        cut = m.text.index(words[1])
        m.text, m.start = m.text[cut:], m.start + cut
