"""Plugins found through entry points: the loader the engine and renderer registries share.

A registry names its built-ins ("name" -> "module:attribute") and lists the entry
points of its group; every target is imported on its own, so one broken plugin (a
missing module, an import error, broken distribution metadata) costs only itself.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable, Iterable
from typing import Any

__all__ = ["load_plugins"]

_log = logging.getLogger(__name__)


def _targets(builtins: dict[str, str], list_entry_points: Callable[[], Iterable[Any]]) -> dict[str, str]:
    """The built-ins, then each entry point's target (a built-in keeps its name)."""
    targets = dict(builtins)
    try:
        plugins = list(list_entry_points())
    except Exception as exc:  # broken distribution metadata: the built-ins still work
        _log.warning("plugins could not be listed: %s", exc)
        return targets
    for ep in plugins:
        try:
            targets.setdefault(ep.name, ep.value)
        except Exception as exc:  # an unreadable entry point
            _log.warning("a plugin entry point is unreadable: %s", exc)
    return targets


def load_plugins(
    builtins: dict[str, str],
    list_entry_points: Callable[[], Iterable[Any]],
    skip: Callable[[str], bool] = lambda name: False,
) -> tuple[dict[str, tuple[str, Any]], dict[str, tuple[str, Exception]]]:
    """Import every target: ``(loaded, broken)``, as name -> (target, object) and name -> (target, error).

    ``skip`` names targets not to import (already registered by other means).
    """
    loaded: dict[str, tuple[str, Any]] = {}
    broken: dict[str, tuple[str, Exception]] = {}
    for name, target in _targets(builtins, list_entry_points).items():
        if skip(name):
            continue
        module, _, attr = target.partition(":")
        try:
            loaded[name] = (target, getattr(importlib.import_module(module), attr))
        except Exception as exc:  # a broken plugin must not break the others
            _log.warning("plugin '%s' could not be loaded from %s: %s", name, target, exc)
            broken[name] = (target, exc)
    return loaded, broken
