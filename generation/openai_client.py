"""The one OpenAI-compatible chat client, for answering and for synthesis: retries with exponential backoff and
jitter, Retry-After honoured, an optional resumable cache, token/cost accounting, streaming.

The official `openai` client does the HTTP (any OpenAI-compatible endpoint: OpenAI, vLLM, llama.cpp server,
Ollama); its own retries are switched off so that the policy here is the only one and every retry is counted.
An optional `deadline` bounds a whole call, its attempts, retries and backoff waits together (see `ChatCaller`).
"""

from __future__ import annotations

import email.utils
import os
import random
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from errors import BackendError, BackendUnavailable
from generation.prompt_cache import PromptCache, request_key

RETRYABLE_STATUS = frozenset({408, 409, 429, 500, 502, 503, 504})
FATAL_STATUS = frozenset({401, 403, 404})  # wrong key, no access, unknown model: every further call fails too


class CallError(BackendError):
    """One call failed for good (retries exhausted, or a client error); `status` is the last HTTP status."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message, status=status)


class FatalCallError(CallError, BackendUnavailable):
    """A failure that every further call would repeat (authentication, unknown model): the run stops."""


class UnreachableError(CallError, BackendUnavailable):
    """The endpoint could not be reached (connection refused, reset) through every retry."""


class TimedOutError(UnreachableError):
    """The endpoint did not answer in time: every attempt timed out, or the call's overall deadline ran out (a hung
    endpoint). HTTP 504 for the service; the CLI's exit status is the unreachable backend's."""

    http_status = 504
    code = "backend_timeout"


@dataclass(frozen=True)
class RetryPolicy:
    """Exponential backoff: delay n = min(max_delay, base_delay * 2**n), scaled by a random factor in
    [1 - jitter, 1]; a server's Retry-After (or retry-after-ms) replaces it, capped at max_delay."""

    max_retries: int = 6
    base_delay: float = 1.0
    max_delay: float = 60.0
    jitter: float = 0.5

    def backoff(self, attempt: int, rng: random.Random) -> float:
        delay = min(self.max_delay, self.base_delay * (2 ** attempt))
        return delay * (1 - self.jitter * rng.random())


@dataclass(frozen=True)
class Prices:
    """Dollars per 1,000 prompt and completion tokens (0 for local endpoints)."""

    prompt_per_1k: float = 0.0
    completion_per_1k: float = 0.0

    def cost(self, prompt_tokens: int, completion_tokens: int) -> float:
        return prompt_tokens / 1000 * self.prompt_per_1k + completion_tokens / 1000 * self.completion_per_1k


@dataclass
class CallStats:
    """What the calls of one run cost; cached answers are counted apart (they were paid for earlier)."""

    calls: int = 0  # answered API calls of this run
    attempts: int = 0  # HTTP requests sent, retries included
    retries: int = 0
    failed: int = 0
    cached: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost: float = 0.0
    retry_statuses: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {**self.__dict__, "cost": round(self.cost, 6), "retry_statuses": dict(self.retry_statuses)}


@dataclass(frozen=True)
class Completion:
    text: str
    prompt_tokens: int
    completion_tokens: int
    cached: bool
    finish_reason: str | None = None


def _retry_after(exc: Exception) -> float | None:
    """Seconds the server asked to wait (retry-after-ms, or Retry-After in seconds or as an HTTP date)."""
    response = getattr(exc, "response", None)
    headers = getattr(response, "headers", None)
    if not headers:
        return None
    raw_ms = headers.get("retry-after-ms")
    if raw_ms:
        try:
            return max(0.0, float(raw_ms) / 1000)
        except ValueError:
            pass
    raw = headers.get("retry-after")
    if not raw:
        return None
    try:
        return max(0.0, float(raw))
    except ValueError:
        parsed = email.utils.parsedate_to_datetime(raw) if raw else None
        if parsed is None:
            return None
        return max(0.0, parsed.timestamp() - time.time())


def _detail(exc: Exception) -> str:
    """The server's own error message from an APIStatusError body, else the client's."""
    body = getattr(exc, "body", None)
    if isinstance(body, dict) and isinstance(body.get("error"), dict):
        body = body["error"]
    if isinstance(body, dict) and body.get("message"):
        return str(body["message"])
    return str(getattr(exc, "message", exc))


def _reply(response: Any) -> tuple[str | None, str | None]:
    """(text, finish_reason) of a chat completion; CallError when the reply is not shaped like one (a 200 with
    JSON of another shape, or text: the client returns what it could not parse as it came)."""
    try:
        choice = response.choices[0] if response.choices else None
        text = choice.message.content if choice is not None else None
        finish = choice.finish_reason if choice is not None else None
    except (AttributeError, TypeError, IndexError, KeyError):
        raise CallError(f"answered with a reply that is not a chat completion: {str(response)[:200]!r}") from None
    if text is not None and not isinstance(text, str):
        raise CallError(f"answered with a message content that is not text: {text!r:.200}")
    return text, finish


