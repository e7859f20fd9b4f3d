"""The command line end to end, as a user runs it.

Most tests run the command in this process (``run_cli``); a few run the real ``briefgen`` process
(``run_cli_subprocess``): the README's build command, standard input through a pipe, and an error's
exit status and single line.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from briefgen.model import Brief

from conftest import EXAMPLE, run_cli, run_cli_subprocess


def _assert_one_line_error(proc, *needles: str) -> None:
    """One line on stderr, no traceback, containing each needle (``a|b`` means either)."""
    assert proc.returncode != 0
    err = proc.stderr.decode()
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert lines[0].startswith("briefgen: error: ")
    for needle in needles:
        assert any(alt in lines[0] for alt in needle.split("|")), lines[0]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("out")
    proc = run_cli_subprocess("build", str(EXAMPLE), "-o", str(out))
    assert proc.returncode == 0, proc.stderr.decode()
    return out


def test_build_writes_four_files_named_after_the_input(built: Path) -> None:
    names = sorted(p.name for p in built.iterdir())
    assert names == [f"ktxs-china-russia.{ext}" for ext in ("html", "json", "md", "pdf")]


def test_json_output_is_a_valid_brief_whose_spans_index_the_text(built: Path) -> None:
    brief = Brief.from_json((built / "ktxs-china-russia.json").read_bytes())
    assert brief.title and brief.bottom_line
    assert 3 <= len(brief.key_points) <= 7
    for kp in brief.key_points:
        for start, end in kp.spans:
            assert kp.text == brief.text[start:end] or brief.text[start:end] in kp.text
    for quote in brief.quotes:
        assert brief.text[quote.span[0] : quote.span[1]] == quote.text


def test_markdown_output_is_commonmark_with_sections(built: Path) -> None:
    md = (built / "ktxs-china-russia.md").read_text(encoding="utf-8")
    tokens = MarkdownIt("commonmark").parse(md)
    headings = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open"]
    assert len(headings) >= 4
    assert any(t.type == "bullet_list_open" for t in tokens)


def test_pdf_output_reads_back_with_the_brief_text(built: Path) -> None:
    from pypdf import PdfReader

    brief = Brief.from_json((built / "ktxs-china-russia.json").read_bytes())
    reader = PdfReader(str(built / "ktxs-china-russia.pdf"))
    text = " ".join(page.extract_text() for page in reader.pages)
    flat = " ".join(text.split())
    assert " ".join(brief.bottom_line.split()[:6]) in flat
    assert "Putin" in flat
    assert reader.metadata.title


def test_html_output_is_self_contained(built: Path) -> None:
    html = (built / "ktxs-china-russia.html").read_text(encoding="utf-8")
    assert "<script" not in html.lower()
    assert 'src="http' not in html and 'href="http' not in html.split("<body", 1)[0]


def test_selected_formats_only(tmp_path: Path) -> None:
    proc = run_cli("build", str(EXAMPLE), "-o", str(tmp_path), "-f", "json,md")
    assert proc.returncode == 0, proc.stderr.decode()
    assert sorted(p.suffix for p in tmp_path.iterdir()) == [".json", ".md"]


def test_standard_input(tmp_path: Path) -> None:
    proc = run_cli_subprocess("build", "-", "-o", str(tmp_path), "-f", "json", input=EXAMPLE.read_bytes())
    assert proc.returncode == 0, proc.stderr.decode()
    data = json.loads((tmp_path / "brief.json").read_text())
    assert data["schema_version"]


def test_exact_number_of_key_points(tmp_path: Path) -> None:
    proc = run_cli("build", str(EXAMPLE), "-o", str(tmp_path), "-f", "json", "-k", "3")
    assert proc.returncode == 0, proc.stderr.decode()
    data = json.loads((tmp_path / "ktxs-china-russia.json").read_text())
    assert len(data["key_points"]) == 3


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        (b"", "empty"),
        (b"   \n\t\n  \n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)) * 4, "binary"),
        (b"!!! ??? ...\n--- *** ---\n", "no article text|no sentence"),
    ],
    ids=["empty", "whitespace", "binary", "no-sentences"],
)
def test_bad_input_gives_one_line_error(tmp_path: Path, content: bytes, needle: str) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    proc = run_cli("build", str(bad), "-o", str(tmp_path / "out"))
    _assert_one_line_error(proc, "bad.txt", needle)
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_missing_file(tmp_path: Path) -> None:
    proc = run_cli_subprocess("build", str(tmp_path / "nope.txt"), "-o", str(tmp_path))
    _assert_one_line_error(proc, "nope.txt", "no such file")


def test_unknown_format(tmp_path: Path) -> None:
    proc = run_cli("build", str(EXAMPLE), "-o", str(tmp_path), "-f", "md,odt")
    _assert_one_line_error(proc, "odt", "md, html, pdf, json, docx")


def test_a_failed_input_does_not_stop_the_others(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    out = tmp_path / "out"
    proc = run_cli("build", str(empty), str(EXAMPLE), "-o", str(out), "-f", "json")
    assert proc.returncode == 1
    assert (out / "ktxs-china-russia.json").exists()
    assert "empty.txt" in proc.stderr.decode()


def test_failed_run_keeps_existing_outputs(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    previous = out / "article.json"
    previous.write_text('{"kept": true}')
    bad = tmp_path / "article.txt"
    bad.write_text("   ")
    proc = run_cli("build", str(bad), "-o", str(out))
    assert proc.returncode == 1
    assert previous.read_text() == '{"kept": true}'
    assert sorted(p.name for p in out.iterdir()) == ["article.json"]


def test_schema_command_prints_the_contract() -> None:
    proc = run_cli("schema")
    assert proc.returncode == 0
    schema = json.loads(proc.stdout)
    props = schema["properties"]
    for field in (
        "schema_version",
        "title",
        "source",
        "bottom_line",
        "text",
        "key_points",
        "actors",
        "quotes",
        "open_questions",
    ):
        assert field in props


def test_help_and_schema_do_not_import_heavy_libraries() -> None:
    import subprocess
    import sys

    code = (
        "import sys, runpy; sys.argv=['briefgen','schema'];\n"
        "from briefgen.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "heavy=[m for m in ('spacy','weasyprint','pysbd') if m in sys.modules]\n"
        "sys.stderr.write(repr(heavy))"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.stderr.strip().endswith("[]"), proc.stderr


def test_a_team_number_of_key_points_is_what_the_reader_sees(tmp_path: Path) -> None:
    from conftest import ROOT

    proc = run_cli(
        "build",
        str(EXAMPLE),
        "-o",
        str(tmp_path),
        "-f",
        "md,json",
        "--team",
        str(ROOT / "examples" / "teams" / "comms"),
    )
    assert proc.returncode == 0, proc.stderr.decode()
    md = (tmp_path / "ktxs-china-russia.md").read_text(encoding="utf-8")
    section = md.split("## What to know", 1)[1].split("\n## ", 1)[0]
    assert section.count("\n- ") == 3  # comms asks for 3; the bottom line is not repeated among them
    bottom = json.loads((tmp_path / "ktxs-china-russia.json").read_text())["bottom_line"]
    # (the lede the bottom line was cut from is a point: the cut took a clause no other line says)
    assert f"\n- {bottom}\n" not in section + "\n"


def test_the_in_process_runner_prints_what_a_process_would(monkeypatch: pytest.MonkeyPatch) -> None:
    """run_cli's stderr holds what the briefgen process would print there, so "no traceback" checks can fail."""
    import logging
    import sys
    import warnings

    import briefgen.cli

    def noisy(argv: list[str]) -> None:
        print("out:", *argv)
        warnings.warn("an invented warning", UserWarning, stacklevel=1)
        warnings.warn("an invented deprecation", DeprecationWarning, stacklevel=1)  # hidden, as in a process
        logging.getLogger("invented.library").warning("an invented log record")
        logging.getLogger("invented.library").info("an invented detail")  # below the last-resort level
        logging.getLogger("briefgen.invented").warning("an invented quiet record")  # briefgen's NullHandler
        if argv == ["exit"]:
            sys.exit(130)
        raise RuntimeError("an invented bug")

    monkeypatch.setattr(briefgen.cli, "main", noisy)
    proc = run_cli("crash")
    assert proc.returncode == 1 and proc.stdout == b"out: crash\n"
    err = proc.stderr.decode()
    assert "UserWarning: an invented warning" in err and "an invented log record" in err
    assert "deprecation" not in err and "an invented detail" not in err and "quiet" not in err
    assert "Traceback (most recent call last)" in err and err.rstrip().endswith("RuntimeError: an invented bug")
    assert run_cli("exit").returncode == 130


