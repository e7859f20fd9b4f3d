"""Fetching a URL safely: http(s) only, a timeout, a size cap, checked redirects, no private networks.

A briefing service that fetches what users ask for must not become a way into
the network it runs in. So every hop (the first URL and each redirect, which
is followed here rather than by httpx) has its host resolved and *every*
address checked: loopback, private, link-local, shared, reserved, multicast and
unspecified addresses are refused unless the caller allows private networks.
The connection then goes to the address that was checked (the Host header and
TLS server name stay the host's), so a DNS answer that changes between the
check and the connection cannot slip past it.
"""

from __future__ import annotations

import ipaddress
import os
import socket
import time
import zlib
from dataclasses import dataclass
from urllib.parse import urlsplit

from .._version import __version__
from ..errors import FetchError, InputTooLargeError
from .content_encoding import accept_encoding as _accept_encoding
from .content_encoding import brotli_module as _brotli
from .content_encoding import decoded as _decoded
from .reading import DEFAULT_MAX_BYTES

__all__ = [
    "USER_AGENT",
    "DEFAULT_TIMEOUT",
    "DEFAULT_DEADLINE",
    "fetch_deadline",
    "DEFAULT_MAX_REDIRECTS",
    "Fetched",
    "is_url",
    "check_host",
    "fetch_url",
]

USER_AGENT = f"briefgen/{__version__} (+https://github.com/briefgen)"
DEFAULT_TIMEOUT = 20.0
DEFAULT_MAX_REDIRECTS = 5
#: Seconds a whole fetch (every redirect, the connection and the download) may take; the timeout
#: only bounds each wait, so a server sending a byte a second could otherwise hold a fetch for days.
DEFAULT_DEADLINE = 60.0
#: Environment variable that overrides DEFAULT_DEADLINE (seconds).
DEADLINE_ENV = "BRIEFGEN_FETCH_DEADLINE"
_REDIRECTS = {301, 302, 303, 307, 308}
_ACCEPT = (
    "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
    "application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.1"
)

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


@dataclass
class Fetched:
    """A fetched resource: the final URL after redirects, its bytes and declared type."""

    url: str
    data: bytes
    content_type: str | None
    charset: str | None


def is_url(value: str) -> bool:
    """True for anything with a URL scheme ('https://...', 'ftp://...'); file paths are not URLs."""
    scheme, sep, _ = value.partition("://")
    return bool(sep) and scheme.isascii() and scheme.replace("+", "").replace(".", "").replace("-", "").isalnum()


#: NAT64 (RFC 6052): the last 32 bits are the IPv4 address the gateway connects to.
_NAT64 = ipaddress.ip_network("64:ff9b::/96")


def _is_forbidden(ip: IPAddress) -> bool:
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.is_site_local:  # fec0::/10, deprecated (RFC 3879): no public host has one
            return True
        # Addresses that carry an IPv4 address are judged by it: ::ffff:127.0.0.1 (mapped),
        # 2002:7f00:1:: (6to4), 64:ff9b::a00:1 (NAT64) reach 127.0.0.1 and 10.0.0.1.
        embedded = ip.ipv4_mapped or ip.sixtofour
        if embedded is None and ip in _NAT64:
            embedded = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
        if embedded is not None:
            return _is_forbidden(embedded)
    return (
        ip.is_private
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_reserved
        or ip.is_multicast
        or ip.is_unspecified
        or not ip.is_global
    )


def check_host(host: str, port: int, *, allow_private_network: bool = False, name: str | None = None) -> list[str]:
    """The addresses of ``host``, all checked; raises ``FetchError`` when one is not public.

    Every address counts, not only the first: a name that resolves to a public
    and a private address could be connected to either.
    """
    label = name or host
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"{label}: cannot resolve host {host!r} ({getattr(exc, 'strerror', None) or exc})") from None
    addresses = list(dict.fromkeys(str(info[4][0]).split("%", 1)[0] for info in infos))
    if not addresses:
        raise FetchError(f"{label}: host {host!r} has no address")
    if not allow_private_network:
        for address in addresses:
            if _is_forbidden(ipaddress.ip_address(address)):
                raise FetchError(
                    f"{label}: refused to fetch from {host} ({address} is a private, loopback, link-local or "
                    "reserved address); use --allow-private-network to allow it"
                )
    return addresses


