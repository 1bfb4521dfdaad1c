"""Dialogue synthesis from the knowledge graph, after Expert-ChatGLM (which had GPT-3.5 write ~50k dialogues).

    report = synthesize(store, Path("data/dialogues"), experts=2000, per_expert=3, backend="openai",
                        model="gpt-3.5-turbo", prices=Prices(0.0005, 0.0015))

Experts are sampled from the graph (deterministically for a seed); for each, tasks are planned from its facts:

* ``problem``  - a concrete technical problem written from the expert's directions (their symptoms/keywords, never
  the field's name), answered by recommending the expert;
* ``field``    - a field-level ask ("我们需要材料领域的专家…"), answered with the expert (and sometimes a second
  expert of the same field and split);
* ``followup`` - a problem turn and its answer, then a follow-up about the expert (awards, institution,
  directions) and its answer.

A backend writes the request and the answer: ``openai`` asks any OpenAI-compatible chat endpoint (bounded
concurrency, retries with backoff, a resumable cache under ``out_dir/cache.jsonl``, token/cost accounting), the
offline ``template`` backend fills varied templates and composes answers like generation/grounded.py.

Each dialogue is written in the paper's ``{"content", "summary"}`` form (content = the request, summary = the
answer, ``history`` = earlier ``[request, answer]`` turns, as ChatGLM's fine-tuning scripts read it) and as chat
``messages`` (system prompt with the experts' facts from generation.prompt.build_messages, the history, the user
turn and the assistant's answer), with the facts it was built from (``experts``).

Quality gate: every answer is checked with generation.grounding.check_answer against the facts of the dialogue's
experts; a dialogue with an unsupported expert/institution/award (or whose answers never name its expert) is
dropped as ungrounded; a repeat of an earlier dialogue (normalised text) is dropped as a duplicate.
Splits are by expert (a hash of the expert id), so no expert is in two splits.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import re
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import FIRST_EXCEPTION, ThreadPoolExecutor, wait
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from generation.grounding import check_answer
from generation.models import ChatMessage
from generation.prompt import build_messages, expert_card
from kg.normalize import key as normal_key
from kg.store import GraphStore
from retrieval import cypher as retrieval_cypher
from retrieval.models import AwardFact, ExpertMatch
from retrieval.profile import ExpertProfile, load_profiles
from training import templates
from generation.prompt_cache import PromptCache
from generation.openai_client import CallError, ChatCaller, Completion, FatalCallError, Prices, RetryPolicy

KINDS = ("problem", "field", "followup")
SPLITS = ("train", "dev", "test")
DEFAULT_FRACTIONS = (0.9, 0.05, 0.05)
ATTRIBUTE_NAMES = {"awards": "获奖与荣誉", "institution": "单位与职称", "directions": "研究方向"}
_BIO_SKILLS = re.compile(r"擅长解决企业在(.+?)等方面")
_PUNCT = re.compile(r"[\s\W_]+", re.UNICODE)


# -- splits and experts -------------------------------------------------------------------------------------------
def split_of(expert_id: str, fractions: Sequence[float] = DEFAULT_FRACTIONS) -> str:
    """train/dev/test for an expert, from a hash of its id (stable across runs, graphs and machines)."""
    if len(fractions) != 3 or any(f < 0 for f in fractions) or abs(sum(fractions) - 1) > 1e-6:
        raise ValueError(f"split fractions must be three non-negative numbers summing to 1, not {fractions}")
    u = int(hashlib.sha256(expert_id.encode("utf-8")).hexdigest()[:12], 16) / float(16 ** 12)
    if u < fractions[0]:
        return "train"
    return "dev" if u < fractions[0] + fractions[1] else "test"


def expert_match(profile: ExpertProfile, reasons: Iterable[str] = ()) -> ExpertMatch:
    """A graph profile as the ExpertMatch that prompts, answers and the guard use."""
    return ExpertMatch(
        id=profile.id, name=profile.name, institution=profile.institution, title=profile.title,
        fields=list(profile.fields), directions=list(profile.directions),
        awards=[AwardFact(name=n, year=y) for n, y in profile.awards], score=1.0, reasons=list(reasons),
    )


def all_expert_ids(store: GraphStore) -> list[str]:
    return sorted(row["id"] for row in store.read(retrieval_cypher.EXPERT_VERSIONS).records())


def sample_experts(store: GraphStore, n: int | None, seed: int) -> list[ExpertProfile]:
    """`n` experts (all when None) sampled deterministically for `seed`, in a stable order."""
    ids = all_expert_ids(store)
    if n is not None and n < len(ids):
        ids = sorted(random.Random(seed).sample(ids, n))
    return list(load_profiles(store, ids))


def problem_keywords(profile: ExpertProfile, direction: str, rng: random.Random, k: int = 2) -> list[str]:
    """Symptoms/keywords of a direction: the taxonomy's problem keywords, else the bio's "擅长解决企业在…等方面",
    else the direction's own name."""
    try:
        from kg.demo.taxonomy import direction_keywords

        words = list(direction_keywords().get(direction, ()))
    except ImportError:  # pragma: no cover
        words = []
    if not words and profile.bio and (m := _BIO_SKILLS.search(profile.bio)):
        words = [w for w in re.split(r"[、，,]", m.group(1)) if w]
    if not words:
        return [direction]
    return rng.sample(words, min(k, len(words)))


