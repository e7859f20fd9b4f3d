"""Partial quotes: words quoted inside the writer's own sentence, given that sentence as context.

News often quotes a fragment within its own sentence: *The mayor called the levy “a tax on
every family that drives to work.”* Shown alone, “a tax on every family that drives to work.”
reads as a cut quote; with the sentence it is whole. A quote is partial when it opens in lower
case and the writer's words stand before its opening mark in the same sentence. The context is
that sentence (through the one the quote closes in), unless it is too long to show.

:func:`quote_kind_with_speaker` tells a statement from a term once the speaker is known: a few
words quoted inside the writer's sentence, whoever said them (the toll “looks more like sixty
boats”, she said), are a fragment; longer words quoted inside the writer's sentence that the
article credits to no one ("asked whether the board would “hold its hands up” and resign") are
the writer's phrase, a scare quote, not a statement of anyone's; so is a title in capitals
credited to no one ("“Songs From the Harbour Wall” topped the chart"). Block-quoted as a
statement, each reads as a quote cut mid-sentence or as a scare quote taken for a statement.
"""

from __future__ import annotations

import re
from typing import Literal

from ...lang.en.speech import HYPOTHETICAL_AUXILIARIES, THOUGHT_VERBS
from ...model import Span, quote_kind
from ...trace import fired
from ..text.analysis import Analysis
from ..types import QuoteSpan, Sentence
from .reporting import is_speech_verb
from .titles import is_title, names_a_work

#: A context longer than this is not shown: the quote alone is better than a paragraph.
MAX_CONTEXT_WORDS = 50
#: A quote of at most this many words inside the writer's sentence is a fragment, not a statement.
FRAGMENT_MAX_WORDS = 8
#: A sentence too long to show is shown all the same when its words outside the quote are at most
#: this many: the quote itself is long, and what the writer adds is who said it to whom, and why
#: (renderers shorten the quote inside such a line: :data:`briefgen.rendering.filters.CONTEXT_LINE_WORDS`).
MAX_WRITER_WORDS = 25


def _opening_sentence(analysis: Analysis, quote: QuoteSpan) -> Sentence | None:
    """The writer's sentence the quote opens inside: the quote opens in lower case and the
    writer's words stand before its opening mark in that sentence; None otherwise (a quote that
    opens the sentence stands alone: the words around it add nothing)."""
    text = analysis.text
    first = next((ch for ch in text[quote.start : quote.end] if ch.isalpha()), "")
    if not first.islower() or quote.open_mark is None:
        return None
    opening = analysis.sentence_at(quote.open_mark)
    if opening is None or not any(ch.isalpha() for ch in text[opening.start : quote.open_mark]):
        return None
    return opening


#: Words that point outside the quote when they open it ("It will ...", "Could it ...").
_POINTING = frozenset({"it", "this", "that", "these", "those", "they", "them", "he", "she", "him", "her"})
#: The quote's first words read for one (a question's or a clause's opener before it: "Could it").
POINTING_WITHIN = 2
#: The writer's words before the opening mark that can hold the referent: more than "Ana Roe said,".
MIN_LEAD_WORDS = 6


def _leaning_sentence(analysis: Analysis, quote: QuoteSpan) -> Sentence | None:
    """The writer's sentence a whole quote stands in when one of the quote's first words points
    outside it and the sentence opens on a participle's clause that says at what: 'Noting that a
    moss can live on bare rock, Roe asked, “Could it grow on the Moon?”', 'Asked about the new
    ferry, Roe said: “It will be late.”'. Shown alone, the quote's "it" points at nothing. None
    when the quote names what it means first, or the words before it are the attribution and
    what else the writer said (a run-in caption, the sentence before a quote of several).

    Coverage: 1 of the 60 real pages and 1 of the 111 training pages, no dev article. Kept under
    three: it adds the writer's own sentence as the context partial quotes have, never changes a
    quote or its speaker, and a bare "Could it ...?" was a major of the sign-off review. Without
    the participle it fired on 19 dev articles, but there the words before the quote were often
    the sentence before a quote of several, or a caption run into the text, which say nothing of it."""
    if quote.open_mark is None:
        return None
    text = analysis.text
    first = re.findall(r"[A-Za-z’']+", text[quote.start : quote.end])[:POINTING_WITHIN]
    if not any(w.lower() in _POINTING for w in first):
        return None
    opening = analysis.sentence_at(quote.open_mark)
    if opening is None or len(text[opening.start : quote.open_mark].split()) < MIN_LEAD_WORDS:
        return None
    span = analysis.span(opening.start, quote.open_mark)
    lead = next((t for t in span if t.is_alpha), None) if span is not None else None
    if lead is None or lead.tag_ not in ("VBG", "VBN"):
        return None  # only a participle's clause before the speaker says what the quote means
    fired("quotes.pointing_context")
    return opening


