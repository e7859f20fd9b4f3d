"""Delivering a message over SMTP: settings (command line or ``briefgen.yaml``), TLS, login, clear errors.

The settings schema and reading them from ``briefgen.yaml`` live in
:mod:`briefgen.config`; ``SmtpSettings``, ``load_smtp_config`` and
``merge_settings`` stay importable from here.

The password never comes from the command line (it would show in ``ps`` and
shell history): it is read from an environment variable or a file. Nothing is
reported as sent unless the server accepted it, and when some recipients are
refused the error says which were and which were not accepted.
"""

from __future__ import annotations

import email.policy
import email.utils
import smtplib
import socket
import ssl
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

from ..config.project import load_smtp_config
from ..config.smtp import SmtpSettings, merge_settings
from ..errors import ConfigError, DeliveryError, InputError, RecipientsRefusedError

__all__ = [
    "SmtpSettings",
    "DeliveryReport",
    "load_smtp_config",
    "merge_settings",
    "read_password",
    "envelope",
    "deliver",
    "MAX_REPLY_BYTES",
    "SmtpReplyError",
]

#: What a digest built without --from/--to is addressed from and to (see briefgen.digest.email).
_PLACEHOLDERS = frozenset({"briefgen@localhost", "readers@localhost"})


@dataclass
class DeliveryReport:
    """Who the server accepted the message for."""

    host: str
    port: int
    sender: str
    accepted: list[str] = field(default_factory=list)


def read_password(settings: SmtpSettings, environ: dict[str, str]) -> str | None:
    """The password from the named environment variable or file (trailing newline dropped), or None."""
    if settings.password_env:
        value = environ.get(settings.password_env)
        if value is None:
            raise ConfigError(f"the environment variable {settings.password_env} (the SMTP password) is not set")
        return value
    if settings.password_file:
        try:
            return Path(settings.password_file).expanduser().read_text(encoding="utf-8").rstrip("\r\n")
        except OSError as exc:
            raise ConfigError(
                f"{settings.password_file}: cannot read the SMTP password ({exc.strerror or exc})"
            ) from None
    return None


def _is_placeholder(addr: str) -> bool:
    return addr.strip().lower() in _PLACEHOLDERS


def _set_header(msg: EmailMessage, name: str, value: str) -> None:
    if msg.get(name) is None:
        msg[name] = value
    elif str(msg[name]) != value:
        msg.replace_header(name, value)


def envelope(data: bytes, sender: str | None, recipients: Sequence[str]) -> tuple[EmailMessage, str, list[str]]:
    """Parse a message and decide its envelope; given addresses also replace the From/To headers.

    Without ``sender``/``recipients`` the message's own From and To/Cc are
    used, unless they are the placeholders a digest gets when none was given.
    """
    msg = BytesParser(policy=email.policy.SMTP).parsebytes(data)
    if not isinstance(msg, EmailMessage) or msg.get("From") is None and not sender:
        raise InputError("the message has no From header: give --from")
    # replace_header keeps the header where it was: the message sent is the .eml, readdressed.
    if sender:
        _set_header(msg, "From", sender)
    if recipients:
        del msg["Cc"]
        _set_header(msg, "To", ", ".join(recipients))
    from_addr = email.utils.parseaddr(str(msg["From"]))[1]
    to_addrs = [
        a for _, a in email.utils.getaddresses([str(v) for v in msg.get_all("To", []) + msg.get_all("Cc", [])]) if a
    ]
    if not from_addr or _is_placeholder(from_addr):
        raise InputError("no sender address: give --from (or smtp.from in briefgen.yaml)")
    if not to_addrs or all(_is_placeholder(a) for a in to_addrs):
        raise InputError("no recipients: give --to (or smtp.to in briefgen.yaml)")
    return msg, from_addr, to_addrs


#: The most a server's reply (all its lines) may hold: an EHLO reply is well under 1 KB, and an
#: endless run of "220-" continuation lines ate 3 GB in 9 s before this bound.
MAX_REPLY_BYTES = 64 * 1024
#: The longest reply line smtplib accepts (its private ``_MAXLINE``, 8192 in every CPython so far).
_MAX_LINE: int = getattr(smtplib, "_MAXLINE", 8192)


class SmtpReplyError(smtplib.SMTPException):
    """The server's reply took longer than the timeout, in all, or was longer than MAX_REPLY_BYTES."""


