"""Units that are no report: the writer or the site talking, a line that states nothing.

A sentence that speaks to the reader ("you"), the site's short talk in its own voice ("we",
"our"), a line without a verb, and a call to action are never key points; the writer's own
voice is never the bottom line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...lang.en.discourse import CALL_VERBS
from ...lang.en.page_furniture import (
    ADVERTISING_WORDS,
    PAGE_PARTS,
    PAGE_PLACING_VERBS,
    PAGE_SIGNPOST_VERBS,
    PAGE_SIGNPOSTS,
    SITE_GREETINGS,
    SITE_WE_WORDS,
)
from ...lang.en.speech import PERSON_SPEECH_VERBS
from ...lang.en.voice import own_voice_words
from ...trace import fired, unrecorded
from ..text.analysis import Analysis
from ..text.credits import is_reference_entry, is_staff_credit
from ..text.interview import introduces_the_interview
from ..types import Unit
from .openings import cut_start
from .units import quoted_ranges

if TYPE_CHECKING:
    from spacy.tokens import Span

__all__ = [
    "call_to_action",
    "first_person_singular",
    "opens_in_own_voice",
    "own_voice",
    "page_signpost",
    "points_at_the_page",
    "site_voice",
    "states",
    "to_the_reader",
    "interview_framing",
    "writer_speaks",
    "written_in_first_person",
]


_READER = re.compile(r"\b(?:you|your|yours|yourself)\b", re.IGNORECASE)


def to_the_reader(text: str) -> bool:
    """The text speaks to the reader ("you", "your") outside quotation marks: the site's talk
    ("Your copy is for reading at home only"), a banner or advice copy, not the news of a report.
    Fires on 16 of the 60 real pages and on 26 dev articles (9 CNN/DailyMail, 2 BBC, 14 PolNeAR,
    1 CoNLL); key-point R-2 on CNN/DailyMail half a 0.191 unchanged (half b 0.216 -> 0.215). On
    advice pages ("you should aim to ...") it passes over the article's own tips, a loss there;
    news is the brief's use."""
    if next(_unquoted(_READER.finditer(text), text), None) is not None:
        fired("keypoints.to_the_reader")
        return True
    return False


def interview_framing(analysis: Analysis, unit: Unit) -> bool:
    """``unit`` is the writer's framing of an interview before its first answer ("We spoke with
    Ana Roe about her first year.", "We asked him to tell us about his plans ...", "Here's what she
    had to say"; see :mod:`..text.interview`): the page's talk about itself, no key point. (The guest's answers
    in the first person are no units of the writer's at all: ``Unit.guest``.) Coverage: 2 of the 6
    interviews of the 171 real pages (both inputs), no dev article."""
    if not introduces_the_interview(analysis, unit.start, unit.text):
        return False
    fired("keypoints.interview_framing")
    return True


#: A sentence in the writer's own voice this short is the site's talk, not a column's argument.
SITE_VOICE_WORDS = 10


def site_voice(unit: Unit) -> bool:
    """'Welcome to our new article page.', 'We have updated our app.': a short sentence in the
    site's "we"/"our" outside quotation marks is page furniture, no key point (a column's "we"
    argues at more length); so is a greeting or a disclosure of any length (:func:`_site_greeting`,
    :func:`_site_disclosure`). Fires on 26 of the 111 training pages (privacy notices, greetings,
    sign-ups), 4 of the 60 real pages and 13 dev articles (1 CNN/DailyMail, 8 PolNeAR, 4 CoNLL);
    key-point ROUGE unchanged."""
    if unit.words <= SITE_VOICE_WORDS:
        for m in _unquoted(own_voice_words(unit.text), unit.text):
            if m.group(0).lower() in ("we", "our", "us", "ours"):
                fired("keypoints.site_voice")
                return True
    return (
        _site_greeting(unit.text)
        or _site_disclosure(unit.text)
        or page_signpost(unit.text)
        or points_at_the_page(unit.text)
    )


