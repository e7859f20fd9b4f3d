"""A client for OpenAI-compatible chat-completions endpoints (hosted APIs, vLLM, llama.cpp, Ollama), on httpx.

One ``POST {base_url}/chat/completions`` per request. Timeouts, connection
failures, 429 and 5xx answers are retried up to ``retries`` times: after a 429
the client waits what ``Retry-After`` asks (seconds or an HTTP date), otherwise
``backoff`` seconds doubled at each try, never more than ``max_retry_wait``.
Other answers (401, 403, 404, a 400 that is not about the answer format) are not
retried. Structured output is asked for as a JSON schema; a server that refuses
that (400 or 422, or an error naming ``response_format``) is asked again with ``json_object`` and then with no format at
all, and the client remembers what worked. At most ``concurrency`` requests are
in flight at once, however many threads call it. A reply over 4 MiB is refused.
"""

from __future__ import annotations

import email.utils
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

import httpx

from .._version import __version__
from ..errors import ModelServiceError

__all__ = ["Reply", "ChatClient", "MAX_REPLY_BYTES", "parse_retry_after"]

MAX_REPLY_BYTES = 4 * 1024 * 1024
#: The answer formats tried in turn when the server refuses one (``structured_output="auto"``).
_FORMATS = ("json_schema", "json_object", "off")


@dataclass(frozen=True)
class Reply:
    """The first choice of a chat completion."""

    content: str | None
    refusal: str | None = None
    finish_reason: str | None = None


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delay seconds or an HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - (now or datetime.now(timezone.utc))).total_seconds())


def _detail(response_body: bytes) -> str:
    """The server's error message, one line, short."""
    text = response_body.decode("utf-8", "replace")
    try:
        data = json.loads(text)
        error = data.get("error", data) if isinstance(data, dict) else data
        message = error.get("message", error) if isinstance(error, dict) else error
        text = str(message)
    except ValueError:
        pass
    text = " ".join(text.split())
    return text[:160] + ("..." if len(text) > 160 else "")


