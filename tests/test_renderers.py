"""The renderer registry (built-in formats, aliases, plugins), Word output, and `-o FILE` / PDF-input messages."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from datetime import datetime, timezone
from importlib.metadata import EntryPoint
from pathlib import Path

import pytest

from briefgen.errors import BinaryInputError, ConfigError, InputError, RenderError
from briefgen.rendering import registry, render
from briefgen.rendering.registry import (
    BriefJob,
    DigestJob,
    Renderer,
    broken_renderers,
    format_names,
    get_renderer,
    register_renderer,
    resolve_format,
)

sys.path.insert(0, str(Path(__file__).parent))
from conftest import EXAMPLE, ROOT  # noqa: E402
from fixtures_render import full_brief, hostile_brief  # noqa: E402

WHEN = datetime(2025, 11, 18, 9, 30, tzinfo=timezone.utc)

PLUGIN = """
from briefgen.rendering.registry import Renderer

class UpperRenderer(Renderer):
    name = "upper"
    extension = "up"
    aliases = ("shout",)
    description = "the bottom line in capitals"
    digest = True

    def render_brief(self, job):
        return job.brief.bottom_line.upper() + "\\n"

    def render_digest(self, job):
        return job.digest.title.upper() + "\\n"

class NotARenderer:
    pass
