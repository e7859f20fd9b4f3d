"""The ``llm`` engine: a language model writes the brief, and only what the article supports is kept.

For each article: the default engine's brief first (the fallback, and the
filler of whatever the model's answer lacks); then the request (from the disk
cache when the same model was asked the same about the same article); the
answer read, with one repair request when it is not the JSON asked for; every
item verified (:mod:`.verify`); the brief merged (:mod:`.merge`). When the
service or the model gives no usable answer, the brief is the default engine's
and its ``engine.fallback`` says why.
"""

from __future__ import annotations

import logging
import os
import threading
from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator

from ..errors import EngineError, ModelAnswerError, ModelServiceError
from ..model import Article, Brief
from ..trace import fired
from .answer import Answer, Unreadable, read_answer
from .cache import AnswerCache, cache_key, default_cache_dir
from .client import ChatClient, Reply
from .merge import fallback, merge
from .prompt import ANSWER_SCHEMA, PROMPT_VERSION, Prompt, build_prompt, repair_messages
from .summary_api import Engine, EngineOptions, check_article_length, get_engine, register_engine, split_sentences
from .verify import verify

__all__ = ["LlmEngine", "LlmOptions", "DEFAULT_BASE_URL", "API_KEY_ENV"]

_log = logging.getLogger(__name__)

DEFAULT_BASE_URL = "https://api.openai.com/v1"
BASE_URL_ENV = "BRIEFGEN_LLM_BASE_URL"
MODEL_ENV = "BRIEFGEN_LLM_MODEL"
API_KEY_ENV = "BRIEFGEN_LLM_API_KEY"

# spaCy's pipeline is shared by the threads of a digest; one default-engine run at a time
_default_lock = threading.Lock()


class LlmOptions(EngineOptions):
    """Options of the llm engine (``--engine-option KEY=VALUE``, or ``engine.options`` in briefgen.yaml).

    There is no option for the API key itself: it is read from the environment
    variable ``api_key_env`` names or from the file ``api_key_file`` names.
    """

    base_url: str | None = Field(None, description=f"The endpoint; default ${BASE_URL_ENV}, else {DEFAULT_BASE_URL}.")
    model: str | None = Field(None, description=f"The model's name; default ${MODEL_ENV}.")
    api_key_env: str = Field(API_KEY_ENV, description="Environment variable holding the API key (may be unset).")
    api_key_file: str | None = Field(None, description="File holding the API key.")
    temperature: float = Field(0.0, ge=0, le=2)
    max_tokens: int | None = Field(4000, ge=1, description="Most tokens in an answer.")
    timeout: float = Field(60.0, gt=0, le=600, description="Seconds to wait for the server, per request.")
    retries: int = Field(2, ge=0, le=10, description="Tries after the first, on timeouts, 429 and 5xx.")
    backoff: float = Field(1.0, ge=0, le=60, description="Seconds before the first retry, doubled at each.")
    max_retry_wait: float = Field(30.0, ge=0, le=600, description="Longest wait between tries (Retry-After too).")
    concurrency: int = Field(4, ge=1, le=64, description="Most requests in flight at once (digests).")
    structured_output: Literal["auto", "json_schema", "json_object", "off"] = "auto"
    cache: bool = Field(True, description="Keep answers on disk and reuse them.")
    cache_dir: str | None = Field(None, description="Folder of the answer cache.")
    min_support: float = Field(
        0.6, ge=0, le=1, description="Share of a claim's content words the cited text must hold."
    )
    max_citations: int = Field(4, ge=1, le=20, description="Most sentences one claim may cite.")

    @field_validator("base_url")
    @classmethod
    def _http(cls, value: str | None) -> str | None:
        if value is not None and not value.startswith(("http://", "https://")):
            raise ValueError("must be an http:// or https:// URL")
        return value


def _api_key(options: LlmOptions) -> str | None:
    """The API key from the file or the environment variable; None when neither holds one (a local server)."""
    if options.api_key_file:
        try:
            key = Path(options.api_key_file).expanduser().read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise EngineError(f"{options.api_key_file}: cannot read the API key ({exc.strerror or exc})") from None
        if not key:
            raise EngineError(f"{options.api_key_file}: the API key file is empty")
        return key
    key = os.environ.get(options.api_key_env, "").strip()
    if not key and "api_key_env" in options.model_fields_set:
        raise EngineError(f"the environment variable {options.api_key_env} (the API key) is not set")
    return key or None


