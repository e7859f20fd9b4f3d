"""Unit tests of the quality harness's scoring rules, on tiny hand-made cases."""

from __future__ import annotations

import hashlib
import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from quality_lib.coverage import RuleCoverage, known_rules, render_coverage  # noqa: E402
from quality_lib.gate import Floor, check_gate, load_floors, pin_new, write_floors  # noqa: E402
from quality_lib.halves import Halved, half_of_metric, split_halves, with_half  # noqa: E402
from quality_lib.harness import lead_view  # noqa: E402
from quality_lib.names import name_head, names_match, word_overlap, words  # noqa: E402
from quality_lib.report import GATED  # noqa: E402
from quality_lib.rouge import BottomLineCounts, count_words  # noqa: E402
from quality_lib.targets import target_status, targets_label  # noqa: E402
from quality_lib.scoring import (  # noqa: E402
    Entity,
    EntityCounts,
    GoldQuote,
    PredQuote,
    QuoteCounts,
    cluster_entities,
    match_quotes,
    match_sentences,
    prf,
    quotes_match,
    score_entities,
    score_quotes,
)

# ----------------------------------------------------------------- names


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Okafor", "Adaeze Okafor"),
        ("Sen. Okafor", "Adaeze Okafor"),
        ("ADAEZE OKAFOR", "adaeze okafor"),
        ("Okafor’s", "Adaeze Okafor"),
        ("Adaeze Okafor", "Adaeze N. Okafor"),
        ("Mr. Brannigan Jr.", "Tobias Brannigan"),
        ("Adaeze", "Adaeze Okafor"),
    ],
)
def test_names_match_aliases(a: str, b: str) -> None:
    assert names_match(a, b)
    assert names_match(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [("Adaeze Okafor", "Chidi Okafor"), ("Okafor", "Tobias Brannigan"), ("", "Okafor"), ("he", "Adaeze Okafor")],
)
def test_names_do_not_match(a: str, b: str) -> None:
    assert not names_match(a, b)


def test_non_person_names_need_equal_forms() -> None:
    assert names_match("the Harbour Council", "Harbour Council", person=False)
    assert names_match("U.S.", "US", person=False)
    assert not names_match("Council", "Harbour Council", person=False)


def test_words_fold_case_and_quote_characters() -> None:
    assert words("“It’s DONE,” she said.") == ["it's", "done", "she", "said"]


def test_word_overlap_is_order_aware() -> None:
    assert word_overlap(["a", "b", "c", "d"], ["a", "b", "x", "c", "d"]) == 4
    assert word_overlap(["d", "c", "b", "a"], ["a", "b", "c", "d"]) == 1


# ----------------------------------------------------------------- quotes


def test_quote_match_needs_half_of_the_shorter() -> None:
    gold = "the bridge will reopen before the winter storms arrive in the valley"
    assert quotes_match("the bridge will reopen", gold) == 4
    assert quotes_match("bridges will never reopen quickly here", gold) == 0  # 2 of 6 words
    assert quotes_match("the bridge will stay shut", gold) == 3  # 3 of 5: at least half


def test_one_to_one_matching_prefers_the_largest_overlap() -> None:
    gold = [GoldQuote("we will build the new clinic next spring", "Dana Pruitt")]
    pred = [PredQuote("we will build", None), PredQuote("we will build the new clinic next spring", None)]
    m = match_quotes(gold, pred)
    assert m.pairs == {1: 0}
    assert m.extra == set()  # a single-segment gold quote: the other prediction is a false positive


def test_split_quote_second_half_is_not_a_false_positive() -> None:
    gold = [GoldQuote("the levy is unfair to farmers and it must go", "Dana Pruitt", segments=2)]
    pred = [PredQuote("the levy is unfair to farmers", "Dana Pruitt"), PredQuote("and it must go", "Dana Pruitt")]
    counts = QuoteCounts()
    score_quotes("d", gold, pred, counts)
    assert counts.tp == 1 and counts.extra == 1
    assert counts.metrics()["quotes.all.precision"] == 1.0


def test_statement_filter() -> None:
    assert GoldQuote("this plan is a disaster", "X").statement
    assert not GoldQuote("total disaster", "X").statement  # under 4 words
    assert not GoldQuote("this plan is a disaster", "X", fully_quoted=False).statement


