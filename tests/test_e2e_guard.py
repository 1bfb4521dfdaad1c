"""End to end: a real OpenAI-compatible server process that lies (tests/lying_openai_server.py) behind `expertglm ask`,
`expertglm chat` and the HTTP /v1/chat/completions (streaming and not); no planted falsehood may reach the user, and
the true sentences must stay."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

openai = pytest.importorskip("openai")

from generation.answerer import ExpertAnswerer  # noqa: E402
from retrieval.sync import open_retriever  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
PROBLEM = "我们企业在注塑件翘曲上遇到难题，请推荐专家"
CLI = [str(Path(sys.executable).parent / "expertglm")]


@pytest.fixture(scope="module")
def liar(tmp_path_factory):
    """(base URL, answer log) of a lying OpenAI-compatible server running as its own process."""
    log = tmp_path_factory.mktemp("liar") / "answers.jsonl"
    proc = subprocess.Popen([sys.executable, str(ROOT / "tests" / "lying_openai_server.py"), "--log", str(log)],
                            stdout=subprocess.PIPE, text=True)
    try:
        url = proc.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:"), url
        yield url, log
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture
def env(demo_graph, liar):
    settings = demo_graph[0]
    e = {k: v for k, v in os.environ.items() if not k.startswith(("NEO4J_", "OPENAI_"))}
    e.update(EXPERTGLM_HOME=str(settings.home), EXPERTGLM_GRAPH=settings.store.graph, OPENAI_BASE_URL=liar[0],
             OPENAI_API_KEY="test-key", EXPERTGLM_OPENAI_MODEL="liar")
    return e


def last_plan(log: Path) -> tuple[list[str], list[tuple[str, str]]]:
    """The truths and lies of the liar's latest answer."""
    row = json.loads(log.read_text(encoding="utf-8").splitlines()[-1])
    return row["true"], [tuple(x) for x in row["false"]]


def assert_only_truths(text: str, log: Path) -> None:
    truths, lies = last_plan(log)
    assert len(lies) >= 12  # every kind of falsehood was planted
    leaked = [words for _, words in lies if words in text]
    assert leaked == [], f"falsehoods reached the user: {leaked}\n{text}"
    lost = [t for t in truths if t not in text]
    assert lost == [], f"true sentences were removed: {lost}\n{text}"


def test_ask_openai_keeps_truths_and_drops_every_lie(env, liar):
    proc = subprocess.run([*CLI, "ask", PROBLEM, "--backend", "openai", "--json"], env=env, capture_output=True,
                          text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    answer = json.loads(proc.stdout)
    assert_only_truths(answer["text"], liar[1])
    g = answer["grounding"]
    assert not g["fell_back"]
    dropped = [s for s in g["sentences"] if not s["kept"]]
    assert len(dropped) == len(last_plan(liar[1])[1])
    assert all(any(not c["supported"] and c["reason"] for c in s["claims"]) for s in dropped)
    kinds = {c["kind"] for s in dropped for c in s["claims"] if not c["supported"]}
    assert kinds >= {"person", "honour", "institution", "award", "direction", "title"}
    swapped = next(s for s in dropped if "任职于" in s["text"])
    claim = next(c for c in swapped["claims"] if c["kind"] == "institution")
    holder = next(e for e in answer["experts"] if e["name"] in swapped["text"])
    assert claim["expert_id"] == holder["id"] and "belongs to" in claim["reason"]


def test_chat_streams_only_truths(env, liar):
    proc = subprocess.run([*CLI, "chat", "--backend", "openai", "--verbose"], input=f"{PROBLEM}\n\n", env=env,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert_only_truths(proc.stdout, liar[1])
    assert "[guard]" in proc.stderr and "刘建国" in proc.stderr  # what was removed is reported, not shown
    plain = subprocess.run([*CLI, "chat", "--backend", "openai"], input=f"{PROBLEM}\n\n", env=env,
                           capture_output=True, text=True, timeout=300)
    assert_only_truths(plain.stdout, liar[1])  # without --verbose only the count: the removed claim is in no stream
    assert "已略去" in plain.stderr and "刘建国" not in plain.stderr + plain.stdout, plain.stderr  # a note for the user


@pytest.fixture(scope="module")
def api(demo_graph, liar):
    from expertglm.server import create_app, running
    from generation.openai_backend import OpenAIBackend

    settings, store, embedder, _ = demo_graph
    retriever = open_retriever(store, embedder, settings.index_dir, settings.graph_id)
    answerer = ExpertAnswerer(retriever, OpenAIBackend("liar", base_url=liar[0], api_key="test-key"))
    with running(create_app(answerer, index_dir=settings.index_dir, rate_limit_per_minute=0)) as url:
        yield openai.OpenAI(base_url=f"{url}/v1", api_key="unused", max_retries=0, timeout=120)


def test_http_chat_completions_drop_every_lie(api, liar):
    reply = api.chat.completions.create(model="expertglm", messages=[{"role": "user", "content": PROBLEM}])
    assert_only_truths(reply.choices[0].message.content, liar[1])


def test_http_streaming_drops_every_lie(api, liar):
    stream = api.chat.completions.create(model="expertglm", messages=[{"role": "user", "content": PROBLEM}],
                                         stream=True)
    text = "".join(c.choices[0].delta.content or "" for c in stream if c.choices)
    assert_only_truths(text, liar[1])


def test_a_follow_up_answer_is_checked_against_every_expert_shown(demo_graph):
    """第三位获得过什么奖？ answered by a model that speaks of the other shown experts too: "第一位" is the list's first
    expert, not the one the follow-up is about, so the third expert's direction said of the first is dropped, while a
    true sentence about the first (by name) is kept — before, only the expert in focus was checked against."""
    from openai_stub_server import OpenAIStubServer, grounded_answer

    from generation.conversation import Conversation
    from generation.openai_backend import OpenAIBackend

    settings, store, embedder, _ = demo_graph
    retriever = open_retriever(store, embedder, settings.index_dir, settings.graph_id)
    shown = retriever.match(PROBLEM, top_k=3).experts
    first, third = shown[0], shown[2]
    foreign = next(d for d in third.directions if d not in first.directions and d not in first.fields)
    replies = {"第三位": f"第三位专家是{third.name}。第一位专家的研究方向是{foreign}。{first.name}在{first.institution}工作。"}

    def respond(body):
        last = next(m["content"] for m in reversed(body["messages"]) if m["role"] == "user")
        return next((text for key, text in replies.items() if key in last), None) or grounded_answer(body)

    with OpenAIStubServer(respond) as server:
        answerer = ExpertAnswerer(retriever, OpenAIBackend("stub", base_url=server.base_url, api_key="x"))
        conversation = Conversation()
        answerer.answer(PROBLEM, conversation)
        assert [e.id for e in conversation.last] == [e.id for e in shown]
        for streamed in (False, True):
            turn = Conversation(problem=conversation.problem, last=list(conversation.last),
                                shown=list(conversation.shown), messages=list(conversation.messages))
            if streamed:
                answer = [p for p in answerer.stream("第三位获得过什么奖？", turn)][-1]
            else:
                answer = answerer.answer("第三位获得过什么奖？", turn)
            assert foreign not in answer.text, answer.text
            assert f"{first.name}在{first.institution}工作" in answer.text
