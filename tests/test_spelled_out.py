"""A key point that uses an abbreviation the article spells out elsewhere has it spelled out where
the brief first uses it, in the article's own words (invented articles)."""

from __future__ import annotations

from briefgen.model import KeyPoint
from briefgen.summary.keypoints import select_key_points
from briefgen.summary.keypoints.spelled_out import spell_out_abbreviations, spelled_out_forms
from briefgen.summary.text.analysis import analyse
from briefgen.trace import recording


def test_the_forms_an_article_spells_out() -> None:
    text = (
        "Skin holds natural moisturising factor (NMF), the Harbour Safety Commission (HSC) said, and the "
        "Department of Energy (DOE) agreed.\n\nThe new Act (ACT) passed. The ‘Ferry Rule’ (FR) stays."
    )
    forms = {letters: text[a:b] for letters, (a, b) in spelled_out_forms(text).items()}
    assert forms == {
        "NMF": "natural moisturising factor (NMF)",
        "HSC": "Harbour Safety Commission (HSC)",
        "DOE": "Department of Energy (DOE)",
    }
    # a spelled-out form never runs over a line's end
    assert spelled_out_forms("the Kelmsby Port\n\nAuthority (KPA) said") == {}


ARTICLE = (
    "The Harbour Safety Commission (HSC) opened an inquiry into the ferry fire on Monday, a week after "
    "forty passengers were hurt off Kelmsby.\n\n"
    "Ana Roe, who runs the ferry line, said the crew had followed every drill and that the boat was safe.\n\n"
    "HSC fined the operator 2 million euros last year for faults in its lifeboats and its fire doors.\n\n"
    "The ferry line said it would appeal against the fine and keep its boats at sea over the winter."
)


def _point(text: str, start: int, end: int) -> KeyPoint:
    return KeyPoint(text=text[start:end], spans=[(start, end)])


def _sentence(text: str, opening: str) -> tuple[int, int]:
    start = text.index(opening)
    return start, text.index("\n\n", start)


def test_a_point_that_uses_the_letters_has_them_spelled_out() -> None:
    an = analyse(ARTICLE)
    start, end = _sentence(ARTICLE, "HSC fined")
    with recording() as fired:
        (point,) = spell_out_abbreviations(an, [_point(ARTICLE, start, end)])
    assert fired["keypoints.abbreviation_spelled_out"]
    assert point.text == "Harbour Safety Commission (HSC) fined the operator 2 million euros last year" + (
        " for faults in its lifeboats and its fire doors."
    )
    assert point.spans == [(4, 35), (start + 3, end)]  # the spelled-out form is the article's own
    assert "".join(ARTICLE[a:b] for a, b in point.spans) == point.text


def test_after_a_point_that_spells_them_out_the_letters_stay() -> None:
    an = analyse(ARTICLE)
    lede = _point(ARTICLE, 0, ARTICLE.index("\n\n"))
    fine = _point(ARTICLE, *_sentence(ARTICLE, "HSC fined"))
    assert spell_out_abbreviations(an, [lede, fine]) == [lede, fine]
    # and only the first point that uses them spells them out
    again = _point(ARTICLE, *_sentence(ARTICLE, "HSC fined"))
    first, second = spell_out_abbreviations(an, [fine, again])
    assert first.text.startswith("Harbour Safety Commission (HSC) fined") and second == again


def test_the_brief_spells_out_the_letters_in_its_points() -> None:
    article = (
        "Kelmsby's ferry line must pay 2 million euros after HSC found faults in its lifeboats and fire "
        "doors, the line said on Monday.\n\n"
        "Ana Roe, who runs the line, said the crew had followed every drill and that the boats were safe.\n\n"
        "The Harbour Safety Commission (HSC) was set up in 1990 to inspect the boats that serve the islands.\n\n"
        "The line said it would appeal against the fine and keep its boats at sea over the winter."
    )
    points = select_key_points(analyse(article), [], 3)
    assert any("after Harbour Safety Commission (HSC) found faults" in p.text for p in points)


def test_the_bottom_line_spells_out_what_it_uses_first_and_the_points_below_leave_it() -> None:
    from briefgen import render, summarize

    text = (
        "This week TVK said it had improved its Deep Hull Coating (DHC) for the harbour ferries of Selm.\n\n"
        "Later this year Kelby Lines will fit DHC to two boats, but TVK plans to coat the whole fleet.\n\n"
        "As the trade press reports, Tarvel Varnish K.K. (TVK) is the largest maker of ship coatings in the north.\n\n"
        "The coating cuts fuel use by a tenth, the firm said, and lasts five winters."
    )
    brief = summarize(text)
    assert brief.bottom_line.startswith("This week Tarvel Varnish K.K. (TVK) said")
    # every piece is the article's own, in order within each
    assert "".join(brief.text[a:b] for a, b in brief.bottom_line_spans).replace(" ", "") == brief.bottom_line.replace(
        " ", ""
    )
    # the line spells out what it holds itself too: a point below uses the letters as written
    kelby = next(p for p in brief.key_points if p.text.startswith("Later this year"))
    assert "will fit DHC to two boats" in kelby.text
    # and the line's own sentence is not shown again under it
    md = render(brief, "md")
    assert md.count("said it had improved its Deep Hull Coating") == 1


def test_a_long_spelled_out_name_in_the_line_still_leaves_its_sentence_out_of_the_points() -> None:
    from briefgen import render, summarize

    text = (
        "This week TMVCW said it had improved its hull coating for the harbour ferries of Selm, cutting fuel use.\n\n"
        "Later this year Kelby Lines will fit the coating to two boats, but TMVCW plans to coat the whole fleet.\n\n"
        "As the trade press reports, Tarvel Marine Varnish and Coating Works (TMVCW) is the largest maker of "
        "ship coatings in the north.\n\n"
        "The coating cuts fuel use by a tenth, the firm said, and lasts five winters."
    )
    brief = summarize(text)
    assert brief.bottom_line.startswith("This week Tarvel Marine Varnish and Coating Works (TMVCW) said")
    assert render(brief, "md").count("said it had improved its hull coating") == 1
