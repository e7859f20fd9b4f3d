"""Bounds on input size and on pathological text: each case ends fast, with a brief or one line of error.

"Fast" is never a wall-clock budget (the machine may be shared, the suite runs in parallel): the
subprocesses run under a timeout that only a hang reaches, work that must not happen is shown not
to happen, and time bounds are bounds on growth, CPU-time ratios taken in the same test
(``tests/scaling.py``). ``benchmarks/speed.py`` measures speed.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from briefgen.errors import ConfigError, InputTooLargeError
from briefgen.summary.text.limits import (
    ENV_VAR,
    MAX_ARTICLE_CHARS,
    MAX_PARAGRAPH_CHARS,
    bounded_spans,
    check_article_length,
    max_article_chars,
)
from briefgen.summary.text.sentences import split_paragraphs, split_sentences

from conftest import ROOT
from scaling import growth

WORDS = "the senator said budget would review committee plan money winter harbour vote".split()


def _cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """Run the command line; the timeout only catches a hang (a test failure, not a budget)."""
    base = {k: v for k, v in os.environ.items() if not k.startswith("BRIEFGEN_")}
    return subprocess.run(
        [sys.executable, "-m", "briefgen", *args],
        capture_output=True,
        cwd=ROOT,
        env={**base, **(env or {})},
        timeout=300,
    )


def _one_line(proc: subprocess.CompletedProcess) -> str:
    assert proc.returncode == 1
    err = proc.stderr.decode()
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    return lines[0]


def _random_words(n_chars: int, seed: int = 1, vocabulary: list[str] = WORDS) -> str:
    rng = random.Random(seed)
    words: list[str] = []
    size = 0
    while size < n_chars:
        words.append(rng.choice(vocabulary))
        size += len(words[-1]) + 1
    return " ".join(words)[:n_chars]


@pytest.mark.parametrize(
    "name, make",
    [
        ("single-line", lambda: _random_words(5_000_000)),
        ("quote-marks", lambda: '"' * 1_000_000),
        ("capitalised", lambda: _random_words(800_000, vocabulary=[w.capitalize() for w in WORDS])),
    ],
)
def test_pathological_inputs_end_fast_with_one_line(tmp_path: Path, name: str, make) -> None:
    path = tmp_path / f"{name}.txt"
    path.write_text(make(), encoding="utf-8")
    proc = _cli("build", str(path), "-o", str(tmp_path / "out"), "-f", "json")
    line = _one_line(proc)
    assert "limit" in line or "no article text" in line, line
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").iterdir())


def test_input_over_the_byte_limit_is_refused_before_reading_it_all(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_bytes(b"word " * 1_300_000)  # 6.5 MB
    proc = _cli("build", str(path), "-o", str(tmp_path / "out"))
    assert "larger than the limit" in _one_line(proc)


def test_article_length_limit_and_its_override(tmp_path: Path) -> None:
    text = "The council met on Monday. " * 40
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    proc = _cli("build", str(path), "-o", str(tmp_path / "out"), "-f", "json", env={ENV_VAR: "500"})
    line = _one_line(proc)
    assert "over the limit of 500" in line and ENV_VAR in line
    proc = _cli("build", str(path), "-o", str(tmp_path / "out"), "-f", "json", env={ENV_VAR: "lots"})
    assert ENV_VAR in _one_line(proc)


def test_article_length_check(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)
    assert max_article_chars() == MAX_ARTICLE_CHARS
    check_article_length("x" * MAX_ARTICLE_CHARS)
    with pytest.raises(InputTooLargeError, match="over the limit"):
        check_article_length("x" * (MAX_ARTICLE_CHARS + 1))
    monkeypatch.setenv(ENV_VAR, "1_000")
    assert max_article_chars() == 1000
    monkeypatch.setenv(ENV_VAR, "-3")
    with pytest.raises(ConfigError):
        max_article_chars()


def test_summarize_refuses_overlong_text_before_the_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    from briefgen import summarize

    from briefgen.summary import default
    from briefgen.summary.text import analysis

    def no_parse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the text went to the pipeline")

    monkeypatch.setenv(ENV_VAR, "2000")
    monkeypatch.setattr(default, "analyse", no_parse)
    monkeypatch.setattr(analysis, "load_pipeline", no_parse)
    with pytest.raises(InputTooLargeError):
        summarize("The council met on Monday to vote. " * 100)


@pytest.mark.parametrize(
    "text",
    [
        _random_words(50_000),
        "Mr. " * 12_000,
        "a" * 30_000,
        ("The vote passed. " * 3000),
    ],
)
def test_bounded_spans_cover_a_line_in_short_pieces(text: str) -> None:
    spans = bounded_spans(text, 0, len(text))
    assert all(0 < e - s <= MAX_PARAGRAPH_CHARS for s, e in spans)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))
    # Only the spaces between pieces are left out.
    joined = "".join(text[s:e] for s, e in spans)
    assert joined.replace(" ", "") == text.replace(" ", "")


def test_long_lines_are_cut_at_sentence_ends() -> None:
    text = " ".join(f"Sentence number {i} ends here." for i in range(2000))
    spans = split_paragraphs(text)
    assert len(spans) > 1
    for s, e in spans:
        assert text[s:e].startswith("Sentence") and text[s:e].endswith("here.")


def test_a_normal_paragraph_is_never_cut() -> None:
    line = " ".join(f"The council approved item {i} of the harbour budget." for i in range(100))  # ~5,000 chars
    assert len(line) < MAX_PARAGRAPH_CHARS
    assert split_paragraphs(line + "\n\nNext paragraph.") == [(0, len(line)), (len(line) + 2, len(line) + 17)]


def test_sentence_splitting_of_a_long_line_is_linear() -> None:
    texts = {20_000: _random_words(20_000, seed=2), 80_000: _random_words(80_000, seed=3)}
    out = {}
    # Four times the text: about four times the work (quadratic would be sixteen).
    assert growth(lambda n: out.update({n: split_sentences(texts[n])}), 20_000, repeat=1) < 8
    big, sentences = texts[80_000], out[80_000]
    assert sentences and all(big[s.start : s.end] == s.text for s in sentences)


@pytest.mark.parametrize("extracted", [False, True])
def test_rejoining_a_long_wrapped_paragraph_is_linear(extracted: bool) -> None:
    from briefgen.ingest.page_lines import rejoin_wrapped

    line = "the harbour board said that the ferry would run again on Monday and\n"
    texts = {n: line * n for n in (4_000, 16_000)}
    # Four times the lines of one paragraph: about four times the work (each line joined to the
    # paragraph had copied it: sixteen times).
    assert growth(lambda n: rejoin_wrapped(texts[n], extracted), 4_000, repeat=2) < 8


@pytest.mark.parametrize(
    "make",
    [  # make(n): n = 2 is half the size these cases once ran at
        lambda n: _random_words(7_500 * n, seed=4),
        lambda n: " ".join('"word' for _ in range(1_250 * n)),
        lambda n: _random_words(7_500 * n, seed=5, vocabulary=[w.capitalize() for w in WORDS]),
        lambda n: "Mr. " * (1_750 * n),
        lambda n: " ".join("'Word,' it said." for _ in range(1_250 * n)),  # single marks: quotes to attribute
    ],
)
def test_pathological_text_within_the_limit_gives_a_brief_in_bounded_time(make) -> None:
    from briefgen import summarize

    briefs = {}
    summarize("The council met on Monday. Mayor Ana Costa said it approved the plan.")  # lazy loads first
    # Twice the text: about twice the work (quadratic would be four times). The least of two runs
    # each: one run alone measured 3.05 once on a shared machine where it usually measures 2.
    assert growth(lambda n: briefs.update({n: summarize(make(n))}), 1, factor=2, repeat=2) < 3
    brief = briefs[2]
    for quote in brief.quotes:
        assert brief.text[quote.span[0] : quote.span[1]] == quote.text


@pytest.mark.parametrize(
    "make",
    [
        # one token of punctuation: spaCy's tokenizer strips it a mark at a time (nlp.BoundedTokenizer)
        lambda n: "The council met on Monday. " + "**" * (1_500 * n),
        # one chain of capitalised words: each word walked the chain to its noun (keypoints.runons)
        lambda n: "The council met on Monday. " + "Aa " * (1_000 * n),
        # one hyphenated token: the web-address pattern tried every split of it (entities.evidence)
        lambda n: "The council met on Monday. " + "a-" * (1_500 * n),
    ],
)
def test_a_long_run_of_one_shape_gives_a_brief_in_linear_time(make) -> None:
    """Four times the run, about four times the work: each of these took the square of its length
    (a run of 24,000 characters took 16 to 47 s, and the article limit allows 100,000)."""
    from briefgen import summarize

    summarize("The council met on Monday. Mayor Ana Costa said it approved the plan.")  # lazy loads first
    # one run per size: spaCy's tokenizer caches what it has seen, so a second run of the same text
    # costs no tokenizing (the least of two would hide a slow first one); four is far from eight
    assert growth(lambda n: summarize(make(n)), 2, factor=4, repeat=1) < 8


@pytest.mark.parametrize("unit", ["aa.", "x.jpgx", "[a", "ab"])
def test_a_pasted_line_of_one_long_token_is_cleaned_in_linear_time(unit: str) -> None:
    """The picture-name test scanned the rest of a token from each of its characters (an 80,000
    character token took 100 to 150 s to clean); a word of one script, read for look-alike letters of
    another from each of its characters, would take the square of its length too."""
    from briefgen.ingest import ingest_text

    texts = {n: "Harbour council votes on the wall\n\n" + unit * (n // len(unit)) for n in (20_000, 80_000)}
    assert growth(lambda n: ingest_text(texts[n]), 20_000, repeat=2) < 8


def _feed(n_items: int) -> str:
    body = " ".join("The harbour council met on day {i} and approved the plan, officials said." for _ in range(8))
    items = "".join(
        f"<item><title>Harbour update {i}</title><link>https://news.example/{i}</link>"
        f"<description>{body.format(i=i)}</description></item>"
        for i in range(n_items)
    )
    return f"<?xml version='1.0'?><rss version='2.0'><channel><title>Ledger</title>{items}</channel></rss>"


def test_a_feed_with_too_many_items_needs_a_choice(tmp_path: Path) -> None:
    from briefgen.ingest.loading import MAX_FEED_ITEMS

    path = tmp_path / "big.xml"
    path.write_text(_feed(MAX_FEED_ITEMS + 1), encoding="utf-8")
    proc = _cli("build", str(path), "-o", str(tmp_path / "out"), "-f", "json")
    line = _one_line(proc)
    assert f"over the limit of {MAX_FEED_ITEMS}" in line and "--limit" in line
    proc = _cli("build", str(path), "-o", str(tmp_path / "out"), "-f", "json", "--limit", "1", "-q")
    assert proc.returncode == 0, proc.stderr.decode()
    assert len(list((tmp_path / "out").iterdir())) == 1


_BODY = " ".join(["The harbour council met and approved the plan, officials said on Monday."] * 12)


def test_an_attribute_bomb_page_is_refused_fast(tmp_path: Path) -> None:
    path = tmp_path / "bomb.html"
    attrs = " ".join(f"a{i}=x" for i in range(300_000))
    path.write_text(f"<html><body><p {attrs}>{_BODY}</p></body></html>", encoding="utf-8")
    proc = _cli("build", str(path), "-o", str(tmp_path / "out"), "-f", "json")
    assert "attributes" in _one_line(proc)


def test_page_metadata_patterns_are_linear() -> None:
    from briefgen.ingest import meta_tags, published_time

    cases = [  # pattern, what opens the text, the unit repeated, repeats of the largest text
        (meta_tags._TITLE_TAG, "", "<title>", 30_000),
        (published_time._PUBLISHED[0], "", "<meta ", 40_000),
        (published_time._PUBLISHED[0], "<meta ", 'name="date" ', 20_000),
        (published_time._PUBLISHED[1], "", '"datePublished": "', 20_000),
        (published_time._PUBLISHED[2], "", "<time ", 40_000),
    ]
    for pattern, head, unit, n in cases:
        # four times the text: about four times the work (a backtracking pattern: sixteen or more)
        assert growth(lambda k, p=pattern, h=head, u=unit: p.findall(h + u * k), n // 8) < 8, pattern.pattern
    meta = '<meta property="article:published_time" content="2024-01-02T03:04:05Z">'
    assert published_time._PUBLISHED[0].findall(meta) == ["2024-01-02T03:04:05Z"]
    assert meta_tags._TITLE_TAG.findall("<title>Harbour vote | Ledger</title>") == ["Harbour vote | Ledger"]


def test_a_run_of_symbols_inside_a_name_is_fast() -> None:
    """Found by the fuzzer: a name's trailing-junk pattern backtracked exponentially on '¦¦¦…'."""
    from briefgen import summarize
    from briefgen.summary.entities.name_cleaning import _strip_trailing_junk

    assert _strip_trailing_junk("Ana" + "¦" * 100_000 + " Costa's 2-0 !!") == "Ana" + "¦" * 100_000 + " Costa"
    assert growth(lambda n: _strip_trailing_junk("Ana" + "¦" * n + " Costa's 2-0 !!"), 25_000) < 8
    assert _strip_trailing_junk("Arsenal 2-1") == "Arsenal"
    assert _strip_trailing_junk("the U.S.") == "the U.S."
    text = (
        "The harbour plan passed on Monday. Mayor Ana" + "¦" * 120 + " Costa said the council "
        "would start work in spring. Costa thanked the workers."
    )
    assert "Costa" in {a.name.split()[-1] for a in summarize(text).actors}
