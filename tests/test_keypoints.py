"""Key points and the bottom line on hand-written articles: clutter never picked, exact k,
spans that index the text, near-duplicates dropped, datelines trimmed, run-on captions split."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from briefgen.model import KeyPoint, repeats_bottom_line
from briefgen.summary.text.analysis import analyse
from briefgen.summary.keypoints.bottomline import bottom_line
from briefgen.summary.keypoints.select import MAX_HOST_JOINED_WORDS, _passed_over, select_key_points
from briefgen.summary.keypoints.voice import call_to_action, own_voice, states, to_the_reader
from briefgen.summary.keypoints.ranking import build_units, trim_dateline
from briefgen.summary.keypoints.lede import is_clause, reports_news
from briefgen.summary.keypoints.openings import cut_start, leans_back
from briefgen.summary.keypoints.standalone import standalone
from briefgen.trace import recording

CLUTTERED = "\n\n".join(
    [
        "By Jane Porter",
        "PUBLISHED: 09:12 EST, 3 March 2024 | UPDATED: 11:40 EST, 3 March 2024",
        "The city council of Brackenford voted on Tuesday to close the old river bridge after "
        "engineers found deep cracks in two of its supporting piers.",
        "Click here to subscribe to our daily newsletter.",
        "The bridge, built in 1931, carries about 14,000 vehicles a day between the two halves of the town.",
        "Engineers from the county highways office said the cracks had widened by four millimetres since January.",
        "Share this article",
        "The mayor of Brackenford, Helen Okafor, said a temporary ferry service would start next week.",
        "Cars queue on the old river bridge in Brackenford (Photo by Tom Reyes/Getty Images)",
        "No wonder.",
        "Repairs are expected to cost at least 6 million pounds and take eighteen months, the council said.",
        "Local traders fear the closure will cut their takings during the busy summer season.",
    ]
)

CLUTTER = re.compile(r"Jane Porter|PUBLISHED|Click here|Share this|Getty|No wonder", re.I)


@pytest.fixture(scope="module")
def cluttered():
    return analyse(CLUTTERED)


def test_clutter_is_never_a_key_point(cluttered) -> None:
    for k in (3, 5, 7):
        points = select_key_points(cluttered, [], k)
        assert points
        for p in points:
            assert not CLUTTER.search(p.text), p.text


def _site_rules_on(paragraph: str) -> tuple[list, int]:
    """The 7 key points of the cluttered article with ``paragraph`` after its lede, and how often
    the site-voice rules fired."""
    paragraphs = CLUTTERED.split("\n\n")
    text = "\n\n".join([*paragraphs[:3], paragraph, *paragraphs[3:]])
    with recording() as fired:
        points = select_key_points(analyse(text), [], 7)
    return points, fired["keypoints.site_greeting"] + fired["keypoints.site_disclosure"]


@pytest.mark.parametrize(
    "site",
    [
        "Welcome to the Harbour Week, our look back at a year of storms that began with hope and ended in despair.",
        "Thanks for reading the Brackenford Courier, where every week we bring the town its news.",
        "Our editors choose every boat on this list themselves, and no advertiser pays to be on it or sways our choices.",
        "A ferry ticket booked from a link in this guide may pay us a small commission from the operator.",
    ],
)
def test_the_site_greeting_or_disclosing_is_never_a_key_point(site: str) -> None:
    points, firings = _site_rules_on(site)
    assert len(points) >= 5 and all(site not in p.text for p in points)
    assert firings >= 1


@pytest.mark.parametrize(
    "quoted",
    [
        "“We lost our advertisers overnight,” said Helen Okafor, who runs the bridge café.",
        # the tail of a quotation the sentence splitter cut from its opening mark
        "“The bridge is shut. We never buy advertising space on a closed road,” said Helen Okafor of the café.",
        # the country, and a body whose name has the word
        "Bridge builders in the US must now report their costs to the Transport Commission before work starts.",
        # a speaker's greeting, quoted
        "“Welcome to the new bridge, our gift to the town,” said Helen Okafor at the opening on Friday.",
    ],
)
def test_a_speaker_or_a_body_speaking_of_advertisers_is_no_site_disclosure(quoted: str) -> None:
    _, firings = _site_rules_on(quoted)
    assert firings == 0


def test_spans_index_the_text_verbatim(cluttered) -> None:
    for p in select_key_points(cluttered, [], 7):
        assert len(p.spans) == 1
        start, end = p.spans[0]
        assert cluttered.text[start:end] == p.text


def test_lead_sentence_comes_first_and_is_the_bottom_line(cluttered) -> None:
    points = select_key_points(cluttered, [], 5)
    assert points[0].text.startswith("The city council of Brackenford voted")
    assert bottom_line(cluttered, points).text.startswith("The city council of Brackenford voted")


@pytest.mark.parametrize("k", [1, 2, 3, 6, 9, 12])
def test_exact_k_whenever_the_article_has_k_sentences(cluttered, k: int) -> None:
    assert len(cluttered.sentences) >= 12
    points = select_key_points(cluttered, [], k, exact=True)
    assert len(points) == k
    assert len({p.text for p in points}) == k
    # clean sentences are used before any clutter is taken as filler
    if k <= 6:
        assert not any(CLUTTER.search(p.text) for p in points)


def test_without_exact_k_is_clamped_to_three_to_seven(cluttered) -> None:
    assert len(select_key_points(cluttered, [], 1)) == 3
    # seven asked, but only six clean sentences: no clutter is used as filler
    assert len(select_key_points(cluttered, [], 20)) == 6
    assert select_key_points(cluttered, [], 0) == []


def test_near_duplicates_are_dropped() -> None:
    text = (
        "Heavy rain flooded more than 200 homes in the village of Ashcombe on Sunday night, the fire service said. "
        "Heavy rain flooded more than 200 homes in the village of Ashcombe on Sunday, the fire service said on Monday. "
        "Residents were moved to a school hall while pumps cleared the water from the main street. "
        "The river rose by two metres in six hours after a month of rain fell in a single day. "
        "The county council has opened an emergency fund for families who lost furniture and cars."
    )
    an = analyse(text)
    points = select_key_points(an, [], 3)
    flooded = [p for p in points if p.text.startswith("Heavy rain flooded")]
    assert len(flooded) == 1


def test_run_on_caption_is_split_and_not_picked() -> None:
    # a photo caption pasted without its full stop runs into the next sentence
    text = (
        "A rare white stork has nested on a church tower in the market town of Pelham for the first time in a century. "
        "The bird arrived in April and has been seen carrying sticks to the tower every morning. "
        "The white stork was photographed on the tower of St Mary's church on Monday "
        "The last recorded nest in the county was in 1921, according to the local wildlife trust. "
        "Volunteers have set up a camera so that visitors can watch the nest from the churchyard."
    )
    an = analyse(text)
    units = build_units(an)
    captions = [u for u in units if u.caption]
    assert [u.text for u in captions] == ["The white stork was photographed on the tower of St Mary's church on Monday"]
    tail = next(u for u in units if u.text.startswith("The last recorded nest"))
    assert an.text[tail.start : tail.end] == tail.text
    for p in select_key_points(an, [], 4):
        assert "photographed" not in p.text


def test_headline_line_in_the_text_is_not_a_key_point() -> None:
    title = "Stork nests in Pelham for first time in a century"
    text = (
        f"{title}\n\n"
        "A rare white stork has nested on a church tower in the market town of Pelham for the first time in a century.\n\n"
        "The bird arrived in April and has been seen carrying sticks to the tower every morning.\n\n"
        "Volunteers have set up a camera so that visitors can watch the nest from the churchyard.\n\n"
        "The wildlife trust asked people not to fly drones near the church while the birds are nesting."
    )
    an = analyse(text, title)
    points = select_key_points(an, [], 3)
    assert all(p.text != title for p in points)
    assert bottom_line(an, points).text.startswith("A rare white stork")


def test_a_bottom_line_is_not_cut_down_to_lose_the_name_its_headline_is_about() -> None:
    lede = (
        "Two county jail nurses were accused on Monday of forging the medical logs of the remand wing in the "
        "hours before a prisoner died in his cell, in a complaint filed by the family of Jonas Marlow."
    )
    text = lede + " Prosecutors said the pair slept on duty. Both pleaded not guilty and were freed on bail."
    an = analyse(text, "Two nurses accused over logs in Jonas Marlow death")
    assert len(lede.split()) > 30
    with recording() as fired:
        assert bottom_line(an, select_key_points(an, [], 3)).text == lede
    assert fired["bottomline.keeps_headline_name"]
    # without a headline that names him, the sentence is cut to 30 words as before
    plain = analyse(text)
    line = bottom_line(plain, select_key_points(plain, [], 3)).text
    assert line.startswith("Two county jail nurses") and line.endswith("died in his cell.")


def test_a_bottom_line_a_few_words_over_is_not_cut_down_to_who_did_what() -> None:
    # 35 words, and the only phrase the parse lets go is the clause that says what they did
    # (22 words): the cut would keep "Two county jail nurses were accused on Monday of forging
    # medical logs." The sentence stays whole, a few words long, with or without a headline
    lede = (
        "Two county jail nurses were accused on Monday of forging medical logs, claiming they had looked in on "
        "the remand prisoner Jonas Marlow in the hours before he was found dead in his Kelmsby cell."
    )
    text = lede + " Prosecutors said the pair slept on duty. Both pleaded not guilty and were freed on bail."
    plain = analyse(text)
    with recording() as fired:
        assert bottom_line(plain, select_key_points(plain, [], 3)).text == lede
    assert fired["bottomline.long_cut_kept_whole"]
    # far over (more than eight words): the cut is made all the same
    longer = lede.replace("in his Kelmsby cell.", "in his cell on the second floor of the old remand wing in Kelmsby.")
    an = analyse(longer + " Prosecutors said the pair slept on duty. Both pleaded not guilty.")
    assert len(bottom_line(an, select_key_points(an, [], 3)).text.split()) <= 30


def test_a_clause_in_commas_that_carries_the_news_is_not_cut_as_an_aside() -> None:
    # 36 words; the clause after ", where" is 17 of them and says what happened in the race:
    # cut as an aside, the line would keep the setting ("... a tight council race in the north
    # ward.") and lose the result. A few words over, it stays whole
    lede = (
        "A disputed rezoning plan became the main issue of a tight council race in the north ward of Kelmsby, "
        "where the sitting councillor Orla Venn trailed her challenger Piet Lusk by more than 500 votes on Wednesday."
    )
    text = lede + " The plan allows 300 new flats by the river. Venn backed it last spring after months of opposition."
    an = analyse(text)
    assert 30 < len(lede.split()) <= 38
    with recording() as fired:
        assert bottom_line(an, select_key_points(an, [], 3)).text == lede
    assert fired["bottomline.long_cut_kept_whole"]


def test_an_extractors_list_mark_is_no_word_of_a_point_or_the_bottom_line() -> None:
    text = (
        "- Harbour levels rose by a metre overnight after the storm broke the old sea wall.\n\n"
        "- The council closed the quay and moved forty families to the school hall.\n\n"
        "Engineers said the wall would take a year to rebuild and cost four million pounds."
    )
    an = analyse(text, "Storm breaks harbour wall")
    points = select_key_points(an, [], 3)
    assert points and all(not p.text.startswith("-") for p in points)
    assert all(an.text[a:b] in p.text for p in points for a, b in p.spans)
    assert not bottom_line(an, points).text.startswith("-")


def test_an_interviews_answer_label_is_no_word_of_a_point() -> None:
    text = (
        "The harbour board of Selm named Ana Ruiz its new director on Monday.\n\n"
        "Q: What will you change first at the harbour?\n\n"
        "A: The ferry timetable will change in May, when two new boats arrive from the yard in Lusk.\n\n"
        "Q: And the quay?\n\n"
        "Answer: The old quay will be rebuilt over two winters at a cost of four million pounds."
    )
    an = analyse(text, "Selm harbour names new director")
    with recording() as fired:
        points = select_key_points(an, [], 3)
    assert fired["units.answer_label"] == 2
    assert {p.text for p in points} >= {
        "The ferry timetable will change in May, when two new boats arrive from the yard in Lusk.",
        "The old quay will be rebuilt over two winters at a cost of four million pounds.",
    }
    assert all(an.text[a:b] in p.text for p in points for a, b in p.spans)
    # a question is no key point, and "A." may be a given name's initial: it stays
    assert not any(p.text.startswith("Q:") or p.text.endswith("?") for p in points)
    initial = analyse("A. Ruiz named the new ferry after her grandmother, a skipper in Selm for forty years.")
    assert select_key_points(initial, [], 3)[0].text.startswith("A. Ruiz")


@pytest.mark.parametrize(
    ("sentence", "story"),
    [
        ("WASHINGTON (Reuters) - The Senate passed the budget bill on Friday.", "The Senate passed"),
        ("(CNN) -- Rescuers pulled three climbers from the glacier on Sunday.", "Rescuers pulled"),
        ("(CNN)Rescuers pulled three climbers from the glacier on Sunday.", "Rescuers pulled"),
        ("LONDON, England (CNN) -- The museum reopened after two years.", "The museum reopened"),
        ("PARIS -- Farmers blocked the ring road with tractors.", "Farmers blocked"),
        ("TALLINN, Estonia ― Farmers blocked the ring road with tractors.", "Farmers blocked"),
        ("HARBOURNEWS via JTA — Farmers blocked the ring road with tractors.", "Farmers blocked"),
        # a place in small letters, its outlet run into the story, or a state's abbreviation and a dash
        ("Port Ellis (Coast News)Rescuers pulled three climbers from the glacier on Sunday.", "Rescuers pulled"),
        ("Port Ellis, Ore. — Rescuers pulled three climbers from the glacier on Sunday.", "Rescuers pulled"),
        # a byline run into the first paragraph
        ("By Lena Roe: Rescuers pulled three climbers from the glacier on Sunday.", "Rescuers pulled"),
        ("The Senate passed the budget bill on Friday.", "The Senate passed"),
    ],
)
def test_leading_dateline_is_trimmed(sentence: str, story: str) -> None:
    # a name with a party in brackets is no dateline: the sentence goes on after a space
    assert trim_dateline("Ana Ruiz (Labour) Members voted for the budget on Friday.") == 0
    assert trim_dateline("By the end of May: Three climbers were rescued.") == 0  # no byline: small words
    assert sentence[trim_dateline(sentence) :].startswith(story)
    an = analyse(sentence + " Lawmakers will vote again on the tax plan next week. The debate lasted nine hours.")
    points = select_key_points(an, [], 3)
    lead = next(
        p for p in points if "Senate" in p.text or "Rescuers" in p.text or "museum" in p.text or "Farmers" in p.text
    )
    assert lead.text.startswith(story)
    start, end = lead.spans[0]
    assert an.text[start:end] == lead.text


def test_quotes_lose_to_reported_facts() -> None:
    text = (
        "The regional airline Skyvale cancelled all flights from Dunmore airport on Thursday after a fuel supply failure. "
        "'We are doing everything we can and we are sorry for the trouble this causes,' a spokesperson said. "
        "About 3,000 passengers were affected and the airline said flights would resume on Saturday morning. "
        "The fuel supplier said a pump at its depot near the airport had broken down on Wednesday night."
    )
    an = analyse(text)
    points = select_key_points(an, [], 3)
    assert not any(p.text.startswith("'We are doing") for p in points)


@pytest.mark.parametrize(
    ("text", "units", "captions"),
    [
        # a caption ending in a name runs into "The ..."
        (
            "Fans queued outside the stadium for hours on Saturday The club said 40,000 tickets had been sold for the final.",
            [
                "Fans queued outside the stadium for hours on Saturday",
                "The club said 40,000 tickets had been sold for the final.",
            ],
            ["Fans queued outside the stadium for hours on Saturday"],
        ),
        # a participle opening the next sentence after a bare word
        (
            "The statue was unveiled in the square on a rainy afternoon Drawing on old photographs, the sculptor recreated the original.",
            [
                "The statue was unveiled in the square on a rainy afternoon",
                "Drawing on old photographs, the sculptor recreated the original.",
            ],
            ["The statue was unveiled in the square on a rainy afternoon"],
        ),
        # a quoted sentence that ends with its full stop inside the quote is a sentence, not a caption
        (
            "‘We will be back next season stronger than ever.’ The manager spoke after the defeat on Sunday.",
            ["‘We will be back next season stronger than ever.’", "The manager spoke after the defeat on Sunday."],
            [],
        ),
        # a title after a preposition, and "I" inside a sentence, are no boundaries
        (
            "She starred for years in The Audience, a play about the royal family, before retiring in 2016.",
            ["She starred for years in The Audience, a play about the royal family, before retiring in 2016."],
            [],
        ),
        (
            "All that I wanted to show the crew has gone better than planned for the boat this summer.",
            ["All that I wanted to show the crew has gone better than planned for the boat this summer."],
            [],
        ),
        # a capital inside a clause a subordinator opened, its verb still to come, starts no sentence
        (
            "The singer has revealed that the coat she wears in the latest series of the drama Harbourline was knitted by her grandmother.",
            [
                "The singer has revealed that the coat she wears in the latest series of the drama Harbourline was knitted by her grandmother."
            ],
            [],
        ),
        (
            "It is thought that soon Harbourton will open a second ferry route to the islands.",
            ["It is thought that soon Harbourton will open a second ferry route to the islands."],
            [],
        ),
        # a relative clause without "that", its verb in the past or future, is one sentence
        (
            "What stays the same are the perks Harbour Rail membership will bring to frequent travellers.",
            ["What stays the same are the perks Harbour Rail membership will bring to frequent travellers."],
            [],
        ),
        # ... but a caption's present tense after a bare noun starts the next sentence
        (
            "The team lifted the trophy in front of the fans Ana Roe poses with the cup at the club's ground.",
            ["The team lifted the trophy in front of the fans", "Ana Roe poses with the cup at the club's ground."],
            ["The team lifted the trophy in front of the fans"],
        ),
        # ... but once that clause has its verb, a caption may run into the next sentence
        (
            "The coach says that she now loves early training The club signed her in May after a long search.",
            ["The coach says that she now loves early training", "The club signed her in May after a long search."],
            ["The coach says that she now loves early training"],
        ),
        # a comma between the capitalised subject and its verb closes an aside opened before it
        (
            "Fans of Harbour, the choir led by sisters Ann and Nora Lusk, fall into one of two camps.",
            ["Fans of Harbour, the choir led by sisters Ann and Nora Lusk, fall into one of two camps."],
            [],
        ),
    ],
)
def test_run_on_boundaries(text: str, units: list[str], captions: list[str]) -> None:
    an = analyse(text)
    found = build_units(an)
    assert [u.text for u in found] == units
    assert [u.text for u in found if u.caption] == captions
    for u in found:
        assert an.text[u.start : u.end] == u.text


def test_the_quote_penalty_holds_in_highlights_and_fades_in_an_extract(monkeypatch: pytest.MonkeyPatch) -> None:
    import briefgen.summary.keypoints.ranking as ranking

    text = (
        "The regional airline Skyvale cancelled all flights from Dunmore airport on Thursday after a fuel failure. "
        "About 3,000 passengers were affected and flights would resume on Saturday morning. "
        "'Every flight is grounded until the fuel pump at Dunmore is repaired,' the airport manager said. "
        "The fuel supplier said a pump at its depot near the airport had broken down on Wednesday night. "
        "Skyvale flights to the islands were also cancelled on Thursday, the airline said. "
        "Engineers worked through the night and a new pump arrived from the mainland on Friday. "
        "Passengers were offered hotel rooms and meal vouchers by the airline. "
        "The airport said it would review its fuel contracts after the failure. "
        "Local businesses near the airport reported a quiet day on Thursday. "
        "The airline apologised to passengers in a statement on its website."
    )

    def quote_score(k: int) -> float:
        an = analyse(text)
        unit = next(u for u in ranking.rank_units(an, [], k) if u.text.startswith("'Every flight"))
        return unit.score

    highlights, extract = quote_score(3), quote_score(6)  # 3 of 10 sentences; 6 of 10
    monkeypatch.setattr(ranking, "W_QUOTE", 0.0)
    assert quote_score(3) > highlights + 0.2  # the penalty was there
    assert quote_score(6) == pytest.approx(extract)  # and was gone


@pytest.mark.parametrize(
    ("place", "dash"), [("PORT ELLEN, Scot.", "-"), ("Port Ellen, Scot.", "—"), ("Dunmore, Ill.", "—")]
)
def test_a_dateline_cut_at_its_abbreviation_is_no_point_and_leaves_no_dash(place: str, dash: str) -> None:
    text = (
        "Old mill reopens. At last.\n\n"
        f"{place} {dash} In a vote that took ten years to come, the council agreed on Monday to rebuild the mill.\n\n"
        "The work will cost 4 million pounds and start in May, the council said.\n\n"
        "Fishing crews have used a temporary jetty since the storm of 2015 damaged the old pier."
    )
    an = analyse(text, "Old mill reopens. At last")
    points = [p.text for p in select_key_points(an, [], 3)]
    assert points[0].startswith("In a vote that took ten years")
    assert not any(p.startswith((place, dash, "Old mill")) for p in points)
    assert bottom_line(an, []).text.startswith("In a vote that took ten years")


def _points(text: str, k: int = 5, title: str | None = None) -> list:
    an = analyse(text, title)
    return select_key_points(an, [], k), an


def test_a_pronoun_subject_gets_the_name_with_the_spans_of_both() -> None:
    points, an = _points(
        "The harbour board of Kessling voted on Monday to sell its last two ferries to a private operator. "
        "The chairman, Tomas Ekberg, defended the sale at a packed meeting in the town hall. "
        "He said the ferries had lost money for eleven years in a row and needed new engines. "
        "Ferry crews will keep their jobs under the new owner for at least three years."
    )
    named = [p for p in points if p.text.startswith("Tomas Ekberg said the ferries")]
    assert named, [p.text for p in points]
    (name_start, name_end), (rest_start, rest_end) = named[0].spans
    assert an.text[name_start:name_end] == "Tomas Ekberg"
    assert (
        an.text[rest_start:rest_end]
        == " said the ferries had lost money for eleven years in a row and needed new engines."
    )
    assert not any(p.text.startswith("He ") for p in points)


def test_she_is_not_given_a_man_named_just_before() -> None:
    points, _ = _points(
        "The water company of Dunmere raised its prices by nine per cent on Tuesday. "
        "Its chief executive, Helen Marsh, met councillors on Wednesday, joined by the engineer Peter Hale. "
        "She said the rise would pay for new pipes under the old town and two pumping stations. "
        "Customers will see the new prices on their bills from the first of May."
    )
    assert not any("Peter Hale said the rise" in p.text for p in points)
    assert any(p.text.startswith("Helen Marsh said the rise") for p in points), [p.text for p in points]


LIBRARIES = (
    "The county of Aldmoor will close three rural libraries next year to save money on rent. "
    "The libraries at Fenby, Crale and Upwick lent fewer than forty books a week last year. "
    "But readers in the villages have started a petition to keep the buildings open. "
    "A mobile library van will visit each village twice a month from March."
)


def test_a_connective_opening_joins_the_sentence_before_with_the_spans_of_both() -> None:
    an = analyse(LIBRARIES)
    units = build_units(an)
    point = standalone(an, units[2], units[1], taken={units[0].order})
    assert point is not None
    assert point.text == units[1].text + " " + units[2].text
    assert point.spans == [(units[1].start, units[1].end), (units[2].start, units[2].end)]


def test_a_leaning_sentence_joins_across_one_paragraph_break_but_not_two() -> None:
    first = "The harbour board of Kessling sold its last two ferries on Monday."
    second = "This comes after a year of losses on the crossing to the mainland."
    for gap, joined in (("\n\n", True), ("\n\nFerries.\n\n", False)):
        an = analyse(first + gap + second)
        units = build_units(an)
        point = standalone(an, units[-1], units[0], taken=set())
        assert (point is not None and point.text == first + " " + second) is joined


def test_a_connective_opening_stays_as_it_is_when_the_sentence_before_is_taken() -> None:
    an = analyse(LIBRARIES)
    units = build_units(an)
    # the sentence before is already a key point: no join (it would say it twice), and
    # select_key_points puts this sentence after it in that point
    with recording() as seen:
        assert standalone(an, units[2], units[1], taken={units[1].order}) is None
    assert seen["keypoints.kept_leaning"] == 1


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("But the vote was close.", "but"),
        ("Still, the council went ahead.", "still"),
        ("That's the plan the mayor chose.", "that's"),
        ("This means higher rents.", "this"),
        ("They left at noon.", "they"),
        ("Its roof leaks.", "its"),
        ("This week, the council voted.", None),  # a demonstrative of time points at no sentence
        ("The council voted.", None),
        ("One is to keep the ferry, another is to build a bridge.", "one"),  # one of what?
        ("Both were released on Monday.", "both"),
        # an ordinal alone as the subject: the first of a list the sentences before told
        ("The first was the size of the crew.", "the ordinal"),
        ("The latter has no vote on the board.", "the ordinal"),
        ("The last one is due in May.", "the ordinal"),
        ("The first ferry left at dawn.", None),  # the ordinal has its own noun
        ("Both sides agreed to talk.", None),  # the count has its own noun
        ("One of the men was freed.", "of the group"),  # which men: the sentences before say
        ("One of the men who fled was freed.", None),  # the clause says which
        ("One of the main reasons is the cost.", None),  # a superlative's group, no referent
        # a part of what the sentence before said
        ("All of this comes at a price.", "of this"),
        ("Some of those may fail in the winter.", "of those"),
        ("One of its first projects was a book.", "of its"),
        ("Most of them were freed on Monday.", "of them"),
        ("All of Selm was flooded.", None),  # a part of a place the sentence names
        # a count of what the sentence before said, in words or in figures
        ("Two of them were hurt in the crash.", "of them"),
        ("12 of those flights left late.", "of those"),
        ("12 of 40 flights left late.", None),  # the count says of what
        ("Two of the ferries, both old, sank.", "of the group"),
        ("Two of the ferries in the harbour sank.", None),
    ],
)
def test_openings_that_lean_on_the_sentence_before(text: str, word: str | None) -> None:
    assert leans_back(text) == word


def test_questions_and_subheadings_are_never_key_points() -> None:
    text = "\n\n".join(
        [
            "The regional rail operator Nordlink will raise fares by six per cent in January, it said on Friday.",
            "What does the rise mean for commuters?",
            "A monthly ticket between Harlow Cross and the city will cost 14 pounds more than today.",
            "Season tickets bought before December keep the old price until they run out.",
            "Passenger groups said the rise came on top of two years of late and cancelled trains.",
        ]
    )
    points, _ = _points(text, 7)
    assert points
    assert not any(p.text.endswith("?") for p in points)


def test_it_after_a_company_subject_gets_the_company_name() -> None:
    an = analyse(
        "Brenner Logistics has bought two rival courier firms in the north for 40 million euros. "
        "It plans to close one of their depots and move the staff to its site at Lindau."
    )
    units = build_units(an)
    point = standalone(an, units[1], units[0], taken=set())
    assert point is not None and point.text.startswith("Brenner Logistics plans to close one of their depots")
    assert [an.text[a:b] for a, b in point.spans][0] == "Brenner Logistics"


def test_the_writers_own_voice_is_no_bottom_line() -> None:
    # a site's greeting and a column's aside to the reader open the text; the news follows
    an = analyse(
        "Welcome to our new story page.\n\n"
        "If you live in Kessling, you will have noticed the ferries stopped running this week.\n\n"
        "The harbour board of Kessling voted on Monday to sell its last two ferries to a private operator.\n\n"
        "The buyer, Nordhavn Lines, said “we will keep every crossing”, and the board agreed."
    )
    with recording() as seen:
        line = bottom_line(an, select_key_points(an, [], 3)).text
    assert line.startswith("The harbour board of Kessling voted")
    assert seen["bottomline.own_voice"] >= 2
    assert not own_voice("The buyer, Nordhavn Lines, said “we will keep every crossing”, and the board agreed.")
    assert not own_voice("US officials met on Monday.")  # the country, not "us"
    # "I" as a numeral is not the writer; "I" before a verb is
    assert not own_voice("The wreck of the World War I destroyer Selm was found off Malta.")
    assert not own_voice("The Phase I trial of the vaccine ended early.")
    assert own_voice("I think the harbour board got this wrong.")
    assert own_voice("Frankly, I’m not surprised the ferries stopped.")


def test_a_long_lead_is_shortened_to_thirty_words_from_its_own_pieces() -> None:
    lead = (
        "The harbour board of Kessling, which has run the island's ferries since 1952, voted on Monday "
        "to sell its last two ferries to a private operator from Bergen after a year of losses that "
        "left the town with debts of more than four million crowns."
    )
    an = analyse(
        lead + "\n\nThe operator will keep every crossing, the board said. "
        "Ferry losses have grown every year since the bridge to the mainland opened."
    )
    with recording() as seen:
        line = bottom_line(an, select_key_points(an, [], 3))
    assert len(lead.split()) > 30 >= len(line.text.split())
    assert line.text.startswith("The harbour board of Kessling voted on Monday to sell its last two ferries")
    assert seen["bottomline.shortened"] == 1
    # the pieces are the article's own text, in order, and make the bottom line
    pieces = [an.text[a:b] for a, b in line.spans]
    assert [a for a, _ in line.spans] == sorted(a for a, _ in line.spans)
    assert all(b <= len(lead) for _, b in line.spans)
    joined = " ".join(pieces).replace(" ,", ",").replace(" .", ".")
    assert joined == line.text


def test_a_lead_within_thirty_words_stays_whole() -> None:
    lead = "The harbour board of Kessling voted on Monday to sell its last two ferries, which date from 1971."
    an = analyse(lead + "\n\nThe operator will keep every crossing, the board said.")
    line = bottom_line(an, select_key_points(an, [], 3))
    assert line.text == lead
    assert line.spans == ((0, len(lead)),)


def test_a_teaser_lead_gives_way_to_the_news() -> None:
    # the opening reports nothing (a present-tense tease); the next sentence says what happened
    an = analyse(
        "Garden gnomes are having a moment — in a very odd way.\n\n"
        "Harlow Pottery sold 40,000 garden gnomes in March after a gnome appeared in a cooking show, "
        "and the pottery hired 30 more workers.\n\n"
        "The pottery's gnomes cost 25 pounds each and are made in Harlow.\n\n"
        "Harlow Pottery said the gnomes would stay in stock until the summer."
    )
    with recording() as seen:
        line = bottom_line(an, select_key_points(an, [], 3)).text
    assert line.startswith("Harlow Pottery sold 40,000 garden gnomes in March")
    assert seen["bottomline.teaser"] == 1


@pytest.mark.parametrize(
    ("lede", "swapped"),
    [
        # the news is over 30 words, but its attribution goes: it stands in for the teaser
        (
            "A Kelby University team has built a robot that draws blood as well as or better than nurses do, "
            "according to the first trial of the new device in a group of hospital patients.",
            True,
        ),
        # over 30 words with the clause it turns on, which only a cut of its end would take: the
        # sentence without it says what the article does not, so the teaser stays
        (
            "Before the launch, the Kelby company promised buyers that its new robot would draw blood as well "
            "as nurses do in every hospital ward, but the wards of the county have yet to see one.",
            False,
        ),
    ],
)
def test_a_teaser_gives_way_to_news_that_fits_once_its_asides_go(lede: str, swapped: bool) -> None:
    an = analyse(
        "One day, machines may draw blood from every patient, sparing nurses hours of work.\n\n"
        + lede
        + "\n\nThe robot found a vein on the first try in 87 of 100 patients, the team said.\n\n"
        "It uses ultrasound to find the vein and a needle guided by a camera.\n\n"
        "Hospitals in Kelby plan to test it on wards next year.",
        "Robot draws blood as well as nurses",
    )
    with recording() as seen:
        line = bottom_line(an, select_key_points(an, [], 3)).text
    assert line.startswith(lede[:20]) is swapped, line
    assert seen["bottomline.teaser_swap_cut"] == int(swapped)


def test_a_lead_with_news_stays_even_when_a_later_sentence_is_more_central() -> None:
    an = analyse(
        "The council of Wendport closed its only library on Monday.\n\n"
        "The Wendport library lent books, the Wendport library ran classes, and the Wendport library "
        "opened on Sundays, library staff said.\n\n"
        "The Wendport library building will be sold."
    )
    with recording() as seen:
        line = bottom_line(an, select_key_points(an, [], 3)).text
    assert line.startswith("The council of Wendport closed its only library")
    assert seen["bottomline.teaser"] == 0


def test_a_teaser_keeps_the_lead_when_what_follows_cannot_stand_alone() -> None:
    # the only sentence with news leans on the one before ("But ..."): the opening stays
    an = analyse(
        "Garden gnomes are having a moment — in a very odd way.\n\n"
        "But Harlow Pottery sold 40,000 garden gnomes in March after a gnome appeared in a cooking show.\n\n"
        "Gnomes are made of clay and paint."
    )
    line = bottom_line(an, select_key_points(an, [], 3)).text
    assert line.startswith("Garden gnomes are having a moment")


@pytest.mark.parametrize(
    ("sentence", "news"),
    [
        ("The mayor resigned on Friday.", True),  # past
        ("The mill has closed after 80 years.", True),  # perfect
        ("Two men were arrested at the port.", True),  # past passive
        ("The singer is being sued by her label.", True),  # an action now done to someone
        ("The council will vote on the plan in May.", True),  # future
        ("The minister is to visit Leeds next week.", True),  # "is to" future
        ("Every spring brings a new craze.", False),  # a general truth
        ("Acme is breaking out — in a good way.", False),  # a tease
        ("Winter sales are going to be huge this year.", False),  # background
        ("The mayor says “we lost the vote” and smiles.", False),  # news only inside a quotation
        # a story told of "he"/"she"/"they": an anecdote, a scene, or a sentence that needs another
        ("When the surveyor opened the vault in Selm, she found a ledger from 1820.", False),
        ("They had waited at the Kelm ferry port for six hours.", False),
    ],
)
def test_which_sentences_report_news(sentence: str, news: bool) -> None:
    an = analyse(sentence)
    span = an.span(0, len(an.text.rstrip()))
    assert span is not None and reports_news(span) is news


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        ("The mayor of Selm resigned on Friday.", True),
        ("Kelm Mills will close its plant in May.", True),
        ("Two ferries are late again.", True),
        ("Volunteers clearing the beach at Selm after the storm.", False),  # a photo caption
        ("Top picks for the weekend in Kelm and Selm.", False),  # a heading, a list entry
        ("Try the new menu at the Kelm harbour cafe.", False),  # an imperative
        # an imperative whatever verbs its other clauses hold, after an adverb too
        ("Pick the lean cuts at the Kelm market — those that are grilled, not fried.", False),
        ("Just add the stock, which is still warm, and stir.", False),
        # a subject makes the same verb a present tense
        ("Kelm Mills pick the lean cuts that are grilled.", True),
        ("A summer of “we will win” chants.", False),  # a verb only inside a quotation
    ],
)
def test_which_lines_are_clauses(sentence: str, clause: bool) -> None:
    an = analyse(sentence)
    span = an.span(0, len(an.text.rstrip()))
    assert span is not None and is_clause(span) is clause


def test_a_caption_is_no_bottom_line() -> None:
    # the page's first line is a photo caption without a finite verb (it scores best as the
    # lead): the report after it is the bottom line
    an = analyse(
        "Selm Rovers players training ahead of the cup match against Kelm.\n\n"
        "Selm Rovers will face Kelm in the cup on Saturday without their captain, who broke a wrist.\n\n"
        "The Rovers beat Kelm twice last season."
    )
    with recording() as seen:
        line = bottom_line(an, select_key_points(an, [], 3)).text
    assert line.startswith("Selm Rovers will face Kelm in the cup on Saturday")
    assert seen["bottomline.no_clause"] >= 1


def test_an_imperative_with_a_clause_inside_is_no_bottom_line() -> None:
    # a tip to the reader scores best as the lead; the statement after it is the bottom line
    an = analyse(
        "Pick the lean cuts at the Kelm market — those that are grilled, not fried.\n\n"
        "Kelm market stalls sold twice as many grilled cuts this winter as last, the traders' guild says.\n\n"
        "The guild counted sales at forty stalls of the Kelm market."
    )
    with recording() as seen:
        line = bottom_line(an, select_key_points(an, [], 3)).text
    assert line.startswith("Kelm market stalls sold twice as many grilled cuts"), line
    assert seen["bottomline.imperative"] >= 1


def test_a_teaser_keeps_the_lead_over_a_side_detail() -> None:
    # the sentence with news is about something else than the rest: it is less central
    an = analyse(
        "Garden gnomes are having a moment in Harlow.\n\n"
        "A van broke down on the ring road on Tuesday.\n\n"
        "Garden gnomes sell out in Harlow shops, and Harlow gnome makers work late on gnomes.\n\n"
        "Gnome makers in Harlow say garden gnomes are the town's best export."
    )
    with recording() as seen:
        line = bottom_line(an, select_key_points(an, [], 3)).text
    assert line.startswith("Garden gnomes are having a moment")
    assert seen["bottomline.teaser"] == 0


def test_a_scene_opening_gives_way_to_the_nut_graf_that_matches_the_headline() -> None:
    # a feature: a scene, then background, then the news the headline says
    an = analyse(
        "When the keeper walked into the Ostbay aviary at dawn, she could not believe her eyes.\n\n"
        "Four small grey birds sat in the nest box.\n\n"
        "Glass parrots are among the rarest birds in the world.\n\n"
        "Ostbay Zoo has bred the rare glass parrot in captivity for the first time, keepers said on Monday.\n\n"
        "The chicks will stay with their parents until the spring.",
        "Ostbay Zoo breeds rare glass parrot in captivity for first time",
    )
    with recording() as seen:
        line = bottom_line(an, select_key_points(an, [], 3)).text
    assert line.startswith("Ostbay Zoo has bred the rare glass parrot")
    assert seen["bottomline.nut_graf"] == 1


def test_a_news_lead_that_matches_the_headline_stays_over_a_later_sentence() -> None:
    an = analyse(
        "Ostbay Zoo has bred a rare glass parrot for the first time.\n\n"
        "Four small grey birds sat in the nest box on Monday.\n\n"
        "Ostbay Zoo keepers said the rare glass parrot chicks were bred in captivity for the first time.",
        "Ostbay Zoo breeds rare glass parrot in captivity for first time",
    )
    with recording() as seen:
        line = bottom_line(an, select_key_points(an, [], 3)).text
    assert line.startswith("Ostbay Zoo has bred a rare glass parrot")
    assert seen["bottomline.nut_graf"] == 0


def test_a_scene_opening_stays_without_a_headline_or_a_sentence_that_says_its_news() -> None:
    text = (
        "When the keeper walked into the Ostbay aviary at dawn, she could not believe her eyes.\n\n"
        "Four small grey birds sat in the nest box.\n\n"
        "Glass parrots are among the rarest birds in the world.\n\n"
        "But Ostbay Zoo has bred the rare glass parrot in captivity for the first time."
    )
    title = "Ostbay Zoo breeds rare glass parrot in captivity for first time"
    for an in (analyse(text), analyse(text, title)):  # no headline; the news leans on what is before
        line = bottom_line(an, select_key_points(an, [], 3)).text
        assert not line.startswith("But Ostbay Zoo")


def test_a_lead_that_states_the_headline_keeps_its_place_over_a_later_sentence_with_news() -> None:
    # no verb of news in the lead, but it says the headline; the next sentence says less of it
    text = (
        "Harlow is set to be the sunniest town in England this summer.\n\n"
        "Met office staff in Reading counted 400 hours of sun in May and June.\n\n"
        "Harlow had 30 more hours of sun than any town in England last year."
    )
    with recording() as seen:
        an = analyse(text, "Harlow set to be sunniest town in England")
        line = bottom_line(an, select_key_points(an, [], 3)).text
    assert line.startswith("Harlow is set to be the sunniest town")
    assert seen["bottomline.teaser_states_headline"] == 1
    an = analyse(text)  # without the headline, the teaser rule takes a later sentence with news
    assert not bottom_line(an, select_key_points(an, [], 3)).text.startswith("Harlow is set")


def _bottom_line_and_rules(text: str, title: str) -> tuple[str, Counter[str]]:
    """The bottom line of ``text`` under ``title``, and the rules that fired on it."""
    with recording() as seen:
        an = analyse(text, title)
        line = bottom_line(an, select_key_points(an, [], 3)).text
    return line, seen


def test_a_sentence_that_states_the_headline_is_the_nut_graf_without_a_verb_of_news() -> None:
    # a review: the lead is a teaser with no news, the news is a state in the present
    text = (
        "The new Kelm ferry starts service next week and the first reports are mixed.\n\n"
        "Before the launch the operator promised a crossing of forty minutes in any weather.\n\n"
        "In rough seas the Kelm ferry takes over an hour and runs at half speed."
    )
    title = "Kelm ferry falls short on crossing time, runs at half speed in rough seas"
    line, seen = _bottom_line_and_rules(text, title)
    assert line.startswith("In rough seas the Kelm ferry takes over an hour")
    assert seen["bottomline.nut_graf_states_headline"] == 1
    # a lead with news stays: "started" reports what happened
    news = text.replace("starts service next week and the first reports are mixed", "started service on Monday")
    line, seen = _bottom_line_and_rules(news, title)
    assert line.startswith("The new Kelm ferry started service")
    assert seen["bottomline.nut_graf_states_headline"] == 0
    # a sentence whose subject leans on the one before ("these ferries") is no nut graf
    leaning = text.replace("In rough seas the Kelm ferry takes", "In rough seas these ferries take")
    line, _ = _bottom_line_and_rules(leaning, title.replace("Kelm ferry falls", "Kelm ferries fall"))
    assert not line.startswith("In rough seas")


def test_the_headline_said_again_in_the_text_is_no_nut_graf() -> None:
    # the deck under the headline is repeated as a sentence: it matches the headline, but it is no news
    an = analyse(
        "Donations to the Kelm harbour fund reached two million pounds by the end of June.\n\n"
        "Small group of rich donors has pushed tally past last year's record.\n\n"
        "The fund pays for the new sea wall.",
        "Harbour fund passes target; Small group of rich donors has pushed tally past last year's record",
    )
    with recording() as seen:
        line = bottom_line(an, select_key_points(an, [], 3)).text
    assert line.startswith("Donations to the Kelm harbour fund")
    assert seen["bottomline.nut_graf"] == 0


def test_a_deck_said_again_as_the_lead_gives_way_to_the_news() -> None:
    # the lead is the headline's deck (no verb of news): it does not keep its place by matching the headline
    an = analyse(
        "Small group of rich donors pushes tally past record.\n\n"
        "Donations to the Kelm harbour fund reached two million pounds by the end of June.\n\n"
        "The harbour fund pays for the new sea wall in Kelm, and the harbour fund buys boats.",
        "Harbour fund passes target; Small group of rich donors pushes tally past record",
    )
    with recording() as seen:
        line = bottom_line(an, select_key_points(an, [], 3)).text
    assert line.startswith("Donations to the Kelm harbour fund")
    assert seen["bottomline.teaser_states_headline"] == 0


def test_a_closing_he_said_names_the_speaker_with_the_spans_of_all_three_pieces() -> None:
    points, an = _points(
        "The harbour board of Kessling voted on Monday to sell its last two ferries to a private operator. "
        "The chairman, Tomas Ekberg, defended the sale at a packed meeting in the town hall. "
        "The ferries had lost money for eleven years in a row and needed new engines, he said. "
        "Ferry crews will keep their jobs under the new owner for at least three years.",
        4,
    )
    named = [p for p in points if p.text.startswith("The ferries had lost money")]
    assert named and named[0].text.endswith("needed new engines, Tomas Ekberg said.")
    assert [an.text[a:b] for a, b in named[0].spans][1:] == ["Tomas Ekberg", " said."]
    # "she" is not given a man's name; the sentence then stays as the article writes it
    points, _ = _points(
        "The harbour board of Kessling voted on Monday to sell its last two ferries to a private operator. "
        "The chairman, Tomas Ekberg, defended the sale at a packed meeting in the town hall. "
        "The ferries had lost money for eleven years in a row and needed new engines, she said. "
        "Ferry crews will keep their jobs under the new owner for at least three years.",
        4,
    )
    assert any(p.text.endswith("needed new engines, she said.") for p in points)


def test_a_point_that_leans_on_another_point_goes_after_it() -> None:
    # "It" and "Still" lean on the sentence before; that one is a key point itself, so they join it
    an = analyse(
        "The harbour board of Kessling sold its last two ferries to Nordhavn Lines on Monday for four million crowns. "
        "It had run the ferries at a loss for eleven years. "
        "Nordhavn Lines will keep every crossing to the mainland and raise fares by a tenth from March. "
        "Still, the ferry workers' union of Kessling says forty jobs at the harbour are at risk. "
        "The island's bridge to the mainland opened in 2009. "
        "Fishing boats use the old ferry berth in winter. "
        "A cafe on the quay sells tickets for the summer boats. "
        "Tourists visit the lighthouse on the northern cape. "
        "The school on the island has thirty pupils. "
        "A bus runs from the harbour to the airport twice a day."
    )
    with recording() as seen:
        points = select_key_points(an, [], 3)
    texts = [p.text for p in points]
    for p in points:
        assert " ".join(an.text[a:b] for a, b in p.spans) == p.text
    leaning = [p for p in points if leans_back(p.text)]
    assert not leaning, texts
    assert seen["keypoints.join_taken"] == 1
    assert texts[0].startswith("The harbour board of Kessling sold") and "It had run the ferries" in texts[0]


def test_a_sentence_to_the_reader_is_no_key_point() -> None:
    # a site's notice ("your copy") and a promotion speak to the reader; a quoted "you" is a speaker's
    text = (
        "The harbour board of Kessling sold its last two ferries to Nordhavn Lines on Monday. "
        "Your copy is for reading at home only. "
        "Nordhavn Lines will keep every crossing to the mainland and raise fares by a tenth from March. "
        "“You will not lose a single crossing,” the chief executive of Nordhavn Lines told the board. "
        "Book your summer crossing today and save a tenth on every ticket. "
        "The ferry workers' union of Kessling says forty jobs at the harbour are at risk. "
        "The island's bridge to the mainland opened in 2009. "
        "Fishing boats use the old ferry berth in winter. "
        "A cafe on the quay sells tickets for the summer boats. "
        "The school on the island has thirty pupils."
    )
    an = analyse(text)
    with recording() as seen:
        points = select_key_points(an, [], 5)
    texts = " ".join(p.text for p in points)
    assert "Your copy is for reading" not in texts and "Book your summer crossing" not in texts
    assert seen["keypoints.to_the_reader"] >= 2
    assert to_the_reader("Book your summer crossing today.")
    assert not to_the_reader("“You will not lose a single crossing,” the chief executive told the board.")


def test_an_opening_connective_goes_when_the_sentence_before_is_a_quote() -> None:
    an = analyse(
        "Norland Rail will close the Selm line in May, the company said on Monday.\n\n"
        "“We feel betrayed by the company and we will fight this closure all the way to the courts,” one passenger said.\n\n"
        "But, the company said the line had lost money for ten years and could not be saved.\n\n"
        "So far, 3,000 people have signed a petition against the closure."
    )
    units = build_units(an)
    with recording() as seen:
        point = standalone(an, units[2], units[1], {0})
    assert (
        point is not None
        and point.text == "The company said the line had lost money for ten years and could not be saved."
    )
    assert [an.text[a:b] for a, b in point.spans] == [point.text[:1].lower() + point.text[1:]]
    assert seen["keypoints.connective_dropped"]
    # "So far" is no connective on the verb: nothing to drop
    assert standalone(an, units[3], units[2], {0}) is None


@pytest.mark.parametrize(
    ("opening", "leans"),
    [
        ("In addition, the ferry will run at night.", "in addition"),
        ("For example, the ferry runs at night.", "for example"),
        ("What’s more, the ferry runs at night.", "what's more"),
        ("On the other hand, the ferry runs at night.", "on the other hand"),
        ("In addition to the ferry, a bus runs at night.", None),  # a preposition's phrase, no connective
        ("In fact-finding visits, the board saw the ferry.", None),
        ("Once again, the ferry ran late.", "once again"),  # once more than what the text told
        ("Either way, the ferry will run at night.", "either way"),  # which two ways: the text before
        ("First of all, the ferry needs a new engine.", "first of all"),
        ("Firstly, the ferry needs a new engine.", "firstly"),
        ("Here, the judge notes that the ferry ran late.", "here"),  # where in the text
        ("Hereford won the cup.", None),
    ],
)
def test_a_connective_of_several_words_leans_on_the_sentence_before(opening: str, leans: str | None) -> None:
    from briefgen.summary.keypoints.openings import leans_back

    assert leans_back(opening) == leans


def test_a_point_opening_on_a_connective_of_several_words_drops_it_when_the_rest_stands() -> None:
    an = analyse(
        "Norland Rail will close the Selm line in May, the company said on Monday.\n\n"
        "“We feel betrayed by the company and we will fight this closure all the way to the courts,” one passenger said.\n\n"
        "In addition, the company said the line had lost money for ten years and could not be saved."
    )
    units = build_units(an)
    with recording() as seen:
        point = standalone(an, units[2], units[1], {0})
    assert point is not None
    assert point.text == "The company said the line had lost money for ten years and could not be saved."
    assert seen["keypoints.phrase_connective"] and seen["keypoints.connective_dropped"]


@pytest.mark.parametrize(
    ("opening", "rest"),
    [
        ("Sadly, the ferry to Selm no longer runs after dark.", "The ferry to Selm no longer runs"),
        ("Of course, the ferry to Selm no longer runs after dark.", "The ferry to Selm no longer runs"),
        ("Unsurprisingly, the ferry to Selm no longer runs after dark.", "The ferry to Selm no longer runs"),
    ],
)
def test_the_writers_comment_opening_a_point_goes_before_any_join(opening: str, rest: str) -> None:
    # the sentence before could be joined (it stands, it is not taken): the comment goes instead
    an = analyse(
        "Norland Rail will close the Selm line in May, the company said on Monday.\n\n"
        "Passengers in the valley have few other ways to reach the coast in bad weather.\n\n" + opening
    )
    units = build_units(an)
    with recording() as seen:
        point = standalone(an, units[2], units[1], {0})
    assert (
        point is not None
        and point.text.startswith(rest)
        and point.spans[0][0] == units[2].start + opening.index(",") + 2
    )
    assert seen["keypoints.stance_dropped"]


@pytest.mark.parametrize(
    "opening",
    [
        "Meanwhile, the ferry operator said fares on the Selm crossing would rise by a fifth in June.",
        "Separately, the ferry operator said fares on the Selm crossing would rise by a fifth in June.",
        "In the meantime, the ferry operator said fares on the Selm crossing would rise by a fifth in June.",
    ],
)
def test_a_turn_to_another_strand_opening_a_point_goes_before_any_join(opening: str) -> None:
    # the sentence before could be joined (it stands, it is not taken), but the point turns to
    # another strand of the story: it is told on its own, without the turn
    an = analyse(
        "Norland Rail will close the Selm line in May, the company said on Monday.\n\n"
        "Passengers in the valley have few other ways to reach the coast in bad weather.\n\n" + opening
    )
    units = build_units(an)
    with recording() as seen:
        point = standalone(an, units[2], units[1], {0})
    assert point is not None
    assert point.text == "The ferry operator said fares on the Selm crossing would rise by a fifth in June."
    assert point.spans == [(units[2].start + opening.index(",") + 2, units[2].end)]
    assert seen["keypoints.transition_dropped"]


def test_a_turn_whose_rest_leans_back_is_not_dropped_alone() -> None:
    # "Meanwhile, it ..." without the turn still needs the sentence before: not a bare "It ..."
    an = analyse(
        "Norland Rail will close the Selm line in May, the company said on Monday.\n\n"
        "The ferry operator has asked the port for a second berth at the harbour.\n\n"
        "Meanwhile, it said fares on the Selm crossing would rise by a fifth in June."
    )
    units = build_units(an)
    with recording() as seen:
        point = standalone(an, units[2], units[1], {0})
    assert not seen["keypoints.transition_dropped"]
    assert point is None or not point.text.startswith("It said")


def test_a_claim_the_writer_only_reports_keeps_its_hedge() -> None:
    from briefgen.summary.keypoints.openings import leans_back

    # "Apparently" is no comment but a hedge: the sentence without it claims more
    assert leans_back("Apparently, the ferry no longer runs.") is None
    assert leans_back("Sadly, the ferry no longer runs.") == "sadly"


STRIKE = (
    "Dock workers at Kelmsby harbour stayed off the job for a third week on Monday as talks over pay broke down.\n\n"
    "“We feel betrayed by the port and we will fight for a fair rise all the way to Christmas,” one docker said.\n\n"
    "The union, however, said its members would meet again on Friday to vote on the latest offer.\n\n"
    "In the north of the county, meanwhile, farmers said exports of lamb had all but stopped."
)


@pytest.mark.parametrize(
    ("n", "text"),
    [
        # after the subject, both commas go (the sentence before is a quote: nothing to join)
        (2, "The union said its members would meet again on Friday to vote on the latest offer."),
        # after an opening phrase, its comma stays (no sentence before)
        (3, "In the north of the county, farmers said exports of lamb had all but stopped."),
    ],
)
def test_a_connective_set_off_inside_the_sentence_goes_when_no_sentence_before_can_join(n: int, text: str) -> None:
    an = analyse(STRIKE)
    units = build_units(an)
    with recording() as seen:
        point = standalone(an, units[n], units[n - 1] if n == 2 else None, {0})
    assert point is not None and point.text == text
    assert " ".join(an.text[a:b] for a, b in point.spans).replace(" ,", ",") == text
    assert seen["keypoints.inner_connective_dropped"]


def test_a_connective_set_off_inside_the_sentence_joins_the_sentence_before() -> None:
    an = analyse(
        STRIKE.replace("“We feel", "Union leaders said they felt").replace("Christmas,” one docker said", "Christmas")
    )
    units = build_units(an)
    point = standalone(an, units[2], units[1], {0})
    assert point is not None and point.spans == [(units[1].start, units[1].end), (units[2].start, units[2].end)]
    # inside a quotation, or with no commas around it, a "however" reads against nothing before
    quoted = analyse(
        "“The union, however, will not give in,” its leader said on a visit to the Kelmsby docks on Monday."
    )
    assert standalone(quoted, build_units(quoted)[0], None, set()) is not None


def test_the_one_person_named_before_stands_for_he_whatever_the_given_name() -> None:
    an = analyse(
        "When the biologist Chidi Okafor looked inside the lungs of infected mice at the University "
        "of Selm, he saw strange cells. He had found a cell with a distinctive shape that nobody had "
        "described before in the lung. Asthma affects one child in eleven across the region."
    )
    texts = [k.text for k in select_key_points(an, [], 3)]
    assert (
        "Chidi Okafor had found a cell with a distinctive shape that nobody had described before in the lung." in texts
    )


def test_a_short_sentence_in_the_sites_own_voice_is_no_key_point() -> None:
    an = analyse(
        "Welcome to our new story page.\n\n"
        "Norland Rail will close the Selm line in May, the company said on Monday.\n\n"
        "Selm trains have lost money for ten years, according to the company's accounts.\n\n"
        "About 3,000 people have signed a petition against the closure of the line."
    )
    with recording() as seen:
        texts = [k.text for k in select_key_points(an, [], 3)]
    assert "Welcome to our new story page." not in texts and len(texts) == 3
    assert seen["keypoints.site_voice"]


def test_a_his_or_this_after_an_opening_phrase_gets_the_sentence_before() -> None:
    an = analyse(
        "Tom Ward founded a ferry firm in Selm in 2009 and sold it to Norland Rail last year.\n\n"
        "Amid the protests, his company sold the old harbour mill to a builder from Kelm.\n\n"
        "The mill will become flats."
    )
    units = build_units(an)
    with recording() as seen:
        point = standalone(an, units[1], units[0], set())
    assert point is not None and point.text.startswith("Tom Ward founded") and len(point.spans) == 2
    assert seen["keypoints.inner_reference"] and seen["keypoints.join_previous"]
    # a person named before the pronoun in the same sentence: nothing leans
    an = analyse("The mill closed in May. In Selm, Tom Ward said his company would sell the old harbour mill.")
    units = build_units(an)
    point = standalone(an, units[1], units[0], set())
    assert point is not None and point.spans == [(units[1].start, units[1].end)]


@pytest.mark.parametrize(
    ("sentence", "bottom"),
    [
        (
            "But on Monday, a 30-year-old fan from Dunmore had a portrait of the health chief tattooed on his arm.",
            "On Monday, a 30-year-old fan from Dunmore had a portrait of the health chief tattooed on his arm.",
        ),
        (
            "However, the council voted to keep the harbour open through the winter.",
            "The council voted to keep the harbour open through the winter.",
        ),
        # a connective of several words before its comma
        (
            "In addition, the council voted to keep the harbour open through the winter.",
            "The council voted to keep the harbour open through the winter.",
        ),
        ("On the other hand, the council voted to keep the harbour open all winter.", None),  # a contrast: kept whole
        ("But he said the council would keep the harbour open through the winter.", None),  # the rest leans back
        ("The council voted on Monday to keep the harbour open through the winter.", None),  # no connective
    ],
)
def test_a_bottom_line_does_not_open_on_a_connective(sentence: str, bottom: str | None) -> None:
    from briefgen.summary.keypoints.bottomline import _without_opening_connective

    text = "Harbour stays open\n\nThe city has argued about its harbour for years.\n\n" + sentence
    analysis = analyse(text)
    unit = next(u for u in build_units(analysis) if u.text == sentence)
    line = _without_opening_connective(analysis, unit)
    assert (line.text if line else None) == bottom
    if line and bottom:
        start, end = line.spans[0]  # the source's words: only the first letter is made a capital
        assert text[start:end] == bottom[:1].lower() + bottom[1:]


@pytest.mark.parametrize(
    "sentence, word",
    [
        ("Together, they closed the old harbour mill in Selm.", "they"),
        ("By late May, these cells had spread to the lungs of every mouse.", "these"),
        ("Amid all this, the Selm mill stayed shut for a year.", "this"),
        ("After the vote, his company sold the old harbour mill.", "his"),
        # the referent is in the sentence: a person described first, or the main subject after
        ("A chess player from Selm was banned after he was caught with a phone.", None),
        ("Joking that he could do it again, the young striker from Selm scored twice more.", None),
        ("In Selm, Tom Ward said his company would sell the mill.", None),
        ("This week, the council of Selm sold the mill.", None),
    ],
)
def test_a_reference_after_an_opening_phrase_in_the_main_subject(sentence: str, word: str | None) -> None:
    an = analyse("The harbour of Selm has three old mills and a ferry berth. " + sentence)
    units = build_units(an)
    with recording() as seen:
        point = standalone(an, units[1], None, set())
    if word is None:
        assert point is not None and point.spans == [(units[1].start, units[1].end)]
        assert not seen["keypoints.inner_reference"]
    else:
        assert point is None and seen["keypoints.inner_reference"]


_ISLAND = [
    "The harbour board of Kessling sold its last two ferries to Nordhavn Lines on Monday for four million crowns.",
    "Nordhavn Lines will keep every ferry crossing to the mainland and raise fares by a tenth from March.",
    "The ferry workers union of Kessling says forty jobs at the harbour are at risk after the sale.",
    "Fishing boats from Kessling use the old ferry berth in winter.",
    "A cafe on the quay sells tickets for the summer boats to the mainland.",
    "Sheep graze on the hills.",
    "It is painted red and white like the old ferry berth.",
    "Tourists visit the lighthouse on the northern cape in summer.",
    "A bus runs from the harbour to the airport twice a day.",
    "The island bridge to the mainland opened in 2009.",
    "The island school has thirty pupils and a small library.",
    "Most homes on the island burn wood in winter.",
    "The post office opens on Tuesdays and Fridays.",
    "A doctor visits the island once a week.",
    "Seals rest on the rocks below the church.",
]


def test_a_later_point_that_leans_on_what_is_not_in_the_brief_gives_way_to_the_next() -> None:
    # "It is painted ..." would be the seventh point; the sentence before is too short to join
    an = analyse(" ".join(_ISLAND))
    with recording() as seen:
        texts = [p.text for p in select_key_points(an, [], 7)]
    assert len(texts) == 7 and "It is painted red and white like the old ferry berth." not in texts, texts
    assert seen["keypoints.passed_over"] == 1
    # among the first three points it would stay (they carry the story's core)
    an = analyse(" ".join(_ISLAND[:6] + ["It sold them for four million crowns to Nordhavn Lines on Monday."]))
    texts = [p.text for p in select_key_points(an, [], 3, exact=True)]
    assert "It sold them for four million crowns to Nordhavn Lines on Monday." in texts, texts


def test_a_point_after_a_heading_that_leans_on_it_gives_way() -> None:
    an = analyse(
        "Ferry sold to Nordhavn Lines\n\n"
        "It had run at a loss for eleven years before the harbour board of Kessling sold it.\n\n"
        "The harbour board of Kessling sold its last two ferries to Nordhavn Lines on Monday for four million crowns.\n\n"
        "Nordhavn Lines will keep every crossing to the mainland and raise fares by a tenth from March.\n\n"
        "The ferry workers' union of Kessling says forty jobs at the harbour are at risk after the sale.\n\n"
        "Fishing boats from Kessling use the old ferry berth in winter."
    )
    with recording() as seen:
        texts = [p.text for p in select_key_points(an, [], 3)]
    assert len(texts) == 3 and not any(t.startswith("It had run") for t in texts), texts
    assert seen["keypoints.passed_over"]


_FERRY_PAGE = [
    "The harbour board of Kessling sold its last two ferries to Nordhavn Lines on Monday for four million crowns.",
    "Nordhavn Lines will keep every ferry crossing to the mainland and raise fares by a tenth from March.",
    "Ferry Timetables And Fares",
    "Check out the guide to the best island walks below.",
    "The ferry workers' union of Kessling says forty jobs at the harbour are at risk after the sale.",
    "Kessling Harbour Board (KHB).",
    "Fishing boats from Kessling use the old ferry berth in winter.",
    "A cafe on the quay sells tickets for the summer boats to the mainland.",
    "Tourists visit the lighthouse on the northern cape in summer.",
    "A bus runs from the harbour to the airport twice a day.",
    "The island bridge to the mainland opened in 2009 after a long campaign.",
    "The island school has thirty pupils and a small library.",
    "Most homes on the island burn wood in winter.",
    "The post office of Kessling opens on Tuesdays and Fridays.",
    "A doctor visits the island once a week from the mainland.",
    "Seals rest on the rocks below the old church of Kessling.",
    "Storms closed the ferry berth for nine days last winter.",
]


def test_a_line_without_a_verb_or_a_call_to_action_is_no_key_point() -> None:
    an = analyse("\n\n".join(_FERRY_PAGE))
    with recording() as seen:
        texts = [p.text for p in select_key_points(an, [], 7)]
    assert len(texts) == 7
    assert not any(t.startswith(("Ferry Timetables", "Kessling Harbour Board", "Check out")) for t in texts), texts
    assert seen["keypoints.no_verb"] and seen["keypoints.call_to_action"]


@pytest.mark.parametrize(
    ("sentence", "says"),
    [
        # a participle that only describes its noun is no verb of the line
        ("The rising harbour tide!", False),
        ("A soothing spring rain!", False),
        ("The rising tide closed the quay.", True),
        ("Volunteers clearing the beach after the storm.", True),  # a caption: the bottom line's test
    ],
)
def test_a_line_says_something_with_a_verb_of_its_own(sentence: str, says: bool) -> None:
    an = analyse(sentence)
    with recording() as seen:
        assert states(an, build_units(an)[0]) is says
    assert bool(seen["keypoints.no_verb"]) is not says


@pytest.mark.parametrize(
    "sentence, call",
    [
        ("Check out our guide to the best island walks below.", True),
        ("Please see the timetable page for the winter crossings.", True),
        ("Follow these tips for a calm crossing.", True),
        ("Slice the pear and keep its largest seeds.", False),  # a step of a recipe: its content
        ("Seeing the island from the ferry is a treat.", False),
        ("Visitors check the timetable before every crossing.", False),
    ],
)
def test_calls_to_action(sentence: str, call: bool) -> None:
    an = analyse(sentence)
    assert call_to_action(an, build_units(an)[0]) is call


def test_a_long_extract_asked_for_by_count_keeps_its_sentences_as_they_are() -> None:
    # 7 of 17 sentences asked for by count: an extract read in order, no verbless line dropped
    # (there is no other sentence to put in its place that the count asks for less)
    an = analyse("\n\n".join(_FERRY_PAGE))
    with recording() as seen:
        select_key_points(an, [], 7, exact=True)
    assert not seen["keypoints.no_verb"]


def test_a_point_before_that_is_too_long_to_take_the_leaning_one_gives_it_no_referent() -> None:
    long_lead = (
        "The harbour board of Kessling sold its last two ferries, the Selma and the Tove, to Nordhavn Lines "
        "on Monday for four million crowns after a year of talks with three other firms from the mainland "
        "and a vote of the island council that ended seven to two after a long night of debate in the hall."
    )
    an = analyse(long_lead + " It had run them at a loss for eleven years before the sale to the firm.")
    first, second = build_units(an)[:2]
    before = {second.order: first}
    assert first.words + second.words > MAX_HOST_JOINED_WORDS
    assert _passed_over(second, 3, before, [first, second])  # no key point can take it
    assert not _passed_over(second, 1, before, [first, second])  # among the first three: it stays
    an = analyse("The harbour board of Kessling sold its last two ferries on Monday. It had run them at a loss.")
    first, second = build_units(an)[:2]
    assert not _passed_over(second, 3, {second.order: first}, [first, second])  # it joins that point


@pytest.mark.parametrize(
    "text, cut",
    [
        ("or to identify a visitor in context.", True),
        ("how others use the app, but no name is kept.", True),
        ("iPhone sales rose by a tenth in May.", False),
        ("eBay said the fees would rise.", False),
        ("“the worst week of my life,” she said.", False),
        ("3 people were hurt.", False),
    ],
)
def test_a_piece_that_opens_in_lower_case_is_a_cut_sentence(text: str, cut: bool) -> None:
    assert cut_start(text) is cut


def test_a_cut_sentence_is_neither_a_point_nor_the_sentence_a_point_joins() -> None:
    an = analyse(
        "\n\n".join(
            [
                "The harbour board of Kessling sold its last two ferries to Nordhavn Lines on Monday.",
                "Nordhavn Lines will keep every crossing to the mainland and raise fares by a tenth from March.",
                "or the board of Kessling will lose the last of its ferry crews to the mainland.",
                "It had run the ferries at a loss for eleven years.",
                "The ferry workers' union of Kessling says forty jobs at the harbour are at risk.",
            ]
        )
    )
    units = build_units(an)
    with recording() as seen:
        texts = [p.text for p in select_key_points(an, [], 3)]
    assert not any("or the board of Kessling" in t for t in texts), texts
    assert seen["keypoints.cut_start"]
    assert standalone(an, units[3], units[2], set()) is None  # no referent in a cut sentence


def test_an_opening_but_goes_when_the_point_before_is_too_long_to_take_the_sentence() -> None:
    text = (
        "Harbour council backs ferry plan\n\n"
        "The harbour council in Kelmsby voted on Monday to buy two electric ferries for the crossing to Ardly, "
        "a deal worth 40 million pounds that the port has sought for a decade. "
        "The ferries will carry cars, bikes and foot passengers between the two towns every half hour from the "
        "spring of next year and on the hour at night, the council said in a statement it put out after the "
        "vote. "
        "But the ferry workers' union in Kelmsby has warned that the new ferries, which need smaller crews than "
        "the old diesel boats, will cost at least thirty jobs on the crossing. "
        "The council said no worker would lose a job. Tickets will cost the same as now. The old boats will be sold."
    )
    an = analyse(text)
    with recording() as fired:
        points = select_key_points(an, [], 3)
    union = next(p for p in points if "union" in p.text)
    assert union.text.startswith("The ferry workers' union in Kelmsby has warned")
    assert an.text[union.spans[0][0] : union.spans[0][1]].startswith("the ferry workers' union")
    assert fired["keypoints.connective_dropped_unjoined"] == 1


@pytest.mark.parametrize(
    ("sentence", "alone"),
    [
        ("It is hard to find a plumber in the old town during the winter months.", True),
        ("It was unclear on Monday whether the paper mill in Kelmsby would reopen.", True),
        ("It takes about a year for a young pear tree to bear its first fruit.", True),
        # the parser reads "for the ... crew to race" as a relative clause on "job"
        (
            "It will be a demanding job for the young national crew to race at the top level without a regatta at home.",
            True,
        ),
        ("It has four rooms, a cellar and a garden that runs down to the river.", False),
        ("It is a plan to build four towers by the river before the next election.", False),
    ],
)
def test_an_anticipatory_it_needs_no_sentence_before(sentence: str, alone: bool) -> None:
    text = "The council met on Monday in the town hall to talk about the budget for next year. " + sentence
    an = analyse(text)
    unit = next(u for u in build_units(an) if u.text == sentence)
    previous = next(u for u in build_units(an) if u.order == unit.order - 1)
    with recording() as fired:
        point = standalone(an, unit, previous, set())
    assert point is not None
    assert (point.text == sentence) is alone  # a referential "It" gets the sentence before joined
    assert ("keypoints.anticipatory_it" in fired) is alone


@pytest.mark.parametrize(
    ("tail", "passed_over"),
    [
        ("The crossing will be quicker and far cleaner for everyone,” said port director Ana Roe.", True),
        ('"The crossing will be quicker and far cleaner for everyone,” said port director Ana Roe.', False),
    ],
)
def test_the_last_sentence_of_a_quote_cut_from_its_start_is_no_point(tail: str, passed_over: bool) -> None:
    # a quote of two paragraphs: the first opens it and, as the style goes, does not close it
    lead = "“We have waited ten years for the new electric ferries to the islands.\n\n" if passed_over else ""
    an = analyse(
        "\n\n".join(
            [
                "The harbour board of Kessling bought two electric ferries from Nordhavn Yards on Monday.",
                f"{lead}{tail}",
                "The ferries will enter service in the spring, the board said.",
                "The union of Kessling welcomed the purchase and asked for more crew.",
            ]
        )
    )
    with recording() as seen:
        texts = [p.text for p in select_key_points(an, [], 3)]
    assert bool(seen["keypoints.quote_tail"]) is passed_over
    if passed_over:
        assert not any(t.startswith("The crossing will be quicker") for t in texts), texts


def test_a_sentence_all_in_quotation_marks_is_no_key_point() -> None:
    # a pull quote under the headline names no one who says it; a quote with its speaker stays
    text = (
        "Kelmsby council raises harbour fees\n\n"
        "‘A vote that will change the harbour for a generation’\n\n"
        "Kelmsby council voted on Monday to double the fees paid by fishing boats in the harbour. "
        "The new fees take effect in May and will fund repairs to the sea wall. "
        "“We had no other way to pay for the wall,” said Ana Soto, the council's leader. "
        "Fishermen said they would appeal against the rise."
    )
    with recording() as fired:
        points = [k.text for k in select_key_points(analyse(text, "Kelmsby council raises harbour fees"), [], 4)]
    assert fired["keypoints.all_quoted"] > 0
    assert not any(p.startswith("‘A vote that") for p in points)
    assert any("said Ana Soto" in p for p in points)


@pytest.mark.parametrize(
    ("sentence", "share"),
    [
        # a quotation's first sentence: its mark closes in a later one
        ("“The wall will not hold another winter.", 0.97),
        # its last: the opening mark stood in an earlier one
        ("We cannot wait until spring,” said Ana Roe, the harbour master.", 0.45),
        # a quotation run on to the next paragraph, as news writes one
        ("Ana Roe told the council: “The wall will not hold another winter.", 0.58),
        # no quotation: a measure in inches, a pair of marks read on its own
        ('The 5" screen of the new radio is bright.', 0.0),
        ("She said “yes” to the plan.", 0.1),
    ],
)
def test_a_quotation_whose_other_mark_is_in_another_sentence_counts(sentence: str, share: float) -> None:
    from briefgen.summary.keypoints.units import _quote_share

    assert _quote_share(sentence) == pytest.approx(share, abs=0.06)


def test_the_sentences_of_a_quotation_that_runs_over_paragraphs_are_no_key_points() -> None:
    text = "\n\n".join(
        [
            "Kelmsby council closed the harbour on Monday after a storm damaged the sea wall for the third time.",
            "The harbour master, Ana Roe, said the town had asked the government for money to rebuild the wall.",
            "“The wall will not hold another winter. We have asked the government for help three times and heard "
            "nothing back from the ministry.",
            "“We cannot wait until spring,” she said.",
            "The council will meet on Friday to decide whether the fishing fleet can use the northern quay.",
            "Fishermen said they would lose a week of catches if the harbour stayed shut.",
        ]
    )
    with recording() as fired:
        points = [k.text for k in select_key_points(analyse(text), [], 5)]
    assert fired["keypoints.quote_runs_on"] == 1
    assert not any("another winter" in p or "three times" in p for p in points), points


def test_a_leaning_point_too_long_to_join_comes_right_after_the_point_it_leans_on() -> None:
    from briefgen.model import KeyPoint
    from briefgen.summary.keypoints.select import _joined_to_their_referents

    lede = (
        "It will be a hard winter for the small fishing crews of Kelmsby to keep their boats at sea without "
        "the old harbour wall, which the storms of last March broke in two places and the council has not rebuilt."
    )
    view = (
        "That is the view of the harbour master, Ana Ruiz, who has asked the council three times this year to "
        "find the money for a new wall before the autumn storms reach the coast and the boats are laid up again."
    )
    other = "The council will meet on Thursday to set next year's budget for the harbour and the roads."
    opening = "Storms closed three harbours on the east coast this week."
    an = analyse(f"{opening} {lede} {view} {other}")
    units = {u.text: u for u in build_units(an)}
    first, host, leaning, rest = units[opening], units[lede], units[view], units[other]
    points = [KeyPoint(text=u.text, spans=[(u.start, u.end)]) for u in (first, leaning, host, rest)]
    with recording() as seen:  # a count asked for: the point stays (without one it goes, a spare's place)
        out = _joined_to_their_referents(an, points, {leaning.order: host}, {leaning.order: leaning}, exact=True)
    # too long together to join: one after the other
    assert [p.text for p in out] == [opening, lede, view, other]
    assert seen["keypoints.host_moved_before"] == 1
    # the same two after nothing the brief shows: the host is the lede, shown as the bottom line, and
    # the point joins it however long the two are
    without_opening = points[1:]
    with recording() as seen:
        out = _joined_to_their_referents(an, without_opening, {leaning.order: host}, {leaning.order: leaning})
    assert [p.text for p in out] == [f"{lede} {view}", other]
    assert seen["keypoints.joined_to_long_lede"] == 1


def test_leaning_points_join_in_text_order_so_a_joined_point_hosts_the_next() -> None:
    # the second leans on the first ("But they ..."), the third on the second (its description
    # of the mayor): joined in the order of the text, the three read as one point; joined by
    # rank, the second and third made a point that opened on a dangling "But they"
    from briefgen.model import KeyPoint
    from briefgen.summary.keypoints.select import _joined_to_their_referents

    first = "The costs are high for every town on the coast after the winter storms of January."
    second = "But they are highest for Kelmsby."
    third = "The former fishing port lost its sea wall and half of its harbour in the storms."
    an = analyse(f"{first} {second} {third}")
    units = {u.text: u for u in build_units(an)}
    a, b, c = units[first], units[second], units[third]
    points = [KeyPoint(text=u.text, spans=[(u.start, u.end)]) for u in (a, c, b)]  # by rank
    out = _joined_to_their_referents(an, points, {b.order: a, c.order: b}, {c.order: c, b.order: b})
    assert [p.text for p in out] == [f"{first} {second} {third}"]


@pytest.mark.parametrize(
    ("opening", "dropped"),
    [
        (
            "Finally, the firms sued the supplier in the county court.",
            "The firms sued the supplier in the county court.",
        ),
        ("Additionally, the board cut the ferry fares by a third.", "The board cut the ferry fares by a third."),
    ],
)
def test_a_sequence_word_opening_a_point_leans_on_the_sentence_before(opening: str, dropped: str) -> None:
    from briefgen.summary.keypoints.openings import leans_back
    from briefgen.summary.keypoints.standalone import without_connective

    assert leans_back(opening) is not None
    an = analyse(opening)
    unit = build_units(an)[0]
    bare = without_connective(an, unit)
    assert bare is not None and bare.text == dropped


def test_a_point_opening_in_an_unnamed_first_person_is_passed_over() -> None:
    # a help page's answer ("We will ...") names no one who speaks; a reported "we" is the speaker's
    text = (
        "Kelmsby Ferries will run buses between the harbour and the station while the pier is repaired. "
        "The buses will leave every twenty minutes from the harbour car park. "
        "We will provide a taxi if a passenger cannot use the bus or the steps at the station. "
        "Tickets bought for the ferry are valid on the buses until the end of May. "
        "We will not raise the fares this year, the company's director Ana Roe said."
    )
    with recording() as seen:
        points = [p.text for p in select_key_points(analyse(text), [], 4)]
    assert seen["keypoints.first_person_opening"] == 1
    assert not any(p.startswith("We will provide") for p in points), points
    assert any("Ana Roe said" in p for p in points), points


def test_a_text_the_writer_tells_in_the_first_person_keeps_its_first_person_points() -> None:
    text = (
        "I have mended my own boats since I was twelve, but this was my first winter on the Kelmsby coast. "
        "The harbour froze in January for the first time in forty years. "
        "I lost two nets to the ice and a week of fishing. "
        "The council opened the old slipway so that the boats could be hauled out."
    )
    with recording() as seen:
        points = [p.text for p in select_key_points(analyse(text), [], 3)]
    assert not seen["keypoints.first_person_opening"]
    assert any(p.startswith("I have mended") or p.startswith("I lost") for p in points), points


def test_a_longer_article_gives_more_key_points_by_default() -> None:
    from briefgen.model import Article
    from briefgen.summary import summarize_article
    from briefgen.summary.default import default_key_points

    assert [default_key_points(w) for w in (120, 600, 601, 1000, 1001, 5000)] == [5, 5, 6, 6, 7, 7]
    subjects = "Kelmsby council|Lusk harbour board|the Dunmore union|Selm's mayor|a Tarvel bakery|Norland police|the Corrin school|Marlow farmers|a Kessling charity|the Harbourton museum".split(
        "|"
    )
    verbs = "sold|repaired|closed|bought|painted|rebuilt|opened|moved|counted|insured".split("|")
    objects = "two old ferries|the north pier|its night shelter|forty new bicycles|the town hall roof|a flooded lane|the winter market|nine river barges|every broken lamp|the coastal path".split(
        "|"
    )
    whens = "on Monday|in March|last week|after the storm|before Easter|this spring|in the autumn|at dawn|overnight|by noon".split(
        "|"
    )
    sentences = [
        f"{subjects[i % 10][:1].upper()}{subjects[i % 10][1:]} {verbs[(i * 3) % 10]} {objects[(i * 7) % 10]} {whens[(i // 10) % 10]}, "
        f"and {i + 3} people came to see it."
        for i in range(80)
    ]
    for count, expected in ((30, 5), (45, 6), (75, 7)):
        text = " ".join(sentences[:count])
        brief = summarize_article(Article(title="Councils spend on services", text=text))
        # the brief shows this many: the point that repeats the bottom line (the lede) has a spare
        shown = [p for p in brief.key_points if not repeats_bottom_line(p, brief.bottom_line, brief.bottom_line_spans)]
        assert len(shown) == expected, (len(text.split()), len(shown))
        assert len(brief.key_points) == expected + 1


#: A lede of more than 30 words, which the bottom line shortens, and a story after it.
_LONG_LEDE_STORY = (
    "The Kelmsby harbour board voted on Monday to close the old north pier to all traffic for two years, "
    "after engineers who inspected it in the spring found that its timber piles had rotted well below the waterline. "
    "The ferry to Lusk will move to the south quay from May. "
    "Fishing boats will share the marina's east berths until the pier reopens. "
    "The board expects the repairs to cost about four million pounds. "
    "Most of the money will come from a national coastal fund. "
    "Shops near the pier fear they will lose trade while it is shut. "
    "The town council has promised them lower rates for the two years. "
    "A public meeting on the works is planned for late April. "
    "Engineers will start by driving steel piles beside the old ones. "
    "The pier was built in 1894 and last repaired in 1962."
)


def test_a_spare_point_takes_the_place_of_the_one_that_repeats_the_bottom_line() -> None:
    """The brief leaves out the lede point the bottom line was shortened from; the engine adds
    the next point so that the brief still shows five, and the first five stay as they were."""
    from briefgen.model import Article
    from briefgen.summary import summarize_article
    from briefgen.summary.keypoints import select_key_points
    from briefgen.summary.text.analysis import analyse

    brief = summarize_article(Article(title="Harbour board shuts north pier", text=_LONG_LEDE_STORY))
    repeats = [p for p in brief.key_points if repeats_bottom_line(p, brief.bottom_line, brief.bottom_line_spans)]
    assert len(repeats) == 1 and repeats[0].text.startswith("The Kelmsby harbour board voted")
    assert len(brief.key_points) == 6
    five = select_key_points(analyse(_LONG_LEDE_STORY, "Harbour board shuts north pier"), brief.actors, 5)
    assert [p.text for p in brief.key_points[:5]] == [p.text for p in five]
    spare = brief.key_points[5]
    assert all(not (a < d and c < b) for a, b in spare.spans for p in five for c, d in p.spans)


def test_a_spare_never_repeats_a_point_of_one_short_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    """A point of a sentence of six words or fewer ("The pier is closed.") is that sentence, not a
    name borrowed by a longer point: a spare that is the same sentence again is no spare."""
    from briefgen.model import KeyPoint
    from briefgen.summary import default
    from briefgen.summary.keypoints.bottomline import BottomLine

    text = "The board shut the pier. The pier is closed. Boats moved to the south quay on Monday. Shops fear a lean winter."
    an = analyse(text)
    short = KeyPoint(text="The pier is closed.", spans=[(25, 44)])
    boats = KeyPoint(text="Boats moved to the south quay on Monday.", spans=[(45, 85)])
    shops = KeyPoint(text="Shops fear a lean winter.", spans=[(86, 111)])
    assert [an.text[a:b] for p in (short, boats, shops) for a, b in p.spans] == [p.text for p in (short, boats, shops)]
    monkeypatch.setattr(default, "select_key_points", lambda *args, **kwargs: [short, boats, shops])
    line = BottomLine("The board shut the pier.", ((0, 24),))
    out = default._with_spare(an, [], [short, boats], line, 3)
    assert [p.text for p in out] == [short.text, boats.text, shops.text]


def test_a_sentence_the_page_prints_twice_is_one_point(monkeypatch: pytest.MonkeyPatch) -> None:
    """A page that prints a line twice (a pull quote, a repeated closing line) gives its sentence two
    spans: the brief shows it once, and a spare whose words hold a point's, or lie inside one, is
    no spare."""
    from briefgen.model import KeyPoint
    from briefgen.summary import default
    from briefgen.summary.keypoints.bottomline import BottomLine

    text = (
        "The board shut the pier. Once again, the ferry must use Selm. Boats moved on Monday. "
        "Once again, the ferry must use Selm. Shops fear a lean winter. Traders met the mayor."
    )
    an = analyse(text)

    def point(sentence: str, nth: int = 0) -> KeyPoint:
        at = -1
        for _ in range(nth + 1):
            at = text.index(sentence, at + 1)
        return KeyPoint(text=sentence, spans=[(at, at + len(sentence))])

    once, twice = point("Once again, the ferry must use Selm."), point("Once again, the ferry must use Selm.", 1)
    boats, shops, traders = (
        point("Boats moved on Monday."),
        point("Shops fear a lean winter."),
        point("Traders met the mayor."),
    )
    joined = KeyPoint(text=f"{twice.text} {shops.text}", spans=[*twice.spans, *shops.spans])
    monkeypatch.setattr(default, "select_key_points", lambda *args, **kwargs: [joined, traders])
    line = BottomLine("The board shut the pier.", ((0, 24),))
    out = default._with_spare(an, [], [once, boats, twice], line, 3)
    assert [p.text for p in out] == [once.text, boats.text, traders.text]


def test_a_point_inside_another_counts_whole_words_only() -> None:
    from briefgen.model import KeyPoint
    from briefgen.summary.default import _distinct

    won = KeyPoint(text="Ana won.", spans=[(0, 8)])
    other = KeyPoint(text="Diana won.", spans=[(9, 19)])
    joined = KeyPoint(text="Ana won. She left Selm.", spans=[(20, 28), (29, 44)])
    assert _distinct([won, other]) == [won, other]  # "Ana won." is no part of "Diana won."
    assert _distinct([won, joined]) == [joined]  # said again inside the joined point


def test_a_point_too_long_to_join_its_host_goes_rather_than_dangle_after_it() -> None:
    """ "It later reverted ..." leans on a sentence that is already part of a long point: joined it
    would pass the length a point may have, and a bullet of its own dangles, so it goes (its place
    is a spare's); with a count asked for it stays, as before."""
    from briefgen.summary.keypoints.select import _joined_to_their_referents

    text = (
        "The ferry company of Selm opened a new route to the islands of Lusk and Tarvel on Monday, "
        "after the harbour board approved the timetable that fishermen had opposed for most of the winter. "
        "Renamed to look like a neutral harbour notice, its account posted a series of messages praising "
        "the route and the board during the long public meeting in the town hall on Tuesday night. "
        "It later reverted to its old name and restored the company logo. "
        "The islands have had no ferry since the old pier closed three years ago."
    )
    an = analyse(text)
    units = build_units(an)
    lede, renamed, reverted, islands = units[:4]
    first = KeyPoint(text=islands.text, spans=[(islands.start, islands.end)])
    host = KeyPoint(text=f"{lede.text} {renamed.text}", spans=[(lede.start, lede.end), (renamed.start, renamed.end)])
    point = KeyPoint(text=reverted.text, spans=[(reverted.start, reverted.end)])
    assert len(host.text.split()) + reverted.words > MAX_HOST_JOINED_WORDS
    before = {reverted.order: renamed}
    with recording() as fired:
        out = _joined_to_their_referents(an, [first, host, point], before, {reverted.order: reverted})
    assert out == [first, host] and fired["keypoints.leaning_dropped"] == 1
    kept = _joined_to_their_referents(an, [first, host, point], before, {reverted.order: reverted}, exact=True)
    assert point in kept
    # after the lede alone (the bottom line's sentence, which the brief shows above the points) it
    # joins however long the two are: the brief then shows the point whole, not dangling below the line
    lede_and_renamed = KeyPoint(text=host.text, spans=[(lede.start, renamed.end)])
    with recording() as fired:
        out = _joined_to_their_referents(an, [lede_and_renamed, point], before, {reverted.order: reverted})
    assert out == [KeyPoint(text=f"{host.text} {point.text}", spans=[(lede.start, renamed.end), *point.spans])]
    assert fired["keypoints.joined_to_long_lede"] == 1


def test_a_leaning_point_whose_sentence_before_is_no_point_goes_unless_too_few_would_stay() -> None:
    """ "Their return was delayed ..." after a sentence the brief does not show: no bullet gives
    "Their" its referent, so it goes (a spare takes its place); with a count asked for, or when
    fewer than three points would stay, it stays."""
    from briefgen.summary.keypoints.select import _joined_to_their_referents

    text = (
        "Two sailors held for a year by a militia were freed on Monday in a swap for four prisoners. "
        "The navy said the pair were in good health. "
        "The men flew home from the port on a military plane. "
        "Their return was delayed by fog for two days at the airport. "
        "The militia has held ships' crews for ransom since 2019. "
        "Talks on the other hostages resume next week in Selm."
    )
    an = analyse(text)
    units = build_units(an)
    lede, health, flew, delayed, ransom, talks = units[:6]
    points = [KeyPoint(text=u.text, spans=[(u.start, u.end)]) for u in (lede, health, delayed, ransom, talks)]
    point = points[2]
    before = {delayed.order: flew}
    with recording() as fired:
        out = _joined_to_their_referents(an, list(points), before, {delayed.order: delayed})
    assert point not in out and fired["keypoints.leaning_dropped_no_host"] == 1
    assert point in _joined_to_their_referents(an, list(points), before, {delayed.order: delayed}, exact=True)
    few = [points[0], point, points[3]]
    assert point in _joined_to_their_referents(an, few, before, {delayed.order: delayed})


def test_a_point_count_asked_for_gets_no_spare() -> None:
    from briefgen.model import Article
    from briefgen.summary import summarize_article

    brief = summarize_article(Article(title="Harbour board shuts north pier", text=_LONG_LEDE_STORY), max_key_points=4)
    assert len(brief.key_points) == 4


def test_the_points_a_longer_article_adds_name_who_speaks() -> None:
    from briefgen.model import KeyPoint
    from briefgen.summary.default import DEFAULT_KEY_POINTS, _extra_points_screened

    first = [
        KeyPoint(text=f"The council of Kelmsby voted {n} times on the pier.", spans=[])
        for n in range(DEFAULT_KEY_POINTS)
    ]
    unnamed = KeyPoint(text="Honestly, I believed the pier would never open again.", spans=[])
    quoted = KeyPoint(text="“I believed the pier would never open again,” said the mayor, Ana Lusk.", spans=[])
    plain = KeyPoint(text="The pier will reopen in May with a new railing.", spans=[])
    assert _extra_points_screened([*first, unnamed, quoted, plain]) == [*first, quoted, plain]
    # the first points are the brief's in any case: the screen is for the added ones only
    assert _extra_points_screened([unnamed, *first]) == [unnamed, *first]


def test_a_cut_bracket_after_a_score_keeps_the_whole_score() -> None:
    # the tokenizer splits "7-6" in three: its last part is no word left hanging at the cut
    from briefgen.summary.keypoints.asides import brackets
    from briefgen.summary.keypoints.cutting import Cutting

    text = "Ana Lusk and Mary Okafor beat Tom Ward and Ben Selby of Kelmsby 6-3, 7-6 (in the rain)."
    an = analyse(text)
    span = an.span(0, len(text))
    assert span is not None
    cutting = Cutting([t for t in span if not t.is_space])
    assert brackets(cutting)
    result = cutting.result(0, len(text))
    assert (
        result is not None and result[0] == "Ana Lusk and Mary Okafor beat Tom Ward and Ben Selby of Kelmsby 6-3, 7-6."
    )
    # a tie-break's points after the score are the score's own: they stay
    text = "Ana Lusk and Mary Okafor beat Tom Ward and Ben Selby of Kelmsby 6-3, 7-6 (4)."
    span = analyse(text).span(0, len(text))
    assert span is not None
    assert not brackets(Cutting([t for t in span if not t.is_space]))


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            # the chain of "He" goes back to the one person the sentence before it names, not to
            # the subject of a sentence further back
            "Tom Ward was hurt in the first half and left the field. The Rovers got a lift from Ben "
            "Selby after the break. He scored twice in ten minutes. He has now scored in five games in a row.",
            "Ben Selby",
        ),
        (
            # a sentence with "his" and "he" in it carries the chain to the one whose subject names him
            "Tom Ward was known for his songs about the sea. Sea Lanes, his first album, on which he "
            "worked with Ben Selby, sold a million copies. He also wrote a play about the harbour.",
            "Tom Ward",
        ),
    ],
)
def test_a_pronoun_chain_names_the_person_it_started_from(text: str, who: str) -> None:
    from briefgen.summary.keypoints.pronoun_names import person_for

    an = analyse(text)
    unit = build_units(an)[-1]
    with recording() as seen:
        found = person_for(an, unit, "he", known=True)
    assert found is not None and an.text[found[0] : found[1]] == who
    assert seen["keypoints.pronoun_chain"] >= 1


