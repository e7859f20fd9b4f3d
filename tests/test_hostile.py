"""Hostile articles and hostile team packs, through the CLI as a user runs it.

Articles come from the open web and team packs from other teams: both are
untrusted. Article text must come out as visible text in every output; team
templates run sandboxed and WeasyPrint reads nothing outside the pack; outputs
are replaced whole or not at all; every failure is one line on stderr.
"""

from __future__ import annotations

import email
import http.server
import io
import json
import os
import subprocess
import sys
import threading
import unicodedata
from collections.abc import Iterator
from email import policy
from pathlib import Path

import pytest
from lxml import etree
from lxml import html as lxml_html
from markdown_it import MarkdownIt
from pypdf import PdfReader

from briefgen.model import Brief

from conftest import ROOT, run_cli

# Written for these tests: a plausible story with markup, template syntax,
# Markdown links and images, an HTML comment and control characters in it.
HOSTILE = (
    "Council vote <script>alert('title')</script> delayed {{ 7*7 }} [click](javascript:alert(1))\n\n"
    "Senator Jane Marlowe said on Tuesday that the committee would <img src=x onerror=alert(2)> "
    "review the harbour budget {% for x in range(3) %}loop{% endfor %} before the winter session.\n\n"
    '"We will <script>steal()</script> read ![pwn](http://127.0.0.1:9/x.png) every line of it," '
    "Marlowe told reporters at the Capitol. <!-- hidden comment --> The vote is set for next week.\n\n"
    "The port director, Tom Reyes, said the plan [would fail](http://evil.example/) and called it "
    '"a <b class="pwn">disaster</b> in the making {{ config.items() }}".\n\n'
    'Officials did not say whether the money would arrive before the storms <a href="javascript:x">x</a> '
    "or after them. The bell \x07 rang and the \x1b[31m terminal \x0b turned \x0c red.\n\n"
    "Reyes added that the review ***could*** take months, and `rm -rf /` is not a plan. # Not a heading\n"
)
MARKERS = ("<script>", "{{ 7*7 }}", "onerror=alert(2)", "![pwn]", "[would fail](http://evil.example/)")

SAFE_TEMPLATE_HREF = ("#",)


def _walk(tokens: list) -> Iterator:
    for token in tokens:
        yield token
        if token.children:
            yield from _walk(token.children)


def _assert_inert_markdown(md: str) -> None:
    """Markdown from article text: no link, image or raw HTML token; the markers are visible text."""
    tokens = list(_walk(MarkdownIt("commonmark").parse(md)))
    kinds = {t.type for t in tokens}
    assert not kinds & {"image", "html_block"}, kinds
    for t in tokens:
        if t.type == "link_open":  # only a template's own in-page anchors
            assert str(t.attrGet("href")).startswith(SAFE_TEMPLATE_HREF), t.attrs
        if t.type == "html_inline":  # the digest's own anchors, nothing from the article
            assert t.content in ("</a>",) or t.content.startswith('<a id="article-'), t.content
    text = " ".join(t.content for t in tokens if t.type == "text")
    assert "<script>" in text


def _assert_inert_html(page: str) -> None:
    """HTML: no script, no event handler, no article element; the markers are visible text."""
    doc = lxml_html.fromstring(page)
    assert not doc.xpath("//script|//img|//iframe|//object|//embed|//b[@class='pwn']")
    for element in doc.iter():
        if not isinstance(element.tag, str):
            continue
        assert not [k for k in element.attrib if k.lower().startswith("on")], element.attrib
        if element.tag == "a" and element.get("href") is not None:
            assert element.get("href").startswith(SAFE_TEMPLATE_HREF), element.attrib
    assert not any("hidden comment" in (c.text or "") for c in doc.iter(etree.Comment))
    visible = doc.text_content()
    assert "<script>" in visible and "{{ 7*7 }}" in visible
    assert "49" not in visible  # {{ 7*7 }} was never evaluated


def _assert_no_controls(text: str) -> None:
    assert not [c for c in text if c not in "\n\t" and unicodedata.category(c) == "Cc"]


def _pdf(data: bytes) -> PdfReader:
    assert data.startswith(b"%PDF-")
    return PdfReader(io.BytesIO(data))


def _pdf_links(reader: PdfReader) -> list[str]:
    uris = []
    for page in reader.pages:
        for annot in page.get("/Annots") or []:
            action = annot.get_object().get("/A")
            if action is not None:
                uris.append(str(action.get_object().get("/URI") or action.get_object().get("/S")))
    return uris


