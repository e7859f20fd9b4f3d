"""Telling the kind of an input from its content, the --input-format override, encodings and mojibake."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from briefgen.errors import BinaryInputError, InputError, InputTooLargeError
from briefgen.ingest import decode_bytes, ingest_bytes, ingest_path
from briefgen.ingest.detect import detect_format
from briefgen.ingest.loading import InputOptions, open_input
from briefgen.ingest.reading import repair_text

PAGES = Path(__file__).parent / "pages"
BODY = (
    "The port authority approved a plan on Tuesday to deepen the main shipping channel by two metres.\n\n"
    "Director Amal Nasser said the work would start in the autumn and take about a year.\n\n"
    "Fishing groups said they feared the dredging would disturb the spring spawning grounds."
)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("<!DOCTYPE html><html><body><p>Hi</p></body></html>", "page.txt", "html"),
        ("\n  <html lang='en'><head><title>x</title></head>", "noext", "html"),
        ("<!-- saved -->\n<body><p>text</p></body>", "", "html"),
        ("<div class='story'><p>One.</p><p>Two.</p></div>", "", "html"),
        ('<?xml version="1.0"?>\n<rss version="2.0"><channel></channel></rss>', "feed.html", "feed"),
        (
            '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>',
            "",
            "feed",
        ),
        ('<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">', "", "feed"),
        ('{"version": "https://jsonfeed.org/version/1.1", "title": "t", "items": []}', "x.json", "feed"),
        ('{"title": "not a feed"}', "x.json", "text"),
        ("# Headline\n\nSome text.", "notes.txt", "markdown"),
        ("Intro with a [link](https://example.com/a) and **bold** words.", "", "markdown"),
        ("Plain text that mentions <html> in passing, in a sentence.", "page.txt", "text"),
        (BODY, "story.md", "markdown"),
        (BODY, "story.txt", "text"),
        ("Shares rose 5% * 2 today; #1 seller is **not** a marker alone.", "", "text"),
        ("A <feed> of news without the Atom namespace.", "", "text"),
        # a comment in a pasted page's code, with the code right under it, is no Markdown heading
        (
            "The file reads:\n\nCOPY app.toml .\n\n# Copy in the rest:\nCOPY . .\nRUN make\n\nIt builds.",
            "p.txt",
            "text",
        ),
        ("# Headline\nA first paragraph right under the heading.", "notes.txt", "markdown"),
        ("Intro.\n\n## Part two\n\nMore text.", "notes.txt", "markdown"),
    ],
)
def test_detect_format(text: str, name: str, kind: str) -> None:
    assert detect_format(text, name=name) == kind


def test_a_pasted_page_with_a_comment_in_its_code_is_cleaned_as_a_page(tmp_path: Path) -> None:
    """A technical post's code block holds a "# ..." comment line: the paste is still a page,
    cleaned as one (its headline, not the comment, is the title)."""
    from test_paste_pages import HEADLINE, RENDERINGS, _page

    page = _page()
    code = ("lines", ["FROM harbour:3.8", "RUN make", "", "# Copy in the rest:", "COPY . .", "RUN make install"])
    page.insert(page.index(("lines", ["Advertisement"])), code)
    pasted = tmp_path / "page.txt"
    pasted.write_text(RENDERINGS["w3m"](page), encoding="utf-8")
    assert open_input(str(pasted))[0].kind == "text"
    assert ingest_path(str(pasted)).title == HEADLINE


def test_kind_comes_from_content_not_extension(tmp_path: Path) -> None:
    misnamed = tmp_path / "article.txt"
    misnamed.write_bytes((PAGES / "harbor-bridge.html").read_bytes())
    article = ingest_path(str(misnamed))
    assert article.source.outlet == "Lakeside Courier" and "<p>" not in article.text
    assert open_input(str(misnamed))[0].kind == "html"


def test_input_format_overrides_detection(tmp_path: Path) -> None:
    page = str(PAGES / "harbor-bridge.html")
    as_text = open_input(page, InputOptions(input_format="text"))[0]
    assert as_text.kind == "text" and "<p>" in as_text.load().text  # the user asked for text: tags are words
    md = tmp_path / "notes.txt"
    md.write_text("Council news\n\nThe **council** met on Monday and voted for the plan.\n", encoding="utf-8")
    assert "**council**" in ingest_path(str(md), input_format="text").text
    assert "**" not in ingest_path(str(md), input_format="markdown").text
    with pytest.raises(InputError, match="unknown input format"):
        InputOptions(input_format="pdf")


def test_markdown_markup_does_not_leak() -> None:
    article = ingest_path(str(PAGES / "orchard-frost.md"))
    for marker in ("**", "](", "![", "---", "> ", "title:"):
        assert marker not in article.text, marker
    assert article.title == "Late frost wipes out much of the valley’s apricot crop"
    assert article.source.author == "Tomasz Lindqvist" and article.source.published == "2024-04-22"
    # A hard-wrapped paragraph is one paragraph: no sentence is cut at a line end.
    assert "this year’s apricot crop after temperatures fell" in article.text


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("Itâ€™s a â€œtestâ€\x9d â€” done.".encode("utf-8"), "It’s a “test” — done."),
        ("The cafÃ© opened.".encode("utf-8"), "The café opened."),
        ("He said \u00e2\u0080\u009cno\u00e2\u0080\u009d.".encode("utf-8"), "He said “no”."),  # via Latin-1
        ("\ufeffCafé “quoted”.\r\nNext line.\r".encode("utf-8"), "Café “quoted”.\nNext line.\n"),
        ("Zürich – “Grüße”.".encode("cp1252"), "Zürich – “Grüße”."),
        (
            "Новости: депутаты одобрили бюджет города на следующий год.".encode("cp1251") * 3,
            "Новости: депутаты одобрили бюджет города на следующий год." * 3,
        ),
    ],
)
def test_encodings_and_mojibake(data: bytes, expected: str) -> None:
    assert decode_bytes(data) == expected


@settings(max_examples=200, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("abcdefghij ABC.,;:!?'\"()-0123456789\n") + list("éèàüöçñßøå’‘“”—–…€£°½")),
        max_size=200,
    )
)
def test_repair_leaves_clean_text_unchanged(text: str) -> None:
    assert repair_text(text) == text


def test_ingest_bytes_detects_html_and_keeps_text_working() -> None:
    assert ingest_bytes(BODY.encode("utf-8")).text == BODY
    page = ingest_bytes((PAGES / "harbor-bridge.html").read_bytes(), name="page")
    assert page.title == "Harbor bridge closes for six weeks of repairs"


def test_bad_files_are_input_errors(tmp_path: Path) -> None:
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 4)
    with pytest.raises(BinaryInputError, match="photo.jpg"):
        open_input(str(binary))
    big = tmp_path / "big.txt"
    big.write_text(BODY * 50, encoding="utf-8")
    with pytest.raises(InputTooLargeError, match="big.txt: larger than the limit"):
        open_input(str(big), InputOptions(max_bytes=1000))
    with pytest.raises(InputError, match="no such file"):
        open_input(str(tmp_path / "missing.html"))


@pytest.mark.parametrize(
    "make",
    [
        # a "# ..." line of many spaces before a word: the heading test must not try every split
        lambda n: "A first line.\n# x" + " " * n + "y\nz\n",
        # a line of many "[": the link test must not scan the rest of the line from each of them
        lambda n: "A first line.\n" + "[a " * (n // 3),
    ],
)
def test_telling_markdown_from_text_is_linear_in_a_long_line(make) -> None:
    """A hostile paste of a few hundred kilobytes took minutes to be told apart from Markdown."""
    from scaling import growth

    texts = {n: make(n) for n in (20_000, 80_000)}
    # four times the line: about four times the work (quadratic would be sixteen)
    assert growth(lambda n: detect_format(texts[n], name="p.txt"), 20_000, repeat=2) < 8