def test_statements_and_terms_are_apart_in_the_markdown(tmp_path: Path) -> None:
    """Quotes of three words or fewer are terms: one line under the quotes, not block quotes."""
    article = tmp_path / "harbour.txt"
    article.write_text(
        "Harbour levy splits the council\n\n"
        "The port authority called the new levy “a fair price” on Monday.\n\n"
        "“We will keep the harbour open every day of the year, whatever the weather,” said Ines Carvalho, "
        "the authority's director.\n\n"
        "Critics called the plan “reckless.”\n",
        encoding="utf-8",
    )
    proc = run_cli("build", str(article), "-f", "md,json", "-o", str(tmp_path))
    assert proc.returncode == 0, proc.stderr.decode()
    md = (tmp_path / "harbour.md").read_text(encoding="utf-8")
    brief = Brief.from_json((tmp_path / "harbour.json").read_text(encoding="utf-8"))
    assert brief.schema_version == "1.4"
    assert [(q.text, q.kind) for q in brief.quotes] == [
        ("a fair price", "term"),
        ("We will keep the harbour open every day of the year, whatever the weather", "statement"),
        ("reckless.", "term"),
    ]
    quotes = md.split("## Quotes", 1)[1]
    blocks = [line for line in quotes.splitlines() if line.startswith("> “")]
    assert blocks == ["> “We will keep the harbour open every day of the year, whatever the weather”"]
    # a term is listed only with whose words it is; these short ones stay in the JSON
    assert "Also in quotation marks" not in quotes and "fair price" not in quotes
    # a team that shows what no speaker is given for sees every term on one line
    (tmp_path / "desk").mkdir()
    (tmp_path / "desk" / "team.yaml").write_text("name: Desk\nunattributed_quotes: true\n", encoding="utf-8")
    out = tmp_path / "desk-out"
    proc = run_cli("build", str(article), "-f", "md", "-o", str(out), "--team", str(tmp_path / "desk"))
    assert proc.returncode == 0, proc.stderr.decode()
    quotes = (out / "harbour.md").read_text(encoding="utf-8").split("## Quotes", 1)[1]
    terms = [line for line in quotes.splitlines() if line.startswith("*Also in quotation marks:*")]
    assert len(terms) == 1
    assert "“a fair price”" in terms[0] and "“reckless”" in terms[0] and "(critics)" not in terms[0]


