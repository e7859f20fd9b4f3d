"""Reporting clauses: who a clause next to a quote names as its speaker, read from the spaCy parse.

``,” Smith said`` / ``said Smith, a fellow at ...`` / ``Smith said: “`` / ``according to Smith`` /
``PolitiFact rated the claim “false”``: each reader below returns ``(found, speaker)``, where
found says the clause is a reporting clause and speaker is the full name, a resolved pronoun or
a description ("a senior administration official"), or None when it names no one.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from ...lang.en.speech import INDEFINITE_SPEAKERS, THOUGHT_VERBS
from ..types import QuoteSpan
from .antecedents import in_prepositional_phrase, name_after_title, relative_antecedent, reporter_of_participle
from .context import PRONOUNS, PersonMentions, main_subject
from .phrases import SpeakerPhrases
from .reporting import JUDGING, is_speech_verb, source_phrase
from ...trace import fired
from ..text.sentences import split_paragraphs

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..text.analysis import Analysis

__all__ = ["ClauseReader"]


_NAME_LABELS = {"PERSON", "ORG", "NORP", "GPE", "FAC", "PRODUCT", "WORK_OF_ART"}
_SKIP_ENTS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
_PERSONAL = {"he", "she", "they", "it", "i", "we"}
_RELATIVE = {"who", "that", "which", "whom"}
_MODIFIERS = {"det", "amod", "compound", "poss", "nummod", "nmod", "case", "advmod", "quantmod"}
#: Words that open a clause of their own: before a reporting verb, they mean its subject is elsewhere.
_CLAUSE_OPENERS = {"that", "which", "who", "to", "while", "because", "when"}
_ADVERBS_BEFORE_VERB = {"then", "also", "later", "once", "again", "further", "simply"}


class ClauseReader:
    """Reads reporting clauses around one article's quotes: quote intervals, person mentions, names."""

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

    # -- helpers -----------------------------------------------------------------------
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

    is_speech_verb = staticmethod(is_speech_verb)

    @staticmethod
    def nominal(t: "Token") -> bool:
        """Could head the subject of a reporting clause (not a date, not inside a prepositional phrase)."""
        if t.ent_type_ in _SKIP_ENTS or t.dep_ == "pobj" or (t.head.dep_ == "pobj" and t.head.i != t.i):
            return False
        if _dateline(t):
            return False
        if t.pos_ == "PRON":
            return t.lower_ in _PERSONAL or t.lower_ in INDEFINITE_SPEAKERS
        return t.pos_ in ("PROPN", "NOUN") and t.is_alpha or t.ent_type_ == "PERSON"

    def first_nominal(self, words: list["Token"]) -> "Token | None":
        """The head of the first noun phrase in ``words``; a person named later in apposition wins over a description."""
        for i, t in enumerate(words):
            if not self.nominal(t):
                continue
            # "port board chief engineer Ada Quill": climb from modifiers to the head of the phrase
            ids = {w.i for w in words}
            while t.dep_ in ("compound", "poss", "nmod", "amod") and t.head.i > t.i and t.head.i in ids:
                t = t.head
            if t.pos_ == "NOUN" and t.ent_type_ != "PERSON":
                named = next((w for w in words[i + 1 :] if w.ent_type_ == "PERSON"), None)
                if named is not None and in_prepositional_phrase(named, t):
                    # "the director behind Kelmsby Nights": the name is what the phrase is about.
                    # coverage: 1 dev article (BBC); kept as the guard of name_after_description
                    # (12 articles, four corpora) against the one misreading seen of it: a wrong
                    # name costs an analyst more than a description
                    fired("speakers.name_in_prepositional_phrase")
                    named = None
                if named is not None:
                    fired("speakers.name_after_description")
                    return named
            elif t.pos_ == "PROPN" and t.ent_type_ != "PERSON":
                named = name_after_title(t)
                if named is not None:
                    # coverage: 2 dev articles (BBC, PolNeAR); kept: wire copy writes "said
                    # <Organisation> <Title> <Name>" often, and the organisation is never the speaker
                    fired("speakers.name_after_organisation")
                    return named
            return t
        return None

    # -- speaker from a clause ---------------------------------------------------------
    def clause_after(self, start: int, end: int) -> tuple[bool, str | None]:
        """The speaker in a reporting clause that follows a quote: ``,” Smith said`` / ``said Smith, ...``."""
        toks = self.tokens(start, end)
        words = [t for t in toks if not t.is_punct and not t.is_space]
        if not words:
            return False, None
        acc = source_phrase(toks)
        if acc is not None:
            return True, self.name_of(acc)
        vi = next((i for i, t in enumerate(words[:30]) if self.is_speech_verb(t)), None)
        if vi is None:
            # ``” ― Jane Doe``: a dash and a bare name sign the quote
            lead = self.text[start : words[0].idx]
            if (
                any(c in lead for c in "―—–")
                and words[0].ent_type_ == "PERSON"
                or (any(c in lead for c in "―—") and all(w.pos_ == "PROPN" for w in words[:2]))
            ):
                # coverage: 1 dev article (PolNeAR, readers' comments signed "― Name", about
                # twenty quotes); kept for the round-ups that sign quotes so
                fired("speakers.dash_signature")
                return True, self.name_of(self.np_head(words[0]))
            return False, None
        pre = [w for w in words[:vi] if w.lower_ not in _ADVERBS_BEFORE_VERB]
        if not pre and words[vi].tag_ == "VBG":
            fired("speakers.participle_goes_on")
            return False, None  # ``,” adding that ...`` continues the sentence before: no new speaker
        if any(w.lower_ in _CLAUSE_OPENERS or w.dep_ in ("relcl", "acl", "advcl", "xcomp") for w in pre):
            # not a short reporting clause (", a string of letters that ended with one asking"):
            # only the verb's own subject speaks ("to keep the ferry running, she said")
            subj = next((c for c in words[vi].children if c.dep_ in ("nsubj", "nsubjpass") and c in pre), None)
            if subj is None and words[vi].i > 0 and words[vi].doc[words[vi].i - 1].text == ",":
                # the quote's sentence goes on, then ", says Ana Ruiz" closes it: "“We are like any
                # port” trying to stay open, says Ana Ruiz." (the subject after the verb, read as the
                # short clause's branch below reads it). Coverage: 1 training page and no dev
                # article; kept as the inverted subject this branch had missed, not a new pattern
                subj = next((c for c in words[vi].children if c.dep_ == "nsubj" and c.i > words[vi].i), None)
                if subj is not None:
                    fired("speakers.inverted_after_clause")
        else:
            subj = self.first_nominal(words[vi + 1 : vi + 8]) if not pre else self.first_nominal(pre)
            named = self.named_subject(words[vi], pre or words[vi + 1 : vi + 8])
            if named is not None and subj is not None and self.person_at(subj) != self.person_at(named):
                # "noted Lakeside-based lawyer Ana Ruiz", "Minister of Ports, Senator Ana Ruiz,
                # told ...": the verb's own subject is a person's name; the phrase's first noun
                # (a place, a title) only describes her. coverage: 3 real pages (2 training, 1 dev),
                # none of the clean dev texts, whose reporting clauses rarely stack descriptions
                fired("speakers.named_verb_subject")
                subj = named
            if subj is None:
                subj = self.subject_of(words[vi], start, end)
        if subj is None:
            return False, None
        return True, self.name_of(self.np_head(subj))

    def clause_before(self, start: int, end: int, subj_lo: int | None = None) -> tuple[bool, str | None]:
        """The speaker in the sentence before a quote: ``Smith said: “`` / ``Said Smith: “``.

        The verb is looked for in ``[start, end)``; its subject may stand earlier in the
        sentence, from ``subj_lo`` (``Smith hedged -- “A” -- and then, asked again, added: “B”``).
        """
        toks = self.tokens(start, end)
        lo = start if subj_lo is None else subj_lo
        acc = source_phrase(toks)
        if acc is not None:
            return True, self.name_of(acc)
        for v in reversed([t for t in toks if self.is_speech_verb(t)]):
            if v.dep_ == "relcl":
                # "Jo Reyes, who joked, “...”": the person the clause describes speaks
                named = relative_antecedent(v)
                if named is not None and lo <= named.idx and not self.in_quote(named.idx):
                    fired("speakers.relative_who")
                    return True, self.name_of(self.np_head(named))
                continue  # "the fees he listed are “...”": he is not quoted here
            before = v.doc[v.i - 1] if v.i > 0 else None
            if v.tag_ == "VBG" and before is not None and before.ent_type_ == "PERSON" and lo <= before.idx:
                # "footage of Jane Roe asking, “...”": the person the participle follows speaks
                # coverage: 2 dev articles (1 PolNeAR, 1 page); kept: the parse gives such a
                # participle no subject, and without it the clause's subject (footage) speaks
                fired("speakers.participle_after_name")
                return True, self.name_of(before)
            if v.dep_ == "pcomp":
                continue  # "talks with officials warning of “...”": the parser's subject is a guess
            subj = self.subject_of(v, lo, end)
            if subj is not None and subj.head.i == v.i and subj.dep_ == "nsubjpass":
                agent = self.agent_of(v)
                if agent is None:
                    continue  # "That being said, “...,” he said": the passive names no speaker here
                return True, agent
            if subj is None:
                pre = [w for w in toks if w.i < v.i and not w.is_punct]
                post = [w for w in toks if w.i > v.i and not w.is_punct]
                subj = self.first_nominal(pre) if pre else self.first_nominal(post[:6])
            if subj is not None and subj.lower_ in ("they", "it") and subj.head.i == v.i and self.introduces(v, end):
                # "They said: “...”": a plural or a thing reports; an organisation, else no one (not
                # the person named in the sentence before). coverage: 4 dev articles (CNN/DM, PolNeAR, a page)
                fired("speakers.pronoun_reporter")
                return True, self.name_of(subj)
            if (
                subj is None
                or subj.lower_ in _RELATIVE
                or (subj.pos_ == "PRON" and subj.lower_ not in PRONOUNS and subj.lower_ not in INDEFINITE_SPEAKERS)
            ):
                continue  # "the cost it said ...": not a reporting clause for this quote
            return True, self.name_of(self.np_head(subj))
        return False, None

    def introduces(self, verb: "Token", end: int) -> bool:
        """True when nothing but punctuation stands between ``verb`` and ``end`` (the quote's mark)."""
        return not self.text[verb.idx + len(verb.text) : end].strip(" ,:\n\u00a0—–-")

    def governor(self, start: int, quote_start: int) -> tuple[bool, str | None]:
        """A partial quote inside a clause: the subject of the verb that governs it.

        ``PolitiFact rated the claim “false”`` / ``Roe likened the levy to a “slow leak”``:
        the quoted words belong to the clause's subject when it names someone.
        """
        first = self.an.span(quote_start, quote_start + 1)
        if first is None:
            return False, None
        t = first[0]
        climbed = False
        for _ in range(10):
            if t.head.i == t.i:
                break
            t = t.head
            if self.in_quote(t.idx) or t.pos_ not in ("VERB", "AUX") or t.lemma_ == "be":
                continue
            if t.dep_ == "pcomp":
                # a gerund inside a prepositional phrase ("talks with officials warning of ..."):
                # the small parser's subject for it is usually the preposition's object, a guess
                continue
            subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass") and _wordlike(c)), None)
            if subj is None and t.dep_ == "conj" and (t.lemma_ in THOUGHT_VERBS or self.is_speech_verb(t)):
                # "the residents shrug and think, “...”": the verbs share the first one's subject
                subj = next((c for c in t.head.children if c.dep_ == "nsubj" and _wordlike(c)), None)
            if subj is None or self.in_quote(subj.idx) or subj.idx < start:
                continue
            if subj.lower_ == "who" and t.dep_ == "relcl":
                # "Tom Lee, who in 2012 said the goal was a “one-term mayor”": the person the clause
                # describes, as for a whole quote (clause_before)
                named = relative_antecedent(t)
                if named is None or self.in_quote(named.idx) or named.idx < start:
                    break
                fired("speakers.relative_who")
                return True, self.name_of(self.np_head(named))
            if subj.dep_ == "nsubjpass" and (self.is_speech_verb(t) or t.lemma_ in JUDGING):
                return True, self.agent_of(t)
            if subj.lower_ in ("it", "they") and subj.dep_ == "nsubj":
                # "Although the board named no firm, it cited “serious breaches”": an organisation's
                # pronoun, resolved as in a reporting clause (see SpeakerPhrases.organisation_for)
                body = self.phrases.organisation_for(subj)
                if body is not None:
                    return True, body
            # the article's entity model knows a person the tagger took for a place ("Klein urges")
            person = self.person_at(subj) is not None or self.mistagged_surname(subj)
            if subj.ent_type_ in ("GPE", "LOC", "DATE", "TIME", "FAC") and not person:
                break
            if person and subj.ent_type_ not in ("PERSON", ""):
                # coverage: 5 dev articles (CNN/DM, PolNeAR, CoNLL) and 4 real pages
                fired("speakers.person_by_entity_model")
            person_like = (
                person
                or subj.lower_ in ("he", "she")
                or subj.ent_type_ in ("PERSON", "ORG", "NORP")
                or (subj.pos_ == "PROPN" and subj.ent_type_ == "")
            )
            # a common-noun subject ("a Gazette editorial praised ...") only with a verb of saying or judging
            if person_like or (subj.pos_ == "NOUN" and (self.is_speech_verb(t) or t.lemma_ in JUDGING)):
                if climbed:
                    fired("speakers.reported_clause")
                return True, self.name_of(self.np_head(subj))
            if t.lemma_ in THOUGHT_VERBS or self.is_speech_verb(t):
                # "the more the residents shrug and think, “Stop talking”": the quote is what the
                # verb's own subject thinks or says, no one's the sentence names further up
                fired("speakers.unnamed_thinker")
                return True, None
            if t.dep_ == "ccomp":
                # "A board report found that cargo came from “...”": the clause is what the
                # report found; its own subject (cargo) says nothing
                climbed = True
                continue
            break
        return False, None

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
                and _wordlike(c)
                and not self.in_quote(c.idx)
                and start <= c.idx < end
                and not _dateline(c)
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
            if main and _wordlike(t) and not _dateline(t) and t.lower_ not in _RELATIVE:
                if t.pos_ == "PROPN" or t.ent_type_ == "PERSON" or t.lower_ in ("he", "she"):
                    return t
                return None
        return None

    def name_of(self, tok: "Token") -> str | None:
        """The speaker a subject token stands for: a full name, a resolved pronoun, or a description."""
        return self.phrases.speaker(tok)


def _wordlike(t: "Token") -> bool:
    """A token with a letter or digit: the small parser sometimes makes a dash ("―") a subject."""
    return any(ch.isalnum() for ch in t.text)


def _dateline(t: "Token") -> bool:
    """The place of a dateline: "HALDEN -- Mayor Ida Marsh said ..."."""
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    return t.is_upper and len(t) > 1 and nxt is not None and nxt.text in ("--", "—", "–", "-")
