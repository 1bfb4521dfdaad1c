"""The expert knowledge graph: schema, store adapters (Neo4j, embedded FalkorDB), ingestion and analysis."""

from kg.connect import StoreSettings, open_store
from kg.models import AwardRecord, DirectionRecord, ExpertRecord
from kg.store import GraphStore, QueryResult, ReadOnlyViolation

__all__ = [
    "AwardRecord",
    "DirectionRecord",
    "ExpertRecord",
    "GraphStore",
    "QueryResult",
    "ReadOnlyViolation",
    "StoreSettings",
    "open_store",
]
