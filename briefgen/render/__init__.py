"""Render: a Brief in, Markdown, HTML or PDF out, through sandboxed Jinja templates.

    from briefgen.render import render
    markdown = render(brief, "md")
    html = render(brief, "html")
    pdf_bytes = render(brief, "pdf", page_size="Letter")

Team template folders (``template_dirs``) come before the built-in templates;
see :mod:`briefgen.render.environment` for the lookup rules and
:class:`~briefgen.render.settings.RenderSettings` for what templates can read.
WeasyPrint is imported only when a PDF is rendered.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from ..errors import RenderError
from ..model import Brief
from .environment import TemplateSource, builtin_template_dir, list_templates, render_template
from .settings import PAGE_SIZES, RenderSettings, SectionTitles, make_settings, resolve_generated_at

__all__ = [
    "FORMATS",
    "TEMPLATE_NAMES",
    "render",
    "build_context",
    "RenderSettings",
    "SectionTitles",
    "PAGE_SIZES",
    "TemplateSource",
    "list_templates",
    "builtin_template_dir",
]

#: The template each output format is rendered from (PDF is printed from the HTML).
TEMPLATE_NAMES: dict[str, str] = {
    "md": "brief.md.j2",
    "html": "brief.html.j2",
    "pdf": "brief.html.j2",
}

#: Output formats and their aliases.
_ALIASES: dict[str, str] = {"markdown": "md", "htm": "html"}
FORMATS: tuple[str, ...] = tuple(TEMPLATE_NAMES)


def _normalise_format(fmt: str) -> str:
    key = str(fmt).strip().lower().lstrip(".")
    key = _ALIASES.get(key, key)
    if key not in TEMPLATE_NAMES:
        raise RenderError(f"unknown output format {fmt!r}: choose one of {', '.join(FORMATS)}")
    return key


def build_context(
    brief: Brief,
    settings: RenderSettings,
    generated_at: datetime,
) -> dict[str, Any]:
    """Return the template context: ``brief``, ``settings``, ``generated_at`` and helpers.

    Helpers: ``title`` (the brief's title or ``settings.fallback_title``),
    ``actors`` and ``quotes`` (cut to ``settings.max_actors`` /
    ``settings.max_quotes``), ``author`` (byline, else outlet, else None).
    """
    quotes = brief.quotes if settings.max_quotes is None else brief.quotes[: settings.max_quotes]
    title = (brief.title or "").strip() or settings.fallback_title
    return {
        "brief": brief,
        "settings": settings,
        "generated_at": generated_at,
        "title": title,
        "actors": brief.actors[: settings.max_actors],
        "quotes": quotes,
        "author": brief.source.author or brief.source.outlet or None,
    }


def render(
    brief: Brief,
    fmt: str,
    *,
    template_dirs: Sequence[str | Path] | None = None,
    page_size: str | None = None,
    settings: RenderSettings | dict | None = None,
    generated_at: datetime | None = None,
    template: str | None = None,
) -> str | bytes:
    """Render ``brief`` as "md" or "html" (str) or "pdf" (bytes).

    ``template_dirs`` are team template folders searched before the built-in
    ones; ``page_size`` ("A4" default, "Letter", "A5", "Legal") overrides
    ``settings.page_size``; ``generated_at`` defaults to now (or
    ``SOURCE_DATE_EPOCH``); ``template`` replaces the format's default
    template name. Raises TemplateError for template problems and RenderError
    for bad arguments or a PDF that cannot be produced.
    """
    if not isinstance(brief, Brief):
        raise RenderError(f"render expects a Brief, not {type(brief).__name__}")
    key = _normalise_format(fmt)
    resolved = make_settings(settings, page_size=page_size)
    when = resolve_generated_at(generated_at)
    context = build_context(brief, resolved, when)
    dirs = list(template_dirs or ())
    text = render_template(template or TEMPLATE_NAMES[key], context, dirs)
    if key != "pdf":
        return text
    from .pdf import html_to_pdf  # WeasyPrint is heavy: import it only for PDF output.

    return html_to_pdf(text, allowed_dirs=[*dirs, builtin_template_dir()])