def _check_url(url: str, name: str) -> tuple[str, str, int]:
    try:
        parts = urlsplit(url)
    except ValueError as exc:
        raise FetchError(f"{name}: not a valid URL ({exc})") from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise FetchError(f"{name}: only http and https URLs can be fetched, not {scheme or 'this'}:")
    try:
        host, port = parts.hostname, parts.port
    except ValueError:
        raise FetchError(f"{name}: the URL has an invalid port") from None
    if not host:
        raise FetchError(f"{name}: the URL has no host")
    if parts.username or parts.password:
        raise FetchError(f"{name}: URLs with a user name or password are not fetched")
    import httpx

    try:
        httpx.URL(url).raw_host.decode("ascii")
    except (httpx.InvalidURL, UnicodeError, ValueError) as exc:
        raise FetchError(f"{name}: not a valid URL ({exc})") from None
    return scheme, host, port or (443 if scheme == "https" else 80)


def _pinned_request(client, url: str, host: str, port: int, address: str):  # noqa: ANN001, ANN202
    """A GET of ``url`` sent to ``address``, with the Host header and TLS name of ``host``."""
    import httpx

    target = httpx.URL(url)
    ascii_host = target.raw_host.decode("ascii")  # IDNA form: headers and TLS names are ASCII
    default_port = 443 if target.scheme == "https" else 80
    host_header = ascii_host if ":" not in ascii_host else f"[{ascii_host}]"
    if port != default_port:
        host_header += f":{port}"
    extensions = {"sni_hostname": ascii_host} if target.scheme == "https" else {}
    return client.build_request(
        "GET", target.copy_with(host=address), headers={"Host": host_header}, extensions=extensions
    )


def fetch_deadline() -> float:
    """The total seconds a fetch may take: ``$BRIEFGEN_FETCH_DEADLINE`` when set, else DEFAULT_DEADLINE."""
    value = os.environ.get(DEADLINE_ENV, "").strip()
    if not value:
        return DEFAULT_DEADLINE
    try:
        seconds = float(value)
    except ValueError:
        seconds = -1.0
    if not 0 < seconds < float("inf"):
        raise FetchError(f"{DEADLINE_ENV}={value!r} is not a positive number of seconds")
    return seconds


def _read_capped(response, max_bytes: int, name: str, deadline_at: float, deadline: float) -> bytes:  # noqa: ANN001
    length = response.headers.get("content-length")
    if length and length.isdigit() and int(length) > max_bytes:
        raise InputTooLargeError(f"{name}: the page is larger than the limit of {max_bytes:,} bytes")
    chunks: list[bytes] = []
    size = 0
    try:
        for chunk in _decoded(response.iter_raw(), response.headers.get("content-encoding")):
            size += len(chunk)
            if size > max_bytes:
                raise InputTooLargeError(f"{name}: the page is larger than the limit of {max_bytes:,} bytes")
            if time.monotonic() > deadline_at:
                raise _deadline_error(name, deadline)
            chunks.append(chunk)
    except (zlib.error, EOFError) as exc:
        raise FetchError(f"{name}: the server sent a broken compressed page ({exc})") from None
    except Exception as exc:
        brotli = _brotli()
        if brotli is not None and isinstance(exc, brotli.error):
            raise FetchError(f"{name}: the server sent a broken compressed page ({exc})") from None
        raise
    return b"".join(chunks)


class _Watchdog:
    """Shuts the fetch's sockets down at the deadline, whatever httpx is waiting for then.

    The per-read timeout cannot stop a server that trickles its status line,
    headers or TLS handshake a byte at a time. httpcore reports each new
    connection through the request's documented ``trace`` extension; at the
    deadline a timer shuts those sockets down, which ends any read in progress.
    """

    def __init__(self, deadline_at: float) -> None:
        import threading

        self.fired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(max(0.0, deadline_at - time.monotonic()), self._fire)
        self._timer.daemon = True
        self._timer.start()

    def trace(self, event: str, info: dict) -> None:
        if event != "connection.connect_tcp.complete":
            return
        stream = info.get("return_value")
        sock = stream.get_extra_info("socket") if stream is not None else None
        if sock is not None:
            with self._lock:
                self._sockets.append(sock)
                if self.fired:
                    self._shut(sock)

    def _fire(self) -> None:
        with self._lock:
            self.fired = True
            for sock in self._sockets:
                self._shut(sock)

    @staticmethod
    def _shut(sock: socket.socket) -> None:
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:  # already closed
            pass

    def cancel(self) -> None:
        self._timer.cancel()


def _deadline_error(name: str, deadline: float) -> FetchError:
    return FetchError(
        f"{name}: the download took longer than the limit of {deadline:g} s (set {DEADLINE_ENV} to change it)"
    )


