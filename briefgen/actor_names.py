"""Whether a text names an actor of a brief: shared by the engine (which actors the bottom line
names come first) and the renderers (which actors have standing to be shown)."""

from __future__ import annotations

import re

from .lang.en.gazetteer import NEWS_AGENCIES, ORG_LAST_WORDS, ORG_NAMES
from .lang.en.given_names import is_given_name
from .lang.en.speech import SAYING_FORMS
from .model import Actor, Brief
from .trace import fired

__all__ = ["FEW_ACTORS", "has_standing", "named_as_actor_in", "opens_a_point", "reads_as_a_name", "shown_actors"]

_INITIAL = re.compile(r"^(?:[A-Z]\.){1,3}$")

#: Prepositions after which a name is where something happened.
_PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "on", "from", "to", "between", "and", "outside", "into", "across"})


def named_as_actor_in(actor: Actor, text: str) -> bool:
    """The actor's name or an alias is written in ``text`` as whole words ("post-Tarvel" is no
    mention), and not right after a preposition of place ("a crash in Dunmore", "between Lusk Road
    and ..."): there it names where something happened, whatever kind the engine gave the name."""
    for form in (actor.name, *actor.aliases):
        if not form:
            continue
        for hit in re.finditer(r"(?<![\w-])" + re.escape(form) + r"(?![\w-])", text):
            before = text[: hit.start()].split()
            if not before or before[-1].lower() not in _PLACE_PREPOSITIONS:
                return True
    return False


def reads_as_a_name(actor: Actor) -> bool:
    """The name reads as a person's or an organisation's by its own words: two words or more
    opening with a common given name or an initial ("Ruth Okafor", "J. Roe"), or an organisation's own
    word or a known organisation ("Kelmsby Council", "Tarvel Ltd", "Reuters").

    What a brief shows when no actor has standing: on a recipe, a how-to or a settings page the
    engine's first few are words of headings ("Maple Syrup", "Defadvice"), on a short news item
    the people and bodies it names once."""
    words = actor.name.split()
    if actor.kind == "person":
        return len(words) > 1 and (is_given_name(words[0], common=True) or bool(_INITIAL.match(words[0])))
    if actor.kind == "organization":
        name = actor.name.casefold()
        return name in ORG_NAMES or name in NEWS_AGENCIES or (len(words) > 1 and words[-1] in ORG_LAST_WORDS)
    return False


#: Words after a subject that show it acts: auxiliaries and modals, verbs of saying ("says", "told");
#: other verbs are known by their ending (see :func:`opens_a_point`).
_VERB_AFTER_SUBJECT = frozenset(
    "is are was were has have had will would can could may might must did does do".split()
) | frozenset(SAYING_FORMS)
#: A sentence's start inside a key point: its first word, or a word after a full stop that ends
#: a word in lower case (not the "S." of "U.S.").
_SENTENCE_START = r"(?:^|(?<=[a-z0-9”\"’)][.!?]\s))"
#: A phrase fronted before the subject, up to its comma: "On Friday, ", "From the Kelby Met Office, ".
_FRONTED = r"(?:[^,.!?]{2,60},\s+)?"


def _news_agency(name: str) -> bool:
    """A news agency by its name or its first word: "Reuters", "AFP News Desk"."""
    words = name.split()
    return name.casefold() in NEWS_AGENCIES or (len(words) > 1 and words[0].casefold() in NEWS_AGENCIES)


