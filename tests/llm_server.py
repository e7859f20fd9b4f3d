"""A real chat-completions server on 127.0.0.1 that plays scripted answers: the llm engine's tests use it.

It speaks the OpenAI chat-completions protocol (``POST /v1/chat/completions``)
closely enough for the real client stack (httpx) to be exercised: status codes,
``Retry-After``, slow answers, refusals, raw bodies. Each request takes the
next scripted answer (the last one repeats). Every request's JSON body and
headers are recorded, and so is the most requests ever in flight at once.
The article and answers the tests script are invented.
"""

from __future__ import annotations

import http.server
import json
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

try:
    from .localhttp import serving
except ImportError:  # run as a top-level module (rootdir on sys.path)
    from localhttp import serving  # type: ignore[no-redef]


@dataclass
class Scripted:
    """One answer of the server."""

    content: str | None = None
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes | None = None  # a raw body: sent as it is
    delay: float = 0.0
    refusal: str | None = None
    finish_reason: str = "stop"

    def payload(self, model: str) -> bytes:
        if self.body is not None:
            return self.body
        if self.status != 200:
            return json.dumps({"error": {"message": f"scripted error {self.status}", "type": "server"}}).encode()
        message: dict[str, Any] = {"role": "assistant", "content": self.content}
        if self.refusal is not None:
            message["refusal"] = self.refusal
        return json.dumps(
            {
                "id": "chatcmpl-test",
                "object": "chat.completion",
                "model": model,
                "choices": [{"index": 0, "message": message, "finish_reason": self.finish_reason}],
            }
        ).encode()


def answer(data: dict[str, Any]) -> Scripted:
    """A scripted answer whose content is ``data`` as JSON."""
    return Scripted(content=json.dumps(data))


@dataclass
class ChatServer:
    """The script, and what the server saw."""

    script: list[Scripted] | Callable[[dict[str, Any]], Scripted]
    requests: list[dict[str, Any]] = field(default_factory=list)
    headers: list[dict[str, str]] = field(default_factory=list)
    in_flight: int = 0
    max_in_flight: int = 0
    #: when set, requests wait here until this many are in flight together (or the barrier times out)
    barrier: threading.Barrier | None = None
    port: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def next(self, body: dict[str, Any]) -> Scripted:
        with self._lock:
            if callable(self.script):
                return self.script(body)
            if len(self.script) > 1:
                return self.script.pop(0)
            return self.script[0]


def _handler(server: ChatServer) -> type[http.server.BaseHTTPRequestHandler]:
    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self) -> None:  # noqa: N802 - the name http.server calls
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length)
            try:
                body = json.loads(raw)
            except ValueError:
                body = {}
            with server._lock:
                server.requests.append(body)
                server.headers.append({k.lower(): v for k, v in self.headers.items()})
                server.in_flight += 1
                server.max_in_flight = max(server.max_in_flight, server.in_flight)
            try:
                if server.barrier is not None:
                    try:
                        server.barrier.wait()
                    except threading.BrokenBarrierError:
                        pass
                if self.path != "/v1/chat/completions":
                    scripted = Scripted(status=404)
                else:
                    scripted = server.next(body)
                if scripted.delay:
                    time.sleep(scripted.delay)
                data = scripted.payload(str(body.get("model")))
                self.send_response(scripted.status)
                self.send_header("Content-Type", "application/json")
                for key, value in scripted.headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
            except (BrokenPipeError, ConnectionResetError):  # the client gave up (its timeout)
                pass
            finally:
                with server._lock:
                    server.in_flight -= 1

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - quiet tests
            pass

    return Handler


@contextmanager
def chat_server(
    script: list[Scripted] | Callable[[dict[str, Any]], Scripted], barrier: threading.Barrier | None = None
) -> Iterator[ChatServer]:
    """Serve ``script`` on a free port of 127.0.0.1 for the duration of the block."""
    state = ChatServer(script, barrier=barrier)
    with serving(_handler(state)) as port:
        state.port = port
        yield state
