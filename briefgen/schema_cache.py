"""The Brief's JSON Schema without importing pydantic: a stored copy, valid while the model is unchanged.

Importing pydantic and building the models takes about 0.2 s, more than the
rest of the CLI's start-up; ``briefgen schema`` prints the copy in
``brief.schema.json`` instead, when its fingerprint (a hash of ``model.py`` and
of pydantic's version file) matches the installed code, and otherwise builds
the schema from the model as before. Regenerate the copy after changing the
model::

    python -m briefgen.schema_cache
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
from pathlib import Path

__all__ = ["SCHEMA_FILE", "fingerprint", "generate_schema", "schema_text", "write_schema_file"]

#: The stored copy: ``{"fingerprint": ..., "schema": {...}}``.
SCHEMA_FILE = Path(__file__).with_name("brief.schema.json")
_MODEL_FILE = Path(__file__).with_name("model.py")


def fingerprint() -> str:
    """A hash of what the schema depends on: the model's source and pydantic's version file."""
    digest = hashlib.sha256(_MODEL_FILE.read_bytes())
    spec = importlib.util.find_spec("pydantic")  # finds the package without importing it
    if spec is not None and spec.origin:
        version_file = Path(spec.origin).with_name("version.py")
        if version_file.is_file():
            digest.update(version_file.read_bytes())
    return digest.hexdigest()


def generate_schema() -> dict:
    """The schema built from the model (imports pydantic)."""
    from .model import Brief

    return Brief.json_schema()


def schema_text() -> str:
    """The schema as ``briefgen schema`` prints it: JSON indented by 2."""
    try:
        stored = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
        if stored.get("fingerprint") == fingerprint():
            return json.dumps(stored["schema"], indent=2)
    except (OSError, ValueError, KeyError, AttributeError):
        pass  # missing or damaged copy: build it
    return json.dumps(generate_schema(), indent=2)


def write_schema_file(path: Path = SCHEMA_FILE) -> Path:
    """Store the current schema and its fingerprint in ``path``."""
    data = {"fingerprint": fingerprint(), "schema": generate_schema()}
    path.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    return path


if __name__ == "__main__":
    print(write_schema_file())
