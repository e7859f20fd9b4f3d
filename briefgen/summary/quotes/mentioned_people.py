"""The people an article names outside its quotes, mention by mention, and whom a short name means.

Person mentions (outside quotes) are spaCy PERSON entities, untagged capitalised
subjects, and known surnames wherever they stand; each knows whether it is the subject
of a main clause, which is what a later he/she most often refers to.

:class:`MentionedPeople` finds them and resolves a short name or a bare surname to the full name
it stands for; :class:`.context.PersonMentions` adds the people's likely gender and whom a he/she
means.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING, Callable

from ...trace import fired
from ..entities import entity_model
from ..entities.names import strip_honorific
from .sentence_reading import main_subject, without_nickname
from .surnames import shared_surname_bearer

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..text.analysis import Analysis
    from ..types import Entity

__all__ = ["Mention", "MentionedPeople"]


#: (char offset, full name, is main-clause subject, end token index)
Mention = tuple[int, str, bool, int]

#: How far back (in characters, about two paragraphs) a full name still sets who a surname means.
_NEAR = 700


class MentionedPeople:
    """The people an article names outside its quotes: each mention with the full name it stands
    for and whether it is a main-clause subject, and whom a short name or a bare surname means.

    Names come from the article's entity model (:func:`~..entities.entity_model`), the one the
    actors are made from, so a quote's speaker and the actor list agree on who is who.
    """

    def __init__(self, analysis: "Analysis", in_quote: Callable[[int], bool]) -> None:
        self.analysis = analysis
        self.doc = analysis.doc
        self.sentences = analysis.sentences
        self.in_quote = in_quote
        self.model = entity_model(analysis)
        #: The full names of the article's people (as written, surname-first ones too).
        #: The people the model names in full.
        self.named_people = [e for e in self.model.people if len(e.name.split()) > 1]
        self.full_names = {without_nickname(e.name) for e in self.named_people}
        #: Everyone the model takes for a person, by the name a mention resolves to.
        self.person_names = {without_nickname(e.name) for e in self.model.people}
        self.mentions: list[Mention] = []  # filled next; resolving names while building sees none yet
        self._mpos: list[int] = []
        self.mentions = self._mentions()
        self._mention_tokens = {m[3] - 1 for m in self.mentions}
        self._mpos = [m[0] for m in self.mentions]

    def resolve_name(self, mention: str, pos: int) -> str:
        """The full name a (short) mention at ``pos`` stands for, else the mention without its
        honorific.

        A surname alone is the person who bears it, even where the model also took the bare
        word for an organisation of its own. When several people share it (Ann and Ben Roe),
        the entity model's choice stands when one of them was named in full just before;
        otherwise the one last seen as a main-clause subject, as a reader takes it.
        """
        plain = strip_honorific(mention) or mention.strip()
        entity = self.model.named(mention, at=pos)
        words = plain.split()
        if len(words) == 1:
            key = words[0].casefold()
            bearers = [p for p in self.named_people if p.name.split()[-1].casefold() == key]
            if len(bearers) == 1 and (entity is None or entity.kind != "person" or " " not in entity.name):
                fired("speakers.surname_bearer")
                return without_nickname(bearers[0].name)
            chosen = (
                shared_surname_bearer(bearers, self.analysis, mention, pos, self._subject_at)
                if len(bearers) > 1
                else None
            )
            if chosen is not None:
                return without_nickname(chosen.name)
            near = self._named_in_full_before(bearers, pos)
            if len(bearers) > 1 and near is not None:
                return near.name
            if len(bearers) > 1:
                names = {p.name for p in bearers}
                before = [m for m in self.mentions[: bisect.bisect_left(self._mpos, pos)] if m[1] in names]
                subjects = [m for m in before if m[2]]
                if subjects:
                    fired("speakers.shared_surname_subject")
                    return subjects[-1][1]
        return without_nickname(entity.name) if entity is not None else plain

    def named_in_full(self, mention: str, pos: int) -> bool:
        """True when ``mention`` at ``pos`` ("Hunt") stands for a person the article names in full."""
        return self.resolve_name(mention, pos) in self.full_names

    def _subject_at(self, start: int, end: int) -> bool:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return span is not None and len(span) > 0 and main_subject(span.root)

    def _named_in_full_before(self, people: "list[Entity]", pos: int) -> "Entity | None":
        """The one of ``people`` named in full within two paragraphs before ``pos``, if only one is."""
        near = [p for p in people if any(pos - _NEAR <= m.start < pos and " " in m.text for m in p.mentions)]
        return near[0] if len(near) == 1 else None

    def entity_at(self, pos: int) -> "Entity | None":
        """The entity named at character ``pos``, if any."""
        return self.model.at(pos)

    def between(self, start: int, end: int) -> list[Mention]:
        """Mentions starting in ``[start, end)``, in order."""
        return self.mentions[bisect.bisect_left(self._mpos, start) : bisect.bisect_left(self._mpos, end)]

    def _mentions(self) -> list[Mention]:
        """Person mentions outside quotes: (char, full name, is main-clause subject, end token)."""
        out: dict[int, Mention] = {}
        doc = self.doc
        self._person_spans = [(m.start, m.end) for p in self.model.people for m in p.mentions]
        for person in self.model.people:
            for m in person.mentions:
                if self.in_quote(m.start):
                    continue
                span = doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is None or not len(span):
                    continue
                root = span.root
                if root.dep_ == "compound" and root.head.pos_ == "NOUN":
                    continue  # "the Okafor campaign" is not Okafor
                # a surname alone is resolved where it stands (Ann or Ben Roe: who was named last)
                full = without_nickname(person.name)
                name = full if " " in m.text.strip() else self.resolve_name(m.text, m.start)
                out[m.start] = (m.start, name, main_subject(root), span.end)
        for t in doc:
            # a capitalised subject the model did not take for a name is a person too
            if (
                t.dep_ in ("nsubj", "nsubjpass")
                and t.pos_ == "PROPN"
                and t.ent_type_ == ""
                and not self.in_quote(t.idx)
                and self.model.at(t.idx) is None
            ):
                left = t.i
                while left > 0 and doc[left - 1].pos_ == "PROPN" and doc[left - 1].ent_type_ == "":
                    left -= 1
                first = doc[left]
                if first.idx not in out and t.text[:1].isupper():
                    fired("speakers.untagged_subject")
                    out[first.idx] = (
                        first.idx,
                        self.resolve_name(doc[left : t.i + 1].text, t.idx),
                        main_subject(t),
                        t.i + 1,
                    )
        # a person's surname is that person wherever it stands, whatever the tagger made of it
        surnames = {n.split()[-1].casefold() for n in self.full_names}
        written = {n.split()[-1] for n in self.full_names}
        for t in doc:
            if (
                (t.pos_ == "PROPN" or _surname_as_subject_noun(t, written))
                and t.lower_ in surnames
                and t.idx not in out
                and not self.in_quote(t.idx)
                and not any(a <= t.idx < b for a, b in self._person_spans)
            ):
                left = t.i  # with its first name: "Ana Okafor" tagged as a product is still Ana
                while left > 0 and doc[left - 1].pos_ == "PROPN" and doc[left - 1].text[:1].isupper():
                    left -= 1
                name = doc[left : t.i + 1].text
                if t.pos_ != "PROPN":
                    # coverage: see the harness's rule table; 1 of the 60 real pages (both inputs: a
                    # band member's surname opening a paragraph, whose quote it names)
                    fired("speakers.surname_tagged_noun")
                fired("speakers.surname_mention")
                out[t.idx] = (t.idx, self.resolve_name(name, t.idx), main_subject(t), t.i + 1)
        return sorted(out.values())


def _surname_as_subject_noun(t: "Token", surnames: set[str]) -> bool:
    """ "Parsons teased the tour.": a surname of a person named in full, written as that person
    writes it, that the tagger read as a common noun at a sentence's opening; a subject, so not a
    noun that the surname spells ("Baker prices rose" has no subject "Baker")."""
    shaped = len(t.text) > 2 and t.text[:1].isupper() and t.text[1:].islower()  # not the "C" of "Vitamin C"
    return t.pos_ == "NOUN" and shaped and t.text in surnames and t.dep_ in ("nsubj", "nsubjpass")
