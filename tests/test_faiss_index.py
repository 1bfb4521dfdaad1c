"""The dense expert index on real FAISS: updates, search, atomic persistence, refusals and graph checks."""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np
import pytest

from retrieval.faiss_index import META_FILE, ExpertIndex, IndexMismatch, IndexMissing

DIM = 32
KINDS = ["flat", "hnsw"]
# flat stores float16: a unit vector's components are within 2**-11 relative of float32, so scores and vectors read
# back are within ~5e-4; hnsw stores float32
TOL = {"flat": 1e-3, "hnsw": 1e-5}


def _unit(n: int, seed: int) -> np.ndarray:
    x = np.random.default_rng(seed).standard_normal((n, DIM)).astype(np.float32)
    return x / np.linalg.norm(x, axis=1, keepdims=True)


def _filled(kind: str, n: int = 50, graph: str = "g1") -> tuple[ExpertIndex, list[str], np.ndarray]:
    index = ExpertIndex.create("test-embedder", DIM, kind, graph)
    ids = [f"x-{i:04x}" for i in range(n)]
    vectors = _unit(n, seed=1)
    index.upsert(ids, vectors, [f"2024-01-{i % 28 + 1:02d}" for i in range(n)])
    return index, ids, vectors


@pytest.mark.parametrize("kind", KINDS)
def test_search_finds_each_vector_first_best_first(kind: str) -> None:
    index, ids, vectors = _filled(kind)
    assert len(index) == 50
    results = index.search(vectors, 5)
    for expert_id, hits in zip(ids, results):
        assert hits[0][0] == expert_id
        assert hits[0][1] == pytest.approx(1.0, abs=TOL[kind])
        scores = [s for _, s in hits]
        assert scores == sorted(scores, reverse=True) and len(hits) == 5


@pytest.mark.parametrize("kind", KINDS)
def test_upsert_replaces_vector_and_version(kind: str) -> None:
    index, ids, vectors = _filled(kind)
    index.upsert([ids[0]], vectors[7:8], ["2025-06-01"])
    assert len(index) == 50
    assert index.versions()[ids[0]] == "2025-06-01"
    top2 = {i for i, _ in index.search(vectors[7], 2)[0]}
    assert top2 == {ids[0], ids[7]}
    # its old vector no longer finds it
    assert ids[0] not in [i for i, _ in index.search(vectors[0], 3)[0]]


@pytest.mark.parametrize("kind", KINDS)
def test_vectors_returns_stored_vectors_by_id(kind: str) -> None:
    index, ids, vectors = _filled(kind)
    index.upsert([ids[2]], vectors[9:10], ["v2"])
    np.testing.assert_allclose(index.vectors([ids[5], ids[2]]), vectors[[5, 9]], rtol=0, atol=TOL[kind])
    assert index.vectors([]).shape == (0, DIM)
    index.remove([ids[5]])
    with pytest.raises(KeyError, match="x-0005"):
        index.vectors([ids[4], ids[5]])


@pytest.mark.parametrize("kind", KINDS)
def test_removed_ids_never_returned(kind: str) -> None:
    index, ids, vectors = _filled(kind)
    gone = ids[:10]
    assert index.remove([*gone, "unknown", gone[0]]) == 10
    assert len(index) == 40 and gone[0] not in index
    for hits in index.search(vectors, 40):
        assert len(hits) == 40 and not set(gone) & {i for i, _ in hits}
    index.upsert([gone[0]], vectors[:1], ["again"])  # an id can come back
    assert index.search(vectors[0], 1)[0][0][0] == gone[0]


@pytest.mark.parametrize("kind", KINDS)
def test_k_larger_than_size_and_empty_index(kind: str) -> None:
    empty = ExpertIndex.create("test-embedder", DIM, kind)
    assert empty.search(_unit(2, seed=3), 10) == [[], []]
    index, ids, _ = _filled(kind, n=3)
    hits = index.search(_unit(1, seed=3), 100)[0]
    assert sorted(i for i, _ in hits) == ids


