"""The headline and the outlet of pasted text: a "Headline | Outlet" line (and whether its tail
names a site), a first paragraph shaped as a headline, a headline printed on two lines.

The line cleaner (:mod:`.clean`) calls these. Rules report when they fire (``clean.*``, see
``briefgen.trace``).
"""

from __future__ import annotations

import re

from ..trace import fired

__all__ = [
    "TITLE_OUTLET",
    "TERMINAL",
    "words_of",
    "looks_like_headline",
    "looks_like_short_headline",
    "same_text",
    "name_shaped",
    "headline_with_second_line",
]

#: A "Headline | Outlet" line: a headline of twelve characters or more, a bar, the outlet's name.
#: One bar only: "Home | News | Sport | Weather" is a menu, and "Rents | Parking | Bus fares" a
#: headline of parts; neither ends in the outlet's name.
TITLE_OUTLET = re.compile(r"^(?P<title>[^|]{12,}?)\s+\|\s+(?P<outlet>[^|]{2,60})$")
#: A line's last character when it ends a sentence or a clause, or closes a quotation or a bracket.
TERMINAL = re.compile(r"[.!?…:;\"”’'»)]$")


def words_of(text: str) -> list[str]:
    """The words of ``text``: runs of letters, digits, apostrophes and hyphens."""
    return re.findall(r"[\w’'-]+", text)


def looks_like_headline(line: str) -> bool:
    """Short, and either without a sentence end, in title case, or in capitals."""
    words = words_of(line)
    if not 2 <= len(words) <= 25:
        return False
    if line.isupper():
        return True
    if not TERMINAL.search(line):
        return True
    long_words = [w for w in words if len(w) >= 4]
    capitalised = [w for w in long_words if w[0].isupper()]
    return len(long_words) >= 3 and len(capitalised) / len(long_words) >= 0.7


#: A sentence end that is not the full stop of an initial or abbreviation ("U.S. growth").
_SENTENCE_END = re.compile(r"(?<![A-Z])(?<!\b[A-Z][a-z])[.!?](?:\s|$)")
#: A dateline opening a paragraph: "LISBON - ", "SPRINGFIELD, Ill., May 4 (XNA) — ", "OTTAWA (XP) -- ".
_DATELINE_START = re.compile(
    r"^[A-Z][A-Z.'’]+(?: [A-Z][A-Z.'’]+)*(?:,[^—–―\n]{2,40}?)?(?: \([A-Za-z ]+\))? ?(?:--|[—–―-]) "
)
#: A section label standing alone: "LETTERS.", "Abstract.", "Analysis".
_SECTION_LABEL = re.compile(r"^[A-Z][A-Za-z]{2,20}\.?$")


def looks_like_short_headline(paragraphs: list[str]) -> bool:
    """A sentence-case headline: a short first paragraph, no quotes, before a longer body.

    One short sentence is a headline; so are up to two ("X could make history. Again.")
    when the story proper opens with a dateline or a section label after it.
    """
    first = paragraphs[0]
    words = words_of(first)
    if len(paragraphs) < 2 or not 3 <= len(words) <= 20 or re.search(r"[\"“”]", first):
        return False
    sentences = len(_SENTENCE_END.findall(first))
    # the story opens after it, or after a one-paragraph dek: a dateline or a section label
    opener = any(_DATELINE_START.match(p) or _SECTION_LABEL.match(p) for p in paragraphs[1:3])
    if opener:
        return sentences <= 2
    return len(paragraphs) >= 3 and len(words) <= 14 and sentences <= 1 and len(words_of(paragraphs[1])) > len(words)


def same_text(a: str, b: str) -> bool:
    """``a`` and ``b`` say the same, but for case, spacing and punctuation."""
    norm = lambda s: re.sub(r"\W+", " ", s).strip().lower()  # noqa: E731
    return norm(a) == norm(b)


#: A word that is a site's address ("coastnews.com").
_DOMAIN_WORD = re.compile(r"\w\.[a-z]{2,}$")
#: Words a site's name may hold in small letters between its capitalised ones ("Friends of the Earth").
_NAME_LINKS = frozenset({"of", "the", "and", "for", "on", "in", "at", "a", "de", "la", "le", "du", "des", "von", "van"})


def name_shaped(tail: str) -> bool:
    """A title's tail written as a site's name: no comma (a list of topics), each word and each
    part of a hyphenated word with a capital or a digit, a domain, or a linking word between words
    ("City Daily", "Friends of the Earth", "News-Gazette", "9to5Mac", "eBay", "coastnews.com");
    not "Year-by-Year Plan" nor "Rising rents", which describe the page."""
    if "," in tail:
        return False
    for n, word in enumerate(tail.split()):
        if (n > 0 and word.lower() in _NAME_LINKS) or _DOMAIN_WORD.search(word):
            continue  # "Friends of the Earth", "coastnews.com"
        if any(part[:1].isalpha() and part[:1].islower() and part.islower() for part in word.split("-")):
            return False  # "Rising rents", "Year-by-Year" ("eBay", "iMore" keep a capital)
    return True


#: A second line of a headline is at most this long (words): a deck, not the story's lede.
_SECOND_LINE_WORDS = 30


def headline_with_second_line(title: str, paragraphs: list[str]) -> tuple[str, list[str]]:
    """A headline line that ends on a semicolon goes on in the line after it: "Harbour vote put
    off again;" then "Council asks for a recount of the postal ballots." is one headline, printed
    on two lines (a headline and its deck, as some papers run them). No headline ends on a
    semicolon; taken alone, the first line was the brief's title and the second its bottom line.
    Both lines become one paragraph of the text, which is the headline's, no sentence of the story.

    Coverage: 7 of the 84 PolNeAR articles (one paper's layout), no other dev article nor real
    page; kept: a title that ends on ";" is not the article's headline, which the sign-off rubric
    counts a blocker."""
    if not title.endswith(";"):
        return title, paragraphs
    at = next((n for n, p in enumerate(paragraphs) if same_text(p, title)), None)
    if at is None or at + 2 >= len(paragraphs):
        return title, paragraphs
    second = paragraphs[at + 1]
    if not 2 <= len(words_of(second)) <= _SECOND_LINE_WORDS or _DATELINE_START.match(second):
        return title, paragraphs
    fired("clean.headline_second_line")
    joined = f"{paragraphs[at].rstrip()} {second.strip()}"
    return f"{title} {second.strip().rstrip('.')}", [*paragraphs[:at], joined, *paragraphs[at + 2 :]]
