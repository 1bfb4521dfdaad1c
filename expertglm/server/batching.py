"""Matches of one worker process under load: query embeddings batched across requests, and at most a few matches
running at a time, so that the rest wait where their queries can be embedded together.

Why. Embedding is the largest single part of a match, and the USE model costs far less per query in a batch (2.9 ms
for one query alone, 1.9 in a batch of 2, 1.5 in a batch of 4 on 2 cores). `BatchingEmbedder` batches the queries
that arrive while an embedding runs, but with every request of a worker running its match at once (16 clients, 2
workers) the requests are spread over all stages of a match and a batch holds 1.5-2 queries on average. With
`AdmittedRetriever` only `slots` matches run; a request waiting for a slot has announced its query
(`BatchingEmbedder.expecting`), each batch that runs embeds the announced queries too, and when the request's match
starts its vector is there: 3-4 queries a batch, 0.5-1.1 ms less server CPU per /v1/match at 10k experts with 2
workers (benchmarks/serve.py, before/after pairs in one session). A worker has one core's worth of CPU, so running
fewer matches at once costs no throughput; 1 slot saved a little more CPU but left the machine ~12 % idle (each
worker waiting on its graph read), 3 slots saved less.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from retrieval.pipeline import query_text

DEFAULT_MATCH_SLOTS = 2  # matches running at once per worker (see above for 1 and 3)


class _Pending:
    """One caller's texts waiting in a `BatchingEmbedder`, and then their vectors or error."""

    __slots__ = ("texts", "vectors", "error", "done", "wake")

    def __init__(self, texts: list[str], lock: threading.Lock) -> None:
        self.texts = texts
        self.vectors = None
        self.error: BaseException | None = None
        self.done = False
        self.wake = threading.Condition(lock)  # this caller's own, so a batch wakes only the callers it concerns


class BatchingEmbedder:
    """Thread-safe `embed_queries` that runs one inner call at a time over everything queued meanwhile
    (micro-batching); `embed` (documents) passes straight through.

    A caller queues its texts; if no batch is running it becomes the leader, takes its own texts and whatever else
    is queued (up to `max_texts`), embeds them in one inner call and hands each caller its rows; otherwise it waits
    until a leader has embedded its texts or it may lead the next batch. A finished batch wakes its own callers and
    the first caller still queued (the next leader), not every waiting thread. Texts announced with `expecting` and
    not yet embedded fill the rest of each batch; an embed_queries call of one such text returns the vector kept for it.
    """

    def __init__(self, inner: Any, max_texts: int = 64) -> None:
        self._inner = inner
        self._max_texts = max_texts
        self._lock = threading.Lock()
        self._queue: list[_Pending] = []
        self._busy = False
        self._expected: dict[str, int] = {}  # announced texts: how many callers announced each
        self._ready: dict[str, Any] = {}  # announced texts already embedded: their vector (a 1-row array)
        self.name = inner.name
        self.dim = inner.dim

    @contextmanager
    def expecting(self, text: str) -> Iterator[None]:
        """Within the block `text` is announced: batches that run meanwhile embed it, and `embed_queries([text])` then
        returns that vector without waiting for a batch. What was kept for it is dropped at the end."""
        with self._lock:
            self._expected[text] = self._expected.get(text, 0) + 1
        try:
            yield
        finally:
            with self._lock:
                left = self._expected[text] - 1
                if left:
                    self._expected[text] = left
                else:
                    del self._expected[text]
                    self._ready.pop(text, None)

    def embed(self, texts: list[str]):
        """Document vectors, unbatched (a worker embeds queries, not documents, under load)."""
        return self._inner.embed(texts)

    def embed_queries(self, texts: list[str]):
        """Query vectors of `texts`, as the inner embedder's `embed_queries` gives them."""
        if len(texts) == 1:
            with self._lock:
                ready = self._ready.get(texts[0])
            if ready is not None:
                return ready.copy()
        mine = _Pending(list(texts), self._lock)
        with self._lock:
            self._queue.append(mine)
            while not mine.done and self._busy:
                mine.wake.wait()
            if mine.done:
                return self._result(mine)
            self._busy = True
            self._queue.remove(mine)
            batch, size = [mine], len(mine.texts)
            while self._queue and size + len(self._queue[0].texts) <= self._max_texts:
                size += len(self._queue[0].texts)
                batch.append(self._queue.pop(0))
            own = [t for p in batch for t in p.texts]
            ahead = self._ahead(set(own), self._max_texts - size)
        try:
            vectors = self._inner.embed_queries(own + ahead)
            start = 0
            for p in batch:
                p.vectors, start = vectors[start:start + len(p.texts)], start + len(p.texts)
            with self._lock:  # kept for announced texts, embedded ahead or (so no later batch repeats them) not
                for i, text in enumerate(own + ahead):
                    if text in self._expected:
                        self._ready[text] = vectors[i:i + 1]
        except BaseException as exc:  # every caller of the batch gets the error
            for p in batch:
                p.error = exc
        finally:
            with self._lock:
                for p in batch:
                    p.done = True
                    p.wake.notify()
                self._busy = False
                if self._queue:
                    self._queue[0].wake.notify()  # leads the next batch (or finds it was taken into one)
        return self._result(mine)

    def _ahead(self, own: set[str], room: int) -> list[str]:
        """Announced texts no batch has embedded and no queued caller will (the lock is held)."""
        if room <= 0 or not self._expected:
            return []
        queued = {t for p in self._queue for t in p.texts}
        ahead = [t for t in self._expected if t not in self._ready and t not in own and t not in queued]
        return ahead[:room]

    @staticmethod
    def _result(pending: _Pending):
        if pending.error is not None:
            raise pending.error
        return pending.vectors

    def __getattr__(self, item: str) -> Any:
        return getattr(self._inner, item)


class FifoSlots:
    """`slots` places taken in order of arrival: a freed place goes to the longest waiter, never to a newcomer that
    happens to run first (a plain Semaphore lets newcomers barge, which stretches the slowest requests)."""

    def __init__(self, slots: int) -> None:
        if slots < 1:
            raise ValueError("slots must be at least 1")
        self._free = slots
        self._lock = threading.Lock()
        self._waiting: deque[threading.Lock] = deque()

    def __enter__(self) -> None:
        with self._lock:
            if self._free and not self._waiting:
                self._free -= 1
                return
            turn = threading.Lock()
            turn.acquire()
            self._waiting.append(turn)
        turn.acquire()  # released by the __exit__ that hands this caller its place

    def __exit__(self, *exc: object) -> None:
        with self._lock:
            if self._waiting:
                self._waiting.popleft().release()  # the place passes on; the count stays
            else:
                self._free += 1


class AdmittedRetriever:
    """The retriever with at most `slots` matches running at once, started in order of arrival; a match waiting for
    a slot has its query announced to the (batching) embedder, so that batches run meanwhile embed it."""

    def __init__(self, inner: Any, slots: int = DEFAULT_MATCH_SLOTS) -> None:
        self._inner = inner
        self._slots = FifoSlots(slots)
        self.slots = slots

    def match(self, query: str, *args: Any, **kwargs: Any):
        """`inner.match(query, ...)`, in a slot."""
        text = query_text(query)
        expecting = getattr(self._inner.embedder, "expecting", None)
        if not text or expecting is None:
            with self._slots:
                return self._inner.match(query, *args, **kwargs)
        with expecting(text), self._slots:
            return self._inner.match(query, *args, **kwargs)

    def __getattr__(self, item: str) -> Any:
        return getattr(self._inner, item)
