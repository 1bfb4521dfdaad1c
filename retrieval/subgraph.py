"""The grounding subgraph of matched experts: their facts and the nodes and edges that state them, from the graph."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Hashable

from kg import cypher as kg_cypher
from kg.store import GraphEdge, GraphNode, GraphStore
from retrieval import cypher as retrieval_cypher
from retrieval.models import (
    AwardFact,
    ExpertMatch,
    Subgraph,
    SubgraphEdge,
    SubgraphNode,
)
from retrieval.presentation import citations


#: experts' rows a RowCache keeps: an academician's row takes 12-14 KiB of Python objects (~55 MiB a worker when full)
CACHED_ROWS = 4_000


class RowCache:
    """The expert statements' rows by expert id, reused while the graph's change mark (`GraphStore.change_mark`)
    stays the same: a match reads five experts' facts (~2 ms of client and server CPU), the mark ~0.07 ms. Bounded
    (least recently used out first) and shared by a worker's threads; nothing is reused where the engine gives no
    mark (Neo4j)."""

    def __init__(self, store: GraphStore, size: int = CACHED_ROWS) -> None:
        self.store = store
        self.size = size
        self.hits = self.misses = 0
        self._lock = threading.Lock()
        self._mark: Hashable | None = None
        self._rows: OrderedDict[tuple[bool, str], dict] = OrderedDict()

    def rows(self, ids: list[str], with_citations: bool) -> dict[str, dict]:
        """Each id's row as `read_rows` gives it (ids no longer in the graph have none)."""
        mark = self.store.change_mark()
        if mark is None:
            return read_rows(self.store, ids, with_citations)
        with self._lock:
            if mark != self._mark:  # written since: nothing read before may be shown
                self._rows.clear()
                self._mark = mark
            found = {}
            for expert_id in ids:
                if (row := self._rows.get((with_citations, expert_id))) is not None:
                    self._rows.move_to_end((with_citations, expert_id))
                    found[expert_id] = row
        missing = [i for i in ids if i not in found]
        self.hits, self.misses = self.hits + len(found), self.misses + len(missing)
        if not missing:
            return found
        fresh = read_rows(self.store, missing, with_citations)  # read after the mark: never older than it
        with self._lock:
            if self._mark == mark:
                for expert_id, row in fresh.items():
                    self._rows[(with_citations, expert_id)] = row
                while len(self._rows) > self.size:
                    self._rows.popitem(last=False)
        return {**found, **fresh}


def read_rows(store: GraphStore, ids: list[str], with_citations: bool) -> dict[str, dict]:
    """The experts' rows by id (NEIGHBOURHOODS, or MATCHED_EXPERTS with their sources): read-only once made."""
    statement = retrieval_cypher.MATCHED_EXPERTS if with_citations else kg_cypher.NEIGHBOURHOODS
    records = store.read(statement, {"ids": ids}).records()
    if with_citations:
        for row in records:
            row["e"] = _expert_node(row)
    return {row["e"].properties["id"]: row for row in records}


def load_matches(store: GraphStore, ranking: list[tuple[str, float]], with_citations: bool = False,
                 cache: RowCache | None = None) -> tuple[list[ExpertMatch], Subgraph, list[str]]:
    """The ranked experts' facts (in ranking order), their subgraph, and the ids no longer in the graph.

    `with_citations`: each expert's sources too (`citations`), read in the same statement; `cache`: rows reused
    while the graph is unchanged."""
    ids = [i for i, _ in ranking]
    rows = cache.rows(ids, with_citations) if cache is not None else read_rows(store, ids, with_citations)
    subgraph = Subgraph()
    experts = []
    missing = []
    seen_nodes: set[str] = set()
    seen_edges: dict[tuple[str, str, str], list[dict]] = {}
    for expert_id, score in ranking:
        row = rows.get(expert_id)
        if row is None:  # deleted from the graph since indexing
            missing.append(expert_id)
            continue
        experts.append(_expert_match(row, score))
        if with_citations:
            experts[-1].citations = citations(row["sources"])
        _add_to_subgraph(subgraph, row, seen_nodes, seen_edges)
    return experts, subgraph, missing


def _expert_node(row: dict) -> GraphNode:
    """The expert of a MATCHED_EXPERTS row (which sends its shown properties, not the node) as NEIGHBOURHOODS gives
    it: its node id is the start of its relationships (all of `rels` leave it), the one place the id is used."""
    properties = {k: row[k] for k in ("id", "name", "title") if row[k] is not None}
    start = row["rels"][0].start if row["rels"] else ""
    return GraphNode(start, tuple(row["labels"] or ()), properties)


def _expert_match(row: dict, score: float) -> ExpertMatch:
    expert: GraphNode = row["e"]
    by_id = {n.id: n for n in row["nodes"]}
    facts: dict[str, list] = {"Institution": [], "Field": [], "Direction": [], "Award": []}
    places: dict[str, tuple[str | None, str | None]] = {}  # institution -> (province, city) where the graph has them
    for rel in row["rels"]:
        node = by_id.get(rel.end)
        if node is None or not node.labels:
            continue
        label = node.labels[0]
        if label == "Award":
            years = rel.properties.get("years") or [rel.properties.get("year")]  # (won more than once: each time)
            facts[label].extend(AwardFact(name=node.properties["name"], year=y) for y in years)
        elif label in facts:
            facts[label].append(node.properties["name"])
            if label == "Institution":
                places[node.properties["name"]] = (node.properties.get("province"), node.properties.get("city"))
    institution = (sorted(facts["Institution"]) or [None])[0]
    province, city = places.get(institution, (None, None)) if institution else (None, None)
    return ExpertMatch(
        id=expert.properties["id"],
        name=expert.properties["name"],
        institution=institution,
        province=province,
        city=city,
        title=expert.properties.get("title"),
        fields=sorted(facts["Field"]),
        directions=sorted(facts["Direction"]),
        awards=sorted(facts["Award"], key=lambda a: (-(a.year or 0), a.name)),
        score=round(score, 6),
    )


def _node_key(node: GraphNode) -> str:
    label = node.labels[0] if node.labels else "Node"
    ident = node.properties.get("id") if label == "Expert" else node.properties.get("key")
    return f"{label}:{ident}"


def _add_to_subgraph(subgraph: Subgraph, row: dict, seen: set[str],
                     seen_edges: dict[tuple[str, str, str], list[dict]]) -> None:
    """Add the row's nodes and edges that the subgraph lacks (`seen`, `seen_edges`: what it has, for O(1) checks)."""
    nodes: list[GraphNode] = [row["e"], *row["nodes"], *row["fields"]]
    key_of = {n.id: _node_key(n) for n in nodes}
    for node in nodes:
        key = key_of[node.id]
        if key in seen:
            continue
        seen.add(key)
        props = {k: v for k, v in node.properties.items() if k in ("id", "title")}
        subgraph.nodes.append(SubgraphNode(id=key, label=node.labels[0] if node.labels else "",
                                           name=node.properties.get("name", ""), properties=props))
    rels: list[GraphEdge] = [*row["rels"], *row["part_of"]]
    for rel in rels:
        if rel.start in key_of and rel.end in key_of:
            ends, properties = (key_of[rel.start], key_of[rel.end], rel.type), dict(rel.properties)
            known = seen_edges.setdefault(ends, [])
            if properties not in known:
                known.append(properties)
                subgraph.edges.append(SubgraphEdge(source=ends[0], target=ends[1], type=ends[2],
                                                   properties=properties))
