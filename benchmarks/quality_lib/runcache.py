"""A fingerprint of everything a run's scores depend on, so that an unchanged rerun can reuse them.

The scores of a run are a function of: briefgen's files (code, models, word lists), the
harness's own code, the evaluation files read, the Python version and the installed
packages (spaCy, its model, pysbd, trafilatura ...). The engine is deterministic, so two
runs with one fingerprint give the same scores; the quality gate test keeps the last
run's scores under its fingerprint (pytest's cache) and checks them against the floors
again instead of running the engine again. Any change to one of those inputs is a new
fingerprint, hence a full run.
"""

from __future__ import annotations

import hashlib
import sys
from importlib import metadata
from pathlib import Path

__all__ = ["fingerprint"]

_HERE = Path(__file__).resolve().parent


def _hash_tree(h: "hashlib._Hash", root: Path) -> None:
    for path in sorted(root.rglob("*")):
        if not path.is_file() or "__pycache__" in path.parts or path.suffix in (".pyc", ".pyo"):
            continue
        h.update(str(path.relative_to(root)).encode("utf-8") + b"\0")
        h.update(path.read_bytes())
        h.update(b"\0")


def fingerprint(eval_files: list[Path], *, extra: str = "") -> str:
    """SHA-256 over briefgen's files, the harness's, ``eval_files``, Python and the installed packages."""
    import briefgen

    h = hashlib.sha256()
    _hash_tree(h, Path(briefgen.__file__).resolve().parent)
    _hash_tree(h, _HERE)
    for path in sorted(eval_files):
        h.update(path.name.encode("utf-8") + b"\0")
        h.update(path.read_bytes())
    h.update(sys.version.encode("utf-8"))
    packages = sorted(f"{d.metadata['Name']}=={d.version}" for d in metadata.distributions())
    h.update("\n".join(packages).encode("utf-8"))
    h.update(extra.encode("utf-8"))
    return h.hexdigest()
