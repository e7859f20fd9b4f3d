"""The engine registry: built-ins by name, third-party engines through the same path."""

from __future__ import annotations

import pytest

from briefgen.errors import EngineError, UnknownEngineError
from briefgen.model import Article, Brief
from briefgen.summary.base import Engine, EngineOptions, engine_names, get_engine, register_engine


def test_default_engine_is_registered() -> None:
    assert "default" in engine_names()
    assert get_engine("default").name == "default"


def test_unknown_engine_names_the_available_ones() -> None:
    with pytest.raises(UnknownEngineError, match="available: .*default"):
        get_engine("nope")


def test_options_are_strict() -> None:
    with pytest.raises(EngineError, match="invalid options"):
        get_engine("default", colour="blue")


def test_a_plugin_engine_is_used_without_touching_the_renderers() -> None:
    class FirstLineOptions(EngineOptions):
        prefix: str = ""

    @register_engine
    class FirstLine(Engine):
        name = "first-line-test"
        Options = FirstLineOptions

        def summarize(self, article: Article) -> Brief:
            first = article.text.split("\n")[0]
            return Brief(
                text=article.text,
                bottom_line=self.options.prefix + first,
                key_points=[{"text": first, "spans": [(0, len(first))]}],
            )

    from briefgen import render
    from briefgen import summarize

    brief = summarize("A first line here.\n\nAnd more text.", engine="first-line-test")
    assert brief.bottom_line == "A first line here."
    assert "A first line here." in render(brief, "md")


class _FakeEntryPoint:
    def __init__(self, name: str, value: str) -> None:
        self.name = name
        self.value = value


def test_a_broken_plugin_does_not_break_the_other_engines(monkeypatch: pytest.MonkeyPatch) -> None:
    from briefgen.summary import base

    def fake_entry_points(*, group: str) -> list[_FakeEntryPoint]:
        assert group == "briefgen.engines"
        return [
            _FakeEntryPoint("broken-test", "briefgen_no_such_plugin_module:Engine"),
            _FakeEntryPoint("missing-attr-test", "briefgen.summary.base:NoSuchEngine"),
        ]

    monkeypatch.setattr(base, "entry_points", fake_entry_points)
    monkeypatch.setattr(base, "_registry", {})
    monkeypatch.setattr(base, "_broken", {}, raising=False)
    monkeypatch.setattr(base, "_loaded", False)

    assert get_engine("default").name == "default"
    assert "default" in engine_names()
    assert "broken-test" not in engine_names()
    with pytest.raises(EngineError, match="broken-test.*could not be loaded"):
        get_engine("broken-test")
    with pytest.raises(EngineError, match="missing-attr-test"):
        get_engine("missing-attr-test")
