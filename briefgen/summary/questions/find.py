"""Open questions the article raises: its own questions, and what it reports as uncertain.

Two sources, both traceable to a source sentence (``spans``):

* explicit questions: a sentence that ends in "?", or a quoted question inside a sentence
  ("... is 'what role might China play?'");
* reported uncertainty turned into a question by subject-auxiliary inversion on the spaCy
  parse: hedging modals ("Beijing could use military aid ..." -> "Could Beijing use military
  aid ...?"), "likely/expected to" ("they are likely to play ..." -> "Will they play ...?"),
  and clauses embedded under an uncertainty predicate ("it's hard to know how he's going to
  move ahead" -> "How is he going to move ahead?"; "it is unclear whether X has Y" -> "Has X Y?").
"""

from __future__ import annotations

import re

from ...lang.en.speech import SAYING_FORMS
from ...model import Actor, OpenQuestion
from ..text.analysis import Analysis
from .hedges import MIN_WORDS as _MIN_WORDS
from .hedges import clause_question, embedded_clauses, likely_clauses, modal_clauses
from ..keypoints.ranking import build_units, content_terms, similarity

__all__ = ["find_open_questions", "statement_to_question", "MAX_QUESTIONS"]

MAX_QUESTIONS = 5
_MAX_WORDS = 35
_Candidate = tuple[str, tuple[int, int], float]  # question, source sentence span, rule weight
_QUOTED_QUESTION = re.compile(r"[‘'“\"]([^‘'“\"]*?\?)[’'”\"]")
#: Lines of dialogue or a speaker's own voice, not questions the story raises.
_DIALOGUE = re.compile(r"^[\w .'’-]{1,25}:\s|\b(?:you|your|yours|I|me|my)\b", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(?:I|me|my|we|us|our|you|your)\b")
_LEAD_IN = re.compile(r"^(?:(?:and|but|so|or)\b,?\s*|the question (?:is|was|remains),?\s*)", re.IGNORECASE)
_ATTRIBUTION = re.compile(r",\s+(?:\w+\s+){1,3}(?:" + "|".join(SAYING_FORMS) + r")\s*\?$")
_INTERROGATIVE = re.compile(
    r"^(?:how|what|when|why|where|who|whom|whose|which|is|are|was|were|do|does|did|can|could|will|would|should|"
    r"shall|may|might|must|has|have|had|(?:is|are|was|does|do|did|ca|wo|would|should|have|has)n't)\b",
    re.IGNORECASE,
)
_GLUE = frozenset("will could might would does that this with from have been their what when there about into".split())


def _as_question(text: str) -> str | None:
    """An explicit question tidied ('And who ...', '..., he was asked?'), or None when it is not
    in interrogative form ('Pretty much the same, right?', a magazine called 'What Hi-Fi?')."""
    text = _ATTRIBUTION.sub("?", _LEAD_IN.sub("", text.strip().lstrip("‘'“\" ")))
    if _DIALOGUE.search(text) or len(text.split()) < _MIN_WORDS - 1:
        return None
    return text if _INTERROGATIVE.match(text) else None


def _has_verb(analysis: Analysis, start: int, end: int) -> bool:
    span = analysis.span(start, end)
    return span is not None and any(t.pos_ in ("VERB", "AUX") for t in span)


def _explicit(analysis: Analysis) -> list[_Candidate]:
    """Questions the text asks itself, quoted questions included."""
    out = []
    for s in analysis.sentences:
        found = [(m, _as_question(m.group(1))) for m in _QUOTED_QUESTION.finditer(s.text)]
        quoted = [
            (q, (s.start, s.end), 1.0)
            for m, q in found
            if q and _has_verb(analysis, s.start + m.start(1), s.start + m.end(1))
        ]
        body = s.text.rstrip("’'”\" ")
        asked = _as_question(body) if body.endswith("?") and len(body.split()) >= _MIN_WORDS else None
        if not quoted and asked and _has_verb(analysis, s.start, s.end):
            quoted.append((asked, (s.start, s.end), 1.0))
        out.extend(quoted)
    return out


def _derived(analysis: Analysis) -> list[_Candidate]:
    """Questions built from hedged or uncertain statements in clean sentences."""
    out = []
    for unit in build_units(analysis):
        span = analysis.span(unit.start, unit.end)
        if not unit.eligible or span is None or unit.text.rstrip("’'”\" ").endswith("?"):
            continue
        # embedded clauses first: "hard to know how X" says more than a modal in the same sentence
        for finder, weight in ((embedded_clauses, 1.0), (likely_clauses, 0.9), (modal_clauses, 0.8)):
            for clause in finder(span):
                if clause.subject.i < span.start or clause.verb.i >= span.end:
                    continue
                q = clause_question(analysis, clause)
                if q and not _FIRST_PERSON.search(q):  # "what would happen with my body": a speaker's own
                    out.append((q, (unit.sentence.start, unit.sentence.end), weight))
    return out


def _tidy(text: str) -> str:
    text = re.sub(r"\s+([,;:?])", r"\1", re.sub(r"\s+", " ", text).strip().strip("‘'“\" "))
    if not text.endswith("?"):
        text = text.rstrip(".,;:!") + "?"
    return text[:1].upper() + text[1:]


def find_open_questions(analysis: Analysis, actors: list[Actor]) -> list[OpenQuestion]:
    """Explicit questions in the text, and questions derived from reported uncertainty.

    At most ``MAX_QUESTIONS``, best first: a candidate weighs by its rule, by how central its
    source sentence is to the article and by naming a leading actor or an entity; shorter
    is better; near-duplicates (one clause found by two rules) are dropped.
    """
    doc_terms = content_terms(list(analysis.doc))
    names = [n for a in actors[:6] for n in (a.name, *a.aliases) if n]
    scored: list[tuple[float, str, tuple[int, int]]] = []
    for text, span, weight in _explicit(analysis) + _derived(analysis):
        text = _tidy(text)
        words = len(text.split())
        source = analysis.span(span[0], span[1])
        if not _MIN_WORDS <= words <= _MAX_WORDS or source is None:
            continue
        central = similarity(content_terms(list(source)), doc_terms)
        named = any(n in text for n in names) or any(e.label_ in ("PERSON", "ORG", "GPE", "NORP") for e in source.ents)
        scored.append((weight + central + (0.3 if named else 0.0) - 0.01 * max(0, words - 20), text, span))
    scored.sort(key=lambda c: -c[0])
    chosen: list[tuple[float, str, tuple[int, int]]] = []
    for cand in scored:
        if len(chosen) < MAX_QUESTIONS and all(_words_overlap(cand[1], c[1]) <= 0.6 for c in chosen):
            chosen.append(cand)
    return [OpenQuestion(text=text, spans=[span]) for _, text, span in chosen]


def _words_overlap(a: str, b: str) -> float:
    """Jaccard overlap of two questions' content words (1.0 for the same question)."""
    wa, wb = ({w for w in re.findall(r"\w+", x.lower()) if len(w) > 3 and w not in _GLUE} for x in (a, b))
    if a.lower() == b.lower():
        return 1.0
    return len(wa & wb) / max(1, len(wa | wb))


def statement_to_question(sentence: str) -> list[str]:
    """Every question the rules derive from one statement (for tests and inspection)."""
    from ..text.analysis import analyse

    return [_tidy(q) for q, _, _ in _derived(analyse(sentence))]