def opens_a_point(actor: Actor, points: list[str]) -> bool:
    """The actor is the subject that opens a sentence of a key point: its name (after "The", or
    not) is followed by a comma or a verb ("Kelmsby Port Authority approved ...", "Ana Roe, a
    nurse, ...", "The Harbour Trust says ..."). Not a name that modifies the noun after it ("Tarvel
    Academy junior Jo Park ...", "The Norland Gas plan ..."), and not a person's single word
    ("Caring is ...": a common word the model took for a name), nor a news agency that reports
    the story. A verb is an auxiliary, a verb of saying, or a word ending in "-ed"; after a
    person's name, one ending in "-s" too (after a body's, it is mostly a plural noun: "Kelby FC
    fans ...")."""
    if actor.kind == "person" and len(actor.name.split()) < 2:
        return False
    if _news_agency(actor.name):
        return False  # "AFP News Desk reported ...": the story's source, not one of its actors
    for form in (actor.name, *actor.aliases):
        if not form or (actor.kind == "person" and " " not in form):
            continue
        pattern = re.compile(_SENTENCE_START + _FRONTED + r"(?:The\s+)?" + re.escape(form) + r"(?:,|\s+([a-z]+)\b)")
        for text in points:
            for hit in pattern.finditer(text):
                word = hit.group(1)
                if word is None or word in _VERB_AFTER_SUBJECT or word.endswith("ed"):
                    return True
                if actor.kind == "person" and re.search(r"[^s']s$", word):
                    return True  # "Ana Roe continues ...", not "Kelby FC fans ...": a noun after a body
    return False


#: People and organisations shown when none has standing (see :func:`has_standing`).
FEW_ACTORS = 3


def has_standing(actor: Actor, speakers: set[str], up_front: str = "", points: list[str] | None = None) -> bool:
    """An actor a reader of the brief needs: named more than once, given a role by the article,
    quoted, or named in ``up_front`` (the bottom line, as an actor: see :func:`briefgen.actor_names.named_as_actor_in`).
    A name met once with nothing said of it (a product in a spec list, a passing mention, a credit
    line) stays in the JSON but is left out of the rendered brief, where a wrong one costs the
    reader's trust more than a missing one costs information; but the company or official the
    bottom line names is what the story is about, however seldom the article repeats the name, and
    one that acts as the subject opening a sentence of the key ``points`` (:func:`opens_a_point`)
    is who the point is about: "The Kelby Water Board approved ..." shown without the board would
    leave the reader asking who it is (a blind review's major on 3 of 10 training pages; it shows
    20 more actors on 10 of the 164 English pages, saved and pasted, none a fragment; a blind A/B
    read of the changed pages preferred the new briefs on 8 of 12, the old on 3: a duplicate
    "Norlandic X" beside "X", a body named both ways, shown; and a news agency, since left out).
    (Not the headline: title-case headlines and site names in page titles give too many names
    that are no actors.)"""
    if actor.mentions >= 2 or bool(actor.role) or actor.name in speakers or bool(set(actor.aliases) & speakers):
        return True
    if up_front and actor.kind != "place" and named_as_actor_in(actor, up_front):
        fired("actors.standing_named_up_front")
        return True
    if points and actor.kind != "place" and opens_a_point(actor, points):
        fired("actors.standing_opens_a_point")
        return True
    return False


def shown_actors(brief: Brief, *, all_actors: bool = False) -> list[Actor]:
    """The actors a rendered brief shows, in the engine's order: the people and organisations with
    standing (:func:`has_standing`) and the places with standing; all of them with ``all_actors``.
    When no person or organisation has standing, the engine's first few whose names read as names
    stand in for them. The digest's "Who:" line shows the same people and organisations."""
    if all_actors:
        return list(brief.actors)
    speakers = {q.speaker for q in brief.quotes if q.speaker}
    points = [k.text for k in brief.key_points]
    shown = [a for a in brief.actors if has_standing(a, speakers, brief.bottom_line, points)]
    if not any(a.kind != "place" for a in shown):
        # nobody stands out: the engine's first few, as ranked, whose names read as names
        # coverage: shows someone on 3 of the 111 training pages (the harness renders no dev
        # article); kept: where no actor had standing (a recipe, a how-to, a blog) the first few
        # were words of headings ("Defadvice", "Useful Recipe Tips") as often as names
        few = [a for a in brief.actors if a.kind != "place" and reads_as_a_name(a)][:FEW_ACTORS]
        if few:
            fired("actors.few_by_name")
            chosen = {id(a) for a in few}
            shown = [a for a in brief.actors if id(a) in chosen or (a in shown and a.kind == "place")]
    return shown
