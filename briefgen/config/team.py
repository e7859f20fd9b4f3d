"""The ``team.yaml`` schema, its reading and its error messages.

Every key is optional; unknown keys and wrong types are errors. Validation
collects every problem of a file and reports them all in one
:class:`~briefgen.errors.ConfigError`, MkDocs style::

    teams/desk/team.yaml: 'colours.primary': not a CSS colour (got 'navvy') ...; 'sectons': unknown key (did you mean 'sections'?)

File paths (``logo``, ``css``, ``fonts.files[].path``, ``docx_reference``) are relative to the
pack folder and must stay inside it: they are checked during validation, with
the pack folder passed as the validation context.
"""

from __future__ import annotations

import difflib
import types
import typing
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic_core import ErrorDetails
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError, ValidationInfo, field_validator

from ..errors import ConfigError
from ..safe_yaml import read_yaml
from .values import (
    Classification,
    Colours,
    FontFamily,
    PageSize,
    SectionName,
    SectionTitles,
    check_date_format,
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

#: File extensions a logo may have, with the MIME type of its data: URL.
LOGO_TYPES: dict[str, str] = {
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".webp": "image/webp",
}
#: File extensions a font file may have, with the MIME type of its data: URL.
FONT_TYPES: dict[str, str] = {".woff2": "font/woff2", ".woff": "font/woff", ".ttf": "font/ttf", ".otf": "font/otf"}
_MAX_ASSET_BYTES = 5_000_000
#: The reference document of Word output (``docx_reference``).
_DOCX_TYPES = {".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}


def _pack_file(value: str, info: ValidationInfo, kinds: dict[str, str], what: str) -> str:
    """Check that ``value`` names an existing file of an allowed kind inside the pack folder."""
    text = str(value).strip()
    suffix = Path(text).suffix.lower()
    if suffix not in kinds:
        raise ValueError(f"{what} must be one of {', '.join(sorted(kinds))} (got {value!r})")
    root = (info.context or {}).get("root")
    if root is None:  # validated without a pack folder (tests of the schema alone)
        return text
    if Path(text).is_absolute():
        raise ValueError(f"must be a path inside the team pack, relative to team.yaml (got {value!r})")
    base = Path(root).resolve()
    target = (base / text).resolve()
    # resolve() follows symlinks, so a link leading out of the pack is refused too.
    if not target.is_relative_to(base):
        raise ValueError(f"must stay inside the team pack folder (got {value!r})")
    if not target.is_file():
        raise ValueError(f"file not found in the team pack: {text}")
    if target.stat().st_size > _MAX_ASSET_BYTES:
        raise ValueError(f"file is larger than {_MAX_ASSET_BYTES // 1_000_000} MB: {text}")
    return text


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class FontFile(_Strict):
    """A font file of the pack, declared with ``@font-face`` under ``family``."""

    family: FontFamily
    path: str
    weight: int = Field(400, ge=100, le=900)
    style: Literal["normal", "italic"] = "normal"

    @field_validator("path")
    @classmethod
    def _inside_pack(cls, value: str, info: ValidationInfo) -> str:
        return _pack_file(value, info, FONT_TYPES, "a font file")


def _as_list(value: object) -> object:
    return [value] if isinstance(value, str) else value


class FontsConfig(_Strict):
    """``fonts:`` body and heading families (a name or a list, first available wins) and font files."""

    body: list[FontFamily] | None = None
    heading: list[FontFamily] | None = None
    files: list[FontFile] = Field(default_factory=list)

    @field_validator("body", "heading", mode="before")
    @classmethod
    def _one_or_many(cls, value: object) -> object:
        return _as_list(value)


class RecommendedActions(_Strict):
    """``recommended_actions:`` the blank box for the analyst (shown when listed in ``sections``)."""

    lines: int = Field(4, ge=1, le=20)


class TeamConfig(_Strict):
    """One ``team.yaml``. Every key is optional; see the README for the reference table."""

    name: str | None = Field(None, min_length=1, max_length=80)
    extends: list[str] = Field(default_factory=list)
    label: str | None = Field(None, max_length=80)
    logo: str | None = None
    colours: Colours | None = None
    fonts: FontsConfig | None = None
    css: list[str] = Field(default_factory=list)
    page_size: PageSize | None = None
    classification: Classification | None = None
    sections: list[SectionName] | None = None
    titles: SectionTitles | None = None
    key_points: int | None = Field(None, ge=1, le=20)
    max_actors: int | None = Field(None, ge=0, le=100)
    all_actors: bool | None = None
    unattributed_quotes: bool | None = None
    max_quotes: int | None = Field(None, ge=0, le=100)
    date_format: Annotated[str, AfterValidator(check_date_format)] | None = None
    language: str | None = Field(None, pattern=r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
    show_generated_at: bool | None = None
    recommended_actions: RecommendedActions | None = None
    docx_reference: str | None = None

    @field_validator("extends", "css", mode="before")
    @classmethod
    def _one_or_many(cls, value: object) -> object:
        return _as_list(value)

    @field_validator("page_size", mode="before")
    @classmethod
    def _canonical_page_size(cls, value: object) -> object:
        if isinstance(value, str):
            for size in ("A4", "Letter", "A5", "Legal"):
                if value.strip().lower() == size.lower():
                    return size
        return value

    @field_validator("logo")
    @classmethod
    def _logo_inside_pack(cls, value: str | None, info: ValidationInfo) -> str | None:
        return None if value is None else _pack_file(value, info, LOGO_TYPES, "a logo")

    @field_validator("docx_reference")
    @classmethod
    def _reference_inside_pack(cls, value: str | None, info: ValidationInfo) -> str | None:
        return None if value is None else _pack_file(value, info, _DOCX_TYPES, "a Word reference document")

    @field_validator("css")
    @classmethod
    def _css_inside_pack(cls, value: list[str], info: ValidationInfo) -> list[str]:
        return [_pack_file(item, info, {".css": "text/css"}, "a stylesheet") for item in value]

    @field_validator("sections")
    @classmethod
    def _no_repeats(cls, value: list[str] | None) -> list[str] | None:
        names = value or []
        repeated = sorted({name for name in names if names.count(name) > 1})
        if repeated:
            raise ValueError(f"a section is listed twice: {', '.join(repeated)}")
        return value


# --------------------------------------------------------------------------- errors


def _model_at(model: type[BaseModel], loc: tuple[Any, ...]) -> type[BaseModel] | None:
    """The model class found by following ``loc`` (field names and list indexes) from ``model``."""
    current: Any = model
    for part in loc:
        if isinstance(part, int):
            continue  # a list index: the element type was already unwrapped
        if not (isinstance(current, type) and issubclass(current, BaseModel)) or part not in current.model_fields:
            return None
        current = _unwrap_model(current.model_fields[part].annotation)
    return current if isinstance(current, type) and issubclass(current, BaseModel) else None


def _unwrap_model(annotation: Any) -> Any:
    """The BaseModel inside ``X | None``, ``list[X]`` or ``Annotated[X, ...]``, if any."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType, list, tuple, typing.Annotated):
        for arg in typing.get_args(annotation):
            found = _unwrap_model(arg)
            if found is not None:
                return found
    return None


def _key_path(loc: tuple[Any, ...]) -> str:
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _show(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


#: Plain words for the type errors a hand-written YAML file usually has.
_TYPE_WORDS: dict[str, str] = {
    "string_type": "must be text",
    "int_type": "must be a whole number",
    "int_parsing": "must be a whole number",
    "int_from_float": "must be a whole number",
    "bool_type": "must be true or false",
    "bool_parsing": "must be true or false",
    "list_type": "must be a list",
    "dict_type": "must be a mapping",
    "missing": "is required",
}


def _describe(model: type[BaseModel], err: "ErrorDetails") -> str:
    loc = tuple(err["loc"])
    kind = err["type"]
    if kind == "extra_forbidden":
        parent = _model_at(model, loc[:-1])
        allowed = sorted(parent.model_fields) if parent is not None else []
        close = difflib.get_close_matches(str(loc[-1]), allowed, n=1, cutoff=0.6)
        hint = f"did you mean '{close[0]}'?" if close else f"allowed keys: {', '.join(allowed)}"
        return f"unknown key ({hint})"
    message = str(err["msg"]).removeprefix("Value error, ")
    if kind == "literal_error":
        expected = str(err.get("ctx", {}).get("expected", ""))
        return f"must be one of {expected} (got {_show(err.get('input'))})"
    if kind in _TYPE_WORDS:
        return _TYPE_WORDS[kind] if kind == "missing" else f"{_TYPE_WORDS[kind]} (got {_show(err.get('input'))})"
    if kind == "model_type":
        return f"must be a mapping of keys to values (got {_show(err.get('input'))})"
    if kind == "value_error" or "(got " in message:
        return message
    return f"{message[:1].lower()}{message[1:]} (got {_show(err.get('input'))})"


def format_errors(source: str, model: type[BaseModel], exc: ValidationError) -> str:
    """One line naming ``source`` and every problem: ``file: 'key': what is wrong; ...``."""
    seen: list[str] = []
    for err in exc.errors():
        line = f"'{_key_path(tuple(err['loc'])) or '(top level)'}': {_describe(model, err)}"
        if line not in seen:
            seen.append(line)
    return f"{source}: {'; '.join(seen)}"


def validate_team_config(data: object, *, source: str, root: Path | None) -> TeamConfig:
    """Validate the parsed YAML of one ``team.yaml``; raise ConfigError listing every problem."""
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError(f"{source}: must be a mapping of keys to values (got a {type(data).__name__})")
    try:
        return TeamConfig.model_validate(data, context={"root": root})
    except ValidationError as exc:
        raise ConfigError(format_errors(source, TeamConfig, exc)) from None


def read_team_file(path: Path, *, root: Path | None) -> TeamConfig:
    """Read one ``team.yaml`` with the bounded YAML loader and validate it (pack folder ``root``)."""
    return validate_team_config(read_yaml(path), source=str(path), root=root)
