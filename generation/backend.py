"""The one interface every answer backend (local transformers model, OpenAI-compatible endpoint) implements."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator
from dataclasses import dataclass

from generation.models import ChatMessage


from errors import BackendError, BackendUnavailable  # noqa: F401  (re-exported for backends)


class AnswerBackend(ABC):
    """Turns chat messages (system prompt with the grounding facts, then the conversation) into an answer."""

    #: short name shown in answers and logs, e.g. "openai:gpt-4o-mini" or "hf:SmolLM2-135M"
    name: str

    @abstractmethod
    def generate(self, messages: list[ChatMessage], *, max_tokens: int = 512, temperature: float = 0.2) -> str:
        """The whole answer."""

    def stream(self, messages: list[ChatMessage], *, max_tokens: int = 512, temperature: float = 0.2
               ) -> Iterator[str]:
        """The answer in pieces as they are produced; backends that cannot stream yield it whole."""
        yield self.generate(messages, max_tokens=max_tokens, temperature=temperature)


@dataclass(frozen=True)
class BackendOptions:
    """What the backends need to load: a local model (hf_*) or an OpenAI-compatible model name."""

    hf_model: str | None = None
    hf_gguf: str | None = None
    hf_adapter: str | None = None
    hf_trust_remote_code: bool = False
    openai_model: str | None = None
    openai_deadline: float = 60.0  # seconds one call to the endpoint may take, every retry included


def make_backend(name: str, options: BackendOptions) -> AnswerBackend | None:
    """The answer backend `name`; None means the offline grounded composer. Missing settings are a UsageError."""
    from errors import UsageError

    if name == "grounded":
        return None
    if name == "hf":
        if not options.hf_model:
            raise UsageError("the hf backend needs EXPERTGLM_HF_MODEL (a model name or local path)")
        from generation.hf_backend import HFBackend

        try:
            return HFBackend(options.hf_model, adapter=options.hf_adapter, gguf_file=options.hf_gguf,
                             trust_remote_code=options.hf_trust_remote_code)
        except (ImportError, OSError, ValueError) as exc:
            raise BackendUnavailable(f"cannot load the hf model {options.hf_model!r}: {exc}") from exc
    if name == "openai":
        if not options.openai_model:
            raise UsageError("the openai backend needs EXPERTGLM_OPENAI_MODEL (and OPENAI_BASE_URL / OPENAI_API_KEY)")
        from generation.openai_backend import OpenAIBackend

        return OpenAIBackend(options.openai_model, deadline=options.openai_deadline)
    raise UsageError(f"unknown backend {name!r}: use grounded, hf or openai")
