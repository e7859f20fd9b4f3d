"""The default engine: offline and deterministic, built on pysbd and spaCy's small English pipeline.

Each component reads the shared Analysis; the order matters only in that actors
use the quotes (speakers are actors) and key points use the actors (salience).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..errors import NoSentencesError
from ..lang.detect import reads_as_english
from ..model import Actor, Article, Brief, KeyPoint, holds_bottom_line, repeats_bottom_line
from ..nlp import load_pipeline
from ..trace import fired, unrecorded
from .actors import extract_actors, favour_bottom_line
from .base import Engine, EngineOptions, register_engine
from .keypoints import bottom_line, select_key_points
from .keypoints.bottomline import MAX_WORDS, BottomLine
from .keypoints.ranking import build_units
from .keypoints.introduced import introduced_first
from .keypoints.select import MAX_KEY_POINTS
from .keypoints.spelled_out import spell_out_in_line, without_spelled_out
from .keypoints.standalone import standalone
from .keypoints.voice import first_person_singular
from .questions import find_open_questions
from .quotes import extract_quotes
from .text.analysis import Analysis, analyse
from .text.limits import check_article_length

__all__ = ["DefaultEngine", "DefaultOptions"]

DEFAULT_KEY_POINTS = 5
#: Article lengths (words) past which the default brief gives one more key point, then two: a
#: reviewer of real pages counted a key fact absent from the brief as the most common major
#: defect, most often on long articles, whose sixth and seventh sentences by rank still say news.
LONGER_ARTICLE_WORDS = (600, 1000)
#: A point's span of at most this many words is a name it borrows, not one of its sentences.
NAME_SPAN_WORDS = 6


def default_key_points(words: int) -> int:
    """How many key points the brief of an article of ``words`` words gives when no number is
    asked for: 5, 6 past 600 words, 7 past 1,000."""
    return DEFAULT_KEY_POINTS + sum(words > limit for limit in LONGER_ARTICLE_WORDS)


def _extra_points_screened(points: list[KeyPoint]) -> list[KeyPoint]:
    """The points a longer article adds past DEFAULT_KEY_POINTS, without those with an "I"
    outside quotation marks: a blind review of the added points found the 6th and 7th points of
    interviews and statements printed without their marks to be first-person lines that name no
    speaker ("Frankly, I thought ..."). Coverage: 3 of 29 pages of that review."""
    extra = [p for p in points[DEFAULT_KEY_POINTS:] if not first_person_singular(p.text)]
    if len(extra) < len(points) - DEFAULT_KEY_POINTS:
        fired("keypoints.extra_first_person_dropped")
    return points[:DEFAULT_KEY_POINTS] + extra


def _words_of(text: str) -> str:
    """``text``'s words, case-folded, one space apart and one at each end (so that "in" finds
    whole words only: "Ana won." is not inside "Diana won.")."""
    return f" {' '.join(text.casefold().split())} "


def _said_in(point: KeyPoint, points: list[KeyPoint]) -> bool:
    """``point``'s words are those of one of ``points``, all inside one, or hold one's: a page
    that prints a sentence twice (a pull quote, a repeated line) gives it two spans."""
    words = _words_of(point.text)
    return any(words in (other := _words_of(q.text)) or other in words for q in points if q is not point)


def _distinct(points: list[KeyPoint]) -> list[KeyPoint]:
    """``points`` without one whose words another point says already (the first of two equal
    ones stays). Coverage: 2 PolNeAR articles, 1 CNN/DailyMail article and 1 training page when it
    came; no article of the harness's sets today;
    kept: the same point twice in a brief is a defect every reader sees."""
    said = [_words_of(p.text) for p in points]
    out: list[KeyPoint] = []
    for n, (p, words) in enumerate(zip(points, said)):
        if words in said[:n] or any(words in other and words != other for other in said):
            fired("keypoints.said_twice")
            continue
        out.append(p)
    return out


def _with_spare(
    analysis: Analysis, actors: list[Actor], points: list[KeyPoint], line: BottomLine, k: int
) -> list[KeyPoint]:
    """``points`` filled up so that a rendered brief shows ``k`` of them: a brief leaves out the
    point that repeats the bottom line (the lede sentence a bottom line was shortened from, most
    often), and a point joined to the sentence it leans on may be another point's sentence too, so
    the brief showed a point or two fewer than the article's length calls for, while blind reviews
    counted a key fact absent from the brief as their most common major. The spares are the next
    points of a selection that much longer, each sharing no sentence with the points or the bottom
    line; the points before them stay as they are (the JSON's first points are what the harness
    scores against the highlights), so the JSON may hold one more point than the brief shows.

    Adds a point to 235 of the 278 dev articles' briefs and 125 of the 164 English pages' (HTML
    input; 122 pasted), one point to most (the engine picks the lede for both), two or three
    where joins had merged points; the harness asks for an exact number and sees none. On the
    sign-off pages it adds, for instance, the second company's offer to a contract story."""
    points = _distinct(points)
    # the sentence the bottom line was cut from is shown when the cut took a clause (see
    # repeats_bottom_line), yet most of it is the bottom line again: it counts as a repeat here,
    # so a spare still comes (a blind A/B review preferred the spare's fact on 3 of 5 articles,
    # the cut clause's on the other 2; the brief now shows both)
    missing = k - sum(
        not (repeats_bottom_line(p, line.text, line.spans) or holds_bottom_line(p, line.spans)) for p in points
    )
    if missing <= 0:
        return points
    # a span of a few words that a point borrows for a name (a full name, a pronoun's referent)
    # is no sentence of it: the sentence it comes from may say more; a point of one short
    # sentence ("The vote is off.") is that sentence, which a spare must not repeat (it did on 4
    # of the 60 real pages, 3 training pages and a CNN/DailyMail, 2 CoNLL and a PolNeAR brief:
    # the same point twice, which a blind review found)
    taken = [
        (a, b)
        for p in points
        for a, b in p.spans
        if len(p.spans) == 1 or len(analysis.text[a:b].split()) > NAME_SPAN_WORDS
    ]
    taken += list(line.spans)
    out = list(points)
    # the selection just long enough first; when its new points share sentences with those kept
    # (a point joined to another), the longest one
    for size in sorted({min(k + missing, MAX_KEY_POINTS + 1), MAX_KEY_POINTS + 1}):
        for p in select_key_points(analysis, actors, size, most=MAX_KEY_POINTS + 1):
            if len(out) > MAX_KEY_POINTS or missing <= 0:
                return out
            if (
                p.spans
                and not any(a < d and c < b for a, b in p.spans for c, d in taken)
                and not _said_in(p, out)
                and not _leans_alone(analysis, p)
            ):
                fired("keypoints.spare")
                out.append(p)
                taken.extend(p.spans)
                missing -= 1
    return out


