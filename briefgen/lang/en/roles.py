"""Words of people's roles: nouns that say what a person is or does, and the verbs that tie a
person to the body they lead.

Read by :mod:`briefgen.summary.entities.role_words` and :mod:`briefgen.summary.entities.role_patterns`.
Titles of office are in :mod:`.gazetteer` (``PERSON_TITLES``) and :mod:`.titles`.
"""

from __future__ import annotations

__all__ = [
    "POSITION_PHRASES",
    "RELATION_NOUNS",
    "ROLE_NOUNS",
    "EPITHETS",
    "LEADING_VERBS",
    "AFFILIATION_PREPS",
    "GENERIC_ORGANISATION_NOUNS",
    "COMPANY_TITLES",
    "HONORIFIC_WORDS",
    "SELLING_VERBS",
    "SAYING_NOUNS",
    "PERSON_STANDING_NOUNS",
    "OFFICE_VERBS",
    "COLLECTIVE_ROLE_NOUNS",
    "PARTY_DESIGNATION",
    "PARTY_MEMBER_NOUNS",
    "REPRESENTING_VERBS",
    "LEAVING_PARTICLES",
]

#: Role nouns that no ending of an agent noun ("-er", "-ist", "-ian") gives away; with the
#: nouns of a relation to someone else ("his Norlandic counterpart, Ana Roe", "her sister"),
#: which give 5 roles on dev articles of four corpora and 3 on real and training pages; and a
#: player's position or school year before a name ("Kelmsby quarterback Ana Roe", "Lusk North
#: senior Ben Park"), which no ending gives away either; occupations and offices no ending gives
#: away either ("Former astronaut Ana Roe", "congressional liaison Ben Lusk": 2 dev articles of
#: CNN/DailyMail and PolNeAR, a blind review's major where the role was missing). Not "end", "back"
#: or "forward" of the field: words of everyday English that stand right before a name ("In the
#: end Ana Roe won").
ROLE_NOUNS: frozenset[str] = frozenset(
    """
legend star chief head boss aide ally rival candidate nominee host guard judge coach staff peer
veteran hopeful icon great champion plaintiff son daughter wife husband widow friend victim
suspect whip billionaire millionaire tycoon magnate mogul oligarch celebrity entrepreneur
counterpart deputy colleague postdoc protege protégé spouse girlfriend boyfriend fiance fiancé
fiancee fiancée mother father sister brother cousin niece nephew uncle aunt
quarterback fullback halfback cornerback shortstop rookie sophomore senior junior
astronaut cosmonaut teammate liaison fly-half scrum-half graduate
""".split()
)

#: A party's member, which the parser tags a proper noun: in an apposition ("Ana Roe, the top
#: Democrat on the committee,", "Ben Lusk, a Tory,") what US and British political copy says a
#: lawmaker is.
PARTY_MEMBER_NOUNS: frozenset[str] = frozenset({"democrat", "republican", "tory", "conservative", "liberal"})

#: Players' positions of two words whose last word alone is no role noun ("end", "back", "forward"
#: name no one: see ROLE_NOUNS): with the word before it, before a name, they are a role ("Kelby
#: Bears defensive end Ana Roe", "Lusk centre back Ben Park").
POSITION_PHRASES: frozenset[str] = frozenset(
    {
        "defensive end",
        "tight end",
        "defensive back",
        "running back",
        "centre back",
        "center back",
        "wing back",
        "full back",
        "centre forward",
        "center forward",
        "power forward",
        "small forward",
        "wide receiver",
        "first baseman",
        "second baseman",
        "third baseman",
        "defensive tackle",
        "offensive tackle",
        "offensive lineman",
        "defensive lineman",
        "scrum half",
        "fly half",
    }
)

