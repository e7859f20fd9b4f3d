"""Tests of briefgen.render: Markdown, HTML and PDF output, escaping, sandbox, team templates."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from datetime import datetime, timezone
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import assume, example, given, settings, strategies as st
from markdown_it import MarkdownIt

from briefgen.model import Actor
from briefgen.errors import RenderError, TemplateError
from briefgen.model import Brief
from briefgen.rendering import list_templates, render
from briefgen.rendering.environment import builtin_template_dir, get_environment
from briefgen.rendering.filters import pretty_date, quote_text
from briefgen.rendering.markdown import md_escape, md_url, safe_url

sys.path.insert(0, str(Path(__file__).parent))
from fixtures_render import HOSTILE_QUOTE, full_brief, hostile_brief  # noqa: E402

WHEN = datetime(2025, 11, 18, 9, 30, tzinfo=timezone.utc)
#: Every quoted term on the terms line, not only those it shows with their speaker (the default).
ALL_TERMS = {"unattributed_quotes": True}
REPO = Path(__file__).resolve().parent.parent


# --------------------------------------------------------------------------- helpers


class _Collector(HTMLParser):
    """Collects tags, attributes and visible text of an HTML document."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str, str | None]] = []
        self.text: list[str] = []
        self.styles: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs.extend((tag, name, value) for name, value in attrs)
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        if tag == "style":
            self._in_style = False

    def handle_data(self, data: str) -> None:
        (self.styles if self._in_style else self.text).append(data)

    @property
    def visible(self) -> str:
        return " ".join(" ".join(self.text).split())


def _parse_html(html: str) -> _Collector:
    collector = _Collector()
    collector.feed(html)
    return collector


def _md_tokens(markdown: str) -> list:
    return MarkdownIt("commonmark").parse(markdown)


def _pdf_reader(data: bytes):
    from pypdf import PdfReader

    return PdfReader(io.BytesIO(data))


def _pdf_text(data: bytes) -> str:
    reader = _pdf_reader(data)
    return " ".join(" ".join(page.extract_text() or "" for page in reader.pages).split())


def _team_dir(tmp_path: Path, files: dict[str, str]) -> Path:
    folder = tmp_path / "team"
    folder.mkdir(exist_ok=True)
    for name, content in files.items():
        (folder / name).write_text(content, encoding="utf-8")
    return folder


# --------------------------------------------------------------------------- Markdown


def test_markdown_is_commonmark_with_expected_structure() -> None:
    brief = full_brief()
    tokens = _md_tokens(render(brief, "md", generated_at=WHEN))
    headings = [(tok.tag, tokens[i + 1].content) for i, tok in enumerate(tokens) if tok.type == "heading_open"]
    assert headings == [
        ("h1", brief.title),
        ("h2", "Bottom line"),
        ("h2", "Key points"),
        ("h2", "Actors"),
        ("h2", "Quotes"),
        ("h2", "Open questions"),
    ]
    # Key points and actors are bullet lists, open questions an ordered list.
    items_per_list: list[tuple[str, int]] = []
    for i, tok in enumerate(tokens):
        if tok.type in ("bullet_list_open", "ordered_list_open"):
            depth = tok.level
            count = 0
            for later in tokens[i + 1 :]:
                if later.type == tok.type.replace("_open", "_close") and later.level == depth:
                    break
                if later.type == "list_item_open" and later.level == depth + 1:
                    count += 1
            items_per_list.append((tok.type, count))
    assert items_per_list == [
        ("bullet_list_open", len(brief.key_points)),
        ("bullet_list_open", sum(a.kind != "place" and (a.mentions > 1 or bool(a.role)) for a in brief.actors)),
        ("ordered_list_open", len(brief.open_questions)),
    ]
    assert sum(tok.type == "blockquote_open" for tok in tokens) == len([q for q in brief.quotes if q.speaker])


def test_people_and_organisations_all_shown_places_on_one_line() -> None:
    actors = [Actor(name=f"Person {i}", kind="person", role=f"role {i}") for i in range(12)]
    actors += [
        Actor(name="Dunmore", kind="place", mentions=3),
        Actor(name="Tarvel Ltd", kind="organization", mentions=2),
    ]
    actors += [Actor(name="Norland", kind="place", mentions=2)]
    brief = full_brief().model_copy(update={"actors": actors})
    md = render(brief, "md", generated_at=WHEN)
    assert all(f"- **Person {i}** (person) — role {i}" in md for i in range(12))  # no cap of eight
    assert "- **Tarvel Ltd** (organization)" in md
    assert "**Places:** Dunmore · Norland" in md and "- **Dunmore**" not in md
    html = render(brief, "html", generated_at=WHEN)
    assert "Places:</span> Dunmore · Norland" in html
    capped = render(brief, "md", generated_at=WHEN, settings={"max_actors": 2})
    assert "Person 1**" in capped and "Person 2**" not in capped and "Dunmore · Norland" in capped