def test_statement_precision_ignores_predictions_matching_non_statement_gold() -> None:
    gold = [
        GoldQuote("we expect the harvest to be late this year", "Ines Valdo"),
        GoldQuote("a historic and unprecedented failure of planning", "Ines Valdo", fully_quoted=False),
    ]
    pred = [
        PredQuote("we expect the harvest to be late this year", "Valdo"),
        PredQuote("a historic and unprecedented failure of planning", "Valdo"),  # partial gold: not counted
        PredQuote("nothing in this sentence was ever quoted", None),  # a statement false positive
        PredQuote("odd", None),  # under 4 words: outside the statement view
    ]
    counts = QuoteCounts()
    score_quotes("d", gold, pred, counts)
    m = counts.metrics()
    assert m["quotes.statement.precision"] == pytest.approx(1 / 2)
    assert m["quotes.statement.recall"] == 1.0
    assert m["quotes.all.precision"] == pytest.approx(2 / 4)
    assert m["quotes.all.recall"] == 1.0


def test_speaker_rules_pronoun_null_and_unscorable() -> None:
    gold = [
        GoldQuote("the vote was rigged from the start", "she", canonical="Ines Valdo", pronoun=True),
        GoldQuote("we will appeal the ruling next week", "he", canonical=None, pronoun=True),  # skipped
        GoldQuote("no comment on the ongoing inquiry at all", None),  # null gold: null expected
        GoldQuote("prices will fall once the port reopens", "Marek Ostrowski"),
    ]
    pred = [
        PredQuote("the vote was rigged from the start", "Valdo"),
        PredQuote("we will appeal the ruling next week", "Somebody Else"),
        PredQuote("no comment on the ongoing inquiry at all", None),
        PredQuote("prices will fall once the port reopens", "Ines Valdo"),  # wrong person
    ]
    counts = QuoteCounts()
    score_quotes("d", gold, pred, counts)
    assert (counts.spk_scored, counts.spk_ok) == (3, 2)
    assert (counts.e2e_den, counts.e2e_ok) == (3, 2)
    kinds = sorted(e["kind"] for e in counts.errors)
    assert kinds == ["wrong speaker"]


def test_speakers_named_by_the_annotation_are_scored_apart_from_coreference_ones() -> None:
    """A statement whose canonical speaker came from the corpus's coreference of a pronoun counts
    in the speaker accuracy, and not in the accuracy over speakers the annotation names."""
    gold = [
        GoldQuote("the harbour will reopen in the spring", "Dana Pruitt"),
        GoldQuote("the ferry fares must come down soon", "he", canonical="Tom Lusk", pronoun=True, coref=True),
    ]
    pred = [
        PredQuote("the harbour will reopen in the spring", "Dana Pruitt"),
        PredQuote("the ferry fares must come down soon", "Ana Roe"),
    ]
    counts = QuoteCounts()
    score_quotes("d", gold, pred, counts)
    m = counts.metrics()
    assert m["quotes.statement.speaker_acc"] == pytest.approx(1 / 2)
    assert m["quotes.statement.speaker_acc_named"] == 1.0
    assert [e["gold_by_coreference"] for e in counts.errors if e["kind"] == "wrong speaker"] == [True]
    assert "quotes.statement.speaker_acc_named" not in GATED


def test_missed_quote_counts_against_end_to_end() -> None:
    gold = [GoldQuote("the vote was rigged from the start", "Ines Valdo")]
    counts = QuoteCounts()
    score_quotes("d", gold, [], counts)
    m = counts.metrics()
    assert m["quotes.all.recall"] == 0.0 and m["quotes.all.end_to_end"] == 0.0
    assert counts.errors[0]["kind"] == "quote miss"


# ----------------------------------------------------------------- entities


def test_gold_clustering_joins_surnames_and_case() -> None:
    ents = cluster_entities(
        [
            ("Okafor", "PER"),
            ("ADAEZE OKAFOR", "PER"),
            ("Adaeze Okafor", "PER"),
            ("Lagos", "LOC"),
            ("LAGOS", "LOC"),
            ("Nigerian", "MISC"),
            ("Okafor Group", "ORG"),
        ]
    )
    by_label = {e.label: e for e in ents}
    assert len(ents) == 3
    assert set(by_label["PER"].forms) == {"Okafor", "ADAEZE OKAFOR", "Adaeze Okafor"}
    assert "MISC" not in by_label


