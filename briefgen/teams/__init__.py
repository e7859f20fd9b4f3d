"""Team packs: per-team templates, settings and branding.

    from briefgen.teams import load_team, resolve_team_path
    pack = load_team("examples/teams/policy-desk")
    html = render(brief, "html", team=pack)

See :mod:`briefgen.config.team` for the ``team.yaml`` schema and
:mod:`briefgen.teams.loader` for how packs are found, extended and merged.
"""

from __future__ import annotations

from ..config.team import TeamConfig, validate_team_config
from .loader import ENV_VAR, TEAM_FILE, TeamPack, load_team, read_yaml, resolve_team_path

__all__ = [
    "ENV_VAR",
    "TEAM_FILE",
    "TeamConfig",
    "TeamPack",
    "load_team",
    "read_yaml",
    "resolve_team_path",
    "validate_team_config",
]