def test_no_piece_of_a_heading_line_split_at_a_number_is_a_point_or_the_bottom_line() -> None:
    # a related headline above the story: the split at "2027 American" leaves a tail without a full
    # stop, a heading's as much as the whole line
    text = (
        "Harbour festival dates\n\n"
        "Noor to Present 2027 American Radio Honors, Plus New Categories Revealed\n\n"
        "The festival will return next June, its organisers said on Monday."
    )
    analysis = analyse(text)
    units = build_units(analysis)
    assert len([u for u in units if "Radio Honors" in u.text or "Noor" in u.text]) == 2  # the line is split
    assert not any(u.eligible for u in units if "Revealed" in u.text)
    assert bottom_line(analysis, []).text == "The festival will return next June, its organisers said on Monday."


def test_a_sentence_inside_a_quotation_over_several_sentences_is_no_point_of_its_own() -> None:
    text = (
        "The Selm boatyard will close in March after 90 years, its owners said on Monday.\n\n"
        "The yard has built fishing boats for the harbour since 1931 and employs 40 people.\n\n"
        '"The yard has been our life for three generations. With no buyer and no orders, we believe closing '
        "is the only way left to pay the staff what they are owed. It breaks our hearts,” said Ana Ruiz, "
        "who runs the yard with her brother.\n\n"
        "The town council said it would help the workers find new jobs at the port.\n\n"
        "A buyer from Norway walked away from talks in the autumn."
    )
    an = analyse(text)
    points = [p.text for p in select_key_points(an, [], 5)]
    assert len(points) >= 3
    assert not any(p.startswith(("With no buyer", '"The yard has been')) for p in points)


