"""The ``team.yaml`` schema: it lives in :mod:`briefgen.config.team`; these names stay importable from here."""

from __future__ import annotations

from ..config.team import (
    FONT_TYPES,
    LOGO_TYPES,
    FontFile,
    FontsConfig,
    RecommendedActions,
    TeamConfig,
    format_errors,
    read_team_file,
    validate_team_config,
)

__all__ = [
    "TeamConfig",
    "FontFile",
    "FontsConfig",
    "RecommendedActions",
    "LOGO_TYPES",
    "FONT_TYPES",
    "validate_team_config",
    "read_team_file",
    "format_errors",
]
