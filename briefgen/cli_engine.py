"""The engine options of the command line, shared by ``build`` and ``digest`` (click only: no heavy import)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click

__all__ = ["engine_options"]

F = TypeVar("F", bound=Callable[..., Any])


def engine_options(func: F) -> F:
    """``--engine``, ``--engine-option KEY=VALUE`` (repeatable) and ``--no-cache``, shared by build and digest."""
    options = [
        click.option(
            "--engine",
            default=None,
            help="Summary engine (see 'briefgen engines'; default: engine.name in ./briefgen.yaml, else 'default').",
        ),
        click.option(
            "--engine-option",
            "engine_option",
            multiple=True,
            metavar="KEY=VALUE",
            help="An option of the engine, e.g. model=NAME (llm engine); repeatable; overrides engine.options "
            "in ./briefgen.yaml.",
        ),
        click.option("--no-cache", is_flag=True, help="llm engine: ask the model again, not its stored answers."),
    ]
    for option in reversed(options):
        func = option(func)
    return func
