"""The one YAML loader of briefgen: safe, and bounded in size, depth and numbers.

``team.yaml``, ``briefgen.yaml`` and Markdown front matter come from other
people. ``yaml.safe_load`` refuses Python tags but still expands aliases (nine
nested anchors make a billion-laughs document of gigabytes), builds numbers of
any length (Python refuses to convert one over 4,300 digits with a ValueError)
and recurses once per nesting level (RecursionError). This loader refuses
aliases, numbers longer than :data:`MAX_NUMBER_CHARS`, nesting deeper than
:data:`MAX_DEPTH` and files larger than :data:`MAX_YAML_BYTES`, each with a
one-line :class:`~briefgen.errors.ConfigError` naming the file, the line and
the key.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from yaml.events import AliasEvent
from yaml.nodes import Node, ScalarNode

from .errors import ConfigError

__all__ = ["MAX_YAML_BYTES", "MAX_DEPTH", "MAX_NUMBER_CHARS", "load_yaml_text", "read_yaml"]

#: Largest YAML file read: a configuration file is a few kilobytes.
MAX_YAML_BYTES = 1_000_000
#: Deepest nesting of mappings and lists.
MAX_DEPTH = 50
#: Longest number (in characters) a value may be written with.
MAX_NUMBER_CHARS = 100

_INT_TAG = "tag:yaml.org,2002:int"
_FLOAT_TAG = "tag:yaml.org,2002:float"


class _Refused(yaml.YAMLError):
    """A document this loader will not build; ``key`` is the dotted path of the value."""

    def __init__(self, problem: str, mark: Any, key: str) -> None:
        super().__init__(problem)
        self.problem = problem
        self.problem_mark = mark
        self.key = key


class _BoundedLoader(yaml.SafeLoader):
    """``yaml.SafeLoader`` without aliases, with bounded depth and number length."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._keys: list[str | None] = []

    def _key(self) -> str:
        text = ""
        for part in self._keys:
            if part is None:
                continue
            text += part if part.startswith("[") or not text else f".{part}"
        return text if len(text) <= 60 else text[:57] + "..."

    def compose_node(self, parent: Node | None, index: Any) -> Node | None:  # noqa: D102 - PyYAML's API
        if isinstance(index, ScalarNode):
            self._keys.append(str(index.value)[:80])
        elif isinstance(index, int) and not isinstance(index, bool):
            self._keys.append(f"[{index}]")
        else:
            self._keys.append(None)
        try:
            event = self.peek_event()
            if self.check_event(AliasEvent):
                raise _Refused(
                    f"YAML aliases (*{event.anchor}) are not allowed; write the value out",
                    event.start_mark,
                    self._key(),
                )
            if len(self._keys) > MAX_DEPTH:
                raise _Refused(f"nested more than {MAX_DEPTH} levels deep", event.start_mark, self._key())
            node = super().compose_node(parent, index)
            if (
                isinstance(node, ScalarNode)
                and node.tag in (_INT_TAG, _FLOAT_TAG)
                and len(node.value) > MAX_NUMBER_CHARS
            ):
                raise _Refused(f"a number longer than {MAX_NUMBER_CHARS} characters", node.start_mark, self._key())
            return node
        finally:
            self._keys.pop()


def _where(exc: BaseException, key: str = "") -> str:
    mark = getattr(exc, "problem_mark", None)
    parts = [f"line {mark.line + 1}"] if mark is not None else []
    if key:
        parts.append(f"key '{key}'")
    return f" ({', '.join(parts)})" if parts else ""


def _one_line(text: object) -> str:
    return " ".join(str(text).split())


def load_yaml_text(text: str, source: str) -> Any:
    """Parse YAML ``text`` with the bounded safe loader; every problem is a one-line ConfigError naming ``source``."""
    if len(text) > MAX_YAML_BYTES:
        raise ConfigError(f"{source}: larger than {MAX_YAML_BYTES // 1_000_000} MB; refused")
    loader = _BoundedLoader(text)
    try:
        return loader.get_single_data()
    except _Refused as exc:
        raise ConfigError(f"{source}{_where(exc, exc.key)}: {exc.problem}") from None
    except yaml.constructor.ConstructorError as exc:
        tag = str(exc.problem or "")
        if "python/" in tag or "!!python" in text:
            raise ConfigError(
                f"{source}{_where(exc)}: Python tags such as !!python/object are not allowed; "
                "write plain YAML values (text, numbers, lists, mappings)"
            ) from None
        raise ConfigError(f"{source}{_where(exc)}: unsupported YAML tag: {_one_line(tag)}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise ConfigError(f"{source}{where}: not valid YAML: {_one_line(problem)}") from None
    except (ValueError, OverflowError, RecursionError, MemoryError) as exc:
        # a value PyYAML recognised but Python cannot build, e.g. the date 2024-13-45
        raise ConfigError(f"{source}: not valid YAML: {type(exc).__name__}: {_one_line(exc)[:200]}") from None
    finally:
        loader.dispose()


def read_yaml(path: Path) -> Any:
    """Read and parse the YAML file ``path`` with :func:`load_yaml_text`, reading at most :data:`MAX_YAML_BYTES`."""
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_YAML_BYTES + 1)
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the file: {exc.strerror or exc}") from None
    if len(data) > MAX_YAML_BYTES:
        raise ConfigError(f"{path}: larger than {MAX_YAML_BYTES // 1_000_000} MB; refused")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: cannot read the file: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    return load_yaml_text(text, str(path))
