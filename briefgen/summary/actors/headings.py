"""Actors that only a page's headings name, not its prose: "Where to Park Near the Mill Street
Market", "Why Zentrix Pro Costs More". The model takes the capitals of a heading for a name; the
story never speaks of it.

A heading is a line of its own that is not the text's first line (the headline, whose names
count), does not end as prose ends (a full stop, an exclamation mark, a closing quotation mark or
bracket), holds no digit (a line of results or scores is data), no colon and no list ("A: Ana
Roe, Tom Lee, Bo Li": a label and its value), is short, and writes most of its words with a
capital. A name every mention of which stands in such headings is no actor; a speaker stays, and
so does a person named by a given name ("Meet Ana Roe"), a line that is a name alone (a
signature, the name's own heading, a dateline: "NEW YORK"), a line in capitals and a line that
opens on a name and a comma ("– Ana Roe, Senior Fellow at Kelby College": a person's role). A
table's rows are :func:`.evidence.no_actor_evidence`'s, which keeps the people in them.

Coverage: 1 of the 60 real pages and 8 of the 111 training pages (a settings menu, a wiki's
and a guide's headings, a collection's labels, a live blog's headings); no dev article (their
texts have no headings but the headline). A numbered section's heading ("2. Pick a Sunny
Corner", "1. Shared Files.") is read without its number: 2 training pages more (a how-to's and a shop's
junk names); a numbered line of a name alone ("7. Ana Roe") stays that person's heading.

The headline is read apart, for :func:`.evidence.no_actor_evidence`: a name every mention of
which stands in a headline in title case (:func:`headline_only`), and the work a review's
headline names (:func:`reviewed_work`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...lang.en.given_names import is_given_name
from ...trace import fired
from ..text.truecase import is_title_case_headline

if TYPE_CHECKING:
    from ..text.analysis import Analysis
    from ..types import Entity, Mention

__all__ = ["headline_only", "only_in_headings", "reviewed_work"]

#: A heading is at most this many words long.
MAX_HEADING_WORDS = 14
#: Of a heading's words of four letters or more, at least this share opens with a capital.
TITLE_CASE_SHARE = 0.6
#: How prose ends a line (a question or a colon may end a heading).
_PROSE_ENDS = (".", "!", "…", '"', "”", "’", "'", ")")


def only_in_headings(mentions: "list[Mention]", analysis: "Analysis") -> bool:
    """Every one of ``mentions`` stands in a heading of the page (see the module)."""
    if not mentions or is_given_name(mentions[0].text.split()[0]):
        return False  # "Meet Ana Roe, ...": a person a heading names is who the page is about
    text = analysis.text
    for m in mentions:
        start = text.rfind("\n", 0, m.start) + 1
        if start == 0:
            return False  # on the first line: the headline's names are the story's
        end = text.find("\n", m.end)
        end = len(text) if end == -1 else end
        if "|" in text[start:end]:
            return False  # a table's row: its cells are :func:`.evidence.no_actor_evidence`'s
        if _SECTION_NUMBER.sub("", text[start:end].strip()).rstrip(".").casefold() == m.text.casefold():
            return False  # a line that is the name alone is a signature or a name's own heading ("7. Ana Roe")
        if not text[start : m.start].strip(" -–—•*") and text[m.end : m.end + 1] == ",":
            return False  # "– Ana Roe, Senior Fellow at Kelby College": a person's line, with the role
        if not _heading(analysis, start, end):
            return False
    fired("actors.heading_only")
    return True


#: A heading's number in a numbered list of sections ("2. ", "3) ", "#4 "): no data of the line.
_SECTION_NUMBER = re.compile(r"^(?:\d{1,2}[.)]|#\d{1,2})\s+(?=[A-Z])")


def _heading(analysis: "Analysis", start: int, end: int) -> bool:
    line = analysis.text[start:end].strip()
    numbered = _SECTION_NUMBER.match(line)
    if numbered:
        # "2. Pick a Sunny Corner", "1. Shared Files.": a numbered section's heading, whose
        # number is no figure of data and whose full stop ends the number's item, not prose
        line = line[numbered.end() :].rstrip(".")
    if not line or line.isupper() or line.endswith(_PROSE_ENDS) or any(c.isdigit() for c in line):
        return False  # prose, or a line of data (a result, a score, a date)
    if ":" in line or line.count(",") > 1:
        return False  # "A: Ana Roe, Tom Lee, ...": a label and its value, a list: the page's content
    span = analysis.span(start, end)
    if span is None:
        return False
    words = [t for t in span if not t.is_punct and not t.is_space]
    if not words or len(words) > MAX_HEADING_WORDS:
        return False
    long_words = [t for t in words if len(t.text) >= 4 and t.is_alpha]
    return bool(long_words) and sum(t.text[:1].isupper() for t in long_words) >= TITLE_CASE_SHARE * len(long_words)


def headline_only(entity: "Entity", analysis: "Analysis") -> bool:
    """Every mention of ``entity`` stands in the headline, none in the story: a headline in title
    case tags its words as names ("Kelby Falls Short of Target": "Kelby Falls"; "Tarvel vs.
    Tarvel Pro": "Tarvel Vs"), or shortens a name the story writes in full and the model did not
    join to it ("Ben Lusk" for "Ben Lusk-Harlow"). A person or an organisation of the story is
    named in the story. Places are left alone (a headline's "tour of North America" is where the
    story is, listed apart).

    Only under a headline in title case, where the model takes capitalised words for names; a
    headline written as a sentence or in capitals names real actors the story may not repeat
    ("Harbour Labour Party backs vote", CoNLL's headlines).

    Coverage: 1 of the 60 real pages and 8 of the 111 training pages (12 names, all junk or a
    shortened double of an actor); no dev article (their headlines are sentences or capitals)."""
    title = (analysis.title or "").strip()
    if not is_title_case_headline(title):
        return False  # "Harbour board backs new ferry plan": the model reads a sentence's names well
    first = analysis.text.find("\n")
    first = first if first >= 0 else len(analysis.text)
    title_line = bool(title) and analysis.text[:first].strip() == title
    return bool(entity.mentions) and all(
        m.span.doc is not analysis.doc or (title_line and m.start < first) for m in entity.mentions
    )


#: A headline of a review: the work reviewed, "review", then the end or a separator ("Skyfarer 2
#: review", "Through the Long Night review - a quiet triumph", "Nimbus X review: ...").
_REVIEW_HEADLINE = re.compile(r"^(?P<work>.+?)\s+(?i:review)\s*(?:$|[-–—|:])")


def reviewed_work(entity: "Entity", analysis: "Analysis") -> bool:
    """The headline reviews a work ("Skyfarer: Long Night review - ...") and the entity's name is
    of the work's title ("Long Night", "Skyfarer"): a game, a film or a book the parser took for
    a person or an organisation, as its review names it in every other sentence. Not a name the
    title writes as an owner ("Ana Soto's Long Night review": the author is one).

    Coverage: 2 of the 60 real pages and 1 of the 111 training pages (a game reviewed as a person
    and a title's words as another, a game about history as an organisation); the dev corpora hold
    no review."""
    m = _REVIEW_HEADLINE.match((analysis.title or "").strip())
    if m is None:
        return False
    # the name as whole words of the title ("Ford" is no name of "Clifford's Long Night")
    named = re.search(rf"(?<!\w){re.escape(entity.name)}(?!\w)(?P<owner>['’]s)?", m.group("work"))
    return named is not None and named.group("owner") is None
