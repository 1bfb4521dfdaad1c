"""The HTTP service: a web page, `/v1/match`, an OpenAI-compatible `/v1/chat/completions` and `/healthz`.

Composition: `create_app` receives its parts (an `ExpertAnswerer`, which holds the retriever and the store) and
holds no module-level state, so tests and benchmarks build as many apps as they like. `serve` is the one place
that reads the environment, opens the store and runs uvicorn.

Multi-turn over stateless HTTP. A chat request carries the whole history, OpenAI style. Follow-ups such as
"还有别的专家吗？" or "他获得过什么奖？" need the conversation's state (the problem, the experts already shown and the
experts of the latest answer, in order). The server rebuilds that state by *replaying* the earlier user turns of
the request through the offline grounded composer (`backend=None`): retrieval only, no text generation, so a
replay costs one `match` per earlier problem or "more" turn and nothing for "about" turns. Matching is
deterministic for a given graph and index, so the replayed state is the state the earlier answers were grounded
on (the generating backend, when there is one, only phrases answers about those same experts). Only the last
`REPLAY_TURNS` user turns are replayed; the assistant turns of the request are kept verbatim as the history the
backend sees. Any OpenAI client works unchanged; responses also carry an `expertglm` extension field (backend,
turn kind, experts with their facts, grounding report) for clients that want it.

Concurrency. Endpoints are plain `def` functions, so FastAPI runs them in its threadpool and requests are served
in parallel. Shared parts: FAISS and BM25 searches are read-only and thread-safe; the FalkorDB client talks through
redis-py's thread-safe connection pool (its schema cache refreshes by swapping whole lists, harmless when two
threads race) and the Neo4j driver opens a session per query, so one store is shared without a lock. The USE
embedder is *not* safe to share (lazy model loading, and threadpoolctl switching the process-wide BLAS thread
count around every forward pass), so `create_app` serialises `embed` calls with a lock; a local transformers (hf)
backend is serialised the same way. Each request gets a shallow copy of the answerer for its own
`max_tokens`/`temperature`, so no request changes what another sees.

Protection: an optional API key (`Authorization: Bearer <key>`) on `/v1/*`, a request-body limit (413), a
per-client token-bucket rate limit on `/v1/*` (429 with Retry-After; keyed by API key, else by client address),
and every error as OpenAI-style JSON `{"error": {"message", "type", "param", "code"}}`.
"""

from __future__ import annotations

import copy
import hashlib
import hmac
import json
import logging
import math
import os
import re
import socket
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response, StreamingResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, ConfigDict, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from expertglm.config import Settings
from generation.answerer import ExpertAnswerer
from generation.conversation import Conversation, resolve
from generation.models import Answer, ChatMessage
from kg.store import GraphError
from retrieval.pipeline import QueryError

log = logging.getLogger("expertglm.server")

WEB_DIR = Path(__file__).resolve().parent / "web"
REPLAY_TURNS = 16  # earlier user turns replayed to rebuild a conversation's state
DEFAULT_MAX_BODY_BYTES = 64 * 1024
DEFAULT_RATE_LIMIT_PER_MINUTE = 120
_DRAIN_LIMIT = 16 * 1024 * 1024  # an over-long body is read (and dropped) up to this, so the 413 reaches the client
_PAGE_CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
             "base-uri 'none'; form-action 'none'; frame-ancestors 'none'")


class ServeError(RuntimeError):
    """The service cannot start (graph unreachable, index unusable, backend not loadable)."""


