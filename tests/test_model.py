"""The Brief contract: field names, JSON round trip, schema, strictness."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from briefgen.model import Brief, Quote


def _brief() -> Brief:
    text = 'Leaders met. "We agree," Ms. Lee said.'
    return Brief(
        title="T",
        text=text,
        bottom_line="Leaders met.",
        key_points=[{"text": "Leaders met.", "spans": [(0, 12)]}],
        actors=[{"name": "Ana Lee", "kind": "person", "role": "minister", "aliases": ["Lee"], "mentions": 1}],
        quotes=[{"text": "We agree,", "speaker": "Ana Lee", "span": (14, 23)}],
        open_questions=[{"text": "Will they meet again?", "spans": []}],
    )


def test_round_trip() -> None:
    brief = _brief()
    assert Brief.from_json(brief.to_json()) == brief


def test_field_names_are_the_contract() -> None:
    data = _brief().model_dump()
    assert list(data) == [
        "schema_version",
        "title",
        "source",
        "bottom_line",
        "bottom_line_spans",
        "text",
        "key_points",
        "actors",
        "quotes",
        "open_questions",
        "engine",
    ]
    assert list(data["source"]) == ["outlet", "url", "author", "published", "genre", "rating"]
    assert list(data["actors"][0]) == ["name", "kind", "role", "aliases", "mentions"]
    assert list(data["quotes"][0]) == ["text", "speaker", "span", "kind", "context"]
    assert list(data["key_points"][0]) == ["text", "spans"]


def test_schema_version_is_1_4() -> None:
    assert _brief().schema_version == "1.4"


def test_quote_kind_is_told_from_the_text_when_absent() -> None:
    # a 1.0 brief has no kind: three words or fewer read as a term, longer ones as a statement
    old = Quote.model_validate_json('{"text": "a fair price", "speaker": null, "span": [0, 12]}')
    assert old.kind == "term"
    assert Quote(text="We open the harbour at dawn.", span=(0, 28)).kind == "statement"
    assert Quote(text="“ — U.S.-backed ”", span=(0, 17)).kind == "term"  # marks and dashes are no words
    # an engine's explicit kind is kept
    assert Quote(text="Go", span=(0, 2), kind="statement").kind == "statement"
    with pytest.raises(ValidationError):
        Quote(text="Go", span=(0, 2), kind="slogan")


def test_unknown_fields_are_rejected() -> None:
    with pytest.raises(ValidationError):
        Quote(text="x", speaker=None, span=(0, 1), extra=1)


def test_schema_lists_every_field() -> None:
    schema = Brief.json_schema()
    assert set(schema["properties"]) >= {"quotes", "actors", "key_points", "open_questions", "text"}