def test_a_story_laid_out_in_a_tables_cell_is_prose_and_a_short_cell_is_no_point() -> None:
    story = (
        "The harbour board of Selm approved the dredging plan on Tuesday after a year of talks with the "
        "shipping lines. Dredging will cost four million pounds and start in May. Fishing crews have used a "
        "temporary jetty since the storm of 2015 damaged the old pier. The board said the channel would be "
        "deep enough for the larger ferries by the end of next year."
    )
    text = f"Selm harbour to be dredged\n\n| | Home | | {story} |\n\n| Lower river | 1.5 km | 18m pounds | Approved. |"
    an = analyse(text, "Selm harbour to be dredged")
    points = [p.text for p in select_key_points(an, [], 3)]
    assert len(points) == 3
    assert any("dredging plan" in p or "four million pounds" in p for p in points)
    assert not any("Lower river" in p or "Approved." == p for p in points)
    assert "|" not in bottom_line(an, []).text


@pytest.mark.parametrize(
    "text",
    [
        "By Lena Roe: Island towns must brace for more storms this winter, says Southern Island Weather "
        "Service (SIWS) Director Mara K. Velde as she told councils to stock sandbags and check their sea walls.",
        "By Lena Roe: Ferry fares will rise again in spring, warns Kelby Harbour Transport Board (KHTB) Chair "
        "Tomas Reyne as he asked riders to buy season passes early.",
    ],
)
def test_a_title_after_a_names_acronym_in_brackets_goes_on_the_sentence(text: str) -> None:
    # "(SIWS) Director" is no caption's end: the point would open mid-sentence on "Director ..."
    with recording() as fired:
        units = build_units(analyse(text))
    assert len(units) == 1 and text.endswith(units[0].text)  # one unit, the byline trimmed off
    assert fired["units.runon_acronym_brackets"]


