"""Generation quality judged independently of the guard: hand labels on every sentence a model wrote.

`generation/evaluation.py` used to score answers by re-running the guard's own detector on text the guard had already
filtered — circular. Here the judge is a set of hand labels (benchmarks/generation_labels/, see its README): every
sentence of a model's raw output, and of the text the guard let through, labelled supported / unsupported / no_claim
by reading the retrieved experts' graph facts.

The flow:
1. `record_outputs` runs the real answerer with the guard on, on a recording backend, and stores for each query the
   retrieved experts (their full ExpertMatch), the model's raw output (what the user would see without the guard),
   the guarded text and whether the guard fell back to the composer.
2. `sentences_to_label` lists every distinct sentence of both texts with its experts; a person labels them.
3. `GenerationEvaluator` replays the recorded outputs — optionally through the current guard again, so a new guard is
   measured on the same model outputs without generating again — and reports from the labels: hallucination rate
   without and with the guard, answers with a hallucination, fallback rate, expert precision (a named expert works on
   one of the query's relevant directions) and how many sentences are still unlabelled.
"""

from __future__ import annotations

import json
import re
import statistics
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from errors import InputFileError
from evaluation.base import Evaluator, jsonl_objects
from retrieval.models import ExpertMatch, MatchResult

LABELS = ("supported", "unsupported", "no_claim")
_SPLIT = re.compile(r"(?<=[。！？!?；;])|\n+")


def split_sentences(text: str) -> list[str]:
    """The evaluation's own sentence split (after 。！？!?；; and at line breaks), stripped, empty pieces dropped."""
    return [s.strip() for s in _SPLIT.split(text or "") if s and s.strip()]


# -- recording -----------------------------------------------------------------------------------------------------

class RecordingBackend:
    """Wraps an answer backend and keeps the raw text of its last generation."""

    def __init__(self, backend: Any) -> None:
        self.inner = backend
        self.name = getattr(backend, "name", "backend")
        self.last_raw = ""
        self.last_ms = 0.0

    def generate(self, messages, *, max_tokens: int = 512, temperature: float = 0.2) -> str:
        started = time.perf_counter()
        self.last_raw = self.inner.generate(messages, max_tokens=max_tokens, temperature=temperature)
        self.last_ms = (time.perf_counter() - started) * 1000
        return self.last_raw

    def stream(self, messages, *, max_tokens: int = 512, temperature: float = 0.2):  # pragma: no cover - unused
        yield self.generate(messages, max_tokens=max_tokens, temperature=temperature)


def record_outputs(answerer: Any, queries: Iterable[Any], out: Path, model: str) -> Iterator[dict]:
    """Answer each query with `answerer` (its backend wrapped in a RecordingBackend, guard on) and append one
    JSON line per query to `out`: query, experts, raw output, guarded text, fallback, generation ms."""
    from generation.conversation import Conversation

    recorder = RecordingBackend(answerer.backend)
    answerer.backend = recorder
    answerer.guard = True
    with Path(out).open("a", encoding="utf-8") as fh:
        for q in queries:
            answer = answerer.answer(q.query, Conversation())
            row = {"model": model, "query_id": q.id, "query": q.query,
                   "relevant_directions": list(q.relevant_directions),
                   "experts": [e.model_dump() for e in answer.experts],
                   "raw": recorder.last_raw, "guarded": answer.text,
                   "fell_back": bool(answer.grounding.fell_back), "generate_ms": round(recorder.last_ms, 1),
                   "max_tokens": getattr(answerer, "max_tokens", None)}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
            fh.flush()
            yield row


def load_outputs(path: Path) -> list[dict]:
    """The recorded model outputs (one JSON object a line), as written by `record`."""
    return [row for _, _, row in jsonl_objects(path, "recorded outputs")]


