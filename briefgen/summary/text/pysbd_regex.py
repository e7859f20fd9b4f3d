"""A larger compiled-pattern cache for pysbd: the same regular expressions, compiled once.

pysbd builds its patterns as strings at every call (one per abbreviation found in
the text, and more) and leaves compiling them to :mod:`re`'s module cache, which
holds 512 patterns: an English paragraph walks through more than that, so the
cache thrashes and most calls compile their pattern again. Measured on news
text, a third of pysbd's time went to compiling.

:func:`install` gives pysbd's modules a stand-in for ``re`` whose functions
compile through a cache of :data:`CACHE_SIZE` patterns, then call the very same
:class:`re.Pattern` methods, so the sentences pysbd returns are unchanged.
"""

from __future__ import annotations

import importlib
import re
import threading
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Any

__all__ = ["CACHE_SIZE", "CachedRe", "install"]

#: Compiled patterns kept; pysbd's English rules and abbreviation variants need a few thousand.
CACHE_SIZE = 8192

#: pysbd modules that call ``re`` functions with string patterns.
_MODULES = (
    "pysbd.abbreviation_replacer",
    "pysbd.between_punctuation",
    "pysbd.cleaner",
    "pysbd.exclamation_words",
    "pysbd.lists_item_replacer",
    "pysbd.processor",
    "pysbd.punctuation_replacer",
    "pysbd.segmenter",
    "pysbd.utils",
    "pysbd.lang.common.common",
)

_lock = threading.Lock()
_installed = False


@lru_cache(maxsize=CACHE_SIZE)
def _compile_cached(pattern: str | bytes, flags: int) -> re.Pattern:
    return re.compile(pattern, flags)


def _compile(pattern: Any, flags: int) -> re.Pattern:
    if isinstance(pattern, re.Pattern):
        if flags:  # what re itself says for a compiled pattern with flags
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    return _compile_cached(pattern, flags)


class CachedRe:
    """The ``re`` functions pysbd calls, compiling through a larger cache; anything else is ``re``'s own."""

    def __getattr__(self, name: str) -> Any:
        return getattr(re, name)

    @staticmethod
    def sub(pattern: Any, repl: str | Callable[[re.Match], str], string: str, count: int = 0, flags: int = 0) -> str:
        """As :func:`re.sub`."""
        return _compile(pattern, flags).sub(repl, string, count)

    @staticmethod
    def findall(pattern: Any, string: str, flags: int = 0) -> list[Any]:
        """As :func:`re.findall`."""
        return _compile(pattern, flags).findall(string)

    @staticmethod
    def finditer(pattern: Any, string: str, flags: int = 0) -> Iterator[re.Match]:
        """As :func:`re.finditer`."""
        return _compile(pattern, flags).finditer(string)

    @staticmethod
    def search(pattern: Any, string: str, flags: int = 0) -> re.Match | None:
        """As :func:`re.search`."""
        return _compile(pattern, flags).search(string)

    @staticmethod
    def match(pattern: Any, string: str, flags: int = 0) -> re.Match | None:
        """As :func:`re.match`."""
        return _compile(pattern, flags).match(string)

    @staticmethod
    def split(pattern: Any, string: str, maxsplit: int = 0, flags: int = 0) -> list[Any]:
        """As :func:`re.split`."""
        return _compile(pattern, flags).split(string, maxsplit)


def install() -> None:
    """Point pysbd's modules at :class:`CachedRe` (once per process; a module pysbd lacks is skipped)."""
    global _installed
    if _installed:
        return
    with _lock:
        if _installed:
            return
        cached = CachedRe()
        for name in _MODULES:
            try:
                module = importlib.import_module(name)
            except ImportError:  # another pysbd version: leave that module on plain re
                continue
            if getattr(module, "re", None) is re:
                module.re = cached  # type: ignore[attr-defined]
        _installed = True
