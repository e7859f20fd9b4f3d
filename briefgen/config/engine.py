"""The ``engine:`` key of ``briefgen.yaml``: the summary engine of a working folder and its options.

::

    engine:
      name: llm                    # the engine 'build' and 'digest' use unless --engine says otherwise
      options:                     # that engine's options; --engine-option KEY=VALUE overrides one
        base_url: http://127.0.0.1:8080/v1
        model: qwen2.5-7b-instruct

The shape is checked here with the rest of the file; the options themselves are
checked by the engine, which knows them (every problem at once, naming the file).
An API key is never accepted here: the llm engine reads it from the environment
or from a file.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, field_validator

__all__ = ["EngineSection"]

Scalar = str | int | float | bool | None


class EngineSection(BaseModel):
    """What the ``engine:`` key may hold."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field("default", min_length=1, description="Summary engine (see 'briefgen engines').")
    options: dict[str, Scalar] = Field(default_factory=dict, description="The engine's options.")

    @field_validator("options")
    @classmethod
    def _no_secrets(cls, value: dict[str, Scalar]) -> dict[str, Scalar]:
        for key in value:
            if key.lower() in {"api_key", "apikey", "key", "token", "password", "secret"}:
                raise ValueError(
                    f"'{key}': secrets do not belong in briefgen.yaml; name an environment variable "
                    "(api_key_env) or a file (api_key_file) instead"
                )
        return value
