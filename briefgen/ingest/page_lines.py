"""The lines of a pasted page: what each line is made of, and hard-wrapped lines rejoined.

A page pasted from a browser (or rendered by a text browser) comes as lines: menu
items and link lists one per line, often behind a bullet and indented; paragraphs
of prose one per line, separated by blank lines. Some tools and mail clients wrap
paragraphs at a fixed width instead, so one paragraph spans several lines.

``split_lines`` rejoins wrapped paragraphs and describes every remaining line by
the few facts the boilerplate classifier reads (``LineInfo``). Nothing here knows
a site: only shapes of text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["LineInfo", "split_lines", "rejoin_wrapped", "stop_words", "TOKEN"]

TOKEN = re.compile(r"[^\W_]+")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
#: List markers of text browsers and of pasted lists: bullets, boxes, "o", "+", "*", "#", "1.".
_BULLET = re.compile(r"^\s*(?:[•◦▪▫■□●○◆◇►▸‣⁃∙·*+#>–—-]|o(?=\s)|\d{1,3}[.)](?=\s))\s*")
#: A sentence end at the end of a line (quotes and brackets may follow it).
_TERMINAL = re.compile(r"[.!?…:;][\"'”’»)\]]*$")
_SENTENCE_END = re.compile(r"[a-z0-9%)\"”’][.!?…][\"'”’»)]*(?=\s+[\"'“‘(]?[A-Z0-9])")
_OPEN_CONTINUATION = re.compile(r"^[a-z(\"'“‘,;:—–-]")


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


def _normalise(line: str) -> str:
    return _SPACES.sub(" ", _INVISIBLE.sub("", line)).strip()


def _wrap_width(lines: list[str]) -> int | None:
    """The width a paste was hard-wrapped at, or None when its paragraphs are single lines.

    Wrapped text has many long lines of nearly the same length, each followed by
    a non-blank line: the lengths pile up just under the width.
    """
    followed = [len(a.rstrip()) for a, b in zip(lines, lines[1:]) if a.strip() and b.strip()]
    long_lines = [n for n in followed if n >= 30]
    if len(long_lines) < 4:
        return None
    width = max(long_lines)
    if width > 200:
        return None
    near = sum(1 for n in long_lines if n >= width - 15)
    return width if near >= 0.6 * len(long_lines) and near >= 4 else None


def rejoin_wrapped(raw: str) -> str:
    """Join the lines of hard-wrapped paragraphs back into one line each.

    A line is the wrapped part of a paragraph when it reaches close to the wrap
    width and the next line's first word would not have fitted on it, and the
    next line is neither blank nor a list item. Text cut at a fixed column in the
    middle of a word (all wrapped lines exactly the width, no space at the cut)
    is joined without a space.
    """
    lines = raw.split("\n")
    width = _wrap_width(lines)
    if width is None:
        return raw
    exact = all(len(a.rstrip("\r")) in (width, width + 1) for a, b in zip(lines, lines[1:])
                if a.strip() and b.strip() and len(a.rstrip()) >= width - 15)
    out: list[str] = []
    for line in lines:
        if out and out[-1].strip() and line.strip():
            prev = out[-1].rstrip("\r")
            first_word = line.strip().split()[0]
            fits = len(prev.rstrip()) + 1 + len(first_word) <= width
            if not fits and not _BULLET.match(line) and len(prev.rstrip()) >= width - 20:
                if exact and prev and prev[-1].isalnum() and line[:1].isalnum():
                    out[-1] = prev + line.rstrip()
                else:
                    out[-1] = prev.rstrip() + " " + line.strip()
                continue
        out.append(line)
    return "\n".join(out)


def _describe(index: int, raw: str, text: str, blank_before: bool, blank_after: bool,
              repeats: int, stops: frozenset[str]) -> LineInfo:
    marker = _BULLET.match(text)
    body = text[marker.end():].strip() if marker else text
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
    )


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
        out.append(_describe(len(out), raw_line.expandtabs(4), text, blank_before, blank_after,
                             counts[text.lower()], stops))
    return out


def continues(previous: LineInfo, line: LineInfo) -> bool:
    """True when ``line`` reads as the rest of ``previous``'s sentence (a break inside a sentence)."""
    return not previous.terminal and bool(_OPEN_CONTINUATION.match(line.body)) and previous.words >= 3
