"""``benchmarks/quality.py --engine llm`` scores the llm engine the way it scores the default engine."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from llm_fixtures import ARTICLE, good_json
from llm_server import Scripted, chat_server

QUALITY = Path(__file__).resolve().parents[1] / "benchmarks" / "quality.py"


def _quotes_set(folder: Path) -> Path:
    row = {
        "id": "q1",
        "text": ARTICLE,
        "title": None,
        "quotes": [
            {
                "text": "We cannot wait for the next storm to decide for us,",
                "speaker": "Mayor Ines Castell",
                "speaker_canonical": "Ines Castell",
                "speaker_is_pronoun": False,
                "fully_quoted_content": True,
                "quote_segments": ["We cannot wait for the next storm to decide for us,"],
            }
        ],
    }
    (folder / "polnear_quotes_dev.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    return folder


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(QUALITY), *args], capture_output=True, text=True, timeout=300)


def test_quality_tables_for_the_llm_engine(tmp_path: Path) -> None:
    eval_dir = _quotes_set(tmp_path)
    with chat_server([Scripted(content=good_json())]) as server:
        proc = _run(
            "--eval-dir", str(eval_dir), "--only", "quotes", "--no-peers", "--plain", "--workers", "1",
            "--engine", "llm",
            "--engine-option", f"base_url={server.base_url}",
            "--engine-option", "model=scripted-model",
            "--engine-option", f"cache_dir={tmp_path / 'cache'}",
        )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert "quotes.all.end_to_end" in proc.stdout and "briefgen" in proc.stdout
    assert len(server.requests) == 1


def test_bad_engine_options_stop_the_benchmark_in_one_line(tmp_path: Path) -> None:
    proc = _run("--eval-dir", str(_quotes_set(tmp_path)), "--only", "quotes", "--no-peers", "--engine", "llm")
    assert proc.returncode == 2
    assert proc.stderr.strip().count("\n") == 0 and "no model given" in proc.stderr
