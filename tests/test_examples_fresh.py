"""The committed example outputs match what the engine makes now (run examples/regenerate.sh)."""

from __future__ import annotations

import json

from briefgen.model import Brief

from conftest import EXAMPLE, ROOT


def test_example_json_is_up_to_date(example_brief: Brief) -> None:
    committed = json.loads((ROOT / "examples" / "output" / "ktxs-china-russia.json").read_text(encoding="utf-8"))
    assert committed == json.loads(example_brief.to_json()), (
        "examples/output is stale: run examples/regenerate.sh and commit the result"
    )


def test_example_outputs_are_all_there() -> None:
    out = ROOT / "examples" / "output"
    for ext in ("md", "html", "pdf", "json"):
        assert (out / f"{EXAMPLE.stem}.{ext}").stat().st_size > 0
