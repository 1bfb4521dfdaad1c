"""Moved to evaluation.retrieval; this alias stays only until generation/, training/ and expertglm/ import from there."""

from evaluation.retrieval import *  # noqa: F401,F403
from evaluation.retrieval import evaluate, format_table, judged, load_queries, qrels_from_directions  # noqa: F401
