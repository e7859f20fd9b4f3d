"""English words of reported speech: the verbs that report words, the forms a bare attribution
uses after a quote, and the nouns that can or cannot stand for a speaker.

Data (and :func:`is_speaker_word`, the one test read from it), one home for every stage: quotes read reporting clauses with these verbs, the
entity kinds take the subject of a verb of saying for a person, key points tell a spoken
quote by the attribution after it, and questions skip the reporting verb of a hedge. Each
stage takes the narrowest list that does its job; all are subsets of :data:`SPEECH_VERBS`
except :data:`REPORTING_VERBS`, which adds verbs of belief ("think", "estimate").
"""

from __future__ import annotations

__all__ = [
    "SPEECH_VERBS",
    "THOUGHT_VERBS",
    "QUOTED_AS_VERBS",
    "HYPOTHETICAL_AUXILIARIES",
    "FUTURE_AUXILIARIES",
    "TALKING_VERBS",
    "PERSON_SPEECH_VERBS",
    "REPORTING_VERBS",
    "SAYING_FORMS",
    "DOCUMENT_NOUNS",
    "SPEAKER_NOUNS",
    "GROUP_SPEAKER_NOUNS",
    "SPEAKER_SUFFIXES",
    "is_speaker_word",
    "INDEFINITE_SPEAKERS",
    "SPEECH_OBJECTS",
    "SPEECH_OBJECT_VERBS",
    "HEDGING_ADVERBS",
]


#: Lemmas of verbs that report speech or writing (and, for short quotes, name-calling).
SPEECH_VERBS: frozenset[str] = frozenset(
    """say tell add note write tweet post explain ask respond reply answer argue insist claim state
    declare continue recall warn acknowledge admit announce conclude contend joke quip remark report
    suggest testify urge complain observe predict promise vow boast charge counter concede emphasize
    emphasise exclaim mention shout yell scream chant caution lament agree assert maintain allege
    confirm deny reiterate stress underscore repeat describe call dub label brand characterize
    characterise deride slam blast praise accuse dismiss criticize criticise decry denounce proclaim
    told wonder muse recount retort fume rail lash mock tout pledge threaten plead demand
    opine reason concur disagree interject begin read comment cite sing scold quote indicate""".split()
)

#: Lemmas of verbs of thinking: the quote they govern is a thought the writer gives someone ("the
#: residents shrug and think, “Stop talking”"), its thinker the verb's subject or no one.
THOUGHT_VERBS: frozenset[str] = frozenset("think feel imagine believe figure reckon".split())
#: Lemmas of what the one quoted did in "the Kelby Times quoted Ana Soto as saying ...".
QUOTED_AS_VERBS: frozenset[str] = frozenset("say tell state write add warn".split())

#: Auxiliaries of what is not said but will, would or might be: a verb of saying under one of
#: them ("the town will shout, “...”") imagines the words it quotes.
HYPOTHETICAL_AUXILIARIES: frozenset[str] = frozenset(
    {"will", "would", "might", "may", "could", "should", "'ll", "’ll", "'d", "’d"}
)
#: Auxiliaries of the future: a verb of saying under one ("... assuming that neither will testify")
#: says nothing yet, so it reports no quotation before it.
FUTURE_AUXILIARIES: frozenset[str] = frozenset({"will", "shall", "'ll", "’ll"})

#: Adverbs by which the writer hedges who said the words it quotes: "“We lost the keys,” the
#: guard allegedly told a colleague", "she reportedly wrote". The words are someone's claim of
#: what was said, which a brief must not show as plain fact.
HEDGING_ADVERBS: frozenset[str] = frozenset({"allegedly", "reportedly", "purportedly", "supposedly"})

#: Lemmas of verbs of talking about something, with the particle some need ("bring up"): they
#: take no quote, but the quote right after one is what its subject went on to say.
TALKING_VERBS: dict[str, str] = {
    "talk": "",
    "speak": "",
    "discuss": "",
    "address": "",
    "reflect": "",
    "elaborate": "",
    "bring": "up",
    "open": "up",
    "weigh": "in",
}

#: Verbs of saying whose subject, when nothing else tells, is a person ("Okafor told ...").
PERSON_SPEECH_VERBS: frozenset[str] = frozenset("say tell add ask insist deny claim explain reply recall admit".split())

