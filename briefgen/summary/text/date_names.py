"""Surnames the entity model reads as dates: "Martin Weeks", "Ana Day", "Ben Winters".

spaCy's small model tags a capitalised surname that is also a word of time ("Weeks", "Day",
"Summers") as a DATE, and leaves the given name before it untagged, so the person is lost:
no actor, no speaker. A DATE of one capitalised word right after a capitalised given name
(:func:`briefgen.lang.en.given_names.is_given_name`) is that person's surname; the two become
one PERSON, and the surname's other mentions inside a sentence ("Li and Weeks were freed") a
PERSON too. A date written so ("on Tuesday", "in May") follows no given name; a sentence's
first word ("Weeks later, ...") is left as it is.

Coverage: 1 of the 60 real pages (both inputs: a freed hostage missing from the actors, the
other hostage shown), no dev article and no training page. Kept though rare: a person the
brief loses whole is a major of the sign-off review, and the class is general (surnames such
as Day, Weeks, Summers, Winters, Monday), while a date after a given name is no English.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...lang.en.given_names import is_given_name
from ...trace import fired

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

__all__ = ["join_date_surnames"]

#: The model's labels of time that a surname of this kind gets.
_TIME_LABELS = frozenset({"DATE", "TIME"})


def _lone_capitalised(ent: "Span") -> bool:
    """``ent`` is one capitalised word of letters, not the first of its sentence."""
    return len(ent) == 1 and ent[0].is_title and ent[0].is_alpha and not ent[0].is_sent_start


def join_date_surnames(doc: "Doc") -> None:
    """Relabel, in place, the surnames of :mod:`this module <.date_names>` as people."""
    from spacy.util import filter_spans

    ents = list(doc.ents)
    people: list[Span] = []
    surnames: set[str] = set()
    for e in ents:
        if e.label_ not in _TIME_LABELS or not _lone_capitalised(e) or e.start == 0:
            continue
        given = doc[e.start - 1]
        if (
            given.ent_type_
            or given.pos_ != "PROPN"
            or given.is_stop
            or not given.is_title
            or not is_given_name(given.text)
        ):
            continue  # "In July", "On Monday": a date after a preposition
        people.append(doc[e.start - 1 : e.end])
        surnames.add(e.text)
    if not people:
        return
    fired("entities.date_surname")
    people += [e for e in ents if e.label_ in _TIME_LABELS and e.text in surnames and _lone_capitalised(e)]
    relabelled = [doc.char_span(s.start_char, s.end_char, label="PERSON") for s in people]
    keep = [e for e in ents if not any(p.start <= e.start < p.end for p in people)]
    doc.ents = filter_spans([s for s in relabelled if s is not None] + keep)
