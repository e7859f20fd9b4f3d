"""Digests: input expansion, duplicate detection, actor merging, the parallel build and the CLI."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

import pytest

from briefgen.digest import expand_inputs, find_duplicates, make_digest, merge_actors
from briefgen.digest.build import ArticleOutcome, Job, summarize_inputs
from briefgen.digest.compose import best_quote, headline, render_digest
from briefgen.digest.merge import jaccard, normalise_url, shingles
from briefgen.errors import InputError
from briefgen.model import Actor, Brief, KeyPoint, Quote, Source

try:
    from .conftest import run_cli, run_cli_subprocess
except ImportError:  # pragma: no cover - run without the package layout
    from conftest import run_cli, run_cli_subprocess  # type: ignore[no-redef]

# Small hand-written articles: two share actors (Mara Quill, the Harbour Authority), one is
# a reworded copy of another, so merging and duplicate detection have something to find.
ARTICLES: dict[str, str] = {
    "harbour.txt": """Harbour Authority approves night ferries for Port Lennox

The Harbour Authority of Port Lennox voted on Tuesday to run ferries through the night from next spring, \
ending a decade of arguments over noise on the waterfront.

Authority chair Mara Quill said the vote settled the matter. "We have listened to every resident who wrote \
to us, and the night service will run with quieter engines from the first day," Quill told reporters after \
the meeting.

The service will cost 4 million crowns a year. Shopkeepers on Quay Street welcomed the decision, while the \
Lennox Residents Association said it would watch the noise levels closely.

It is not yet clear who will pay for the new engines.
""",
    "budget.txt": """Port Lennox council passes a leaner budget

The council of Port Lennox passed its budget on Thursday, cutting spending on roads by a fifth to pay for \
the new night ferries agreed by the Harbour Authority.

Mara Quill, who chairs the Harbour Authority, defended the ferries before the council. "A harbour town that \
sleeps at nine o'clock loses its young people to the capital, and we cannot afford that," Quill said.

Councillor Teodor Vance voted against the budget. "Potholes do not fix themselves while we admire the boats \
at midnight," Vance said in the chamber.

The budget now goes to the regional governor for approval.
""",
    "orchard.txt": """Late frost threatens the apple harvest in the Vell valley

A late frost on Sunday night damaged apple blossom across the Vell valley, and growers fear the harvest \
could fall by a third this year.

The Vell Growers Cooperative said its members had lit fires between the rows to keep the blossom warm. \
"We saved what we could, but the lower orchards were white by dawn," said cooperative secretary Ilse Brandt.