def _leans_alone(analysis: Analysis, point: KeyPoint) -> bool:
    """A spare whose first sentence leans on the sentence before it ("Roe was booked once for it,
    ...", also with a name put in for the surname and the next sentence joined after it): the
    longer selection kept it for the point that sentence is there, which is not among the brief's,
    so it would be read without its referent at the end of the list (a blind A/B review's major).
    Coverage (default count): 1 BBC and 1 PolNeAR dev article, 4 of the 60 real pages (6 briefs:
    a sports blog's "flagged once for it", a label's "The company says she ..." that a blind review
    counted a major) and 4 training pages; each such brief shows the next spare or one point
    fewer. The harness asks for a count and sees no spare."""
    first = next((sp for sp in point.spans if len(analysis.text[sp[0] : sp[1]].split()) > NAME_SPAN_WORDS), None)
    if first is None:
        return False
    units = build_units(analysis)
    at = next((n for n, u in enumerate(units) if u.end == first[1] and u.start <= first[0]), None)
    if at is None:
        return False
    unit, previous = units[at], units[at - 1] if at else None
    with unrecorded():  # the test the selection reads each point by (:func:`.keypoints.standalone.standalone`)
        alone = standalone(analysis, unit, previous, set(), inner=True)
    joined = (
        previous is not None
        and alone is not None
        and any(a <= previous.start and previous.end <= b for a, b in alone.spans)
    )
    if alone is not None and not joined:
        return False
    fired("keypoints.spare_leans_alone")
    return True


