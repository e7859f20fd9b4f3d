"""A list the story introduces with a colon, kept with the line that introduces it.

A pasted page's list rows are short lines without a sentence's shape ("June 9 -- Town Hall,
Selm", "Soil type", a program's line), and the page classifier drops them as it drops a menu's
labels. When a line of the story it kept ends on a colon ("The tour's dates:", "Here is how the
fees break down:"), the short lines right under it are what it announces: they stay, and the
story no longer ends on a colon that opens nothing. They are written as a list's items ("- June
9 -- Town Hall, Selm"), as an extractor writes a page's list, so that the summary reads them as
labels (:mod:`briefgen.summary.text.lists`): no key point, actor or quote comes from a row.
"""

from __future__ import annotations

from dataclasses import replace

from ..lang.en.page_furniture import PROMO_VERBS
from ..list_shape import MAX_ITEM_WORDS as MAX_ROW_WORDS
from ..list_shape import MIN_INTRO_WORDS
from ..list_shape import MIN_ITEMS as MIN_ROWS
from ..trace import fired
from .clutter import is_clutter_line
from .page_lines import LineInfo

__all__ = ["introduced_list_rows", "as_list_item"]

#: A row of the list has at least this many words (a single word is a menu's label) and at most
#: MAX_ROW_WORDS (:mod:`briefgen.list_shape`: a longer line is prose, which the classifier reads
#: for itself); MIN_INTRO_WORDS and MIN_ROWS come from there too.
MIN_ROW_WORDS = 2


def introduced_list_rows(lines: list[LineInfo], keep: list[bool]) -> set[int]:
    """The positions in ``lines`` of the rows of a list under a kept line that ends on a colon,
    which ``keep`` drops: at least MIN_ROWS lines right under it, each of MIN_ROW_WORDS to
    MAX_ROW_WORDS words, no line of the page's clutter, none ending on a colon itself; a blank
    line after the first row ends the list. Not under the site's call to act ("Join now to
    get:", :data:`PROMO_VERBS`), whose rows are its offer.

    Coverage: 1 of the 60 real pages (both pastes: a tour's thirty dates, which the gold body
    holds; pasted recall on half b 0.903 -> 0.918 (w3m), 0.903 -> 0.919 (lynx), half a unchanged)
    and 5 of the 111 training pages, w3m paste (a fee table, a program's lines, a list of factors,
    of people, of kinds; the snippets that must be kept hold rows of 3 of them, none that must go
    is among them; a sixth, a membership box, is left out by the call-to-act test). No dev
    article: their texts are no pages. Kept though one real page: a story that ends on "dates:"
    with nothing after it is a cut story, and the rows go in as labels the brief reads past."""
    out: set[int] = set()
    n = 0
    while n < len(lines):
        line = lines[n]
        first = line.body.split(maxsplit=1)[0].lower() if line.body.split() else ""
        if not (
            keep[n] and line.body.rstrip().endswith(":") and line.words >= MIN_INTRO_WORDS and first not in PROMO_VERBS
        ):
            n += 1
            continue
        rows: list[int] = []
        m = n + 1
        while m < len(lines) and not keep[m] and _row(lines[m], first_row=not rows):
            rows.append(m)
            m += 1
        if len(rows) >= MIN_ROWS:
            fired("clean.introduced_list")
            out.update(rows)
        n = max(m, n + 1)
    return out


def _row(line: LineInfo, *, first_row: bool) -> bool:
    """``line`` may be a row of a list: short, not the page's clutter, not a label of its own."""
    return (
        (first_row or not line.blank_before)
        and MIN_ROW_WORDS <= line.words <= MAX_ROW_WORDS
        and not line.body.rstrip().endswith(":")
        and not is_clutter_line(line.row)
    )


def as_list_item(line: LineInfo) -> LineInfo:
    """``line`` written as a list's item ("- " before it); a table's row stays a row."""
    return line if line.cells else replace(line, body=f"- {line.body}")
