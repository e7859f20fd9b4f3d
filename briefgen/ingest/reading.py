"""Reading raw input: size limits, binary detection, encoding detection."""

from __future__ import annotations

import os
import re
import stat
import sys
import unicodedata

from ..errors import BinaryInputError, EmptyInputError, InputError, InputTooLargeError

__all__ = ["DEFAULT_MAX_BYTES", "read_input", "decode_bytes", "normalise_text", "repair_text"]

DEFAULT_MAX_BYTES = 5 * 1024 * 1024

# UTF-8 continuation bytes 0x80-0xBF as cp1252 and as Latin-1 show them.
_CONTINUATION = "".join(re.escape(bytes([b]).decode("cp1252", errors="ignore") + chr(b)) for b in range(0x80, 0xC0))
#: UTF-8 read as cp1252: "â€" (curly quotes, dashes), "Ã"/"Â" + a continuation (accents, no-break space).
_MOJIBAKE = re.compile(rf"â[€\x80]|[ÂÃ][{_CONTINUATION}]")
#: Of the letters of cp1252-decoded text, at most this share may be non-ASCII (Western prose: a few per cent).
_MAX_CP1252_NON_ASCII = 0.15


def read_input(path: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of ``path`` (``-`` for standard input), refusing more than ``max_bytes``.

    Only regular files are read: a FIFO, a socket or a device (``/dev/zero``,
    ``/dev/stdin``) could block forever or never end, so it is refused before a
    byte is read. The file is opened without blocking and checked through its
    descriptor, so it cannot be swapped for a FIFO between the check and the read.
    """
    try:
        if path == "-":
            data = sys.stdin.buffer.read(max_bytes + 1)
        else:
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
            with os.fdopen(fd, "rb") as fh:
                mode = os.fstat(fd).st_mode
                if stat.S_ISDIR(mode):
                    raise InputError(f"{path}: is a folder, not a file")
                if not stat.S_ISREG(mode):
                    raise InputError(
                        f"{path}: not a regular file (a pipe, socket or device is not read; use - for standard input)"
                    )
                if hasattr(os, "set_blocking"):
                    os.set_blocking(fd, True)
                data = fh.read(max_bytes + 1)
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder, not a file") from None
    except (OSError, ValueError) as exc:  # ValueError: a NUL byte in the path
        raise InputError(f"{path}: cannot be read ({getattr(exc, 'strerror', None) or exc})") from None
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
    if data.lstrip()[:5] == b"%PDF-":
        raise BinaryInputError(
            f"{name}: a PDF, and briefgen does not read PDFs; save the article's web page "
            "as HTML, or copy its text into a .txt file, and give that"
        )
    if _looks_binary(data):
        raise BinaryInputError(f"{name}: looks like a binary file, not text")
    try:
        return normalise_text(repair_text(data.decode("utf-8-sig")))
    except UnicodeDecodeError:
        pass
    # Not UTF-8: most such news text is Windows Western (cp1252), which decodes
    # nearly any bytes, so it is taken only when it reads as Western prose.
    try:
        western: str | None = data.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    if western is not None and _reads_as_western(western):
        return normalise_text(repair_text(western))
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        if western is not None:
            return normalise_text(western)
        raise BinaryInputError(f"{name}: not readable as text in any known encoding")
    return normalise_text(repair_text(str(best)))


def _reads_as_western(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return True
    non_ascii = sum(1 for c in letters if not c.isascii())
    return non_ascii / len(letters) <= _MAX_CP1252_NON_ASCII


def repair_text(text: str) -> str:
    """Repair mojibake ("itâ€™s" -> "it’s") with ftfy, changing nothing else.

    Only the encoding fixes are on: curly quotes, ligatures, full-width
    characters, HTML entities and line breaks are left as the author wrote them,
    so clean text comes back unchanged (same characters, same length).
    """
    if text.isascii() or not _MOJIBAKE.search(text):
        # Only text with a mojibake signature goes to ftfy: on short clean text its
        # guesses can misfire ("ß£" is also the cp1252 view of one UTF-8 character).
        return text
    import ftfy

    config = ftfy.TextFixerConfig(
        unescape_html=False,
        remove_terminal_escapes=False,
        fix_encoding=True,
        restore_byte_a0=False,
        replace_lossy_sequences=False,
        decode_inconsistent_utf8=True,
        fix_c1_controls=True,
        fix_latin_ligatures=False,
        fix_character_width=False,
        uncurl_quotes=False,
        fix_line_breaks=False,
        fix_surrogates=True,
        remove_control_chars=False,
        normalization=None,
        explain=False,
    )
    return ftfy.fix_text(text, config)


def normalise_text(text: str) -> str:
    """Unicode NFC, Unix line ends, no control characters but tab and newline."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    text = "".join(c for c in text if c in "\n\t" or unicodedata.category(c) != "Cc")
    if not text.strip():
        raise EmptyInputError("the input holds only whitespace")
    return text
