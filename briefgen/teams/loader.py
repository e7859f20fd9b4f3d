"""Finding and loading team packs: ``team.yaml``, the ``extends:`` chain, the default team.

A team pack is a folder with a ``team.yaml``, an optional ``templates/``
folder and its assets (logo, fonts, CSS). :func:`load_team` reads a pack and
every pack it extends (depth first, cycles refused) into a :class:`TeamPack`,
which gives the renderer:

* ``template_dirs``: the ``templates/`` folders of the chain, the pack's own first;
* ``asset_dirs``: the pack folders, the only places files may be read from;
* :meth:`TeamPack.render_settings`: the merged settings (a pack's own keys win
  over those of the packs it extends, which win over the built-in defaults).

:func:`resolve_team_path` picks the team when none is given on the command
line: ``--team``, then ``BRIEFGEN_TEAM``, then ``team:`` in ``./briefgen.yaml``.
"""

from __future__ import annotations

import base64
import os
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from ..config.project import load_project_config
from ..config.team import FONT_TYPES, LOGO_TYPES, TeamConfig, read_team_file
from ..errors import ConfigError
from ..rendering.settings import RenderSettings, make_settings
from ..safe_yaml import read_yaml

__all__ = [
    "TEAM_FILE",
    "ENV_VAR",
    "TeamPack",
    "load_team",
    "read_yaml",
    "resolve_team_path",
    "ResolvedTemplate",
    "template_sources",
]

TEAM_FILE = "team.yaml"
ENV_VAR = "BRIEFGEN_TEAM"


def _data_url(path: Path, mime: str) -> str:
    return f"data:{mime};base64,{base64.b64encode(path.read_bytes()).decode('ascii')}"


@dataclass(frozen=True)
class TeamPack:
    """A loaded team pack and the packs it extends."""

    root: Path
    config: TeamConfig
    parents: tuple["TeamPack", ...] = ()

    @property
    def name(self) -> str:
        """The team's ``name``, else its folder name."""
        return self.config.name or self.root.name

    @property
    def team_file(self) -> Path:
        """The pack's ``team.yaml``."""
        return self.root / TEAM_FILE

    @property
    def chain(self) -> list["TeamPack"]:
        """This pack, then the packs it extends, depth first, each once."""
        seen: list[TeamPack] = []
        for pack in [self, *(p for parent in self.parents for p in parent.chain)]:
            if all(pack.root != other.root for other in seen):
                seen.append(pack)
        return seen

    @property
    def template_dirs(self) -> list[Path]:
        """The ``templates/`` folders of the chain that exist, this pack's first; each must be inside its pack."""
        return [folder for folder in (_pack_folder(p.root, "templates") for p in self.chain) if folder.is_dir()]

    @property
    def asset_dirs(self) -> list[Path]:
        """The folders of the chain: logo, fonts and CSS may only come from these."""
        return [p.root for p in self.chain]

    @property
    def key_points(self) -> int | None:
        """The number of key points the team asks for (``key_points``), from the chain."""
        for pack in self.chain:
            if pack.config.key_points is not None:
                return pack.config.key_points
        return None

    def render_settings(self) -> RenderSettings:
        """The merged render settings of the chain (computed once: files are read once per pack)."""
        return self._merged

    @cached_property
    def _merged(self) -> RenderSettings:
        # cached_property writes the instance __dict__ directly, so it works on a frozen dataclass.
        return self._merge()

    def _merge(self) -> RenderSettings:
        data: dict[str, Any] = {}
        faces: list[dict[str, Any]] = []
        css: list[str] = []
        # Farthest ancestor first, so nearer packs overwrite what they set.
        for pack in reversed(self.chain):
            part, pack_faces, pack_css = pack._own_settings()
            for key, value in part.items():
                if isinstance(value, dict) and isinstance(data.get(key), dict):
                    data[key] = {**data[key], **value}
                else:
                    data[key] = value
            faces += pack_faces
            css += pack_css
        fonts = data.pop("fonts", {})
        data["fonts"] = {**fonts, "faces": faces}
        data["extra_css"] = "\n".join(css)
        data["team"] = self.name
        data.setdefault("label", self.name)
        try:
            return make_settings(data)
        except Exception as exc:  # a combination the single files could not catch
            raise ConfigError(f"{self.team_file}: {exc}") from None

    def _own_settings(self) -> tuple[dict[str, Any], list[dict[str, Any]], list[str]]:
        """This pack's keys as render settings, with its files read into data: URLs and text."""
        cfg = self.config
        given = cfg.model_dump(exclude_unset=True)
        out: dict[str, Any] = {}
        for key in (
            "label",
            "page_size",
            "date_format",
            "language",
            "show_generated_at",
            "max_actors",
            "all_actors",
            "unattributed_quotes",
            "max_quotes",
            "sections",
        ):
            if key in given:
                out[key] = given[key]
        if "key_points" in given:
            out["max_key_points"] = given["key_points"]
        for key in ("colours", "titles"):
            if given.get(key) is not None:
                out[key] = getattr(cfg, key).model_dump(exclude_unset=True)
        if "classification" in given:
            out["classification"] = given["classification"]
        if cfg.recommended_actions is not None:
            out["recommended_actions_lines"] = cfg.recommended_actions.lines
        if cfg.logo is not None:
            path = self.root / cfg.logo
            out["logo"] = _data_url(path, LOGO_TYPES[path.suffix.lower()])
        faces: list[dict[str, Any]] = []
        if cfg.fonts is not None:
            fonts: dict[str, Any] = {}
            if cfg.fonts.body:
                fonts["body"] = tuple(cfg.fonts.body)
            if cfg.fonts.heading:
                fonts["heading"] = tuple(cfg.fonts.heading)
            if fonts:
                out["fonts"] = fonts
            for item in cfg.fonts.files:
                path = self.root / item.path
                faces.append(
                    {
                        "family": item.family,
                        "weight": item.weight,
                        "style": item.style,
                        "src": _data_url(path, FONT_TYPES[path.suffix.lower()]),
                    }
                )
        # "</" could end the <style> element the CSS is inlined into; "<\/" means the same in CSS.
        css = [
            (self.root / name).read_text(encoding="utf-8", errors="replace").replace("</", "<\\/") for name in cfg.css
        ]
        return out, faces, css


