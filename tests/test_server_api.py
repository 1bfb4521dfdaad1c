"""The HTTP service end to end: a real uvicorn server over a small demo graph, driven over HTTP and with openai."""

from __future__ import annotations

import json
import threading
import urllib.error
import urllib.request

import pytest

openai = pytest.importorskip("openai")
pytest.importorskip("fastapi")
pytest.importorskip("uvicorn")

from expertglm.server import TokenBucket, create_app, running  # noqa: E402
from generation.answerer import ExpertAnswerer  # noqa: E402
from retrieval.sync import open_retriever  # noqa: E402

PROBLEM = "我们厂的汽车门板注塑件脱模后翘曲变形严重，良品率只有八成，想找懂模具和成型工艺的专家"
KEY = "test-key-123"


@pytest.fixture(scope="module")
def parts(demo_graph):
    """The session's demo graph with its index, and a grounded answerer over it."""
    settings, store, embedder, _ = demo_graph
    return settings, ExpertAnswerer(open_retriever(store, embedder, settings.index_dir, settings.graph_id))


@pytest.fixture(scope="module")
def base(parts):
    settings, answerer = parts
    with running(create_app(answerer, index_dir=settings.index_dir, rate_limit_per_minute=0)) as url:
        yield url


@pytest.fixture(scope="module")
def client(base):
    return openai.OpenAI(base_url=f"{base}/v1", api_key="unused", max_retries=0, timeout=120)


def http(url: str, body: object | bytes | None = None, headers: dict[str, str] | None = None,
         method: str | None = None) -> tuple[int, dict[str, str], object]:
    """(status, lower-cased headers, JSON body) of one request; errors are returned, not raised."""
    data = body if isinstance(body, bytes) or body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method=method,
                                     headers={"Content-Type": "application/json", **(headers or {})})
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            return response.status, _lower(response.headers), json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, _lower(exc.headers), json.loads(exc.read())


def _lower(headers) -> dict[str, str]:
    return {k.lower(): v for k, v in headers.items()}


def assert_error(body: object, *words: str) -> dict:
    assert isinstance(body, dict) and set(body) == {"error"}, body
    error = body["error"]
    assert error["message"] and error["type"], error
    for word in words:
        assert word in error["message"] or word == error.get("param"), error
    return error


def test_healthz(base):
    status, _, body = http(f"{base}/healthz")
    assert status == 200
    assert body["status"] == "ok" and body["experts"] == 600 and body["indexed"] == 600
    assert body["engine"] == "falkordb" and body["index"] == "in step" and body["backend"] == "grounded"


def test_match_json(base):
    status, _, out = http(f"{base}/v1/match", {"query": PROBLEM, "top_k": 3})
    assert status == 200
    assert set(out) == {"query", "experts", "requirements", "related", "problems", "named", "misspelt", "absent",
                        "remarked", "remarks",
                        "subgraph"}
    assert len(out["experts"]) == 3 and out["problems"] == []  # one problem stated
    first = out["experts"][0]
    assert set(first) >= {"id", "name", "institution", "title", "fields", "directions", "awards", "score", "reasons"}
    assert "注塑模具设计与成型工艺" in first["directions"] and first["reasons"]
    nodes = {n["id"] for n in out["subgraph"]["nodes"]}
    assert {f"Expert:{e['id']}" for e in out["experts"]} <= nodes
    assert out["subgraph"]["edges"] and all(e["source"] in nodes and e["target"] in nodes
                                            for e in out["subgraph"]["edges"])
    assert len(http(f"{base}/v1/match", {"query": PROBLEM})[2]["experts"]) == 5  # top_k defaults to 5


def test_openai_client_plain_and_streaming(client):
    messages = [{"role": "system", "content": "你是专家推荐助手"}, {"role": "user", "content": PROBLEM}]
    done = client.chat.completions.create(model="expertglm", messages=messages, max_tokens=4000, temperature=0)
    assert done.object == "chat.completion" and done.model == "expertglm" and done.id.startswith("chatcmpl-")
    choice = done.choices[0]
    assert choice.finish_reason == "stop" and choice.message.role == "assistant"
    assert "推荐以下3位专家" in choice.message.content
    usage = done.usage
    assert usage.completion_tokens > 50 and usage.total_tokens == usage.prompt_tokens + usage.completion_tokens
    ext = done.model_extra["expertglm"]
    assert ext["backend"] == "grounded" and ext["turn"] == "problem" and len(ext["experts"]) == 3
    assert all(e["name"] in choice.message.content for e in ext["experts"])
    assert ext["grounding"]["dropped"] == []

    chunks = list(client.chat.completions.create(model="expertglm", messages=messages, stream=True,
                                                 stream_options={"include_usage": True}))
    assert all(c.object == "chat.completion.chunk" and c.model == "expertglm" for c in chunks)
    assert len({c.id for c in chunks}) == 1
    assert chunks[0].choices[0].delta.role == "assistant"
    content_chunks = [c for c in chunks if c.choices and c.choices[0].delta.content]
    assert len(content_chunks) > 3  # sentence by sentence, not one blob
    assert "".join(c.choices[0].delta.content for c in content_chunks) == choice.message.content
    final = [c for c in chunks if c.choices and c.choices[0].finish_reason]
    assert len(final) == 1 and final[0].choices[0].finish_reason == "stop"
    assert [e["id"] for e in final[0].model_extra["expertglm"]["experts"]] == [e["id"] for e in ext["experts"]]
    assert chunks[-1].usage is not None and chunks[-1].usage.completion_tokens == done.usage.completion_tokens


