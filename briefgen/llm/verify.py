"""Verification, run on every answer: what the article does not support is dropped, and counted by check.

* **Claims** (bottom line, key points, open questions) must cite 1 to
  ``max_citations`` sentences that exist and were shown to the model
  (``citation``); every number, date and name in them must be in the cited
  sentences and most of their content words too, and they must not deny what
  those sentences say (``numbers``, ``negation``, ``dates``, ``names``,
  ``support``, see :mod:`.claims`); a bottom line has at most 30 words
  (``length``), a question ends with a question mark (``question``).
* **Quotes** must occur in the article word for word, quotation marks and
  whitespace normalised (``quote_verbatim``), between quotation marks (or where
  the default engine found a quote: ``quote_marks``), outside withheld sentences
  (``withheld``); each gets its real span.
* **Speakers** must be named in the article, near the quote (its sentence, the
  two before, the one after); when the default engine attributes the same quote
  to someone else, the model's speaker stands only if it is named in the quote's
  own sentence and the other is not. A speaker that fails is replaced by the
  default engine's (``speaker``); the quote stays.
* **Actors** must be named in the article (``actor``); a **role** must be in a
  sentence that names the actor, otherwise the default engine's role replaces
  it (``role``).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..model import Actor, Brief, KeyPoint, OpenQuestion, Quote
from ..trace import fired
from .answer import Answer, AnswerActor, AnswerQuote, Cited
from .claims import claim_problem, lower_words
from .prompt import MAX_BOTTOM_LINE_WORDS, Prompt
from .spans import ArticleText, normalise
from .summary_api import Sentence

__all__ = ["Verified", "verify"]


@dataclass
class Verified:
    """The items of an answer that passed, and how many failed which check."""

    bottom_line: str | None = None
    key_points: list[KeyPoint] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    #: the default engine's actors the model's actors stand for (not to be added again)
    matched_actors: list[Actor] = field(default_factory=list)
    open_questions: list[OpenQuestion] = field(default_factory=list)
    proposed_key_points: int = 0
    proposed_questions: int = 0
    dropped: Counter[str] = field(default_factory=Counter)


def _tokens(name: str) -> set[str]:
    return {t for t in normalise(name).casefold().replace(".", " ").split() if t}


def same_actor(name: str, actor: Actor) -> bool:
    """Whether ``name`` names ``actor``: its name or an alias, or the one's words within the other's."""
    mine = _tokens(name)
    for other in (actor.name, *actor.aliases):
        theirs = _tokens(other)
        if mine and theirs and (mine <= theirs or theirs <= mine) and any(len(t) >= 3 for t in mine & theirs):
            return True
    return False


class _Verifier:
    def __init__(self, prompt: Prompt, text: str, base: Brief, min_support: float, max_citations: int) -> None:
        self.prompt = prompt
        self.sentences: list[Sentence] = prompt.sentences
        self.article = ArticleText(text, self.sentences)
        self.base = base
        self.min_support = min_support
        self.max_citations = max_citations
        self.common = lower_words(text)
        self.dropped: Counter[str] = Counter()

    def drop(self, check: str) -> None:
        fired(f"llm.drop.{check}")
        self.dropped[check] += 1

    # --- claims -----------------------------------------------------------

    def cited(self, numbers: list[int]) -> list[Sentence] | None:
        wanted = sorted(set(numbers))
        if not wanted or len(wanted) > self.max_citations:
            return None
        if any(n < 1 or n > len(self.sentences) or n in self.prompt.withheld for n in wanted):
            return None
        return [self.sentences[n - 1] for n in wanted]

    def claim(self, item: Cited) -> list[tuple[int, int]] | None:
        """The spans of the sentences ``item`` cites when it passes every claim check, else None (counted)."""
        sentences = self.cited(item.sentences)
        if sentences is None:
            self.drop("citation")
            return None
        problem = claim_problem(item.text, " ".join(s.text for s in sentences), self.common, self.min_support)
        if problem is not None:
            self.drop(problem)
            return None
        return [(s.start, s.end) for s in sentences]

    def bottom_line(self, item: Cited | None) -> str | None:
        if item is None or not item.text:
            return None
        if len(item.text.split()) > MAX_BOTTOM_LINE_WORDS:
            self.drop("length")
            return None
        return " ".join(item.text.split()) if self.claim(item) is not None else None

    def key_points(self, items: list[Cited]) -> list[KeyPoint]:
        kept: list[KeyPoint] = []
        for item in items:
            spans = self.claim(item) if item.text else None
            if spans is not None and all(k.text != item.text for k in kept):
                kept.append(KeyPoint(text=" ".join(item.text.split()), spans=spans))
        return kept

    def questions(self, items: list[Cited]) -> list[OpenQuestion]:
        kept: list[OpenQuestion] = []
        for item in items:
            if not item.text.rstrip().endswith("?"):
                self.drop("question")
                continue
            spans = self.claim(item)
            if spans is not None and all(q.text != item.text for q in kept):
                kept.append(OpenQuestion(text=" ".join(item.text.split()), spans=spans))
        return kept

    # --- quotes and speakers -----------------------------------------------

    def quote_span(self, item: AnswerQuote) -> tuple[int, int] | None:
        words = normalise(item.text).strip('"').strip()
        if len(words) > 1 and words[0] == words[-1] == "'":
            words = words[1:-1].strip()
        spans = self.article.find_all(words) if words else []
        if not spans:
            self.drop("quote_verbatim")
            return None
        if item.sentence is not None and 1 <= item.sentence <= len(self.sentences):
            cited = self.sentences[item.sentence - 1]
            spans.sort(key=lambda s: not (s[0] < cited.end and cited.start < s[1]))
        span = spans[0]
        withheld = [self.sentences[n - 1] for n in self.prompt.withheld]
        if any(s.start < span[1] and span[0] < s.end for s in withheld):
            self.drop("withheld")
            return None
        if not self.article.inside_quotation_marks(*span) and self.base_quote(span) is None:
            self.drop("quote_marks")
            return None
        return span

    def base_quote(self, span: tuple[int, int]) -> Quote | None:
        return next((q for q in self.base.quotes if q.span[0] < span[1] and span[0] < q.span[1]), None)

    def named_in(self, name: str, sentences: list[Sentence], blank: tuple[int, int]) -> bool:
        """Whether ``name`` (whole, or one of its distinctive words) is in ``sentences``, outside ``blank``."""
        words = [normalise(name)] + [
            w for w in normalise(name).replace(".", " ").split() if len(w) >= 3 and w.casefold() not in self.common
        ]
        for word in words:
            for start, end in self.article.find_all(word):
                outside = end <= blank[0] or start >= blank[1]
                if outside and any(s.start <= start and end <= s.end for s in sentences):
                    return True
        return False

    def speaker(self, name: str | None, span: tuple[int, int]) -> str | None:
        base = self.base_quote(span)
        default = base.speaker if base is not None else None
        if not name:
            return default
        if not self.article.find_all(name, ignore_case=True) and not any(same_actor(name, a) for a in self.base.actors):
            self.drop("speaker")
            return default
        if default is not None and not same_actor(name, Actor(name=default, kind="person")):
            own = self.article.window(*span, before=0, after=0)
            if self.named_in(name, own, span) and not self.named_in(default, own, span):
                return name
            self.drop("speaker")
            return default
        if default is not None or self.named_in(name, self.article.window(*span), span):
            return name
        self.drop("speaker")
        return default

    def quotes(self, items: list[AnswerQuote]) -> list[Quote]:
        kept: list[Quote] = []
        for item in items:
            span = self.quote_span(item)
            if span is None or any(q.span[0] < span[1] and span[0] < q.span[1] for q in kept):
                continue
            speaker = self.speaker(item.speaker, span)
            base = self.base_quote(span)  # a partial quote keeps the sentence the default engine found
            context = base.context if base is not None and base.span == span else None
            kept.append(Quote(text=self.article.text[span[0] : span[1]], speaker=speaker, span=span, context=context))
        return sorted(kept, key=lambda q: q.span)

    # --- actors and roles ---------------------------------------------------

    def actors(self, items: list[AnswerActor]) -> tuple[list[Actor], list[Actor]]:
        kept: list[Actor] = []
        matched: list[Actor] = []
        for item in items:
            mentions = self.article.find_all(item.name, ignore_case=True)
            if not item.name or not mentions:
                self.drop("actor")
                continue
            if any(same_actor(item.name, a) for a in kept):
                continue
            match = next((a for a in self.base.actors if same_actor(item.name, a)), None)
            role = item.role.strip() if item.role else None
            if role and not self.role_supported(role, item.name, match):
                self.drop("role")
                role = None
            if role is None and match is not None:
                role = match.role
            aliases = [a for a in ((match.name, *match.aliases) if match else ()) if a != item.name]
            kept.append(
                Actor(
                    name=item.name,
                    kind=item.kind,
                    role=role,
                    aliases=aliases,
                    mentions=max(match.mentions if match else 0, len(mentions)),
                )
            )
            if match is not None:
                matched.append(match)
        return kept, matched

    def role_supported(self, role: str, name: str, match: Actor | None) -> bool:
        names = [name, *((match.name, *match.aliases) if match else ())]
        for start, end in self.article.find_all(role, ignore_case=True):
            sentences = self.article.window(start, end, before=0, after=0)
            if any(self.named_in(n, sentences, (start, start)) for n in names):
                return True
        return False


def verify(
    answer: Answer, prompt: Prompt, text: str, base: Brief, *, min_support: float, max_citations: int
) -> Verified:
    """Check every item of ``answer`` against the article ``text``; ``base`` is the default engine's brief."""
    v = _Verifier(prompt, text, base, min_support, max_citations)
    if answer.malformed:
        v.dropped["malformed"] += answer.malformed
    actors, matched = v.actors(answer.actors)
    return Verified(
        bottom_line=v.bottom_line(answer.bottom_line),
        key_points=v.key_points(answer.key_points),
        quotes=v.quotes(answer.quotes),
        actors=actors,
        matched_actors=matched,
        open_questions=v.questions(answer.open_questions),
        proposed_key_points=len(answer.key_points),
        proposed_questions=len(answer.open_questions),
        dropped=v.dropped,
    )