# ------------------------------------------------------------------ errors
class ApiError(Exception):
    """An error answered as OpenAI-style JSON."""

    def __init__(self, status: int, message: str, type_: str = "invalid_request_error", code: str | None = None,
                 param: str | None = None, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.message, self.type, self.code, self.param = status, message, type_, code, param
        self.headers = headers


def error_body(message: str, type_: str, code: str | None = None, param: str | None = None) -> dict[str, Any]:
    return {"error": {"message": message, "type": type_, "param": param, "code": code}}


def _error_response(exc: ApiError) -> JSONResponse:
    return JSONResponse(error_body(exc.message, exc.type, exc.code, exc.param), status_code=exc.status,
                        headers=exc.headers)


_STATUS_TYPES = {400: "invalid_request_error", 401: "authentication_error", 403: "permission_error",
                 404: "not_found_error", 405: "invalid_request_error", 413: "invalid_request_error",
                 429: "rate_limit_error"}


def _validation_message(exc: RequestValidationError) -> tuple[str, str | None]:
    parts, param = [], None
    for err in exc.errors():
        loc = [str(x) for x in err.get("loc", ()) if x != "body"]
        if err.get("type") == "json_invalid":
            parts.append(f"the body is not valid JSON ({err.get('ctx', {}).get('error', 'parse error')})")
            continue
        if not loc and err.get("type") in ("model_attributes_type", "dict_type", "missing"):
            parts.append("the body must be a JSON object sent with `Content-Type: application/json`")
            continue
        where = ".".join(loc)
        param = param or (where or None)
        parts.append(f"{where}: {err.get('msg')}" if where else str(err.get("msg")))
    return "; ".join(parts) or "invalid request", param


# ------------------------------------------------------------------ request models
class MatchRequest(BaseModel):
    model_config = ConfigDict(extra="ignore")

    query: str = Field(description="The enterprise's problem, in its own words.")
    top_k: int = Field(5, ge=1, le=100)


class RequestMessage(BaseModel):
    model_config = ConfigDict(extra="allow")

    role: str
    content: str | list[dict[str, Any]] | None = None

    def text(self) -> str:
        if isinstance(self.content, list):
            return "".join(str(p.get("text", "")) for p in self.content if p.get("type") in ("text", "input_text"))
        return self.content or ""


class ChatCompletionRequest(BaseModel):
    model_config = ConfigDict(extra="ignore")

    model: str | None = None
    messages: list[RequestMessage] = Field(min_length=1)
    stream: bool = False
    max_tokens: int | None = Field(None, ge=1)
    max_completion_tokens: int | None = Field(None, ge=1)
    temperature: float | None = Field(None, ge=0, le=2)
    n: int | None = Field(None, ge=1, le=1)
    stream_options: dict[str, Any] | None = None


# ------------------------------------------------------------------ thread safety
class LockedEmbedder:
    """Serialises `embed` of an embedder that is not safe to call from several threads at once."""

    def __init__(self, inner: Any) -> None:
        self._inner = inner
        self._lock = threading.Lock()
        self.name = inner.name
        self.dim = inner.dim

    def embed(self, texts: list[str]):
        with self._lock:
            return self._inner.embed(texts)

    def __getattr__(self, item: str) -> Any:
        return getattr(self._inner, item)


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


def thread_safe(answerer: ExpertAnswerer) -> ExpertAnswerer:
    """A copy of `answerer` whose shared parts may be used from many request threads (the original is untouched)."""
    retriever = copy.copy(answerer.retriever)
    if not isinstance(retriever.embedder, LockedEmbedder):
        retriever.embedder = LockedEmbedder(retriever.embedder)
    safe = copy.copy(answerer)
    safe.retriever = retriever
    backend = answerer.backend
    if backend is not None and not isinstance(backend, LockedBackend) and not backend.name.startswith("openai"):
        safe.backend = LockedBackend(backend)
    return safe


# ------------------------------------------------------------------ rate limit
class TokenBucket:
    """Per-client token buckets: `per_minute` tokens a minute, holding at most `burst` (default `per_minute`)."""

    def __init__(self, per_minute: float, burst: int | None = None, clock: Callable[[], float] = time.monotonic,
                 max_clients: int = 10_000) -> None:
        self.rate = per_minute / 60.0
        self.capacity = float(burst or max(1, math.ceil(per_minute)))
        self._clock = clock
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()
        self._max_clients = max_clients

    def take(self, client: str) -> float:
        """0 when the request may go ahead, else the seconds until it could."""
        with self._lock:
            now = self._clock()
            tokens, last = self._buckets.get(client, (self.capacity, now))
            tokens = min(self.capacity, tokens + (now - last) * self.rate)
            if tokens >= 1.0:
                self._buckets[client] = (tokens - 1.0, now)
                wait = 0.0
            else:
                self._buckets[client] = (tokens, now)
                wait = (1.0 - tokens) / self.rate
            if len(self._buckets) > self._max_clients:
                self._prune(now)
            return wait

    def _prune(self, now: float) -> None:
        full = [k for k, (t, last) in self._buckets.items() if t + (now - last) * self.rate >= self.capacity]
        for k in full:
            del self._buckets[k]


# ------------------------------------------------------------------ the gate: auth, rate limit, body size
class _Gate:
    """Pure ASGI middleware in front of the routes: API key and rate limit on /v1/*, body size on every request."""

    def __init__(self, app, api_key: str | None, max_body_bytes: int, bucket: TokenBucket | None) -> None:
        self.app = app
        self.api_key = api_key
        self.max_body = max_body_bytes
        self.bucket = bucket

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope.get("path", "")
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        protected = path.startswith("/v1/")
        token = None
        auth = headers.get("authorization", "")
        if auth[:7].lower() == "bearer ":
            token = auth[7:].strip()
        if protected and self.api_key is not None:
            if token is None or not hmac.compare_digest(token.encode(), self.api_key.encode()):
                message = ("missing API key: send `Authorization: Bearer <key>`" if token is None
                           else "invalid API key")
                await self._reply(scope, receive, send, ApiError(
                    401, message, "authentication_error", "invalid_api_key", headers={"WWW-Authenticate": "Bearer"}))
                return
        if protected and self.bucket is not None:
            client = ("key:" + hashlib.sha256(token.encode()).hexdigest()[:16]) if token else \
                ("ip:" + (scope.get("client") or ("?", 0))[0])
            wait = self.bucket.take(client)
            if wait > 0:
                retry = max(1, math.ceil(wait))
                await self._reply(scope, receive, send, ApiError(
                    429, f"rate limit exceeded: try again in {retry} s", "rate_limit_error", "rate_limit_exceeded",
                    headers={"Retry-After": str(retry)}))
                return
        if scope.get("method") in ("POST", "PUT", "PATCH"):
            declared = headers.get("content-length")
            if declared is not None and declared.isdigit() and int(declared) > self.max_body:
                await self._too_large(scope, receive, send)
                return
            body, more, over = bytearray(), True, False
            while more:
                message = await receive()
                if message["type"] == "http.disconnect":
                    return
                body += message.get("body", b"")
                more = message.get("more_body", False)
                if len(body) > self.max_body:
                    over = True
                    break
            if over:
                await self._too_large(scope, receive, send, already_read=len(body), more=more)
                return
            receive = _replay(bytes(body), receive)
        await self.app(scope, receive, send)

    async def _too_large(self, scope, receive, send, already_read: int = 0, more: bool = True) -> None:
        read = already_read
        while more and read <= _DRAIN_LIMIT:  # drain so the client reads our 413 rather than a reset connection
            message = await receive()
            if message["type"] != "http.request":
                break
            read += len(message.get("body", b""))
            more = message.get("more_body", False)
        await self._reply(scope, receive, send, ApiError(
            413, f"the request body is larger than the {self.max_body} bytes allowed", "invalid_request_error",
            "request_too_large"))

    @staticmethod
    async def _reply(scope, receive, send, exc: ApiError) -> None:
        await _error_response(exc)(scope, receive, send)


def _replay(body: bytes, receive):
    sent = False

    async def replayed():
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replayed


# ------------------------------------------------------------------ chat helpers
_TOKEN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]|[A-Za-z0-9_]+|[^\s\w]", re.UNICODE)


