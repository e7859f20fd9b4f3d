"""The project file: ``briefgen.yaml`` in the working directory, validated as a whole.

One file holds the defaults of a working folder::

    team: teams/policy-desk      # default team pack, relative to this file
    smtp:                        # delivery defaults of 'briefgen send' and 'digest --send'
      host: smtp.example.org
      security: starttls
      from: briefs@example.org
      to: [desk@example.org]
    engine:                      # default summary engine and its options (see config/engine.py)
      name: llm
      options: {model: qwen2.5-7b-instruct, base_url: "http://127.0.0.1:8080/v1"}

Every problem in the file is reported at once, naming the file and the key;
unknown keys are errors (a typo must not be silently ignored). YAML is read
with the safe loader only.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ..errors import ConfigError
from ..safe_yaml import read_yaml
from .engine import EngineSection
from .smtp import SmtpSettings
from .team import format_errors

__all__ = ["PROJECT_FILE", "ProjectConfig", "load_project_config", "load_smtp_config"]

PROJECT_FILE = "briefgen.yaml"


class ProjectConfig(BaseModel):
    """What ``briefgen.yaml`` may hold."""

    model_config = ConfigDict(extra="forbid")

    team: str | None = Field(None, description="Default team pack folder, relative to briefgen.yaml.")
    smtp: SmtpSettings | None = Field(None, description="SMTP delivery defaults.")
    engine: EngineSection | None = Field(None, description="Default summary engine and its options.")


def load_project_config(cwd: str | Path | None = None) -> tuple[Path | None, ProjectConfig]:
    """The validated ``briefgen.yaml`` of ``cwd`` (default: the working directory) and its path.

    Returns ``(None, ProjectConfig())`` when there is no such file.
    """
    path = Path(cwd or Path.cwd()) / PROJECT_FILE
    if not path.is_file():
        return None, ProjectConfig()
    data = read_yaml(path)
    if data is None:
        return path, ProjectConfig()
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: must be a mapping of keys to values (got a {type(data).__name__})")
    try:
        return path, ProjectConfig.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(format_errors(str(path), ProjectConfig, exc)) from None


def load_smtp_config(cwd: str | Path | None = None) -> dict[str, Any]:
    """The ``smtp:`` mapping of ``briefgen.yaml`` in ``cwd`` (the whole file validated), or {} when absent."""
    _, config = load_project_config(cwd)
    if config.smtp is None:
        return {}
    return config.smtp.model_dump(by_alias=True, exclude_unset=True)
