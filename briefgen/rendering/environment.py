"""The sandboxed Jinja environment: loader chain, escaping, caching, error messages.

Template lookup, first match wins:

1. ``default:NAME`` always means the built-in template NAME, so a team
   template can ``{% extends "default:brief.html.j2" %}`` and override only
   the blocks it cares about;
2. the team template folders, in the order given (for a team pack: its own
   ``templates/``, then those of the packs it ``extends:``, see
   :mod:`briefgen.teams`);
3. the built-in folder (``briefgen/templates`` in a wheel, ``templates/`` in
   a source checkout).

Escaping is decided by the output being rendered, never by the name of a
file a template includes, imports or extends: every template of an HTML
render autoescapes (a team's ``quotes-partial.j2`` included by its
``brief.html.j2`` too), and every ``{{ expression }}`` of a Markdown render
goes through :func:`~briefgen.rendering.markdown.md_escape` unless it is
already :class:`~markupsafe.Markup`. Plain-text renders (the digest's text
part) are left alone. The caller names the output (``output="html"``,
``"markdown"`` or ``"text"``); without it, the name of the template rendered
at the top decides (``*.html.j2`` is HTML, ``*.md.j2`` Markdown, others text).
"""

from __future__ import annotations

import threading
from datetime import date, datetime
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

import jinja2
from jinja2 import ChoiceLoader, FileSystemLoader, PrefixLoader
from jinja2.runtime import Context
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError
from markupsafe import Markup

from ..errors import BriefgenError, TemplateError
from .filters import (
    _parse_iso,
    genre_label,
    hostname,
    iso_datetime,
    pretty_date,
    quote_around,
    quote_text,
    term_speaker,
    term_text,
)
from .markdown import md_escape, md_url, safe_url
from .settings import RenderSettings, theme_css

__all__ = [
    "BUILTIN_PREFIX",
    "OUTPUTS",
    "output_for",
    "TemplateSource",
    "builtin_template_dir",
    "get_environment",
    "list_templates",
    "render_template",
    "clear_cache",
    "format_date",
    "team_provides",
]

#: Prefix that names a built-in template from anywhere: ``default:brief.html.j2``.
BUILTIN_PREFIX = "default"

_MARKDOWN_SUFFIXES = (".md.j2", ".md", ".markdown.j2", ".markdown")


def builtin_template_dir() -> Path:
    """Return the folder of the built-in templates.

    In an installed wheel it is ``briefgen/templates`` (hatch force-include);
    in a source checkout it is the top-level ``templates/`` folder.
    """
    package_dir = Path(__file__).resolve().parent.parent  # the briefgen package folder
    installed = package_dir / "templates"
    if installed.is_dir():
        return installed
    return package_dir.parent / "templates"


def format_date(value: object, date_format: str | None = None) -> str:
    """Show an ISO 8601 date with a strftime ``date_format``, or as "21 March 2023" without one.

    A date that is not ISO 8601 (given "as is" by the article) is shown
    unchanged, as :func:`~briefgen.rendering.filters.pretty_date` does.
    """
    if not date_format:
        return pretty_date(value)
    if value is None or value == "":
        return ""
    parsed = value if isinstance(value, (datetime, date)) else _parse_iso(str(value))
    if parsed is None:
        return str(value)
    return parsed.strftime(date_format)


def _theme_css(settings: RenderSettings) -> Markup:
    # Safe by construction: every value in it was validated by RenderSettings.
    return Markup(theme_css(settings))


def team_provides(name: str, template_dirs: Sequence[str | Path] | None) -> bool:
    """Whether one of the team template folders (not the built-ins) holds template ``name``."""
    return any((Path(folder) / name).is_file() for folder in _normalise_dirs(template_dirs))


#: The kinds of output a template can be rendered for, each with its own escaping.
OUTPUTS = ("html", "markdown", "text")
_HTML_SUFFIXES = (".html", ".htm", ".xml", ".html.j2", ".htm.j2", ".xml.j2")


def output_for(name: str | None) -> str:
    """The output a top-level template renders when the caller does not say: by its name's suffix."""
    lowered = str(name or "").lower()
    if lowered.endswith(_HTML_SUFFIXES):
        return "html"
    if lowered.endswith(_MARKDOWN_SUFFIXES):
        return "markdown"
    return "text"