def closing_sentence(analysis: Analysis, quote: QuoteSpan) -> Sentence | None:
    """The sentence the quote ends in (its closing mark's, else its last character's)."""
    return analysis.sentence_at(max(quote.start, (quote.close_mark or quote.end) - 1))


def partial_context(analysis: Analysis, quote: QuoteSpan) -> Span | None:
    """The span of the writer's sentence around a partial quote, or around a whole one whose first
    words point at what the writer's words before it say (:func:`_leaning_sentence`); None when
    the quote stands alone."""
    text = analysis.text
    opening = _opening_sentence(analysis, quote) or _leaning_sentence(analysis, quote)
    closing = closing_sentence(analysis, quote)
    if opening is None or closing is None or closing.end < quote.end:
        return None
    if len(text[opening.start : closing.end].split()) > MAX_CONTEXT_WORDS:
        start = _clause_start(text, opening.start, quote.open_mark)
        if start is None or len(text[start : closing.end].split()) > MAX_CONTEXT_WORDS:
            if _writers_words(text, quote, opening.start, closing.end) <= MAX_WRITER_WORDS:
                # 'A spokesman for the agency told reporters that it is “working with the
                # councils of the three valleys, who ... [forty words] ...”': the sentence is long
                # because the quote is, and the writer's words before it are what makes the cut
                # quote whole (a quote that opens mid-sentence shown alone was a major of the
                # sign-off review). Coverage: 8 quotes of 6 PolNeAR dev articles (interviews'
                # long answers, the second part of a quote split by its "..., he said, “and"), 1
                # of the 60 real pages (both inputs: a spokesman's answer to the site) and 1 of the
                # 111 training pages
                fired("quotes.long_quote_context")
                return (opening.start, closing.end)
            fired("quotes.partial_too_long")
            return None
        # "While more than ... and ..., the agency must now “redouble its efforts”, Roe said.":
        # the sentence is too long to show, its clause that holds the quote is not (shown after
        # an ellipsis; a quote cut mid-sentence and shown alone was a major of the sign-off review).
        # Coverage: 2 CNN/DailyMail and 3 PolNeAR articles, 6 of the 111 training pages
        fired("quotes.partial_clause")
        return (start, closing.end)
    fired("quotes.partial_context")
    return (opening.start, closing.end)


def _writers_words(text: str, quote: QuoteSpan, start: int, end: int) -> int:
    """How many of ``text[start:end]``'s words are the writer's: outside the quote's marks."""
    before = text[start : quote.open_mark if quote.open_mark is not None else quote.start]
    after = text[quote.close_mark if quote.close_mark is not None else quote.end : end]
    return len(before.split()) + len(after.split())


#: Where a clause of the writer's sentence begins: after a comma, a semicolon, a colon or a dash.
_CLAUSE_BREAK = re.compile(r"(?:[,;:]|\s[—–-])\s+")
#: The fewest words of the writer's the clause holds before the quote's opening mark.
MIN_CLAUSE_WORDS = 2


def _clause_start(text: str, start: int, open_mark: int | None) -> int | None:
    """Where the last clause of ``text[start:open_mark]`` begins that holds at least
    :data:`MIN_CLAUSE_WORDS` words before the mark, at a break outside quotation marks; None
    when there is none."""
    if open_mark is None:
        return None
    lead = text[start:open_mark]
    for m in reversed(list(_CLAUSE_BREAK.finditer(lead))):
        clause = lead[m.end() :]
        if clause.count("”") > clause.count("“") or clause.count('"') % 2:
            continue  # the break is inside a quotation before this one ("“In May, we ...,” but ...")
        if len(clause.split()) >= MIN_CLAUSE_WORDS:
            return start + m.end()
    return None