def _built_quotes(tmp_path: Path, stem: str, text: str) -> tuple[Brief, str]:
    """Build ``text`` as ``stem``.txt through the command line: its brief and the Markdown's quotes section."""
    article = tmp_path / f"{stem}.txt"
    article.write_text(text, encoding="utf-8")
    proc = run_cli("build", str(article), "-f", "md,json", "-o", str(tmp_path))
    assert proc.returncode == 0, proc.stderr.decode()
    brief = Brief.from_json((tmp_path / f"{stem}.json").read_text(encoding="utf-8"))
    return brief, (tmp_path / f"{stem}.md").read_text(encoding="utf-8").split("## Quotes", 1)[1]


def test_a_phrase_credited_to_no_one_is_not_shown_as_a_statement(tmp_path: Path) -> None:
    """A phrase of the writer's sentence in quotation marks reads as a scare quote or a cut
    quote when shown as an unattributed statement: it is a term (listed only with a speaker), and
    a long one is neither; a named speaker's partial quote stays a statement shown in its sentence."""
    brief, quotes = _built_quotes(
        tmp_path,
        "wall",
        (
            "Sea wall vote delayed\n\n"
            "The council delayed its vote on the sea wall on Monday after a long debate.\n\n"
            "It is unclear whether the board will “hold its hands up” and pay for the repairs.\n\n"
            "Without repairs the old stones face “a slow failure along the whole length of the harbour wall "
            "within a decade”.\n\n"
            "Mayor Ana Roe called the delay “a blow to every family on the coast and to the whole town.”\n"
        ),
    )
    assert [(q.kind, q.speaker) for q in brief.quotes] == [("term", None), ("term", None), ("statement", "Ana Roe")]
    assert [line for line in quotes.splitlines() if line.startswith("> “")] == [
        "> “a blow to every family on the coast and to the whole town.”"
    ]
    assert "unattributed" not in quotes and "slow failure" not in quotes
    # the short phrase is a term of the JSON, listed on the terms line only with a speaker
    assert "hold its hands up" not in quotes