def test_a_credit_in_brackets_still_ends_a_caption_run_into_the_text() -> None:
    text = "Crowds watched the boats (Photo: Lena Roe) The council met on Monday to discuss the budget for next year."
    assert len(build_units(analyse(text))) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Apparently, the blue model isn’t the only phone not reaching the battery life Kelmo promised – it's shown "
        "in a lab test that the red one also fades fast.",
        "Even so, the old pier is the only landing without the lighting Kelby promised – a report found that "
        "the steps are unsafe at night.",
    ],
)
def test_a_relative_clause_on_a_noun_whose_phrase_ends_before_the_capital_is_no_runon(text: str) -> None:
    # "the battery life Kelmo promised": the parser hangs "promised" on "phone", whose phrase
    # ends on "life"; a cut there started a point mid-sentence on "Kelmo promised – ..."
    with recording() as fired:
        units = build_units(analyse(text))
    assert [u.text for u in units] == [text]
    assert fired["units.runon_reduced_relative"]


@pytest.mark.parametrize(
    "text",
    [
        "Old captains like Ana Roe are shown briefly, without the usual reverence Kelby cinema tends to "
        "grant to its heroes.",
        "Sailors are only seen from afar, without the awe Selm cinema likes to give to the sea.",
    ],
)
def test_a_relative_clause_in_the_present_whose_infinitive_takes_the_noun_before_is_no_runon(text: str) -> None:
    # "the reverence [that] Kelby cinema tends to grant": a cut there left "Kelby cinema tends to
    # grant to its heroes." as a unit, a fragment, which a point joined as its referent
    with recording() as fired:
        units = build_units(analyse(text + " There is one exception near the end."))
    assert [u.text for u in units] == [text, "There is one exception near the end."]
    assert fired["units.runon_relative_infinitive"]


