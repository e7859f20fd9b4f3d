"""Lists whose items are labels, not sentences: a product's spec sheet, an ingredient list.

A page lists "- 12MP back camera", "- Aluminum case", "- Sweat and water resistant" under a
product's name; most items are no sentence (no full stop, no verb with its subject). The odd
item that has one ("- Headphones are not included.") belongs to the list all the same: it is
the seller's line, not the story's, so it is no key point, a company named only there ("not
compatible with Kelnet or Orvia carriers") is no actor, and words quoted there ("by saying
“Hey Lumo”") are no quote. A list of sentences ("- The council will vote in May.", "- Fares
rise by 4%.") is the article's own: most of its items have a verb, and it is read as prose.

Bullet lists are read (an extractor writes "- ", a paste "•" or "*"), and the short paragraphs
right under one that ends on a colon ("The tour's dates:"), a list without marks
(:func:`_introduced_runs`): a numbered line is a listicle's heading or a step of a recipe, each
with its own text after it.

Coverage (``units.label_list_item``, ``actors.label_list_only``, ``quotes.label_list_item``): 1
of the 60 real pages (a deal list's spec sheets, whose carrier line was a key point, which named
10 junk actors and whose product boxes' quoted words were listed as terms; blind sign-off reviews
marked each) and 9 of the 111 training pages (two papers' reference lists, a related-reading
list, recipes' ingredients, a wiki's infobox, a how-to's bullet fragments); no dev article of
the four corpora, which are prose without lists. Kept under three dev articles: the news sets
cannot show it, and the pages it changes lose junk key points and actors only (read: every
dropped actor was a label's name, every key point that gave way was a list item).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ...list_shape import MAX_ITEM_WORDS as MAX_UNMARKED_ITEM_WORDS
from ...list_shape import MIN_INTRO_WORDS, MIN_ITEMS
from ...trace import fired
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .analysis import Analysis

__all__ = ["label_list_items", "in_label_list"]

#: A bullet list item's line: its mark, then the item's words.
_ITEM = re.compile(r"^[ \t]*[-*+•▪◦‣][ \t]+(?=\S)(.*)$", re.MULTILINE)
#: A list shorter than MIN_ITEMS (:mod:`briefgen.list_shape`) is too short to tell labels from
#: sentences.
#: Part-of-speech tags of a finite verb: an item with one that has its subject is a sentence.
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})
#: What a sentence ends on.
_TERMINAL = frozenset('.!?”"’)')


def label_list_items(analysis: "Analysis") -> tuple[tuple[int, int], ...]:
    """The character ranges of the items of every bullet list of the text with MIN_ITEMS items
    or more, more than half of them no sentence (:func:`_is_sentence`). Items follow one another
    with only blank lines between them; computed once per analysis."""
    return analysis.memoized("text.label_list_items", lambda: _label_items(analysis))


def in_label_list(analysis: "Analysis", start: int) -> bool:
    """Character offset ``start`` stands in an item of a list of labels."""
    items = label_list_items(analysis)
    i = bisect_right(items, (start, len(analysis.text) + 1)) - 1
    return i >= 0 and items[i][0] <= start < items[i][1]


def _label_items(analysis: "Analysis") -> tuple[tuple[int, int], ...]:
    text = analysis.text
    runs: list[list[tuple[int, int]]] = []
    last_end = -1
    for m in _ITEM.finditer(text):
        start, end = m.start(1), m.end(1)
        if runs and not text[last_end : m.start()].strip():
            runs[-1].append((start, end))
        else:
            runs.append([(start, end)])
        last_end = end
    out: list[tuple[int, int]] = []
    introduced = _introduced_runs(text)
    for run in [*runs, *introduced]:
        if len(run) < MIN_ITEMS:
            continue
        labels = sum(1 for a, b in run if not _is_sentence(analysis, a, b))
        if 2 * labels > len(run):
            out.extend(run)
            if run in introduced:
                fired("text.introduced_label_list")
    return tuple(sorted(set(out)))


#: A paragraph of the text: its start and end (blank lines apart).
_PARAGRAPH = re.compile(r"[^\n]+(?:\n[^\n]+)*")
#: An item of a list without marks has at most MAX_UNMARKED_ITEM_WORDS words and the paragraph
#: that introduces it at least MIN_INTRO_WORDS: :mod:`briefgen.list_shape`, shared with the
#: page reader of pasted lists.


def _introduced_runs(text: str) -> list[list[tuple[int, int]]]:
    """The paragraphs right after one that ends on a colon ("The tour's dates:") while they are
    short and end on no sentence's end: a list without marks, as a saved page's extractor writes
    the lines of a paragraph broken by ``<br>`` ("June 9 -- Old Hall, Kelby"); a paste's are
    items already (:mod:`briefgen.ingest.introduced_lists`). Read as the bullet lists are: a list
    whose items are mostly labels is no story's prose. Coverage: 1 of the 60 real pages (saved: a
    tour's dates, whose 40 venues and towns were actors), 1 PolNeAR dev article (no brief
    changes) and 15 of the 111 training pages (code listings, a ranked list, a jokes page's
    answers, a privacy policy's lists, a fee table): 12 briefs lose junk actors (a magazine and
    a song as people, a band's frontman as an organisation) and quoted terms (file names,
    variables), 6 change key points (list items give way to sentences, a key point of a story
    page gives way on one fiction page)."""
    paragraphs = [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text)]
    runs: list[list[tuple[int, int]]] = []
    for n, (start, end) in enumerate(paragraphs):
        intro = text[start:end].rstrip()
        if not intro.endswith(":") or len(intro.split()) < MIN_INTRO_WORDS or _ITEM.match(intro):
            continue
        run = []
        for a, b in paragraphs[n + 1 :]:
            item = text[a:b]
            if _ITEM.match(item) or item.endswith(":") or len(item.split()) > MAX_UNMARKED_ITEM_WORDS:
                break
            run.append((a, b))
        if len(run) >= MIN_ITEMS:
            runs.append(run)
    return runs


def _is_sentence(analysis: "Analysis", start: int, end: int) -> bool:
    """The item ends on a full stop (or "!", "?", a closing quotation mark) and a verb of it has its
    subject in the item and is finite or has a finite auxiliary: "Headphones are not included.",
    "Case can be charged." The parser reads a label as a clause at times ("6-inch display with a
    resolution of 1080 pixels": "display" the subject of "pixels"), but a label has no full stop."""
    if analysis.text[start:end].rstrip()[-1:] not in _TERMINAL:
        return False
    span = analysis.span(start, end)
    if span is None:
        return True  # no parse to read: taken for a sentence, the article's own
    for t in span:
        if not any(c.dep_ in _SUBJECTS and start <= c.idx < end for c in t.children):
            continue
        if t.tag_ in _FINITE_TAGS or any(c.tag_ in _FINITE_TAGS and c.dep_ in ("aux", "auxpass") for c in t.children):
            return True
    return False
