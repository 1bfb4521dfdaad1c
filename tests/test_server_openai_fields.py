"""The OpenAI-compatible API read as OpenAI reads a request: models it serves, max_tokens and stop, null fields, the
methods a path takes, and one deadline for a hung answer backend. A real server over the demo graph, a real stub
endpoint (tests/openai_stub_server.py) for the model backend, the real CLI in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from http.client import HTTPConnection
from pathlib import Path

import pytest

openai = pytest.importorskip("openai")
pytest.importorskip("fastapi")

from errors import BackendUnavailable, UsageError  # noqa: E402
from expertglm.config import Settings  # noqa: E402
from expertglm.server import create_app, running  # noqa: E402
from expertglm.server.chat import rough_tokens  # noqa: E402
from generation.answerer import ExpertAnswerer  # noqa: E402
from generation.backend import BackendOptions, make_backend  # noqa: E402
from generation.openai_backend import OpenAIBackend  # noqa: E402
from generation.openai_client import TimedOutError  # noqa: E402
from generation.prompt import build_messages  # noqa: E402
from openai_stub_server import OpenAIStubServer  # noqa: E402
from test_server_api import PROBLEM, assert_error, http  # noqa: E402  (tests/ is on sys.path)

ROOT = Path(__file__).resolve().parents[1]
CHAT = "/v1/chat/completions"
ASK = [{"role": "user", "content": PROBLEM}]


@pytest.fixture(scope="module")
def stub():
    with OpenAIStubServer() as server:
        yield server


@pytest.fixture(scope="module")
def model_base(demo_retriever, stub):
    """A server whose answers come from the stub endpoint."""
    settings, found = demo_retriever
    backend = OpenAIBackend("stub-model", base_url=stub.base_url, api_key="x", max_retries=0)
    with running(create_app(ExpertAnswerer(found, backend), index_dir=settings.index_dir,
                            rate_limit_per_minute=0)) as url:
        yield url


def sse(url: str, body: dict) -> tuple[int, list]:
    """(status, the events' data as JSON, `[DONE]` as the string) of one streamed chat request; a JSON error body
    instead of the events when the request was refused before a stream started."""
    request = urllib.request.Request(f"{url}{CHAT}", data=json.dumps({**body, "stream": True}).encode(),
                                     headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            text = response.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())
    events = [e.removeprefix("data: ") for e in text.split("\n\n") if e.startswith("data: ")]
    return response.status, [e if e == "[DONE]" else json.loads(e) for e in events]


def streamed(url: str, body: dict) -> tuple[str, str, dict, dict | None]:
    """(content, finish_reason, the expertglm field, usage) of one streamed answer."""
    status, events = sse(url, body)
    assert status == 200 and events[-1] == "[DONE]", events
    chunks = [e for e in events[:-1] if e.get("choices")]
    assert not [e for e in events[:-1] if "error" in e], events
    content = "".join(c["choices"][0]["delta"].get("content") or "" for c in chunks)
    final = [c for c in chunks if c["choices"][0]["finish_reason"]]
    assert len(final) == 1, chunks
    usage = next((e["usage"] for e in events[:-1] if e.get("usage")), None)
    return content, final[0]["choices"][0]["finish_reason"], final[0]["expertglm"], usage


def completed(url: str, body: dict) -> tuple[str, str, dict, dict]:
    """(content, finish_reason, the expertglm field, usage) of one answer, not streamed."""
    status, _, reply = http(f"{url}{CHAT}", body)
    assert status == 200, reply
    choice = reply["choices"][0]
    return choice["message"]["content"], choice["finish_reason"], reply["expertglm"], reply["usage"]


def options(url: str, path: str, method: str = "OPTIONS") -> tuple[int, str | None, bytes]:
    """(status, Allow header, body) of one request without a body."""
    host, port = url.removeprefix("http://").split(":")
    connection = HTTPConnection(host, int(port), timeout=30)
    try:
        connection.request(method, path)
        response = connection.getresponse()
        return response.status, response.getheader("allow"), response.read()
    finally:
        connection.close()


# ------------------------------------------------------------------------------------------------ models
def test_models_lists_the_names_served_and_each_is_accepted(demo_base):
    status, _, listed = http(f"{demo_base}/v1/models")
    names = [m["id"] for m in listed["data"]]
    assert status == 200 and names == ["expertglm-grounded", "expertglm"]  # the service's own, the page's alias
    for name in names:
        status, _, reply = http(f"{demo_base}{CHAT}", {"model": name, "messages": ASK})
        assert status == 200 and reply["model"] == name, reply
    status, _, reply = http(f"{demo_base}{CHAT}", {"messages": ASK})  # no model: the service's own
    assert status == 200 and reply["model"] == "expertglm-grounded"


@pytest.mark.parametrize("stream", [False, True])
@pytest.mark.parametrize("name", ["gpt-4o", "expertglm-hf", "EXPERTGLM", ""])
def test_an_unknown_model_is_a_404_model_not_found(demo_base, name, stream):
    body = {"model": name, "messages": ASK, "stream": stream}
    status, _, reply = http(f"{demo_base}{CHAT}", body)
    assert status == 404, reply  # streamed or not: refused before any stream starts
    error = assert_error(reply, "does not exist")
    assert error["code"] == "model_not_found" and error["param"] == "model" and repr(name) in error["message"]
    assert "expertglm-grounded" in error["message"]  # says what is served


def test_the_openai_client_sees_an_unknown_model_as_not_found(demo_base):
    client = openai.OpenAI(base_url=f"{demo_base}/v1", api_key="unused", max_retries=0, timeout=60)
    with pytest.raises(openai.NotFoundError) as info:
        client.chat.completions.create(model="gpt-4o", messages=ASK)
    assert info.value.code == "model_not_found"
    assert [m.id for m in client.models.list()] == ["expertglm-grounded", "expertglm"]


def test_one_model_is_retrieved_by_its_id(demo_base):
    """GET /v1/models/{id} (the OpenAI client's models.retrieve) was a 404 for every name."""
    client = openai.OpenAI(base_url=f"{demo_base}/v1", api_key="unused", max_retries=0, timeout=60)
    assert client.models.retrieve("expertglm").id == "expertglm"
    status, _, reply = http(f"{demo_base}/v1/models/expertglm-grounded")
    assert status == 200 and reply["id"] == "expertglm-grounded" and reply["object"] == "model"
    status, _, reply = http(f"{demo_base}/v1/models/gpt-4o")
    assert status == 404 and assert_error(reply, "does not exist")["code"] == "model_not_found"


@pytest.mark.parametrize("flag", ["yes", "true", 1, "1"])
def test_stream_is_a_json_boolean(demo_base, flag):
    """"stream": "yes" streamed: only true or false (or null) is a stream flag, as for OpenAI."""
    status, _, reply = http(f"{demo_base}{CHAT}", {"messages": ASK, "stream": flag})
    assert status == 400 and "stream" in json.dumps(reply), reply


def test_a_configured_model_name_is_served(demo_retriever):
    settings, found = demo_retriever
    app = create_app(ExpertAnswerer(found), index_dir=settings.index_dir, rate_limit_per_minute=0,
                     model_name="acme-experts")
    with running(app) as url:
        assert [m["id"] for m in http(f"{url}/v1/models")[2]["data"]] == ["acme-experts", "expertglm"]
        assert http(f"{url}{CHAT}", {"model": "acme-experts", "messages": ASK})[0] == 200
        assert http(f"{url}{CHAT}", {"messages": ASK})[2]["model"] == "acme-experts"
        assert http(f"{url}{CHAT}", {"model": "expertglm-grounded", "messages": ASK})[0] == 404


# ------------------------------------------------------------------------------------------------ max_tokens, stop
@pytest.fixture(scope="module")
def whole(demo_base):
    """The grounded answer to the problem with no limits: content, finish_reason, expertglm field."""
    content, finish, ext, _ = completed(demo_base, {"messages": ASK})
    assert finish == "stop" and len(ext["experts"]) == 3 and rough_tokens(content) > 40
    return content, ext


@pytest.mark.parametrize("field", ["max_tokens", "max_completion_tokens"])
def test_max_tokens_cuts_the_answer_streamed_or_not(demo_base, whole, field):
    full, ext = whole
    for get in (completed, streamed):
        content, finish, got_ext, _ = get(demo_base, {"messages": ASK, field: 7, "stream_options": {"include_usage": True}})
        assert finish == "length" and rough_tokens(content) == 7, content
        assert full.startswith(content) and content.strip() == content  # cut after the 7th token
        assert got_ext["experts"] == ext["experts"] and got_ext["grounding"] == ext["grounding"]  # never cut
    status, _, reply = http(f"{demo_base}{CHAT}", {"messages": ASK, field: 7})
    assert reply["usage"]["completion_tokens"] == 7
    assert streamed(demo_base, {"messages": ASK, field: 7, "stream_options": {"include_usage": True}})[3][
        "completion_tokens"] == 7


def test_max_completion_tokens_wins_over_max_tokens_and_a_large_limit_cuts_nothing(demo_base, whole):
    full, _ = whole
    content, finish, _, _ = completed(demo_base, {"messages": ASK, "max_tokens": 3, "max_completion_tokens": 9})
    assert finish == "length" and rough_tokens(content) == 9
    for get in (completed, streamed):
        content, finish, _, _ = get(demo_base, {"messages": ASK, "max_tokens": 100_000})
        assert finish == "stop" and content == full


def test_stop_cuts_before_the_first_stop_sequence_streamed_or_not(demo_base, whole):
    full, ext = whole
    second = ext["experts"][1]["name"]  # a string the answer holds, well after its start
    for stop in (second, [second], ["\u0000never", second], [second, "never\u2603", "x\u2603", "y\u2603"]):
        for get in (completed, streamed):
            content, finish, got_ext, _ = get(demo_base, {"messages": ASK, "stop": stop})
            assert finish == "stop" and content == full[:full.index(second)], (stop, content)
            assert second not in content and got_ext["experts"] == ext["experts"]  # the cards are all there


def test_the_first_of_stop_and_max_tokens_wins(demo_base, whole):
    full, ext = whole
    second = ext["experts"][1]["name"]
    before = rough_tokens(full[:full.index(second)])
    for get in (completed, streamed):
        content, finish, _, _ = get(demo_base, {"messages": ASK, "stop": second, "max_tokens": before + 5})
        assert finish == "stop" and content == full[:full.index(second)]
        content, finish, _, _ = get(demo_base, {"messages": ASK, "stop": second, "max_tokens": before - 5})
        assert finish == "length" and rough_tokens(content) == before - 5


@pytest.mark.parametrize("stream", [False, True])
@pytest.mark.parametrize("field,value", [
    ("max_tokens", 0), ("max_tokens", -3), ("max_tokens", 2.5), ("max_tokens", 5.0), ("max_tokens", "5"),
    ("max_tokens", True), ("max_completion_tokens", 0), ("max_completion_tokens", "many"),
    ("stop", ["a", "b", "c", "d", "e"]), ("stop", [1]), ("stop", ["ok", None]), ("stop", ""), ("stop", [""]),
    ("stop", {"a": 1}), ("stop", 7), ("n", 2), ("n", "1"), ("temperature", 3), ("top_p", 1.5), ("user", 5),
])
def test_an_invalid_limit_is_a_400_naming_the_field(demo_base, field, value, stream):
    status, _, reply = http(f"{demo_base}{CHAT}", {"messages": ASK, field: value, "stream": stream})
    assert status == 400, reply  # before any stream starts
    error = assert_error(reply, field)
    assert error["param"] == field and error["code"] == "invalid_request" and field in error["message"]


def test_a_model_backend_is_sent_max_tokens_and_stop_and_its_answer_is_cut_too(model_base, stub):
    stub.reset()
    full, finish, ext, _ = completed(model_base, {"messages": ASK})
    assert finish == "stop" and full.startswith("推荐专家：") and "单位：" in full, full  # the stub names the first expert
    assert "stop" not in stub.requests[-1]  # none asked, none sent
    for get in (completed, streamed):
        stub.reset()
        content, finish, got_ext, _ = get(model_base, {"messages": ASK, "stop": ["单位", "无此句"], "max_tokens": 300})
        assert stub.requests[-1]["stop"] == ["单位", "无此句"] and stub.requests[-1]["max_tokens"] == 300
        # the stub ignores stop: the service cuts what the guard kept
        assert finish == "stop" and content == full[:full.index("单位")], content
        assert got_ext["experts"] == ext["experts"]
        stub.reset()
        content, finish, _, _ = get(model_base, {"messages": ASK, "max_tokens": 4})
        assert stub.requests[-1]["max_tokens"] == 4 and finish == "length" and rough_tokens(content) == 4, content


# ------------------------------------------------------------------------------------------------ null fields
NULLABLE = ("model", "stream", "temperature", "top_p", "max_tokens", "max_completion_tokens", "stop", "n", "user",
            "stream_options", "presence_penalty", "frequency_penalty", "logit_bias", "logprobs", "top_logprobs",
            "seed", "response_format", "tools", "tool_choice", "parallel_tool_calls", "metadata", "store",
            "service_tier", "top_k")


def test_null_is_not_given_for_every_optional_field(demo_base, whole):
    full, _ = whole
    for nulls in ({"stream": None}, dict.fromkeys(NULLABLE)):
        status, headers, reply = http(f"{demo_base}{CHAT}", {"messages": ASK, **nulls})
        assert status == 200 and headers["content-type"].startswith("application/json"), reply
        assert reply["object"] == "chat.completion" and reply["model"] == "expertglm-grounded"
        assert reply["choices"][0]["finish_reason"] == "stop" and reply["choices"][0]["message"]["content"] == full


# ------------------------------------------------------------------------------------------------ Allow
@pytest.mark.parametrize("path,allow", [
    (CHAT, "POST, OPTIONS"), ("/v1/match", "POST, OPTIONS"), ("/v1/models", "GET, HEAD, OPTIONS"),
    ("/healthz", "GET, HEAD, OPTIONS"), ("/", "GET, HEAD, OPTIONS"), ("/static/app.js", "GET, HEAD, OPTIONS"),
    ("/openapi.json", "GET, HEAD, OPTIONS"),
])
def test_options_allows_what_the_path_takes(demo_base, path, allow):
    status, allowed, body = options(demo_base, path)
    assert status == 204 and allowed == allow and body == b""


def test_options_on_an_unknown_path_is_a_404(demo_base):
    status, allowed, body = options(demo_base, "/v1/nowhere")
    assert status == 404 and allowed is None and assert_error(json.loads(body))


@pytest.mark.parametrize("method,path,allow", [
    ("GET", CHAT, "POST, OPTIONS"), ("HEAD", CHAT, "POST, OPTIONS"), ("DELETE", "/v1/match", "POST, OPTIONS"),
    ("POST", "/healthz", "GET, HEAD, OPTIONS"), ("PUT", "/v1/models", "GET, HEAD, OPTIONS"),
    ("POST", "/static/app.js", "GET, HEAD, OPTIONS"),
])
def test_a_405_allows_what_the_path_takes(demo_base, method, path, allow):
    status, allowed, body = options(demo_base, path, method)
    assert status == 405 and allowed == allow
    if method != "HEAD":
        assert assert_error(json.loads(body))["type"] == "invalid_request_error"


# ------------------------------------------------------------------------------------------------ deadline
def test_a_hung_backend_call_ends_at_its_deadline_whatever_its_retries(stub):
    stub.reset()
    stub.hang_next(10)
    messages = build_messages(PROBLEM, [])
    backend = OpenAIBackend("stub-model", base_url=stub.base_url, api_key="x", timeout=60, max_retries=2,
                            deadline=1.5)
    for call in (backend.generate, lambda m: list(backend.stream(m))):
        started = time.monotonic()
        with pytest.raises(TimedOutError, match="1.5s deadline") as info:
            call(messages)
        assert 1.4 < time.monotonic() - started < 10
        assert info.value.http_status == 504 and info.value.code == "backend_timeout"
        assert isinstance(info.value, BackendUnavailable) and stub.base_url.removesuffix("/v1") in str(info.value)
    assert len(stub.requests) == 2  # one attempt each: the first took the whole deadline
    stub.reset()


def test_short_attempts_are_retried_within_the_deadline(stub):
    stub.reset()
    stub.hang_next(3)
    backend = OpenAIBackend("stub-model", base_url=stub.base_url, api_key="x", timeout=0.4, max_retries=5,
                            deadline=30)
    assert backend.generate(build_messages(PROBLEM, []))  # three attempts hang, the fourth answers
    assert len(stub.requests) == 4
    stub.reset()
    stub.hang_next(5)
    short = OpenAIBackend("stub-model", base_url=stub.base_url, api_key="x", timeout=0.4, max_retries=1, deadline=30)
    with pytest.raises(TimedOutError, match=r"within 0.4s after 2 attempt"):  # retries ran out first: still a 504
        short.generate(build_messages(PROBLEM, []))
    stub.reset()


def test_the_server_answers_504_when_the_backend_hangs(demo_retriever, stub):
    settings, found = demo_retriever
    backend = OpenAIBackend("stub-model", base_url=stub.base_url, api_key="x", timeout=60, max_retries=2,
                            deadline=1.5)
    app = create_app(ExpertAnswerer(found, backend), index_dir=settings.index_dir, rate_limit_per_minute=0)
    with running(app) as url:
        for stream in (False, True):
            stub.reset()
            stub.hang_next(10)
            started = time.monotonic()
            status, _, reply = http(f"{url}{CHAT}", {"messages": ASK, "stream": stream})
            assert status == 504 and time.monotonic() - started < 10, reply
            error = assert_error(reply, "deadline", "the answer backend failed")
            assert error["code"] == "backend_timeout" and error["type"] == "server_error"
        assert http(f"{url}/healthz")[2]["status"] == "degraded"
        stub.reset()
        assert http(f"{url}{CHAT}", {"messages": ASK})[0] == 200  # answered again once the backend is
        assert http(f"{url}/healthz")[2]["status"] == "ok"


def test_the_deadline_is_a_setting(monkeypatch):
    monkeypatch.delenv("EXPERTGLM_OPENAI_DEADLINE", raising=False)
    assert Settings.from_env({}).openai_deadline == 60.0
    settings = Settings.from_env({"EXPERTGLM_OPENAI_DEADLINE": "2.5", "EXPERTGLM_OPENAI_MODEL": "m"})
    assert settings.backend_options.openai_deadline == 2.5
    with OpenAIStubServer() as server:
        monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
        backend = make_backend("openai", BackendOptions(openai_model="m", openai_deadline=2.5))
        assert backend.deadline == 2.5 and backend._caller.deadline == 2.5
    for bad in ("0", "-1", "soon", "nan", "inf"):
        with pytest.raises(UsageError, match="EXPERTGLM_OPENAI_DEADLINE"):
            Settings.from_env({"EXPERTGLM_OPENAI_DEADLINE": bad})


def test_the_cli_stops_at_the_deadline_with_one_line(demo_graph, stub):
    settings = demo_graph[0]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEO4J_", "OPENAI_", "EXPERTGLM_"))}
    env.update(EXPERTGLM_HOME=str(settings.home), EXPERTGLM_GRAPH=settings.store.graph, OPENAI_API_KEY="x",
               OPENAI_BASE_URL=stub.base_url, EXPERTGLM_OPENAI_MODEL="stub-model", EXPERTGLM_OPENAI_DEADLINE="2")
    stub.reset()
    stub.hang_next(10)
    started = time.monotonic()
    proc = subprocess.run([sys.executable, "-m", "expertglm", "ask", PROBLEM, "--backend", "openai"], env=env,
                          capture_output=True, text=True, timeout=300, cwd=ROOT)
    stub.reset()
    assert proc.returncode == BackendUnavailable.exit_code, (proc.returncode, proc.stderr[-2000:])
    assert "Traceback" not in proc.stderr + proc.stdout
    errors = [line for line in proc.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "did not answer within the 2s deadline" in errors[0], proc.stderr[-2000:]
    assert time.monotonic() - started < 120  # the load, then 2 s: not 3 × 60 s
