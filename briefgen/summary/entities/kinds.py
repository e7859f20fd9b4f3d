"""The kind of every name of an article: one decision over all the evidence of its mentions.

:func:`decide_kinds` first drops the mentions that are no names (:func:`.acronyms.names_only`:
:func:`non_names.not_a_name`, :func:`evidence.term_abbreviation`, abbreviations of terms),
then collects, for each name (its text, case-folded), the evidence of all its mentions
(:mod:`kind_evidence`, from :mod:`evidence` and :mod:`name_words`), and only then decides.
Mentions are never retyped one rule after another: each name's kind is the first of these that
holds, strongest first.

1. **Its own words** ("Tarvel Ltd" an organisation, "Lusk Province" a place, a country, a
   known organisation, a common given name first: "Ruth Okafor" a person), or an **organisation noun** in the phrase of one of its mentions
   ("the firm Aquavella"), or a noun of its residents after it ("Lusk Vale residents": a place).
2. **A side of a match**: a place, or a name labelled a person that is no person's (one
   word that is no given name nor a word of a person's full name, or a plural nickname
   after no given name: "Kelmsby Otters"), that stands where a side stands in a sentence
   with a score
   ("Barchester beat Ambridge 3-1", :func:`sides.plays_as_side`): an organisation (a
   club); a country's name stays a place (its own words, step 1).
3. **Another form of a company** of the article: the name of an organisation without its
   legal suffix ("Cofora" after "Cofora S.A."), the first word of a company's name ("Tarvel"
   after "Tarvel Mining SA", unless a place or a person's name: "Venn" of "Venn Foundation"), a longer name
   opening with a one-word organisation of the article ("Valdi Cables" after "Valdi"), or a
   town that opens the name of a club of the article ("Kelmsby" after "Kelmsby Otters": a
   plural nickname; not after "Kelmsby Times"): an organisation.
   A plural proper noun after "the" ("the Otters") is a side or a group too, unless it is
   the plural of a person's name of the article ("the Venns": a family).
4. **A person's surname or first name**: the tail of a multi-word name that is a person
   ("Van Poppel" after "Jan Van Poppel"), or the first name of exactly one person
   ("Ruth" after "Ruth Okafor") when it is a given name or labelled a person: a person.
5. **A place context** in any of its mentions ("fighting in Dunmore", "flew to Dunmore",
   "the town of Dunmore"), or an agency dateline ("DUNMORE (Reuters) -"): a place; not
   for a word of a person's full name, nor for a multi-word name that step 6 makes a person.
6. **The labels** of its mentions (spaCy's, or the evidence of :mod:`untagged`), where a
   title of office right before a mention ("Chancellor Ilse Brandt") counts as a person
   label: the majority;
   ties go to a person, then an organisation, then a place.

Steps 2 to 5 read the people and organisations that steps 1 and 6 alone give ("base
kinds"), so no decision depends on the order in which names appear.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from ...lang.en.gazetteer import ORG_LAST_WORDS, PLACE_LAST_WORDS, TOWN_BODY_WORDS, canonical_country
from ...lang.en.cities import is_city
from ...lang.en.given_names import is_given_name
from ...trace import fired
from ..text.truecase import is_known_place, is_ordinary_word
from .acronyms import names_only
from .grouping import web_address_stem
from .kind_evidence import NameEvidence, collect_evidence
from .names import plain
from .evidence import title_before
from .sides import club_place_name, side_not_person

if TYPE_CHECKING:
    from ..types import Mention

__all__ = ["decide_kinds"]


def decide_kinds(mentions: list["Mention"], text: str) -> list["Mention"]:
    """The mentions that are names, each given the kind its name's evidence decides."""
    mentions = names_only(mentions, text)
    names = collect_evidence(mentions)
    base = {key: n.base() for key, n in names.items()}
    # a club the parser took for a person ("Kelmsby Otters" playing with a score) is no person
    clubs_as_people = {
        key
        for key, n in names.items()
        if n.side and base[key] == "person" and " " in key and side_not_person(n.text, set())
    }
    _full_names_of_lone_surnames(names, base)
    full_people = [
        key.split() for key, kind in base.items() if kind == "person" and " " in key and key not in clubs_as_people
    ]
    person_words = {w for words in full_people for w in words}
    surnames = {words[-1] for words in full_people}
    people = {key for key, kind in base.items() if kind == "person"}
    # (a name's words without their accents: "Helene" of a fan's message is Hélène Marchetti's first name)
    tails = {plain(" ".join(words[i:])) for words in full_people for i in range(1, len(words))}
    firsts = Counter(plain(words[0]) for words in full_people)
    orgs = [names[key].text for key, kind in base.items() if kind == "organization"]
    stems: set[str] = set()
    # "Kelmsby" of "Kelmsby Police", "Kelmsby University Hospital", "Kelmsby Times": a town before
    # the words of a body named after it, no short name of a company (as "Cofora" of "Cofora S.A." is)
    town_stems: set[str] = set()
    for name in orgs:
        words = name.split()
        named_after_town = False
        while len(words) > 1 and words[-1] in ORG_LAST_WORDS:
            named_after_town = named_after_town or words[-1] in TOWN_BODY_WORDS
            words = words[:-1]
            (town_stems if named_after_town else stems).add(" ".join(words))
    for name in orgs:
        domain = web_address_stem(name)
        if domain:
            # "Tarvel" after "Tarvel.com": a company named by its web address; the model takes the
            # short name for a place or a person (a river's, a given name)
            # coverage: 4 training pages, 3 CNN/DM articles
            fired("entities.web_address_name")
            stems.add(domain)
    one_word_orgs = {name for name in orgs if " " not in name and not name.isupper()}
    # "Tarvel" after "Tarvel Mining SA": the first word of a company named by its own words
    heads = {name.split()[0] for name in orgs if " " in name and name.split()[-1] in ORG_LAST_WORDS}
    # "Kelmsby" after "Kelmsby Otters": a club's town is its short name (a plural nickname,
    # no word of a company's or a paper's name: "Kelmsby Times" leaves the town a town)
    sides = [n.text for key, n in names.items() if n.side and base[key] != "place"]
    clubs = {
        words[0]
        for words in (name.split() for name in [*orgs, *sides])
        if len(words) == 2 and words[1].endswith("s") and words[1][:1].isupper() and words[1] not in ORG_LAST_WORDS
    }

    kinds: dict[str, str] = {}
    for key, n in names.items():
        kind = base[key]
        town = n.text in town_stems and n.text not in stems and (kind == "place" or n.located)
        if town:
            # "Kelmsby" where the article has "Kelmsby Police": a town the model calls a place, or
            # that stands where a place does ("news from Kelmsby"), stays a place
            # coverage: 7 training pages, 12 PolNeAR, 6 CNN/DM and 1 BBC article, no CoNLL one
            fired("entities.town_of_named_body")
        company = (
            n.text in stems
            or (n.text in town_stems and not town)
            # "Valdi Cables" after "Valdi"; not a person's name whose first word alone the model
            # took for a company elsewhere and for a person too ("Li Wen" ... "Li said")
            or (
                " " in n.text
                and n.text.split()[0] in one_word_orgs
                and not (kind == "person" and names[n.text.split()[0].casefold()].labelled_person)
            )
            or (n.text in heads and kind != "place" and key not in person_words and not n.labelled_person)
        )
        if company and kind == "person" and plain(key) in tails:
            # "Ana Grell ... Grell Ltd. ... Grell said", "Mara Quill ... the Quill Foundation ...
            # Quill said": the surname of a person named in full, which the model reads as a
            # person's, is that person, though a body bears the name too
            # coverage: 1 CNN/DM article (half a: a founder and his studio) and 1 PolNeAR article
            # (half b, a candidate and her foundation; found by a helper's scan of kinds against
            # the model's labels, not by reading it), no training page; kept though rare: without
            # it the article's main person is split into a person and an organisation
            fired("entities.surname_over_namesake_body")
            company = False
        club = (
            n.text in clubs
            and not canonical_country(n.text)
            and kind in ("place", "person")
            and key not in person_words
            and not is_given_name(n.text)
        )
        if club and n.located and not n.side:
            # "the Dunmore Herons ... fans in Dunmore": a club's town never a side is the town
            # (coverage: 2 CoNLL articles; kept: it keeps the place the text shows)
            fired("entities.club_town_located")
            club = False
        if n.side and club_place_name(n.text):
            # "Kelmsby City beat Lusk Town 2-0": a side named by a town and a place word is a club
            # (coverage: 1 CNN/DM article; kept: the side rule for the own words' place words)
            fired("entities.side_with_place_word")
            decided = "organization"
        elif n.hint:
            decided = kind
        elif (
            n.contractor
            and kind != "organization"
            and not canonical_country(n.text)
            and key not in person_words
            and plain(key) not in tails
            and not is_given_name(n.text.split()[0], common=True)
        ):
            # "contracts went to Orbitex, Lunaris and Stellwick", "Orbitex won the tender": a
            # company, not the place the model read after "to"
            # coverage: none of the 111 training pages nor of the dev articles; kept: a class of the
            # sign-off review (contractors listed under places), and a country stays a place
            fired("entities.contract_holder")
            decided = "organization"
        elif (
            n.org_context
            and kind == "person"
            and key not in person_words
            and plain(key) not in tails
            and not is_given_name(n.text.split()[0], common=True)
        ):
            # "Tarvel's shareholders", "an interview published by Nordpost", "Tarvel, which runs four
            # mills": a company or a paper the model took for a person; not a surname of a person of
            # the article ("Roe's shares"), nor a name opened by a given name ("Ann Roe, which ...")
            # coverage: organisation_context 1 CoNLL, 2 PolNeAR, 1 CNN/DM article, 2 training pages (a news
            # agency, a coal company, a network posted on); which_not_who 2 CNN/DM, 1 PolNeAR
            # article and 1 training page
            fired(n.org_context)
            decided = "organization"
        elif (
            kind == "place"
            and n.article_outlet
            and n.only_outlet
            and not any(is_known_place(m.text) or canonical_country(m.text) for m in n.mentions)
            and key not in person_words
        ):
            # "as a column in Carrow argued ... Carrow noted": the outlet an article
            # ran in, which the model read as a place, named nowhere else but as a source; not a
            # known city, state or country. coverage: 1 of the 111
            # training pages (both inputs: a health site shown under Places, a sign-off blocker),
            # no dev article; kept: closed-class English, and the place was a blocker
            fired("entities.article_outlet")
            decided = "organization"
        elif kind == "organization" and n.described_person and n.text[:1].isupper() and not n.text.isupper():
            # "Ana Lusk, the state epidemiologist", "Ana Lusk is a professor": a person, whatever
            # the parser's labels say (a founder taken for the start-up, a byline for a company)
            # coverage: 2 training pages, 3 PolNeAR, 1 CoNLL and 1 BBC article
            fired("actors.person_by_description")
            decided = "person"
        elif (
            kind == "place"
            and (n.described_person or n.owns_pronoun)
            and not n.located
            and (
                2 <= len(n.text.split()) <= 3
                # one word only when it is a given name and no city's: "Tobias, who posts under his
                # first name, quit work ..."; coverage: 1 of the 60 real pages (saved and pasted)
                or (" " not in n.text and is_given_name(n.text) and not is_city(n.text))
            )
            and not canonical_country(n.text)
            and n.text.split()[-1] not in PLACE_LAST_WORDS
        ):
            # "Ana Lusk, the striker,", "Tom Lusk has yet to sign his new contract": a name the
            # model called a place, described as a person, is one (a place takes "its")
            # coverage: 1 CNN/DM article, 2 of the 60 real pages, 1 training page; kept: a sign-off
            # review found a player listed under places
            fired("actors.person_by_description")
            decided = "person"
        elif (
            kind == "person"
            and not n.bare
            and " " not in key
            and key not in person_words
            and not is_given_name(n.text)
            and not n.text.isupper()
            and not n.text.endswith("s")  # "the Venns": a family (or a side: the plural rule below)
        ):
            # "the Marlow said", "at the Marlow": one word that always takes "the" is no person's
            # name (a museum, a venue, a ship, a paper); a title of office before it is no
            # mention here ("the Governor": no name)
            # coverage: 3 training pages, 3 CNN/DM, 1 BBC and 1 PolNeAR article
            fired("entities.name_after_the")
            decided = "organization"
        elif n.side and (kind == "place" or (kind == "person" and side_not_person(n.text, person_words))):
            fired("entities.side")
            decided = "organization"
        elif (
            n.plural
            and kind != "person"
            and any(f in surnames and not is_ordinary_word(f) for f in (key[:-1], key[:-2]))
        ):
            # "the Lusks" after "Joe Lusk": the family of a person of the article, whatever the
            # model's label (a place, a group); not a word of the dictionary ("the Lords" beside
            # "Ana Lord"). Coverage: 2 of the 53 English real pages (both inputs), no dev article
            # (its families, "the Clintons", are labelled people); kept: a family shown among the
            # places is a wrong kind a reader notices
            fired("entities.family_name")
            decided = "person"
        elif n.plural and kind == "place" and set(n.model_labels) == {"place"}:
            # "the Americas", "the Highlands": a plural name the model only ever calls a place is one
            # coverage: 1 training page, 1 CNN/DM article, 1 of the 60 real pages (the rule below
            # made such a name a side); kept: it only keeps the model's own kind
            fired("entities.plural_place")
            decided = kind
        elif (
            n.plural
            and kind != "organization"
            and key not in person_words  # "the old Lizbet" of Lizbet Crow: her, not a side
            and not {key[:-1], key[:-2]} & (person_words | people)
        ):
            fired("entities.plural_name")
            decided = "organization"  # "the Otters": a side or a group; not "the Venns", a family
        elif company or club:
            fired("entities.club_short_name" if club and not company else "entities.company_link")
            decided = "organization"
        elif plain(key) in tails or (firsts.get(plain(key)) == 1 and (is_given_name(n.text) or n.labelled_person)):
            decided = "person"
            if kind != "person":
                fired("entities.surname_link")
        elif n.located and key not in person_words and not (kind == "person" and " " in key):
            if kind == "person" and any(title_before(m) for m in n.mentions):
                # "Mr. Orsk said ..." forty times and once "in Lusk, Mr. Orsk and his host ...",
                # which the parser reads as a list of places: a name a title or an honorific
                # opens is a person's, wherever one mention of it stands. Coverage: 1 PolNeAR
                # article (its main person, "Mr." 40 times: 15 quotes went to five other men),
                # no page; kept below three: it only keeps the model's label where a title
                # stands, and each quote given to the wrong person is a blocker
                fired("entities.titled_not_located")
                decided = kind
            else:
                decided = "place"
        elif (
            kind == "person"
            and is_city(n.text)
            and key not in person_words
            and not is_given_name(n.text.split()[0], common=True)
            and not (n.described_person or n.owns_pronoun or n.org_context)
            and not any(title_before(m) for m in n.mentions)
        ):
            # "students in Glasgow and Lusk", "flights to Porto": a city or a large town of the
            # public list (:mod:`briefgen.lang.en.cities`) that the model took for a person, with
            # no evidence of one (no full name it belongs to, no given name, title or description)
            # coverage: 4 CNN/DM, 1 BBC and 1 CoNLL article, 2 of the 60 real pages, 3 training
            # pages; of the 11 names it turns, 7 are cities and 4 are clubs named after their
            # cities (football, cricket) that no side rule caught: a place is the lesser error
            fired("entities.known_city")
            decided = "place"
        else:
            decided = kind
        kinds[key] = decided
    _full_names_of_lone_surnames(names, kinds)  # again: a surname found a person only above
    for m in mentions:
        m.kind = kinds[m.text.casefold()]
    return mentions


def _full_names_of_lone_surnames(names: dict[str, NameEvidence], kinds: dict[str, str]) -> None:
    """ "Orla Venn" taken for an organisation where "Venn" alone is a person: the full name of that
    person. Run on the model's kinds, then on the decided ones (a surname the article describes as
    a person: "Venn, the state epidemiologist"; her full name only in a group's name).
    coverage: 2 BBC and 1 CNN/DM article, 1 real and 3 training pages; kept: a real page's lawyer
    was an organisation in full and a person by surname, two actors for one person"""
    lone_people = {key for key, kind in kinds.items() if kind == "person" and " " not in key}
    for key, n in names.items():
        words = n.text.split()
        if (
            kinds[key] != "person"
            and not n.hint
            and 2 <= len(words) <= 3
            and words[-1].casefold() in lone_people
            and all(w[:1].isupper() for w in words)
            and words[0][1:].islower()
            and not is_ordinary_word(words[0])
        ):
            fired("entities.full_name_of_lone_surname")
            kinds[key] = "person"
