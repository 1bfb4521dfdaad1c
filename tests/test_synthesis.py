"""Dialogue synthesis on a real graph: the template backend, and the openai backend against the real local
OpenAI-compatible stub server (retries on 429/500, a SIGKILL mid-run and a resume that repeats no call)."""

from __future__ import annotations

import hashlib
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

pytest.importorskip("openai", reason="the openai extra is not installed")

from openai_stub_server import OpenAIStubServer  # noqa: E402  (tests/ is on sys.path)

from kg.demo import write_demo_data  # noqa: E402
from kg.ingest import ingest  # noqa: E402
from kg.readers import read_records  # noqa: E402
from generation.openai_client import Prices, RetryPolicy  # noqa: E402
from training.synthesis import (  # noqa: E402
    Draft,
    gate,
    plan_tasks,
    sample_experts,
    split_of,
    synthesize,
)

ROOT = Path(__file__).resolve().parents[1]
FRACTIONS = (0.5, 0.25, 0.25)  # every split gets experts even from a small graph


def _user(body: dict) -> str:
    return next(m["content"] for m in reversed(body["messages"]) if m["role"] == "user")


def synthesis_responder(body: dict, invent_for_field: bool = False) -> str:
    """Writes the dialogue a good model would: a request from the prompt's hints, an answer from its facts."""
    user = _user(body)
    name = re.search(r"^专家1：(.+)$", user, re.MULTILINE).group(1)
    unit = re.search(r"^单位：(.+?)；职称：(.+)$", user, re.MULTILINE)
    directions = re.search(r"^研究方向：(.+)$", user, re.MULTILINE).group(1)
    tag = hashlib.sha1(user.encode()).hexdigest()[:6]  # one distinct request per prompt
    hints = re.search(r"关键词：(.+?)[；）]", user) or re.search(r"“(.+?)”领域", user)
    request = f"我们企业遇到{hints.group(1)}方面的难题（编号{tag}），请推荐专家。"
    answer = f"推荐{name}，{unit.group(1)}，{unit.group(2)}。研究方向：{directions}。"
    if invent_for_field and "领域的专家" in user:
        answer += "另外推荐张伟教授，北京理工大学，曾获国家科学技术进步奖一等奖。"
    if '"history"' in user:
        return json.dumps({"history": [[request, answer]], "content": "他在哪个单位工作？",
                           "summary": f"{name}在{unit.group(1)}工作，职称为{unit.group(2)}。"}, ensure_ascii=False)
    return "```json\n" + json.dumps({"content": request, "summary": answer}, ensure_ascii=False) + "\n```"


@pytest.fixture
def small_graph(store, settings, tmp_path):
    data = tmp_path / "experts.jsonl"
    write_demo_data(data, 40, seed=3)
    ingest(store, read_records(data))
    return store, settings


def _rows(out: Path) -> dict[str, list[dict]]:
    return {s: [json.loads(line) for line in (out / f"{s}.jsonl").read_text(encoding="utf-8").splitlines()]
            for s in ("train", "dev", "test")}


def test_template_backend_writes_the_paper_format_and_chat_messages(small_graph, tmp_path):
    store, _ = small_graph
    out = tmp_path / "dialogues"
    report = synthesize(store, out, experts=24, per_expert=3, backend="template", seed=7, fractions=FRACTIONS,
                        progress=False)
    assert report.experts == 24 and report.tasks == 72
    assert report.kept + report.dropped_duplicate + report.dropped_ungrounded + report.dropped_off_target \
        + report.dropped_leak == 72
    assert report.dropped_ungrounded == 0 and report.kept >= 60
    assert set(report.kinds) == {"problem", "field", "followup"}
    saved = json.loads((out / "report.json").read_text(encoding="utf-8"))
    for k in ("splits", "dropped_ungrounded", "dropped_duplicate", "prompt_tokens", "cost", "seconds"):
        assert k in saved
    rows = _rows(out)
    assert sum(map(len, rows.values())) == report.kept
    for split, items in rows.items():
        for row in items:
            assert row["split"] == split and row["source"] == "template"
            assert row["content"] and row["summary"]
            roles = [m["role"] for m in row["messages"]]
            assert roles[0] == "system" and roles[-2:] == ["user", "assistant"]
            assert "【专家资料】" in row["messages"][0]["content"]
            assert row["messages"][-1]["content"] == row["summary"]
            assert row["messages"][-2]["content"] == row["content"]
            expert = row["experts"][0]
            assert expert["id"] == row["expert_ids"][0] and expert["name"] in row["messages"][0]["content"]
            if row["kind"] == "followup":
                assert len(row["history"]) == 1 and roles == ["system", "user", "assistant", "user", "assistant"]
                assert expert["name"] in row["summary"]
            else:
                assert row["history"] == [] and expert["name"] in row["summary"]
                assert expert["name"] not in row["content"]
            if row["kind"] == "problem":  # symptoms, not the field's name
                assert not any(f in row["content"] for f in expert["fields"])
    # deterministic for a seed
    again = tmp_path / "again"
    synthesize(store, again, experts=24, per_expert=3, backend="template", seed=7, fractions=FRACTIONS,
               progress=False)
    assert _rows(again) == rows


