"""What a pasted page says about its article outside the article's lines: headline, byline, date, outlet.

A page puts the headline (its ``<h1>``) just above the article, usually with a
standfirst, a byline, a date, a photo or a share bar in between; the site's
banner, menus and app promotions stand further up. ``read_header`` walks up from
the first article line over those in-between lines and takes the first line
shaped like a headline. The byline and the date are read from the same stretch;
the outlet from a "Headline | Outlet" line or from the page's copyright line.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from .cleaned import CleanResult, match_byline, match_timestamp
from .clutter import CREDIT_TAIL, is_clutter_line
from .page_lines import TOKEN, LineInfo, stop_words
from .trees import TreeModel, load_model

__all__ = ["read_header", "find_headline", "copyright_outlet", "DATE_LINE"]

HEADLINE_MODEL_FILE = Path(__file__).with_name("headline_model.json")
#: How many lines above the article the headline may stand.
MAX_HEADER_LINES = 40
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
#: A date written out: "19 NOV 2019", "November 19, 2019", "2019-11-19", "11/19/2019" (after an optional weekday).
_DATE = (
    rf"(?:\w+day,?\s+)?(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}|"
    r"\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})"
)
#: A line that is a date or a time stamp: "19 NOV 2019", "November 19, 2019 5:30 p.m. ET", "2019-11-19 10:48".
DATE_LINE = re.compile(
    rf"^(?:(?:published|updated|posted|last\s+updated|first\s+published)\b[:\s]*)?{_DATE}(?:[\s,|•·-]+.{{0,40}})?$",
    re.IGNORECASE,
)
#: A date anywhere in a short line ("Example News February 4, 2020, 7:57 AM"): a dateline of the page.
_DATE_INSIDE = re.compile(
    rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b|\b\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}\b", re.IGNORECASE
)
_BYLINE_START = re.compile(r"^(?:by|written\s+by|words\s+by|from)\b[:\s]", re.IGNORECASE)
_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?[,.]?\s*(?P<name>[A-Z][^.|©]{1,60}?)"
    r"(?:\s*,?\s*(?:Inc|Ltd|LLC|Pty|plc|GmbH|Limited|Corp|Corporation|Company|Co|Group|Media|Holdings)\b\.?)*"
    r"(?:\s+\d{4})?\s*(?:[.|,]|all\s+rights|$)",
    re.IGNORECASE,
)
#: Copyright holders that are not the outlet: photo agencies and credits, or no name at all.
_NOT_OUTLET = re.compile(r"\d|rights|reserved|\b(?:getty|images?|photos?|shutterstock|alamy|istock)\b", re.IGNORECASE)
_LEGAL_TAIL = re.compile(r"(?:\s+(?:Inc|Ltd|LLC|Pty|plc|GmbH|Limited|Corp|Corporation|Company|Co)\.?)+$")
_HEADLINE_END = re.compile(r"[.,;:]$")
#: Words of the furniture around a headline: share bars, photo credits, author boxes, wire slugs.
_META_WORDS = re.compile(
    r"^(?:share|tweet|follow|e-?mail|print|save)\b|\b(?:image|photo)\s+(?:copyright|credit)|\b(?:copyright|getty|"
    r"shutterstock|editorial\s+staff|staff\s+writer|writethru|subscribe|newsletter|sign\s+(?:in|up)|log\s*in|"
    r"advertisement)\b|@\w|\b\d+\s*(?:min|hours?|days?)\s+(?:ago|read)\b|\s/\s\d+\s*(?:min|hours?|days?)\b",
    re.IGNORECASE,
)
_SOCIAL = re.compile(
    r"\b(?:facebook|twitter|whatsapp|linkedin|reddit|pinterest|e-?mail|google\+?|flipboard)\b", re.IGNORECASE
)
#: A line that is a person's name alone ("Jo Park", "Ana María de la Cruz"): an author box.
_NAME_ONLY = re.compile(
    r"^(?!(?:The|A|An|How|Why|What|When|Where|Who|This|These|Our|Your|My)\s)"
    r"[A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]+|de|da|del|la|van|von|bin|al)){1,3}$"
)
#: Text of page widgets as text browsers show them: buttons, frames, form controls, navigation toggles.
_WIDGET = re.compile(
    r"\((?:BUTTON|IMAGE)\)|\bIFRAME:|\[INS\b|toggle\s+navigation|navigation\s+menu|\[[ _]*\]", re.IGNORECASE
)
#: A section label glued before a headline: "Opinion|Headline", "Business | Headline".
SECTION_PREFIX = re.compile(r"^[A-Z][\w&’' -]{1,24}?\s?\|\s?(?=[A-Z0-9\"“‘'])")


def _is_meta(line: LineInfo, above: LineInfo | None = None) -> bool:
    """A line that stands between a headline and its article: byline, date, label, caption, share bar,
    breadcrumbs, or the value of a label line above it ("Author:" / "Jo Park")."""
    body = line.body
    return (
        (above is not None and above.body.endswith(":") and above.words <= 3)
        or body.count("»") >= 2
        or body.count("›") >= 2
        or body.count(">") >= 2
        or body.count(" / ") >= 2
        or bool(_WIDGET.search(body))
        or line.words <= 2
        or bool(DATE_LINE.match(body))
        or (line.words <= 10 and bool(_DATE_INSIDE.search(body)))
        or bool(_BYLINE_START.match(body))
        or is_clutter_line(body)
        or bool(CREDIT_TAIL.search(body))
        or (body.isupper() and line.words <= 4)
        or bool(_META_WORDS.search(body))
        or len(_SOCIAL.findall(body)) >= 2
        or _name_only(body)
    )


def _name_only(body: str) -> bool:
    """A person's name alone (an author box): two capitalised words, or more when the first is a
    known given name ("Ana María de la Cruz"); a short title-case headline is not one."""
    if not _NAME_ONLY.match(body):
        return False
    from ..lang.en.given_names import given_name_gender

    return len(body.split()) == 2 or given_name_gender(body) is not None


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
    return any(_BYLINE_START.match(ln.body) or DATE_LINE.match(ln.body) for ln in lines[j + 1 : j + 4])


#: Features of a headline candidate, in the order ``headline_features`` gives them.
HEADLINE_FEATURES: tuple[str, ...] = (
    "offset",
    "log_words",
    "shared_frac",
    "log_shared",
    "byline_below",
    "meta",
    "shaped",
    "terminal",
    "question",
    "sentences",
    "bullet",
    "capital_ratio",
    "upper",
    "log_repeats",
    "kept",
    "log_shaped_between",
    "rel_position",
    "colon",
    "pipe",
    "lede_frac",
    "shared_rank",
    "nearest_sharing",
    "log_byline_distance",
    "sharing_shaped_just_above",
)


def _candidates(lines: Sequence[LineInfo], first: int) -> range:
    return range(max(0, first - MAX_HEADER_LINES), min(len(lines), first + 3))


def headline_features(
    lines: Sequence[LineInfo], keep: Sequence[bool], first: int, lede_words: set[str]
) -> list[tuple[int, list[float]]]:
    """(line index, features) of every headline candidate around ``lines[first]``, the first article line.

    Besides a candidate's own shape, its features compare it with the other
    candidates: its rank by words shared with the lede, and whether it is the
    nearest headline-shaped line above the article that shares a word with it.
    """
    candidates = list(_candidates(lines, first))
    shared = {j: len(_content_words(lines[j].body) & lede_words) for j in candidates}
    meta = {j: _is_meta(lines[j], lines[j - 1] if j else None) for j in candidates}
    shaped = {j: _headline_shaped(lines[j]) and not meta[j] for j in candidates}
    ranking = sorted(set(shared.values()), reverse=True)
    nearest = next((j for j in reversed(candidates) if j < first and shaped[j] and shared[j]), None)
    bylines = [
        j
        for j in range(max(0, first - MAX_HEADER_LINES), min(len(lines), first + 6))
        if _BYLINE_START.match(lines[j].body) or DATE_LINE.match(lines[j].body)
    ]
    out = []
    shaped_above = 0
    for j in reversed(candidates):
        line = lines[j]
        words = _content_words(line.body)
        below = [b - j for b in bylines if b > j]
        out.append(
            (
                j,
                [
                    float(max(-3, min(first - j, 60))),
                    math.log1p(line.words),
                    shared[j] / len(words) if words else 0.0,
                    math.log1p(shared[j]),
                    float(_byline_below(lines, j)),
                    float(meta[j]),
                    float(_headline_shaped(line)),
                    float(line.terminal),
                    float(line.body.endswith("?")),
                    float(min(line.sentences, 5)),
                    float(line.bullet),
                    line.capital_ratio,
                    float(line.body.isupper()),
                    math.log(line.repeats),
                    float(keep[j]),
                    math.log1p(shaped_above if j < first else 0),
                    j / len(lines),
                    float(":" in line.body),
                    float("|" in line.body),
                    shared[j] / len(lede_words) if lede_words else 0.0,
                    float(ranking.index(shared[j])),
                    float(j == nearest),
                    math.log1p(min(below) if below else 50),
                    float(any(shaped.get(k) and shared.get(k) for k in range(j - 3, j))),  # then this is a standfirst
                ],
            )
        )
        if j < first and shaped[j]:
            shaped_above += 1
    out.reverse()
    return out


_META = HEADLINE_FEATURES.index("meta")


@lru_cache(maxsize=1)
def _model() -> TreeModel:
    return load_model(HEADLINE_MODEL_FILE, HEADLINE_FEATURES)


#: The article's opening words that a headline is compared with.
LEDE_LINES, LEDE_WORDS = 40, 250


def lede_words(lines: Sequence[LineInfo], keep: Sequence[bool], first: int) -> set[str]:
    """The content words of the article's opening (its kept lines from ``first`` on, first LEDE_WORDS words)."""
    lede = " ".join(ln.body for ln, k in zip(lines[first : first + LEDE_LINES], keep[first : first + LEDE_LINES]) if k)
    return _content_words(" ".join(lede.split()[:LEDE_WORDS]))


