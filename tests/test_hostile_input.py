"""Hostile inputs, second round: feeds that name files, FIFOs, lying charsets, malformed JSON Feeds.

Every input here is invented for the tests. Each must end in one line naming
the input (an ``InputError`` from the library, ``briefgen: error:`` from the
CLI), within bounded time, while the other inputs of the same run go through.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from scaling import growth

from briefgen.errors import InputError
from briefgen.ingest.feeds import parse_feed
from briefgen.ingest.html import decode_html
from briefgen.ingest.reading import read_input

try:  # tests/ as a package, or as a rootdir on sys.path (pytest's default without __init__.py)
    from .conftest import ROOT, run_cli
    from .localhttp import LocalSite, Route, serve
except ImportError:
    from conftest import ROOT, run_cli  # type: ignore[no-redef]
    from localhttp import LocalSite, Route, serve  # type: ignore[no-redef]

#: An invented story, long enough to be summarised.
STORY = (
    "The Lennox county council voted on Tuesday to close the old harbour bridge for six weeks of repairs, "
    "after engineers found cracks in two of its steel supports during a routine inspection in March. "
    "Council leader Mara Ellison said the closure would begin on the first Monday of June and that a free "
    "shuttle bus would carry pedestrians and cyclists across the river every fifteen minutes. "
    '"We cannot ask people to drive over a bridge we know is damaged," Ellison told reporters. '
    "Shop owners on the north bank said they feared losing customers during the busiest weeks of the year, "
    "and asked the council to pay for signs that point drivers to the ferry landing. "
    "The repairs are expected to cost about $4 million, most of it from a state infrastructure grant."
)

PRIVATE_FEED = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Private Desk Notes</title>
<item><title>Secret harbour memo</title><link>https://desk.example/memo</link>
<description>{STORY}</description></item>
</channel></rss>
"""