def _site_greeting(text: str) -> bool:
    """ "Welcome to the Harbour Week, our look back at a year of storms ...", "Thanks for reading
    ...": the site greets its reader, at any length (:data:`SITE_GREETINGS`). No dev article
    opens a sentence so (a story does not greet its reader); coverage: 4 training pages, and a
    blind review counted a magazine's series banner shown as a key point a blocker."""
    if text.lower().lstrip().startswith(SITE_GREETINGS):  # not '“Welcome to ...,” the mayor said
        fired("keypoints.site_greeting")
        return True
    return False


_SIGNPOST = re.compile(
    r"(?:" + "|".join(re.escape(p) for p in PAGE_SIGNPOSTS) + r")\b[^,.;:]{0,40}?,?\s+(?:we|i)(?:['’](?:ll|re|ve|d))?"
    r"\s+(?:will\s+|are\s+going\s+to\s+|can\s+)?(\w+)",
    re.IGNORECASE,
)


def page_signpost(text: str) -> bool:
    """ "Below, we look at the snap counts of Sunday's game.", "In this guide, I'll show how
    to ...": the page points at its own next part (:data:`PAGE_SIGNPOSTS`) and says what the
    writer does there (:data:`PAGE_SIGNPOST_VERBS`), at the head of the sentence; the page's talk
    about itself, no key point. Coverage: 1 of the 60 real pages (a team blog's "Below, we analyze
    ...", a blind review's major) and 1 training page (a tutorial's "In this article, I'll
    explain ..."), both inputs; no dev article's point (news does not talk about its page). Kept
    under three: a closed class of page talk, as the site's greetings (:func:`_site_greeting`)."""
    m = _SIGNPOST.match(text.lstrip())
    if m is None or m.group(1).lower() not in PAGE_SIGNPOST_VERBS:
        return False
    fired("keypoints.page_signpost")
    return True


_PAGE_PLACE = re.compile(
    r"\bthe\s+(?:[\w-]+\s+)?(?:" + "|".join(sorted(PAGE_PARTS)) + r")\s+(?:below|above)\b"
    r"|\bthe\s+(?:below|above)(?:-mentioned)?\s+[a-z]"
    r"|\b(?:" + "|".join(sorted(PAGE_PLACING_VERBS)) + r")\s+(?:below|above)\b",
    re.IGNORECASE,
)


def points_at_the_page(text: str) -> bool:
    """ "The full plan is in the link below.", "The scheme above shows ...", "Using the
    below code, ...": the sentence points at a part of its page by place (:data:`PAGE_PARTS`, :data:`PAGE_PLACING_VERBS`), outside quotation marks. A
    key point is read apart from the page, where nothing is below or above it. Not a place in the
    world ("the flat above the shop"). A list's introduction ("The following are the arrest
    reports ...") says what the page holds and stays. Coverage: 1 CNN/DailyMail dev article (a
    caption, "The images above show ...", no point of the brief) and 9 of the 111 training pages
    (tutorials, a letter's editor's note, a photo agency's terms), both inputs; it changes the
    points of 4 of them and the bottom line of 2 (an editor's note "The below letter will appear
    ..." gives way to the letter's first claim). Kept on one corpus of pages: news rarely points
    at its page, and a blind scan of all pasted briefs counted such points dangling on 6 pages."""
    found = [m for m in _unquoted(_PAGE_PLACE.finditer(text), text) if not _aside(text, m)]
    if not found:
        return False
    fired("keypoints.points_at_the_page")
    return True


def _aside(text: str, m: "re.Match[str]") -> bool:
    """``m`` is an aside set off by commas ("The mill, pictured above, closed in May."): the
    sentence says its fact without it (the bottom line and the brackets' rule leave such asides
    out), so it does not point the sentence at the page."""
    return text[: m.start()].rstrip().endswith(",") and text[m.end() :].lstrip()[:1] in (",", ".")


