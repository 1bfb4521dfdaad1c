"""The one interface every answer backend (local transformers model, OpenAI-compatible endpoint) implements."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator

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
