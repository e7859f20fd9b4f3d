"""The ``digest`` and ``send`` commands: many articles into one digest and email, and SMTP delivery."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

import click

from .cli_engine import engine_options
from .errors import BriefgenError, InputError, RecipientsRefusedError

__all__ = ["digest", "send"]

F = TypeVar("F", bound=Callable[..., Any])


def _smtp_options(func: F) -> F:
    """The SMTP options shared by ``send`` and ``digest --send``."""
    options = [
        click.option(
            "--smtp-host", default=None, help="SMTP server (default: smtp.host in briefgen.yaml, else localhost)."
        ),
        click.option(
            "--smtp-port",
            type=click.IntRange(1, 65535),
            default=None,
            help="SMTP port (default 25; 587 with --starttls, 465 with --ssl).",
        ),
        click.option(
            "--starttls", "security", flag_value="starttls", default=None, help="Upgrade to TLS with STARTTLS."
        ),
        click.option("--ssl", "security", flag_value="ssl", help="Implicit TLS from the first byte (SMTPS)."),
        click.option("--username", default=None, help="SMTP login name."),
        click.option(
            "--password-env", metavar="VAR", default=None, help="Environment variable holding the SMTP password."
        ),
        click.option("--password-file", metavar="PATH", default=None, help="File holding the SMTP password."),
        click.option(
            "--smtp-timeout",
            type=click.FloatRange(0.5, 600),
            default=None,
            help="Seconds to wait for the SMTP server (default 30).",
        ),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _deliver(
    data: bytes, sender: str | None, recipients: Sequence[str], overrides: dict[str, Any], quiet: bool
) -> None:
    """Deliver message bytes with the command line's and briefgen.yaml's SMTP settings."""
    from .digest.smtp import deliver, envelope, load_smtp_config, merge_settings, read_password

    settings = merge_settings(load_smtp_config(), {**overrides, "sender": sender, "to": list(recipients)})
    msg, from_addr, to_addrs = envelope(data, settings.sender, settings.to)
    password = read_password(settings, dict(os.environ))
    try:
        report = deliver(msg, from_addr, to_addrs, settings, password)
    except RecipientsRefusedError as exc:
        raise BriefgenError(str(exc)) from None
    if not quiet:
        click.echo(f"sent to {', '.join(report.accepted)} via {report.host}:{report.port}", err=True)


def _overrides(
    smtp_host: str | None,
    smtp_port: int | None,
    security: str | None,
    username: str | None,
    password_env: str | None,
    password_file: str | None,
    smtp_timeout: float | None,
) -> dict[str, Any]:
    return {
        "host": smtp_host,
        "port": smtp_port,
        "security": security,
        "username": username,
        "password_env": password_env,
        "password_file": password_file,
        "timeout": smtp_timeout,
    }


@click.command()
@click.argument("message", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--from", "sender", default=None, help="Sender address (default: the message's From).")
@click.option(
    "--to", "recipients", multiple=True, help="Recipient address; repeat for several (default: the message's To)."
)
@_smtp_options
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors.")
def send(
    message: str,
    sender: str | None,
    recipients: tuple[str, ...],
    smtp_host: str | None,
    smtp_port: int | None,
    security: str | None,
    username: str | None,
    password_env: str | None,
    password_file: str | None,
    smtp_timeout: float | None,
    quiet: bool,
) -> None:
    """Send MESSAGE (a .eml file, e.g. digest.eml; - for standard input) over SMTP.

    Settings not given here come from the smtp: key of briefgen.yaml in the
    working folder. The password is read from --password-env or
    --password-file, never from the command line.
    """
    from .ingest.reading import read_input

    # a regular file or standard input only: a FIFO or a device given as MESSAGE would block or never end
    data = read_input(message, max_bytes=MAX_MESSAGE_BYTES)
    _deliver(
        data,
        sender,
        recipients,
        _overrides(smtp_host, smtp_port, security, username, password_env, password_file, smtp_timeout),
        quiet,
    )


#: The largest message ``briefgen send`` reads (a digest with its PDFs attached stays far below).
MAX_MESSAGE_BYTES = 50 * 1024 * 1024


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "-o",
    "--output-dir",
    default=".",
    show_default=True,
    type=click.Path(file_okay=False),
    help="Folder for digest.html, .md, .pdf, .json and .eml (created when missing).",
)
@click.option(
    "-f",
    "--formats",
    default="html,md,pdf,json",
    show_default=True,
    help="Comma-separated digest formats besides digest.eml (see 'briefgen formats'), e.g. md,docx.",
)
@click.option("--title", default=None, help='Digest title (default "Briefing digest — DATE").')
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(1, 256),
    default=None,
    help="Articles summarised in parallel (default: the number of CPU cores; the llm engine: its concurrency).",
)
@engine_options
@click.option(
    "-k",
    "--max-key-points",
    type=click.IntRange(1, 20),
    default=None,
    help="Key points per article brief (default: the engine's choice).",
)
@click.option(
    "--template-dir",
    "template_dirs",
    multiple=True,
    type=click.Path(file_okay=False),
    help="Team template folder searched before the built-in templates; repeatable.",
)
@click.option(
    "--logo",
    type=click.Path(dir_okay=False),
    default=None,
    help="PNG, JPEG or GIF logo embedded in the email (inline image).",
)
@click.option("--subject", default=None, help='Email subject (default: the title, "Briefing digest — DATE").')
@click.option(
    "--from", "sender", default=None, help="Email sender (default: smtp.from in briefgen.yaml, else a placeholder)."
)
@click.option(
    "--to", "recipients", multiple=True, help="Email recipient; repeatable (default: smtp.to, else a placeholder)."
)
@click.option("--attach-pdf", is_flag=True, help="Attach digest.pdf to the email.")
@click.option("--send", "send_mail", is_flag=True, help="Also send digest.eml over SMTP (see 'briefgen send').")
@_smtp_options
@click.option(
    "--input-format",
    type=click.Choice(["auto", "text", "html", "markdown", "feed"]),
    default="auto",
    show_default=True,
    help="Kind of every input; 'auto' tells it from the content.",
)
@click.option(
    "--timeout",
    type=click.FloatRange(0.5, 300),
    default=20.0,
    show_default=True,
    help="Seconds to wait for a web server (URL inputs).",
)
@click.option("--allow-private-network", is_flag=True, help="Allow fetching from private addresses.")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors and warnings.")
def digest(
    inputs: tuple[str, ...],
    output_dir: str,
    formats: str,
    title: str | None,
    jobs: int | None,
    engine: str | None,
    engine_option: tuple[str, ...],
    no_cache: bool,
    max_key_points: int | None,
    template_dirs: tuple[str, ...],
    logo: str | None,
    subject: str | None,
    sender: str | None,
    recipients: tuple[str, ...],
    attach_pdf: bool,
    send_mail: bool,
    smtp_host: str | None,
    smtp_port: int | None,
    security: str | None,
    username: str | None,
    password_env: str | None,
    password_file: str | None,
    smtp_timeout: float | None,
    input_format: str,
    timeout: float,
    allow_private_network: bool,
    quiet: bool,
) -> None:
    """Build one digest of many INPUTs: files, folders (their .txt/.html/.md), globs, - or URLs.

    Articles are summarised in parallel. Writes digest.html, digest.md,
    digest.pdf, digest.json and digest.eml (a ready-to-send email) into the
    output folder. An article that fails is listed with its error in every
    output and makes the exit status 1; the others still go through.
    """
    from .digest import expand_inputs, make_digest, make_jobs, render_outputs, summarize_inputs, write_outputs
    from .digest.email import check_header_value, load_logo
    from .digest.smtp import load_smtp_config
    from .engine_choice import brief_warnings, resolve_engine
    from .ingest.loading import InputOptions

    from .rendering.registry import get_renderer, parse_format_list

    fmts = parse_format_list(formats, error=InputError)
    for fmt in fmts:
        if not get_renderer(fmt).digest:
            raise InputError(f"output format '{fmt}' cannot render a digest")
    config = load_smtp_config()
    engine, engine_kwargs = resolve_engine(engine, engine_option, no_cache=no_cache)
    mail_from = sender or config.get("from")
    mail_to = list(recipients) or list(config.get("to") or [])
    # Checked before the work: the email library would refuse them only after every article is summarised.
    check_header_value(title, "--title")
    check_header_value(subject, "--subject")
    check_header_value(mail_from, "--from" if sender else "smtp.from in briefgen.yaml")
    for address in mail_to:
        check_header_value(address, "--to" if recipients else "smtp.to in briefgen.yaml")
    names = expand_inputs(inputs)
    logo_data = load_logo(logo) if logo else None
    options = InputOptions(input_format=input_format, allow_private_network=allow_private_network, timeout=timeout)
    jobs_list = make_jobs(names)
    with _progress(len(jobs_list), quiet) as advance:
        outcomes = summarize_inputs(
            jobs_list,
            workers=jobs,
            engine=engine,
            engine_options=engine_kwargs,
            max_key_points=max_key_points,
            input_options=options,
            progress=advance,
        )
    for outcome in outcomes:
        for warning in brief_warnings(outcome.name, outcome.brief) if outcome.brief is not None else []:
            click.echo(f"briefgen: warning: {warning}", err=True)
    when = _now()
    result = make_digest(outcomes, title=title, generated_at=when, inputs=len(names))
    if not result.briefs:
        # An empty digest must not replace the last good one, nor be mailed.
        raise InputError(_nothing_went_through(result.failures))
    outputs = render_outputs(
        result,
        template_dirs=template_dirs,
        logo=logo_data,
        subject=subject,
        sender=mail_from,
        recipients=mail_to,
        attach_pdf=attach_pdf,
        formats=fmts,
    )
    for warning in outputs.warnings:
        click.echo(f"briefgen: warning: {warning}", err=True)
    written = write_outputs(outputs, Path(output_dir))
    for failure in result.failures:
        click.echo(f"briefgen: error: {failure.error}", err=True)
    if not quiet:
        click.echo(" ".join(str(p) for p in written))
        click.echo(
            f"{result.counts.articles} article(s), {result.counts.duplicates} duplicate(s), "
            f"{result.counts.failed} failed; email HTML {outputs.email_html_bytes / 1000:.1f} KB",
            err=True,
        )
    if send_mail:
        eml = outputs.files["eml"]
        _deliver(
            eml.encode("utf-8") if isinstance(eml, str) else eml,
            mail_from,
            mail_to,
            _overrides(smtp_host, smtp_port, security, username, password_env, password_file, smtp_timeout),
            quiet,
        )
    if result.failures:
        sys.exit(1)


def _nothing_went_through(failures: Sequence[Any]) -> str:
    """One line for a digest none of whose inputs went through, with the first failures."""
    shown = "; ".join(" ".join(str(f.error).split()) for f in failures[:3])
    more = f"; and {len(failures) - 3} more" if len(failures) > 3 else ""
    return f"no digest written or sent: none of the {len(failures)} input(s) went through" + (
        f" ({shown}{more})" if shown else ""
    )


def _now() -> datetime:
    """Now (UTC), or SOURCE_DATE_EPOCH for reproducible output."""
    from .rendering.settings import resolve_generated_at

    return resolve_generated_at(None)


class _progress:
    """A rich progress bar on a terminal; silent when stderr is not one (logs, pipes, CI) or with -q."""

    def __init__(self, total: int, quiet: bool) -> None:
        self.total = total
        self.enabled = not quiet and sys.stderr.isatty() and total > 1
        self._bar: Any = None
        self._task: Any = None

    def __enter__(self) -> Callable[[int, int, str], None]:
        if self.enabled:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            self._bar = Progress(
                TextColumn("summarising"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                TextColumn("{task.description}"),
                console=Console(stderr=True),
                transient=True,
            )
            self._bar.start()
            self._task = self._bar.add_task("", total=self.total)
        return self.advance

    def advance(self, done: int, total: int, name: str) -> None:
        """Move the bar to ``done`` of ``total``, naming the input that just finished."""
        if self._bar is not None:
            self._bar.update(self._task, completed=done, description=Path(name).name)

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.stop()
