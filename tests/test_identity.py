"""Identity rules on the real embedded FalkorDB: an explicit id is the expert; name + institution only joins records
without one; later records (same batch or later) see renames made by earlier ones and never undo them.

Each test runs twice: into an empty graph (nothing is read back) and into one already holding an unrelated expert
(every batch is looked up in the graph).
"""

from __future__ import annotations

import pytest

from kg import cypher
from kg.ingest import ingest
from kg.normalize import derived_expert_id
from kg.readers import RawRecord


@pytest.fixture(params=["empty", "seeded"])
def graph(request, store):
    if request.param == "seeded":
        run(store, [{"id": "other", "name": "无关", "institution": "某大学"}])
    return store


def run(store, records: list[dict], batch_size: int = 2000):
    return ingest(store, (RawRecord("mem", i, r) for i, r in enumerate(records, 1)), batch_size=batch_size)


def experts(store, name: str) -> list[dict]:
    return store.read("MATCH (e:Expert {name: $name}) OPTIONAL MATCH (e)-[:IN_FIELD]->(f:Field) "
                      "RETURN e.id AS id, collect(f.name) AS fields ORDER BY id", {"name": name}).records()


def count(store) -> int:
    return store.read(cypher.EXPERT_COUNT).value()


def test_explicit_ids_are_never_merged_by_name_and_institution(graph):
    before = count(graph)
    run(graph, [{"id": "e1", "name": "张三", "institution": "清华大学"}])
    summary = run(graph, [{"id": "e2", "name": "张三", "institution": "清华大学", "fields": ["人工智能"]}])
    assert (summary.created, summary.unchanged) == (1, 0)
    assert [e["id"] for e in experts(graph, "张三")] == ["e1", "e2"]
    assert count(graph) == before + 2


def test_explicit_ids_in_one_batch_stay_apart(graph):
    summary = run(graph, [{"id": "e1", "name": "张三", "institution": "清华大学"},
                          {"id": "e2", "name": "张三", "institution": "清华大学"}])
    assert summary.created == 2
    assert [e["id"] for e in experts(graph, "张三")] == ["e1", "e2"]


def test_records_without_id_join_by_name_and_institution(graph):
    run(graph, [{"id": "e1", "name": "张三", "institution": "清华大学"}])
    summary = run(graph, [{"name": " 张 三", "institution": "清华大学 ", "fields": ["人工智能"]}])
    assert (summary.created, summary.updated) == (0, 1)
    assert experts(graph, "张三") == [{"id": "e1", "fields": ["人工智能"]}]


def test_merge_by_name_joins_an_id_from_another_source(graph):
    summary = run(graph, [{"id": "cas-张三", "name": "张三", "institution": "清华大学", "source": "cas"},
                          {"id": "cae-张三", "name": "张三", "institution": "清华大学", "source": "cae",
                           "merge_by_name": True, "fields": ["工程"]}])
    assert (summary.created, summary.updated) == (1, 1)
    assert experts(graph, "张三") == [{"id": "cas-张三", "fields": ["工程"]}]


@pytest.mark.parametrize("batch_size", [2000, 1])
def test_a_rename_is_seen_by_later_records(graph, batch_size):
    run(graph, [{"id": "e1", "name": "张三", "institution": "清华大学"}])
    summary = run(graph, [{"id": "e1", "name": "张三丰", "institution": "清华大学"},
                          {"name": "张三丰", "institution": "清华大学", "fields": ["武术"]}], batch_size)
    assert (summary.created, summary.updated) == (0, 2)
    assert experts(graph, "张三丰") == [{"id": "e1", "fields": ["武术"]}]
    assert experts(graph, "张三") == []


@pytest.mark.parametrize("batch_size", [2000, 1])
def test_a_stale_name_never_undoes_a_rename(graph, batch_size):
    run(graph, [{"id": "e1", "name": "张三", "institution": "清华大学"}])
    records = [{"id": "e1", "name": "张三丰", "institution": "清华大学"},
               {"name": "张三", "institution": "清华大学", "fields": ["物理"]}]
    summary = run(graph, records, batch_size)
    assert (summary.created, summary.updated) == (1, 1)
    assert experts(graph, "张三丰") == [{"id": "e1", "fields": []}]
    [namesake] = experts(graph, "张三")
    assert namesake["id"] != "e1" and namesake["fields"] == ["物理"]
    again = run(graph, records, batch_size)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 2)


def test_a_derived_id_that_was_renamed_is_not_reused(graph):
    derived = derived_expert_id("张三", "清华大学")
    run(graph, [{"name": "张三", "institution": "清华大学"}])
    run(graph, [{"id": derived, "name": "张三丰", "institution": "清华大学"}])
    summary = run(graph, [{"name": "张三", "institution": "清华大学"}])
    assert summary.created == 1
    assert [e["id"] for e in experts(graph, "张三丰")] == [derived]
    assert [e["id"] for e in experts(graph, "张三")] == [f"{derived}-2"]
