"""The base every evaluator implements: run on a system part, return named figures."""

from __future__ import annotations

import json
from abc import ABC, abstractmethod
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from errors import InputFileError


def jsonl_objects(path: str | Path, what: str) -> Iterator[tuple[int, str, dict[str, Any]]]:
    """(line number, "file:line", object) for every non-blank line of a JSONL file of `what`; an unreadable file, a
    line that is not JSON or not a JSON object is an InputFileError naming the file and line."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputFileError(f"{path}: cannot read the {what}: {getattr(exc, 'strerror', None) or exc}") from None
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{path}:{n}"
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputFileError(f"{where}: invalid JSON: {exc.msg} (column {exc.colno})") from None
        if not isinstance(data, dict):
            raise InputFileError(f"{where}: expected a JSON object, got {type(data).__name__}")
        yield n, where, data


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
