"""A minimal, deterministic OpenAI-compatible chat server for tests (stdlib only).

    with OpenAIStubServer() as server:
        backend = OpenAIBackend("stub-model", base_url=server.base_url)
        server.fail_next(1, status=500)   # the next request gets HTTP 500, the one after succeeds
        server.break_next("not_json")      # the next request gets a 200 it cannot read (see BROKEN_REPLIES)
        server.hang_next(1)                # the next request is never answered (a hung endpoint)
        ...
        server.requests                    # the JSON bodies received, oldest first

It listens on 127.0.0.1 on a free port in a background thread and serves
`POST /v1/chat/completions` (a JSON answer, or SSE `data: {...}` chunks ending with
`data: [DONE]` when the body has `"stream": true`) and `GET /v1/models`.

The answer is built by `responder(body) -> str`; the default one states the first expert of the
system prompt (the `专家1：姓名` and `单位：...` lines written by `generation.prompt`), so an answer
grounded in the prompt's facts comes back.
"""

from __future__ import annotations

import json
import re
import socket
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

Responder = Callable[[dict[str, Any]], str]

NO_EXPERT_ANSWER = "知识图谱中没有与该问题匹配的专家。"
# 200 replies a broken backend sends: a body that is not JSON, JSON that is no completion, and for streams a chunk that
# is not JSON or a stream cut off (connection closed), each after all but the answer's last two characters
BROKEN_REPLIES = ("not_json", "wrong_shape", "bad_chunk", "cut_off")


def grounded_answer(body: dict[str, Any]) -> str:
    """A fixed answer naming the first expert (and their institution line) in the system message."""
    system = next((m.get("content") or "" for m in body.get("messages", []) if m.get("role") == "system"), "")
    name = re.search(r"^专家\d+：(.+)$", system, flags=re.MULTILINE)
    if not name:
        return NO_EXPERT_ANSWER
    unit = re.search(r"^单位：(.+)$", system[name.end():], flags=re.MULTILINE)
    answer = f"推荐专家：{name.group(1).strip()}。"
    if unit:
        answer += f"单位：{unit.group(1).strip()}。"
    return answer


class OpenAIStubServer:
    """A real HTTP server speaking the OpenAI chat-completions protocol, deterministically."""

    def __init__(self, responder: Responder = grounded_answer, *, model: str = "stub-model",
                 chunk_chars: int = 4, api_key: str | None = None) -> None:
        self.responder = responder
        self.model = model
        self.chunk_chars = max(1, chunk_chars)  # characters per streamed delta
        self.api_key = api_key  # when set, requests without `Authorization: Bearer <api_key>` get 401
        self.requests: list[dict[str, Any]] = []  # bodies of chat requests, including failed ones
        self.headers: list[dict[str, str]] = []  # their headers, same order
        self._failures: list[tuple[int, float]] = []  # (status, retry-after ms) for the next requests
        self._broken: list[str] = []  # BROKEN_REPLIES kinds for the next requests
        self._hangs = 0  # the next requests that get no answer at all
        self._stopping = threading.Event()  # set by stop(): hung requests end
        self._lock = threading.Lock()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- control ---------------------------------------------------------------------------------
    def fail_next(self, n: int, status: int = 500, retry_after_ms: float | None = 5) -> None:
        """Answer the next `n` chat requests with HTTP `status` (e.g. 429, 500).

        `retry_after_ms` is sent as the `retry-after-ms` header, which the openai client honours,
        so its retries take milliseconds instead of its default backoff; None sends no header.
        """
        with self._lock:
            self._failures.extend([(status, retry_after_ms)] * n)

    def break_next(self, kind: str, n: int = 1) -> None:
        """Answer the next `n` chat requests with a broken 200 of `kind` (one of BROKEN_REPLIES)."""
        if kind not in BROKEN_REPLIES:
            raise ValueError(f"unknown broken reply {kind!r}")
        with self._lock:
            self._broken.extend([kind] * n)

    def hang_next(self, n: int) -> None:
        """Never answer the next `n` chat requests (a hung endpoint): each is held, unanswered, until the client
        gives up or the server stops."""
        with self._lock:
            self._hangs += n

    def _take_hang(self) -> bool:
        with self._lock:
            if self._hangs <= 0:
                return False
            self._hangs -= 1
            return True

    def reset(self) -> None:
        with self._lock:
            self._failures.clear()
            self._broken.clear()
            self._hangs = 0
            self.requests.clear()
            self.headers.clear()

    @property
    def port(self) -> int:
        if self._httpd is None:
            raise RuntimeError("server not started")
        return self._httpd.server_address[1]

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def start(self) -> OpenAIStubServer:
        if self._httpd is not None:
            return self
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                        name="openai-stub", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._httpd is None:
            return
        self._stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._httpd = self._thread = None

    def __enter__(self) -> OpenAIStubServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- request handling --------------------------------------------------------------------------
    def _record(self, body: dict[str, Any], headers: dict[str, str]) -> tuple[int, float] | None:
        with self._lock:
            self.requests.append(body)
            self.headers.append(headers)
            return self._failures.pop(0) if self._failures else None

    def _take_broken(self) -> str | None:
        with self._lock:
            return self._broken.pop(0) if self._broken else None


