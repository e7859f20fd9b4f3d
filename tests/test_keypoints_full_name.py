"""A key point that opens on a person's surname alone has the name in full
(keypoints/full_name.py), on invented articles."""

from __future__ import annotations

from briefgen import summarize

_ARTICLE = (
    "Harbourton elects new mayor\n\n"
    "Voters in Harbourton have elected Mary Okafor as the town's first mayor born outside the country, "
    "according to results released on Wednesday.\n\n"
    "Okafor won 58 percent of the vote against two rivals after a campaign that focused on housing and "
    "the future of the pier.\n\n"
    "The outgoing mayor, Tom Ward, did not seek reelection and endorsed Okafor in the spring.\n\n"
    "Okafor has served on the town council since she first won a seat at the age of 23 in 2019.\n\n"
    "Turnout was 41 percent, the highest in a local election in the town for two decades.\n"
)


_UNNAMED_LEDE = (
    "Harbourton elects new mayor\n\n"
    "Harbourton has elected the first mayor in its history born outside the country, according to "
    "results released by the town hall on Wednesday.\n\n"
    "The winner, a nurse called Mary Okafor, moved to the town as a child.\n\n"
    "Okafor won 58 percent of the vote against two rivals after a campaign that focused on housing and "
    "the future of the pier.\n\n"
    "Turnout was 41 percent, the highest in a local election in the town for two decades.\n\n"
    "Okafor has served on the town council since she first won a seat at the age of 23 in 2019.\n"
)


def test_an_opening_surname_gets_the_full_name_with_its_own_span() -> None:
    brief = summarize(_UNNAMED_LEDE)
    points = [p for p in brief.key_points if "Okafor" in p.text]
    first = points[0]
    assert first.text.startswith("Mary Okafor "), first.text
    (a, b), (c, d) = first.spans
    assert brief.text[a:b] == "Mary Okafor"
    assert first.text == brief.text[a:b] + brief.text[c:d]


def test_a_surname_after_a_point_that_names_the_person_stays_as_written() -> None:
    brief = summarize(_ARTICLE)
    assert "Mary Okafor" in brief.key_points[0].text
    point = next(p for p in brief.key_points if "58 percent" in p.text)
    assert point.text.startswith("Okafor won 58 percent of the vote")


def test_a_surname_shared_by_two_named_people_stays_as_written() -> None:
    text = (
        "Siblings share the prize\n\n"
        "Ann Wilson and her brother Tom Wilson won the Harbourton sailing prize on Saturday after a race of "
        "six hours.\n\n"
        "Wilson said the wind had dropped twice and the crew had nearly given up at the lighthouse.\n\n"
        "The prize has been awarded every year since 1921 by the town's yacht club.\n\n"
        "Their boat was built in Selm by their grandfather in 1960 and restored last winter.\n"
    )
    brief = summarize(text)
    assert not any(p.text.startswith(("Ann Wilson said", "Tom Wilson said")) for p in brief.key_points)


def test_a_name_written_once_for_two_people_is_not_doubled() -> None:
    text = (
        "Band returns to Harbourton\n\n"
        "The folk band Tidewater will play Harbourton's pier theatre in May for the first time since 1998.\n\n"
        "Ann and Nora Wilson, the sisters who founded the band, said tickets would go on sale on Friday.\n\n"
        "Ann Wilson said the band had always wanted to return to the town where it first played.\n\n"
        "Tickets cost twenty pounds and all money raised will go to the theatre's repair fund.\n"
    )
    brief = summarize(text)
    assert not any("Ann Wilson and Nora" in p.text for p in brief.key_points)


def test_a_surname_before_another_persons_name_gets_the_full_name() -> None:
    from briefgen.summary.keypoints.full_name import full_name_for_surname
    from briefgen.summary.text.analysis import analyse

    text = (
        "Ana Lusk and Marta Roe won the Harbourton doubles title for the third time on Sunday.\n\n"
        "Lusk and Roe beat the Selm pair 6-4, 3-6, 7-5 in front of a crowd of two thousand people."
    )
    an = analyse(text)
    start = text.index("Lusk and Roe")
    point = full_name_for_surname(an, start, len(text))
    assert point is not None and point.text.startswith("Ana Lusk and Roe beat the Selm pair")


_INNER = (
    "Court finds retailer liable for battery fire\n\n"
    "A state appeals court on Thursday found that Kelbrick can be held liable for injuries from faulty goods "
    "sold by other sellers on its site.\n\n"
    "The court noted that the battery had been stored in a Kelbrick warehouse and shipped to Okafor in "
    "Kelbrick packaging.\n\n"
    "Mary Okafor, the plaintiff, had ordered a phone charger there which later burst into flames.\n\n"
    "Legal experts said they were surprised by the ruling, which overturned an earlier decision.\n"
)


def test_a_surname_inside_a_point_before_the_person_is_named_gets_the_full_name() -> None:
    brief = summarize(_INNER)
    point = next(p for p in brief.key_points if "warehouse" in p.text)
    assert "shipped to Mary Okafor in Kelbrick packaging" in point.text, point.text
    assert [brief.text[a:b] for a, b in point.spans][1] == "Mary Okafor"
    assert "".join(brief.text[a:b] for a, b in point.spans) == point.text


def test_a_surname_inside_a_point_after_one_that_names_the_person_stays() -> None:
    # the lede, above every point, names her
    text = _INNER.replace("found that Kelbrick", "found in a case brought by Mary Okafor that Kelbrick")
    brief = summarize(text)
    point = next(p for p in brief.key_points if "warehouse" in p.text)
    assert "shipped to Okafor in" in point.text and "Mary Okafor in" not in point.text


def test_a_form_of_address_gives_way_to_the_full_name_and_a_quote_stays_verbatim() -> None:
    text = (
        _INNER.replace("shipped to Okafor in", "shipped to Ms. Okafor in")
        + "\n“It was shipped to Okafor by them,” her lawyer said of the battery at the hearing.\n"
    )
    brief = summarize(text)
    point = next(p for p in brief.key_points if "warehouse" in p.text)
    assert "shipped to Mary Okafor in" in point.text and "Ms." not in point.text
    assert all("“It was shipped to Mary Okafor" not in p.text for p in brief.key_points)
