"""Speakers: names from the entity model, whole descriptions, documents, terms; each rule on
invented sentences, checked with the rule it exercises (briefgen.trace)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.summary.quotes.extract import extract_quotes
from briefgen.summary.text.analysis import analyse
from briefgen.trace import recording

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "ktxs-china-russia.txt"

# (rule that must fire, text, expected (quote text, speaker) pairs), all invented
CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        "speakers.name_after",  # a press release's attribution without a verb, not the body named before
        "Harbour police seized a boat carrying 40 crates of rum off Kelby on Sunday.\n\n"
        "Harbour Security Investigations agents held the two crew members and the cargo.\n\n"
        "“Our agents will keep stopping unlawful cargo before it reaches our shores,” Ana Roe, Director "
        "of the Kelby Marine Branch. “We thank our partners for their help.”",
        [
            ("Our agents will keep stopping unlawful cargo before it reaches our shores", "Ana Roe"),
            ("We thank our partners for their help.", "Ana Roe"),
        ],
    ),
    (
        "speakers.inverted_after_clause",  # the quote's sentence goes on before ", says NAME"
        "The port raised its fees again.\n\n“We are like every other port on the coast” trying to keep the "
        "books balanced, says Maria Lund, a spokesperson for the harbour board.",
        [("We are like every other port on the coast", "Maria Lund")],
    ),
    (
        "speakers.appositive_name",
        "A senior fellow at the Kelmsby Institute, Ruth Okafor, said: “The dam will not hold another winter.”",
        [("The dam will not hold another winter.", "Ruth Okafor")],
    ),
    (
        "speakers.appositive_name",  # the parser hangs the name on the bank, not on the description
        "The chief executive of Norland Bank, Tom Reyes, said: “We will cut every fee by half next year.”",
        [("We will cut every fee by half next year.", "Tom Reyes")],
    ),
    (
        "speakers.description",
        "The harbour closed early.\n\n“The harbour will stay shut until Friday at the earliest,” "
        "a spokesperson for the port authority said.",
        [("The harbour will stay shut until Friday at the earliest", "a spokesperson for the port authority")],
    ),
    (
        "speakers.description",
        "The talks went on.\n\nA ministry spokeswoman said the talks were “going nowhere fast at the moment.”",
        [("going nowhere fast at the moment.", "a ministry spokeswoman")],
    ),
    (
        "speakers.description",
        "The ferry was late again.\n\n“I was not told about the closure at all,” said the 52-year-old, "
        "who runs a ferry.",
        [("I was not told about the closure at all", "the 52-year-old")],
    ),
    (
        "speakers.not_a_speaker",
        "Freight rates climbed all year.\n\n“Prices will fall again by the spring,” the trend suggests.",
        [("Prices will fall again by the spring", None)],
    ),
    (
        "speakers.document",
        "Farm sales moved online.\n\nA 2019 survey found that “most farmers now sell online every week.”",
        [("most farmers now sell online every week.", None)],
    ),
    (
        "speakers.document_author",
        "The cranes were inspected.\n\nA memo from the Port Safety Board said the cranes were "
        "“worn beyond any safe limit.”",
        [("worn beyond any safe limit.", "Port Safety Board")],
    ),
    (
        "speakers.reported_clause",
        "Many lawmakers see safety concerns.\n\nA Port Safety Board review published in March found that "
        "the cargo had come from “smuggling rings, forged papers or worse.”",
        [("smuggling rings, forged papers or worse.", "Port Safety Board")],
    ),
    (
        "speakers.lowercase_name",
        "Talks on the river treaty stalled on Tuesday.\n\n“We will not accept any delay in the talks,” "
        "the foreign ministry said in a statement.",
        [("We will not accept any delay in the talks", "the foreign ministry")],
    ),
    (
        "speakers.definite_description",
        "Ambassador Tomas Mahler arrived late on Monday.\n\nLater the envoy said: “Nothing is signed, "
        "and nothing may be.”",
        [("Nothing is signed, and nothing may be.", "Tomas Mahler")],
    ),
    (
        "speakers.organisation_pronoun",
        "The port reopened on Monday.\n\nBrennfeld Logistics has denied any wrongdoing. “We never once "
        "kept the losses from our customers,” it said in a statement.",
        [("We never once kept the losses from our customers", "Brennfeld Logistics")],
    ),
    (
        "speakers.possessive_pronoun",
        "Mayor Ines Carvalho has not spoken.\n\n“We are reviewing every option with the council,” her spokesman said.",
        [("We are reviewing every option with the council", "Ines Carvalho’s spokesman")],
    ),
    (
        "speakers.sentence_before_led_in",
        "Hana Pirelli studies harbour locks.\n\nIt is not clear which gate failed first, Pirelli says. "
        "Just because the alarm rang late, “that is no proof the crew slept through it.”",
        [("that is no proof the crew slept through it.", "Hana Pirelli")],
    ),
    (
        "speakers.passive_verb",
        "Doctors met in Halden.\n\nWhen the cause is feathers, the illness is called “quilt lung.”",
        [("quilt lung.", None)],
    ),
    (
        "speakers.passive_verb",
        "Doctors met in Halden.\n\nThe levy was described as “a gift to smugglers everywhere in the region” "
        "by the harbour pilots.",
        [("a gift to smugglers everywhere in the region", "the harbour pilots")],
    ),
    (
        "speakers.description",
        "Ships waited at the locks.\n\nIn a joint statement, the Danish and Dutch port authorities accused "
        "the operator of running “a cartel of pilots.”",
        [("a cartel of pilots.", "the Danish and Dutch port authorities")],
    ),
    (
        "entities.family_name_left_out",
        "Tariff talks resumed in Geneva.\n\n“Unless some tariffs go, neither side gains much from signing,” "
        "He Wenlan, a former trade official, said at a forum on Monday.",
        [("Unless some tariffs go, neither side gains much from signing", "He Wenlan")],
    ),
    (
        "speakers.clause_after",
        "Ada Quill, a lung doctor, spoke at the clinic.\n\nThat being noted, “people with feather pillows should "
        "not panic,” she said.",
        [("people with feather pillows should not panic", "Ada Quill")],
    ),
    (
        "quotes.two_character_mark",
        "The audit office spoke up.\n\n“The tender was rigged from the very start,’’ Will Dorsey, head of the "
        "audit office, told reporters.",
        [("The tender was rigged from the very start", "Will Dorsey")],
    ),
    (
        # a paragraph that introduces its subject, then a paragraph that is all quote
        "speakers.subject_paragraph_before",
        "Rents rose again in Dunmore.\n\nRuth Hale, a fellow at the Kelmsby Institute who studies housing, "
        "has followed the market for years.\n\n“The city has simply run out of homes for the people who "
        "work here, and prices will keep rising.”",
        [
            (
                "The city has simply run out of homes for the people who work here, and prices will keep rising.",
                "Ruth Hale",
            )
        ],
    ),
    (
        # single marks, and the last paragraph's opening mark lost: its closing mark still ends a quote
        "quotes.single_mark_lost_opening",
        "Harbour talks resumed in Kelmsby on Monday.\n\n'We have waited long enough for this deal,' said "
        "Ruth Hale, the port's director. 'The ships cannot wait.'\n\nThe council had promised a reply by "
        "May, but it was late and the crews were not paid on time,' Hale said.",
        [
            ("We have waited long enough for this deal", "Ruth Hale"),
            ("The ships cannot wait.", "Ruth Hale"),
            (
                "The council had promised a reply by May, but it was late and the crews were not paid on time",
                "Ruth Hale",
            ),
        ],
    ),
    (
        # a title in capitals is no name: "the Director" is the person given that title
        "speakers.title_as_description",
        "Harbour Board Director Ana Ruiz opened the session on Monday.\n\nShipping fell sharply this year, "
        "and the Director noted that “the harbour has lost a third of its ships since spring.”",
        [("the harbour has lost a third of its ships since spring.", "Ana Ruiz")],
    ),
    (
        # a title in capitals with the person in apposition to its organisation
        "speakers.appositive_name",
        "Fees rose at the port.\n\nChief Executive Officer of the Kelmsby Port Authority, Tom Reyes, added "
        "that the fees would fall.\n\n“We will cut every fee by half next year, and the ferries will run again.”",
        [("We will cut every fee by half next year, and the ferries will run again.", "Tom Reyes")],
    ),
    (
        # the verb's subject is the person; the place that opens the phrase only describes her
        "speakers.named_verb_subject",
        "Fees rose at the port.\n\n“The levy will drive every small boat out of the harbour,” noted "
        "Kelmsby-based shipping lawyer Ana Ruiz in an interview.",
        [("The levy will drive every small boat out of the harbour", "Ana Ruiz")],
    ),
    (
        # "called" (a verb of the speech list) before the quote names no one; the clause after does
        "speakers.named_clause_after_over_empty",
        "Fees rose at the port.\n\nThe port uses a method called “harbour pricing” – that is, after "
        "they pay, the owners must wait, Ana Ruiz said.",
        [("harbour pricing", "Ana Ruiz")],
    ),
    (
        # "the Tory MP", which the tagger reads as a name, is the person just quoted (named where the
        # entity model gives him no role by it: not as the subject of his sentence)
        "speakers.description_of_last_speaker",
        "On Monday the ferry line was “barely able to sail” this winter, according to Tom Reyes.\n\nSpeaking "
        "in the council, the Tory MP said: “The harbour cannot wait for another study of its fees.”",
        [("barely able to sail", "Tom Reyes"), ("The harbour cannot wait for another study of its fees.", "Tom Reyes")],
    ),
    (
        # an unnamed person with the phrase that places them is the article's description
        "speakers.indefinite_pronoun",
        "The council met on the harbour fees.\n\n“I am stunned by the size of this levy; it will sink the "
        "small boats,” said someone at the meeting.",
        [("I am stunned by the size of this levy; it will sink the small boats", "someone at the meeting")],
    ),
    (
        # a statement the named person "had" introduces the quote after it
        "speakers.speech_object",
        "The ruling came on Friday.\n\nRuiz's lawyer, Tom Reyes, had a shorter statement after the hearing. "
        "“The court has given the ferry crews their jobs back.”",
        [("The court has given the ferry crews their jobs back.", "Tom Reyes")],
    ),
    (
        # "indicated" reports; "the mayor" is the person the article gave that title
        "speakers.reporter_paragraph_before",
        "The ruling came on Friday.\n\nMayor Ana Ruiz spoke after the vote. Later, the mayor indicated that the "
        "fees would be cut.\n\n“We will halve the levy on small boats before the summer season starts.”",
        [("We will halve the levy on small boats before the summer season starts.", "Ana Ruiz")],
    ),
    (
        "speakers.description",
        "The crash was reported at night.\n\n“Units are following a grey van heading north on the coast road,” "
        "said a dispatcher on the police radio.",
        [("Units are following a grey van heading north on the coast road", "a dispatcher on the police radio")],
    ),
    (
        # the tagger takes the surname for a place; the article's entity model knows the person
        "speakers.person_by_entity_model",
        "Mara Lincoln wrote a book about rivers.\n\nIn the book's final pages Lincoln implores her readers “to "
        "become more patient with the ways that rivers change.”",
        [("to become more patient with the ways that rivers change.", "Mara Lincoln")],
    ),
    (
        # "the nominee": the person the article gave that role, though no title list holds the word
        "entities.description_by_role",
        "Tom Lee, the Harbour Party's nominee, held a rally in Halden on Monday.\n\nThe crowd cheered for an "
        "hour.\n\n“The port is dying and the board is asleep,” the nominee said.",
        [("The port is dying and the board is asleep", "Tom Lee")],
    ),
    (
        # "the senator", "the governor": the person the article gave the office by its abbreviated title
        "entities.abbreviated_office",
        "Harbour State Sen. Ana Ruiz attacked the ferry bill on Tuesday. Gov. Tom Okafor signed it the "
        "same evening.\n\n“This bill is a gift to the largest shipping lines,” the senator said.\n\n"
        "“I will sign every bill that keeps the ferries running,” the governor said later.",
        [
            ("This bill is a gift to the largest shipping lines", "Ana Ruiz"),
            ("I will sign every bill that keeps the ferries running", "Tom Okafor"),
        ],
    ),
    (
        # "the 52-year-old": the person named just before, the main subject there
        "speakers.description_of_person_just_named",
        "The harbour board met on Monday.\n\nAna Ruiz was named harbour chief after a long search. The "
        "former pilot had run the port of Selm.\n\nThe 52-year-old said: “I am proud to be joining a port "
        "with such a history.”",
        [("I am proud to be joining a port with such a history.", "Ana Ruiz")],
    ),
    (
        # "the mother of two": a parent by the count of her children, the person named just before
        # (not someone's mother), though the article spoke of mothers before
        "speakers.description_of_person_just_named",
        "The ferry plan helps working mothers, the council says.\n\nAna Ruiz, who chairs the harbour "
        "board, backed the plan on Monday. Asked why fathers were left out, the 41-year-old mother of "
        "two replied, “The first plan had to be simple enough to pass this year.”",
        [("The first plan had to be simple enough to pass this year.", "Ana Ruiz")],
    ),
    (
        # "the mother" alone may be someone's mother: the description stays
        "speakers.description",
        "Ana Ruiz, who chairs the harbour board, backed the plan on Monday.\n\nHer son Tom was at the "
        "meeting. “He has worked for this plan for years,” the mother said.",
        [("He has worked for this plan for years", "the mother")],
    ),
    (
        # two people before the description, the last one no main subject: which one, the writer
        # does not say, and the description stays
        "speakers.description",
        "Tom Lee attacked Ana Ruiz over the harbour fees on Monday.\n\n“The fees will sink the small "
        "boats,” the former pilot said.",
        [("The fees will sink the small boats", "the former pilot")],
    ),
    (
        # "the follower" is the one the article brought in ("one admirer"), not the person named
        "speakers.description",
        "Ana Ruiz posted a photo from the harbour on Monday.\n\nOne admirer wrote a long comment under "
        "it.\n\n“Please rest, you look so tired,” the follower added.",
        [("Please rest, you look so tired", "the follower")],
    ),
    (
        # "it says" after a statement of the organisation: its sentences of quotation do not count
        "speakers.organisation_past_quote",
        "Tarvel Records has twice denied blocking the concert.\n\n“At no point did we stop the show,” they "
        "said in a statement last Friday.\n\n“In fact, we have no right to keep anyone off a stage.”\n\n"
        "Now they have written to the organisers.\n\n“We grant all licences for the broadcast,” it says.",
        [
            ("At no point did we stop the show", "Tarvel Records"),
            ("In fact, we have no right to keep anyone off a stage.", "Tarvel Records"),
            ("We grant all licences for the broadcast", "Tarvel Records"),
        ],
    ),
    (
        # "the company that runs ..., <name>,": the name in apposition, not the last company named
        "speakers.organisation_in_apposition",
        "Tarvel Records wrote to the organisers of the Halden Awards. The streaming service Netwave will "
        "show the awards.\n\nThe company that runs the Halden show, Okafor Events Ltd, denies that anything "
        "has been settled, though.\n\n“Any agreement must be made with the singer's managers,” they said.",
        [("Any agreement must be made with the singer's managers", "Okafor Events Ltd")],
    ),
    (
        # a company the model tags a person, then titles, then the name: the name speaks, the
        # company before the title's head only says whose chairman (and past the words read first)
        "speakers.name_after_description",
        "Kelco opened a cable plant in Tarvel on Friday.\n\n“The new plant has for our group a clear value,” "
        "said Kelco SpA chairman and chief executive officer Maria Lopez.",
        [("The new plant has for our group a clear value", "Maria Lopez")],
    ),
    (
        # one sentence of the writer's between two quotes of one speaker: the second speaks on
        "speakers.speaks_on_after_aside",
        "Mayor Ana Valdo explained: “They were proposing a levy on every berth.\n\nIn short, all but the "
        "smallest boats would pay a fee.\n\n“We asked for proof that the levy would be enough. They could not give us that.”",
        [
            ("They were proposing a levy on every berth.", "Ana Valdo"),
            ("We asked for proof that the levy would be enough. They could not give us that.", "Ana Valdo"),
        ],
    ),
    (
        # a paragraph that opens a new quote mid-sentence is an excerpt set apart, not the expert
        # before going on
        "speakers.excerpt_paragraph",
        "Ana Lusk, a historian at Kelmsby, said the ministry's account was false.\n\n“I can say with "
        "confidence that no ferry was stopped,” Lusk said.\n\n“… halt every ferry to the islands”\n\n"
        "“The harbour stayed open all week,” Lusk said.",
        [
            ("I can say with confidence that no ferry was stopped", "Ana Lusk"),
            ("… halt every ferry to the islands", None),
            ("The harbour stayed open all week", "Ana Lusk"),
        ],
    ),
    (
        # a name inside the description's modifier ("of Kelmsby") is part of the phrase: the whole
        # description is the person just quoted, not its fragment "professor"
        "speakers.nested_modifier",
        "Ana Lusk, a marine biologist, spoke first. “We have no choice,” she said. The University of "
        "Kelmsby professor added, “The wall is broken and the reef will die.”",
        [("We have no choice", "Ana Lusk"), ("The wall is broken and the reef will die.", "Ana Lusk")],
    ),
    (
        "speakers.nested_modifier",
        "The port will close for a year, the council said on Monday. “We have no choice,” the Bank of "
        "Kelmsby economist said. “The wall is broken.”",
        [
            ("We have no choice", "the Bank of Kelmsby economist"),
            ("The wall is broken.", "the Bank of Kelmsby economist"),
        ],
    ),
    (
        # one person's two titles joined by "and": the whole description, its complement too
        "speakers.joined_titles",
        "After the encore, the bassist and singer told the fans, “That was good, maybe we should tour.” "
        "“We will build the plant in Selm,” the founder and chief executive of Tarvel said on Monday.",
        [
            ("That was good, maybe we should tour.", "the bassist and singer"),
            ("We will build the plant in Selm", "the founder and chief executive of Tarvel"),
        ],
    ),
    (
        "speakers.body_without_saying",  # a dish's name under "went": the writer's phrase, no one's
        "The diner on Quay Street opened last week.\n\nThe Harbour Chowder now tops my list of "
        "“dishes worth the ferry fare.” The broth is thick.\n\n“We add a dish every month,” said Ana Roe.",
        [("dishes worth the ferry fare.", None), ("We add a dish every month", "Ana Roe")],
    ),
    (
        "speakers.body_without_saying",  # a company that orders a "level two" cut does not say the words
        "Power ran short across the valley.\n\nMarlow Energy ordered a “level two” cut on Tuesday night as "
        "reserves fell.",
        [("level two", None)],
    ),
    (
        "speakers.governing_clause",  # a verb of judging: the words are the site's ("rated" is "rat" to the model)
        "The claim spread fast.\n\nThe Harbour Gazette rated the claim “mostly false” on Monday.",
        [("mostly false", "Harbour Gazette")],
    ),
    (
        "speakers.description_of_named_owner",  # "the council’s spokesperson": which council, the name says
        "The Kelmsby Film Council published its figures on Monday.\n\n“Fewer films were made, as we feared,” the "
        "council’s spokesperson said.",
        [("Fewer films were made, as we feared", "Kelmsby Film Council’s spokesperson")],
    ),
    (
        "speakers.speaker_after_according_to",  # the paper reports; the spokesman speaks
        "According to the Harbour Times, the mayor's aide Ben Lusk told reporters on Friday that “the ferry "
        "will run all winter.”",
        [("the ferry will run all winter.", "Ben Lusk")],
    ),
]


def test_a_source_whose_relative_clause_says_the_words_speaks() -> None:
    text = "No one was hurt, according to the harbour ministry, which said a “small gas leak” caused the blast."
    quotes = extract_quotes(analyse(text))
    assert [(q.text, q.speaker) for q in quotes] == [("small gas leak", "the harbour ministry")]


def test_a_description_whose_owner_the_article_does_not_name_before_stays() -> None:
    quotes = extract_quotes(
        analyse("“We are ready,” the council’s spokesperson said on Monday. The vote is on Friday.")
    )
    assert [(q.text, q.speaker) for q in quotes] == [("We are ready", "the council’s spokesperson")]


@pytest.mark.parametrize("rule,text,pairs", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_speaker_rules(rule: str, text: str, pairs: list[tuple[str, str | None]]) -> None:
    with recording() as fired:
        quotes = extract_quotes(analyse(text))
    assert [(q.text, q.speaker) for q in quotes] == pairs
    assert fired[rule] >= 1, f"{rule} did not fire"


@pytest.mark.parametrize("verb", ["wrote another", "another wrote", "someone said"])
def test_a_bare_indefinite_pronoun_speaks_for_no_one(verb: str) -> None:
    # "— another" names no one and describes no one: the quote stays unattributed
    text = f"The page drew comments.\n\n“The harbour looks lovely in winter and the boats are happy,” {verb}."
    (quote,) = extract_quotes(analyse(text))
    assert quote.speaker is None


def test_a_statement_examined_is_not_given() -> None:
    # "examined a statement" reports nothing; only a statement someone has, gives or issues does
    text = "The fees rose.\n\nAna Ruiz examined the mayor's statement. “The harbour will stay open all winter.”"
    (quote,) = extract_quotes(analyse(text))
    assert quote.speaker is None


def test_they_are_people_when_the_subject_before_is() -> None:
    text = (
        "The senators met the firm's lawyers on Monday.\n\n“We expect full answers by Friday at the latest,” they said."
    )
    (quote,) = extract_quotes(analyse(text))
    assert quote.speaker is None  # not the firm: the senators spoke, and "they" names no one


def test_a_term_is_not_led_into_from_the_sentence_before() -> None:
    text = "Hana Pirelli studies harbour locks.\n\nThe gate failed first, Pirelli says. The so-called “safe zone” was empty."
    (quote,) = extract_quotes(analyse(text))
    assert (quote.text, quote.kind, quote.speaker) == ("safe zone", "term", None)


def test_quotes_of_three_words_or_fewer_are_terms() -> None:
    text = (
        "Critics called the levy “reckless” on Monday.\n\n"
        "“We will keep the harbour open every day of the year,” said Ines Carvalho, the port's director."
    )
    kinds = [(q.text, q.kind) for q in extract_quotes(analyse(text))]
    assert kinds == [("reckless", "term"), ("We will keep the harbour open every day of the year", "statement")]


def test_a_longer_phrase_credited_to_no_one_is_a_term() -> None:
    """The writer's phrase in quotation marks and a title in capitals are no one's statements;
    the same phrase credited to a speaker, and a quote split by its reporting clause, stay ones."""
    text = (
        "It is unclear whether the board will “hold its hands up” and pay for the repairs.\n\n"
        "The band played “Songs From the Harbour Wall” at the opening of the wall.\n\n"
        "Mayor Ana Roe called the vote “a victory for every family on the coast and for the whole town.”\n\n"
        "“We will build it,” Roe said, “and we will pay for it ourselves.”\n\n"
        "“The gates will close at dusk on stormy nights from now on.”"
    )
    kinds = [(q.text, q.kind, q.speaker) for q in extract_quotes(analyse(text))]
    assert kinds == [
        ("hold its hands up", "term", None),
        ("Songs From the Harbour Wall", "term", None),
        ("a victory for every family on the coast and for the whole town.", "statement", "Ana Roe"),
        ("We will build it", "statement", "Ana Roe"),
        ("and we will pay for it ourselves.", "statement", "Ana Roe"),
        ("The gates will close at dusk on stormy nights from now on.", "statement", "Ana Roe"),
    ]


def test_a_list_of_the_writers_quoted_phrases_is_no_statement() -> None:
    """Each phrase of a quoted list in the writer's sentence, credited to no one, is the writer's
    (the second and third too: the quote before each is one of the list, not the first part of a
    quote its reporting clause split)."""
    text = (
        "Why was a builder — who “boasted about the size of his crane,” “made no secret of his contempt "
        "for the rules,” and “named himself a master builder as he broke every bylaw in the book” — able to "
        "win the contract? The vote was close.\n\n"
        "“We will build it,” Roe said, “and we will pay for every stone of it ourselves.”"
    )
    kinds = [(q.text, q.kind) for q in extract_quotes(analyse(text))]
    assert kinds == [
        ("boasted about the size of his crane", "term"),
        ("made no secret of his contempt for the rules", "term"),
        ("named himself a master builder as he broke every bylaw in the book", "term"),
        ("We will build it", "statement"),
        ("and we will pay for every stone of it ourselves.", "statement"),
    ]


def test_a_short_fragment_inside_the_writers_sentence_is_a_term_whoever_said_it() -> None:
    text = (
        "Harbour master Ana Roe said on Monday the final toll “looks more like sixty boats”, down from "
        "her first estimate.\n\n"
        "“We're like every other port on this coast” trying to stay open, said Ben Lusk, the port's director.\n\n"
        "“We will rebuild the quay,” Roe said. “It will take a year.”\n\n"
        "Lusk called the plan “a gift to every smuggler on the coast and a disgrace to the town.”"
    )
    kinds = [(q.kind, q.speaker) for q in extract_quotes(analyse(text))]
    assert kinds == [
        ("term", "Ana Roe"),
        ("term", "Ben Lusk"),
        ("statement", "Ana Roe"),
        ("statement", "Ana Roe"),
        ("statement", "Ben Lusk"),
    ]


def test_the_writers_listed_examples_are_terms_not_statements() -> None:
    text = (
        "When the mayor posted the plan online, she received comments including “Build it higher” and "
        "“Too late for my street, the water is already in the kitchen.”\n\n"
        "Protesters outside the hall carried signs such as “No wall, no vote.”\n\n"
        "“We will rebuild the quay,” the mayor, Ana Roe, said."
    )
    kinds = [(q.text, q.kind) for q in extract_quotes(analyse(text))]
    assert kinds == [
        ("Build it higher", "term"),
        ("Too late for my street, the water is already in the kitchen.", "term"),
        ("No wall, no vote.", "term"),
        ("We will rebuild the quay", "statement"),
    ]


def test_the_writers_listed_examples_are_credited_to_no_one_but_a_comparison_keeps_its_speaker() -> None:
    # what others wrote, listed by the one who received it, is not her words; the terms line would
    # show the speaker of a term this long
    text = (
        "Ana Roe said on Monday that she had received messages such as “Go home now, nobody wants you "
        "here” after the show.\n\nTom Lusk said the harbour tools are like “bombs that you cannot use at all.”"
    )
    with recording() as fired:
        quotes = [(q.text, q.speaker, q.kind) for q in extract_quotes(analyse(text))]
    assert quotes == [
        ("Go home now, nobody wants you here", None, "term"),
        ("bombs that you cannot use at all.", "Tom Lusk", "term"),
    ]
    assert fired["quotes.listed_example_no_speaker"] == 1


def test_the_company_is_not_one_named_only_inside_someones_quotation() -> None:
    # the shop is named only inside the lawsuit's words; the writer's "the company" means the boat
    # maker, which the parse may take for a person: no speaker is better than the shop
    text = (
        "A lawsuit was filed against the skipper in May. “In selling the Kelbrick boats, which are sold online "
        "and at Marlow Marine, Ms. Lusk says they are safe, but in reality they leak,” it read.\n\n"
        "However, Kelbrick quickly fired back in defence of Lusk.\n\n"
        "The company’s statement added, “Our crews check every hull twice a year and keep the boats dry.”"
    )
    with recording() as fired:
        quotes = extract_quotes(analyse(text))
    assert all(q.speaker != "Marlow Marine" for q in quotes)
    assert fired["entities.description_not_quoted_organisation"] >= 1


def test_a_thought_the_writer_gives_a_crowd_is_no_named_persons_statement() -> None:
    text = (
        "Ana Roe has pushed the harbour plan for two years, and Ben Lusk has fought it in every meeting.\n\n"
        "In other words, the more Roe pushes these plans, the closer he gets to the vote, and the more "
        "the residents shrug and think, “Stop talking, start building.”"
    )
    quotes = [(q.text, q.speaker) for q in extract_quotes(analyse(text))]
    assert quotes == [("Stop talking, start building.", None)]


def test_a_speaker_is_never_a_fragment_or_a_thing() -> None:
    text = (
        "Fees rose at the port.\n\n"
        "The decision was “a gift to smugglers everywhere in the region,” the ruling said.\n\n"
        "An overwhelming 70 percent said the fees were “far too high for small boats.”"
    )
    speakers = [q.speaker for q in extract_quotes(analyse(text))]
    assert speakers == [None, None]


def test_named_speakers_are_the_actors_of_the_brief() -> None:
    """Speakers and actors come from one entity model: a speaker who is a person is an actor, by the same name."""
    from briefgen import summarize

    brief = summarize(EXAMPLE.read_text(encoding="utf-8"))
    people = {a.name for a in brief.actors if a.kind == "person"}
    named = {q.speaker for q in brief.quotes if q.speaker and q.speaker[:1].isupper() and " " in q.speaker}
    assert named, "the example article names its speakers"
    assert named <= people


def test_a_role_description_needs_the_role_s_own_words() -> None:
    # "the Democratic nominee" is not the Harbour Party's nominee the article named
    text = (
        "Tom Lee, the Republican nominee, held a rally in Halden on Monday.\n\nThe crowd cheered for an "
        "hour.\n\n“The port is dying and the board is asleep,” the Democratic nominee said."
    )
    (quote,) = extract_quotes(analyse(text))
    assert quote.speaker == "the Democratic nominee"


def test_an_aside_that_reports_speech_hands_the_next_quote_to_no_one() -> None:
    # "those close to her acknowledge": someone else may speak next, not the speaker before
    text = (
        "Mayor Ana Valdo said: “I am not retiring.”\n\nBut those close to the mayor acknowledge that the end is near."
        "\n\n“Each election could be her last.”"
    )
    quotes = extract_quotes(analyse(text))
    assert [(q.text, q.speaker) for q in quotes][-1] == ("Each election could be her last.", None)


def test_a_party_and_district_in_brackets_after_a_name_never_speak() -> None:
    # the parser heads the subject on "(D-Port Ellis)" and the model swept the bracket into the name
    text = (
        "Harbour man could make history.\n\n"
        "SELM, Ore. - In a tradition he has kept for 40 years, Rep. Tom Abara threw open his family's back "
        "yard for a cookout.\n\n"
        '"This is a big year for our potential senator, Tom Abara!" Abara\'s niece, state Del. Ana "Cia" Ruiz '
        '(D-Port Ellis), shouted to the crowd. "The state is watching. We have his back."\n\n'
        "Abara, 69, has emerged as the front-runner."
    )
    quotes = extract_quotes(analyse(text))
    speakers = [q.speaker for q in quotes if q.text.startswith(("This is a big year", "The state is watching"))]
    assert len(speakers) == 2
    assert all(s is not None and "Ruiz" in s and "(" not in s and "Port Ellis" not in s for s in speakers)


def test_a_statement_set_apart_after_a_line_that_introduces_it_is_a_quote_of_the_one_it_names() -> None:
    text = (
        "Ferry fares rise again.\n\n"
        "The Selm Harbour Board raised ferry fares for the third time this year. Tarvel Shipping confirmed "
        "the rise in a statement…\n\n"
        "We regret the rise, but fuel now costs twice what it did in May and the crossings must pay for it.\n\n"
        "Commuters said the fares were now out of reach. The board's chair, Ana Ruiz, added:\n\n"
        "Nobody on this board wanted to raise the fares again, and we will cut them when fuel costs fall.\n\n"
        "Read more on the harbour's plans:\n\n"
        "Harbour Board Unveils New Timetable for Winter Crossings"
    )
    quotes = extract_quotes(analyse(text, "Ferry fares rise again"))
    by_text = {q.text.split(",")[0]: q.speaker for q in quotes}
    assert by_text.get("We regret the rise") == "Tarvel Shipping"
    assert by_text.get("Nobody on this board wanted to raise the fares again") == "Ana Ruiz"
    assert not any(q.text.startswith("Harbour Board Unveils") for q in quotes)  # a link's title, no statement


def test_a_link_title_between_the_introducing_line_and_the_statement_is_passed_over() -> None:
    """A pasted page keeps a related story's title between "... in a statement…" and the
    statement; a sentence between them (with its full stop) ends the introduction."""
    statement = "We regret the rise, but fuel now costs twice what it did in May and the crossings must pay for it."
    text = (
        "Ferry fares rise again.\n\n"
        "The Selm Harbour Board raised ferry fares for the third time this year. Tarvel Shipping confirmed "
        "the rise in a statement…\n\n"
        "Tarvel Fares for 2025 – Season Ticket Holders Save\n\n"
        f"{statement}\n\n"
        "Commuters said the fares were now out of reach."
    )
    quotes = extract_quotes(analyse(text, "Ferry fares rise again"))
    assert [(q.text, q.speaker) for q in quotes if q.text.startswith("We regret")] == [(statement, "Tarvel Shipping")]
    assert not any(q.text.startswith("Tarvel Fares") for q in quotes)
    for between in ("The crossing takes an hour.", "RUN make && make install"):  # a sentence, a program's line
        other = text.replace("Tarvel Fares for 2025 – Season Ticket Holders Save", between)
        assert not any(q.text.startswith("We regret") for q in extract_quotes(analyse(other, "Ferry fares rise again")))


def test_a_verb_of_saying_in_the_future_after_a_quote_gives_no_speaker() -> None:
    # "... betting that neither his aides nor the contractor will testify": no one has said the
    # quoted words by testifying yet; the mayor, named before, denied it
    from briefgen.model import Article
    from briefgen.summary import summarize_article

    text = (
        "Mayor faces questions over harbour contract\n\n"
        "Mayor Daniel Walsh has been accused of hiding his contacts with the harbour contractor.\n\n"
        "After first denying that he or his aides had met the contractor (“We have never met anyone "
        "from the firm”) — he now goes further, betting that neither his aides nor the contractor will "
        "testify under oath.\n\n"
        "The council votes on the contract next week."
    )
    with recording() as fired:
        brief = summarize_article(Article(text=text, title="Mayor faces questions over harbour contract"))
    speakers = {q.text: q.speaker for q in brief.quotes}
    assert speakers["We have never met anyone from the firm"] == "Daniel Walsh"
    assert fired["speakers.unsaid_verb_after"] > 0


def test_a_will_inside_the_quotation_does_not_unsay_the_verb_after_it() -> None:
    # the parser may hang the quotation's "will" on "said"
    text = (
        '"If the port cannot pay now, it will pay next year, one way or another," '
        "said Daniel Walsh, a harbour economist at the Kelmsby Institute."
    )
    quotes = extract_quotes(analyse(text))
    assert [q.speaker for q in quotes] == ["Daniel Walsh"]


def test_a_description_naming_another_club_than_the_role_is_not_that_person() -> None:
    # "the Kelby defender" is not "Selm defender Ana Soto": the words go to the Kelby player who
    # spoke just before, not to the one whose role ends in the same noun
    text = (
        "Kelby beat Selm 2-1 on Saturday. Selm defender Ana Soto scored an own goal in the first half. "
        "“The team's form is good,” centre back Ben Lusk told reporters. “We are learning every week,” "
        "added the Kelby defender."
    )
    with recording() as fired:
        quotes = extract_quotes(analyse(text))
    assert [q.speaker for q in quotes] == ["Ben Lusk", "Ben Lusk"]
    assert fired["entities.description_other_name"] >= 1
    # the same club's word, or a nationality, conflicts with nothing
    same = text.replace("added the Kelby defender", "added the Selm defender").replace(
        "centre back Ben Lusk", "Ben Lusk"
    )
    assert [q.speaker for q in extract_quotes(analyse(same))][-1] == "Ana Soto"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The port will close in May. “We have no choice but to shut the north quay for the winter,” "
            "the Kelby Times quoted harbour master Ana Soto as saying.",
            "Ana Soto",
        ),
        (
            "The Kelby Times quoted harbour master Ana Soto as saying: “We have no choice but to shut the "
            "north quay for the winter.”",
            "Ana Soto",
        ),
        (
            "The mill shut. “We will close the whole site by May and move the staff,” the paper quoted one of "
            "the founders of the mill as saying on Tuesday.",
            "one of the founders of the mill",
        ),
    ],
)
def test_the_one_a_paper_quotes_as_saying_speaks_not_the_paper(text: str, speaker: str) -> None:
    with recording() as fired:
        (quote,) = extract_quotes(analyse(text))
    assert quote.speaker == speaker
    assert fired["speakers.quoted_as_saying"] >= 1
