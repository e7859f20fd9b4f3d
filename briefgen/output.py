"""Writing outputs atomically: a temporary file in the same folder, then a rename.

A crash or an interrupt never leaves half a file, and an existing output is
replaced only by a complete new one.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .errors import OutputError

__all__ = ["write_atomic", "write_all_atomic", "ensure_dir"]


def ensure_dir(path: Path) -> Path:
    """Create ``path`` (and parents) when missing; refuse when it is a file."""
    if path.exists() and not path.is_dir():
        raise OutputError(f"{path}: exists and is not a folder")
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{path}: cannot create the folder ({exc.strerror or exc})") from None
    return path


def _read_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


# read once at import: os.umask() sets the process-wide mask, which threads must not race on
_UMASK = _read_umask()


def _write_temp(path: Path, data: bytes) -> Path:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        # mkstemp creates 0600; outputs get the permissions a plain open() would give them
        os.fchmod(fd, 0o666 & ~_UMASK)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return Path(tmp)


def write_atomic(path: Path, data: bytes | str) -> Path:
    """Write ``data`` to ``path`` atomically."""
    return write_all_atomic({path: data})[0]


def write_all_atomic(files: dict[Path, bytes | str]) -> list[Path]:
    """Write several files: all temporaries first, then the renames, so a failure writes nothing."""
    temps: list[tuple[Path, Path]] = []
    try:
        for path, data in files.items():
            payload = data.encode("utf-8") if isinstance(data, str) else data
            temps.append((_write_temp(path, payload), path))
        for tmp, path in temps:
            os.replace(tmp, path)
    except OSError as exc:
        for tmp, _ in temps:
            tmp.unlink(missing_ok=True)
        raise OutputError(f"{exc.filename or 'output'}: cannot be written ({exc.strerror or exc})") from None
    except BaseException:
        for tmp, _ in temps:
            tmp.unlink(missing_ok=True)
        raise
    return list(files)