def test_flat_is_exact_over_float16_vectors_at_half_the_size(tmp_path: Path) -> None:
    index, ids, vectors = _filled("flat", n=400)
    queries = _unit(30, seed=7)
    exact = queries @ vectors.T
    for q, hits in enumerate(index.search(queries, 10)):
        found = [ids.index(i) for i, _ in hits]
        np.testing.assert_allclose([s for _, s in hits], exact[q, found], rtol=0, atol=TOL["flat"])
        # nothing left out scores better than the 10th found, beyond float16 rounding
        assert np.sort(exact[q])[-10] <= hits[-1][1] + 2 * TOL["flat"]
    index.save(tmp_path)
    meta = json.loads((tmp_path / META_FILE).read_text())
    assert (tmp_path / meta["files"]["index"]).stat().st_size < 400 * DIM * 4 * 0.6  # 2 bytes a component


def test_float32_flat_index_of_earlier_versions_loads_and_changes(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    import faiss

    from retrieval import faiss_index

    with monkeypatch.context() as m:  # save one the way versions before float16 storage did
        m.setattr(faiss_index, "_new_inner", lambda kind, dim, ef_construction: faiss.IndexFlatIP(dim))
        old, ids, vectors = _filled("flat")
        old.save(tmp_path)
    for mmap in (True, False):
        loaded = ExpertIndex.load(tmp_path, "test-embedder", "g1", mmap=mmap)
        assert len(loaded) == 50 and loaded.search(vectors, 5) == old.search(vectors, 5)
        np.testing.assert_array_equal(loaded.vectors(ids[:3]), vectors[:3])  # still float32
    loaded.remove(ids[:2])
    loaded.upsert(["new"], vectors[:1], ["v"])
    assert loaded.search(vectors[0], 1)[0][0][0] == "new" and ids[1] not in loaded


def test_hnsw_tombstones_then_compacts() -> None:
    index, ids, vectors = _filled("hnsw", n=40)
    index.upsert(ids[:5], vectors[:5], ["v2"] * 5)  # replacing leaves 5 tombstones
    index.remove(ids[5:15])
    assert index.tombstones == 15 and len(index) == 30
    assert all(len(hits) == 30 for hits in index.search(vectors, 30))
    index.remove(ids[15:25])  # 25 tombstones > 20 live: rebuilt from the live vectors
    assert index.tombstones == 0 and len(index) == 20
    live = [*ids[:5], *ids[25:]]
    live_vectors = np.concatenate([vectors[:5], vectors[25:]])
    assert [hits[0][0] for hits in index.search(live_vectors, 1)] == live
    assert index.versions()[ids[0]] == "v2"


@pytest.mark.parametrize("kind", KINDS)
def test_save_load_round_trip_gives_identical_results(kind: str, tmp_path: Path) -> None:
    index, ids, vectors = _filled(kind, graph="prod")
    index.remove(ids[:3])
    index.upsert([ids[3]], vectors[4:5], ["v9"])
    index.save(tmp_path / "idx")
    loaded = ExpertIndex.load(tmp_path / "idx", "test-embedder", "prod")
    assert (len(loaded), loaded.kind, loaded.dim, loaded.tombstones) == (47, kind, DIM, index.tombstones)
    assert loaded.versions() == index.versions()
    assert loaded.search(vectors, 10) == index.search(vectors, 10)
    meta = json.loads((tmp_path / "idx" / META_FILE).read_text())
    assert {k: meta[k] for k in ("format", "embedder", "dim", "kind", "graph", "count")} == {
        "format": 1, "embedder": "test-embedder", "dim": DIM, "kind": kind, "graph": "prod", "count": 47,
    }
    assert meta["built_at"]


def test_hnsw_labels_stay_unique_across_save_and_load(tmp_path: Path) -> None:
    index, ids, vectors = _filled("hnsw", n=10)
    index.remove(ids[-2:])  # the highest labels become tombstones
    index.save(tmp_path)
    loaded = ExpertIndex.load(tmp_path, "test-embedder", "g1")
    loaded.upsert(["new-1", "new-2"], vectors[-2:], ["v"] * 2)
    assert [hits[0][0] for hits in loaded.search(vectors[-2:], 1)] == ["new-1", "new-2"]


def test_load_refuses_other_embedder_or_graph(tmp_path: Path) -> None:
    index, _, _ = _filled("flat", graph="g1")
    index.save(tmp_path)
    with pytest.raises(IndexMismatch) as other_embedder:
        ExpertIndex.load(tmp_path, "usem3:other", "g1")
    message = str(other_embedder.value)
    assert "test-embedder" in message and "usem3:other" in message and "expertglm index build" in message
    assert str(tmp_path) in message
    with pytest.raises(IndexMismatch, match="'g1'.*'g2'"):
        ExpertIndex.load(tmp_path, "test-embedder", "g2")
    assert isinstance(other_embedder.value, ValueError)


def test_missing_and_unreadable_indexes(tmp_path: Path) -> None:
    with pytest.raises(IndexMissing, match="no expert index") as missing:
        ExpertIndex.load(tmp_path / "nowhere", "test-embedder", "")
    assert isinstance(missing.value, FileNotFoundError)
    index, _, _ = _filled("flat")
    index.save(tmp_path)
    meta = json.loads((tmp_path / META_FILE).read_text())
    (tmp_path / META_FILE).write_text(json.dumps({**meta, "format": 99}))
    with pytest.raises(IndexMismatch, match="format 99"):
        ExpertIndex.load(tmp_path, "test-embedder", "g1")
    (tmp_path / META_FILE).write_text(json.dumps(meta))
    (tmp_path / meta["files"]["index"]).write_bytes(b"not a faiss index")
    with pytest.raises(IndexMismatch, match="unreadable"):
        ExpertIndex.load(tmp_path, "test-embedder", "g1")


def test_save_over_existing_index_is_atomic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first, ids, vectors = _filled("flat", n=10)
    first.save(tmp_path)
    second, _, _ = _filled("flat", n=20)
    second.save(tmp_path)
    assert len(ExpertIndex.load(tmp_path, "test-embedder", "g1")) == 20
    assert len(os.listdir(tmp_path)) == 3  # meta.json and one generation of data files

    def crash(src: object, dst: object) -> None:
        raise OSError("disk full")

    third, _, _ = _filled("flat", n=30)
    with monkeypatch.context() as mp:
        mp.setattr(os, "replace", crash)  # dies at the commit point, new data files already written
        with pytest.raises(OSError, match="disk full"):
            third.save(tmp_path)
    survivor = ExpertIndex.load(tmp_path, "test-embedder", "g1")
    assert len(survivor) == 20 and survivor.search(vectors[:1], 1)[0][0][0] == ids[0]
    third.save(tmp_path)  # the next save clears the interrupted one's leftovers
    assert len(ExpertIndex.load(tmp_path, "test-embedder", "g1")) == 30
    assert len(os.listdir(tmp_path)) == 3


def test_verify_reports_missing_stale_orphaned() -> None:
    index = ExpertIndex.create("test-embedder", DIM)
    index.upsert(["a", "b", "c"], _unit(3, seed=5), ["1", "1", "1"])
    missing, stale, orphaned = index.verify({"a": "1", "b": "2", "d": "1", "e": "1"})
    assert (missing, stale, orphaned) == (["d", "e"], ["b"], ["c"])
    assert index.verify({"a": "1", "b": "1", "c": "1"}) == ([], [], [])


def test_rejects_bad_input() -> None:
    index = ExpertIndex.create("test-embedder", DIM)
    with pytest.raises(ValueError, match="shape"):
        index.upsert(["a"], _unit(2, seed=0), ["1"])
    with pytest.raises(ValueError, match="unique"):
        index.upsert(["a", "a"], _unit(2, seed=0), ["1", "1"])
    with pytest.raises(ValueError, match="versions"):
        index.upsert(["a"], _unit(1, seed=0), [])
    with pytest.raises(ValueError, match="newlines"):
        index.upsert(["a\nb"], _unit(1, seed=0), ["1"])
    with pytest.raises(ValueError, match="kind"):
        ExpertIndex.create("test-embedder", DIM, "ivf")
    assert len(index) == 0


def test_chinese_profiles_with_use(tmp_path: Path) -> None:
    from retrieval.use_embedder import USEEmbedder

    embedder = USEEmbedder()
    profiles = {
        "demo-000001": "张伟；华南理工大学；研究方向：注塑模具设计与成型工艺、高分子加工",
        "demo-000002": "李娜；华中农业大学；研究方向：猪病毒性传染病、兽医微生物学",
        "demo-000003": "王强；微电子研究所；研究方向：等离子体刻蚀、集成电路制造工艺",
    }
    index = ExpertIndex.create(embedder.name, embedder.dim, "flat", "demo")
    index.upsert(list(profiles), embedder.embed(list(profiles.values())), ["t0"] * 3)
    index.save(tmp_path)
    loaded = ExpertIndex.load(tmp_path, embedder.name, "demo")
    queries = ["注塑件翘曲变形，良品率低", "仔猪腹泻", "晶圆刻蚀"]
    assert [hits[0][0] for hits in loaded.search(embedder.embed(queries), 3)] == list(profiles)


@pytest.mark.parametrize("kind", KINDS)
def test_mmap_load_searches_alike_and_refuses_changes(kind: str, tmp_path: Path) -> None:
    index, ids, vectors = _filled(kind)
    index.save(tmp_path / "idx")
    mapped = ExpertIndex.load(tmp_path / "idx", "test-embedder", "g1", mmap=True)
    assert mapped.read_only and len(mapped) == len(ids)
    assert mapped.search(vectors, 5) == index.search(vectors, 5)
    np.testing.assert_array_equal(mapped.vectors(ids[:3]), index.vectors(ids[:3]))
    with pytest.raises(ValueError, match="read-only"):
        mapped.upsert(["new"], vectors[:1], ["v"])
    with pytest.raises(ValueError, match="read-only"):
        mapped.remove(ids[:1])
    assert mapped.search(vectors[:1], 1)[0][0][0] == ids[0]  # still intact after the refusals
    index.upsert(["y-new"], vectors[:1], ["v2"])  # a writer saves a new generation beside the mapped file
    index.save(tmp_path / "idx")  # the mapped index keeps its own (now unlinked) file
    assert "y-new" not in mapped and mapped.search(vectors[:2], 1)[1][0][0] == ids[1]
    assert "y-new" in ExpertIndex.load(tmp_path / "idx", "test-embedder", "g1", mmap=True)


def test_profile_texts_memory_mapped_read_back(tmp_path: Path) -> None:
    from retrieval.profile import ProfileTexts

    texts = {"paper-2": "李建国；中国农业大学；研究方向：猪病毒性传染病", "a": "", "paper-10": "Zhang 张 — ünïcode ✓",
             "x" * 70: "long id"}
    ProfileTexts.write(tmp_path, texts)
    store = ProfileTexts(tmp_path)
    assert dict(store) == texts and len(store) == 4
    assert store.get("paper-2") == texts["paper-2"] and store["a"] == ""
    assert "paper-1" not in store and store.get("paper-1", "") == "" and "x" * 71 not in store
    ProfileTexts.write(tmp_path, {})
    assert dict(ProfileTexts(tmp_path)) == {}


def test_auto_kind_is_exact_up_to_the_threshold_then_hnsw() -> None:
    from retrieval.faiss_index import AUTO_FLAT_MAX, kind_for

    assert kind_for("auto", 0) == kind_for("auto", AUTO_FLAT_MAX) == "flat"
    assert kind_for("auto", AUTO_FLAT_MAX + 1) == "hnsw"
    assert kind_for("flat", 10**7) == "flat" and kind_for("hnsw", 10) == "hnsw"
    index = ExpertIndex.create("test-embedder", DIM, kind_for("auto", AUTO_FLAT_MAX + 1))
    assert index.kind == "hnsw" and index.ef_search >= 128  # the recall-checked default (benchmarks/recall.py)


def test_large_hnsw_indexes_search_deeper() -> None:
    """From LARGE_HNSW vectors on, efSearch is raised to LARGE_EF_SEARCH (recall@10 >= 0.95 measured at 1M)."""
    from retrieval.faiss_index import DEFAULT_EF_SEARCH, LARGE_EF_SEARCH, LARGE_HNSW, search_ef_for

    assert search_ef_for(LARGE_HNSW - 1, DEFAULT_EF_SEARCH) == DEFAULT_EF_SEARCH
    assert search_ef_for(LARGE_HNSW, DEFAULT_EF_SEARCH) == LARGE_EF_SEARCH > DEFAULT_EF_SEARCH
    assert search_ef_for(10**6, 512) == 512  # a deeper stored setting is kept
    index = ExpertIndex.create("test-embedder", DIM, "hnsw")
    vectors = _unit(300, seed=3)
    index.upsert([f"e{i}" for i in range(300)], vectors, ["v"] * 300)
    assert index.search_ef() == search_ef_for(300, index.ef_search) == DEFAULT_EF_SEARCH
    found = index.search(vectors[:5], 10)
    assert [row[0][0] for row in found] == [f"e{i}" for i in range(5)]  # each vector finds itself first