def quote_kind_with_speaker(
    analysis: Analysis, quote: QuoteSpan, speaker: str | None, spans: list[QuoteSpan]
) -> Literal["statement", "term"]:
    """The quote's kind (:func:`briefgen.model.quote_kind`), and "term" too for a fragment of at
    most :data:`FRAGMENT_MAX_WORDS` words inside the writer's sentence, whoever said it
    (:func:`_writers_phrase`, :func:`_runs_on`), and for a longer quote that no one is credited
    with when it is a title in capitals (:func:`is_title`) or a phrase of the writer's sentence."""
    quoted = analysis.text[quote.start : quote.end]
    kind = quote_kind(quoted)
    if kind == "term" or quote.label is not None:
        return kind
    words = len(quoted.split())
    if listed_example(analysis.text, quote):  # (a short line: it bounds its words itself)
        # 'comments including “Go home now”', 'signs such as “No more cuts.”': the writer's
        # examples of what people wrote or chanted, no statement of the sentence's subject
        fired("quotes.listed_example")
        return "term"
    phrase = _writers_phrase(analysis, quote, spans)
    if words <= FRAGMENT_MAX_WORDS and (phrase or _runs_on(analysis.text, quote)):
        # "... the toll “looks more like sixty boats”, Roe said": a few words of someone's, inside
        # the writer's sentence; block-quoted as a statement it reads as a quote cut mid-sentence.
        # coverage: 77 dev articles (17 CNN/DM, 11 BBC, 43 PolNeAR, 6 CoNLL), 42 pages
        fired("quotes.short_fragment")
        return "term"
    if speaker is not None:
        return kind
    if is_title(quoted) or names_a_work(analysis.text, quote):
        # coverage: 16 dev articles (5 CNN/DM, 1 BBC, 7 PolNeAR, 3 CoNLL), 8 pages (songs, books,
        # shows, a slogan)
        fired("quotes.title_is_term")
        return "term"
    if phrase:
        # coverage: 10 dev articles (6 CNN/DM, 4 PolNeAR), 16 pages
        fired("quotes.unattributed_phrase")
        return "term"
    if _imagined(analysis, quote):
        fired("quotes.imagined_words")
        return "term"
    return kind


def _imagined(analysis: Analysis, quote: QuoteSpan) -> bool:
    """Words credited to no one that the writer imagines: the verb right before the opening mark
    is one of thought ('the crowd shrugs and thinks, “Just vote.”', 'you may be thinking, “...”'),
    of saying under "will", "would", "might" ... ('the town will cover its ears and shout,
    “...”'), "as if to say" or said by the reader ('when you say, “...”'). Block-quoted as a
    statement with no speaker, such words read as someone's; they stay among the quoted terms.

    Coverage: 1 of the 60 real pages (both inputs: a column's two imagined cries, a blind
    review's major) and 4 of the 111 training pages (a look "as if to say", a sudden thought, the
    reader's thought, the reader's line, a writer's remembered thought); no dev article (news
    quotes what people said). Kept: a closed class of English, and only for a quote no one is
    credited with."""
    if quote.open_mark is None:
        return False
    sentence = analysis.sentence_at(quote.open_mark)
    span = analysis.span(sentence.start if sentence else max(0, quote.open_mark - 200), quote.open_mark)
    words = [t for t in span if not t.is_punct and not t.is_space and t.idx < quote.open_mark] if span else []
    if not words or words[-1].pos_ not in ("VERB", "AUX"):
        return False
    verb = words[-1]
    if verb.lemma_.lower() in THOUGHT_VERBS:
        return True
    if not is_speech_verb(verb):
        return False
    before = [t.lower_ for t in words[-4:-1]]
    if before == ["as", "if", "to"]:
        return True
    heads = [verb]
    while heads[-1].dep_ in ("conj", "dep") and heads[-1].head.pos_ in ("VERB", "AUX") and len(heads) < 4:
        # "will fall silent, cover its ears and shout": the first verb's (the small parser may
        # hang a middle verb of the series as "dep")
        heads.append(heads[-1].head)
    if any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUXILIARIES for h in heads for c in h.children):
        return True
    return any(c.dep_ == "nsubj" and c.lower_ == "you" for h in heads for c in h.children)


