"""Peer systems scored in the same run as briefgen: what a reader could get without us.

- Lead-k: the first k pysbd sentences of the raw text (computed in every run, even without
  the other peers, since targets are set against it).
- sumy LexRank and TextRank, with a pysbd sentence splitter and a regex word
  tokenizer (NLTK's punkt data cannot be downloaded here).
- newspaper4k's ``nlp()`` summariser (``newspaper.nlp.summarize``, which is what
  ``Article.nlp()`` calls), with its punkt splitter replaced by pysbd.
- textacy's ``direct_quotations`` for quotes.
- spaCy's raw ``doc.ents`` for actors.

All of them run offline. Each peer is wrapped so that a missing or broken
package disables that peer with a reason instead of failing the run.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from .names import name_tokens
from .scoring import Entity, PredQuote, cluster_entities

if TYPE_CHECKING:
    from types import ModuleType

    import pysbd
    from newspaper.text import StopWords
    from spacy.tokens import Doc as SpacyDoc

__all__ = [
    "SUMMARY_PEERS",
    "split_sentences",
    "lead_k",
    "lexrank",
    "textrank",
    "newspaper_summary",
    "textacy_quotes",
    "spacy_entities",
    "PeerUnavailable",
]


class PeerUnavailable(Exception):
    """A peer cannot run in this environment (package missing or needs network data)."""


_LINE = re.compile(r"[^\n]+")
_SUMY_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", re.UNICODE)


@lru_cache(maxsize=1)
def _segmenter() -> "pysbd.Segmenter":
    import pysbd

    return pysbd.Segmenter(language="en", clean=False)


def split_sentences(text: str) -> list[str]:
    """pysbd sentences of ``text``, line by line (a sentence never crosses a line break)."""
    out: list[str] = []
    for line in _LINE.findall(text):
        if not line.strip():
            continue
        out.extend(s.strip() for s in _segmenter().segment(line.strip()) if s.strip())
    return out


def lead_k(text: str, k: int) -> list[str]:
    """The first ``k`` sentences: the classic news baseline."""
    return split_sentences(text)[:k]


class PysbdTokenizer:
    """A sumy tokenizer without NLTK data: pysbd sentences, regex words."""

    language = "english"

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        """Sentences of one paragraph (sumy joins a paragraph's lines with spaces)."""
        return tuple(s.strip() for s in _segmenter().segment(paragraph) if s.strip())

    def to_words(self, sentence: str) -> tuple[str, ...]:
        """Alphabetic words, as sumy's own ``Tokenizer._is_word`` would keep."""
        return tuple(_SUMY_WORD.findall(sentence))


def _sumy(text: str, k: int, algorithm: str) -> list[str]:
    try:
        from sumy.nlp.stemmers import Stemmer
        from sumy.parsers.plaintext import PlaintextParser
        from sumy.summarizers.lex_rank import LexRankSummarizer
        from sumy.summarizers.text_rank import TextRankSummarizer
        from sumy.utils import get_stop_words
    except ImportError as exc:  # the bench extra is not installed
        raise PeerUnavailable(f"sumy is not installed ({exc})") from exc
    cls = LexRankSummarizer if algorithm == "lexrank" else TextRankSummarizer
    summarizer = cls(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    parser = PlaintextParser.from_string(text, PysbdTokenizer())
    return [str(s) for s in summarizer(parser.document, k)]


def lexrank(text: str, k: int) -> list[str]:
    """sumy LexRank: the ``k`` most central sentences, in article order."""
    return _sumy(text, k, "lexrank")


def textrank(text: str, k: int) -> list[str]:
    """sumy TextRank: the ``k`` best-ranked sentences, in article order."""
    return _sumy(text, k, "textrank")


class _PysbdPunkt:
    """Stands in for newspaper's cached punkt tokenizer: same ``tokenize`` call, pysbd inside."""

    @staticmethod
    def tokenize(text: str) -> list[str]:
        return split_sentences(text)


@lru_cache(maxsize=1)
def _newspaper() -> "tuple[ModuleType, StopWords]":
    try:
        import newspaper.nlp as nnlp
        from newspaper.text import StopWords
    except ImportError as exc:
        raise PeerUnavailable(f"newspaper4k is not installed ({exc})") from exc
    # split_sentences() caches its punkt tokenizer on a function attribute and only
    # downloads NLTK data when that attribute is missing: setting it keeps it offline.
    nnlp.split_sentences._tokenizer = _PysbdPunkt()  # type: ignore[attr-defined]
    return nnlp, StopWords("en")


def newspaper_summary(text: str, title: str | None, k: int) -> list[str]:
    """newspaper4k's summary (top ``k`` sentences, in article order).

    newspaper returns nothing without a title; untitled articles (CNN/DailyMail)
    get a blank one, so the title feature scores 0 and the rest still ranks.
    """
    nnlp, stopwords = _newspaper()
    return list(nnlp.summarize(title=title or " ", text=text, stopwords=stopwords, max_sents=k))


def _resolve_speaker(speaker: str, doc: "SpacyDoc") -> str:
    """The fullest PERSON entity of ``doc`` that ends with the speaker's surname, else the span text."""
    toks = name_tokens(speaker)
    if not toks:
        return speaker
    best = speaker
    best_len = len(toks)
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        et = name_tokens(ent.text)
        if et and et[-1] == toks[-1] and len(et) > best_len:
            best, best_len = ent.text, len(et)
    return best


_QUOTE_MARKS = "\"'“”‘’«»"


def textacy_quotes(doc: "SpacyDoc") -> tuple[list[PredQuote], str | None]:
    """textacy's direct quotations: ``(quotes, problem)``.

    textacy refuses a document with an odd number of quote marks (it raises);
    that document then yields no quote, and ``problem`` says why.
    """
    try:
        from textacy.extract.triples import direct_quotations
    except ImportError as exc:
        raise PeerUnavailable(f"textacy is not installed ({exc})") from exc
    out: list[PredQuote] = []
    try:
        for triple in direct_quotations(doc):
            content = triple.content.text.strip().strip(_QUOTE_MARKS).strip()
            speaker_text = " ".join(t.text for t in triple.speaker)
            out.append(PredQuote(text=content, speaker=_resolve_speaker(speaker_text, doc)))
    except ValueError as exc:
        return out, str(exc)
    return out, None


_ENT_LABELS = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC"}


def spacy_entities(doc: "SpacyDoc") -> list[Entity]:
    """spaCy's entities, mapped to PER/ORG/LOC and grouped exactly as the gold is.

    Grouping (case-folded forms, a surname joins its full name) is the same
    function the gold goes through, so the peer is not charged for repeating a name.
    """
    mentions = [(e.text, _ENT_LABELS[e.label_]) for e in doc.ents if e.label_ in _ENT_LABELS]
    return cluster_entities(mentions)


#: Summary peers by column name: ``f(text, title, k) -> sentences``. Lead-k is not among them: the
#: engine's workers take it from the sentences they split anyway, in every run (see ``engine_run``).
SUMMARY_PEERS = {
    "lexrank": lambda text, title, k: lexrank(text, k),
    "textrank": lambda text, title, k: textrank(text, k),
    "newspaper": newspaper_summary,
}


def parse_all(texts: Iterable[str]) -> list["SpacyDoc"]:
    """spaCy docs of ``texts`` with the same pipeline briefgen loads."""
    from briefgen.nlp import load_pipeline

    return list(load_pipeline().pipe(texts, batch_size=16))
