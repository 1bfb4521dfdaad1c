"""expertglm/server/batching.py on the real embedder and retriever: announced queries are embedded ahead in other
callers' batches and handed back unchanged, at most `slots` matches run at once, and the answers are those of the
retriever alone."""

from __future__ import annotations

import copy
import threading

import numpy as np
import pytest

from expertglm.server.batching import AdmittedRetriever, BatchingEmbedder
from retrieval.pipeline import query_text
from retrieval.sync import open_retriever

QUERIES = ["注塑件翘曲变形，良品率低", "仔猪大面积腹泻，死亡率高", "高镍三元正极循环寿命衰减快", "风电齿轮箱轴承早期失效",
           "水稻稻瘟病抗性育种", "锂电池热失控预警", "混凝土早期开裂", "工业机器人轨迹精度差"]


class Recording:
    """The real embedder, recording the texts of each call."""

    def __init__(self, inner) -> None:
        self.inner, self.name, self.dim = inner, inner.name, inner.dim
        self.calls: list[list[str]] = []

    def embed_queries(self, texts):
        self.calls.append(list(texts))
        return self.inner.embed_queries(texts)


@pytest.fixture(scope="module")
def retriever(demo_graph):
    settings, store, embedder, _ = demo_graph
    return open_retriever(store, embedder, settings.index_dir, settings.graph_id)


def test_announced_texts_ride_in_the_next_batch_and_come_back_unchanged(demo_graph):
    _, _, embedder, _ = demo_graph
    recording = Recording(embedder)
    batching = BatchingEmbedder(recording)
    expected = embedder.embed(QUERIES[:3])
    with batching.expecting(QUERIES[1]), batching.expecting(QUERIES[2]):
        first = batching.embed_queries([QUERIES[0]])
        assert recording.calls == [QUERIES[:3]]  # one batch: the caller's text, then the announced ones
        second, third = batching.embed_queries([QUERIES[1]]), batching.embed_queries([QUERIES[2]])
        assert len(recording.calls) == 1  # kept, not embedded again
    for got, want in zip((first, second, third), expected):
        assert got.shape == (1, embedder.dim)
        np.testing.assert_allclose(got[0], want, atol=1e-5)
    batching.embed_queries([QUERIES[1]])
    assert recording.calls[-1] == [QUERIES[1]]  # nothing is kept once the announcement ended


def test_an_announced_text_is_embedded_once_while_announced(demo_graph):
    _, _, embedder, _ = demo_graph
    recording = Recording(embedder)
    batching = BatchingEmbedder(recording)
    with batching.expecting(QUERIES[0]):
        batching.embed_queries([QUERIES[0]])
        batching.embed_queries([QUERIES[1]])  # a later batch does not embed the first text ahead again
        got = batching.embed_queries([QUERIES[0]])
    assert recording.calls == [[QUERIES[0]], [QUERIES[1]]]
    got[0, 0] += 1.0  # a caller's copy: changing it changes nothing kept
    with batching.expecting(QUERIES[0]), batching.expecting(QUERIES[0]):
        batching.embed_queries([QUERIES[2]])
        np.testing.assert_allclose(batching.embed_queries([QUERIES[0]])[0], embedder.embed([QUERIES[0]])[0], atol=1e-5)


def test_query_text_is_what_match_embeds(retriever):
    inner = copy.copy(retriever)
    inner.embedder = recording = Recording(retriever.embedder)
    own = AdmittedRetriever(inner, 1)
    for query in ("  注塑件翘曲变形  \n", "锂电池" * 900, "注塑件翹曲變形"):
        own.match(query, top_k=2)
        assert recording.calls[-1] == [query_text(query)]


def test_at_most_slots_matches_run_and_answers_are_unchanged(retriever):
    recording = Recording(retriever.embedder)
    inner = copy.copy(retriever)
    inner.embedder = BatchingEmbedder(recording)
    running, most, lock = [0], [0], threading.Lock()
    real_match = inner.match

    def counted_match(*args, **kwargs):
        with lock:
            running[0] += 1
            most[0] = max(most[0], running[0])
        try:
            return real_match(*args, **kwargs)
        finally:
            with lock:
                running[0] -= 1

    inner.match = counted_match
    admitted = AdmittedRetriever(inner, slots=2)
    expected = {q: [e.id for e in retriever.match(q, top_k=3).experts] for q in QUERIES}
    got: dict[int, list[str]] = {}
    start = threading.Barrier(len(QUERIES) * 2)

    def call(n: int) -> None:
        start.wait()
        got[n] = [e.id for e in admitted.match(QUERIES[n % len(QUERIES)], top_k=3).experts]

    threads = [threading.Thread(target=call, args=(n,)) for n in range(len(QUERIES) * 2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert len(got) == len(QUERIES) * 2 and most[0] == 2
    assert all(got[n] == expected[QUERIES[n % len(QUERIES)]] for n in got)
    embedded = [t for call in recording.calls for t in call]
    assert set(embedded) == set(QUERIES) and len(recording.calls) < len(QUERIES)  # batched, and ahead
    assert admitted.dense is retriever.dense  # everything else is the retriever's


def test_slots_go_to_waiters_in_order_of_arrival():
    from expertglm.server.batching import FifoSlots

    slots = FifoSlots(1)
    order: list[int] = []
    slots.__enter__()  # the one place is taken

    def wait(n: int) -> None:
        with slots:
            order.append(n)

    threads = []
    for n in range(5):  # each starts waiting before the next one arrives
        threads.append(threading.Thread(target=wait, args=(n,)))
        threads[-1].start()
        while len(slots._waiting) < n + 1:
            threading.Event().wait(0.001)
    slots.__exit__(None, None, None)
    for t in threads:
        t.join(30)
    assert order == [0, 1, 2, 3, 4]
    with slots:  # all places free again: a newcomer goes straight in
        assert not slots._waiting
