"""Neo4j 5 adapter: the production engine, through the official `neo4j` driver over Bolt."""

from __future__ import annotations

from typing import Any

import neo4j
from neo4j.exceptions import ClientError, DriverError, Neo4jError, ServiceUnavailable, SessionExpired
from neo4j.graph import Node, Path, Relationship

from errors import UsageError
from kg import cypher
from kg.store import (
    STAT_NAMES,
    GraphEdge,
    GraphError,
    GraphUnavailable,
    GraphNode,
    GraphPath,
    GraphStore,
    QueryResult,
    ReadOnlyViolation,
)


def _node(n: Node) -> GraphNode:
    return GraphNode(str(n.element_id), tuple(sorted(n.labels)), dict(n.items()))


def _convert(value: Any) -> Any:
    if isinstance(value, Node):
        return _node(value)
    if isinstance(value, Relationship):
        return GraphEdge(
            str(value.element_id),
            value.type,
            str(value.start_node.element_id) if value.start_node else "",
            str(value.end_node.element_id) if value.end_node else "",
            dict(value.items()),
        )
    if isinstance(value, Path):
        return GraphPath(tuple(_node(n) for n in value.nodes), tuple(_convert(r) for r in value.relationships))
    if isinstance(value, dict):
        return {k: _convert(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_convert(v) for v in value]
    return value


def _is_access_mode_error(exc: Neo4jError) -> bool:
    code = getattr(exc, "code", "") or ""
    return "AccessMode" in code or "read access mode" in str(exc).lower()


class Neo4jStore(GraphStore):
    """A Neo4j database; read-only queries run in READ access-mode transactions, which the server enforces."""

    engine = "neo4j"

    def __init__(self, uri: str, user: str, password: str, database: str | None = None, **driver_options: Any) -> None:
        from urllib.parse import urlsplit

        parts = urlsplit(uri)
        self._address = f"{parts.scheme}://{parts.hostname or ''}" + (f":{parts.port}" if parts.port else "")
        try:
            self._driver = neo4j.GraphDatabase.driver(uri, auth=(user, password), **driver_options)
        except (ValueError, DriverError) as exc:
            raise UsageError(f"NEO4J_URI {self._address!r} cannot be used: {exc}") from None
        self._database = database or None
        self._reached = False

    def _unavailable(self, exc: Exception) -> GraphUnavailable:
        return GraphUnavailable(f"Neo4j at {self._address} is unavailable: {' '.join(str(exc).split())}")

    def _reach(self) -> None:
        """Fail at once when the server cannot be reached; the driver's retries are for a server that was there."""
        try:
            self._driver.verify_connectivity()
        except (ServiceUnavailable, SessionExpired) as exc:
            raise self._unavailable(exc) from exc
        except (Neo4jError, DriverError) as exc:
            raise GraphError(f"Neo4j: {exc}") from exc
        self._reached = True

    def _run(self, cypher_text: str, params: dict[str, Any] | None, access_mode: str) -> QueryResult:
        def work(tx: neo4j.ManagedTransaction) -> QueryResult:
            result = tx.run(cypher_text, params or {})
            columns = list(result.keys())
            rows = [[_convert(v) for v in record.values()] for record in result]
            counters = result.consume().counters
            stats = {name: getattr(counters, name) for name in STAT_NAMES if getattr(counters, name, 0)}
            return QueryResult(columns, rows, stats)

        if not self._reached:
            self._reach()
        try:
            with self._driver.session(database=self._database, default_access_mode=access_mode) as session:
                if access_mode == neo4j.READ_ACCESS:
                    return session.execute_read(work)
                return session.execute_write(work)
        except ClientError as exc:
            if _is_access_mode_error(exc):
                raise ReadOnlyViolation() from exc
            raise GraphError(f"Neo4j: {exc.message or exc}") from exc
        except (ServiceUnavailable, SessionExpired) as exc:
            raise self._unavailable(exc) from exc
        except (Neo4jError, DriverError) as exc:
            raise GraphError(f"Neo4j: {exc}") from exc

    def read(self, cypher_text: str, params: dict[str, Any] | None = None) -> QueryResult:
        return self._run(cypher_text, params, neo4j.READ_ACCESS)

    def write(self, cypher_text: str, params: dict[str, Any] | None = None) -> QueryResult:
        return self._run(cypher_text, params, neo4j.WRITE_ACCESS)

    def ensure_schema(self) -> None:
        for statement in schema_statements():
            self.write(statement)

    def close(self) -> None:
        self._driver.close()


def schema_statements() -> list[str]:
    """Neo4j 5 DDL for the unique keys and lookup indexes (idempotent with IF NOT EXISTS)."""
    statements = [
        f"CREATE CONSTRAINT {label.lower()}_{prop}_unique IF NOT EXISTS FOR (n:{label}) REQUIRE n.{prop} IS UNIQUE"
        for label, prop in cypher.UNIQUE_KEYS.items()
    ]
    statements += [
        f"CREATE INDEX {label.lower()}_{prop} IF NOT EXISTS FOR (n:{label}) ON (n.{prop})"
        for label, prop in cypher.INDEXES
    ]
    return statements
