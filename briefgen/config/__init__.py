"""Configuration: the schemas of every file briefgen reads settings from, and reading them.

* :mod:`briefgen.config.project`: ``briefgen.yaml`` (default team, SMTP defaults);
* :mod:`briefgen.config.team`: a team pack's ``team.yaml``;
* :mod:`briefgen.config.smtp`: the SMTP delivery settings;
* :mod:`briefgen.config.engine`: the ``engine:`` key (default summary engine, its options);
* :mod:`briefgen.config.values`: colours, font names, page sizes, sections, titles,
  validated to shapes that are safe inside a stylesheet.

YAML is read with the bounded loader :mod:`briefgen.safe_yaml`. This package
is a leaf: it imports only :mod:`briefgen.errors` and :mod:`briefgen.safe_yaml`
of briefgen, and the team loader, the renderer and the mailer import it.
"""

from __future__ import annotations

from .engine import EngineSection
from .project import PROJECT_FILE, ProjectConfig, load_project_config, load_smtp_config
from .smtp import SmtpSettings, merge_settings
from .team import TeamConfig, format_errors, read_team_file, validate_team_config

__all__ = [
    "EngineSection",
    "PROJECT_FILE",
    "ProjectConfig",
    "SmtpSettings",
    "TeamConfig",
    "format_errors",
    "load_project_config",
    "load_smtp_config",
    "merge_settings",
    "read_team_file",
    "validate_team_config",
]
