"""Who said each quote: reporting clauses read from the spaCy parse already in the Analysis.

A quote's speaker is looked for, in order:
  1. in its own sentence: the subject of a reporting verb next to it (``,” Smith said``,
     ``said Smith, a fellow at ...``, ``Smith said: “...”``, ``according to Smith``);
  2. in the quote it continues (``“A,” he said. “B.”``, or a quote running on into the
     next paragraph);
  3. in the paragraph before, when that paragraph introduces it (``Smith said:``) or
     names a speaker in a reporting clause and this paragraph is all quote.
Pronouns resolve to the nearest compatible person mentioned before (outside quotes);
surnames resolve to the fullest form of the name in the article (people.NameIndex).
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from .people import NameIndex
from .sentences import split_paragraphs

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .analysis import Analysis
    from .quotes import QuoteSpan

__all__ = ["attribute_speakers", "SPEECH_VERBS"]




#: Lemmas of verbs that report speech or writing (and, for short quotes, name-calling).
SPEECH_VERBS = frozenset(
    """say tell add note write tweet post explain ask respond reply answer argue insist claim state
    declare continue recall warn acknowledge admit announce conclude contend joke quip remark report
    suggest testify urge complain observe predict promise vow boast charge counter concede emphasize
    emphasise exclaim mention shout yell scream chant caution lament agree assert maintain allege
    confirm deny reiterate stress underscore repeat describe call dub label brand characterize
    characterise deride slam blast praise accuse dismiss criticize criticise decry denounce proclaim
    told wonder muse recount retort fume rail lash mock tout pledge threaten plead demand insist
    opine reason concur disagree interject begin read comment cite sing scold quote""".split()
)
_PRONOUNS = {"he": "m", "him": "m", "she": "f", "her": "f"}
_MALE_HONORIFICS = {"mr", "mr.", "sir", "lord"}
_FEMALE_HONORIFICS = {"mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady"}
_NAME_LABELS = {"PERSON", "ORG", "NORP", "GPE", "FAC", "PRODUCT", "WORK_OF_ART"}
_ABBREV = {
    "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "jr", "sr",
    "st", "prof", "rev", "mt", "ft", "no", "vs", "v", "inc", "corp", "co", "ltd", "u.s", "u.n",
    "del", "amb", "supt", "det", "atty", "cmdr", "hon", "fr", "sens", "reps", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "adm", "maj", "pres",
}
_TERMINATOR = re.compile(r"[.!?]+(?=[\"”’']*\s|[\"”’']*$)")


def _is_sentence_end(text: str, pos: int) -> bool:
    """True when the terminator at ``pos`` ends a sentence (not 'Mr.' or 'D-Mo.' or 'J.')."""
    if text[pos] != ".":
        return True
    m = re.search(r"([\w.'-]+)$", text[max(0, pos - 20):pos])
    word = m.group(1).lower() if m else ""
    last = word.split("-")[-1]
    return not (word in _ABBREV or last in _ABBREV or len(last) == 1 or "." in last)


def _sentence_end_after(text: str, start: int, hi: int) -> int:
    for m in _TERMINATOR.finditer(text, start, hi):
        if _is_sentence_end(text, m.start()):
            return m.end()
    return hi


def _sentence_start_before(text: str, end: int, lo: int) -> int:
    best = lo
    for m in _TERMINATOR.finditer(text, lo, end):
        if m.end() < end and _is_sentence_end(text, m.start()):
            best = m.end()
    return best


_SKIP_ENTS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
_PERSONAL = {"he", "she", "they", "it", "i", "we"}
_RELATIVE = {"who", "that", "which", "whom"}
#: Verbs that put words in a subject's mouth when a short quote is their object.
_JUDGING = frozenset(
    "liken compare hail rate rule find fear tout dismiss consider view see deem name term praise blame".split()
)
_ADVERBS_BEFORE_VERB = {"then", "also", "later", "once", "again", "further", "simply"}


class _Attributor:
    """Holds what one article's attribution needs: quote intervals, person mentions, names."""

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
        persons = [e for e in analysis.entities if e.label_ == "PERSON" and not self.in_quote(e.start_char)]
        self.names = NameIndex.from_names([e.text for e in persons])
        self.mentions = self._mentions(persons)
        self._mention_tokens = {m[3] - 1 for m in self.mentions}
        self._mpos = [m[0] for m in self.mentions]
        self.gender = self._genders()
        self.psubj = self._pronoun_subjects()
        self._ppos = [p for p, _ in self.psubj]

    # -- helpers -----------------------------------------------------------------------
    def in_quote(self, char: int) -> bool:
        i = bisect.bisect_right(self._qstarts, char) - 1
        return i >= 0 and self.quoted[i][0] <= char < self.quoted[i][1]

    def _mentions(self, persons: list) -> list[tuple[int, str, bool, int]]:
        """Person mentions outside quotes: (char, full name, is main-clause subject, end token)."""
        out: dict[int, tuple[int, str, bool, int]] = {}
        for e in persons:
            root = e.root
            if root.dep_ == "compound" and root.head.pos_ == "NOUN":
                continue  # "the Clinton campaign" is not Clinton
            out[e.start_char] = (e.start_char, self.names.resolve(e.text), _main_subject(root), e.end)
        for t in self.an.doc:
            # a capitalised subject spaCy did not tag (surnames like Ham, Price) is a person too
            if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "PROPN" and t.ent_type_ == "" and not self.in_quote(t.idx):
                left = t.i
                while left > 0 and t.doc[left - 1].pos_ == "PROPN" and t.doc[left - 1].ent_type_ == "":
                    left -= 1
                first = t.doc[left]
                if first.idx not in out and t.text[:1].isupper():
                    out[first.idx] = (first.idx, self.names.resolve(t.doc[left:t.i + 1].text), _main_subject(t), t.i + 1)
        # a known surname is a person wherever it stands, whatever spaCy tagged it
        surnames = {n.split()[-1].lower() for n in self.names.full_names}
        for t in self.an.doc:
            if (t.pos_ == "PROPN" and t.lower_ in surnames and t.ent_type_ != "PERSON"
                    and t.idx not in out and not self.in_quote(t.idx)):
                out[t.idx] = (t.idx, self.names.resolve(t.text), _main_subject(t), t.i + 1)
        return sorted(out.values())

    def _pronoun_subjects(self) -> list[tuple[int, str]]:
        """He/she as main-clause subjects outside quotes: they carry a referent from sentence to sentence."""
        return [
            (t.idx, _PRONOUNS[t.lower_])
            for t in self.an.doc
            if t.lower_ in ("he", "she") and _main_subject(t) and not self.in_quote(t.idx)
        ]

    def _genders(self) -> dict[str, str]:
        """Gender hints per full name: honorifics, then the first he/she after a mention."""
        votes: dict[str, list[int]] = {}
        doc = self.an.doc
        for char, name, _, end in self.mentions:
            v = votes.setdefault(name, [0, 0])
            first = doc.char_span(char, char + 1, alignment_mode="expand")
            i = first.start if first is not None else 0
            for w in (doc[i - 1].lower_ if i > 0 else "", doc[i].lower_):
                if w in _MALE_HONORIFICS:
                    v[0] += 3
                elif w in _FEMALE_HONORIFICS:
                    v[1] += 3
            # a subject he/she soon after a subject mention, before any other person, refers to it
            if not doc[end - 1].dep_.startswith("nsubj"):
                continue
            for t in doc[end:min(len(doc), end + 30)]:
                if t.ent_type_ == "PERSON" or t.i in self._mention_tokens or "\n" in t.text:
                    break
                g = _PRONOUNS.get(t.lower_)
                if g and t.dep_.startswith("nsubj") and not self.in_quote(t.idx):
                    v[0 if g == "m" else 1] += 1
                    break
        return {n: ("m" if m > f else "f") for n, (m, f) in votes.items() if m != f}

    def tokens(self, start: int, end: int) -> list["Token"]:
        span = self.an.span(start, end) if end > start else None
        if span is None:
            return []
        return [t for t in span if start <= t.idx < end and not self.in_quote(t.idx)]

    @staticmethod
    def is_speech_verb(t: "Token") -> bool:
        if t.lemma_.lower() == "put":  # "as Smith put it, “...”"
            return any(c.lower_ == "it" for c in t.children)
        return (t.lemma_.lower() in SPEECH_VERBS and t.pos_ in ("VERB", "AUX")) or t.lower_ in ("said", "says")

    @staticmethod
    def nominal(t: "Token") -> bool:
        """Could head the subject of a reporting clause (not a date, not inside a prepositional phrase)."""
        if t.ent_type_ in _SKIP_ENTS or t.dep_ == "pobj" or (t.head.dep_ == "pobj" and t.head.i != t.i):
            return False
        if t.pos_ == "PRON":
            return t.lower_ in _PERSONAL
        return t.pos_ in ("PROPN", "NOUN") and t.is_alpha or t.ent_type_ == "PERSON"

    def first_nominal(self, words: list["Token"]) -> "Token | None":
        """The head of the first noun phrase in ``words``; a person named later in apposition wins over a description."""
        for i, t in enumerate(words):
            if not self.nominal(t):
                continue
            # "IMF chief economist Maury Obstfeld": climb from modifiers to the head of the phrase
            ids = {w.i for w in words}
            while t.dep_ in ("compound", "poss", "nmod", "amod") and t.head.i > t.i and t.head.i in ids:
                t = t.head
            if t.pos_ == "NOUN" and t.ent_type_ != "PERSON":
                named = next((w for w in words[i + 1:] if w.ent_type_ == "PERSON"), None)
                if named is not None:
                    return named
            return t
        return None

    # -- speaker from a clause ---------------------------------------------------------
    def according_to(self, toks: list["Token"]) -> "Token | None":
        for i, t in enumerate(toks[:-1]):
            if t.lower_ == "according" and toks[i + 1].lower_ == "to":
                rest = [w for w in toks[i + 2:i + 10] if not w.is_punct]
                for w in rest:
                    if w.pos_ in ("PROPN", "NOUN", "PRON") or w.ent_type_ == "PERSON":
                        while w.dep_ in ("compound", "poss", "nmod", "amod") and w.head.i > w.i:
                            w = w.head
                        return w
                return None
        return None

    def clause_after(self, start: int, end: int) -> tuple[bool, str | None]:
        """The speaker in a reporting clause that follows a quote: ``,” Smith said`` / ``said Smith, ...``."""
        toks = self.tokens(start, end)
        words = [t for t in toks if not t.is_punct and not t.is_space]
        if not words:
            return False, None
        acc = self.according_to(toks)
        if acc is not None:
            return True, self.name_of(acc)
        vi = next((i for i, t in enumerate(words[:30]) if self.is_speech_verb(t)), None)
        if vi is None:
            # ``” ― Jane Doe``: a dash and a bare name sign the quote
            lead = self.text[start:words[0].idx]
            if any(c in lead for c in "―—–") and words[0].ent_type_ == "PERSON" or (
                any(c in lead for c in "―—") and all(w.pos_ == "PROPN" for w in words[:2])
            ):
                return True, self.name_of(self.np_head(words[0]))
            return False, None
        pre = [w for w in words[:vi] if w.lower_ not in _ADVERBS_BEFORE_VERB]
        if not pre and words[vi].tag_ == "VBG":
            return False, None  # ``,” adding that ...`` continues the sentence before: no new speaker
        subj = self.first_nominal(words[vi + 1:vi + 8]) if not pre else self.first_nominal(pre)
        if subj is None:
            subj = self.subject_of(words[vi], start, end)
        if subj is None:
            return False, None
        return True, self.name_of(self.np_head(subj))

    def clause_before(self, start: int, end: int) -> tuple[bool, str | None]:
        """The speaker in the sentence before a quote: ``Smith said: “`` / ``Said Smith: “``."""
        toks = self.tokens(start, end)
        acc = self.according_to(toks)
        if acc is not None:
            return True, self.name_of(acc)
        for v in reversed([t for t in toks if self.is_speech_verb(t)]):
            if v.dep_ == "relcl":
                continue  # "the loopholes he cited are “...”": he is not quoted here
            subj = self.subject_of(v, start, end)
            if subj is None:
                pre = [w for w in toks if w.i < v.i and not w.is_punct]
                post = [w for w in toks if w.i > v.i and not w.is_punct]
                subj = self.first_nominal(pre) if pre else self.first_nominal(post[:6])
            if subj is None or subj.lower_ in _RELATIVE or (subj.pos_ == "PRON" and subj.lower_ not in _PRONOUNS):
                continue  # "the impact it said ...": not a reporting clause for this quote
            return True, self.name_of(self.np_head(subj))
        return False, None

    def governor(self, start: int, quote_start: int) -> tuple[bool, str | None]:
        """A partial quote inside a clause: the subject of the verb that governs it.

        ``PolitiFact rated the claim “false”`` / ``Trump likened them to a “vicious snake”``:
        the quoted words belong to the clause's subject when it names someone.
        """
        first = self.an.span(quote_start, quote_start + 1)
        if first is None:
            return False, None
        t = first[0]
        for _ in range(10):
            if t.head.i == t.i:
                break
            t = t.head
            if self.in_quote(t.idx) or t.pos_ not in ("VERB", "AUX") or t.lemma_ == "be":
                continue
            subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None or self.in_quote(subj.idx) or subj.idx < start:
                continue
            if subj.ent_type_ in ("GPE", "LOC", "DATE", "TIME", "FAC"):
                break
            person_like = subj.lower_ in ("he", "she") or subj.ent_type_ in ("PERSON", "ORG", "NORP") or (
                subj.pos_ == "PROPN" and subj.ent_type_ == ""
            )
            # a common-noun subject ("a Times article hailed ...") only with a verb of saying or judging
            if person_like or (subj.pos_ == "NOUN" and (self.is_speech_verb(t) or t.lemma_ in _JUDGING)):
                return True, self.name_of(self.np_head(subj))
            break
        return False, None

    def np_head(self, t: "Token") -> "Token":
        """Last token of a proper-name run: 'Rep.' in 'Rep. Gwen Moore' -> 'Moore'."""
        doc = t.doc
        while t.pos_ == "PROPN" and t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN" and not doc[t.i + 1].is_punct:
            t = doc[t.i + 1]
        return t

    def subject_of(self, verb: "Token", start: int, end: int) -> "Token | None":
        tok: "Token | None" = verb
        for _ in range(6):  # up through gerunds and conjoined verbs: "Smith paused, adding"
            if tok is None:
                break
            if tok.dep_ == "acl" and tok.head.pos_ == "PROPN" and start <= tok.head.idx < end:
                return tok.head  # "footage of Clinton asking, “...”"
            for c in tok.children:
                if c.dep_ in ("nsubj", "nsubjpass") and not self.in_quote(c.idx) and start <= c.idx < end:
                    return c
            tok = tok.head if tok.head.i != tok.i else None
        return None

    def name_of(self, tok: "Token") -> str | None:
        """The speaker a subject token stands for: a full name, a resolved pronoun, or a description."""
        low = tok.lower_
        if low in ("he", "she"):
            return self.resolve_pronoun(tok.idx, _PRONOUNS[low])
        if tok.pos_ == "PRON":
            return None
        # an appositive name beats a description: "a senior fellow, Dan Hamilton, said"
        if tok.ent_type_ not in _NAME_LABELS and tok.pos_ != "PROPN":
            for c in tok.children:
                if c.dep_ == "appos" and (c.ent_type_ == "PERSON" or c.pos_ == "PROPN"):
                    tok = c
                    break
        if tok.ent_type_ in _NAME_LABELS:
            ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
            if ent is not None:
                resolved = self.names.resolve(ent.text)
                # a surname spaCy took for an organisation is still the person named before
                if ent.label_ == "PERSON" or resolved in self.names.full_names:
                    return resolved
                return re.sub(r"^(?:the|The)\s+", "", ent.text).strip()
        if tok.pos_ == "PROPN":
            left = tok.i
            while left > 0 and tok.doc[left - 1].pos_ == "PROPN" and not tok.doc[left - 1].is_punct:
                left -= 1
            return self.names.resolve(tok.doc[left:tok.i + 1].text)
        # a description: "a senior administration official"
        left = tok.left_edge.i
        while left < tok.i and tok.doc[left].is_punct:
            left += 1
        return tok.doc[left:tok.i + 1].text or None

    def resolve_pronoun(self, pos: int, gender: str, depth: int = 3) -> str | None:
        """The person a he/she at ``pos`` most likely is: main-clause subjects of recent sentences first.

        A sentence whose subject is itself a compatible he/she hands the search on to that
        pronoun ("He added that Clinton ... Trump." keeps referring to the earlier speaker).
        """
        sents = self.an.sentences
        here = self.an.sentence_at(pos)
        si = here.index if here is not None else bisect.bisect_right([s.start for s in sents], pos) - 1
        for j in range(si, max(-1, si - 5), -1):
            s = sents[j]
            end = min(s.end, pos)
            lo = bisect.bisect_left(self._mpos, s.start)
            hi = bisect.bisect_left(self._mpos, end)
            cands = [m for m in self.mentions[lo:hi] if self.gender.get(m[1], gender) == gender]
            subjects = [m for m in cands if m[2]]
            if subjects:
                return subjects[-1][1]
            plo = bisect.bisect_left(self._ppos, s.start)
            phi = bisect.bisect_left(self._ppos, end)
            chained = [p for p, g in self.psubj[plo:phi] if g == gender]
            if chained and depth > 0:
                return self.resolve_pronoun(chained[0], gender, depth - 1)
            if cands:
                return cands[-1][1]
        i = bisect.bisect_left(self._mpos, pos)
        for j in range(i - 1, -1, -1):
            if self.gender.get(self.mentions[j][1], gender) == gender:
                return self.mentions[j][1]
        return None

    # -- per quote ---------------------------------------------------------------------
    def own_clause(self, k: int) -> tuple[bool, str | None]:
        """The speaker named in the quote's own sentence, before or after it."""
        q = self.spans[k]
        text = self.text
        lo, hi = self.paragraphs[q.paragraph]
        open_at = q.open_mark if q.open_mark is not None else q.start
        prev_close = lo
        if k > 0 and self.spans[k - 1].paragraph == q.paragraph:
            p = self.spans[k - 1]
            prev_close = p.close_mark if p.close_mark is not None else p.end
        b_start = max(prev_close, _sentence_start_before(text, open_at, lo))
        before = text[b_start:open_at]
        after_start = q.close_mark if q.close_mark is not None else q.end
        nxt = hi
        if k + 1 < len(self.spans) and self.spans[k + 1].paragraph == q.paragraph:
            n = self.spans[k + 1]
            nxt = n.open_mark if n.open_mark is not None else n.start
        a_end = min(nxt, _sentence_end_after(text, after_start, hi))
        has_before = bool(before.strip(" ,—–-:\n\u00a0"))
        after: tuple[bool, str | None] = (False, None)
        if q.close_mark is not None:
            after = self.clause_after(after_start, a_end)
            # ``...: “Whole sentence,” the union wrote.``: the clause at the quote wins
            if after[0] and before.rstrip().endswith(":"):
                return after
        if has_before:
            found, who = self.clause_before(b_start, open_at)
            if found:
                return found, who
        if after[0]:
            return after
        if has_before:
            return self.governor(b_start, q.start)
        return False, None

    def intro_before(self, k: int) -> tuple[bool, str | None]:
        """A speaker introduced by the paragraph before a paragraph-opening quote."""
        q = self.spans[k]
        if q.paragraph == 0:
            return False, None
        lo, hi = self.paragraphs[q.paragraph - 1]
        start = _sentence_start_before(self.text, hi, lo)
        last = self.text[start:hi].rstrip()
        if last.endswith(":"):
            return self.clause_before(start, hi)
        if not any(lo <= a < hi for a, _ in self.quoted):
            # "Smith told reporters the plan was on track." then a paragraph of quote
            found, who = self.clause_before(start, hi)
            if found and who is not None and who in self.names.full_names:
                return found, who
            # "Smith, a fellow at ..., has studied the region for years." names the speaker too
            m_lo = bisect.bisect_left(self._mpos, start)
            m_hi = bisect.bisect_left(self._mpos, hi)
            subjects = [m for m in self.mentions[m_lo:m_hi] if m[2]]
            if subjects:
                return True, subjects[0][1]
        if k > 0 and self.spans[k - 1].paragraph == q.paragraph - 1:
            return True, None  # marker: the quote just before speaks on
        return False, None