def _finalize_markdown(value: Any) -> Any:
    """Markdown-escape every expression's value in a Markdown render, unless it is Markup."""
    if value is None:
        return ""
    if isinstance(value, Markup):
        return value
    return md_escape(value)


def _finalize_plain(value: Any) -> Any:
    """Show None as nothing; HTML escaping is autoescape's job, plain text is left alone."""
    return "" if value is None else value


@dataclass(frozen=True)
class TemplateSource:
    """Where a template name resolves: ``origin`` is "team" or "builtin"."""

    name: str
    origin: str
    path: Path
    overrides_builtin: bool = False


def _normalise_dirs(template_dirs: Iterable[str | Path] | None) -> tuple[str, ...]:
    dirs: list[str] = []
    for entry in template_dirs or ():
        path = Path(entry).expanduser()
        if not path.is_dir():
            raise TemplateError(f"template folder not found: {path}")
        resolved = str(path.resolve())
        if resolved not in dirs:
            dirs.append(resolved)
    return tuple(dirs)


class _ContainedLoader(FileSystemLoader):
    """A FileSystemLoader that serves only files really inside its folders.

    Jinja already refuses ``..`` in template names, but it follows symlinks: a
    team pack's ``templates/leak.j2 -> /etc/passwd`` would be included into the
    brief. Here the resolved file must stay inside the resolved folder.
    """

    def get_source(self, environment: jinja2.Environment, template: str) -> tuple[str, str, Any]:
        source, filename, uptodate = super().get_source(environment, template)
        real = Path(filename).resolve()
        if not any(real.is_relative_to(Path(folder).resolve()) for folder in self.searchpath):
            raise TemplateError(f"template {template} is a link to a file outside the template folder: refused")
        return source, filename, uptodate


#: Longest string or list a template may build with "*", and most bits a power "**" may make:
#: "{{ 9**9**9 }}" or "{{ 'x' * 10**10 }}" in a team template would hang the process or exhaust memory.
MAX_TEMPLATE_REPEAT = 1_000_000
MAX_TEMPLATE_POWER_BITS = 1_000_000


class _BoundedSandbox(ImmutableSandboxedEnvironment):
    """The immutable sandbox, with "*" and "**" refused when their result would be huge."""

    intercepted_binops = frozenset({"*", "**"})

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        if (
            operator == "**"
            and isinstance(left, int)
            and isinstance(right, int)
            and right > 0
            and max(left.bit_length(), 1) * right > MAX_TEMPLATE_POWER_BITS
            and abs(left) > 1
        ):
            raise SecurityError(f"the power {left} ** {right} is too large for a template")
        if operator == "*":
            for seq, times in ((left, right), (right, left)):
                if (
                    isinstance(seq, (str, list, tuple))
                    and isinstance(times, int)
                    and len(seq) * times > MAX_TEMPLATE_REPEAT
                ):
                    raise SecurityError(f"repeating a {type(seq).__name__} {times:,} times is too much for a template")
        return super().call_binop(context, operator, left, right)


_cache: dict[tuple[str, tuple[str, ...]], ImmutableSandboxedEnvironment] = {}
_cache_lock = threading.Lock()


def _build_environment(dirs: tuple[str, ...], output: str) -> ImmutableSandboxedEnvironment:
    builtin = _ContainedLoader(str(builtin_template_dir()))
    loaders: list[jinja2.BaseLoader] = [PrefixLoader({BUILTIN_PREFIX: builtin}, delimiter=":")]
    loaders += [_ContainedLoader(d) for d in dirs]
    loaders.append(builtin)
    env = _BoundedSandbox(
        loader=ChoiceLoader(loaders),
        # One setting for every template of the render: an included partial is escaped for
        # the output it lands in, whatever the pack named its file.
        autoescape=output == "html",
        finalize=_finalize_markdown if output == "markdown" else _finalize_plain,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        # Templates are read once per process: a long-running service should
        # not touch the disk on every brief, and a template cannot change
        # half-way through a batch.
        auto_reload=False,
        cache_size=400,
    )
    env.filters.update(
        md_escape=md_escape,
        md_url=md_url,
        safe_url=safe_url,
        pretty_date=pretty_date,
        hostname=hostname,
        iso_datetime=iso_datetime,
        quote_text=quote_text,
        quote_around=quote_around,
        term_text=term_text,
        term_speaker=term_speaker,
        genre_label=genre_label,
        format_date=format_date,
        theme_css=_theme_css,
    )
    return env