# -- tasks -------------------------------------------------------------------------------------------------------
@dataclass
class Task:
    """One dialogue to write: its kind, the experts it is about (first = the one it was planned for) and hints."""

    id: str
    kind: str
    experts: list[ExpertMatch]
    split: str
    keywords: list[str] = field(default_factory=list)
    direction: str | None = None
    field_name: str | None = None
    attribute: str | None = None
    variant: int = 0  # seeds the template choices

    @property
    def expert(self) -> ExpertMatch:
        return self.experts[0]


def plan_tasks(profiles: list[ExpertProfile], per_expert: int, seed: int,
               fractions: Sequence[float] = DEFAULT_FRACTIONS) -> list[Task]:
    """`per_expert` tasks for each expert: problem, field, follow-up, then kinds drawn 2:1:1."""
    rng = random.Random(f"plan:{seed}")
    split = {p.id: split_of(p.id, fractions) for p in profiles}
    by_field: dict[tuple[str, str], list[ExpertProfile]] = {}
    for p in profiles:
        for f in p.fields:
            by_field.setdefault((split[p.id], f), []).append(p)
    tasks: list[Task] = []
    for p in profiles:
        if not p.directions and not p.fields:
            continue
        for i in range(per_expert):
            kind = KINDS[i] if i < len(KINDS) else rng.choice(("problem", "problem", "field", "followup"))
            if kind == "field" and not p.fields:
                kind = "problem"
            if kind != "field" and not p.directions:
                kind = "field"
            task = Task(id=f"{p.id}#{i}", kind=kind, experts=[], split=split[p.id], variant=rng.randrange(1 << 30))
            if kind == "field":
                task.field_name = rng.choice(p.fields)
                reasons = [f"所属学科「{task.field_name}」与问题相关"]
                task.experts = [expert_match(p, reasons)]
                peers = [q for q in by_field.get((task.split, task.field_name), []) if q.id != p.id]
                if peers and rng.random() < 0.5:
                    task.experts.append(expert_match(rng.choice(peers), reasons))
            else:
                task.direction = rng.choice(p.directions)
                task.keywords = problem_keywords(p, task.direction, rng)
                task.experts = [expert_match(p, [f"研究方向「{task.direction}」与问题相关"])]
                if kind == "followup":
                    options = ["institution", "directions"] + (["awards", "awards"] if p.awards else [])
                    task.attribute = rng.choice(options)
            tasks.append(task)
    return tasks


# -- drafts: the request and the answer, from a template or a model --------------------------------------------------
@dataclass
class Draft:
    content: str
    summary: str
    history: list[list[str]] = field(default_factory=list)


def template_draft(task: Task) -> Draft:
    rng = random.Random(task.variant)
    if task.kind == "field":
        return Draft(templates.field_request(task.field_name or "", rng), templates.recommendation(task.experts, rng))
    request = templates.problem_request(task.keywords, rng)
    answer = templates.recommendation(task.experts, rng)
    if task.kind == "problem":
        return Draft(request, answer)
    attribute = task.attribute or "directions"
    return Draft(templates.followup_question(attribute, task.expert, rng),
                 templates.followup_answer(attribute, task.expert), [[request, answer]])


