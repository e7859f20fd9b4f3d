"""A quote whose attribution the writer hedges, given the sentence that hedges it as context.

*“We lost the keys,” the guard allegedly told a colleague.* The article does not say the guard
said it: prosecutors, a lawsuit or a newspaper do. Shown as “We lost the keys” — the guard, the
brief states as fact what the article reports as a claim. With the writer's sentence as the
quote's context (the "In the article:" line the templates show under it, as for a partial quote,
:mod:`.partial`), the reader sees the hedge.

A hedge is an adverb of :data:`~briefgen.lang.en.speech.HEDGING_ADVERBS` ("allegedly",
"reportedly") on a verb of saying, outside quotation marks, in the quote's own sentence, or in
the sentence before when the quote is a sentence of its own that goes on from it (*... she
reportedly wrote. “You will pay for it.”*).

Coverage: 2 CNN/DailyMail dev articles (a professor's and an author's words that "reportedly"
reached a broadcaster and a newspaper; 2 more write the adverb on a verb without a quote of
its own), 1 of the 60 real pages (a guard's words that prosecutors report, both inputs; a blind
review's major: an allegation shown as plain fact); no BBC, PolNeAR or CoNLL article writes
one. Kept under three articles of one corpus: it adds the writer's own sentence as context,
never changes a quote nor its speaker, and the adverbs are a closed class of English.
"""

from __future__ import annotations

from ...lang.en.speech import HEDGING_ADVERBS
from ...model import Span
from ...trace import fired
from ..text.analysis import Analysis
from ..types import QuoteSpan, Sentence
from .partial import MAX_CONTEXT_WORDS, closing_sentence
from .reporting import is_speech_verb

__all__ = ["hedged_context"]


def hedged_context(analysis: Analysis, quote: QuoteSpan, spans: list[QuoteSpan]) -> Span | None:
    """The span of the writer's sentences from the one that hedges ``quote``'s attribution (see
    the module; ``spans`` are all the article's quotes, whose words are no writer's) through the
    one the quote ends in; None when no sentence hedges it, or when they are longer than
    :data:`~.partial.MAX_CONTEXT_WORDS` words together."""
    text = analysis.text
    open_at = quote.open_mark if quote.open_mark is not None else quote.start
    close_at = quote.close_mark if quote.close_mark is not None else quote.end
    opening = analysis.sentence_at(open_at)
    closing = closing_sentence(analysis, quote)
    if opening is None or closing is None or closing.end < quote.end:
        return None
    hedging = [opening] if opening is closing else [opening, closing]
    stands_alone = not _has_letters(text[opening.start : open_at]) and not _has_letters(text[close_at : closing.end])
    if stands_alone and opening.index > 0:
        hedging.insert(0, analysis.sentences[opening.index - 1])
    start = next((s.start for s in hedging if _hedges(analysis, s, spans)), None)
    if start is None or len(text[start : closing.end].split()) > MAX_CONTEXT_WORDS:
        return None
    fired("quotes.hedged_attribution")
    return (start, closing.end)


def _has_letters(words: str) -> bool:
    return any(ch.isalpha() for ch in words)


def _hedges(analysis: Analysis, sentence: Sentence, spans: list[QuoteSpan]) -> bool:
    """``sentence`` has a hedging adverb on a verb of saying, outside the quotes ``spans``."""
    span = analysis.span(sentence.start, sentence.end)
    if span is None:
        return False
    return any(
        t.lower_ in HEDGING_ADVERBS and is_speech_verb(t.head) and not any(q.start <= t.idx < q.end for q in spans)
        for t in span
    )
