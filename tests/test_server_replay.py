"""Long chats over stateless HTTP: the server rebuilds the state the CLI chat keeps, or says it cannot.

A real uvicorn server over the demo graph; the expected state is the CLI's (one `Conversation` kept across turns)."""

from __future__ import annotations

import json
import urllib.request

import pytest

pytest.importorskip("fastapi")

from expertglm.server import create_app, running  # noqa: E402
from expertglm.server.chat import LOST_REPLY, REPLAY_TURNS, replay_conversation  # noqa: E402
from generation.answerer import ExpertAnswerer  # noqa: E402
from generation.conversation import Conversation  # noqa: E402
from test_server_api import PROBLEM, base, http, parts  # noqa: E402,F401  (tests/ is on sys.path; fixtures shared)

ORDINALS = "一二三"
OTHER_PROBLEM = "猪场仔猪大面积腹泻，死亡率高，想找兽医方面的专家"


@pytest.fixture(scope="module")
def answerer(parts):
    return parts


def cli_chat(answerer: ExpertAnswerer, turns: list[str]) -> tuple[list[dict], Conversation]:
    """The OpenAI-style history of `turns` as the CLI chat answers them, and the state the CLI keeps after them."""
    conversation = Conversation()
    for turn in turns:
        answerer.answer(turn, conversation)
    return [{"role": m.role, "content": m.content} for m in conversation.messages], conversation


def ask(base: str, history: list[dict], question: str, stream: bool = False) -> tuple[str, dict]:
    """(answer text, expertglm extension) of one chat request."""
    body = {"messages": [*history, {"role": "user", "content": question}], "stream": stream}
    if not stream:
        status, _, reply = http(f"{base}/v1/chat/completions", body)
        assert status == 200, reply
        return reply["choices"][0]["message"]["content"], reply["expertglm"]
    request = urllib.request.Request(f"{base}/v1/chat/completions", json.dumps(body).encode(),
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=120) as response:
        events = [json.loads(line[6:]) for line in response.read().decode().splitlines()
                  if line.startswith("data: {")]
    text = "".join(e["choices"][0]["delta"].get("content") or "" for e in events if e.get("choices"))
    return text, next(e["expertglm"] for e in events if "expertglm" in e)


def test_the_problem_survives_many_follow_ups(answerer, base):
    _, found = answerer
    turns = [PROBLEM] + [f"第{ORDINALS[i % 3]}位在哪个单位？" for i in range(REPLAY_TURNS + 3)]
    history, cli = cli_chat(found, turns)
    expected = found.answer("第一位获得过什么奖？", cli)
    for stream in (False, True):
        text, ext = ask(base, history, "第一位获得过什么奖？", stream)
        assert ext["turn"] == "about" and [e["id"] for e in ext["experts"]] == [cli.last[0].id]
        assert text == expected.text and cli.last[0].name in text


def test_a_question_naming_a_shown_expert_does_not_reset_the_state(answerer, base):
    _, found = answerer
    first = found.answer(PROBLEM)
    second = first.experts[1]
    turns = [PROBLEM, f"{second.name}获得过什么奖？"] + ["他们都在哪个单位？"] * REPLAY_TURNS
    history, cli = cli_chat(found, turns)
    state = replay_conversation(found, [m for m in cli.messages])
    assert state is not None and [e.id for e in state.last] == [e.id for e in cli.last] == \
        [e.id for e in first.experts]
    assert state.problem == cli.problem and state.focus is not None and state.focus.id == cli.focus.id == second.id
    _, ext = ask(base, history, "第三位在哪个单位？")
    assert [e["id"] for e in ext["experts"]] == [first.experts[2].id]


def test_a_new_problem_restarts_the_replay(answerer):
    _, found = answerer
    turns = [PROBLEM, "还有别的专家吗？", OTHER_PROBLEM, "第二位在哪个单位？", "谢谢", "还有别的专家吗？"]
    _, cli = cli_chat(found, turns)
    paid: list[int] = []
    state = replay_conversation(found, cli.messages, pay=paid.append)
    assert state is not None and state.problem == cli.problem == OTHER_PROBLEM
    assert [e.id for e in state.shown] == [e.id for e in cli.shown]
    assert paid == [2]  # OTHER_PROBLEM and its 还有别的专家吗; the first problem, the thanks and 第二位 run no retrieval


def test_a_state_beyond_the_cap_is_said_not_guessed(answerer, base):
    _, found = answerer
    history, cli = cli_chat(found, [PROBLEM] + ["还有别的专家吗？"] * REPLAY_TURNS)
    assert replay_conversation(found, cli.messages) is None
    for stream in (False, True):
        text, ext = ask(base, history, "第一位获得过什么奖？", stream)
        assert text == LOST_REPLY and ext["turn"] == "lost" and ext["experts"] == []
    text, ext = ask(base, history, OTHER_PROBLEM)  # a new problem needs no earlier state
    assert ext["turn"] == "problem" and ext["experts"] and ext["experts"][0]["name"] in text


def test_replayed_retrieval_is_charged(answerer):
    settings, found = answerer
    app = create_app(found, index_dir=settings.index_dir, rate_limit_per_minute=10)
    talk = [PROBLEM] * 16  # each restarts the problem: only the last is replayed
    history = [m for turn in talk for m in ({"role": "user", "content": turn}, {"role": "assistant", "content": "好的"})]
    with running(app) as url:
        body = {"messages": history + [{"role": "user", "content": "第二位在哪个单位？"}]}
        assert http(f"{url}/v1/chat/completions", body)[0] == 200
    more, _ = cli_chat(found, [PROBLEM] + ["还有别的专家吗？"] * 12)
    with running(create_app(found, index_dir=settings.index_dir, rate_limit_per_minute=10)) as url:
        body = {"messages": more + [{"role": "user", "content": "第二位在哪个单位？"}]}
        status, _, reply = http(f"{url}/v1/chat/completions", body)
        assert status == 429 and "replays" in reply["error"]["message"]



def test_a_count_question_is_replayed_with_what_it_counted(answerer, base):
    """A count (研究电池的专家有哪些？) replayed behind a follow-up: the server's answer is the CLI's (the replay's
    retriever wrapper lacked the census: the request failed)."""
    _, found = answerer
    history, cli = cli_chat(found, ["研究电池的专家有哪些？", "还有吗？"])
    expected = found.answer("还有吗？", cli)
    for stream in (False, True):
        text, ext = ask(base, history, "还有吗？", stream)
        assert text == expected.text and [e["id"] for e in ext["experts"]] == [e.id for e in expected.experts]


def test_an_unclear_short_turn_keeps_the_list_in_the_cli_and_the_replay(answerer):
    """来点干货 after a list matches nothing: the chat says it did not understand and keeps the list (it was matched as a
    problem and the list was lost); a replay does not start from it either."""
    from generation.grounded import UNCLEAR

    _, found = answerer
    turns = [PROBLEM, "来点干货", "第二位在哪个单位？"]
    _, cli = cli_chat(found, turns)
    assert cli.messages[3].content == UNCLEAR and cli.problem == PROBLEM
    state = replay_conversation(found, cli.messages)
    assert state is not None and state.problem == PROBLEM and [e.id for e in state.last] == [e.id for e in cli.last]
