"""Key points leave out asides in round brackets, as the bottom line does (invented text)."""

from __future__ import annotations

from briefgen.summary.actors.extract import extract_actors
from briefgen.summary.keypoints.select import select_key_points
from briefgen.summary.text.analysis import analyse
from briefgen.trace import recording

TEXT = (
    "The Kelmsby flour mill (pictured) closed on Monday after 140 years, putting 80 people out of work. "
    "The Tarvel Group, which owns the mill, said it had lost money for a decade as wheat prices rose (by 40% since 2020). "
    "The council will buy the building for £2m and turn it into flats, its leader Ana Ruiz said. "
    "Workers will get a year's pay, the union said on Tuesday."
)


def _points(text: str):  # noqa: ANN202 - key points and the rules that fired
    an = analyse(text)
    with recording() as fired:
        points = select_key_points(an, extract_actors(an, []), 3)
    return an, points, fired


def test_asides_in_round_brackets_leave_the_key_points_with_their_spans() -> None:
    an, points, fired = _points(TEXT)
    assert fired["keypoints.brackets_cut"] > 0
    assert not any("(" in p.text for p in points), [p.text for p in points]
    mill = next(p for p in points if p.text.startswith("The Kelmsby flour mill"))
    assert mill.text.startswith("The Kelmsby flour mill closed on Monday")
    # every piece is the article's own text, in order
    assert [an.text[s:e] for s, e in mill.spans] == [
        "The Kelmsby flour mill",
        "closed on Monday after 140 years, putting 80 people out of work.",
    ]


def test_an_editors_square_brackets_stay() -> None:
    text = TEXT.replace("(pictured)", "[now shut]")
    _, points, _ = _points(text)
    assert any("[now shut]" in p.text for p in points), [p.text for p in points]


def test_an_acronym_spelled_in_brackets_stays() -> None:
    text = TEXT.replace(
        "The Tarvel Group, which owns the mill,", "The Tarvel Milling Group (TMG), which owns the mill,"
    )
    _, points, _ = _points(text)
    assert any("(TMG)" in p.text for p in points), [p.text for p in points]


def test_a_tie_breaks_points_in_brackets_stay_with_the_score() -> None:
    text = (
        "Ana Ruiz (pictured) beat Tom Lusk 6-3, 7-6 (5) to reach the final in Kelmsby on Sunday. "
        "Ruiz will face Ines Valdo, who won 6-7 (4), 6-4, 7-5 in the other semi-final. "
        "The final starts at noon."
    )
    _, points, fired = _points(text)
    assert fired["keypoints.brackets_cut"] > 0  # "(pictured)" goes
    texts = " ".join(p.text for p in points)
    assert "(pictured)" not in texts
    assert "7-6 (5)" in texts and "6-7 (4)" in texts, texts


def test_a_point_with_a_name_put_in_leaves_out_its_brackets_too() -> None:
    from briefgen.model import KeyPoint
    from briefgen.summary.keypoints.select import _without_brackets

    text = (
        "Kelbrick will close its plant in Selm next year. "
        "The firm will pay six months' wages (about 9,000 euros) to every worker who leaves."
    )
    an = analyse(text)
    start = text.index(" will pay")
    name = (0, len("Kelbrick"))
    point = KeyPoint(
        text="Kelbrick will pay six months' wages (about 9,000 euros) to every worker who leaves.",
        spans=[name, (start + 1, len(text))],
    )
    cut = _without_brackets(an, point)
    assert cut.text == "Kelbrick will pay six months' wages to every worker who leaves."
    assert " ".join(text[a:b] for a, b in cut.spans).replace(" .", ".") == cut.text
    # two sentences joined keep theirs, as before
    second = text.index("The firm")
    joined = KeyPoint(text=text, spans=[(0, second - 1), (second, len(text))])
    assert _without_brackets(an, joined) == joined


def test_a_bracket_that_says_how_an_office_is_held_stays() -> None:
    text = TEXT.replace(
        "its leader Ana Ruiz said", "Harbour Director (Acting) of the Tarvel Group, Ana Ruiz, said"
    ).replace("(by 40% since 2020)", "(interim)")
    _, points, _ = _points(text)
    council = next(p for p in points if "The council will buy" in p.text)
    assert "Harbour Director (Acting) of the Tarvel Group" in council.text
    tarvel = next(p for p in points if p.text.startswith("The Tarvel Group"))
    assert "(" not in tarvel.text  # the word after no title is an aside like any other


