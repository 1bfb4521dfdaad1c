"""The service under hostile or broken input: each probe of an operator's review, answered by the real server."""

from __future__ import annotations

import json
import socket
import time

import pytest

pytest.importorskip("fastapi")

from expertglm.server import create_app, running  # noqa: E402
from generation.answerer import ExpertAnswerer  # noqa: E402
from generation.openai_backend import OpenAIBackend  # noqa: E402
from openai_stub_server import OpenAIStubServer  # noqa: E402
from test_server_api import PROBLEM, assert_error, http  # noqa: E402  (tests/ is on sys.path)

KEY = "hardening-key"


def _raw(url: str, payload: bytes, path: str, method: str = "POST") -> tuple[int, dict]:
    """Send bytes exactly as given (no client-side encoding) and return (status, JSON body)."""
    host, port = url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=30) as sock:
        head = (f"{method} {path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                f"Content-Length: {len(payload)}\r\nConnection: close\r\n\r\n").encode()
        sock.sendall(head + payload)
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    header, _, body = data.partition(b"\r\n\r\n")
    status = int(header.split()[1])
    if b"transfer-encoding: chunked" in header.lower():
        size, _, rest = body.partition(b"\r\n")
        body = rest[:int(size, 16)]
    return status, json.loads(body) if body else {}


@pytest.mark.parametrize("path,payload", [
    ("/v1/match", b'{"query": "\\ud800\\u6ce8\\u5851"}'),
    ("/v1/chat/completions", b'{"messages": [{"role": "user", "content": "\\ud800\\u6ce8\\u5851"}]}'),
    ("/v1/match", b'{"query": "\xff\xfe\xfd"}'),
    ("/v1/match", b'{"query": "\\u6ce8\\u5851", "user": "\\ud800"}'),
])
def test_text_that_is_not_valid_unicode_is_a_400(demo_base, path, payload):
    status, body = _raw(demo_base, payload, path)
    assert status == 400, body
    assert_error(body)


_USER = '{"role": "user", "content": "\\u6ce8\\u5851\\u4ef6\\u7fd8\\u66f2"}'


@pytest.mark.parametrize("stream", [False, True])
@pytest.mark.parametrize("field,body", [
    ("model", '{"model": "\\ud800", "messages": [%s]%s}'),
    ("messages.0.name", '{"messages": [{"role": "user", "content": "\\u6ce8\\u5851", "name": "a\\udfff"}]%s}'),
    ("user", '{"user": "\\udc80x", "messages": [%s]%s}'),
    ("stop.1", '{"stop": ["ok", "\\ud800"], "messages": [%s]%s}'),
])
def test_a_lone_surrogate_in_any_echoed_field_is_a_400_naming_it(demo_base, field, body, stream):
    tail = ', "stream": true' if stream else ""
    payload = (body % tail if body.count("%s") == 1 else body % (_USER, tail)).encode()
    status, reply = _raw(demo_base, payload, "/v1/chat/completions")
    assert status == 400, reply  # before any stream starts: a plain JSON error, never a 500 or a cut-off stream
    error = assert_error(reply, "not valid text")
    assert error["param"] == field and error["code"] == "invalid_request" and field in error["message"]


def _sse(url: str, body: dict) -> tuple[int, str, list]:
    """(status, content type, the events' data as JSON, `[DONE]` as the string) of one streamed chat request."""
    import urllib.request

    request = urllib.request.Request(f"{url}/v1/chat/completions", data=json.dumps(body).encode(),
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=120) as response:
        text = response.read().decode()
        kind = response.headers.get("content-type", "")
    events = [e.removeprefix("data: ") for e in text.split("\n\n") if e.startswith("data: ")]
    return response.status, kind, [e if e == "[DONE]" else json.loads(e) for e in events]


def test_a_broken_backend_reply_is_a_502_and_a_broken_stream_an_error_event(demo_retriever):
    settings, found = demo_retriever
    with OpenAIStubServer() as stub:
        backend = OpenAIBackend("stub-model", base_url=stub.base_url, api_key="x", max_retries=0)
        app = create_app(ExpertAnswerer(found, backend), index_dir=settings.index_dir, rate_limit_per_minute=0)
        ask = {"messages": [{"role": "user", "content": PROBLEM}]}
        with running(app) as url:
            assert http(f"{url}/v1/chat/completions", ask)[0] == 200  # the stub answers well by default
            for kind in ("not_json", "wrong_shape"):
                stub.break_next(kind)
                status, _, reply = http(f"{url}/v1/chat/completions", ask)
                assert status == 502, reply
                assert assert_error(reply, "the answer backend failed")["code"] == "backend_failed"
            for kind in ("cut_off", "bad_chunk"):
                stub.break_next(kind)
                status, content_type, events = _sse(url, {**ask, "stream": True})
                assert status == 200 and content_type.startswith("text/event-stream")
                assert events[-1] == "[DONE]" and events[-2]["error"]["code"] == "backend_failed", events
                assert "failed while streaming" in events[-2]["error"]["message"]
                assert not [e for e in events[:-1] if "choices" in e and e["choices"][0]["finish_reason"]]
                assert any(e["choices"][0]["delta"].get("content") for e in events[:-2])  # what came did go out
            assert http(f"{url}/healthz")[2]["status"] == "degraded"


def test_head_and_options_are_answered(demo_base):
    status, headers, _ = _head(demo_base, "/healthz")
    assert status == 200
    host, port = demo_base.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as sock:
        sock.sendall(b"OPTIONS /v1/match HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        reply = sock.recv(4096).decode("latin-1").lower()
    assert reply.startswith("http/1.1 204") and "allow: post, options" in reply  # what /v1/match takes


def _head(url: str, path: str):
    import urllib.request

    with urllib.request.urlopen(urllib.request.Request(url + path, method="HEAD"), timeout=10) as response:
        return response.status, dict(response.headers), response.read()


def test_healthz_is_minimal_without_a_key_and_detailed_with_it(demo_retriever):
    settings, found = demo_retriever
    with running(create_app(ExpertAnswerer(found), index_dir=settings.index_dir, api_key=KEY)) as url:
        status, _, body = http(f"{url}/healthz")
        assert status == 200 and body == {"status": "ok"}
        status, _, body = http(f"{url}/healthz", headers={"Authorization": f"Bearer {KEY}"})
        assert status == 200 and body["experts"] > 0 and body["engine"] == "falkordb"
        assert "port" not in json.dumps(body) and "127.0.0.1" not in json.dumps(body)


def test_an_unreachable_backend_is_a_503_and_healthz_says_degraded(demo_retriever):
    settings, found = demo_retriever
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        dead = s.getsockname()[1]
    backend = OpenAIBackend("liar", base_url=f"http://127.0.0.1:{dead}/v1", api_key="x", timeout=2, max_retries=0)
    app = create_app(ExpertAnswerer(found, backend), index_dir=settings.index_dir, api_key=KEY)
    auth = {"Authorization": f"Bearer {KEY}"}
    with running(app) as url:
        body = {"messages": [{"role": "user", "content": PROBLEM}]}
        status, _, reply = http(f"{url}/v1/chat/completions", body, headers=auth)
        assert status == 503, reply
        error = assert_error(reply, "cannot reach")
        assert error["code"] == "backend_unavailable" and str(dead) in error["message"]
        status, _, health = http(f"{url}/healthz", headers=auth)
        assert health["status"] == "degraded" and "cannot reach" in health["backend_error"]
        assert http(f"{url}/healthz")[2] == {"status": "degraded"}


def test_rate_limit_is_keyed_by_address_not_by_made_up_headers(demo_retriever):
    settings, found = demo_retriever
    app = create_app(ExpertAnswerer(found), index_dir=settings.index_dir, rate_limit_per_minute=2)
    with running(app) as url:
        statuses = [http(f"{url}/v1/models", headers={"Authorization": f"Bearer random-{i}",
                                                      "X-Forwarded-For": f"10.0.0.{i}"})[0] for i in range(4)]
        assert statuses == [200, 200, 429, 429]


def test_forwarded_for_is_believed_only_from_trusted_proxies(demo_retriever):
    settings, found = demo_retriever
    app = create_app(ExpertAnswerer(found), index_dir=settings.index_dir, rate_limit_per_minute=1,
                     trusted_proxies="127.0.0.1")
    with running(app) as url:
        statuses = [http(f"{url}/v1/models", headers={"X-Forwarded-For": f"203.0.113.{i % 2}"})[0] for i in range(4)]
        assert statuses == [200, 200, 429, 429]  # two real clients behind the proxy, one request a minute each


def test_failed_authentications_are_throttled(demo_retriever):
    settings, found = demo_retriever
    app = create_app(ExpertAnswerer(found), index_dir=settings.index_dir, api_key=KEY, rate_limit_per_minute=0)
    with running(app) as url:
        statuses = [http(f"{url}/v1/models", headers={"Authorization": f"Bearer guess-{i}"})[0] for i in range(12)]
        assert statuses[:10] == [401] * 10 and statuses[10:] == [429, 429]
        assert http(f"{url}/v1/models", headers={"Authorization": f"Bearer {KEY}"})[0] == 200


def test_replayed_turns_are_charged(demo_retriever):
    settings, found = demo_retriever
    app = create_app(ExpertAnswerer(found), index_dir=settings.index_dir, rate_limit_per_minute=10)
    history = [{"role": "user", "content": PROBLEM}, {"role": "assistant", "content": "好的"}]
    for _ in range(12):  # each runs retrieval again when replayed
        history += [{"role": "user", "content": "还有别的专家吗？"}, {"role": "assistant", "content": "好的"}]
    with running(app) as url:
        body = {"messages": history + [{"role": "user", "content": "还有别的专家吗？"}]}
        status, _, reply = http(f"{url}/v1/chat/completions", body)
        assert status == 429 and "replays" in reply["error"]["message"]


def test_slow_clients_are_dropped(demo_retriever):
    settings, found = demo_retriever
    app = create_app(ExpertAnswerer(found), index_dir=settings.index_dir, body_timeout=1.0)
    with running(app, header_timeout=1.0) as url:
        host, port = url.removeprefix("http://").split(":")
        with socket.create_connection((host, int(port)), timeout=10) as slow_headers:
            slow_headers.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")  # headers never finish
            started = time.monotonic()
            assert slow_headers.recv(100) == b""  # closed by the server
            assert time.monotonic() - started < 8
        with socket.create_connection((host, int(port)), timeout=10) as slow_body:
            slow_body.sendall(b"POST /v1/match HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                              b"Content-Length: 100\r\n\r\n{\"query\"")
            reply = slow_body.recv(4096).decode("latin-1")
            assert reply.startswith("HTTP/1.1 408"), reply


def test_secrets_stay_out_of_reprs(tmp_path):
    from expertglm.config import Settings

    settings = Settings.from_env({"EXPERTGLM_HOME": str(tmp_path), "NEO4J_URI": "neo4j://alice:s3cret@db:7687",
                                  "NEO4J_PASSWORD": "hunter2"})
    text = repr(settings) + str(settings) + settings.graph_id + str(settings.index_dir)
    assert "s3cret" not in text and "hunter2" not in text and "alice" not in text
