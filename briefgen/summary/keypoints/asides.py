"""Asides of a sentence, which a shortened sentence always leaves out.

* brackets: "(about 4 million euros)";
* appositions set off by commas: "Ada Brook, 61, a retired nurse, said" -> "Ada Brook said";
  when the name is the apposition, the description goes instead: "The mayor, Ada Brook,
  said" -> "Ada Brook said";
* relative and participial clauses set off by commas: "The bridge, which opened in 1990,
  ..." -> "The bridge ...";
* a phrase summing up the sentence at its end: "..., a move that angered the unions.";
* an attribution after the statement: "Rents will rise, the agency said." -> "Rents will
  rise."; "..., according to the survey." likewise;
* a tail after a dash that ends the sentence: "The ferry will run all winter — if the
  council pays for it." -> "The ferry will run all winter."

Each rule returns whether it cut anything; :mod:`.shorten` names them when they fire.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...lang.en.discourse import ATTRIBUTION_PREPOSITIONS, CONDITION_OPENERS
from ...lang.en.roles import NAME_CAVEAT_PHRASES, NAME_CAVEAT_WORDS, OFFICE_QUALIFIERS
from ...lang.en.speech import REPORTING_VERBS, SPEECH_VERBS
from ...trace import fired
from .cutting import TERMINAL

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Span, Token

    from .cutting import Cutting

__all__ = ["brackets", "appositions", "relative_clauses", "resumptive", "attribution", "dash_tail"]

_DASHES = (",", "—", "–", "-")
#: "who", "which", "whose": a relative pronoun the parser takes for an apposition opens a clause.
_RELATIVE_PRONOUN_TAGS = frozenset({"WP", "WDT", "WP$"})
#: A main verb's objects and clauses: a resumptive phrase the parser takes for one is no aside
#: unless the verb has another before it.
_COMPLEMENTS = frozenset({"dobj", "ccomp", "xcomp", "attr", "acomp", "dative"})


def brackets(c: "Cutting", keep: "Callable[[Span], bool] | None" = None) -> bool:
    """Text in round or square brackets; not a bracket whose inside ``keep`` holds to, nor a
    score's own part (:func:`score_part`)."""
    done = False
    opened: int | None = None
    for t in c.toks:
        if t.text in "([":
            opened = t.i
        elif t.text in ")]" and opened is not None:
            inside = c.doc[opened + 1 : t.i]
            if (
                not score_part(inside)
                and not office_qualifier(inside)
                and not name_caveat(inside)
                and (keep is None or not keep(inside))
            ):
                done |= c.try_cut(set(range(opened, t.i + 1)))
            opened = None
    return done


def score_part(inside: "Span") -> bool:
    """A bracket that holds a number right after a score: a tie-break's points ("won 7-6 (5)",
    "lost 6-7 (4), 6-4"): part of the result, not an aside; without it "7-6" tells less than the
    article. Coverage: 1 of the 60 real pages (both inputs: a tennis round-up, a blind review's
    minor, "the tiebreak scores were dropped"); no dev article writes a tie-break so. Kept though
    rare: it only keeps words of the article, and a result cut short says less than the source."""
    doc = inside.doc
    if len(inside) != 1 or not inside[0].is_digit or len(inside[0].text) > 2 or inside.start < 4:
        return False
    before = doc[inside.start - 4 : inside.start - 1]  # "7", "-", "6" before the "("
    return before[1].text in ("-", "–") and all(t.is_digit and len(t.text) <= 2 for t in (before[0], before[2]))


def name_caveat(inside: "Span") -> bool:
    """A bracket that says the name before it is not the person's own: "Rosa (not her real name)",
    "Ana (a pseudonym)", "(names have been changed)" (:data:`..lang.en.roles.NAME_CAVEAT_PHRASES`).
    Without it a pseudonym reads as the person's name, which the article says it is not.
    Coverage: 1 training page (a student the story calls by a made-up name, a blind review's
    minor), no dev article. Kept though rare, as :func:`office_qualifier` is: it only keeps the
    article's words, and the cut states a fact the source denies."""
    text = inside.text.lower()
    if len(inside) > 8:
        return False
    found = any(p in text for p in NAME_CAVEAT_PHRASES) or any(t.lower_ in NAME_CAVEAT_WORDS for t in inside)
    if found:
        fired("keypoints.name_caveat")
    return found


