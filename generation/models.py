"""Typed messages and answers at the generation layer's boundary."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from retrieval.models import ExpertMatch, MatchResult


class ChatMessage(BaseModel):
    """One chat turn, in the OpenAI chat format."""

    role: Literal["system", "user", "assistant"]
    content: str


ClaimKind = Literal["person", "institution", "title", "honour", "award", "field", "direction", "year", "reference",
                    "partnership", "position", "quantity", "contact", "life", "work", "superlative", "application",
                    "education", "negation", "comparison", "quotation", "relation", "availability", "location", "figure", "term",
                    "census"]


class Claim(BaseModel):
    """One fact a sentence states about an expert, and whether that expert's graph record supports it."""

    kind: ClaimKind
    text: str  # the words of the answer that state it
    expert_id: str | None = None  # the expert it is about; None when no retrieved expert (or an unknown person)
    supported: bool
    reason: str = ""  # why it is (not) supported, e.g. "belongs to 王伟", "year 2019, graph says 2018"


class SentenceVerdict(BaseModel):
    """One sentence of the answer as written, whether the guard kept it, and the claims it makes."""

    text: str
    kept: bool
    claims: list[Claim] = Field(default_factory=list)


class GroundingReport(BaseModel):
    """Which stated facts the graph supports, and which the guard removed, sentence by sentence."""

    grounded: list[str] = Field(default_factory=list)  # "kind:text" of supported claims (person claims as "expert:")
    dropped: list[str] = Field(default_factory=list)  # "kind:text" of unsupported claims
    fell_back: bool = False  # the answer was replaced by the grounded composer's
    sentences: list[SentenceVerdict] = Field(default_factory=list)  # in answer order


class Answer(BaseModel):
    """A grounded answer to one user turn."""

    text: str
    backend: str
    experts: list[ExpertMatch] = Field(default_factory=list)
    grounding: GroundingReport = Field(default_factory=GroundingReport)
    match: MatchResult | None = None
