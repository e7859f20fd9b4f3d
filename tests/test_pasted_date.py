"""A pasted page's date line with its month in words, as ISO 8601 (invented dates)."""

from __future__ import annotations

import json

import pytest
from conftest import run_cli
from test_paste_headlines import HEADLINE, _page
from test_paste_pages import RENDERINGS

from briefgen.ingest.pasted_date import iso_date


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("March 12, 2026", "2026-03-12"),
        ("Mar. 12, 2026 9:49 am EST", "2026-03-12"),  # a zone that is not UTC: the date alone
        ("Thursday, 12 March 2026 08:05 GMT", "2026-03-12T08:05:00Z"),
        ("Thursday 12 March 2026 8:05 pm UTC", "2026-03-12T20:05:00Z"),
        ("March 12th, 2026 at 8:40 AM", "2026-03-12"),
        ("Sept. 3, 2026", "2026-09-03"),
        ("MARCH 12, 2026 10:43", "2026-03-12"),
        # as given: no year, numbers only (day or month first?), another language, words after it
        ("Mar 12", None),
        ("03/04/2026", None),
        ("Maerz 12, 2026", None),
        ("on March 12, 2026 by Admin", None),
        ("February 30, 2026", None),
        ("", None),
    ],
)
def test_a_date_with_its_month_in_words_is_written_as_iso(line: str, iso: str | None) -> None:
    assert iso_date(line) == iso


def test_a_pasted_pages_date_shows_as_a_saved_pages_date(tmp_path) -> None:
    page = RENDERINGS["w3m"](_page([HEADLINE, "By Ana Ruiz", "March 12, 2026, 6:21 AM EST"]))
    source = tmp_path / "fares.txt"
    source.write_text(page, encoding="utf-8")
    result = run_cli("build", str(source), "-f", "md,json", "-o", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    assert json.loads((tmp_path / "out" / "fares.json").read_text(encoding="utf-8"))["source"]["published"] == (
        "2026-03-12"
    )
    assert "By Ana Ruiz · 12 March 2026" in (tmp_path / "out" / "fares.md").read_text(encoding="utf-8")
