"""The renderer registry: built-in formats, aliases, plugins, and the commands that ask it."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime, timezone
from importlib.metadata import EntryPoint
from pathlib import Path

import pytest

from briefgen.errors import InputError, RenderError
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
from fixtures_render import full_brief  # noqa: E402

WHEN = datetime(2025, 11, 18, 9, 30, tzinfo=timezone.utc)

PLUGIN = '''
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
'''


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
        encoding="utf-8")
    return folder


# --------------------------------------------------------------------------- the registry


def test_builtin_formats_names_aliases_and_extensions() -> None:
    assert format_names()[:4] == ["md", "html", "pdf", "json"]
    assert resolve_format("markdown") == "md" and resolve_format(" .HTM ") == "html"
    assert [(get_renderer(n).extension, get_renderer(n).binary) for n in ("md", "pdf", "json")] == [
        ("md", False), ("pdf", True), ("json", False)]
    with pytest.raises(RenderError, match="unknown output format 'odt'.*md, html, pdf, json"):
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


def test_entry_point_plugins_load_and_a_broken_one_breaks_nothing(fresh_registry, plugin_dir: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(plugin_dir))
    eps = [EntryPoint("upper", "briefgen_upper:UpperRenderer", registry.ENTRY_POINT_GROUP),
           EntryPoint("missing", "briefgen_no_such_module:Renderer", registry.ENTRY_POINT_GROUP),
           EntryPoint("wrong", "briefgen_upper:NotARenderer", registry.ENTRY_POINT_GROUP)]
    monkeypatch.setattr(registry, "entry_points", lambda group: eps if group == registry.ENTRY_POINT_GROUP else [])
    assert format_names() == ["md", "html", "pdf", "json", "upper"]
    assert set(broken_renderers()) == {"missing", "wrong"}
    assert "ModuleNotFoundError" in broken_renderers()["missing"]
    assert render(full_brief(), "shout").startswith("A DOCKWORKERS")
    assert isinstance(render(full_brief(), "md", generated_at=WHEN), str)
    with pytest.raises(RenderError, match="could not be loaded"):
        resolve_format("missing")


def test_digest_outputs_come_from_the_registry(fresh_registry, tmp_path: Path) -> None:
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

    digest = make_digest([ArticleOutcome("a.txt", "a.txt", brief=full_brief())], title="Morning digest",
                         generated_at=WHEN)
    outputs = render_outputs(digest, formats=("markdown", "json", "title"))
    assert sorted(outputs.files) == ["eml", "json", "md", "title"]
    written = write_outputs(outputs, tmp_path)
    assert sorted(p.name for p in written) == ["digest.eml", "digest.json", "digest.md", "digest.ttl"]
    assert (tmp_path / "digest.ttl").read_text() == "Morning digest"


# --------------------------------------------------------------------------- the command line


def _run(*args: str, cwd: Path, pythonpath: Path | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("BRIEFGEN_")}
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(pythonpath or ""), str(ROOT), env.get("PYTHONPATH", "")) if p)
    return subprocess.run([sys.executable, "-m", "briefgen", *args], capture_output=True, cwd=cwd, env=env,
                          timeout=300)


def _one_error_line(proc: subprocess.CompletedProcess) -> str:
    assert proc.returncode != 0
    lines = [line for line in proc.stderr.decode().splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("briefgen: error: "), proc.stderr.decode()
    return lines[0]


def test_cli_plugin_format_in_formats_help_and_build(tmp_path: Path, plugin_dir: Path) -> None:
    listing = _run("formats", cwd=tmp_path, pythonpath=plugin_dir)
    assert listing.returncode == 0, listing.stderr.decode()
    names = [line.split()[0] for line in listing.stdout.decode().splitlines()]
    assert names == ["md", "html", "pdf", "json", "upper"]
    assert "shout" in listing.stdout.decode() and "the bottom line in capitals" in listing.stdout.decode()
    warnings = listing.stderr.decode()
    assert "output format 'missing' could not be loaded" in warnings and "'wrong'" in warnings
    helped = _run("build", "--help", cwd=tmp_path, pythonpath=plugin_dir)
    assert "md, html, pdf, json, upper" in " ".join(helped.stdout.decode().split())
    built = _run("build", str(EXAMPLE), "-f", "shout,markdown", "-o", "out", "-q", cwd=tmp_path, pythonpath=plugin_dir)
    assert built.returncode == 0, built.stderr.decode()
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["ktxs-china-russia.md", "ktxs-china-russia.up"]
    assert (tmp_path / "out" / "ktxs-china-russia.up").read_text().isupper()


def test_cli_digest_formats(tmp_path: Path) -> None:
    proc = _run("digest", str(EXAMPLE), "-f", "json,markdown", "-o", "d", "-q", "-j", "1", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr.decode()
    assert sorted(p.name for p in (tmp_path / "d").iterdir()) == ["digest.eml", "digest.json", "digest.md"]
    line = _one_error_line(_run("digest", str(EXAMPLE), "-f", "odt", "-o", "d2", cwd=tmp_path))
    assert "unknown output format 'odt'" in line
