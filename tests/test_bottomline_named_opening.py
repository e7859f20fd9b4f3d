"""The bottom line that opens on a description of someone the article named before takes the name
in its place, as a key point does (keypoints.bottomline._named_opening over
keypoints.described.name_for_description)."""

from __future__ import annotations

from briefgen.summary.keypoints.bottomline import _fitted, _named_opening
from briefgen.summary.keypoints.ranking import rank_units
from briefgen.summary.text.analysis import analyse
from briefgen.trace import recording

ANECDOTE = (
    "When President Ana Ruiz’s aides suggested a small fee on ferry tickets, Ms. Ruiz wasn’t satisfied. "
    "In a meeting, she said she asked for a fee three times larger.\n\n"
)
REST = "\n\nThe unions plan a strike on Friday, and the harbour board has warned of delays across the islands."


def _line(text: str, opening: str):  # noqa: ANN202 - a BottomLine
    analysis = analyse(text)
    unit = next(u for u in rank_units(analysis) if u.text.startswith(opening))
    with recording() as fired:
        line = _named_opening(analysis, unit, _fitted(analysis, unit.start, unit.end))
    return line, fired, analysis


def test_a_description_of_someone_named_before_gives_way_to_the_name() -> None:
    text = (
        ANECDOTE
        + "The president’s demands of the unions are complicating an end to the ferry dispute, experts say."
        + REST
    )
    line, fired, analysis = _line(text, "The president")
    assert fired.get("bottomline.name_for_description")
    assert line.text == "Ana Ruiz’s demands of the unions are complicating an end to the ferry dispute, experts say."
    # every word a piece of the article: the name where it is written, then the rest of the sentence
    assert [analysis.text[a:b] for a, b in line.spans][0] == "Ana Ruiz"


def test_a_description_nothing_named_before_stays() -> None:
    text = "The president’s demands of the unions are complicating an end to the ferry dispute, experts say." + REST
    line, fired, _ = _line(text, "The president")
    assert not fired.get("bottomline.name_for_description")
    assert line.text.startswith("The president’s demands")


def test_a_line_that_opens_on_a_surname_alone_takes_the_full_name() -> None:
    from briefgen.summary.keypoints.bottomline import _full_named_opening

    text = (
        "Harbour master Mary Okafor has spent the autumn asking whether the harbour is ready for winter.\n\n"
        "Okafor told the council on Monday that the sea wall at Kelby needs £2m of repairs before January.\n\n"
        "The council will vote on the money next week, and the unions back the plan."
    )
    analysis = analyse(text)
    start = text.index("Okafor told")
    with recording() as fired:
        line = _full_named_opening(analysis, _fitted(analysis, start, text.index("\n\nThe council")))
    assert (
        line.text
        == "Mary Okafor told the council on Monday that the sea wall at Kelby needs £2m of repairs before January."
    )
    assert fired.get("bottomline.full_name_for_surname")
    assert [analysis.text[a:b] for a, b in line.spans][0] == "Mary Okafor"
    # the headline above the line names her in full: the surname stays as written
    titled = analyse(text, "Mary Okafor asks for £2m to mend the Kelby sea wall")
    again = _full_named_opening(titled, _fitted(titled, start, text.index("\n\nThe council")))
    assert again.text.startswith("Okafor told"), again.text
