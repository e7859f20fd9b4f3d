"""The llm engine against a real endpoint: runs only when BRIEFGEN_LLM_BASE_URL (and a model) are set.

    BRIEFGEN_LLM_BASE_URL=http://127.0.0.1:8080/v1 BRIEFGEN_LLM_MODEL=local python -m pytest tests/test_llm_live.py

The key, if the endpoint needs one, is read from BRIEFGEN_LLM_API_KEY. Whatever the model writes,
the brief must be complete and every item of it supported by the article as the checks define it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefgen.summary import get_engine

from llm_fixtures import article

pytestmark = pytest.mark.skipif(
    not os.environ.get("BRIEFGEN_LLM_BASE_URL"), reason="live test: set BRIEFGEN_LLM_BASE_URL to run it"
)


def test_a_real_model_gives_a_complete_verified_brief(tmp_path: Path) -> None:
    engine = get_engine("llm", cache=False, timeout=float(os.environ.get("BRIEFGEN_LLM_TIMEOUT", "300")))
    brief = engine.summarize(article())
    assert brief.engine is not None and brief.engine.name == "llm"
    assert brief.bottom_line and len(brief.key_points) >= 3 and brief.quotes and brief.actors
    for quote in brief.quotes:
        assert brief.text[quote.span[0] : quote.span[1]] == quote.text
    print(brief.engine.model_dump_json())
