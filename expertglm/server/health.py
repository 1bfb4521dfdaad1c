"""What /healthz reports about the answer backend: whether its latest call failed, and how."""

from __future__ import annotations

import threading
import time

from errors import BackendError


class BackendHealth:
    """The outcome of the latest backend call; thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.last_error: str | None = None
        self.failed_at: float | None = None

    def ok(self) -> None:
        with self._lock:
            self.last_error, self.failed_at = None, None

    def failed(self, exc: BackendError) -> None:
        with self._lock:
            self.last_error, self.failed_at = str(exc), time.time()

    @property
    def degraded(self) -> bool:
        return self.last_error is not None