@register_engine
class LlmEngine(Engine):
    """A language model behind an OpenAI-compatible endpoint writes; the article decides what stays."""

    name = "llm"
    Options = LlmOptions
    options: LlmOptions

    def __init__(self, **options: object) -> None:
        if "api_key" in options:
            raise EngineError(
                f"engine 'llm': the API key is never an option: put it in ${API_KEY_ENV} "
                "(or the variable api_key_env names) or in a file named by api_key_file"
            )
        super().__init__(**options)
        opts = self.options
        if opts.api_key_file and "api_key_env" in opts.model_fields_set:
            raise EngineError("engine 'llm': give api_key_env or api_key_file, not both")
        model = opts.model or os.environ.get(MODEL_ENV, "").strip()
        if not model:
            raise EngineError(
                f"engine 'llm': no model given: use --engine-option model=NAME, 'model:' under engine.options "
                f"in briefgen.yaml, or ${MODEL_ENV}"
            )
        self.model = model
        self.base_url = opts.base_url or os.environ.get(BASE_URL_ENV, "").strip() or DEFAULT_BASE_URL
        if not self.base_url.startswith(("http://", "https://")):
            raise EngineError(f"engine 'llm': ${BASE_URL_ENV} must be an http:// or https:// URL")
        self.client = ChatClient(
            self.base_url,
            model,
            api_key=_api_key(opts),
            temperature=opts.temperature,
            max_tokens=opts.max_tokens,
            timeout=opts.timeout,
            retries=opts.retries,
            backoff=opts.backoff,
            max_retry_wait=opts.max_retry_wait,
            concurrency=opts.concurrency,
            structured_output=opts.structured_output,
            schema=ANSWER_SCHEMA,
        )
        self.cache = AnswerCache(opts.cache_dir or default_cache_dir()) if opts.cache else None
        self._default = get_engine("default", max_key_points=opts.max_key_points)

    @property
    def concurrent_requests(self) -> int:
        """How many articles a digest should summarise at once: the engine waits on a service, not the CPU."""
        return self.options.concurrency

    def summarize(self, article: Article) -> Brief:
        check_article_length(article.text)
        with _default_lock:
            base = self._default.summarize(article)
        prompt = build_prompt(article.text, split_sentences(article.text), article.title)
        try:
            answer = self._answer(prompt)
        except (ModelServiceError, ModelAnswerError) as exc:
            fired("llm.fallback")
            reason = " ".join(str(exc).split())
            _log.warning("%s: the llm engine's answer was not used (%s)", article.title or "an article", reason)
            return fallback(base, name=self.name, model=self.model, reason=reason)
        opts = self.options
        verified = verify(
            answer, prompt, article.text, base, min_support=opts.min_support, max_citations=opts.max_citations
        )
        return merge(base, verified, name=self.name, model=self.model, max_key_points=opts.max_key_points)

    def _answer(self, prompt: Prompt) -> Answer:
        key = cache_key(
            base_url=self.base_url,
            model=self.model,
            temperature=self.options.temperature,
            max_tokens=self.options.max_tokens,
            prompt=PROMPT_VERSION,
            messages=prompt.messages,
        )
        if self.cache is not None:
            stored = self.cache.get(key)
            if stored is not None:
                try:
                    answer = read_answer(Reply(stored))
                    fired("llm.cache_hit")
                    return answer
                except ModelAnswerError:
                    pass  # an entry that no longer reads: ask again
        reply = self.client.complete(prompt.messages)
        try:
            answer, content = read_answer(reply), reply.content
        except Unreadable as exc:
            fired("llm.repair")
            again = self.client.complete(repair_messages(prompt, reply.content or "", str(exc)))
            try:
                answer, content = read_answer(again), again.content
            except Unreadable as still:
                raise ModelAnswerError(
                    f"the answer is not the JSON asked for, even after a repair request ({still})"
                ) from None
        if self.cache is not None and content:
            self.cache.put(key, content)
        return answer
