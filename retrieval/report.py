"""Moved to evaluation.retrieval; this alias stays only until generation/, training/ and expertglm/ import from there."""

from evaluation.retrieval import CONFIGURATIONS, evaluate_retrievers, experts_by_direction  # noqa: F401
