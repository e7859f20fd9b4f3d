"""The command line: a click group with one subcommand per job.

Commands are thin wrappers over library functions. Library errors
(``BriefgenError``) become one-line messages and a non-zero exit; nothing
prints a traceback unless ``BRIEFGEN_DEBUG=1`` is set.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import click

from . import __version__
from .cli_engine import engine_options
from .config.values import PAGE_SIZES
from .errors import BriefgenError

if TYPE_CHECKING:
    from .rendering import RenderOptions

__all__ = ["cli", "main"]

EXIT_FAILED = 1
EXIT_INTERNAL = 2


def _fail(message: str, code: int = EXIT_FAILED) -> None:
    click.echo(f"briefgen: error: {message}", err=True)
    sys.exit(code)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="briefgen")
def cli() -> None:
    """Turn news articles into briefings: bottom line, key points, actors, quotes, open questions."""


class _FormatsOption(click.Option):
    """``-f``: its help lists the registered formats, read only when the help is shown."""

    def get_help_record(self, ctx: click.Context) -> tuple[str, str] | None:
        from .rendering.registry import format_names

        self.help = f"Comma-separated output formats: {', '.join(format_names())} (see 'briefgen formats')."
        return super().get_help_record(ctx)


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "-o",
    "--output-dir",
    default=".",
    show_default=True,
    type=click.Path(),
    help="Folder for the outputs (created when missing); with one input and one format, "
    "a file name with that format's extension (-o brief.md) is the file to write.",
)
@click.option(
    "-f",
    "--formats",
    cls=_FormatsOption,
    default="md,html,pdf,json",
    show_default=True,
    help="Comma-separated output formats (see 'briefgen formats').",
)
@engine_options
@click.option(
    "-k",
    "--max-key-points",
    type=click.IntRange(1, 20),
    default=None,
    help="Exactly this many key points (default: the engine's choice, 3 to 7).",
)
@click.option(
    "--page-size",
    type=click.Choice(PAGE_SIZES, case_sensitive=False),
    default=None,
    help="PDF page size (default: the team's, else A4).",
)
@click.option(
    "--input-format",
    type=click.Choice(["auto", "text", "html", "markdown", "feed"]),
    default="auto",
    show_default=True,
    help="Kind of every input; 'auto' tells it from the content.",
)
@click.option(
    "--since",
    "since",
    metavar="DATE",
    default=None,
    help="Feeds: only items published on or after DATE (YYYY-MM-DD or ISO 8601 time).",
)
@click.option("--limit", type=click.IntRange(1, None), default=None, help="Feeds: at most N items each.")
@click.option(
    "--timeout",
    type=click.FloatRange(0.5, 300),
    default=20.0,
    show_default=True,
    help="Seconds to wait for a web server.",
)
@click.option(
    "--allow-private-network",
    is_flag=True,
    help="Allow fetching from loopback, private and link-local addresses (refused by default).",
)
@click.option(
    "--team",
    "team_path",
    metavar="PATH",
    default=None,
    help="Team pack folder (templates, branding); default: $BRIEFGEN_TEAM, else 'team:' in ./briefgen.yaml.",
)
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors.")
def build(
    inputs: tuple[str, ...],
    output_dir: str,
    formats: str,
    engine: str | None,
    engine_option: tuple[str, ...],
    no_cache: bool,
    max_key_points: int | None,
    page_size: str | None,
    input_format: str,
    since: str | None,
    limit: int | None,
    timeout: float,
    allow_private_network: bool,
    quiet: bool,
    team_path: str | None = None,
) -> None:
    """Build a brief of each INPUT: a file (text, Markdown or HTML page), - for standard input,
    an http(s) URL of an article page, or an RSS/Atom feed (file or URL; one brief per item).

    Writes STEM.md, STEM.html, STEM.pdf and STEM.json (or the -f formats; see
    'briefgen formats') into the output folder, named after each input file's
    name, or after the article's title for URLs and feed items; with one input
    and one format, -o brief.md names the file itself. Outputs of one article are written all or none; other
    inputs and items still go through when one fails.
    """
    from .engine_choice import brief_warnings, resolve_engine
    from .ingest.fetch import is_url
    from .ingest.loading import InputOptions
    from .pipeline import build_input, output_stem, parse_formats

    fmts = parse_formats(formats)
    engine, engine_kwargs = resolve_engine(engine, engine_option, no_cache=no_cache)
    output_file = _output_file(Path(output_dir), inputs, fmts)
    since_when = None
    if since is not None:
        from .ingest.feeds import parse_since

        since_when = parse_since(since)
    input_options = InputOptions(
        input_format=input_format,
        allow_private_network=allow_private_network,
        since=since_when,
        limit=limit,
        timeout=timeout,
    )
    stems: dict[str, str] = {}
    for name in inputs:
        if is_url(name):
            continue  # named after the article's title once fetched
        stem = output_stem(name)
        if stem in stems:
            raise BriefgenError(f"inputs {stems[stem]} and {name} would write the same files ({stem}.*)")
        stems[stem] = name
    used = set(stems)
    from .teams.loader import load_team, resolve_team_path

    team_dir = resolve_team_path(team_path)
    team = load_team(team_dir) if team_dir is not None else None
    if team is not None and max_key_points is None and team.key_points is not None:
        # the team's number of key points, unless -k says otherwise; one spare, because the
        # templates leave out the key point that only repeats the bottom line
        max_key_points = min(team.key_points + 1, 20)
    options: RenderOptions = {"page_size": page_size, "team": team}
    failures = 0
    for name in inputs:
        for outcome in build_input(
            name,
            Path(output_dir),
            fmts,
            engine=engine,
            engine_options=engine_kwargs,
            max_key_points=max_key_points,
            render_options=options,
            input_options=input_options,
            used_stems=used,
            output_file=output_file,
        ):
            if outcome.error is not None:
                failures += 1
                click.echo(f"briefgen: error: {_prefixed(name, outcome.error)}", err=True)
            elif outcome.result is not None:
                for warning in brief_warnings(outcome.name, outcome.result.brief):
                    click.echo(f"briefgen: warning: {warning}", err=True)
                if not quiet:
                    click.echo(" ".join(str(p) for p in outcome.result.written))
    if failures:
        sys.exit(EXIT_FAILED)


def _output_file(target: Path, inputs: Sequence[str], fmts: Sequence[str]) -> Path | None:
    """The file ``-o`` names, or None when it names a folder.

    ``-o`` names a file when it is not an existing folder and its extension is
    an output format's (``brief.md``, ``brief.docx``). That is allowed with one
    input and that one format; otherwise it is an error, never a folder called
    ``brief.md``.
    """
    from .rendering.registry import get_renderer, renderers

    if target.is_dir():
        return None
    suffix = target.suffix.lower().lstrip(".")
    if target.exists() and not suffix:
        raise BriefgenError(f"-o {target}: is a file, not a folder")
    if not suffix or suffix not in {cls.extension for cls in renderers()}:
        if target.exists():
            raise BriefgenError(f"-o {target}: is a file, not a folder")
        return None
    if len(inputs) == 1 and len(fmts) == 1 and get_renderer(fmts[0]).extension == suffix:
        return target
    wanted = ", ".join(fmts)
    raise BriefgenError(
        f"-o {target} names a .{suffix} file, but this run writes {len(inputs)} input(s) "
        f"as {wanted}: give one input and -f {suffix}, or a folder"
    )


def _prefixed(name: str, exc: BriefgenError) -> str:
    message = str(exc)
    return message if message.startswith(name) else f"{name}: {message}"


@cli.command()
def schema() -> None:
    """Print the JSON Schema of the Brief (the JSON output's contract)."""
    from .schema_cache import schema_text  # the stored copy: no pydantic import when it is current

    click.echo(schema_text())


@cli.command()
def formats() -> None:
    """List the output formats: name, file extension, text or binary, aliases, what it is.

    Plugins add formats through the 'briefgen.renderers' entry-point group; one
    that cannot be loaded is listed as broken (on standard error) and the others still work.
    """
    from .rendering.registry import broken_renderers, renderers

    for cls in renderers():
        aliases = ",".join(cls.aliases) or "-"
        click.echo(
            f"{cls.name:<8} .{cls.extension:<7} {'binary' if cls.binary else 'text':<7} "
            f"{aliases:<10} {cls.description}".rstrip()
        )
    for name, reason in broken_renderers().items():
        click.echo(f"briefgen: warning: output format '{name}' could not be loaded: {reason}", err=True)


@cli.command()
def engines() -> None:
    """List the available summary engines."""
    from .summary.base import engine_names

    for name in engine_names():
        click.echo(name)


# Resource commands live in their own modules; they import nothing heavy at load time.
from .cli_digest import digest, send  # noqa: E402
from .cli_templates import templates  # noqa: E402

cli.add_command(templates)
cli.add_command(digest)
cli.add_command(send)


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the CLI, turning every error into one line on stderr."""
    try:
        cli.main(args=argv, prog_name="briefgen", standalone_mode=False)
    except click.exceptions.Abort:
        _fail("interrupted", 130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except BriefgenError as exc:
        _fail(str(exc))
    except KeyboardInterrupt:
        _fail("interrupted", 130)
    except Exception as exc:  # an unexpected failure still gets one line, not a traceback
        if os.environ.get("BRIEFGEN_DEBUG"):
            raise
        _fail(f"internal error: {type(exc).__name__}: {exc} (set BRIEFGEN_DEBUG=1 for details)", EXIT_INTERNAL)
    else:
        sys.exit(0)


if __name__ == "__main__":  # pragma: no cover
    main()
