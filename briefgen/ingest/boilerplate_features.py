"""The features of a pasted page's lines that the boilerplate classifier (:mod:`.boilerplate`)
reads: what each line is made of, its neighbours, and where it stands against the page's main
run of prose (the stretch of lines with the highest prose score).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from .captions import CREDIT_TAIL
from .page_lines import LineInfo
from .page_words import READER, SITE

__all__ = ["FEATURES", "line_features", "main_run", "prose_like", "best_stretch"]


def prose_like(line: LineInfo) -> bool:
    """A line that reads like article prose: a sentence of some length, with function words."""
    return line.words >= 8 and line.stop_ratio >= 0.2 and (line.terminal or line.words >= 25) and not line.bullet


def _run_score(line: LineInfo) -> float:
    if prose_like(line):
        return float(line.words)
    if line.bullet or line.words <= 3:
        return -4.0
    return -2.0 - 0.2 * line.words


def main_run(lines: Sequence[LineInfo]) -> tuple[int, int]:
    """``[start, end)`` of the stretch of lines with the highest prose score."""
    return best_stretch([_run_score(line) for line in lines])


#: The names of the features, in the order ``line_features`` gives them (the model file records them too).
FEATURES: tuple[str, ...] = (
    "log_words",
    "stop_ratio",
    "capital_ratio",
    "digit_ratio",
    "terminal",
    "sentences",
    "bullet",
    "indent_extra",
    "blank_before",
    "blank_after",
    "log_repeats",
    "credit",
    "prose",
    "in_run",
    "before_run",
    "after_run",
    "log_dist_run",
    "rel_position",
    "prev_log_words",
    "prev_stop",
    "prev_terminal",
    "prev_bullet",
    "next_log_words",
    "next_stop",
    "next_terminal",
    "next_bullet",
    "win3_prose",
    "win10_prose",
    "win3_bullet",
    "win10_log_words",
    "log_open_run",
    "log_dist_prose",
    "prose_mass_before",
    "reader_ratio",
    "site_ratio",
)


def _indent_reference(lines: Sequence[LineInfo]) -> int:
    """The indentation of the page's prose lines (0 in most pastes, 3 in some text browsers)."""
    prose = [ln.indent for ln in lines if prose_like(ln)]
    return min(prose) if prose else min((ln.indent for ln in lines), default=0)


def line_features(lines: Sequence[LineInfo]) -> list[list[float]]:
    """One feature vector per line, in the order of ``FEATURES``."""
    n = len(lines)
    if not n:
        return []
    start, end = main_run(lines)
    ref = _indent_reference(lines)
    prose = [1.0 if prose_like(ln) else 0.0 for ln in lines]
    log_words = [math.log1p(ln.words) for ln in lines]
    bullets = [1.0 if ln.bullet else 0.0 for ln in lines]

    # runs of lines without a sentence end (menus, link lists, headline lists; a subheading stands alone)
    open_run = [0] * n
    i = 0
    while i < n:
        j = i
        while j < n and not lines[j].terminal:
            j += 1
        for k in range(i, j):
            open_run[k] = j - i
        i = max(j, i + 1)
    # distance to the nearest prose line, and the share of the page's prose words above each line
    dist_prose = _distances(prose)
    prose_words = [ln.words * prose[i] for i, ln in enumerate(lines)]
    total_prose = sum(prose_words) or 1.0
    mass_before, acc = [], 0.0
    for value in prose_words:
        mass_before.append(acc / total_prose)
        acc += value

    def window(values: list[float], i: int, k: int) -> float:
        lo, hi = max(0, i - k), min(n, i + k + 1)
        return sum(values[lo:hi]) / (hi - lo)

    rows = []
    for i, ln in enumerate(lines):
        prev = lines[i - 1] if i else None
        nxt = lines[i + 1] if i + 1 < n else None
        dist = 0 if start <= i < end else (start - i if i < start else i - end + 1)
        rows.append(
            [
                log_words[i],
                ln.stop_ratio,
                ln.capital_ratio,
                ln.digit_ratio,
                float(ln.terminal),
                float(min(ln.sentences, 10)),
                bullets[i],
                float(min(max(ln.indent - ref, 0), 20)),
                float(ln.blank_before),
                float(ln.blank_after),
                math.log(ln.repeats),
                float(bool(CREDIT_TAIL.search(ln.body))),
                prose[i],
                float(start <= i < end),
                float(i < start),
                float(i >= end),
                math.log1p(dist),
                i / n,
                log_words[i - 1] if prev else 0.0,
                prev.stop_ratio if prev else 0.0,
                float(prev.terminal) if prev else 0.0,
                bullets[i - 1] if prev else 0.0,
                log_words[i + 1] if nxt else 0.0,
                nxt.stop_ratio if nxt else 0.0,
                float(nxt.terminal) if nxt else 0.0,
                bullets[i + 1] if nxt else 0.0,
                window(prose, i, 3),
                window(prose, i, 10),
                window(bullets, i, 3),
                window(log_words, i, 10),
                math.log1p(open_run[i]),
                math.log1p(dist_prose[i]),
                mass_before[i],
                len(READER.findall(ln.body)) / max(ln.words, 1),
                len(SITE.findall(ln.body)) / max(ln.words, 1),
            ]
        )
    return rows


def _distances(flags: list[float]) -> list[int]:
    """For each position, how many lines away the nearest flagged line is (the page length when none is)."""
    n = len(flags)
    out = [n] * n
    last = None
    for i in range(n):
        if flags[i]:
            last = i
        if last is not None:
            out[i] = i - last
    last = None
    for i in range(n - 1, -1, -1):
        if flags[i]:
            last = i
        if last is not None:
            out[i] = min(out[i], last - i)
    return out


def best_stretch(scores: Sequence[float]) -> tuple[int, int]:
    """``[start, end)`` of the contiguous stretch with the highest sum (Kadane's maximum subarray)."""
    best, best_span = 0.0, (0, 0)
    total, start = 0.0, 0
    for i, value in enumerate(scores):
        if total <= 0:
            total, start = 0.0, i
        total += value
        if total > best:
            best, best_span = total, (start, i + 1)
    return best_span
