"""A name as an entity of the parse writes it, cleaned: the articles, possessives, symbols, scores
and lower-case words the model swept into it stripped (:func:`clean_name`), with the kind a dropped
descriptor hints ("Lusk province" -> place). Used by :mod:`mentions` on each entity.
"""

from __future__ import annotations

import re

from ...trace import fired
from ...lang.en.gazetteer import NUMBERED_NAME_WORDS, ORG_LAST_WORDS, PLACE_LAST_WORDS
from ...lang.en.titles import NAME_PARTICLES

__all__ = ["clean_name"]

#: Leading junk of a name: symbols, an article, the "'s" of a possessive the tokenizer cut
#: off its owner ("group’s Venn network" gives "’s Venn").
_LEAD_JUNK = re.compile(r"^(?:['’]s\s+|[\W_]+|(?:the|a|an)\s+)+", re.IGNORECASE)
# Trailing junk of a name: possessive, symbols, a score (" 2-0"); stripped piece by piece from the
# end, because the one pattern "(?:['’]s?|[^\w.]+|\s+\d[\w-]*)+$" backtracks exponentially on a run
# of symbols inside a name ("Orla¦¦¦¦¦¦¦¦ Venn": a 665-byte input ran for minutes).
_TRAIL_SYMBOL = re.compile(r"[^\w.]")
_TRAIL_SCORE = re.compile(r"\s+\d[\w-]*$")
_ABBREV_END = re.compile(r"(?:\b[^\W\d_]\.)+$|\b(?:Inc|Co|Corp|Ltd|Jr|Sr|St|Bros)\.$")


def _numbered_name(before: str) -> bool:
    """The words before a trailing number end on a word that names a thing by number ("Route"
    of "Route 9", "Flight" of "Flight 370"): the number is the name's. Coverage: 1 CNN/DailyMail,
    1 BBC and 1 CoNLL dev article (CoNLL actors micro F1 half b 0.872 -> 0.876, a road's name
    its gold holds; found on a training page, not on the dev sets), 1 of the 60 real pages and 2
    of the 111 training pages: otherwise the name is its bare noun ("Route", "Interstate" as
    places), a junk actor of the sign-off review."""
    words = before.split()
    if not words or words[-1] not in NUMBERED_NAME_WORDS:
        return False
    fired("entities.numbered_name")
    return True


def _strip_trailing_junk(name: str) -> str:
    """``name`` without its trailing possessives, symbols and scores, in linear time."""
    while True:
        before = name
        if name.endswith(("'s", "’s")):
            name = name[:-2]
        end = len(name)
        while end and _TRAIL_SYMBOL.match(name, end - 1):
            end -= 1
        name = name[:end]
        score = _TRAIL_SCORE.search(name)
        if score and not _numbered_name(name[: score.start()]):
            name = name[: score.start()]
        if name == before:
            return name


def _before_open_quote(name: str) -> str:
    """The name before a quotation the model ran it into, a mark opened and not closed in it:
    "Harbour Transit Institute ‘Gold Standard" -> "Harbour Transit Institute" (a rating the
    article quotes after the name), "Team “Harbour Lights" -> "Team"; after only lower-case words
    the quotation is the name and stays ("the “Harbour Exchange"). A nickname in its marks stays:
    "Tom “Ripper” Lusk". Coverage: 1 CoNLL and 1 PolNeAR article (a boxer's nickname in an open mark: the
    person is then one, PER F1 on half b 0.959 -> 0.962), 3 of the 111 training pages (both
    inputs); kept: a name with a quotation's words run into it was shown as an actor (a blocker
    of the sign-off review), as a cut bracket is ("(NSB")."""
    for opening, closing in (("“", "”"), ("‘", "’"), (' "', '"')):
        i = name.rfind(opening)
        if i <= 0 or closing in name[i + len(opening) :] or re.match(r"s\b", name[i + len(opening) :]):
            continue  # no mark, a closed one, or a mark typed for an apostrophe ("Harbour Times‘s")
        before = name[:i].rstrip()
        # not after "the" or "The" alone ("The “Harbour Exchange"): the quotation is the name
        if any(w[:1].isupper() and w.lower() not in ("the", "a", "an") for w in before.split()):
            fired("entities.open_quote_in_name")
            name = before
    return name


def clean_name(text: str, keep_the: bool = False) -> tuple[str, int, int, str | None]:
    """Strip articles, possessives, scores and trailing lower-case descriptors from an entity.

    Returns the cleaned name, how many characters went from the front and from the back,
    and the kind hinted by a dropped descriptor ("Lusk province" -> place).
    """
    first_line = text.split("\n", 1)[0]
    cut_back = len(text) - len(first_line)
    front = 0
    # "Rowing - Venn", "post-2030 - Lusk": a spaced dash joins two headline parts, not one name
    parts = [m for m in re.finditer(r"[^\s–—-](?:.*?[^\s–—-])?(?=\s+[-–—]+\s+|$)", first_line)]
    if len(parts) > 1:
        fired("entities.dash_parts")
        best = max(parts, key=lambda m: (sum(w[:1].isupper() for w in m.group().split()), m.start()))
        front, first_line = best.start(), best.group()
        cut_back += len(text.split("\n", 1)[0]) - best.end()
    name = first_line
    if name.count("(") > name.count(")"):
        name = name[: name.rfind("(")].rstrip()  # "Norland Shipping Board (NSB"
    name = _before_open_quote(name)
    lead = None if keep_the else _LEAD_JUNK.match(name)  # "in The Dunes": part of the name
    front_junk = lead.end() if lead else 0
    front += front_junk
    name = name[front_junk:]
    hint: str | None = None
    while True:
        before = name
        name = _strip_trailing_junk(name)
        if name.endswith(".") and not _ABBREV_END.search(name):
            name = name[:-1]
        words = name.split()
        if len(words) > 1 and words[-1].islower() and words[-1].isalpha():
            dropped = words[-1]
            fired("entities.lowercase_descriptor")
            if dropped in PLACE_LAST_WORDS:
                hint = "place"
            elif dropped != "co" and (  # "Ana Soto & co": her and her friends, not "& Co."
                dropped.capitalize() in ORG_LAST_WORDS or dropped in {"agency", "union", "party", "group"}
            ):
                hint = "organization"
            name = name[: name.rfind(dropped)].rstrip()
        words = name.split()
        if len(words) > 1 and words[0].isalpha() and words[0].islower() and words[0] not in NAME_PARTICLES:
            # "federal Bureau of Lusk Mines", "hunt Kelmsby": a lower-case word before the capitals
            # is the sentence's (an adjective, a verb the model swept in), not the name's
            fired("entities.lowercase_word_before")
            cut = len(name) - len(name[len(words[0]) :].lstrip())
            front += cut
            front_junk += cut
            name = name[cut:]
        if name == before:
            break
    cut_back += len(first_line) - front_junk - len(name)
    return name, front, cut_back, hint
