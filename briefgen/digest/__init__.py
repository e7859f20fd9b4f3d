"""Digests: many articles summarised in parallel, merged, and sent as one email.

    from briefgen.digest import expand_inputs, make_jobs, summarize_inputs, make_digest, render_outputs
    outcomes = summarize_inputs(make_jobs(expand_inputs(["news/"])))
    digest = make_digest(outcomes, title=None, generated_at=now)
    outputs = render_outputs(digest, attach_pdf=True)

Modules: :mod:`.inputs` (files, folders, globs, ``-``, URLs), :mod:`.build`
(process pool), :mod:`.merge` (the Digest model, duplicates, shared actors),
:mod:`.compose` (templates), :mod:`.email` (mail-client HTML, MIME),
:mod:`.smtp` (delivery), :mod:`.write` (outputs).
"""

from __future__ import annotations

from .build import ArticleOutcome, Job, default_jobs, make_jobs, summarize_inputs
from .compose import ViewOptions, best_quote, make_digest, render_digest
from .inputs import expand_inputs
from .merge import Digest, find_duplicates, merge_actors
from .write import DIGEST_FILES, DigestOutputs, render_outputs, write_outputs

__all__ = [
    "ArticleOutcome",
    "Job",
    "default_jobs",
    "make_jobs",
    "summarize_inputs",
    "ViewOptions",
    "best_quote",
    "make_digest",
    "render_digest",
    "expand_inputs",
    "Digest",
    "find_duplicates",
    "merge_actors",
    "DIGEST_FILES",
    "DigestOutputs",
    "render_outputs",
    "write_outputs",
]