def rough_tokens(text: str) -> int:
    """A rough token count: one per CJK character or punctuation mark, one per Latin word or number."""
    return len(_TOKEN.findall(text or ""))


def _split_messages(messages: list[RequestMessage]) -> tuple[str, list[ChatMessage]]:
    """The question (the last message, which must be a user turn) and the earlier user/assistant history."""
    last = messages[-1]
    if last.role != "user":
        raise ApiError(400, f"the last message must be the user's question, got role {last.role!r}",
                       param="messages", code="invalid_messages")
    question = last.text().strip()
    if not question:
        raise ApiError(400, "messages: the last user message is empty: describe the problem, "
                            "e.g. 注塑件翘曲变形，良品率低", param="messages", code="empty_query")
    history = [ChatMessage(role=m.role, content=m.text()) for m in messages[:-1] if m.role in ("user", "assistant")]
    return question, history


def replay_conversation(answerer: ExpertAnswerer, history: list[ChatMessage], max_turns: int = REPLAY_TURNS
                        ) -> Conversation:
    """The conversation state of `history`, rebuilt by replaying its user turns through retrieval alone."""
    state = ExpertAnswerer(answerer.retriever, backend=None, top_k=answerer.top_k, guard=False)
    conversation = Conversation()
    for turn in [m.content for m in history if m.role == "user"][-max_turns:]:
        try:
            state.answer(turn, conversation)
        except QueryError:
            continue
    conversation.messages = list(history)
    return conversation


