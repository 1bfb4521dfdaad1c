"""The one small interface every graph engine sits behind, and the plain values queries return."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Hashable
from dataclasses import dataclass, field
from typing import Any

#: write counters every adapter reports in QueryResult.stats, under these names
STAT_NAMES = (
    "nodes_created",
    "nodes_deleted",
    "relationships_created",
    "relationships_deleted",
    "properties_set",
)


from errors import GraphError, GraphUnavailable, ReadOnlyViolation  # noqa: F401  (re-exported: adapters raise them)


@dataclass(frozen=True)
class GraphNode:
    """A node as plain data, independent of the engine that returned it."""

    id: str
    labels: tuple[str, ...]
    properties: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        return {"_labels": list(self.labels), **self.properties}


@dataclass(frozen=True)
class GraphEdge:
    """A relationship as plain data; start and end are node ids."""

    id: str
    type: str
    start: str
    end: str
    properties: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        return {"_type": self.type, "_start": self.start, "_end": self.end, **self.properties}


@dataclass(frozen=True)
class GraphPath:
    """A path: alternating nodes and edges."""

    nodes: tuple[GraphNode, ...]
    edges: tuple[GraphEdge, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"_nodes": [n.to_dict() for n in self.nodes], "_edges": [e.to_dict() for e in self.edges]}


@dataclass(frozen=True)
class QueryResult:
    """Columns, rows of plain Python values (GraphNode/GraphEdge/GraphPath for graph values) and write counters."""

    columns: list[str]
    rows: list[list[Any]]
    stats: dict[str, int] = field(default_factory=dict)

    def records(self) -> list[dict[str, Any]]:
        """Rows as dicts keyed by column name."""
        return [dict(zip(self.columns, row)) for row in self.rows]

    def value(self, default: Any = None) -> Any:
        """The first column of the first row, for single-value queries."""
        return self.rows[0][0] if self.rows and self.rows[0] else default


def to_plain(value: Any) -> Any:
    """A query value as JSON-ready data: nodes become their properties plus `_labels`."""
    if isinstance(value, (GraphNode, GraphEdge, GraphPath)):
        return value.to_dict()
    if isinstance(value, dict):
        return {k: to_plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_plain(v) for v in value]
    return value


class GraphStore(ABC):
    """A graph engine that runs the project's Cypher text; adapters hide where engines differ."""

    engine: str

    @abstractmethod
    def read(self, cypher: str, params: dict[str, Any] | None = None) -> QueryResult:
        """Run a query the engine guarantees cannot write; a writing query raises ReadOnlyViolation."""

    @abstractmethod
    def write(self, cypher: str, params: dict[str, Any] | None = None) -> QueryResult:
        """Run one statement as one transaction: it applies whole or not at all."""

    @abstractmethod
    def ensure_schema(self) -> None:
        """Create the unique keys and indexes the schema needs (idempotent)."""

    @abstractmethod
    def close(self) -> None:
        """Release connections (an embedded server keeps running)."""

    def change_mark(self) -> Hashable | None:
        """A cheap token that differs after any write the engine has taken since it was read, so that what was read
        under one token may be reused while the token stays the same; None where the engine cannot tell (then
        nothing read may be reused)."""
        return None

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