#: Verbs that report what someone said or believes: a past tense of one does not narrate an
#: event ("she said he could win" reports; "he could swim" narrates).
REPORTING_VERBS: frozenset[str] = frozenset(
    """say tell add warn claim report state write note suggest believe think argue announce
    estimate predict""".split()
)

#: Lemmas of verbs of a newsroom's own work: an outlet that is their subject ("HERALD ONLINE has
#: learnt", "The Herald contacted the ministry", "the Herald's review found") credits itself in
#: its story and acts in none of its events.
NEWSGATHERING_VERBS: frozenset[str] = frozenset(
    """learn contact reach ask obtain review see find understand reveal confirm publish request analyse
    analyze investigate examine interview cover contribute""".split()
)

#: Pronouns that stand for an unnamed person who speaks ("said someone at the meeting", "wrote another").
INDEFINITE_SPEAKERS: frozenset[str] = frozenset({"someone", "somebody", "another"})

#: A statement that someone gives ("Ruiz issued a statement: “...”", "Ruiz had a shorter reply"):
#: the verb, with one of these nouns as its object, reports what follows.
SPEECH_OBJECTS: frozenset[str] = frozenset("statement response reply comment remark remarks warning answer".split())
SPEECH_OBJECT_VERBS: frozenset[str] = frozenset("have issue release give make offer deliver".split())

#: Inflected forms of the common verbs of saying, as a bare attribution after a quote or a
#: question writes them (``“...,” she said`` / ``..., he asked?``).
SAYING_FORMS: tuple[str, ...] = tuple(
    """said says say told tells added adds asked asks wrote writes explained explains admitted
    recalls recalled insisted claimed continued wondered""".split()
)

#: Nouns of documents, statements and findings: they carry words but do not speak. A quote
#: attributed to one belongs to its author when the article names one ("a memo from the
#: agency", "the agency's memo"), else to no one ("a 2015 poll found ...").
DOCUMENT_NOUNS: frozenset[str] = frozenset(
    """statement statements report reports survey surveys poll polls study studies memo memos
    memorandum letter letters complaint complaints filing filings brief briefs lawsuit suit
    document documents record records description article articles post posts tweet tweets
    message messages email emails release decision ruling order orders indictment
    affidavit motion petition transcript note notes analysis review audit research
    book books column editorial op-ed headline headlines caption website site page
    blog video footage film documentary speech speeches interview remarks comment comments
    announcement notice warning guidance guideline guidelines policy law bill plan proposal
    agreement deal contract resolution summary chart data figures estimate estimates forecast
    projection finding findings evidence testimony text texts advert ad ads slogan
    sign signs banner label song lyrics title""".split()
)

