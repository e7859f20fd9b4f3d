"""Names of things and works, not of actors: a mention that stands by a thing's or a work's
noun ("Corrin disease", "the rover Tessel", "the film Tidewater"), that a work's apposition
describes or a year owns ("1987's Tidewater"), a title between quotation marks (‘Tidewater’, "on
“Harbour and Friends”"), or a name counted like a thing ("won an Oscar", "two Emmys"). The rules
of :mod:`.evidence` read these."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...lang.en.given_names import is_given_name
from ...lang.en.terms import THING_NOUNS, WORK_NOUNS
from ...trace import fired
from ..entities.evidence import acts

if TYPE_CHECKING:
    from ..types import Entity, Mention

__all__ = ["counted_name", "names_a_thing", "quoted_title", "titled_after_work_noun"]


_NAMING_VERBS = frozenset({"called", "named", "titled", "dubbed"})


def names_a_thing(m: "Mention") -> bool:
    """The mention names a thing: it stands before or after a noun of :data:`THING_NOUNS`
    ("Corrin disease", "the rover Tessel"), or after a noun of :data:`WORK_NOUNS`, "called"
    may come between ("the film Tidewater", "a show called Open Water"; not "a Dickens novel"),
    or a work's noun describes it right after ("Tidewater, a comedy about ...") or a year owns it
    ("1987's Tidewater")."""
    doc, root = m.span.doc, m.span.root
    if root.dep_ == "compound" and root.head.i >= m.span.end and root.head.lemma_.lower() in THING_NOUNS:
        return True
    before = [t for t in doc[max(0, m.span.start - 4) : m.span.start] if not t.is_punct]
    nouns = THING_NOUNS | WORK_NOUNS
    if before and before[-1].lemma_.lower() in nouns and before[-1].pos_ == "NOUN":
        return True
    if _work_described(m) or _years_work(m):
        return True
    return (
        len(before) >= 2
        and before[-1].lower_ in _NAMING_VERBS
        and any(t.lemma_.lower() in nouns and t.pos_ == "NOUN" for t in before[:-1])
    )


def titled_after_work_noun(m: "Mention") -> bool:
    """The mention is the title a noun of a work gives right before it, as the parser reads it:
    the noun, in small letters and with no mark between (a title's own "The" may stand between),
    hangs on the name as a compound ("the supernatural thriller Tidewater topped the charts",
    "their album Harbour Lights, out since May, sold ...") or has the name as its close
    apposition ("the board game Kelbo.", "the animated comedy The Gulls"). What a compound's title
    then does in its sentence (tops a chart, sells) is the work's doing, so, unlike
    :func:`names_a_thing`, no verb of the sentence makes it an actor. An apposition with a verb
    right after it may be the subject of the noun's relative clause ("the book Ana Roe wrote"), and
    a name after a mark hangs apart ("the film, Ana Roe said, ...")."""
    doc, root = m.span.doc, m.span.root
    i = m.span.start - 1
    if i > 0 and doc[i].text == "The":
        i -= 1
    if i < 0:
        return False
    noun = doc[i]
    if not (noun.is_lower and noun.pos_ == "NOUN" and noun.lemma_.lower() in WORK_NOUNS):
        return False
    if noun.dep_ == "compound" and m.span.start <= noun.head.i < m.span.end:
        return True
    after = doc[m.span.end] if m.span.end < len(doc) else None
    return root.dep_ == "appos" and root.head.i == noun.i and (after is None or after.pos_ not in ("VERB", "AUX"))


def _work_described(m: "Mention") -> bool:
    """ "Tidewater, a comedy about a ferry, ...": an apposition right after the name whose noun
    is one of a work (:data:`WORK_NOUNS`)."""
    doc = m.span.doc
    after = doc[m.span.end : m.span.end + 5]
    if len(after) < 3 or after[0].text != "," or after[1].lower_ not in ("a", "an", "the"):
        return False
    noun = next((t for t in after[2:] if t.pos_ == "NOUN"), None)
    return noun is not None and noun.lemma_.lower() in WORK_NOUNS and noun.dep_ == "appos"


def _years_work(m: "Mention") -> bool:
    """ "1987's Tidewater", "after 1982's disappointing Tidewater": a name owned by a year (and at
    most two words of praise or blame between) is a work of that year: an album, a film, a book."""
    doc = m.span.doc
    i = m.span.start - 1
    skipped = 0
    while i >= 0 and doc[i].pos_ == "ADJ" and skipped < 2:
        i -= 1
        skipped += 1
    if i < 1 or doc[i].lower_ not in ("'s", "’s"):
        return False
    year = doc[i - 1]
    return len(year.text) == 4 and year.text.isdigit() and year.text[:2] in ("18", "19", "20")


_OPENING_QUOTES = "\"'“‘«"
_CLOSING_QUOTES = "\"'”’»"


def quoted_title(entity: "Entity", text: str) -> bool:
    """Every mention stands alone between quotation marks (‘Tidewater’, “Open Water”), or is a
    word of a short title there ("on “Harbour and Friends”": :func:`_inside_quoted_title`): the title
    of a book, a song or a show, no person nor organisation (a quoted speech that is only a name
    is rarer than a title). A title that opens the quote and runs on ("“Tidewater is back,” ...")
    does not count."""
    if not entity.mentions:
        return False
    inside = False
    for m in entity.mentions:
        before, after = text[m.start - 1 : m.start], text[m.end : m.end + 1]
        if before and before in _OPENING_QUOTES and after and after in _CLOSING_QUOTES:
            continue
        if not _inside_quoted_title(text, m.start, m.end):
            return False
        inside = True
    if inside:
        fired("actors.inside_quoted_title")
    return True


#: Small words a title leaves in lower case ("Harbour and Friends", "Meet the Mayor").
_TITLE_SMALL_WORDS = frozenset("a an and the of in on at to for with or & nor but by".split())
#: A quoted title is at most this many words.
_TITLE_WORDS = 8


def _inside_quoted_title(text: str, start: int, end: int) -> bool:
    """The name at ``start:end`` is a word of a short title between quotation marks, every word
    of it capitalised but the small ones, one of them no word of the name: "on “Fox and
    Friends.”", "told “Harbour Week Tonight”"; the names inside are the title's, no one who acts in
    the story. A quotation of the name alone ("the words ‘Ana Soto’", “The Kelmsby Times”) is no
    title of something else."""
    line_start = text.rfind("\n", 0, start) + 1
    marks = [i for i in range(line_start, start) if text[i] in _OPENING_QUOTES or text[i] in _CLOSING_QUOTES]
    if not marks:
        return False
    opening = marks[-1]
    if text[opening] not in "“‘«" and not (opening == line_start or not text[opening - 1].isalnum()):
        return False  # the nearest mark before the name closes a quotation: "“Collapse,” Ana Soto's book"
    closing = next((i for i in range(end, min(len(text), end + 80)) if text[i] in _CLOSING_QUOTES), -1)
    if closing < 0 or text[closing - 1].isspace():
        return False
    inner = text[opening + 1 : closing]
    words = inner.strip(" .,!?").split()
    if not 2 <= len(words) <= _TITLE_WORDS or any(c in inner for c in "“«"):
        return False
    others = (text[opening + 1 : start] + " " + text[end:closing]).split()
    if not any(w[:1].isupper() and w.lower() not in _TITLE_SMALL_WORDS for w in others):
        return False
    return all(w[:1].isupper() or w.lower() in _TITLE_SMALL_WORDS for w in words) and words[0][:1].isupper()


#: Determiners of one thing among others of its kind: "an Oscar", "a Kelvo" (a car); no one's name
#: takes them.
_INDEFINITE = frozenset({"a", "an", "another"})
#: Number words of an amount, not a count: "a £5 billion Harbour Fund" counts no funds.
_AMOUNT_WORDS = frozenset({"million", "billion", "trillion", "bn", "m"})


def counted_name(entity: "Entity", words: list[str], body: "list[Mention]") -> bool:
    """The name is counted like a thing: some mention heads its phrase with "a", "an" or a number
    before it ("won an Oscar", "an honorary Oscar", "two Emmys", "the 1999 Grammys", "drives a
    Kelvo"), and no mention acts: an award, a product or an event, not an actor. A company
    counted as a product that also acts ("a Kelvo broke down; Kelvo said ...") stays.

    A person's name takes "a" before an adjective ("an ailing Ana Ruiz", "a lagging Gov. Ana
    Ruiz"), and the parser hangs a year or a money amount on the next name ("1930 - King Ana born",
    "a £5 billion Harbour Fund"): for a person, only "a", "an" or a count right before one word
    counts, and an amount or a name before a noun ("a Harbour Senate seat") never does.

    Coverage: 5 CNN/DM, 4 BBC, 1 PolNeAR and 1 CoNLL dev articles, 1 of the 60 real pages (both
    inputs) and 6 of the 111 training pages: awards ("an Oscar", "five Oscars", "two Emmys"), a
    tablet and a plane ("a Boeing 777"), a painting, a game's units, a box score's "2 RBI"; ORG
    precision on half b 0.753 -> 0.762. A first version also took people ("an ailing ...", "the
    7-foot-3 ...") and a fund of "a £5 billion ..."; the guards above keep them."""
    if not body or any(acts(m) for m in body):
        return False
    person = entity.kind == "person"
    if len(words) > 1 and (person or is_given_name(words[0])):
        return False  # a full name: "an ailing Ana Ruiz", "the 2019 Ana Ruiz tour"
    for m in body:
        root, doc = m.span.root, m.span.doc
        if root.dep_ == "compound" or (m.span.end < len(doc) and doc[m.span.end].pos_ in ("NOUN", "PROPN")):
            continue
        if any(c.dep_ in ("relcl", "acl") for c in root.children):
            continue  # "a Senate that could ...": a kind of the body, not a thing
        before = [c for c in root.children if c.i < m.span.start]
        if person:
            prev = doc[m.span.start - 1] if m.span.start > 0 else None
            if prev is not None and (prev.lower_ in _INDEFINITE or (prev.dep_ == "nummod" and prev.head is root)):
                return True
            continue
        phrase = doc[min((c.i for c in before), default=m.span.start) : m.span.start]
        if any(t.is_currency or t.lower_ in _AMOUNT_WORDS or t.text == "-" for t in phrase):
            continue  # "a £5 billion Harbour Fund", "the 7-foot-3 Ana Ruiz"
        if any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in before):
            return True
        if any(c.dep_ == "nummod" and c.like_num for c in before):
            return True
    return False
