"""Output formats as registered renderers: one class per format, looked up by name or alias.

Every output format (the built-in ``md``, ``html``, ``pdf``, ``json`` and
``docx`` as well as a plugin's) is a :class:`Renderer` subclass: its name, its
aliases, its file extension, whether it produces bytes, and how it renders a
brief (and, optionally, a digest). ``briefgen build -f``, the pipeline,
:func:`briefgen.rendering.render`, the digest and ``briefgen formats`` all ask
this registry, so a new format is one class in one place.

Third-party renderers register through the ``briefgen.renderers`` entry-point
group (``name = "package.module:RendererClass"``), read once on first lookup,
or with :func:`register_renderer`. A plugin that fails to import, or is not a
Renderer, is skipped and reported by :func:`broken_renderers` (and by
``briefgen formats``); it never breaks the other formats.
"""

from __future__ import annotations

import threading
from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from importlib.metadata import entry_points
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from ..errors import RenderError
from ..model import Brief

if TYPE_CHECKING:
    from ..digest.merge import Digest
    from ..teams.loader import TeamPack
    from .settings import RenderSettings

__all__ = [
    "ENTRY_POINT_GROUP",
    "BriefJob",
    "DigestJob",
    "Renderer",
    "register_renderer",
    "get_renderer",
    "renderers",
    "format_names",
    "broken_renderers",
    "resolve_format",
    "parse_format_list",
]

#: The entry-point group plugins add renderers through.
ENTRY_POINT_GROUP = "briefgen.renderers"

#: The built-in renderers, loaded through the same path as plugins.
BUILTIN_RENDERERS: dict[str, str] = {
    "md": "briefgen.rendering.formats:MarkdownRenderer",
    "html": "briefgen.rendering.formats:HtmlRenderer",
    "pdf": "briefgen.rendering.formats:PdfRenderer",
    "json": "briefgen.rendering.formats:JsonRenderer",
    "docx": "briefgen.rendering.docx:DocxRenderer",
}


@dataclass
class BriefJob:
    """Everything a renderer needs for one brief, resolved once by :func:`briefgen.rendering.render`.

    ``context`` is the template context (see :func:`briefgen.rendering.build_context`);
    ``template_dirs`` the team's template folders then the caller's; ``template``
    a template name that replaces the format's default; ``team`` the loaded team
    pack, if any.
    """

    brief: Brief
    settings: "RenderSettings"
    generated_at: datetime
    context: dict[str, Any]
    template_dirs: list[Path] = field(default_factory=list)
    template: str | None = None
    team: "TeamPack | None" = None


@dataclass
class DigestJob:
    """Everything a renderer needs for one digest; ``output(name)`` renders (once) another format of it."""

    digest: "Digest"
    template_dirs: list[Path] = field(default_factory=list)
    _done: dict[str, str | bytes] = field(default_factory=dict)

    def output(self, name: str) -> str | bytes:
        """The digest in format ``name``, rendered once per job (PDF is printed from the HTML)."""
        key = resolve_format(name)
        if key not in self._done:
            self._done[key] = get_renderer(key).render_digest(self)
        return self._done[key]


class Renderer(ABC):
    """One output format.

    Subclasses set ``name`` (lower case, the ``-f`` value), ``extension``
    (without the dot), ``binary`` (True when :meth:`render_brief` returns
    bytes), optionally ``aliases`` and a one-line ``description``, and
    implement :meth:`render_brief`. A format that can render a digest sets
    ``digest = True`` and implements :meth:`render_digest`.
    """

    name: ClassVar[str]
    extension: ClassVar[str]
    binary: ClassVar[bool] = False
    aliases: ClassVar[tuple[str, ...]] = ()
    description: ClassVar[str] = ""
    digest: ClassVar[bool] = False

    @abstractmethod
    def render_brief(self, job: BriefJob) -> str | bytes:
        """The brief in this format: ``str`` for text formats, ``bytes`` for binary ones."""

    def render_digest(self, job: DigestJob) -> str | bytes:
        """The digest in this format; formats without one raise RenderError."""
        raise RenderError(f"output format '{self.name}' cannot render a digest")


