"""Typed results of expert matching: what the CLI prints as JSON and what generation is grounded on."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field


class AwardFact(BaseModel):
    name: str
    year: int | None = None


class ExpertMatch(BaseModel):
    """One matched expert with the facts that ground any answer about them and why they match."""

    id: str
    name: str
    institution: str | None = None
    title: str | None = None
    fields: list[str] = Field(default_factory=list)
    directions: list[str] = Field(default_factory=list)
    awards: list[AwardFact] = Field(default_factory=list)
    score: float
    reasons: list[str] = Field(default_factory=list)


class SubgraphNode(BaseModel):
    id: str  # "Expert:<id>", "Direction:<key>", ...
    label: str
    name: str
    properties: dict[str, Any] = Field(default_factory=dict)


class SubgraphEdge(BaseModel):
    source: str
    target: str
    type: str
    properties: dict[str, Any] = Field(default_factory=dict)


class Subgraph(BaseModel):
    """The part of the graph that grounds an answer: matched experts and their facts."""

    nodes: list[SubgraphNode] = Field(default_factory=list)
    edges: list[SubgraphEdge] = Field(default_factory=list)


class MatchResult(BaseModel):
    query: str
    experts: list[ExpertMatch] = Field(default_factory=list)
    subgraph: Subgraph = Field(default_factory=Subgraph)
    warnings: list[str] = Field(default_factory=list)