def _run(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    """The command in a subprocess, for the inputs that used to block: the timeout catches a hang."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("BRIEFGEN_")}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    return subprocess.run(
        [sys.executable, "-m", "briefgen", *args],
        capture_output=True,
        cwd=ROOT,
        env=env,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
    )


def _error_lines(proc: subprocess.CompletedProcess) -> list[str]:
    err = proc.stderr.decode()
    assert "Traceback" not in err and "internal error" not in err, err
    return [line for line in err.splitlines() if line.startswith("briefgen:")]


# --- item 2: a feed's body is parsed, never opened as a path ------------------------------------


@pytest.mark.parametrize("body", ["{private}", "/dev/zero", "/dev/stdin", "file://{private}"])
def test_a_feed_body_that_names_a_file_is_parsed_not_opened(tmp_path: Path, body: str) -> None:
    private = tmp_path / "private-feed.xml"
    private.write_text(PRIVATE_FEED, encoding="utf-8")
    data = body.format(private=private).encode()
    # /dev/stdin used to wait, /dev/zero to eat memory: the body is parsed as a feed, never opened
    with pytest.raises(InputError):
        parse_feed(data, name="p.txt")
    with pytest.raises(InputError):
        parse_feed(data.decode(), name="p.txt")


def test_cli_feed_that_is_a_path_builds_nothing_from_the_named_file(tmp_path: Path) -> None:
    private = tmp_path / "private-feed.xml"
    private.write_text(PRIVATE_FEED, encoding="utf-8")
    pointer = tmp_path / "p.txt"
    pointer.write_text(str(private))
    out = tmp_path / "out"
    proc = run_cli("build", str(pointer), "--input-format", "feed", "-f", "json", "-o", str(out))
    assert proc.returncode == 1
    lines = _error_lines(proc)
    assert len(lines) == 1 and str(pointer) in lines[0]
    assert not out.exists() or not any(out.iterdir())


def test_a_fetched_feed_whose_body_is_a_path_builds_nothing_from_the_named_file(tmp_path: Path) -> None:
    from briefgen.ingest.loading import InputOptions, open_input

    private = tmp_path / "private-feed.xml"
    private.write_text(PRIVATE_FEED, encoding="utf-8")
    site = LocalSite({"/feed.rss": Route(str(private).encode(), headers={"Content-Type": "application/rss+xml"})})
    with serve(site):
        with pytest.raises(InputError, match="feed"):
            open_input(site.url("/feed.rss"), InputOptions(input_format="feed", allow_private_network=True))


# --- item 12: only regular files (and -) are read ------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_is_refused_at_once_and_the_other_inputs_still_build(tmp_path: Path) -> None:
    fifo = tmp_path / "article.txt"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="not a regular file"):
        read_input(str(fifo))  # used to block until a writer opened the FIFO: forever
    good = tmp_path / "good.txt"
    good.write_text(STORY, encoding="utf-8")
    out = tmp_path / "out"
    proc = _run("build", str(fifo), str(good), "-f", "json", "-o", str(out), timeout=120)
    assert proc.returncode == 1
    lines = _error_lines(proc)
    assert len(lines) == 1 and str(fifo) in lines[0] and "not a regular file" in lines[0]
    assert [p.name for p in out.iterdir()] == ["good.json"]


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/null"])
def test_devices_are_refused(device: str) -> None:
    if not os.path.exists(device):
        pytest.skip(f"no {device}")
    with pytest.raises(InputError, match="not a regular file"):
        read_input(device)


# --- item 13: malformed JSON Feeds are one error, not an internal one ------------------------------


def _json_feed(*items: dict) -> bytes:
    return json.dumps(
        {"version": "https://jsonfeed.org/version/1.1", "title": "Harbour Wire", "items": list(items)}
    ).encode()


@pytest.mark.parametrize(
    "bad",
    [
        {"url": 123},
        {"content_html": 123},
        {"authors": [{"name": 5}]},
        {"title": ["x"]},
        {"summary": {"a": 1}},
        {"date_published": 7},
        {"content_text": 12},
        {"authors": "Mara"},
        {"url": "http://[::1"},
    ],
)
def test_json_feed_fields_of_the_wrong_type_are_ignored(bad: dict) -> None:
    from briefgen.ingest.feeds import item_article

    items = parse_feed(
        _json_feed(
            {"title": "Bridge closes", "content_text": STORY, **bad},
            {"title": "Ferry runs late", "content_text": STORY},
        ),
        name="wire.json",
        base_url="https://wire.example/feed.json",
    )
    assert [item.title for item in items] in (["Bridge closes", "Ferry runs late"], [None, "Ferry runs late"])
    for item in items:
        assert item.link is None or isinstance(item.link, str)
        assert item.content_html is None or isinstance(item.content_html, str)
        assert item.author is None or isinstance(item.author, str)
    assert item_article(items[1], name="wire.json [item 2]") is not None


def test_a_json_feed_nested_a_hundred_thousand_deep_is_one_input_error() -> None:
    data = b'{"version": "https://jsonfeed.org/version/1", "items": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    with pytest.raises(InputError, match="wire.json"):
        parse_feed(data, name="wire.json")


def test_cli_bad_json_feeds_fail_alone_and_the_others_build(tmp_path: Path) -> None:
    deep = tmp_path / "deep.json"
    deep.write_bytes(
        b'{"version": "https://jsonfeed.org/version/1", "items": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    )
    typed = tmp_path / "typed.json"
    typed.write_bytes(_json_feed({"title": "Bridge closes", "url": 123, "content_html": 123, "authors": [{"name": 5}]}))
    good = tmp_path / "good.txt"
    good.write_text(STORY, encoding="utf-8")
    out = tmp_path / "out"
    proc = run_cli("build", str(deep), str(typed), str(good), "-f", "json", "-o", str(out))
    assert proc.returncode == 1
    lines = _error_lines(proc)
    assert len(lines) == 2 and str(deep) in lines[0] and str(typed) in lines[1], lines
    assert [p.name for p in out.iterdir()] == ["good.json"]


# --- items 9 and 17: only text encodings are taken from a page, and only when they fit ------------

PAGE = (
    '<!DOCTYPE html><html><head><meta charset="{charset}"><title>Harbour bridge</title></head><body>'
    "<h1>Harbour bridge closes</h1><p>The Lennox council closed the bridge — for six weeks.</p>"
    "<p>Ellison said the café on the north bank would stay open.</p></body></html>"
)


ASCII_PAGE = (
    '<!DOCTYPE html><html><head><meta charset="{charset}"><title>Harbour-bridge</title></head><body>'
    "<h1>Harbour bridge closes</h1><p>The Lennox council closed the bridge - for six weeks.</p>"
    "<p>Ellison said the caf&eacute; on the north bank would stay open.</p></body></html>"
)


@pytest.mark.parametrize(
    "charset",
    [
        "punycode",
        "idna",
        "rot13",
        "rot_13",
        "base64",
        "hex",
        "zlib",
        "uu",
        "bz2",
        "quopri",
        "unicode_escape",
        "raw_unicode_escape",
        "undefined",
        "utf-7",
        "no-such-charset",
    ],
)
def test_declared_non_text_codecs_fall_back_to_detection(charset: str) -> None:
    for page in (ASCII_PAGE, PAGE):
        text = decode_html(page.format(charset=charset).encode("utf-8"), name="page.html")
        assert "closed the bridge" in text and "for six weeks." in text and "<h1>Harbour bridge closes</h1>" in text
        # the same from an HTTP header (charset=undefined ended in "internal error: UnicodeError")
        header = decode_html(page.format(charset="utf-8").encode(), charset=charset, name="page.html")
        assert "closed the bridge" in header and "<h1>Harbour bridge closes</h1>" in header
    assert "café" in decode_html(PAGE.format(charset=charset).encode(), name="page.html")


def test_punycode_declared_on_a_large_page_is_not_decoded_with_it() -> None:
    def decode(n: int) -> str:
        data = ASCII_PAGE.format(charset="punycode").encode() + b"<p>Harbour-" + b"bridgecloses" * n + b"</p>"
        text = decode_html(data, name="page.html")
        assert "<p>Harbour-bridgecloses" in text
        return text

    # four times the page, about four times the work (punycode's decoder is quadratic: sixteen)
    assert growth(decode, 42_500, repeat=1) < 8


@pytest.mark.parametrize("where", ["meta", "header"])
@pytest.mark.parametrize("charset", ["utf-16", "utf-16le", "utf-16be", "utf-32"])
def test_a_utf8_page_that_declares_utf16_is_read_as_utf8(charset: str, where: str) -> None:
    data = PAGE.format(charset=charset if where == "meta" else "utf-8").encode("utf-8")
    if len(data) % 2:
        data += b" "
    text = decode_html(data, charset=charset if where == "header" else None, name="page.html")
    assert "The Lennox council closed the bridge — for six weeks." in text


def test_a_real_utf16_page_is_still_read_as_declared() -> None:
    page = PAGE.format(charset="utf-16le")
    assert decode_html(page.encode("utf-16-le"), charset="utf-16le", name="page.html") == page
    latin = PAGE.format(charset="iso-8859-1")
    assert "café" in decode_html(latin.replace("—", "-").encode("latin-1"), name="page.html")


# --- item 13: a bug met on one input is one line for it, and the run goes on --------------------


def test_an_unexpected_exception_fails_only_its_input(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from briefgen import pipeline
    from briefgen.ingest import loading

    def broken_open(name: str, options: object = None) -> list:
        if name == "bad.txt":
            raise RecursionError("maximum recursion depth exceeded")
        return [loading.PendingArticle(name, lambda: (_ for _ in ()).throw(TypeError("an int, not a str")))]

    monkeypatch.setattr("briefgen.ingest.open_input", broken_open)
    monkeypatch.delenv("BRIEFGEN_DEBUG", raising=False)
    for name, needle in (("bad.txt", "RecursionError"), ("item.txt", "TypeError")):
        outcomes = list(pipeline.build_input(name, tmp_path, ["json"]))
        assert len(outcomes) == 1 and outcomes[0].result is None
        message = str(outcomes[0].error)
        assert message.startswith(f"{name}: internal error: {needle}") and "\n" not in message
    monkeypatch.setenv("BRIEFGEN_DEBUG", "1")
    with pytest.raises(RecursionError):
        list(pipeline.build_input("bad.txt", tmp_path, ["json"]))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
@pytest.mark.parametrize("command", ["send", "logo"])
def test_send_and_logo_refuse_a_fifo_at_once(tmp_path: Path, command: str) -> None:
    fifo = tmp_path / ("digest.eml" if command == "send" else "logo.png")
    os.mkfifo(fifo)
    if command == "send":
        args = ["send", str(fifo), "--smtp-host", "127.0.0.1", "--smtp-port", "9", "--to", "a@example.org"]
    else:
        page = tmp_path / "a.txt"
        page.write_text(
            "The council met on Monday and approved the new flood wall for the lower town. " * 5, encoding="utf-8"
        )
        args = ["digest", str(page), "-o", str(tmp_path / "out"), "--logo", str(fifo), "-f", "md"]
    result = _run(*args, timeout=60)  # used to block until a writer opened the FIFO: forever
    lines = _error_lines(result)
    assert result.returncode != 0 and any("not a regular file" in line for line in lines), lines
