"""The SMTP delivery settings: the ``smtp:`` key of ``briefgen.yaml`` and the command line's options."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from ..errors import ConfigError

__all__ = ["SmtpSettings", "merge_settings"]

_DEFAULT_PORTS = {"none": 25, "starttls": 587, "ssl": 465}


class SmtpSettings(BaseModel):
    """SMTP delivery settings; the ``smtp:`` key of ``briefgen.yaml`` has the same fields.

    ``security`` is "none", "starttls" or "ssl" (implicit TLS); ``port``
    defaults to 25, 587 or 465 accordingly. ``password_env`` names an
    environment variable and ``password_file`` a file holding the password.
    """

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    host: str = "localhost"
    port: int | None = Field(None, ge=1, le=65535)
    security: Literal["none", "starttls", "ssl"] = "none"
    username: str | None = None
    password_env: str | None = None
    password_file: str | None = None
    sender: str | None = Field(None, alias="from")
    to: list[str] = Field(default_factory=list)
    timeout: float = Field(30.0, gt=0, le=600)

    @model_validator(mode="after")
    def _one_password_source(self) -> "SmtpSettings":
        if self.password_env and self.password_file:
            raise ValueError("give password_env or password_file, not both")
        return self

    @property
    def effective_port(self) -> int:
        """The port, or the usual one for the security mode."""
        return self.port or _DEFAULT_PORTS[self.security]


def _problems(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors():
        where = ".".join(str(p) for p in err["loc"]) or "smtp"
        parts.append(f"smtp.{where}: {err['msg']}" if where != "smtp" else f"smtp: {err['msg']}")
    return "; ".join(parts)


def merge_settings(config: dict[str, Any], overrides: dict[str, Any]) -> SmtpSettings:
    """Settings from the config file, with the command line's values (those not None) on top."""
    data = dict(config)
    if overrides.get("sender"):  # the config file spells it "from"
        data.pop("from", None)
    data.update({k: v for k, v in overrides.items() if v is not None and v != () and v != []})
    if overrides.get("password_env"):
        data.pop("password_file", None)
    elif overrides.get("password_file"):
        data.pop("password_env", None)
    try:
        return SmtpSettings.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(_problems(exc)) from None
