"""Mending what a page's layout and a text browser do to a story's text when it is pasted: a
notice or a picture's text glued to the line after it, a drop cap set apart from its word,
footnote marks, and sentences and paragraphs broken across lines.

The line cleaner (:mod:`.clean`) calls these. Rules report when they fire (``clean.*``, see
``briefgen.trace``).
"""

from __future__ import annotations

import re

from ..trace import fired
from .clutter import NOTICE_PREFIX, is_clutter_line
from .page_lines import LineInfo, continues

__all__ = [
    "strip_notice_prefix",
    "rejoin_drop_caps",
    "drop_footnote_marks",
    "unglue_leading_words",
    "with_sentence_ends",
    "paragraph_rows",
]


def strip_notice_prefix(line: str) -> str:
    """Remove a notice glued to the start of a line (the page lost the line break)."""
    previous = None
    original = line
    while previous != line:
        previous = line
        line = NOTICE_PREFIX.sub("", line, count=1).strip()
    if line != original:
        # Coverage: no page of the harness's sets (tests/test_ingest.py makes it fire); kept: a
        # notice run into the headline would otherwise open the brief's title
        fired("clean.notice_prefix")
    return line


#: A story's first letter set large on a line of its own, the rest of its word opening the next
#: line in small letters: "T" / "he harbour reopened ...". Not "A" or "I", which are words of
#: their own ("A" / "man was seen ...").
_DROP_CAP = re.compile(r"(?m)^[ \t]*([B-HJ-Z])[ \t]*\n(?:[ \t]*\n)*[ \t]*(?=[a-z]{2,}[\w’']*[ ,])")


def rejoin_drop_caps(raw: str) -> str:
    """``raw`` with a drop cap put back into its word, as a page sets it and a paste keeps it apart
    ("T" / "urkey and Poland were ..."). Fires on 1 of the 111 training pages (both pasted forms);
    the saved page's drop cap is put back in ``html_tree``."""
    joined, n = _DROP_CAP.subn(r"\1", raw)
    if n:
        fired("clean.drop_cap")
    return joined


#: A footnote's mark as a text browser shows a superscript "[2]" ("... the spell^[2] was ..."): a
#: caret, then a number or up to three letters ("[a]", "[src]") in brackets; at a line's head,
#: with the space after it.
_FOOTNOTE_MARK = re.compile(r"^[ \t]*\^\[(?:\d{1,3}|[a-z]{1,3})\][ \t]*|\^\[(?:\d{1,3}|[a-z]{1,3})\]")


def drop_footnote_marks(lines: list[str]) -> list[str]:
    """``lines`` without their footnote marks ("^[2]"), which a wiki's pasted page writes after
    words and at the head of its notes: taken out of the lines kept, after the page's lines are
    judged (the classifier learnt pages that have them). Fires on 2 of the 111 training pages
    (two wikis, both pasted forms); the saved pages lose their marks in ``html_tree``. Kept: they end
    up in the bottom line and key points ("The Dunmore Spell^[2] was ..."), and a caret before a
    bracket is no prose."""
    cleaned = [_FOOTNOTE_MARK.sub("", line) for line in lines]
    if cleaned != lines:
        fired("clean.footnote_mark")
    return cleaned


#: A line that opens with words in lower case run straight into a capitalised word ("red boat at
#: dawnThe harbour ...", "meet the makerCraft is ..."): the alt text of a picture or a kicker
#: that a text browser writes with no break before the caption or the story. Two words or more,
#: the last of three letters or more ("iPhone", "eBay" are one word), and a line of no code.
_GLUED_LEAD = re.compile(r"(?m)^([ \t]*[a-z]+(?: [a-z]+)*? [a-z]{2,}[a-z])(?=[A-Z][a-z]+[ ,][^\n=<>{};+]*$)")


