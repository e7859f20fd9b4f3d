"""Rendering every output of a digest in memory, then writing them all at once (atomically)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path

from .compose import render_digest
from .email import Logo, build_email_html, build_message, message_bytes
from .merge import Digest

__all__ = ["DIGEST_FORMATS", "DIGEST_FILES", "DigestOutputs", "render_outputs", "write_outputs", "digest_file_name"]

#: The output formats a digest is written in unless asked otherwise (digest.eml is always written too).
DIGEST_FORMATS: tuple[str, ...] = ("html", "md", "pdf", "json")
#: The files of a digest in the default formats, by output.
DIGEST_FILES: dict[str, str] = {
    "html": "digest.html",
    "md": "digest.md",
    "pdf": "digest.pdf",
    "json": "digest.json",
    "eml": "digest.eml",
}


def digest_file_name(key: str) -> str:
    """``digest.EXT`` for an output format (its renderer's extension), or ``digest.eml`` for the email."""
    if key == "eml":
        return "digest.eml"
    from ..rendering.registry import get_renderer

    return f"digest.{get_renderer(key).extension}"


@dataclass
class DigestOutputs:
    """Everything a digest renders to, plus the email's message object and size warnings."""

    files: dict[str, bytes | str]
    message: EmailMessage
    email_html_bytes: int
    warnings: list[str] = field(default_factory=list)


def render_outputs(
    digest: Digest,
    *,
    template_dirs: Sequence[str | Path] | None = None,
    logo: Logo | None = None,
    subject: str | None = None,
    sender: str | None = None,
    recipients: Sequence[str] | None = None,
    attach_pdf: bool = False,
    formats: Sequence[str] = DIGEST_FORMATS,
) -> DigestOutputs:
    """Render the digest in every format of ``formats`` (names or aliases of registered renderers that
    render digests) and digest.eml, in memory (nothing is written yet)."""
    from ..errors import RenderError
    from ..rendering.registry import DigestJob, get_renderer, parse_format_list

    keys = parse_format_list(list(formats)) if formats else []
    for key in keys:
        if not get_renderer(key).digest:
            raise RenderError(f"output format '{key}' cannot render a digest")
    job = DigestJob(digest, [Path(d) for d in template_dirs or ()])
    files: dict[str, bytes | str] = {key: job.output(key) for key in keys}
    pdf = job.output("pdf") if attach_pdf else None
    text = render_digest(digest, "txt", template_dirs=template_dirs)
    mail = build_email_html(digest, template_dirs=template_dirs, logo=logo)
    message = build_message(
        digest,
        text=text,
        html=mail.html,
        subject=subject,
        sender=sender,
        recipients=list(recipients or ()),
        logo=logo,
        pdf=pdf if isinstance(pdf, bytes) else None,
    )
    files["eml"] = message_bytes(message)
    return DigestOutputs(files, message, mail.size, mail.warnings)


def write_outputs(outputs: DigestOutputs, outdir: Path) -> list[Path]:
    """Write the digest's files into ``outdir``: all of them or, on failure, none."""
    from ..output import ensure_dir, write_all_atomic

    ensure_dir(outdir)
    return write_all_atomic({outdir / digest_file_name(key): data for key, data in outputs.files.items()})
