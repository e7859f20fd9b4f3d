"""The quality gate: briefgen's scores on the development sets must not cross their floors.

The gate run scores briefgen only (no peers; the Lead baselines come free) on every set,
about 280 articles and 60 pages: under a minute on 2 cores. It is skipped, with the
reason, when the evaluation data is not next to the repository (set BRIEFGEN_EVAL_DIR to
point at it). A rerun whose inputs are all unchanged (briefgen's files, the harness, the
data, Python and the installed packages: ``quality_lib.runcache.fingerprint``) checks the
scores kept in pytest's cache against the floors instead of running the engine again
(``--cache-clear`` drops them). The harness plumbing itself is tested on a tiny
hand-written set that always exists.
"""

from __future__ import annotations

import importlib.util

import json
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"
sys.path.insert(0, str(BENCH))

from quality_lib.coverage import render_coverage  # noqa: E402
from quality_lib.pages import PAGES_TRAIN  # noqa: E402
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
from quality_lib.gate import LOWER_IS_BETTER, Floor, check_gate, load_floors  # noqa: E402
from quality_lib.harness import TASKS, evaluate  # noqa: E402
from quality_lib.report import GATED, render_table  # noqa: E402
from quality_lib.runcache import fingerprint  # noqa: E402

BASELINE = BENCH / "quality_baseline.json"
_SETS = (CNNDM, BBC, POLNEAR, CONLL, PAGES)
_CACHE_KEY = "briefgen/quality_gate"


def _eval_dir_or_skip() -> Path:
    eval_dir = resolve_eval_dir(None)
    missing = [n for n in _SETS if find_set_file(eval_dir, n) is None]
    if missing:
        pytest.skip(
            f"evaluation data not found in {eval_dir} (missing {', '.join(missing)}); "
            "set BRIEFGEN_EVAL_DIR to the folder that holds them to run the quality gate"
        )
    return eval_dir


def test_baseline_bounds_every_gated_metric_with_a_reason() -> None:
    assert BASELINE.is_file(), "no floors: python benchmarks/quality.py --no-peers --pin-new"
    floors = load_floors(BASELINE)
    assert set(floors) == set(GATED)
    for metric, floor in floors.items():
        assert floor.reason, metric
        assert floor.ceiling == metric.endswith(LOWER_IS_BETTER), metric
        assert 0.0 <= floor.value <= (100.0 if metric.endswith(("words_mean", "words_max")) else 1.0), metric


def _gate_scores(request: pytest.FixtureRequest, eval_dir: Path) -> tuple[dict[str, float], list[str], str]:
    """briefgen's scores and failures on every set: from the cache when nothing they depend on changed."""
    key = fingerprint([p for n in _SETS if (p := find_set_file(eval_dir, n)) is not None], extra=repr(TASKS))
    cache = getattr(request.config, "cache", None)  # None under -p no:cacheprovider
    kept = cache.get(_CACHE_KEY, None) if cache is not None else None
    if isinstance(kept, dict) and kept.get("fingerprint") == key:
        return kept["scores"], kept["failures"], ""
    result = evaluate(eval_dir, only=TASKS, with_peers=False)
    scores, failures = result.scores["briefgen"], result.engine_failures[:10]
    if cache is not None:
        cache.set(_CACHE_KEY, {"fingerprint": key, "scores": scores, "failures": failures})
    return scores, failures, render_table(result, floors=load_floors(BASELINE))


