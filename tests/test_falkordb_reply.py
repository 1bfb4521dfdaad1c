"""kg/falkordb_reply.py reads FalkorDB's replies into the same plain values as falkordb-py's parser followed by the
old conversion (`plain`), on a real server: nodes, edges, paths, maps, nested lists and every scalar type."""

from __future__ import annotations

import pytest
import redis
from falkordb import FalkorDB

from kg import falkordb_server
from kg.falkordb_reply import PlainGraph, plain
from kg.store import GraphEdge, GraphNode, GraphPath

SETUP = """
CREATE (a:Expert {id: 'e1', name: '王伟', title: '教授', score: 0.5, active: true, tags: ['x', 'y']}),
       (b:Direction {key: 'd1', name: '注塑'}),
       (c:Field:Extra {key: 'f1', name: '材料'}),
       (a)-[:WORKS_ON]->(b), (b)-[:PART_OF {weight: 2}]->(c), (a)-[:RECEIVED {year: 2016, note: null}]->(c)
"""

QUERIES = [
    "MATCH (e:Expert) RETURN e",
    "MATCH (e:Expert)-[r]->(n) RETURN e, r, n ORDER BY type(r)",
    "MATCH p = (:Expert)-[:WORKS_ON]->()-[:PART_OF]->() RETURN p",
    "MATCH (e:Expert) OPTIONAL MATCH (e)-[r]->(n) RETURN e.id, collect(DISTINCT n) AS nodes, "
    "collect(DISTINCT r) AS rels, collect([n.name, properties(r), labels(n)]) AS rows",
    "RETURN 1 AS i, 1.5 AS f, true AS t, false AS no, null AS nothing, 'text' AS s, [1, [2, 'a'], null] AS l, "
    "{a: 1, b: {c: [true]}} AS m",
    "RETURN point({latitude: 1.5, longitude: 2.5}) AS p, vecf32([1.0, 2.0]) AS v",
    "MATCH (n:Nothing) RETURN n",
]


@pytest.fixture
def graphs(expertglm_home):
    info = falkordb_server.require(expertglm_home)
    db = FalkorDB(connection_pool=redis.ConnectionPool(host=info.host, port=info.port, password=info.password,
                                                       decode_responses=True))  # as kg/falkordb_store.py
    name = f"reply-{id(db)}"
    db.select_graph(name).query(SETUP)
    yield db.select_graph(name), PlainGraph(db, name)
    db.select_graph(name).delete()
    db.connection.close()


@pytest.mark.parametrize("query", QUERIES)
def test_rows_equal_falkordb_py_parse_then_plain(graphs, query):
    library, ours = graphs
    expected = library.ro_query(query)
    got = ours.ro_query(query)
    assert got.header == expected.header
    assert got.result_set == [[plain(v) for v in row] for row in expected.result_set]


def test_graph_values_are_plain_types(graphs):
    _, ours = graphs
    (row,) = ours.ro_query("MATCH p = (e:Expert)-[r:WORKS_ON]->(n) RETURN e, r, p").result_set
    node, edge, path = row
    assert isinstance(node, GraphNode) and node.labels == ("Expert",) and node.properties["tags"] == ["x", "y"]
    assert isinstance(edge, GraphEdge) and (edge.type, edge.start) == ("WORKS_ON", node.id)
    assert isinstance(path, GraphPath) and path.nodes[0] == node and path.edges == (edge,)


def test_names_created_after_the_first_read_are_found(graphs):
    """A label, type or property id the local schema does not know yet is looked up again (a schema refresh)."""
    library, ours = graphs
    ours.ro_query("MATCH (e:Expert) RETURN e")  # the schema is read with what exists now
    library.query("CREATE (:Brand {brand_new: 1})-[:NEW_KIND {fresh: 'x'}]->(:Other)")
    (row,) = ours.ro_query("MATCH (b:Brand)-[r]->(o) RETURN b, r, o").result_set
    assert row[0].labels == ("Brand",) and row[0].properties == {"brand_new": 1}
    assert row[1].type == "NEW_KIND" and row[1].properties == {"fresh": "x"}
    assert row[2].labels == ("Other",)


def test_write_statistics_and_errors_are_falkordb_py_s(graphs):
    _, ours = graphs
    result = ours.query("CREATE (:Tmp {v: 1})")
    assert result.result_set == [] and result.nodes_created == 1 and result.properties_set == 1
    with pytest.raises(redis.ResponseError):
        ours.ro_query("CREATE (:Tmp)")
    with pytest.raises(redis.ResponseError):
        ours.ro_query("RETURN 1 / 'x'")


def test_a_value_that_is_not_utf8_reads_with_replacement_characters(expertglm_home, settings):
    """FalkorDB's substring()/left() on Chinese text can cut a character's bytes; the reply then holds bytes that are
    not UTF-8. The store reads them as U+FFFD instead of failing the whole query with a decoding traceback."""
    from kg.connect import open_store

    info = falkordb_server.require(expertglm_home)
    raw = redis.Redis(host=info.host, port=info.port, password=info.password)  # bytes in, as such a reply brings
    cut = "注塑".encode()[:-1]  # 注 and two of 塑's three bytes
    raw.execute_command("GRAPH.QUERY", settings.graph, b"CREATE (:Expert {id: 'e1', bio: '" + cut + b"'})")
    try:
        with open_store(settings) as store:
            (row,) = store.read("MATCH (e:Expert) RETURN e.bio AS bio, e AS node").records()
        assert row["bio"] == "注\ufffd" and row["node"].properties["bio"] == "注\ufffd"
    finally:
        raw.execute_command("GRAPH.DELETE", settings.graph)
        raw.close()