def _delta(chunk: Any) -> tuple[str | None, str | None]:
    """(text, finish_reason) of one streamed chunk; a usage chunk has no choices. CallError when it is no chunk."""
    try:
        if not chunk.choices:
            return None, None
        choice = chunk.choices[0]
        piece, finish = choice.delta.content, choice.finish_reason
    except (AttributeError, TypeError, IndexError, KeyError):
        raise CallError(f"sent a chunk that is not a chat completion chunk: {str(chunk)[:200]!r}") from None
    if piece is not None and not isinstance(piece, str):
        raise CallError(f"sent a chunk whose content is not text: {piece!r:.200}")
    return piece, finish


def _tokens(usage: Any, name: str) -> int:
    """A token count of a reply's usage; 0 when it has none or it is not a number."""
    try:
        return int(getattr(usage, name, 0) or 0)
    except (TypeError, ValueError):
        return 0


class ChatCaller:
    """Chat completions with retries, a cache and accounting; thread-safe (one instance serves a thread pool).

    `timeout`: seconds each attempt may wait on the endpoint. `deadline` (None: none): seconds one whole call may take,
    every attempt, retry and backoff wait included: each attempt's timeout is cut to the time left, no retry starts
    (nor backoff wait that would end) past it, and a call that runs out of it raises TimedOutError. A streamed call
    must open within it; its pieces then each come within the time it had left when the stream opened.
    """

    def __init__(self, model: str, *, base_url: str | None = None, api_key: str | None = None,
                 timeout: float = 60.0, policy: RetryPolicy | None = None, cache: PromptCache | None = None,
                 prices: Prices | None = None, sleep: Callable[[float], None] = time.sleep,
                 seed: int = 0, deadline: float | None = None) -> None:
        try:
            import openai
        except ImportError as exc:  # pragma: no cover - the extra is installed in tests
            raise BackendUnavailable("an OpenAI-compatible endpoint needs the openai package: "
                                     "pip install 'expert-chatglm[openai]'") from exc
        if not model:
            raise BackendUnavailable("a model name is needed (e.g. gpt-3.5-turbo, as in the paper)")
        base_url = base_url or os.environ.get("OPENAI_BASE_URL") or None
        api_key = api_key or os.environ.get("OPENAI_API_KEY") or ("EMPTY" if base_url else None)
        if api_key is None:
            raise FatalCallError("no API key for the OpenAI endpoint: set OPENAI_API_KEY, or give the base URL of "
                                 "a local OpenAI-compatible server (OPENAI_BASE_URL)")
        self._openai = openai
        self._client = openai.OpenAI(base_url=base_url, api_key=api_key, timeout=timeout, max_retries=0)
        self.model = model
        self.timeout = timeout
        self.deadline = deadline
        self.endpoint = str(self._client.base_url).rstrip("/")
        self.where = f"{self.endpoint} (model {model!r})"
        self.policy = policy or RetryPolicy()
        self.cache = cache
        self.prices = prices or Prices()
        self.stats = CallStats()
        self._sleep = sleep
        self._rng = random.Random(seed)
        self._lock = threading.Lock()

    def request(self, messages: list[dict[str, str]], *, temperature: float = 0.7, max_tokens: int = 1024,
                json_mode: bool = False, stop: list[str] | tuple[str, ...] = ()) -> dict[str, Any]:
        """The body of one chat request; `stop`: sequences at which the endpoint stops (sent only when given)."""
        body: dict[str, Any] = {"model": self.model, "messages": messages, "temperature": temperature,
                                "max_tokens": max_tokens}
        if json_mode:
            body["response_format"] = {"type": "json_object"}
        if stop:
            body["stop"] = list(stop)
        return body

    def key(self, body: dict[str, Any]) -> str:
        return request_key(body)

    def complete(self, body: dict[str, Any]) -> Completion:
        """The answer to `body` from the cache, else from the endpoint (retried; cached as soon as it answers)."""
        key = request_key(body)
        if self.cache is not None and (hit := self.cache.get(key)) is not None:
            with self._lock:
                self.stats.cached += 1
            return Completion(hit["text"], hit.get("prompt_tokens", 0), hit.get("completion_tokens", 0), True,
                              hit.get("finish_reason"))
        response = self._call(body)
        try:
            text, finish = _reply(response)
        except CallError as exc:
            self._failed()
            raise CallError(f"{self.where} {exc}", status=200) from None
        if text is None:
            self._failed()
            raise CallError(f"{self.where} returned no text (finish_reason={finish!r})")
        usage = getattr(response, "usage", None)
        prompt_tokens, completion_tokens = _tokens(usage, "prompt_tokens"), _tokens(usage, "completion_tokens")
        if self.cache is not None:  # durable before anyone uses it: a kill after this line repeats nothing
            self.cache.put(key, {"model": self.model, "text": text, "prompt_tokens": prompt_tokens,
                                 "completion_tokens": completion_tokens, "finish_reason": finish})
        with self._lock:
            self.stats.calls += 1
            self.stats.prompt_tokens += prompt_tokens
            self.stats.completion_tokens += completion_tokens
            self.stats.cost += self.prices.cost(prompt_tokens, completion_tokens)
        return Completion(text, prompt_tokens, completion_tokens, False, finish)

    def _call(self, body: dict[str, Any], **extra: Any) -> Any:
        """One chat.completions.create through the retry policy; errors name the endpoint, status and tries."""
        try:
            return self._call_with_retries(body, **extra)
        except CallError as exc:
            exc.endpoint = self.endpoint
            raise

    def _call_with_retries(self, body: dict[str, Any], **extra: Any) -> Any:
        openai = self._openai
        ends = None if self.deadline is None else time.monotonic() + self.deadline
        attempt = 0
        while True:
            with self._lock:
                self.stats.attempts += 1
            timeout = self.timeout if ends is None else max(0.001, min(self.timeout, ends - time.monotonic()))
            limit = {} if ends is None else {"timeout": timeout}  # the time left, when a deadline bounds the call
            try:
                return self._client.chat.completions.create(**body, **extra, **limit)
            except ValueError as exc:  # a 200 whose body is not JSON (JSONDecodeError, UnicodeDecodeError): no retry
                self._failed()
                raise CallError(f"{self.where} answered with a body that is not JSON ({exc})", 200) from None
            except openai.APIStatusError as exc:
                status, detail = exc.status_code, _detail(exc)
                if status in FATAL_STATUS:
                    raise FatalCallError(f"{self.where} answered HTTP {status}: {detail}", status) from exc
                if status not in RETRYABLE_STATUS and status < 500:
                    self._failed()
                    raise CallError(f"{self.where} answered HTTP {status}: {detail}", status) from exc
                reason, wait = str(status), _retry_after(exc)
                failure: CallError = CallError(f"{self.where} answered HTTP {status} after {attempt + 1} "
                                               f"attempt(s): {detail}", status)
            except openai.APITimeoutError:
                reason, wait = "timeout", None
                failure = TimedOutError(f"{self.where} did not answer within {self.timeout:g}s after "
                                        f"{attempt + 1} attempt(s)")
            except openai.APIConnectionError as exc:
                reason, wait = "connection", None
                failure = UnreachableError(f"cannot reach {self.where} after {attempt + 1} attempt(s): "
                                           f"{exc.__cause__ or exc}")
            cut_short = False
            if attempt < self.policy.max_retries:
                with self._lock:
                    delay = self.policy.backoff(attempt, self._rng) if wait is None else \
                        min(self.policy.max_delay, wait * (1 + 0.1 * self._rng.random()))
                if ends is None or time.monotonic() + delay < ends:
                    with self._lock:
                        self.stats.retries += 1
                        self.stats.retry_statuses[reason] = self.stats.retry_statuses.get(reason, 0) + 1
                    self._sleep(delay)
                    attempt += 1
                    continue
                cut_short = True  # retries were left, time was not
            self._failed()
            if reason == "timeout" and (cut_short or timeout < self.timeout):
                raise self._out_of_time(attempt + 1)
            raise failure

    def _out_of_time(self, attempts: int) -> TimedOutError:
        """The error of a call whose deadline ran out while its endpoint did not answer."""
        return TimedOutError(f"{self.where} did not answer within the {self.deadline:g}s deadline of one call "
                             f"({attempts} attempt(s))")

    def stream(self, body: dict[str, Any]) -> Iterator[str]:
        """The answer's text pieces as they arrive; opening the stream goes through the retry policy. A stream that
        breaks (a chunk that is not JSON or not a chunk, or an end without a finish_reason: the connection closed
        before `[DONE]`) raises CallError after what arrived: it never passes for a whole answer."""
        stream = self._call(body, stream=True)
        finished = False
        try:
            with stream:
                for chunk in stream:
                    piece, finish = _delta(chunk)
                    finished = finished or finish is not None
                    if piece:
                        yield piece
        except (self._openai.OpenAIError, ValueError, CallError) as exc:
            self._failed()
            why = f"a chunk is not JSON ({exc})" if isinstance(exc, ValueError) else str(exc)
            raise CallError(f"{self.where} failed while streaming: {why}") from exc
        if not finished:
            self._failed()
            raise CallError(f"{self.where} failed while streaming: the stream ended before the answer was complete "
                            "(no finish_reason: the connection closed early?)")

    def _failed(self) -> None:
        with self._lock:
            self.stats.failed += 1