def test_entity_scoring_one_to_one_with_aliases() -> None:
    gold = cluster_entities([("Adaeze Okafor", "PER"), ("Lagos", "LOC"), ("Harbour Council", "ORG")])
    pred = [
        Entity("PER", ("Adaeze Okafor", "Okafor")),
        Entity("PER", ("Okafor",)),  # the same person again: a duplicate actor
        Entity("LOC", ("lagos",)),
        Entity("PER", ("Harbour Council",)),  # right name, wrong label
        Entity("event", ("Harvest Fair",)),  # kinds outside PER/ORG/LOC are not scored
    ]
    counts = EntityCounts()
    score_entities("d", gold, pred, counts)
    assert counts.tp == {"PER": 1, "ORG": 0, "LOC": 1}
    assert counts.fp == {"PER": 2, "ORG": 0, "LOC": 0}
    assert counts.fn == {"PER": 0, "ORG": 1, "LOC": 0}
    m = counts.metrics()
    assert m["actors.micro.precision"] == pytest.approx(2 / 4)
    assert m["actors.micro.recall"] == pytest.approx(2 / 3)


def test_surname_actor_matches_full_name_gold() -> None:
    gold = cluster_entities([("Tobias Brannigan", "PER")])
    counts = EntityCounts()
    score_entities("d", gold, [Entity("PER", ("Brannigan",))], counts)
    assert counts.metrics()["actors.PER.f1"] == 1.0


# ----------------------------------------------------------------- key points and totals


def test_match_sentences_is_one_to_one_and_strict() -> None:
    gold = ["The mill closed in March after forty years.", "Workers were offered retraining."]
    pred = [
        "The mill closed in March after forty years.",
        "The mill closed in March after forty years.",
        "Workers protested outside the gates.",
    ]
    assert match_sentences(pred, gold) == 1


def test_prf_handles_empty_sides() -> None:
    assert prf(0, 0, 0, 0) == (0.0, 0.0, 0.0)
    assert prf(1, 2, 1, 4) == pytest.approx((0.5, 0.25, 1 / 3))


def test_gate_lists_every_metric_past_its_bound() -> None:
    floors = {
        "cnndm.rouge2": Floor(0.20, "measured"),
        "quotes.all.f1": Floor(0.80, "measured"),
        "actors.micro.f1": Floor(0.70, "issue"),
        "bbc.rouge1": Floor(0.5, "measured"),
        "cnndm.bottom_line.words_max": Floor(30.0, "issue", ceiling=True),
    }
    current = {
        "cnndm.rouge2": 0.20,
        "quotes.all.f1": 0.7999,
        "actors.micro.f1": 0.80,
        "cnndm.bottom_line.words_max": 31,
    }
    failures = check_gate(current, floors, ("keypoints", "quotes", "actors"))
    assert [f.split(":")[0] for f in failures] == ["bbc.rouge1", "cnndm.bottom_line.words_max", "quotes.all.f1"]
    assert "not measured" in failures[0] and "<= 30" in failures[1]
    # a task that was not run is not checked
    assert check_gate(current, floors, ("actors",)) == []


def test_pin_new_adds_missing_floors_and_never_moves_one(tmp_path: Path) -> None:
    path = tmp_path / "floors.json"
    write_floors(path, {"actors.micro.f1": {"floor": 0.88, "reason": "issue 13"}})
    current = {
        "actors.micro.f1": 0.95,  # far above its floor: the floor stays where it is
        "actors.a.micro.f1": 0.90,
        "cnndm.rouge2": 0.20,
        "cnndm.bottom_line.words_mean": 24.04,
        "cnndm.bottom_line.words_max": 41.0,
        "quotes.all.f1": 0.5,
    }
    gated = ("actors.micro.f1", "actors.a.micro.f1", "cnndm.rouge2", "cnndm.bottom_line.words_mean")
    added = pin_new(path, current, (*gated, "cnndm.bottom_line.words_max", "quotes.all.f1"), ("actors", "keypoints"))
    assert added == ["actors.a.micro.f1", "cnndm.rouge2", "cnndm.bottom_line.words_mean", "cnndm.bottom_line.words_max"]
    floors = load_floors(path)
    assert floors["actors.micro.f1"] == Floor(0.88, "issue 13")
    assert floors["actors.a.micro.f1"].value == pytest.approx(0.88)  # a half: margin 0.02
    assert floors["cnndm.rouge2"].value == pytest.approx(0.19)  # the whole set: margin 0.01
    assert floors["cnndm.bottom_line.words_mean"] == Floor(
        25.0, f"measured {date.today().isoformat()} plus 1; target <= 20 (issue 14)", ceiling=True
    )
    assert floors["cnndm.bottom_line.words_max"].value == 44.0 and floors["cnndm.bottom_line.words_max"].ceiling
    assert "quotes.all.f1" not in floors  # its task was not run
    # a second run with higher scores adds nothing and raises nothing
    better = {m: v + 0.05 for m, v in current.items()}
    assert pin_new(path, better, gated, ("actors", "keypoints")) == []
    assert load_floors(path) == floors


