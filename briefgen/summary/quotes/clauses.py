"""Reporting clauses: who a clause next to a quote names as its speaker, read from the spaCy parse.

``,” Smith said`` / ``said Smith, a fellow at ...`` / ``Smith said: “`` / ``according to Smith`` /
``PolitiFact rated the claim “false”``: each reader below returns ``(found, speaker)``, where
found says the clause is a reporting clause and speaker is the full name, a resolved pronoun or
a description ("a senior administration official"), or None when it names no one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...lang.en.discourse import PART_WORDS
from ...lang.en.speech import FUTURE_AUXILIARIES, INDEFINITE_SPEAKERS, QUOTED_AS_VERBS, THOUGHT_VERBS
from .antecedents import in_prepositional_phrase, name_after_title, relative_antecedent
from .context import PRONOUNS
from .reporting import is_speech_verb, judging, source_phrase
from .subjects import RELATIVE, SubjectReader, dateline, wordlike
from ...trace import fired

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["ClauseReader"]


_NAME_LABELS = {"PERSON", "ORG", "NORP", "GPE", "FAC", "PRODUCT", "WORK_OF_ART"}
_SKIP_ENTS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
_PERSONAL = {"he", "she", "they", "it", "i", "we"}
_MODIFIERS = {"det", "amod", "compound", "poss", "nummod", "nmod", "case", "advmod", "quantmod"}
#: Words that open a clause of their own: before a reporting verb, they mean its subject is elsewhere.
_CLAUSE_OPENERS = {"that", "which", "who", "to", "while", "because", "when"}
_ADVERBS_BEFORE_VERB = {"then", "also", "later", "once", "again", "further", "simply"}


class ClauseReader(SubjectReader):
    """Reads reporting clauses around one article's quotes: quote intervals, person mentions, names."""

    # -- helpers -----------------------------------------------------------------------
    is_speech_verb = staticmethod(is_speech_verb)

    @staticmethod
    def nominal(t: "Token") -> bool:
        """Could head the subject of a reporting clause (not a date, not inside a prepositional phrase)."""
        if t.ent_type_ in _SKIP_ENTS or t.dep_ == "pobj" or (t.head.dep_ == "pobj" and t.head.i != t.i):
            return False
        if dateline(t):
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
                # the name after the description's head: a word before the head that the model
                # tagged a person is its modifier ("Kelco SpA chairman and chief executive Ana
                # Roe": the company, which the model took for a person, is no speaker)
                named = next((w for w in words[i + 1 :] if w.ent_type_ == "PERSON" and w.i > t.i), None)
                if named is None:
                    # past the words read, a name the description's own phrase holds (titles stack:
                    # "... chairman and chief executive officer Ana Roe")
                    named = next((w for w in t.subtree if w.ent_type_ == "PERSON" and t.i < w.i <= t.i + 8), None)
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
        inside = {t.i for t in toks}
        vi = next((i for i, t in enumerate(words[:30]) if self.is_speech_verb(t) and not _unsaid(t, inside)), None)
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
        quoted = quoted_as_saying(words[vi])
        if quoted is not None:
            return True, self.quoted_one(quoted)
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

    def _says_after_source(self, source: "Token", toks: list["Token"]) -> bool:
        """A verb of speech with its own subject follows the "according to" phrase: "According to
        the Harbour Times, council spokesman Ben Lusk said “...”": the paper reports, Ben Lusk
        speaks (the verb's subject is the speaker, read below). Coverage: 1 PolNeAR dev article,
        no page; kept: the source named the outlet for a named spokesman's words, a blocker of a
        blind review, and the verb's own subject is the grammar every other clause is read by."""
        for v in toks:
            if v.i <= source.i or not self.is_speech_verb(v) or v.dep_ == "relcl":
                continue  # "according to the ministry, which said ...": the source speaks on
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
                fired("speakers.speaker_after_according_to")
                return True
        return False

    def clause_before(self, start: int, end: int, subj_lo: int | None = None) -> tuple[bool, str | None]:
        """The speaker in the sentence before a quote: ``Smith said: “`` / ``Said Smith: “``.

        The verb is looked for in ``[start, end)``; its subject may stand earlier in the
        sentence, from ``subj_lo`` (``Smith hedged -- “A” -- and then, asked again, added: “B”``).
        """
        toks = self.tokens(start, end)
        lo = start if subj_lo is None else subj_lo
        acc = source_phrase(toks)
        if acc is not None and not self._says_after_source(acc, toks):
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
            quoted = quoted_as_saying(v)
            if quoted is not None and lo <= quoted.idx:
                return True, self.quoted_one(quoted)
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
                or subj.lower_ in RELATIVE
                or (subj.pos_ == "PRON" and subj.lower_ not in PRONOUNS and subj.lower_ not in INDEFINITE_SPEAKERS)
            ):
                continue  # "the cost it said ...": not a reporting clause for this quote
            return True, self.name_of(self.np_head(subj))
        return False, None

    def quoted_one(self, quoted: "Token") -> str | None:
        """The speaker of "quoted ... as saying" (:func:`quoted_as_saying`): a name or a description,
        and a part of a group as the article writes it ("one of the founders of the mill")."""
        if quoted.lower_ in PART_WORDS and any(c.dep_ == "prep" and c.lower_ == "of" for c in quoted.children):
            return quoted.doc[quoted.left_edge.i : quoted.right_edge.i + 1].text
        return self.name_of(self.np_head(quoted))

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
        climbed = unspoken = False
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
            subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass") and wordlike(c)), None)
            if subj is None and t.dep_ == "conj" and (t.lemma_ in THOUGHT_VERBS or self.is_speech_verb(t)):
                # "the residents shrug and think, “...”": the verbs share the first one's subject
                subj = next((c for c in t.head.children if c.dep_ == "nsubj" and wordlike(c)), None)
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
            if subj.dep_ == "nsubjpass" and (self.is_speech_verb(t) or judging(t)):
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
            saying = self.is_speech_verb(t) or judging(t)
            someone = person or subj.lower_ in ("he", "she") or subj.ent_type_ == "PERSON"
            body_like = subj.ent_type_ in ("ORG", "NORP") or (subj.pos_ == "PROPN" and subj.ent_type_ == "")
            if body_like and not someone and not saying:
                # "The Kelby Stew tops my “dishes of the month” list", "the survey
                # drew a “patchwork” map", "Marlow Energy ordered a “level two” cut": a name
                # no one is, under a verb that neither says nor judges, speaks no more than a
                # common noun does (below); a person's "Ana Roe bought a “Kelpie” van" still goes
                # to her. Fires on 11 dev articles (5 CNN/DM, 4 PolNeAR, 1 BBC, 1 CoNLL), 2 of the 60
                # real pages and 7 of the 111 training pages; 21 briefs' quotes change, nearly all a
                # wrong speaker (a scan, a soup, a song's label, "Nazis") to none, one to the right
                # one; 2 lose a right one (a party that "unveiled" its own scheme). Statement speaker
                # accuracy does not move
                fired("speakers.body_without_saying")
                unspoken = True
            # a common-noun subject ("a Gazette editorial praised ...") only with a verb of saying or judging
            if someone or (body_like and saying) or (subj.pos_ == "NOUN" and saying):
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
        # the words belong to the clause of a name that does not speak: found, and no one's (the
        # paragraph's last speaker is not theirs either)
        return unspoken, None


