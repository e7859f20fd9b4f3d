"""Boxes a page sets in or around its story, found by their layout: a box of links to other
stories (a label, then the headlines under it) and an author box's bio (a writer's name, then the
paragraph about them).

Rules report when they fire (``clutter.*``, see ``briefgen.trace``).
"""

from __future__ import annotations

import re

from ..lang.en.page_furniture import AUTHOR_BIO_VERBS, AUTHOR_LINE_LABELS, LINK_BOX_LABELS, WRITER_WORDS
from ..trace import fired

__all__ = ["link_boxes", "drop_author_bios"]

_I = re.IGNORECASE


#: A link box's label on a line of its own ("More On:", "Related stories").
_LINK_BOX_LABEL = re.compile(rf"^{LINK_BOX_LABELS}\s*:?$", _I)
#: A line that ends a sentence: its stop, and any closing quotation mark or bracket after it.
_ENDS_SENTENCE = re.compile(r"[.!?…][\"'’”)\]]*$")
#: The most lines, and the most words per line, of a link box's items.
_LINK_BOX_LINES = 10
_LINK_BOX_ITEM_WORDS = 20


def link_boxes(lines: list[str]) -> list[int]:
    """The indexes of the lines of ``lines`` (the lines kept as the story's) that make boxes of
    links to other stories: a label on a line of its own ("More On:", "More on this story") and
    the lines under it up to the first that ends a sentence, each of at most
    _LINK_BOX_ITEM_WORDS words: a topic tag ("harbours") and other stories' headlines, which end
    in no full stop ("Ferry strike ends after talks"). A page sets such a box between its headline
    and the story, or between two paragraphs; pasted, its headlines read as the story's first
    lines and their names as actors. The first line that ends a sentence, or a longer one, is the
    story's own and stays.

    Read on the lines the classifier kept: blanking the box before it judges the page moves its
    verdict on the lines around (a teaser list kept, a caption kept, a sentence lost: a first
    draft did, on 9 training pages). Coverage: 1 of the 60 real pages (both pastings: a news
    site's box under its headline, whose other story's headline and topic tag were a blind
    review's major), no training page, no dev corpus (plain text). Kept though rare: a closed
    class of page furniture, read only inside what the classifier kept, and it takes no line
    that ends a sentence."""
    out: list[int] = []
    i = 0
    while i < len(lines):
        if not _LINK_BOX_LABEL.match(lines[i].strip()):
            i += 1
            continue
        j = i + 1
        items: list[int] = []
        while j < len(lines) and len(items) < _LINK_BOX_LINES:
            text = lines[j].strip()
            if text and (len(text.split()) > _LINK_BOX_ITEM_WORDS or _ENDS_SENTENCE.search(text)):
                break
            if text:
                items.append(j)
            j += 1
        if items:
            fired("clutter.link_box")
            out += [i, *items]
        i = j
    return out


#: A line that names a writer: a label and a name ("Fact checked by Ana Ruiz"), or the name alone.
_AUTHOR_LINE = re.compile(
    rf"^(?:{AUTHOR_LINE_LABELS}\s*:?\s+)?(?P<name>[A-Z][\w'’-]+(?:\s+(?:[A-Z]\.\s*)*[A-Z][\w'’-]+){{1,3}})$", _I
)
#: How far above a bio its writer's line may stand (non-blank lines), and how long each line
#: between them may be: an author box's "Full Bio", "LinkedIn", the name said again.
_BIO_REACH = 8
_BIO_GAP_WORDS = 6
#: The longest bio paragraph dropped.
_MAX_BIO_WORDS = 90


def _writer_named(line: str) -> tuple[str, bool] | None:
    """The writer's name a line gives ("By Ana Ruiz", "Ana Ruiz"), when its first word is a given
    name, and whether a label ("By", "Fact checked by") says it is a writer's."""
    from ..lang.en.given_names import given_name_gender

    m = _AUTHOR_LINE.match(line)
    if not m or not m["name"][:1].isupper():
        return None
    name = m["name"]
    if given_name_gender(name.split()[0]) is None:
        return None
    return name, m.end("name") - m.start("name") != len(line)


def drop_author_bios(raw: str) -> str:
    """``raw`` with the bios of its author boxes made blank: a paragraph that opens on the name of
    a writer the line just above gives, or that name's first word, and goes on as a bio does
    ("By Ana Ruiz" / "Full Bio" / "Ana Ruiz is a reporter who has covered ...", "Ana has worked
    as an editor since 2009"), with only short lines between them. Under a name alone (no "By"),
    the paragraph must also hold a writer's word (:data:`WRITER_WORDS`): a photo captioned with
    a story's subject may stand right above the lede that introduces her. A page shows it under the
    byline or after the story; above the story, the paste had taken it for the story's lede.

    Fires on 1 of the 60 real pages and 4 of the 111 training pages (both pastings), mostly on
    boxes after the story that the classifier drops anyway. Changes the text of the real page's
    lynx paste (the writer's bio after the story is gone) and of 2 training pages, of two sites,
    whose bottom line had been a fact checker's and a writer's bio (a sign-off blocker of y36)."""
    lines = raw.split("\n")
    recent: list[int] = []  # the last non-blank lines, nearest last
    for i, line in enumerate(lines):
        text = line.strip()
        if not text:
            continue
        words = len(text.split())
        if words > _BIO_GAP_WORDS and words <= _MAX_BIO_WORDS:
            for j in reversed(recent[-_BIO_REACH:]):
                named = _writer_named(lines[j].strip())
                if named is not None:
                    name, labelled = named
                    first = re.escape(name.split()[0])
                    pattern = rf"^(?:{re.escape(name)}|{first}(?:\s+[A-Z]\.)?)\s+(?:{AUTHOR_BIO_VERBS})"
                    writer = labelled or not WRITER_WORDS.isdisjoint(re.findall(r"[a-z]+", text.lower()))
                    if writer and re.match(pattern, text):
                        fired("clutter.author_bio")
                        lines[i] = ""
                        text = ""
                    break
                if len(lines[j].split()) > _BIO_GAP_WORDS:
                    break
        if text:
            recent.append(i)
    return "\n".join(lines)
