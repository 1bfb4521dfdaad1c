"""Measuring answers: hallucination (stated experts/facts not in the graph), grounded-expert precision, latency."""

from __future__ import annotations

import statistics
import time
from dataclasses import dataclass
from pathlib import Path

from generation.answerer import ExpertAnswerer
from generation.grounding import check_answer
from kg.normalize import key
from kg.store import GraphStore
from retrieval.evaluation import load_queries
from retrieval.report import experts_by_direction


@dataclass(frozen=True)
class GenerationMetrics:
    """Averages over the queries of one backend, with the guard on or off."""

    backend: str
    guard: bool
    queries: int
    hallucination_rate: float  # unsupported mentions / all mentions of experts, institutions and awards
    answers_with_hallucination: float  # share of answers with at least one unsupported mention
    expert_precision: float  # stated experts that are relevant to the query / stated experts
    fallbacks: float  # share of answers the guard replaced with the grounded composer's
    latency_p50_ms: float
    latency_p95_ms: float

    def to_dict(self) -> dict:
        return self.__dict__.copy()


def evaluate_generation(answerer: ExpertAnswerer, store: GraphStore, queries_path: Path) -> GenerationMetrics:
    """Answer every query; judge the stated facts against the retrieved subgraph and relevance against the graph."""
    queries = load_queries(queries_path)
    members = experts_by_direction(store)
    mentions = unsupported = flagged = stated = relevant = fell_back = 0
    latencies = []
    for q in queries:
        started = time.perf_counter()
        answer = answerer.answer(q.query)
        latencies.append((time.perf_counter() - started) * 1000)
        _, report = check_answer(answer.text, answer.experts)
        mentions += len(report.grounded) + len(report.dropped)
        unsupported += len(report.dropped)
        flagged += bool(report.dropped)
        fell_back += answer.grounding.fell_back
        wanted = set(q.relevant) | {e for d in q.relevant_directions for e in members.get(key(d), set())}
        named = [e for e in answer.experts if e.name in answer.text]
        stated += len(named)
        relevant += sum(e.id in wanted for e in named)
    n = len(queries)
    latencies.sort()
    return GenerationMetrics(
        backend=answerer.backend_name,
        guard=answerer.guard,
        queries=n,
        hallucination_rate=unsupported / mentions if mentions else 0.0,
        answers_with_hallucination=flagged / n if n else 0.0,
        expert_precision=relevant / stated if stated else 0.0,
        fallbacks=fell_back / n if n else 0.0,
        latency_p50_ms=statistics.median(latencies) if latencies else 0.0,
        latency_p95_ms=latencies[max(0, int(round(0.95 * len(latencies))) - 1)] if latencies else 0.0,
    )