def sentences_to_label(rows: Iterable[dict], labels: dict[tuple[str, str], dict] | None = None) -> list[dict]:
    """Every distinct (query, sentence) of the raw and guarded texts not yet labelled, with the experts' facts."""
    labels = labels or {}
    todo, seen = [], set()
    for row in rows:
        facts = [{k: e.get(k) for k in ("name", "institution", "title", "fields", "directions", "awards") if k in e}
                 for e in row["experts"]]
        for where in ("raw", "guarded"):
            for s in split_sentences(row[where]):
                k = (row["query_id"], s)
                if k in seen or k in labels:
                    continue
                seen.add(k)
                todo.append({"model": row.get("model", ""), "query_id": row["query_id"], "sentence": s, "experts": facts,
                             "label": None, "note": ""})
    return todo


def load_labels(path: Path) -> dict[tuple[str, str], dict]:
    """(query id, sentence) -> label row; a row with a label outside supported/unsupported/no_claim is an error."""
    out = {}
    for n, row in enumerate(load_outputs(path), 1):
        if row.get("label") not in LABELS:
            raise InputFileError(f"{path}:{n}: label must be one of {', '.join(LABELS)}, got {row.get('label')!r}")
        out[(row["query_id"], row["sentence"])] = row
    return out


# -- evaluation ----------------------------------------------------------------------------------------------------

class _Replay:
    """Stands in for the retriever and the backend when re-running the guard on recorded outputs."""

    def __init__(self) -> None:
        self.experts: list[ExpertMatch] = []
        self.raw = ""
        self.name = "replay"

    def match(self, query: str, top_k: int = 3, **_: Any) -> MatchResult:
        return MatchResult(query=query, experts=self.experts)

    def generate(self, messages, *, max_tokens: int = 512, temperature: float = 0.2) -> str:
        return self.raw


def reguard(rows: list[dict]) -> list[dict]:
    """The same recorded raw outputs through the current answerer's guard (no generation)."""
    from generation.answerer import ExpertAnswerer
    from generation.conversation import Conversation

    replay = _Replay()
    answerer = ExpertAnswerer(replay, backend=replay, guard=True)  # type: ignore[arg-type]
    out = []
    for row in rows:
        replay.experts = [ExpertMatch(**e) for e in row["experts"]]
        replay.raw = row["raw"]
        answer = answerer.answer(row["query"], Conversation())
        out.append({**row, "guarded": answer.text, "fell_back": bool(answer.grounding.fell_back)})
    return out


@dataclass
class _Counts:
    supported: int = 0
    unsupported: int = 0
    no_claim: int = 0
    unlabelled: int = 0
    answers_with_unsupported: int = 0

    def add(self, verdicts: list[str | None]) -> None:
        for v in verdicts:
            if v is None:
                self.unlabelled += 1
            else:
                setattr(self, v, getattr(self, v) + 1)
        self.answers_with_unsupported += "unsupported" in verdicts

    def figures(self, answers: int) -> dict[str, Any]:
        claims = self.supported + self.unsupported
        # no claim at all: the rate is undefined (None), not 0 — a model that only repeats the question is no
        # evidence of grounding
        return {"hallucination_rate": round(self.unsupported / claims, 4) if claims else None, "claims": claims,
                "answers_with_hallucination": round(self.answers_with_unsupported / answers, 4) if answers else 0.0,
                "sentences": self.supported + self.unsupported + self.no_claim + self.unlabelled,
                "supported": self.supported, "unsupported": self.unsupported, "no_claim": self.no_claim,
                "unlabelled": self.unlabelled}


def named_experts(text: str, experts: list[dict]) -> list[dict]:
    return [e for e in experts if e["name"] and e["name"] in text]


def generation_figures(rows: list[dict], labels: dict[tuple[str, str], dict],
                       members: dict[str, set[str]] | None = None) -> dict[str, Any]:
    """Hallucination without / with the guard (from the labels), fallback rate, expert precision, latency."""
    from kg.normalize import key

    raw, guarded = _Counts(), _Counts()
    stated = relevant = 0
    for row in rows:
        def verdicts(text: str) -> list[str | None]:
            return [(labels.get((row["query_id"], s)) or {}).get("label") for s in split_sentences(text)]
        raw.add(verdicts(row["raw"]))
        guarded.add(verdicts(row["guarded"]))
        if members is not None:
            wanted = {e for d in row.get("relevant_directions") or [] for e in members.get(key(d), set())}
            named = named_experts(row["guarded"], row["experts"])
            stated += len(named)
            relevant += sum(e["id"] in wanted for e in named)
    n = len(rows)
    ms = sorted(r.get("generate_ms", 0.0) for r in rows)
    result = {"queries": n, "without_guard": raw.figures(n), "with_guard": guarded.figures(n),
              "fallback_rate": round(sum(r["fell_back"] for r in rows) / n, 4) if n else 0.0,
              "generate_ms_p50": statistics.median(ms) if ms else 0.0}
    if members is not None:
        result["expert_precision"] = round(relevant / stated, 4) if stated else 0.0
        result["experts_named"] = stated
    return result


