"""The project file ``briefgen.yaml``: it lives in :mod:`briefgen.config.project`; these names stay importable from here."""

from __future__ import annotations

from .config.project import PROJECT_FILE, ProjectConfig, load_project_config

__all__ = ["PROJECT_FILE", "ProjectConfig", "load_project_config"]
