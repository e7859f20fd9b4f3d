"""Rendering every output of a digest in memory, then writing them all at once (atomically)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path

from .compose import render_digest, render_digest_pdf
from .email import Logo, build_email_html, build_message, message_bytes
from .merge import Digest

__all__ = ["DIGEST_FILES", "DigestOutputs", "render_outputs", "write_outputs"]

#: The files of a digest, by output.
DIGEST_FILES: dict[str, str] = {"html": "digest.html", "md": "digest.md", "pdf": "digest.pdf",
                                "json": "digest.json", "eml": "digest.eml"}


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
) -> DigestOutputs:
    """Render digest.html, .md, .pdf, .json and .eml in memory (nothing is written yet)."""
    html = render_digest(digest, "html", template_dirs=template_dirs)
    pdf = render_digest_pdf(html, template_dirs=template_dirs)
    text = render_digest(digest, "txt", template_dirs=template_dirs)
    mail = build_email_html(digest, template_dirs=template_dirs, logo=logo)
    message = build_message(digest, text=text, html=mail.html, subject=subject, sender=sender,
                            recipients=list(recipients or ()), logo=logo, pdf=pdf if attach_pdf else None)
    files: dict[str, bytes | str] = {
        "html": html,
        "md": render_digest(digest, "md", template_dirs=template_dirs),
        "pdf": pdf,
        "json": digest.to_json() + "\n",
        "eml": message_bytes(message),
    }
    return DigestOutputs(files, message, mail.size, mail.warnings)


def write_outputs(outputs: DigestOutputs, outdir: Path) -> list[Path]:
    """Write the digest's files into ``outdir``: all of them or, on failure, none."""
    from ..output import ensure_dir, write_all_atomic

    ensure_dir(outdir)
    return write_all_atomic({outdir / DIGEST_FILES[key]: data for key, data in outputs.files.items()})