class GenerationEvaluator(Evaluator):
    """Scores recorded model outputs with hand labels; `reguard=True` re-runs the current guard on the raw outputs."""

    name = "generation"

    def __init__(self, outputs: Path, labels: Path) -> None:
        self.rows = load_outputs(outputs)
        self.labels = load_labels(labels) if Path(labels).is_file() else {}

    def __call__(self, members: dict[str, set[str]] | None = None, reguard_outputs: bool = False) -> dict[str, Any]:
        rows = reguard(self.rows) if reguard_outputs else self.rows
        return generation_figures(rows, self.labels, members)


# -- live evaluation (the CLI's `expertglm eval generation`) --------------------------------------------------------

@dataclass(frozen=True)
class GenerationMetrics:
    """One backend on a query set. Hallucination comes only from hand labels (`labels`): without them it is None
    (unknown) — the guard's own detector is never used as the judge. `unlabelled` counts sentences with no label."""

    backend: str
    guard: bool
    queries: int
    hallucination_rate: float | None  # unsupported / (supported + unsupported) labelled sentences shown to the user
    answers_with_hallucination: float | None  # answers with at least one sentence labelled unsupported
    unlabelled: int  # sentences shown to the user that have no hand label
    expert_precision: float  # named experts working on one of the query's relevant directions / named experts
    fallbacks: float  # share of answers the guard replaced with the grounded composer's
    latency_p50_ms: float
    latency_p95_ms: float

    def to_dict(self) -> dict:
        return self.__dict__.copy()


def evaluate_generation(answerer: Any, store: Any, queries_path: Path, labels: Path | None = None
                        ) -> GenerationMetrics:
    """Answer every query (guard on or off as the answerer says); judge the shown text with the hand labels."""
    from evaluation.retrieval import experts_by_direction, load_queries
    from generation.conversation import Conversation
    from kg.normalize import key

    judged = load_labels(labels) if labels and Path(labels).is_file() else {}
    members = experts_by_direction(store)
    counts = _Counts()
    stated = relevant = fell_back = 0
    latencies = []
    queries = load_queries(queries_path)
    for q in queries:
        started = time.perf_counter()
        answer = answerer.answer(q.query, Conversation())
        latencies.append((time.perf_counter() - started) * 1000)
        counts.add([(judged.get((q.id, s)) or {}).get("label") for s in split_sentences(answer.text)])
        fell_back += bool(answer.grounding.fell_back)
        wanted = set(q.relevant) | {e for d in q.relevant_directions for e in members.get(key(d), set())}
        named = [e for e in answer.experts if e.name in answer.text]
        stated += len(named)
        relevant += sum(e.id in wanted for e in named)
    n = len(queries)
    latencies.sort()
    labelled = judged and counts.unlabelled == 0
    fig = counts.figures(n)
    return GenerationMetrics(
        backend=answerer.backend_name, guard=answerer.guard, queries=n,
        hallucination_rate=fig["hallucination_rate"] if labelled else None,
        answers_with_hallucination=fig["answers_with_hallucination"] if labelled else None,
        unlabelled=counts.unlabelled,
        expert_precision=relevant / stated if stated else 0.0,
        fallbacks=fell_back / n if n else 0.0,
        latency_p50_ms=statistics.median(latencies) if latencies else 0.0,
        latency_p95_ms=latencies[max(0, int(round(0.95 * len(latencies))) - 1)] if latencies else 0.0,
    )