def test_a_caption_run_into_a_sentence_whose_infinitive_has_its_object_is_still_cut() -> None:
    units = build_units(
        analyse("Volunteers cleared the beach on Sunday morning The council wants to hire more wardens.")
    )
    assert [u.text for u in units] == [
        "Volunteers cleared the beach on Sunday morning",
        "The council wants to hire more wardens.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "KELMSBY — Ana Ruiz kept the home side's hopes alive, then Marta Lind and Jo Brandt won the last "
        "rubber to hand the club its first title.",
        "Pets are welcome on the island ferry, however Dogs must stay on a lead at all times.",
    ],
)
def test_a_capital_after_a_connective_starts_no_new_sentence(text: str) -> None:
    # "..., then Marta Lind and Jo Brandt won ...": a connective joins the clause after it to
    # the sentence; the cut there left a bottom line without its first clause
    with recording() as fired:
        units = build_units(analyse(text))
    assert len(units) == 1, [u.text for u in units]
    assert fired["units.runon_after_connective"]


@pytest.mark.parametrize(
    "text",
    [
        "Ana Roe is the artist in residence at the Selm Mill, whose new series For the Tide opens in May "
        "with a room of nets and lanterns.",
        "The council screened the film In Bright Water at the harbour hall on Friday night for its staff.",
    ],
)
def test_a_capital_after_the_noun_of_a_work_opens_its_title_not_a_sentence(text: str) -> None:
    with recording() as fired:
        units = build_units(analyse(text))
    assert len(units) == 1, [u.text for u in units]
    assert fired["units.runon_work_title"]


