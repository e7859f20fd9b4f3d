"""briefgen: news articles in, analyst briefings out.

    from briefgen import summarize, render
    brief = summarize(text)
    html = render(brief, "html")
"""

from __future__ import annotations

import logging

from .errors import BriefgenError
from .model import Actor, Article, Brief, KeyPoint, OpenQuestion, Quote, Source

__all__ = [
    "summarize",
    "render",
    "Brief",
    "Article",
    "Source",
    "KeyPoint",
    "Actor",
    "Quote",
    "OpenQuestion",
    "BriefgenError",
    "__version__",
]

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())


def summarize(text: str, **kwargs):  # noqa: D103 - documented in briefgen.summarize
    from .summarize import summarize as _summarize

    return _summarize(text, **kwargs)


summarize.__doc__ = "Summarise article text into a Brief. See briefgen.summarize.summarize."


def render(brief: Brief, fmt: str, **kwargs):  # noqa: D103
    from .render import render as _render

    return _render(brief, fmt, **kwargs)


render.__doc__ = "Render a Brief as 'md', 'html', 'email' or 'pdf'. See briefgen.render.render."