def get_environment(
    template_dirs: Sequence[str | Path] | None = None, output: str = "html"
) -> ImmutableSandboxedEnvironment:
    """Return the (cached, thread-safe) environment for these team template folders and this output."""
    if output not in OUTPUTS:
        raise TemplateError(f"unknown template output {output!r}: choose one of {', '.join(OUTPUTS)}")
    key = (output, _normalise_dirs(template_dirs))
    with _cache_lock:
        env = _cache.get(key)
        if env is None:
            env = _cache[key] = _build_environment(key[1], output)
        return env


def clear_cache() -> None:
    """Forget every cached environment (for tests and for reloading templates)."""
    with _cache_lock:
        _cache.clear()


def list_templates(template_dirs: Sequence[str | Path] | None = None) -> list[TemplateSource]:
    """List every template name with the folder it resolves from, sorted by name.

    A team template that shadows a built-in one is marked ``overrides_builtin``;
    the built-in stays reachable as ``default:NAME``.
    """
    builtin_dir = builtin_template_dir()
    builtin_names = set(FileSystemLoader(str(builtin_dir)).list_templates()) if builtin_dir.is_dir() else set()
    found: dict[str, TemplateSource] = {}
    for folder in _normalise_dirs(template_dirs):
        for name in FileSystemLoader(folder).list_templates():
            if name not in found and not _hidden(name):
                found[name] = TemplateSource(name, "team", Path(folder) / name, name in builtin_names)
    for name in builtin_names:
        if name not in found and not _hidden(name):
            found[name] = TemplateSource(name, "builtin", builtin_dir / name)
    return [found[name] for name in sorted(found)]


def _hidden(name: str) -> bool:
    return any(part.startswith(".") or part == "__pycache__" for part in name.split("/"))


def _template_location(tb: TracebackType | None) -> tuple[str | None, int | None]:
    """Return the innermost template file and line of a rewritten Jinja traceback."""
    filename: str | None = None
    lineno: int | None = None
    while tb is not None:
        # Jinja rewrites template frames into fake ones whose globals hold
        # "__jinja_exception__" and whose filename/line are the template's.
        if "__jinja_exception__" in tb.tb_frame.f_globals:
            filename = tb.tb_frame.f_code.co_filename
            lineno = tb.tb_lineno
        tb = tb.tb_next
    return filename, lineno


def _one_line(text: object) -> str:
    return " ".join(str(text).split())


def _where(filename: str | None, lineno: int | None, fallback: str) -> str:
    where = filename or fallback
    return f"{where}:{lineno}" if lineno else where


def render_template(
    name: str,
    context: Mapping[str, Any],
    template_dirs: Sequence[str | Path] | None = None,
    *,
    output: str | None = None,
) -> str:
    """Render the template ``name`` with ``context`` for ``output`` ("html", "markdown" or "text").

    ``output`` decides the escaping of every template the render uses; without
    it, :func:`output_for` tells it from ``name``. Every failure is a one-line
    TemplateError.
    """
    env = get_environment(template_dirs, output or output_for(name))
    try:
        template = env.get_template(name)
        return template.render(**context)
    except BriefgenError:
        raise
    except jinja2.TemplatesNotFound as exc:
        raise TemplateError(f"template not found: {', '.join(map(str, exc.templates))}") from None
    except jinja2.TemplateNotFound as exc:
        missing = exc.name if exc.name is not None else name
        raise TemplateError(
            f"template not found: {missing} (needed by {name})" if missing != name else f"template not found: {name}"
        ) from None
    except jinja2.TemplateSyntaxError as exc:
        where = _where(exc.filename or exc.name, exc.lineno, name)
        raise TemplateError(f"template syntax error at {where}: {_one_line(exc.message)}") from None
    except SecurityError as exc:
        filename, lineno = _template_location(exc.__traceback__)
        where = _where(filename, lineno, name)
        raise TemplateError(f"unsafe template {where}: {_one_line(exc)}") from None
    except Exception as exc:  # noqa: BLE001 - any failure inside a template is a template problem
        filename, lineno = _template_location(exc.__traceback__)
        where = _where(filename, lineno, name)
        kind = type(exc).__name__
        raise TemplateError(f"template error at {where}: {kind}: {_one_line(exc)}") from None
