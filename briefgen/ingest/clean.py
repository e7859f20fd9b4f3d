"""Cleaning pasted page text. (stub: whitespace only)"""

from __future__ import annotations

import re

from ..errors import EmptyInputError
from ..model import Article

__all__ = ["clean_pasted_text"]


def clean_pasted_text(raw: str) -> Article:
    lines = [re.sub(r"[ \t]+", " ", l).strip() for l in raw.split("\n")]
    paras = [l for l in lines if l]
    if not paras:
        raise EmptyInputError("the input holds only whitespace")
    return Article(text="\n\n".join(paras))
