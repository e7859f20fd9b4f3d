"""SMTP delivery, for real: an aiosmtpd server on 127.0.0.1 receives what ``briefgen send`` sends."""

from __future__ import annotations

import email
import email.policy
import os
import socket
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.message import EmailMessage
from pathlib import Path

import pytest

pytest.importorskip("aiosmtpd")
from aiosmtpd.controller import Controller  # noqa: E402
from aiosmtpd.smtp import AuthResult, LoginPassword  # noqa: E402

from briefgen.digest.build import ArticleOutcome  # noqa: E402
from briefgen.digest.compose import make_digest, render_digest  # noqa: E402
from briefgen.digest.email import build_message, message_bytes  # noqa: E402
from briefgen.digest.smtp import merge_settings  # noqa: E402
from briefgen.errors import ConfigError  # noqa: E402
from briefgen.model import Brief  # noqa: E402

try:
    from .conftest import run_cli
    from .test_digest import ARTICLES
except ImportError:  # pragma: no cover - run without the package layout
    from conftest import run_cli  # type: ignore[no-redef]
    from test_digest import ARTICLES  # type: ignore[no-redef]

USER, PASSWORD = "desk", "s3cret-ferry"


@dataclass
class Inbox:
    """What the server received, and which recipients it refuses."""

    refuse: set[str] = field(default_factory=set)
    messages: list[tuple[str, list[str], bytes]] = field(default_factory=list)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802 - aiosmtpd hook
        if address in self.refuse:
            return "550 5.1.1 No such mailbox"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd hook
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content))
        return "250 Message accepted for delivery"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _authenticate(server, session, envelope, mechanism, auth_data) -> AuthResult:
    ok = (
        isinstance(auth_data, LoginPassword)
        and auth_data.login == USER.encode()
        and auth_data.password == PASSWORD.encode()
    )
    return AuthResult(success=ok, handled=False)  # handled=False: the server answers 535 itself


@pytest.fixture
def smtp_server() -> Iterator[tuple[Inbox, int]]:
    inbox = Inbox()
    port = _free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port, authenticator=_authenticate, auth_require_tls=False)
    controller.start()
    try:
        yield inbox, port
    finally:
        controller.stop()


def _eml(tmp_path: Path, **headers: object) -> Path:
    brief = Brief(title="Night ferries approved", text="x", bottom_line="The ferries will run at night.")
    digest = make_digest(
        [ArticleOutcome("a.txt", "a.txt", brief=brief)],
        title=None,
        generated_at=datetime(2026, 3, 2, tzinfo=timezone.utc),
    )
    msg: EmailMessage = build_message(digest, text=render_digest(digest, "txt"), html="<p>Night ferries</p>", **headers)  # type: ignore[arg-type]
    path = tmp_path / "digest.eml"
    path.write_bytes(message_bytes(msg))
    return path


def _send(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None):
    env = dict(env or {})
    if cwd is not None:  # briefgen is imported from the checkout, not an installed package
        env["PYTHONPATH"] = os.pathsep.join(
            filter(None, [str(Path(__file__).resolve().parents[1]), os.environ.get("PYTHONPATH")])
        )
    saved = {key: os.environ.get(key) for key in env}
    os.environ.update(env)
    try:
        return run_cli("send", *args, cwd=cwd)
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def test_a_digest_arrives_through_smtp(tmp_path: Path, smtp_server: tuple[Inbox, int]) -> None:
    inbox, port = smtp_server
    news = tmp_path / "news"
    news.mkdir()
    for name, text in ARTICLES.items():
        (news / name).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    built = run_cli(
        "digest",
        str(news),
        "-o",
        str(out),
        "--attach-pdf",
        "--subject",
        "Lennox — Monday",
        "--from",
        "Lennox Desk <desk@example.org>",
        "--to",
        "ana@example.org",
        "--jobs",
        "1",
        "--send",
        "--smtp-host",
        "127.0.0.1",
        "--smtp-port",
        str(port),
    )
    assert built.returncode == 0, built.stderr
    assert [m[1] for m in inbox.messages] == [["ana@example.org"]]  # digest --send delivered it
    assert inbox.messages[0][2].replace(b"\r\n", b"\n") == (out / "digest.eml").read_bytes().replace(b"\r\n", b"\n")
    inbox.messages.clear()
    sent = _send(
        str(out / "digest.eml"),
        "--smtp-host",
        "127.0.0.1",
        "--smtp-port",
        str(port),
        "--to",
        "ana@example.org",
        "--to",
        "ben@example.org",
    )
    assert sent.returncode == 0, sent.stderr
    assert b"sent to ana@example.org, ben@example.org" in sent.stderr
    assert len(inbox.messages) == 1
    mail_from, rcpts, data = inbox.messages[0]
    assert mail_from == "desk@example.org" and rcpts == ["ana@example.org", "ben@example.org"]
    msg = email.message_from_bytes(data, policy=email.policy.default)
    assert msg["Subject"] == "Lennox — Monday" and msg["To"] == "ana@example.org, ben@example.org"
    assert msg["Message-ID"] and msg["Date"]
    assert [p.get_content_type() for p in msg.walk()] == [
        "multipart/mixed",
        "multipart/alternative",
        "text/plain",
        "text/html",
        "application/pdf",
    ]
    text = msg.get_body(("plain",)).get_content()
    assert "IN THIS DIGEST" in text and "Harbour Authority approves night ferries" in text and "<" not in text
    html = msg.get_body(("html",)).get_content()
    assert 'style="' in html and "<script" not in html and len(html.encode()) < 102 * 1024
    pdf = next(p for p in msg.walk() if p.get_content_type() == "application/pdf")
    assert pdf.get_filename() == "digest.pdf" and pdf.get_content().startswith(b"%PDF")


