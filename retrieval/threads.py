"""Thread limits for BLAS/OpenMP around a computation, without re-scanning the loaded libraries on every call.

`threadpoolctl.threadpool_limits` looks up every loaded BLAS/OpenMP library each time it is entered (~4 ms here,
twice per match); one `ThreadpoolController` per process finds them once and then only switches the limit.
"""

from __future__ import annotations

import functools

from threadpoolctl import ThreadpoolController


@functools.lru_cache(maxsize=1)
def _controller() -> ThreadpoolController:
    return ThreadpoolController()


def limited(threads: int | None, user_api: str | None = None):
    """A context manager holding BLAS/OpenMP to `threads` (None: leave them as they are)."""
    if threads is None:
        import contextlib

        return contextlib.nullcontext()
    return _controller().limit(limits=threads, user_api=user_api)