def _pack_folder(root: Path, name: str) -> Path:
    """The folder ``root/name``, refused when it (or a link on the way) leads outside the pack folder.

    Containment is checked against the resolved folder, so ``templates -> /``
    cannot make the whole file system a template (or PDF asset) folder.
    """
    folder = root / name
    if folder.is_symlink() or folder.exists():
        base = root.resolve()
        if not folder.resolve().is_relative_to(base):
            raise ConfigError(
                f"{root / TEAM_FILE}: the '{name}' folder leads outside the team pack "
                f"({folder} -> {folder.resolve()}): refused"
            )
    return folder


def _pack_root(path: str | Path) -> Path:
    target = Path(path).expanduser()
    if target.name == TEAM_FILE and target.is_file():
        target = target.parent
    if not target.is_dir():
        raise ConfigError(f"team pack not found: {path} (a folder with a {TEAM_FILE})")
    if not (target / TEAM_FILE).is_file():
        raise ConfigError(f"{target}: not a team pack: it has no {TEAM_FILE}")
    return target.resolve()


def load_team(path: str | Path, *, _stack: tuple[Path, ...] = ()) -> TeamPack:
    """Load the team pack at ``path`` (its folder or its ``team.yaml``) and the packs it extends.

    Raises ConfigError for a missing pack, invalid YAML, invalid keys (all of a
    file's problems in one message) and ``extends:`` cycles.
    """
    root = _pack_root(path)
    if root in _stack:
        cycle = " -> ".join(str(p) for p in (*_stack[_stack.index(root) :], root))
        raise ConfigError(f"{root / TEAM_FILE}: 'extends' makes a cycle: {cycle}")
    team_file = root / TEAM_FILE
    config = read_team_file(team_file, root=root)
    _pack_folder(root, "templates")
    parents: list[TeamPack] = []
    for entry in config.extends:
        target = root / Path(entry).expanduser()
        if not target.exists():
            raise ConfigError(f"{team_file}: 'extends': team pack not found: {entry} (looked in {target})")
        parents.append(load_team(target, _stack=(*_stack, root)))
    return TeamPack(root=root, config=config, parents=tuple(parents))


def resolve_team_path(
    option: str | Path | None = None,
    *,
    environ: Mapping[str, str] | None = None,
    cwd: str | Path | None = None,
) -> Path | None:
    """The team pack to use: ``option`` (``--team``), else ``$BRIEFGEN_TEAM``, else ``team:`` in ``briefgen.yaml``.

    The ``briefgen.yaml`` path is relative to that file's folder (the working
    directory). Returns None when no team is named anywhere.
    """
    if option:
        return Path(option).expanduser()
    env = os.environ if environ is None else environ
    value = env.get(ENV_VAR, "").strip()
    if value:
        return Path(value).expanduser()
    project, config = load_project_config(cwd)
    team = config.team
    if project is None or team is None:
        return None
    if not team.strip():
        raise ConfigError(f"{project}: 'team': must be the path of a team pack folder (got {team!r})")
    return project.parent / Path(team.strip()).expanduser()


@dataclass(frozen=True)
class ResolvedTemplate:
    """Where a template name resolves for a team: ``origin`` is "team", "extends" or "built-in"."""

    name: str
    origin: str
    path: Path
    pack: Path | None = None
    overrides_builtin: bool = False


def template_sources(pack: TeamPack | None) -> list[ResolvedTemplate]:
    """Every template name visible to ``pack`` (or to no team) and the file it resolves to, by name."""
    from ..rendering.environment import list_templates

    owners = {p.root / "templates": p for p in (pack.chain if pack else [])}
    found: list[ResolvedTemplate] = []
    for source in list_templates(pack.template_dirs if pack else None):
        if source.origin == "builtin":
            found.append(ResolvedTemplate(source.name, "built-in", source.path))
            continue
        folder = Path(str(source.path)[: -len(source.name)].rstrip("/\\"))
        owner = owners.get(folder)
        origin = "team" if owner is None or owner is pack else "extends"
        found.append(
            ResolvedTemplate(source.name, origin, source.path, owner.root if owner else None, source.overrides_builtin)
        )
    return found
