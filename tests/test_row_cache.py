"""Experts' rows reused while the graph is unchanged (retrieval/subgraph.py RowCache), on the real embedded server:
a write of any kind, through this store or another client, shows at once; an unchanged graph is not read again."""

from __future__ import annotations

import json
from pathlib import Path

from kg.connect import open_store
from kg.falkordb_server import snapshot
from kg.ingest import ingest
from kg.readers import read_records
from retrieval.subgraph import RowCache, load_matches

EXPERTS = [
    {"id": "rc1", "name": "张三", "institution": "清华大学", "title": "教授", "fields": ["材料科学与工程"],
     "directions": ["注塑成型"], "awards": [{"name": "国家技术发明奖二等奖", "year": 2015}], "source": "a"},
    {"id": "rc2", "name": "李四", "institution": "北京大学", "fields": ["化学"], "directions": ["高分子合成"],
     "source": "a"},
]
RANKING = [("rc1", 0.9), ("rc2", 0.5)]


def _ingest(store, path: Path, records: list[dict], home: Path) -> None:
    """Ingest, then snapshot: the server's timed save (SAVE_RULES) would otherwise change the mark at a moment of its
    own, between two reads the test counts (a needless miss, not a stale row)."""
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    ingest(store, read_records(path))
    snapshot(home)


def _shown(store, cache: RowCache, with_citations: bool = True) -> dict[str, tuple]:
    experts, _, missing = load_matches(store, RANKING, with_citations, cache)
    return {m.id: (m.institution, tuple(m.directions), tuple((a.name, a.year) for a in m.awards)) for m in experts} \
        | {i: None for i in missing}


def test_rows_are_reused_only_while_the_graph_is_unchanged(store, settings, tmp_path):
    _ingest(store, tmp_path / "a.jsonl", EXPERTS, settings.home)
    cache = RowCache(store)
    first = _shown(store, cache)
    assert first == _shown(store, None) and first["rc1"][0] == "清华大学"
    assert (cache.hits, cache.misses) == (0, 2)
    assert _shown(store, cache) == first and (cache.hits, cache.misses) == (2, 2)  # not read again

    # an ingest that changes one expert's facts: the next read shows them
    changed = [{**EXPERTS[0], "institution": "浙江大学", "awards": [{"name": "国家技术发明奖一等奖", "year": 2020}]},
               EXPERTS[1]]
    _ingest(store, tmp_path / "b.jsonl", changed, settings.home)
    now = _shown(store, cache)
    assert now != first and now == _shown(store, None) and ("国家技术发明奖一等奖", 2020) in now["rc1"][2]

    # a Cypher write through another client of the server (an analyst's write mode) and a deletion
    with open_store(settings) as other:
        other.write("MATCH (e:Expert {id: $id})-[r:WORKS_ON]->(:Direction) DELETE r", {"id": "rc1"})
        assert _shown(store, cache)["rc1"][1] == ()
        other.write("MATCH (e:Expert {id: $id}) DETACH DELETE e", {"id": "rc2"})
    assert _shown(store, cache)["rc2"] is None


def test_a_read_without_a_change_mark_is_never_reused(store, settings, tmp_path):
    _ingest(store, tmp_path / "a.jsonl", EXPERTS, settings.home)

    class Unmarked:  # an engine that cannot say whether it changed (the Neo4j adapter)
        def __init__(self, inner) -> None:
            self.read = inner.read

        def change_mark(self):
            return None

    unmarked = Unmarked(store)
    cache = RowCache(unmarked)
    for _ in range(2):
        assert _shown(unmarked, cache, with_citations=False) == _shown(store, None, with_citations=False)
    assert cache.hits == 0 and not cache._rows


def test_the_cache_keeps_at_most_its_size(store, settings, tmp_path):
    _ingest(store, tmp_path / "a.jsonl", EXPERTS, settings.home)
    cache = RowCache(store, size=1)
    _shown(store, cache)
    assert len(cache._rows) == 1
    _shown(store, cache)
    assert cache.hits == 1  # rc2, the most recently read, was kept
