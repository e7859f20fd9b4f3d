"""Tests of ``briefgen templates`` and of ``briefgen build --team`` through the command line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from briefgen.cli import main
from briefgen.rendering.environment import builtin_template_dir

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples" / "teams"

ARTICLE = """\
Harbour officials in the town of Marlow Bay closed the northern pier on Tuesday after inspectors found cracks in three of its concrete supports.

"We will not reopen it until every pile has been checked," said harbour master Ines Calloway.

The closure diverts the ferry service to the southern landing for at least two weeks, the town council said.
"""


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """Run the CLI in-process; return (exit code, stdout, stderr)."""
    with pytest.raises(SystemExit) as info:
        main(args)
    out = capsys.readouterr()
    return int(info.value.code or 0), out.out, out.err


def make_pack(folder: Path, team_yaml: str = "name: Desk\n", templates: dict[str, str] | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "team.yaml").write_text(team_yaml, encoding="utf-8")
    for name, text in (templates or {}).items():
        (folder / "templates").mkdir(exist_ok=True)
        (folder / "templates" / name).write_text(text, encoding="utf-8")
    return folder


def _rows(out: str) -> dict[str, list[str]]:
    return {line.split()[0]: line.split()[1:] for line in out.splitlines()[1:] if line and not line.startswith("note")}


def test_list_shows_where_each_template_comes_from(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = make_pack(tmp_path / "base", "name: Base\n", {"brief.html.j2": '{% extends "default:brief.html.j2" %}\n'})
    team = make_pack(tmp_path / "team", "name: Team\nextends: ../base\n", {"brief.md.j2": "# {{ title }}\n"})
    code, out, _ = run(["templates", "list", "--team", str(team)], capsys)
    assert code == 0 and out.splitlines()[0] == f"team: Team ({team.resolve()})"
    rows = _rows(out)
    assert rows["brief.md.j2"][:2] == ["team", str(team.resolve() / "templates" / "brief.md.j2")]
    assert rows["brief.html.j2"][:2] == ["extends", str(base.resolve())]
    assert rows["print.css"] == ["built-in", str(builtin_template_dir() / "print.css")]
    assert "default:brief.md.j2 still reaches it" in out


def test_list_uses_env_then_briefgen_yaml(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    make_pack(tmp_path / "packs" / "from-file", "name: From file\n")
    make_pack(tmp_path / "from-env", "name: From env\n")
    (tmp_path / "briefgen.yaml").write_text("team: packs/from-file\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("BRIEFGEN_TEAM", raising=False)
    assert run(["templates", "list"], capsys)[1].startswith("team: From file")
    monkeypatch.setenv("BRIEFGEN_TEAM", str(tmp_path / "from-env"))
    assert run(["templates", "list"], capsys)[1].startswith("team: From env")
    assert run(["templates", "list", "--team", str(tmp_path / "packs" / "from-file")], capsys)[1].startswith(
        "team: From file"
    )


def test_list_notes_markdown_only_teams(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["templates", "list", "--team", str(EXAMPLES / "wiki")], capsys)
    assert code == 0 and "HTML and PDF are made from its Markdown" in out


def test_show_prints_the_resolved_template(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    team = make_pack(tmp_path / "team", templates={"brief.md.j2": "# Team {{ title }}\n"})
    code, out, err = run(["templates", "show", "brief.md.j2", "--team", str(team)], capsys)
    assert code == 0 and out == "# Team {{ title }}\n" and "team" in err
    code, out, _ = run(["templates", "show", "default:brief.md.j2", "--team", str(team)], capsys)
    assert out == (builtin_template_dir() / "brief.md.j2").read_text(encoding="utf-8")
    code, _, err = run(["templates", "show", "nope.j2"], capsys)
    assert code == 1 and "template not found: nope.j2" in err


def test_copy_into_a_pack_refuses_to_overwrite_without_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    team = make_pack(tmp_path / "team")
    code, out, _ = run(["templates", "copy", "brief.html.j2", str(team)], capsys)
    target = team / "templates" / "brief.html.j2"
    assert code == 0 and out.strip() == str(target)
    assert target.read_text(encoding="utf-8") == (builtin_template_dir() / "brief.html.j2").read_text(encoding="utf-8")
    target.write_text("mine\n", encoding="utf-8")
    code, _, err = run(["templates", "copy", "brief.html.j2", str(team)], capsys)
    assert code == 1 and "already exists; use --force" in err and target.read_text(encoding="utf-8") == "mine\n"
    code, _, _ = run(["templates", "copy", "brief.html.j2", str(team), "--force"], capsys)
    assert code == 0 and target.read_text(encoding="utf-8") != "mine\n"
    code, _, _ = run(["templates", "copy", "print.css", str(tmp_path / "elsewhere" / "print-copy.css")], capsys)
    assert code == 0 and (tmp_path / "elsewhere" / "print-copy.css").is_file()
    code, _, err = run(["templates", "copy", "../pyproject.toml", str(team)], capsys)
    assert code == 1 and "no built-in template" in err


def test_copy_never_writes_through_a_symbolic_link_in_the_pack(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    kept = outside / "kept.txt"
    kept.write_text("someone else's file\n", encoding="utf-8")
    # a dangling link where the template would go: it must not create the link's target
    team = make_pack(tmp_path / "p")
    (team / "templates").mkdir()
    (team / "templates" / "brief.html.j2").symlink_to(outside / "created.html")
    code, _, err = run(["templates", "copy", "brief.html.j2", str(team)], capsys)
    assert code == 1 and "symbolic link; refusing to write through it" in err and len(err.strip().splitlines()) == 1
    assert not (outside / "created.html").exists()
    # with --force, a link to an existing file must not overwrite it
    (team / "templates" / "brief.html.j2").unlink()
    (team / "templates" / "brief.html.j2").symlink_to(kept)
    for args in (
        [str(team), "--force"],
        [str(team / "templates"), "--force"],
        [str(team / "templates" / "brief.html.j2"), "--force"],
    ):
        code, _, err = run(["templates", "copy", "brief.html.j2", *args], capsys)
        assert code == 1 and "symbolic link" in err, err
    assert kept.read_text(encoding="utf-8") == "someone else's file\n"
    # a templates/ folder that is a link to elsewhere
    other = make_pack(tmp_path / "q")
    (other / "templates").symlink_to(outside)
    code, _, err = run(["templates", "copy", "print.css", str(other), "--force"], capsys)
    assert code == 1 and "symbolic link" in err and not (outside / "print.css").exists()


def test_build_with_team_writes_branded_outputs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "pier.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    team = make_pack(
        tmp_path / "team",
        "name: Harbour desk\nclassification: {text: INTERNAL}\n"
        "sections: [quotes, bottom_line]\ntitles: {quotes: Heard}\n",
    )
    code, out, err = run(
        ["build", str(article), "-o", str(tmp_path / "out"), "-f", "md,html", "--team", str(team)], capsys
    )
    assert code == 0, err
    md = (tmp_path / "out" / "pier.md").read_text(encoding="utf-8")
    assert md.startswith("**INTERNAL**") and "## Heard" in md and "## Key points" not in md
    assert "INTERNAL" in (tmp_path / "out" / "pier.html").read_text(encoding="utf-8")


def test_build_reports_team_and_template_errors_in_one_line(tmp_path: Path) -> None:
    """Through a real process: one line on stderr, file and line, no traceback."""
    article = tmp_path / "pier.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    broken = make_pack(
        tmp_path / "broken",
        templates={
            "brief.md.j2": '{% extends "default:brief.md.j2" %}\n{% block footer %}\n{{ brief.nothing.deeper }}\n{% endblock %}\n'
        },
    )
    bad_yaml = make_pack(tmp_path / "bad", "colours: {primary: navvy}\nsectons: []\n")
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO)}
    for team, needles in (
        (broken, [f"template error at {broken.resolve() / 'templates' / 'brief.md.j2'}:3", "nothing"]),
        (bad_yaml, [f"{bad_yaml.resolve() / 'team.yaml'}: 'colours.primary'", "did you mean 'sections'?"]),
    ):
        proc = subprocess.run(
            [
                sys.executable,
                "-m",
                "briefgen",
                "build",
                str(article),
                "-o",
                str(tmp_path / "out"),
                "-f",
                "md",
                "--team",
                str(team),
            ],
            capture_output=True,
            text=True,
            cwd=tmp_path,
            env=env,
            timeout=120,
        )
        assert proc.returncode == 1
        lines = proc.stderr.strip().splitlines()
        assert len(lines) == 1 and "Traceback" not in proc.stderr, proc.stderr
        assert all(needle in lines[0] for needle in needles), lines[0]
