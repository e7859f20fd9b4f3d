"""Which line of a pasted page is the article's headline.

A page puts its headline (the ``<h1>``) a little above the article, usually with a
standfirst, a byline, a date, a photo or a share bar in between; the site's banner,
menus, app promotions and lists of other stories stand around it, and their lines
are often shaped like headlines too. Every line from ``MAX_HEADER_LINES`` above the
article's first line to just below it is a candidate. Page furniture (bylines,
dates, labels, captions, breadcrumbs, widget text) is never chosen; the other
candidates are judged by a small gradient-boosted tree model
(``headline_model.json``, trained by ``scripts/train_boilerplate.py`` on pages the
benchmark does not report) on the features listed in ``HEADLINE_FEATURES``: the
line's own shape, the words it shares with the lede, what stands under and above
it, and how it compares with the other candidates of the same page.

What is page furniture is read in :mod:`.headline_furniture` (:func:`~.headline_furniture.is_meta_line`
for the lines between a headline and its article, :func:`~.headline_furniture.never_headline` for
the classes the model never scores); :func:`link_trail` stays importable from here.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from ..trace import fired
from .cleaned import DATE_LINE
from .headline_furniture import BY_NAME, is_byline, is_meta_line, link_trail, never_headline
from .page_lines import TOKEN, LineInfo, stop_words
from .trees import TreeModel, load_model

__all__ = [
    "HEADLINE_FEATURES",
    "HEADLINE_MODEL_FILE",
    "SECTION_PREFIX",
    "article_start",
    "headline_candidates",
    "find_headline",
    "link_trail",
]

HEADLINE_MODEL_FILE = Path(__file__).with_name("headline_model.json")
#: How many lines above the article the headline may stand.
MAX_HEADER_LINES = 40
_HEADLINE_END = re.compile(r"[.,;:]$")
#: A section label glued before a headline: "Opinion|Headline", "Business | Headline".
SECTION_PREFIX = re.compile(r"^[A-Z][\w&’' -]{1,24}?\s?\|\s?(?=[A-Z0-9\"“‘'])")
_TRAIL_SPLIT = re.compile(r"\s*(?:»|›|>|\s/\s)\s*")


def _headline_shaped(line: LineInfo) -> bool:
    """Three to thirty words, not a list item, starting capitalised, and no trailing full stop or comma
    unless in title case ("Shares Fall After Earnings. Why That Is Fine.")."""
    body = line.body
    if not 3 <= line.words <= 30 or line.bullet:
        return False
    if _HEADLINE_END.search(body) and not (body.endswith(".") and line.capital_ratio >= 0.7 and line.sentences <= 2):
        return False
    return body[:1].isupper() or body[:1].isdigit() or body[:1] in "\"“‘'"


def _content_words(text: str) -> set[str]:
    stops = stop_words()
    return {w.lower() for w in TOKEN.findall(text) if len(w) > 2 and w.lower() not in stops and not w.isdigit()}


def _byline_below(lines: Sequence[LineInfo], j: int) -> bool:
    """True when a byline or a date stands right under ``lines[j]`` (where a headline's byline goes)."""
    return any(is_byline(ln) or DATE_LINE.match(ln.body) for ln in lines[j + 1 : j + 4])


def _norm(text: str) -> str:
    return " ".join(TOKEN.findall(text.lower()))


#: Features of a headline candidate, in the order ``headline_features`` gives them. "Shaped" lines
#: are headline-shaped (``_headline_shaped``) and not page furniture; "the lede" is the article's
#: first LEDE_WORDS words; "the window" is every line from MAX_HEADER_LINES above the article's
#: first line to two lines below it.
HEADLINE_FEATURES: tuple[str, ...] = (
    "offset",  # lines from the candidate down to the article's first line
    "log_words",
    "shared_frac",  # share of its content words that the lede uses (the lede without this line's own text)
    "log_shared",  # how many of them
    "byline_below",  # a byline or a date within three lines under it
    "shaped",
    "terminal",  # ends with a sentence end
    "question",
    "sentences",
    "capital_ratio",  # capitalised words among its words of 4+ letters
    "upper",  # all in capitals
    "log_repeats",  # how often the same line stands on the page
    "kept",  # the line classifier kept it as article
    "log_shaped_between",  # shaped lines between it and the article
    "rel_position",  # where on the page it stands (0 top, 1 bottom)
    "colon",
    "pipe",
    "lede_frac",  # share of the lede's content words that it uses
    "shared_rank",  # rank among the window's lines by words shared with the lede
    "nearest_sharing",  # the nearest shaped line above the article that shares a word with the lede
    "log_byline_distance",  # lines down to the next byline or date
    "sharing_shaped_just_above",  # a shaped line sharing lede words stands 1-3 lines above: a standfirst
    "inside_longer",  # its text starts or ends a longer line nearby ("Home News Business <headline>")
    "shaped_below",  # shaped lines among the six under it (a list of other stories)
    "log_shaped_above",  # shaped lines above it in the window
    "above_last_byline",  # the nearest shaped line above the last byline or date block before the article
    "log_bylines_between",  # byline and date lines between it and the article (a list of dated stories)
    "ends_trail",  # the last item of the page's breadcrumbs ("Home » News » <headline>")
    "shared_gap",  # shared_frac minus the best of the page's candidates
    "lede_gap",  # lede_frac minus the best of the page's candidates
    "capital_vs_median",  # capital_ratio minus the median of the page's candidates
)
#: The article's opening words that a headline is compared with.
LEDE_LINES, LEDE_WORDS = 40, 250


def article_start(keep: Sequence[bool]) -> int | None:
    """The article's first line: the first line the classifier kept, None when it kept none."""
    return next((i for i, k in enumerate(keep) if k), None)


def _lede(lines: Sequence[LineInfo], keep: Sequence[bool], first: int) -> dict[str | None, set[str]]:
    """The content words of the lede under the key None, and for each of the lede's lines, under
    that line's text, the words of the lede without it (a standfirst repeated as the article's
    first paragraph does not share words with itself)."""
    opening: list[tuple[str, str]] = []
    count = 0
    for line, k in zip(lines[first : first + LEDE_LINES], keep[first : first + LEDE_LINES]):
        if k and count < LEDE_WORDS:
            body = " ".join(line.body.split()[: LEDE_WORDS - count])
            opening.append((_norm(line.body), body))
            count += len(body.split())
    out: dict[str | None, set[str]] = {None: _content_words(" ".join(body for _, body in opening))}
    for text, _ in opening:
        out[text] = _content_words(" ".join(body for other, body in opening if other != text))
    return out


def _inside_longer(texts: dict[int, str], j: int) -> bool:
    """True when the text of line ``j`` (3+ words) starts or ends a longer line within three lines."""
    mine = texts[j]
    return len(mine.split()) >= 3 and any(
        len(other) > len(mine) and (other.endswith(" " + mine) or other.startswith(mine + " "))
        for other in (texts.get(k, "") for k in range(j - 3, j + 4))
    )


def headline_features(lines: Sequence[LineInfo], keep: Sequence[bool], first: int) -> list[tuple[int, list[float]]]:
    """(line index, features) of every line of the window around ``lines[first]``, the article's
    first line, in page order; the features that compare a line with the page's other candidates
    are left at 0 (``_relative`` fills them in)."""
    window = range(max(0, first - MAX_HEADER_LINES), min(len(lines), first + 3))
    texts = {j: _norm(lines[j].body) for j in range(max(0, window[0] - 3), min(len(lines), window[-1] + 4))}
    lede = _lede(lines, keep, first)
    ledes = {j: lede.get(texts[j], lede[None]) for j in window}
    shared = {j: len(_content_words(lines[j].body) & ledes[j]) for j in window}
    meta = {j: is_meta_line(lines[j], lines[j - 1] if j else None) for j in window}
    shaped = {j: _headline_shaped(lines[j]) and not meta[j] for j in window}
    ranking = sorted(set(shared.values()), reverse=True)
    nearest = next((j for j in reversed(window) if j < first and shaped[j] and shared[j]), None)
    bylines = [
        j for j in range(window[0], min(len(lines), first + 6)) if is_byline(lines[j]) or DATE_LINE.match(lines[j].body)
    ]
    block = next((b for b in reversed(bylines) if b < first), None)
    while block is not None and meta.get(block - 1):
        block -= 1  # the top of the byline block: "By Jo Park" / "About Jo Park" / "May 4, 2026"
    above_block = next((j for j in reversed(window) if block is not None and j < block and shaped[j]), None)
    trail_ends = {_norm(_TRAIL_SPLIT.split(line.body)[-1]) for line in lines if link_trail(line.body)}
    rows = []
    for j in window:
        line = lines[j]
        words = _content_words(line.body)
        below = [b - j for b in bylines if b > j]
        row = [
            float(max(-3, min(first - j, 60))),
            math.log1p(line.words),
            shared[j] / len(words) if words else 0.0,
            math.log1p(shared[j]),
            float(_byline_below(lines, j)),
            float(_headline_shaped(line)),
            float(line.terminal),
            float(line.body.endswith("?")),
            float(min(line.sentences, 5)),
            line.capital_ratio,
            float(line.body.isupper()),
            math.log(line.repeats),
            float(keep[j]),
            math.log1p(sum(1 for k in range(j + 1, first) if shaped[k])),
            j / len(lines),
            float(":" in line.body),
            float("|" in line.body),
            shared[j] / len(ledes[j]) if ledes[j] else 0.0,
            float(ranking.index(shared[j])),
            float(j == nearest),
            math.log1p(min(below) if below else 50),
            float(any(shaped.get(k) and shared.get(k) for k in range(j - 3, j))),
            float(_inside_longer(texts, j)),
            float(sum(1 for k in range(j + 1, j + 7) if shaped.get(k) and texts.get(k) != texts[j])),
            math.log1p(sum(1 for k in window if k < j and shaped[k])),
            float(j == above_block),
            math.log1p(sum(1 for b in bylines if j < b < first)),
            float(texts[j] in trail_ends),
        ]
        rows.append((j, row + [0.0] * (len(HEADLINE_FEATURES) - len(row))))
    return rows


_SHARED, _LEDE, _CAPS, _SHARED_GAP, _LEDE_GAP, _CAPS_GAP = (
    HEADLINE_FEATURES.index(name)
    for name in ("shared_frac", "lede_frac", "capital_ratio", "shared_gap", "lede_gap", "capital_vs_median")
)


def _relative(rows: list[tuple[int, list[float]]]) -> list[tuple[int, list[float]]]:
    """Fill in the features that compare each candidate with the page's other candidates."""
    if rows:
        best_shared = max(row[_SHARED] for _, row in rows)
        best_lede = max(row[_LEDE] for _, row in rows)
        capitals = sorted(row[_CAPS] for _, row in rows)
        median = capitals[len(capitals) // 2]
        for _, row in rows:
            row[_SHARED_GAP] = row[_SHARED] - best_shared
            row[_LEDE_GAP] = row[_LEDE] - best_lede
            row[_CAPS_GAP] = row[_CAPS] - median
    return rows


def headline_candidates(lines: Sequence[LineInfo], keep: Sequence[bool]) -> list[tuple[int, list[float]]]:
    """(line index, features) of the lines that may be the headline: no list item, two to forty
    words, and no page furniture (a byline, a date, a label, a caption is never the headline; nor
    is a line of the classes of ``headline_furniture``: a service link, a promotion, a notice, a
    photo credit, an image's name, code, a form field, a sentence of the article)."""
    first = article_start(keep)
    if first is None:
        return []
    lede = _lede(lines, keep, first)[None]
    rows = [
        (j, row)
        for j, row in headline_features(lines, keep, first)
        if 2 <= lines[j].words <= 40
        and not lines[j].bullet
        and not is_meta_line(lines[j], lines[j - 1] if j else None, 2 if _two_word_headline(lines[j], lede) else 3)
        and not never_headline(lines[j], keep[j])
    ]
    return _relative(rows)


def _two_word_headline(line: LineInfo, lede: set[str]) -> bool:
    """``line`` may be a headline of two words ("Ferry Troubles", "Harbour's gamble"): a short
    label is far more common ("Social Share", "Editors Pick"), so it must share a content word with
    the lede (``lede``: its content words) and not open on a given name (an author box: "Jo Park"). Gives the headline of 5 of the
    111 training pages (both pastings; 4 had none, one a section's heading), no page of pages_dev
    changes; kept: a page without its headline was a sign-off blocker (the brief's fallback title)."""
    from ..lang.en.given_names import given_name_gender

    return (
        line.words == 2
        and not line.bullet
        and given_name_gender(line.body.split()[0]) is None
        and bool(_content_words(line.body) & lede)
    )


#: A best candidate the model rates this low is no headline either: the page gets none rather
#: than a wrong one (a wrong title was a blocker in the analysts' review; a brief without one is
#: headed by the team's ``fallback_title``). On the 111 training pages (222 pastings) the right
#: picks all rate 0.09 or more; 4 wrong ones (a site's promo line, a settings sentence, a menu
#: line) and 2 breadcrumb runs glued to the headline rate 0.05 or less and now give no title;
#: the 60 real pages of pages_dev are unchanged.
MIN_HEADLINE_PROBABILITY = 0.05


@lru_cache(maxsize=1)
def _model() -> TreeModel:
    return load_model(HEADLINE_MODEL_FILE, HEADLINE_FEATURES)


def find_headline(lines: Sequence[LineInfo], keep: Sequence[bool]) -> int | None:
    """Index of the headline among the lines around the article (``keep``: the article's lines), or None."""
    model = _model()
    scored = [(j, model.probability(row)) for j, row in headline_candidates(lines, keep)]
    chosen = choose_headline(lines, scored, max(model.threshold, MIN_HEADLINE_PROBABILITY))
    if chosen is None or not _byline_below(lines, chosen):
        farther = _signed_headline_above(lines, keep)
        if farther is not None:
            fired("headline.signed_above_window")
            return farther
    return chosen


#: How far above the article's first line a headline with its byline under it is looked for, past
#: the model's window: a video player's or a gallery's list of titles may stand between them.
SIGNED_HEADLINE_REACH = 150


def _signed_headline_above(lines: Sequence[LineInfo], keep: Sequence[bool]) -> int | None:
    """A headline above the model's window ("Investors weigh the ferry strike" / "By Jo Park, City
    News" / a player's forty video titles / the story): the last headline-shaped line before
    MAX_HEADER_LINES above the article with a "By <Name>" line right under it and a word of the
    lede, when the model's choice has no byline under it. Coverage: 1 of the 60 real pages (both
    pastings), no training page; kept: a wrong headline is a blocker of the sign-off review, and a
    headline signed right under it is the surest one a page shows."""
    first = article_start(keep)
    if first is None or first <= MAX_HEADER_LINES:
        return None
    lede = _lede(lines, keep, first)[None]
    for j in range(first - MAX_HEADER_LINES - 1, max(-1, first - SIGNED_HEADLINE_REACH), -1):
        below = lines[j + 1] if j + 1 < len(lines) else None
        if (
            below is not None
            and BY_NAME.match(below.body)
            and below.words <= 8
            and _headline_shaped(lines[j])
            and not is_meta_line(lines[j], lines[j - 1] if j else None)
            and _content_words(lines[j].body) & lede
        ):
            return j
    return None


def choose_headline(lines: Sequence[LineInfo], scored: Sequence[tuple[int, float]], threshold: float) -> int | None:
    """The candidate the model rates highest, when above ``threshold``.

    When that line is another candidate with words glued before or after it (breadcrumbs or a
    section label run into the headline: "Home News Business Council approves flood wall"), the
    other candidate is the headline.
    """
    best = max(((p, j) for j, p in scored if p > threshold), default=None)
    if best is None:
        return None
    chosen = best[1]
    mine = _norm(lines[chosen].body)
    for j, _ in scored:
        other = _norm(lines[j].body)
        if (
            len(other.split()) >= 3
            and len(other) < len(mine)
            and (mine.endswith(" " + other) or mine.startswith(other + " "))
        ):
            fired("headline.glued")
            return j
    return chosen
