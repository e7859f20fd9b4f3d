"""Quotes and their speakers, on hand-written news snippets covering each convention."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.model import Quote
from briefgen.summary.text.analysis import analyse
from briefgen.summary.quotes.extract import extract_quotes, find_quote_spans

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "ktxs-china-russia.txt"


def quotes_of(text: str) -> list[Quote]:
    return extract_quotes(analyse(text))


def expect(text: str, *pairs: tuple[str, str | None]) -> list[tuple[str, tuple[int, int], str | None]]:
    """(quote text, its span found by position in ``text``, speaker) for each pair, in order."""
    out = []
    cursor = 0
    for quoted, speaker in pairs:
        start = text.index(quoted, cursor)
        out.append((quoted, (start, start + len(quoted)), speaker))
        cursor = start + len(quoted)
    return out


# (id, text, expected quotes as (quote text, speaker)), all invented for these tests
CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        "curly-surname-after",
        "Maria Lopez, the city's budget director, spoke on Monday.\n\n“We will not raise taxes this year,” Lopez said.",
        [("We will not raise taxes this year", "Maria Lopez")],
    ),
    (
        "straight-said-appositive",
        '"The budget is balanced for the first time in a decade," said Tom Baker, a senior fellow '
        "at the Harbor Policy Institute.",
        [("The budget is balanced for the first time in a decade", "Tom Baker")],
    ),
    (
        "lost-opening-mark",
        "Tom Baker, a senior fellow at the Harbor Policy Institute, has studied the port for years.\n\n"
        "The harbor is losing business to the south because the fees keep rising,” Baker said. "
        "“Nobody wants to pay more for less.”",
        [
            ("The harbor is losing business to the south because the fees keep rising", "Tom Baker"),
            ("Nobody wants to pay more for less.", "Tom Baker"),
        ],
    ),
    (
        "split-by-he-said",
        "Governor Paul Reyes visited the flooded towns on Friday.\n\n"
        "“The water came up fast,” he said. “We will rebuild every bridge.”",
        [("The water came up fast", "Paul Reyes"), ("We will rebuild every bridge.", "Paul Reyes")],
    ),
    (
        "across-paragraphs",
        "Anna Cole, the school board chair, addressed the parents.\n\n"
        "“The district has cut music, art and sports over the past five years.\n\n"
        "“We cannot cut any further without closing schools,” Cole said.",
        [
            ("The district has cut music, art and sports over the past five years.", "Anna Cole"),
            ("We cannot cut any further without closing schools", "Anna Cole"),
        ],
    ),
    (
        "colon-intro-same-paragraph",
        "Maria Lopez said: “The plan needs another year of work.”",
        [("The plan needs another year of work.", "Maria Lopez")],
    ),
    (
        "colon-intro-previous-paragraph",
        "Senator Helen Park told the crowd in Dayton:\n\n“We are going to win this state back.”",
        [("We are going to win this state back.", "Helen Park")],
    ),
    (
        "paragraph-naming-the-speaker",
        "Dr. Ruth Mendel, who runs the county clinic, has warned about the shortage for months.\n\n"
        "“We have four nurses for a county of ninety thousand people.”",
        [("We have four nurses for a county of ninety thousand people.", "Ruth Mendel")],
    ),
    (
        "according-to",
        "Officials met in the capital on Tuesday. According to Tom Baker, “the talks went nowhere.”",
        [("the talks went nowhere.", "Tom Baker")],
    ),
    (
        "told-reporters",
        "Paul Reyes arrived late to the meeting.\n\n“We are ready for the storm,” Reyes told reporters.",
        [("We are ready for the storm", "Paul Reyes")],
    ),
    (
        "verb-then-name-with-title",
        "“There is no money left in the fund,” said Sen. Helen Park, a Democrat from Ohio.",
        [("There is no money left in the fund", "Helen Park")],
    ),
    (
        "scare-quote-attributed",
        "Tom Baker called the proposal “reckless” in a speech on Monday.",
        [("reckless", "Tom Baker")],
    ),
    (
        "scare-quote-unattributed",
        "The so-called “peace dividend” never arrived in the valley.",
        [("peace dividend", None)],
    ),
    (
        "nested-single-quotes",
        "Anna Cole spoke after the vote.\n\n“He told me ‘no way’ and walked out,” Cole said.",
        [("He told me ‘no way’ and walked out", "Anna Cole")],
    ),
    (
        "apostrophes-are-not-marks",
        "“Putin's allies don't remember the '90s the way we do,” said Tom Baker.",
        [("Putin's allies don't remember the '90s the way we do", "Tom Baker")],
    ),
    (
        "double-apostrophe-marks",
        "''This isn't reform at all,'' said Douglas Ames, an economist at the Harbour Institute.",
        [("This isn't reform at all", "Douglas Ames")],
    ),
    (
        "pronoun-prefers-the-subject",
        "Senator Helen Park criticized Tom Baker on Monday.\n\n“His numbers do not add up,” she said.",
        [("His numbers do not add up", "Helen Park")],
    ),
    (
        "pronoun-skips-other-gender",
        "Mr. Paul Reyes met Ms. Anna Cole in Dayton, and she told him the vote would be close.\n\n"
        "“I expect a long night,” he said.",
        [("I expect a long night", "Paul Reyes")],
    ),
    (
        "description-speaker",
        "“The shipment left on time,” a port official said.",
        [("The shipment left on time", "a port official")],
    ),
    (
        "dash-signature",
        "“Vote for the bridge, not for the party.” ― Karen Wells",
        [("Vote for the bridge, not for the party.", "Karen Wells")],
    ),
    (
        "inches-are-not-quotes",
        "The 6'2\" guard scored twenty points as Tom Baker watched from the stands.",
        [],
    ),
    (
        "shared-surname-goes-to-the-subject",
        "Former Governor Tom Avery criticized the tax law at a rally for his wife Linda Avery.\n\n"
        "“It makes no sense at all,” Avery said.",
        [("It makes no sense at all", "Tom Avery")],
    ),
    (
        "dateline-is-not-the-speaker",
        "DAYTON -- Mayor Anna Cole, opening the new bridge on Friday, said it would be “a road for everyone.”",
        [("a road for everyone.", "Anna Cole")],
    ),
    (
        "reporter-named-in-the-sentence-before",
        "Tom Baker arrived at the hearing early. The vote may slip to March, Baker said. "
        "“Nobody in this room wants another delay.”",
        [("Nobody in this room wants another delay.", "Tom Baker")],
    ),
    (
        "two-speakers",
        "Maria Lopez and Tom Baker debated on Monday.\n\n"
        "“Taxes must go down,” Lopez said.\n\n“Taxes must go up,” Baker said.",
        [("Taxes must go down", "Maria Lopez"), ("Taxes must go up", "Tom Baker")],
    ),
    (
        "namesakes-the-one-named-just-before",
        "Ana Lopez, the mayor, opened the session and spoke at length. Ana Lopez later left.\n\n"
        "Her cousin Raul Lopez, a lawyer, arrived in the afternoon.\n\n"
        "“We will appeal,” Lopez said.",
        [("We will appeal", "Raul Lopez")],
    ),
    (
        "speaker-in-a-who-clause",
        "The gala featured the mayor, Ana Ruiz, and the singer Jo Reyes, who joked about the hall, "
        "“I have not heard it played, but I will.”",
        [("I have not heard it played, but I will.", "Jo Reyes")],
    ),
    (
        "a-dash-is-no-subject",
        "When Lee noted that the firm paid no tax ― as was true for years its accounts were made public ― "
        "Brown boasted, “That was just good planning.”",
        [("That was just good planning.", "Brown")],
    ),
    (
        "gerund-in-a-prepositional-phrase-is-no-speaker",
        "The ministry said it held talks with French diplomats warning of “grave consequences” for the deal.",
        [("grave consequences", "the ministry")],
    ),
    (
        "hyphenated-names-as-written",
        "Foreign Minister Jean-Luc Marchand met the economist Anna Holm-Berger in Geneva on Monday.\n\n"
        "“We will act,” said Jean-Luc Marchand.\n\n“Rates will rise,” Ms. Holm-Berger said.",
        [("We will act", "Jean-Luc Marchand"), ("Rates will rise", "Anna Holm-Berger")],
    ),
    (
        "a-document-speaks-for-its-author-or-for-no-one",
        "The court released the filings on Tuesday. Ana Ruiz's filing called the report “a tired rumour "
        "nobody believed.” According to a 9-count criminal indictment, the dealer ran a “network of fake accounts.”",
        [
            ("a tired rumour nobody believed.", "Ana Ruiz"),
            ("network of fake accounts.", None),
        ],
    ),
    (
        "a-clause-after-the-quote-is-no-reporting-clause",
        "Ms. Lopez faced the board on Friday.\n\n"
        "“You closed the depots in secret” to please the investors and to protect your bonus, she said.",
        [("You closed the depots in secret", "Lopez")],
    ),
    (
        "single-marks-where-the-article-quotes-with-them",
        "Maria Lopez, the club's lawyer, spoke after the hearing.\n\n"
        "'We will appeal,' Lopez said. 'The players' union backs us, and the fans' trust does too.'\n\n"
        "Her client, who loved the '90s and rock 'n' roll, said the ban was 'a joke'.",
        [
            ("We will appeal", "Maria Lopez"),
            ("The players' union backs us, and the fans' trust does too.", "Maria Lopez"),
            ("a joke", "Maria Lopez’s client"),
        ],
    ),
    (
        "curly-single-marks-run-on-after-a-lost-close",
        "Coach Ana Ruiz was upbeat. ‘We trained well this week. I’m proud of them. "
        "‘Nobody expected us to get this far,’ she said. ‘We will enjoy it.’",
        [
            ("We trained well this week. I’m proud of them. ‘Nobody expected us to get this far", "Ana Ruiz"),
            ("We will enjoy it.", "Ana Ruiz"),
        ],
    ),
    (
        "a-caption-run-into-a-quote-does-not-speak",
        "Maria Lopez led the team to the final in May. The board will confirm her as head of the academy on Monday "
        "“I cannot wait to work with these young players,” said Lopez as the talks went on.",
        [("I cannot wait to work with these young players", "Maria Lopez")],
    ),
    (
        "a-given-name-tells-who-she-is",
        "“She always listens to us,” Karen Doyle said, and soon the band stopped, Peter Marsh was thanking "
        "the crowd and the lights went down.\n\n“We can go home now,” she said.",
        [("She always listens to us", "Karen Doyle"), ("We can go home now", "Karen Doyle")],
    ),
    (
        "a-nickname-does-not-cut-the-name",
        "The mayor opened the fair on Sunday.\n\n"
        '"Give the harbour back to the fishermen!" his cousin, council member Teresa "Tess" Molina, told the '
        "meeting.",
        [("Give the harbour back to the fishermen!", "Teresa Molina")],
    ),
    (
        "transcript-lines-are-spoken-by-their-label",
        "On Sunday's show, Governor Tom Avery spoke with host Maria Lopez about the budget.\n\n"
        "Part of the interview:\n\n"
        '"LOPEZ: Will the cuts go ahead?\n\n'
        'AVERY: They will, and we will not apologise for them."',
        [("Will the cuts go ahead?", "Maria Lopez"), ("They will, and we will not apologise for them.", "Tom Avery")],
    ),
    (
        "one-quote-opening-with-a-word-and-a-colon-is-no-transcript",
        "Foreign Minister Paulo Serra spoke on Monday. “NATO: a relic of another age,” Serra said.",
        [("NATO: a relic of another age", "Paulo Serra")],
    ),
    (
        "he-is-the-unnamed-man-just-described",
        '"The river took the bridge in one night," said Tomas Herrera, a ferry pilot.\n'
        "Shop owners complained about the slow repairs.\n"
        "An old man, whose nets were torn, said his boat was gone.\n"
        "He also said the insurers had not called.\n"
        '"Nobody in the capital cares what happens to this valley," he said.',
        [
            ("The river took the bridge in one night", "Tomas Herrera"),
            ("Nobody in the capital cares what happens to this valley", None),
        ],
    ),
    (
        "named-appositive-of-the-subject-is-who-he-means",
        "The minister of finance, Mr. Paulo Serra, argues there is no point in answering Mr. Tom Baker's "
        "threats of tariffs. “Threats are not policy, and we will wait,” he told me.",
        [("Threats are not policy, and we will wait", "Paulo Serra")],
    ),
    (
        "parse-running-through-an-earlier-quote",
        "Mr. Baker barely addressed the report, treating the audit as a kind of praise -- ''That shows I am "
        "careful'' -- and, when asked again later, insisting, ''Naturally, I file every return on time.''",
        [("That shows I am careful", None), ("Naturally, I file every return on time.", "Baker")],
    ),
    (
        "participle-after-a-name",
        "A new video from the campaign uses footage of Maria Lopez asking, “Who will fix the roads?”",
        [("Who will fix the roads?", "Maria Lopez")],
    ),
    (
        # a page's typography mixed: a straight mark opens what a curly one closes
        "straight-mark-opening-a-curly-close",
        'The company sold its new boat in May.\n\n"Tarvel has a strong range of boats. With six million '
        "sold, we believe the new one will go further,” said Ana Ruiz, director of sales.",
        [
            (
                "Tarvel has a strong range of boats. With six million sold, we believe the new one will go further",
                "Ana Ruiz",
            )
        ],
    ),
    (
        "a-dash-signature-signs-the-whole-line",
        "Readers wrote in after the debate.\n"
        "“The plan is reckless.” ― Ana Ruiz\n"
        "“Nobody asked us. Nobody listens.” And that is the point “we keep making.” ― Tom Baker",
        [
            ("The plan is reckless.", "Ana Ruiz"),
            ("Nobody asked us. Nobody listens.", "Tom Baker"),
            ("we keep making.", "Tom Baker"),
        ],
    ),
]


#: Cases that fail for a reason outside quotes, each with that reason (strict: they must fail).
KNOWN_FAILURES: dict[str, str] = {}


@pytest.mark.parametrize(
    "text,pairs",
    [
        pytest.param(c[1], c[2], marks=pytest.mark.xfail(strict=True, reason=KNOWN_FAILURES[c[0]]))
        if c[0] in KNOWN_FAILURES
        else (c[1], c[2])
        for c in CASES
    ],
    ids=[c[0] for c in CASES],
)
def test_quote_conventions(text: str, pairs: list[tuple[str, str | None]]) -> None:
    got = [(q.text, q.span, q.speaker) for q in quotes_of(text)]
    assert got == expect(text, *pairs)


@pytest.mark.parametrize("text", [c[1] for c in CASES], ids=[c[0] for c in CASES])
def test_every_span_matches_its_text(text: str) -> None:
    for q in quotes_of(text):
        assert text[q.span[0] : q.span[1]] == q.text


def test_quotes_are_in_article_order() -> None:
    text = "“One,” said Tom Baker. “Two,” he added.\n\n“Three,” said Maria Lopez."
    starts = [q.span[0] for q in quotes_of(text)]
    assert starts == sorted(starts) and len(starts) == 3


def test_mark_finder_needs_no_parse() -> None:
    spans = find_quote_spans("He said “yes” and then “no.”")
    assert [(s.start, s.end) for s in spans] == [(9, 12), (24, 27)]


def test_example_article_quotes() -> None:
    from briefgen.ingest import ingest_text

    article = ingest_text(EXAMPLE.read_text(encoding="utf-8"))
    quotes = extract_quotes(analyse(article.text, article.title))
    for q in quotes:
        assert article.text[q.span[0] : q.span[1]] == q.text
    assert len(quotes) >= 4
    lifeline = [q for q in quotes if q.text.startswith("Russia is looking to China sort of as a lifeline")]
    kirby = [q for q in quotes if q.text.startswith("If China wants to play a constructive role here")]
    assert lifeline and lifeline[0].speaker == "Dan Hamilton"
    assert kirby and kirby[0].speaker == "John Kirby"
    assert sum(q.speaker in ("Dan Hamilton", "John Kirby") for q in quotes) >= 4


def test_a_code_is_no_speaker_but_a_group_that_speaks_is() -> None:
    text = (
        "The column “Will the harbour ever reopen?” (page B4) regarding “years of delay on "
        "everything from the dredging to the new pontoon” helps me see why people doubt the board.\n\n"
        "The G7 said in a statement on Monday that “the sea lanes must stay open to all ships.”\n\n"
        "The G7 nations meet again in May."
    )
    speakers = {q.text[:20]: q.speaker for q in extract_quotes(analyse(text))}
    assert speakers["years of delay on ev"] is None
    assert speakers["the sea lanes must s"] == "G7"


def test_a_single_mark_typed_for_the_closing_double_one_ends_the_quote() -> None:
    text = (
        "Prof Ana Green, the vice-chancellor, accepts the risk. “We have to keep the night ferry running, whatever the "
        "cost of the crews,’ she says.\n\n“It’s the players’ union,” she said."
    )
    quotes = extract_quotes(analyse(text))
    assert [q.text for q in quotes] == [
        "We have to keep the night ferry running, whatever the cost of the crews",
        "It’s the players’ union",
    ]
    assert quotes[0].speaker == "Ana Green"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # going on with something is no speaking on: the term is nobody's the sentence names
        ('A 52-year-old woman began coughing and was diagnosed with "hay barn lung," a new case report says.', None),
        # speaking on, with the quote for its words
        ('Ana Ruiz began: "We will rebuild the harbour wall by May."', "Ana Ruiz"),
        ('Ana Ruiz continued, "The wall will cost four million euros."', "Ana Ruiz"),
        # how she spoke on is no complement
        ('"We will rebuild the wall by May," Ana Ruiz continued, smiling at the crowd.', "Ana Ruiz"),
    ],
)
def test_begin_and_continue_report_speech_only_without_a_complement(text: str, speaker: str | None) -> None:
    quotes = extract_quotes(analyse(text))
    assert [q.speaker for q in quotes] == [speaker]
