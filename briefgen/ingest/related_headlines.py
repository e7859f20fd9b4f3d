"""Other stories' headlines above the article: a box of links ("Trending", a topic's latest
stories) that the extractor keeps between the headline and the lede.

A news site sets such a box at the top of the story column: a label, then the headlines of
three or more other stories, each a line in headline case with no full stop ("Harbour Board
Names New Chair After Vote", "Five Things to Know About the Ferry Strike"). The story's own
text is sentences. Three such lines in a row before the first sentence of prose, and the short
label line right above them, are no part of the article: their names would stand as actors.
A single line of this shape stays (a kicker, the headline's copy, a standfirst in title case).

Coverage: 1 of the 60 real pages (a topic box of four award-show headlines above a band's tour
news), none of the 111 training pages (pasted pages go through :mod:`.boilerplate`, whose
related-list rule is the same class). Kept though rare: its names were a blocker of the sign-off
review (another story's text in the brief), and the shape (three headlines in a row before any
prose) is a site's layout, not one page's words. Body F1 of the pages rises (0.978 -> 0.979).
"""

from __future__ import annotations

import re

from ..trace import fired

__all__ = ["without_related_headlines"]

#: The fewest headlines in a row that make a box of other stories.
MIN_HEADLINES = 3
#: A headline has at least this many words of letters (a line of scores has few) ...
MIN_WORDS = 5
#: ... and at least this share of its words of four letters or more begin with a capital.
CAPITALISED_SHARE = 0.8
#: A label above the box ("Latest news", "2026 Harbour Awards") has at most this many words.
MAX_LABEL_WORDS = 6
#: A paragraph of prose: at least this many words and a sentence's end.
PROSE_WORDS = 8

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_TERMINAL = re.compile(r"[.!?…][\"”’')]*$")


def _headline_cased(line: str) -> bool:
    words = _WORD.findall(line)
    long = [w for w in words if len(w) >= 4]
    if len(words) < MIN_WORDS or not long or _TERMINAL.search(line.strip()):
        return False
    return sum(w[0].isupper() for w in long) >= CAPITALISED_SHARE * len(long)


def _prose(line: str) -> bool:
    return len(line.split()) >= PROSE_WORDS and bool(_TERMINAL.search(line.strip())) and not _headline_cased(line)


def without_related_headlines(paragraphs: list[str], title: str | None) -> list[str]:
    """``paragraphs`` without a box of other stories' headlines above the first paragraph of prose
    (see the module); the page's own headline, wherever it stands among them, stays."""
    first_prose = next((i for i, p in enumerate(paragraphs) if _prose(p)), len(paragraphs))
    own = (title or "").strip().casefold()
    drop: set[int] = set()
    i = 0
    while i < first_prose:
        j = i
        while j < first_prose and _headline_cased(paragraphs[j]) and paragraphs[j].strip().casefold() != own:
            j += 1
        if j - i >= MIN_HEADLINES:
            k = i
            while (
                k > 0
                and len(paragraphs[k - 1].split()) <= MAX_LABEL_WORDS
                and not _TERMINAL.search(paragraphs[k - 1].strip())
                and paragraphs[k - 1].strip().casefold() != own
            ):
                k -= 1  # the box's label: "Latest", "2026 Harbour Awards"
            drop.update(range(k, j))
        i = max(j, i + 1)
    if not drop:
        return paragraphs
    fired("html.related_headlines")
    return [p for n, p in enumerate(paragraphs) if n not in drop]
