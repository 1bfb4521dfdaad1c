"""FalkorDB adapter: the embedded default, reached with the `falkordb` client over the Redis protocol."""

from __future__ import annotations

from typing import Any

import redis
from falkordb import FalkorDB
from falkordb.edge import Edge
from falkordb.node import Node
from falkordb.path import Path as FPath

from kg import cypher
from kg.falkordb_server import ServerInfo
from kg.store import (
    STAT_NAMES,
    GraphEdge,
    GraphError,
    GraphNode,
    GraphPath,
    GraphStore,
    QueryResult,
    ReadOnlyViolation,
)


def _convert(value: Any) -> Any:
    if isinstance(value, Node):
        return GraphNode(str(value.id), tuple(value.labels or ()), dict(value.properties))
    if isinstance(value, Edge):
        return GraphEdge(
            str(value.id), value.relation, str(value.src_node), str(value.dest_node), dict(value.properties)
        )
    if isinstance(value, FPath):
        return GraphPath(tuple(_convert(n) for n in value.nodes()), tuple(_convert(e) for e in value.edges()))
    if isinstance(value, dict):
        return {k: _convert(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_convert(v) for v in value]
    return value


class FalkorDBStore(GraphStore):
    """One FalkorDB graph; read-only queries go through GRAPH.RO_QUERY so the server itself refuses writes."""

    engine = "falkordb"

    def __init__(self, server: ServerInfo, graph: str = "expertglm", timeout_ms: int = 0) -> None:
        self._db = FalkorDB(host=server.host, port=server.port, password=server.password)
        self._graph = self._db.select_graph(graph)
        self._timeout = timeout_ms or None
        self.graph_name = graph

    def _run(self, cypher_text: str, params: dict[str, Any] | None, read_only: bool) -> QueryResult:
        try:
            if read_only:
                res = self._graph.ro_query(cypher_text, params, timeout=self._timeout)
            else:
                res = self._graph.query(cypher_text, params, timeout=self._timeout)
        except redis.ResponseError as exc:
            message = str(exc)
            if "read-only" in message or "RO_QUERY" in message:
                raise ReadOnlyViolation() from exc
            raise GraphError(f"FalkorDB: {message}") from exc
        except redis.RedisError as exc:
            raise GraphError(f"FalkorDB: {exc}") from exc
        columns = [h[1] for h in (res.header or [])]
        rows = [[_convert(v) for v in row] for row in (res.result_set or [])]
        stats = {}
        for name in STAT_NAMES:
            if value := getattr(res, name, 0):
                stats[name] = int(value)
        return QueryResult(columns, rows, stats)

    def read(self, cypher_text: str, params: dict[str, Any] | None = None) -> QueryResult:
        return self._run(cypher_text, params, read_only=True)

    def write(self, cypher_text: str, params: dict[str, Any] | None = None) -> QueryResult:
        # A single GRAPH.QUERY is atomic in FalkorDB: on error its changes are rolled back.
        return self._run(cypher_text, params, read_only=False)

    def ensure_schema(self) -> None:
        self._graph.query("RETURN 1")  # creates the graph key, so read-only queries work on an empty graph
        existing = {
            (row[0], prop)
            for row in self._graph.ro_query("CALL db.indexes()").result_set
            for prop in (row[1] or [])
        }
        wanted = [(label, prop) for label, prop in cypher.UNIQUE_KEYS.items()] + cypher.INDEXES
        for label, prop in wanted:
            if (label, prop) not in existing:
                self._graph.query(f"CREATE INDEX FOR (n:{label}) ON (n.{prop})")
        constraints = {(row[1], tuple(row[2])) for row in self._graph.ro_query("CALL db.constraints()").result_set}
        for label, prop in cypher.UNIQUE_KEYS.items():
            if (label, (prop,)) not in constraints:
                self._db.connection.execute_command(
                    "GRAPH.CONSTRAINT", "CREATE", self.graph_name, "UNIQUE", "NODE", label, "PROPERTIES", 1, prop
                )

    def close(self) -> None:
        self._db.connection.close()