SYNTH_SYSTEM = ("你是训练数据合成助手，为“企业技术难题—专家推荐”对话系统编写高质量的中文训练对话。"
                "只输出一个 JSON 对象，不要输出任何其他内容。")
_ANSWER_RULES = ("助手的回答要推荐【专家资料】中的专家，依次说明姓名、单位与职称、研究方向、主要成就与获奖、为什么适合这个问题；"
                 "只能使用【专家资料】中的事实，不得编造任何姓名、单位、职称、研究方向或奖项，资料里没有的就不提。")


def llm_messages(task: Task) -> list[dict[str, str]]:
    """The chat request that asks a model to write one dialogue for `task`."""
    cards = "【专家资料】\n" + "\n\n".join(expert_card(i, e) for i, e in enumerate(task.experts, 1))
    kws = "、".join(task.keywords)
    if task.kind == "problem":
        ask = (f"编写一段企业与专家推荐助手之间的单轮对话。\n"
               f"1. content：企业的求助请求（60～150字），以企业的口吻描述生产或研发中遇到的具体技术问题和现象，"
               f"可参考这些问题关键词：{kws}；不要出现专家姓名，不要直接写学科或研究方向的名称。\n"
               f"2. summary：{_ANSWER_RULES}\n"
               '输出格式：{"content": "企业的请求", "summary": "助手的回答"}')
    elif task.kind == "field":
        ask = (f"编写一段企业与专家推荐助手之间的单轮对话。\n"
               f"1. content：企业的请求（30～100字），说明需要“{task.field_name}”领域的专家以及合作目的；不要出现专家姓名。\n"
               f"2. summary：{_ANSWER_RULES}\n"
               '输出格式：{"content": "企业的请求", "summary": "助手的回答"}')
    else:
        attribute = ATTRIBUTE_NAMES[task.attribute or "directions"]
        ask = (f"编写一段企业与专家推荐助手之间的两轮对话。\n"
               f"第一轮：企业描述具体的技术问题和现象（可参考关键词：{kws}；不要出现专家姓名），{_ANSWER_RULES}\n"
               f"第二轮：企业追问这位专家的{attribute}（可用“他”指代），助手只根据【专家资料】回答。\n"
               '输出格式：{"history": [["第一轮请求", "第一轮回答"]], "content": "第二轮追问", "summary": "第二轮回答"}')
    return [{"role": "system", "content": SYNTH_SYSTEM}, {"role": "user", "content": f"{ask}\n\n{cards}"}]


def parse_reply(text: str) -> Draft | None:
    """The dialogue in a model's reply (a JSON object, possibly in a code fence or with text around it)."""
    start, end = text.find("{"), text.rfind("}")
    if start < 0 or end <= start:
        return None
    try:
        obj = json.loads(text[start:end + 1])
    except json.JSONDecodeError:
        return None
    if not isinstance(obj, dict):
        return None
    content, summary = obj.get("content"), obj.get("summary")
    if not isinstance(content, str) or not isinstance(summary, str) or not content.strip() or not summary.strip():
        return None
    history: list[list[str]] = []
    for turn in obj.get("history") or []:
        if isinstance(turn, dict):
            turn = [turn.get("content"), turn.get("summary")]
        if (isinstance(turn, (list, tuple)) and len(turn) == 2 and all(isinstance(t, str) and t.strip() for t in turn)):
            history.append([turn[0].strip(), turn[1].strip()])
        else:
            return None
    return Draft(content.strip(), summary.strip(), history)


# -- the quality gate ----------------------------------------------------------------------------------------------
def gate(draft: Draft, task: Task) -> str | None:
    """None when the dialogue may be kept, else why not: ``ungrounded:<mention>``, ``off_target`` (no answer names
    its expert) or ``leak`` (a request names the expert it should find)."""
    answers = [a for _, a in draft.history] + [draft.summary]
    for answer in answers:
        _, report = check_answer(answer, task.experts)
        if report.dropped:
            return "ungrounded:" + report.dropped[0]
    if not any(task.expert.name in a for a in answers):
        return "off_target"
    first_request = draft.history[0][0] if draft.history else draft.content
    if any(e.name in first_request for e in task.experts):
        return "leak"
    return None


def _normal(text: str) -> str:
    return _PUNCT.sub("", normal_key(text))


