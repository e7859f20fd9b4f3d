"""Lines of an article whose entities are not taken from the shared parse as it stands.

spaCy's small model reads ALL-CAPS headlines and datelines badly: those lines are truecased
(same length, so offsets stay valid) and re-parsed on their own (:func:`caps_line_entities`),
and the places of an agency dateline, "OSLO (Reuters) -", are read from its text
(:func:`agency_datelines`). Photo credits and the caption lines they close hold no actors
(:func:`credit_ranges`). Used by :mod:`mentions`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...nlp import load_pipeline
from ...trace import fired
from ...lang.en.datelines import AGENCY_DATELINE
from ..text.truecase import body_forms, body_pairs, truecase_line

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan

    from ..text.analysis import Analysis

__all__ = ["credit_ranges", "caps_line_entities", "agency_datelines"]

#: A parenthesised photo credit: "(Jane Doe, Pool Photo via AP)", "(AFP/Getty Images)".
_CREDIT = re.compile(
    r"\((?=[^()\n]{0,200}\))[^()\n]*?(?:\bphoto(?:graph(?:er)?)?s?\b|\bimages?\b|\bpool\b|\bcourtesy\b|"
    r"\bcredit\b|\bfile\b|\bvia\s+(?:AP|AFP|Reuters|Getty|EPA)\b|/\s*(?:AP|AFP|Reuters|Getty|EPA)\b)[^()\n]*\)",
    re.IGNORECASE,
)
#: The end of a sentence inside a line: a caption closed by a credit starts after the last one.
_SENTENCE_STOP = re.compile(r"[.!?][\"'”’]?\s+(?=[\"'“‘]?[A-Z])")
#: A credit line of its own: "Photo: Jane Doe/AP", "Photo by Jane Doe".
_CREDIT_LINE = re.compile(r"^\s*(?:photo|image|picture)s?\s*(?:by\b|:)", re.IGNORECASE)
#: A credit inside a line: "Photo: Jane Doe", "Picture by Jane Doe", "Photograph: Jo Park/Agency"
#: (a caption run into the text, as pages set it under a picture); its capitalised words only.
_CREDIT_INLINE = re.compile(
    r"\b(?i:photo(?:graph)?|image|picture)s?\s*(?:(?i:by)\s+|:\s*)"
    r"[A-Z](?:[\w'’-]+|\.)(?:[ /][A-Z](?:[\w'’-]+|\.)){0,3}"
)


def credit_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of photo credits and of the caption lines they close."""
    ranges: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if _CREDIT_LINE.match(line):
            ranges.append((pos, end))
        else:
            for m in _CREDIT_INLINE.finditer(line):
                # coverage: 3 of the 111 training pages (the cleaner drops most credits before),
                # no dev article (clean texts carry no captions); kept: the photographer is no
                # actor, and a credit run into the next headline made one ("Photo: Jo Park
                # Prison official: ..." gave the person "Jo Park Prison")
                fired("entities.inline_photo_credit")
                ranges.append((pos + m.start(), pos + m.end()))
            for m in _CREDIT.finditer(line):
                # a credit at the end of its line closes a caption: the whole line goes
                fired("entities.photo_credit")
                if not line[m.end() :].strip(" .\t"):
                    # the caption is the line's last sentence: a story run into one paragraph
                    # (captions pasted in its flow) keeps the sentences before it
                    stops = list(_SENTENCE_STOP.finditer(line, 0, m.start()))
                    if stops:
                        # coverage: 1 dev article (CNN/DM, whose stories are one paragraph with
                        # captions run in); kept: without it such a story that ends in a credited
                        # caption loses every name, its speakers and actors with them
                        fired("entities.credit_caption_sentence")
                    ranges.append((pos + (stops[-1].end() if stops else 0), end))
                else:
                    ranges.append((pos + m.start(), pos + m.end()))
        pos = end + 1
    return ranges


def _place_parts(line: str, end: int) -> list[tuple[int, int]]:
    """Character ranges of the comma-separated place names in ``line[:end]`` (a dateline)."""
    out: list[tuple[int, int]] = []
    for part in re.finditer(r"[^,]+", line[:end]):
        lo = part.start() + len(part.group()) - len(part.group().lstrip())
        hi = part.end() - (len(part.group()) - len(part.group().rstrip()))
        if hi > lo and len(line[lo:hi].split()) <= 4:
            out.append((lo, hi))
    return out


def caps_line_entities(analysis: "Analysis", lines: list[tuple[int, int]]) -> list[tuple[int, "SpacySpan"]]:
    """Entities of ALL-CAPS and Title Case lines, parsed again from their truecased form."""
    if not lines:
        return []
    fired("entities.caps_line_reparse")
    forms = body_forms(analysis.doc, lines)
    pairs = body_pairs(analysis.doc, lines)
    texts = [truecase_line(analysis.text[s:e], forms, pairs) for s, e in lines]
    out: list[tuple[int, "SpacySpan"]] = []
    for (s, _e), doc in zip(lines, load_pipeline().pipe(texts)):
        out.extend((s, ent) for ent in doc.ents)
    return out


def agency_datelines(analysis: "Analysis") -> tuple[list[tuple[int, "SpacySpan"]], list[tuple[int, int]]]:
    """Places of "CITY, Country (Reuters) -" datelines, and the ranges they cover."""
    spans: list[tuple[int, "SpacySpan"]] = []
    covered: list[tuple[int, int]] = []
    pos = 0
    for line in analysis.text.split("\n"):
        m = AGENCY_DATELINE.match(line)
        if m:
            fired("entities.agency_dateline")
            covered.append((pos, pos + m.end(1)))
            for lo, hi in _place_parts(line, m.end(1)):
                span = analysis.doc.char_span(pos + lo, pos + hi, label="DATELINE", alignment_mode="contract")
                if span is not None and len(span):
                    spans.append((0, span))
        pos += len(line) + 1
    return spans, covered
