"""Reading raw input: size limits, binary detection, encoding detection."""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

from ..errors import BinaryInputError, EmptyInputError, InputError, InputTooLargeError

__all__ = ["DEFAULT_MAX_BYTES", "read_input", "decode_bytes", "normalise_text"]

DEFAULT_MAX_BYTES = 5 * 1024 * 1024


def read_input(path: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of ``path`` (``-`` for standard input), refusing more than ``max_bytes``."""
    try:
        if path == "-":
            data = sys.stdin.buffer.read(max_bytes + 1)
        else:
            p = Path(path)
            if p.is_dir():
                raise InputError(f"{path}: is a folder, not a file")
            with p.open("rb") as fh:
                data = fh.read(max_bytes + 1)
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder, not a file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    if len(data) > max_bytes:
        raise InputTooLargeError(f"{path}: larger than the limit of {max_bytes:,} bytes")
    return data


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample and not (sample.startswith((b"\xff\xfe", b"\xfe\xff"))):
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return bool(sample) and controls / len(sample) > 0.05


def decode_bytes(data: bytes, *, name: str = "<input>") -> str:
    """Text of ``data``: UTF-8 (BOM removed) first, then cp1252, then charset detection."""
    if not data.strip():
        raise EmptyInputError(f"{name}: the input is empty")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return normalise_text(data.decode("utf-16"))
        except UnicodeDecodeError:
            raise BinaryInputError(f"{name}: not readable as text (broken UTF-16)") from None
    if _looks_binary(data):
        raise BinaryInputError(f"{name}: looks like a binary file, not text")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return normalise_text(data.decode(encoding))
        except UnicodeDecodeError:
            continue
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise BinaryInputError(f"{name}: not readable as text in any known encoding")
    return normalise_text(str(best))


def normalise_text(text: str) -> str:
    """Unicode NFC, Unix line ends, no control characters but tab and newline."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    text = "".join(c for c in text if c in "\n\t" or unicodedata.category(c) != "Cc")
    if not text.strip():
        raise EmptyInputError("the input holds only whitespace")
    return text