#: Nouns that name a person or a body of people by what they are or do: the head of a
#: description that can speak ("a ministry spokesperson", "the company", "residents").
SPEAKER_NOUNS: frozenset[str] = frozenset(
    """official officials spokesperson spokesman spokeswoman spokespeople representative
    representatives aide aides adviser advisers advisor advisors source sources analyst analysts
    expert experts economist economists strategist strategists observer observers critic critics
    supporter supporters opponent opponents resident residents neighbour neighbours neighbor
    neighbors witness witnesses survivor survivors victim victims patient patients doctor doctors
    nurse nurses physician physicians scientist scientists researcher researchers professor
    professors teacher teachers student students parent parents mother father son daughter wife
    husband sister brother child children family families friend friends man men woman women
    boy boys girl girls person people voter voters worker workers employee employees staff
    staffer staffers member members leader leaders lawmaker lawmakers legislator legislators
    senator senators congressman congresswoman politician politicians minister ministers
    president vice-president chancellor premier governor governors mayor mayors ambassador
    ambassadors envoy envoys diplomat diplomats negotiator negotiators secretary chief chiefs
    executive executives director directors manager managers chairman chairwoman chair founder
    founders owner owners investor investors trader traders banker bankers lawyer lawyers
    attorney attorneys prosecutor prosecutors judge judges justice justices officer officers
    police policeman detective detectives investigator investigators agent agents soldier
    soldiers general commander commanders troops activist activists protester protesters
    protestors organiser organisers organizer organizers campaigner campaigners candidate
    candidates nominee insider insiders veteran veterans farmer farmers driver drivers pilot
    pilots coach coaches player players captain manager fan fans singer singers actor actors
    actress author authors writer writers journalist journalists reporter reporters editor
    editors host hosts anchor presenter customer customers user users consumer consumers
    shopper shoppers owner landlord tenant tenants citizen citizens immigrant immigrants
    refugee refugees migrant migrants passenger passengers pensioner pensioners student
    colleague colleagues partner partners relative relatives historian historians engineer
    engineers designer designers developer developers consultant consultants chef chefs
    priest pastor bishop imam rabbi cleric clerics monk nun artist artists musician musicians
    athlete athletes striker defender goalkeeper midfielder referee umpire sheriff deputy
    deputies clerk clerks regulator regulators auditor auditors inspector inspectors
    administrator administrators administration government governments ministry ministries
    department departments agency agencies office offices authority authorities council
    councils committee committees commission commissions board boards panel panels court
    courts tribunal parliament congress senate assembly cabinet embassy embassies consulate
    police army military navy company companies firm firms group groups organisation
    organisations organization organizations association associations union unions
    federation party parties campaign team teams club clubs bank banks airline airlines
    network networks broadcaster newspaper paper magazine outlet charity charities
    foundation foundations institute institutes university universities school schools
    hospital hospitals coalition alliance opposition regime prosecution defence defense
    plaintiffs plaintiff defendant defendants lobby industry unit division bureau
    service services force forces guard guards side
    client head boss dispatcher ceo cfo chairperson commissioner secretary-general counsel solicitor
    barrister juror jury mp peer lord councillor councilor councilman trustee delegate panelist
    moderator pundit commentator blogger caller viewer listener reader fellow scholar academic
    lecturer dean principal provost rector mentor trainer skipper rider runner winner champion
    rival ally allies emissary mediator broker dealer seller buyer vendor merchant shopkeeper
    builder contractor homeowner occupant neighbour bystander onlooker commuter motorist
    pedestrian traveller traveler tourist visitor guest spectator attendee participant
    respondent applicant claimant complainant accuser suspect detainee prisoner inmate convict
    offender attacker assailant hostage captive defector dissident rebel militant fighter
    insurgent separatist loyalist guerrilla warlord recruit cadet marine sailor trooper ranger
    firefighter paramedic medic surgeon dentist therapist counsellor caregiver carer volunteer
    donor sponsor backer shareholder stakeholder creditor borrower lender taxpayer native local
    villager miner labourer laborer intern apprentice trainee graduate pupil alumnus alumni
    follower creator inventor entrepreneur proprietor publisher producer filmmaker photographer
    performer rapper band comedian critic reviewer monitor examiner specialist informant
    whistleblower eyewitness sibling cousin uncle aunt nephew niece grandson granddaughter
    grandparent mum mom dad widow widower fiance fiancee girlfriend boyfriend spouse teammate
    classmate roommate co-founder crew audience crowd public electorate community household
    households narrator voice individual individuals commenter commenters troll trolls""".split()
)

#: Speaker nouns that name a body of people, not one person (beside the heads of institutions,
#: businesses and the press of :mod:`...summary.entities.descriptions`): "the wire service", "the
#: group", "the union" are never "he" or "she".
GROUP_SPEAKER_NOUNS: frozenset[str] = frozenset(
    """service services force forces guard guards unit division lobby industry regime prosecution
    defence defense opposition alliance charity charities hospital hospitals jury electorate community
    household households voice campaign club clubs organisation organisations organization
    organizations group groups company companies firm firms government governments ministry ministries
    department departments agency agencies office offices authority authorities council councils
    committee committees commission commissions board boards panel panels court courts tribunal
    parliament congress senate assembly cabinet embassy embassies consulate police army military navy
    association associations union unions federation party parties team teams bank banks airline
    airlines network networks broadcaster newspaper paper magazine outlet foundation foundations
    institute institutes university universities school schools coalition administration crew
    audience crowd public band family families side staff""".split()
)

#: Endings that make a noun name a person or people ("economist", "spokeswoman", "physician").
SPEAKER_SUFFIXES: tuple[str, ...] = (
    "ist",
    "ists",
    "man",
    "men",
    "woman",
    "women",
    "person",
    "people",
    "ician",
    "icians",
)


def is_speaker_word(word: str) -> bool:
    """A lower-case noun that names a person or people: listed in :data:`SPEAKER_NOUNS`, or by
    one of :data:`SPEAKER_SUFFIXES` on a word of six letters or more ("podiatrist")."""
    return word in SPEAKER_NOUNS or (len(word) > 5 and word.endswith(SPEAKER_SUFFIXES))
