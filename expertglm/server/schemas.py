"""Request bodies of the HTTP API; text that is not valid Unicode (lone surrogates) is a 400, never a 500."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator


def valid_text(value: str) -> str:
    """`value` unchanged when it encodes as UTF-8; a ValueError naming the problem otherwise."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValueError(f"is not valid text (invalid character at position {exc.start})") from None
    return value


class MatchRequest(BaseModel):
    model_config = ConfigDict(extra="ignore")

    query: str = Field(description="The enterprise's problem, in its own words.")
    top_k: int = Field(5, ge=1, le=100)

    _text = field_validator("query")(valid_text)


class RequestMessage(BaseModel):
    model_config = ConfigDict(extra="allow")

    role: str
    content: str | list[dict[str, Any]] | None = None

    @field_validator("content")
    @classmethod
    def _text(cls, value):
        if isinstance(value, str):
            return valid_text(value)
        for part in value or ():
            if isinstance(part.get("text"), str):
                valid_text(part["text"])
        return value

    def text(self) -> str:
        if isinstance(self.content, list):
            return "".join(str(p.get("text", "")) for p in self.content if p.get("type") in ("text", "input_text"))
        return self.content or ""


class ChatCompletionRequest(BaseModel):
    model_config = ConfigDict(extra="ignore")

    model: str | None = None
    messages: list[RequestMessage] = Field(min_length=1)
    stream: bool = False
    max_tokens: int | None = Field(None, ge=1)
    max_completion_tokens: int | None = Field(None, ge=1)
    temperature: float | None = Field(None, ge=0, le=2)
    n: int | None = Field(None, ge=1, le=1)
    stream_options: dict[str, Any] | None = None
    # extension: how many experts the answer recommends (the page sends its 推荐人数 so answer and cards agree)
    top_k: int | None = Field(None, ge=1, le=20)
