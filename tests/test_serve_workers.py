"""Serving with several worker processes: same answers as one process, one rate limit for all workers, and the
micro-batching embedder returning each caller its own vectors."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("uvicorn")

from expertglm.server.app import BatchingEmbedder  # noqa: E402
from expertglm.server.shared_bucket import SharedTokenBucket, create_table  # noqa: E402
from retrieval.sync import open_retriever  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
QUERIES = ["注塑件翘曲变形，良品率低", "仔猪大面积腹泻，死亡率高", "高镍三元正极循环寿命衰减快", "风电齿轮箱轴承早期失效",
           "水稻稻瘟病抗性育种", "锂电池热失控预警", "混凝土早期开裂", "工业机器人轨迹精度差"]


def post(url: str, body: dict) -> tuple[int, dict]:
    request = urllib.request.Request(url, data=json.dumps(body).encode(), headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=120) as response:  # a new connection per request
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


def workers(pid: int) -> list[int]:
    """Process ids of the worker processes `pid` spawned (multiprocessing's resource tracker left out)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
                command = (entry / "cmdline").read_bytes()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid and b"spawn_main" in command:
                found.append(int(entry.name))
    return found


@pytest.fixture(scope="module")
def two_workers(demo_graph):
    """`serve` (what `expertglm serve` runs) with EXPERTGLM_WORKERS=2, a rate limit of 4 a minute and workers
    replaced after 5 s without a heartbeat."""
    settings, store, embedder, _ = demo_graph
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    env.update(EXPERTGLM_HOME=str(settings.home), EXPERTGLM_GRAPH=settings.store.graph, EXPERTGLM_WORKERS="2",
               EXPERTGLM_WORKER_TIMEOUT="5", EXPERTGLM_RATE_LIMIT="4", EXPERTGLM_LOG_LEVEL="warning", PYTHONPATH=str(ROOT))
    env.pop("EXPERTGLM_API_KEY", None)
    code = ("import sys; from expertglm.config import Settings; from expertglm.server import serve; "
            "serve('127.0.0.1', int(sys.argv[1]), Settings.from_env())")
    proc = subprocess.Popen([sys.executable, "-c", code, str(port)], env=env, cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 240
        while len(workers(proc.pid)) < 2 or not _healthy(url):
            assert proc.poll() is None, proc.stdout.read()
            assert time.monotonic() < deadline, "serve with 2 workers did not come up"
            time.sleep(0.3)
        time.sleep(2)  # the second worker may still be loading its index
        yield url, proc, open_retriever(store, embedder, settings.index_dir, settings.graph_id)
    finally:
        proc.terminate()
        proc.wait(60)


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/healthz", timeout=5) as response:
            return response.status == 200
    except OSError:
        return False


def test_two_workers_answer_as_one_process_and_share_one_rate_limit(two_workers):
    url, proc, retriever = two_workers
    assert len(workers(proc.pid)) == 2  # the two worker processes
    results: list[tuple[int, dict]] = []
    threads = [threading.Thread(target=lambda q=q: results.append(post(f"{url}/v1/match", {"query": q, "top_k": 5})))
               for q in QUERIES[:6]]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    statuses = sorted(status for status, _ in results)
    # 4 a minute for the client, whichever worker takes each connection: never more than 4 go through
    assert statuses == [200] * 4 + [429] * 2, statuses
    for status, body in results:
        if status == 200:
            expected = [m.id for m in retriever.match(body["query"], top_k=5).experts]
            assert [e["id"] for e in body["experts"]] == expected


def _sockets(pid: int, port: int, state: str) -> set[int]:
    """Inodes of the TCP sockets on local `port` in `state` ("0A" listening, "01" established) that `pid` holds."""
    inodes = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            link = os.readlink(fd)
        except OSError:
            continue
        if link.startswith("socket:["):
            inodes.add(int(link[8:-1]))
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            if int(fields[1].rsplit(":", 1)[1], 16) == port and fields[3] == state and int(fields[9]) in inodes:
                found.add(int(fields[9]))
    return found


def test_each_worker_listens_on_its_own_socket_and_gets_connections(two_workers):
    """SO_REUSEPORT sockets, one per worker, so the kernel spreads connections: on one shared socket whichever worker
    woke first accepted every waiting connection (wrk's 16 keep-alive clients landed 16/0 in 3 of 5 measured runs)."""
    import http.client

    url, proc, _ = two_workers
    port = int(url.rsplit(":", 1)[1])
    pids = workers(proc.pid)
    listening = [_sockets(pid, port, "0A") for pid in pids]
    assert all(len(s) == 1 for s in listening) and listening[0] != listening[1], listening
    connections = [http.client.HTTPConnection("127.0.0.1", port, timeout=60) for _ in range(16)]
    try:
        for c in connections:
            c.connect()
        for c in connections:
            c.request("GET", "/healthz")
        for c in connections:
            assert c.getresponse().read()
        held = [len(_sockets(pid, port, "01")) for pid in pids]
        assert sum(held) == 16 and min(held) > 0, held
    finally:
        for c in connections:
            c.close()


def test_a_worker_that_stops_answering_is_replaced(two_workers):
    """A hung worker (here: stopped) keeps its listening socket, so the kernel would go on handing it a share of the
    connections: the supervisor misses its heartbeat, kills it and starts another; every connection is answered."""
    import http.client

    url, proc, _ = two_workers
    port = int(url.rsplit(":", 1)[1])
    hung = workers(proc.pid)[0]
    os.kill(hung, signal.SIGSTOP)
    try:
        deadline = time.monotonic() + 120
        while True:
            now = workers(proc.pid)
            if hung not in now and len(now) == 2 and all(len(_sockets(pid, port, "0A")) == 1 for pid in now):
                break
            assert proc.poll() is None, "the supervisor stopped"
            assert time.monotonic() < deadline, f"the stopped worker was not replaced: workers {now}"
            time.sleep(0.3)
    finally:
        if hung in workers(proc.pid):
            os.kill(hung, signal.SIGCONT)
    connections = [http.client.HTTPConnection("127.0.0.1", port, timeout=30) for _ in range(16)]
    try:
        for c in connections:
            c.request("GET", "/healthz")
        assert all(c.getresponse().status == 200 for c in connections)
    finally:
        for c in connections:
            c.close()


def test_shared_bucket_limits_across_processes(tmp_path):
    table = create_table(tmp_path / "rate.bin", slots=64)
    other = ("import sys; from pathlib import Path; from expertglm.server.shared_bucket import SharedTokenBucket; "
             "b = SharedTokenBucket(Path(sys.argv[1]), 3); print([b.take('10.0.0.1') for _ in range(2)])")
    out = subprocess.run([sys.executable, "-c", other, str(table)], cwd=ROOT, capture_output=True, text=True,
                         check=True, env={**os.environ, "PYTHONPATH": str(ROOT)}).stdout
    assert out.strip() == "[0.0, 0.0]"  # the other process took 2 of the client's 3 tokens
    bucket = SharedTokenBucket(table, 3)
    assert bucket.take("10.0.0.1") == 0.0
    assert bucket.take("10.0.0.1") > 0  # empty now, for this process too
    assert bucket.take("10.0.0.2") == 0.0  # another client has its own bucket
    for n in range(200):  # more clients than slots: old full buckets are reused, never an error
        assert bucket.take(f"client-{n}") == 0.0


def test_batching_embedder_gives_each_caller_its_own_vectors(demo_graph):
    _, _, embedder, _ = demo_graph
    batches: list[int] = []

    class Counting:
        """The real embedder, recording how many texts each call embedded."""

        name, dim = embedder.name, embedder.dim

        def embed_queries(self, texts):
            batches.append(len(texts))
            return embedder.embed(texts)

    batching = BatchingEmbedder(Counting(), max_texts=64)
    expected = embedder.embed(QUERIES)
    got: dict[int, np.ndarray] = {}
    start = threading.Barrier(len(QUERIES) * 4)

    def call(n: int) -> None:
        start.wait()
        got[n] = batching.embed_queries([QUERIES[n % len(QUERIES)]])

    threads = [threading.Thread(target=call, args=(n,)) for n in range(len(QUERIES) * 4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert len(got) == len(QUERIES) * 4
    for n, vectors in got.items():
        np.testing.assert_allclose(vectors[0], expected[n % len(QUERIES)], atol=1e-5)
    assert sum(batches) == len(QUERIES) * 4 and len(batches) < len(QUERIES) * 4  # some calls were batched


def test_batching_embedder_hands_errors_to_every_caller_of_the_batch(demo_graph):
    _, _, embedder, _ = demo_graph
    batching = BatchingEmbedder(embedder)
    with pytest.raises(TypeError):
        batching.embed_queries([None])  # type: ignore[list-item]
    assert batching.embed_queries(["注塑"]).shape == (1, embedder.dim)  # the embedder still works afterwards


def test_several_workers_refuse_a_port_that_answers_or_port_zero():
    """SO_REUSEPORT could join another server's port silently: a port that already answers is a usage error."""
    from errors import UsageError
    from expertglm.server.run import supervise

    with socket.socket() as other:
        other.bind(("127.0.0.1", 0))
        other.listen()
        with pytest.raises(UsageError, match="already in use"):
            supervise("127.0.0.1", other.getsockname()[1], 2, {})
    with pytest.raises(UsageError, match="fixed port"):
        supervise("127.0.0.1", 0, 2, {})
