"""The PDF is set in the open fonts shipped with briefgen, whatever fonts the machine has."""

from __future__ import annotations

import io
from datetime import datetime, timezone
from pathlib import Path

import pytest

from fixtures_render import full_brief

pytest.importorskip("weasyprint")


def _embedded_fonts(data: bytes) -> dict[str, bool]:
    """Each font of the PDF by base name (subset tag dropped), and whether its file is embedded."""
    from pypdf import PdfReader

    fonts: dict[str, bool] = {}
    for page in PdfReader(io.BytesIO(data)).pages:
        resources = page.get("/Resources")
        font_dict = resources.get_object().get("/Font") if resources else None
        for ref in font_dict.get_object().values() if font_dict else ():
            font = ref.get_object()
            name = str(font["/BaseFont"]).lstrip("/").split("+", 1)[-1]
            described = [d.get_object() for d in font.get("/DescendantFonts", [])] or [font]
            fonts[name] = any(
                any(key in d["/FontDescriptor"].get_object() for key in ("/FontFile", "/FontFile2", "/FontFile3"))
                for d in described
                if "/FontDescriptor" in d
            )
    return fonts


@pytest.fixture(scope="module")
def brief_pdf() -> bytes:
    from briefgen.rendering import render

    return render(full_brief(), "pdf")  # type: ignore[return-value]


def test_the_shipped_fonts_and_their_licence_are_in_the_package() -> None:
    from briefgen.rendering.pdf import FONT_DIR, SHIPPED_FONTS

    files = {name for _, name, _, _ in SHIPPED_FONTS}
    assert 2 <= len(files) <= 4
    for name in files:
        assert (FONT_DIR / name).is_file()
    assert "SIL OPEN FONT LICENSE Version 1.1" in (FONT_DIR / "OFL.txt").read_text(encoding="utf-8")


def _assert_only_shipped_fonts(data: bytes) -> dict[str, bool]:
    """The PDF's fonts, after checking each is a shipped one, embedded: a glyph the shipped fonts lack
    (a bullet, a dash, a quote mark the templates use) would pull in a font of the machine here."""
    fonts = _embedded_fonts(data)
    assert fonts, "no font found in the PDF"
    others = sorted(name for name in fonts if not name.startswith("Briefgen-Noto-"))
    assert not others, f"fonts of the machine in the PDF: {others}"
    assert all(fonts.values()), f"fonts not embedded: {sorted(n for n, e in fonts.items() if not e)}"
    return fonts


def test_the_pdf_embeds_the_shipped_fonts_and_no_other(brief_pdf: bytes) -> None:
    fonts = _assert_only_shipped_fonts(brief_pdf)
    # Text, italic quotes and bold names in the serif; headings and labels in the sans.
    for name in (
        "Briefgen-Noto-Serif",
        "Briefgen-Noto-Serif-Italic",
        "Briefgen-Noto-Serif-Bold",
        "Briefgen-Noto-Sans",
        "Briefgen-Noto-Sans-Bold",
    ):
        assert fonts.get(name) is True, f"{name} is not embedded: {sorted(fonts)}"


def test_the_digest_pdf_embeds_only_the_shipped_fonts() -> None:
    from briefgen.digest.build import ArticleOutcome
    from briefgen.digest.compose import make_digest, render_digest, render_digest_pdf

    brief = full_brief()
    source = brief.source.model_copy(update={"url": "https://news.example/another-story"})
    other = brief.model_copy(update={"title": "A second, different story", "text": brief.text[::-1], "source": source})
    outcomes = [
        ArticleOutcome("a.txt", "a.txt", brief=brief),
        ArticleOutcome("b.txt", "b.txt", brief=other),
        ArticleOutcome("c.txt", "c.txt", brief=brief),  # a duplicate: the digest notes it
        ArticleOutcome("bad.txt", "bad.txt", error="bad.txt: empty"),  # a failure: the digest lists it
    ]
    digest = make_digest(outcomes, title=None, generated_at=datetime(2026, 3, 2, tzinfo=timezone.utc))
    assert digest.counts.duplicates == 1 and digest.counts.failed == 1
    pdf = render_digest_pdf(render_digest(digest, "html"))
    assert "Briefgen-Noto-Serif" in _assert_only_shipped_fonts(pdf)


def test_a_pdf_made_from_a_markdown_template_embeds_only_the_shipped_fonts(tmp_path: Path) -> None:
    from briefgen.rendering import render

    # A team that writes only Markdown: its PDF goes through markdown.html.j2, with the elements
    # Markdown makes (bullets, numbers, a block quote, a table, a rule, code) and typographic marks.
    (tmp_path / "brief.md.j2").write_text(
        "# {{ title }}\n\n"
        "{% for p in key_points %}- {{ p.text }}\n{% endfor %}\n"
        "{% for q in brief.open_questions %}1. {{ q.text }}\n{% endfor %}\n"
        "> {{ brief.quotes[0].text }} — {{ brief.quotes[0].speaker }}\n\n"
        "| Name | Role |\n|---|---|\n{% for a in actors %}| {{ a.name }} | {{ a.role or '–' }} |\n{% endfor %}\n"
        "---\n\n`code` “quoted” ‘single’ … · • € ©[^1]\n\n[^1]: {{ brief.source.outlet }}, a footnote.\n",
        encoding="utf-8",
    )
    pdf = render(full_brief(), "pdf", template_dirs=[tmp_path])
    assert isinstance(pdf, bytes)
    assert "Briefgen-Noto-Serif" in _assert_only_shipped_fonts(pdf)


def test_the_fetcher_serves_exactly_the_shipped_font_files(tmp_path: Path) -> None:
    from weasyprint.urls import path2url

    from briefgen.rendering.pdf import FONT_DIR, SHIPPED_FONTS, RestrictedURLFetcher, shipped_font_css

    fetcher = RestrictedURLFetcher([tmp_path])
    for _, name, _, _ in SHIPPED_FONTS:
        url = path2url(FONT_DIR / name)
        assert url in shipped_font_css()
        assert fetcher.fetch(url).read()[:4] == b"wOF2"
    # Not the folder: its other files (and the package around it) stay out of reach.
    for other in (FONT_DIR / "OFL.txt", FONT_DIR.parent / "__init__.py"):
        with pytest.raises(ValueError):
            fetcher.fetch(path2url(other))
