"""The whole path for one input: ingest -> summarize -> render -> write."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError
from .model import Brief

__all__ = ["FORMATS", "BuildResult", "parse_formats", "output_stem", "build_brief", "render_formats", "build_one"]

#: Output formats of ``briefgen build`` and their file extensions.
FORMATS = {"md": "md", "html": "html", "pdf": "pdf", "json": "json"}


@dataclass
class BuildResult:
    """What building one input produced."""

    input: str
    brief: Brief
    written: list[Path] = field(default_factory=list)


def parse_formats(value: str) -> list[str]:
    """'md,html' -> ['md', 'html']; unknown names are an error that lists the known ones."""
    names = [v.strip().lower() for v in value.split(",") if v.strip()]
    unknown = [n for n in names if n not in FORMATS]
    if unknown or not names:
        raise InputError(
            f"unknown output format {', '.join(repr(u) for u in unknown) or '(none)'}; "
            f"choose from {', '.join(FORMATS)}"
        )
    return list(dict.fromkeys(names))


def output_stem(input_name: str) -> str:
    """Output files are named after the input's stem; standard input gives 'brief'."""
    if input_name == "-":
        return "brief"
    return Path(input_name).stem or "brief"


def build_brief(input_name: str, *, engine: str = "default", max_key_points: int | None = None) -> Brief:
    """Read, clean and summarise one input."""
    from .ingest import ingest_path
    from .summarize import summarize_article

    article = ingest_path(input_name)
    return summarize_article(article, engine=engine, max_key_points=max_key_points)


def render_formats(brief: Brief, formats: Sequence[str], **render_options: object) -> dict[str, bytes | str]:
    """Render ``brief`` in every format, in memory, before anything is written."""
    from .render import render

    out: dict[str, bytes | str] = {}
    for fmt in formats:
        out[fmt] = brief.to_json() + "\n" if fmt == "json" else render(brief, fmt, **render_options)
    return out


def build_one(
    input_name: str,
    outdir: Path,
    formats: Sequence[str],
    *,
    engine: str = "default",
    max_key_points: int | None = None,
    render_options: dict | None = None,
) -> BuildResult:
    """Build every requested output of one input, writing them all or none."""
    from .output import ensure_dir, write_all_atomic

    brief = build_brief(input_name, engine=engine, max_key_points=max_key_points)
    rendered = render_formats(brief, formats, **(render_options or {}))
    ensure_dir(outdir)
    stem = output_stem(input_name)
    files = {outdir / f"{stem}.{FORMATS[fmt]}": data for fmt, data in rendered.items()}
    return BuildResult(input=input_name, brief=brief, written=write_all_atomic(files))
