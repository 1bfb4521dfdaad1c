"""Typed messages and answers at the generation layer's boundary."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from retrieval.models import ExpertMatch, MatchResult


class ChatMessage(BaseModel):
    """One chat turn, in the OpenAI chat format."""

    role: Literal["system", "user", "assistant"]
    content: str


class GroundingReport(BaseModel):
    """Which stated facts the graph supports, and which the guard removed."""

    grounded: list[str] = Field(default_factory=list)
    dropped: list[str] = Field(default_factory=list)
    fell_back: bool = False  # the answer was replaced by the grounded composer's


class Answer(BaseModel):
    """A grounded answer to one user turn."""

    text: str
    backend: str
    experts: list[ExpertMatch] = Field(default_factory=list)
    grounding: GroundingReport = Field(default_factory=GroundingReport)
    match: MatchResult | None = None
