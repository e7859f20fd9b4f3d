"""The title written before a person's name, in the name's noun phrase: "Norlandic President Ilse
Brandt" -> "Norlandic President" (compound/amod modifiers of the name inside its noun phrase),
"painter and teacher Ana Ruiz", "Tarvel's chief executive Ana Soto"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...lang.en.roles import POSITION_PHRASES
from ...lang.en.titles import FORMS_OF_ADDRESS, is_title
from ...trace import fired
from ..text.truecase import english_words
from .name_edges import office_word
from .role_shapes import country_before, hyphenated_start, organisation_before, strip_address
from .role_words import MAX_ROLE_TOKENS, SURE_AGENT_ENDINGS, is_role_noun, is_sure_role_noun, named_possessor

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Span as SpacySpan, Token

__all__ = ["position_before", "role_before"]

#: Dependencies that tie a pre-name modifier into the name's noun phrase.
_PRE_DEPS = {"compound", "amod", "nmod", "poss", "case", "punct", "npadvmod", "nummod", "cc", "conj"}
#: Entity types that cannot end a role (a role ends in a noun such as "President").
_NOT_ROLE_ENTS = {"NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "GPE"}


def role_before(ent: "SpacySpan", is_noun: "Callable[[Token], bool] | None" = None) -> str | None:
    """The title before a person's name in the same noun phrase ("Norlandic President").

    ``is_noun``: which noun may end the role (default: a noun of office or occupation)."""
    doc = ent.doc
    i = ent.start - 1
    first = ent.start
    while True:
        while i >= 0:
            tok = doc[i]
            if tok.is_space or "\n" in tok.text or tok.dep_ not in _PRE_DEPS or tok.text in {",", ";", ":", "(", ")"}:
                break
            # the modifier must hang (directly or through other modifiers) on a later token of the phrase
            if (
                tok.dep_ == "case"
                and tok.head.i == i - 1
                and named_possessor(tok.head)
                and first <= tok.head.head.i < ent.end
            ):
                # "Tarvel's chief executive": the possessor and its "'s". coverage: 23 roles of 22
                # dev articles of the four corpora ("Cambodia's King", "Clinton's lawyer"), 2 pages
                first = i - 1
                i -= 2
                continue
            if not (first <= tok.head.i < ent.end or (tok.head.i > tok.i and tok.head.i < ent.end)):
                break
            first = i
            i -= 1
        # "co-founder", "vice-president", "editor-in-chief": the parser splits the word at its
        # hyphens and hangs the parts anywhere; the whole word belongs to the title
        # (the parser may have hung the hyphen and the last part on the name already: "co" of
        # "study co-author Ana Soto" then stands apart)
        joined = hyphenated_start(doc, first if first < ent.start and doc[first].text == "-" else first - 1)
        if joined is None:
            break
        fired("entities.hyphenated_title")
        first, i = joined, joined - 1
    first = _coordinated_title_start(ent, first)
    tokens = list(doc[first : ent.start])
    kept_to = strip_address(doc, ent.start - 1)
    if tokens and kept_to < ent.start - 1 and kept_to >= first:
        # "Harbour Veterinarian Dr. Ruth Okafor": the form of address hides the title before it
        fired("roles.title_before_address")
        tokens = tokens[: kept_to - first + 1]
    head = ent.root.head
    placed = _title_with_place(ent, head)
    if placed is not None:
        return placed
    if not tokens and ent.root.dep_ == "appos" and head.i == ent.start - 1:
        # "her partner Tom Lusk": the parser hangs the name on the title noun
        tokens = list(doc[head.left_edge.i : head.i + 1])
    # a role does not start with punctuation, a conjunction, an article or a possessive pronoun or
    # noun; a name's possessive stays, as a possessor of several words always did ("Tarvel's chief
    # executive", "Lusk's colleague": whose executive, whose colleague)
    while tokens and (
        tokens[0].is_punct
        or tokens[0].dep_ == "cc"
        or tokens[0].dep_ == "case"
        or (tokens[0].dep_ == "poss" and not named_possessor(tokens[0]))
        or tokens[0].pos_ in {"DET", "PRON"}
    ):
        tokens = tokens[1:]
    if not tokens or len(tokens) > MAX_ROLE_TOKENS:
        return None
    end = tokens[-1].i
    if len(tokens) > 1 and tokens[-1].text == "." and not tokens[-2].whitespace_ and is_title(tokens[-2].text):
        # "Lt. Col. Ana Soto": the tokenizer splits the last abbreviation's full stop off; the
        # abbreviation is the title's noun, its full stop stays in the role. Fires on 1 of the 60
        # real pages (both inputs: an officer who testified), 1 CNN/DM article ("Orem police Lt.")
        # and 1 BBC article, no training page
        fired("roles.abbreviation_stop_split")
        tokens = tokens[:-1]
    last = _noun_before_particle(tokens[-1], tokens[0].i)
    # "astronomer Ana Soto": the tagger takes a role noun before a name for a verb now and then;
    # the parse still makes it a compound of the name. Coverage: 1 training page, 1 CNN/DM and
    # 1 PolNeAR article
    tagged_verb = last.pos_ == "VERB" and last.dep_ == "compound" and last.is_lower and is_sure_role_noun(last)
    # ... and for an adjective: "immunologist Ana Soto", "the immunologist Ana Soto" (the name an
    # apposition of it), "rival Ana Soto"; after "the", a sure agent ending only: "the great Ana
    # Soto" praises her ("Harbour great Ana Soto" is the club's). Coverage: 1 of the 60 real pages
    # (both inputs: an immunologist, a postdoc), 2 BBC, 1 PolNeAR and 2 CoNLL articles
    after_the = tokens[0].i > 0 and doc[tokens[0].i - 1].pos_ == "DET"
    tagged_adjective = (
        last.pos_ == "ADJ"
        and (last.dep_ in ("amod", "compound") or last.i == head.i)
        and last.is_lower
        and is_sure_role_noun(last)
        and (not after_the or last.lower_.endswith(SURE_AGENT_ENDINGS))
    )
    if last.pos_ not in {"NOUN", "PROPN"} and not (tagged_verb or tagged_adjective):
        return None
    if last.ent_type_ in _NOT_ROLE_ENTS or (last.ent_type_ == "PERSON" and not _office_tagged_person(last, ent)):
        return None
    if last.text.rstrip(".").lower() in FORMS_OF_ADDRESS:
        return None
    if not (is_noun or is_role_noun)(last) and not (is_noun is None and _position_phrase(last)):
        return None
    if all(t.ent_type_ in {"PERSON", "GPE", "ORG", "NORP"} and not is_title(t.text) for t in tokens) and not (
        last.text.islower() or last.lower_ in english_words()
    ):
        return None  # "Norland's Brandt", "Tarvel's Okafor": a name, not a role
    start = organisation_before(doc, tokens[0].i)
    start = country_before(doc, start) if start == tokens[0].i else start
    if tagged_verb:
        fired("roles.role_noun_tagged_verb")
    if tagged_adjective:
        fired("roles.role_noun_tagged_adjective")
    if last.ent_type_ == "PERSON":
        # coverage: 1 CNN/DM, 1 PolNeAR article, 1 training page (saved and pasted); kept: the
        # office's grammar, which only the tagger's label kept from it (entities.office_before_person)
        fired("roles.office_tagged_person")
    return doc[start : end + 1].text  # a span's text: verbatim, cheaper than Doc.text


#: Particles a hyphen joins to a role's noun: "runner-up", "stand-in", "passer-by".
_HYPHEN_PARTICLES = frozenset({"up", "in", "by", "on", "off", "out"})


def _noun_before_particle(last: "Token", first: int) -> "Token":
    """The noun of a role that ends in a particle joined by a hyphen: "runner" of "Harbour Marathon
    runner-up", "stand" of "stand-in" (the parser splits the word at its hyphens; the particle
    itself is no noun); else ``last``. The role keeps the whole word. Fires on 1 BBC, 1 CNN/DailyMail
    and 1 PolNeAR dev article, 1 real and 1 training page; gives 1 BBC runner-up her role (shown
    bare before: a blind review's major), the others were roles already or not before a name."""
    doc = last.doc
    if last.lower_ not in _HYPHEN_PARTICLES or last.i - 2 < first:
        return last
    hyphen, noun = doc[last.i - 1], doc[last.i - 2]
    if hyphen.text != "-" or hyphen.whitespace_ or noun.whitespace_:
        return last
    fired("roles.noun_before_particle")
    return noun


def _position_phrase(last: "Token") -> bool:
    """ "defensive end", "centre back": a player's position of two words (:data:`POSITION_PHRASES`)
    ends the title, though its last word alone is none; also written with a hyphen ("scrum-half",
    split by the parser, when it parses "half" as the noun). Coverage: 1 of the 60 real pages (both
    inputs: a suspended player central to a match report), 1 CoNLL dev article (a scrum-half; a
    BBC one is parsed with "half" as a number and stays bare), no training page;
    kept below three: the positions are a closed class, and a central player shown bare where
    the article gives his position is a major of the sign-off review."""
    if _position_first(last) is None:
        return False
    fired("roles.position_phrase")
    return True


def _position_first(last: "Token") -> int | None:
    """Where the player's position of two words that ``last`` ends starts (:data:`POSITION_PHRASES`;
    "scrum-half" too, which the tokenizer splits at its hyphen), or None when it ends none."""
    if last.i == 0:
        return None
    doc = last.doc
    first = last.i - 1
    if doc[first].text == "-" and first >= 1 and not doc[first].whitespace_:
        first -= 1
    return first if f"{doc[first].lower_} {last.lower_}" in POSITION_PHRASES else None


def position_before(ent: "SpacySpan") -> str | None:
    """A player's position of two words right before the name, with the side's name before it
    ("... good,' centre back Ana Roe told reporters", "Kelby full-back Ana Roe"), read from the
    words where the parse hangs the position apart from the name (it tags "back" an adverb on
    "centre", so :func:`role_before` finds no title words). At most three capitalised words of a
    side before it; the position in small letters, or opening its sentence. Coverage: 1 BBC and
    1 CNN/DailyMail dev article (a match-winning scrum-half and a quoted centre back, shown bare
    before, as a blind scan of the dev actors counted), no page; kept below three for the reason
    :func:`_position_phrase` gives: a closed class, and a central player shown bare is a major."""
    doc = ent.doc
    end = strip_address(doc, ent.start - 1)
    if end < 1 or not doc[end].is_lower:
        return None
    first = _position_first(doc[end])
    if first is None or (first < end - 1 and doc[first].whitespace_):
        return None  # (a hyphenated position is one word: "full-back", not "full -back")
    if not (doc[first].is_lower or doc[first].is_sent_start):
        return None
    start = first
    while (
        start > 0
        and first - start < 3
        and doc[start - 1].pos_ == "PROPN"
        and doc[start - 1].text[:1].isupper()
        and doc[start - 1].ent_type_ not in {"DATE", "TIME"}  # "On Monday centre back ..."
    ):
        start -= 1
    if "\n" in doc[start : ent.start].text:
        return None
    fired("roles.position_before_name")
    return doc[start : end + 1].text


#: The prepositions that tie a title to the place or the body it serves ("ambassador to Tarvel",
#: "Minister for Europe").
_TITLE_PLACE_PREPS = frozenset({"to", "for", "at"})
#: A title's place or body is at most this many words ("to the United Nations").
_MAX_TITLE_PLACE_TOKENS = 4


def _title_with_place(ent: "SpacySpan", head: "Token") -> str | None:
    """ "Norland's ambassador to Tarvel Ana Soto", "envoy to the United Nations Ana Soto": a title,
    a preposition of :data:`_TITLE_PLACE_PREPS` and the name of a place or a body, then the name,
    which the parser hangs on the title as its apposition (taking the place for a word of the
    name); the title with its place and its owner ("Norland's") is the role. Coverage: 1 of the 60
    real pages (both inputs: an ambassador shown bare, a blind review's major), no dev article;
    kept: a title of office with the country or the body it serves is common in news, and the
    parser reads no other way before a name."""
    doc = ent.doc
    if ent.root.dep_ != "appos" or not head.i < ent.start - 2 or not is_role_noun(head) or head.pos_ != "NOUN":
        return None
    prep = doc[head.i + 1]
    place = doc[head.i + 2 : ent.start]
    if prep.lower_ not in _TITLE_PLACE_PREPS or len(place) > _MAX_TITLE_PLACE_TOKENS:
        return None
    if not all(t.pos_ == "PROPN" or (t.lower_ == "the" and t.i == place.start) for t in place):
        return None
    if not any(t.ent_type_ in ("GPE", "ORG", "LOC", "NORP") for t in place):
        return None
    start = head.left_edge.i
    while start < head.i and (doc[start].pos_ in {"DET", "PRON"} or doc[start].is_punct):
        start += 1
    fired("roles.title_with_place")
    return doc[start : ent.start].text


def _coordinated_title_start(ent: "SpacySpan", first: int) -> int:
    """Where a title of two coordinated nouns starts: "painter and teacher Ana Ruiz", "Writer and
    broadcaster Tom Ward" (the parser joins the name to the first noun, so the title seemed to be
    the second alone: "teacher"). Not after a determiner, where the first noun may be
    someone else ("the coach and captain Ana Ruiz"). Coverage: 2 CNN/DailyMail and 1 CoNLL dev
    articles, 2 of the 60 real and 4 of the 111 training pages; no harness score moves."""
    doc = ent.doc
    if first < 2 or first == ent.start or doc[first - 1].lower_ not in ("and", "&"):
        return first
    head = doc[first - 2]
    if ent.root.dep_ != "conj" or ent.root.head.i != head.i or not is_role_noun(head):
        return first
    if head.ent_type_ == "PERSON" or (head.pos_ == "PROPN" and not is_title(head.text)):
        return first  # "President Ana Ruiz and Vice President Tom Ward": two people, two titles
    if any(c.dep_ in ("det", "poss") for c in head.children):
        return first
    fired("roles.coordinated_title_before")
    return head.left_edge.i


def _office_tagged_person(last: "Token", ent: "SpacySpan") -> bool:
    """The model tagged the office right before the name a person of its own ("Harbour Volunteer
    Coordinator" of "... Coordinator Ana Ruiz"): its entity ends on a capitalised word of office
    right before the name (see ``entities.office_before_person`` in :mod:`.mentions`)."""
    if not (last.i == ent.start - 1 and last.text[:1].isupper() and office_word(last.text)):
        return False
    office = next((e for e in last.doc.ents if e.start <= last.i < e.end), None)
    # a portfolio's or a body's word in it, not ranks alone ("Lt Col" says less than the
    # apposition the article gives later)
    return office is not None and any(not office_word(t.text) for t in office)
