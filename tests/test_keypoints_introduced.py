"""Key points in the order a reader needs: "a van" before "the van" (keypoints.introduced)."""

from __future__ import annotations

from briefgen.model import KeyPoint
from briefgen.summary.keypoints.introduced import introduced_first
from briefgen.summary.text.analysis import analyse
from briefgen.trace import recording

TEXT = (
    "Harbour police in Selm are looking for a man who rammed a ferry gate on Sunday. "
    "A grey van was seen near the harbour at dawn. "
    "The guard stopped the van at noon and found stolen nets inside. "
    "Last year the harbour lost two boats to thieves. "
    "On that day, Ana Roe had been in a mine for the first time. "
    "She now runs the Selm mine for its new owners. "
    "“Picture a boat with forty nets on board. "
    "The boat sank in an hour,” said the skipper."
)


def _point(sentence: str, text: str = TEXT) -> KeyPoint:
    """``sentence`` of ``text`` as a key point of one span."""
    start = text.index(sentence)
    return KeyPoint(text=sentence, spans=[(start, start + len(sentence))])


LEDE = _point("Harbour police in Selm are looking for a man who rammed a ferry gate on Sunday.")
GREY = _point("A grey van was seen near the harbour at dawn.")
VAN = _point("The guard stopped the van at noon and found stolen nets inside.")
YEAR = _point("Last year the harbour lost two boats to thieves.")
DAY = _point("On that day, Ana Roe had been in a mine for the first time.")
MINE = _point("She now runs the Selm mine for its new owners.")
PICTURE = _point("“Picture a boat with forty nets on board.")
SANK = _point("The boat sank in an hour,” said the skipper.")


def test_the_point_that_introduces_a_thing_goes_before_the_one_that_points_back_at_it() -> None:
    with recording() as fired:
        ordered = introduced_first(analyse(TEXT), [LEDE, VAN, YEAR, GREY])
    assert ordered == [LEDE, GREY, VAN, YEAR]
    assert fired["keypoints.introduced_first"] == 1


def test_points_in_order_about_other_things_or_first_stay_as_they_are() -> None:
    an = analyse(TEXT)
    with recording() as fired:
        assert introduced_first(an, [LEDE, GREY, VAN, YEAR]) == [LEDE, GREY, VAN, YEAR]  # already in order
        assert introduced_first(an, [VAN, YEAR, GREY]) == [VAN, YEAR, GREY]  # the first point stays first
        # "the Selm mine" is a mine of its own, and "On that day, ..." would dangle moved up
        assert introduced_first(an, [LEDE, MINE, DAY]) == [LEDE, MINE, DAY]
        # a speaker's words, a quotation's first paragraph that does not close: no introduction
        assert introduced_first(an, [LEDE, SANK, PICTURE]) == [LEDE, SANK, PICTURE]
    assert fired["keypoints.introduced_first"] == 0


PEOPLE_TEXT = (
    "A fire shut the Selm boatyard on Monday. "
    "The harbour master's son, Ben Lusk, runs the yard now and will rebuild it. "
    "Ben Lusk said he was away when the fire started. "
    "Ana Roe said the alarm had failed."
)


def test_the_point_that_says_who_a_person_is_goes_before_the_one_that_only_names_them() -> None:
    fire = _point("A fire shut the Selm boatyard on Monday.", PEOPLE_TEXT)
    runs = _point("The harbour master's son, Ben Lusk, runs the yard now and will rebuild it.", PEOPLE_TEXT)
    away = _point("Ben Lusk said he was away when the fire started.", PEOPLE_TEXT)
    alarm = _point("Ana Roe said the alarm had failed.", PEOPLE_TEXT)
    an = analyse(PEOPLE_TEXT)
    people = [("Ben Lusk", "Lusk"), ("Ana Roe", "Roe")]
    with recording() as fired:
        assert introduced_first(an, [fire, away, alarm, runs], people) == [fire, runs, away, alarm]
        # nobody is said to be anyone: the order stays
        assert introduced_first(an, [fire, alarm, away], people) == [fire, alarm, away]
    assert fired["keypoints.introduced_first"] == 1
