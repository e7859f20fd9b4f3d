"""Is a sentence the model wrote supported by the sentences it cites? Numbers, dates, names, content words.

A claim (bottom line, key point, open question) passes when every number, every
month or weekday and every name in it appears in the text of the sentences it
cites, and most of its content words (``min_support``) come from there. Words
are compared loosely enough for inflection (``resigned``/``resignation``,
``Russia``/``Russian``) and number style (``1,200``/``1200``, ``two``/``2``,
``40%``/``40 percent``), and no more: a claim in other words than the article's
needs the article's facts, not its phrasing.

A "name" is a capitalised word whose lowercase form the article never uses (so
``President`` in a title is a common word, and ``Haldane`` is a name); common
words, capitalised or not, count towards the content-word share instead.
"""

from __future__ import annotations

import re

__all__ = ["Words", "claim_problem", "numbers", "lower_words"]

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_TOKEN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ][\w’'.-]*")
_NUMBER_WORDS = {
    # "one" is left out: it is more often a pronoun ("one of the") than a count
    "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
    "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13", "fourteen": "14",
    "fifteen": "15", "sixteen": "16", "seventeen": "17", "eighteen": "18", "nineteen": "19",
    "twenty": "20", "thirty": "30", "forty": "40", "fifty": "50", "sixty": "60", "seventy": "70",
    "eighty": "80", "ninety": "90", "hundred": "100", "second": "2", "third": "3", "fourth": "4",
    "fifth": "5", "sixth": "6", "seventh": "7", "eighth": "8", "ninth": "9", "tenth": "10",
    "dozen": "12", "twice": "2", "half": "0.5",
}  # fmt: skip
# A claim that denies what its sentences only assert ("did not approve" from "approved"); a claim that
# drops a negation is not caught (see the README: what is not verified).
_NEGATION = re.compile(r"\b(?:not|no|never|none|nobody|nothing|neither|nor|without)\b|n[’']t\b", re.IGNORECASE)
_DATE_WORDS = frozenset(
    "january february march april june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)
# The words an open question adds to what it asks about ("What will happen to ...?", "How will ... affect
# ...?"): not counted as content words of a question.
_QUESTION_WORDS = frozenset(
    "happen happens happened mean means affect affects impact impacts respond react change next future "
    "likely expected long".split()
)
# "may" is a month and a verb: only capitalised mid-claim is it read as a date
_STOPWORDS = frozenset(
    """a about above after again against all also although am amid among an and any are as at be because been
    before being below between both but by can could did do does doing down during each either else even ever
    every few for from further had has have having he her here hers herself him himself his how however i if in
    into is it its itself just least less many may might more most much must my myself neither no nor not now of
    off on once only onto or other others our ours ourselves out over own per rather same several she should since
    so some still such than that the their theirs them themselves then there these they this those though through
    thus to too toward towards under until up upon us very via was we were what whatever when where whether which
    while who whom whose why will with within without would yet you your yours yourself
    according added adds article also asked brief claimed claims including mentioned noted report reported
    reports said say saying says stated states story told""".split()
)


def numbers(text: str) -> set[str]:
    """The numbers in ``text``, normalised: ``1,200`` and ``1200`` are one; ``two`` is ``2``."""
    found = {_normal_number(m.group()) for m in _NUMBER.finditer(text)}
    for word in re.findall(r"[a-z]+", text.lower()):
        if word in _NUMBER_WORDS:
            found.add(_NUMBER_WORDS[word])
    return found


def _normal_number(raw: str) -> str:
    raw = raw.rstrip(".,")
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", raw):
        raw = raw.replace(",", "")
    if "." in raw and re.fullmatch(r"\d+\.\d+", raw):
        raw = raw.rstrip("0").rstrip(".")
    return raw


def _tokens(text: str) -> list[str]:
    words = []
    for m in _TOKEN.finditer(text):
        for part in re.split(r"-", m.group()):
            part = re.sub(r"[’']s$|[’']$", "", part).strip(".’'")
            if part:
                words.append(part)
    return words


def lower_words(text: str) -> set[str]:
    """The words ``text`` uses in lower case somewhere (so they are common words, not names)."""
    return {w for w in _tokens(text) if w.islower()}


def _same_word(a: str, b: str) -> bool:
    """Equal, or sharing a stem: a common prefix of at least 3 letters and nearly all of the shorter word."""
    if a == b:
        return True
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    shorter = min(len(a), len(b))
    return n >= 3 and n >= min(5, shorter - 1)


def _is_common(word: str, common: set[str]) -> bool:
    """Whether the article writes ``word``, or an inflection of it, in lower case (then it is no name)."""
    forms = {word, word + "s", word + "es", word + "ed", word + "d", word + "ing"}
    for ending in ("ies", "es", "s", "ed", "ing"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            forms.add(word[: -len(ending)])
    return not forms.isdisjoint(common)


class Words:
    """The words of the cited sentences, for looking claims up in them."""

    def __init__(self, cited: str) -> None:
        tokens = _tokens(cited)
        self.words = {t.casefold() for t in tokens}
        self.numbers = numbers(cited)

    def has(self, word: str) -> bool:
        """Whether the cited text has ``word`` or a word of the same stem."""
        word = word.casefold()
        return word in self.words or any(_same_word(word, w) for w in self.words)

    def has_name(self, name: str) -> bool:
        """Whether the cited text has ``name``, or a word it begins or that begins it (``Russia``,
        ``Russian``): stricter than :meth:`has`, so that ``Otten`` is not ``Otter``."""
        name = name.casefold()
        return name in self.words or any(
            min(len(name), len(w)) >= 4 and (w.startswith(name) or name.startswith(w)) for w in self.words
        )


def claim_problem(claim: str, cited: str, common: set[str], min_support: float) -> str | None:
    """The first check ``claim`` fails against the ``cited`` text, or None when it passes.

    Checks, in order: ``numbers``, ``negation`` (a negation the cited text does not
    have), ``dates``, ``names``, ``support`` (the share of
    content words found in the cited text is at least ``min_support``).
    ``common`` holds the article's lowercase words (see :func:`lower_words`).
    """
    question = claim.rstrip().endswith("?")
    words = Words(cited)
    if not numbers(claim) <= words.numbers:
        return "numbers"
    if _NEGATION.search(claim) and not _NEGATION.search(cited):
        return "negation"
    tokens = _tokens(claim)
    content: list[str] = []
    for i, token in enumerate(tokens):
        folded = token.casefold()
        if folded in _DATE_WORDS or (folded == "may" and i > 0 and token[0].isupper()):
            if not words.has(folded):
                return "dates"
            continue
        if token[0].isupper() and folded not in _STOPWORDS and not _is_common(folded, common):
            if not words.has_name(folded):
                return "names"
            continue
        if len(folded) >= 3 and folded.isalpha() and folded not in _STOPWORDS:
            if not (question and folded in _QUESTION_WORDS):
                content.append(folded)
    if not content:
        return None if tokens else "support"
    found = sum(1 for w in content if words.has(w))
    return None if found / len(content) >= min_support else "support"
