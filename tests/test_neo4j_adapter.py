"""The Neo4j adapter's driver code, exercised against FalkorDB's experimental Bolt listener.

That listener crashes on Bolt messages over ~4 KB, ignores READ access mode and the database name, and pastes
parameters into the query text, so these tests keep payloads small and check only what it does faithfully:
the project's statements, parameters, result conversion and counters through the official `neo4j` driver.
"""

from __future__ import annotations

import random
import socket
import time

import pytest

from kg import cypher, falkordb_server
from kg.ingest import ingest
from kg.neo4j_store import Neo4jStore
from kg.readers import RawRecord
from kg.store import GraphEdge, GraphError, GraphNode


def _free_port() -> int:
    """A free port below 32768: the Bolt listener silently fails to open higher ones."""
    for port in random.sample(range(20000, 32000), 200):
        with socket.socket() as s:
            try:
                s.bind(("0.0.0.0", port))
            except OSError:
                continue
            return port
    raise RuntimeError("no free port below 32768")


@pytest.fixture(scope="module")
def bolt_store(tmp_path_factory):
    home = tmp_path_factory.mktemp("bolt-home")
    port = _free_port()
    # Bolt writes crash the server when AOF propagation is on: this throwaway server keeps no AOF.
    falkordb_server.start(home, extra_module_args=("BOLT_PORT", str(port)), extra_config=("appendonly no",))
    deadline = time.monotonic() + 20
    while True:  # the listener opens a moment after the Redis port
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)
    store = Neo4jStore(f"bolt://127.0.0.1:{port}", "neo4j", "", connection_acquisition_timeout=5)
    try:
        yield store
    finally:
        store.close()
        # The listener stalls the handshake after a closed connection; a bare connect clears that.
        with socket.create_connection(("127.0.0.1", port), timeout=2):
            pass
        falkordb_server.stop(home)


def test_upsert_and_read_back_through_the_driver(bolt_store):
    records = [
        {"id": "n1", "name": "吕建", "institution": "南京大学", "fields": ["计算机科学与技术"],
         "directions": ["软件方法学"], "awards": [{"name": "何梁何利奖", "year": 2015}], "source": "bolt"},
        {"id": "n2", "name": "王振义", "institution": "瑞金医院", "fields": ["临床医学"], "directions": ["血栓与止血"]},
    ]
    summary = ingest(bolt_store, (RawRecord("mem", i, r) for i, r in enumerate(records, 1)), batch_size=1)
    assert (summary.created, summary.rejected) == (2, 0)
    state = bolt_store.read(cypher.EXPERT_STATES, {"ids": ["n1"]}).records()[0]
    assert state["institutions"] == ["南京大学"]
    assert state["direction_fields"] == [["软件方法学", "计算机科学与技术"]]
    assert state["awards"] == [["何梁何利奖", 2015]]
    again = ingest(bolt_store, (RawRecord("mem", i, r) for i, r in enumerate(records, 1)), batch_size=1)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 2)


def test_graph_values_are_converted(bolt_store):
    bolt_store.write("MERGE (e:Expert {id: $id}) SET e.name = $name", {"id": "n3", "name": "陈红"})
    result = bolt_store.read(
        "MATCH (e:Expert {id: $id}) OPTIONAL MATCH (e)-[r]->(n) RETURN e, r, n", {"id": "n1"}
    )
    node = result.rows[0][0]
    assert isinstance(node, GraphNode) and node.labels == ("Expert",) and node.properties["name"] == "吕建"
    edges = [row[1] for row in result.rows]
    assert all(isinstance(e, GraphEdge) and e.start == node.id for e in edges)
    assert {e.type for e in edges} == {"AFFILIATED_WITH", "IN_FIELD", "WORKS_ON", "RECEIVED"}


def test_write_counters(bolt_store):
    result = bolt_store.write("CREATE (x:Scratch {v: $v}) RETURN x.v AS v", {"v": 7})
    assert result.records() == [{"v": 7}]
    assert result.stats["nodes_created"] == 1
    assert bolt_store.write("MATCH (x:Scratch) DELETE x").stats["nodes_deleted"] == 1


def test_engine_errors_become_graph_errors(bolt_store):
    with pytest.raises(GraphError, match="Neo4j"):
        bolt_store.read("MATCH (n RETURN n")
    assert bolt_store.read("RETURN 1 AS one").value() == 1  # the session recovers


def test_matched_experts_through_the_driver(bolt_store):
    """/v1/match's statement (expert properties, nodes, edges, sources) reads through the Neo4j adapter into the same
    experts and subgraph as the neighbourhood statement."""
    from retrieval.subgraph import load_matches

    ranking = [("n1", 1.0), ("n2", 0.5), ("gone", 0.1)]
    with_sources, subgraph, missing = load_matches(bolt_store, ranking, with_citations=True)
    plain, plain_subgraph, _ = load_matches(bolt_store, ranking)
    assert missing == ["gone"] and [m.id for m in with_sources] == ["n1", "n2"]
    assert with_sources == plain and subgraph == plain_subgraph
    first = with_sources[0]
    assert (first.name, first.institution, first.directions) == ("吕建", "南京大学", ["软件方法学"])
    assert [(a.name, a.year) for a in first.awards] == [("何梁何利奖", 2015)]
    assert {"Expert:n1", "Direction:软件方法学", "Field:计算机科学与技术"} <= {n.id for n in subgraph.nodes}
    assert ("Expert:n1", "Award:何梁何利奖", "RECEIVED", {"year": 2015}) in [
        (e.source, e.target, e.type, e.properties) for e in subgraph.edges]
