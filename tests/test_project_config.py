"""briefgen.yaml: one file for the working folder, validated whole, every problem at once."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.errors import ConfigError
from briefgen.project import load_project_config

from conftest import run_cli


def test_absent_file_gives_defaults(tmp_path: Path) -> None:
    path, config = load_project_config(tmp_path)
    assert path is None and config.team is None and config.smtp is None


def test_team_and_smtp_are_read(tmp_path: Path) -> None:
    (tmp_path / "briefgen.yaml").write_text(
        "team: packs/desk\nsmtp:\n  host: mail.example.org\n  security: starttls\n  from: a@example.org\n"
    )
    _, config = load_project_config(tmp_path)
    assert config.team == "packs/desk"
    assert config.smtp is not None and config.smtp.host == "mail.example.org" and config.smtp.sender == "a@example.org"


def test_every_problem_is_reported_at_once_with_file_and_key(tmp_path: Path) -> None:
    (tmp_path / "briefgen.yaml").write_text("teem: x\nsmtp:\n  port: 99999\n  hots: mail\n")
    with pytest.raises(ConfigError) as info:
        load_project_config(tmp_path)
    message = str(info.value)
    assert "briefgen.yaml" in message
    assert "'teem'" in message and "team" in message
    assert "'smtp.port'" in message
    assert "'smtp.hots'" in message
    assert "\n" not in message


def test_python_tags_are_refused(tmp_path: Path) -> None:
    (tmp_path / "briefgen.yaml").write_text("team: !!python/object/apply:os.system ['echo hi']\n")
    with pytest.raises(ConfigError, match="Python tags"):
        load_project_config(tmp_path)


def test_a_broken_project_file_is_a_one_line_cli_error(tmp_path: Path) -> None:
    (tmp_path / "briefgen.yaml").write_text("colour: blue\n")
    article = tmp_path / "a.txt"
    article.write_text("The council met on Monday and approved the budget after a long debate.\n")
    proc = run_cli("build", str(article), "-o", str(tmp_path / "out"), "-f", "md", cwd=tmp_path)
    assert proc.returncode == 1
    err = proc.stderr.decode().strip()
    assert err.count("\n") == 0 and "briefgen.yaml" in err and "'colour'" in err