def test_words_a_longer_statement_of_the_speaker_holds_are_shown_once(tmp_path: Path) -> None:
    """The writer quotes a few words of a statement that the article then gives whole: the
    statement is shown, the words alone are not."""
    brief, quotes = _built_quotes(
        tmp_path,
        "storm",
        (
            "Storm closes the harbour\n\n"
            "Harbour master Ana Roe closed the port on Monday and called for “patience from every skipper”.\n\n"
            "“The storm will pass by Thursday. I ask for patience from every skipper until then, and for "
            "calm on the quays,” Roe said in a statement.\n"
        ),
    )
    assert [q.speaker for q in brief.quotes] == ["Ana Roe", "Ana Roe"]
    blocks = [line for line in quotes.splitlines() if line.startswith("> “")]
    assert len(blocks) == 1 and blocks[0].startswith("> “The storm will pass by Thursday.")


def test_a_pull_quote_repeated_without_its_speaker_is_shown_once_credited(tmp_path: Path) -> None:
    brief, quotes = _built_quotes(
        tmp_path,
        "pull",
        (
            "Ferry fares to rise\n\n"
            "The ferry company will raise fares by ten percent from May, its director said on Monday.\n\n"
            "“We have held the fares for five years while fuel costs doubled,” said Ana Roe, the director.\n\n"
            "Passengers' groups said the rise would hurt island families, and the council will discuss it in June.\n\n"
            "The island has two ferries a day in winter and four in summer.\n\n"
            "“We have held the fares for five years while fuel costs doubled.”\n\n"
            "Ben Lusk, who chairs the council, said he would ask the company to delay the rise.\n"
        ),
    )
    assert [q.speaker for q in brief.quotes] == ["Ana Roe", None]  # the page's pull quote, repeated
    assert quotes.count("> “We have held the fares") == 1 and "unattributed" not in quotes


def test_page_size_offers_the_sizes_team_files_accept(tmp_path: Path) -> None:
    """One list of page sizes: --page-size takes A5 and Legal as team.yaml does, in any case."""
    from briefgen.config.values import PAGE_SIZES

    proc = run_cli("build", "--help")
    assert all(size.lower() in proc.stdout.decode() for size in PAGE_SIZES)
    article = tmp_path / "levy.txt"
    article.write_text(
        "Harbour levy passes\n\nThe council approved the harbour levy on Monday after a long debate.\n\n"
        "The levy will fund repairs to the north quay, the harbour master said.\n",
        encoding="utf-8",
    )
    proc = run_cli("build", str(article), "-f", "html", "--page-size", "a5", "-o", str(tmp_path / "out"))
    assert proc.returncode == 0, proc.stderr.decode()
    assert "size: A5" in (tmp_path / "out" / "levy.html").read_text(encoding="utf-8")
    proc = run_cli("build", str(article), "--page-size", "B5", "-o", str(tmp_path / "out2"))
    assert proc.returncode == 2 and b"Traceback" not in proc.stderr


def test_the_brief_shows_as_many_key_points_as_the_article_calls_for(tmp_path: Path) -> None:
    """Five for a short story: the lede point that repeats the bottom line is left out of the
    Markdown and a spare takes its place (the JSON holds both)."""
    from test_keypoints import _LONG_LEDE_STORY

    source = tmp_path / "pier.txt"
    source.write_text("Harbour board shuts north pier\n\n" + _LONG_LEDE_STORY + "\n", encoding="utf-8")
    proc = run_cli("build", str(source), "-o", str(tmp_path), "-f", "md,json")
    assert proc.returncode == 0, proc.stderr.decode()
    md = (tmp_path / "pier.md").read_text(encoding="utf-8")
    section = md.split("## Key points", 1)[1].split("\n## ", 1)[0]
    assert section.count("\n- ") == 5
    brief = json.loads((tmp_path / "pier.json").read_text())
    assert len(brief["key_points"]) == 6
    assert brief["bottom_line"][:60] not in section