#: Nouns an article calls a person by as a judgement, not as a role ("X is a racist"): a
#: sentence that says so gives the person no role.
EPITHETS: frozenset[str] = frozenset(
    """
racist fascist extremist terrorist liar hypocrite narcissist sexist bigot traitor idiot fool
criminal crook coward hero villain genius fraud demagogue
""".split()
)

#: Verbs that say a person leads a body ("Ana Soto heads the agency", "who leads the union's
#: talks team"): with the body they govern, a role.
LEADING_VERBS: frozenset[str] = frozenset("head lead run chair direct manage oversee captain coach".split())

#: Prepositions that tie a person named right before them to a body ("Ana Soto of the Kelmsby
#: Institute", "Ben Lusk from Tarvel", "at the agency", "with the union").
AFFILIATION_PREPS: frozenset[str] = frozenset({"of", "from", "at", "with"})

#: Nouns by which an article calls the organisation it is about once it has named it ("the
#: company", "the utility"): in a role ("company CEO", "the utility's chief executive") they
#: stand for that organisation. Not "group", "team" or "agency": an article often calls a body
#: it never names so.
GENERIC_ORGANISATION_NOUNS: frozenset[str] = frozenset(
    """
company firm utility corporation retailer airline carrier insurer lender bank automaker carmaker
startup manufacturer chain operator
""".split()
)

#: Titles of a company's office ("Tarvel Chairman Ana Soto", "Norvik CEO Ben Lusk"): the words
#: before them name the company, however English ("General Freight CEO"), not a portfolio.
COMPANY_TITLES: frozenset[str] = frozenset(
    "ceo cfo coo cto chairman chairwoman chair president founder co-founder owner executive chief boss "
    "director manager partner spokesman spokeswoman spokesperson analyst economist".split()
)
#: Words of an honorific written before a name with the forms of address ("the Rt. Hon. Ana
#: Soto", "the Honourable Ana Soto"): no role, and no part of the name.
HONORIFIC_WORDS: frozenset[str] = frozenset("the rt right hon honourable honorable".split())

#: Verbs of a seller ("Tarvel is offering 40% off", "Tarvel sells the X2 for $120"): with a price
#: or a discount in the clause, their subject is a business.
SELLING_VERBS: frozenset[str] = frozenset("offer sell discount stock ship slash cut mark price".split())


#: Acts and means of saying something: a phrase of "in"/"during" with one of these after a role
#: says how the person spoke, not who they are ("a spokeswoman for the board in a statement").
SAYING_NOUNS: frozenset[str] = frozenset(
    """
    statement email e-mail interview letter call message tweet post conference briefing speech remarks
    memo filing testimony posting text video podcast broadcast
    """.split()
)


#: Nouns of a person's standing that the speaker nouns (:func:`..speech.is_speaker_word`) do not
#: list: "The veteran skipper ...", "The Portuguese boss ..." stand for someone named before.
PERSON_STANDING_NOUNS: frozenset[str] = frozenset(
    "boss star veteran champion actor actress singer midfielder striker captain skipper".split()
)

#: Words that make an office another one below it: a "Deputy Harbour Minister" is not "the harbour
#: minister" (see :mod:`briefgen.summary.entities.descriptions`).
OTHER_RANK_WORDS: frozenset[str] = frozenset("deputy vice assistant associate junior shadow under".split())

#: Endings of a word of origin that after "the" names a people, not one person: "the French",
#: "the British", "the Chinese", "the Swiss" (while "the Belgian", "the Scot" is one person).
COLLECTIVE_ORIGIN_ENDINGS: tuple[str, ...] = ("ese", "ish", "ch", "ss")


#: Verbs of office that take "as" and a role ("served as director", "was appointed as chair"),
#: by what they say of the person (see :mod:`briefgen.summary.entities.role_offices`): ``hold``,
#: the person holds or held the office; ``leave``, the person left it; ``give``, someone gives it
#: to the person (its object, or its passive subject); ``replace``, its subject takes the office
#: from its object.
OFFICE_VERBS: dict[str, str] = {
    **dict.fromkeys("serve work act join return remain continue stay start begin take step stand".split(), "hold"),
    **dict.fromkeys("resign quit retire leave sack fire dismiss oust remove depart axe".split(), "leave"),
    **dict.fromkeys(
        "appoint reappoint name hire elect reelect install confirm choose select nominate tap recruit promote".split(),
        "give",
    ),
    **dict.fromkeys("replace succeed".split(), "replace"),
}

