"""Render settings: the small, validated ``settings`` object every template sees.

Templates get these names in their context:

``brief``
    The :class:`~briefgen.model.Brief` being rendered.
``settings``
    A :class:`RenderSettings` (documented below). A team pack's ``team.yaml``
    is turned into one of these (see :mod:`briefgen.teams`).
``generated_at``
    A timezone-aware :class:`datetime.datetime` (UTC) of the rendering; it
    follows ``SOURCE_DATE_EPOCH`` when that is set, so builds can be
    reproducible.

Every value that ends up inside a stylesheet (colours, font names, page size)
is validated to a shape that cannot break out of its CSS declaration, so the
theme CSS built by :func:`theme_css` needs no further escaping.
"""

from __future__ import annotations

import os
from datetime import datetime, timezone
from typing import Annotated, Literal

from pydantic import AfterValidator, Field, ValidationError, field_validator

from ..config.values import (
    _GENERIC_FAMILIES,
    DEFAULT_SECTIONS,
    PAGE_SIZES,
    SECTION_NAMES,
    Classification,
    Colours,
    CssColour,
    FontFamily,
    PageSize,
    SectionName,
    SectionTitles,
    _Frozen,
    check_css_colour,
    check_date_format,
    check_font_family,
)
from ..errors import RenderError

__all__ = [
    "PageSize",
    "PAGE_SIZES",
    "SectionName",
    "SECTION_NAMES",
    "DEFAULT_SECTIONS",
    "CssColour",
    "FontFamily",
    "SectionTitles",
    "Colours",
    "FontFace",
    "Fonts",
    "Classification",
    "RenderSettings",
    "make_settings",
    "resolve_generated_at",
    "check_css_colour",
    "check_font_family",
    "check_date_format",
    "theme_css",
]


class FontFace(_Frozen):
    """One font file embedded with ``@font-face``; ``src`` is a ``data:`` URL made by the team loader."""

    family: FontFamily
    src: str = Field(pattern=r"^data:font/[a-z0-9.+-]+;base64,[A-Za-z0-9+/=]*$")
    weight: int = Field(400, ge=100, le=900)
    style: Literal["normal", "italic"] = "normal"


class Fonts(_Frozen):
    """Body and heading font families (first one available wins) and embedded font files."""

    body: tuple[FontFamily, ...] = ()
    heading: tuple[FontFamily, ...] = ()
    faces: tuple[FontFace, ...] = ()

    @field_validator("body", "heading", mode="before")
    @classmethod
    def _one_or_many(cls, value: object) -> object:
        return (value,) if isinstance(value, str) else value


