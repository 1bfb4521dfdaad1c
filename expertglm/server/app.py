"""The app factory: the web page, /healthz, /v1/match and the OpenAI-compatible routes over one answerer.

`create_app` receives its parts (an `ExpertAnswerer`, which holds the retriever and the store) and holds no
module-level state, so tests and benchmarks build as many apps as they like.

Concurrency. Endpoints are plain `def` functions, so FastAPI runs them in its threadpool. FAISS and BM25 searches
are read-only and thread-safe; the FalkorDB client talks through redis-py's thread-safe pool and the Neo4j driver
opens a session per query, so one store is shared without a lock. Query embeddings are micro-batched: requests
that arrive while an `embed` runs wait and are embedded together in the next call (`BatchingEmbedder`), so the
embedder is never called from two threads at once and its weights are streamed once per batch, not per query. At
most `match_slots` matches run at once in a worker (`AdmittedRetriever`); the queries of those waiting are embedded
ahead in the batches that run meanwhile, which makes batches larger (expertglm/server/batching.py). A local
transformers (hf) backend is serialised. Each request gets a shallow copy of the answerer for its own
`max_tokens`/`temperature`. Several worker processes (expertglm/server/run.py) each build their own app.

Protection (expertglm/server/gate.py): an optional API key on /v1/*, a body-size limit (413) and body read timeout
(408), a per-client rate limit (429), failed-authentication throttling; `/healthz` says only ok/degraded/error
unless the caller presents the API key (or, with no key configured, calls from the same machine).
"""

from __future__ import annotations

import copy
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import FileResponse, Response
from fastapi.staticfiles import StaticFiles

from errors import ExpertGLMError
from expertglm.server import errors as http_errors
from expertglm.server.batching import DEFAULT_MATCH_SLOTS, AdmittedRetriever, BatchingEmbedder
from expertglm.server.chat import chat_router, json_response
from expertglm.server.errors import ApiError
from expertglm.server.gate import Gate, TokenBucket
from expertglm.server.health import BackendHealth
from expertglm.server.schemas import MatchRequest
from generation.answerer import ExpertAnswerer

WEB_DIR = Path(__file__).resolve().parents[1] / "web"
DEFAULT_MAX_BODY_BYTES = 64 * 1024
DEFAULT_RATE_LIMIT_PER_MINUTE = 120
_PAGE_CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
             "base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
_LOOPBACK = ("127.0.0.1", "::1")


class LockedBackend:
    """One generation at a time for a backend that holds a local model (its memory and cores are one)."""

    def __init__(self, inner: Any) -> None:
        self._inner = inner
        self._lock = threading.Lock()
        self.name = inner.name

    def generate(self, messages, **kwargs) -> str:
        with self._lock:
            return self._inner.generate(messages, **kwargs)

    def stream(self, messages, **kwargs) -> Iterator[str]:
        with self._lock:
            yield from self._inner.stream(messages, **kwargs)

    def __getattr__(self, item: str) -> Any:
        return getattr(self._inner, item)


def thread_safe(answerer: ExpertAnswerer, match_slots: int = DEFAULT_MATCH_SLOTS) -> ExpertAnswerer:
    """A copy of `answerer` whose shared parts may be used from many request threads (the original is untouched);
    at most `match_slots` of its matches run at once."""
    retriever = answerer.retriever
    if not isinstance(retriever, AdmittedRetriever):
        retriever = copy.copy(retriever)
        if not isinstance(retriever.embedder, BatchingEmbedder):
            retriever.embedder = BatchingEmbedder(retriever.embedder)
        retriever = AdmittedRetriever(retriever, match_slots)
    safe = copy.copy(answerer)
    safe.retriever = retriever
    backend = answerer.backend
    if backend is not None and not isinstance(backend, LockedBackend) and not backend.name.startswith("openai"):
        safe.backend = LockedBackend(backend)
    return safe