def test_markdown_shows_actor_kind_role_and_speakers() -> None:
    md = render(full_brief(), "md", generated_at=WHEN)
    assert "- **Marta Ekdahl** (person) — President, Halvern Dockworkers\\' Union" not in md  # no stray escapes
    assert "- **Marta Ekdahl** (person) — President, Halvern Dockworkers' Union" in md
    assert "Halvern Dockworkers' Union** (organization)" not in md  # named once, no role, not quoted
    everyone = render(full_brief(), "md", generated_at=WHEN, settings={"all_actors": True})
    assert "- **Halvern Dockworkers' Union** (organization)\n" in everyone
    assert "> — Jonas Brenner" in md
    # a statement whose speaker the engine could not name stays in the JSON, unless the team asks
    assert "unattributed" not in md and "Nobody wins a long strike" not in md.split("## Quotes", 1)[1]
    shown = render(full_brief(), "md", generated_at=WHEN, settings={"unattributed_quotes": True})
    assert "> “Nobody wins a long strike in November”\n>\n> — unattributed" in shown
    # Trailing comma of the verbatim quote is trimmed for display.
    assert "somewhere else”" in md


def test_markdown_title_fallback_and_source_line() -> None:
    brief = full_brief().model_copy(update={"title": None})
    md = render(brief, "md", generated_at=WHEN)
    assert md.startswith("# Briefing\n")
    assert (
        "**The Coastal Ledger** · By Ana Whitfield · 17 November 2025 · "
        "<https://www.coastal-ledger.example/news/2025/11/halvern-port-strike>"
    ) in md


def test_markdown_escapes_hostile_text_as_visible_text() -> None:
    md = render(hostile_brief(), "md", generated_at=WHEN)
    tokens = _md_tokens(md)
    inline_types = {child.type for tok in tokens if tok.type == "inline" for child in tok.children or []}
    # No links, images, raw HTML or code: only text, plus the template's own bold and italics.
    assert inline_types <= {"text", "strong_open", "strong_close", "em_open", "em_close", "softbreak"}
    html = MarkdownIt("commonmark").render(md)
    parsed = _parse_html(html)
    assert "script" not in parsed.tags and "img" not in parsed.tags and "a" not in parsed.tags
    assert f"“{HOSTILE_QUOTE}”" in parsed.visible
    assert "{{ 7*7 }}" in parsed.visible and "49" not in parsed.visible
    assert "- not a list item <img src=x onerror=alert(1)>" in parsed.visible
    assert "1. not an ordered item" in parsed.visible
    assert "javascript" not in md
    # Leading markers stayed text: only the template's own lists exist.
    assert [t.type for t in tokens if t.type.endswith("list_open")] == [
        "bullet_list_open",
        "bullet_list_open",
        "ordered_list_open",
    ]


@settings(max_examples=300, deadline=None)
@example("&amp; &#x41; &copy AT&T")
@example("1) one 2. two")
@example("+ plus")
@example("***")
@example("    indented code")
@example("<https://example.org> <!-- c -->")
@example("a  \nb\\")
@example("[ref]: http://e.example")
@given(st.text(alphabet=st.characters(min_codepoint=9, max_codepoint=0x17F, blacklist_categories=("Cs",))))
def test_md_escape_renders_back_to_the_same_text(value: str) -> None:
    expected = " ".join(value.split())
    assume(expected)  # templates only print non-empty values
    for prefix in ("", "- ", "> ", "1. "):
        html = MarkdownIt("commonmark").render(prefix + str(md_escape(value)))
        parsed = _parse_html(html)
        assert parsed.visible == expected, (prefix, value, html)
        assert not {"a", "img", "code", "em", "strong", "h1", "h2", "hr", "pre"} & set(parsed.tags)


def test_md_escape_examples() -> None:
    assert md_escape("a*b_c") == "a\\*b\\_c"
    assert md_escape("AT&T") == "AT&T"
    assert md_escape("&lt;x") == "\\&lt;x"
    assert md_escape("  - item\nnext") == "\\- item next"
    assert md_escape("12. twelve") == "12\\. twelve"
    assert md_escape(None) == ""


def test_urls_are_limited_to_http() -> None:
    assert safe_url("javascript:alert(1)") is None
    assert safe_url("file:///etc/passwd") is None
    assert safe_url("https://example.org/a b") is None
    assert safe_url("https://example.org/x") == "https://example.org/x"
    assert md_url("https://example.org/a>b") == "https://example.org/a%3Eb"
    assert md_url("data:text/html,hi") == ""


def test_display_filters() -> None:
    assert quote_text("We will win,") == "We will win"
    assert quote_text("Really?") == "Really?"
    assert pretty_date("2023-03-21") == "21 March 2023"
    assert pretty_date("March 21, 2023") == "March 21, 2023"


# --------------------------------------------------------------------------- HTML


def test_html_is_self_contained() -> None:
    html = render(full_brief(), "html", generated_at=WHEN)
    parsed = _parse_html(html)
    assert "script" not in parsed.tags and "link" not in parsed.tags and "img" not in parsed.tags
    assert not [a for a in parsed.attrs if a[1] == "src" or a[1].startswith("on")]
    hrefs = [value for tag, name, value in parsed.attrs if name == "href"]
    assert hrefs == ["https://www.coastal-ledger.example/news/2025/11/halvern-port-strike"]
    css = " ".join(parsed.styles)
    assert "url(" not in css and "@import" not in css
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in html
    assert "max-width" in css
    assert '<style media="screen and (max-width: 600px)">' in html  # phone layout


