"""What a sentence's opening words say about its standing alone: the tail of a sentence the page
cut ("or to identify a person."), a word that needs the sentence before ("But", "He", "This"), a
group just named ("The teams were level at the break.")."""

from __future__ import annotations

import re

from ...lang.en.discourse import (
    IRREGULAR_PLURALS,
    WHICH_ONES_WORDS,
    BACK_GROUP_NOUNS,
    CASE_DETERMINERS,
    TIME_BACK_OPENING,
    CASE_NOUNS,
    CASE_PREPOSITIONS,
    CONNECTIVES,
    COUNT_PRONOUN_VERBS,
    GROUP_COUNT_WORDS,
    GROUP_WHOLE_WORDS,
    COUNT_PRONOUNS,
    ALL_BACK_VERBS,
    DEMONSTRATIVES,
    LEANING_ADJECTIVES,
    ORDINAL_PRONOUNS,
    PART_OF_REFERENTS,
    PART_WORDS,
    PERSONAL_PRONOUNS,
    PHRASE_CONNECTIVES,
    SHELL_NOUN_ORDERS,
    SHELL_NOUNS,
    SUBORDINATORS,
    TIME_NOUNS,
    one_of,
)
from ...trace import fired
from ..text.truecase import plural_ending

__all__ = ["cut_start", "group_back", "leans_back", "more_back", "shell_back"]

_FIRST_WORDS = re.compile(r"[“‘\"']?([A-Za-z]+(?:['’]s)?)\b(?:\s+([A-Za-z]+))?")
_LEADING_WORD = re.compile(r"[^\W\d_]+")
#: "All of this ...", "Some of those ...", "One of its ...": a word of quantity, "of", a pronoun.
_PART_OF = re.compile(r"[“‘\"']?([A-Za-z]+|\d+)\s+of\s+([A-Za-z]+)\b")
#: "The teams were level ...", "The French pair lost ..." (one word may stand before the noun), not
#: "The two men who ...", "The teams of both cities ...", "The two-time champion", "The pair's coach".
_GROUP_TAIL = r"([a-z]+)(?=\s)(?!\s+(?:of|from|in|at|on|for|who|that|which|behind|involved)\b)"
_THE_GROUP = re.compile(r"The\s+" + _GROUP_TAIL)
_THE_WORD_GROUP = re.compile(r"The\s+[A-Za-z-]+\s+" + _GROUP_TAIL)
#: "Both sides ...", "All 14 firms ...", "All three clubs ...", "The 12 jurors ...": a whole group,
#: or a count of one, before a plural noun in lower case (see :func:`group_back`).
_COUNTED = rf"(?:\d{{1,3}}|{one_of(GROUP_COUNT_WORDS)})"
_COUNTED_GROUP = re.compile(
    rf"[“‘\"']?(?:(?i:{one_of(GROUP_WHOLE_WORDS)})|All(?:\s+the)?\s+{_COUNTED}|The\s+{_COUNTED})\s+" + _GROUP_TAIL
)
#: The verbs a shell noun opens a clause with ("The answer is ...", "The idea came from ..."
#: would need the parse): a copula, an auxiliary, a verb of seeming. "The term limits bill",
#: "The result of the vote" go on with a noun or a phrase of their own.
_SHELL_VERBS = frozenset(
    "is was are were has had will would could can may might must should seems seemed appears "
    "appeared remains remained became becomes proved proves lies lay".split()
)


#: "The answer, ...", "The second problem is ...", "The term itself is ...", "The difference here is".
_THE_SHELL = re.compile(
    rf"The\s+(?:{one_of(SHELL_NOUN_ORDERS)}\s+)?{one_of(SHELL_NOUNS)}(?:\s+(?:itself|here|now|then))?"
    rf"(?:\s*,|\s+{one_of(_SHELL_VERBS)}\b)"
)


#: "In each case, ...", "In both instances, ...", "In this case however, ...": see :data:`CASE_NOUNS`.
_CASE_BACK = re.compile(
    rf"[“‘\"']?(?i:{one_of(CASE_PREPOSITIONS)})\s+(?:{one_of(CASE_DETERMINERS)})\s+(?:{one_of(CASE_NOUNS)})"
    rf"(?:\s+(?:{one_of(CONNECTIVES)}))?\s*,"
)


