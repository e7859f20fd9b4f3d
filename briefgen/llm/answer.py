"""Reading the model's answer: the JSON object inside the reply, item by item.

The reply is read leniently where that costs nothing (a Markdown code fence, a
``<think>`` block or a sentence around the object, ``"organisation"`` for
``"organization"``) and strictly everywhere else. An item of the wrong shape is
dropped alone (counted under ``malformed``); a reply with no readable object at
all, a refusal or an empty reply raises :class:`~briefgen.errors.ModelAnswerError`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from ..errors import ModelAnswerError
from .client import Reply

__all__ = ["Cited", "AnswerQuote", "AnswerActor", "Answer", "read_answer", "Unreadable"]

_KINDS = {
    "person": "person",
    "people": "person",
    "organization": "organization",
    "organisation": "organization",
    "org": "organization",
    "company": "organization",
    "institution": "organization",
    "place": "place",
    "location": "place",
    "country": "place",
    "city": "place",
    "region": "place",
}


class _Item(BaseModel):
    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)


class Cited(_Item):
    """A bottom line, key point or open question, and the sentence numbers it cites."""

    text: str
    sentences: list[int] = []


class AnswerQuote(_Item):
    """A quote as the model gives it: the words, the sentence they are in, the speaker."""

    text: str
    sentence: int | None = None
    speaker: str | None = None


class AnswerActor(_Item):
    """An actor as the model gives it."""

    name: str
    kind: Literal["person", "organization", "place"]
    role: str | None = None

    @field_validator("kind", mode="before")
    @classmethod
    def _kind(cls, value: object) -> object:
        return _KINDS.get(value.strip().lower(), value) if isinstance(value, str) else value


@dataclass
class Answer:
    """The items of one answer that have the right shape."""

    bottom_line: Cited | None = None
    key_points: list[Cited] = field(default_factory=list)
    quotes: list[AnswerQuote] = field(default_factory=list)
    actors: list[AnswerActor] = field(default_factory=list)
    open_questions: list[Cited] = field(default_factory=list)
    #: items dropped because they did not have the right shape
    malformed: int = 0


class Unreadable(ModelAnswerError):
    """The reply holds no JSON object of the answer's shape: worth one repair request."""


_FENCE = re.compile(r"```(?:json)?\s*(.*?)```", re.DOTALL | re.IGNORECASE)
_THINK = re.compile(r"<think>.*?</think>", re.DOTALL | re.IGNORECASE)
_SECTIONS = ("bottom_line", "key_points", "quotes", "actors", "open_questions")


def _json_object(content: str) -> dict[str, Any]:
    text = _THINK.sub("", content).strip()
    fenced = _FENCE.search(text)
    candidates = [text]
    if fenced:
        candidates.insert(0, fenced.group(1).strip())
    start, end = text.find("{"), text.rfind("}")
    if 0 <= start < end:
        candidates.append(text[start : end + 1])
    error = "no JSON object"
    for candidate in candidates:
        try:
            data = json.loads(candidate)
        except ValueError as exc:
            error = f"invalid JSON: {exc}"
            continue
        if isinstance(data, dict):
            return data
        error = f"a JSON {type(data).__name__}, not an object"
    raise Unreadable(error)


def _items(data: dict[str, Any], key: str, model: type[_Item]) -> tuple[list[Any], int]:
    value = data.get(key)
    if value is None:
        return [], 0
    if not isinstance(value, list):
        return [], 1
    items, bad = [], 0
    for raw in value:
        try:
            items.append(model.model_validate(raw))
        except ValidationError:
            bad += 1
    return items, bad


def read_answer(reply: Reply) -> Answer:
    """The answer in ``reply``; raises ModelAnswerError for a refusal, Unreadable for no usable JSON."""
    if reply.refusal:
        raise ModelAnswerError(f"the model refused: {' '.join(reply.refusal.split())[:120]}")
    content = (reply.content or "").strip()
    if not content:
        if reply.finish_reason == "content_filter":
            raise ModelAnswerError("the model's answer was withheld by its content filter")
        raise Unreadable("the answer was empty")
    data = _json_object(content)
    if not any(key in data for key in _SECTIONS):
        truncated = " (cut off at the token limit)" if reply.finish_reason == "length" else ""
        raise Unreadable(f"the JSON object has none of the keys {', '.join(_SECTIONS)}{truncated}")
    answer = Answer()
    bottom = data.get("bottom_line")
    if isinstance(bottom, str):  # a bare sentence: it cites nothing, so it fails the citation check
        bottom = {"text": bottom, "sentences": []}
    if bottom is not None:
        try:
            answer.bottom_line = Cited.model_validate(bottom)
        except ValidationError:
            answer.malformed += 1
    for key, model in (
        ("key_points", Cited),
        ("quotes", AnswerQuote),
        ("actors", AnswerActor),
        ("open_questions", Cited),
    ):
        items, bad = _items(data, key, model)
        setattr(answer, key, items)
        answer.malformed += bad
    return answer
