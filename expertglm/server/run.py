"""Running the service: `serve` (the one place that reads the environment and starts uvicorn) and `running`
(a background server for tests and benchmarks), both with header and body read timeouts.

Workers. `serve` runs EXPERTGLM_WORKERS uvicorn worker processes (default: one per usable core), each on a listening
socket of its own bound with SO_REUSEPORT so that the kernel spreads connections over them (`supervise`). Each
worker builds its own app from the settings (`worker_app`): its own store connection, retriever and backend; the
dense vectors are memory-mapped read-only, so the workers share one copy in the page cache. Every
worker runs with one BLAS/OpenMP thread, set once when it starts (OMP_NUM_THREADS / OPENBLAS_NUM_THREADS in its
environment, and threadpoolctl once), never toggled per request: the parallelism comes from the processes. The
rate limit is shared by all workers through a memory-mapped table (expertglm/server/shared_bucket.py), so
EXPERTGLM_RATE_LIMIT means the same with one worker or many; failed-authentication throttling is per worker.
A worker that stops answering (its event loop blocked, or every thread of its request pool stuck) is replaced after
EXPERTGLM_WORKER_TIMEOUT seconds: each worker beats through its request thread pool once a second.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import anyio
import uvicorn
from fastapi import FastAPI
from uvicorn.protocols.http.h11_impl import H11Protocol

from errors import ExpertGLMError, UsageError
from expertglm import runtime
from expertglm.config import Settings
from expertglm.server.app import DEFAULT_MAX_BODY_BYTES, DEFAULT_RATE_LIMIT_PER_MINUTE, create_app

log = logging.getLogger("expertglm.server")
HEADER_TIMEOUT = 10.0  # seconds a connection may take to send a request's headers
RATE_TABLE_ENV = "EXPERTGLM_RATE_TABLE"  # set by `serve` for its workers: the shared rate-limit table
_THREAD_ENV = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")


class TimedH11Protocol(H11Protocol):
    """uvicorn's h11 protocol that closes a connection whose request headers do not arrive in time (slowloris)."""

    header_timeout = HEADER_TIMEOUT

    def connection_made(self, transport) -> None:  # type: ignore[override]
        # asyncio sets TCP_NODELAY only on sockets whose proto is IPPROTO_TCP; the listening socket uvicorn hands to
        # spawned workers says proto 0, and Nagle then holds each response body for the client's delayed ACK
        # (measured: 64 ms instead of 15 ms per request with 2 workers)
        sock = transport.get_extra_info("socket")
        if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
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


def worker_count(env: dict[str, str]) -> int:
    """EXPERTGLM_WORKERS, default one per core this process may use."""
    default = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    workers = _env_number("EXPERTGLM_WORKERS", default, env)
    if workers < 1 or workers != int(workers):
        raise UsageError(f"EXPERTGLM_WORKERS must be a whole number of at least 1, got {env.get('EXPERTGLM_WORKERS')!r}")
    return int(workers)


def one_thread_per_process() -> None:
    """Limit BLAS to one thread for this whole process, once (requests are the parallelism)."""
    from threadpoolctl import threadpool_limits

    threadpool_limits(1)  # process-wide for BLAS; FAISS sets its OpenMP threads per search (per calling thread)


