"""The base every evaluator implements: run on a system part, return named figures."""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Any


class Evaluator(ABC):
    """Measures one part of the system on a fixed data set; the figures come back as a plain dict.

    Evaluators never score a component with its own code: references and labels come from data written
    independently of the component (hand labels, source records, another model).
    """

    #: short name used in reports and CLI output, e.g. "retrieval" or "grounding"
    name: str = "evaluator"

    @abstractmethod
    def __call__(self, *args: Any, **kwargs: Any) -> dict[str, Any]:
        """Run the evaluation and return its figures (metric name -> value, nested dicts allowed)."""
