"""A table that lays out columns of text is read as the lines it shows; a table of data stays a
table (invented pages)."""

from __future__ import annotations

from briefgen.ingest import ingest_html
from briefgen.summary import summarize_article
from briefgen.trace import recording

_SIGNERS = [
    ("Ana Roe", "poet"),
    ("Ben Lusk", "Kelby College"),
    ("Cal Tam", None),
    ("Dee Moss", "harbour pilot"),
    ("Eli Park", "historian"),
    ("Fay Gunn", "Dunmore University"),
    ("Gus Hale", "novelist"),
    ("Ida Venn", "librarian"),
    ("Jo Marsh", None),
    ("Kit Lowe", "sculptor"),
    ("Lin Hart", "ferry captain"),
    ("Max Ould", "Selm Institute"),
]
#: Two columns of signers, as the page lays them out (a column's cell holds over 40 words).
_COLUMNS = _SIGNERS + [
    (f"{a} {b}", "boat builder")
    for a, b in zip(
        "Ned Ola Pia Rex Sol Tia Uma Val Wes Xia Yul Zed".split(),
        "Bray Cole Dunn Eyre Fitch Gray Holt Irwin Judd Kerr Lamb Mott".split(),
    )
]


def _column(signers: list[tuple[str, str | None]]) -> str:
    lines = "".join(
        f"<strong>{name}</strong>, <span>{role}</span><br />\n" if role else f"<strong>{name}</strong><br />\n"
        for name, role in signers
    )
    return f"<td><span>{lines}</span></td>"


def _letter_page() -> str:
    prose = (
        "<p>We, the undersigned, write to ask the Kelby council to keep the harbour library open for "
        "another ten years, as the town has promised since the flood of 1990.</p>"
        "<p>The library lends books to the crews of the fishing fleet and to the island schools, and no "
        "other building in the port can hold its collection of charts and logs.</p>"
        "<p>Closing it would save the council little money and cost the town a great deal of its history.</p>"
    )
    table = f"<table><tbody><tr>{_column(_COLUMNS[:12])}{_column(_COLUMNS[12:])}</tr></tbody></table>"
    return (
        "<html><head><title>A letter on the harbour library</title></head><body><article>"
        f"<h1>A letter on the harbour library</h1>{prose}{table}</article></body></html>"
    )


def test_the_lines_of_a_column_laid_out_in_a_table_stay_lines() -> None:
    with recording() as seen:
        article = ingest_html(_letter_page(), name="page")
    lines = article.text.split("\n")
    assert "Ben Lusk, Kelby College" in lines
    assert "Cal Tam" in lines
    assert "Fay Gunn, Dunmore University" in lines
    assert seen["html.layout_table"] == 1


def test_each_signer_of_a_column_keeps_their_own_role() -> None:
    brief = summarize_article(ingest_html(_letter_page(), name="page"))
    roles = {a.name: a.role for a in brief.actors}
    assert "Jo Marsh" in roles and roles["Jo Marsh"] is None  # no role of a neighbour's line
    assert roles.get("Gus Hale") == "novelist"
    assert roles.get("Lin Hart") == "ferry captain"


def test_a_table_of_data_stays_a_table() -> None:
    rows = "".join(f"<tr><td>{day}</td><td>{n} boats</td></tr>" for day, n in [("Monday", 12), ("Tuesday", 9)])
    page = _letter_page().replace("<table>", f"<table><tbody>{rows}</tbody></table><table>", 1)
    with recording() as seen:
        ingest_html(page, name="page")
    assert seen["html.layout_table"] == 1  # the letter's columns only