#: "The first was ...", "The latter has ...": an ordinal alone as the subject (see :data:`ORDINAL_PRONOUNS`).
_ORDINAL_BACK = re.compile(rf"[“‘\"']?The\s+(?:{one_of(ORDINAL_PRONOUNS)})\s+(?:one\s+)?(?P<verb>[a-z]+)\b")


#: "In addition, ...", "On the other hand, ...": a connective of several words before a comma
#: (:data:`PHRASE_CONNECTIVES`), as an opening "However" reads the sentence against the one before.
_PHRASE_CONNECTIVE = re.compile(
    r"[“‘\"']?(?i:(" + "|".join(re.escape(p).replace("'", "['’]") for p in sorted(PHRASE_CONNECTIVES)) + r"))\s*,"
)


#: "When this happened, ...", "As these concern ...", "If that is the case, ...": a subordinator and a
#: demonstrative (in lower case: "As This Week's Guest" is a title's words).
_SUBORDINATE_BACK = re.compile(rf"[“‘\"']?(?i:{one_of(SUBORDINATORS)})\s+(this|that|these|those)\b(?:\s+([A-Za-z]+))?")


def cut_start(text: str) -> bool:
    """``text`` opens on a word all in lower case: "how others use the app, but ...", "or to
    identify a person.": the tail of a sentence the page cut (a line break, a link), no
    sentence of its own ("iPhone", "eBay" are not all lower case; a quotation mark first is
    not a cut)."""
    m = _LEADING_WORD.match(text)
    return m is not None and m.group(0).islower()


#: "One of the guards was ...", "Two of the crates, ...": a part of a group the article named
#: just before, its noun bare and followed by a verb or a comma (not by a phrase or a clause that
#: says which: "One of the guards who ...", "Some of the crates in the hall ...").
_PART_OF_THE = re.compile(r"[“‘\"']?([A-Za-z]+|\d+)\s+of\s+the\s+([a-z]+)(?=\s*,|\s+([a-z]+)\b)")


def _part_of(text: str) -> str | None:
    """ "All of this comes at a price.", "One of its first projects ...", "Two of them were hurt.",
    "8 of those cases ...": a part of what the sentence before said ("of this"), else None.
    Coverage: 1 BBC dev article (no score moves), 4 of the 111 training pages; kept: a closed
    class of English, and a blind review counted two such points majors. A count ("Two of them",
    "8 of those flights") leans the same way: 1 of the 60 real pages (saved), a blind review's major."""
    part = _PART_OF.match(text)
    if part is None or part.group(2).lower() not in PART_OF_REFERENTS:
        return _part_of_the_group(text)
    if part.group(1).lower() not in PART_WORDS and not part.group(1).isdigit():
        return None
    fired("keypoints.part_of_what_was_said")
    return f"of {part.group(2).lower()}"


def _part_of_the_group(text: str) -> str | None:
    """ "One of the guards was hurt.", "Two of the crates, each ..., were gone.": a part of a group
    the sentences before named ("the guards": which ones, only they tell), else None. Not a
    group the sentence says itself ("One of the guards who ...", "One of the crates in the hall"),
    nor one with a word before its noun ("One of the main reasons ...", "One of the world's ...":
    a superlative, a possessor).

    Coverage at the default count: 1 CNN/DailyMail dev article (a point beyond the three scored)
    and 2 of the 60 real pages (a jail's guards, a show's items; a blind review counted the second
    a major); at the harness's counts 1 CoNLL article and the 2 pages. Kept on 3 articles: a
    closed class of English, beside "One of them"."""
    m = _PART_OF_THE.match(text)
    if m is None or m.group(1).lower() not in PART_WORDS and not m.group(1).isdigit():
        return None
    noun = m.group(2)
    plural = noun in IRREGULAR_PLURALS or plural_ending(noun)
    if not plural or (m.group(3) or "").lower() in WHICH_ONES_WORDS:
        return None
    fired("keypoints.part_of_the_group")
    return "of the group"


