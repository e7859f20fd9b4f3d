"""The quality gate: briefgen's scores on the development sets must not drop below their pins.

The gate run scores briefgen only (no peers) on every set, about 280 articles:
a minute or two on 2 cores. It is skipped, with the reason, when the evaluation
data is not next to the repository (set BRIEFGEN_EVAL_DIR to point at it).
The harness plumbing itself is tested on a tiny hand-written set that always exists.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"
sys.path.insert(0, str(BENCH))

from quality_lib.datasets import (  # noqa: E402
    BBC,
    CNNDM,
    CONLL,
    PAGES,
    POLNEAR,
    MissingDataError,
    find_set_file,
    resolve_eval_dir,
)
from quality_lib.harness import TASKS, evaluate  # noqa: E402
from quality_lib.report import GATED, check_gate, load_baseline, render_table  # noqa: E402

BASELINE = BENCH / "quality_baseline.json"


def _eval_dir_or_skip() -> Path:
    eval_dir = resolve_eval_dir(None)
    missing = [n for n in (CNNDM, BBC, POLNEAR, CONLL, PAGES) if find_set_file(eval_dir, n) is None]
    if missing:
        pytest.skip(
            f"evaluation data not found in {eval_dir} (missing {', '.join(missing)}); "
            "set BRIEFGEN_EVAL_DIR to the folder that holds them to run the quality gate"
        )
    return eval_dir


def test_baseline_pins_every_gated_metric() -> None:
    assert BASELINE.is_file(), "no baseline: python benchmarks/quality.py --no-peers --update-baseline"
    pins, tolerance = load_baseline(BASELINE)
    assert 0 < tolerance <= 0.02
    assert set(pins) == set(GATED)
    assert all(0.0 <= v <= 1.0 for v in pins.values())


def test_quality_gate() -> None:
    eval_dir = _eval_dir_or_skip()
    result = evaluate(eval_dir, only=TASKS, with_peers=False)
    pins, tolerance = load_baseline(BASELINE)
    failures = check_gate(result.scores["briefgen"], pins, tolerance, TASKS)
    failures += [f"briefgen raised: {f}" for f in result.engine_failures[:10]]
    assert not failures, (
        "quality dropped below the pinned baseline (benchmarks/quality_baseline.json):\n  "
        + "\n  ".join(failures)
        + "\n\n"
        + render_table(result)
    )


# ----------------------------------------------------------------- plumbing on hand-written data

_ARTICLE = (
    "Harbourton council approved a new flood wall on Tuesday. "
    "The wall will cost four million pounds and take two years to build. "
    '"We cannot wait for the next storm to decide for us," said Mayor Ines Valdo. '
    "Residents of the lower town have been flooded three times since 2019. "
    "Work starts in the spring."
)


def _write(path: Path, rows: list[dict]) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


@pytest.fixture()
def tiny_eval(tmp_path: Path) -> Path:
    sents = [
        "Harbourton council approved a new flood wall on Tuesday.",
        "The wall will cost four million pounds and take two years to build.",
    ]
    _write(tmp_path / CNNDM, [{"id": "c1", "text": _ARTICLE, "title": None, "reference_summary_sentences": sents}])
    _write(
        tmp_path / BBC,
        [{"id": "b1", "text": _ARTICLE, "title": "Flood wall approved", "reference_summary_sentences": sents}],
    )
    _write(
        tmp_path / POLNEAR,
        [
            {
                "id": "p1",
                "text": _ARTICLE,
                "title": None,
                "quotes": [
                    {
                        "text": "We cannot wait for the next storm to decide for us,",
                        "speaker": "Mayor Ines Valdo",
                        "speaker_canonical": "Ines Valdo",
                        "speaker_is_pronoun": False,
                        "fully_quoted_content": True,
                        "quote_segments": ["We cannot wait for the next storm to decide for us,"],
                    }
                ],
            }
        ],
    )
    _write(
        tmp_path / CONLL,
        [
            {
                "id": "e1",
                "text": _ARTICLE,
                "title": None,
                "entities": [{"text": "Harbourton", "label": "LOC"}, {"text": "Ines Valdo", "label": "PER"}],
            }
        ],
    )
    menu = "\n".join(f"  * {w}" for w in ("Home", "News", "Sport", "Weather", "Culture", "Travel", "Money"))
    paste = f"{menu}\n\nFlood wall approved\n\n{_ARTICLE}\n\n{menu}\n"
    page = {
        "id": "g1",
        "url": "https://news.example/flood",
        "english": True,
        "article_body": _ARTICLE,
        "html": f"<html><head><title>Flood wall approved</title></head><body><h1>Flood wall approved</h1>"
        f"<p>{_ARTICLE}</p></body></html>",
        "paste_w3m": paste,
        "paste_lynx": paste,
    }
    import gzip

    with gzip.open(tmp_path / PAGES, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps(page) + "\n")
    return tmp_path


def test_harness_runs_end_to_end_on_tiny_data(tiny_eval: Path) -> None:
    result = evaluate(tiny_eval, only=TASKS, with_peers=True, workers=1)
    ours = result.scores["briefgen"]
    # one page: its half "b" and the non-English group are empty, so they have no score
    assert {m for m in GATED if ".b." not in m and ".other." not in m} <= set(ours)
    # Lead-2 is exactly the reference here, so every ROUGE score of that peer is 1
    assert result.scores["lead"]["bbc.rouge2"] == pytest.approx(1.0)
    assert result.scores["lead"]["bbc.sent_recall"] == pytest.approx(1.0)
    assert "metric" in render_table(result)
    # the pages task: nothing removed keeps the whole paste, so its recall is 1; briefgen's body is the article
    assert result.scores["raw"]["pages.paste_w3m.recall"] == pytest.approx(1.0)
    assert ours["pages.paste_w3m.recall"] == pytest.approx(1.0)
    assert ours["clean.sentences_kept"] == pytest.approx(1.0)
    pins = {m: 1.0 for m in GATED}
    assert len(check_gate(ours, pins, 0.005, TASKS)) == sum(1 for m in GATED if ours.get(m, 0.0) < 0.995)


def test_missing_data_is_reported(tmp_path: Path) -> None:
    with pytest.raises(MissingDataError):
        evaluate(tmp_path, only=("quotes",), with_peers=False, workers=1)


def test_another_split_of_a_corpus_is_found(tmp_path: Path) -> None:
    (tmp_path / "polnear_quotes_test.jsonl").write_text("", encoding="utf-8")
    assert find_set_file(tmp_path, POLNEAR) == tmp_path / "polnear_quotes_test.jsonl"
    (tmp_path / "polnear_quotes_other.jsonl").write_text("", encoding="utf-8")
    assert find_set_file(tmp_path, POLNEAR) is None  # ambiguous: two candidates
