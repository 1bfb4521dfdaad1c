"""Per-client token buckets shared by every worker process of one server, in a memory-mapped file.

With several uvicorn workers a client's connections land on any of them, so per-process buckets would let a
client through `workers` times the limit. `SharedTokenBucket` keeps the buckets in one file that every worker
maps: a fixed table of slots (64-bit hash of the client key, tokens, time of last update), found by linear probing
from the hash, guarded by an flock on the file (processes) and a lock (threads of one process). CLOCK_MONOTONIC is
system-wide on Linux, so all workers read the same clock. When a client's probe window is full, the slot that has
refilled the most is reused: that client starts from a full bucket, as a pruned one would in `TokenBucket`.
"""

from __future__ import annotations

import fcntl
import hashlib
import math
import mmap
import os
import threading
import time
from pathlib import Path

import numpy as np

SLOT = np.dtype([("key", "<u8"), ("tokens", "<f8"), ("last", "<f8")])
PROBES = 32  # slots searched from a client's home slot


def create_table(path: Path, slots: int = 16384) -> Path:
    """A zeroed bucket table of `slots` slots at `path`, for the workers to open (replaces any old one)."""
    path.write_bytes(bytes(SLOT.itemsize * (slots + PROBES)))
    return path


def _key(client: str) -> int:
    """A non-zero 64-bit hash of the client key (0 marks an empty slot)."""
    return int.from_bytes(hashlib.blake2b(client.encode("utf-8", "surrogatepass"), digest_size=8).digest(),
                          "little") or 1


class SharedTokenBucket:
    """`TokenBucket`'s `take` over a table in a file that several processes share (see module docstring)."""

    def __init__(self, path: Path, per_minute: float, burst: int | None = None) -> None:
        self.rate = per_minute / 60.0
        self.capacity = float(burst or max(1, math.ceil(per_minute)))
        self._fd = os.open(path, os.O_RDWR)
        self._map = mmap.mmap(self._fd, 0)
        self._table = np.frombuffer(self._map, dtype=SLOT)
        self._slots = len(self._table) - PROBES
        self._lock = threading.Lock()

    def take(self, client: str, cost: float = 1.0) -> float:
        """0 when `cost` tokens were taken and the request may go ahead, else the seconds until it could."""
        cost = min(float(cost), self.capacity)
        key = _key(client)
        home = key % self._slots
        with self._lock:
            fcntl.flock(self._fd, fcntl.LOCK_EX)
            try:
                now = time.monotonic()
                window = self._table[home:home + PROBES]
                hits = np.flatnonzero(window["key"] == key)
                if hits.size:
                    slot = window[hits[0]:hits[0] + 1]
                    tokens = min(self.capacity, float(slot["tokens"][0]) + (now - float(slot["last"][0])) * self.rate)
                else:
                    empty = np.flatnonzero(window["key"] == 0)
                    if empty.size:
                        at = int(empty[0])
                    else:  # reuse the slot that has refilled the most
                        at = int(np.argmax(window["tokens"] + (now - window["last"]) * self.rate))
                    slot = window[at:at + 1]
                    slot["key"] = key
                    tokens = self.capacity
                if tokens >= cost:
                    slot["tokens"], wait = tokens - cost, 0.0
                else:
                    slot["tokens"], wait = tokens, (cost - tokens) / self.rate
                slot["last"] = now
                return wait
            finally:
                fcntl.flock(self._fd, fcntl.LOCK_UN)
