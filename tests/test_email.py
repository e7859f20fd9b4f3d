"""The digest email: mail-client HTML (inlined CSS, budget) and the MIME message."""

from __future__ import annotations

import email
import email.policy
import re
import struct
import zlib
from datetime import datetime, timezone
from pathlib import Path

import pytest

from briefgen.digest.build import ArticleOutcome
from briefgen.digest.compose import make_digest, render_digest
from briefgen.digest.email import (
    BUDGET_STEPS,
    build_email_html,
    build_message,
    load_logo,
    message_bytes,
    preheader_text,
)
from briefgen.errors import InputError
from briefgen.model import Actor, Brief, KeyPoint, Quote, Source

WHEN = datetime(2026, 3, 2, 7, 30, tzinfo=timezone.utc)


def _png(path: Path) -> Path:
    """A valid 2x1 PNG, written by hand (no imaging library needed)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    raw = b"\x00" + b"\x1d\x3c\x63" * 2
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 1, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )
    return path


def _brief(n: int, points: int = 6) -> Brief:
    speaker = "Mara Quill" if n % 2 else "Teodor Vance"
    quote = f"we will keep the harbour open through the night in season number {n}"
    text = f'Story {n}. "{quote}," {speaker} said.'
    return Brief(
        title=f"Harbour story number {n} — ferries, fares and façades",
        source=Source(outlet="Lennox Gazette", url=f"https://news.example.org/harbour/{n}"),
        bottom_line=f"The harbour's night ferries, story {n}, are the town's main argument this spring.",
        text=text,
        key_points=[
            KeyPoint(
                text=f"Key point {k} of story {n}: the ferry timetable changes again and again "
                f"after long negotiations between the council and the harbour."
            )
            for k in range(points)
        ],
        actors=[
            Actor(name="Mara Quill", kind="person", role="Harbour Authority chair", mentions=2),
            Actor(name="Port Lennox", kind="place", mentions=3),
        ],
        quotes=[Quote(text=quote, speaker=speaker, span=(text.index(quote), text.index(quote) + len(quote)))],
    )


def _digest(count: int = 3, points: int = 6):
    outcomes = [ArticleOutcome(f"s{n}.txt", f"s{n}.txt", brief=_brief(n, points)) for n in range(count)]
    outcomes.append(ArticleOutcome("empty.txt", "empty.txt", error="empty.txt: the input is empty"))
    return make_digest(outcomes, title=None, generated_at=WHEN)


def test_email_html_is_built_for_mail_clients() -> None:
    result = build_email_html(_digest())
    html = result.html
    assert result.warnings == [] and result.size == len(html.encode())
    assert "<script" not in html.lower() and "<link" not in html.lower()
    assert '<meta name="color-scheme" content="light dark">' in html
    assert '<meta name="supported-color-schemes" content="light dark">' in html
    # rules inlined into style attributes; only the media queries stay in a <style> block
    styles = re.findall(r"<style[^>]*>(.*?)</style>", html, flags=re.S)
    assert len(styles) == 1 and "prefers-color-scheme: dark" in styles[0] and "max-width: 620px" in styles[0]
    assert re.search(r'<h1 class="title" style="[^"]*font-size: ?26px', html)
    assert re.search(r'<table[^>]*class="container"[^>]*width="600"', html)
    assert re.search(r'class="container"[^>]*style="[^"]*max-width: ?600px', html)
    # a hidden preheader line naming the stories
    pre = re.search(r'<div class="preheader" style="([^"]*)">([^<]*)', html)
    assert (
        pre
        and re.search("display: ?none", pre.group(1))
        and pre.group(2).startswith("3 stories: Harbour story number 0")
    )
    # contents, sources, quote, failure
    assert html.count('href="#article-') >= 3 and 'href="https://news.example.org/harbour/1"' in html
    assert "we will keep the harbour open through the night in season number 1" in html
    assert "empty.txt: the input is empty" in html
    assert "façades" in html


def test_email_is_shortened_to_fit_the_budget() -> None:
    digest = _digest(count=6)
    full = build_email_html(digest)
    assert full.view == BUDGET_STEPS[0] and full.html.count("Key point 4 of story 0") == 1
    tight = build_email_html(digest, budget=full.size - 2000)
    assert tight.size <= full.size - 2000
    assert tight.view.max_key_points is not None and tight.view.max_key_points < 5
    assert "Key point 4 of story 0" not in tight.html
    assert tight.warnings and "Gmail" in tight.warnings[0]
    hopeless = build_email_html(digest, budget=1000)
    assert any("still" in w for w in hopeless.warnings)


def test_plain_text_part_is_written_for_reading() -> None:
    text = render_digest(_digest(), "txt")
    assert "<" not in text and "&amp;" not in text
    assert all(len(line) <= 78 for line in text.splitlines()), max(text.splitlines(), key=len)
    assert "IN THIS DIGEST" in text and " 1. Harbour story number 0" in text
    assert "Read the article: https://news.example.org/harbour/0" in text
    assert "-- Mara Quill" in text or "-- Teodor Vance" in text


def test_mime_message_structure_headers_and_crlf(tmp_path: Path) -> None:
    digest = _digest()
    logo = load_logo(_png(tmp_path / "logo.png"))
    html = build_email_html(digest, logo=logo).html
    assert f'src="cid:{logo.cid}"' in html
    msg = build_message(
        digest,
        text=render_digest(digest, "txt"),
        html=html,
        subject="Lennox — morning",
        sender="Desk <desk@example.org>",
        recipients=["a@example.org", "b@example.org"],
        logo=logo,
        pdf=b"%PDF-1.7 fake",
        date=WHEN,
    )
    data = message_bytes(msg)
    assert b"\n" not in data.replace(b"\r\n", b"")  # CRLF only
    assert max(len(line) for line in data.split(b"\r\n")) <= 998
    parsed = email.message_from_bytes(data, policy=email.policy.default)
    assert parsed["Subject"] == "Lennox — morning"
    assert parsed["From"] == "Desk <desk@example.org>" and parsed["To"] == "a@example.org, b@example.org"
    assert parsed["Date"] == "Mon, 02 Mar 2026 07:30:00 +0000"
    assert parsed["Message-ID"].endswith("@example.org>")
    assert parsed.get_content_type() == "multipart/mixed"
    types = [p.get_content_type() for p in parsed.walk()]
    assert types == [
        "multipart/mixed",
        "multipart/alternative",
        "text/plain",
        "multipart/related",
        "text/html",
        "image/png",
        "application/pdf",
    ]
    image = next(p for p in parsed.walk() if p.get_content_type() == "image/png")
    assert image["Content-ID"] == f"<{logo.cid}>" and image.get_content_disposition() == "inline"
    attachment = next(p for p in parsed.walk() if p.get_content_type() == "application/pdf")
    assert attachment.get_filename() == "digest.pdf" and attachment.get_content() == b"%PDF-1.7 fake"
    plain = parsed.get_body(("plain",))
    assert plain.get_content_charset() == "utf-8" and "façades" in plain.get_content()


def test_message_without_addresses_gets_placeholders_and_default_subject() -> None:
    digest = _digest(count=1)
    msg = build_message(digest, text="t", html="<p>h</p>")
    assert msg["Subject"] == "Briefing digest — 2 March 2026"
    assert msg["To"] == "readers@localhost"
    assert msg.get_content_type() == "multipart/alternative"
    with pytest.raises(InputError, match="not an email address"):
        build_message(digest, text="t", html="<p>h</p>", recipients=["nobody"])


def test_logo_must_be_a_small_raster_image(tmp_path: Path) -> None:
    svg = tmp_path / "logo.svg"
    svg.write_text("<svg/>")
    with pytest.raises(InputError, match="PNG, JPEG or GIF"):
        load_logo(svg)
    with pytest.raises(InputError, match="cannot read"):
        load_logo(tmp_path / "missing.png")


def test_preheader_is_short() -> None:
    assert len(preheader_text(_digest(count=9))) <= 140