def _extension(answer: Answer, turn: str) -> dict[str, Any]:
    return {
        "backend": answer.backend,
        "turn": turn,
        "experts": [e.model_dump(mode="json") for e in answer.experts],
        "grounding": answer.grounding.model_dump(mode="json"),
    }


def _json(data: Any, status: int = 200) -> Response:
    return Response(json.dumps(data, ensure_ascii=False), status_code=status, media_type="application/json")


# ------------------------------------------------------------------ the app
def create_app(
    answerer: ExpertAnswerer,
    *,
    index_dir: Path | None = None,
    api_key: str | None = None,
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
    rate_limit_per_minute: float = DEFAULT_RATE_LIMIT_PER_MINUTE,
    rate_burst: int | None = None,
    model_name: str | None = None,
) -> FastAPI:
    """The service over `answerer` (its retriever and store included).

    `index_dir`: where the index lives, for /healthz to say whether it is in step with the graph.
    `api_key`: when set, /v1/* require `Authorization: Bearer <api_key>`.
    `rate_limit_per_minute`: requests a minute per client on /v1/* (bursts up to `rate_burst`, default the same);
    0 turns the limit off.
    """
    answerer = thread_safe(answerer)
    retriever = answerer.retriever
    store = retriever.store
    default_model = model_name or f"expertglm-{answerer.backend_name}"

    # no /docs: Swagger UI loads its assets from a CDN, and the service must work offline (/openapi.json stays)
    app = FastAPI(title="Expert-ChatGLM", version="0.1.0", docs_url=None, redoc_url=None)
    bucket = TokenBucket(rate_limit_per_minute, rate_burst) if rate_limit_per_minute > 0 else None
    app.add_middleware(_Gate, api_key=api_key or None, max_body_bytes=max_body_bytes, bucket=bucket)

    @app.exception_handler(ApiError)
    async def _api_error(_request, exc: ApiError):
        return _error_response(exc)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request, exc: RequestValidationError):
        message, param = _validation_message(exc)
        return _error_response(ApiError(400, message, param=param, code="invalid_request"))

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_request, exc: StarletteHTTPException):
        kind = _STATUS_TYPES.get(exc.status_code, "api_error")
        return _error_response(ApiError(exc.status_code, str(exc.detail), kind, headers=getattr(exc, "headers", None)))

    @app.exception_handler(QueryError)
    async def _bad_query(_request, exc: QueryError):
        return _error_response(ApiError(400, str(exc), code="invalid_query", param="query"))

    @app.exception_handler(GraphError)
    async def _graph_down(_request, exc: GraphError):
        log.error("graph error: %s", exc)
        return _error_response(ApiError(503, f"the knowledge graph is unavailable: {exc}", "server_error",
                                        "graph_unavailable"))

    @app.exception_handler(Exception)
    async def _internal(_request, exc: Exception):
        log.exception("unhandled error", exc_info=exc)
        return _error_response(ApiError(500, "internal server error", "server_error", "internal_error"))

    # ---------------- page and health
    @app.get("/", include_in_schema=False)
    def index_page():
        return FileResponse(WEB_DIR / "index.html", media_type="text/html; charset=utf-8",
                            headers={"Content-Security-Policy": _PAGE_CSP, "Cache-Control": "no-cache"})

    app.mount("/static", StaticFiles(directory=WEB_DIR), name="static")

    @app.get("/healthz")
    def healthz():
        from kg import cypher
        from retrieval.sync import index_behind

        try:
            experts = int(store.read(cypher.EXPERT_COUNT).value(0) or 0)
            warning = index_behind(store, index_dir) if index_dir is not None else None
        except GraphError as exc:
            return _json({"status": "error", **error_body(f"the knowledge graph is unavailable: {exc}",
                                                          "server_error", "graph_unavailable")}, 503)
        if index_dir is None:
            index = "unknown"
        elif warning is None:
            index = "in step"
        else:
            index = "missing" if warning.startswith("no index") else "behind"
        body = {"status": "ok", "experts": experts, "indexed": len(retriever.dense), "engine": store.engine,
                "backend": answerer.backend_name, "model": default_model, "index": index}
        if warning:
            body["index_detail"] = warning
        return _json(body)

    # ---------------- matching
    @app.post("/v1/match")
    def match(body: MatchRequest):
        if not body.query.strip():
            raise ApiError(400, "query: the query is empty: describe the problem, e.g. 注塑件翘曲变形，良品率低",
                           param="query", code="empty_query")
        result = retriever.match(body.query, top_k=body.top_k)
        return Response(result.model_dump_json(exclude={"warnings"}), media_type="application/json")

    # ---------------- OpenAI-compatible chat
    @app.get("/v1/models")
    def models():
        return {"object": "list", "data": [{"id": default_model, "object": "model", "created": 0,
                                            "owned_by": "expertglm"}]}

    @app.post("/v1/chat/completions")
    def chat_completions(body: ChatCompletionRequest):
        question, history = _split_messages(body.messages)
        worker = copy.copy(answerer)
        max_tokens = body.max_completion_tokens or body.max_tokens
        if max_tokens is not None:
            worker.max_tokens = min(max_tokens, 8192)
        if body.temperature is not None:
            worker.temperature = body.temperature
        conversation = replay_conversation(worker, history)
        turn = resolve(question, conversation).kind
        model = body.model or default_model
        completion_id = f"chatcmpl-{uuid.uuid4().hex}"
        created = int(time.time())
        prompt_tokens = sum(rough_tokens(m.text()) + 4 for m in body.messages)

        if not body.stream:
            answer = worker.answer(question, conversation)
            completion_tokens = rough_tokens(answer.text)
            return _json({
                "id": completion_id, "object": "chat.completion", "created": created, "model": model,
                "choices": [{"index": 0, "message": {"role": "assistant", "content": answer.text},
                             "finish_reason": "stop", "logprobs": None}],
                "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens,
                          "total_tokens": prompt_tokens + completion_tokens},
                "system_fingerprint": None,
                "expertglm": _extension(answer, turn),
            })

        pieces = worker.stream(question, conversation)
        first = next(pieces)  # retrieval happens here, so a bad question is still a plain 400, not a broken stream
        include_usage = bool((body.stream_options or {}).get("include_usage"))

        def sse(data: dict[str, Any]) -> str:
            return f"data: {json.dumps(data, ensure_ascii=False)}\n\n"

        def chunk(delta: dict[str, Any], finish: str | None = None, **extra: Any) -> str:
            choice = {"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}
            return sse({"id": completion_id, "object": "chat.completion.chunk", "created": created, "model": model,
                        "system_fingerprint": None, "choices": [choice], **extra})

        def events() -> Iterator[str]:
            text: list[str] = []
            try:
                yield chunk({"role": "assistant", "content": ""})
                piece = first
                while not isinstance(piece, Answer):
                    if piece:
                        text.append(piece)
                        yield chunk({"content": piece})
                    piece = next(pieces)
                yield chunk({}, "stop", expertglm=_extension(piece, turn))
                if include_usage:
                    completion_tokens = rough_tokens("".join(text))
                    yield sse({"id": completion_id, "object": "chat.completion.chunk", "created": created,
                               "model": model, "choices": [],
                               "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens,
                                         "total_tokens": prompt_tokens + completion_tokens}})
            except Exception as exc:  # noqa: BLE001 - the stream has started: report the error inside it
                log.exception("error while streaming", exc_info=exc)
                message = (f"the knowledge graph is unavailable: {exc}" if isinstance(exc, GraphError)
                           else "internal server error while streaming")
                yield sse(error_body(message, "server_error", "stream_error"))
            finally:
                pieces.close()
            yield "data: [DONE]\n\n"

        return StreamingResponse(events(), media_type="text/event-stream",
                                 headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})

    return app


