"""The nut graf: the sentence a little below a feature's opening that says its news.

A feature opens on a scene, an anecdote, background or a tease ("When the keeper unlocked the
aviary, she could not believe her eyes.") and says what happened a few sentences on ("Zoo
staff have bred the rare parrot in captivity for the first time, the zoo said."); the headline
says the same news. When the lede the bottom line would take reports no news, or shares almost
nothing with the headline, the sentence a few units further down that reports news and shares
clearly more with the headline is the bottom line instead. A straight news lede (news, and the
headline's words) stays whatever follows.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ...trace import fired
from .inner_reference import inner_reference
from .lede import reports_news
from .ranking import title_words
from .openings import leans_back

if TYPE_CHECKING:
    from ..text.analysis import Analysis
    from ..types import Unit

__all__ = ["states_the_headline", "nut_graf", "says_more_of_the_headline", "says_the_headline_better", "NUT_UNITS"]

#: How far down the nut graf is looked for: the article's first this many clean units.
NUT_UNITS = 6
#: A headline of fewer content words than this is too thin to match sentences on.
MIN_HEADLINE_TERMS = 3
#: A lede sharing less than this share of the headline's content words has little in common with it.
LITTLE_SHARED = 0.2
#: The nut graf shares at least this many more of the headline's words than the lede it replaces ...
MARGIN = 2
#: ... and at least this share of them ...
MIN_SHARED = 0.4
#: ... and at least this many.
MIN_SHARED_WORDS = 3
#: A unit sharing at least this share of the headline's content words states the headline's news
#: though it has no verb of news (see :func:`_states_the_headline`).
STATES_HEADLINE = 0.5


def nut_graf(analysis: "Analysis", clean: "list[Unit]", chosen: "Unit", fits: "Callable[[Unit], bool]") -> "Unit":
    """``chosen``, or the nut graf when ``chosen`` reports no news or has little in common with
    the headline (see the module): among the first NUT_UNITS ``clean`` units (the lede's own
    filter, in text order), the one after ``chosen`` that reports news, stands on its own (no
    "He ..." or "But ..." opening, no quotation) and ``fits`` the bottom line's length, sharing
    the most of the headline's content words, at least MARGIN more than ``chosen`` and at least
    MIN_SHARED (and MIN_SHARED_WORDS) of them; the earlier one on a tie. No unit that only says
    the headline again, or holds a stray quotation mark, is taken.

    Fires on 3 of the 111 training pages (a lead that is a cut-off fragment, a lead on a scene
    before the ban the headline reports, a general tease before the product news) and 1 of the
    53 English real pages (a framing lead before a car's launch); on no CNN/DailyMail article
    (the set has no headlines), no BBC or PolNeAR article (their leads are straight news).
    Looser settings (a lede "sharing little" below half the headline, or 8 units) swapped one
    training page's news lead for a side detail; bottom-line ROUGE-1 on CNN/DailyMail unchanged.
    A candidate whose subject leans on the sentence before after an opening phrase ("By then,
    these cells ...", :func:`.inner_reference.inner_reference`) is passed over: it changed one
    real page's pasted brief, where it would have replaced a clean standfirst."""
    headline = title_words(analysis.title or "")
    if len(headline) < MIN_HEADLINE_TERMS:
        return chosen
    have = _shared(chosen, headline)
    span = analysis.span(chosen.start, chosen.end)
    news = span is None or reports_news(span)
    if news and have >= LITTLE_SHARED * len(headline):
        return chosen
    best, best_shared = chosen, max(have + MARGIN, MIN_SHARED * len(headline), MIN_SHARED_WORDS)
    stated = False
    for u in clean[:NUT_UNITS]:
        if u.order <= chosen.order or u.quote_share >= 0.3 or u.text[:1] in "“‘\"'" or _stray_quote(u.text):
            continue
        if _repeats(u, headline):
            continue
        shared = _shared(u, headline)
        if shared < best_shared or (shared == best_shared and best is not chosen):
            continue
        if leans_back(u.text) is not None or inner_reference(analysis, u) is not None or not fits(u):
            continue
        other = analysis.span(u.start, u.end)
        if other is None:
            continue
        if reports_news(other):
            best, best_shared, stated = u, shared, False
        elif not news and _states_the_headline(shared, headline):
            best, best_shared, stated = u, shared, True
    if best is not chosen:
        fired("bottomline.nut_graf")
    if stated:
        # kept with 3 real pages (one corpus): a review's or a guide's verdict after a teaser
        # lead (a platform short of its promise, the advice a how-to gives, a deal list's topic);
        # the pages of the other corpora have no lead without news that a later sentence states
        # the headline of, and a lead with news never gives way to it
        fired("bottomline.nut_graf_states_headline")
    return best


def says_the_headline_better(analysis: "Analysis", lede: "Unit", other: "Unit") -> bool:
    """``lede`` shares at least MIN_SHARED of the headline's content words, and more of them
    than ``other``: a lede that states the headline in the present ("The year is set to be the
    warmest on record.") is the news though it has no verb of news, and keeps its place. Fires on
    2 of the 111 training pages (a forecast stated in the present, a police blotter's own
    description kept over its first entry) and 1 BBC article ("X is releasing ..."), all better
    by reading; no CNN/DailyMail article (no headlines)."""
    headline = title_words(analysis.title or "")
    if len(headline) < MIN_HEADLINE_TERMS or _repeats(lede, headline):
        return False
    have = _shared(lede, headline)
    return have >= MIN_SHARED * len(headline) and have > _shared(other, headline)


def says_more_of_the_headline(analysis: "Analysis", unit: "Unit", other: "Unit") -> bool:
    """``unit`` shares more of the headline's content words than ``other`` does, at least
    MIN_SHARED_WORDS of them, and is no repeat of the headline."""
    headline = title_words(analysis.title or "")
    if len(headline) < MIN_HEADLINE_TERMS or _repeats(unit, headline):
        return False
    have = _shared(unit, headline)
    return have >= MIN_SHARED_WORDS and have > _shared(other, headline)


def states_the_headline(analysis: "Analysis", unit: "Unit") -> bool:
    """``unit`` has STATES_HEADLINE of the headline's content words (at least MIN_HEADLINE_TERMS
    of them) and is no repeat of it: it says the headline's news in its own words."""
    headline = title_words(analysis.title or "")
    if len(headline) < MIN_HEADLINE_TERMS or _repeats(unit, headline):
        return False
    return _states_the_headline(_shared(unit, headline), headline)


def _states_the_headline(shared: int, headline: set[str]) -> bool:
    """A unit that has STATES_HEADLINE of the headline's content words says its news though in
    the present, with no verb of news ("Ferry fares rise by a fifth" over "The crossing now
    costs a fifth more than in May, ferry fares up across the line."): the news of a review, a
    test or a trend is often a state."""
    return shared >= STATES_HEADLINE * len(headline)


def _repeats(unit: "Unit", headline: set[str]) -> bool:
    """All of ``unit``'s content words are the headline's: the headline, or a deck under it,
    said again in the text ("Small group of donors pushes tally past record."), no news of its own."""
    return title_words(unit.text) <= headline


def _stray_quote(text: str) -> bool:
    """A quotation mark without its pair: a piece of a quotation cut off by the sentence split."""
    return text.count('"') % 2 == 1 or text.count("“") != text.count("”")


def _shared(unit: "Unit", headline: set[str]) -> int:
    """How many of the headline's content words ``unit`` has (as its terms or its words)."""
    return len(headline & (set(unit.terms) | title_words(unit.text)))
