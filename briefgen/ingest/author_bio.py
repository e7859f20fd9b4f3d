"""The writer's note a page prints under its story: "Ana Roe is a senior reporter at the Courier."

Sites close an article with a line about its writer, or print it in a box beside the story, which
a pasting and an extractor keep as the story's last paragraphs. It is no part of the story: in the
brief its writer turned up as an actor with the job as a role. A paragraph among the last few is
such a note when it opens on a person's name, "is" and a description that holds a writer's job
("reporter", "columnist", "author" of a book: :data:`..lang.en.page_furniture.WRITER_NOUNS`), and the
story before it never names that person: a story that talks about a reporter names her before
("Ana Roe, a reporter at the Courier, was detained ...") or not in that shape. The name is the
writer's: the byline when the page gave none that could be read.

Coverage: 3 training pages (one saved page, two pasted; none had a byline that could be read, and
one's offers after the note had given a key point); no dev article (read only on a page or in an
extractor's output: a text given as an article keeps every sentence, and a PolNeAR article's
columnist's note under it stays) nor real page; a blind review counted the writer shown as an actor
a blocker, and the offer a blocker too. Kept on one corpus: it reads a line of page furniture the
cleaner has no other way to tell from the story, in a shape no story sentence takes without naming
the person before.
"""

from __future__ import annotations

import re

from ..lang.en.page_furniture import WRITER_NOUNS
from ..trace import fired

__all__ = ["without_author_bio", "without_sign_off"]

#: How many of the text's last paragraphs may hold the note (an offer's box may follow it).
_LAST_PARAGRAPHS = 12
#: "Ana Roe is a", "Jo B. Park Is an", "J.O. Lusk is the": the name (two to four words), "is", an article.
_BIO_OPENING = re.compile(r"(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3})\s+(?:is|Is)\s+(?:a|an|the|A|An|The)\s")
_WORD = re.compile(r"[^\W\d_]+")


def without_author_bio(paragraphs: list[str]) -> tuple[list[str], str | None]:
    """``paragraphs`` up to the writer's note among its last ones, and the writer's name (or
    ``paragraphs`` as they are, and None). What the page prints after the note is its furniture
    too: a box of offers, a disclaimer, links to other stories."""
    first_candidate = max(1, len(paragraphs) - _LAST_PARAGRAPHS)
    for i in range(first_candidate, len(paragraphs)):
        name = _bio_name(paragraphs[i])
        if name is None:
            continue
        surname = name.split()[-1]
        before = "\n".join(paragraphs[:i])
        if re.search(rf"(?<!\w){re.escape(surname)}(?!\w)", before):
            continue  # the story talks about this person: no note about its writer
        fired("clean.author_bio")
        return paragraphs[:i], name
    return paragraphs, None


def _bio_name(paragraph: str) -> str | None:
    """The name a writer's note opens on, when its words name a writer's job; else None."""
    m = _BIO_OPENING.match(paragraph.strip())
    if m is None or len(paragraph.split()) > 80:
        return None
    words = {w.lower() for w in _WORD.findall(paragraph[m.end() :])}
    return m["name"] if words & WRITER_NOUNS else None


#: The writer's sign-off as the story's last line: "– Ana Roe" (a dash and the name), "Ana Roe,
#: Kelby Radio News." (the name and the broadcaster's desk, as a radio script ends).
_SIGN_OFF = re.compile(
    r"(?:[–—-]\s*(?P<dashed>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3})"
    r"|(?P<named>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}),\s+(?:[A-Z][\w&'’-]*\s+){0,4}(?:News|Radio|Television|TV))\.?"
)


def without_sign_off(paragraphs: list[str]) -> tuple[list[str], str | None]:
    """``paragraphs`` without a last line that signs the story ("– Ana Roe", "Ana Roe, Kelby Radio
    News."), and the writer's name; else ``paragraphs`` as they are and None. Wire and broadcast
    copy ends so; read as the story's, the writer was shown as an actor of it. Coverage: 2 training
    pages (a newspaper's dash and a radio script's sign-off, the writer shown as an actor: a blind
    review's blocker and major), no dev article (read only on a page or an extractor's output) nor
    real page. Kept below three: a closed shape of page furniture, its writer the byline's."""
    if len(paragraphs) < 2:
        return paragraphs, None
    m = _SIGN_OFF.fullmatch(paragraphs[-1].strip())
    if m is None:
        return paragraphs, None
    fired("clean.sign_off")
    return paragraphs[:-1], m["dashed"] or m["named"]
