"""Titles in quotation marks: songs, shows, books and campaigns are named, not said.

:func:`without_titles` takes the speaker from a quote that is a title (:func:`is_title`), or a
show or paper named as where or to whom someone spoke ("she appeared on “Morning Desk”").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...lang.en.terms import WORK_NOUNS
from ...model import quote_kind
from ...trace import fired

if TYPE_CHECKING:
    from ..text.analysis import Analysis
    from ..types import QuoteSpan

__all__ = ["is_title", "names_a_work", "without_titles"]

#: Short words a title leaves in lower case ("Lady and the Tramp").
_TITLE_SMALL_WORDS = frozenset("a an the and or of to in on at for with by from but nor as vs".split())
_WORD = re.compile(r"[^\W\d_][\w’'-]*")
#: A title is short: a capitalised statement of more words is more likely a slogan or a headline.
_TITLE_MAX_WORDS = 8


def is_title(quoted: str, max_words: int = _TITLE_MAX_WORDS) -> bool:
    """A title in quotation marks ("Songs From the Harbour Wall", "The Night Ferry Show."): every
    word capitalised but the short ones, some letters in lower case (not shouting). A title is
    named, not said: it has no speaker. (Only a statement's length is asked about: a term in
    capitals is often a nickname that someone coined, "Lazy Larry", and keeps its speaker.)"""
    words = _WORD.findall(quoted)
    if not words or len(words) > max_words or not any(c.islower() for c in quoted):
        return False
    return words[0][0].isupper() and all(w[0].isupper() or w.lower() in _TITLE_SMALL_WORDS for w in words)


def without_titles(analysis: "Analysis", spans: list["QuoteSpan"], speakers: list[str | None]) -> list[str | None]:
    """``speakers`` (one per quote of ``spans``) with None for a quote that is a title: a title
    is named, not said (see :func:`is_title`)."""
    out = list(speakers)
    for k, q in enumerate(spans):
        quoted = analysis.text[q.start : q.end]
        if out[k] is not None and q.label is None and quote_kind(quoted) == "statement" and is_title(quoted):
            # coverage: songs, shows, books and campaign names on CNN/DM, BBC and the pages (about
            # ten articles); a list of titles otherwise goes to whoever a clause near it names
            fired("speakers.title_not_said")
            out[k] = None
        elif out[k] is not None and names_a_work(analysis.text, q):
            # "In his book “Sail Home: A Sailor's Guide to Every Quiet Harbour on the Coast,” Roe ...":
            # a work's title after its noun, however long (a book's subtitle runs on), is named,
            # not said. Coverage: 4 CNN/DM and 1 PolNeAR articles (an album, a novel, a film, a
            # documentary with its subtitle, once a statement of its narrator), 1 of the 60 real pages
            fired("speakers.title_after_work_noun")
            out[k] = None
        elif (
            out[k] is not None
            and q.open_mark is not None
            and is_title(quoted)
            and (_named_after(analysis.text, q.open_mark) or _listed_after_title(analysis.text, spans, out, k))
        ):
            # "she appeared on “Morning Desk”", "told “Night Line”": a show or a paper named as where
            # or to whom someone spoke, not words the speaker said (a term: three words or fewer)
            # coverage: 6 PolNeAR, 2 CNN/DM articles, 2 dev and 2 training pages (with the owner
            # before the title, "on Harbour TV's “Night Line”"); a show's title credited to its
            # guest was a blocker of the sign-off review; PolNeAR speaker accuracy unchanged
            fired("speakers.title_after_preposition")
            out[k] = None
    return out


#: Words before a title in quotation marks that name where or to whom something was said.
_BEFORE_TITLE = frozenset("on in to told tells tell at from hosted hosts host watched".split())


#: A work's title with its subtitle has at most this many words.
_WORK_TITLE_MAX_WORDS = 20


def names_a_work(text: str, q: "QuoteSpan") -> bool:
    """``q`` is a work's title right after its noun: "his book “...”", "the song “...”"
    (:data:`WORK_NOUNS`), in title case, up to _WORK_TITLE_MAX_WORDS words (a subtitle too)."""
    if q.open_mark is None or not is_title(text[q.start : q.end], _WORK_TITLE_MAX_WORDS):
        return False
    words = text[max(0, q.open_mark - 30) : q.open_mark].split()
    return bool(words) and words[-1].strip(",:").lower() in WORK_NOUNS


def _listed_after_title(text: str, spans: list["QuoteSpan"], out: list[str | None], k: int) -> bool:
    """ "known for “Viva Lusk” and “Harbour Lights”": the next title of a list whose first title
    has no speaker (only a comma or "and"/"or" between the closing and the opening marks)."""
    if k == 0 or out[k - 1] is not None:
        return False
    prev, q = spans[k - 1], spans[k]
    if prev.close_mark is None or q.open_mark is None or not is_title(text[prev.start : prev.end]):
        return False
    between = text[prev.close_mark : q.open_mark].strip(" ,")
    return between in {"", "and", "or"}


def _named_after(text: str, open_mark: int) -> bool:
    """The word right before the opening quotation mark is one of :data:`_BEFORE_TITLE`, or is
    the owner of the title right after one: "said on Harbour TV's “Night Line”"."""
    words = text[max(0, open_mark - 40) : open_mark].split()
    if not words:
        return False
    if words[-1].lower() in _BEFORE_TITLE:
        return True
    if not words[-1].endswith(("'s", "’s")):
        return False
    j = len(words) - 2  # back over the owner's other capitalised words ("on Harbour TV's")
    while j >= 0 and words[j][:1].isupper() and len(words) - j <= 4:
        j -= 1
    return j >= 0 and words[j].lower() in _BEFORE_TITLE