def app_from_settings(settings: Settings, store, env: dict[str, str] | None = None) -> FastAPI:
    """The app as `serve` builds it: retriever (index built when missing), backend and the environment's limits.

    Limits BLAS to one thread for the whole process (see `one_thread_per_process`) and starts reading the index files
    it maps into the page cache (retrieval/readahead.py), so the first requests after a cold start skip the disk."""
    from expertglm.server.shared_bucket import SharedTokenBucket
    from retrieval.readahead import read_ahead
    from retrieval.use_embedder import USEEmbedder

    env = dict(os.environ if env is None else env)
    one_thread_per_process()
    answerer = runtime.answerer(settings, store, notify=log.warning)
    read_ahead([settings.home, settings.index_dir])  # the index files it maps, into the page cache in the background
    retriever = answerer.retriever
    retriever.match_threads = None  # set once above, not per request
    if isinstance(retriever.embedder, USEEmbedder):
        retriever.embedder.threads = None
    # load now, not on the first request: the model, jieba's dictionaries, and the pinyin spellings of the indexed
    # names (built on the first problem with Latin capitals: ~0.7 s at 10k experts)
    retriever.embedder.embed_queries(["预热"])
    retriever.names.find("Zhang Wei 预热")
    retriever.matched_terms("注塑件翘曲", next(iter(retriever.profile_texts), ""))
    rate = _env_number("EXPERTGLM_RATE_LIMIT", DEFAULT_RATE_LIMIT_PER_MINUTE, env)
    table = env.get(RATE_TABLE_ENV)
    return create_app(
        answerer,
        index_dir=settings.index_dir,
        api_key=env.get("EXPERTGLM_API_KEY") or None,
        max_body_bytes=int(_env_number("EXPERTGLM_MAX_BODY_BYTES", DEFAULT_MAX_BODY_BYTES, env)),
        rate_limit_per_minute=rate,
        trusted_proxies=env.get("EXPERTGLM_TRUSTED_PROXIES") or (),
        bucket=SharedTokenBucket(Path(table), rate) if table and rate > 0 else None,
    )


def settings_env(settings: Settings) -> dict[str, str]:
    """The environment variables from which `Settings.from_env` rebuilds `settings` (for worker processes)."""
    s = settings.store
    env = {"EXPERTGLM_HOME": str(s.home), "EXPERTGLM_GRAPH": s.graph, "EXPERTGLM_EMBEDDER": settings.embedder,
           "EXPERTGLM_INDEX_KIND": settings.index_kind, "EXPERTGLM_BACKEND": settings.backend,
           "EXPERTGLM_HF_MODEL": settings.hf_model or "", "EXPERTGLM_HF_GGUF": settings.hf_gguf or "",
           "EXPERTGLM_HF_ADAPTER": settings.hf_adapter or "",
           "EXPERTGLM_HF_TRUST_REMOTE_CODE": "1" if settings.hf_trust_remote_code else "",
           "EXPERTGLM_OPENAI_MODEL": settings.openai_model or "",
           "EXPERTGLM_OPENAI_DEADLINE": str(settings.openai_deadline), "NEO4J_URI": s.neo4j_uri or "",
           "NEO4J_USER": s.neo4j_user, "NEO4J_PASSWORD": s.neo4j_password, "NEO4J_DATABASE": s.neo4j_database or ""}
    return env


def worker_app() -> FastAPI:
    """The app of one worker process of `serve`: settings and limits from the environment `serve` gave it.

    The store stays open for the worker's life (its connections close when the process ends)."""
    env = dict(os.environ)
    settings = Settings.from_env(env)
    store = runtime.open_store(settings)
    return app_from_settings(settings, store, env)


