"""Unit tests of the quality harness's scoring rules, on tiny hand-made cases."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from quality_lib.names import name_head, names_match, word_overlap, words  # noqa: E402
from quality_lib.report import GATED, check_gate, target_status  # noqa: E402
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


def test_gate_lists_every_drop_beyond_tolerance() -> None:
    pins = {"cnndm.rouge2": 0.20, "quotes.all.f1": 0.80, "actors.micro.f1": 0.70, "bbc.rouge1": 0.5}
    current = {"cnndm.rouge2": 0.196, "quotes.all.f1": 0.70, "actors.micro.f1": 0.80}
    failures = check_gate(current, pins, 0.005, ("keypoints", "quotes", "actors"))
    assert len(failures) == 2
    assert failures[0].startswith("bbc.rouge1") and "not measured" in failures[0]
    assert failures[1].startswith("quotes.all.f1")
    # a task that was not run is not checked
    assert check_gate(current, pins, 0.005, ("actors",)) == []


def test_targets_and_gated_metrics() -> None:
    scores = {"briefgen": {"bbc.rouge2": 0.5, "cnndm.rouge2": 0.2}, "lead": {"bbc.rouge2": 0.6}}
    assert target_status("bbc.rouge2", scores) is False  # below the best peer
    assert target_status("cnndm.rouge2", scores) is True
    assert target_status("bbc.rouge1", scores) is None  # no target
    assert "quotes.statement.f1" in GATED and "quotes.statement.precision" not in GATED


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
