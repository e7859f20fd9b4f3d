"""The answers of the model on disk, so that rebuilding a brief or a digest does not ask again.

The key is a SHA-256 of what decides the answer: the endpoint, the model, the
temperature, the token limit, the prompt's version and the messages (which hold
the article). Only answers that could be read are stored, so a refusal or a
broken answer is asked again next time. Entries are JSON files written
atomically (a temporary file, then a rename) in a folder only the user can read:
articles may be confidential. A damaged or unreadable entry is a miss.

The folder is the ``cache_dir`` option, else ``$BRIEFGEN_CACHE_DIR/llm``, else
``$XDG_CACHE_HOME/briefgen/llm``, else ``~/.cache/briefgen/llm``.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
from pathlib import Path
from typing import Any

__all__ = ["AnswerCache", "default_cache_dir", "cache_key"]

_log = logging.getLogger(__name__)


def default_cache_dir() -> Path:
    """Where answers are kept when no ``cache_dir`` is given."""
    own = os.environ.get("BRIEFGEN_CACHE_DIR")
    if own:
        return Path(own).expanduser() / "llm"
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg).expanduser() if xdg else Path.home() / ".cache"
    return base / "briefgen" / "llm"


def cache_key(**parts: Any) -> str:
    """A stable hash of ``parts`` (JSON, keys sorted)."""
    blob = json.dumps(parts, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


class AnswerCache:
    """Answers keyed by :func:`cache_key`, one file each."""

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder).expanduser()

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str) -> str | None:
        """The stored answer of ``key``, or None."""
        try:
            data = json.loads(self._path(key).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        content = data.get("content") if isinstance(data, dict) else None
        return content if isinstance(content, str) else None

    def put(self, key: str, content: str) -> None:
        """Store ``content`` under ``key``; a cache that cannot be written only costs a warning in the log."""
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            fd, tmp = tempfile.mkstemp(prefix=".", suffix=".tmp", dir=path.parent)
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as fh:
                    json.dump({"content": content}, fh, ensure_ascii=False)
                os.replace(tmp, path)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except OSError as exc:
            _log.warning("the llm answer cache %s cannot be written: %s", self.folder, exc)
