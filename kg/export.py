"""The graph, or experts' neighbourhoods, as networkx graphs for analysis."""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx

from kg import cypher
from kg.store import GraphEdge, GraphNode, GraphStore


def _node_id(node: GraphNode) -> str:
    """A stable, readable node id: Expert by its id, other labels by their key."""
    label = node.labels[0] if node.labels else "Node"
    ident = node.properties.get("id") if label == "Expert" else node.properties.get("key")
    return f"{label}:{ident if ident is not None else node.id}"


def _add(graph: nx.MultiDiGraph, nodes: Iterable[GraphNode], edges: Iterable[GraphEdge]) -> None:
    by_engine_id = {}
    for node in nodes:
        nid = _node_id(node)
        by_engine_id[node.id] = nid
        graph.add_node(nid, label=node.labels[0] if node.labels else "", **node.properties)
    for edge in edges:
        if edge.start in by_engine_id and edge.end in by_engine_id:
            graph.add_edge(by_engine_id[edge.start], by_engine_id[edge.end], key=edge.type, type=edge.type, **edge.properties)


def to_networkx(store: GraphStore) -> nx.MultiDiGraph:
    """The whole graph; node ids look like 'Expert:<id>' or 'Field:<key>'."""
    graph = nx.MultiDiGraph()
    nodes = [row[0] for row in store.read(cypher.GRAPH_NODES).rows]
    edges = [row[0] for row in store.read(cypher.GRAPH_EDGES).rows]
    _add(graph, nodes, edges)
    return graph


def neighbourhood(store: GraphStore, expert_ids: Iterable[str]) -> nx.MultiDiGraph:
    """Experts with their institutions, fields, directions, awards and the fields their directions belong to."""
    graph = nx.MultiDiGraph()
    for row in store.read(cypher.NEIGHBOURHOODS, {"ids": list(expert_ids)}).records():
        _add(graph, [row["e"], *row["nodes"], *row["fields"]], [*row["rels"], *row["part_of"]])
    return graph
