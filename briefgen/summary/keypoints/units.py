"""Candidate sentences for key points: units, clutter classes and run-on captions.

Everything here reads the shared Analysis (pysbd sentences + the one spaCy parse); nothing
re-parses the text. A *unit* is a sentence, or the last piece of a sentence into which page
captions ran without punctuation ("... a neighbour The price of bread has ..."), with an
optional leading dateline ("WASHINGTON (Reuters) - ", "(CNN) -- ") trimmed off. Unit spans
always index the cleaned text, so ``text[start:end] == unit.text``.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING

from ...lang.en.discourse import CLAUSE_OPENERS
from ...lang.en.speech import SAYING_FORMS
from ...trace import fired
from ..types import Sentence, Unit

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..text.analysis import Analysis

__all__ = ["build_units", "content_terms", "quoted_offsets", "quoted_ranges", "similarity", "trim_dateline"]

# --- classes of news-page clutter (whole unit is never a key point) -------------------------
_CLUTTER = re.compile(
    r"\b(?:click here|scroll down|sign up|subscribe|share this|share on|follow us|read more"
    r"|newsletter|all rights reserved|accepting comments|comments? (?:are|is) (?:closed|open)"
    r"|join the conversation|download the app|watch the video|loading \.\.\.|advertisement)\b"
    r"|\b(?:PUBLISHED|UPDATED|Last updated)\s*:|©|\(c\) \d{4}",
    re.IGNORECASE,
)
_BYLINE = re.compile(r"^(?:By|BY|From)\s+\.?\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*\.?\s*(?:$|\|)")
_CREDIT = re.compile(
    r"\((?:[^()]*\b(?:Photo|Photos|Getty|Getty Images|AP|Reuters|AFP|EPA|Shutterstock|Pool|Courtesy)\b[^()]*)\)\s*$"
    r"|^(?:Photo|Image|Picture|Credit|Caption|Video)s?\s*:",
)
# Marks of a photo caption inside a sentence: "(pictured)", "(left)", "(centre, in blue)".
_CAPTION_MARK = re.compile(
    r"\((?:[^()]*\b)?(?:pictured|left|right|centre|center|above|below|inset|top|bottom)\b[^()]*\)", re.I
)
# A caption headline opening a sentence: "Strictly business: Julia ...", "Wanted: Police ...".
_LABEL = re.compile(r"^[A-Z][\w'’-]*(?: [\w'’-]+){0,3}: (?=[A-Z])")
# A leading dateline: "WASHINGTON (Reuters) - ", "(CNN) -- ", "LONDON, England (CNN) --", "PARIS -- ",
# "OSLO ― " (a horizontal bar, U+2015, as some sites set the dash).
_DATELINE = re.compile(
    r"^(?:[A-Z][A-Z.'’-]+(?:[ ,]+[A-Z][A-Za-z.'’-]+){0,3}\s*)?\((?:[A-Z][\w.&'’-]*)(?: [A-Z][\w.&'’-]*){0,3}\)\s*(?:(?:--|[-—–―])\s*)?"
    r"|^[A-Z][A-Z.'’-]+(?:[ ,]+[A-Z][A-Za-z.'’-]+){0,3}"
    # a syndicated story's credit: "HARBOURNEWS via JTA — ", "KELMSBY via AP -- "
    r"(?:\s+via\s+[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,2})?\s+(?:--|[—–―-])\s+"
)
_LIST_ITEM = re.compile(r"^\(?\d{1,2}[.)]\s")
#: The mark of a list item as an extractor writes it ("- ", "* ", "• ") before the item's words.
_BULLET_MARK = re.compile(r"^[-*+•]\s+(?=\S)")
#: A table's row as ingest writes it, cells between bars: "| Harbour | 12 | 4% |".
_TABLE_ROW = re.compile(r"^\|(?:[^|\n]*\|){2,}$")
_TERMINAL = ".!?\"'”’)"
_CLOSERS = "\"'”’) "
# Closed-class words that can only be capitalised mid-sentence when a new sentence starts.
_OPENERS = frozenset(
    "the a an he she it they we this these those his her their its our my there but in on at "
    "after before when while as for with from without during despite although because if since "
    "however meanwhile now then yet some many most all both one two three".split()
)
_TITLE_LEADS = frozenset({"ADP", "DET", "CCONJ", "SCONJ", "PART", "AUX"})
#: Openers that start a sentence even after a capitalised word ("... on Monday The last ...").
_STRONG_OPENERS = frozenset({"the", "he", "she", "they", "it", "we"})
#: A quotation inside one sentence is at most this long: each opening mark with no closing one
#: after it ('"word "word "word ...') would otherwise scan to the end of the text, and a sentence
#: of such marks cost the square of its length (a pathological text took 3.3 times the work for
#: twice the text).
MAX_QUOTE_CHARS = 2_000
_QUOTE_SPAN = re.compile(
    r"(?:^|(?<=[\s(\[—–-]))[“\"‘'](?=\S)(.{1,%d}?)(?<=\S)[”\"’'](?=[\s,.;:!?)\]—–-]|$)" % MAX_QUOTE_CHARS
)


def trim_dateline(text: str) -> int:
    """Number of leading characters of ``text`` that are a dateline ('(CNN) -- ') and not the story."""
    m = _DATELINE.match(text)
    if not m or m.end() >= len(text) - 1:
        return 0
    rest = text[m.end() :]
    # the story must go on with a capitalised word or a quote, and the dateline must not eat a name
    return m.end() if rest[:1].isupper() or rest[:1] in "\"“‘'" else 0


def content_terms(tokens: "list[Token]") -> Counter:
    """Lower-cased lemmas of content words and numbers: what centrality and overlap count."""
    out: Counter = Counter()
    for t in tokens:
        if t.like_num:
            out[t.text.lower()] += 1
        elif t.is_alpha and not t.is_stop and len(t.text) > 1:
            out[t.lemma_.lower()] += 1
    return out


def similarity(a: Counter, b: Counter) -> float:
    """Cosine similarity of two term bags."""
    if not a or not b:
        return 0.0
    dot = sum(v * b.get(k, 0) for k, v in a.items())
    na = math.sqrt(sum(v * v for v in a.values()))
    nb = math.sqrt(sum(v * v for v in b.values()))
    return dot / (na * nb)


def _runon_cuts(analysis: "Analysis", s: Sentence) -> list[int]:
    """Character offsets inside ``s`` where a new sentence starts without punctuation before it.

    Page captions pasted into the text lose their full stop, so "... a neighbour The price of
    bread ..." is one pysbd sentence. A new sentence is recognised by a capitalised
    closed-class word, an opening quote, a capitalised subject that does not belong to the
    noun phrase before it, or the parser's own sentence start, right after a bare word.
    """
    span = analysis.span(s.start, s.end)
    if span is None:
        return []
    cuts = []
    text = analysis.text
    for t in span[1:]:
        prev = analysis.doc[t.i - 1]
        if t.idx <= s.start or t.idx >= s.end or not prev.whitespace_:
            continue
        capital = (t.is_title and not t.is_upper) or t.text == "A"
        if prev.text in "’'”\"" and capital and text[prev.idx - 1 : prev.idx] in ".!?":
            is_cut = True  # a quoted sentence that ends in '.’' and the next sentence pysbd missed
        elif prev.text in "’'”\"" and capital:
            is_cut = t.lower_ in _STRONG_OPENERS  # "... 'a big step' The new engine"
        elif not (prev.text[-1:].isalnum() or prev.text == ")") or (prev.is_upper and len(prev.text) > 1):
            continue  # after punctuation, or inside SHOUTING
        elif t.text in "‘'“\"":
            is_cut = _spoken_quote(text, t.idx, s.end) and prev.pos_ not in ("VERB", "AUX", "ADP", "DET")
        elif capital:
            # after a preposition or conjunction a capital starts a title: "in The Times", "and The"
            low = (prev.is_lower or prev.like_num or prev.text == ")") and prev.pos_ not in _TITLE_LEADS
            subject = t
            while subject.dep_ == "compound" and subject.head.i > subject.i:
                subject = subject.head
            is_cut = (
                low
                and (
                    t.lower_ in _OPENERS
                    or t.is_sent_start
                    # a capitalised participle after a noun: "... as they wait Drawing on old maps ..."
                    or (
                        t.lower_.endswith("ing")
                        and len(t.text) > 5
                        and prev.pos_ in ("NOUN", "ADJ", "ADV", "NUM", "PRON")
                    )
                    or (
                        prev.pos_ in ("NOUN", "ADJ", "ADV", "NUM")
                        and subject.dep_ in ("nsubj", "nsubjpass")
                        and subject.left_edge.i > prev.i
                        and not _reduced_relative(subject, prev)
                    )
                )
            ) or (t.lower_ in _STRONG_OPENERS and prev.is_title and not prev.is_stop and t.dep_ != "compound")
            if is_cut and subject.dep_ in ("nsubj", "nsubjpass") and _closes_an_aside(subject):
                is_cut = False
        else:
            is_cut = False
        if is_cut and len(text[s.start : t.idx].split()) >= 4 and len(text[t.idx : s.end].split()) >= 4:
            if _clause_opened_before(analysis, s.start, t):
                fired("units.runon_inside_clause")
                continue
            cuts.append(t.idx)
    return cuts


def _closes_an_aside(subject: "Token") -> bool:
    """A comma stands between the capitalised subject and its verb: "Fans of Harbour, the choir led
    by sisters Ann and Nora Lusk, fall into one of two camps": the comma closes an aside opened
    before the name, whose sentence runs on; a sentence of its own puts no comma there ("Ann and
    Nora Lusk fall ..."), nor does a caption run into the next ("... a neighbour The price of
    bread rose"). Not a comma that opens an aside of the name's own ("Ana Roe, 45, said").
    Coverage: 1 training page (a kept point and a bottom line that began mid-sentence, stating what
    the article does not: a blocker of the review); no dev article."""
    doc = subject.doc
    comma = subject.right_edge.i if subject.right_edge.text == "," else subject.right_edge.i + 1
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return False
    verb = doc[comma + 1]
    if verb.i != subject.head.i and not (verb.dep_ in ("aux", "auxpass", "neg") and verb.head.i == subject.head.i):
        return False
    fired("units.runon_aside_closed")
    return True


def _reduced_relative(subject: "Token", prev: "Token") -> bool:
    """The capitalised subject's verb is a relative clause of the noun right before it, with no
    object of its own, in a past, perfect or future tense: "the perks the ferry pass will bring
    to islanders", "the reforms Norland has presented" (the reforms that it has presented), one
    sentence, not a caption run into the next; a caption tells its picture in the present
    ("... the trophy Ana Roe poses with her team")."""
    verb = subject.head
    if verb.dep_ != "relcl" or verb.head.i != prev.i or any(c.dep_ == "dobj" for c in verb.children):
        return False
    if subject.pos_ in ("PRON", "DET"):
        return False  # "... in the final round That will change now": a capitalised pronoun opens a sentence
    present = verb.tag_ in ("VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.lemma_ == "be" and c.tag_ in ("VBZ", "VBP") for c in verb.children
    )
    if present:
        return False  # "... the pecking order Ana Roe poses for a photo": a caption's present tense
    fired("units.runon_reduced_relative")
    return True


def _clause_opened_before(analysis: "Analysis", start: int, t: "Token") -> bool:
    """The clause ``t`` starts was opened before it by a subordinator with no verb of its own
    yet: "... has revealed that the hat she wears in the comedy Nightfall was bought ...", "it
    is thought that soon Acme will ...". The capital continues that clause; it starts no new
    sentence. A finite verb after the subordinator ("says that she is fit 'I began ...'") closes
    it; a relative clause's ("the hat she wears") does not.

    Fires on 1 CNN/DailyMail, 1 BBC and 7 PolNeAR dev articles, 2 of the 60 real pages and 3
    of the 111 training pages (pasted); each of the 14 cuts it stops, read, was inside one
    sentence. A subordinator that is also a preposition ("after the match Lusk ...") is not
    counted: a caption can end on one."""
    span = analysis.span(start, t.idx)
    before = [w for w in span if w.i < t.i] if span is not None else []
    marks = [n for n, w in enumerate(before) if w.dep_ == "mark" and w.lower_ in CLAUSE_OPENERS]
    return bool(marks) and not any(_finite_clause(w) for w in before[marks[-1] + 1 :])


def _finite_clause(w: "Token") -> bool:
    """``w`` is the verb of a clause with a subject that is not a relative clause."""
    return w.pos_ in ("VERB", "AUX") and w.dep_ != "relcl" and any(c.dep_ in ("nsubj", "nsubjpass") for c in w.children)


_CLOSE = re.compile(r"[.,!?][’'”\"](?=\s|$)")
_SAYS = re.compile(r"^\s*(?:\S+\s+){0,2}(?:" + "|".join(SAYING_FORMS) + r")\b")


def _spoken_quote(text: str, at: int, end: int) -> bool:
    """True when the quote opening at ``at`` is a spoken sentence: it closes after punctuation
    and either ends the sentence or is followed by an attribution ('..., she said')."""
    if not text[at + 1 : at + 2].isupper():
        return False
    m = _CLOSE.search(text, at + 1, end + 1)
    if m is None or len(text[at : m.end()].split()) < 4:
        return False
    return m.end() >= end or bool(_SAYS.match(text[m.end() : end]))


def quoted_ranges(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Character ranges of ``text`` inside quotation marks (the marks left out), shifted by
    ``offset`` (where ``text`` starts in the article, for article offsets)."""
    return [(m.start(1) + offset, m.end(1) + offset) for m in _QUOTE_SPAN.finditer(text)]


def quoted_offsets(analysis: "Analysis", start: int, end: int):
    """A test for offsets of ``text[start:end]`` that lie inside quotation marks."""
    start = max(0, start)
    inside = quoted_ranges(analysis.text[start:end], start)
    return lambda offset: any(a <= offset < b for a, b in inside)


def _quote_share(text: str) -> float:
    inside = sum(b - a for a, b in quoted_ranges(text))
    return inside / max(1, len(text))


def _normal(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def build_units(analysis: "Analysis") -> list[Unit]:
    """Every sentence as a candidate unit, with run-on captions split off and clutter marked.

    Built once per analysis (key points, the bottom line and open questions all read
    them); each caller gets its own copies, since ranking sets their terms and scores.
    """
    return [replace(u) for u in analysis.memoized("ranking.units", lambda: _build_units(analysis))]


def _build_units(analysis: "Analysis") -> list[Unit]:
    units: list[Unit] = []
    per_paragraph = Counter(s.paragraph for s in analysis.sentences)
    title = _normal(analysis.title or "")
    for s in analysis.sentences:
        cuts = _runon_cuts(analysis, s)
        bounds = [s.start, *cuts, s.end]
        pieces = list(zip(bounds[:-1], bounds[1:]))
        for n, (a, b) in enumerate(pieces):
            text = analysis.text[a:b].rstrip()
            b = a + len(text)
            skip = trim_dateline(text) if a == s.start else 0
            marker = _BULLET_MARK.match(text[skip:]) if a == s.start else None
            if marker:
                # "- Retiring early takes discipline.": an extractor's mark of a list item, no word
                skip += marker.end()
            a, text = a + skip, text[skip:]
            unit = Unit(a, b, text, s)
            # a piece before a run-on boundary without its own full stop is a caption
            unit.caption = (n < len(pieces) - 1 and text[-1:] not in _TERMINAL) or bool(
                _LABEL.match(text) and n == 0 and len(pieces) > 1
            )
            _classify(unit, alone=len(pieces) == 1 and per_paragraph[s.paragraph] == 1)
            if _in_table_row(analysis.text, a, b):
                unit.clutter = True
            if title and _normal(text) == title:
                unit.clutter = True  # the headline repeated in the text is not a point of the story
            units.append(unit)
    if title:
        # a headline of two sentences ("Town wins the cup. Again.") is its whole paragraph
        by_paragraph: dict[int, list[Unit]] = {}
        for u in units:
            by_paragraph.setdefault(u.sentence.paragraph, []).append(u)
        for group in by_paragraph.values():
            if len(group) > 1 and _normal(" ".join(u.text for u in group)) == title:
                for u in group:
                    u.clutter = True
    _return_closing_quotes(analysis.text, units)
    _rejoin_datelines(analysis.text, units)
    for i, u in enumerate(units):
        u.order = i
    return units


def _in_table_row(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` stands in a table's row ("| Harbour | 12 | 4% | Reopened in May. |"):
    a cell of figures or labels, never a sentence of the story, so no key point nor bottom line.
    Ingest writes a row so from a saved page's table, a pasted page's columns and a Markdown
    table. Fires on 7 of the 111 training pages and 1 of the 60 real pages (player statistics,
    product specifications, a list of members of parliament), no dev article (none has a table);
    kept: a sign-off review found a table's row as a bottom line and as key points."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end].strip()
    if not _TABLE_ROW.match(line):
        return False
    fired("keypoints.table_row")
    return True


_OPENING_CLOSER = re.compile(r"^[’”'\"]\s+")


def _return_closing_quotes(text: str, units: list[Unit]) -> None:
    """Give a closing quotation mark that the splitter left at the start of the next sentence
    ("’ The manager said ...") back to the quoted sentence it closes."""
    for prev, unit in zip(units, units[1:]):
        m = _OPENING_CLOSER.match(unit.text)
        if m is None or text[prev.end : unit.start].strip():
            continue
        mark = unit.text[0]
        if mark in "'\"" and prev.text.count(mark) % 2 == 0:
            continue  # a straight quote that opens nothing in the sentence before
        prev.end = unit.start + 1
        prev.text = text[prev.start : prev.end]
        unit.start += m.end()
        unit.text = text[unit.start : unit.end]


#: A dateline the splitter cut at its abbreviation: "NEWPORT NEWS, Va." then "- In a tradition ...".
_CUT_DATELINE = re.compile(r"^[A-Z][A-Z.'’]+(?: [A-Z][A-Z.'’]+)*,(?: [A-Z][a-z]*\.){1,2}$")
_DASH_LEAD = re.compile(r"^(?:--|[—–―-])\s+(?=\S)")


def _rejoin_datelines(text: str, units: list[Unit]) -> None:
    """A dateline pysbd split off at a state abbreviation is clutter, and the dash it
    leaves at the head of the story's first sentence goes with it."""
    for prev, unit in zip(units, units[1:]):
        m = _DASH_LEAD.match(unit.text)
        if m is None or not _CUT_DATELINE.match(prev.text) or prev.sentence.paragraph != unit.sentence.paragraph:
            continue
        prev.clutter = True
        unit.start += m.end()
        unit.text = text[unit.start : unit.end]


def _classify(unit: Unit, alone: bool = False) -> None:
    """Mark clutter and captions, and set the penalty; ``alone``: the unit is a whole line."""
    text = unit.text
    words = text.split()
    unit.words = len(words)
    alpha = sum(1 for w in words if any(c.isalpha() for c in w))
    if _CLUTTER.search(text) or _BYLINE.match(text) or _CREDIT.search(text) or alpha < 3:
        unit.clutter = True
    elif text.isupper() and alpha < 8:  # a dateline or section label on its own
        unit.clutter = True
    penalty = 0.0
    if _CAPTION_MARK.search(text) or _LABEL.match(text):
        penalty += 0.5
    if _LIST_ITEM.match(text):
        penalty += 0.5
    if text.rstrip(_CLOSERS).endswith("?"):
        unit.question = True  # a subheading of an explainer, or a question the story asks: no point
    if text[-1:] not in _TERMINAL:
        penalty += 0.3  # no full stop: a heading, a caption or a cut-off line
        if alone:
            unit.caption = True  # a line of its own without a full stop is a heading, not a point
    unit.quote_share = _quote_share(text)
    unit.penalty = penalty
