"""Evaluators in the sentence-transformers manner: one per file, each measuring one part of the system on data."""

from evaluation.base import Evaluator

__all__ = ["Evaluator"]