def _site_disclosure(text: str) -> bool:
    """ "Our editors choose every boat on this list themselves, and no advertiser pays to be on
    it or sways our choices.", "When you buy through our links we may earn a commission.": the site's
    "we"/"our" and a word of its business with advertisers (:data:`ADVERTISING_WORDS`), outside
    quotation marks, at any length. In the dev articles such words stand only in quotes (a
    speaker's "we"): no firing; coverage: 1 real and 3 training pages (ingest drops most
    disclosures), and a blind review counted one left as a key point a blocker."""
    if (text.count("“") + text.count("”") + text.count('"')) % 2:
        return False  # '... never buy advertising there," a statement read': a quotation's tail
    words = {m.group(0) for m in _unquoted(re.finditer(r"[A-Za-z]+(?:['’][a-z]+)?", text), text)}
    # "US" is the country; "the Securities Commission" a body, its word in capitals
    we = {w.lower() for w in words if w != "US"} & SITE_WE_WORDS
    if we and words & ADVERTISING_WORDS:
        fired("keypoints.site_disclosure")
        return True
    return False


#: First words of a sentence in which a body unnamed speaks ("We will ...", "Our plan ..."); not
#: "I" and "My": a text in the first person singular is mostly the writer's own story (a diary,
#: a review, a reader's letter), which keeps its points.
_FIRST_PERSON_OPENING = re.compile(r"(?:We|Our)\b(?![.-])")


def opens_in_own_voice(analysis: Analysis, unit: Unit) -> bool:
    """ "We will provide a minibus if a passenger cannot board the coach.", "Our shop stays open.":
    a sentence that opens on "we" or "our" outside quotation marks, and that no speech verb of
    the sentence gives to someone else ("We will win, the mayor said."), is said by someone the
    key point does not name: a question-and-answer page's answer, an
    interview's reply, a help page's copy. Read alone, nobody knows who speaks. Not asked of a
    text the writer tells in the first person (:func:`written_in_first_person`): there the
    writer's "I" is the story's. Seen on 6 dev articles (1 CNN/DailyMail, 2 BBC, 2 PolNeAR, 1
    CoNLL; no score moves) and 15 pages; it changes the points of 4 training pages (an
    interview, a help page, a recipe site, a book review)."""
    if not _FIRST_PERSON_OPENING.match(unit.text):
        return False
    word = next(own_voice_words(unit.text), None)
    if word is None or word.start() != 0:
        return False
    span = analysis.span(unit.start, unit.end)
    if span is not None and _reported(span, span.start_char):
        return False
    fired("keypoints.first_person_opening")
    return True


#: The opening sentences that show whether the writer tells the story in the first person.
FIRST_PERSON_LEDE = 2


def written_in_first_person(units: "list[Unit]") -> bool:
    """The writer speaks in the first person in the text's first FIRST_PERSON_LEDE sentences
    outside quotation marks ("I have fixed my own bikes since I was 17 ..."): a review, a
    column, a letter or a diary, whose "I" and "we" are the writer's throughout."""
    lede = sorted((u for u in units if u.eligible), key=lambda u: u.order)[:FIRST_PERSON_LEDE]
    with unrecorded():
        return any(next(_unquoted(own_voice_words(u.text), u.text), None) is not None for u in lede)


def _line_of(text: str, pos: int) -> str:
    """The line of ``text`` that holds ``pos``."""
    end = text.find("\n", pos)
    return text[text.rfind("\n", 0, pos) + 1 : len(text) if end < 0 else end]


