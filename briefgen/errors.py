"""The one error hierarchy of briefgen.

The library raises these; only the CLI turns them into one-line messages.
Every message is written to be shown to a user as it is.
"""

from __future__ import annotations

__all__ = [
    "BriefgenError",
    "InputError",
    "EmptyInputError",
    "BinaryInputError",
    "InputTooLargeError",
    "NoSentencesError",
    "FetchError",
    "PipelineError",
    "EngineError",
    "UnknownEngineError",
    "ModelServiceError",
    "ModelAnswerError",
    "TemplateError",
    "RenderError",
    "ConfigError",
    "OptionError",
    "OutputError",
    "DeliveryError",
    "RecipientsRefusedError",
]


class BriefgenError(Exception):
    """Root of every error briefgen raises on purpose."""


class InputError(BriefgenError):
    """Raised by ingest when an input cannot be read or is not an article."""


class EmptyInputError(InputError):
    """Raised by ingest when an input is empty or holds only whitespace."""


class BinaryInputError(InputError):
    """Raised by ingest when an input is binary data rather than text."""


class InputTooLargeError(InputError):
    """Raised by ingest when an input is over the configured size limit."""


class NoSentencesError(InputError):
    """Raised by summarize when the cleaned text holds no sentence to summarise."""


class FetchError(InputError):
    """Raised by ingest when a URL cannot be fetched."""


class PipelineError(BriefgenError):
    """Raised when the language pipeline (spaCy model) is missing or broken."""


class EngineError(BriefgenError):
    """Raised by a summary engine that cannot produce a brief."""


class UnknownEngineError(EngineError):
    """Raised by the engine registry when no engine has the requested name."""


class ModelServiceError(EngineError):
    """Raised by the llm engine's client when the model service gives no answer (unreachable, timeouts,
    HTTP errors once the retries are spent); the engine then falls back to the default engine."""


class ModelAnswerError(EngineError):
    """Raised by the llm engine when the model's answer cannot be used (a refusal, an empty answer, JSON
    that is still unreadable after one repair request); the engine then falls back to the default engine."""


class TemplateError(BriefgenError):
    """Raised by render when a template is missing, broken or unsafe."""


class RenderError(BriefgenError):
    """Raised by render when an output format cannot be produced."""


class ConfigError(BriefgenError):
    """Raised when a configuration file is invalid; the message lists every problem."""


class OptionError(BriefgenError):
    """Raised when an option or argument has a value briefgen cannot use (checked before any work)."""


class OutputError(BriefgenError):
    """Raised when an output file cannot be written."""


class DeliveryError(BriefgenError):
    """Raised by digest delivery when a message cannot be sent (connection, TLS, login, server refusal)."""


class RecipientsRefusedError(DeliveryError):
    """Raised when the SMTP server refused some or all recipients; ``accepted`` and ``refused`` list them."""

    def __init__(self, message: str, accepted: list[str] | None = None, refused: list[str] | None = None) -> None:
        super().__init__(message)
        self.accepted: list[str] = list(accepted or [])
        self.refused: list[str] = list(refused or [])
