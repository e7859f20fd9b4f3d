"""The lines of a pasted page: what each line is made of, and hard-wrapped lines rejoined.

A page pasted from a browser (or rendered by a text browser) comes as lines: menu
items and link lists one per line, often behind a bullet and indented; paragraphs
of prose one per line, separated by blank lines. Some tools and mail clients wrap
paragraphs at a fixed width instead, so one paragraph spans several lines.

``split_lines`` rejoins wrapped paragraphs and describes every remaining line by
the few facts the boilerplate classifier reads (``LineInfo``). Nothing here knows
a site: only shapes of text.

Rules report when they fire (``page_lines.*``, see ``briefgen.trace``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from ..trace import fired

__all__ = ["LineInfo", "split_lines", "rejoin_wrapped", "stop_words", "TOKEN"]

TOKEN = re.compile(r"[^\W_]+")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
#: List markers of text browsers and of pasted lists: bullets, boxes, "o", "+", "*", "#", "1."; a
#: "#" run into a word is a post's hashtag ("#Kelmsby Ana Soto scored ..."), which stays.
_BULLET = re.compile(r"^\s*(?:[•◦▪▫■□●○◆◇►▸‣⁃∙·*+>–—-]|#(?=\s)|o(?=\s)|\d{1,3}[.)](?=\s))\s*")
#: A sentence end at the end of a line (quotes and brackets may follow it).
_TERMINAL = re.compile(r"[.!?…:;][\"'”’»)\]]*$")
_SENTENCE_END = re.compile(r"[a-z0-9%)\"”’][.!?…][\"'”’»)]*(?=\s+[\"'“‘(]?[A-Z0-9])")
_OPEN_CONTINUATION = re.compile(r"^[a-z(\"'“‘,;:—–-]")
#: A picture a text browser wrote as its bracketed name glued to the paragraph it floats in
#: ("[logo-300x193]A judge said ...", "[svg]Crowds at the gate"): w3m gives every image its alt text
#: or file name in brackets, and an inline image has no line break after it. Two training pages
#: have it (the dev corpora are plain text); the name, one token, is no word of the article.
_GLUED_IMAGE = re.compile(r"^\[[^\]\s]{1,60}\](?=[A-Z“‘\"'])")


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """English function words (justext's list, which comes with trafilatura), lower case."""
    try:
        import justext

        return frozenset(w.lower() for w in justext.get_stoplist("English"))
    except Exception:  # pragma: no cover - justext missing: a small list still tells prose from menus
        return frozenset(
            "a an and are as at be but by for from had has have he her his i in is it its of on or our "
            "she that the their them they this to was we were which who will with would you".split()
        )


@dataclass
class LineInfo:
    """One non-blank line of a pasted page and the shape facts the classifier reads."""

    index: int  #: position among the non-blank lines
    text: str  #: normalised: invisible characters out, runs of spaces folded, list marker kept
    body: str  #: the text without its list marker
    indent: int  #: leading spaces in the paste
    bullet: bool  #: starts with a list marker
    blank_before: bool
    blank_after: bool
    words: int
    stop_ratio: float
    capital_ratio: float  #: capitalised words among words of 4+ letters
    digit_ratio: float
    terminal: bool  #: ends with a sentence end
    sentences: int  #: sentence ends inside the line (the last one included)
    repeats: int  #: how many times the same text stands on the page
    #: a table's row as a text browser lays it out, its cells apart by wide gaps; else empty
    cells: tuple[str, ...] = ()

    @property
    def row(self) -> str:
        """The line as ingest writes a table's row ("| Harbour | 12 | 4% |"), else its body."""
        return "| " + " | ".join(self.cells) + " |" if self.cells else self.body


def _normalise(line: str) -> str:
    line = _SPACES.sub(" ", _INVISIBLE.sub("", line)).strip()
    unglued = _GLUED_IMAGE.sub("", line)
    if unglued != line:
        fired("paste.glued_image")
    return unglued


def _wrap_width(lines: list[str]) -> int | None:
    """The width a paste was hard-wrapped at, or None when its paragraphs are single lines.

    Wrapped prose has many long lines of nearly the same length, each followed by
    the rest of its sentence: the lengths pile up just under the width, and the next
    line often goes on in lower case. A list of headlines or menu items does not.
    """
    pairs = [(len(a.rstrip()), b.strip()) for a, b in zip(lines, lines[1:]) if a.strip() and b.strip()]
    long_pairs = [(n, b) for n, b in pairs if n >= 30]
    if len(long_pairs) < 4:
        return None
    width = max(n for n, _ in long_pairs)
    if width > 200:
        return None
    near = [b for n, b in long_pairs if n >= width - 15]
    going_on = sum(1 for b in near if b[:1].islower() or b[:1] in ",;:)")
    if len(near) >= 4 and len(near) >= 0.6 * len(long_pairs) and going_on >= max(2, 0.3 * len(near)):
        return width
    return None


def rejoin_wrapped(raw: str, extracted: bool = False) -> str:
    """Join the lines of hard-wrapped paragraphs back into one line each.

    A line is the wrapped part of a paragraph when it reaches close to the wrap
    width, the next line's first word would not have fitted on it, and the next
    line is neither blank nor a list item. Text cut at a fixed column (every
    wrapped line exactly the width) is joined as it was cut: without a space
    where the cut fell inside a word.

    ``extracted``: ``raw`` is an extractor's text, whose paragraphs are one line each with no
    blank line between them, so a line that ends a sentence is never joined to the next (it may
    end its paragraph), and one that does not is joined to a next line that goes on in lower
    case however short it is (a list item's wrapped text, which its mark made shorter).
    """
    lines = raw.split("\n")
    width = _wrap_width(lines)
    if width is None:
        return raw
    # Fires on none of the dev pages: the benchmark renders them with text browsers 10,000 columns
    # wide. It stays for what analysts do paste wrapped: mail clients and terminals (72-80 columns),
    # text from PDFs, plain-text newsletters (tests/test_paste_pages.py holds invented ones).
    fired("page_lines.hard_wrapped")
    exact = all(
        len(a.rstrip("\r")) == width
        for a, b in zip(lines, lines[1:])
        if a.strip() and b.strip() and len(a.rstrip()) >= width - 15
    )
    # each output line as its pieces, joined once at the end (joining a long paragraph line by
    # line would copy it again at every line: the square of its length)
    out: list[list[str]] = []
    last = ""  # the previous line as it was in the paste (``out[-1]`` may hold several joined lines)
    for line in lines:
        raw_last, last = last.rstrip("\r"), line
        if out and raw_last.strip() and line.strip() and not _BULLET.match(line):
            if exact and len(raw_last) == width:
                # text cut at a fixed column, words split (fixed-width exports, some terminals'
                # copy of a wrapped screen); no dev page is cut, for the reason above
                fired("page_lines.cut_at_column")
                out[-1].append(line.rstrip("\r"))
                continue
            first_word = line.strip().split()[0]
            if extracted and _TERMINAL.search(raw_last.rstrip()):
                out.append([line])
                continue
            if (extracted and first_word[:1].islower()) or (
                len(raw_last.rstrip()) + 1 + len(first_word) > width and len(raw_last.rstrip()) >= width - 20
            ):
                out[-1][-1] = out[-1][-1].rstrip()
                out[-1].append(" " + line.strip())
                continue
        out.append([line])
    return "\n".join("".join(pieces) for pieces in out)


def _describe(
    index: int, raw: str, text: str, blank_before: bool, blank_after: bool, repeats: int, stops: frozenset[str]
) -> LineInfo:
    marker = _BULLET.match(text)
    body = text[marker.end() :].strip() if marker else text
    tokens = TOKEN.findall(body)
    n = len(tokens)
    long_words = [t for t in tokens if len(t) >= 4 and not t.isdigit()]
    return LineInfo(
        index=index,
        text=text,
        body=body or text,
        indent=len(raw) - len(raw.lstrip(" \t\u00a0")),
        bullet=bool(marker) and bool(body),
        blank_before=blank_before,
        blank_after=blank_after,
        words=n,
        stop_ratio=sum(1 for t in tokens if t.lower() in stops) / n if n else 0.0,
        capital_ratio=sum(1 for t in long_words if t[0].isupper()) / len(long_words) if long_words else 0.0,
        digit_ratio=sum(1 for t in tokens if any(c.isdigit() for c in t)) / n if n else 0.0,
        terminal=bool(_TERMINAL.search(body)),
        sentences=len(_SENTENCE_END.findall(body)) + bool(_TERMINAL.search(body)),
        repeats=repeats,
        cells=_cells(raw),
    )


#: The gap between a table's cells as w3m and lynx lay out a row: three spaces or more.
_CELL_GAP = re.compile(r"[ \t\u00a0]{3,}")
#: A row has at least this many cells (two are a label and its value, or a ragged line).
_MIN_CELLS = 3


def _cells(raw: str) -> tuple[str, ...]:
    """The cells of a pasted table's row ("DL      Ana Ruiz      63      85%"), or () for a line of
    prose. A text browser sets columns apart with runs of spaces that prose never has."""
    cells = [_normalise(c) for c in _CELL_GAP.split(raw.strip())]
    cells = [c for c in cells if c]
    return tuple(cells) if len(cells) >= _MIN_CELLS else ()


def split_lines(raw: str, skip: Callable[[str], bool] | None = None) -> list[LineInfo]:
    """The non-blank lines of a pasted page (wrapped paragraphs rejoined), described.

    Lines for which ``skip`` is true (clutter the line rules already know) are left
    out and count as blank, so that the lines around them are neighbours.
    """
    rows = rejoin_wrapped(raw.replace("\r\n", "\n").replace("\r", "\n")).split("\n")
    normalised = [_normalise(r) for r in rows]
    if skip is not None:
        normalised = ["" if t and skip(t) else t for t in normalised]
    counts = Counter(t.lower() for t in normalised if t)
    stops = stop_words()
    out: list[LineInfo] = []
    for i, (raw_line, text) in enumerate(zip(rows, normalised)):
        if not text:
            continue
        blank_before = i == 0 or not normalised[i - 1]
        blank_after = i + 1 >= len(rows) or not normalised[i + 1]
        out.append(
            _describe(len(out), raw_line.expandtabs(4), text, blank_before, blank_after, counts[text.lower()], stops)
        )
    return out


def continues(previous: LineInfo, line: LineInfo) -> bool:
    """True when ``line`` reads as the rest of ``previous``'s sentence (a break inside a sentence)."""
    return not previous.terminal and bool(_OPEN_CONTINUATION.match(line.body)) and previous.words >= 3