def unglue_leading_words(raw: str) -> str:
    """``raw`` without a line's lower-case lead-in (a picture's alt text, a kicker) that a text
    browser ran into the capitalised text after it: no line of the story, nor its headline.
    Fires on 2 of the 53 English dev pages and 3 of the 111 training pages (pasted; on 4 of them
    a caption or a header's line, which the story leaves out anyway); kept under 3 briefs changed
    (1 training page): the glued words opened the story's first paragraph, and so its bottom
    line ("meet the makerCraft is ...")."""
    unglued, n = _GLUED_LEAD.subn("", raw)
    if n:
        fired("clean.glued_lead_in")
    return unglued


#: A line of prose, not of a program or a list: this many words, this share of them function words.
_JOIN_MIN_WORDS = 8
_JOIN_MIN_STOP_RATIO = 0.25
#: Marks of a program's or a shell's lines, which a page breaks where the program does.
_CODE_MARKS = re.compile(r"[=<>{}]|\./|\(0x|::")


#: The most words a sentence's end broken onto its own line holds ("chief.”", "in 1998.").
_END_MAX_WORDS = 6


def with_sentence_ends(lines: list[LineInfo], keep: list[bool]) -> list[bool]:
    """``keep``, with the short line that ends a kept line's sentence kept too: a page's break
    inside a paragraph can leave the sentence's last words alone on a line ("... named her the
    harbour's new" / "chief.”"), which the classifier, reading a line of one or two words, drops, and a quote in
    it lost its last word (a blind review's major). The line stands right under the kept one, in
    lower case, and ends the sentence; the kept line is prose that does not (as
    :func:`paragraph_rows` joins them). Coverage: 3 of the 111 training pages (4 pastes: a
    column's quote, a review's and a blog's last sentence), no real page; kept though rare: a
    quote without its last word is no verbatim quote, and the test is narrow (a line of at most
    six words that ends what the kept line above it left open)."""
    out = list(keep)
    for n in range(1, len(lines)):
        previous, line = lines[n - 1], lines[n]
        if (
            out[n - 1]
            and not out[n]
            and line.index == previous.index + 1
            and not line.blank_before
            and line.words <= _END_MAX_WORDS
            and line.terminal
            and previous.words >= _JOIN_MIN_WORDS
            and previous.stop_ratio >= _JOIN_MIN_STOP_RATIO
            and line.body[:1].isalpha()
            and continues(previous, line)
            and not is_clutter_line(line.row)
        ):
            fired("clean.sentence_end_kept")
            out[n] = True
    return out


def paragraph_rows(kept: list[LineInfo]) -> list[str]:
    """The kept lines' rows, a line that goes on the sentence of the line right above it joined to
    it: a page's line break inside a paragraph (a ``<br>``, a quote's bracketed aside) with no
    blank line between, the first line ending without a sentence end and the next opening in
    lower case ("... the whole project [the plan of ...]" / "broke down at the border.").
    Lines of prose only: a program's lines and a line that is clutter alone keep their breaks.
    Coverage: 2 of the 60 real pages and 9 of the 111 training pages (news, columns, blogs, a
    policy page; quotes and key points whole again); no dev corpus article (plain text). Body
    F1 on the real pages pasted with lynx, half a, 0.950 -> 0.949: a "Related coverage" line
    the page breaks off its last sentence now stays with it."""
    rows: list[str] = []
    previous: LineInfo | None = None
    for line in kept:
        if (
            previous is not None
            and line.index == previous.index + 1
            and not line.blank_before
            and not line.cells
            and not previous.cells
            and previous.words >= _JOIN_MIN_WORDS
            and previous.stop_ratio >= _JOIN_MIN_STOP_RATIO
            and line.body[:1].isalpha()
            and continues(previous, line)
            and not _CODE_MARKS.search(previous.body + " " + line.body)
            and not is_clutter_line(line.row)
        ):
            fired("clean.broken_sentence_joined")
            rows[-1] = f"{rows[-1]} {line.row}"
        else:
            rows.append(line.row)
        previous = line
    return rows