@pytest.mark.parametrize(
    "text",
    [
        "The storm that flooded the harbour struck on the same day Ana Ruiz opened her new cafe on the quay.",
        "It was not the first time Tom Lusk had raised his fears about the pier with the council.",
        "That was the third time Selm had won the cup in a decade.",
    ],
)
def test_a_clause_that_tells_the_first_time_or_the_same_day_starts_no_new_sentence(text: str) -> None:
    # "the same day Ana Ruiz opened ...": no "when" or "that" before the clause; the cut there made
    # a bottom line of the clause alone
    with recording() as fired:
        units = build_units(analyse(text))
    assert [u.text for u in units] == [text]
    assert fired["units.runon_time_clause"]


@pytest.mark.parametrize(
    "text",
    [
        "A short note on the mill's blog shows the way Kelby Water prices its pipes for every farm in the valley.",
        "Nobody at the harbour board would say what the main reason Ana Ruiz left the club had been.",
        "Fishermen say the only way Selm can keep its ferry is a grant from the county.",
    ],
)
def test_a_clause_that_tells_the_way_or_the_reason_starts_no_new_sentence(text: str) -> None:
    # "the way Kelby Water prices ...": no "how" or "that" before the clause; the cut there made a
    # bottom line of the clause alone, a claim of its own
    with recording() as fired:
        units = build_units(analyse(text))
    assert [u.text for u in units] == [text]
    assert fired["units.runon_manner_clause"]