def create_app(
    answerer: ExpertAnswerer,
    *,
    index_dir: Path | None = None,
    api_key: str | None = None,
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
    rate_limit_per_minute: float = DEFAULT_RATE_LIMIT_PER_MINUTE,
    rate_burst: int | None = None,
    model_name: str | None = None,
    trusted_proxies: str | tuple[str, ...] = (),
    body_timeout: float = 10.0,
    bucket: Any | None = None,
    match_slots: int = DEFAULT_MATCH_SLOTS,
) -> FastAPI:
    """The service over `answerer` (its retriever and store included).

    `index_dir`: where the index lives, for /healthz to say whether it is in step with the graph.
    `api_key`: when set, /v1/* require `Authorization: Bearer <api_key>`.
    `rate_limit_per_minute`: requests a minute per client on /v1/* (bursts up to `rate_burst`); 0 turns it off.
    `trusted_proxies`: networks whose X-Forwarded-For is believed when telling clients apart.
    `bucket`: the rate limiter to use instead of a per-process `TokenBucket` (several workers share one).
    `match_slots`: matches that run at once (expertglm/server/batching.py); the others wait.
    """
    answerer = thread_safe(answerer, match_slots)
    retriever = answerer.retriever
    store = retriever.store
    default_model = model_name or f"expertglm-{answerer.backend_name}"
    health = BackendHealth()

    # no /docs: Swagger UI loads its assets from a CDN, and the service must work offline (/openapi.json stays)
    app = FastAPI(title="Expert-ChatGLM", version="0.1.0", docs_url=None, redoc_url=None)
    if bucket is None and rate_limit_per_minute > 0:
        bucket = TokenBucket(rate_limit_per_minute, rate_burst)
    app.add_middleware(Gate, api_key=api_key or None, max_body_bytes=max_body_bytes, bucket=bucket,
                       trusted_proxies=trusted_proxies, body_timeout=body_timeout)
    http_errors.install(app, on_backend_error=health.failed)

    @app.get("/", include_in_schema=False)
    def index_page():
        return FileResponse(WEB_DIR / "index.html", media_type="text/html; charset=utf-8",
                            headers={"Content-Security-Policy": _PAGE_CSP, "Cache-Control": "no-cache"})

    app.mount("/static", StaticFiles(directory=WEB_DIR), name="static")

    def may_see_details(request: Request) -> bool:
        state = request.scope.get("state") or {}
        if api_key:
            return bool(state.get("expertglm_authenticated"))
        return state.get("expertglm_client_address") in _LOOPBACK

    @app.get("/healthz")
    def healthz(request: Request):
        from kg import cypher
        from retrieval.sync import index_behind

        details = may_see_details(request)
        try:
            experts = int(store.read(cypher.EXPERT_COUNT).value(0) or 0)
            warning = index_behind(store, index_dir) if index_dir is not None else None
        except ExpertGLMError as exc:
            body: dict[str, Any] = {"status": "error"}
            if details:
                body.update(http_errors.error_body(f"the knowledge graph is unavailable: {exc}", "server_error",
                                                   "graph_unavailable"))
            return json_response(body, 503)
        status = "degraded" if health.degraded else "ok"
        if not details:
            return json_response({"status": status})
        if index_dir is None:
            index = "unknown"
        elif warning is None:
            index = "in step"
        else:
            index = "missing" if warning.startswith("no index") else "behind"
        body = {"status": status, "experts": experts, "indexed": len(retriever.dense), "engine": store.engine,
                "backend": answerer.backend_name, "model": default_model, "index": index}
        if warning:
            body["index_detail"] = warning
        if health.degraded:
            body["backend_error"] = health.last_error
        return json_response(body)

    @app.post("/v1/match")
    def match(body: MatchRequest):
        if not body.query.strip():
            raise ApiError(400, "query: the query is empty: describe the problem, e.g. 注塑件翘曲变形，良品率低",
                           param="query", code="empty_query")
        result = retriever.match(body.query, top_k=body.top_k)
        return Response(result.model_dump_json(exclude={"warnings"}), media_type="application/json")

    app.include_router(chat_router(answerer, default_model, health))
    return app
