"""The ``llm`` summary engine: any OpenAI-compatible chat-completions endpoint writes the brief, and every
claim of its answer is checked against the article before it reaches the brief.

Modules, one concern each: :mod:`.prompt` (the request), :mod:`.client` (HTTP, retries),
:mod:`.answer` (reading the reply), :mod:`.spans` and :mod:`.claims` (matching against the
article), :mod:`.verify` (the checks), :mod:`.merge` (the brief, completed by the default
engine), :mod:`.cache` (answers on disk), :mod:`.engine` (the engine and its options).
What it takes from :mod:`briefgen.summary` is imported in :mod:`.summary_api` only.
"""
