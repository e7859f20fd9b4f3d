"""An invented article and the scripted answers of a model about it, good and bad, for the llm engine's tests.

Sentence numbers (the default engine's splitter): 1 the headline, 2 the vote,
3 the margin, 4 the mayor's quote, 5 the councillor, 6 his quote, 7 the
engineers' warning, 8 what is unclear.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from briefgen.model import Article, Brief

ARTICLE = """Harbour town votes to rebuild its flood wall

Officials in Port Hallam voted on Tuesday to spend 12 million euros rebuilding the town's flood wall.

The council approved the plan by 9 votes to 4 after a three-hour debate.

"We cannot wait for the next storm to decide for us," said Mayor Ines Castell, who proposed the plan.

Councillor Bram Otten, leader of the opposition Green List, voted against it.

"The cost will fall on families who already struggle," Otten said.

Engineers from the regional water board warned in March that the old wall could fail within five years.

Work is due to start in the spring, but it is unclear whether the regional government will share the cost.
"""

GOOD: dict[str, Any] = {
    "bottom_line": {
        "text": "Port Hallam will spend 12 million euros rebuilding its flood wall, which engineers warned could fail.",
        "sentences": [2, 7],
    },
    "key_points": [
        {"text": "The council voted on Tuesday to spend 12 million euros rebuilding the flood wall.", "sentences": [2]},
        {"text": "The plan passed by 9 votes to 4 after a three-hour debate.", "sentences": [3]},
        {"text": "Engineers warned in March that the old wall could fail within five years.", "sentences": [7]},
        {
            "text": "Councillor Bram Otten of the Green List voted against it, saying the cost will fall on families.",
            "sentences": [5, 6],
        },
    ],
    "quotes": [
        {"text": "We cannot wait for the next storm to decide for us,", "sentence": 4, "speaker": "Ines Castell"},
        {"text": "The cost will fall on families who already struggle,", "sentence": 6, "speaker": "Bram Otten"},
    ],
    "actors": [
        {"name": "Ines Castell", "kind": "person", "role": "Mayor"},
        {"name": "Bram Otten", "kind": "person", "role": "leader of the opposition Green List"},
        {"name": "Port Hallam", "kind": "place", "role": None},
    ],
    "open_questions": [
        {"text": "Will the regional government share the cost of the new wall?", "sentences": [8]},
    ],
}


def good() -> dict[str, Any]:
    """A fresh copy of the good answer, to spoil one item of."""
    return copy.deepcopy(GOOD)


def good_json() -> str:
    return json.dumps(GOOD)


def article() -> Article:
    from briefgen.ingest import ingest_text

    return ingest_text(ARTICLE)


def write_article(folder: Path, name: str = "harbour.txt") -> Path:
    path = folder / name
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def engine_options(base_url: str, tmp_path: Path, **more: Any) -> dict[str, Any]:
    """Options for tests: the scripted server, a private cache, no waiting between tries."""
    return {
        "base_url": base_url,
        "model": "scripted-model",
        "cache_dir": str(tmp_path / "llm-cache"),
        "backoff": 0,
        "timeout": 5,
        **more,
    }


def default_brief() -> Brief:
    from briefgen.summary import get_engine

    return get_engine("default").summarize(article())