class _SMTP(smtplib.SMTP):
    """smtplib's client with a ``getreply`` that has a total deadline per reply and a bound on its size.

    smtplib's timeout is per socket read, so a server that sends a byte a
    second never times out, and it reads continuation lines without end. Here
    each reply (a step: the greeting, the answer to EHLO, MAIL, RCPT, DATA...)
    must arrive whole within the timeout and hold at most MAX_REPLY_BYTES.
    Bytes are read from the socket directly (no buffered file), and whatever
    was read before STARTTLS is dropped with the plain socket.
    """

    _reply_buffer = b""
    _reply_sock: object = None

    def _step_seconds(self) -> float | None:
        # None when no timeout was given: smtplib then holds socket's private default sentinel, not a number
        timeout: object = self.timeout
        return float(timeout) if isinstance(timeout, (int, float)) else None

    def _read_reply_line(self, deadline: float | None) -> bytes:
        sock = self.sock
        if sock is None:
            raise smtplib.SMTPServerDisconnected("please run connect() first")
        if self._reply_sock is not sock:  # a new connection, or the TLS socket after STARTTLS
            self._reply_buffer, self._reply_sock = b"", sock
        while True:
            end = self._reply_buffer.find(b"\n")
            if end >= 0 and end < _MAX_LINE:
                line, self._reply_buffer = self._reply_buffer[: end + 1], self._reply_buffer[end + 1 :]
                return line
            if end >= 0 or len(self._reply_buffer) > _MAX_LINE:
                raise smtplib.SMTPResponseException(500, "Line too long.")
            if deadline is not None:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise SmtpReplyError(f"the server did not answer in full within {self._step_seconds():g} s")
                sock.settimeout(left)
            try:
                data = sock.recv(4096)
            except (TimeoutError, socket.timeout):
                raise SmtpReplyError(f"the server did not answer in full within {self._step_seconds():g} s") from None
            finally:
                if deadline is not None and self.sock is sock:
                    sock.settimeout(self._step_seconds())
            if not data:
                raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")
            self._reply_buffer += data

    def getreply(self) -> tuple[int, bytes]:
        """One whole reply: (code, text of all its lines); raises SmtpReplyError when too slow or too long."""
        seconds = self._step_seconds()
        deadline = time.monotonic() + seconds if seconds is not None else None
        lines: list[bytes] = []
        size = 0
        while True:
            try:
                line = self._read_reply_line(deadline)
                size += len(line)
                if size > MAX_REPLY_BYTES:
                    raise SmtpReplyError(f"the server's reply was longer than {MAX_REPLY_BYTES:,} bytes")
            except OSError as exc:
                self.close()
                raise smtplib.SMTPServerDisconnected(f"Connection unexpectedly closed: {exc}") from None
            except smtplib.SMTPException:
                self.close()
                raise
            lines.append(line[4:].strip(b" \t\r\n"))
            try:
                code = int(line[:3])
            except ValueError:
                code = -1
                break
            if line[3:4] != b"-":
                break
        return code, b"\n".join(lines)


class _SMTP_SSL(_SMTP, smtplib.SMTP_SSL):  # noqa: N801 - smtplib's name
    """The same bounded replies over implicit TLS (``getreply`` from _SMTP, the TLS socket from SMTP_SSL)."""


def _reply(code: int, text: bytes | str) -> str:
    message = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
    return f"{code} {' '.join(message.split())}"


def deliver(
    msg: EmailMessage, sender: str, recipients: Sequence[str], settings: SmtpSettings, password: str | None = None
) -> DeliveryReport:
    """Send ``msg`` over SMTP; raise DeliveryError (RecipientsRefusedError for refused recipients)."""
    host, port = settings.host, settings.effective_port
    where = f"{host}:{port}"
    context = ssl.create_default_context()
    try:
        if settings.security == "ssl":
            server: smtplib.SMTP = _SMTP_SSL(host, port, timeout=settings.timeout, context=context)
        else:
            server = _SMTP(host, port, timeout=settings.timeout)
    except (OSError, smtplib.SMTPException) as exc:
        reason = getattr(exc, "strerror", None) or " ".join(str(exc).split()) or type(exc).__name__
        raise DeliveryError(f"cannot connect to the SMTP server {where}: {reason}") from None
    data = msg.as_bytes(policy=email.policy.SMTP)
    try:
        with server:
            if settings.security == "starttls":
                try:
                    server.starttls(context=context)
                except smtplib.SMTPNotSupportedError:
                    raise DeliveryError(f"{where} does not offer STARTTLS; nothing was sent") from None
            if settings.username:
                if password is None:
                    raise ConfigError("an SMTP username needs a password: give --password-env or --password-file")
                try:
                    server.login(settings.username, password)
                except smtplib.SMTPAuthenticationError as exc:
                    raise DeliveryError(
                        f"{where} refused the login of {settings.username}: "
                        f"{_reply(exc.smtp_code, exc.smtp_error)}; nothing was sent"
                    ) from None
                except smtplib.SMTPNotSupportedError:
                    raise DeliveryError(
                        f"{where} does not offer login (AUTH) on this connection; "
                        "try --starttls or --ssl; nothing was sent"
                    ) from None
            refused = server.sendmail(sender, list(recipients), data)
    except smtplib.SMTPRecipientsRefused as exc:
        detail = "; ".join(f"{a} ({_reply(c, t)})" for a, (c, t) in exc.recipients.items())
        raise RecipientsRefusedError(
            f"{where} refused every recipient, nothing was sent: {detail}", accepted=[], refused=list(exc.recipients)
        ) from None
    except smtplib.SMTPSenderRefused as exc:
        raise DeliveryError(
            f"{where} refused the sender {sender}: {_reply(exc.smtp_code, exc.smtp_error)}; nothing was sent"
        ) from None
    except smtplib.SMTPDataError as exc:
        raise DeliveryError(
            f"{where} refused the message: {_reply(exc.smtp_code, exc.smtp_error)}; nothing was sent"
        ) from None
    except smtplib.SMTPServerDisconnected as exc:
        raise DeliveryError(
            f"{where} closed the connection ({' '.join(str(exc).split()) or 'no reason given'}); "
            "the message may not have been sent"
        ) from None
    except (ssl.SSLError, smtplib.SMTPException, OSError) as exc:
        reason = " ".join(str(exc).split()) or type(exc).__name__
        raise DeliveryError(f"SMTP delivery through {where} failed: {reason}") from None
    accepted = [r for r in recipients if r not in refused]
    if refused:
        detail = "; ".join(f"{a} ({_reply(c, t)})" for a, (c, t) in refused.items())
        raise RecipientsRefusedError(
            f"sent to {', '.join(accepted)} only; {where} refused {detail}", accepted=accepted, refused=list(refused)
        )
    return DeliveryReport(host, port, sender, accepted)
