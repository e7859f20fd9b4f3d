"""Writing outputs atomically: a temporary file in the same folder, then a rename.

A crash or an interrupt never leaves half a file, and an existing output is
replaced only by a complete new one. Several files are written all or none:
targets are checked before anything is replaced, and a failed rename puts
back the files already replaced.
"""

from __future__ import annotations

import os
import secrets
import shutil
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


def _check_target(path: Path) -> None:
    """Refuse a target that no rename can replace (a folder), before anything is replaced."""
    if path.is_dir() and not path.is_symlink():
        raise OutputError(f"{path}: cannot be written (a folder has that name)")


def _backup(path: Path) -> Path | None:
    """A second name for the file at ``path`` (a hard link, else a copy), so it can be put back; None if none."""
    if not os.path.lexists(path):
        return None
    for _ in range(100):
        backup = path.with_name(f".{path.name}.{secrets.token_hex(4)}.old")
        try:
            os.link(path, backup, follow_symlinks=False)
            return backup
        except FileExistsError:
            continue
        except OSError:  # no hard links on this file system: a copy does the same job
            shutil.copy2(path, backup, follow_symlinks=False)
            return backup
    raise OutputError(f"{path}: cannot be written (no free name for a backup)")


def write_all_atomic(files: dict[Path, bytes | str]) -> list[Path]:
    """Write several files all or none: every target is checked and every temporary written first.

    Then the existing targets get a second name (a hard link) and the
    temporaries are renamed over them; when a rename fails (or the process is
    interrupted) the files already replaced are put back, so the folder holds
    either every new file or every old one. A failure names the target.
    """
    paths = [Path(p) for p in files]
    for path in paths:
        _check_target(path)
    temps: list[tuple[Path, Path]] = []
    backups: dict[Path, Path | None] = {}
    renamed: list[Path] = []
    current: Path | None = None
    try:
        for path, data in zip(paths, files.values()):
            current = path
            payload = data.encode("utf-8") if isinstance(data, str) else data
            temps.append((_write_temp(path, payload), path))
        for _, path in temps:
            current = path
            backups[path] = _backup(path)
        for tmp, path in temps:
            current = path
            os.replace(tmp, path)
            renamed.append(path)
    except BaseException as exc:
        _roll_back(renamed, backups)
        for tmp, _ in temps:
            tmp.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            where = current if current is not None else (exc.filename or "output")
            raise OutputError(f"{where}: cannot be written ({exc.strerror or exc})") from None
        raise
    finally:
        for backup in backups.values():
            if backup is not None:
                backup.unlink(missing_ok=True)
    return paths


def _roll_back(renamed: list[Path], backups: dict[Path, Path | None]) -> None:
    """Put back the old files of ``renamed`` (or remove the new ones that had none); best effort."""
    for path in reversed(renamed):
        try:
            backup = backups.get(path)
            if backup is not None:
                os.replace(backup, path)
            else:
                path.unlink(missing_ok=True)
        except OSError:
            pass