def leans_back(text: str) -> str | None:
    """The opening word of ``text`` that needs the sentence before (lower case), or None.

    A connective ("But"), a personal pronoun ("He", "Its"), a demonstrative ("This", "That's"),
    but not a demonstrative that points at a time ("This week, ...").
    """
    phrase = _PHRASE_CONNECTIVE.match(text)
    if phrase is not None:
        # coverage: fires on 1 CNN/DM, 1 BBC and 1 CoNLL dev article; changes the points of the
        # CNN/DM one, 2 of the 60 real pages and 9 of the 111 training pages: the connective
        # dropped where the rest stands ("In addition, X." -> "X."), the sentence before joined
        # where it does not; a blind review counted such openings majors. BBC's extract mode,
        # scored on exact sentences, loses one (sentence precision on half a 0.713 -> 0.709); no
        # other score moves past 0.001
        fired("keypoints.phrase_connective")
        return phrase.group(1).lower().replace("’", "'")
    m = _FIRST_WORDS.match(text)
    if m is None:
        return _part_of(text)  # "8 of those flights ...": a count in figures
    word = m.group(1).lower().replace("’", "'")
    if word.endswith("'s") and word[:-2] in PERSONAL_PRONOUNS:
        word = word[:-2]  # "It's a long trip.", "He's back.": the pronoun, with its verb
    if word in CONNECTIVES or word in PERSONAL_PRONOUNS:
        return word
    if word in DEMONSTRATIVES and (m.group(2) or "").lower() not in TIME_NOUNS:
        return word
    part = _part_of(text)
    if part is not None:
        return part
    if TIME_BACK_OPENING.match(text) is not None:
        # "At the time, the yard employed 300.": which time, only the sentences before tell.
        # Such an opening stands in 2 CNN/DailyMail and 2 PolNeAR dev articles, 2 of the 60 real
        # pages and 2 training pages; it changes the points of 1 real page (both inputs: joined to
        # the sentence before) and 1 CNN/DailyMail article at the default count. Kept: a closed
        # class of English, and a blind review counted such a point a major. A time counted from
        # one told before ("The next year, ...", "That night, ...") stands in 1 PolNeAR article,
        # 1 real and 1 training page; it joins a spare of 1 real page (both inputs) to its
        # sentence before, which names the people its "them" stands for
        fired("keypoints.time_back")
        return "that time"
    if _CASE_BACK.match(text) is not None:
        # "In each case, the mayor backed the loser.": which cases, only the sentences before
        # tell. Such an opening stands in 1 CNN/DailyMail, 3 PolNeAR articles, 1 of the 60 real
        # pages and 4 of the 111 training pages; it changes the points of that real page (both
        # inputs: joined to the sentence before) and of the CNN/DailyMail article at the default
        # count. Kept: a closed class of English, and a blind review counted such a point a major
        fired("keypoints.case_back")
        return "the cases"
    ordinal = _ORDINAL_BACK.match(text)
    if ordinal is not None and ordinal["verb"] in COUNT_PRONOUN_VERBS:
        # "The first was the size of the crew.": the first of a list the sentences
        # before told. Such an opening stands in 1 BBC and 1 PolNeAR dev article and 2 training
        # pages; it changes the points of 1 training page (both inputs: passed over, a blind A/B
        # review's major). Kept: the closed class of "One is ..." (count_pronoun) below
        fired("keypoints.ordinal_back")
        return "the ordinal"
    if word in COUNT_PRONOUNS and (m.group(2) or "").lower() in COUNT_PRONOUN_VERBS:
        # "One is to stay public housing, another ...": one of what? Coverage: 1 BBC article, 1
        # training page; kept: a closed class of English, and a reviewer counted such a point a major
        fired("keypoints.count_pronoun")
        return word
    after = (m.group(2) or "").lower()
    if word == "all" and ((after in DEMONSTRATIVES and after != "such") or after in ALL_BACK_VERBS):
        # "All this came amid new claims ...", "All were freed in 1989.": all of what, or of whom,
        # only the sentences before tell (a blind review's majors on two BBC articles). Fires on
        # 2 BBC and 1 CoNLL article; at the default count it changes no dev brief built from the
        # text alone (the BBC brief built with its headline loses its "All this ..." point).
        # Kept under three: a closed class of English, as "This ..." is
        fired("keypoints.all_back")
        return after if after in DEMONSTRATIVES else word
    sub = _SUBORDINATE_BACK.match(text)
    if sub is not None and (sub.group(1) in ("that", "those") or (sub.group(2) or "").lower() not in TIME_NOUNS):
        # "When this became known, the minister resigned.": known what, only the sentences before
        # tell; so does "Until that day, ..."; not "Since this week, ..." (a time counted from
        # now). Such an opening stands in 5 PolNeAR and 2 BBC dev articles, 2 of the 60 real pages
        # and 11 training pages; it changes the points of 2 training pages (3 briefs) and 1
        # PolNeAR article ("Until that day ..."). Kept: a closed class of English, as "This ..."
        # is, and a blind review counted such a point ("As this concerns a citizen of ...") a major
        fired("keypoints.subordinate_back")
        return sub.group(1)
    return None


