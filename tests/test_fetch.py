"""Fetching URLs: a local HTTP server in a thread, never the internet."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefgen.errors import FetchError, InputTooLargeError
from briefgen.ingest import fetch as fetch_module
from briefgen.ingest.fetch import USER_AGENT, check_host, fetch_url, is_url
from briefgen.model import Brief

try:  # tests/ as a package, or as a rootdir on sys.path (pytest's default without __init__.py)
    from .conftest import run_cli
    from .localhttp import LocalSite, Route, serve
except ImportError:
    from conftest import run_cli  # type: ignore[no-redef]
    from localhttp import LocalSite, Route, serve  # type: ignore[no-redef]

PAGES = Path(__file__).parent / "pages"


@pytest.fixture()
def site() -> Iterator[LocalSite]:
    page = (PAGES / "harbor-bridge.html").read_bytes()
    routes = {
        "/news/harbor-bridge": Route(page),
        "/old-link": Route(status=301, headers={"Location": "/news/harbor-bridge"}),
        "/hop": Route(status=302, headers={"Location": "/old-link"}),
        "/loop": Route(status=302, headers={"Location": "/loop"}),
        "/to-file": Route(status=302, headers={"Location": "file:///etc/passwd"}),
        "/gone": Route(b"<html><body>Gone</body></html>", status=410),
        "/photo.png": Route(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, headers={"Content-Type": "image/png"}),
        "/huge": Route(b"<html><body><p>" + b"word " * 40_000 + b"</p></body></html>"),
        "/slow": Route(page, delay=3.0),
        "/sign-in": Route((PAGES / "empty-shell.html").read_bytes()),
    }
    with serve(LocalSite(routes)) as running:
        yield running


def test_fetch_sends_the_user_agent_and_returns_the_page(site: LocalSite) -> None:
    got = fetch_url(site.url("/news/harbor-bridge"), allow_private_network=True)
    assert got.data.startswith(b"<!DOCTYPE html>")
    assert got.charset == "utf-8" and got.content_type.startswith("text/html")
    path, headers = site.requests[-1]
    assert path == "/news/harbor-bridge"
    assert headers["User-Agent"] == USER_AGENT
    assert USER_AGENT.startswith("briefgen/") and "(+https://github.com/briefgen)" in USER_AGENT


def test_loopback_is_refused_without_the_option(site: LocalSite) -> None:
    for host in ("127.0.0.1", "localhost"):
        with pytest.raises(FetchError, match="--allow-private-network"):
            fetch_url(site.url("/news/harbor-bridge", host=host))
    assert site.requests == []  # refused before any connection


@pytest.mark.parametrize(
    "address",
    [
        "10.1.2.3",
        "172.16.0.9",
        "192.168.1.1",
        "169.254.169.254",
        "100.64.0.1",
        "0.0.0.0",
        "224.0.0.251",
        "240.0.0.1",
        "::1",
        "fe80::1",
        "fc00::5",
        "::ffff:127.0.0.1",
    ],
)
def test_private_link_local_reserved_and_multicast_addresses_are_refused(address: str) -> None:
    # Literal addresses resolve without DNS and nothing is connected to.
    with pytest.raises(FetchError, match="private, loopback, link-local or reserved"):
        check_host(address, 80)


@pytest.mark.parametrize(
    "address",
    [
        "2002:7f00:1::",
        "2002:7f00:1:ffff::1",
        "2002:a01:203::1",
        "2002:c0a8:101::",
        "2002:a9fe:a9fe::1",
        "64:ff9b::7f00:1",
        "64:ff9b::a00:1",
        "fec0::1",
        "fec0::7f00:1",
        "feff::1",
    ],
)
def test_6to4_nat64_and_site_local_addresses_are_judged_by_what_they_reach(address: str) -> None:
    # 6to4 (2002::/16) and NAT64 carry an IPv4 address: 2002:7f00:1:: is a way to 127.0.0.1.
    with pytest.raises(FetchError, match="private, loopback, link-local or reserved"):
        check_host(address, 80)


def test_6to4_of_a_public_address_passes_the_check() -> None:
    assert check_host("2002:5db8:d70e::1", 443) == ["2002:5db8:d70e::1"]


def test_public_address_passes_the_check() -> None:
    assert check_host("93.184.215.14", 443) == ["93.184.215.14"]


def test_redirects_are_followed_and_every_hop_is_checked(site: LocalSite, monkeypatch: pytest.MonkeyPatch) -> None:
    checked: list[str] = []
    real_check = fetch_module.check_host

    def recording_check(host: str, port: int, **kwargs: object) -> list[str]:
        checked.append(host)
        return real_check(host, port, **kwargs)

    monkeypatch.setattr(fetch_module, "check_host", recording_check)
    got = fetch_url(site.url("/hop"), allow_private_network=True)
    assert got.url == site.url("/news/harbor-bridge")
    assert [p for p, _ in site.requests] == ["/hop", "/old-link", "/news/harbor-bridge"]
    assert len(checked) == 3


def test_a_redirect_into_a_private_network_is_refused(site: LocalSite, monkeypatch: pytest.MonkeyPatch) -> None:
    # 127.0.0.1 plays a public server here; 'localhost' plays the internal service it redirects to.
    real_check = fetch_module.check_host

    def check(host: str, port: int, **kwargs: object) -> list[str]:
        return real_check(host, port, **{**kwargs, "allow_private_network": host != "localhost"})

    monkeypatch.setattr(fetch_module, "check_host", check)
    site.routes["/to-internal"] = Route(status=302, headers={"Location": site.url("/news/harbor-bridge", "localhost")})
    with pytest.raises(FetchError, match="refused to fetch from localhost"):
        fetch_url(site.url("/to-internal"))
    assert [p for p, _ in site.requests] == ["/to-internal"]


def test_redirect_limit_and_scheme(site: LocalSite) -> None:
    with pytest.raises(FetchError, match="too many redirects"):
        fetch_url(site.url("/loop"), allow_private_network=True, max_redirects=3)
    assert len(site.requests) == 4
    with pytest.raises(FetchError, match="only http and https"):
        fetch_url(site.url("/to-file"), allow_private_network=True)


@pytest.mark.parametrize(
    ("url", "needle"),
    [
        ("http://[::1/", "not a valid URL"),
        ("http://:80/", "no host"),
        ("http://user:pw@127.0.0.1/", "user name or password"),
        ("http://127.0.0.1:99999/", "invalid port"),
    ],
)
def test_malformed_urls(url: str, needle: str) -> None:
    with pytest.raises(FetchError, match=needle.replace("[", r"\[")):
        fetch_url(url, allow_private_network=True)


@pytest.mark.parametrize("url", ["ftp://example.com/a.txt", "file:///etc/hosts", "gopher://x/"])
def test_only_http_and_https(url: str) -> None:
    assert is_url(url)
    with pytest.raises(FetchError, match="only http and https"):
        fetch_url(url, allow_private_network=True)


def test_http_error_status(site: LocalSite) -> None:
    with pytest.raises(FetchError, match="HTTP error 410"):
        fetch_url(site.url("/gone"), allow_private_network=True)


def test_size_cap(site: LocalSite) -> None:
    with pytest.raises(InputTooLargeError, match="larger than the limit of 10,000 bytes"):
        fetch_url(site.url("/huge"), allow_private_network=True, max_bytes=10_000)


def test_timeout(site: LocalSite) -> None:
    with pytest.raises(FetchError, match="timed out after 0.5 s"):
        fetch_url(site.url("/slow"), allow_private_network=True, timeout=0.5)


def test_unreachable_port_is_a_fetch_error() -> None:
    import socket

    with socket.socket() as s:  # a port that was free a moment ago and has no server now
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(FetchError, match="cannot connect"):
        fetch_url(f"http://127.0.0.1:{port}/", allow_private_network=True, timeout=2)


def test_cli_builds_a_brief_of_a_url_with_its_source(site: LocalSite, tmp_path: Path) -> None:
    proc = run_cli("build", site.url("/old-link"), "--allow-private-network", "-f", "json,md", "-o", str(tmp_path))
    assert proc.returncode == 0, proc.stderr.decode()
    written = sorted(p.name for p in tmp_path.iterdir())
    assert written == [
        "harbor-bridge-closes-for-six-weeks-of-repairs.json",
        "harbor-bridge-closes-for-six-weeks-of-repairs.md",
    ]
    brief = Brief.from_json((tmp_path / written[0]).read_bytes())
    assert brief.title == "Harbor bridge closes for six weeks of repairs"
    source = json.loads((tmp_path / written[0]).read_text())["source"]
    assert source == {
        "outlet": "Lakeside Courier",
        "url": "https://www.lakesidecourier.example/news/2025/03/14/harbor-bridge-closes-repairs",
        "author": "Marta Okafor",
        "published": "2025-03-14T08:30:00-05:00",
        "genre": None,
        "rating": None,
    }
    assert any(q.text.startswith("We are not willing to take chances") for q in brief.quotes)


def _one_line_error(proc) -> str:  # noqa: ANN001
    assert proc.returncode != 0
    err = proc.stderr.decode()
    assert "Traceback" not in err
    # Only briefgen's own lines count (a Python warning from elsewhere is not briefgen's message).
    lines = [line for line in err.splitlines() if line.startswith("briefgen:")]
    assert len(lines) == 1 and lines[0].startswith("briefgen: error: "), err
    return lines[0]


def test_cli_refuses_localhost_without_the_option(site: LocalSite, tmp_path: Path) -> None:
    url = site.url("/news/harbor-bridge", host="localhost")
    line = _one_line_error(run_cli("build", url, "-f", "json", "-o", str(tmp_path)))
    assert url in line and "--allow-private-network" in line
    assert not any(tmp_path.iterdir()) and site.requests == []


@pytest.mark.parametrize(
    ("path", "needle"),
    [("/gone", "HTTP error 410"), ("/photo.png", "not an HTML page or a feed"), ("/sign-in", "no article text")],
)
def test_cli_bad_urls_get_one_line_errors_and_others_still_build(
    site: LocalSite, tmp_path: Path, path: str, needle: str
) -> None:
    bad = site.url(path)
    proc = run_cli(
        "build", bad, site.url("/news/harbor-bridge"), "--allow-private-network", "-f", "json", "-o", str(tmp_path)
    )
    line = _one_line_error(proc)
    assert bad in line and needle in line
    assert [p.name for p in tmp_path.iterdir()] == ["harbor-bridge-closes-for-six-weeks-of-repairs.json"]


# --- hostile servers: compression bombs, slow drips, redirects to other schemes ---------------------

BOMB_SIZE = 64 * 1024 * 1024  # what each bomb inflates to; sent as a few KB


def _bomb(encoding: str) -> bytes:
    """BOMB_SIZE zero bytes compressed with ``encoding``, built a megabyte at a time."""
    import zlib

    if encoding == "br":
        brotli = pytest.importorskip("brotli")
        comp = brotli.Compressor(quality=5)
        return b"".join([comp.process(b"\0" * (1 << 20)) for _ in range(BOMB_SIZE >> 20)] + [comp.finish()])
    wbits = {"gzip": 31, "deflate": 15, "deflate-raw": -15}[encoding]
    zcomp = zlib.compressobj(9, zlib.DEFLATED, wbits)
    return b"".join([zcomp.compress(b"\0" * (1 << 20)) for _ in range(BOMB_SIZE >> 20)] + [zcomp.flush()])


@pytest.mark.parametrize("encoding", ["gzip", "deflate", "deflate-raw", "br"])
def test_compression_bombs_are_cut_off_while_they_inflate(site: LocalSite, encoding: str) -> None:
    import tracemalloc

    if encoding == "br" and fetch_module._brotli() is None:
        pytest.skip("no brotli module that can bound its output")
    header = "deflate" if encoding == "deflate-raw" else encoding
    body = _bomb(encoding)
    assert len(body) < 100_000
    site.routes["/bomb"] = Route(body, headers={"Content-Type": "text/html", "Content-Encoding": header})
    tracemalloc.start()
    try:
        with pytest.raises(InputTooLargeError, match="larger than the limit of 200,000 bytes"):
            fetch_url(site.url("/bomb"), allow_private_network=True, max_bytes=200_000)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    # httpx inflated a whole network read at once (64 MiB here, 4 GiB from 3 KB of brotli)
    assert peak < 8 * 1024 * 1024, f"{peak:,} bytes allocated"


@pytest.mark.parametrize("encoding", ["gzip", "deflate", "deflate-raw", "br", "gzip, gzip"])
def test_compressed_pages_are_still_read_whole(site: LocalSite, encoding: str) -> None:
    import zlib

    page = (PAGES / "harbor-bridge.html").read_bytes()
    if encoding == "br":
        if fetch_module._brotli() is None:
            pytest.skip("no brotli module that can bound its output")
        import brotli

        body = brotli.compress(page)
    elif encoding == "gzip, gzip":
        body = zlib.compress(zlib.compress(page, wbits=31), wbits=31)
    else:
        wbits = {"gzip": 31, "deflate": 15, "deflate-raw": -15}[encoding]
        comp = zlib.compressobj(6, zlib.DEFLATED, wbits)
        body = comp.compress(page) + comp.flush()
    header = "deflate" if encoding == "deflate-raw" else encoding
    site.routes["/packed"] = Route(
        body, headers={"Content-Type": "text/html; charset=utf-8", "Content-Encoding": header}
    )
    assert fetch_url(site.url("/packed"), allow_private_network=True).data == page
    assert "gzip" in site.requests[-1][1]["Accept-Encoding"]


def test_a_broken_compressed_body_is_a_fetch_error(site: LocalSite) -> None:
    site.routes["/broken"] = Route(
        b"\x1f\x8b\x08\x00not really gzip at all", headers={"Content-Type": "text/html", "Content-Encoding": "gzip"}
    )
    with pytest.raises(FetchError, match="broken compressed page"):
        fetch_url(site.url("/broken"), allow_private_network=True)


@pytest.fixture(params=["body", "headers"])
def drip(request: pytest.FixtureRequest) -> Iterator[str]:
    """A server that sends 400 bytes of its page's body, or of its headers, one byte every 0.1 s (40 s in all),
    each read well within a timeout."""
    import http.server
    import threading
    import time

    where = request.param

    class Drip(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
            try:
                if where == "headers":
                    self.wfile.write(b"HTTP/1.1 200 OK\r\nX-Slow: ")
                else:
                    self.send_response(200)
                    self.send_header("Content-Type", "text/html")
                    self.send_header("Content-Length", "400")
                    self.end_headers()
                for _ in range(400):
                    self.wfile.write(b"a")
                    self.wfile.flush()
                    time.sleep(0.1)
            except (BrokenPipeError, ConnectionResetError):  # the client gave up: the point of the test
                pass

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Drip)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def test_a_slow_drip_is_cut_off_by_the_total_deadline(drip: str) -> None:
    with pytest.raises(FetchError, match="took longer than the limit of 1 s"):
        fetch_url(drip, allow_private_network=True, timeout=0.5, deadline=1.0)


def test_the_deadline_comes_from_the_environment(drip: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFGEN_FETCH_DEADLINE", "1.5")
    assert fetch_module.fetch_deadline() == 1.5
    with pytest.raises(FetchError, match="took longer than the limit of 1.5 s"):
        fetch_url(drip, allow_private_network=True, timeout=0.5)
    monkeypatch.setenv("BRIEFGEN_FETCH_DEADLINE", "soon")
    with pytest.raises(FetchError, match="BRIEFGEN_FETCH_DEADLINE"):
        fetch_url(drip, allow_private_network=True)
    monkeypatch.delenv("BRIEFGEN_FETCH_DEADLINE")
    assert fetch_module.fetch_deadline() == fetch_module.DEFAULT_DEADLINE


@pytest.mark.parametrize(
    "location", ["data:text/plain,hello", "javascript:alert(1)", "mailto:desk@example.org", "http://[::1/x"]
)
def test_a_redirect_to_another_scheme_is_a_fetch_error(site: LocalSite, location: str) -> None:
    site.routes["/away"] = Route(status=302, headers={"Location": location})
    with pytest.raises(FetchError, match="redirected to|only http and https|not a valid URL"):
        fetch_url(site.url("/away"), allow_private_network=True)


def test_cli_redirects_to_data_and_undefined_charsets_fail_alone(site: LocalSite, tmp_path: Path) -> None:
    site.routes["/to-data"] = Route(status=302, headers={"Location": "data:text/plain,hello"})
    site.routes["/to-js"] = Route(status=302, headers={"Location": "javascript:alert(1)"})
    page = (PAGES / "harbor-bridge.html").read_bytes()
    site.routes["/undefined"] = Route(page, headers={"Content-Type": "text/html; charset=undefined"})
    bad = [site.url("/to-data"), site.url("/to-js")]
    proc = run_cli("build", *bad, site.url("/undefined"), "--allow-private-network", "-f", "json", "-o", str(tmp_path))
    assert proc.returncode == 1
    err = proc.stderr.decode()
    assert "Traceback" not in err and "internal error" not in err, err
    lines = [line for line in err.splitlines() if line.startswith("briefgen:")]
    assert len(lines) == 2 and bad[0] in lines[0] and bad[1] in lines[1], lines
    # the page with charset=undefined is read (its charset detected) and built
    assert [p.name for p in tmp_path.iterdir()] == ["harbor-bridge-closes-for-six-weeks-of-repairs.json"]


def test_a_feed_item_redirecting_to_data_fails_alone(site: LocalSite, tmp_path: Path) -> None:
    story = " ".join(["The ferry board approved a late boat on Fridays after commuters asked for one."] * 12)
    site.routes["/to-data"] = Route(status=302, headers={"Location": "data:text/plain,hello"})
    site.routes["/feed.rss"] = Route(
        f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>Ferry adds a late boat</title><link>{site.url("/ferry")}</link>
<description>{story}</description></item>
<item><title>Teaser that redirects</title><link>{site.url("/to-data")}</link><description>Short.</description></item>
<item><title>Ferry fares stay the same</title><link>{site.url("/fares")}</link>
<description>{story.replace("late boat", "fare freeze")}</description></item>
</channel></rss>""".encode(),
        headers={"Content-Type": "application/rss+xml"},
    )
    proc = run_cli("build", site.url("/feed.rss"), "--allow-private-network", "-f", "json", "-o", str(tmp_path))
    assert proc.returncode == 1
    err = proc.stderr.decode()
    assert "Traceback" not in err and "internal error" not in err, err
    lines = [line for line in err.splitlines() if line.startswith("briefgen:")]
    assert len(lines) == 1 and "Teaser that redirects" in lines[0], lines
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "ferry-adds-a-late-boat.json",
        "ferry-fares-stay-the-same.json",
    ]