# ------------------------------------------------------------------ composition and running
def build_answerer(settings: Settings, store) -> tuple[ExpertAnswerer, str | None]:
    """Retriever (building the index when there is none) and answer backend, as the CLI composes them."""
    from expertglm.config import make_backend, make_embedder
    from retrieval.faiss_index import IndexMismatch, IndexMissing
    from retrieval.sync import index_behind, open_retriever, update_index

    try:
        embedder = make_embedder(settings.embedder)
    except (ValueError, ImportError, OSError) as exc:
        raise ServeError(f"cannot load embedder {settings.embedder!r}: {exc}") from exc
    try:
        warning = index_behind(store, settings.index_dir)
        if warning and warning.startswith("no index"):
            log.warning("no index yet: building it now")
            update_index(store, embedder, settings.index_dir, settings.graph_id, kind=settings.index_kind)
            warning = None
        retriever = open_retriever(store, embedder, settings.index_dir, settings.graph_id)
    except (IndexMissing, IndexMismatch, GraphError) as exc:
        raise ServeError(str(exc)) from exc
    try:
        backend = make_backend(settings)
    except (ValueError, ImportError, OSError) as exc:
        raise ServeError(f"cannot load the {settings.backend} backend: {exc}") from exc
    return ExpertAnswerer(retriever, backend), warning