def test_quality_gate(request: pytest.FixtureRequest) -> None:
    eval_dir = _eval_dir_or_skip()
    scores, raised, table = _gate_scores(request, eval_dir)
    failures = check_gate(scores, load_floors(BASELINE), TASKS)
    failures += [f"briefgen raised: {f}" for f in raised]
    assert not failures, (
        "quality crossed a floor (benchmarks/quality_baseline.json):\n  " + "\n  ".join(failures) + "\n\n" + table
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
    # a training page: no gold body, run for the rule coverage only
    with gzip.open(tmp_path / PAGES_TRAIN, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({**page, "id": "t1", "article_body": None}) + "\n")
    return tmp_path


def test_harness_runs_end_to_end_on_tiny_data(tiny_eval: Path) -> None:
    result = evaluate(tiny_eval, only=TASKS, with_peers=True, workers=1)
    ours = result.scores["briefgen"]
    # one document per set, in half "a" (the first of a set of one): half "b" and the pages that are
    # not English are empty, so they have no score
    assert {m for m in GATED if ".b." not in m and ".other." not in m} <= set(ours)
    assert not any(".b." in m for m in ours if not m.startswith("pages."))
    assert ours["cnndm.a.rouge2"] == ours["cnndm.rouge2"]
    # Lead-2 is exactly the reference here, so every ROUGE score of that baseline is 1, whole set and half
    assert ours["bbc.leadk.rouge2"] == pytest.approx(1.0)
    assert result.scores["lead"]["bbc.a.rouge2"] == pytest.approx(1.0)
    assert result.scores["lead"]["bbc.sent_recall"] == pytest.approx(1.0)
    # Lead-1 is the first reference sentence: the bottom line's baseline, beside it in the "lead" column
    assert result.scores["lead"]["cnndm.bottom_line.words_mean"] == 9.0
    assert ours["cnndm.lead1.rouge1"] == result.scores["lead"]["cnndm.bottom_line.rouge1"]
    assert "cnndm.a.lead3.rouge2" in ours
    # the summariser peers need the bench extra (sumy); CI installs the test extra only
    assert ("textrank" in result.scores) == (importlib.util.find_spec("sumy") is not None)
    assert "metric" in render_table(result)
    # the pages task: nothing removed keeps the whole paste, so its recall is 1; briefgen's body is the article
    assert result.scores["raw"]["pages.paste_w3m.recall"] == pytest.approx(1.0)
    assert ours["pages.paste_w3m.recall"] == pytest.approx(1.0)
    assert ours["clean.sentences_kept"] == pytest.approx(1.0)
    # the menus make both pastes a page to the classifier: one article (the page), two firings
    assert result.coverage.count("boilerplate.page", "pages") == 1
    # ... and the training page, counted apart: two corpora of pages, each one article
    assert result.coverage.corpora[-2:] == ("pages", "train_pages")
    assert result.coverage.count("boilerplate.page", "train_pages") == 1
    assert result.coverage.times["boilerplate.page"] == 4
    # each input of a page is summarised and rendered too, so the engine's and the view's rules count on pages
    engine_rules = [r for r in result.coverage.articles if r.startswith(("keypoints.", "bottomline.", "speakers."))]
    assert any(result.coverage.count(r, "pages") for r in engine_rules)
    floors = {m: Floor(1.0, "test") for m in GATED if not m.endswith(LOWER_IS_BETTER)}
    expected = sum(1 for m in floors if ours.get(m, 0.0) < 1.0)
    assert len(check_gate(ours, floors, TASKS)) == expected > 0


def test_rules_that_fire_in_the_workers_reach_the_coverage_report(
    tiny_eval: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import briefgen
    from briefgen.trace import fired

    real = briefgen.summarize

    def summarize(text: str, **options: object) -> briefgen.Brief:
        fired("invented.every_article")
        if options.get("max_key_points") is None:  # PolNeAR and CoNLL: no key points scored
            fired("invented.no_key_points", times=2)
        return real(text, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(briefgen, "summarize", summarize)
    result = evaluate(tiny_eval, only=("keypoints", "quotes", "actors"), with_peers=False, workers=2)
    cov = result.coverage
    assert cov.corpora == ("cnndm", "bbc", "polnear", "conll")
    assert [cov.count("invented.every_article", c) for c in cov.corpora] == [1, 1, 1, 1]
    assert cov.flag("invented.every_article") == ""
    assert cov.total("invented.no_key_points") == 2 and cov.times["invented.no_key_points"] == 4
    assert cov.flag("invented.no_key_points") == "< 3 articles"
    table = render_coverage(cov, known={"invented.never"})
    assert "invented.never" in table and "never fired" in table
    row = next(line for line in table.splitlines() if line.startswith("invented.every_article"))
    assert row.split() == ["invented.every_article", "1", "1", "1", "1", "4", "4"]


def test_missing_data_is_reported(tmp_path: Path) -> None:
    with pytest.raises(MissingDataError):
        evaluate(tmp_path, only=("quotes",), with_peers=False, workers=1)


def test_another_split_of_a_corpus_is_found(tmp_path: Path) -> None:
    (tmp_path / "polnear_quotes_test.jsonl").write_text("", encoding="utf-8")
    assert find_set_file(tmp_path, POLNEAR) == tmp_path / "polnear_quotes_test.jsonl"
    (tmp_path / "polnear_quotes_other.jsonl").write_text("", encoding="utf-8")
    assert find_set_file(tmp_path, POLNEAR) is None  # ambiguous: two candidates


def test_pages_are_summarised_for_the_coverage_by_the_default_engine_only(tiny_eval: Path) -> None:
    from quality_lib.harness import _jobs
    from quality_lib.pages import load_pages

    pages = load_pages(tiny_eval, PAGES)
    default = [j for j in _jobs({}, set(), True, pages) if j.kind != "summarize"]
    other = [j for j in _jobs({}, set(), True, pages, engine="llm") if j.kind != "summarize"]
    assert default and all(j.brief_page for j in default)
    assert other and not any(j.brief_page for j in other)
