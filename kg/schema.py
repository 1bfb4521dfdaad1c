"""What the graph holds: labels, relationship types and property keys, with counts."""

from __future__ import annotations

from dataclasses import dataclass

from kg import cypher
from kg.store import GraphStore


@dataclass(frozen=True)
class SchemaSummary:
    """Counts per label and relationship type, and the property keys in use."""

    engine: str
    labels: dict[str, int]
    relationships: dict[str, int]
    property_keys: list[str]

    def to_dict(self) -> dict:
        return {
            "engine": self.engine,
            "labels": self.labels,
            "relationships": self.relationships,
            "property_keys": self.property_keys,
        }


def describe(store: GraphStore) -> SchemaSummary:
    """Read the schema summary through the read-only path."""
    labels = {r["label"]: r["count"] for r in store.read(cypher.SCHEMA_LABELS).records()}
    rels = {r["type"]: r["count"] for r in store.read(cypher.SCHEMA_RELATIONSHIPS).records()}
    keys = [r["propertyKey"] for r in store.read(cypher.SCHEMA_PROPERTY_KEYS).records()]
    return SchemaSummary(store.engine, labels, rels, keys)
