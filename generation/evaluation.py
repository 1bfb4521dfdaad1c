"""Moved: generation quality is measured in evaluation/generation.py, judged by hand labels, not by the guard.

`evaluate_generation` and `GenerationMetrics` stay importable from here for the CLI (`expertglm eval generation`).
"""

from evaluation.generation import GenerationMetrics, evaluate_generation

__all__ = ["GenerationMetrics", "evaluate_generation"]
