"""Running the service: `serve` (the one place that reads the environment and starts uvicorn) and `running`
(a background server for tests and benchmarks), both with header and body read timeouts."""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from fastapi import FastAPI
from uvicorn.protocols.http.h11_impl import H11Protocol

from errors import UsageError
from expertglm import runtime
from expertglm.config import Settings
from expertglm.server.app import DEFAULT_MAX_BODY_BYTES, DEFAULT_RATE_LIMIT_PER_MINUTE, create_app

log = logging.getLogger("expertglm.server")
HEADER_TIMEOUT = 10.0  # seconds a connection may take to send a request's headers


class TimedH11Protocol(H11Protocol):
    """uvicorn's h11 protocol that closes a connection whose request headers do not arrive in time (slowloris)."""

    header_timeout = HEADER_TIMEOUT

    def connection_made(self, transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._header_timer = None
        self._arm()

    def _arm(self) -> None:
        if self._header_timer is None:
            self._header_timer = self.loop.call_later(self.header_timeout, self._headers_too_slow)

    def _disarm(self) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None

    def _headers_too_slow(self) -> None:
        self._header_timer = None
        if self.cycle is None or self.cycle.response_complete:
            self.transport.close()

    def data_received(self, data: bytes) -> None:
        if self.cycle is None or self.cycle.response_complete:
            self._arm()  # a new request is starting: its headers must arrive in time
        super().data_received(data)
        if self.cycle is not None and not self.cycle.response_complete:
            self._disarm()

    def connection_lost(self, exc) -> None:
        self._disarm()
        super().connection_lost(exc)


def _env_number(name: str, default: float, env: dict[str, str]) -> float:
    raw = env.get(name)
    if not raw:
        return default
    try:
        return float(raw)
    except ValueError as exc:
        raise UsageError(f"{name} must be a number, got {raw!r}") from exc


def app_from_settings(settings: Settings, store, env: dict[str, str] | None = None) -> FastAPI:
    """The app as `serve` builds it: retriever (index built when missing), backend and the environment's limits."""
    env = dict(os.environ if env is None else env)
    answerer = runtime.answerer(settings, store, notify=log.warning)
    answerer.retriever.embedder.embed(["预热"])  # load the model now, not on the first request
    return create_app(
        answerer,
        index_dir=settings.index_dir,
        api_key=env.get("EXPERTGLM_API_KEY") or None,
        max_body_bytes=int(_env_number("EXPERTGLM_MAX_BODY_BYTES", DEFAULT_MAX_BODY_BYTES, env)),
        rate_limit_per_minute=_env_number("EXPERTGLM_RATE_LIMIT", DEFAULT_RATE_LIMIT_PER_MINUTE, env),
        trusted_proxies=env.get("EXPERTGLM_TRUSTED_PROXIES") or (),
    )


def serve(host: str, port: int, settings: Settings, env: dict[str, str] | None = None) -> None:
    """Open the graph, load the index and backend, and serve until interrupted.

    Reads EXPERTGLM_API_KEY (require this bearer key on /v1/*), EXPERTGLM_RATE_LIMIT (requests a minute per
    client on /v1/*, default 120, 0 = off), EXPERTGLM_MAX_BODY_BYTES (default 65536) and
    EXPERTGLM_TRUSTED_PROXIES (comma-separated networks whose X-Forwarded-For is believed).
    """
    import uvicorn

    env = dict(os.environ if env is None else env)
    with runtime.open_store(settings) as store:
        app = app_from_settings(settings, store, env)
        print(f"Expert-ChatGLM serving on http://{host}:{port}/ (API key "
              f"{'required' if env.get('EXPERTGLM_API_KEY') else 'not required'})", flush=True)
        uvicorn.run(app, host=host, port=port, log_level=env.get("EXPERTGLM_LOG_LEVEL") or "info",
                    http=TimedH11Protocol, timeout_keep_alive=5, proxy_headers=False)


@contextmanager
def running(app: FastAPI, host: str = "127.0.0.1", port: int = 0, timeout: float = 30.0,
            header_timeout: float = HEADER_TIMEOUT) -> Iterator[str]:
    """Run `app` with uvicorn in a background thread (port 0: a free one); yields the base URL, stops on exit."""
    import uvicorn

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    protocol = type("TimedH11", (TimedH11Protocol,), {"header_timeout": header_timeout})
    config = uvicorn.Config(app, log_level="warning", lifespan="off", timeout_graceful_shutdown=5, http=protocol,
                            proxy_headers=False)  # X-Forwarded-For is judged by the gate's trusted proxies
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True, name="expertglm-server")
    thread.start()
    deadline = time.monotonic() + timeout
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the server did not start")
        time.sleep(0.02)
    try:
        yield f"http://{host}:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(timeout)
        sock.close()
