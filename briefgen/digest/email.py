"""The digest as an email: HTML made for mail clients (CSS inlined, size-budgeted) and the MIME message.

Mail clients ignore or strip ``<style>`` blocks unevenly, so every rule that
can be is inlined into ``style`` attributes (css-inline); only the media
queries (dark mode, phones), which cannot be inlined, stay in a ``<style>``
block marked ``data-css-inline="keep"``. Gmail clips an HTML part over about
102 KB behind a "View entire message" link, so the HTML is shortened (fewer
key points, then fewer actors and no quotes) until it fits.
"""

from __future__ import annotations

import email.policy
import email.utils
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from email.message import EmailMessage
from pathlib import Path

from ..errors import InputError, OptionError, RenderError
from .compose import ViewOptions, headline, render_digest
from .merge import Digest

__all__ = [
    "GMAIL_CLIP_BYTES",
    "EMAIL_BUDGET_BYTES",
    "PLACEHOLDER_FROM",
    "PLACEHOLDER_TO",
    "BUDGET_STEPS",
    "check_header_value",
    "Logo",
    "EmailHtml",
    "load_logo",
    "inline_css",
    "build_email_html",
    "preheader_text",
    "build_message",
    "message_bytes",
]

#: Gmail clips a message whose HTML is over about this many bytes.
GMAIL_CLIP_BYTES = 102 * 1024
#: What the email's HTML aims at: under Gmail's limit with room for the headers Gmail counts too.
EMAIL_BUDGET_BYTES = 100 * 1000
PLACEHOLDER_FROM = "briefgen <briefgen@localhost>"
PLACEHOLDER_TO = "readers@localhost"
#: Ever shorter views of the articles, tried in order until the HTML fits the budget.
BUDGET_STEPS: tuple[ViewOptions, ...] = (
    ViewOptions(max_key_points=5, max_actors=4, show_quote=True),
    ViewOptions(max_key_points=3, max_actors=4, show_quote=True),
    ViewOptions(max_key_points=2, max_actors=3, show_quote=True),
    ViewOptions(max_key_points=2, max_actors=3, show_quote=False),
    ViewOptions(max_key_points=1, max_actors=3, show_quote=False),
    ViewOptions(max_key_points=0, max_actors=2, show_quote=False, max_shared_actors=6),
)
_IMAGE_TYPES = {b"\x89PNG\r\n\x1a\n": "png", b"\xff\xd8\xff": "jpeg", b"GIF87a": "gif", b"GIF89a": "gif"}
_MAX_LOGO_BYTES = 512 * 1024
_LOGO_CID = "logo.briefgen"


@dataclass(frozen=True)
class Logo:
    """An image embedded in the message as an inline part and shown with ``cid:``."""

    data: bytes
    subtype: str
    filename: str
    cid: str = _LOGO_CID


@dataclass
class EmailHtml:
    """The email's HTML, the view it was rendered with and any size warning for the user."""

    html: str
    view: ViewOptions
    size: int
    warnings: list[str] = field(default_factory=list)


def load_logo(path: str | Path) -> Logo:
    """Read a PNG, JPEG or GIF logo (mail clients show neither SVG nor WebP reliably)."""
    from ..ingest.reading import read_input

    p = Path(path).expanduser()
    # a regular file only (a FIFO would block), and never much more than a logo may weigh
    try:
        data = read_input(str(p), max_bytes=4 * _MAX_LOGO_BYTES)
    except InputError as exc:
        reason = str(exc).removeprefix(f"{p}: ")
        raise InputError(f"{path}: cannot read the logo ({reason})") from None
    subtype = next((kind for magic, kind in _IMAGE_TYPES.items() if data.startswith(magic)), None)
    if subtype is None:
        raise InputError(f"{path}: the logo must be a PNG, JPEG or GIF image")
    if len(data) > _MAX_LOGO_BYTES:
        raise InputError(f"{path}: the logo is {len(data) // 1024} KB; keep it under {_MAX_LOGO_BYTES // 1024} KB")
    return Logo(data, subtype, p.name)


def inline_css(html: str) -> str:
    """Move the stylesheet rules into ``style`` attributes; keep ``data-css-inline="keep"`` blocks."""
    import css_inline

    try:
        # minify_css writes "color:red;margin:0" into the attributes: every byte counts towards the budget.
        inliner = css_inline.CSSInliner(
            keep_style_tags=False, keep_link_tags=False, minify_css=True, load_remote_stylesheets=False
        )
        return inliner.inline(html)
    except css_inline.InlineError as exc:  # type: ignore[attr-defined]
        raise RenderError(f"email HTML: cannot inline its CSS ({exc})") from None


