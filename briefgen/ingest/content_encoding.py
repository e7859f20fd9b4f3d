"""A response body's Content-Encoding undone step by step, each step bounded (gzip, deflate, brotli).

httpx decodes a whole network chunk at once: 3 KB of brotli became 4 GiB before a size check could
see it. Here every decoder hands on at most _DECODE_CHUNK bytes at a time, so the caller's cap
(:mod:`.fetch`) counts decoded bytes as they come.
"""

from __future__ import annotations

import functools
import zlib
from collections.abc import Iterable, Iterator

__all__ = ["accept_encoding", "brotli_module", "decoded"]

#: Decoded bytes handed on at a time: a decompressor never produces more than this in one step.
_DECODE_CHUNK = 64 * 1024


@functools.lru_cache(maxsize=1)
def brotli_module():  # noqa: ANN202 - the brotli module when it can bound its output, else None
    try:
        import brotli
    except ImportError:
        return None
    try:
        brotli.Decompressor().process(b"", output_buffer_limit=1)
    except (TypeError, AttributeError, brotli.error):  # brotli < 1.2 (or brotlicffi) cannot bound its output
        return None
    return brotli


def _inflate(raw: Iterable[bytes], wbits: int) -> Iterator[bytes]:
    """zlib/gzip/raw deflate of ``raw``, never more than _DECODE_CHUNK bytes at a time."""
    decomp = zlib.decompressobj(wbits)
    raw = iter(raw)
    first = True
    for data in raw:
        while data and not decomp.eof:
            try:
                out = decomp.decompress(data, _DECODE_CHUNK)
            except zlib.error:
                if first and wbits == zlib.MAX_WBITS:  # "deflate" sent as raw deflate, as many servers do
                    yield from _inflate(_chain([data], raw), -zlib.MAX_WBITS)
                    return
                raise
            first = False
            if out:
                yield out
            data = decomp.unconsumed_tail
            while len(out) == _DECODE_CHUNK and not data and not decomp.eof:  # output still pending
                out = decomp.decompress(b"", _DECODE_CHUNK)
                if out:
                    yield out
        if decomp.eof:
            return
    while not decomp.eof:  # the body ended early: hand on what the decompressor still holds
        out = decomp.decompress(b"", _DECODE_CHUNK)
        if not out:
            break
        yield out


def _unbrotli(raw: Iterable[bytes], brotli) -> Iterator[bytes]:  # noqa: ANN001
    """Brotli of ``raw``, never more than _DECODE_CHUNK bytes at a time."""
    decomp = brotli.Decompressor()
    for data in raw:
        out = decomp.process(data, output_buffer_limit=_DECODE_CHUNK)
        while out:  # output still pending: drain it with empty input, a bounded step at a time
            yield out
            if decomp.is_finished():
                return
            out = decomp.process(b"", output_buffer_limit=_DECODE_CHUNK)
        if decomp.is_finished():
            return


def _chain(first: Iterable[bytes], rest: Iterable[bytes]) -> Iterator[bytes]:
    yield from first
    yield from rest


def accept_encoding() -> str:
    return "gzip, deflate, br" if brotli_module() is not None else "gzip, deflate"


def decoded(raw: Iterable[bytes], content_encoding: str | None) -> Iterator[bytes]:
    """The body's bytes with its Content-Encoding undone, step by step, each step bounded.

    httpx decodes a whole network chunk at once: 3 KB of brotli became 4 GiB
    before a size check could see it. Here every decoder hands on at most
    _DECODE_CHUNK bytes at a time, so the caller's cap counts decoded bytes as
    they come. Encodings not known here (zstd among them: it is not asked for)
    are passed on as they are, like httpx does, and counted as such.
    """
    stream: Iterable[bytes] = raw
    codings = [c.strip().lower() for c in (content_encoding or "").split(",") if c.strip()]
    for coding in reversed(codings):  # the last one applied is undone first
        if coding in ("gzip", "x-gzip"):
            stream = _inflate(stream, zlib.MAX_WBITS | 16)
        elif coding == "deflate":
            stream = _inflate(stream, zlib.MAX_WBITS)
        elif coding == "br" and brotli_module() is not None:
            stream = _unbrotli(stream, brotli_module())
    return iter(stream)
