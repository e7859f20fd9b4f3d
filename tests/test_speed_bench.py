"""The speed benchmark's plumbing (no timing assertions) and the start-up and pysbd speed-ups.

The benchmark runs in ``--quick`` mode on three short hand-written articles:
the test checks that every part ran and that the table and the JSON have their
shape, never how fast anything was (the machine is shared and noisy).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SPEED = ROOT / "benchmarks" / "speed.py"

ARTICLES = [
    "Harbour Council Delays Vote on Ferry Fares\n\n"
    "The harbour council postponed its vote on ferry fares on Tuesday after a long debate. "
    "Councillor Mara Lindqvist said the new prices would hurt commuters. "
    '"We cannot ask families to pay twice as much," she said.\n\n'
    "The operator, Northsound Ferries, said costs had risen sharply since the spring.",
    "Library Extends Opening Hours\n\n"
    "The city library will open until 9 p.m. on weekdays from next month, its director announced. "
    "Director Tomas Ek said demand from students had grown. "
    "The extra hours will cost about 40,000 euros a year, according to the budget office.",
    "Storm Closes Mountain Pass\n\n"
    "Heavy snow closed the Brenna pass on Sunday, stranding dozens of drivers overnight. "
    "Police said the road would stay shut until crews had cleared it. "
    '"It is too dangerous to send anyone up there tonight," a police spokesman said.',
]


@pytest.fixture(scope="module")
def quick_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[subprocess.CompletedProcess, dict]:
    folder = tmp_path_factory.mktemp("speed")
    with (folder / "tiny.jsonl").open("w", encoding="utf-8") as fh:
        for n, text in enumerate(ARTICLES):
            fh.write(json.dumps({"id": f"t{n}", "source": "test", "license": "test", "text": text}) + "\n")
    out = folder / "speed.json"
    proc = subprocess.run(
        [sys.executable, str(SPEED), "--eval-dir", str(folder), "--quick", "--json", str(out), "--quiet"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode in (0, 1), proc.stderr[-2000:]  # 1: a target not met, which is not a test failure
    return proc, json.loads(out.read_text(encoding="utf-8"))


def test_quick_run_writes_every_part(quick_run: tuple[subprocess.CompletedProcess, dict]) -> None:
    _proc, report = quick_run
    assert report["meta"]["quick"] is True
    assert report["meta"]["texts"] == len(ARTICLES) + 1  # the example article is always added
    stages = report["stages"]
    for stage in (
        "ingest",
        "summarize",
        "summarize_many",
        "spacy_pipe",
        "render_md",
        "render_html",
        "render_pdf",
        "weasyprint_raw",
        "end_to_end",
    ):
        assert len(stages["samples"][stage]) == 1 and stages["seconds"][stage] >= 0
    assert stages["pipeline"] and "parser" in stages["pipeline"]
    assert set(report["startup"]["seconds"]) == {"python", "help", "schema"}
    assert report["startup"]["heavy_imports"] == {"help": [], "schema": []}
    digest = report["digest"]
    assert set(digest["reports"]) == {"1", "2"}
    for jobs, probe in digest["reports"].items():
        assert probe["ok"] == len(ARTICLES) + 1 and probe["failed"] == 0
        assert all(w["loads"] == 1 for w in probe["workers"].values())  # one pipeline load per worker
        assert sum(w["articles"] for w in probe["workers"].values()) == probe["ok"]
        assert len(probe["workers"]) <= int(jobs)


def test_quick_run_table_has_every_target(quick_run: tuple[subprocess.CompletedProcess, dict]) -> None:
    proc, report = quick_run
    names = [c["name"] for c in report["checks"]]
    for wanted in (
        "summary throughput / raw spaCy nlp.pipe",
        "summarize_many throughput / raw spaCy nlp.pipe",
        "summary speed vs sumy LexRank",
        "summary speed vs newspaper4k nlp()",
        "PDF path / raw WeasyPrint (same HTML)",
        "render md / render pdf",
        "render html / render pdf",
        "briefgen --help start-up - python -c pass",
        "briefgen schema start-up - python -c pass",
    ):
        assert wanted in names
        assert wanted in proc.stdout
    assert any(n.startswith("digest of 4: --jobs 1 / --jobs 2") for n in names)
    lines = proc.stdout.splitlines()
    assert lines[0].split()[:4] == ["measure", "value", "target", "status"]
    rows = [ln for ln in lines[2:] if ln.strip()]
    assert len(rows) == len(report["checks"])
    assert all(re.search(r"\s(met|NOT MET|-)\s", ln) for ln in rows)
    assert report["all_met"] == all(c["met"] for c in report["checks"] if c["met"] is not None)


def test_missing_eval_dir_is_a_usage_error(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, str(SPEED), "--eval-dir", str(tmp_path), "--only", "startup"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 2
    assert "no *.jsonl" in proc.stderr


def test_stored_schema_is_current_and_printed_as_built() -> None:
    from briefgen.schema_cache import SCHEMA_FILE, fingerprint, generate_schema, schema_text

    stored = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert stored["fingerprint"] == fingerprint(), "model.py changed: run python -m briefgen.schema_cache"
    assert schema_text() == json.dumps(generate_schema(), indent=2)


def test_stale_schema_copy_is_rebuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import briefgen.schema_cache as cache

    stale = tmp_path / "brief.schema.json"
    stale.write_text(json.dumps({"fingerprint": "old", "schema": {"title": "Stale"}}), encoding="utf-8")
    monkeypatch.setattr(cache, "SCHEMA_FILE", stale)
    assert json.loads(cache.schema_text()) == cache.generate_schema()


def test_cached_regex_functions_match_re() -> None:
    from briefgen.summary.text.pysbd_regex import CachedRe

    cached, text = CachedRe(), "Dr. Smith met Mr. Jones at 5 p.m. in St. Louis."
    assert cached.sub(r"(?<=\sMr)\.", "∯", text) == re.sub(r"(?<=\sMr)\.", "∯", text)
    assert cached.findall(r"(?:^|\s)st", text, flags=re.IGNORECASE) == re.findall(r"(?:^|\s)st", text, re.I)
    assert cached.split(r"\s+", text, 2) == re.split(r"\s+", text, 2)  # noqa: B034 (positional, as re takes them)
    assert cached.search(r"p\.m", text).span() == re.search(r"p\.m", text).span()
    assert cached.match(r"Dr", text) is not None and cached.escape("a.b") == re.escape("a.b")
    with pytest.raises(ValueError):
        cached.sub(re.compile("x"), "y", "x", flags=re.I)


def test_sentences_unchanged_with_the_pattern_cache() -> None:
    import pysbd.abbreviation_replacer as abbr

    from briefgen.summary.text.pysbd_regex import CachedRe
    from briefgen.summary.text.sentences import split_sentences

    text = (
        "Dr. Ana Ruiz of St. Mary's said the U.S. plan was late. It cost $4.5 million, i.e. twice "
        "the estimate. Mr. Lee agreed at 3 p.m. on Monday.\nA second line. It ends here."
    )
    got = [s.text for s in split_sentences(text)]
    assert isinstance(abbr.re, CachedRe)  # installed by the segmenter
    assert got == [
        "Dr. Ana Ruiz of St. Mary's said the U.S. plan was late.",
        "It cost $4.5 million, i.e. twice the estimate.",
        "Mr. Lee agreed at 3 p.m. on Monday.",
        "A second line.",
        "It ends here.",
    ]
