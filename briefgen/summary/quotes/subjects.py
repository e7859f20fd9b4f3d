"""Subjects of reporting verbs: which token a verb's subject is, outside the quotes, and whom it names.

:class:`SubjectReader` holds one article's quote intervals, person mentions and speaker phrases;
:class:`~.clauses.ClauseReader` reads reporting clauses on top of it. A subject is the verb's
own (up through gerunds and conjoined verbs), a passive verb's agent, or the first main-clause
subject of a stretch of text; its speaker is a full name, a resolved pronoun or a description
(:class:`~.phrases.SpeakerPhrases`).
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from ..types import QuoteSpan
from .antecedents import reporter_of_participle
from .context import PersonMentions
from .phrases import SpeakerPhrases
from .sentence_reading import main_subject
from ...trace import fired
from ..text.sentences import split_paragraphs

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..text.analysis import Analysis

__all__ = ["RELATIVE", "SubjectReader", "dateline", "wordlike"]


RELATIVE = {"who", "that", "which", "whom"}


class SubjectReader:
    """Reads the subjects of verbs around one article's quotes, and the speakers they name."""

    def __init__(self, analysis: "Analysis", spans: list["QuoteSpan"]) -> None:
        self.an = analysis
        self.text = analysis.text
        self.spans = spans
        self.paragraphs = split_paragraphs(self.text)
        # the quoted stretches, marks included: nothing inside them is a reporting clause
        self.quoted = sorted(
            (q.open_mark if q.open_mark is not None else q.start, q.close_mark if q.close_mark is not None else q.end)
            for q in spans
        )
        self._qstarts = [a for a, _ in self.quoted]
        self.people = PersonMentions(analysis, self.in_quote)
        self.phrases = SpeakerPhrases(self.people, self.in_quote)

    def in_quote(self, char: int) -> bool:
        """True when ``char`` lies inside a quote, marks included."""
        i = bisect.bisect_right(self._qstarts, char) - 1
        return i >= 0 and self.quoted[i][0] <= char < self.quoted[i][1]

    def tokens(self, start: int, end: int) -> list["Token"]:
        """Tokens starting in ``[start, end)`` that are not quoted words."""
        span = self.an.span(start, end) if end > start else None
        if span is None:
            return []
        return [t for t in span if start <= t.idx < end and not self.in_quote(t.idx)]

    def person_at(self, t: "Token") -> str | None:
        """The name of the person the entity model reads at token ``t``, else None."""
        e = self.people.model.at(t.idx)
        return e.name if e is not None and e.kind == "person" else None

    def mistagged_surname(self, t: "Token") -> bool:
        """True when ``t``, a capitalised word the tagger took for a common noun ("Hunt admires ..."
        opening a sentence), is the surname of a person the article names in full."""
        if t.pos_ != "NOUN" or t.ent_type_ or not t.text[:1].isupper() or not t.is_alpha:
            return False
        named = self.people.named_in_full(t.text, t.idx)
        if named:
            fired("speakers.surname_mistagged")  # see SpeakerPhrases.speaker for its coverage
        return named

    def named_subject(self, verb: "Token", words: list["Token"]) -> "Token | None":
        """The subject of ``verb`` among ``words`` when it is a person the article names."""
        ids = {w.i for w in words}
        return next(
            (c for c in verb.children if c.dep_ == "nsubj" and c.i in ids and self.person_at(c) is not None), None
        )

    def agent_of(self, verb: "Token") -> str | None:
        """The speaker of a passive verb of saying: its agent ("was called “reckless” by critics"),
        else no one: the subject is what is named or who is told ("the illness is called “x”")."""
        if verb.lemma_ == "quote":
            # "Roe was quoted as saying “...”": the subject is the speaker after all
            subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
            return self.name_of(self.np_head(subj)) if subj is not None else None
        fired("speakers.passive_verb")
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        if agent is None:  # the parse may hang "by ..." on the quoted words: the first one after them
            agent = next((w for w in verb.sent if w.i > verb.i and w.lower_ == "by" and not self.in_quote(w.idx)), None)
        obj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        return self.name_of(self.np_head(obj)) if obj is not None and not self.in_quote(obj.idx) else None

    def np_head(self, t: "Token") -> "Token":
        """Last token of a proper-name run: 'Rep.' in 'Rep. Ida Marsh' -> 'Marsh'."""
        doc = t.doc
        while t.pos_ == "PROPN" and t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN" and not doc[t.i + 1].is_punct:
            t = doc[t.i + 1]
        return t

    def subject_of(self, verb: "Token", start: int, end: int) -> "Token | None":
        """The subject of ``verb`` (or of the verb it hangs from) within ``[start, end)``."""
        tok: "Token | None" = reporter_of_participle(verb)
        for _ in range(6):  # up through gerunds and conjoined verbs: "Smith paused, adding"
            if tok is None:
                break
            subjects = [
                c
                for c in tok.children
                if c.dep_ in ("nsubj", "nsubjpass")
                and wordlike(c)
                and not self.in_quote(c.idx)
                and start <= c.idx < end
                and not dateline(c)
            ]
            misparse = len(subjects) > 1 and (
                any(c.ent_type_ == "PERSON" for c in subjects) or all(c.pos_ == "PROPN" for c in subjects)
            )
            if misparse:
                # two subjects, a person's or two names, is a misparse ("Harbour union chief Ana
                # Ruiz added:" with the union's name as a subject of its own; "Asked about her
                # memoir, Sea Calls Me, Ana Ruiz replied" with the book's title as one): the
                # subject next to the verb is the one who speaks, whatever the tagger made of
                # either name; one before the verb first ("The report warns Mr Ward:" parsed with
                # two subjects: Ward is told). Two subjects of other kinds are a coordination read
                # as two ("he and his co-authors predicted"): the first stands for both.
                fired("speakers.subject_next_to_verb")
                verb_at = tok.i
                before = [c for c in subjects if c.i < verb_at] or subjects
                return min(before, key=lambda c: abs(c.i - verb_at))
            if subjects:
                return subjects[0]
            if tok.dep_ in ("acl", "relcl"):
                # a participle describes its noun: "footage of Clinton asking", not "tweets accusing"
                ok = tok.head.pos_ == "PROPN" and start <= tok.head.idx < end
                return tok.head if ok else None
            if tok.head.i != tok.i and self.in_quote(tok.head.idx):
                # the parse ran through an earlier quote ("Smith shrugged -- “A” -- and, asked
                # again, insisting, “B”"): the clause resumes the sentence's subject before it
                fired("speakers.subject_across_quote")
                return self.subject_before(start, tok.head.idx)
            tok = tok.head if tok.head.i != tok.i else None
        return None

    def subject_before(self, start: int, end: int) -> "Token | None":
        """The first main-clause subject in ``[start, end)`` outside quotes, if it names someone."""
        for t in self.tokens(start, end):
            # a clause hung on a quoted word is a main clause the parser misread
            main = main_subject(t) or (
                t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ccomp" and self.in_quote(t.head.head.idx)
            )
            if main and wordlike(t) and not dateline(t) and t.lower_ not in RELATIVE:
                if t.pos_ == "PROPN" or t.ent_type_ == "PERSON" or t.lower_ in ("he", "she"):
                    return t
                return None
        return None

    def name_of(self, tok: "Token") -> str | None:
        """The speaker a subject token stands for: a full name, a resolved pronoun, or a description."""
        return self.phrases.speaker(tok)


def wordlike(t: "Token") -> bool:
    """A token with a letter or digit: the small parser sometimes makes a dash ("―") a subject."""
    return any(ch.isalnum() for ch in t.text)


def dateline(t: "Token") -> bool:
    """The place of a dateline: "HALDEN -- Mayor Ida Marsh said ..."."""
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    return t.is_upper and len(t) > 1 and nxt is not None and nxt.text in ("--", "—", "–", "-")