def test_a_wire_storys_staff_credit_names_no_actor(tmp_path: Path) -> None:
    """A pasted wire story ends with who reported and edited it: those people are no actors of
    the story, and the credit is no key point; the people the story is about stay."""
    source = tmp_path / "ferry.txt"
    source.write_text(
        "Ferry service to Kelm Island resumes\n\n"
        "Ferry service to Kelm Island resumed on Monday after a two-week strike ended, the operator said.\n\n"
        "Harbour master Ana Ruiz said the first boat left Port Ellis at dawn with 140 passengers.\n\n"
        '"We are glad to be sailing again," said Tomas Greer, the captain of the first crossing.\n\n'
        "The union said its members had accepted a pay rise of 6% over two years.\n\n"
        "(Reporting by Dana Whitfield in Port Ellis; Additional reporting by Jo Marsh; Editing by Colin Brack)\n",
        encoding="utf-8",
    )
    proc = run_cli("build", str(source), "-o", str(tmp_path), "-f", "json")
    assert proc.returncode == 0, proc.stderr.decode()
    brief = json.loads((tmp_path / "ferry.json").read_text())
    names = {a["name"] for a in brief["actors"]}
    assert {"Ana Ruiz", "Tomas Greer"} <= names
    assert not names & {"Dana Whitfield", "Jo Marsh", "Colin Brack"}
    assert not any("Editing by" in k["text"] for k in brief["key_points"])


def test_a_pasted_headline_on_two_lines_is_the_title_and_its_second_line_no_bottom_line(tmp_path: Path) -> None:
    from test_ingest import HEADLINE_ON_TWO_LINES

    article = tmp_path / "pasted.txt"
    article.write_text(HEADLINE_ON_TWO_LINES, encoding="utf-8")
    proc = run_cli("build", str(article), "-o", str(tmp_path), "-f", "json,md")
    assert proc.returncode == 0, proc.stderr.decode()
    brief = Brief.from_json((tmp_path / "pasted.json").read_bytes())
    assert brief.title == "Harbour vote put off again; Council asks for a recount of the postal ballots"
    assert brief.bottom_line.startswith("The harbour council delayed its vote")
    md = (tmp_path / "pasted.md").read_text(encoding="utf-8")
    assert md.startswith("# Harbour vote put off again; Council asks for a recount of the postal ballots\n")


_DENIAL_STORY = (
    "The coastal ministries of Kelmsby and Tarvel accused the harbour authority on Tuesday of diverting "
    "fishing boats from the northern channel and blocking a relief convoy to the flooded villages.\n\n"
    "The harbour authority rejected these accusations as groundless on Wednesday, and both independent "
    "pilots and the crews of several trawlers working in the northern channel said the ministries' claims "
    "about diverted boats and a blocked convoy were false.\n\n"
    "The northern channel carries about a third of the region's fishing fleet in the winter months.\n\n"
    "The harbour master, Ana Ruiz, said the convoy had been turned back because the bridge at Lusk was "
    "closed for repairs.\n\n"
    "The regional council will meet on Friday to decide whether to send a second convoy by road.\n\n"
    "Fishermen in Tarvel said they had lost a week of catches since the channel was first closed in January.\n"
)


def test_a_point_that_leans_on_a_long_bottom_line_is_shown_with_it(tmp_path: Path) -> None:
    """ "... rejected these accusations ..." leans on the lede, which the brief shows as its bottom
    line; the two are too long to join by the usual length, but read alone below the line the point
    would dangle, so it joins the lede however long and the brief shows the point whole."""
    source = tmp_path / "channel.txt"
    source.write_text(_DENIAL_STORY, encoding="utf-8")
    proc = run_cli("build", str(source), "-o", str(tmp_path), "-f", "md,json")
    assert proc.returncode == 0, proc.stderr.decode()
    brief = json.loads((tmp_path / "channel.json").read_text())
    lede, denial = _DENIAL_STORY.split("\n\n")[:2]
    assert brief["bottom_line"] == lede
    assert brief["key_points"][0]["text"] == f"{lede} {denial}"
    md = (tmp_path / "channel.md").read_text(encoding="utf-8")
    section = md.split("## Key points", 1)[1].split("\n## ", 1)[0]
    assert f"- {lede} {denial}\n" in section
    assert f"- {denial}" not in section