def test_refused_recipients_are_named_and_the_rest_reported(tmp_path: Path, smtp_server: tuple[Inbox, int]) -> None:
    inbox, port = smtp_server
    inbox.refuse = {"gone@example.org"}
    eml = _eml(tmp_path, sender="desk@example.org")
    result = _send(
        str(eml),
        "--smtp-host",
        "127.0.0.1",
        "--smtp-port",
        str(port),
        "--to",
        "ana@example.org",
        "--to",
        "gone@example.org",
    )
    assert result.returncode == 1
    err = result.stderr.decode().strip()
    assert len(err.splitlines()) == 1
    assert "sent to ana@example.org only" in err and "gone@example.org (550 5.1.1 No such mailbox)" in err
    assert [m[1] for m in inbox.messages] == [["ana@example.org"]]

    inbox.messages.clear()
    every = _send(str(eml), "--smtp-host", "127.0.0.1", "--smtp-port", str(port), "--to", "gone@example.org")
    assert every.returncode == 1 and b"refused every recipient, nothing was sent" in every.stderr
    assert inbox.messages == []


def test_connection_refused_is_one_clear_line(tmp_path: Path) -> None:
    port = _free_port()  # nothing listens there
    eml = _eml(tmp_path, sender="desk@example.org", recipients=["ana@example.org"])
    result = _send(str(eml), "--smtp-host", "127.0.0.1", "--smtp-port", str(port), "--smtp-timeout", "5")
    assert result.returncode == 1
    err = result.stderr.decode()
    assert err.startswith(f"briefgen: error: cannot connect to the SMTP server 127.0.0.1:{port}")
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_login_with_password_from_environment_or_file(tmp_path: Path, smtp_server: tuple[Inbox, int]) -> None:
    inbox, port = smtp_server
    eml = _eml(tmp_path, sender="desk@example.org", recipients=["ana@example.org"])
    base = [str(eml), "--smtp-host", "127.0.0.1", "--smtp-port", str(port), "--username", USER]
    ok = _send(*base, "--password-env", "LENNOX_SMTP_PW", env={"LENNOX_SMTP_PW": PASSWORD})
    assert ok.returncode == 0, ok.stderr
    secret = tmp_path / "pw"
    secret.write_text(PASSWORD + "\n")
    assert _send(*base, "--password-file", str(secret)).returncode == 0
    assert len(inbox.messages) == 2

    bad = _send(*base, "--password-env", "LENNOX_SMTP_PW", env={"LENNOX_SMTP_PW": "wrong"})
    assert bad.returncode == 1 and b"refused the login of desk" in bad.stderr and b"nothing was sent" in bad.stderr
    unset = _send(*base, "--password-env", "LENNOX_UNSET_PW")
    assert unset.returncode == 1 and b"LENNOX_UNSET_PW" in unset.stderr
    assert len(inbox.messages) == 2
    # a password on the command line is not an option at all
    assert _send(*base, "--password", PASSWORD).returncode != 0