#: The words that list examples right before an opening mark: 'messages such as “...”'.
_EXAMPLE_LEAD = re.compile(r"\b(?:such\s+as|including|like)\s*$", re.IGNORECASE)
#: An example the writer lists is a short line: a comment, a sign, a chant, a title.
EXAMPLE_MAX_WORDS = 15


def listed_example(text: str, quote: QuoteSpan) -> bool:
    """The quote's opening mark comes right after "such as", "including" or "like", or after
    "and" or a comma that go on such a list ('such as “Eat less” and “Go home.”'), and it is a short
    line (:data:`EXAMPLE_MAX_WORDS`)."""
    if quote.open_mark is None or len(text[quote.start : quote.end].split()) > EXAMPLE_MAX_WORDS:
        return False
    before = text[max(0, quote.open_mark - 200) : quote.open_mark]
    while True:
        before = before.rstrip()
        if _EXAMPLE_LEAD.search(before):
            return True
        # the item before on the same list: 'such as “Eat less” and “Go home.”'
        m = re.search(r"[”\"](?:\s*,)?\s*(?:and|or|,)$", before)
        if m is None:
            return False
        opening = max(before.rfind("“", 0, m.start()), before.rfind('"', 0, m.start()))
        if opening < 0:
            return False
        before = before[:opening]


#: A comparison before an opening mark: 'the tools are like “bombs you cannot use”' (the subject's
#: own words, no example of others').
_COMPARISON_LEAD = re.compile(
    r"\b(?:is|are|was|were|be|been|'re|’re|'s|’s|looks?|looked|sounds?|sounded|feels?|felt|seems?|seemed)\s+like\s*$",
    re.IGNORECASE,
)


def compared(text: str, quote: QuoteSpan) -> bool:
    """The quote's opening mark comes right after a comparison ("are like", "sounds like")."""
    return (
        quote.open_mark is not None
        and _COMPARISON_LEAD.search(text[max(0, quote.open_mark - 40) : quote.open_mark].rstrip()) is not None
    )


def _runs_on(text: str, quote: QuoteSpan) -> bool:
    """The writer's sentence goes on right after the closing mark with a word in lower case, and
    no comma or full stop inside the marks ends what was said: “We're like every other port”
    trying to stay open (not “We will,” she said: the comma closes the statement)."""
    if quote.close_mark is None:
        return False
    inside = text[quote.start : quote.close_mark].rstrip("”\"'’»")
    if inside[-1:] in {".", ",", "!", "?", "…", ";", ":"}:
        return False
    after = text[quote.close_mark : quote.close_mark + 30].lstrip(" ")
    return after[:1].isalpha() and after[:1].islower() and not after.startswith(("said", "says", "added", "adds"))


def _writers_phrase(analysis: Analysis, quote: QuoteSpan, spans: list[QuoteSpan]) -> bool:
    """The quote opens in lower case after the writer's words in its sentence, and is not the
    second part of a quote split by its reporting clause (“We will,” he said, “rebuild it.”):
    no other quote closes earlier in that sentence, or the one right before is of a list with it
    ('who “boasted ...,” “broke ...,” and “named ...”': :data:`_LIST_GAP`; coverage of the list
    case: 3 PolNeAR dev articles, 1 training page, no speaker score moves)."""
    opening = None if quote.continued else _opening_sentence(analysis, quote)
    if opening is None or quote.open_mark is None:
        return False
    before = [
        other
        for other in spans
        if other is not quote and other.close_mark is not None and opening.start <= other.start < quote.start
    ]
    if not before:
        return True
    # the quote right before: one of a list with this one, or the first part of a split quote
    last = max(before, key=lambda other: other.close_mark or 0)
    return _LIST_GAP.fullmatch(analysis.text[last.close_mark : quote.open_mark]) is not None


#: Between two quoted phrases of one list: 'who “boasted ...,” “broke ...,” and “named ...”'
#: (a comma, "and", "or"), no reporting clause ('“We will,” he said, “rebuild it.”').
_LIST_GAP = re.compile(r"[\s,;]*(?:\b(?:and|or)\b)?[\s,;]*")