def test_html_content_and_metadata() -> None:
    brief = full_brief()
    html = render(brief, "html", generated_at=WHEN)
    parsed = _parse_html(html)
    assert "Marta Ekdahl" in parsed.visible and "Transport Minister" in parsed.visible
    assert "unattributed" not in parsed.visible
    shown = _parse_html(render(brief, "html", generated_at=WHEN, settings={"unattributed_quotes": True}))
    assert "— unattributed" in shown.visible
    assert "Will the government invoke emergency powers" in parsed.visible
    assert ("meta", "content", "briefgen") in parsed.attrs
    assert ("meta", "content", "2025-11-18T09:30:00Z") in parsed.attrs
    assert f"<title>{brief.title}</title>" in html
    for block in ("bottom-line", "key-points", "actors", "quotes", "open-questions"):
        assert f'id="{block}"' in html


def test_html_escapes_hostile_text() -> None:
    html = render(hostile_brief(), "html", generated_at=WHEN)
    parsed = _parse_html(html)
    assert "script" not in parsed.tags and "img" not in parsed.tags and "b" not in parsed.tags
    assert HOSTILE_QUOTE in parsed.visible
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "{{ 7*7 }}" in parsed.visible and "49" not in parsed.visible
    assert "javascript:" not in html  # the unsafe source URL is dropped, not linked


def test_settings_max_actors_label_and_titles() -> None:
    html = render(
        full_brief(),
        "html",
        generated_at=WHEN,
        settings={"max_actors": 2, "label": "Desk note", "titles": {"actors": "Who matters"}},
    )
    visible = _parse_html(html).visible
    assert "Jonas Brenner" in visible and "Lena Sørli" not in visible
    assert "Desk note" in visible and "Who matters" in visible


def test_bad_arguments_raise_render_error() -> None:
    with pytest.raises(RenderError, match="unknown output format"):
        render(full_brief(), "odt")
    with pytest.raises(RenderError, match="page_size"):
        render(full_brief(), "html", page_size="A4; } body { display:none")
    assert isinstance(render(full_brief(), "markdown", generated_at=WHEN), str)


# --------------------------------------------------------------------------- PDF


@pytest.fixture(scope="module")
def a4_pdf() -> bytes:
    return render(full_brief(), "pdf", generated_at=WHEN)


def test_pdf_content_pages_and_metadata(a4_pdf: bytes) -> None:
    assert a4_pdf.startswith(b"%PDF")
    brief = full_brief()
    reader = _pdf_reader(a4_pdf)
    pages = len(reader.pages)
    text = _pdf_text(a4_pdf)
    assert "at least five days; the dispute turns on job" in text
    assert f"Page 1 of {pages}" in text and f"Page {pages} of {pages}" in text
    meta = reader.metadata
    assert meta.title == brief.title
    assert meta.author == "Ana Whitfield"
    assert meta.creator == "briefgen"
    assert meta.creation_date.year == 2025
    outline = [item.title for item in reader.outline if not isinstance(item, list)]
    nested = [item.title for sub in reader.outline if isinstance(sub, list) for item in sub]
    assert outline == [brief.title]
    assert nested == ["Bottom line", "Key points", "Actors", "Quotes", "Open questions"]


def test_pdf_renders_without_weasyprint_warnings(caplog: pytest.LogCaptureFixture) -> None:
    import logging

    with caplog.at_level(logging.WARNING, logger="weasyprint"):
        render(full_brief(), "pdf", generated_at=WHEN)
    assert [r.getMessage() for r in caplog.records if r.name.startswith("weasyprint")] == []


def test_pdf_page_sizes(a4_pdf: bytes) -> None:
    a4 = _pdf_reader(a4_pdf).pages[0].mediabox
    assert (round(float(a4.width)), round(float(a4.height))) == (595, 842)
    letter_pdf = render(full_brief(), "pdf", generated_at=WHEN, page_size="Letter")
    letter = _pdf_reader(letter_pdf).pages[0].mediabox
    assert (round(float(letter.width)), round(float(letter.height))) == (612, 792)


def test_pdf_author_falls_back_to_outlet_and_title_to_briefing() -> None:
    brief = full_brief().model_copy(update={"title": None})
    brief = brief.model_copy(update={"source": brief.source.model_copy(update={"author": None})})
    meta = _pdf_reader(render(brief, "pdf", generated_at=WHEN)).metadata
    assert meta.title == "Briefing"
    assert meta.author == "The Coastal Ledger"


def test_restricted_fetcher_refuses_outside_files_and_network(tmp_path: Path) -> None:
    from briefgen.rendering.pdf import RestrictedURLFetcher

    inside = tmp_path / "logo.svg"
    inside.write_text("<svg xmlns='http://www.w3.org/2000/svg'/>", encoding="utf-8")
    (tmp_path / "escape.txt").symlink_to("/etc/passwd")
    fetcher = RestrictedURLFetcher([tmp_path])
    for url in (
        "file:///etc/passwd",
        "http://127.0.0.1:9/x.css",
        "https://example.com/font.woff2",
        "ftp://example.com/x",
        f"file://{tmp_path}/escape.txt",
        f"file://{tmp_path}/../{tmp_path.name}/../../etc/passwd",
        "file://otherhost/etc/passwd",
    ):
        with pytest.raises(ValueError):
            fetcher.fetch(url)
    assert fetcher.fetch(f"file://{inside}").read().startswith(b"<svg")
    assert fetcher.fetch("data:text/plain;base64,aGk=").read() == b"hi"