def test_splits_are_disjoint_by_expert(small_graph, tmp_path):
    store, _ = small_graph
    synthesize(store, tmp_path, experts=None, per_expert=3, backend="template", seed=1, fractions=FRACTIONS,
               progress=False)
    experts = {s: {i for row in items for i in row["expert_ids"]} for s, items in _rows(tmp_path).items()}
    assert all(experts.values())
    assert not experts["train"] & experts["dev"] and not experts["train"] & experts["test"]
    assert not experts["dev"] & experts["test"]
    for split, ids in experts.items():
        assert all(split_of(i, FRACTIONS) == split for i in ids)


def test_the_gate_drops_a_dialogue_naming_an_expert_not_in_the_facts(small_graph, tmp_path):
    store, _ = small_graph
    task = plan_tasks(sample_experts(store, 3, seed=0), 1, seed=0)[0]
    e = task.expert
    good = Draft("我们的设备振动很大，请推荐专家。", f"推荐{e.name}，{e.institution}。")
    assert gate(good, task) is None
    invented = Draft(good.content, good.summary + "另外推荐张伟教授，北京理工大学。")
    assert gate(invented, task).startswith("ungrounded:")
    assert gate(Draft(good.content, "推荐相关领域的专家。"), task) == "off_target"
    assert gate(Draft(f"想找{e.name}。", good.summary), task) == "leak"

    with OpenAIStubServer(responder=lambda body: synthesis_responder(body, invent_for_field=True)) as stub:
        report = synthesize(store, tmp_path, experts=10, per_expert=3, backend="openai", model="stub-model",
                            base_url=stub.base_url, seed=2, fractions=FRACTIONS, progress=False)
    fields = sum(1 for row in stub.requests if "领域的专家" in _user(row))
    assert fields > 0 and report.dropped_ungrounded == fields
    assert report.kept == report.tasks - fields
    kept = [row for items in _rows(tmp_path).values() for row in items]
    assert kept and all("张伟" not in row["summary"] for row in kept)
    assert {row["kind"] for row in kept} == {"problem", "followup"}


def test_openai_backend_retries_429_and_500_and_accounts_for_tokens(small_graph, tmp_path):
    store, _ = small_graph
    delays: list[float] = []
    with OpenAIStubServer(responder=synthesis_responder) as stub:
        stub.fail_next(3, status=429, retry_after_ms=20)  # the server says when to come back
        stub.fail_next(2, status=500, retry_after_ms=None)  # no hint: exponential backoff with jitter
        report = synthesize(store, tmp_path, experts=8, per_expert=3, backend="openai", model="stub-model",
                            base_url=stub.base_url, concurrency=4, seed=3, fractions=FRACTIONS, progress=False,
                            retry=RetryPolicy(max_retries=4, base_delay=0.01), prices=Prices(0.5, 1.5),
                            sleep=lambda s: (delays.append(s), time.sleep(s)))
        requests = len(stub.requests)
    assert report.unique_prompts == report.tasks == 24
    assert report.retries == 5 and report.retry_statuses == {"429": 3, "500": 2}
    assert report.calls == 24 and report.failed == 0 and report.attempts == requests == 29
    assert report.kept == 24 and report.parse_failed == 0
    assert sorted(delays)[-3:] == pytest.approx([0.02] * 3, rel=0.11)  # Retry-After (+ up to 10% jitter)
    assert all(0.005 <= d <= 0.02 for d in sorted(delays)[:2])  # backoff base * 2**n, jittered
    assert report.prompt_tokens > 0 and report.completion_tokens > 0
    assert report.cost == pytest.approx(report.prompt_tokens / 1000 * 0.5 + report.completion_tokens / 1000 * 1.5,
                                        rel=1e-5)
    assert len((tmp_path / "cache.jsonl").read_text(encoding="utf-8").splitlines()) == 24