def test_a_new_sentence_after_the_way_still_starts_on_a_strong_opener() -> None:
    text = "Ana Ruiz and her crew led the way The ferry left the harbour at noon with sixty people aboard."
    units = build_units(analyse(text))
    assert [u.text for u in units][-1].startswith("The ferry left"), [u.text for u in units]


@pytest.mark.parametrize(
    "text",
    [
        "The party chair said on Sunday that she was glad Ana Ruiz seemed to be feeling stronger after the rally.",
        "Most voters in the town were sure Tom Lusk would win the seat in the spring election.",
    ],
)
def test_the_clause_an_adjective_takes_starts_no_new_sentence(text: str) -> None:
    with recording() as fired:
        units = build_units(analyse(text))
    assert [u.text for u in units] == [text]
    assert fired["units.runon_adjective_clause"]


def test_a_caption_run_into_the_text_after_a_time_is_still_cut() -> None:
    text = (
        "Fans waited outside the stadium until late on Tuesday night Selm fans sing on the terraces during the match."
    )
    assert len(build_units(analyse(text))) == 2


def test_a_role_before_the_name_it_describes_starts_no_new_sentence() -> None:
    # "..., national safety expert Manny Orteza told WKBL.": the name's capital after a noun read
    # as a caption's end; the point started on "Manny Orteza told WKBL." and lost the quote
    text = (
        "'If someone could sign up twice, anyone could,' he added. "
        "'This is a huge gap in safety,' national safety expert Manny Orteza told WKBL."
    )
    with recording() as fired:
        units = build_units(analyse(text))
    assert [u.text for u in units][
        -1
    ] == "'This is a huge gap in safety,' national safety expert Manny Orteza told WKBL."
    assert fired["units.runon_role_before_name"]