def test_attachment_markup_embeds_nothing_outside_template_folders(tmp_path: Path) -> None:
    from pypdf import PdfReader

    from briefgen.rendering.pdf import html_to_pdf

    secret = tmp_path / "secret.txt"
    secret.write_text("top-secret-marker", encoding="utf-8")
    html = (
        "<html><head><link rel='attachment' href='file:///etc/passwd'>"
        f"<link rel='attachment' href='file://{secret}'></head>"
        "<body><p><a rel='attachment' href='file:///etc/passwd'>passwd</a></p>"
        f"<p><a rel='attachment' href='file://{secret}'>secret</a></p></body></html>"
    )
    outside = html_to_pdf(html, allowed_dirs=[builtin_template_dir()])
    assert PdfReader(io.BytesIO(outside)).attachments == {}
    # Control: the same markup does embed a file that lies inside an allowed folder,
    # so the assertion above can fail.
    inside = html_to_pdf(html, allowed_dirs=[tmp_path])
    assert "secret.txt" in PdfReader(io.BytesIO(inside)).attachments


# --------------------------------------------------------------------------- templates


def test_team_template_extends_default_and_overrides_one_block(tmp_path: Path) -> None:
    team = _team_dir(
        tmp_path,
        {
            "brief.html.j2": '{% extends "default:brief.html.j2" %}\n'
            '{% block footer %}<footer class="team">Team desk · {{ brief.quotes[0].text }}</footer>{% endblock %}\n',
            "brief.md.j2": '{% extends "default:brief.md.j2" %}\n'
            "{% block footer %}\nTeam footer: {{ brief.quotes[0].text }}\n{% endblock %}\n",
        },
    )
    html = render(hostile_brief(), "html", template_dirs=[team], generated_at=WHEN)
    parsed = _parse_html(html)
    assert "Team desk" in parsed.visible and "Generated by briefgen" not in parsed.visible
    assert "Key points" in parsed.visible  # the rest comes from the built-in template
    assert "script" not in parsed.tags  # autoescape still applies in the team block
    md = render(hostile_brief(), "md", template_dirs=[team], generated_at=WHEN)
    assert "Team footer: \\<script\\>" in md  # Markdown escaping applies in team blocks too
    assert "## Key points" in md
    sources = {s.name: s for s in list_templates([team])}
    assert sources["brief.html.j2"].origin == "team" and sources["brief.html.j2"].overrides_builtin
    assert sources["print.css"].origin == "builtin"


def test_template_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    team = _team_dir(tmp_path, {"brief.md.j2": "# {{ title }}\n\n{% if brief.title %}\nno endif\n"})
    with pytest.raises(TemplateError) as info:
        render(full_brief(), "md", template_dirs=[team])
    message = str(info.value)
    assert "brief.md.j2:" in message and "\n" not in message
    assert str(team / "brief.md.j2") in message


def test_template_runtime_error_names_file_and_line(tmp_path: Path) -> None:
    team = _team_dir(tmp_path, {"brief.md.j2": "# {{ title }}\n\n{{ brief.no_such_field.deeper }}\n"})
    with pytest.raises(TemplateError) as info:
        render(full_brief(), "md", template_dirs=[team])
    assert f"{team / 'brief.md.j2'}:3" in str(info.value)
    assert "\n" not in str(info.value)


@pytest.mark.parametrize(
    "expression",
    [
        "''.__class__.__mro__",
        "brief.__class__.__init__.__globals__",
        "settings.__class__.__subclasses__()",
        "brief.actors.append(1)",
    ],
)
def test_sandbox_refuses_unsafe_access(tmp_path: Path, expression: str) -> None:
    team = _team_dir(tmp_path, {"evil.html.j2": "<p>\n{{ " + expression + " }}\n</p>\n"})
    with pytest.raises(TemplateError, match=r"evil\.html\.j2"):
        render(full_brief(), "html", template_dirs=[team], template="evil.html.j2")


def test_missing_template_and_folder(tmp_path: Path) -> None:
    with pytest.raises(TemplateError, match="template not found: nope.html.j2"):
        render(full_brief(), "html", template="nope.html.j2")
    with pytest.raises(TemplateError, match="template folder not found"):
        render(full_brief(), "html", template_dirs=[tmp_path / "missing"])


def test_environment_is_cached_per_folder_tuple(tmp_path: Path) -> None:
    team = _team_dir(tmp_path, {})
    assert get_environment([team]) is get_environment([str(team)])
    assert get_environment([team]) is not get_environment()


def test_concurrent_renders_share_one_environment(tmp_path: Path) -> None:
    from concurrent.futures import ThreadPoolExecutor

    team = _team_dir(tmp_path, {"brief.md.j2": '{% extends "default:brief.md.j2" %}\n'})
    brief = full_brief()
    with ThreadPoolExecutor(max_workers=8) as pool:
        envs = list(pool.map(lambda _: get_environment([team]), range(32)))
        outputs = set(pool.map(lambda _: render(brief, "md", template_dirs=[team], generated_at=WHEN), range(16)))
    assert all(env is envs[0] for env in envs)
    assert len(outputs) == 1 and "## Key points" in outputs.pop()


def test_builtin_templates_found_and_listed() -> None:
    assert (builtin_template_dir() / "brief.html.j2").is_file()
    names = {s.name for s in list_templates()}
    assert {"brief.md.j2", "brief.html.j2", "brief.css", "print.css"} <= names