def test_settings_from_briefgen_yaml(tmp_path: Path, smtp_server: tuple[Inbox, int]) -> None:
    inbox, port = smtp_server
    eml = _eml(tmp_path)  # placeholder From/To: the config supplies them
    (tmp_path / "briefgen.yaml").write_text(
        f"smtp:\n  host: 127.0.0.1\n  port: {port}\n  from: Desk <desk@example.org>\n  to: [cy@example.org]\n"
    )
    result = _send(str(eml), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert inbox.messages[0][:2] == ("desk@example.org", ["cy@example.org"])

    (tmp_path / "briefgen.yaml").write_text("smtp:\n  hots: 127.0.0.1\n")
    typo = _send(str(eml), cwd=tmp_path)
    assert typo.returncode == 1 and b"smtp.hots" in typo.stderr


def test_placeholder_recipients_are_never_mailed(tmp_path: Path, smtp_server: tuple[Inbox, int]) -> None:
    inbox, port = smtp_server
    result = _send(str(_eml(tmp_path, sender="desk@example.org")), "--smtp-host", "127.0.0.1", "--smtp-port", str(port))
    assert result.returncode == 1 and b"no recipients: give --to" in result.stderr
    assert inbox.messages == []
    # an address given on purpose is sent to, even at localhost
    local = _send(
        str(_eml(tmp_path, sender="desk@example.org")),
        "--smtp-host",
        "127.0.0.1",
        "--smtp-port",
        str(port),
        "--to",
        "ops@localhost",
    )
    assert local.returncode == 0, local.stderr
    assert inbox.messages[0][1] == ["ops@localhost"]


def test_merge_settings_puts_the_command_line_over_the_file() -> None:
    settings = merge_settings(
        {"host": "mail.example.org", "from": "a@example.org", "password_file": "/x"},
        {"host": None, "sender": "b@example.org", "security": "starttls", "password_env": "PW"},
    )
    assert settings.host == "mail.example.org" and settings.sender == "b@example.org"
    assert settings.effective_port == 587 and settings.password_env == "PW" and settings.password_file is None
    with pytest.raises(ConfigError, match="not both"):
        merge_settings({"password_env": "A", "password_file": "/b"}, {})


# --- hostile servers: a trickled reply, an endless reply ----------------------------------------------


@pytest.fixture
def raw_server() -> Iterator[tuple[int, list]]:
    """A socket server on 127.0.0.1 running ``behaviour[0](conn, stop)`` for each connection; bounded by ``stop``."""
    import threading

    behaviour: list = []
    stop = threading.Event()
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(4)
    listener.settimeout(0.2)

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except OSError:
                continue
            with conn:
                try:
                    behaviour[0](conn, stop)
                except OSError:  # the client hung up: what the tests want
                    pass

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield listener.getsockname()[1], behaviour
    finally:
        stop.set()
        thread.join(timeout=10)
        listener.close()


def _trickle(data: bytes, gap: float = 0.2, limit: float = 60.0):  # noqa: ANN202
    def run(conn: socket.socket, stop) -> None:  # noqa: ANN001
        conn.settimeout(5)
        started = time.monotonic()
        for i in range(len(data)):
            if stop.is_set() or time.monotonic() - started > limit:
                return
            conn.sendall(data[i : i + 1])
            time.sleep(gap)

    return run


def _endless_greeting(conn: socket.socket, stop) -> None:  # noqa: ANN001
    conn.settimeout(5)
    line = b"220-" + b"x" * 120 + b"\r\n"
    block = line * 1000
    for _ in range(400):  # 50 MB at most, so that even an unbounded client ends
        if stop.is_set():
            return
        conn.sendall(block)
    conn.sendall(b"220 ready\r\n")


def _settings(port: int, timeout: float):  # noqa: ANN202
    return merge_settings({}, {"host": "127.0.0.1", "port": port, "timeout": timeout})


def _message() -> EmailMessage:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "desk@example.org", "ana@example.org", "Night ferries"
    msg.set_content("The ferries will run at night.")
    return msg


def test_a_trickled_greeting_is_cut_off_by_the_step_deadline(raw_server: tuple[int, list]) -> None:
    from briefgen.digest.smtp import deliver
    from briefgen.errors import DeliveryError

    port, behaviour = raw_server
    # one byte every 0.2 s: each read is well within the timeout, the reply never is
    behaviour.append(_trickle(b"220 " + b"x" * 300 + b"\r\n"))
    with pytest.raises(DeliveryError, match="did not answer in full within 1 s"):
        deliver(_message(), "desk@example.org", ["ana@example.org"], _settings(port, 1.0))


def test_a_trickled_reply_to_ehlo_is_cut_off_too(raw_server: tuple[int, list]) -> None:
    from briefgen.digest.smtp import deliver
    from briefgen.errors import DeliveryError

    port, behaviour = raw_server

    def greet_then_trickle(conn: socket.socket, stop) -> None:  # noqa: ANN001
        conn.sendall(b"220 ready\r\n")
        conn.recv(1024)  # EHLO
        _trickle(b"250-" + b"y" * 300 + b"\r\n250 OK\r\n")(conn, stop)

    behaviour.append(greet_then_trickle)
    with pytest.raises(DeliveryError, match="did not answer in full within 1 s"):
        deliver(_message(), "desk@example.org", ["ana@example.org"], _settings(port, 1.0))


def test_an_endless_multiline_reply_is_refused(raw_server: tuple[int, list]) -> None:
    from briefgen.digest.smtp import MAX_REPLY_BYTES, deliver
    from briefgen.errors import DeliveryError

    port, behaviour = raw_server
    behaviour.append(_endless_greeting)
    with pytest.raises(DeliveryError, match=f"longer than {MAX_REPLY_BYTES:,} bytes"):
        deliver(_message(), "desk@example.org", ["ana@example.org"], _settings(port, 5.0))


def test_cli_send_to_a_trickling_server_is_one_line(tmp_path: Path, raw_server: tuple[int, list]) -> None:
    port, behaviour = raw_server
    behaviour.append(_trickle(b"220 " + b"x" * 300 + b"\r\n"))
    eml = _eml(tmp_path, sender="desk@example.org", recipients=["ana@example.org"])
    result = _send(str(eml), "--smtp-host", "127.0.0.1", "--smtp-port", str(port), "--smtp-timeout", "1")
    assert result.returncode == 1
    err = result.stderr.decode()
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert f"127.0.0.1:{port}" in err and "did not answer in full within 1 s" in err