class GatedResponder:
    """Answers the first `limit` requests, then holds every further one until released (a run killed then has
    those in flight); counts the answers per prompt so a repeated paid call would show."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.released = threading.Event()
        self.aborted = False
        self.answered: dict[str, int] = {}
        self.held = 0
        self._lock = threading.Lock()

    def __call__(self, body: dict) -> str:
        with self._lock:
            hold = sum(self.answered.values()) >= self.limit and not self.released.is_set()
            if hold:
                self.held += 1
        if hold:
            self.released.wait(60)
            if self.aborted:  # its client was killed: nobody receives this answer
                return "{}"
        text = synthesis_responder(body)
        with self._lock:
            key = hashlib.sha1(json.dumps(body["messages"], ensure_ascii=False).encode()).hexdigest()
            self.answered[key] = self.answered.get(key, 0) + 1
        return text


def test_a_killed_run_resumes_without_repeating_a_paid_call(small_graph, tmp_path):
    store, settings = small_graph
    out = tmp_path / "dialogues"
    responder = GatedResponder(limit=7)
    args = dict(experts=8, per_expert=3, concurrency=2, seed=4)
    with OpenAIStubServer(responder=responder) as stub:
        cmd = [sys.executable, "-m", "expertglm", "synth", "--out", str(out), "--backend", "openai",
               "--model", "stub-model", "--base-url", stub.base_url, "--experts", "8", "--per-expert", "3",
               "--concurrency", "2", "--seed", "4", "--split", "/".join(map(str, FRACTIONS)), "--no-progress"]
        env = {**os.environ, "PYTHONPATH": str(ROOT), "OPENAI_API_KEY": "sk-test",
               "EXPERTGLM_HOME": str(settings.home), "EXPERTGLM_GRAPH": settings.graph}
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        cache = out / "cache.jsonl"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and proc.poll() is None:
            lines = cache.read_text(encoding="utf-8").splitlines() if cache.exists() else []
            if len(lines) >= 7 and responder.held:
                break
            time.sleep(0.05)
        assert proc.poll() is None, proc.communicate()[1].decode()[-2000:]
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
        responder.aborted = True
        responder.released.set()
        assert proc.returncode == -signal.SIGKILL
        assert not (out / "train.jsonl").exists()  # killed before writing anything but the cache
        assert len(cache.read_text(encoding="utf-8").splitlines()) == 7

        report = synthesize(store, out, backend="openai", model="stub-model", base_url=stub.base_url,
                            fractions=FRACTIONS, progress=False, **args)
    assert report.cached == 7 and report.calls == report.unique_prompts - 7
    # every prompt was answered exactly once across both runs: no paid call was repeated
    assert sum(responder.answered.values()) == report.unique_prompts == report.tasks == 24
    assert set(responder.answered.values()) == {1}
    assert report.kept == 24 and sum(report.splits.values()) == 24
    rows = _rows(out)
    assert sum(map(len, rows.values())) == 24


def test_cache_survives_a_line_torn_by_a_kill(tmp_path):
    from generation.prompt_cache import PromptCache, request_key

    path = tmp_path / "cache.jsonl"
    with PromptCache(path) as cache:
        cache.put("a", {"text": "甲"})
    with open(path, "a", encoding="utf-8") as fh:
        fh.write('{"key": "b", "text": "torn')  # the process died mid-write
    with PromptCache(path) as cache:
        assert cache.torn_lines == 1 and cache.get("a")["text"] == "甲" and cache.get("b") is None
        cache.put("c", {"text": "丙"})
    with PromptCache(path) as cache:
        assert cache.get("c")["text"] == "丙" and len(cache) == 2
    body = {"model": "m", "messages": [{"role": "user", "content": "问"}], "temperature": 0.7}
    assert request_key(body) == request_key(dict(reversed(body.items())))  # key order does not matter
    assert request_key(body) != request_key({**body, "temperature": 0.8})


def test_replies_are_parsed_leniently_and_rejected_when_malformed():
    from training.synthesis import parse_reply

    fenced = '好的：\n```json\n{"content": "问题", "summary": "回答"}\n```'
    assert parse_reply(fenced) == Draft("问题", "回答")
    turn = '{"history": [{"content": "问1", "summary": "答1"}], "content": "问2", "summary": "答2"}'
    assert parse_reply(turn) == Draft("问2", "答2", [["问1", "答1"]])
    for bad in ("没有JSON", '{"content": "问题"}', '{"content": "", "summary": "回答"}', "{broken",
                '{"content": "问", "summary": "答", "history": [["只有一半"]]}'):
        assert parse_reply(bad) is None


def test_a_call_that_keeps_failing_is_counted_and_retried_by_the_next_run(small_graph, tmp_path):
    from generation.openai_client import FatalCallError

    store, _ = small_graph
    args = dict(experts=3, per_expert=2, backend="openai", model="stub-model", concurrency=1, seed=5,
                fractions=FRACTIONS, progress=False, retry=RetryPolicy(max_retries=1, base_delay=0.001))
    with OpenAIStubServer(responder=synthesis_responder) as stub:
        stub.fail_next(2, status=503, retry_after_ms=None)  # the first prompt fails, and so does its one retry
        first = synthesize(store, tmp_path, base_url=stub.base_url, **args)
        assert first.failed == 1 and first.retries == 1 and first.kept == first.tasks - 1 == 5
        second = synthesize(store, tmp_path, base_url=stub.base_url, **args)
        assert second.calls == 1 and second.cached == 5 and second.kept == 6
    with OpenAIStubServer(responder=synthesis_responder, api_key="sk-right") as stub:
        with pytest.raises(FatalCallError, match="401"):
            synthesize(store, tmp_path / "denied", base_url=stub.base_url, api_key="sk-wrong", **args)
        assert len(stub.requests) == 1  # not retried: every further call would fail the same way