_registry: dict[str, type[Renderer]] = {}
_broken: dict[str, str] = {}
_loaded = False
_lock = threading.RLock()


def _check(cls: object, origin: str) -> type[Renderer]:
    if not (isinstance(cls, type) and issubclass(cls, Renderer)):
        raise TypeError(f"{origin} is not a briefgen.rendering.registry.Renderer subclass")
    for attr in ("name", "extension"):
        value = getattr(cls, attr, None)
        if not isinstance(value, str) or not value.strip() or value != value.strip().lower().lstrip("."):
            raise TypeError(f"{origin}: '{attr}' must be a lower-case name without a dot (got {value!r})")
    return cls


def register_renderer(cls: type[Renderer]) -> type[Renderer]:
    """Make ``cls`` available under its name and aliases (a class decorator; the last registration wins)."""
    _check(cls, getattr(cls, "__name__", repr(cls)))
    with _lock:
        _registry[cls.name] = cls
        _broken.pop(cls.name, None)
    return cls


def _load_all() -> None:
    global _loaded
    with _lock:
        if _loaded:
            return
        from ..plugins import load_plugins

        loaded, broken = load_plugins(BUILTIN_RENDERERS, lambda: entry_points(group=ENTRY_POINT_GROUP))
        for name, (_, exc) in broken.items():
            _broken[name] = f"{type(exc).__name__}: {' '.join(str(exc).split())}"
        for name, (target, obj) in loaded.items():
            try:  # a broken plugin must not break the other formats
                cls = _check(obj, f"renderer '{name}' ({target})")
            except Exception as exc:  # noqa: BLE001
                _broken[name] = f"{type(exc).__name__}: {' '.join(str(exc).split())}"
                continue
            _registry.setdefault(cls.name, cls)
        _loaded = True


def _reset() -> None:
    """Forget every renderer (tests use this to load the entry points again)."""
    global _loaded
    with _lock:
        _registry.clear()
        _broken.clear()
        _loaded = False


def renderers() -> list[type[Renderer]]:
    """Every available renderer: the built-in ones first, in their usual order, then plugins by name."""
    _load_all()
    order = list(BUILTIN_RENDERERS)
    return sorted(
        _registry.values(), key=lambda cls: (order.index(cls.name) if cls.name in order else len(order), cls.name)
    )


def format_names() -> list[str]:
    """The names of every available format, as :func:`renderers` orders them."""
    return [cls.name for cls in renderers()]


def broken_renderers() -> dict[str, str]:
    """Renderers that could not be loaded, by entry-point name, with the reason."""
    _load_all()
    return dict(_broken)


def resolve_format(fmt: str) -> str:
    """The registered name of ``fmt`` (a name or an alias, any case, a leading dot allowed); else RenderError."""
    _load_all()
    key = str(fmt).strip().lower().lstrip(".")
    if key in _registry:
        return key
    for cls in _registry.values():
        if key in cls.aliases:
            return cls.name
    hint = ""
    if key in _broken:
        hint = f" (its plugin could not be loaded: {_broken[key]})"
    raise RenderError(f"unknown output format {fmt!r}{hint}: choose one of {', '.join(format_names())}")


def get_renderer(fmt: str) -> Renderer:
    """A renderer instance for ``fmt`` (a name or an alias)."""
    return _registry[resolve_format(fmt)]()


def parse_format_list(value: str | Sequence[str], *, error: Callable[[str], Exception] = RenderError) -> list[str]:
    """``"md,markdown,pdf"`` -> ``["md", "pdf"]``: names resolved, repeats dropped; unknown names are one error."""
    items = value.split(",") if isinstance(value, str) else list(value)
    names = [str(v).strip() for v in items if str(v).strip()]
    resolved: list[str] = []
    unknown: list[str] = []
    for name in names:
        try:
            resolved.append(resolve_format(name))
        except RenderError:
            unknown.append(name)
    if unknown or not names:
        raise error(
            f"unknown output format {', '.join(repr(u) for u in unknown) or '(none)'}; "
            f"choose from {', '.join(format_names())}"
        )
    return list(dict.fromkeys(resolved))
