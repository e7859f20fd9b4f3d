"""The whole path for one input: ingest -> summarize -> render -> write."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Unpack

from .engine_choice import engine_kwargs
from .errors import BriefgenError, InputError
from .model import Brief

if TYPE_CHECKING:
    from .ingest.loading import InputOptions
    from .rendering import RenderOptions

__all__ = [
    "FORMATS",  # noqa: F822 - served by the module __getattr__ below, from the renderer registry
    "BuildResult",
    "BuildOutcome",
    "parse_formats",
    "output_stem",
    "unique_stem",
    "build_brief",
    "render_formats",
    "build_one",
    "build_input",
]


def __getattr__(name: str) -> object:
    if name == "FORMATS":  # output formats and their file extensions, from the renderer registry
        from .rendering.registry import renderers

        return {cls.name: cls.extension for cls in renderers()}
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@dataclass
class BuildResult:
    """What building one input produced."""

    input: str
    brief: Brief
    written: list[Path] = field(default_factory=list)


def parse_formats(value: str) -> list[str]:
    """'md,html' -> ['md', 'html'], aliases resolved ('markdown' is 'md'); unknown names are an error that
    lists the registered formats."""
    from .rendering.registry import parse_format_list

    return parse_format_list(value, error=InputError)


def output_stem(input_name: str) -> str:
    """Output files are named after the input's stem; standard input gives 'brief'."""
    if input_name == "-":
        return "brief"
    return Path(input_name).stem or "brief"


def unique_stem(stem: str, used: set[str]) -> str:
    """``stem``, or ``stem-2``, ``stem-3``... when an earlier output of the run took it; records the choice."""
    candidate, n = stem, 1
    while candidate in used:
        n += 1
        candidate = f"{stem}-{n}"
    used.add(candidate)
    return candidate


def build_brief(
    input_name: str,
    *,
    engine: str = "default",
    max_key_points: int | None = None,
    input_options: "InputOptions | None" = None,
    engine_options: dict | None = None,
) -> Brief:
    """Read, clean and summarise one input (a file, ``-`` or a URL; a feed gives its first item)."""
    from .ingest import open_input
    from .summary import summarize_article

    article = open_input(input_name, input_options)[0].load()
    return summarize_article(article, engine=engine, **engine_kwargs(max_key_points, engine_options))


def render_formats(
    brief: Brief, formats: Sequence[str], **render_options: Unpack[RenderOptions]
) -> dict[str, bytes | str]:
    """Render ``brief`` in every format, in memory, before anything is written."""
    from .rendering import render

    return {fmt: render(brief, fmt, **render_options) for fmt in formats}


def build_one(
    input_name: str,
    outdir: Path,
    formats: Sequence[str],
    *,
    engine: str = "default",
    max_key_points: int | None = None,
    render_options: RenderOptions | None = None,
    engine_options: dict | None = None,
) -> BuildResult:
    """Build every requested output of one input, writing them all or none (a feed: its first item)."""
    for outcome in build_input(
        input_name,
        outdir,
        formats,
        engine=engine,
        max_key_points=max_key_points,
        render_options=render_options,
        first_only=True,
        engine_options=engine_options,
    ):
        if outcome.error is not None:
            raise outcome.error
        assert outcome.result is not None
        return outcome.result
    raise InputError(f"{input_name}: the input holds no article")  # pragma: no cover - open_input never returns []


@dataclass
class BuildOutcome:
    """One article of an input: built (``result``) or failed (``error``, whose message names it)."""

    name: str
    result: BuildResult | None = None
    error: BriefgenError | None = None


def _named(name: str, exc: BriefgenError) -> BriefgenError:
    """``exc`` with a message that starts with the article's name, as the CLI shows it."""
    message = str(exc)
    if message.startswith(name):
        return exc
    return type(exc)(f"{name}: {message}")


def _internal(name: str, exc: Exception) -> BriefgenError:
    """A one-line error for an unexpected exception met on one input; re-raised under BRIEFGEN_DEBUG."""
    import os

    if os.environ.get("BRIEFGEN_DEBUG"):
        raise exc
    detail = " ".join(str(exc).split())
    return BriefgenError(
        f"{name}: internal error: {type(exc).__name__}{': ' + detail if detail else ''} "
        "(set BRIEFGEN_DEBUG=1 for details)"
    )


def build_input(
    input_name: str,
    outdir: Path,
    formats: Sequence[str],
    *,
    engine: str = "default",
    max_key_points: int | None = None,
    render_options: RenderOptions | None = None,
    input_options: "InputOptions | None" = None,
    used_stems: set[str] | None = None,
    first_only: bool = False,
    output_file: Path | None = None,
    engine_options: dict | None = None,
) -> Iterator[BuildOutcome]:
    """Build the outputs of every article of one input (a feed holds several), one outcome each.

    A failure of the whole input (unreadable, unreachable, a feed without items)
    is one failed outcome; a failed feed item does not stop the others. Outputs
    are named after a file input's stem, else after the article's title slug,
    made unique within ``used_stems`` (shared by the inputs of one run).
    ``output_file`` (one format only) is the file to write instead: only the
    input's first article is built.
    """
    from .ingest import open_input
    from .ingest.feeds import slugify
    from .output import ensure_dir, write_all_atomic
    from .rendering.registry import get_renderer
    from .summary import summarize_article

    used = used_stems if used_stems is not None else set()
    try:
        pending = open_input(input_name, input_options)
    except BriefgenError as exc:
        yield BuildOutcome(input_name, error=_named(input_name, exc))
        return
    except Exception as exc:  # noqa: BLE001 - a bug met on one input must not stop the others
        yield BuildOutcome(input_name, error=_internal(input_name, exc))
        return
    for item in pending[:1] if first_only or output_file is not None else pending:
        try:
            article = item.load()
            brief = summarize_article(article, engine=engine, **engine_kwargs(max_key_points, engine_options))
            rendered = render_formats(brief, formats, **(render_options or {}))
            if output_file is not None:
                ensure_dir(output_file.parent)
                yield BuildOutcome(
                    item.name,
                    result=BuildResult(
                        input=item.name, brief=brief, written=write_all_atomic({output_file: rendered[formats[0]]})
                    ),
                )
                continue
            ensure_dir(outdir)
            if item.stem:  # a file's own name: the CLI has made sure no two files share one
                stem = item.stem
                used.add(stem)
            else:
                stem = unique_stem(item.slug or slugify(article.title or "") or item.fallback, used)
            files = {outdir / f"{stem}.{get_renderer(fmt).extension}": data for fmt, data in rendered.items()}
            yield BuildOutcome(
                item.name, result=BuildResult(input=item.name, brief=brief, written=write_all_atomic(files))
            )
        except BriefgenError as exc:
            yield BuildOutcome(item.name, error=_named(item.name, exc))
        except Exception as exc:  # noqa: BLE001 - as above: one line for this article, the rest go on
            yield BuildOutcome(item.name, error=_internal(item.name, exc))