class _Retry(Exception):
    """One failed try that may be tried again: why, and how long the server asked to wait (or None)."""

    def __init__(self, reason: str, wait: float | None = None, refused: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.wait = wait
        self.refused = refused


class ChatClient:
    """Chat completions against one endpoint and model; thread-safe."""

    def __init__(
        self,
        base_url: str,
        model: str,
        *,
        api_key: str | None = None,
        temperature: float = 0.0,
        max_tokens: int | None = None,
        timeout: float = 60.0,
        retries: int = 2,
        backoff: float = 1.0,
        max_retry_wait: float = 30.0,
        concurrency: int = 4,
        structured_output: str = "auto",
        schema: dict[str, Any] | None = None,
    ) -> None:
        self.url = base_url.rstrip("/") + "/chat/completions"
        self.model = model
        self.temperature = temperature
        self.max_tokens = max_tokens
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        self.max_retry_wait = max_retry_wait
        self.auto_format = structured_output == "auto"
        self.format = "json_schema" if self.auto_format else structured_output
        self.schema = schema
        self.headers = {"User-Agent": f"briefgen/{__version__}", "Accept": "application/json"}
        if api_key:
            self.headers["Authorization"] = f"Bearer {api_key}"
        self.sleep: Callable[[float], None] = time.sleep  # tests record the waits instead
        self.requests = 0  # HTTP requests sent, retries included
        #: Why the service is not asked any more in this run: it refused the connection on every try,
        #: or answered 401, 403 or 404 (a wrong key, URL or model does not mend itself between articles).
        self.broken: str | None = None
        self._slots = threading.BoundedSemaphore(concurrency)
        self._lock = threading.Lock()
        self._http: httpx.Client | None = None
        self._concurrency = concurrency

    def _client(self) -> httpx.Client:
        with self._lock:
            if self._http is None:
                limits = httpx.Limits(max_connections=self._concurrency, max_keepalive_connections=self._concurrency)
                self._http = httpx.Client(timeout=httpx.Timeout(self.timeout), limits=limits, headers=self.headers)
            return self._http

    def close(self) -> None:
        """Close the connections (a new request opens them again)."""
        with self._lock:
            if self._http is not None:
                self._http.close()
                self._http = None

    def _body(self, messages: list[dict[str, str]], fmt: str) -> dict[str, Any]:
        body: dict[str, Any] = {"model": self.model, "messages": messages, "temperature": self.temperature}
        if self.max_tokens:
            body["max_tokens"] = self.max_tokens
        if fmt == "json_schema" and self.schema is not None:
            body["response_format"] = {
                "type": "json_schema",
                "json_schema": {"name": "brief", "strict": True, "schema": self.schema},
            }
        elif fmt == "json_object":
            # "schema" is llama-cpp-python's extension (a grammar from the schema); a server that refuses it
            # is asked with no format at all
            body["response_format"] = {"type": "json_object"}
            if self.schema is not None:
                body["response_format"]["schema"] = self.schema
        return body

    def complete(self, messages: list[dict[str, str]]) -> Reply:
        """The model's reply to ``messages``; raises ModelServiceError when the service gives none."""
        if self.broken is not None:
            raise ModelServiceError(f"{self.broken}; not asked again in this run")
        attempts = self.retries + 1
        attempt = 0
        reason = "no request was sent"
        refused = True
        while attempt < attempts:
            fmt = self.format
            try:
                return self._try(self._body(messages, fmt))
            except _Retry as retry:
                reason = retry.reason
                refused = refused and retry.refused
                attempt += 1
                if attempt < attempts:
                    wait = retry.wait if retry.wait is not None else self.backoff * 2 ** (attempt - 1)
                    self.sleep(min(wait, self.max_retry_wait))
            except _FormatRefused:
                with self._lock:  # step down once, for every thread: the next format does not count as a retry
                    if self.format == fmt:
                        self.format = _FORMATS[_FORMATS.index(fmt) + 1]
        message = f"{reason} (after {attempts} attempt{'s' if attempts > 1 else ''})"
        if refused:
            self.broken = message
        raise ModelServiceError(message)

    def _try(self, body: dict[str, Any]) -> Reply:
        with self._slots:
            with self._lock:
                self.requests += 1
            try:
                with self._client().stream("POST", self.url, json=body) as response:
                    data = bytearray()
                    for chunk in response.iter_bytes():
                        data += chunk
                        if len(data) > MAX_REPLY_BYTES:
                            raise ModelServiceError(f"the reply of {self.url} is over {MAX_REPLY_BYTES:,} bytes")
                    status, headers = response.status_code, response.headers
            except httpx.TimeoutException:
                raise _Retry(f"{self.url} gave no answer within {self.timeout:g} s") from None
            except httpx.ConnectError as exc:
                raise _Retry(
                    f"cannot connect to {self.url} ({' '.join(str(exc).split()) or 'refused'})", refused=True
                ) from None
            except httpx.HTTPError as exc:  # the connection broke, a protocol error
                raise _Retry(f"{self.url}: {type(exc).__name__}: {' '.join(str(exc).split())}") from None
        if status == 200:
            return _reply(bytes(data), self.url)
        detail = _detail(bytes(data))
        if self.auto_format and self.format != _FORMATS[-1] and _refuses_format(status, detail):
            raise _FormatRefused()
        if status == 429 or status >= 500:
            wait = parse_retry_after(headers.get("retry-after")) if status in (429, 503) else None
            raise _Retry(f"{self.url} answered HTTP {status}{': ' + detail if detail else ''}", wait)
        message = f"{self.url} answered HTTP {status}{': ' + detail if detail else ''}"
        if status in (401, 403, 404):
            self.broken = message
        raise ModelServiceError(message)


def _refuses_format(status: int, detail: str) -> bool:
    """Whether an error answer refuses the answer format: a 400 or 422, or an error that names the format
    (llama-cpp-python's server answers a ``json_schema`` it does not know with a 500 naming ``response_format``)."""
    if status in (400, 422):
        return True
    return status >= 500 and any(word in detail.lower() for word in ("response_format", "json_schema"))


class _FormatRefused(Exception):
    """The server refused the answer format asked for (400 or 422)."""


def _reply(raw: bytes, url: str) -> Reply:
    try:
        data = json.loads(raw)
        choice = data["choices"][0]
        message = choice.get("message") or {}
    except (ValueError, KeyError, IndexError, TypeError, AttributeError):
        raise ModelServiceError(f"the reply of {url} is not a chat completion") from None
    content = message.get("content")
    if isinstance(content, list):  # content parts: keep the text ones
        content = "".join(str(p.get("text", "")) for p in content if isinstance(p, dict))
    refusal = message.get("refusal")
    return Reply(
        content=content if isinstance(content, str) else None,
        refusal=refusal if isinstance(refusal, str) and refusal.strip() else None,
        finish_reason=choice.get("finish_reason") if isinstance(choice.get("finish_reason"), str) else None,
    )