Insurers are expected to send assessors to the valley next week.
""",
}


def _write_articles(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in ARTICLES.items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def _brief(
    text: str,
    *,
    title: str | None = None,
    url: str | None = None,
    actors: list[Actor] | None = None,
    quotes: list[Quote] | None = None,
    bottom_line: str = "",
) -> Brief:
    return Brief(
        title=title,
        text=text,
        source=Source(url=url),
        actors=actors or [],
        quotes=quotes or [],
        bottom_line=bottom_line,
    )


# --- inputs ------------------------------------------------------------------


def test_expand_inputs_reads_folders_and_globs_in_order(tmp_path: Path) -> None:
    _write_articles(tmp_path / "news")
    (tmp_path / "news" / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    (tmp_path / "news" / ".hidden.txt").write_text("x")
    names = expand_inputs([str(tmp_path / "news")])
    assert [Path(n).name for n in names] == ["budget.txt", "harbour.txt", "orchard.txt"]
    globbed = expand_inputs([str(tmp_path / "news" / "h*.txt"), "-", "https://example.org/a"])
    assert [Path(n).name for n in globbed[:1]] == ["harbour.txt"] and globbed[1:] == ["-", "https://example.org/a"]
    # the same file twice (folder and glob) is one input
    assert len(expand_inputs([str(tmp_path / "news"), str(tmp_path / "news" / "*.txt")])) == 3


def test_expand_inputs_refuses_empty_globs_and_folders(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no file matches"):
        expand_inputs([str(tmp_path / "*.txt")])
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="no article files"):
        expand_inputs([str(tmp_path / "empty")])
    # a plain missing file is passed on: the loader reports it as that input's failure
    assert expand_inputs([str(tmp_path / "missing.txt")]) == [str(tmp_path / "missing.txt")]


# --- duplicates -------------------------------------------------------------


def test_shingle_similarity_tells_a_copy_from_another_story() -> None:
    a = shingles(ARTICLES["harbour.txt"])
    copy = shingles(ARTICLES["harbour.txt"].replace("Tuesday", "Tuesday evening").upper())
    assert jaccard(a, copy) >= 0.8
    assert jaccard(a, shingles(ARTICLES["budget.txt"])) < 0.2
    assert jaccard(set(), set()) == 0.0


def test_find_duplicates_by_text_and_by_url() -> None:
    harbour = _brief(ARTICLES["harbour.txt"])
    reworded = _brief(ARTICLES["harbour.txt"].replace("Quay Street", "Quay Street and the market"))
    budget = _brief(ARTICLES["budget.txt"], url="https://www.example.org/budget/?utm_source=feed")
    same_url = _brief(ARTICLES["orchard.txt"], url="http://example.org/budget#top")
    found = find_duplicates([harbour, budget, reworded, same_url])
    assert found[2][:2] == (0, "near-identical text")
    assert found[3][:2] == (1, "same URL")
    assert set(found) == {2, 3}
    assert normalise_url("https://www.example.org/a/?utm_medium=x&id=3") == "example.org/a?id=3"


# --- actors -----------------------------------------------------------------


def test_merge_actors_joins_names_and_aliases_of_the_same_kind() -> None:
    one = _brief(
        "a",
        actors=[
            Actor(name="Mara Quill", kind="person", aliases=["Quill"], mentions=3),
            Actor(name="Harbour Authority", kind="organization", mentions=2),
        ],
    )
    two = _brief(
        "b",
        actors=[
            Actor(name="Quill", kind="person", mentions=1),
            Actor(name="Harbour Authority", kind="organization", mentions=1),
            Actor(name="Teodor Vance", kind="person", mentions=2),
        ],
    )
    three = _brief("c", actors=[Actor(name="Harbour Authority", kind="place", mentions=1)])
    shared = merge_actors([one, two, three])
    by_name = {a.name: a for a in shared}
    assert set(by_name) == {"Mara Quill", "Harbour Authority"}
    assert by_name["Mara Quill"].articles == [0, 1] and "Quill" in by_name["Mara Quill"].aliases
    # the place of the same name is another actor: kinds never merge
    assert by_name["Harbour Authority"].kind == "organization" and by_name["Harbour Authority"].articles == [0, 1]


def test_a_bare_surname_shared_by_two_people_is_not_fused() -> None:
    one = _brief("a", actors=[Actor(name="Ann Hale", kind="person", aliases=["Hale"])])
    two = _brief("b", actors=[Actor(name="Tom Hale", kind="person", aliases=["Hale"])])
    three = _brief("c", actors=[Actor(name="Hale", kind="person")])
    assert merge_actors([one, two, three]) == []


def test_an_alias_in_one_brief_merges_the_name_of_another() -> None:
    one = _brief("a", actors=[Actor(name="Norland Shipping Board", kind="organization", aliases=["NSB"])])
    two = _brief("b", actors=[Actor(name="NSB", kind="organization")])
    three = _brief("c", actors=[Actor(name="United States", kind="place", aliases=["U.S."])])
    four = _brief("d", actors=[Actor(name="U.S.", kind="place")])
    five = _brief("e", actors=[Actor(name="USA", kind="place")])  # no alias given: the country joins it
    by_name = {a.name: a for a in merge_actors([one, two, three, four, five])}
    assert by_name["Norland Shipping Board"].articles == [0, 1]
    assert by_name["United States"].articles == [2, 3, 4]
    assert "U.S." not in by_name


def test_who_line_names_people_and_organisations_not_places() -> None:
    brief = _brief(
        "a",
        title="Ferries at night",
        actors=[
            Actor(name="Port Lennox", kind="place", mentions=5),
            Actor(name="Mara Quill", kind="person", role="Authority chair", mentions=3),
            Actor(name="Harbour Authority", kind="organization", mentions=2),
        ],
    )
    outcome = ArticleOutcome(input="a.txt", name="a.txt", brief=brief)
    digest = make_digest([outcome], title="Digest", generated_at=datetime(2024, 1, 1, tzinfo=timezone.utc))
    text = render_digest(digest, "md")
    who = next(line for line in text.splitlines() if line.startswith("**Who:**"))
    assert "Mara Quill (Authority chair)" in who and "Harbour Authority" in who
    assert "Port Lennox" not in who


def test_across_the_stories_lists_people_and_organisations_before_places() -> None:
    # a place in all three stories, a chair in two: the chair heads the table, the place follows
    def story(name: str, extra: list[Actor]) -> ArticleOutcome:
        actors = [Actor(name="Port Lennox", kind="place", mentions=4), *extra]
        brief = _brief(f"Story {name} about the harbour.", title=f"Story {name}", actors=actors)
        return ArticleOutcome(input=f"{name}.txt", name=f"{name}.txt", brief=brief)

    chair = Actor(name="Mara Quill", kind="person", role="Authority chair", mentions=2)
    outcomes = [story("a", [chair]), story("b", [chair]), story("c", [])]
    digest = make_digest(outcomes, title="Digest", generated_at=datetime(2024, 1, 1, tzinfo=timezone.utc))
    assert [a.name for a in digest.actors] == ["Port Lennox", "Mara Quill"]  # the JSON: most stories first
    rows = [line for line in render_digest(digest, "md").splitlines() if line.startswith("| ") and "|---" not in line]
    assert [row.split("|")[1].strip() for row in rows[1:]] == ["Mara Quill", "Port Lennox"]


def test_who_line_names_those_the_brief_shows_not_a_name_met_once() -> None:
    # a product in a list of deals, met once with nothing said of it, stays in the JSON only, as in
    # the brief; the chair, who has a role, and the authority, named twice, are shown
    brief = _brief(
        "a",
        title="Ferries at night",
        actors=[
            Actor(name="Quillon Pro", kind="organization", mentions=1),
            Actor(name="Mara Quill", kind="person", role="Authority chair", mentions=1),
            Actor(name="Harbour Authority", kind="organization", mentions=2),
        ],
    )
    outcome = ArticleOutcome(input="a.txt", name="a.txt", brief=brief)
    digest = make_digest([outcome], title="Digest", generated_at=datetime(2024, 1, 1, tzinfo=timezone.utc))
    who = next(line for line in render_digest(digest, "md").splitlines() if line.startswith("**Who:**"))
    assert "Mara Quill (Authority chair)" in who and "Harbour Authority" in who
    assert "Quillon Pro" not in who


def test_best_quote_is_the_longest_attributed_statement() -> None:
    text = "x"
    brief = _brief(
        text,
        quotes=[
            Quote(text="a short phrase", speaker="Mara Quill", span=(0, 1)),
            Quote(text="we will run the ferries every night from the first of May onwards", speaker=None, span=(0, 1)),
            Quote(
                text="the night service will run with quieter engines from day one", speaker="Mara Quill", span=(0, 1)
            ),
            Quote(
                text="the report says the night service will cost far more than anyone expected",
                speaker="the report",
                span=(0, 1),
            ),
        ],
    )
    chosen = best_quote(brief)
    assert chosen is not None and chosen.speaker == "Mara Quill" and chosen.text.startswith("the night service")
    assert best_quote(_brief(text)) is None


def test_headline_falls_back_to_a_shortened_bottom_line() -> None:
    line = "The Harbour Authority of Port Lennox voted on Tuesday to run ferries through the night from next spring."
    made = headline(_brief("x", bottom_line=line), "fallback")
    assert made.endswith("…") and len(made) <= 92 and line.startswith(made[:-1])
    assert headline(_brief("x", title="  Night  ferries "), "fallback") == "Night ferries"
    assert headline(_brief("x"), "fallback") == "fallback"


# --- the digest --------------------------------------------------------------


def test_make_digest_lists_failures_and_leaves_duplicates_out() -> None:
    a = _brief(ARTICLES["harbour.txt"], title="Night ferries")
    b = _brief(ARTICLES["harbour.txt"], title="Night ferries (copy)")
    outcomes = [
        ArticleOutcome("a.txt", "a.txt", brief=a),
        ArticleOutcome("bad.txt", "bad.txt", error="bad.txt: empty"),
        ArticleOutcome("b.txt", "b.txt", brief=b),
    ]
    when = datetime(2026, 3, 2, 8, 0, tzinfo=timezone.utc)
    digest = make_digest(outcomes, title=None, generated_at=when)
    assert digest.title == "Briefing digest — 2 March 2026"
    assert [x.title for x in digest.briefs] == ["Night ferries"]
    assert digest.counts.model_dump() == {"inputs": 3, "articles": 1, "failed": 1, "duplicates": 1}
    assert digest.duplicates[0].input == "b.txt" and digest.duplicates[0].duplicate_of == 0
    for fmt in ("html", "md", "txt", "email"):
        out = render_digest(digest, fmt, template_dirs=None)
        assert "bad.txt: empty" in out, fmt
        assert "Night ferries (copy)" in out, fmt  # the duplicate is noted


def test_team_templates_override_digest_templates(tmp_path: Path) -> None:
    digest = make_digest(
        [ArticleOutcome("a", "a", brief=_brief("text", title="Night ferries"))],
        title="T",
        generated_at=datetime(2026, 3, 2, tzinfo=timezone.utc),
    )
    (tmp_path / "digest.txt.j2").write_text(
        '{% extends "default:digest.txt.j2" %}{% block footer %}-- The Lennox Desk{% endblock %}'
    )
    out = render_digest(digest, "txt", template_dirs=[tmp_path])
    assert out.rstrip().endswith("-- The Lennox Desk") and "Night ferries" in out


def test_summarize_inputs_keeps_going_after_a_failure(tmp_path: Path) -> None:
    paths = _write_articles(tmp_path)
    jobs = [Job(0, str(paths[0])), Job(1, str(tmp_path / "missing.txt")), Job(2, str(paths[2]))]
    seen: list[int] = []
    outcomes = summarize_inputs(jobs, workers=1, progress=lambda done, total, name: seen.append(done))
    assert [o.ok for o in outcomes] == [True, False, True]
    assert outcomes[1].error is not None and outcomes[1].error.startswith(str(tmp_path / "missing.txt"))
    assert seen == [1, 2, 3]


# --- the command --------------------------------------------------------------


def test_digest_command_builds_every_output_in_parallel(tmp_path: Path) -> None:
    news = tmp_path / "news"
    _write_articles(news)
    (news / "later-harbour.txt").write_text(ARTICLES["harbour.txt"].replace("Tuesday", "Tuesday night"))
    (news / "broken.txt").write_bytes(b"\x00\x01\x02 not text")
    out = tmp_path / "out"
    result = run_cli_subprocess(  # the real command: its worker processes start from a fresh interpreter's
        "digest", str(news), "-o", str(out), "--jobs", "2", "--title", "Lennox morning digest", "--attach-pdf"
    )
    assert result.returncode == 1, result.stderr  # one input failed
    stderr = result.stderr.decode()
    assert "broken.txt" in stderr and "\x1b[" not in stderr  # no progress bar when stderr is not a terminal
    assert sorted(p.name for p in out.iterdir()) == [
        "digest.eml",
        "digest.html",
        "digest.json",
        "digest.md",
        "digest.pdf",
    ]
    data = json.loads((out / "digest.json").read_text())
    assert data["title"] == "Lennox morning digest" and data["generated_at"]
    assert data["counts"] == {"inputs": 5, "articles": 3, "failed": 1, "duplicates": 1}
    assert [Brief.model_validate(b).title for b in data["briefs"]][0].startswith("Port Lennox council")
    assert data["duplicates"][0]["input"].endswith("later-harbour.txt")
    assert any(a["name"] == "Mara Quill" and len(a["articles"]) == 2 for a in data["actors"])
    for name in ("digest.html", "digest.md"):
        text = (out / name).read_text()
        assert "broken.txt" in text and "Mara Quill" in text and "In this digest" in text
    assert (out / "digest.pdf").read_bytes().startswith(b"%PDF")
    assert b"\r\n" in (out / "digest.eml").read_bytes()


def test_digest_reads_standard_input(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run_cli("digest", "-", "-o", str(out), "-q", input=ARTICLES["orchard.txt"].encode())
    assert result.returncode == 0, result.stderr
    data = json.loads((out / "digest.json").read_text())
    assert data["inputs"] == ["-"] and data["counts"]["articles"] == 1
    assert data["briefs"][0]["title"] == "Late frost threatens the apple harvest in the Vell valley"
    assert "Ilse Brandt" in (out / "digest.md").read_text()


# --- a dying worker, and Ctrl-C ------------------------------------------------------------------


def _fake_job(
    job: Job,
    engine: str = "default",
    max_key_points: int | None = None,
    input_options: object = None,
    engine_options: object = None,
) -> list[ArticleOutcome]:
    """Stands in for run_job in forked workers: 'kill-*' inputs SIGKILL their worker (once, for 'once-*')."""
    import os
    import signal
    import time

    name = Path(job.name).name
    if name.startswith("kill-") or (name.startswith("once-") and not Path(job.name + ".died").exists()):
        Path(job.name + ".died").touch()
        os.kill(os.getpid(), signal.SIGKILL)
    time.sleep(0.05)  # pacing only, so that jobs overlap the dying one: nothing is timed
    brief = Brief(title=name, text="x", bottom_line=f"{name} went through.")
    return [ArticleOutcome(job.name, job.name, brief=brief, order=(job.index, 0))]


@pytest.fixture
def fake_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    import multiprocessing

    if multiprocessing.get_start_method(allow_none=False) != "fork":
        pytest.skip("the fake run_job reaches the workers only when they are forked")
    from briefgen import nlp
    from briefgen.digest import build
    from briefgen.summary import engine_names

    # summarize_inputs looks the engine up in this process: load the engines (and the modules that
    # bind load_pipeline at import) before the patch, so that no later test inherits the fake
    engine_names()
    monkeypatch.setattr(build, "run_job", _fake_job)
    monkeypatch.setattr(nlp, "load_pipeline", lambda *a, **k: None)  # no spaCy in the fake workers


def test_a_dead_worker_fails_only_its_own_article(tmp_path: Path, fake_workers: None) -> None:
    names = [str(tmp_path / (f"kill-{i}.txt" if i == 5 else f"article-{i}.txt")) for i in range(24)]
    seen: list[int] = []
    outcomes = summarize_inputs(
        [Job(i, n) for i, n in enumerate(names)], workers=2, progress=lambda done, total, name: seen.append(done)
    )
    failed = [o for o in outcomes if not o.ok]
    assert [o.input for o in failed] == [names[5]], [o.error for o in failed]
    assert failed[0].error is not None and "the worker process died" in failed[0].error
    assert [o.input for o in outcomes] == names  # every input once, in input order
    assert sorted(seen) == list(range(1, 25))


def test_an_article_whose_worker_died_once_is_retried(tmp_path: Path, fake_workers: None) -> None:
    names = [str(tmp_path / (f"once-{i}.txt" if i in (2, 9) else f"article-{i}.txt")) for i in range(16)]
    outcomes = summarize_inputs([Job(i, n) for i, n in enumerate(names)], workers=2)
    assert all(o.ok for o in outcomes), [o.error for o in outcomes if not o.ok]
    assert [o.input for o in outcomes] == names
    assert (tmp_path / "once-2.txt.died").exists() and (tmp_path / "once-9.txt.died").exists()


def test_ctrl_c_during_a_digest_is_one_line(tmp_path: Path) -> None:
    import os
    import signal
    import subprocess
    import sys
    import time

    news = tmp_path / "news"
    _write_articles(news)
    env = {k: v for k, v in os.environ.items() if not k.startswith("BRIEFGEN_")}
    root = Path(__file__).resolve().parents[1]
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(root), os.environ.get("PYTHONPATH")]))
    proc = subprocess.Popen(
        [sys.executable, "-m", "briefgen", "digest", str(news), "-o", str(tmp_path / "out"), "--jobs", "2"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        cwd=root,
        start_new_session=True,
        # as from a terminal: a test runner's worker may ignore SIGINT, and a child inherits that
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    try:
        children = Path(f"/proc/{proc.pid}/task/{proc.pid}/children")
        if not children.exists():
            pytest.skip("needs /proc to see the workers start")
        for _ in range(1200):  # wait (at most a minute) until the workers are loading the pipeline
            if proc.poll() is not None or len(children.read_text().split()) >= 2:
                break
            time.sleep(0.05)
        if proc.poll() is not None:
            pytest.skip("the digest finished before it could be interrupted")
        os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C on a terminal does: the whole process group
        _, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    text = err.decode()
    assert "Traceback" not in text and "Exception in initializer" not in text, text
    assert text.strip().splitlines() == ["briefgen: error: interrupted"], text
    assert proc.returncode == 130


def test_a_digest_shows_what_the_first_point_says_beyond_the_bottom_line() -> None:
    lead = "Kelby Ferries raised its fares by 5% on Monday after the harbour board cut its grant."
    more = "But the rise is no burden for islanders, the board said."
    text = f"{lead} {more} The company reports again in May."
    brief = Brief(
        text=text,
        title="Kelby Ferries raises fares",
        bottom_line=lead,
        bottom_line_spans=[(0, len(lead))],
        key_points=[
            KeyPoint(text=f"{lead} {more}", spans=[(0, len(lead)), (len(lead) + 1, len(lead) + 1 + len(more))]),
            KeyPoint(text="The company reports again in May.", spans=[(text.index("The company"), len(text))]),
        ],
    )
    outcome = ArticleOutcome(input="a.txt", name="a.txt", brief=brief)
    digest = make_digest([outcome], title="Digest", generated_at=datetime(2024, 1, 1, tzinfo=timezone.utc))
    md = render_digest(digest, "md")
    assert md.count("raised its fares by 5%") == 1
    # shown alone, without the "But" that joined it to the bottom line's sentence
    assert "The rise is no burden for islanders, the board said." in md and "But the rise" not in md
    assert "The company reports again in May." in md