def test_targets_and_gated_metrics() -> None:
    scores = {
        "briefgen": {
            "bbc.rouge2": 0.5,
            "cnndm.rouge2": 0.2,
            "cnndm.a.rouge2": 0.17,
            "cnndm.a.lead3.rouge2": 0.18,
            "cnndm.a.bottom_line.words_max": 30.0,
            "cnndm.b.bottom_line.words_max": 31.0,
            "cnndm.a.bottom_line.rouge1": 0.33,
            "cnndm.a.lead1.rouge1": 0.30,
        },
        "lead": {"bbc.rouge2": 0.6},
    }
    assert target_status("bbc.rouge2", scores) is False  # below the best peer
    assert target_status("cnndm.rouge2", scores) is True
    assert target_status("bbc.rouge1", scores) is None  # no target
    assert target_status("cnndm.a.rouge2", scores) is False  # below Lead-3 of the same half
    assert "Lead-3 (0.180)" in targets_label("cnndm.a.rouge2", scores)
    assert target_status("cnndm.a.bottom_line.words_max", scores) is True  # at most 30 words
    assert target_status("cnndm.b.bottom_line.words_max", scores) is False
    assert target_status("cnndm.a.bottom_line.rouge1", scores) is True  # Lead-1 + 0.02 = 0.32
    assert "quotes.statement.f1" in GATED and "quotes.statement.precision" not in GATED
    assert "actors.a.micro.f1" in GATED and "quotes.b.statement.speaker_acc" in GATED
    assert not any(".lead" in m for m in GATED)  # the baselines are measured, not gated


# ----------------------------------------------------------------- halves and per-half counts


def test_halves_split_by_the_hash_of_the_id() -> None:
    ids = [f"doc-{n}" for n in range(9)]
    halves = split_halves(ids)
    assert sorted(halves.values()) == ["a"] * 5 + ["b"] * 4  # "a" takes the middle one
    assert split_halves(reversed(ids)) == halves  # file order plays no part
    first = sorted(ids, key=lambda i: hashlib.sha256(i.encode()).hexdigest())[:5]
    assert {i for i, h in halves.items() if h == "a"} == set(first)
    assert with_half("quotes.statement.speaker_acc", "b") == "quotes.b.statement.speaker_acc"
    assert with_half("cnndm.rouge2", "") == "cnndm.rouge2"
    assert half_of_metric("pages.paste_w3m.a.f1") == "a" and half_of_metric("actors.b.micro.f1") == "b"
    assert half_of_metric("actors.micro.f1") == ""


def test_per_half_counts_add_up_to_the_whole_set() -> None:
    counts = Halved(EntityCounts)
    for half, gold, pred in (
        ("a", [Entity("PER", ("Ines Valdo",))], [Entity("PER", ("Valdo",))]),
        ("b", [Entity("ORG", ("Harbour Party",))], [Entity("PER", ("Harbour Party",))]),
    ):
        one = EntityCounts()
        score_entities(half, gold, pred, one)
        counts.add(half, one)
    m = counts.metrics()
    assert m["actors.a.micro.f1"] == 1.0 and m["actors.b.micro.f1"] == 0.0
    assert m["actors.micro.f1"] == pytest.approx(0.5)
    assert len(counts.whole.errors) == 2  # the wrong kind: a false positive and a miss