def dedup_key(draft: Draft) -> str:
    parts = [_normal(t) for turn in draft.history for t in turn] + [_normal(draft.content), _normal(draft.summary)]
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()


def dialogue_record(task: Task, draft: Draft, source: str) -> dict[str, Any]:
    """One output line: the paper's content/summary/history, chat messages, and the facts it was built from."""
    history_msgs: list[ChatMessage] = []
    for q, a in draft.history:
        history_msgs += [ChatMessage(role="user", content=q), ChatMessage(role="assistant", content=a)]
    messages = build_messages(draft.content, task.experts, history_msgs)
    messages.append(ChatMessage(role="assistant", content=draft.summary))
    return {
        "id": task.id, "kind": task.kind, "split": task.split, "source": source,
        "expert_ids": [e.id for e in task.experts],
        "direction": task.direction, "field": task.field_name, "keywords": task.keywords,
        "attribute": task.attribute,
        "content": draft.content, "summary": draft.summary, "history": draft.history,
        "messages": [m.model_dump() for m in messages],
        "experts": [e.model_dump() for e in task.experts],
    }


# -- the run -----------------------------------------------------------------------------------------------------
@dataclass
class SynthesisReport:
    backend: str
    model: str | None
    experts: int = 0  # experts sampled
    tasks: int = 0
    unique_prompts: int = 0
    calls: int = 0  # answered API calls made by this run (cached answers excluded)
    attempts: int = 0  # HTTP requests sent by this run, retries included
    cached: int = 0  # answers served from the cache of an earlier run
    retries: int = 0
    retry_statuses: dict[str, int] = field(default_factory=dict)
    failed: int = 0  # calls that still failed after the retries (rerun to try them again)
    parse_failed: int = 0
    dropped_ungrounded: int = 0
    dropped_off_target: int = 0
    dropped_leak: int = 0
    dropped_duplicate: int = 0
    kept: int = 0
    splits: dict[str, int] = field(default_factory=dict)
    split_experts: dict[str, int] = field(default_factory=dict)
    kinds: dict[str, int] = field(default_factory=dict)
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost: float = 0.0
    seconds: float = 0.0
    out_dir: str = ""
    ungrounded_examples: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _bar(total: int, enabled: bool, desc: str):
    from tqdm import tqdm

    return tqdm(total=total, desc=desc, unit="call", disable=not enabled, dynamic_ncols=True)


def _call_all(tasks: list[Task], caller: ChatCaller, concurrency: int, progress: bool, temperature: float,
              max_tokens: int, json_mode: bool) -> tuple[dict[str, Completion | None], int]:
    """Each distinct request once (cache first), `concurrency` at a time; task id -> completion (None: failed)."""
    bodies = {t.id: caller.request(llm_messages(t), temperature=temperature, max_tokens=max_tokens,
                                   json_mode=json_mode) for t in tasks}
    keys = {tid: caller.key(body) for tid, body in bodies.items()}
    unique: dict[str, dict[str, Any]] = {}
    for tid, body in bodies.items():
        unique.setdefault(keys[tid], body)
    results: dict[str, Completion | None] = {}
    stop = threading.Event()  # set on a fatal error: queued calls are not sent

    def one(k: str) -> tuple[str, Completion | None]:
        if stop.is_set():
            return k, None
        try:
            return k, caller.complete(unique[k])
        except FatalCallError:
            stop.set()
            raise
        except CallError:
            return k, None

    with _bar(len(unique), progress, "synthesising") as bar, ThreadPoolExecutor(max_workers=max(1, concurrency)) as pool:
        pending = {pool.submit(one, k) for k in unique}
        while pending:
            done, pending = wait(pending, return_when=FIRST_EXCEPTION)
            for future in done:
                exc = future.exception()
                if exc is not None:
                    for other in pending:
                        other.cancel()
                    raise exc
                k, completion = future.result()
                results[k] = completion
                bar.update(1)
            s = caller.stats
            bar.set_postfix(calls=s.calls, cached=s.cached, retries=s.retries, tokens=s.prompt_tokens + s.completion_tokens,
                            cost=f"${s.cost:.4f}", refresh=False)
    return {tid: results.get(keys[tid]) for tid in bodies}, len(unique)


