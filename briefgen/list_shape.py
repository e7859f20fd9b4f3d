"""What a list a story introduces with a colon looks like, shared by the two readers of one:
the page reader (:mod:`briefgen.ingest.introduced_lists`, a paste's short lines under a kept
line that ends on a colon) and the text reader (:mod:`briefgen.summary.text.lists`, a saved
page's short paragraphs under one). Ingest and summary must not import each other, so the
limits live here, apart from both.

"The tour's dates:" then "June 9 -- Old Hall, Kelby", "June 11 -- Corn Exchange, Selm", ...
is such a list; "Dates:" alone is a page's label, not a story's line that introduces one.
"""

from __future__ import annotations

__all__ = ["MIN_INTRO_WORDS", "MAX_ITEM_WORDS", "MIN_ITEMS"]

#: The fewest words of a line that introduces a list ("Dates:" alone is a label of the page's).
MIN_INTRO_WORDS = 3
#: An item of the list has at most this many words: a longer line or paragraph is prose.
MAX_ITEM_WORDS = 20
#: The fewest items that make a list (one or two short lines may be a caption and a credit).
MIN_ITEMS = 3
