"""Render settings: the small, validated ``settings`` object every template sees.

Templates get three names in their context:

``brief``
    The :class:`~briefgen.model.Brief` being rendered.
``settings``
    A :class:`RenderSettings` (documented below).
``generated_at``
    A timezone-aware :class:`datetime.datetime` (UTC) of the rendering; it
    follows ``SOURCE_DATE_EPOCH`` when that is set, so builds can be
    reproducible.
"""

from __future__ import annotations

import os
from datetime import datetime, timezone
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from ..errors import RenderError

__all__ = ["PageSize", "PAGE_SIZES", "SectionTitles", "RenderSettings", "make_settings", "resolve_generated_at"]

#: Paper sizes the PDF output accepts. Kept to CSS ``@page size`` keywords, so a
#: value can be written into a stylesheet without any risk of CSS injection.
PageSize = Literal["A4", "Letter", "A5", "Legal"]
PAGE_SIZES: tuple[str, ...] = ("A4", "Letter", "A5", "Legal")


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SectionTitles(_Frozen):
    """Headings of the brief's sections; a team can rename any of them.

    Defaults: ``bottom_line`` "Bottom line", ``key_points`` "Key points",
    ``actors`` "Actors", ``quotes`` "Quotes", ``open_questions`` "Open questions",
    ``source`` "Source".
    """

    bottom_line: str = "Bottom line"
    key_points: str = "Key points"
    actors: str = "Actors"
    quotes: str = "Quotes"
    open_questions: str = "Open questions"
    source: str = "Source"


class RenderSettings(_Frozen):
    """What a template may read besides the brief itself.

    Fields and defaults:

    ``page_size`` ("A4")
        PDF paper size: "A4", "Letter", "A5" or "Legal".
    ``max_actors`` (8)
        At most this many actors are shown (the brief lists the most important first).
    ``max_quotes`` (None)
        At most this many quotes are shown; None shows them all.
    ``titles`` (:class:`SectionTitles`)
        Section headings.
    ``fallback_title`` ("Briefing")
        Title shown when the brief has none.
    ``label`` (None)
        Short label printed above the title and in the PDF footer, e.g. a team
        name or a handling mark such as "Internal".
    ``show_generated_at`` (True)
        Whether the footer states when the brief was generated.
    """

    page_size: PageSize = "A4"
    max_actors: int = Field(8, ge=0)
    max_quotes: int | None = Field(None, ge=0)
    titles: SectionTitles = Field(default_factory=SectionTitles)
    fallback_title: str = "Briefing"
    label: str | None = None
    show_generated_at: bool = True

    @field_validator("page_size", mode="before")
    @classmethod
    def _canonical_page_size(cls, value: object) -> object:
        # Accept "letter" or " a4 " from a command line or a config file.
        if isinstance(value, str):
            for size in PAGE_SIZES:
                if value.strip().lower() == size.lower():
                    return size
        return value


def make_settings(settings: RenderSettings | dict | None = None, **overrides: object) -> RenderSettings:
    """Build validated settings from a model or a dict, applying keyword overrides.

    Overrides whose value is None are ignored, so callers can pass their
    optional arguments straight through. Invalid values raise RenderError with
    every problem on one line.
    """
    if isinstance(settings, RenderSettings):
        data = settings.model_dump()
    else:
        data = dict(settings or {})
    data.update({key: value for key, value in overrides.items() if value is not None})
    try:
        return RenderSettings.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or 'settings'}: {err['msg']}" for err in exc.errors()
        )
        raise RenderError(f"invalid render settings: {problems}") from None


def resolve_generated_at(generated_at: datetime | None = None) -> datetime:
    """Return ``generated_at`` as an aware UTC datetime, defaulting to now.

    ``SOURCE_DATE_EPOCH`` (the reproducible-builds convention) replaces "now"
    when it is set to an integer, so the same brief renders to the same bytes.
    """
    if generated_at is None:
        epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
        if epoch.isdigit():
            return datetime.fromtimestamp(int(epoch), tz=timezone.utc)
        return datetime.now(timezone.utc).replace(microsecond=0)
    if generated_at.tzinfo is None:
        # A naive datetime is taken as UTC rather than local time: briefs are
        # shared across time zones and the metadata must not depend on the host.
        return generated_at.replace(tzinfo=timezone.utc)
    return generated_at.astimezone(timezone.utc)
