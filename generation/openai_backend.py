"""Answers from any OpenAI-compatible chat endpoint (OpenAI, vLLM, llama.cpp server, Ollama, ...).

A thin backend over the project's one chat client (`generation/openai_client.py`), so answering and synthesis
share one retry policy and one way of reporting failures. Needs the `openai` extra, imported when built.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

from generation.backend import AnswerBackend
from generation.models import ChatMessage
from generation.openai_client import ChatCaller, RetryPolicy


class OpenAIBackend(AnswerBackend):
    """Chat completions from an OpenAI-compatible endpoint.

    `base_url` defaults to `$OPENAI_BASE_URL` (else OpenAI's own), `api_key` to `$OPENAI_API_KEY`, or "EMPTY" when
    a base_url is given (local servers accept any key). Transient failures (429, 5xx, timeouts, dropped
    connections) are retried `max_retries` times with backoff or the server's `Retry-After`, all within one
    `deadline` (seconds, default 60: a hung endpoint holds a call that long, not `timeout` × attempts); what still
    fails raises a BackendError (BackendUnavailable when the endpoint cannot be reached, TimedOutError — HTTP 504 —
    when it did not answer in time) naming endpoint and status. `stop`: sequences sent with every request.
    """

    def __init__(self, model: str, base_url: str | None = None, api_key: str | None = None,
                 timeout: float = 60, max_retries: int = 2, deadline: float | None = 60) -> None:
        self._caller = ChatCaller(model, base_url=base_url, api_key=api_key, timeout=timeout, deadline=deadline,
                                  policy=RetryPolicy(max_retries=max_retries, base_delay=0.25, max_delay=8.0))
        self.model = model
        self.timeout = timeout
        self.max_retries = max_retries
        self.deadline = deadline
        self.stop: tuple[str, ...] = ()
        self.endpoint = self._caller.endpoint
        self.name = f"openai:{model}"

    def with_stop(self, stop: list[str] | tuple[str, ...]) -> OpenAIBackend:
        """This backend (the same client) sending `stop` with its requests: one request's stop sequences, passed
        through by the HTTP API; the original is untouched."""
        bound = copy.copy(self)
        bound.stop = tuple(stop)
        return bound

    def __repr__(self) -> str:
        return f"OpenAIBackend(model={self.model!r}, endpoint={self.endpoint!r})"

    def _request(self, messages: list[ChatMessage], max_tokens: int, temperature: float) -> dict[str, Any]:
        # max_completion_tokens is OpenAI-only; local servers know max_tokens
        return self._caller.request([{"role": m.role, "content": m.content} for m in messages],
                                    temperature=temperature, max_tokens=max_tokens, stop=self.stop)

    def generate(self, messages: list[ChatMessage], *, max_tokens: int = 512, temperature: float = 0.2) -> str:
        return self._caller.complete(self._request(messages, max_tokens, temperature)).text

    def stream(self, messages: list[ChatMessage], *, max_tokens: int = 512, temperature: float = 0.2
               ) -> Iterator[str]:
        yield from self._caller.stream(self._request(messages, max_tokens, temperature))