class DefaultOptions(EngineOptions):
    """Options of the default engine."""


@register_engine
class DefaultEngine(Engine):
    """Rule-based extractive engine."""

    name = "default"
    Options = DefaultOptions

    def summarize(self, article: Article) -> Brief:
        check_article_length(article.text)  # before spaCy and pysbd, whose time grows with the text
        return self._brief(article, analyse(article.text, article.title))

    def summarize_many(self, articles: Sequence[Article]) -> list[Brief]:
        """The briefs of ``articles``, the same as :meth:`summarize` of each, in order, from one
        ``nlp.pipe`` over all the texts instead of one pipeline call per article.

        The texts go to the pipe shortest first, so that a batch holds articles of about one
        length (a batch of mixed lengths costs spaCy more than one call per article). Every
        length is checked before the first parse; when articles fail, the error of the first
        one (in the order given) is raised.
        """
        for article in articles:
            check_article_length(article.text)
        order = sorted(range(len(articles)), key=lambda i: len(articles[i].text))
        docs = load_pipeline().pipe(articles[i].text for i in order)
        briefs: list[Brief | None] = [None] * len(articles)
        errors: dict[int, Exception] = {}
        for i, doc in zip(order, docs):
            try:
                briefs[i] = self._brief(articles[i], analyse(articles[i].text, articles[i].title, doc))
            except Exception as exc:  # raised below, the first in the caller's order
                errors[i] = exc
        if errors:
            raise errors[min(errors)]
        return [b for b in briefs if b is not None]

    def _brief(self, article: Article, analysis: Analysis) -> Brief:
        if not any(any(c.isalpha() for c in s.text) for s in analysis.sentences):
            raise NoSentencesError("the text holds no sentence to summarise")
        english = analysis.memoized("english", lambda: reads_as_english(article.text))  # (shared: keypoints.full_name)
        if not english:
            # the parse is English: on another language its names and clauses are junk, so
            # the brief keeps what reads the text itself (sentences, quotation marks) only.
            # coverage: no dev corpus article (all are English); fires on the 7 pages of the 60
            # real pages that are not (all 7 are the pages the set marks as not English), whose
            # briefs otherwise named junk actors; the benchmark's pages task runs no engine
            fired("lang.not_english")
        quotes = extract_quotes(analysis, speakers=english)
        actors = extract_actors(analysis, quotes, article.source) if english else []
        k = self.options.max_key_points or default_key_points(len(article.text.split()))
        key_points = select_key_points(analysis, actors, k, exact=self.options.max_key_points is not None)
        line = bottom_line(analysis, key_points)
        text, spans, spelled = spell_out_in_line(analysis, line.text, line.spans, MAX_WORDS)
        line = replace(line, text=text, spans=spans)
        key_points = without_spelled_out(key_points, spelled, analysis)
        if self.options.max_key_points is None:
            # (the spares too: a spare may introduce what a point above it names with "the")
            forms = [(a.name, *a.aliases) for a in actors if a.kind == "person"]
            key_points = introduced_first(
                analysis, _extra_points_screened(_with_spare(analysis, actors, key_points, line, k)), forms
            )
        return Brief(
            title=article.title,
            source=article.source,
            bottom_line=line.text,
            bottom_line_spans=list(line.spans),
            text=article.text,
            key_points=key_points,
            actors=favour_bottom_line(actors, line.text),
            quotes=quotes,
            open_questions=find_open_questions(analysis, actors) if english else [],
        )