def test_follow_ups_rebuild_the_conversation(client):
    first = client.chat.completions.create(model="expertglm", messages=[{"role": "user", "content": PROBLEM}])
    shown = first.model_extra["expertglm"]["experts"]
    history = [{"role": "user", "content": PROBLEM}, {"role": "assistant", "content": first.choices[0].message.content}]

    awards = client.chat.completions.create(model="expertglm", messages=history + [{"role": "user", "content": "他获得过什么奖？"}])
    text = awards.choices[0].message.content
    assert awards.model_extra["expertglm"]["turn"] == "about"
    top = shown[0]
    assert [e["id"] for e in awards.model_extra["expertglm"]["experts"]] == [top["id"]]
    assert top["name"] in text and all(other["name"] not in text for other in shown[1:])
    if top["awards"]:
        assert all(a["name"] in text for a in top["awards"])
    else:
        assert "没有" in text and "获奖记录" in text

    more = client.chat.completions.create(model="expertglm", messages=history + [{"role": "user", "content": "还有别的专家吗？"}])
    ext = more.model_extra["expertglm"]
    assert ext["turn"] == "more" and ext["experts"]
    assert not {e["id"] for e in ext["experts"]} & {e["id"] for e in shown}
    assert more.choices[0].message.content.startswith("还可以考虑以下专家")

    # a follow-up on the follow-up: "第二位" now means the second of the *new* experts
    longer = history + [{"role": "user", "content": "还有别的专家吗？"},
                        {"role": "assistant", "content": more.choices[0].message.content},
                        {"role": "user", "content": "第二位在哪个单位工作？"}]
    where = client.chat.completions.create(model="expertglm", messages=longer, stream=True)
    pieces = [c.choices[0].delta.content or "" for c in where if c.choices]
    assert ext["experts"][1]["name"] in "".join(pieces)


def test_api_key_is_enforced(parts):
    settings, answerer = parts
    with running(create_app(answerer, index_dir=settings.index_dir, api_key=KEY, rate_limit_per_minute=0)) as url:
        status, headers, body = http(f"{url}/v1/match", {"query": PROBLEM})
        assert status == 401 and headers["www-authenticate"] == "Bearer"
        assert assert_error(body, "API key")["code"] == "invalid_api_key"
        assert http(f"{url}/v1/match", {"query": PROBLEM}, {"Authorization": "Bearer wrong"})[0] == 401
        status, _, body = http(f"{url}/v1/match", {"query": PROBLEM, "top_k": 1}, {"Authorization": f"Bearer {KEY}"})
        assert status == 200 and len(body["experts"]) == 1
        assert http(f"{url}/healthz")[0] == 200
        with urllib.request.urlopen(f"{url}/", timeout=30) as page:
            assert page.status == 200 and "推荐专家" in page.read().decode()
        with pytest.raises(openai.AuthenticationError):
            openai.OpenAI(base_url=f"{url}/v1", api_key="wrong", max_retries=0).chat.completions.create(
                model="expertglm", messages=[{"role": "user", "content": PROBLEM}])
        ok = openai.OpenAI(base_url=f"{url}/v1", api_key=KEY, max_retries=0, timeout=120).chat.completions.create(
            model="expertglm", messages=[{"role": "user", "content": PROBLEM}])
        assert ok.choices[0].message.content


def test_body_limit(base):
    huge = json.dumps({"query": "注塑" * 400_000}).encode()  # ~2.4 MB
    status, _, body = http(f"{base}/v1/match", huge)
    assert status == 413 and assert_error(body, "larger than")["code"] == "request_too_large"
    messages = [{"role": "user", "content": "x" * 70_000}]
    status, _, body = http(f"{base}/v1/chat/completions", {"model": "expertglm", "messages": messages})
    assert status == 413
    assert http(f"{base}/healthz")[0] == 200  # the server is fine afterwards


