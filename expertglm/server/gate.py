"""The gate in front of the routes (pure ASGI): API key, rate limit, body size and read timeout, HEAD/OPTIONS.

Clients are told apart by address — the peer's, or the X-Forwarded-For address a *trusted* proxy reports — or
by a valid API key; an unknown bearer token never buys a bucket of its own. Failed authentications are
throttled per address. Routes charge extra work (replayed chat turns) to the same bucket with `charge`.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import ipaddress
import math
import threading
import time
from collections.abc import Callable, Iterable

from expertglm.server.allow import allowed_methods
from expertglm.server.errors import ApiError, error_response

_DRAIN_LIMIT = 16 * 1024 * 1024  # an over-long body is read (and dropped) up to this, so the 413 reaches the client
FAILED_AUTH_PER_MINUTE = 10


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

    def take(self, client: str, cost: float = 1.0) -> float:
        """0 when `cost` tokens were taken and the request may go ahead, else the seconds until it could."""
        cost = min(float(cost), self.capacity)
        with self._lock:
            now = self._clock()
            tokens, last = self._buckets.get(client, (self.capacity, now))
            tokens = min(self.capacity, tokens + (now - last) * self.rate)
            if tokens >= cost:
                self._buckets[client] = (tokens - cost, now)
                wait = 0.0
            else:
                self._buckets[client] = (tokens, now)
                wait = (cost - tokens) / self.rate
            if len(self._buckets) > self._max_clients:
                self._prune(now)
            return wait

    def _prune(self, now: float) -> None:
        full = [k for k, (t, last) in self._buckets.items() if t + (now - last) * self.rate >= self.capacity]
        for k in full:
            del self._buckets[k]


def parse_networks(spec: str | Iterable[str] | None) -> tuple[ipaddress._BaseNetwork, ...]:
    """Trusted proxy networks from "127.0.0.1, 10.0.0.0/8" (EXPERTGLM_TRUSTED_PROXIES)."""
    items = spec.split(",") if isinstance(spec, str) else list(spec or ())
    return tuple(ipaddress.ip_network(item.strip(), strict=False) for item in items if item.strip())


def _in(address: str, networks) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in net for net in networks)


def client_address(scope, headers: dict[str, str], trusted) -> str:
    """The peer address, or — only when the peer is a trusted proxy — the nearest untrusted X-Forwarded-For hop."""
    peer = (scope.get("client") or ("?", 0))[0]
    if not trusted or not _in(peer, trusted):
        return peer
    hops = [h.strip() for h in headers.get("x-forwarded-for", "").split(",") if h.strip()]
    for hop in reversed(hops):
        if not _in(hop, trusted):
            return hop
    return peer


def charge(scope, cost: float) -> None:
    """Charge `cost` more tokens to the request's client (e.g. replayed turns); ApiError 429 when it cannot pay."""
    state = scope.get("state") or {}
    bucket, client = state.get("expertglm_bucket"), state.get("expertglm_client")
    if bucket is None or client is None or cost <= 0:
        return
    wait = bucket.take(client, cost)
    if wait > 0:
        retry = max(1, math.ceil(wait))
        raise ApiError(429, f"rate limit exceeded (this request replays {int(cost)} earlier turns): "
                            f"try again in {retry} s", "rate_limit_error", "rate_limit_exceeded",
                       headers={"Retry-After": str(retry)})


class Gate:
    """Pure ASGI middleware: API key and rate limit on /v1/*, body size and read timeout on every request."""

    def __init__(self, app, api_key: str | None, max_body_bytes: int, bucket: TokenBucket | None,
                 trusted_proxies=(), body_timeout: float = 10.0) -> None:
        self.app = app
        self.api_key = api_key
        self.max_body = max_body_bytes
        self.bucket = bucket
        self.trusted = parse_networks(trusted_proxies)
        self.body_timeout = body_timeout
        self.failed_auth = TokenBucket(FAILED_AUTH_PER_MINUTE)

    def key_ok(self, token: str | None) -> bool:
        return (token is not None and self.api_key is not None
                and hmac.compare_digest(token.encode(), self.api_key.encode()))

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        method = scope.get("method", "GET")
        allow = allowed_methods(scope.get("app"), scope) if method == "OPTIONS" else None
        if allow is not None:  # the methods this path takes; an unknown path goes on to its 404
            await send({"type": "http.response.start", "status": 204,
                        "headers": [(b"allow", allow.encode()), (b"content-length", b"0")]})
            await send({"type": "http.response.body", "body": b""})
            return
        if method == "HEAD":  # answered as GET without the body
            scope = {**scope, "method": "GET"}
            send = _without_body(send)
        path: str = scope.get("path", "")
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        address = client_address(scope, headers, self.trusted)
        auth = headers.get("authorization", "")
        token = auth[7:].strip() if auth[:7].lower() == "bearer " else None
        valid_key = self.key_ok(token)
        state = scope.setdefault("state", {})
        state["expertglm_client_address"] = address
        state["expertglm_authenticated"] = valid_key
        if path.startswith("/v1/"):
            if self.api_key is not None and not valid_key:
                if self.failed_auth.take("ip:" + address) > 0:
                    await self._reply(scope, receive, send, ApiError(
                        429, "too many failed authentications: wait a minute", "rate_limit_error",
                        "too_many_failed_authentications", headers={"Retry-After": "60"}))
                    return
                message = "missing API key: send `Authorization: Bearer <key>`" if token is None else "invalid API key"
                await self._reply(scope, receive, send, ApiError(
                    401, message, "authentication_error", "invalid_api_key", headers={"WWW-Authenticate": "Bearer"}))
                return
            if self.bucket is not None:
                client = ("key:" + hashlib.sha256(token.encode()).hexdigest()[:16]) if valid_key else "ip:" + address
                state["expertglm_bucket"], state["expertglm_client"] = self.bucket, client
                wait = self.bucket.take(client)
                if wait > 0:
                    retry = max(1, math.ceil(wait))
                    await self._reply(scope, receive, send, ApiError(
                        429, f"rate limit exceeded: try again in {retry} s", "rate_limit_error",
                        "rate_limit_exceeded", headers={"Retry-After": str(retry)}))
                    return
        if method in ("POST", "PUT", "PATCH"):
            declared = headers.get("content-length")
            if declared is not None and declared.isdigit() and int(declared) > self.max_body:
                await self._too_large(scope, receive, send)
                return
            body, more, over = bytearray(), True, False
            deadline = time.monotonic() + self.body_timeout
            while more:
                try:
                    message = await asyncio.wait_for(receive(), timeout=max(0.0, deadline - time.monotonic()))
                except asyncio.TimeoutError:
                    await self._reply(scope, receive, send, ApiError(
                        408, f"the request body did not arrive within {self.body_timeout:g} s", code="request_timeout"))
                    return
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
            try:
                message = await asyncio.wait_for(receive(), timeout=self.body_timeout)
            except asyncio.TimeoutError:
                break
            if message["type"] != "http.request":
                break
            read += len(message.get("body", b""))
            more = message.get("more_body", False)
        await self._reply(scope, receive, send, ApiError(
            413, f"the request body is larger than the {self.max_body} bytes allowed", "invalid_request_error",
            "request_too_large"))

    @staticmethod
    async def _reply(scope, receive, send, exc: ApiError) -> None:
        await error_response(exc)(scope, receive, send)


def _replay(body: bytes, receive):
    sent = False

    async def replayed():
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replayed


def _without_body(send):
    async def head_send(message):
        if message["type"] == "http.response.body":
            message = {**message, "body": b""}
        await send(message)

    return head_send
