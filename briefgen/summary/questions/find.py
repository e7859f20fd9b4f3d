"""Open questions the article raises: its own questions, and what it reports as uncertain.

Two sources, both traceable to a source sentence (``spans``):

* explicit questions: a sentence that ends in "?", or a quoted question inside a sentence
  ("... is 'who will pay for the dam?'");
* reported uncertainty turned into a question by subject-auxiliary inversion on the spaCy
  parse: clauses embedded under an uncertainty predicate ("it's hard to say how the board is
  going to pay" -> "How is the board going to pay?"; "it is unclear whether X has Y" -> "Has X
  Y?"; "declined to say whether ...", "has not revealed whether ...", "unclear how many people
  died" -> "How many people died?"), a hedge the sentence frames as a risk someone raises
  ("farmers fear Lisbon could cut its subsidies" -> "Could Lisbon cut its subsidies?"), and
  "likely to" ("the mill is likely to close in May" -> "Will the mill close in May?"). A bare
  hedge ("Lisbon could ...") is speculation and a plan ("is set to") is settled: neither asks.
"""

from __future__ import annotations

import re
from collections import Counter

from ...lang.en.given_names import given_name_gender
from ...lang.en.speech import REPORTING_VERBS, SPEECH_VERBS
from ...model import Actor, OpenQuestion
from ..text.analysis import Analysis
from .explicit import explicit_questions
from .hedges import MIN_WORDS as _MIN_WORDS
from .hedges import embedded_clauses, likely_clauses, modal_clauses
from .phrasing import _resolve_subject, clause_question
from ...trace import fired
from ..keypoints.ranking import build_units, content_terms, similarity
from ..keypoints.units import quoted_ranges
from .selfcontained import self_contained, unresolved_in_source

__all__ = ["find_open_questions", "statement_to_question", "MAX_QUESTIONS"]

MAX_QUESTIONS = 5
_MAX_WORDS = 35
_Candidate = tuple[str, tuple[int, int], float]  # question, source sentence span, rule weight
_FIRST_PERSON = re.compile(r"\b(?:I|me|my|we|us|our|you|your)\b")
_GLUE = frozenset("will could might would does that this with from have been their what when there about into".split())


def _derived(analysis: Analysis) -> list[_Candidate]:
    """Questions built from hedged or uncertain statements in clean sentences.

    Not from a sentence that page captions ran into (the parse mixes the two), and not from a
    pronoun subject inside quotation marks (whom a speaker's "she" means, the parse cannot
    tell). A "could" between two sentences that narrate the past tells what was possible then
    ("The canal opened in May. By June, barges could reach the coast. Trade grew."), not what
    is open now.
    """
    out = []
    units = build_units(analysis)
    pieces = Counter(u.sentence.index for u in units)
    for n, unit in enumerate(units):
        span = analysis.span(unit.start, unit.end)
        if not unit.eligible or span is None or unit.text.rstrip("’'”\" ").endswith("?"):
            continue
        narrated = 0 < n < len(units) - 1 and _past(analysis, units[n - 1]) and _past(analysis, units[n + 1])
        if pieces[unit.sentence.index] > 1:
            fired("questions.runon_source")
            continue
        quoted = quoted_ranges(unit.text, unit.start)
        # embedded clauses first: "hard to say how X" says more than a modal in the same sentence
        for finder, weight in (
            (embedded_clauses, 1.0),
            (likely_clauses, 0.9),
            (modal_clauses, 0.8),
        ):
            for clause in finder(span):
                if clause.subject.i < span.start or clause.verb.i >= span.end:
                    continue
                if clause.subject.pos_ == "PRON" and any(a <= clause.subject.idx < b for a, b in quoted):
                    fired("questions.quoted_pronoun")
                    continue
                if narrated and clause.aux == "could" and not any(c.lemma_ == "have" for c in clause.verb.children):
                    fired("questions.past_narrative")
                    continue
                if clause.subject.lower_ in ("he", "she") and not _agrees(analysis, clause.subject):
                    fired("questions.gender_mismatch")
                    continue
                q = clause_question(analysis, clause)
                if q and not _FIRST_PERSON.search(q):  # "what would happen to my house": a speaker's own
                    out.append((q, (unit.sentence.start, unit.sentence.end), weight))
    return out


def _agrees(analysis: Analysis, pronoun) -> bool:
    """The person 'he'/'she' is resolved to has no given name of the other gender."""
    name = _resolve_subject(analysis, pronoun) or ""
    genders = {given_name_gender(w) for w in name.split()} - {None}
    return not genders or genders == {"m" if pronoun.lower_ == "he" else "f"}


def _past(analysis: Analysis, unit) -> bool:
    """The unit narrates the past: its main verb, not a verb of saying, is in a past tense."""
    span = analysis.span(unit.start, unit.end)
    if span is None:
        return False
    root = span.root
    if root.lemma_.lower() in SPEECH_VERBS or root.lemma_.lower() in REPORTING_VERBS:
        return False  # "..., officials said": a report, not a narration
    auxes = [c for c in root.children if c.dep_ in ("aux", "auxpass")]
    if root.tag_ == "VBN" and not auxes:
        return True  # "The route stretched from ...": a past tense the tagger read as a participle
    return root.tag_ == "VBD" or any(c.tag_ == "VBD" for c in auxes)


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
    candidates = [
        (_tidy(text), span, weight) for text, span, weight in explicit_questions(analysis) + _derived(analysis)
    ]
    candidates = [c for c in candidates if _MIN_WORDS <= len(c[0].split()) <= _MAX_WORDS]
    alone = self_contained([c[0] for c in candidates])
    for (text, span, weight), ok in zip(candidates, alone):
        words = len(text.split())
        source = analysis.span(span[0], span[1])
        if not ok or source is None or unresolved_in_source(text, source):
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
