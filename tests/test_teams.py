"""Tests of team packs: team.yaml validation, extends chains, defaults, branding in md/html/pdf."""

from __future__ import annotations

import io
import re
import shutil
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest

from briefgen.errors import ConfigError, TemplateError
from briefgen.model import Brief
from briefgen.rendering import render
from briefgen.rendering.environment import builtin_template_dir
from briefgen.teams import load_team, resolve_team_path
from briefgen.teams.loader import template_sources

sys.path.insert(0, str(Path(__file__).parent))
from fixtures_render import full_brief, hostile_brief  # noqa: E402

WHEN = datetime(2025, 11, 18, 9, 30, tzinfo=timezone.utc)
REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples" / "teams"
LOGO = "<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'><rect width='10' height='10'/></svg>"


def make_pack(folder: Path, team_yaml: str, files: dict[str, str] | None = None) -> Path:
    """Write a team pack: team.yaml plus other files (paths relative to the pack)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "team.yaml").write_text(team_yaml, encoding="utf-8")
    for name, content in (files or {}).items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
    return folder


def _pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join(page.extract_text() or "" for page in reader.pages).split())


# --------------------------------------------------------------------------- team.yaml validation


def test_every_problem_of_a_team_yaml_is_reported_at_once(tmp_path: Path) -> None:
    pack = make_pack(tmp_path / "desk", "colours:\n  primary: navvy\nsectons: []\npage_size: A3\nkey_points: many\n")
    with pytest.raises(ConfigError) as info:
        load_team(pack)
    message = str(info.value)
    assert message.startswith(str(pack / "team.yaml") + ": ")
    assert "'colours.primary': not a CSS colour (got 'navvy')" in message
    assert "'sectons': unknown key (did you mean 'sections'?)" in message
    assert "'page_size': must be one of 'A4', 'Letter'" in message and "(got 'A3')" in message
    assert "'key_points': must be a whole number (got 'many')" in message
    assert "\n" not in message


@pytest.mark.parametrize(
    ("yaml_text", "needle"),
    [
        ("sections: [bottom_line, summary]\n", "'sections[1]': must be one of 'bottom_line'"),
        ("sections: [quotes, quotes]\n", "listed twice: quotes"),
        ("fonts:\n  body: 'Inter; } body { display: none'\n", "'fonts.body[0]': not a font family name"),
        ("classification:\n  colour: red\n", "'classification.text': is required"),
        ("titles:\n  key_points: 3\n", "'titles.key_points': must be text (got 3)"),
        ("colours:\n  primary: 'red; background: url(x)'\n", "not a CSS colour"),
        ("date_format: Monday\n", "'date_format': not a strftime date format"),
        ("colors:\n  primary: red\n", "'colors': unknown key (did you mean 'colours'?)"),
        ("- a\n- b\n", "must be a mapping of keys to values (got a list)"),
        ("name: [unclosed\n", "not valid YAML"),
    ],
)
def test_invalid_values_name_the_key_and_what_is_allowed(tmp_path: Path, yaml_text: str, needle: str) -> None:
    pack = make_pack(tmp_path / "desk", yaml_text)
    with pytest.raises(ConfigError, match=re.escape(needle)):
        load_team(pack)


def test_python_tags_are_refused_and_never_run(tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    pack = make_pack(tmp_path / "desk", f"name: !!python/object/apply:os.system ['touch {marker}']\n")
    with pytest.raises(
        ConfigError, match=r"team\.yaml \(line 1\): Python tags such as !!python/object are not allowed"
    ):
        load_team(pack)
    assert not marker.exists()


@pytest.mark.parametrize("logo", ["../outside.svg", "/etc/hostname.svg", "escape.svg", "missing.svg", "logo.exe"])
def test_assets_must_be_files_inside_the_pack(tmp_path: Path, logo: str) -> None:
    (tmp_path / "outside.svg").write_text(LOGO, encoding="utf-8")
    pack = make_pack(tmp_path / "desk", f"logo: {logo}\n")
    (pack / "escape.svg").symlink_to(tmp_path / "outside.svg")
    with pytest.raises(ConfigError, match=r"'logo': "):
        load_team(pack)


def test_missing_pack_and_folder_without_team_yaml(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="team pack not found"):
        load_team(tmp_path / "nope")
    with pytest.raises(ConfigError, match="has no team.yaml"):
        load_team(tmp_path)


# --------------------------------------------------------------------------- extends and defaults


def test_extends_chain_orders_templates_and_merges_settings(tmp_path: Path) -> None:
    base = make_pack(
        tmp_path / "base",
        "name: Base\ncolours: {primary: '#112233', text: '#222222'}\ntitles: {quotes: Said}\nmax_actors: 2\n",
        {
            "templates/brief.md.j2": '{% extends "default:brief.md.j2" %}{% block footer %}\nBASE FOOTER\n{% endblock %}\n',
            "templates/brief.html.j2": '{% extends "default:brief.html.j2" %}{% block footer %}<p>BASE HTML</p>{% endblock %}\n',
        },
    )
    child = make_pack(
        tmp_path / "child",
        "name: Child\nextends: ../base\ncolours: {primary: '#445566'}\n",
        {
            "templates/brief.md.j2": '{% extends "default:brief.md.j2" %}{% block footer %}\nCHILD FOOTER\n{% endblock %}\n'
        },
    )
    pack = load_team(child)
    assert [p.name for p in pack.chain] == ["Child", "Base"]
    settings = pack.render_settings()
    assert settings.colours.primary == "#445566" and settings.colours.text == "#222222"
    assert settings.titles.quotes == "Said" and settings.titles.actors == "Actors"
    assert settings.max_actors == 2 and settings.team == "Child" and settings.label == "Child"
    md = render(full_brief(), "md", team=pack, generated_at=WHEN)
    assert "CHILD FOOTER" in md and "BASE FOOTER" not in md and "## Said" in md
    html = render(full_brief(), "html", team=pack, generated_at=WHEN)
    assert "BASE HTML" in html and "--accent: #445566" in html  # html from the extended pack
    origins = {s.name: (s.origin, s.pack) for s in template_sources(pack)}
    assert origins["brief.md.j2"] == ("team", child.resolve())
    assert origins["brief.html.j2"] == ("extends", base.resolve())
    assert origins["print.css"][0] == "built-in"


def test_extends_cycle_is_an_error(tmp_path: Path) -> None:
    make_pack(tmp_path / "a", "extends: ../b\n")
    make_pack(tmp_path / "b", "extends: [../c]\n")
    make_pack(tmp_path / "c", "extends: ../a\n")
    with pytest.raises(ConfigError, match="'extends' makes a cycle: .*a -> .*b -> .*c -> .*a"):
        load_team(tmp_path / "a")
    make_pack(tmp_path / "self", "extends: .\n")
    with pytest.raises(ConfigError, match="cycle"):
        load_team(tmp_path / "self")


def test_default_team_precedence(tmp_path: Path) -> None:
    (tmp_path / "briefgen.yaml").write_text("team: packs/from-file\n", encoding="utf-8")
    assert resolve_team_path("cli", environ={"BRIEFGEN_TEAM": "env"}, cwd=tmp_path) == Path("cli")
    assert resolve_team_path(None, environ={"BRIEFGEN_TEAM": "env"}, cwd=tmp_path) == Path("env")
    assert resolve_team_path(None, environ={}, cwd=tmp_path) == tmp_path / "packs" / "from-file"
    assert resolve_team_path(None, environ={}, cwd=tmp_path / "elsewhere") is None
    (tmp_path / "briefgen.yaml").write_text("team: 3\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"briefgen\.yaml: 'team': must be text"):
        resolve_team_path(None, environ={}, cwd=tmp_path)


# --------------------------------------------------------------------------- rendering with a pack


BRANDED = """\
name: Test desk
label: Desk note
logo: logo.svg
colours: {primary: '#7a1f3d', accent: '#f7eef1', background: '#fffdf8'}
classification: {text: 'RESTRICTED <b>', colour: darkred}
sections: [quotes, bottom_line, recommended_actions, key_points]
titles: {bottom_line: En bref, quotes: Citations, key_points: Points clés}
key_points: 2
date_format: '%d/%m/%Y'
language: fr
recommended_actions: {lines: 3}
"""


@pytest.fixture()
def branded(tmp_path: Path) -> Path:
    return make_pack(tmp_path / "desk", BRANDED, {"logo.svg": LOGO})


def test_settings_reorder_rename_and_cut_sections_in_markdown(branded: Path) -> None:
    md = render(full_brief(), "md", team=branded, generated_at=WHEN)
    headings = re.findall(r"^## (.+)$", md, flags=re.M)
    assert headings == ["Citations", "En bref", "Recommended actions", "Points clés"]
    assert md.startswith("**RESTRICTED \\<b\\>**")  # banner, Markdown-escaped
    assert md.count("\n- ") == 2  # two key points
    assert "17/11/2025" in md and "18/11/2025" in md  # published and generated dates
    assert "| 3 | | | |" in md and "| 4 |" not in md


def test_branding_in_html_is_self_contained(branded: Path) -> None:
    html = render(full_brief(), "html", team=branded, generated_at=WHEN)
    assert '<html lang="fr">' in html
    assert '<img class="logo" src="data:image/svg+xml;base64,' in html and "logo.svg" not in html
    assert "--accent: #7a1f3d" in html and "background: #fffdf8" in html
    assert '<div class="classification" role="note">RESTRICTED &lt;b&gt;</div>' in html
    order = [html.index(f'id="{name}"') for name in ("quotes", "bottom-line", "recommended-actions", "key-points")]
    assert order == sorted(order) and 'id="actors"' not in html
    assert html.count('class="action-line"') == 3


def test_branding_in_pdf_banner_on_every_page(branded: Path) -> None:
    from pypdf import PdfReader

    long_brief = full_brief()
    # twelve speakers saying the same words: each shown (a repeat by one speaker is shown once)
    copies = [q.model_copy(update={"speaker": f"Speaker {n}"}) for n in range(12) for q in long_brief.quotes]
    long_brief = long_brief.model_copy(update={"quotes": copies})
    data = render(long_brief, "pdf", team=branded, generated_at=WHEN)
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) >= 2
    for page in reader.pages:
        assert "RESTRICTED <B>" in (page.extract_text() or "").upper()
    assert "CITATIONS" in _pdf_text(data).upper()


def test_markdown_only_team_gets_html_and_pdf_from_its_markdown(tmp_path: Path) -> None:
    template = (
        "# {{ title }}\n\n"
        "| Who | Role |\n| --- | --- |\n"
        "{% for actor in actors %}| {{ actor.name }} | {{ actor.role or '' }} |\n{% endfor %}\n"
        "{{ brief.bottom_line }}[^1]\n\n"
        "Raw: {{ brief.quotes[0].text|safe }}\n\n"
        "[^1]: Machine summary.\n"
    )
    pack = make_pack(
        tmp_path / "wiki", "name: Wiki\ncolours: {primary: '#3366cc'}\n", {"templates/brief.md.j2": template}
    )
    html = render(hostile_brief(), "html", team=pack, generated_at=WHEN)
    assert 'class="brief markdown-body"' in html and "--accent: #3366cc" in html
    assert "<table>" in html and 'class="footnote-ref"' in html
    # Even through |safe, article text cannot inject HTML: markdown-it runs with html disabled.
    assert "<script>" not in html and "&lt;script&gt;" in html
    pdf = render(hostile_brief(), "pdf", team=pack, generated_at=WHEN)
    assert pdf.startswith(b"%PDF") and "Machine summary" in _pdf_text(pdf)
    # With a brief.html.j2 the team's HTML template is used instead.
    (pack / "templates" / "brief.html.j2").write_text("<p>own html</p>\n", encoding="utf-8")
    from briefgen.rendering.environment import clear_cache

    clear_cache()
    assert render(full_brief(), "html", team=pack, generated_at=WHEN) == "<p>own html</p>\n"


def test_font_files_are_embedded_from_the_pack(tmp_path: Path) -> None:
    from pypdf import PdfReader

    source = Path("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf")
    if not source.is_file():
        pytest.skip("DejaVu Sans Mono is not installed")
    pack = make_pack(
        tmp_path / "desk", "fonts:\n  body: Desk Mono\n  files:\n    - {family: Desk Mono, path: fonts/desk.ttf}\n"
    )
    (pack / "fonts").mkdir()
    shutil.copyfile(source, pack / "fonts" / "desk.ttf")
    html = render(full_brief(), "html", team=pack, generated_at=WHEN)
    assert '@font-face { font-family: "Desk Mono"; src: url(data:font/ttf;base64,' in html
    pdf = render(full_brief(), "pdf", team=pack, generated_at=WHEN)
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    fonts = {str(font["/BaseFont"]) for font in page["/Resources"]["/Font"].values()}
    assert any("Desk-Mono" in name for name in fonts), fonts  # no system font has that name


def test_pdf_reads_files_of_the_pack_only(tmp_path: Path) -> None:
    from pypdf import PdfReader

    (tmp_path / "secret.txt").write_text("outside", encoding="utf-8")
    template = (
        '{% extends "default:brief.html.j2" %}{% block head_extra %}'
        '<link rel="attachment" href="../secret.txt"><link rel="attachment" href="notes.txt">'
        '<link rel="attachment" href="file:///etc/passwd">{% endblock %}\n'
    )
    pack = make_pack(tmp_path / "desk", "name: Desk\n", {"templates/brief.html.j2": template, "notes.txt": "inside"})
    pdf = render(full_brief(), "pdf", team=pack, generated_at=WHEN)
    assert set(PdfReader(io.BytesIO(pdf)).attachments) == {"notes.txt"}


def test_team_templates_are_sandboxed(tmp_path: Path) -> None:
    pack = make_pack(
        tmp_path / "desk",
        "name: Desk\n",
        {"templates/brief.md.j2": "# {{ title }}\n{{ brief.__class__.__init__.__globals__ }}\n"},
    )
    with pytest.raises(TemplateError, match=r"brief\.md\.j2:2"):
        render(full_brief(), "md", team=pack)


def test_explicit_settings_and_page_size_win_over_the_team(branded: Path) -> None:
    md = render(full_brief(), "md", team=branded, settings={"titles": {"quotes": "Mots"}}, generated_at=WHEN)
    assert "## Mots" in md and "## En bref" in md
    from pypdf import PdfReader

    pack = make_pack(branded.parent / "letter", "page_size: letter\n")
    box = PdfReader(io.BytesIO(render(full_brief(), "pdf", team=pack, generated_at=WHEN))).pages[0].mediabox
    assert round(float(box.width)) == 612
    box = (
        PdfReader(io.BytesIO(render(full_brief(), "pdf", team=pack, page_size="A4", generated_at=WHEN)))
        .pages[0]
        .mediabox
    )
    assert round(float(box.width)) == 595


# --------------------------------------------------------------------------- docs and examples


def _readme_section() -> str:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    return text[text.index("<!-- SECTION:teams -->") : text.index("<!-- /SECTION:teams -->")]


def test_every_block_of_the_brief_templates_is_documented() -> None:
    section = _readme_section()
    names = set()
    for path in builtin_template_dir().glob("*.j2"):
        if path.name.startswith(("brief.", "markdown.")):
            names |= set(re.findall(r"{%-?\s*block\s+(\w+)", path.read_text(encoding="utf-8")))
    assert {"header", "bottom_line", "key_points", "actors", "quotes", "open_questions", "footer", "styles"} <= names
    undocumented = sorted(name for name in names if f"| `{name}` |" not in section)
    assert undocumented == []


def test_every_team_yaml_key_is_documented() -> None:
    from briefgen.teams.config import TeamConfig

    section = _readme_section()
    missing = sorted(key for key in TeamConfig.model_fields if f"| `{key}" not in section)
    assert missing == []


def test_readme_tutorial_works_as_written(tmp_path: Path) -> None:
    section = _readme_section()
    blocks = re.findall(r"```(\w+)\n(.*?)```", section, flags=re.S)
    team_yaml = next(body for lang, body in blocks if lang == "yaml" and "my-team/team.yaml" in body)
    html_t = next(body for lang, body in blocks if lang == "jinja" and "default:brief.html.j2" in body)
    md_t = next(body for lang, body in blocks if lang == "jinja" and "default:brief.md.j2" in body)
    pack = make_pack(
        tmp_path / "my-team", team_yaml, {"templates/brief.html.j2": html_t, "templates/brief.md.j2": md_t}
    )
    md = render(full_brief(), "md", team=pack, generated_at=WHEN)
    assert re.findall(r"^## (.+)$", md, flags=re.M)[:2] == ["In one sentence", "What they said"]
    assert "*Europe desk · do not forward.*" in md and "**RESTRICTED**" in md
    html = render(full_brief(), "html", team=pack, generated_at=WHEN)
    assert "--accent: #7a1f3d" in html and "do not forward." in html and "18.11.2025" in html
    assert "Europe desk" in _pdf_text(render(full_brief(), "pdf", team=pack, generated_at=WHEN))


@pytest.fixture(scope="module")
def example_brief() -> Brief:
    from briefgen.pipeline import build_brief

    return build_brief(str(REPO / "examples" / "ktxs-china-russia.txt"))


@pytest.mark.parametrize("name", ["policy-desk", "comms", "wiki"])
def test_example_packs_render_the_example_article(
    example_brief: Brief, name: str, caplog: pytest.LogCaptureFixture
) -> None:
    import logging

    from pypdf import PdfReader

    pack = load_team(EXAMPLES / name)
    md = render(example_brief, "md", team=pack, generated_at=WHEN)
    html = render(example_brief, "html", team=pack, generated_at=WHEN)
    with caplog.at_level(logging.WARNING, logger="weasyprint"):
        pdf = render(example_brief, "pdf", team=pack, generated_at=WHEN)
    assert [r.getMessage() for r in caplog.records if r.name.startswith("weasyprint")] == []
    assert example_brief.key_points[0].text[:40] in md
    assert "http://" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "")
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    text = _pdf_text(pdf)
    if name == "policy-desk":
        assert md.startswith("**CONFIDENTIAL - INTERNAL**") and "## Recommended actions" in md
        assert "data:image/svg+xml;base64," in html and "Prepared for the Policy desk" in html
        assert "CONFIDENTIAL - INTERNAL" in text and "ASSESSMENT" in text.upper()
    elif name == "comms":
        assert pages == 1
        assert re.findall(r"^## (.+)$", md, flags=re.M) == ["The line to take", "What to know", "On the record"]
        assert md.count("\n- ") == 3
    else:
        assert 'class="brief markdown-body"' in html and "Points clés" in html and '<html lang="fr">' in html


def test_an_overridden_section_block_keeps_its_place_in_the_order(tmp_path: Path) -> None:
    pack = make_pack(
        tmp_path / "desk",
        "sections: [quotes, bottom_line]\n",
        {
            "templates/brief.html.j2": '{% extends "default:brief.html.j2" %}'
            "{% block quotes %}<p>OWN QUOTES {{ quotes|length }}</p>{% endblock %}\n"
        },
    )
    html = render(full_brief(), "html", team=pack, generated_at=WHEN)
    assert html.index("OWN QUOTES 2") < html.index('id="bottom-line"')  # the statements with a speaker
    assert 'id="key-points"' not in html and 'id="quotes"' not in html


def test_a_team_can_show_the_statements_no_speaker_was_found_for(tmp_path: Path) -> None:
    plain = render(full_brief(), "md", generated_at=WHEN)
    assert "unattributed" not in plain
    pack = load_team(make_pack(tmp_path / "desk", "name: Desk\nunattributed_quotes: true\n", {}))
    assert pack.render_settings().unattributed_quotes is True
    assert "> — unattributed" in render(full_brief(), "md", team=pack, generated_at=WHEN)