def _write_jsonl(path: Path, rows: list[dict[str, Any]]) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
        fh.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    os.replace(tmp, path)


def synthesize(
    store: GraphStore,
    out_dir: Path,
    experts: int | None = None,
    per_expert: int = 3,
    backend: str = "template",
    *,
    model: str | None = None,
    base_url: str | None = None,
    api_key: str | None = None,
    concurrency: int = 4,
    seed: int = 0,
    temperature: float = 0.8,
    max_tokens: int = 1024,
    json_mode: bool = False,
    timeout: float = 60.0,
    retry: RetryPolicy | None = None,
    prices: Prices | None = None,
    fractions: Sequence[float] = DEFAULT_FRACTIONS,
    progress: bool = True,
    sleep: Callable[[float], None] = time.sleep,
) -> SynthesisReport:
    """Synthesise dialogues for `experts` sampled experts (all when None) into out_dir/{train,dev,test}.jsonl
    and out_dir/report.json; with backend="openai", every answered call is cached in out_dir/cache.jsonl first."""
    if backend not in ("openai", "template"):
        raise ValueError(f"unknown synthesis backend {backend!r}: use openai or template")
    if per_expert < 1:
        raise ValueError("per_expert must be at least 1")
    started = time.perf_counter()
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    profiles = sample_experts(store, experts, seed)
    tasks = plan_tasks(profiles, per_expert, seed, fractions)
    report = SynthesisReport(backend=backend, model=model if backend == "openai" else None, experts=len(profiles),
                             tasks=len(tasks), out_dir=str(out_dir))
    drafts: dict[str, Draft | None] = {}
    if backend == "template":
        source = "template"
        report.unique_prompts = len(tasks)
        drafts = {t.id: template_draft(t) for t in tasks}
    else:
        source = f"openai:{model}"
        with PromptCache(out_dir / "cache.jsonl") as cache:
            caller = ChatCaller(model or "", base_url=base_url, api_key=api_key, timeout=timeout, policy=retry,
                                cache=cache, prices=prices, sleep=sleep, seed=seed)
            completions, report.unique_prompts = _call_all(tasks, caller, concurrency, progress, temperature,
                                                           max_tokens, json_mode)
            stats = caller.stats
        report.calls, report.attempts, report.cached, report.retries = (stats.calls, stats.attempts, stats.cached,
                                                                        stats.retries)
        report.retry_statuses, report.failed = dict(stats.retry_statuses), stats.failed
        report.prompt_tokens, report.completion_tokens = stats.prompt_tokens, stats.completion_tokens
        report.cost = round(stats.cost, 6)
        for t in tasks:
            c = completions[t.id]
            if c is None:
                drafts[t.id] = None
                continue
            drafts[t.id] = parse_reply(c.text)
            if drafts[t.id] is None:
                report.parse_failed += 1

    rows: dict[str, list[dict[str, Any]]] = {s: [] for s in SPLITS}
    split_experts: dict[str, set[str]] = {s: set() for s in SPLITS}
    seen: set[str] = set()
    for task in tasks:  # task order, not completion order: a resumed run writes the same files
        draft = drafts.get(task.id)
        if draft is None:
            continue
        verdict = gate(draft, task)
        if verdict is not None:
            if verdict.startswith("ungrounded"):
                report.dropped_ungrounded += 1
                if len(report.ungrounded_examples) < 5:
                    report.ungrounded_examples.append(f"{task.id}: {verdict}")
            elif verdict == "off_target":
                report.dropped_off_target += 1
            else:
                report.dropped_leak += 1
            continue
        k = dedup_key(draft)
        if k in seen:
            report.dropped_duplicate += 1
            continue
        seen.add(k)
        rows[task.split].append(dialogue_record(task, draft, source))
        split_experts[task.split].update(e.id for e in task.experts)
        report.kinds[task.kind] = report.kinds.get(task.kind, 0) + 1
    for split in SPLITS:
        _write_jsonl(out_dir / f"{split}.jsonl", rows[split])
    report.splits = {s: len(rows[s]) for s in SPLITS}
    report.split_experts = {s: len(split_experts[s]) for s in SPLITS}
    report.kept = sum(report.splits.values())
    report.seconds = round(time.perf_counter() - started, 3)
    (out_dir / "report.json").write_text(json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n",
                                         encoding="utf-8")
    return report