def headline_candidates(
    lines: Sequence[LineInfo], keep: Sequence[bool], first: int, lede: set[str]
) -> list[tuple[int, list[float]]]:
    """The features of the lines that may be the headline: no list item, two to forty words, and no
    page furniture (a byline, a date, a label, a caption is never the headline)."""
    return [
        (j, row)
        for j, row in headline_features(lines, keep, first, lede)
        if 2 <= lines[j].words <= 40 and not lines[j].bullet and not row[_META]
    ]


def find_headline(lines: Sequence[LineInfo], keep: Sequence[bool], first: int) -> int | None:
    """Index of the headline line near ``lines[first]`` (the first article line), or None.

    Every line from ``MAX_HEADER_LINES`` above the article to its third line is a
    candidate, judged by a small tree model (``headline_model.json``, trained with the
    line classifier) on its shape, the words it shares with the lede, a byline or a
    date under it, and how many headline-shaped lines stand between it and the article.
    """
    model = _model()
    best, best_p = None, model.threshold
    for j, row in headline_candidates(lines, keep, first, lede_words(lines, keep, first)):
        p = model.probability(row)
        if p > best_p:
            best, best_p = j, p
    return best


def copyright_outlet(raw: str) -> str | None:
    """The publisher named by the page's last copyright line ("© 2019 Example News Ltd." -> "Example News").

    Read from the raw paste: copyright lines are clutter, dropped before the classifier sees the page.
    The holder is often a parent company ("Example Media Group" for "The Example Post"), so it
    counts only when the top of the page names it too (the site's banner, a "From X" line, a byline).
    """
    rows = raw.splitlines()
    top = " ".join(" ".join(rows[: min(200, max(1, len(rows) // 3))]).split()).lower()
    for line in reversed(rows[int(len(rows) * 0.6) :][-400:]):  # the page's footer, not a photo's credit
        line = " ".join(line.split())
        if not line or len(line.split()) > 20 or not re.search(r"©|\(c\)|copyright", line, re.IGNORECASE):
            continue
        m = _COPYRIGHT.search(line)
        if m:
            name = re.sub(r"^by\s+", "", m["name"].strip(" ,.&-"), flags=re.IGNORECASE)
            name = _LEGAL_TAIL.sub("", name).strip(" ,.&-")
            if 1 <= len(name.split()) <= 6 and not _NOT_OUTLET.search(name) and name.lower() in top:
                return name
    return None


_DATE_PART = re.compile(
    rf"{_DATE}(?:,?\s+(?:at\s+)?\d{{1,2}}[:.]\d{{2}}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{{2,4}}\b)?)?",
    re.IGNORECASE,
)


def _date_part(line: str) -> str:
    """The date (and time) of a date line, without what follows it ("12 May 2026 | Jo Park" -> "12 May 2026")."""
    m = _DATE_PART.search(line)
    return m.group(0).strip() if m else line


def read_header(lines: Sequence[LineInfo], keep: Sequence[bool], result: CleanResult, raw: str = "") -> None:
    """Fill ``result``'s title, author, date and outlet from the page lines around the article
    (and the outlet from the copyright line of ``raw``, the whole paste)."""
    from .html_meta import clean_author

    first = next((i for i, k in enumerate(keep) if k), None)
    if first is None:
        return
    headline = find_headline(lines, keep, first)
    start = max(0, (headline if headline is not None else first) - 3)
    for line in lines[start : first + 3]:
        if keep[line.index] and line.index >= first + 1:
            continue
        if result.author is None:
            byline = match_byline(line.body)
            result.author = clean_author(byline) if byline else None
        if result.published is None:
            stamp = match_timestamp(line.body)
            result.published = (_date_part(stamp) if stamp else None) or (
                _date_part(line.body) if DATE_LINE.match(line.body) and line.words <= 12 else None
            )
    if headline is not None:
        result.title = SECTION_PREFIX.sub("", lines[headline].body).strip() or None
    result.outlet = result.outlet or copyright_outlet(raw)