def preheader_text(digest: Digest, limit: int = 140) -> str:
    """The hidden line inbox lists show after the subject: the stories' titles, then the first bottom line."""
    titles = [headline(b, "") for b in digest.briefs]
    titles = [t for t in titles if t]
    count = len(digest.briefs)
    text = f"{count} {'story' if count == 1 else 'stories'}: " + "; ".join(titles) if titles else digest.title
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def build_email_html(
    digest: Digest,
    *,
    template_dirs: Sequence[str | Path] | None = None,
    logo: Logo | None = None,
    budget: int = EMAIL_BUDGET_BYTES,
) -> EmailHtml:
    """Render and inline the email HTML, shortening the articles until it is under ``budget`` bytes."""
    extra = {"preheader": preheader_text(digest), "logo_cid": logo.cid if logo else None}
    html, size, view = "", 0, BUDGET_STEPS[0]
    for view in BUDGET_STEPS:
        html = inline_css(render_digest(digest, "email", template_dirs=template_dirs, view=view, **extra))
        size = len(html.encode("utf-8"))
        if size <= budget:
            break
    result = EmailHtml(html, view, size)
    if view != BUDGET_STEPS[0]:
        result.warnings.append(
            f"email HTML over {budget // 1000} KB (Gmail clips at about {GMAIL_CLIP_BYTES // 1024} KB): "
            f"shortened to {view.max_key_points} key point(s) per article"
            + ("" if view.show_quote else ", without quotes")
            + f" ({size // 1000} KB)"
        )
    if size > budget:
        result.warnings.append(f"email HTML is still {size // 1000} KB: Gmail will clip it; send fewer articles")
    return result


def check_header_value(value: str | None, what: str) -> None:
    """Refuse a header value (subject, title, address) holding a line break or another control character.

    The email library would refuse it with a ValueError only once every article
    is summarised; ``what`` names the option in the one-line OptionError.
    """
    if value is None:
        return
    bad = next((c for c in str(value) if (ord(c) < 32 and c != "\t") or ord(c) == 127 or c in "\u2028\u2029\x85"), None)
    if bad is not None:
        kind = "a line break" if bad in "\r\n\u2028\u2029\x85" else f"the control character U+{ord(bad):04X}"
        raise OptionError(f"{what}: must be one line of text (it holds {kind}): {str(value)[:60]!r}")


def _addresses(value: str | Sequence[str], what: str = "address") -> list[str]:
    items = [value] if isinstance(value, str) else list(value)
    out: list[str] = []
    for item in items:
        check_header_value(item, what)
        for _, addr in email.utils.getaddresses([item]):
            if not addr or "@" not in addr:
                raise InputError(f"not an email address: {item!r}")
        out.append(item.strip())
    return out


def build_message(
    digest: Digest,
    *,
    text: str,
    html: str,
    subject: str | None = None,
    sender: str | None = None,
    recipients: str | Sequence[str] | None = None,
    logo: Logo | None = None,
    pdf: bytes | None = None,
    pdf_name: str = "digest.pdf",
    date: datetime | None = None,
) -> EmailMessage:
    """The digest as a MIME message: multipart/alternative (text, then HTML, related to the logo),
    with the PDF attached when given; Subject, From, To, Date and Message-ID set; UTF-8 throughout."""
    msg = EmailMessage(policy=email.policy.SMTP)
    check_header_value(subject or digest.title, "subject")
    from_addr = _addresses(sender or PLACEHOLDER_FROM, "from")[0]
    msg["Subject"] = subject or digest.title
    msg["From"] = from_addr
    msg["To"] = ", ".join(_addresses(recipients or PLACEHOLDER_TO, "to"))
    msg["Date"] = email.utils.format_datetime(date or digest.generated_at)
    domain = email.utils.parseaddr(from_addr)[1].rpartition("@")[2] or "localhost"
    msg["Message-ID"] = email.utils.make_msgid("digest", domain=domain)
    msg["MIME-Version"] = "1.0"
    # Quoted-printable keeps every line short and 7-bit, whatever the server's 8BITMIME support.
    msg.set_content(text, subtype="plain", charset="utf-8", cte="quoted-printable")
    msg.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    if logo is not None:
        html_part: EmailMessage = msg.get_payload()[1]  # type: ignore[index, assignment]  # a multipart's parts
        html_part.add_related(
            logo.data,
            maintype="image",
            subtype=logo.subtype,
            cid=f"<{logo.cid}>",
            filename=logo.filename,
            disposition="inline",
        )
    if pdf is not None:
        msg.add_attachment(pdf, maintype="application", subtype="pdf", filename=pdf_name)
    return msg


def message_bytes(msg: EmailMessage) -> bytes:
    """The message as bytes with CRLF line ends (SMTP servers reject long bare-LF lines)."""
    data = msg.as_bytes(policy=email.policy.SMTP)
    # as_bytes already uses CRLF under policy SMTP; normalise any bare LF a part smuggled in.
    return data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
