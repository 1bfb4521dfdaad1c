"""Request bodies of the HTTP API; text that is not valid Unicode (lone surrogates) is a 400, never a 500."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from pydantic_core import PydanticCustomError


def valid_text(value: str) -> str:
    """`value` unchanged when it encodes as UTF-8; a ValueError naming the problem otherwise."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValueError(f"is not valid text (invalid character at position {exc.start})") from None
    return value


def _first_invalid(value: Any) -> tuple[str, str] | None:
    """(where, what is wrong) for the first string or object key in a JSON value that does not encode as UTF-8;
    walked with a stack, not recursion, however deep the body nests."""
    stack: list[tuple[str, Any, bool]] = [("", value, False)]
    while stack:
        path, item, is_key = stack.pop()
        if isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError as exc:
                problem = "has a key that is not valid text" if is_key else \
                    f"is not valid text (invalid character at position {exc.start})"
                return path or "(body)", problem
            continue
        pairs = list(item.items()) if isinstance(item, dict) else list(enumerate(item)) if isinstance(item, list) else []
        for k, v in reversed(pairs):  # pushed last to first: checked in document order, each key before its value
            stack.append((f"{path}.{k}" if path else str(k), v, False))
            stack.append((path, k, True))
    return None


class ValidTextBody(BaseModel):
    """A body whose every string, the fields ignored or echoed back (model, user, stop, a message's name) included,
    is valid Unicode: checked before anything runs, so a lone surrogate is a 400 naming the field, never a 500 when
    the reply is encoded (nor a stream cut off after it started)."""

    @model_validator(mode="before")
    @classmethod
    def _all_text_valid(cls, data: Any) -> Any:
        bad = _first_invalid(data)
        if bad is not None:
            raise PydanticCustomError("invalid_text", "{param}: {problem}", {"param": bad[0], "problem": bad[1]})
        return data


class MatchRequest(ValidTextBody):
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


MAX_STOP_SEQUENCES = 4  # as OpenAI


def stop_sequences(value: Any) -> list[str]:
    """`stop` as a list: a string is one sequence, null none; at most MAX_STOP_SEQUENCES non-empty strings, else a
    validation error that names the field (400)."""
    if value is None:
        return []
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list):
        raise PydanticCustomError("invalid_stop", "must be a string or a list of up to {most} strings",
                                  {"most": MAX_STOP_SEQUENCES})
    if len(items) > MAX_STOP_SEQUENCES:
        raise PydanticCustomError("invalid_stop", "has {count} sequences: at most {most} are allowed",
                                  {"count": len(items), "most": MAX_STOP_SEQUENCES})
    for item in items:
        if not isinstance(item, str) or not item:
            raise PydanticCustomError("invalid_stop", "must hold non-empty strings only, got {item}",
                                      {"item": repr(item)[:40]})
    return items


class ChatCompletionRequest(ValidTextBody):
    """An OpenAI chat request. Every optional field may be null, which means not given (as OpenAI reads it); fields
    this service does not use are ignored. Integers are strict: 5.0, "5" and true are not a max_tokens."""

    model_config = ConfigDict(extra="ignore")

    model: str | None = None
    messages: list[RequestMessage] = Field(min_length=1)
    stream: bool | None = Field(None, strict=True)  # "yes" or 1 is no stream flag (a 400 names the field)
    max_tokens: int | None = Field(None, ge=1, strict=True)
    max_completion_tokens: int | None = Field(None, ge=1, strict=True)
    stop: str | list[str] | None = None
    temperature: float | None = Field(None, ge=0, le=2)
    top_p: float | None = Field(None, ge=0, le=1)
    n: int | None = Field(None, ge=1, le=1, strict=True)
    user: str | None = None
    stream_options: dict[str, Any] | None = None
    # extension: how many experts the answer recommends (the page sends its 推荐人数 so answer and cards agree)
    top_k: int | None = Field(None, ge=1, le=20)

    _stop = field_validator("stop", mode="before")(stop_sequences)

    @property
    def token_limit(self) -> int | None:
        """The most completion tokens asked for: max_completion_tokens, else max_tokens (OpenAI's order)."""
        return self.max_completion_tokens if self.max_completion_tokens is not None else self.max_tokens

    @property
    def stop_list(self) -> list[str]:
        """The stop sequences, a list (the validator made one of a string)."""
        return list(self.stop or [])
