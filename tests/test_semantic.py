"""The Chinese semantic signal learned from real academician biographies: it learns, it loads, it fuses in."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from errors import IndexMismatch, InputFileError
from retrieval.semantic import (
    SemanticModel,
    TrainSettings,
    biographies,
    expert_vectors,
    open_semantic,
    sentence_pairs,
    train,
    train_on,
    with_semantic,
)
from retrieval.sync import open_retriever

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
SMALL = TrainSettings(vocab=3000, dim=32, epochs=3, batch=64, lr=0.05, models=2)


@pytest.fixture(scope="module")
def bios() -> list[str]:
    if not (DATA / "cas_cae_academicians").is_dir():
        pytest.skip(f"real data not found at {DATA}")
    return biographies(DATA)[:300]


@pytest.fixture(scope="module")
def model_dir(bios, tmp_path_factory) -> Path:
    model, metrics = train_on(bios, SMALL)
    directory = tmp_path_factory.mktemp("semantic")
    model.save(directory, metrics)
    return directory


def test_pairs_are_a_sentence_and_the_rest_of_its_biography(bios):
    pairs = sentence_pairs(bios[:20])
    assert len(pairs) > 20
    for sentence, rest in pairs:
        assert sentence not in rest and len(sentence) >= 12 and rest


def test_a_sentence_finds_its_own_biography(bios, model_dir):
    """After training, most sentences rank their own expert's biography in the top 10 of 300 (chance: 3 %)."""
    model = SemanticModel.load(model_dir)
    assert len(model.models) == 2 and model.dim == 64
    texts = {f"e{i}": bio for i, bio in enumerate(bios)}
    ids, matrix = expert_vectors(model, texts)
    assert np.allclose(np.linalg.norm(matrix, axis=1), 1, atol=1e-4)
    hits = total = 0
    for i, bio in enumerate(bios[:60]):
        for sentence, _ in sentence_pairs([bio])[:2]:
            scores = matrix @ model.encode([sentence])[0]
            hits += ids.index(f"e{i}") in np.argsort(-scores)[:10]
            total += 1
    assert total > 60 and hits / total > 0.5


def test_losses_fall_and_training_is_repeatable(bios):
    settings = TrainSettings(vocab=2000, dim=16, epochs=2, batch=64, models=1)
    (a, meta_a), (b, meta_b) = train_on(bios[:120], settings), train_on(bios[:120], settings)
    assert meta_a["epoch_losses"][0][-1] < meta_a["epoch_losses"][0][0]
    assert meta_a["epoch_losses"] == meta_b["epoch_losses"]
    assert np.allclose(a.encode(["稀土永磁材料"]), b.encode(["稀土永磁材料"]))


def test_missing_data_is_a_plain_error(tmp_path):
    with pytest.raises(InputFileError, match="academician CSVs"):
        train(tmp_path)
    with pytest.raises(IndexMismatch, match="index semantic"):
        SemanticModel.load(tmp_path)


def test_fused_into_the_retriever_and_vectors_cached(demo_graph, model_dir):
    settings, store, embedder, _ = demo_graph
    retriever = with_semantic(open_retriever(store, embedder, settings.index_dir, settings.graph_id), model_dir)
    assert retriever.retrievers[-1] == "semantic"
    assert with_semantic(retriever, model_dir).retrievers.count("semantic") == 1
    hits = retriever.fusion.retrievers["semantic"].retrieve("注塑件翘曲变形，模具与成型工艺", None, 10)
    assert len(hits) == 10 and all(h.id in retriever.profile_texts for h in hits)
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    result = retriever.match("注塑件翘曲变形，模具与成型工艺", top_k=3)
    assert len(result.experts) == 3
    (cache,) = model_dir.glob("experts-*.npy")
    stamp = cache.stat().st_mtime_ns
    open_semantic(model_dir, retriever.profile_texts)
    assert cache.stat().st_mtime_ns == stamp  # same texts: the cached vectors are used
    changed = dict(retriever.profile_texts)
    changed[next(iter(changed))] += "；稀土永磁"
    assert open_semantic(model_dir, changed).ids == sorted(changed)
    (new,) = model_dir.glob("experts-*.npy")  # recomputed for the new texts, the old file removed
    assert new != cache


def test_without_a_model_the_retriever_is_unchanged(demo_graph, tmp_path):
    settings, store, embedder, _ = demo_graph
    retriever = open_retriever(store, embedder, settings.index_dir, settings.graph_id)
    assert "semantic" not in with_semantic(retriever, tmp_path).retrievers


def test_index_sync_computes_the_vectors_before_any_retriever_opens(model_dir, tmp_path):
    """`index build/update` (runtime.sync_index) fills the vector cache, so server workers never each compute it."""
    import shutil

    from expertglm import runtime
    from expertglm.config import Settings
    from kg import falkordb_server
    from kg.connect import StoreSettings, open_store
    from kg.demo import write_demo_data
    from kg.ingest import ingest
    from kg.readers import read_records
    from retrieval.sync import read_profile_texts

    home = tmp_path / "home"
    falkordb_server.start(home)
    try:
        settings = Settings(store=StoreSettings(home=home, graph="semantic-sync"))
        shutil.copytree(model_dir, home / "models" / "semantic", ignore=shutil.ignore_patterns("experts-*.npy"))
        write_demo_data(tmp_path / "experts.jsonl", 40, seed=3)
        with open_store(settings.store) as store:
            ingest(store, read_records(tmp_path / "experts.jsonl"))
            runtime.sync_index(settings, store, progress=False)
            (cache,) = (home / "models" / "semantic").glob("experts-*.npy")
            assert np.load(cache, mmap_mode="r").shape[0] == len(read_profile_texts(settings.index_dir)) == 40
            stamp = cache.stat().st_mtime_ns
            found, _ = runtime.retriever(settings, store)
            assert "semantic" in found.retrievers
            assert cache.stat().st_mtime_ns == stamp  # opened from the cache, not recomputed
    finally:
        falkordb_server.stop(home)
