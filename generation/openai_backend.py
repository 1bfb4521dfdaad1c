"""Answers from any OpenAI-compatible chat endpoint (OpenAI, vLLM, llama.cpp server, Ollama, ...).

Uses the official `openai` client (the `openai` extra); it is imported when a backend is built, so
this module imports without it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

from generation.backend import AnswerBackend, BackendError, BackendUnavailable
from generation.models import ChatMessage

class OpenAIBackend(AnswerBackend):
    """Chat completions from an OpenAI-compatible endpoint.

    `base_url` defaults to `$OPENAI_BASE_URL` (else OpenAI's own), `api_key` to `$OPENAI_API_KEY`,
    or "EMPTY" when a base_url is given (local servers accept any key). Transient failures (429,
    5xx, timeouts, dropped connections) are retried `max_retries` times by the client, with backoff
    or the server's `Retry-After`; what still fails raises `BackendError` naming endpoint and status.
    """

    def __init__(self, model: str, base_url: str | None = None, api_key: str | None = None,
                 timeout: float = 60, max_retries: int = 2) -> None:
        if not model:
            raise BackendUnavailable("OpenAIBackend needs a model name (e.g. from $EXPERTGLM_OPENAI_MODEL)")
        try:
            import openai
        except ImportError as exc:  # pragma: no cover - the extra is installed in tests
            raise ImportError("OpenAIBackend needs the openai package: pip install 'expert-chatglm[openai]'") from exc
        base_url = base_url or os.environ.get("OPENAI_BASE_URL") or None
        api_key = api_key or os.environ.get("OPENAI_API_KEY") or ("EMPTY" if base_url else None)
        if api_key is None:
            raise BackendUnavailable("no API key for the OpenAI endpoint: set OPENAI_API_KEY, "
                               "or give base_url / OPENAI_BASE_URL of a local OpenAI-compatible server",
                               endpoint="https://api.openai.com/v1")
        self._openai = openai
        self._client = openai.OpenAI(base_url=base_url, api_key=api_key, timeout=timeout, max_retries=max_retries)
        self.model = model
        self.timeout = timeout
        self.max_retries = max_retries
        self.endpoint = str(self._client.base_url).rstrip("/")
        self.name = f"openai:{model}"

    def __repr__(self) -> str:
        return f"OpenAIBackend(model={self.model!r}, endpoint={self.endpoint!r})"

    def _request(self, messages: list[ChatMessage], max_tokens: int, temperature: float) -> dict[str, Any]:
        return {
            "model": self.model,
            "messages": [{"role": m.role, "content": m.content} for m in messages],
            "max_tokens": max_tokens,  # max_completion_tokens is OpenAI-only; local servers know max_tokens
            "temperature": temperature,
        }

    def _error(self, exc: Exception) -> BackendError:
        """A BackendError that says which endpoint failed, how, and after how many tries."""
        openai = self._openai
        where = f"{self.endpoint} (model {self.model!r})"
        tries = f"after {self.max_retries + 1} attempt(s)"
        if isinstance(exc, openai.APIStatusError):
            body = exc.body
            if isinstance(body, dict) and isinstance(body.get("error"), dict):
                body = body["error"]
            detail = body.get("message") if isinstance(body, dict) and body.get("message") else exc.message
            return BackendError(f"{where} answered HTTP {exc.status_code} {tries}: {detail}",
                                endpoint=self.endpoint, status=exc.status_code)
        if isinstance(exc, openai.APITimeoutError):
            return BackendUnavailable(f"{where} did not answer within {self.timeout:g}s {tries}",
                                      endpoint=self.endpoint)
        if isinstance(exc, openai.APIConnectionError):
            cause = exc.__cause__ or exc
            return BackendUnavailable(f"cannot reach {where} {tries}: {cause}", endpoint=self.endpoint)
        return BackendError(f"{where} failed: {exc}", endpoint=self.endpoint)

    def generate(self, messages: list[ChatMessage], *, max_tokens: int = 512, temperature: float = 0.2) -> str:
        try:
            response = self._client.chat.completions.create(**self._request(messages, max_tokens, temperature))
        except self._openai.OpenAIError as exc:
            raise self._error(exc) from exc
        if not response.choices:
            raise BackendError(f"{self.endpoint} (model {self.model!r}) returned no choices", endpoint=self.endpoint)
        content = response.choices[0].message.content
        if content is None:
            raise BackendError(f"{self.endpoint} (model {self.model!r}) returned no text "
                               f"(finish_reason={response.choices[0].finish_reason!r})", endpoint=self.endpoint)
        return content

    def stream(self, messages: list[ChatMessage], *, max_tokens: int = 512, temperature: float = 0.2
               ) -> Iterator[str]:
        try:
            stream = self._client.chat.completions.create(**self._request(messages, max_tokens, temperature),
                                                          stream=True)
            with stream:
                for chunk in stream:
                    if not chunk.choices:  # e.g. a trailing usage-only chunk
                        continue
                    piece = chunk.choices[0].delta.content
                    if piece:
                        yield piece
        except self._openai.OpenAIError as exc:
            raise self._error(exc) from exc
