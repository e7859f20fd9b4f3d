"""One sentence's tokens and the words cut from it, with the checks that keep it a sentence.

Read by the rules of :mod:`.asides` and :mod:`.shorten`; :meth:`Cutting.result` turns what
is kept back into text and the spans of the article it keeps.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .units import quoted_ranges

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from spacy.tokens import Token

__all__ = ["Cutting", "TERMINAL", "joined"]

TERMINAL = frozenset(".!?")
_BRACKETS = (("(", ")"), ("[", "]"), ("{", "}"), ("<", ">"))
#: Words that cannot end a sentence: what a cut leaves hanging ("... and .", "... of .").
_DANGLING = frozenset({"cc", "mark", "prep", "det", "punct", "case", "poss", "aux", "preconj"})
#: Marks after which the next piece follows without a space.
_NO_SPACE_BEFORE = ".,;:!?)’”"


def _subject_of(verb: "Token | None") -> "Token | None":
    """The subject of ``verb`` (an expletive "it"/"there" included), if it has one."""
    if verb is None:
        return None
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)


class Cutting:
    """The tokens of one sentence, its main verb, and which tokens are cut."""

    def __init__(self, toks: "list[Token]") -> None:
        self.toks = toks
        self.first = toks[0].i
        self.last = toks[-1].i
        self.doc = toks[0].doc
        self.cut: set[int] = set()
        self.root = _root(toks)
        start = toks[0].idx
        text = self.doc.text[start : toks[-1].idx + len(toks[-1].text)]
        #: the tokens of each quoted passage, marks included: cut whole or not at all
        self.quoted = [{t.i for t in toks if start + a - 1 <= t.idx < start + b + 1} for a, b in quoted_ranges(text)]

    def inside(self, t: "Token") -> bool:
        """``t`` is a token of the sentence."""
        return self.first <= t.i <= self.last

    def kept(self) -> "list[Token]":
        return [t for t in self.toks if t.i not in self.cut]

    def words(self, ids: "Iterable[int] | None" = None) -> int:
        """Words kept, or kept among ``ids``, as a reader counts them: runs of letters or digits
        between spaces ("Anna's" and "3-1" are one word each, a dash alone is none)."""
        among = set(ids) if ids is not None else None
        return sum(1 for t in self.kept() if _starts_word(t) and (among is None or t.i in among))

    def end_index(self) -> int:
        """Index of the first token of the closing punctuation (the sentence's end when none)."""
        i = self.last
        while i > self.first and (self.doc[i].text in TERMINAL or self.doc[i].is_quote):
            i -= 1
        return i + 1

    def try_cut(self, ids: set[int], *, subject_too: bool = False) -> bool:
        """Cut ``ids`` if what stays is still a sentence (its main verb and subject stay, and
        no quotation loses words); True when cut."""
        new = ids - self.cut
        if not new:
            return False
        if self.root is not None and self.root.i in new:
            return False
        subject = _subject_of(self.root)
        if subject is not None and subject.i in new and not subject_too:
            return False
        if any(q & new and not q <= new | self.cut for q in self.quoted) or not _paired(new, self.doc):
            return False  # a quotation stays verbatim, or goes whole
        cut_text = "".join(self.doc[i].text for i in new)
        if any(cut_text.count(a) != cut_text.count(b) for a, b in _BRACKETS):
            return False  # brackets go in pairs, or not at all
        if all(t.is_punct for t in self.toks if t.i not in self.cut and t.i not in new):
            return False
        self.cut |= new
        return True

    def result(self, start: int, end: int) -> tuple[str, tuple[tuple[int, int], ...]] | None:
        """The kept words as text (first letter capitalised) and as spans of the article,
        without punctuation or function words left hanging at a cut; None if no verb stays."""
        kept = self.kept()
        changed = True
        while changed:
            changed = False
            for n in range(len(kept)):
                if _hanging(kept, n):
                    kept.pop(n)
                    changed = True
                    break
        if not kept or not any(t.pos_ in ("VERB", "AUX") for t in kept):
            return None
        pieces: list[list[int]] = []
        for n, t in enumerate(kept):
            a, b = max(start, t.idx), min(end, t.idx + len(t.text))
            if n and t.i == kept[n - 1].i + 1:
                pieces[-1][1] = b
            else:
                pieces.append([a, b])
        # a full stop cut with the last phrase still ends the sentence: one the tokenizer left on
        # a word ("... and Acme."), or one inside the closing quotation mark ("... “on time.”")
        whole = self.doc.text[start:end].rstrip()
        stop = len(whole.rstrip("”’\"'")) - 1
        last = pieces[-1][1]
        if (
            whole[stop : stop + 1] in TERMINAL
            and self.doc.text[last - 1 : last] not in TERMINAL
            and kept[-1].i < self.last
            and start + stop >= last
        ):
            pieces.append([start + stop, start + stop + 1])
        out = joined(self.doc.text, pieces)
        return out[:1].upper() + out[1:], tuple((a, b) for a, b in pieces)


def joined(text: str, spans: "Iterable[Sequence[int]]") -> str:
    """The pieces ``text[a:b]`` of ``spans`` joined by single spaces, none before punctuation or
    a possessive "'s" (a shortened sentence, a key point with a name put in)."""
    out = ""
    for a, b in spans:
        piece = text[a:b]
        out += piece if not out or piece[:1] in _NO_SPACE_BEFORE or piece[:2] == "'s" else " " + piece
    return out


def _starts_word(t: "Token") -> bool:
    """``t`` begins a word of the text: it is not punctuation and follows a space (or nothing)."""
    if t.is_punct:
        return False
    if t.i == 0:
        return True
    before = t.doc[t.i - 1]
    # a line break is a token of its own, with no whitespace after it ("\n\nThe mill ...")
    return bool(before.whitespace_) or before.is_space or (before.is_punct and _starts_word_after_punct(before))


def _starts_word_after_punct(p: "Token") -> bool:
    """A word right after an opening mark or a dash that stands alone ("(the", "“We")."""
    return p.i == 0 or bool(p.doc[p.i - 1].whitespace_)


def _hanging(kept: "list[Token]", n: int) -> bool:
    """``kept[n]`` is left hanging: a comma opening the sentence or doubled, a word that
    cannot end a sentence before its end."""
    t = kept[n]
    if t.text in TERMINAL or t.is_quote:
        return False
    if t.text in ")]" and any(k.text in "([" for k in kept[:n]):
        return False  # "the Tarvel Group (TG), which ...": a kept bracket closes before the comma
    if n and kept[n - 1].i == t.i - 1 and not kept[n - 1].whitespace_ and not t.is_punct:
        return False  # the end of a word the tokenizer split: the "6" of a score "7-6"
    nxt = kept[n + 1] if n + 1 < len(kept) else None
    at_end = nxt is None or nxt.text in TERMINAL or (nxt.is_quote and nxt.i > t.i + 1)
    if t.is_punct and (n == 0 or (nxt is not None and nxt.is_punct and nxt.text not in "“‘(\"'")):
        return True
    return at_end and (t.is_punct or t.dep_ in _DANGLING)


def _paired(ids: set[int], doc) -> bool:
    """The quotation marks among ``ids`` open and close each other."""
    marks: list[str] = []
    single_open = 0
    for i in sorted(ids):
        t = doc[i]
        if not (t.is_quote or t.text in "\"“”‘’'"):
            continue
        if t.text in "’'" and not single_open and _possessive(t):
            continue  # "the regions’ votes": an apostrophe, no closing mark
        single_open += 1 if t.text == "‘" else -1 if t.text == "’" and single_open else 0
        marks.append(t.text)
    opening = sum(1 for m in marks if m in "“‘")
    closing = sum(1 for m in marks if m in "”’")
    return opening == closing and sum(1 for m in marks if m in "\"'") % 2 == 0


def _possessive(t: "Token") -> bool:
    """An apostrophe closing a plural's possessive: right after a word in -s, a word after it."""
    if t.dep_ == "case":
        return True
    before = t.doc[t.i - 1] if t.i > 0 else None
    after = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    return (
        before is not None
        and not before.whitespace_
        and before.text[-1:] in "sS"
        and bool(t.whitespace_)
        and after is not None
        and after.is_alpha
    )


def _root(toks: "list[Token]") -> "Token | None":
    """The sentence's main verb: the first token whose head lies outside it that is a verb."""
    inside = {t.i for t in toks}
    roots = [t for t in toks if t.head.i == t.i or t.head.i not in inside]
    verbs = [t for t in roots if t.pos_ in ("VERB", "AUX")]
    found = verbs or roots
    return found[0] if found else None