def _embedded(reader: PdfReader) -> list[str]:
    """Names of the files a PDF carries: document attachments and file-attachment annotations."""
    names = [str(name) for name in reader.attachments]
    for page in reader.pages:
        for annot in page.get("/Annots") or []:
            annot = annot.get_object()
            if annot.get("/Subtype") == "/FileAttachment":
                spec = annot.get("/FS")
                spec = spec.get_object() if spec is not None else {}
                names.append(str(spec.get("/UF") or spec.get("/F") or "?"))
    return names


def _one_line_error(proc: subprocess.CompletedProcess, *needles: str) -> str:
    assert proc.returncode != 0
    err = proc.stderr.decode()
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert lines[0].startswith("briefgen: error: "), lines[0]
    for needle in needles:
        assert needle in lines[0], lines[0]
    return lines[0]


@pytest.fixture(scope="module")
def hostile_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("in") / "hostile.txt"
    path.write_text(HOSTILE, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def small_article(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("small") / "story.txt"
    path.write_text(
        "Harbour repairs approved\n\n"
        "The city council approved repairs to the harbour wall on Monday, the mayor said.\n\n"
        '"The wall has stood for a century and it needs help," Mayor Ana Costa told reporters.\n\n'
        "Work starts in spring and should take two years, officials said.\n",
        encoding="utf-8",
    )
    return path


@pytest.fixture(scope="module")
def built(hostile_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("out")
    proc = run_cli("build", str(hostile_file), "-o", str(out), "--input-format", "text", "-q")
    assert proc.returncode == 0, proc.stderr.decode()
    return out


# --------------------------------------------------------------------------- article text is data


def test_json_keeps_the_hostile_text_verbatim_as_data(built: Path) -> None:
    brief = Brief.from_json((built / "hostile.json").read_bytes())
    for marker in MARKERS:
        assert marker in brief.text
    _assert_no_controls(brief.text)
    assert "hidden comment" in brief.text  # kept as text, not dropped as markup
    for quote in brief.quotes:
        assert brief.text[quote.span[0] : quote.span[1]] == quote.text


def test_markdown_output_turns_no_article_text_into_markup(built: Path) -> None:
    md = (built / "hostile.md").read_text(encoding="utf-8")
    _assert_inert_markdown(md)
    _assert_no_controls(md)
    assert "{{ 7\\*7 }}" in md or "{{ 7*7 }}" in md


def test_html_output_turns_no_article_text_into_markup(built: Path) -> None:
    page = (built / "hostile.html").read_text(encoding="utf-8")
    _assert_inert_html(page)
    _assert_no_controls(page)


def test_pdf_output_shows_the_markup_as_text_and_links_nowhere(built: Path) -> None:
    reader = _pdf((built / "hostile.pdf").read_bytes())
    text = "".join(page.extract_text() for page in reader.pages)
    assert "alert(2)" in text and "7*7" in text
    assert _embedded(reader) == []
    assert not [u for u in _pdf_links(reader) if "evil" in u or "javascript" in u.lower() or "127.0.0.1" in u]


def test_digest_outputs_turn_no_article_text_into_markup(
    hostile_file: Path, small_article: Path, tmp_path: Path
) -> None:
    proc = run_cli("digest", str(hostile_file), str(small_article), "-o", str(tmp_path), "-q", "--input-format", "text")
    assert proc.returncode == 0, proc.stderr.decode()
    _assert_inert_html((tmp_path / "digest.html").read_text(encoding="utf-8"))
    _assert_inert_markdown((tmp_path / "digest.md").read_text(encoding="utf-8"))
    message = email.message_from_bytes((tmp_path / "digest.eml").read_bytes(), policy=policy.default)
    parts = {
        part.get_content_type(): part.get_content()
        for part in message.walk()
        if part.get_content_type() in ("text/plain", "text/html")
    }
    _assert_inert_html(parts["text/html"])
    assert "<script>" in parts["text/plain"]  # plain text shows it as it is
    _assert_no_controls(parts["text/plain"].replace("\r", ""))
    data = json.loads((tmp_path / "digest.json").read_text(encoding="utf-8"))
    assert "<script>" in json.dumps(data, ensure_ascii=False)
    assert _embedded(_pdf((tmp_path / "digest.pdf").read_bytes())) == []


# --------------------------------------------------------------------------- hostile team packs


def _team(root: Path, templates: dict[str, str], yaml_text: str = "name: hostile\n") -> Path:
    (root / "templates").mkdir(parents=True, exist_ok=True)
    (root / "team.yaml").write_text(yaml_text, encoding="utf-8")
    for name, body in templates.items():
        (root / "templates" / name).write_text(body, encoding="utf-8")
    return root


class _Recorder(http.server.BaseHTTPRequestHandler):
    requests: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 - the http.server API
        type(self).requests.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "text/css")
        self.end_headers()
        self.wfile.write(b"body { color: red }")

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def http_server() -> Iterator[tuple[str, list[str]]]:
    """A local web server that records every request it gets."""
    _Recorder.requests = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", _Recorder.requests
    finally:
        server.shutdown()
        server.server_close()


def test_hostile_pdf_template_fetches_nothing_and_embeds_nothing(
    tmp_path: Path, small_article: Path, http_server: tuple[str, list[str]]
) -> None:
    base, requests = http_server
    pack = tmp_path / "pack"
    pack.mkdir()
    (pack / "leak.txt").symlink_to("/etc/passwd")
    (pack / "own.txt").write_text("pack-own-attachment", encoding="utf-8")
    page = f"""<!doctype html><html><head><title>{{{{ title }}}}</title>
<base href="{base}/based/">
<link rel="stylesheet" href="{base}/sheet.css">
<link rel="attachment" href="file:///etc/passwd">
<link rel="attachment" href="leak.txt">
<link rel="attachment" href="{base}/attached.txt">
<style>@import url({base}/import.css); body {{ background: url(file:///etc/passwd); }}
@font-face {{ font-family: X; src: url({base}/font.woff); }} h1 {{ font-family: X; }}</style>
</head><body><h1>{{{{ title }}}}</h1>
<img src="file:///etc/passwd"><img src="{base}/image.png"><img src="../../../../../../etc/passwd">
<img src="relative.png">
<a rel="attachment" href="file:///etc/passwd">passwd</a>
<a rel="attachment" href="{base}/anchor.txt">remote</a>
<a rel="attachment" href="/work/../etc/passwd">absolute</a>
<object data="file:///etc/passwd"></object><embed src="{base}/embed.svg">
<iframe src="file:///etc/passwd"></iframe>
<p>{{{{ brief.bottom_line }}}}</p></body></html>"""
    _team(pack, {"brief.html.j2": page})
    out = tmp_path / "out"
    proc = run_cli("build", str(small_article), "-o", str(out), "-f", "pdf", "--team", str(pack), "-q")
    assert proc.returncode == 0, proc.stderr.decode()
    reader = _pdf((out / "story.pdf").read_bytes())
    assert _embedded(reader) == []
    text = "".join(p.extract_text() for p in reader.pages)
    assert "root:" not in text and "/bin/" not in text
    assert requests == []  # not one request reached the server
    # Control: the same mechanism does embed a file of the pack, so the checks above can fail.
    (pack / "templates" / "brief.html.j2").write_text(
        page.replace("</body>", f'<a rel="attachment" href="{(pack / "own.txt").resolve().as_uri()}">own</a></body>'),
        encoding="utf-8",
    )
    proc = run_cli("build", str(small_article), "-o", str(out), "-f", "pdf", "--team", str(pack), "-q")
    assert proc.returncode == 0, proc.stderr.decode()
    assert _embedded(_pdf((out / "story.pdf").read_bytes())) == ["own.txt"]
    assert requests == []


@pytest.mark.parametrize(
    "expression",
    [
        "''.__class__.__mro__[1].__subclasses__()",
        "cycler.__init__.__globals__.os",
        "lipsum.__globals__['os'].popen('id').read()",
        "range.__subclasses__()",
        "self._TemplateReference__context",
        "config.items()",
        "brief.__class__.__init__.__globals__",
        "'{0.__class__.__mro__}'.format(brief)",
        "brief.key_points.append(1)",
        "settings.__dict__",
        "'x' * 10**10",
        "(2**20)**60000",
    ],
)
def test_team_template_cannot_reach_python_internals(tmp_path: Path, small_article: Path, expression: str) -> None:
    pack = _team(tmp_path / "pack", {"brief.md.j2": f"# {{{{ title }}}}\n\n{{{{ {expression} }}}}\n"})
    proc = run_cli("build", str(small_article), "-o", str(tmp_path / "out"), "-f", "md", "--team", str(pack))
    line = _one_line_error(proc, "brief.md.j2")
    assert any(word in line for word in ("unsafe", "undefined", "no attribute")), line
    assert not (tmp_path / "out" / "story.md").exists()


@pytest.mark.parametrize(
    "include",
    ["/etc/passwd", "../team.yaml", "../../../../../../etc/passwd", "leak.j2", "default:../../../../../../etc/passwd"],
)
def test_team_template_cannot_include_files_outside_the_template_folders(
    tmp_path: Path, small_article: Path, include: str
) -> None:
    pack = _team(tmp_path / "pack", {"brief.md.j2": f"# {{{{ title }}}}\n{{% include {include!r} %}}\n"})
    (pack / "templates" / "leak.j2").symlink_to("/etc/passwd")
    proc = run_cli("build", str(small_article), "-o", str(tmp_path / "out"), "-f", "md", "--team", str(pack))
    line = _one_line_error(proc, "template")
    assert "root:" not in line
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").iterdir())


def test_team_yaml_with_python_tags_is_refused_and_never_run(tmp_path: Path, small_article: Path) -> None:
    marker = tmp_path / "pwned"
    pack = _team(tmp_path / "pack", {}, f"name: x\nlabel: !!python/object/apply:os.system ['touch {marker}']\n")
    proc = run_cli("build", str(small_article), "-o", str(tmp_path / "out"), "--team", str(pack))
    _one_line_error(proc, "team.yaml", "Python tags")
    assert not marker.exists()


# --------------------------------------------------------------------------- outputs replaced whole or not at all


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.fixture(scope="module")
def _earlier_build(small_article: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("earlier") / "out"
    proc = run_cli("build", str(small_article), "-o", str(out), "-q")
    assert proc.returncode == 0, proc.stderr.decode()
    return out


@pytest.fixture
def previous(tmp_path: Path, _earlier_build: Path) -> tuple[Path, dict[str, bytes]]:
    """An output folder holding a complete earlier build of story.txt (built once, copied per test)."""
    import shutil

    out = shutil.copytree(_earlier_build, tmp_path / "out")
    before = _snapshot(out)
    assert sorted(before) == ["story.html", "story.json", "story.md", "story.pdf"]
    return out, before


def test_a_template_failing_only_in_html_leaves_every_older_output_untouched(
    tmp_path: Path, small_article: Path, previous: tuple[Path, dict[str, bytes]]
) -> None:
    out, before = previous
    pack = _team(
        tmp_path / "pack",
        {"brief.md.j2": "# {{ title }}\n\nnew markdown\n", "brief.html.j2": "<p>{{ brief.no_such_field }}</p>"},
    )
    proc = run_cli("build", str(small_article), "-o", str(out), "-f", "md,json,html,pdf", "--team", str(pack))
    _one_line_error(proc, "brief.html.j2")
    assert _snapshot(out) == before  # md and json rendered fine, yet nothing was written


_INTERRUPT_AT_RENAME = """
import os, signal, sys
# as in a terminal: a process started in the background (CI, "cmd &") inherits SIGINT ignored
signal.signal(signal.SIGINT, signal.default_int_handler)
import briefgen.output as output
real = os.replace
calls = []
def replace(src, dst):
    calls.append(dst)
    if len(calls) == int(sys.argv[1]):
        signal.raise_signal(signal.SIGINT)  # a real Ctrl-C, delivered between two renames
    return real(src, dst)
output.os = type(os)("os_proxy")
output.os.__dict__.update({k: getattr(os, k) for k in dir(os) if not k.startswith("__")})
output.os.replace = replace
from briefgen.cli import main
main(sys.argv[2:])
"""


@pytest.mark.parametrize("at", [1, 3])
def test_an_interrupt_while_writing_leaves_whole_files_and_no_temporaries(
    small_article: Path, previous: tuple[Path, dict[str, bytes]], at: int
) -> None:
    out, before = previous
    story = small_article.read_text(encoding="utf-8")
    small_article.write_text(story.replace("two years", "three years"), encoding="utf-8")
    try:
        env = {k: v for k, v in os.environ.items() if not k.startswith("BRIEFGEN_")}
        proc = subprocess.run(
            [sys.executable, "-c", _INTERRUPT_AT_RENAME, str(at), "build", str(small_article), "-o", str(out), "-q"],
            capture_output=True,
            cwd=ROOT,
            env=env,
            timeout=300,
        )
    finally:
        small_article.write_text(story, encoding="utf-8")
    _one_line_error(proc, "interrupted")
    assert proc.returncode == 130
    after = _snapshot(out)
    assert sorted(after) == sorted(before)  # no temporary file left behind
    changed = [name for name in after if after[name] != before[name]]
    # The signal lands after rename number ``at``: those files are whole new ones, the others the old ones.
    assert len(changed) <= at
    brief = Brief.from_json(after["story.json"])
    assert "three years" in brief.text if "story.json" in changed else "two years" in brief.text
    assert after["story.pdf"].startswith(b"%PDF-") and after["story.pdf"].rstrip().endswith(b"%%EOF")


def test_a_failing_rename_leaves_no_temporaries_and_whole_files(
    small_article: Path, previous: tuple[Path, dict[str, bytes]], monkeypatch: pytest.MonkeyPatch
) -> None:
    import briefgen.output as output
    from briefgen.errors import OutputError
    from briefgen.pipeline import build_one

    out, before = previous
    real = os.replace
    calls: list[object] = []

    def failing(src: object, dst: object) -> None:
        calls.append(dst)
        if len(calls) == 2:
            raise OSError(28, "No space left on device", str(dst))
        real(src, dst)

    monkeypatch.setattr(output.os, "replace", failing)
    with pytest.raises(OutputError, match="No space left"):
        build_one(str(small_article), out, ["md", "html", "pdf", "json"])
    after = _snapshot(out)
    assert sorted(after) == sorted(before)
    assert Brief.from_json(after["story.json"]).text
    assert after["story.pdf"].rstrip().endswith(b"%%EOF")


# --------------------------------------------------------------------------- hostile feeds

_FEED_BODY = " ".join(["The harbour council met and approved the plan, officials said on Monday."] * 12)
_LAUGHS = "".join(f'<!ENTITY l{i} "{("&l%d;" % (i - 1)) * 10}">' for i in range(1, 10))


@pytest.mark.parametrize(
    "doctype, entity",
    [
        ('<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>', "&xxe;"),
        (f'<!DOCTYPE rss [<!ENTITY l0 "lol">{_LAUGHS}]>', "&l9;"),
    ],
)
def test_feed_entities_are_never_expanded(tmp_path: Path, doctype: str, entity: str) -> None:
    path = tmp_path / "feed.xml"
    path.write_text(
        f"<?xml version='1.0'?>{doctype}<rss version='2.0'><channel><title>Ledger</title><item>"
        f"<title>Harbour</title><link>https://news.example/1</link><description>{_FEED_BODY} {entity}"
        "</description></item></channel></rss>",
        encoding="utf-8",
    )
    proc = run_cli("build", str(path), "-o", str(tmp_path / "out"), "-f", "json", "-q")
    if proc.returncode != 0:
        _one_line_error(proc)
        return
    (out,) = (tmp_path / "out").iterdir()
    text = Brief.from_json(out.read_bytes()).text
    assert "root:" not in text and "lollol" not in text
    assert len(text) < 5000


# --------------------------------------------------------------------------- hostile YAML

_YAML_LAUGHS = (
    "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
    + "".join(f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]\n" for i in range(1, 10))
    + "label: *a9\n"
)
_HOSTILE_YAML = {
    "aliases": (_YAML_LAUGHS, "aliases"),
    "long number": ("name: x\nkey_points: " + "7" * 5000 + "\n", "key_points"),
    "deep nesting": ("name: x\ncolours: " + "[" * 5000 + "]" * 5000 + "\n", "colours"),
}


def test_a_billion_laughs_team_yaml_is_one_line_refused_at_once(tmp_path: Path, small_article: Path) -> None:
    pack = _team(tmp_path / "pack", {}, _YAML_LAUGHS)
    proc = run_cli("build", str(small_article), "-o", str(tmp_path / "out"), "--team", str(pack))
    line = _one_line_error(proc, "team.yaml", "line 2", "aliases")
    assert "internal error" not in line and "MemoryError" not in line
    # the expansion took 25 s and 3 GB before; now it is refused before any alias is expanded
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("case", sorted(_HOSTILE_YAML))
def test_hostile_team_yaml_and_briefgen_yaml_give_one_line_errors_naming_file_and_key(
    tmp_path: Path, case: str
) -> None:
    from briefgen.errors import ConfigError
    from briefgen.project import load_project_config
    from briefgen.teams import load_team

    text, key = _HOSTILE_YAML[case]
    pack = _team(tmp_path / "pack", {}, text)
    with pytest.raises(ConfigError) as caught:
        load_team(pack)
    message = str(caught.value)
    assert message.startswith(f"{pack / 'team.yaml'} (line ") and key in message and "\n" not in message
    (tmp_path / "briefgen.yaml").write_text(text.replace("name: x", "team: pack"), encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_project_config(tmp_path)
    assert str(caught.value).startswith(f"{tmp_path / 'briefgen.yaml'} (line ") and key in str(caught.value)


def test_a_huge_yaml_file_is_refused_before_it_is_parsed(tmp_path: Path) -> None:
    from briefgen.errors import ConfigError
    from briefgen.teams import load_team

    pack = _team(tmp_path / "pack", {}, "name: x\n" + "# padding\n" * 200_000)
    with pytest.raises(ConfigError, match=r"team\.yaml: larger than 1 MB"):
        load_team(pack)


def test_markdown_front_matter_with_aliases_is_not_expanded() -> None:
    from briefgen.ingest.markdown import markdown_to_text

    doc = markdown_to_text(f"---\n{_YAML_LAUGHS}title: Harbour\n---\n\nThe council met on Monday.\n")
    assert doc.title != "Harbour" and len(doc.text) < 5000
    assert markdown_to_text("---\ntitle: Harbour\n---\n\nThe council met.\n").title == "Harbour"


# --------------------------------------------------------------------------- pack folders leading outside the pack


@pytest.fixture
def linked_packs(tmp_path: Path) -> tuple[Path, Path, Path]:
    """``base`` whose templates/ is a link to a folder outside it, and ``evil`` that extends ``base``."""
    outside = tmp_path / "outside"
    outside.mkdir()
    secret = outside / "secret.txt"
    secret.write_text("invented-secret-4711\n", encoding="utf-8")
    base = tmp_path / "base"
    base.mkdir()
    (base / "team.yaml").write_text("name: base\n", encoding="utf-8")
    (base / "templates").symlink_to(outside)
    evil = _team(tmp_path / "evil", {"brief.md.j2": '{% include "secret.txt" %}\n'}, "name: evil\nextends: ../base\n")
    return base, evil, secret


def test_a_pack_whose_templates_folder_links_outside_is_refused(
    tmp_path: Path, small_article: Path, linked_packs: tuple[Path, Path, Path]
) -> None:
    base, evil, _ = linked_packs
    out = tmp_path / "out"
    proc = run_cli("build", str(small_article), "--team", str(evil), "-f", "md", "-o", str(out))
    line = _one_line_error(proc, str(base / "team.yaml"), "'templates' folder leads outside the team pack")
    assert "invented-secret" not in line
    assert not out.exists() or not list(out.iterdir())
    proc = run_cli("templates", "list", "--team", str(base))
    _one_line_error(proc, "'templates' folder leads outside")
    assert b"secret.txt" not in proc.stdout


def test_a_pdf_cannot_attach_a_file_through_a_templates_link(linked_packs: tuple[Path, Path, Path]) -> None:
    from fixtures_render import full_brief

    from briefgen.errors import ConfigError
    from briefgen.rendering import render

    base, evil, secret = linked_packs
    (evil / "templates" / "brief.md.j2").unlink()
    (evil / "templates" / "brief.html.j2").write_text(
        '{% extends "default:brief.html.j2" %}{% block head_extra %}'
        f'<link rel="attachment" href="{secret.as_uri()}">{{% endblock %}}',
        encoding="utf-8",
    )
    with pytest.raises(ConfigError, match="'templates' folder leads outside the team pack"):
        render(full_brief(), "pdf", team=evil)
    # Control: with the link gone the template renders, and the fetcher refuses the outside file.
    (base / "templates").unlink()
    reader = _pdf(render(full_brief(), "pdf", team=evil))
    assert _embedded(reader) == []


def test_the_pdf_fetcher_serves_no_file_outside_its_folders(tmp_path: Path) -> None:
    from briefgen.rendering.pdf import RestrictedURLFetcher

    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("invented-secret", encoding="utf-8")
    pack = tmp_path / "pack"
    pack.mkdir()
    (pack / "own.txt").write_text("own", encoding="utf-8")
    (pack / "assets").symlink_to(outside)
    (pack / "link.txt").symlink_to(outside / "secret.txt")
    fetcher = RestrictedURLFetcher([pack])
    assert fetcher.fetch((pack / "own.txt").as_uri()).read() == b"own"
    for url in (
        (outside / "secret.txt").as_uri(),
        (pack / "assets" / "secret.txt").as_uri(),
        (pack / "link.txt").as_uri(),
        f"file://{pack}/../outside/secret.txt",
        "file:///etc/hostname",
        f"file://localhost{outside}/secret.txt",
        f"file://otherhost{pack}/own.txt",
    ):
        with pytest.raises(ValueError):
            fetcher.fetch(url)


# --------------------------------------------------------------------------- escaping by output, not by file name


def _brief_saying(quote: str, bottom_line: str) -> Brief:
    from briefgen.model import KeyPoint, Quote, Source

    text = f'Harbour talks stalled on Monday.\n\nThe mayor said "{quote}" and left.\n\n{bottom_line}\n'
    start = text.index(quote)
    return Brief(
        title="Harbour talks",
        source=Source(outlet="Ledger"),
        bottom_line=bottom_line,
        text=text,
        key_points=[KeyPoint(text=bottom_line)],
        quotes=[Quote(text=quote, speaker="Ana Costa", span=(start, start + len(quote)))],
    )


def test_an_html_template_escapes_article_text_in_partials_whatever_their_name(
    tmp_path: Path, http_server: tuple[str, list[str]]
) -> None:
    from briefgen.rendering import render

    base, requests = http_server
    quote = f"<script>steal()</script><style>@import url({base}/import.css);</style> we will pay"
    pack = _team(
        tmp_path / "pack",
        {
            "brief.html.j2": '{% extends "default:brief.html.j2" %}{% block quotes %}'
            '{% include "quotes-partial.j2" %}{% include "more.txt" %}{% endblock %}',
            "quotes-partial.j2": "<section>{% for q in quotes %}<blockquote>{{ q.text }}</blockquote>"
            "{% endfor %}</section>",
            "more.txt": "<p>{{ brief.bottom_line }}</p>",
        },
    )
    brief = _brief_saying(quote, "<img src=x onerror=alert(1)> the bill is due")
    page = render(brief, "html", team=pack)
    doc = lxml_html.fromstring(page)
    assert not doc.xpath("//script|//img")
    assert not [s for s in doc.xpath("//style") if "import.css" in (s.text or "")]
    assert "<script>steal()</script>" in doc.xpath("string(//blockquote)")  # shown as text
    assert "onerror" in doc.xpath("string(//section/following-sibling::p)")
    _pdf(render(brief, "pdf", team=pack))
    assert requests == []


def test_a_markdown_template_escapes_article_text_in_partials_whatever_their_name(
    tmp_path: Path, http_server: tuple[str, list[str]]
) -> None:
    from briefgen.rendering import render

    base, requests = http_server
    bottom = f"Pay [now](https://phish.example/login) or look ![q]({base}/pixel.png) <b>here</b>"
    pack = _team(
        tmp_path / "pack",
        {
            "brief.md.j2": "# {{ title }}\n\n{% include 'partial.j2' %}\n",
            "partial.j2": "{{ brief.bottom_line }}\n\n{% for q in quotes %}> {{ q.text }}\n{% endfor %}",
        },
    )
    brief = _brief_saying("[click](https://phish.example/q) soon", bottom)
    md = render(brief, "md", team=pack)
    tokens = list(_walk(MarkdownIt("commonmark").parse(md)))
    assert not {t.type for t in tokens} & {"link_open", "image", "html_inline", "html_block"}, md
    assert "phish.example/login" in md and "pixel.png" in md  # still there, as text
    page = render(brief, "html", team=pack)  # made from the Markdown template
    doc = lxml_html.fromstring(page)
    assert not doc.xpath("//a[contains(@href, 'phish')]|//img|//b")
    reader = _pdf(render(brief, "pdf", team=pack))
    assert not [u for u in _pdf_links(reader) if "phish" in u or "127.0.0.1" in u]
    assert requests == []


# --------------------------------------------------------------------------- all outputs or none, named


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture
def story(tmp_path: Path, small_article: Path) -> Path:
    path = tmp_path / "art.txt"
    path.write_text(small_article.read_text(encoding="utf-8"), encoding="utf-8")
    return path


def test_a_folder_in_the_way_replaces_no_output_and_is_named(tmp_path: Path, story: Path) -> None:
    from briefgen.errors import OutputError
    from briefgen.pipeline import build_one

    out = tmp_path / "o2"
    build_one(str(story), out, ["md", "html", "json"], max_key_points=1)
    before = _files(out)
    (out / "art.pdf").mkdir()
    story.write_text(story.read_text(encoding="utf-8").replace("two years", "three years"), encoding="utf-8")
    with pytest.raises(OutputError) as caught:
        build_one(str(story), out, ["md", "html", "pdf", "json"], max_key_points=3)
    message = str(caught.value)
    assert f"{out / 'art.pdf'}: cannot be written" in message and "\n" not in message
    assert ".tmp" not in message
    assert _files(out) == before  # not one older output replaced
    assert sorted(p.name for p in out.iterdir()) == ["art.html", "art.json", "art.md", "art.pdf"]


def test_a_rename_failing_half_way_puts_back_the_outputs_already_replaced(
    tmp_path: Path, story: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import briefgen.output as output
    from briefgen.errors import OutputError
    from briefgen.pipeline import build_one

    out = tmp_path / "out"
    build_one(str(story), out, ["md", "html", "json"])
    before = _files(out)
    story.write_text(story.read_text(encoding="utf-8").replace("two years", "three years"), encoding="utf-8")
    real = os.replace
    targets: list[str] = []

    def failing(src: object, dst: object) -> None:
        targets.append(str(dst))
        if len(targets) == 3:
            raise OSError(5, "Input/output error", str(src))  # os.replace names the source: a temporary
        real(src, dst)

    monkeypatch.setattr(output.os, "replace", failing)
    with pytest.raises(OutputError) as caught:
        build_one(str(story), out, ["md", "html", "json"])
    assert f"{targets[2]}: cannot be written (Input/output error)" in str(caught.value)
    assert ".tmp" not in str(caught.value)
    assert _files(out) == before
    assert sorted(p.name for p in out.iterdir()) == sorted(before)  # no temporary or backup left


def test_a_full_disk_names_the_output_path(tmp_path: Path, story: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import briefgen.output as output
    from briefgen.errors import OutputError
    from briefgen.pipeline import build_one

    def full(fd: int) -> None:
        raise OSError(28, "No space left on device")  # as write() and fsync() raise it: no file name

    monkeypatch.setattr(output.os, "fsync", full)
    out = tmp_path / "out"
    with pytest.raises(OutputError) as caught:
        build_one(str(story), out, ["md", "json"])
    assert str(caught.value) == f"{story}: {out / 'art.md'}: cannot be written (No space left on device)"
    assert not list(out.iterdir())


# --------------------------------------------------------------------------- digests: nothing through, bad options


@pytest.fixture
def smtp_listener() -> Iterator[tuple[int, list[object]]]:
    """A local TCP port that records every connection (an SMTP server that must not be reached)."""
    import socket

    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(5)
    server.settimeout(0.2)
    seen: list[object] = []
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                conn, peer = server.accept()
            except OSError:
                continue
            seen.append(peer)
            conn.close()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield server.getsockname()[1], seen
    finally:
        stop.set()
        thread.join(2)
        server.close()


def test_a_digest_where_every_input_fails_writes_and_sends_nothing(
    tmp_path: Path, smtp_listener: tuple[int, list[object]]
) -> None:
    port, connections = smtp_listener
    out = tmp_path / "out"
    out.mkdir()
    for name in ("digest.html", "digest.md", "digest.json", "digest.eml", "digest.pdf"):
        (out / name).write_text(f"yesterday's good {name}\n", encoding="utf-8")
    before = _files(out)
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    binary = tmp_path / "blob.txt"
    binary.write_bytes(bytes(range(256)) * 8)
    proc = run_cli(
        "digest",
        str(empty),
        str(binary),
        "-o",
        str(out),
        "--send",
        "--smtp-host",
        "127.0.0.1",
        "--smtp-port",
        str(port),
        "--to",
        "desk@example.org",
        "--from",
        "briefs@example.org",
    )
    _one_line_error(proc, "no digest written or sent", "none of the 2 input(s) went through", "empty.txt")
    assert proc.returncode == 1
    assert _files(out) == before
    assert connections == []


@pytest.mark.parametrize(
    "option, value",
    [
        ("--subject", "Harbour\nBcc: everyone@example.org"),
        ("--title", "Harbour\r\nnews"),
        ("--from", "briefs@example.org\nBcc: x@example.org"),
        ("--to", "desk@example.org\n"),
    ],
)
def test_digest_header_options_with_line_breaks_fail_at_once_in_one_line(
    tmp_path: Path, small_article: Path, option: str, value: str
) -> None:
    proc = run_cli("digest", str(small_article), "-o", str(tmp_path / "out"), option, value)
    _one_line_error(proc, f"{option}: must be one line of text (it holds a line break)")
    assert "internal error" not in proc.stderr.decode()
    assert not (tmp_path / "out").exists()  # refused before any article was summarised