def _handler_for(server: OpenAIStubServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:  # keep test output quiet
            pass

        # helpers
        def _json(self, status: int, payload: dict[str, Any], extra: dict[str, str] | None = None) -> None:
            data = json.dumps(payload, ensure_ascii=False).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            for key, value in (extra or {}).items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(data)

        def _error(self, status: int, message: str, extra: dict[str, str] | None = None) -> None:
            kind = {401: "authentication_error", 404: "not_found_error", 429: "rate_limit_error"}.get(
                status, "invalid_request_error" if status < 500 else "server_error")
            self._json(status, {"error": {"message": message, "type": kind, "code": status}}, extra)

        def _chunk(self, text: str) -> None:
            data = text.encode()
            self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")

        # routes
        def do_GET(self) -> None:
            if self.path.rstrip("/") == "/v1/models":
                self._json(200, {"object": "list", "data": [
                    {"id": server.model, "object": "model", "created": 0, "owned_by": "stub"}]})
            else:
                self._error(404, f"no route {self.path}")

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b""
            if self.path.rstrip("/") != "/v1/chat/completions":
                self._error(404, f"no route {self.path}")
                return
            try:
                body = json.loads(raw or b"{}")
            except json.JSONDecodeError:
                self._error(400, "body is not JSON")
                return
            failure = server._record(body, {k.lower(): v for k, v in self.headers.items()})
            if server._take_hang():
                self._hang()
                return
            if failure is not None:
                status, retry_ms = failure
                extra = {"retry-after-ms": str(retry_ms)} if retry_ms is not None else {}
                self._error(status, f"stub failure {status}", extra)
                return
            if server.api_key is not None and self.headers.get("Authorization") != f"Bearer {server.api_key}":
                self._error(401, "invalid api key")
                return
            if not body.get("model") or not isinstance(body.get("messages"), list):
                self._error(400, "model and messages are required")
                return
            answer = server.responder(body)
            limit = body.get("max_completion_tokens") or body.get("max_tokens")
            finish = "stop"
            if isinstance(limit, int) and len(answer) > limit:  # one "token" per character here
                answer, finish = answer[:limit], "length"
            broken = server._take_broken()
            if broken is not None:
                self._broken_reply(body, answer, broken)
            elif body.get("stream"):
                self._stream(body, answer, finish)
            else:
                self._complete(body, answer, finish)

        def _hang(self) -> None:
            """Hold the request unanswered until the client hangs up or the server stops."""
            self.connection.settimeout(0.05)
            while not server._stopping.is_set():
                try:
                    if self.connection.recv(1, socket.MSG_PEEK) == b"":  # the client closed its side
                        break
                    server._stopping.wait(0.05)  # it sent more (pipelined): still unanswered
                except (TimeoutError, socket.timeout):
                    continue
                except OSError:
                    break
            self.close_connection = True

        def _broken_reply(self, body: dict[str, Any], answer: str, kind: str) -> None:
            if kind in ("not_json", "wrong_shape") or not body.get("stream"):
                data = b"{not json" if kind == "not_json" else b'{"choices": "none", "note": "not a completion"}'
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
                return
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Connection", "close")
            self.end_headers()  # no length, no chunking: the body ends when the connection closes
            first = {"id": "chatcmpl-stub-broken", "object": "chat.completion.chunk", "created": int(time.time()),
                     "model": body["model"], "choices": [{"index": 0, "delta": {"content": answer[:-2]},
                                                          "finish_reason": None}]}
            self.wfile.write(f"data: {json.dumps(first, ensure_ascii=False)}\n\n".encode())
            self.wfile.write(b"data: {broken\n\n" if kind == "bad_chunk" else b"data: {broken")
            self.wfile.flush()
            self.close_connection = True

        def _complete(self, body: dict[str, Any], answer: str, finish: str) -> None:
            prompt_chars = sum(len(m.get("content") or "") for m in body["messages"])
            self._json(200, {
                "id": f"chatcmpl-stub-{len(server.requests)}",
                "object": "chat.completion",
                "created": int(time.time()),
                "model": body["model"],
                "choices": [{"index": 0, "message": {"role": "assistant", "content": answer},
                             "finish_reason": finish, "logprobs": None}],
                "usage": {"prompt_tokens": prompt_chars, "completion_tokens": len(answer),
                          "total_tokens": prompt_chars + len(answer)},
            })

        def _stream(self, body: dict[str, Any], answer: str, finish: str) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Cache-Control", "no-cache")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            base = {"id": f"chatcmpl-stub-{len(server.requests)}", "object": "chat.completion.chunk",
                    "created": int(time.time()), "model": body["model"]}

            def event(delta: dict[str, Any], finish_reason: str | None = None) -> None:
                chunk = {**base, "choices": [{"index": 0, "delta": delta, "finish_reason": finish_reason,
                                              "logprobs": None}]}
                self._chunk(f"data: {json.dumps(chunk, ensure_ascii=False)}\n\n")

            event({"role": "assistant", "content": ""})
            step = server.chunk_chars
            for i in range(0, len(answer), step):
                event({"content": answer[i:i + step]})
            event({}, finish)
            self._chunk("data: [DONE]\n\n")
            self.wfile.write(b"0\r\n\r\n")
            self.wfile.flush()

    return Handler


if __name__ == "__main__":  # run it by hand: python tests/openai_stub_server.py
    with OpenAIStubServer() as s:
        print(f"OpenAI-compatible stub at {s.base_url} (Ctrl-C stops)")
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
