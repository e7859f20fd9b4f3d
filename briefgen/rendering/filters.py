"""Small display filters shared by every template (dates, host names)."""

from __future__ import annotations

from datetime import date, datetime
from urllib.parse import urlsplit

__all__ = [
    "pretty_date",
    "hostname",
    "iso_datetime",
    "quote_text",
    "term_text",
    "term_speaker",
    "quote_around",
    "genre_label",
]


def _parse_iso(value: str) -> datetime | date | None:
    text = value.strip()
    if not text:
        return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        pass
    try:
        return date.fromisoformat(text[:10]) if len(text) >= 10 else None
    except ValueError:
        return None


def pretty_date(value: object, *, with_time: bool = False) -> str:
    """Show an ISO 8601 date as "21 March 2023" (plus "14:05 UTC" with ``with_time``).

    Anything that is not ISO 8601 (a date "as given" by the article) is shown
    unchanged, because guessing at a foreign date format could invert day and
    month.
    """
    if value is None or value == "":
        return ""
    parsed: datetime | date | None
    if isinstance(value, (datetime, date)):
        parsed = value
    else:
        parsed = _parse_iso(str(value))
        if parsed is None:
            return str(value)
    text = f"{parsed.day} {parsed.strftime('%B %Y')}"
    if with_time and isinstance(parsed, datetime):
        zone = parsed.tzname() or ""
        text += f", {parsed.strftime('%H:%M')}" + (f" {zone}" if zone else "")
    return text


def iso_datetime(value: datetime) -> str:
    """Format a datetime as W3C/ISO 8601 with a zone, as PDF metadata expects."""
    return value.isoformat(timespec="seconds").replace("+00:00", "Z")


def hostname(value: object) -> str:
    """Return the host of a URL without a leading "www.", or "" when there is none."""
    if not value:
        return ""
    try:
        host = urlsplit(str(value)).hostname or ""
    except ValueError:
        return ""
    return host.removeprefix("www.")


def genre_label(source: object) -> str:
    """The kind of piece the source declares, for the byline: "Opinion", or a fact check with its
    verdict, "Fact check: False"; "" for news (no genre)."""
    genre = getattr(source, "genre", None)
    if not genre:
        return ""
    rating = getattr(source, "rating", None)
    return f"{genre}: {rating}" if rating else str(genre)


def quote_text(value: object) -> str:
    """Trim the trailing comma, semicolon or colon a verbatim quote keeps from its sentence.

    Articles quote as ``"We will win," she said``; shown on its own, the quote
    reads better without the comma. Nothing else of the quote is changed.
    """
    text = "" if value is None else str(value).strip()
    return text.rstrip(",;:").rstrip()


def term_text(value: object) -> str:
    """A short quoted term as shown in a list: :func:`quote_text`, and without the full stop
    that the sentence around it put inside the marks ("reckless." -> "reckless"; "U.S." stays)."""
    text = quote_text(value)
    last = text.split()[-1] if text.split() else ""
    if text.endswith(".") and not text.endswith("..") and len(last) > 2 and "." not in last[:-1]:
        text = text[:-1].rstrip()
    return text


#: A quoted term of at least this many words with a speaker is someone's words cut short ("farmers
#: faced “the worst season in forty years”", a union's head said): the terms line
#: shows who said them. Shorter ones are mostly the writer's scare quotes and names, which the
#: engine's guess of a speaker would credit to the sentence's subject ("called the levy “a gift”").
TERM_SPEAKER_WORDS = 4


def term_speaker(quote: object) -> str:
    """The speaker the terms line shows after a quoted term: the quote's speaker when its words
    number TERM_SPEAKER_WORDS or more, else "" (see the README: a short term's speaker is the
    engine's least sure attribution)."""
    speaker = getattr(quote, "speaker", None)
    text = getattr(quote, "text", "") or ""
    if not speaker or len(str(text).split()) < TERM_SPEAKER_WORDS:
        return ""
    return str(speaker)


_OPENING_MARKS = "\"“‘'«„‚‹"
_CLOSING_MARKS = "\"”’'»‹›"


#: Marks a clause of the writer's sentence opens after: a context that starts after one is a part.
_CLAUSE_MARKS = frozenset(",;:—–-")
#: An "In the article:" line longer than this many words shows only the quote's first
#: QUOTE_OPENING_WORDS words and "…": the whole quote stands right above it, and the line is there
#: for the writer's words around it (a long quote inside a sentence, see
#: :func:`briefgen.summary.quotes.partial.partial_context`).
CONTEXT_LINE_WORDS = 50
QUOTE_OPENING_WORDS = 10


def quote_around(quote: object, text: object) -> tuple[str, str, str] | None:
    """A partial quote split for display: the writer's words before it, the quoted words, the words after.

    For a quote with a ``context`` (the sentence it is part of), returns ``(before, quoted,
    after)`` without the quotation marks, so that a template shows ``before“quoted”after``
    as the article printed it: *The mayor called the levy “a tax on every family,” and
    left.* gives ``("The mayor called the levy ", "a tax on every family,", " and left.")``
    (punctuation the article put inside the marks stays inside); a context that is the clause of
    a sentence too long to show opens on "…", and a line over :data:`CONTEXT_LINE_WORDS` words
    shows the quote's opening words and "…" only. None when the quote stands
    on its own (no context) or the spans do not fit ``text``.
    """
    context = getattr(quote, "context", None)
    span = getattr(quote, "span", None)
    if context is None or span is None or not isinstance(text, str):
        return None
    (c_start, c_end), (q_start, q_end) = context, span
    if not (0 <= c_start <= q_start <= q_end <= c_end <= len(text)):
        return None
    before = text[c_start:q_start].rstrip().rstrip(_OPENING_MARKS)
    if text[:c_start].rstrip()[-1:] in _CLAUSE_MARKS:
        before = "…" + before  # the clause of a sentence too long to show, not the sentence
    rest = text[q_end:c_end]
    close = next((i for i, ch in enumerate(rest) if ch in _CLOSING_MARKS), None)
    inside = "" if close is None or rest[:close].strip(" ,.;:!?…") else rest[:close]
    after = rest[len(inside) :].lstrip(_CLOSING_MARKS)
    quoted = (text[q_start:q_end] + inside).split()
    before, after = _curled(_squeezed(before)), _curled(_squeezed(after))
    if len(before.split()) + len(quoted) + len(after.split()) > CONTEXT_LINE_WORDS:
        quoted = quoted[:QUOTE_OPENING_WORDS] + ["…"]
    return before, " ".join(quoted), after


#: What an opening quotation mark follows: nothing, a space, a bracket or a dash.
_OPENS_AFTER = frozenset(" \t\n([{—–-")


def _curled(words: str) -> str:
    """``words`` with each straight double quotation mark as the curly one the templates print
    around the quote itself: opening at the start or after a space, a bracket or a dash, else
    closing ("\"We lost,\" she said" -> "“We lost,” she said"), so that the writer's sentence
    shown around a quote does not mix the two styles; the JSON keeps the article's marks."""
    if '"' not in words:
        return words
    out = []
    for i, ch in enumerate(words):
        if ch == '"':
            ch = "“" if i == 0 or words[i - 1] in _OPENS_AFTER else "”"
        out.append(ch)
    return "".join(out)


def _squeezed(words: str) -> str:
    """Runs of white space as one space, keeping one at either end where there was any."""
    inner = " ".join(words.split())
    if not inner:
        return " " if words else ""
    return (" " if words[0].isspace() else "") + inner + (" " if words[-1].isspace() else "")
