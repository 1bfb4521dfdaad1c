"""FalkorDB's compact reply read straight into plain values (GraphNode / GraphEdge / GraphPath, lists, dicts).

falkordb-py turns every cell into its own Node / Edge objects (a dispatch call per value and per property), which
the store then copied into GraphNode / GraphEdge: two passes over every value. `PlainGraph` reads the reply once,
with the same name lookups (`graph.schema`, refreshed on an unknown label, type or property id) and the same
values; the rarer types (points, vectors, temporal values) still go through falkordb-py's parser.
"""

from __future__ import annotations

from typing import Any

from falkordb import Graph
from falkordb.edge import Edge
from falkordb.exceptions import SchemaVersionMismatchException
from falkordb.node import Node
from falkordb.path import Path as FPath
from falkordb.query_result import QueryResult, parse_scalar

from kg.store import GraphEdge, GraphNode, GraphPath

# value types of the compact format (falkordb.query_result.ResultSetScalarTypes)
_NULL, _STRING, _INTEGER, _BOOLEAN, _DOUBLE, _ARRAY, _EDGE, _NODE, _PATH, _MAP = range(1, 11)


def plain(value: Any) -> Any:
    """A value falkordb-py parsed (Node, Edge, Path, containers of them) as plain data."""
    if isinstance(value, Node):
        return GraphNode(str(value.id), tuple(value.labels or ()), dict(value.properties))
    if isinstance(value, Edge):
        return GraphEdge(
            str(value.id), value.relation, str(value.src_node), str(value.dest_node), dict(value.properties)
        )
    if isinstance(value, FPath):
        return GraphPath(tuple(plain(n) for n in value.nodes()), tuple(plain(e) for e in value.edges()))
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value


def _string(value: Any) -> str:
    if isinstance(value, bytes):
        return value.decode()
    return value if isinstance(value, str) else str(value)


class _Reader:
    """Reads the cells of one reply with one graph's schema (label, relationship type and property names)."""

    __slots__ = ("graph", "schema")

    def __init__(self, graph: Graph) -> None:
        self.graph = graph
        self.schema = graph.schema

    def value(self, cell: list) -> Any:
        kind, value = cell[0], cell[1]
        if kind == _STRING:
            return value if type(value) is str else _string(value)
        if kind == _INTEGER:
            return int(value)
        if kind == _NULL:
            return None
        if kind == _ARRAY:
            return [self.value(c) for c in value]
        if kind == _NODE:
            return self.node(value)
        if kind == _EDGE:
            return self.edge(value)
        if kind == _MAP:
            return {_string(value[i]): self.value(value[i + 1]) for i in range(0, len(value), 2)}
        if kind == _BOOLEAN:
            return (value.decode() if isinstance(value, bytes) else value) == "true"
        if kind == _DOUBLE:
            return float(value)
        if kind == _PATH:
            return GraphPath(tuple(self.value(value[0])), tuple(self.value(value[1])))
        return plain(parse_scalar(cell, self.graph))  # points, vectors, temporal values, unknown

    def properties(self, props: list) -> dict[str, Any]:
        # [[name id, type, value], ...]; strings and integers (nearly all properties) are read inline
        names, out = self.schema.properties, {}
        for p in props:
            index, kind, value = p
            try:
                name = names[index]
            except IndexError:  # a property created after the schema was read: get_property refreshes it
                name = self.schema.get_property(index)
                names = self.schema.properties
            if kind == _STRING and type(value) is str:
                out[name] = value
            elif kind == _INTEGER:
                out[name] = int(value)
            else:
                out[name] = self.value([kind, value])
        return out

    def node(self, value: list) -> GraphNode:
        known = self.schema.labels
        try:
            labels = tuple(known[i] for i in value[1])
        except IndexError:  # a label created after the schema was read: get_label refreshes it
            labels = tuple(self.schema.get_label(i) for i in value[1])
        if not all(isinstance(label, str) and label for label in labels):
            labels = tuple(label for label in labels if isinstance(label, str) and label)  # as falkordb's Node
        return GraphNode(str(int(value[0])), labels, self.properties(value[2]))

    def edge(self, value: list) -> GraphEdge:
        try:
            relation = self.schema.relationships[value[1]]
        except IndexError:  # a type created after the schema was read: get_relation refreshes it
            relation = self.schema.get_relation(value[1])
        return GraphEdge(str(int(value[0])), relation, str(int(value[2])), str(int(value[3])),
                         self.properties(value[4]))


class PlainGraph(Graph):
    """A falkordb `Graph` whose query results hold plain values (`result_set` rows of GraphNode, lists, ...)."""

    def _query(self, q: str, params: dict[str, object] | None = None, timeout: int | None = None,
               read_only: bool = False) -> QueryResult:
        command: list[Any] = ["GRAPH.RO_QUERY" if read_only else "GRAPH.QUERY", self.name,
                              self._build_params_header(params) + q, "--compact"]
        if isinstance(timeout, int):
            command.extend(["timeout", timeout])
        elif timeout is not None:
            raise TypeError("timeout must be a whole number of milliseconds")
        try:
            response = self.execute_command(*command)
            if len(response) == 1:  # statistics only
                return QueryResult(self, response)
            # falkordb-py checks the reply for errors and reads the header and statistics; the rows are read here
            result = QueryResult(self, [response[0], [], response[-1]])
            if result.header:
                read = _Reader(self).value
                result._result_set = [[read(cell) for cell in row] for row in response[1]]
            return result
        except SchemaVersionMismatchException as exc:  # as falkordb-py: refresh the local schema, then raise
            self.schema.refresh(exc.version)
            raise
