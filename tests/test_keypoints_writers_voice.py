"""Key points of a text its writer tells in the first person leave out the writer's "I": read
alone in a brief, such a point says nothing of whose view it is (invented texts)."""

from __future__ import annotations

from briefgen import summarize, trace
from briefgen.summary.keypoints.voice import writer_speaks

REVIEW = (
    "Harbour Drift is a sailing game from the Kelby studio Greyfin, out on Friday for 30 euros. "
    "I played it for twenty hours on a borrowed laptop. "
    "Harbour Drift sends a lone skipper along a coast of forty islands, each with its own weather. "
    "Over time, I found that the tiller reacts too slowly to a sudden gust. "
    "Storms arrive with a warning bell and a darkening sky, and they can sink a boat in seconds. "
    "My favourite moment came at dawn off a lighthouse. "
    "Trade between the islands is the heart of the game, with salt, timber and wool to carry. "
    "Prices move with the seasons, and a full hold of wool in spring can pay for a new sail. "
    "Greyfin says a free update in March will add a second coast. "
    "The studio was founded in 2019 by two former ferry pilots. "
    "I would still pick it up again next winter."
)


def test_a_review_in_the_first_person_has_key_points_without_the_writers_i() -> None:
    with trace.recording() as rec:
        brief = summarize(REVIEW, title="Harbour Drift review: a slow tiller on a bright sea")
    points = [p.text for p in brief.key_points]
    assert len(points) >= 3
    assert not any(writer_speaks(p) for p in points), points
    assert rec.get("keypoints.writers_voice_passed_over")


def test_a_news_story_keeps_a_stray_i_whose_quotation_marks_the_page_lost() -> None:
    story = (
        "The Kelby ferry board raised fares by 5% on Monday after the harbour council cut its grant. "
        "The board's chair, Ana Roe, said the rise was the first in six years. "
        "I know it hurts islanders, but we had no choice, she told a meeting on the quay. "
        "Season tickets will cost 210 euros from May. "
        "The council said it would review the grant in the autumn. "
        "Islanders have started a petition against the rise, which had 800 names by Tuesday."
    )
    with trace.recording() as rec:
        summarize(story, title="Kelby ferry fares rise by 5%")
    assert not rec.get("keypoints.writers_voice_passed_over")


def test_the_writers_words_are_told_from_a_speakers_and_a_names() -> None:
    assert writer_speaks("Over time, I found that the tiller reacts too slowly.")
    assert writer_speaks("He played far above my expectations.")
    assert not writer_speaks("“I found the tiller slow,” the skipper said.")  # a speaker's, in quotation marks
    assert not writer_speaks("Today we are launching a second coast.")  # a company's voice: its news
    assert not writer_speaks("She wrote a memoir, My Years at Sea, in 2010.")  # a name's word
    assert not writer_speaks("World War I ended in 1918.")


def test_a_page_pointing_at_its_own_next_part_is_no_key_point() -> None:
    from briefgen.summary.keypoints.voice import page_signpost

    assert page_signpost("Below, we look at the snap counts of Sunday's game against Selm.")
    assert page_signpost("In this guide, I’ll show how to reset a harbour buoy.")
    assert page_signpost("In the following sections, we compare the three ferries.")
    assert not page_signpost("Below the bridge, we found three boats.")  # a place, no signpost verb
    assert not page_signpost("Here we go again, said the mayor.")
    story = (
        "Kelby beat Selm 3-1 on Sunday to go top of the Harbour League. "
        "Below, we look at the minutes and marks of every Kelby player in the game. "
        "Ana Roe scored twice in the first half, both from corners. "
        "Selm had a man sent off after an hour for a second yellow card. "
        "Kelby's keeper saved a penalty in the last minute to keep the lead. "
        "The win was Kelby's fifth in a row, and the club's best run since 2009."
    )
    with trace.recording() as rec:
        brief = summarize(story, title="Kelby 3-1 Selm: the marks")
    assert not any("Below, we" in p.text for p in brief.key_points)
    assert rec.get("keypoints.page_signpost")


def test_a_sentence_that_points_at_a_part_of_its_page_is_no_key_point() -> None:
    from briefgen.summary.keypoints.voice import points_at_the_page

    assert points_at_the_page("The full timetable of the new ferry can be read in the link below.")
    assert points_at_the_page("The chart above shows how the fares rose after 2019.")
    assert points_at_the_page("Using the below form, islanders can ask for a refund.")
    assert points_at_the_page("The fares are described above for each of the three crossings.")
    assert not points_at_the_page("She lives in the flat above the harbour office.")  # a place
    assert not points_at_the_page("The ferry, pictured above, was built in Selm in 1998.")  # an aside
    assert not points_at_the_page("“See the chart below,” the harbour master said.")  # her words
    assert not points_at_the_page("The following day, the ferry sailed again.")  # a time
    story = (
        "Kelby's ferry fares will rise by 5% in May, the harbour board said on Monday. "
        "The chart above shows how the fares rose in each of the last ten years. "
        "The board said fuel now costs twice what it did in 2019. "
        "Islanders have started a petition against the rise, which had 800 names by Tuesday. "
        "The board will meet the petition's organisers next week, its chair Ana Roe said. "
        "A return ticket to Selm will cost 12 euros from the first of May."
    )
    with trace.recording() as rec:
        brief = summarize(story, title="Kelby ferry fares rise by 5%")
    assert not any("chart above" in p.text for p in brief.key_points), [p.text for p in brief.key_points]
    assert rec.get("keypoints.points_at_the_page")


def test_a_spare_point_whose_sentence_leans_on_the_one_before_is_no_spare() -> None:
    from briefgen.model import KeyPoint
    from briefgen.summary.default import _leans_alone
    from briefgen.summary.text.analysis import analyse

    text = (
        "Selm tried to win a penalty on every long ball in the second half. "
        "Ana Roe was booked once for it, but she was close to a second card twice. "
        "Kelby's keeper Ben Lusk saved a shot in the last minute to keep the lead."
    )
    analysis = analyse(text)

    def point(sentence: str) -> KeyPoint:
        start = text.index(sentence)
        return KeyPoint(text=sentence, spans=[(start, start + len(sentence))])

    assert _leans_alone(analysis, point("Ana Roe was booked once for it, but she was close to a second card twice."))
    assert not _leans_alone(
        analysis, point("Kelby's keeper Ben Lusk saved a shot in the last minute to keep the lead.")
    )