def test_rate_limit(parts):
    settings, answerer = parts
    with running(create_app(answerer, index_dir=settings.index_dir, rate_limit_per_minute=3)) as url:
        assert [http(f"{url}/v1/models")[0] for _ in range(3)] == [200, 200, 200]
        status, headers, body = http(f"{url}/v1/models")
        assert status == 429 and int(headers["retry-after"]) >= 1
        assert assert_error(body, "rate limit")["type"] == "rate_limit_error"
        assert http(f"{url}/healthz")[0] == 200  # not limited
        # with no API key configured, a made-up bearer token is still the same client
        assert http(f"{url}/v1/models", headers={"Authorization": "Bearer someone-else"})[0] == 429


def test_token_bucket_refills():
    now = [0.0]
    bucket = TokenBucket(6, clock=lambda: now[0])  # 6 a minute: one every 10 s
    assert [bucket.take("a") for _ in range(6)] == [0.0] * 6
    assert bucket.take("a") == pytest.approx(10.0)
    assert bucket.take("b") == 0.0
    now[0] = 10.0
    assert bucket.take("a") == 0.0 and bucket.take("a") > 0


def test_errors_are_json(base, client):
    url = f"{base}/v1/match"
    status, _, body = http(url, {"query": "   "})
    assert status == 400 and assert_error(body, "empty")["param"] == "query"
    status, _, body = http(url, {"top_k": 3})
    assert status == 400 and assert_error(body, "query", "Field required")
    status, _, body = http(url, {"query": PROBLEM, "top_k": 0})
    assert status == 400 and assert_error(body, "top_k")
    status, _, body = http(url, b"{not json")
    assert status == 400 and assert_error(body, "JSON")
    status, _, body = http(url, json.dumps({"query": PROBLEM}).encode(), {"Content-Type": "text/plain"})
    assert status == 400 and assert_error(body, "JSON object")
    status, _, body = http(url, {"query": "🙂🙂🔥"})  # the retriever's QueryError
    assert status == 400 and assert_error(body, "no words")
    status, _, body = http(f"{base}/v1/nowhere", {})
    assert status == 404 and assert_error(body)
    status, _, body = http(f"{base}/v1/chat/completions", {"model": "expertglm", "messages": [
        {"role": "user", "content": PROBLEM}, {"role": "assistant", "content": "好的"}]})
    assert status == 400 and assert_error(body, "last message")
    status, _, body = http(f"{base}/v1/chat/completions", {"model": "expertglm", "messages": []})
    assert status == 400 and assert_error(body, "messages")
    with pytest.raises(openai.BadRequestError) as info:
        client.chat.completions.create(model="expertglm", messages=[{"role": "user", "content": "  "}], stream=True)
    assert "empty" in info.value.body["message"]


def test_concurrent_requests(base):
    queries = [PROBLEM, "仔猪大面积腹泻，死亡率高", "锂电池正极循环寿命衰减快", "高速列车轴承异响"]
    expected = {q: [e["id"] for e in http(f"{base}/v1/match", {"query": q, "top_k": 3})[2]["experts"]] for q in queries}
    results: list[tuple[str, int, list[str]]] = []
    lock = threading.Lock()

    def worker(q: str) -> None:
        status, _, body = http(f"{base}/v1/match", {"query": q, "top_k": 3})
        with lock:
            results.append((q, status, [e["id"] for e in body.get("experts", [])]))

    threads = [threading.Thread(target=worker, args=(queries[i % 4],)) for i in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(300)
    assert len(results) == 16
    assert all(status == 200 and ids == expected[q] for q, status, ids in results)


def test_serve_reads_its_settings_from_the_environment(parts):
    """`serve` (what `expertglm serve` runs) in a process of its own: API key and rate limit from the environment."""
    import os
    import socket
    import subprocess
    import sys
    import time

    settings, _ = parts
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    env.update(EXPERTGLM_HOME=str(settings.home), EXPERTGLM_GRAPH=settings.store.graph, EXPERTGLM_API_KEY=KEY,
               EXPERTGLM_RATE_LIMIT="2", EXPERTGLM_LOG_LEVEL="warning", EXPERTGLM_EMBED_THREADS="1")
    code = ("import sys; from expertglm.config import Settings; from expertglm.server import serve; "
            "serve('127.0.0.1', int(sys.argv[1]), Settings.from_env())")
    proc = subprocess.Popen([sys.executable, "-c", code, str(port)], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 180
        while True:
            assert proc.poll() is None, proc.stdout.read()
            try:
                status, _, health = http(f"{url}/healthz", headers={"Authorization": f"Bearer {KEY}"})
                break
            except OSError:
                assert time.monotonic() < deadline, "serve did not come up"
                time.sleep(0.2)
        assert status == 200 and health["experts"] == 600 and health["index"] == "in step"
        assert http(f"{url}/healthz")[2] == {"status": "ok"}  # no details without the key
        assert http(f"{url}/v1/models")[0] == 401
        auth = {"Authorization": f"Bearer {KEY}"}
        assert [http(f"{url}/v1/models", headers=auth)[0] for _ in range(3)] == [200, 200, 429]
    finally:
        proc.terminate()
        proc.wait(30)