def fetch_url(
    url: str,
    *,
    allow_private_network: bool = False,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_redirects: int = DEFAULT_MAX_REDIRECTS,
    deadline: float | None = None,
    name: str | None = None,
) -> Fetched:
    """GET ``url`` with every safety check; raises ``FetchError`` (or ``InputTooLargeError``) with a one-line reason.

    ``timeout`` bounds each wait for the server; ``deadline`` (default
    :func:`fetch_deadline`, and never less than ``timeout``) bounds the whole
    fetch, redirects included: at the deadline its sockets are shut down,
    whatever it was waiting for (DNS look-ups excepted). ``max_bytes`` counts the bytes after
    decompression.
    """
    label = name or url
    deadline = max(deadline if deadline is not None else fetch_deadline(), timeout)
    deadline_at = time.monotonic() + deadline
    watchdog = _Watchdog(deadline_at)
    try:
        return _fetch(
            url,
            label,
            allow_private_network=allow_private_network,
            timeout=timeout,
            max_bytes=max_bytes,
            max_redirects=max_redirects,
            deadline=deadline,
            deadline_at=deadline_at,
            watchdog=watchdog,
        )
    except (FetchError, InputTooLargeError):
        if watchdog.fired:  # whatever broke when the sockets were shut down, the deadline did it
            raise _deadline_error(label, deadline) from None
        raise
    finally:
        watchdog.cancel()


def _fetch(
    url: str,
    label: str,
    *,
    allow_private_network: bool,
    timeout: float,
    max_bytes: int,
    max_redirects: int,
    deadline: float,
    deadline_at: float,
    watchdog: _Watchdog,
) -> Fetched:
    import httpx

    current = url
    for _hop in range(max_redirects + 1):
        _scheme, host, port = _check_url(current, label)
        addresses = check_host(host, port, allow_private_network=allow_private_network, name=label)
        # A client per hop: a pooled connection (made for another host's TLS name) is never reused.
        with httpx.Client(
            timeout=timeout,
            follow_redirects=False,
            trust_env=False,
            headers={"User-Agent": USER_AGENT, "Accept": _ACCEPT, "Accept-Encoding": _accept_encoding()},
        ) as client:
            response = None
            last_error: Exception | None = None
            for address in addresses:
                left = deadline_at - time.monotonic()
                if left <= 0:
                    raise _deadline_error(label, deadline)
                request = _pinned_request(client, current, host, port, address)
                # Each wait is bounded by what is left of the deadline too, and the watchdog ends it there.
                request.extensions["timeout"] = httpx.Timeout(min(timeout, left)).as_dict()
                request.extensions["trace"] = watchdog.trace
                try:
                    response = client.send(request, stream=True)
                    break
                except httpx.TimeoutException:
                    if time.monotonic() >= deadline_at:
                        raise _deadline_error(label, deadline) from None
                    raise FetchError(f"{label}: timed out after {timeout:g} s") from None
                except httpx.InvalidURL:  # httpx parses a redirect's Location itself: data:, javascript:, ...
                    raise FetchError(f"{label}: redirected to a URL that is not a valid http(s) URL") from None
                except httpx.RemoteProtocolError as exc:
                    if "location header" not in str(exc).lower():
                        last_error = exc
                        continue
                    raise FetchError(f"{label}: redirected to a URL that is not a valid http(s) URL") from None
                except httpx.HTTPError as exc:  # connection refused, TLS failure, ...: try the next address
                    last_error = exc
            if response is None:
                if watchdog.fired:
                    raise _deadline_error(label, deadline)
                reason = str(last_error) or type(last_error).__name__
                raise FetchError(f"{label}: cannot connect to {host} ({reason})")
            try:
                if response.status_code in _REDIRECTS and "location" in response.headers:
                    try:
                        current = str(httpx.URL(current).join(response.headers["location"]))
                    except (httpx.InvalidURL, ValueError, TypeError):
                        raise FetchError(f"{label}: redirected to an invalid URL") from None
                    continue
                if response.status_code >= 400:
                    raise FetchError(f"{label}: HTTP error {response.status_code} {response.reason_phrase}".rstrip())
                try:
                    data = _read_capped(response, max_bytes, label, deadline_at, deadline)
                except httpx.TimeoutException:
                    if time.monotonic() >= deadline_at:
                        raise _deadline_error(label, deadline) from None
                    raise FetchError(f"{label}: timed out after {timeout:g} s") from None
                except httpx.HTTPError as exc:
                    raise FetchError(f"{label}: the download failed ({exc})") from None
                content_type = response.headers.get("content-type")
                return Fetched(url=current, data=data, content_type=content_type, charset=_charset(content_type))
            finally:
                response.close()
    raise FetchError(f"{label}: too many redirects (more than {max_redirects})")


def _charset(content_type: str | None) -> str | None:
    for part in (content_type or "").split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            return value.strip("\"' ")
    return None
