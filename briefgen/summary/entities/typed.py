"""Mentions with their kinds decided: collected (:mod:`mentions`, :mod:`untagged`), then each
name's kind decided once from the evidence of all its mentions (:mod:`kinds`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .kinds import decide_kinds
from .mentions import collect_mentions
from .possessive_names import possessive_names

if TYPE_CHECKING:
    from ..text.analysis import Analysis
    from ..types import Mention

__all__ = ["typed_mentions"]


def typed_mentions(analysis: "Analysis") -> list["Mention"]:
    """Every mention of a person, organisation or place, in article order, its kind decided."""
    return decide_kinds(possessive_names(analysis, collect_mentions(analysis)), analysis.text)