def test_a_bracket_that_says_a_name_is_not_the_persons_own_stays() -> None:
    text = (
        "Rosa (not her real name), who cleans the Kelmsby mill at night, lost her job on Monday when it closed. "
        "The Tarvel Group, which owns the mill (pictured), said it had lost money for a decade. "
        "Workers will get a year's pay, the union said on Tuesday."
    )
    _, points, fired = _points(text)
    porter = next(p for p in points if p.text.startswith("Rosa"))
    assert porter.text.startswith("Rosa (not her real name), who cleans the Kelmsby mill"), porter.text
    assert fired["keypoints.name_caveat"] > 0
    tarvel = next(p for p in points if p.text.startswith("The Tarvel Group"))
    assert "(pictured)" not in tarvel.text  # any other aside still goes
    # a pseudonym said in one word, or names changed for a group, stay too
    for caveat in ("(a pseudonym)", "(names have been changed)"):
        _, points, _ = _points(text.replace("(not her real name)", caveat))
        assert any(caveat in p.text for p in points), [p.text for p in points]


def test_an_also_between_the_subject_and_its_verb_goes_from_a_point_read_alone() -> None:
    from briefgen.summary.keypoints.connectives import without_additive
    from briefgen.model import KeyPoint

    text = (
        "The Kelmsby flour mill closed on Monday after 140 years. "
        "Ana Ruiz, the mill's owner, also said the building would be sold to the council for flats. "
        "The union has also asked for a year's pay for every worker. "
        "Not only the mill but also the bakery next to it will shut. "
        "“We also lost our pensions,” one worker said."
    )
    an = analyse(text)

    def point(opening: str) -> KeyPoint:
        start = text.index(opening)
        end = text.index(". ", start) + 1 if ". " in text[start:] else len(text)
        return KeyPoint(text=text[start:end], spans=[(start, end)])

    with recording() as fired:
        owner = without_additive(an, point("Ana Ruiz"))
    assert owner.text == "Ana Ruiz, the mill's owner, said the building would be sold to the council for flats."
    assert " ".join(text[a:b] for a, b in owner.spans).replace(" ,", ",") == owner.text
    assert fired["keypoints.additive_dropped"] == 1
    union = without_additive(an, point("The union"))
    assert union.text == "The union has asked for a year's pay for every worker."
    # the half of a pair, and a speaker's own words, stay as written
    pair = point("Not only")
    assert without_additive(an, pair) == pair
    start = text.index("“We")
    quote = KeyPoint(text=text[start:], spans=[(start, len(text))])
    assert without_additive(an, quote) == quote
    # a point of two sentences has the sentence the "also" adds to
    two = KeyPoint(
        text=text[: text.index(" The union")],
        spans=[(0, text.index(" Ana")), (text.index("Ana"), text.index(" The union"))],
    )
    assert without_additive(an, two) == two


def test_a_brief_shows_the_point_without_its_also() -> None:
    text = TEXT.replace("Workers will get", "Workers will also get")
    _, points, fired = _points(text)
    workers = next(p for p in points if p.text.startswith("Workers"))
    assert workers.text == "Workers will get a year's pay, the union said on Tuesday.", workers.text
    assert fired["keypoints.additive_dropped"] > 0


def test_an_also_after_a_name_put_in_for_a_pronoun_goes_too() -> None:
    from briefgen.model import KeyPoint
    from briefgen.summary.keypoints.connectives import without_additive

    text = (
        "Harbour director Ana Ruiz said the pier would reopen in May. "
        "She also said the ferry fares would stay at two euros for the summer."
    )
    an = analyse(text)
    name = (text.index("Ana Ruiz"), text.index("Ana Ruiz") + len("Ana Ruiz"))
    rest = (text.index("also said"), len(text))
    point = KeyPoint(
        text="Ana Ruiz also said the ferry fares would stay at two euros for the summer.", spans=[name, rest]
    )
    cut = without_additive(an, point)
    assert cut.text == "Ana Ruiz said the ferry fares would stay at two euros for the summer."
    assert cut.spans == [name, (text.index("said the ferry"), len(text))]