"""


@pytest.fixture
def fresh_registry():
    """A registry that reads the entry points again, and forgets test registrations afterwards."""
    registry._reset()
    yield registry
    registry._reset()


@pytest.fixture
def plugin_dir(tmp_path: Path) -> Path:
    """An installed plugin distribution, as pip leaves one: a module and a dist-info with entry points."""
    folder = tmp_path / "site"
    folder.mkdir()
    (folder / "briefgen_upper.py").write_text(PLUGIN, encoding="utf-8")
    info = folder / "briefgen_upper-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: briefgen-upper\nVersion: 0.1\n", encoding="utf-8")
    (info / "entry_points.txt").write_text(
        "[briefgen.renderers]\nupper = briefgen_upper:UpperRenderer\n"
        "missing = briefgen_no_such_module:Renderer\nwrong = briefgen_upper:NotARenderer\n",
        encoding="utf-8",
    )
    return folder


# --------------------------------------------------------------------------- the registry


def test_builtin_formats_names_aliases_and_extensions() -> None:
    assert format_names()[:5] == ["md", "html", "pdf", "json", "docx"]
    assert resolve_format("markdown") == "md" and resolve_format(" .HTM ") == "html"
    assert resolve_format("Word") == "docx"
    assert [(get_renderer(n).extension, get_renderer(n).binary) for n in ("md", "pdf", "json", "docx")] == [
        ("md", False),
        ("pdf", True),
        ("json", False),
        ("docx", True),
    ]
    with pytest.raises(RenderError, match="unknown output format 'odt'.*md, html, pdf, json, docx"):
        resolve_format("odt")


def test_pipeline_parses_aliases_and_renders_json_through_the_registry() -> None:
    from briefgen.pipeline import parse_formats, render_formats

    assert parse_formats("markdown,md, JSON") == ["md", "json"]
    with pytest.raises(InputError, match="'odt'"):
        parse_formats("md,odt")
    brief = full_brief()
    assert render_formats(brief, ["json"])["json"] == brief.to_json() + "\n"
    assert render(brief, "json") == brief.to_json() + "\n"


def test_a_registered_renderer_is_a_format_everywhere(fresh_registry) -> None:
    @register_renderer
    class Reverse(Renderer):
        name = "rev"
        extension = "rev"
        aliases = ("backwards",)

        def render_brief(self, job: BriefJob) -> str:
            return job.context["title"][::-1]

    from briefgen.pipeline import parse_formats

    assert "rev" in format_names()
    assert parse_formats("backwards") == ["rev"]
    assert render(full_brief(), "rev", generated_at=WHEN) == (full_brief().title or "")[::-1]
    with pytest.raises(RenderError, match="cannot render a digest"):
        Reverse().render_digest(DigestJob(digest=None))  # type: ignore[arg-type]
    from briefgen.digest import make_digest, render_outputs

    with pytest.raises(RenderError, match="'rev' cannot render a digest"):
        render_outputs(make_digest([], title="t", generated_at=WHEN), formats=("md", "rev"))


def test_register_refuses_what_is_not_a_renderer(fresh_registry) -> None:
    class Bad(Renderer):
        name = "Has Space"
        extension = "x"

        def render_brief(self, job: BriefJob) -> str:
            return ""

    with pytest.raises(TypeError, match="lower-case name"):
        register_renderer(Bad)
    with pytest.raises(TypeError, match="not a briefgen"):
        register_renderer(object)  # type: ignore[arg-type]


def test_entry_point_plugins_load_and_a_broken_one_breaks_nothing(
    fresh_registry, plugin_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.syspath_prepend(str(plugin_dir))
    eps = [
        EntryPoint("upper", "briefgen_upper:UpperRenderer", registry.ENTRY_POINT_GROUP),
        EntryPoint("missing", "briefgen_no_such_module:Renderer", registry.ENTRY_POINT_GROUP),
        EntryPoint("wrong", "briefgen_upper:NotARenderer", registry.ENTRY_POINT_GROUP),
    ]
    monkeypatch.setattr(registry, "entry_points", lambda group: eps if group == registry.ENTRY_POINT_GROUP else [])
    assert format_names() == ["md", "html", "pdf", "json", "docx", "upper"]
    assert set(broken_renderers()) == {"missing", "wrong"}
    assert "ModuleNotFoundError" in broken_renderers()["missing"]
    assert render(full_brief(), "shout").startswith("A DOCKWORKERS")
    assert isinstance(render(full_brief(), "md", generated_at=WHEN), str)
    with pytest.raises(RenderError, match="could not be loaded"):
        resolve_format("missing")


def test_digest_outputs_come_from_the_registry(fresh_registry, tmp_path: Path) -> None:
    import docx

    from briefgen.digest import make_digest, render_outputs, write_outputs
    from briefgen.digest.build import ArticleOutcome

    @register_renderer
    class Title(Renderer):
        name = "title"
        extension = "ttl"
        digest = True

        def render_brief(self, job: BriefJob) -> str:
            return ""

        def render_digest(self, job: DigestJob) -> str:
            return job.digest.title

    digest = make_digest(
        [ArticleOutcome("a.txt", "a.txt", brief=full_brief())], title="Morning digest", generated_at=WHEN
    )
    outputs = render_outputs(digest, formats=("markdown", "docx", "title"))
    assert sorted(outputs.files) == ["docx", "eml", "md", "title"]
    written = write_outputs(outputs, tmp_path)
    assert sorted(p.name for p in written) == ["digest.docx", "digest.eml", "digest.md", "digest.ttl"]
    text = "\n".join(p.text for p in docx.Document(str(tmp_path / "digest.docx")).paragraphs)
    assert "Morning digest" in text and "Halvern" in text
    assert (tmp_path / "digest.ttl").read_text() == "Morning digest"


# --------------------------------------------------------------------------- Word


def _docx(data: bytes):
    import docx

    return docx.Document(io.BytesIO(data))


def test_docx_holds_every_section_with_its_styles() -> None:
    brief = full_brief()
    document = _docx(render(brief, "docx", generated_at=WHEN))
    paragraphs = [(p.style.name, p.text) for p in document.paragraphs]
    headings = [text for style, text in paragraphs if style == "Heading 1"]
    assert headings == ["Bottom line", "Key points", "Actors", "Quotes", "Open questions"]
    assert ("Title", brief.title) in paragraphs
    assert any(text == brief.bottom_line for _, text in paragraphs)
    bullets = [text for style, text in paragraphs if style == "List Bullet"]
    assert any("Marta Ekdahl (person) — President, Halvern Dockworkers' Union" == b for b in bullets)
    places = [a.name for a in brief.actors if a.kind == "place"]
    assert not any(b.startswith(tuple(places)) for b in bullets)  # places: one line, no bullets
    assert ("Normal", "Places: " + " · ".join(places)) in paragraphs
    quotes = [text for style, text in paragraphs if style == "Quote"]
    assert f"“{brief.quotes[0].text.rstrip(',')}”" in quotes and "— Marta Ekdahl" in quotes
    numbered = [text for style, text in paragraphs if style == "List Number"]
    assert numbered == [q.text for q in brief.open_questions]
    assert any(text.startswith("Source: https://") for _, text in paragraphs)
    footer = document.sections[0].footer.paragraphs[0].text
    assert footer.startswith("Generated by briefgen on 18 November 2025 from an article by The Coastal Ledger")
    assert document.core_properties.title == brief.title


def test_docx_is_reproducible_and_takes_any_text() -> None:
    assert render(full_brief(), "docx", generated_at=WHEN) == render(full_brief(), "docx", generated_at=WHEN)
    brief = hostile_brief().model_copy(update={"bottom_line": "bell\x07 and form feed\x0c kept out"})
    text = "\n".join(p.text for p in _docx(render(brief, "docx", generated_at=WHEN)).paragraphs)
    assert "bell and form feed kept out" in text
    assert "<b>Bold</b> {{ 7*7 }} # title" in text  # text stays text


def _reference_docx(path: Path) -> None:
    import docx

    document = docx.Document()
    document.styles["Normal"].font.name = "Courier New"
    document.add_paragraph("SAMPLE TEXT OF THE REFERENCE")
    document.save(str(path))


def test_docx_follows_the_team_name_colours_and_reference_document(tmp_path: Path) -> None:
    team = tmp_path / "desk"
    team.mkdir()
    _reference_docx(team / "styles.docx")
    (team / "team.yaml").write_text(
        "name: Policy Desk\ncolours: {primary: '#1d3c63', accent: 'rgb(200, 16, 46)'}\n"
        "docx_reference: styles.docx\nclassification: {text: Internal}\nsections: [bottom_line, recommended_actions]\n",
        encoding="utf-8",
    )
    document = _docx(render(full_brief(), "docx", team=team, generated_at=WHEN))
    texts = [p.text for p in document.paragraphs]
    assert "SAMPLE TEXT OF THE REFERENCE" not in texts
    assert texts[:2] == ["INTERNAL", "POLICY DESK"]
    assert document.styles["Normal"].font.name == "Courier New"
    assert str(document.styles["Title"].font.color.rgb) == "1D3C63"
    assert str(document.paragraphs[1].runs[0].font.color.rgb) == "1D3C63"
    bottom_line = next(p for p in document.paragraphs if p.text == full_brief().bottom_line)
    assert 'w:fill="C8102E"' in bottom_line._p.xml
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings == ["Bottom line", "Recommended actions"]
    assert len(document.tables[0].rows) == 5
    assert document.sections[0].footer.paragraphs[0].text.endswith("check quotes against the source.")


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("../outside.docx", "inside the team pack"),
        ("styles.dotx", "must be one of .docx"),
        ("missing.docx", "file not found"),
    ],
)
def test_docx_reference_must_be_a_docx_inside_the_pack(tmp_path: Path, value: str, message: str) -> None:
    from briefgen.teams.loader import load_team

    team = tmp_path / "desk"
    team.mkdir()
    _reference_docx(tmp_path / "outside.docx")
    (team / "styles.dotx").write_bytes(b"x")
    (team / "team.yaml").write_text(f"docx_reference: {value}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=f"docx_reference.*{message}"):
        load_team(team)


def test_a_damaged_reference_document_is_one_render_error(tmp_path: Path) -> None:
    team = tmp_path / "desk"
    team.mkdir()
    (team / "styles.docx").write_bytes(b"not a zip")
    (team / "team.yaml").write_text("docx_reference: styles.docx\n", encoding="utf-8")
    with pytest.raises(RenderError, match="styles.docx: not a readable .docx"):
        render(full_brief(), "docx", team=team)


# --------------------------------------------------------------------------- input: PDF


def test_a_pdf_input_gets_a_message_saying_what_to_do(tmp_path: Path) -> None:
    from briefgen.ingest import decode_bytes

    with pytest.raises(BinaryInputError, match="x.pdf: a PDF, and briefgen does not read PDFs; save"):
        decode_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", name="x.pdf")


# --------------------------------------------------------------------------- the command line


def _run(*args: str, cwd: Path, pythonpath: Path | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("BRIEFGEN_")}
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(pythonpath or ""), str(ROOT), env.get("PYTHONPATH", "")) if p)
    return subprocess.run([sys.executable, "-m", "briefgen", *args], capture_output=True, cwd=cwd, env=env, timeout=300)


def _one_error_line(proc: subprocess.CompletedProcess) -> str:
    assert proc.returncode != 0
    lines = [line for line in proc.stderr.decode().splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("briefgen: error: "), proc.stderr.decode()
    return lines[0]


def test_cli_plugin_format_in_formats_help_and_build(tmp_path: Path, plugin_dir: Path) -> None:
    listing = _run("formats", cwd=tmp_path, pythonpath=plugin_dir)
    assert listing.returncode == 0, listing.stderr.decode()
    names = [line.split()[0] for line in listing.stdout.decode().splitlines()]
    assert names == ["md", "html", "pdf", "json", "docx", "upper"]
    assert "shout" in listing.stdout.decode() and "the bottom line in capitals" in listing.stdout.decode()
    warnings = listing.stderr.decode()
    assert "output format 'missing' could not be loaded" in warnings and "'wrong'" in warnings
    helped = _run("build", "--help", cwd=tmp_path, pythonpath=plugin_dir)
    assert "md, html, pdf, json, docx, upper" in " ".join(helped.stdout.decode().split())
    built = _run("build", str(EXAMPLE), "-f", "shout,markdown", "-o", "out", "-q", cwd=tmp_path, pythonpath=plugin_dir)
    assert built.returncode == 0, built.stderr.decode()
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["ktxs-china-russia.md", "ktxs-china-russia.up"]
    assert (tmp_path / "out" / "ktxs-china-russia.up").read_text().isupper()


def test_cli_builds_a_word_document(tmp_path: Path) -> None:
    import docx

    proc = _run("build", str(EXAMPLE), "-f", "docx", "-o", "x", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr.decode()
    document = docx.Document(str(tmp_path / "x" / "ktxs-china-russia.docx"))
    assert any(p.style.name == "Heading 1" for p in document.paragraphs)


def test_cli_output_file_and_refusals(tmp_path: Path) -> None:
    # -o with a file name of the one format writes that file, not a folder called brief.md
    proc = _run("build", str(EXAMPLE), "-f", "markdown", "-o", "brief.md", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr.decode()
    assert (tmp_path / "brief.md").is_file() and (tmp_path / "brief.md").read_text().startswith("# ")
    proc = _run("build", str(EXAMPLE), "-f", "docx", "-o", "sub/note.docx", "-q", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr.decode()
    assert (tmp_path / "sub" / "note.docx").read_bytes()[:2] == b"PK"
    # an existing folder with a format's extension stays a folder
    (tmp_path / "old.md").mkdir()
    proc = _run("build", str(EXAMPLE), "-f", "md", "-o", "old.md", "-q", cwd=tmp_path)
    assert proc.returncode == 0 and (tmp_path / "old.md" / "ktxs-china-russia.md").is_file()
    # a file name with several formats (the default) is refused before any work, and nothing is created
    line = _one_error_line(_run("build", str(EXAMPLE), "-o", "other.md", cwd=tmp_path))
    assert "-o other.md names a .md file" in line and "-f md" in line
    assert not (tmp_path / "other.md").exists()
    line = _one_error_line(_run("build", str(EXAMPLE), str(EXAMPLE), "-f", "md", "-o", "two.md", cwd=tmp_path))
    assert "2 input(s)" in line
    line = _one_error_line(_run("build", str(EXAMPLE), "-f", "html", "-o", "mismatch.md", cwd=tmp_path))
    assert "names a .md file" in line
    # a PDF input: one line saying what to do
    (tmp_path / "paper.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    line = _one_error_line(_run("build", "paper.pdf", "-f", "md", "-o", "out", cwd=tmp_path))
    assert "paper.pdf: a PDF, and briefgen does not read PDFs" in line and "HTML" in line


def test_cli_digest_formats(tmp_path: Path) -> None:
    proc = _run("digest", str(EXAMPLE), "-f", "docx,markdown", "-o", "d", "-q", "-j", "1", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr.decode()
    assert sorted(p.name for p in (tmp_path / "d").iterdir()) == ["digest.docx", "digest.eml", "digest.md"]
    line = _one_error_line(_run("digest", str(EXAMPLE), "-f", "odt", "-o", "d2", cwd=tmp_path))
    assert "unknown output format 'odt'" in line
