"""Ingest: raw input (text, file) in, a cleaned Article out."""

from __future__ import annotations

from ..model import Article
from .clean import clean_pasted_text
from .reading import DEFAULT_MAX_BYTES, decode_bytes, read_input

__all__ = ["ingest_text", "ingest_bytes", "ingest_path", "read_input", "decode_bytes", "DEFAULT_MAX_BYTES"]


def ingest_text(raw: str) -> Article:
    """Clean pasted article text: drop page clutter, recover headline and outlet."""
    return clean_pasted_text(raw)


def ingest_bytes(data: bytes, *, name: str = "<input>") -> Article:
    """Decode and clean the bytes of a text input."""
    return ingest_text(decode_bytes(data, name=name))


def ingest_path(path: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """Read, decode and clean a text file; ``-`` is standard input."""
    return ingest_bytes(read_input(path, max_bytes=max_bytes), name=path)
