"""An article body the page's template splits into several containers, joined back into one.

Some templates cut a story's body into sibling blocks of the same kind, with an advertising slot
or a newsletter box between them: ``<div class="article-body story-block">`` paragraphs 1 to 9, an ad,
``<div class="article-body story-block">`` paragraphs 10 to 20; a newsletter page gives each of its
items a ``<div class="story-text">`` of its own. The extractor reads the first container that
looks like a body and stops there: half a story was lost (a blind review's majors: key facts and
central people missing).

Before extraction, the later blocks of such a run are moved into the first, in page order; the
slots between them stay where they were, outside. A run is two or more elements with the same
tag and the same class, none inside another, whose class names a body ("body", "content",
"text", "story", "article", "entry", "post"), never a comment or a teaser, and each of which holds
paragraphs of prose (at least :data:`MIN_BLOCK_WORDS` words in ``<p>``s, few of them in links),
with no more than an ad's label between one and the next: a heading or a caption between them
(a newsletter's numbered items, a listicle's sections) keeps the blocks where they are, since
moving them would put the heading after the text it heads.

Coverage: joins blocks on 8 saved pages (2 of the 60 real pages, 6 of the 111 training pages),
and changes the extracted text of 1, a magazine's story cut at an ad (679 words of 1,200 read
before); on the others the extractor had read past the first block already. Body F1 of the real
pages is unchanged (0.979). Kept though rare: it is a template's layout, not one page's words, and what it
loses is half a story. A newsletter whose items are such blocks under their own headings (1
training page) is not joined: the headings stand between.
"""

from __future__ import annotations

import re
from collections import defaultdict

from ..trace import fired

__all__ = ["join_split_body"]

#: A class that names a story's body, and one that names something else that repeats.
_BODY_CLASS = re.compile(r"body|content|text|story|article|entry|post", re.IGNORECASE)
_OTHER_CLASS = re.compile(
    r"comment|repl|teaser|promo|related|card|recirc|sidebar|rail|footer|header|nav|caption|ad[-_]|"
    r"newsletter|share|author|bio|excerpt|summary|list",
    re.IGNORECASE,
)
#: Words of paragraph prose a block must hold to count as a part of the body.
MIN_BLOCK_WORDS = 40
#: Words the page may show between two blocks of one body: an ad's label ("Advertisement"),
#: "Story continues below"; a heading or a caption between them is more, and keeps them apart.
MAX_WORDS_BETWEEN = 3
#: A list of this many items or more, each with a link, is a list of other pages.
MIN_LINK_ITEMS = 3
#: At most this share of a block's paragraph words may be link text (a list of links is no prose).
MAX_LINK_SHARE = 0.3


def _prose_words(el) -> int:  # noqa: ANN001 - an lxml element
    """Words in ``el``'s paragraphs, or 0 when most of them are links."""
    words = links = 0
    for p in el.iter("p"):
        words += len(p.text_content().split())
        links += sum(len(a.text_content().split()) for a in p.iter("a"))
    if not words or links > MAX_LINK_SHARE * words:
        return 0
    return words


def _drop_link_lists(block) -> None:  # noqa: ANN001 - an lxml element
    """A list of at least :data:`MIN_LINK_ITEMS` items that each link to a page, in a later block
    (the site's "More stories" under the story's end: "What the harbour can teach <a>...</a>"),
    goes with the move: other stories' headlines, no part of this one."""
    for lst in list(block.iter("ul", "ol")):
        items = [li for li in lst if li.tag == "li"]
        if len(items) >= MIN_LINK_ITEMS and all(any(True for _ in li.iter("a")) for li in items):
            lst.drop_tree()


def _words_between(a, b, order: dict, every: list) -> int:  # noqa: ANN001 - lxml elements
    """Words of text in the page after block ``a`` ends and before block ``b`` starts."""
    inside = set(a.iter())
    around_b = set(b.iterancestors())  # their tails come after b
    words = len((a.tail or "").split())
    for el in every[order[a] + 1 : order[b]]:
        if el in inside:
            continue
        if isinstance(el.tag, str) and el.tag not in ("script", "style"):
            words += len((el.text or "").split())
        if el not in around_b:
            words += len((el.tail or "").split())
    return words


def join_split_body(tree) -> int:  # noqa: ANN001 - an lxml tree
    """Move the later blocks of each run of body containers into its first; how many moved."""
    groups: dict[tuple[str, str], list] = defaultdict(list)
    for el in tree.iter("div", "section", "article"):
        cls = " ".join((el.get("class") or "").split())
        if cls and _BODY_CLASS.search(cls) and not _OTHER_CLASS.search(cls):
            groups[(el.tag, cls)].append(el)
    moved = 0
    order: dict | None = None
    every: list = []
    for elements in groups.values():
        if len(elements) < 2:
            continue
        members = set(elements)
        tops = [el for el in elements if not any(a in members for a in el.iterancestors())]
        if len(tops) < 2 or any(_prose_words(el) < MIN_BLOCK_WORDS for el in tops):
            continue
        if order is None:
            order = {el: n for n, el in enumerate(tree.iter())}
            every = list(order)
        if any(_words_between(a, b, order, every) > MAX_WORDS_BETWEEN for a, b in zip(tops, tops[1:])):
            continue  # headings, captions or another text between the blocks: moving would reorder them
        first = tops[0]
        for later in tops[1:]:
            _drop_link_lists(later)
            if later.text and later.text.strip():
                lead = later.makeelement("p", {})
                lead.text = later.text
                first.append(lead)  # a block's own words before its first child
            for child in list(later):
                first.append(child)
            later.text = None
            later.drop_tag()  # its tail, the page's text after it, stays in place
            moved += 1
    if moved:
        fired("html.split_body_joined")
    return moved