def test_importing_render_does_not_import_weasyprint() -> None:
    code = (
        "import sys, briefgen.rendering as r\n"
        "from briefgen.model import Brief\n"
        "r.render(Brief(text='x'), 'html')\n"
        "assert 'weasyprint' not in sys.modules and 'spacy' not in sys.modules\n"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    subprocess.run([sys.executable, "-c", code], check=True, cwd=REPO, env=env)


def test_a_key_point_that_repeats_the_bottom_line_is_not_shown_twice() -> None:
    from briefgen.model import Brief

    text = "Lead sentence of the story. Second point here. Third point here. Fourth point here."
    points = ["Lead sentence of the story.", "Second point here.", "Third point here.", "Fourth point here."]
    brief = Brief(
        text=text,
        bottom_line=points[0],
        key_points=[{"text": p, "spans": [(text.index(p), text.index(p) + len(p))]} for p in points],
    )
    md = render(brief, "md")
    assert md.count("Lead sentence of the story") == 1
    assert "Fourth point here" in md


def test_a_story_of_one_sentence_shows_it_once_as_the_bottom_line() -> None:
    from briefgen.model import Brief

    text = "The harbour board has closed the north quay after a crane fell into the water on Sunday."
    brief = Brief(text=text, bottom_line=text, key_points=[{"text": text, "spans": [(0, len(text))]}])
    md = render(brief, "md")
    assert md.count("crane fell") == 1
    assert "Key points" not in md


def test_the_sentence_a_bottom_line_was_shortened_from_is_not_shown_again_but_what_a_point_joins_to_it_is() -> None:
    from briefgen.model import Brief

    lead = "The harbour board sold its two ferries to a buyer in Oslo on Monday."
    text = lead + " The ferries had run at a loss. Fares will rise. The bridge opened in 2009."
    cut = lead.index(" to a buyer")
    shortened = {
        "text": "The harbour board sold its two ferries on Monday.",
        "spans": [(0, cut), (cut + len(" to a buyer in Oslo"), len(lead))],
    }
    assert text[cut + len(" to a buyer in Oslo") : len(lead)] == " on Monday."
    whole = {"text": lead, "spans": [(0, len(lead))]}
    joined = {
        "text": lead + " The ferries had run at a loss.",
        "spans": [(0, len(lead)), (len(lead) + 1, text.index(" Fares"))],
    }
    rest = [
        {"text": t, "spans": [(text.index(t), text.index(t) + len(t))]}
        for t in ("Fares will rise.", "The bridge opened in 2009.")
    ]
    for first, shown in ((whole, False), (joined, True)):
        brief = Brief(
            text=text,
            bottom_line=shortened["text"],
            bottom_line_spans=shortened["spans"],
            key_points=[first, *rest],
        )
        md = render(brief, "md")
        assert "to a buyer in Oslo" not in md  # the bottom line's sentence is not said again
        assert ("- The ferries had run at a loss." in md) is shown  # the joined sentence is, alone
        assert "Fares will rise." in md
        assert Brief.from_json(render(brief, "json")).key_points[0].text == first["text"]  # the JSON keeps it whole
        html = render(brief, "html")
        assert "to a buyer in Oslo" not in html and ("The ferries had run at a loss." in html) is shown


# --------------------------------------------------------------------------- quoted terms


def _with_terms() -> Brief:
    """The full brief with two short quoted terms among its statements."""
    from briefgen.model import Quote

    brief = full_brief()
    text = brief.text
    terms = []
    for needle, speaker in (("job guarantees", "Marta Ekdahl"), ("emergency powers", None)):
        start = text.index(needle)
        terms.append(Quote(text=needle, speaker=speaker, span=(start, start + len(needle))))
    quotes = sorted([*brief.quotes, *terms], key=lambda q: q.span)
    return brief.model_copy(update={"quotes": quotes})


def test_terms_are_listed_on_one_line_under_the_statements() -> None:
    brief = _with_terms()
    assert [q.kind for q in brief.quotes].count("term") == 2
    # by default a term is listed only with its speaker, which a term of under four words does
    # not show: no terms line
    plain = render(brief, "md", generated_at=WHEN).split("## Quotes", 1)[1].split("## Open questions", 1)[0]
    assert "Also in quotation marks" not in plain and "job guarantees" not in plain
    assert '<p class="terms">' not in render(brief, "html", generated_at=WHEN)
    md = render(brief, "md", generated_at=WHEN, settings=ALL_TERMS)
    section = md.split("## Quotes", 1)[1]
    assert "> “job guarantees”" not in section
    # the term's speaker stays in the JSON only: the terms line shows the words
    assert "*Also in quotation marks:* “job guarantees”; “emergency powers”" in section
    assert (
        render(brief, "html", generated_at=WHEN).count('<figure class="quote">') == 2
    )  # the statements with a speaker
    html = render(brief, "html", generated_at=WHEN, settings=ALL_TERMS)
    assert '<p class="terms">' in html and "<q>emergency powers</q>" in html
    assert "<q>job guarantees</q>;" in html  # no speaker after the term


def test_a_fragment_of_several_words_shows_who_said_it_on_the_terms_line() -> None:
    import docx

    from briefgen.model import Quote

    text = (
        "Harbour fees to rise\n\nAna Roe, who heads the pilots' union, said the crews faced “the worst "
        "season in forty years” after the storms. The mayor called the plan “a gift” to importers."
    )
    quotes = []
    for needle, speaker in (("the worst season in forty years", "Ana Roe"), ("a gift", "the mayor")):
        start = text.index(needle)
        quotes.append(Quote(text=needle, speaker=speaker, span=(start, start + len(needle)), kind="term"))
    brief = Brief(text=text, bottom_line="Harbour fees to rise.", quotes=quotes)
    # by default the line lists someone's words cut short, with who said them, and no short scare quote
    default = render(brief, "md", generated_at=WHEN)
    assert "*Also in quotation marks:* “the worst season in forty years” (Ana Roe)\n" in default
    assert "a gift" not in default.split("## Quotes", 1)[1]
    md = render(brief, "md", generated_at=WHEN, settings=ALL_TERMS)
    # with every term shown, a short scare quote shows its words only
    assert "*Also in quotation marks:* “the worst season in forty years” (Ana Roe); “a gift”" in md
    html = render(brief, "html", generated_at=WHEN, settings=ALL_TERMS)
    assert '<q>the worst season in forty years</q> <span class="term-speaker">(Ana Roe)</span>;' in html
    assert "(the mayor)" not in md and "(the mayor)" not in html
    data = render(brief, "docx", generated_at=WHEN, settings=ALL_TERMS)
    paragraphs = [p.text for p in docx.Document(io.BytesIO(data)).paragraphs]
    assert "Also in quotation marks: “the worst season in forty years” (Ana Roe); “a gift”" in paragraphs


def test_a_term_written_once_with_a_hyphen_and_once_without_is_listed_once() -> None:
    from briefgen.model import Quote

    text = "Doctors call it “harbour-fog lung”. The patient had what is called “harbour fog lung” in the report."
    quotes = []
    for needle in ("harbour-fog lung", "harbour fog lung"):
        start = text.index(needle)
        quotes.append(Quote(text=needle, span=(start, start + len(needle)), kind="term"))
    md = render(
        Brief(text=text, bottom_line="A patient fell ill.", quotes=quotes), "md", generated_at=WHEN, settings=ALL_TERMS
    )
    assert md.count("fog lung”") == 1


def test_a_term_inside_a_longer_one_or_in_its_possessive_is_listed_once() -> None:
    from briefgen.model import Quote

    text = (
        "The board called the claim “patently false”. Its head said it “is patently false” twice. "
        "The “whistleblower’s” file reached the “whistleblower” board, and “reckless” fees rose."
    )
    quotes = []
    for needle in ("patently false", "is patently false", "whistleblower’s", "whistleblower", "reckless"):
        start = text.index(needle)
        quotes.append(Quote(text=needle, span=(start, start + len(needle)), kind="term"))
    md = render(
        Brief(text=text, bottom_line="A board denied a claim.", quotes=quotes),
        "md",
        generated_at=WHEN,
        settings=ALL_TERMS,
    )
    assert "*Also in quotation marks:* “is patently false”; “whistleblower’s”; “reckless”" in md


def test_terms_take_the_teams_title_and_go_with_max_quotes_zero() -> None:
    brief = _with_terms()
    md = render(brief, "md", generated_at=WHEN, settings={**ALL_TERMS, "titles": {"terms": "Mots cités"}})
    assert "*Mots cités:* “job guarantees”" in md
    none = render(brief, "md", generated_at=WHEN, settings={**ALL_TERMS, "max_quotes": 0})
    assert "job guarantees”" not in none and "## Quotes" not in none


def test_docx_lists_terms_apart() -> None:
    import docx

    data = render(_with_terms(), "docx", generated_at=WHEN, settings=ALL_TERMS)
    paragraphs = [p.text for p in docx.Document(io.BytesIO(data)).paragraphs]
    assert "Also in quotation marks: “job guarantees”; “emergency powers”" in paragraphs
    assert "“job guarantees”" not in paragraphs  # not a block quote of its own


def test_actors_without_standing_stay_in_the_json_only() -> None:
    """Named once, with no role and no quote: left out of the rendered brief unless all_actors is set."""
    actors = [
        Actor(name="Ines Varga", kind="person", mentions=1, role="harbour master"),
        Actor(name="Quillon 5", kind="organization", mentions=1),  # a product met once in a list
        Actor(name="Tomas Reyes", kind="person", mentions=1),  # quoted below
        Actor(name="Brackwater Shipping", kind="organization", mentions=4),
        Actor(name="Lowmoor", kind="place", mentions=1),
        Actor(name="Dunmore", kind="place", mentions=2),
    ]
    quote = full_brief().quotes[0].model_copy(update={"speaker": "Tomas Reyes"})
    brief = full_brief().model_copy(update={"actors": actors, "quotes": [quote]})
    md = render(brief, "md", generated_at=WHEN)
    assert "**Ines Varga**" in md and "**Tomas Reyes**" in md and "**Brackwater Shipping**" in md
    assert "Quillon 5" not in md and "Lowmoor" not in md and "**Places:** Dunmore" in md
    everyone = render(brief, "md", generated_at=WHEN, settings={"all_actors": True})
    assert "**Quillon 5**" in everyone and "Lowmoor · Dunmore" in everyone
    people = ["Ruth Okafor", "Maple Syrup", "Tom Ruddle", "Kelmsby Council", "Ana Soto", "Ben Lusk"]
    kinds = ["person", "person", "person", "organization", "person", "person"]
    nobody = brief.model_copy(
        update={"actors": [Actor(name=n, kind=k, mentions=1) for n, k in zip(people, kinds, strict=True)]}
    )
    few = render(nobody, "md", generated_at=WHEN)
    # none stands out: the first three whose names read as names (not a heading's words)
    assert "**Ruth Okafor**" in few and "**Kelmsby Council**" in few and "**Ana Soto**" not in few
    assert "Maple Syrup" not in few


def test_an_actor_named_once_as_the_subject_that_opens_a_key_point_is_shown() -> None:
    """A body or a person the key points make act ("The X Board approved ...", "Ana Roe, a nurse, ...",
    "The Y Trust says ...", after a fronted phrase too) is shown though named once; a name that
    modifies a noun or a one-word person is not."""
    from briefgen.model import KeyPoint

    points = [
        "The Harwick Water Board approved the new reservoir on Tuesday.",
        "Ines Okoro, a hydrologist, warned of a dry summer. The Lowmoor Trust says it will sue.",
        "Tarvel Academy junior Jo Park won the science prize. Caring is hard work, she said.",
        "The Norland Gas plan was dropped. Kelby Rovers fans cheered.",
        "From the Selm Met Office, Ana Lusk warned of floods.",
        "AFP News Desk reported the dam held.",
    ]
    names = [
        ("Harwick Water Board", "organization"),
        ("Ines Okoro", "person"),
        ("Lowmoor Trust", "organization"),
        ("Tarvel Academy", "organization"),
        ("Caring", "person"),
        ("Norland Gas", "organization"),
        ("Kelby Rovers", "organization"),
        ("Ana Lusk", "person"),
        ("AFP News Desk", "organization"),
    ]
    brief = full_brief().model_copy(
        update={
            # one actor with standing of its own: no fallback to the first few names
            "actors": [Actor(name="Dunmore Council", kind="organization", mentions=3)]
            + [Actor(name=n, kind=k, mentions=1) for n, k in names],
            "key_points": [KeyPoint(text=t) for t in points],
            "quotes": [],
        }
    )
    md = render(brief, "md", generated_at=WHEN)
    shown = md.split("## Actors", 1)[1]
    for name in ("Harwick Water Board", "Ines Okoro", "Lowmoor Trust", "Ana Lusk"):
        assert f"**{name}**" in shown
    for name in ("Tarvel Academy", "Caring", "Norland Gas", "Kelby Rovers", "AFP News Desk"):
        assert f"**{name}**" not in shown


def test_a_quote_split_by_its_reporting_clause_is_shown_whole_above_its_sentence() -> None:
    from briefgen import summarize

    text = (
        "Harbour pilots will strike on Monday.\n\nThe union says wages have fallen for a decade.\n\n"
        "“Forty years of working at sea,” pilot Tom Lee said, “has taught me that nobody listens until "
        "the ships stop.”\n\nThe port authority declined to comment."
    )
    brief = summarize(text)
    assert len([q for q in brief.quotes if q.speaker == "Tom Lee"]) == 2  # the JSON keeps both parts
    section = render(brief, "md", generated_at=WHEN).split("## Quotes", 1)[1]
    assert "> “Forty years of working at sea”" not in section  # not a block of its own
    # one block, the two parts joined (no quote that opens mid-sentence), then the sentence
    assert "> “Forty years of working at sea … has taught me that nobody listens until the ships stop.”" in section
    assert section.count("> “") == 1
    assert "*In the article:* “Forty years of working at sea,” pilot Tom Lee said, “has taught me" in section
    assert [q.text for q in brief.quotes if q.speaker == "Tom Lee"][0] == "Forty years of working at sea"  # verbatim


def test_a_quote_the_page_prints_twice_is_shown_once() -> None:
    from briefgen import summarize

    story = (
        "Harbour pilots will strike on Monday, the union said.\n\n"
        "“Nobody listens to us until the ships stop moving in and out of the port,” pilot Tom Lee said.\n\n"
        "The port authority declined to comment."
    )
    # the page printed the story twice, the second copy cut short inside the quote
    text = story + "\n\n" + story.split(" in and out", 1)[0] + "”, pilot Tom Lee said.\n\nMore news follows."
    brief = summarize(text)
    assert len([q for q in brief.quotes if q.text.startswith("Nobody listens")]) == 2  # the JSON keeps both
    section = render(brief, "md", generated_at=WHEN).split("## Quotes", 1)[1]
    assert section.count("Nobody listens to us") == 1
    assert "until the ships stop moving in and out of the port" in section  # the whole one


def test_a_term_quoted_twice_is_listed_once_whoever_the_json_gives_it_to() -> None:
    from briefgen.model import Quote

    brief = _with_terms()
    again = next(q for q in brief.quotes if q.text == "job guarantees")
    brief = brief.model_copy(update={"quotes": [*brief.quotes, again.model_copy(update={"speaker": None})]})
    md = render(brief, "md", generated_at=WHEN, settings=ALL_TERMS)
    assert md.count("“job guarantees”") == 1
    assert isinstance(again, Quote)


def test_two_partial_quotes_of_one_sentence_are_both_shown() -> None:
    from briefgen import summarize

    text = (
        "Harbour pilots will strike on Monday.\n\nThe union says wages have fallen for a decade.\n\n"
        "Pilot Tom Lee called the offer “an insult to every crew that has ever worked on the river” and "
        "“a plan to empty the harbour of all of its pilots for good”.\n\nThe port authority declined to comment."
    )
    brief = summarize(text)
    section = render(brief, "md", generated_at=WHEN).split("## Quotes", 1)[1]
    partial = [q for q in brief.quotes if q.context is not None]
    assert len(partial) == 2
    assert "> “an insult to every crew that has ever worked on the river”" in section
    assert "> “a plan to empty the harbour of all of its pilots for good”" in section


def test_quotes_credited_to_no_one_are_not_joined_as_one_speakers_parts() -> None:
    from briefgen.model import Quote

    brief = full_brief()
    text = (
        "The column “Will the harbour ever reopen?” (Page C3, March 2) about “years of delay on "
        "everything from the dredging to the new pontoon” helps me see why people doubt the board."
    )
    first, second = "Will the harbour ever reopen?", "years of delay on everything from the dredging to the new pontoon"
    a, b = text.index(first), text.index(second)
    quotes = [
        Quote(text=first, speaker=None, span=(a, a + len(first)), kind="statement"),
        Quote(text=second, speaker=None, span=(b, b + len(second)), kind="statement", context=(0, len(text))),
    ]
    brief = brief.model_copy(update={"text": text, "quotes": quotes})
    shown = {"unattributed_quotes": True}
    section = render(brief, "md", generated_at=WHEN, settings=shown).split("## Quotes", 1)[1]
    assert f"> “{first}”" in section and f"> “{second}”" in section
    assert "reopen? years" not in section


def _joined_first_point(lead: str, added: str) -> Brief:
    """A brief whose bottom line is ``lead`` and whose first point joins ``added`` to it (a second
    point follows)."""
    text = f"{lead} {added} The bridge opened in 2009."
    return Brief(
        text=text,
        bottom_line=lead,
        bottom_line_spans=[(0, len(lead))],
        key_points=[
            {"text": f"{lead} {added}", "spans": [(0, len(lead)), (len(lead) + 1, len(lead) + 1 + len(added))]},
            {"text": "The bridge opened in 2009.", "spans": [(text.index("The bridge"), len(text))]},
        ],
    )


def _points_under(lead: str, added: str) -> str:
    """The key points section of :func:`_joined_first_point`'s brief in Markdown."""
    return render(_joined_first_point(lead, added), "md").split("## Key points", 1)[1]


def test_what_a_point_joins_to_the_bottom_line_is_shown_without_its_opening_connective() -> None:
    lead = "The harbour board sold its two ferries to a buyer in Oslo on Monday."
    added = "But the sale will not raise fares, the board said."
    brief = _joined_first_point(lead, added)
    md = render(brief, "md")
    assert "- The sale will not raise fares, the board said." in md
    assert "But the sale" not in md
    assert Brief.from_json(render(brief, "json")).key_points[0].text == f"{lead} {added}"


def test_a_point_joined_to_the_bottom_line_for_a_pronoun_is_shown_whole() -> None:
    """Shown alone under the bottom line, "Renamed ..., it posted ..." or "... rejected these
    claims ..." would lean on a sentence the brief no longer shows: the point stays whole."""
    lead = "The harbour board renamed its ferry account to “factsKelby” during a debate on Monday."
    for added in (
        "Renamed to look like a neutral service, it posted a run of praise for the board.",
        "The council rejected these claims as false on Tuesday.",
        "However, it was this kind of post that angered the islanders.",
        "It’s the second row over the board’s posts on the ferry service this year, islanders said.",
        # a time the bottom line's sentence tells: shown alone, "At the time" points at nothing
        "At the time, the board called the account a test despite its thousands of followers.",
        "That night, the account took its old name back.",
    ):
        assert f"- {lead} {added}" in _points_under(lead, added), added


def test_a_point_joined_to_the_bottom_line_for_a_definite_noun_is_shown_alone() -> None:
    lead = "A gas main burst under Kelby's high street on Monday."
    added = "The burst was probably down to road works, the fire service said."
    points = _points_under(lead, added)
    assert f"- {added}" in points and lead not in points


def test_a_pronoun_after_a_name_of_its_own_sentence_does_not_keep_the_point_whole() -> None:
    lead = "The Kelby label says the singer may play her old songs at the harbour festival on Sunday."
    added = "A row involving Ana Roe, her former label and two councillors looks like it is over."
    points = _points_under(lead, added)
    assert f"- {added}" in points and lead not in points


def test_a_pronoun_after_a_place_of_its_own_sentence_keeps_the_point_whole() -> None:
    """ "Raised on a farm near Kelby, she ...": a place is no referent of "she"; shown alone,
    the point would lean on the bottom line's sentence left out above it."""
    lead = "Ana Roe is a ferry pilot for the Kelby Harbour Board."
    added = "Raised on a farm near Kelby, she is a pilot who now lives in Selm with her two sons."
    assert f"- {lead} {added}" in _points_under(lead, added)


def test_an_it_that_stands_for_the_clause_after_it_lets_the_point_stand_alone() -> None:
    lead = "Match-day snacks at Kelby's harbour bars are fried, salty and hard to resist."
    points = _points_under(lead, "But it's important to remember that fans only watch the match, not play it.")
    assert "- It's important to remember that fans only watch the match, not play it." in points
    assert lead not in points


def test_a_possessive_after_the_points_own_the_subject_does_not_keep_the_point_whole() -> None:
    lead = "A 51-year-old ferry pilot fell ill after a winter of breathing diesel fumes, a case report says."
    added = "The pilot saw his GP in March after three months of coughing at night."
    points = _points_under(lead, added)
    assert f"- {added}" in points and lead not in points
    # "her" may be an object ("The court fined her"), and a possessive after no subject of its own
    # points at the sentence left out: both stay whole
    for added in (
        "The court fined her a month's wages in May for flying while she was unwell.",
        "Within weeks his cough got worse and kept him awake at night, and he stopped flying.",
    ):
        assert f"- {lead} {added}" in _points_under(lead, added), added
