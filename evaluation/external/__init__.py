"""Harnesses for public expert-finding benchmarks (read from ../shared/data, never committed)."""

from evaluation.external.benchmarks import (
    BENCHMARKS,
    METRICS,
    REFERENCE,
    RETRIEVERS,
    ExternalEvaluator,
    ExternalResult,
    evaluate_external,
)

__all__ = ["BENCHMARKS", "METRICS", "REFERENCE", "RETRIEVERS", "ExternalEvaluator", "ExternalResult",
           "evaluate_external"]
