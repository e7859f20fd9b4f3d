"""Pluggable summary engines: a small abstract base, strict options, a registry keyed by name.

Built-in engines register through the same path as third-party ones: the
``briefgen.engines`` entry-point group, read once on first lookup.
"""

from __future__ import annotations

import logging
import threading
from abc import ABC, abstractmethod
from importlib.metadata import entry_points
from typing import ClassVar

from pydantic import BaseModel, ConfigDict, ValidationError

from ..errors import EngineError, UnknownEngineError
from ..model import Article, Brief

__all__ = ["EngineOptions", "Engine", "register_engine", "get_engine", "engine_names"]


class EngineOptions(BaseModel):
    """Options every engine accepts; engines subclass this to add their own."""

    model_config = ConfigDict(extra="forbid")

    max_key_points: int | None = None


class Engine(ABC):
    """A summary engine turns a cleaned article into a Brief."""

    name: ClassVar[str]
    Options: ClassVar[type[EngineOptions]] = EngineOptions

    def __init__(self, **options: object) -> None:
        try:
            self.options = self.Options(**options)
        except ValidationError as exc:
            problems = "; ".join(f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in exc.errors())
            raise EngineError(f"engine '{self.name}': invalid options: {problems}") from None

    @abstractmethod
    def summarize(self, article: Article) -> Brief:
        """Return the brief of ``article``."""


_log = logging.getLogger(__name__)

_registry: dict[str, type[Engine]] = {}
# Engines whose entry point failed to load: name -> why. Only asking for one of
# these by name is an error; the others stay usable.
_broken: dict[str, str] = {}
_loaded = False
_lock = threading.Lock()

DEFAULT_ENGINES = {"default": "briefgen.summary.default:DefaultEngine", "llm": "briefgen.llm.engine:LlmEngine"}


def register_engine(cls: type[Engine]) -> type[Engine]:
    """Class decorator: make ``cls`` available under ``cls.name``."""
    _registry[cls.name] = cls
    return cls


def _load_all() -> None:
    global _loaded
    with _lock:
        if _loaded:
            return
        from ..plugins import load_plugins

        loaded, broken = load_plugins(
            DEFAULT_ENGINES, lambda: entry_points(group="briefgen.engines"), skip=lambda name: name in _registry
        )
        for name, (target, exc) in broken.items():
            _broken[name] = f"engine '{name}' could not be loaded from {target}: {exc}"
        for name, (_, cls) in loaded.items():
            _registry[name] = cls
        _loaded = True


def engine_names() -> list[str]:
    """Names of every available engine."""
    _load_all()
    return sorted(_registry)


def get_engine(name: str = "default", **options: object) -> Engine:
    """An engine instance by name, with validated options."""
    _load_all()
    try:
        cls = _registry[name]
    except KeyError:
        if name in _broken:
            raise EngineError(_broken[name]) from None
        raise UnknownEngineError(
            f"no summary engine named '{name}'; available: {', '.join(sorted(_registry))}"
        ) from None
    return cls(**options)