def group_back(text: str) -> str | None:
    """ "The two met in May.", "The teams were level at the break.": a bare "The" and a group's
    noun open the sentence and stand for those the sentences before named."""
    m = _THE_GROUP.match(text)
    if m is None or m.group(1) not in BACK_GROUP_NOUNS:
        m = _THE_WORD_GROUP.match(text)
        if m is None or m.group(1) not in BACK_GROUP_NOUNS:
            return _counted_group(text)
    fired("keypoints.group_back")
    return "the group"


def _counted_group(text: str) -> str | None:
    """ "Both sides said the talks went well.", "All 14 firms may now bid.", "The three suspects
    were freed.": a whole group, or a count of one, and a plural noun open the sentence: which
    sides, which firms, only the sentences before tell. Not "All firms must ..." (no count: a
    rule for all of them), nor a noun with its own phrase after it ("The three men who ...",
    "Both sides of the river ...").

    Coverage: 2 of the 60 real pages (both inputs: a count of the firms a contract now holds,
    joined after the sentence that names them, a blind review's major; a prisoner swap's "Both
    sides", passed over for the next point) and no dev article, where such an opening stands in
    sentences of 10 articles of all four corpora but in no key point. Kept under three: the
    closed class of :func:`group_back` ("The two met ..."), and a count or "Both" says the group
    was told before as plainly as "The teams" does."""
    m = _COUNTED_GROUP.match(text)
    if m is None or not m.group(1).endswith("s") or m.group(1).endswith("ss"):
        return None
    fired("keypoints.counted_group_back")
    return "the group"


def shell_back(text: str) -> str | None:
    """ "The answer, she suggests, is a wall.", "The result was a draw.", "The second problem is
    that ...": a bare "The", at most one word of order (:data:`SHELL_NOUN_ORDERS`) and a noun that
    stands for what the sentences before said (a shell noun, :data:`SHELL_NOUNS`) open the
    sentence, then a comma or a copula or auxiliary (:data:`_SHELL_VERBS`); which answer, which
    result, only they tell. "The result of the vote was ...", "The answer to the riddle ..."
    carry their own phrase and stand, and "The term limits bill passed." has no shell noun.

    Coverage: 1 CNN/DailyMail and 1 CoNLL dev article (a care home's "The hope is that ..."
    joined to the experiment it hopes of), 3 training pages; kept: a closed class of English,
    and a blind review counted each such point a major."""
    if _THE_SHELL.match(text) is None:
        return None
    fired("keypoints.shell_noun_back")
    return "the shell noun"


#: Words of a subject that count it among, or against, what the sentences before told: "Another
#: school ...", "Other towns ...", "A further 15m euros ...", "The same report ...". Not "former",
#: which says what someone was ("The former mayor said ..."), not what came before.
_MORE_WORDS = LEANING_ADJECTIVES - {"former"}
_MORE_BACK = re.compile(
    r"[“‘\"']?(?:(?:the|a|an)\s+)?(" + "|".join(sorted(_MORE_WORDS)) + r")\s+(?!than\b)[\w$£€]",
    re.IGNORECASE,
)


def more_back(text: str) -> str | None:
    """ "Another tool found ...", "Other nominees include ...", "The further discovery of the
    cells only deepened the mystery": the sentence opens on a subject that is one more of what the
    sentences before told (:data:`_MORE_WORDS`); alone, the key point does not say more than
    what. Joined after the sentence before when it stands and is no point yet; else the point
    stays as it is (:func:`.standalone.standalone`): one more of a kind the title or the points
    above name, a reader can place it, and passing it over lost facts ("Other candidates include
    ..."). Fires on 4 BBC, 4 CNN/DailyMail and 2 PolNeAR dev articles, 2 real pages and 4 training
    pages; it joins 1 CNN/DailyMail point ("Another tool, ..., sampled ..." after the tool before);
    no score moves. A sentence before that leans itself is no referent (an inner "however":
    :func:`.standalone._stands`): a real page's point stays alone, which a blind review read as
    dangling either way."""
    if _MORE_BACK.match(text) is None:
        return None
    fired("keypoints.more_back")
    return "one more"