class RenderSettings(_Frozen):
    """What a template may read besides the brief itself.

    Fields and defaults:

    ``page_size`` ("A4")
        PDF paper size: "A4", "Letter", "A5" or "Legal".
    ``max_actors`` (None) / ``max_quotes`` (None) / ``max_key_points`` (None)
        At most this many are shown; None shows them all. ``max_actors`` counts the
        people and organisations; places are listed on one line of their own.
    ``all_actors`` (False)
        Show every actor of the brief. By default an actor is shown when it has standing
        in the story: named more than once, given a role, quoted, or named in the bottom line (see
        :func:`briefgen.actor_names.has_standing`); the JSON always holds them all.
    ``unattributed_quotes`` (False)
        Show the statements whose speaker the engine could not name, as "unattributed". By
        default they stay in the JSON only: a brief is forwarded, and a quote without its speaker
        invites a wrong one.
    ``titles`` (:class:`SectionTitles`)
        Section headings.
    ``sections`` (bottom line, key points, actors, quotes, open questions)
        Which sections appear, in this order.
    ``fallback_title`` ("Briefing")
        Title shown when the brief has none.
    ``label`` (None)
        Short label printed above the title, e.g. a team name.
    ``show_generated_at`` (True)
        Whether the footer states when the brief was generated.
    ``team`` (None)
        Name of the team pack in use.
    ``colours``, ``fonts``, ``classification``, ``logo``, ``extra_css``
        Branding; ``logo`` is a ``data:image/...`` URL, ``extra_css`` the
        team's own stylesheets.
    ``date_format`` (None)
        strftime format of dates; None gives "21 March 2023".
    ``language`` ("en")
        Language of the page (the HTML ``lang`` attribute).
    ``recommended_actions_lines`` (4)
        Blank lines in the "Recommended actions" box.
    """

    page_size: PageSize = "A4"
    max_actors: int | None = Field(None, ge=0)
    all_actors: bool = False
    unattributed_quotes: bool = False
    max_quotes: int | None = Field(None, ge=0)
    max_key_points: int | None = Field(None, ge=0)
    titles: SectionTitles = Field(default_factory=SectionTitles)
    sections: tuple[SectionName, ...] = DEFAULT_SECTIONS  # type: ignore[assignment]
    fallback_title: str = "Briefing"
    label: str | None = None
    show_generated_at: bool = True
    team: str | None = None
    colours: Colours = Field(default_factory=Colours)
    fonts: Fonts = Field(default_factory=Fonts)
    classification: Classification | None = None
    logo: str | None = Field(None, pattern=r"^data:image/(svg\+xml|png|jpeg|gif|webp);base64,[A-Za-z0-9+/=]*$")
    extra_css: str = ""
    date_format: Annotated[str, AfterValidator(check_date_format)] | None = None
    language: str = Field("en", pattern=r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
    recommended_actions_lines: int = Field(4, ge=1, le=20)

    @field_validator("page_size", mode="before")
    @classmethod
    def _canonical_page_size(cls, value: object) -> object:
        # Accept "letter" or " a4 " from a command line or a config file.
        if isinstance(value, str):
            for size in PAGE_SIZES:
                if value.strip().lower() == size.lower():
                    return size
        return value

    @field_validator("sections")
    @classmethod
    def _no_repeats(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        repeated = sorted({name for name in value if value.count(name) > 1})
        if repeated:
            raise ValueError(f"a section is listed twice: {', '.join(repeated)}")
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


# Fallbacks after a team's fonts, so text never lands in a browser default: the fonts shipped
# with briefgen first (see briefgen.rendering.pdf), then common system ones.
_SERIF_STACK = '"Briefgen Noto Serif", "Noto Serif", Charter, "Bitstream Charter", Cambria, Georgia, "Liberation Serif", "DejaVu Serif", serif'
_SANS_STACK = '"Briefgen Noto Sans", "Noto Sans", "Helvetica Neue", Helvetica, Arial, "Liberation Sans", "DejaVu Sans", sans-serif'


def _font_stack(families: tuple[str, ...], fallback: str) -> str:
    names = [name if name in _GENERIC_FAMILIES else f'"{name}"' for name in families]
    return ", ".join([*names, fallback])


def _css_string(text: str) -> str:
    """Quote ``text`` as a CSS string: only letters stay, everything else is a CSS escape."""
    escaped = "".join(ch if ch.isalnum() or ch == " " else f"\\{ord(ch):x} " for ch in text)
    return f'"{escaped}"'


def theme_css(settings: RenderSettings) -> str:
    """Return the stylesheet that applies a team's colours, fonts and banner over the built-in CSS.

    Every value was validated by the settings model (colours by tinycss2, font
    names by a strict pattern) and the banner text is CSS-escaped, so nothing
    here can end the declaration or the ``<style>`` element. Empty when the
    settings hold no branding.
    """
    rules: list[str] = []
    for face in settings.fonts.faces:
        rules.append(
            f'@font-face {{ font-family: "{face.family}"; src: url({face.src}); '
            f"font-weight: {face.weight}; font-style: {face.style}; }}"
        )
    colours = settings.colours
    root: list[str] = []
    if colours.primary:
        root.append(f"--accent: {colours.primary};")
    if colours.accent:
        root.append(f"--accent-soft: {colours.accent};")
    if colours.text:
        root.append(f"--ink: {colours.text};")
    if colours.muted:
        root.append(f"--muted: {colours.muted};")
    if settings.fonts.body:
        root.append(f"--serif: {_font_stack(settings.fonts.body, _SERIF_STACK)};")
    if settings.fonts.heading:
        root.append(f"--sans: {_font_stack(settings.fonts.heading, _SANS_STACK)};")
    if root:
        rules.append(":root { " + " ".join(root) + " }")
    if colours.background:
        rules.append(f".brief {{ background: {colours.background}; }}")
        rules.append(f"@media print {{ html, body {{ background: {colours.background}; }} }}")
        rules.append(f"@page {{ background: {colours.background}; }}")
    banner = settings.classification
    if banner:
        rules.append(f".classification {{ background: {banner.colour}; color: {banner.text_colour}; }}")
        # Every PDF page carries the banner in its top margin; the on-page one is for screens.
        rules.append(
            f"@page {{ @top-center {{ content: {_css_string(banner.text)}; background: {banner.colour}; "
            f"color: {banner.text_colour}; font: 700 7.5pt/1.2 {_SANS_STACK}; letter-spacing: 0.12em; "
            "text-transform: uppercase; vertical-align: middle; text-align: center; height: 7mm; "
            "margin-top: 6mm; width: 34%; } @top-left { width: 33%; } @top-right { width: 33%; } }"
        )
    return "\n".join(rules)
