"""Which summary engine a command uses, and with which options.

The engine is ``--engine``, else ``engine.name`` in ``./briefgen.yaml``, else
``default``. Its options are ``engine.options`` of ``briefgen.yaml`` (when that
section names the same engine) with each ``--engine-option KEY=VALUE`` on top.
Everything is checked here, before any article is read: the engine validates
its options (every problem at once); problems with options that come from
``briefgen.yaml`` alone name the file.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from .config.project import load_project_config
from .errors import ConfigError, EngineError, OptionError
from .model import Brief

__all__ = [
    "parse_engine_options",
    "resolve_engine",
    "engine_kwargs",
    "fallback_warning",
    "language_warning",
    "brief_warnings",
]


def parse_engine_options(pairs: Sequence[str]) -> dict[str, object]:
    """``["model=x", "timeout=5"]`` -> ``{"model": "x", "timeout": "5"}`` (the engine converts the values)."""
    options: dict[str, object] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        key = key.strip()
        if not sep or not key:
            raise OptionError(f"--engine-option takes KEY=VALUE (got {pair!r})")
        options[key.replace("-", "_")] = value.strip()
    return options


def resolve_engine(
    engine: str | None,
    option_pairs: Sequence[str] = (),
    *,
    no_cache: bool = False,
    cwd: str | Path | None = None,
) -> tuple[str, dict[str, object]]:
    """The engine's name and its validated options (``no_cache`` turns the engine's ``cache`` option off)."""
    from .summary import get_engine

    path, config = load_project_config(cwd)
    section = config.engine
    name = engine or (section.name if section is not None else "default")
    from_file: dict[str, object] = dict(section.options) if section is not None and section.name == name else {}
    from_cli = parse_engine_options(option_pairs)
    if from_file and not from_cli:
        try:
            get_engine(name, **from_file)
        except EngineError as exc:
            raise ConfigError(f"{path}: 'engine.options': {exc}") from None
    options = {**from_file, **from_cli}
    instance = get_engine(name, **options)  # unknown engine or bad options: one line, before any work
    if no_cache and "cache" in type(instance).Options.model_fields:
        options["cache"] = False
    return name, options


def fallback_warning(name: str, brief: Brief) -> str | None:
    """The one-line warning for a brief whose engine fell back to the default engine, or None."""
    record = brief.engine
    if record is None or record.fallback is None:
        return None
    reason = " ".join(record.fallback.split())
    return f"{name}: the {record.name} engine's answer was not used ({reason}); this brief is the default engine's"


def language_warning(name: str, brief: Brief) -> str | None:
    """The one-line warning for a default-engine brief of a text that does not read as English, or None."""
    from .lang.detect import reads_as_english

    if brief.engine is not None and brief.engine.fallback is None:
        return None  # another engine's answer: its model may read the language
    if reads_as_english(brief.text):
        return None
    return (
        f"{name}: the text does not read as English; the default engine parses English only, "
        "so the brief has no actors, quote speakers or open questions"
    )


def brief_warnings(name: str, brief: Brief) -> list[str]:
    """The one-line warnings ``build`` and ``digest`` print for a brief: an engine's answer not used,
    a text that does not read as English."""
    return [w for w in (fallback_warning(name, brief), language_warning(name, brief)) if w]


def engine_kwargs(max_key_points: int | None, engine_options: dict | None) -> dict:
    """The engine's options: ``engine_options`` with ``max_key_points`` (``-k``) on top when it is given."""
    kwargs = dict(engine_options or {})
    if max_key_points is not None or "max_key_points" not in kwargs:
        kwargs["max_key_points"] = max_key_points
    return kwargs