def quoted_as_saying(verb: "Token") -> "Token | None":
    """The one ``verb`` quotes in "the Kelby Times quoted a port official as saying", else None:
    the paper (the subject) reports, the object speaks. Wire copy writes it so ("state radio
    quoted the minister as saying ..."). Coverage: it fires on 2 CoNLL dev articles (an agency's
    three quotes of a prime minister had gone to the agency, a paper's quote of "one of the
    initiators" to the paper); the phrase stands in 1 more CoNLL and 1 CNN/DailyMail article
    without quotation marks, and on no page. Kept on one corpus: wire copy's own form, and each
    quote it changes was a misattribution, a blocker of the sign-off review."""
    if verb.lemma_.lower() != "quote":
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    saying = any(
        c.lower_ == "as" and any(g.dep_ == "pcomp" and g.lemma_.lower() in QUOTED_AS_VERBS for g in c.children)
        for c in verb.children
    )
    if obj is None or not saying:
        return None
    fired("speakers.quoted_as_saying")
    return obj


def _unsaid(verb: "Token", inside: set[int]) -> bool:
    """A verb of saying in the future or negated ("..., betting that neither the clerk nor the
    driver will testify", "..., but she did not say when"): no report of the words quoted before
    it, whose speaker a later clause must not give. Only the clause's own words count (``inside``:
    the parser may hang a "will" of the quotation on the verb after it). Fires on 3 CNN/DM, 1
    PolNeAR and 1 CoNLL article, 2 of the 60 real pages and 1 training page; changes the speaker of
    1 real page's statement (both inputs: a column's quote given to the politician's staff, a blind
    review's blocker, now to the politician) and of 2 terms; no harness score moves."""
    if any(
        c.i in inside and (c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES))
        for c in verb.children
    ):
        fired("speakers.unsaid_verb_after")
        return True
    return False