def serve(host: str, port: int, settings: Settings, env: dict[str, str] | None = None) -> None:
    """Open the graph, load the index and backend, and serve until interrupted.

    Reads EXPERTGLM_WORKERS (worker processes, default one per core), EXPERTGLM_API_KEY (require this bearer
    key on /v1/*), EXPERTGLM_RATE_LIMIT (requests a minute per client on /v1/*, all workers together, default 120,
    0 = off), EXPERTGLM_MAX_BODY_BYTES (default 65536), EXPERTGLM_TRUSTED_PROXIES (comma-separated networks
    whose X-Forwarded-For is believed) and EXPERTGLM_WORKER_TIMEOUT (seconds without a heartbeat after which a
    worker of several is replaced, default 120, 0 = never).
    """

    env = dict(os.environ if env is None else env)
    workers = worker_count(env)
    hang_after = _env_number("EXPERTGLM_WORKER_TIMEOUT", DEFAULT_WORKER_TIMEOUT, env)
    if hang_after < 0:
        raise UsageError(f"EXPERTGLM_WORKER_TIMEOUT must be 0 (off) or a number of seconds, got {hang_after:g}")
    options = dict(host=host, port=port, log_level=env.get("EXPERTGLM_LOG_LEVEL") or "info", http=TimedH11Protocol,
                   timeout_keep_alive=5, proxy_headers=False)
    key_note = f"API key {'required' if env.get('EXPERTGLM_API_KEY') else 'not required'}"
    if workers == 1:
        with runtime.open_store(settings) as store:
            app = app_from_settings(settings, store, env)
            print(f"Expert-ChatGLM serving on http://{host}:{port}/ ({key_note}, 1 worker)", flush=True)
            uvicorn.run(app, **options)
        return
    from retrieval.sync import index_behind

    with runtime.open_store(settings) as store:  # starts the embedded graph server; builds a missing index once
        warning = index_behind(store, settings.index_dir)
        if warning and warning.startswith("no index"):
            log.warning("no index yet: building it now")
            runtime.sync_index(settings, store)
    with tempfile.TemporaryDirectory(prefix="expertglm-serve-") as tmp:
        from expertglm.server.shared_bucket import create_table

        worker_env = {**env, **settings_env(settings), RATE_TABLE_ENV: str(create_table(Path(tmp) / "rate.bin"))}
        for name in _THREAD_ENV:
            worker_env.setdefault(name, "1")
        saved = dict(os.environ)
        os.environ.clear()
        os.environ.update(worker_env)  # the spawned workers inherit it
        try:
            supervise(host, port, workers, options, hang_after=hang_after,
                      banner=f"Expert-ChatGLM serving on http://{host}:{port}/ ({key_note}, {workers} workers)")
        finally:
            os.environ.clear()
            os.environ.update(saved)


STARTUP_FAILURE = 3  # a worker's exit status when its server did not start (as uvicorn's)
RESTART_AFTER = 30.0  # seconds: a worker that ends sooner after its start is not restarted: serving stops instead
# Seconds without a heartbeat before a worker is replaced. Generous: the beat waits its turn in the request thread
# pool (40 threads), which slow answers from a local model may hold for a while without anything being wrong.
DEFAULT_WORKER_TIMEOUT = 120.0