def office_qualifier(inside: "Span") -> bool:
    """A bracket that says how a title before it is held: "Harbour Director (Acting)",
    "Professor (emeritus)" (:data:`..lang.en.roles.OFFICE_QUALIFIERS`). Without it the office reads
    as held in full, which the article does not say. Coverage: 2 training pages (one a blind
    review's major: an acting chief executive shown as the chief executive), no dev article. Kept
    though rare, as :func:`score_part` is: it only keeps the article's words, and a cut that turns
    an acting officer into the officer states a fact the source does not."""
    if len(inside) != 1 or inside.start < 2:
        return False
    word = inside[0].text.rstrip(".").lower()
    return word in OFFICE_QUALIFIERS and inside.doc[inside.start - 2].pos_ in {"NOUN", "PROPN"}


def appositions(c: "Cutting") -> bool:
    """Appositions set off by commas; of a description and a name, the name stays."""
    done = False
    for t in c.toks:
        if t.dep_ != "appos" or not c.inside(t.head) or any(w.dep_ == "cc" for w in t.children):
            continue  # "Ann, Bob and Carl": a list, not an apposition
        if t.tag_ in _RELATIVE_PRONOUN_TAGS:
            continue  # "Ana Ruiz, who in 2009, won the medal, has ...": a clause the parser broke up
        ids = {w.i for w in t.subtree}
        if not _contiguous(ids) or min(ids) < c.first or max(ids) > c.last:
            continue
        if t.pos_ == "PROPN" and t.head.pos_ == "NOUN":  # the name is the apposition: it stays
            # only a name set off by commas right after its description ("The mayor, Ada
            # Brook, said"), not a title after a colon that the parser hangs on the subject
            set_off = c.doc[min(ids) - 1].text == "," and max(ids) + 1 <= c.last and c.doc[max(ids) + 1].text == ","
            if set_off and t.head.dep_ in ("nsubj", "nsubjpass") and t.head.i < t.i:
                description = {w.i for w in t.head.subtree if w.i < min(ids)}
                commas = {i for i in range(min(description), max(ids) + 2) if i not in ids and c.doc[i].text == ","}
                if _contiguous(description) and c.try_cut(description | commas, subject_too=True):
                    done = True
            continue
        cut = _set_off(c, ids, t)
        if cut is not None and c.try_cut(cut):
            done = True
    return done


def relative_clauses(c: "Cutting") -> bool:
    """Relative and participial clauses after a noun, set off by commas."""
    done = False
    for t in c.toks:
        if t.dep_ not in ("relcl", "acl") or not c.inside(t.head) or t.head.i > t.i:
            continue
        ids = {w.i for w in t.subtree}
        if not _contiguous(ids) or max(ids) > c.last:
            continue
        cut = _set_off(c, ids, t)
        if cut is not None and c.try_cut(cut):
            done = True
    return done


def resumptive(c: "Cutting") -> bool:
    """A noun phrase after a comma that sums up what came before and ends the sentence: "...
    to the islands, a fleet that runs from ...", "..., a move that angered the unions." It has
    a relative clause; taken for the main verb's object, it goes only when the verb has another
    object or clause before it ("hired, after a long search, a chief who ..." keeps it)."""
    root = c.root
    end = c.end_index()
    if root is None:
        return False
    for t in c.toks:
        if t.pos_ != "NOUN" or t.i <= root.i or not any(w.dep_ == "relcl" for w in t.children):
            continue
        lo, hi = t.left_edge.i, t.right_edge.i
        if lo - 1 <= root.i or c.doc[lo - 1].text != "," or c.doc[lo].dep_ != "det" or hi < end - 1:
            continue
        if t.dep_ in _COMPLEMENTS and not any(w.dep_ in _COMPLEMENTS and w.i < lo - 1 for w in root.children):
            continue  # the parser took it for the verb's object: it is one unless the verb has another
        return c.try_cut(set(range(lo - 1, end)))
    return False


def attribution(c: "Cutting") -> bool:
    """An attribution after the statement: ', the agency said.', ', according to the survey.'."""
    root = c.root
    if root is None:
        return False
    end = c.end_index()
    if root.lemma_.lower() in SPEECH_VERBS or root.lemma_.lower() in REPORTING_VERBS:
        said = next((w for w in root.children if w.dep_ == "ccomp" and w.i < root.i), None)
        # the statement opens the sentence (a dateline the parser joined to it lies before it)
        if said is not None and said.left_edge.i <= c.first and c.doc[said.right_edge.i + 1].text == ",":
            c.root = said  # the statement is the sentence now
            if c.try_cut(set(range(said.right_edge.i + 1, end))):
                return True
            c.root = root
    for t in c.toks:
        if t.lower_ in ATTRIBUTION_PREPOSITIONS and t.dep_ == "prep" and t.right_edge.i == end - 1:
            cut = _set_off(c, {w.i for w in t.subtree})
            if cut is not None and c.try_cut(cut):
                return True
    return False


