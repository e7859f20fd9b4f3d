"""The description written after a person's name: the apposition ("Ben Lusk, a senior fellow at the
Institute, said" -> "senior fellow at the Institute", the ``appos`` subtree) or a relative clause
("Ana Soto, who is now a hydrologist at ...")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...lang.en.titles import is_title
from ...lang.en.roles import PARTY_MEMBER_NOUNS
from ...trace import fired
from .role_organisations import campus_after, with_article_organisation
from .role_pairs import in_list_of_people, lists_own_people
from .role_patterns import ends_description, is_degree
from .role_shapes import organisation_after_title, title_before_body
from .role_words import MAX_ROLE_TOKENS, description_words

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Span as SpacySpan, Token

__all__ = ["hyphenated_word_end", "role_after", "role_in_relative_clause"]

#: What sets an apposition off after a name: a comma, or a dash ("Ana Soto — a former press
#: secretary for the governor — is leaving"), an age first or not ("Ana Soto, 45, a nurse at ...").
#: Coverage of the dash and of the age: 1 PolNeAR article each, none of the other sets; kept as
#: the comma's grammar (the parser's apposition of the name), which only the mark kept from them.
_APPOSITION_MARKS = {",", "—", "–"}


def role_in_relative_clause(ent: "SpacySpan") -> str | None:
    """What a relative clause right after a person's name says the person is: "Ana Soto, who is
    now a hydrologist at the Kelmsby Institute," -> "hydrologist at the Kelmsby Institute". Only
    the present-tense copula with a noun complement counts ("who is a ..."), not what the person
    did or was. Fires on 1 CNN/DailyMail and 1 PolNeAR dev article and on 1 of the 10 sign-off
    pages; kept for the reason :func:`.role_shapes.organisation_before` gives."""
    doc = ent.doc
    comma = ent.end < len(doc) and doc[ent.end].text == ","
    who = ent.end + 1 if comma else ent.end
    if who + 1 >= len(doc) or doc[who].lower_ != "who":
        return None
    verb = doc[who].head
    if verb.lemma_ != "be" or verb.dep_ != "relcl" or not (ent.start <= verb.head.i < ent.end):
        return None
    if verb.tag_ not in {"VBZ", "VBP"}:
        return None  # "who was mayor": a former role, and a role is the article's words as they stand
    # a noun, or a title written capitalised ("who is Kelmsby County Works Director")
    attr = next(
        (
            c
            for c in verb.children
            if c.dep_ == "attr" and (c.pos_ == "NOUN" or (c.pos_ == "PROPN" and is_title(c.text)))
        ),
        None,
    )
    if attr is None or any(c.dep_ == "neg" for c in verb.children):
        return None
    kept = description_words(list(attr.subtree), attr, lead_adverbs=True)
    if not kept or len(kept) > MAX_ROLE_TOKENS or attr not in kept:
        return None
    # "said Ana Soto who is the Kelmsby marina manager": broadcasters' pages write it without a comma.
    # coverage: no dev article, 1 of the 111 trafilatura pages; kept as the same grammar as the
    # comma's case (present-tense copula with a noun), which only the comma kept from it
    fired("entities.role_relative_clause" if comma else "roles.relative_clause_no_comma")
    return doc[kept[0].i : kept[-1].i + 1].text


def hyphenated_word_end(tok: "Token") -> "Token":
    """The last part of the hyphenated word ``tok`` opens ("vice" of "vice-chancellor", "editor"
    of "editor-in-chief"), or ``tok`` itself: parts joined by hyphens with no space between."""
    doc, i = tok.doc, tok.i
    while (
        i + 2 < len(doc)
        and not doc[i].whitespace_
        and doc[i + 1].text in {"-", "‐"}
        and not doc[i + 1].whitespace_
        and doc[i + 2].is_alpha
    ):
        i += 2
    return doc[i]


def _nested_phrase_starts(head: "Token") -> list[int]:
    """Where the phrases nested in the description's last one start: "program director for the
    Coastal Towns Project [at Kelmsby University's Marlow Center]" may end before "at", not only
    before "for". Followed from the head through each phrase's last "in"/"at"/"for"... phrase (no
    "of": "director of the institute" is one title) to its object, never into a second description
    joined by "and" ("director of the Lusk Institute and a professor at ..." ends before "and").

    Coverage: 1 of the 60 real pages (both inputs: a source's office, which the head's own phrase
    cut to two words) and 1 PolNeAR article ("outside adviser" -> "outside adviser to the
    campaign"), no training page; kept below three: the sign-off review counted that cut role a
    major, and the cut only keeps more of the article's own words, never a second description."""
    starts: list[int] = []
    node = head
    while True:
        prep = max((c for c in node.children if c.i > node.i and c.dep_ == "prep"), key=lambda c: c.i, default=None)
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if prep is None or obj is None:
            return starts
        if node is not head and ends_description(prep):
            starts.append(prep.i)
        node = obj


#: Determiners that deny what their noun would describe ("no age given", "no relation").
_NEGATING_DETERMINERS = frozenset({"no", "neither"})


def role_after(ent: "SpacySpan", is_noun: "Callable[[Token], bool] | None" = None) -> str | None:
    """The apposition after a person's name ("a senior fellow at ...", article dropped).

    ``is_noun``: which noun may head the apposition (default: any)."""
    doc = ent.doc
    if ent.end >= len(doc) or doc[ent.end].text not in _APPOSITION_MARKS:
        return None
    head = None
    aged = False
    degrees: set[int] = set()  # the degrees' letters between the name and the description
    for tok in doc[ent.end + 1 : min(len(doc), ent.end + 1 + MAX_ROLE_TOKENS)]:
        if "\n" in tok.text:
            break
        after_degree = tok.head.i in degrees
        if (tok.dep_ == "appos" and (ent.start <= tok.head.i < ent.end or after_degree)) or (
            tok.dep_ == "conj" and after_degree
        ):
            if tok.like_num and tok.i == ent.end + 1 and doc[tok.i + 1 : tok.i + 2].text == ",":
                aged = True  # "Ana Soto, 45, a nurse at ...": the age comes first
                continue
            if is_degree(tok.text) and doc[tok.i + 1 : tok.i + 2].text == ",":
                # "Ana Soto, PhD, MBA, head of research at ...": the degrees come first, and
                # the parser hangs the description on them. Coverage: 1 of the 111 training pages
                # (a journal's five editors, both inputs), no dev article nor real page; kept below
                # three: degrees are a closed class, already no role by themselves
                degrees.add(tok.i)
                continue
            head = tok
            break
    if degrees and head is not None:
        fired("roles.apposition_after_degrees")
    if head is None or head.pos_ not in {"NOUN", "PROPN"}:
        return None
    parts = [head]
    last = hyphenated_word_end(head)
    if last.i != head.i:
        # "Ana Lusk, vice-chancellor of Kelmsby University,": the parser splits the word at its
        # hyphens and may hang the apposition on its first part ("vice"); the last part heads it.
        # coverage: 1 BBC article, 1 training page (saved and pasted); kept though rare: it mends
        # the parse, not a class of text, and the role it replaces ("vice") was a blocker of the
        # sign-off review
        fired("roles.hyphenated_head")
        parts = list(doc[head.i : last.i + 1])
        head = last
    if head.ent_type_ in {"PERSON", "GPE", "DATE"} and not title_before_body(doc, ent.end + 1, head):
        return None
    if is_noun is not None and not is_noun(head):
        return None
    if lists_own_people(head):
        return None
    if head.tag_ in {"NNS", "NNPS"} and not any(t.lower_ in {"and", "&"} for t in ent):
        # "Ana Soto, the families and officials of the port, ...": a plural after one name lists
        # other people with it, no description of her (a pair's plural role is read with both
        # names, :func:`.role_pairs.role_of_pair`). Coverage: 1 CNN/DM and 1 PolNeAR article, 2
        # training pages, each a junk role gone (a card game's list of other games, a verb
        # phrase of a column's claim, a reference list's authors); no real page
        fired("roles.plural_apposition")
        return None
    if any(c.dep_ == "det" and c.lower_ in _NEGATING_DETERMINERS for c in head.children):
        # "Ana Roe, no age or address given, ...", "Tom Lee, no relation, ...": what the story does
        # not know or say of the person, no description of them. Coverage: 1 of the 111 training
        # pages (three people of a police log), no dev article; kept: the phrase is a closed
        # class of English, and a role that reads "age or address" is a major of the sign-off review
        fired("roles.negated_apposition")
        return None
    # a relative clause ("the horse whom he rode") is no part of the description
    clauses = [t.left_edge.i for t in head.subtree if t.dep_ in {"relcl", "acl"} and t.i > head.i]
    cut = min(clauses, default=None)
    inside = {t.i: t for part in parts for t in part.subtree}
    tokens = [t for i, t in sorted(inside.items()) if t.i > ent.end and (cut is None or t.i < cut)]
    kept = description_words(tokens, head)
    ends = [c.left_edge.i for c in head.children if c.i > head.i and ends_description(c)]
    for edge in sorted([*ends, *_nested_phrase_starts(head)], reverse=True):
        if len(kept) <= MAX_ROLE_TOKENS:
            break
        # "Ana Roe, a top aide to the governor on the call with ...", "..., director of the Lusk
        # Institute and a professor at ...": too long whole, the description keeps its first
        # phrases (fires on 2 PolNeAR, 1 BBC article and 2 real pages), not none of it
        fired("roles.long_description_cut")
        kept = description_words([t for t in kept if t.i < edge], head)
    if not kept or len(kept) > MAX_ROLE_TOKENS:
        return None
    if head.pos_ == "PROPN" and not any(t.pos_ == "NOUN" for t in head.subtree):
        # "Lusk, Reuters": not a description; but a title written in capitals is one, as press
        # releases and trade pages write it ("Ana Soto, Chief Marine Officer at
        # Tarvel,", "Ben Lusk, President Tarvel Europe, says")
        if kept[0].text[:1].isupper() and is_title(kept[0].lower_):
            fired("entities.capitalised_title_after")
        elif head in kept and kept[0].is_lower and head.text[:1].isupper() and is_title(head.lower_):
            # "Ben Lusk, the current Harbour Secretary,": a capitalised title after lower-case words
            # (the parser tags every word of it a proper noun) is a description too. Coverage: 1 of
            # the 111 training pages, no dev article (wire copy writes "the environment secretary");
            # kept as the apposition's own grammar, and the sign-off review counts a central
            # official shown bare where the text gives the title as a major defect
            fired("roles.title_after_modifier")
        elif head.lower_ in PARTY_MEMBER_NOUNS:
            # "Ana Soto, the senior Democrat on the harbour panel,", "Ben Lusk, a Tory,": a party's member.
            # Coverage: 4 PolNeAR dev articles (US political copy), none of the other corpora nor
            # the pages; kept: a closed class of words, and a central lawmaker shown with a bare
            # "Rep." or nothing was a major of a blind review
            fired("roles.party_member")
        else:
            return None
    end_tok = kept[-1]
    if in_list_of_people(doc, end_tok.i, head):
        return None
    if kept[0].text[:1].isupper() and is_title(kept[0].lower_):
        end_tok = doc[organisation_after_title(doc, end_tok.i)]
    if end_tok.ent_iob_ in {"B", "I"}:
        # the parser may cut a long name ("Kelmsby' NSB Institute"): keep the whole entity
        for ent2 in doc.ents:
            if ent2.start <= end_tok.i < ent2.end:
                end_tok = doc[ent2.end - 1]
                break
    if end_tok.ent_type_ == "ORG":
        end_tok = doc[campus_after(doc, end_tok.i)]
    if aged:
        fired("roles.apposition_after_age")
    if doc[ent.end].text != ",":
        fired("roles.apposition_after_dash")
    text = doc[kept[0].i : end_tok.i + 1].text
    # "Ben Lusk, the utility's chief executive,": the possessive the description dropped
    owner = next((c for c in head.children if c.dep_ == "poss" and c.i < kept[0].i), None)
    if owner is None:
        return text
    named = with_article_organisation(text, ent, owner.text)
    if named == text and owner.pos_ == "NOUN" and owner.left_edge.lower_ == "the":
        # "Ana Soto, the museum's director,": whose director, the description says; without it
        # she is a director of anything (a pronoun's "his lawyer" says nothing alone, and goes).
        # Coverage: 5 dev articles (2 CNN/DM, 1 BBC, 2 PolNeAR), 2 training pages, 1 real page
        fired("roles.owner_kept")
        return doc[owner.left_edge.i : end_tok.i + 1].text
    return named