def _listener(host: str, port: int) -> socket.socket:
    """A TCP socket bound to host:port with SO_REUSEPORT, so that each worker listens on a socket of its own and
    the kernel spreads new connections over them. On one shared socket, whichever worker wakes first accepts every
    connection waiting (asyncio accepts up to the backlog per wake-up): 16 keep-alive clients opened together were
    measured landing 16/0 on two workers in 3 of 5 runs."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind((host, port))
    return sock


class _BeatingServer(uvicorn.Server):
    """A uvicorn server that writes `beat` (time.monotonic(), shared with the supervisor) once a second while it
    serves, from a task of its event loop that first runs a no-op in the request thread pool: a blocked loop or a
    pool whose every thread is stuck stops the beat."""

    def __init__(self, config: uvicorn.Config, beat: Any) -> None:  # beat: a multiprocessing shared double
        super().__init__(config)
        self.beat = beat
        self._beating: asyncio.Task | None = None

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets=sockets)
        self._beating = asyncio.get_running_loop().create_task(self._beat())

    async def _beat(self) -> None:
        while not self.should_exit:
            await anyio.to_thread.run_sync(time.monotonic)  # the pool that sync endpoints and streams run in
            self.beat.value = time.monotonic()
            await asyncio.sleep(1.0)


def _worker_process(host: str, port: int, options: dict, beat: Any, failures: Any = None) -> None:
    """One worker of `supervise`: uvicorn over `worker_app` on its own listening socket, beating into `beat`. An
    expected failure while it builds its app (an unreadable index, the graph gone) goes to `failures` (a
    multiprocessing SimpleQueue) for `supervise` to raise, so `serve` ends with that one line and exit status."""
    import sys

    config = uvicorn.Config("expertglm.server.run:worker_app", factory=True, **options)
    server = _BeatingServer(config, beat)
    try:
        server.run(sockets=[_listener(host, port)])
    except ExpertGLMError as exc:
        if failures is None:
            raise
        failures.put(exc)
        sys.exit(exc.exit_code)
    if not server.started:
        sys.exit(STARTUP_FAILURE)


def supervise(host: str, port: int, workers: int, options: dict, banner: str = "",
              hang_after: float = DEFAULT_WORKER_TIMEOUT) -> None:
    """Run `workers` worker processes on host:port until SIGINT/SIGTERM; a worker that dies later is replaced, one
    that dies right after starting stops them all with an error (its own log says why), one serving that has not
    beaten for `hang_after` seconds (0: never checked) is killed and replaced. `banner` is printed once the port is
    known to be usable."""
    import multiprocessing
    import signal

    if port == 0:
        raise UsageError("several workers need a fixed port (each would get a different free one): pass --port")
    try:  # SO_REUSEPORT would let us join another server's port silently: refuse a port that already answers
        socket.create_connection((host, port), timeout=0.5).close()
    except OSError:
        pass
    else:
        raise UsageError(f"{host}:{port} is already in use: stop the server there or choose another port")
    try:
        _listener(host, port).close()  # a port we may not bind fails here, once, not in every worker
    except OSError as exc:
        raise UsageError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from exc
    if banner:
        print(banner, flush=True)
    context = multiprocessing.get_context("spawn")
    stop = threading.Event()
    previous = {sig: signal.signal(sig, lambda *_: stop.set()) for sig in (signal.SIGINT, signal.SIGTERM)}

    failures = context.SimpleQueue()  # what a worker that could not build its app failed with

    def start():
        beat = context.Value("d", 0.0, lock=False)  # 0 until the worker serves
        process = context.Process(target=_worker_process, args=(host, port, options, beat, failures),
                                  name="expertglm-worker")
        process.start()
        return process, time.monotonic(), beat

    running = [start() for _ in range(workers)]
    try:
        while not stop.wait(0.5):
            for i, (process, started, beat) in enumerate(running):
                if stop.is_set():
                    continue
                if process.is_alive():
                    silent = time.monotonic() - beat.value
                    if hang_after and beat.value and silent > hang_after:
                        log.warning("worker %s has not answered for %.0f s: replacing it", process.pid, silent)
                        process.kill()  # a hung process may never act on SIGTERM
                        process.join(10)
                        running[i] = start()
                    continue
                if not failures.empty():  # an expected failure: the worker's own message and exit status
                    raise failures.get()
                if process.exitcode == STARTUP_FAILURE or time.monotonic() - started < RESTART_AFTER:
                    raise UsageError(f"worker {process.pid} stopped (exit status {process.exitcode}) right after "
                                     "starting: see its message above")
                log.warning("worker %s stopped (exit status %s): starting another", process.pid, process.exitcode)
                running[i] = start()
    finally:
        for process, _, _ in running:
            if process.is_alive():
                process.terminate()  # uvicorn in the worker shuts down gracefully on SIGTERM
        for process, _, _ in running:
            process.join(15)
            if process.is_alive():
                process.kill()
                process.join()
        for sig, handler in previous.items():
            signal.signal(sig, handler)


@contextmanager
def running(app: FastAPI, host: str = "127.0.0.1", port: int = 0, timeout: float = 30.0,
            header_timeout: float = HEADER_TIMEOUT) -> Iterator[str]:
    """Run `app` with uvicorn in a background thread (port 0: a free one); yields the base URL, stops on exit."""

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
