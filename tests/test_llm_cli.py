"""The llm engine through the command line and the renderers: --engine llm, --engine-option, briefgen.yaml,
--no-cache, fallback warnings, concurrent digests, and a scripted brief in every output format."""

from __future__ import annotations

import io
import json
import threading
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest

from briefgen.summary import get_engine

from conftest import run_cli
from llm_fixtures import GOOD, article, engine_options, good_json, write_article
from llm_server import Scripted, chat_server


def _options(base_url: str, tmp_path: Path, **more: Any) -> list[str]:
    args: list[str] = ["--engine", "llm"]
    for key, value in engine_options(base_url, tmp_path, **more).items():
        args += ["--engine-option", f"{key}={value}"]
    return args


def test_build_with_the_llm_engine_then_from_the_cache_then_without_it(tmp_path: Path) -> None:
    source = write_article(tmp_path)
    out = tmp_path / "out"
    with chat_server([Scripted(content=good_json())]) as server:
        first = run_cli("build", str(source), "-o", str(out), "-f", "md,json", *_options(server.base_url, tmp_path))
        cached = run_cli("build", str(source), "-o", str(out), "-f", "html", *_options(server.base_url, tmp_path))
        fresh = run_cli(
            "build", str(source), "-o", str(out), "-f", "md", "--no-cache", *_options(server.base_url, tmp_path)
        )
    for proc in (first, cached, fresh):
        assert proc.returncode == 0, proc.stderr.decode()
        assert proc.stderr == b""
    assert len(server.requests) == 2  # the html build read the cache; --no-cache asked again
    data = json.loads((out / "harbour.json").read_text())
    assert data["schema_version"] == "1.4"
    assert data["engine"] == {"name": "llm", "model": "scripted-model", "fallback": None, "dropped": {}, "filled": {}}
    assert GOOD["bottom_line"]["text"] in (out / "harbour.md").read_text()
    assert GOOD["bottom_line"]["text"].replace("'", "&#39;") in (out / "harbour.html").read_text()


def test_a_failing_service_costs_one_warning_line_naming_the_article(tmp_path: Path) -> None:
    source = write_article(tmp_path, "storm.txt")
    with chat_server([Scripted(status=500)]) as server:
        proc = run_cli(
            "build", str(source), "-o", str(tmp_path / "out"), "-f", "json", *_options(server.base_url, tmp_path)
        )
    assert proc.returncode == 0
    err = proc.stderr.decode().strip()
    assert err.count("\n") == 0 and "Traceback" not in err
    assert err.startswith(f"briefgen: warning: {source}: the llm engine's answer was not used (")
    assert "HTTP 500" in err and "default engine" in err
    assert json.loads((tmp_path / "out" / "storm.json").read_text())["engine"]["fallback"]


@pytest.mark.parametrize(
    "args, message",
    [
        (["--engine-option", "api_key=sk-secret"], "never an option"),
        (["--engine-option", "model"], "KEY=VALUE"),
        (["--engine-option", "timeout=soon", "--engine-option", "colour=red"], "timeout.*colour"),
    ],
)
def test_bad_engine_options_are_one_line_before_any_work(tmp_path: Path, args: list[str], message: str) -> None:
    source = write_article(tmp_path)
    proc = run_cli("build", str(source), "-o", str(tmp_path / "out"), "--engine", "llm", "-f", "md", *args)
    assert proc.returncode == 1
    err = proc.stderr.decode().strip()
    assert err.count("\n") == 0 and err.startswith("briefgen: error:")
    import re

    assert re.search(message, err), err
    assert not (tmp_path / "out").exists()


