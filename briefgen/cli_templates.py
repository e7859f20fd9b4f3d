"""``briefgen templates``: see which template a team gets, read one, copy a built-in into a pack.

    briefgen templates list [--team PATH]
    briefgen templates show NAME [--team PATH]
    briefgen templates copy NAME DEST [--force]

The team is chosen as for ``briefgen build``: ``--team``, else
``$BRIEFGEN_TEAM``, else ``team:`` in ``./briefgen.yaml``, else none.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from .errors import OutputError, TemplateError

if TYPE_CHECKING:
    from .teams.loader import TeamPack

__all__ = ["templates"]

_TEAM_HELP = "Team pack folder (default: $BRIEFGEN_TEAM, else 'team:' in ./briefgen.yaml)."


def _team(option: str | None) -> "TeamPack | None":
    """The team pack named by ``option``, ``$BRIEFGEN_TEAM`` or ``./briefgen.yaml``, loaded; None if none is."""
    from .teams.loader import load_team, resolve_team_path

    path = resolve_team_path(option)
    return None if path is None else load_team(path)


@click.group()
def templates() -> None:
    """List, show and copy the templates a brief is rendered from."""


@templates.command("list")
@click.option("--team", "team_path", metavar="PATH", default=None, help=_TEAM_HELP)
def list_command(team_path: str | None) -> None:
    """Show every template and where it resolves from for the team (team / extended pack / built-in)."""
    from .teams.loader import template_sources

    pack = _team(team_path)
    click.echo(f"team: {pack.name} ({pack.root})" if pack else "team: none (built-in templates only)")
    sources = template_sources(pack)
    width = max(len(s.name) for s in sources) + 2
    for source in sources:
        origin = f"extends {source.pack}" if source.origin == "extends" else source.origin
        note = (
            "  (overrides the built-in; default:" + source.name + " still reaches it)"
            if source.overrides_builtin
            else ""
        )
        click.echo(f"{source.name:<{width}}{origin:<10} {source.path}{note}")
    names = {s.name: s for s in sources}
    if pack and names["brief.md.j2"].origin != "built-in" and names["brief.html.j2"].origin == "built-in":
        click.echo(
            "note: this team gives brief.md.j2 but not brief.html.j2, so its HTML and PDF are made "
            "from its Markdown (through markdown.html.j2)"
        )


@templates.command("show")
@click.argument("name")
@click.option("--team", "team_path", metavar="PATH", default=None, help=_TEAM_HELP)
def show_command(name: str, team_path: str | None) -> None:
    """Print the source of template NAME as the team gets it (default:NAME is the built-in one)."""
    from .rendering.environment import builtin_template_dir
    from .teams.loader import template_sources

    if name.startswith("default:"):
        path = _builtin(name.removeprefix("default:"), builtin_template_dir())
        origin = "built-in"
    else:
        found = {s.name: s for s in template_sources(_team(team_path))}.get(name)
        if found is None:
            raise TemplateError(f"template not found: {name} (see 'briefgen templates list')")
        path, origin = found.path, found.origin
    click.echo(f"# {name}: {origin}, {path}", err=True)
    click.echo(path.read_text(encoding="utf-8"), nl=False)


def _builtin(name: str, folder: Path) -> Path:
    path = (folder / name).resolve()
    if not path.is_relative_to(folder.resolve()) or not path.is_file():
        known = ", ".join(sorted(p.name for p in folder.iterdir() if p.is_file()))
        raise TemplateError(f"no built-in template {name!r}; built-in templates: {known}")
    return path


@templates.command("copy")
@click.argument("name")
@click.argument("dest", type=click.Path(path_type=Path))
@click.option("--force", is_flag=True, help="Replace the file if it exists.")
def copy_command(name: str, dest: Path, force: bool) -> None:
    """Copy built-in template NAME into a team pack as a starting point.

    DEST is a team pack folder (the file goes to DEST/templates/NAME), a
    templates/ folder, or a file path.
    """
    from .rendering.environment import builtin_template_dir

    source = _builtin(name.removeprefix("default:"), builtin_template_dir())
    if dest.is_dir() or not dest.suffix:
        folder = dest if dest.name == "templates" else dest / "templates"
        target = folder / source.name
        written_through: tuple[Path, ...] = (folder, target)
    else:
        target = dest
        written_through = (target,)
    # A pack may come from someone else: a link in it (even a dangling one) must not make
    # this create or overwrite a file elsewhere.
    for path in written_through:
        if path.is_symlink():
            raise OutputError(f"{path} is a symbolic link; refusing to write through it")
    if target.exists() and not force:
        raise OutputError(f"{target} already exists; use --force to replace it")
    from .output import write_atomic

    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot write {target}: {exc.strerror or exc}") from None
    # A new file renamed into place: a link that appears at the target meanwhile is replaced, not followed.
    write_atomic(target, source.read_bytes())
    click.echo(str(target))
