"""A resumable on-disk cache of paid LLM calls: one JSONL line per finished call, keyed by a hash of the request.

Each line is written, flushed and fsynced as its call finishes, so a run that is killed resumes without repeating
any call that had answered. A line torn by a kill mid-write is skipped on load (and the file is re-terminated
before the next append, so the torn bytes never merge with a new record).
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
import time
from pathlib import Path
from typing import Any


def request_key(request: dict[str, Any]) -> str:
    """A stable hash of everything that determines an answer: model, messages, sampling settings."""
    canonical = json.dumps(request, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


class PromptCache:
    """`key -> record` persisted as append-only JSONL at `path`; safe to use from many threads."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._records: dict[str, dict[str, Any]] = {}
        self.torn_lines = 0
        self._lock = threading.Lock()
        if self.path.exists():
            self._load()
        self._fh = open(self.path, "a", encoding="utf-8")
        if self.path.stat().st_size and not self._ends_with_newline():
            self._fh.write("\n")  # terminate a torn last line so the next record starts cleanly
            self._fh.flush()

    def _ends_with_newline(self) -> bool:
        with open(self.path, "rb") as fh:
            fh.seek(-1, os.SEEK_END)
            return fh.read(1) == b"\n"

    def _load(self) -> None:
        with open(self.path, encoding="utf-8", errors="replace") as fh:
            for line in fh:
                line = line.strip()
                if not line:
                    continue
                try:
                    record = json.loads(line)
                    self._records[record["key"]] = record
                except (json.JSONDecodeError, KeyError, TypeError):
                    self.torn_lines += 1

    def get(self, key: str) -> dict[str, Any] | None:
        with self._lock:
            return self._records.get(key)

    def __contains__(self, key: str) -> bool:
        return self.get(key) is not None

    def __len__(self) -> int:
        with self._lock:
            return len(self._records)

    def put(self, key: str, record: dict[str, Any]) -> None:
        """Store and persist one finished call (durable once this returns)."""
        record = {"key": key, "at": time.time(), **record}
        line = json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"
        with self._lock:
            self._fh.write(line)
            self._fh.flush()
            os.fsync(self._fh.fileno())
            self._records[key] = record

    def close(self) -> None:
        with self._lock:
            if not self._fh.closed:
                self._fh.close()

    def __enter__(self) -> PromptCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