def states(analysis: Analysis, unit: Unit) -> bool:
    """The unit says something: it has a verb outside brackets. 'British Virgin Islands (BVI)',
    'Lemon Cake With Icing', 'Policy & analyses.': a heading, a menu entry or a name on its own
    line is no key point, even with a full stop. Fires on 68 of the 111 training pages and 41
    dev articles (6 CNN/DailyMail: a photo caption run into the text, R-1 and R-2 unchanged;
    27 PolNeAR, 8 CoNLL). Nor is a piece that opens on a word in lower case, the tail of a
    sentence the page cut (:func:`.openings.cut_start`; fires on 25 of the 111 training
    pages and 4 dev articles: 1 CNN/DailyMail, 2 PolNeAR, 1 CoNLL; R-1 and R-2 unchanged).
    Neither test applies in BBC's long extract asked for by count, where team lists and headlines are part of
    what is extracted (there it cost R-2 0.742 -> 0.732)."""
    if cut_start(unit.text):
        fired("keypoints.cut_start")
        return False
    if is_staff_credit(unit.text):
        fired("keypoints.staff_credit")  # "Jo Park contributed reporting.": see :mod:`..text.credits`
        return False
    if is_reference_entry(_line_of(analysis.text, unit.start)):
        # "2. Ruiz AM, Lusk B. Fasting and sleep. J Sleep. 2014;15:1-9.": an entry of a reference
        # list, or a piece of one (its title), see :mod:`..text.credits`
        fired("keypoints.reference_entry")
        return False
    if _inside_a_quote(unit.text):
        # coverage: 7 PolNeAR articles, 6 training and 6 real pages (the last paragraph of a quote
        # of several); no CNN/DM or BBC article (straight marks); no harness score moves
        fired("keypoints.quote_tail")
        return False
    span = analysis.span(unit.start, unit.end)
    if span is None:
        return True
    depth = 0
    for t in span:
        depth += (t.text in "([") - (t.text in ")]")
        if depth <= 0 and t.pos_ in ("VERB", "AUX") and t.dep_ != "amod":
            # a participle that only describes a noun ("The rising harbour tide!", "A soothing
            # spring rain!") is no verb of the sentence. Coverage: 1 of the 60 real pages
            # (both inputs: an exclamation a blind review counted a major) and 7 of the 111
            # training pages (a recipe's verbless aside on its dish, a reference
            # list's titles, a blog's heading), no dev article; kept: the test it narrows fires
            # on 41 dev articles and 68 training pages
            return True
    fired("keypoints.no_verb")
    return False


def _inside_a_quote(text: str) -> bool:
    """``text`` closes a quotation it did not open: '... a new look,” said Ana Roe.' is the last
    sentence of a quote of several, cut from its start (a closing typographic mark: a straight
    one does not say which way it faces, though it may open what a curly one closes)."""
    close = text.find("”")
    opened = [i for i in (text.find("“"), text.find('"')) if i >= 0]  # a page may open with a straight mark
    return close >= 0 and (not opened or close < min(opened))


def call_to_action(analysis: Analysis, unit: Unit) -> bool:
    """'Check out our picks below.', 'See how one family doubled its space.', 'Please follow
    these tips.': the sentence opens on an imperative verb of the page's talk (:data:`CALL_VERBS`),
    with no subject: it asks the reader to act and says nothing itself. Other imperatives stay
    (a recipe's or a guide's steps are its content). Fires on 16 of the 111 training pages
    (shopping lists, how-to pages, software pages) and on 4 PolNeAR articles ("Read more ...",
    "Watch ..." lines of news sites)."""
    span = analysis.span(unit.start, unit.end)
    if span is None:
        return False
    words = [t for t in span if not t.is_punct][:2]
    if words and words[0].lower_ == "please":
        words = words[1:]
    if not words:
        return False
    verb = words[0]
    if verb.tag_ not in ("VB", "VBP") or verb.lemma_.lower() not in CALL_VERBS:
        return False
    # (a heading line before may be parsed as its subject: only a subject inside the unit counts)
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.idx >= unit.start for c in verb.children):
        return False
    fired("keypoints.call_to_action")
    return True


def own_voice(text: str, span: "Span | None" = None) -> bool:
    """The writer's or the site's own voice outside quotation marks ("Welcome to our new page",
    "You may have noticed ..."): a column's aside or the site's talk, not the news of a report.

    With ``span`` (the parse of ``text``), a "we" or "our" in what someone else is reported to
    say is theirs, not the writer's (:func:`_reported`)."""
    # words inside quotation marks are a speaker's
    for m in _unquoted(own_voice_words(text), text):
        if span is not None and _reported(span, span.start_char + m.start()):
            fired("bottomline.reported_first_person")
            continue
        fired("bottomline.own_voice")
        return True
    return False


#: The writer's own words for themselves (not "we" and "our": a company's or a team's voice in
#: its own announcement, "Today we are launching ...", is the news of its page).
_WRITER_WORDS = frozenset({"i", "me", "my", "mine", "myself"})


