"""Gradient-boosted tree ensembles stored as JSON, read without scikit-learn.

``scripts/train_boilerplate.py`` trains the models with scikit-learn and writes each
tree as parallel lists (feature, threshold, left child, right child, leaf value), the
layout of scikit-learn's own ``tree_`` arrays; here they are walked in plain Python.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

__all__ = ["TreeModel", "load_model"]


class TreeModel:
    """A binary classifier: ``init + learning_rate * sum(tree values)``, through the logistic function."""

    def __init__(self, data: dict, features: Sequence[str]) -> None:
        if tuple(data["features"]) != tuple(features):
            raise RuntimeError("a model file was trained on other features: run scripts/train_boilerplate.py")
        self.init = float(data["init"])
        self.learning_rate = float(data["learning_rate"])
        self.threshold = float(data["threshold"])
        self.trees = [(t["feature"], t["threshold"], t["left"], t["right"], t["value"]) for t in data["trees"]]

    def probability(self, row: Sequence[float]) -> float:
        """P(positive) for one feature vector."""
        total = 0.0
        for feature, threshold, left, right, value in self.trees:
            node = 0
            while left[node] != -1:
                node = left[node] if row[feature[node]] <= threshold[node] else right[node]
            total += value[node]
        return 1.0 / (1.0 + math.exp(-(self.init + self.learning_rate * total)))


@lru_cache(maxsize=None)
def _read(path: str) -> dict:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def load_model(path: Path, features: Sequence[str]) -> TreeModel:
    """The model stored at ``path``, checked against the feature names the caller computes."""
    return TreeModel(_read(str(path)), tuple(features))
