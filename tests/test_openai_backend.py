"""OpenAIBackend against a real local OpenAI-compatible HTTP server (tests/openai_stub_server.py)."""

from __future__ import annotations

import socket

import pytest

pytest.importorskip("openai", reason="the openai extra is not installed")

from openai_stub_server import NO_EXPERT_ANSWER, OpenAIStubServer  # noqa: E402  (tests/ is on sys.path)

from errors import BackendError  # noqa: E402
from generation.openai_backend import OpenAIBackend  # noqa: E402
from generation.prompt import build_messages  # noqa: E402
from retrieval.models import AwardFact, ExpertMatch  # noqa: E402

EXPERT = ExpertMatch(id="e1", name="李明", institution="清华大学", title="教授", fields=["材料科学"],
                     directions=["锂电池热管理"], awards=[AwardFact(name="国家技术发明奖", year=2019)], score=0.9)
EXPECTED = "推荐专家：李明。单位：清华大学；职称：教授。"


@pytest.fixture(scope="module")
def server():
    with OpenAIStubServer() as s:
        yield s


@pytest.fixture
def stub(server: OpenAIStubServer) -> OpenAIStubServer:
    server.reset()
    return server


@pytest.fixture
def messages():
    return build_messages("我们的锂电池包在快充时热失控，找谁？", [EXPERT])


def test_generate_returns_grounded_answer_and_sends_the_request(stub, messages):
    backend = OpenAIBackend("stub-model", base_url=stub.base_url, api_key="sk-test")
    assert backend.name == "openai:stub-model"
    assert backend.generate(messages, max_tokens=64, temperature=0.0) == EXPECTED
    body = stub.requests[-1]
    assert body["model"] == "stub-model"
    assert body["max_tokens"] == 64 and body["temperature"] == 0.0
    assert [m["role"] for m in body["messages"]] == ["system", "user"]
    assert "专家1：李明" in body["messages"][0]["content"]
    assert stub.headers[-1]["authorization"] == "Bearer sk-test"


def test_no_expert_prompt(stub):
    backend = OpenAIBackend("stub-model", base_url=stub.base_url)
    assert backend.generate(build_messages("问题", [])) == NO_EXPERT_ANSWER


def test_stream_chunks_join_to_the_full_answer(stub, messages):
    backend = OpenAIBackend("stub-model", base_url=stub.base_url)
    chunks = list(backend.stream(messages, max_tokens=64))
    assert len(chunks) > 1
    assert "".join(chunks) == EXPECTED == backend.generate(messages, max_tokens=64)
    assert stub.requests[0]["stream"] is True


def test_a_500_is_retried(stub, messages):
    backend = OpenAIBackend("stub-model", base_url=stub.base_url, max_retries=2)
    stub.fail_next(1, status=500)
    assert backend.generate(messages) == EXPECTED
    assert len(stub.requests) == 2


def test_a_429_is_retried_when_streaming(stub, messages):
    backend = OpenAIBackend("stub-model", base_url=stub.base_url, max_retries=2)
    stub.fail_next(2, status=429)
    assert "".join(backend.stream(messages)) == EXPECTED
    assert len(stub.requests) == 3


def test_persistent_500_raises_a_clear_backend_error(stub, messages):
    backend = OpenAIBackend("stub-model", base_url=stub.base_url, max_retries=2)
    stub.fail_next(10, status=500)
    with pytest.raises(BackendError) as info:
        backend.generate(messages)
    err = info.value
    assert err.status == 500 and err.endpoint == stub.base_url
    assert stub.base_url in str(err) and "HTTP 500" in str(err) and "3 attempt" in str(err)
    assert "stub failure 500" in str(err)
    assert len(stub.requests) == 3  # first try + 2 retries

    stub.reset()
    stub.fail_next(10, status=500)
    with pytest.raises(BackendError, match="HTTP 500"):
        list(backend.stream(messages))


def test_client_errors_are_not_retried(stub, messages):
    backend = OpenAIBackend("stub-model", base_url=stub.base_url, max_retries=2)
    stub.fail_next(1, status=400)
    with pytest.raises(BackendError, match="HTTP 400") as info:
        backend.generate(messages)
    assert info.value.status == 400 and len(stub.requests) == 1


@pytest.mark.parametrize("kind,words", [("not_json", "not JSON"), ("wrong_shape", "not a chat completion")])
def test_a_200_that_is_no_completion_is_a_backend_error_not_retried(stub, messages, kind, words):
    backend = OpenAIBackend("stub-model", base_url=stub.base_url, max_retries=2)
    stub.break_next(kind)
    with pytest.raises(BackendError, match=words) as info:
        backend.generate(messages)
    assert info.value.status == 200 and stub.base_url in str(info.value)
    assert len(stub.requests) == 1  # the same request would get the same body
    assert backend.generate(messages) == EXPECTED  # the next call is not affected


@pytest.mark.parametrize("kind,words", [("bad_chunk", "failed while streaming"),
                                        ("cut_off", "ended before the answer was complete"),
                                        ("not_json", "ended before the answer was complete")])
def test_a_stream_that_breaks_is_an_error_after_what_arrived(stub, messages, kind, words):
    backend = OpenAIBackend("stub-model", base_url=stub.base_url, max_retries=2)
    stub.break_next(kind)
    pieces = []
    with pytest.raises(BackendError, match=words):
        for piece in backend.stream(messages):
            pieces.append(piece)
    assert "".join(pieces) == ("" if kind == "not_json" else EXPECTED[:-2])  # never passed off as the whole answer
    assert "".join(backend.stream(messages)) == EXPECTED


def test_environment_defaults_and_empty_key(stub, messages, monkeypatch):
    monkeypatch.setenv("OPENAI_BASE_URL", stub.base_url)
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    backend = OpenAIBackend("stub-model")
    assert backend.endpoint == stub.base_url
    assert backend.generate(messages) == EXPECTED
    assert stub.headers[-1]["authorization"] == "Bearer EMPTY"


def test_no_key_and_no_base_url_is_an_error(monkeypatch):
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    with pytest.raises(BackendError, match="OPENAI_API_KEY"):
        OpenAIBackend("gpt-4o-mini")
    with pytest.raises(BackendError, match="model name"):
        OpenAIBackend("")


def test_unreachable_endpoint(messages):
    with socket.socket() as s:  # a port nothing listens on once closed
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    backend = OpenAIBackend("stub-model", base_url=f"http://127.0.0.1:{port}/v1", max_retries=0, timeout=5)
    with pytest.raises(BackendError, match="cannot reach") as info:
        backend.generate(messages)
    assert info.value.status is None and str(port) in str(info.value)