def test_the_engine_section_of_briefgen_yaml(tmp_path: Path) -> None:
    source = write_article(tmp_path)
    with chat_server([Scripted(content=good_json())]) as server:
        options = "\n".join(f"    {k}: {json.dumps(v)}" for k, v in engine_options(server.base_url, tmp_path).items())
        (tmp_path / "briefgen.yaml").write_text(f"engine:\n  name: llm\n  options:\n{options}\n")
        proc = run_cli("build", str(source), "-o", "out", "-f", "json", cwd=tmp_path)
        default = run_cli("build", str(source), "-o", "plain", "-f", "json", "--engine", "default", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr.decode()
    assert json.loads((tmp_path / "out" / "harbour.json").read_text())["engine"]["model"] == "scripted-model"
    assert default.returncode == 0 and json.loads((tmp_path / "plain" / "harbour.json").read_text())["engine"] is None
    assert len(server.requests) == 1


@pytest.mark.parametrize(
    "yaml, keys",
    [
        ("engine:\n  name: llm\n  options:\n    model: m\n    timeout: soon\n    colour: red\n", ["timeout", "colour"]),
        ("engine:\n  name: llm\n  options:\n    api_key: sk-secret\n", ["api_key", "secrets"]),
        ("engine:\n  nmae: llm\n", ["engine.nmae"]),
    ],
)
def test_a_bad_engine_section_names_the_file_and_the_keys(tmp_path: Path, yaml: str, keys: list[str]) -> None:
    source = write_article(tmp_path)
    (tmp_path / "briefgen.yaml").write_text(yaml)
    proc = run_cli("build", str(source), "-o", "out", "-f", "md", cwd=tmp_path)
    assert proc.returncode == 1
    err = proc.stderr.decode().strip()
    assert err.count("\n") == 0 and "briefgen.yaml" in err
    assert all(key in err for key in keys), err
    assert "sk-secret" not in err


def test_a_digest_sends_requests_concurrently_up_to_the_bound(tmp_path: Path) -> None:
    names = [write_article(tmp_path, f"town-{i}.txt") for i in range(4)]
    barrier = threading.Barrier(2, timeout=10)  # the first two requests wait for each other
    with chat_server(lambda body: Scripted(content=good_json(), delay=0.05), barrier=barrier) as server:
        proc = run_cli(
            "digest",
            *map(str, names),
            "-o",
            str(tmp_path / "digest"),
            "-f",
            "md,json",
            "--no-cache",
            *_options(server.base_url, tmp_path, concurrency=2),
        )
    assert proc.returncode == 0, proc.stderr.decode()
    assert len(server.requests) == 4
    assert server.max_in_flight == 2  # two at once (the barrier needed both), never more
    assert not barrier.broken
    digest = json.loads((tmp_path / "digest" / "digest.json").read_text())
    assert digest["counts"]["articles"] + digest["counts"]["duplicates"] == 4


def test_a_scripted_brief_renders_in_every_format(tmp_path: Path) -> None:
    import docx
    from pypdf import PdfReader

    from briefgen import render
    from briefgen.digest import ArticleOutcome, make_digest, render_outputs
    from briefgen.rendering.registry import format_names

    with chat_server([Scripted(content=good_json())]) as server:
        brief = get_engine("llm", **engine_options(server.base_url, tmp_path)).summarize(article())
    assert brief.engine is not None and brief.engine.fallback is None
    point = GOOD["key_points"][1]["text"]  # a key point in the model's words
    assert point in [k.text for k in brief.key_points]
    assert set(format_names()) >= {"md", "html", "pdf", "json", "docx"}
    outputs = {fmt: render(brief, fmt) for fmt in format_names()}
    assert point in str(outputs["md"])
    assert point in str(outputs["html"])
    assert json.loads(str(outputs["json"]))["engine"]["name"] == "llm"
    pdf_text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(bytes(outputs["pdf"]))).pages)
    assert "9 votes to 4" in " ".join(pdf_text.split())
    doc = docx.Document(io.BytesIO(bytes(outputs["docx"])))
    assert any(point in p.text for p in doc.paragraphs)
    # the email: a digest of this brief
    when = datetime(2026, 1, 2, tzinfo=timezone.utc)
    digest = make_digest([ArticleOutcome("harbour.txt", "harbour.txt", brief=brief)], title="Desk", generated_at=when)
    email = render_outputs(digest, formats=("md",))
    html = email.message.get_body(preferencelist=("html",))
    assert html is not None and GOOD["bottom_line"]["text"].split(",")[0] in html.get_content()