@pytest.mark.parametrize(
    "text",
    [
        "Expect to hear the band's old hits on the tour, including “Rollin’ It Down The Harbour,” “Selm Blues” and "
        "“Ferry Song.”",
        "The choir will sing its best-known songs, among them “Sailin’ It Home” and “Lusk By Night,” at the fair.",
    ],
)
def test_a_letter_left_out_is_no_end_of_a_quotation_and_no_sentence_boundary(text: str) -> None:
    # "“Rollin’ Down ...”": the mark of the left-out "g" before a capital read as a quotation's
    # end and a new sentence; the point stopped mid-title
    with recording() as fired:
        units = build_units(analyse(text))
    assert [u.text for u in units] == [text]
    assert fired["units.elision_no_quote_end"]


def test_a_quotation_in_single_marks_still_ends_before_the_next_sentence_run_into_it() -> None:
    text = "The mayor called the pier ‘a disgrace’ The council met on Monday to discuss the budget for next year."
    assert len(build_units(analyse(text))) == 2


def test_the_sentence_a_bottom_line_was_cut_from_says_more_when_the_cut_took_a_clause() -> None:
    text = (
        "Boat owners who moor without a permit can be fined £500 under new harbour rules in force today, "
        "which also ban jet skis inside the breakwater and close the slipway at night."
    )
    point = KeyPoint(text=text, spans=[(0, len(text))])
    cut = text.index(", which")
    # the cut took a clause of its own: the point is shown under the bottom line
    assert not repeats_bottom_line(point, text[:cut] + ".", [(0, cut), (len(text) - 1, len(text))])
    # a few words of an aside ("(the town's)"): the same sentence again, left out
    short = (
        "Boat owners who moor without a permit (the town's) can be fined £500 under new harbour rules in force today."
    )
    aside = short.index(" (the")
    line = short[:aside] + short[aside + len(" (the town's)") :]
    point = KeyPoint(text=short, spans=[(0, len(short))])
    assert repeats_bottom_line(point, line, [(0, aside), (aside + len(" (the town's)"), len(short))])


def test_a_spare_follows_the_shown_sentence_a_bottom_line_was_cut_from() -> None:
    """The lede the bottom line was cut from by a clause is shown (it says more), and a spare still
    comes after the points, so the brief keeps the number of other points the article calls for."""
    from briefgen.model import Article
    from briefgen.summary import summarize_article

    text = _LONG_LEDE_STORY.replace(
        "after engineers who inspected it in the spring found that its timber piles had rotted well below the waterline",
        "a decision that also bans jet skis inside the breakwater and closes the slipway to trailers at night",
    )
    brief = summarize_article(Article(title="Harbour board shuts north pier", text=text))
    first = brief.key_points[0]
    assert len(first.spans) == 1 and all(
        first.spans[0][0] <= a and b <= first.spans[0][1] for a, b in brief.bottom_line_spans
    )
    assert not repeats_bottom_line(first, brief.bottom_line, brief.bottom_line_spans)
    assert len(brief.key_points) == 6  # the lede, then the five points a short article calls for


def test_a_point_that_is_the_bottom_line_with_a_name_put_in_repeats_it() -> None:
    # the bottom line is told of "The mayor", the point of "Ruiz" (a name borrowed from the text)
    text = (
        "Ana Ruiz chairs the harbour board.\n\nThe mayor's plan for the pier is stalling the harbour deal, experts say."
    )
    line_start = text.index("The mayor")
    spans = [(line_start, len(text))]
    line = text[line_start:]
    named = KeyPoint(
        text="Ruiz's plan for the pier is stalling the harbour deal, experts say.",
        spans=[(4, 8), (line_start + len("The mayor"), len(text))],
    )
    assert repeats_bottom_line(named, line, spans)
    # a point that joins the bottom line's sentence to another one says more
    joined = KeyPoint(
        text=line + " Work on the pier stopped in May after the second storm.", spans=[(line_start, len(text)), (0, 30)]
    )
    assert not repeats_bottom_line(joined, line, spans)
    other = KeyPoint(text="Ana Ruiz chairs the harbour board.", spans=[(0, 34)])
    assert not repeats_bottom_line(other, line, spans)


@pytest.mark.parametrize(
    ("sentence", "thin"),
    [
        ("How true that was.", True),
        ("There is much to take in here.", True),
        ("Police are investigating.", True),
        ("The ferry to Lusk sank on Monday.", False),
        ("Ana Ruiz won 3-1.", False),
    ],
)
def test_a_sentence_of_fewer_than_three_content_words_is_no_point(sentence: str, thin: bool) -> None:
    from briefgen.summary.keypoints.ranking import rank_units

    text = (
        "The harbour board of Selm met on Monday to discuss the ferry to Lusk.\n\n"
        "The old ferry sank in a storm in May.\n\nFares to the islands have doubled since then.\n\n" + sentence
    )
    units = rank_units(analyse(text))
    last = next(u for u in units if u.text == sentence)
    assert last.thin == thin and last.eligible != thin
    assert units[0].eligible
    # a text of such sentences only keeps them: a brief of something
    alone = rank_units(analyse(sentence))
    assert not alone[0].thin


def test_a_leaning_point_goes_after_the_point_the_article_tells_before_it() -> None:
    # "Their" reads back to the two named in the point before it in the text: listed first, it
    # dangles under the bottom line; the lede alone (shown as the bottom line) is no such point
    from briefgen.summary.keypoints.select import _after_the_point_before
    from briefgen.summary.types import Sentence, Unit

    text = (
        "Two sailors were freed on Monday. Erik Holm and Piotr Nowak were handed to the navy. "
        "The men flew home. Their return was delayed by fog."
    )
    spans = [(0, 33), (34, 85), (86, 104), (105, len(text))]
    lede, named, _, leaning = (KeyPoint(text=text[a:b], spans=[(a, b)]) for a, b in spans)
    a, b = spans[3]
    unit = Unit(a, b, text[a:b], Sentence(a, b, text[a:b], 2, 3), order=3)
    points = [lede, leaning, named]
    _after_the_point_before(points, leaning, unit)
    assert points == [lede, named, leaning]
    alone = [lede, leaning]
    _after_the_point_before(alone, leaning, unit)
    assert alone == [lede, leaning]


def test_a_the_that_opens_a_name_after_a_verb_starts_no_new_sentence() -> None:
    # "... told The Harbour Times that ...": the name's "The", not a caption's end
    text = "The campaign's spokesman, Ben Lusk, told The Harbour Times that the ferry plan would cover islanders."
    with recording() as fired:
        units = build_units(analyse(text))
    assert [u.text for u in units] == [text]
    assert fired["units.runon_the_of_a_name"]


def test_a_caption_that_ends_before_a_papers_sentence_is_still_cut() -> None:
    # the name is the next sentence's subject: a new sentence
    text = "Crowds gathered at the harbour to greet the ferry The Harbour Times reported that 400 people came."
    assert len(build_units(analyse(text))) == 2


def test_one_more_of_what_came_before_is_joined_to_it() -> None:
    # "Another survey ..." says one more than the sentence before told: joined after it
    an = analyse(
        "Norland Rail will close the Selm line in May, the company said on Monday.\n\n"
        "A survey by the passengers' union found that four in five riders had no other way to work. "
        "Another survey, by the valley's chamber of commerce, found that shops near the stations "
        "would lose a third of their trade."
    )
    units = build_units(an)
    with recording() as seen:
        point = standalone(an, units[2], units[1], {0})
    assert point is not None
    assert point.text.startswith("A survey by the passengers' union") and "Another survey, by the valley" in point.text
    assert point.spans == [(units[1].start, units[1].end), (units[2].start, units[2].end)]
    assert seen["keypoints.more_back"]


def test_one_more_with_nothing_to_join_stays_as_it_is() -> None:
    # the sentence before is the brief's already: the point is not passed over, it stays whole
    an = analyse(
        "Norland Rail will close the Selm line in May, the company said on Monday.\n\n"
        "Other lines in the valley, including the coast branch, will keep their timetables until the autumn."
    )
    units = build_units(an)
    with recording() as seen:
        point = standalone(an, units[1], units[0], {0})
    assert point is not None and point.text == units[1].text
    assert seen["keypoints.more_back_alone"]


def test_a_sentence_before_that_leans_itself_is_not_joined() -> None:
    # "The talks, however, ..." reads against a sentence further back: joined, the point would lean
    # on it in turn; the point stays as it is
    an = analyse(
        "Norland Rail will close the Selm line in May, the company said on Monday.\n\n"
        "The talks with the unions, however, went on for another week without a deal being reached. "
        "Another meeting, called by the regional council for Friday, ended without a date for new talks."
    )
    units = build_units(an)
    point = standalone(an, units[2], units[1], {0})
    assert point is not None and point.text == units[2].text


def test_two_results_alike_only_in_their_scores_are_two_key_points() -> None:
    # invented: the match scores' numbers make the two results alike as bags of terms; their
    # words (who beat whom) are not, so the second is no duplicate of the first
    from briefgen.summary.keypoints.select import _worded

    text = (
        "Kelby won the harbour cup on Sunday, beating Selm in a final that lasted four hours.\n\n"
        "Ana Roe beat Ben Lusk 6-3, 6-4, 7-6 (6), 6-3 to give Kelby the lead.\n\n"
        "The home side had lost both of its group games before the knock-out rounds began.\n\n"
        "Orvane lost to Lusktown as Tom Ward edged Jo Park 6-3, 6-4, 7-6 (6), 6-3.\n\n"
        "Fans filled the stands of the old ground, which holds six thousand, for the final.\n\n"
        "Ticket prices rose by a fifth this year after the club paid for new floodlights.\n"
    )
    with recording() as fired:
        points = [p.text for p in select_key_points(analyse(text), [], 4)]
    assert fired["keypoints.alike_in_numbers_only"] >= 1
    assert any(p.startswith("Ana Roe beat") for p in points)
    assert any(p.startswith("Orvane lost to Lusktown") for p in points)
    assert _worded(Counter({"6": 3, "harbour": 1})) == Counter({"harbour": 1})


def test_a_point_on_a_definite_noun_after_a_long_lede_is_not_joined_to_it() -> None:
    """ "The new wall ..." reads as the bottom line's own below it (the brief would show it alone
    under the line all the same), so it is not joined to the long lede, where it could no longer
    take the sentence that leans on it in turn; "That is the view ..." is."""
    from briefgen.summary.keypoints.select import _joined_to_their_referents

    lede = (
        "It will be a hard winter for the small fishing crews of Kelmsby to keep their boats at sea without "
        "the old harbour wall, which the storms of last March broke in two places and the council has not rebuilt."
    )
    definite = (
        "The new wall the council promised in the spring would cost about four million euros, which the town "
        "cannot raise without help from the regional government and the fishing cooperative."
    )
    an = analyse(f"{lede} {definite}")
    units = {u.text: u for u in build_units(an)}
    host, leaning = units[lede], units[definite]
    points = [KeyPoint(text=u.text, spans=[(u.start, u.end)]) for u in (host, leaning)]
    with recording() as seen:
        out = _joined_to_their_referents(an, points, {leaning.order: host}, {leaning.order: leaning})
    assert [p.text for p in out] == [lede, definite]
    assert seen["keypoints.joined_to_long_lede"] == 0


def test_a_broadcast_scripts_reader_label_is_no_word_of_a_point() -> None:
    text = (
        "Anchor: Heavy rain closed the harbour at Selm on Monday, and ferries to Lusk were cancelled.\n\n"
        "The storm is expected to ease by Wednesday, forecasters said, though winds will stay strong.\n\n"
        "Host: Boats will be allowed back out once the coast guard has checked the harbour mouth."
    )
    an = analyse(text, "Storm shuts Selm harbour")
    points = select_key_points(an, [], 3)
    assert not any(p.text.startswith(("Anchor:", "Host:")) for p in points), [p.text for p in points]
    assert not bottom_line(an, points).text.startswith("Anchor:")


def test_a_point_opening_on_here_is_not_cut_to_a_verb() -> None:
    # "Here" leans on the text before, but it is no connective a point can go without: "Here are
    # the results." without it is no sentence; "Firstly," goes as "Finally," does
    from briefgen.summary.actors.extract import extract_actors

    text = (
        "Kelby voters chose a new harbour board on Thursday after a month of campaigning on ferry fares.\n\n"
        "Turnout was 61 percent, the highest in twenty years, the county clerk Ana Ruiz said on Friday.\n\n"
        "Here are the full results of the harbour board vote for each of the five seats.\n\n"
        "Tom Lusk won the first seat with 2,400 votes, ahead of the ferry captain Ben Roe.\n\n"
        "Firstly, the new harbour board will vote on the ferry fares at its meeting next week.\n\n"
        "The old board had raised the fares twice in two years, angering the island's ferry users.\n\n"
        "Lusk has promised to freeze the ferry fares until the harbour board's accounts are audited.\n\n"
        "The county will publish the full count of the harbour board vote on its website on Monday.\n\n"
        "Ruiz said the count had gone smoothly and no ballots had been challenged by the candidates."
    )
    an = analyse(text)
    points = [p.text for p in select_key_points(an, extract_actors(an, []), 5)]
    assert not any(p.startswith("Are ") for p in points), points
    assert not any(p.startswith("Firstly") for p in points), points


@pytest.mark.parametrize(
    "text",
    [
        "Reporters asked how many boats Kelby Ferries had lost in the storm and when the service would return.",
    ],
)
def test_a_wh_word_fronting_a_noun_keeps_the_clause_after_it_in_one_sentence(text: str) -> None:
    # "how many boats Kelby Ferries had lost": the noun is what the clause's verb takes; its subject
    # comes after it, no new sentence (the cut had made a point that began mid-sentence)
    with recording() as fired:
        units = build_units(analyse(text))
    assert [u.text for u in units] == [text]
    assert fired["units.runon_wh_clause"]


def test_a_caption_after_a_wh_question_still_ends_there() -> None:
    # a question's "what?" and its mark close the clause: the capital after them starts a sentence
    text = "Fans kept asking the same thing all week, Ninety percent of what? Turnout makes the difference in May."
    units = build_units(analyse(text))
    assert not any(u.text.startswith("what?") for u in units)