#: Dashes that set off a tail: a lone hyphen between spaces stands for one in plain text.
_TAIL_DASHES = frozenset({"—", "–", "-", "--"})


def dash_tail(c: "Cutting") -> bool:
    """A tail set off by a dash after the main verb that runs to the sentence's end (a comment, a
    detail): "The mill reopened on Monday — a year after the fire.", not a condition ("— if the
    council pays", :data:`CONDITION_OPENERS`), nor what a conjunction adds. Only in a
    sentence with one such dash (two set off an aside between them; "a 3-1 win" has none, a
    hyphen between spaces is one); a dash inside a quotation does not count."""
    root = c.root
    if root is None:
        return False
    end = c.end_index()
    dashes = [t for t in c.toks if t.text in _TAIL_DASHES and c.first < t.i < end and _spaced_dash(t)]
    dashes = [t for t in dashes if not any(t.i in q for q in c.quoted)]
    if len(dashes) != 1 or dashes[0].i <= root.i or dashes[0].i + 1 >= end:
        return False
    if c.doc[dashes[0].i + 1].pos_ == "CCONJ":
        return False
    if c.doc[dashes[0].i + 1].lower_ in CONDITION_OPENERS:
        # "... all winter — if the council pays": without it the promise has no condition
        fired("bottomline.condition_kept")
        return False
    return c.try_cut(set(range(dashes[0].i, end)))


def _spaced_dash(t: "Token") -> bool:
    """An em or en dash, or a hyphen with spaces on both sides (a dash typed as a hyphen)."""
    return t.text in "—–" or (bool(t.whitespace_) and bool(t.doc[t.i - 1].whitespace_))


def _contiguous(ids: set[int]) -> bool:
    return bool(ids) and max(ids) - min(ids) + 1 == len(ids)


def _set_off(c: "Cutting", ids: set[int], head: "Token | None" = None) -> set[int] | None:
    """``ids`` with the commas around it, when a comma opens it and a comma, a dash or the
    sentence's end closes it; None when it is not set off. A closing comma that also closes a
    phrase set off around this one stays ("The mill, which stood in Leeds, England, closed."
    -> "The mill, which stood in Leeds, closed.")."""
    lo, hi = min(ids), max(ids)
    if lo - 1 < c.first or c.doc[lo - 1].text != ",":
        return None
    # "The actor, Tom Abara, who won the prize, has left.": the comma before the clause closes
    # the name set off before it, and stays; the clause's closing comma goes instead
    shared = _closes_apposition(c, lo - 1)
    if hi > lo and c.doc[hi].text == ",":  # the parser hung the closing comma inside it
        if head is not None and _closes_outer(c, head, hi - 1):
            return (ids - {hi}) | {lo - 1}
        return ids if shared else ids | {lo - 1}
    after = c.doc[hi + 1] if hi + 1 <= c.last else None
    if after is None or after.text in TERMINAL or after.i >= c.end_index():
        return ids | {lo - 1}
    if after.is_quote:
        return ids | {lo - 1}
    if after.text in _DASHES:
        if after.text == "," and head is not None and _closes_outer(c, head, hi):
            return ids | {lo - 1}
        return ids | {after.i} if shared and after.text == "," else ids | {lo - 1, after.i}
    return None


def _closes_apposition(c: "Cutting", comma: int) -> bool:
    """The comma at ``comma`` closes an apposition that a comma opened ("the actor, Tom Abara,")."""
    if comma - 1 < c.first:
        return False
    before = c.doc[comma - 1]
    for a in (before, *before.ancestors):
        if a.right_edge.i not in (comma - 1, comma):  # the parser may hang the comma on it
            return False
        if a.dep_ == "appos" and a.left_edge.i - 1 >= c.first and c.doc[a.left_edge.i - 1].text == ",":
            return True
    return False


def _closes_outer(c: "Cutting", t: "Token", hi: int) -> bool:
    """A phrase that holds ``t``, ends where it ends (at ``hi`` or on the comma after it) and
    opens on a comma itself."""
    for a in t.ancestors:
        if not c.inside(a) or a.i == (c.root.i if c.root is not None else -1):
            return False
        if a.right_edge.i in (hi, hi + 1) and a.left_edge.i - 1 >= c.first and c.doc[a.left_edge.i - 1].text == ",":
            return True
    return False