def _main_subject(t: "Token") -> bool:
    """Subject of a main clause (not of a 'while ...' or 'who ...' clause), or its 'according to' source."""
    if t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.head.lower_ == "according":
        return True
    if t.dep_ not in ("nsubj", "nsubjpass"):
        return False
    head = t.head
    if head.dep_ in ("ROOT", "conj", "parataxis"):
        return True
    # spaCy sometimes hangs a sentence on the one before: then its clause is a main one too
    return head.dep_ == "ccomp" and any(w.is_sent_start or w.text.strip() == "" for w in t.doc[head.head.i + 1:t.i])


def attribute_speakers(analysis: "Analysis", spans: list["QuoteSpan"]) -> list[str | None]:
    """The speaker of each quote in ``spans`` (same order), or None when the article does not say."""
    if not spans:
        return []
    att = _Attributor(analysis, spans)
    found = [att.own_clause(k) for k in range(len(spans))]
    out: list[str | None] = [who for _, who in found]
    known = [ok for ok, _ in found]
    # a continued quote shares its speaker with its chain: either end may carry the clause
    for k in range(len(spans)):
        if not known[k] and spans[k].continued and k > 0 and known[k - 1]:
            out[k], known[k] = out[k - 1], True
    for k in range(len(spans) - 2, -1, -1):
        if not known[k] and spans[k].continues and known[k + 1]:
            out[k], known[k] = out[k + 1], True
    for k, q in enumerate(spans):
        if known[k]:
            continue
        starts_para = q.open_mark == att.paragraphs[q.paragraph][0] or q.open_mark is None
        if k > 0 and spans[k - 1].paragraph == q.paragraph and known[k - 1]:
            out[k], known[k] = out[k - 1], True
        elif starts_para:
            ok, who = att.intro_before(k)
            if ok and who is None and k > 0:
                out[k], known[k] = out[k - 1], True
            elif ok:
                out[k], known[k] = who, True
    return out