def writer_speaks(text: str, span: "Span | None" = None) -> bool:
    """The writer speaks of themselves in ``text``: "I", "me" or "my" outside quotation marks ("I
    realised ...", "... above my expectations"), not one that someone else is reported to say
    (with ``span``, :func:`_reported`) nor a capitalised "My" inside a name ("My Patients Were
    Presidents"). Unrecorded."""
    for m in _unquoted(own_voice_words(text), text):
        word = m.group(0)
        if word.lower() not in _WRITER_WORDS or (word != "I" and word[:1].isupper() and m.start() > 0):
            continue
        if span is not None and _reported(span, span.start_char + m.start()):
            continue
        return True
    return False


def _reported(span: "Span", offset: int) -> bool:
    """The word at ``offset`` lies in a clause a speech verb reports of someone else: "We may be
    close to a cure, a hospital scientist says.", "Our town deserves better, said the mayor.",
    "The mayor said we would all pay more." (unquoted indirect speech, common in news ledes).
    Not "We think the mayor said ..." (the writer's "we" is the subject of the main verb), nor a
    verb whose subject is "I" or "we" themselves. Fires in the ledes of 9 dev articles (2
    CNN/DailyMail, 2 BBC, 5 CoNLL) and 2 of the 111 training pages (most are also quotations the
    sentence split cut from their marks); changes one bottom line (CNN/DailyMail half a, a
    scientist's unquoted words back in place of a side detail: ROUGE-1 0.2839 -> 0.2879)."""
    word = next((t for t in span if t.idx == offset), None)
    if word is None:
        return False
    for clause in (word, *word.ancestors):
        verb = clause.head
        if clause.dep_ != "ccomp" or verb.lemma_.lower() not in PERSON_SPEECH_VERBS:
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        return bool(subjects) and all(s.pos_ in ("NOUN", "PROPN") for s in subjects)
    return False


def first_person_singular(text: str) -> bool:
    """``text`` has an "I" outside quotation marks ("Frankly, I thought I would have to ..."): someone
    speaks whom the sentence may not name (an interview's answer printed without its marks)."""
    return any(m.group(0) == "I" for m in _unquoted(own_voice_words(text), text))


def _unquoted(matches: "Iterator[re.Match[str]]", text: str) -> "Iterator[re.Match[str]]":
    """The ``matches`` in ``text`` outside quotation marks."""
    inside = quoted_ranges(text)
    return (m for m in matches if not any(a <= m.start() < b for a, b in inside))


#: The writer tells of themselves in at least this many of the clean sentences, and this share of
#: them, when the text is theirs to tell (a review, a blog): a news story's stray "I" is mostly a
#: speaker's words whose quotation marks the page lost.
WRITER_SENTENCES = 3
WRITER_SHARE = 0.1


def without_writers_voice(analysis: Analysis, units: list[Unit], k: int) -> list[Unit]:
    """In a text the writer tells in the first person (a review, a blog, a column), ``units``
    without those in which the writer speaks of themselves ("Over time, I found the tiller too slow.",
    "He played above my expectations."; not a speaker's words in quotation marks, nor an
    "I" someone is reported to say, nor a "we": a company's announcement,
    :func:`writer_speaks`), when the writer does so in at least WRITER_SENTENCES and
    WRITER_SHARE of ``units`` and at least ``k`` others are left. Read alone in a brief, such a
    point says nothing of whose view it is; a blind review counted each one a major
    ("unattributed first-person voice", 3 of 10 real pages, both inputs: a game review, a team
    blog, a sports analysis). A text with fewer plain sentences than points keeps them: there the
    writer's story is the text; a news story's stray "I" is a speaker's words whose quotation marks
    the page lost, and stays. Fires on 5 PolNeAR and 2 CoNLL dev articles (4 PolNeAR columns
    change), 4 of the 60 real pages and 16 training pages; no harness score moves."""
    plain = [u for u in units if not writer_speaks(u.text, analysis.span(u.start, u.end))]
    mine = len(units) - len(plain)
    if len(plain) < k or mine < WRITER_SENTENCES or mine < WRITER_SHARE * len(units):
        return units
    fired("keypoints.writers_voice_passed_over")
    return plain