def test_lead_baselines_line_up_with_briefgen_metrics() -> None:
    ours = {"cnndm.a.lead3.rouge2": 0.2, "cnndm.lead1.words_mean": 25.0, "bbc.b.leadk.sent_recall": 0.5, "x.f1": 1}
    assert lead_view(ours) == {
        "cnndm.a.rouge2": 0.2,
        "cnndm.bottom_line.words_mean": 25.0,
        "bbc.b.sent_recall": 0.5,
    }


def test_bottom_line_counts() -> None:
    assert count_words("Harbourton approved a flood wall — at last, for £4m.") == 9
    counts = BottomLineCounts(prefix="cnndm", tag="bottom_line")
    ref = ["Harbourton approved a flood wall."]
    counts.add("d1", "Harbourton approved a flood wall.", ref)
    counts.add("d2", " ".join(["word"] * 31), ref)
    m = counts.metrics()
    assert m["cnndm.bottom_line.rouge1"] == pytest.approx(0.5)
    assert m["cnndm.bottom_line.words_mean"] == 18.0 and m["cnndm.bottom_line.words_max"] == 31.0
    assert m["cnndm.bottom_line.over30"] == 0.5
    assert [e["doc"] for e in counts.errors] == ["d2"]


# ----------------------------------------------------------------- rule coverage


def test_rule_coverage_counts_articles_and_flags_narrow_rules() -> None:
    cov = RuleCoverage(corpora=("cnndm", "polnear", "pages"))
    for n in range(3):
        cov.add("cnndm", f"c{n}", {"quotes.colon_speaker": 1, "dates.weekday": 2})
    cov.add("polnear", "p1", {"quotes.colon_speaker": 3})
    cov.add("pages", "g1", {"pages.menu": 1})
    cov.add("pages", "g1", {"pages.menu": 1})  # the same page's other input: still one article
    assert cov.total("quotes.colon_speaker") == 4 and cov.times["quotes.colon_speaker"] == 6
    assert cov.flag("quotes.colon_speaker") == ""
    assert cov.flag("dates.weekday") == "cnndm only"
    assert cov.flag("pages.menu") == "< 3 articles, pages only"
    assert cov.flag("never.seen") == "never fired"
    table = render_coverage(cov, known={"never.seen"})
    rows = {line.split()[0]: line.split()[1:] for line in table.splitlines()[3:]}
    assert rows["quotes.colon_speaker"] == ["3", "1", "0", "4", "6"]
    assert rows["pages.menu"][:5] == ["0", "0", "1", "1", "2"]
    assert rows["never.seen"][-2:] == ["never", "fired"]
    assert cov.to_json()["dates.weekday"] == {
        "articles": {"cnndm": 3, "polnear": 0, "pages": 0},
        "total": 3,
        "times": 6,
        "flag": "cnndm only",
    }


def test_known_rules_are_read_from_fired_calls(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text("fired(\"kinds.team\")\nfired(  'quotes.colon', times=2)\nfired(name)\n")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.py").write_text('from x import fired\nif y:\n    fired("kinds.team")\n')
    # a name chosen in the call: its literals count; a family's prefix ("headline." + name) does not
    (tmp_path / "c.py").write_text('fired("roles.one" if a else "roles.two")\nfired("headline." + name)\n')
    assert known_rules(tmp_path) == {"kinds.team", "quotes.colon", "roles.one"}
    # the LLM engine's events are listed only when that engine runs
    (tmp_path / "llm").mkdir()
    (tmp_path / "llm" / "engine.py").write_text('fired("llm.repair")\n')
    assert "llm.repair" not in known_rules(tmp_path)
    assert "llm.repair" in known_rules(tmp_path, engine="llm")


@pytest.mark.parametrize(
    ("phrase", "head"),
    [
        ("Gov. Maren Holt of Vermont", "Maren Holt"),
        ("Mr. Holt, 82,", "Holt"),
        ("Piet Sandvik, a lawyer who represents the growers", "Piet Sandvik"),
        ("the mayor", None),
        ("The Vermont businessman", None),
        ("Protesters", None),
        ("said", None),
    ],
)
def test_name_head_of_speaker_phrases(phrase: str, head: str | None) -> None:
    assert name_head(phrase) == head


def test_description_speaker_without_canonical_is_skipped() -> None:
    assert GoldQuote("x y z w", "the mayor").speaker_target() == (False, None)
    assert GoldQuote("x y z w", "Gov. Maren Holt of Vermont").speaker_ok("Maren Holt")