def _env_number(name: str, default: float, env: dict[str, str]) -> float:
    raw = env.get(name)
    if not raw:
        return default
    try:
        return float(raw)
    except ValueError as exc:
        raise ServeError(f"{name} must be a number, got {raw!r}") from exc


def serve(host: str, port: int, settings: Settings, env: dict[str, str] | None = None) -> None:
    """Open the graph, load the index and backend, and serve until interrupted.

    Reads EXPERTGLM_API_KEY (require this bearer key on /v1/*), EXPERTGLM_RATE_LIMIT (requests a minute per
    client on /v1/*, default 120, 0 = off) and EXPERTGLM_MAX_BODY_BYTES (default 65536).
    """
    import uvicorn

    from kg.connect import open_store
    from kg.falkordb_server import ServerError

    env = dict(os.environ if env is None else env)
    try:
        store = open_store(settings.store)
    except (ServerError, GraphError) as exc:
        raise ServeError(f"cannot open the graph: {exc}") from exc
    try:
        answerer, warning = build_answerer(settings, store)
        if warning:
            log.warning("%s", warning)
        answerer.retriever.embedder.embed(["预热"])  # load the model now, not on the first request
        app = create_app(
            answerer,
            index_dir=settings.index_dir,
            api_key=env.get("EXPERTGLM_API_KEY") or None,
            max_body_bytes=int(_env_number("EXPERTGLM_MAX_BODY_BYTES", DEFAULT_MAX_BODY_BYTES, env)),
            rate_limit_per_minute=_env_number("EXPERTGLM_RATE_LIMIT", DEFAULT_RATE_LIMIT_PER_MINUTE, env),
        )
        print(f"Expert-ChatGLM serving on http://{host}:{port}/ (backend {answerer.backend_name}, "
              f"API key {'required' if env.get('EXPERTGLM_API_KEY') else 'not required'})", flush=True)
        uvicorn.run(app, host=host, port=port, log_level=env.get("EXPERTGLM_LOG_LEVEL") or "info")
    finally:
        store.close()


@contextmanager
def running(app: FastAPI, host: str = "127.0.0.1", port: int = 0, timeout: float = 30.0) -> Iterator[str]:
    """Run `app` with uvicorn in a background thread (port 0: a free one); yields the base URL, stops on exit."""
    import uvicorn

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    config = uvicorn.Config(app, log_level="warning", lifespan="off", timeout_graceful_shutdown=5)
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