#: Particles that make a verb of holding one of leaving ("stepped down as", "stood aside as").
LEAVING_PARTICLES: frozenset[str] = frozenset({"down", "aside"})

#: Nouns of a group of people that a role written once for a pair or a list may end in, as a
#: plural does ("Norlandic duo Ana Roe and Jo Park", "the jazz trio Ana Roe, Jo Park and Ben Lusk").
COLLECTIVE_ROLE_NOUNS: frozenset[str] = frozenset({"duo", "trio", "pair", "quartet"})

#: A US lawmaker's party and state written right after the name, in brackets or between commas
#: ("Ana Soto (D-Mont.)", "Ben Lusk, R-S.C.,", "(I-VT)"): the party's letter, a hyphen, the
#: state's abbreviation or name; or written out ("Ben Lusk, Republican of Montana,"). Group ``code``
#: is the designation itself.
PARTY_DESIGNATION: str = (
    r"(?P<open>\s?\(|,\s)(?P<code>[RDI]-[A-Z][A-Za-z.]{0,5}(?:\s?[A-Z][a-z.]{0,4})?"
    r"|(?:Republican|Democrat|independent) of (?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+)(?P<close>\)|,)"
)

#: Verbs by which a person stands for other people ("Ana Soto, who represents Ben Lusk,", a
#: lawyer's or an agent's standing): with people as the object, a role.
REPRESENTING_VERBS: frozenset[str] = frozenset({"represent"})

#: A person's relation to another person, a role that says little without whose it is ("his wife,
#: Ana Roe", "his Norlandic counterpart, Ben Lusk"): read by ``summary.entities.kin_roles``.
RELATION_NOUNS: frozenset[str] = frozenset(
    """
wife husband partner spouse widow widower fiancee fiancée fiance fiancé boyfriend girlfriend
mother father son daughter brother sister stepmother stepfather stepson stepdaughter
grandmother grandfather grandson granddaughter uncle aunt nephew niece cousin friend counterpart
""".split()
)

#: Offices written as initials that news calls a person by once named ("the Liberal MP said",
#: "The CMO told ..."): a member of a parliament or an assembly, a company's or a health
#: service's chief officers.
OFFICE_ACRONYMS: frozenset[str] = frozenset("mp mep msp mla td ceo cfo coo cto cmo".split())

#: Nouns of a person by their dealings with someone else, who is often the one named before ("Roe
#: said her assistant was away. But the client ..."): no description of that person.
OTHER_PARTY_NOUNS: frozenset[str] = frozenset(
    "client customer patient victim suspect employee employer colleague neighbour neighbor".split()
)

#: Words of a bracket after a name that say the name is not the person's own ("Rosa (not her real
#: name)", "Ana (a pseudonym)", "(names have been changed)"): part of the fact, not an aside.
NAME_CAVEAT_WORDS: frozenset[str] = frozenset("pseudonym pseudonyms alias".split())
#: ... and the phrases that do, read in lower case.
NAME_CAVEAT_PHRASES: tuple[str, ...] = (
    "real name",
    "name changed",
    "names changed",
    "name has been changed",
    "names have been changed",
    "not her name",
    "not his name",
)

#: Words that say how an office is held, written in brackets after its title ("Harbour Director
#: (Acting)", "Professor (emeritus)"): part of the role, not an aside.
OFFICE_QUALIFIERS: frozenset[str] = frozenset(
    "acting interim designate elect retired retd ret outgoing caretaker emeritus suspended".split()
)
