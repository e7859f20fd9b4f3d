"""Configuration values that end up in a stylesheet or a page: each validated to a safe shape.

A colour, a font family name, a page size, a date format, section names and
titles, the classification banner. Both ``team.yaml`` (:mod:`briefgen.config.team`)
and the render settings (:mod:`briefgen.rendering.settings`) use these, so they
live here, below both: this module imports nothing of briefgen.

Every value that ends up inside a stylesheet is validated to a shape that
cannot break out of its CSS declaration.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

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
    "Classification",
    "check_css_colour",
    "check_font_family",
    "check_date_format",
]

#: Paper sizes the PDF output accepts. Kept to CSS ``@page size`` keywords, so a
#: value can be written into a stylesheet without any risk of CSS injection.
PageSize = Literal["A4", "Letter", "A5", "Legal"]
PAGE_SIZES: tuple[str, ...] = ("A4", "Letter", "A5", "Legal")

#: Sections a brief can show, each a block of the built-in templates.
SectionName = Literal["bottom_line", "key_points", "actors", "quotes", "open_questions", "recommended_actions"]
SECTION_NAMES: tuple[str, ...] = (
    "bottom_line",
    "key_points",
    "actors",
    "quotes",
    "open_questions",
    "recommended_actions",
)
#: The sections shown, in order, when nobody says otherwise.
DEFAULT_SECTIONS: tuple[str, ...] = ("bottom_line", "key_points", "actors", "quotes", "open_questions")

# Characters that could end a CSS declaration, a string or the <style> element.
_CSS_UNSAFE = re.compile(r"[;{}<>\"'\\\n\r]")
_FAMILY = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 ._-]{0,63}$")
_GENERIC_FAMILIES = {"serif", "sans-serif", "monospace", "cursive", "fantasy", "system-ui"}


def check_css_colour(value: str) -> str:
    """Return ``value`` if it is one CSS colour (name, #hex, rgb()/rgba()/hsl()/hsla()); else ValueError."""
    from tinycss2.color3 import parse_color  # tinycss2 comes with WeasyPrint; the import is light

    text = str(value).strip()
    if not text or _CSS_UNSAFE.search(text) or parse_color(text) is None:
        raise ValueError(
            f"not a CSS colour (got {value!r}), use a name such as 'navy', '#1d3c63', 'rgb(29, 60, 99)' "
            "or 'hsl(212, 55%, 25%)'"
        )
    return text


def check_font_family(value: str) -> str:
    """Return a font family name made of letters, digits, spaces, '.', '_' and '-'; else ValueError."""
    text = " ".join(str(value).split())
    if not _FAMILY.match(text):
        raise ValueError(
            f"not a font family name (got {value!r}), use letters, digits, spaces, '.', '_' or '-', "
            "e.g. 'Source Serif 4'"
        )
    return text


def check_date_format(value: str) -> str:
    """Return a strftime format that holds at least one %-directive and formats a date; else ValueError."""
    text = str(value)
    if "%" not in text or "\n" in text or len(text) > 64:
        raise ValueError(f"not a strftime date format (got {value!r}), e.g. '%d %B %Y' or '%Y-%m-%d'")
    try:
        datetime(2024, 1, 31, 9, 5).strftime(text)
    except ValueError as exc:
        raise ValueError(f"not a strftime date format (got {value!r}): {exc}") from None
    return text


CssColour = Annotated[str, AfterValidator(check_css_colour)]
FontFamily = Annotated[str, AfterValidator(check_font_family)]


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SectionTitles(_Frozen):
    """Headings of the brief's sections; a team can rename any of them (in its own language too).

    Defaults: ``bottom_line`` "Bottom line", ``key_points`` "Key points",
    ``actors`` "Actors", ``quotes`` "Quotes", ``open_questions`` "Open questions",
    ``recommended_actions`` "Recommended actions", ``source`` "Source"; ``terms``
    "Also in quotation marks" labels the line of short quoted terms under the quotes.
    """

    bottom_line: str = "Bottom line"
    key_points: str = "Key points"
    actors: str = "Actors"
    quotes: str = "Quotes"
    open_questions: str = "Open questions"
    recommended_actions: str = "Recommended actions"
    source: str = "Source"
    terms: str = "Also in quotation marks"


class Colours(_Frozen):
    """Theme colours (CSS colours); None keeps the built-in stylesheet's colour."""

    primary: CssColour | None = None
    accent: CssColour | None = None
    text: CssColour | None = None
    background: CssColour | None = None
    muted: CssColour | None = None


class Classification(_Frozen):
    """A handling banner shown at the top of the HTML page, of every PDF page and of the Markdown."""

    text: str = Field(min_length=1, max_length=120)
    colour: CssColour = "#b00020"
    text_colour: CssColour = "#ffffff"
