"""The OpenAI-compatible routes: /v1/models and /v1/chat/completions (streaming and not).

Multi-turn over stateless HTTP. A chat request carries the whole history, OpenAI style. Follow-ups such as
"还有别的专家吗？" or "他获得过什么奖？" need the conversation's state (the problem, the experts already shown and the
experts of the latest answer, in order). The server rebuilds that state by *replaying* the earlier user turns of
the request through the offline grounded composer (`backend=None`): retrieval only, no text generation. Matching
is deterministic for a given graph and index, so the replayed state is the state the earlier answers were grounded
on. Only the last `REPLAY_TURNS` user turns are replayed, and each replayed turn is charged to the client's rate
limit. Responses also carry an `expertglm` extension field (backend, turn kind, experts, grounding report).
"""

from __future__ import annotations

import asyncio
import copy
import json
import logging
import re
import threading
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from typing import Any

import anyio
from fastapi import APIRouter, Request
from fastapi.responses import Response, StreamingResponse

from errors import BackendError, ExpertGLMError, QueryError
from expertglm.server.errors import ApiError, error_body, from_expertglm
from expertglm.server.gate import charge
from expertglm.server.health import BackendHealth
from expertglm.server.schemas import ChatCompletionRequest, RequestMessage
from generation.answerer import ExpertAnswerer
from generation.conversation import Conversation, resolve
from generation.models import Answer, ChatMessage

log = logging.getLogger("expertglm.server")
REPLAY_TURNS = 16  # earlier user turns replayed to rebuild a conversation's state


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


async def joined_in_thread(chunks: Iterator[str]) -> AsyncIterator[str]:
    """The text of a blocking iterator, run to its end in one worker thread; what it produced while the event loop
    was busy goes out joined in one piece.

    Starlette hops into a worker thread for every item of a sync iterator (a thread wake-up and a future each way:
    a quarter of a worker's time when the grounded backend streams 20 sentences); here each item is a list append,
    and the loop is woken only when it may be waiting. A slow producer (a model) still has each piece sent as soon
    as it is made. When the client goes away, the producer stops at its next item and closes the iterator."""
    loop = asyncio.get_running_loop()
    lock = threading.Lock()
    ready: list[str] = []
    wake = asyncio.Event()
    state: dict[str, Any] = {"done": False, "error": None, "stop": False}

    def wake_up() -> None:
        try:
            loop.call_soon_threadsafe(wake.set)
        except RuntimeError:  # the loop has closed (server shutdown): nobody is waiting
            state["stop"] = True

    def produce() -> None:
        try:
            for chunk in chunks:
                with lock:
                    ready.append(chunk)
                    first = len(ready) == 1
                if first:  # the loop drained everything before: it may be waiting
                    wake_up()
                if state["stop"]:
                    break
        except BaseException as exc:  # noqa: BLE001 - handed to the consumer, which raises it
            state["error"] = exc
        finally:
            close = getattr(chunks, "close", None)
            if close is not None:
                close()
            state["done"] = True
            wake_up()

    producer = asyncio.ensure_future(anyio.to_thread.run_sync(produce))
    try:
        while True:
            await wake.wait()
            wake.clear()
            finished = state["done"]  # read before draining: everything it produced is in `ready` by then
            with lock:
                text, ready[:] = "".join(ready), []
            if text:
                yield text
            if finished:
                break
        await producer
        if state["error"] is not None:
            raise state["error"]
    finally:
        state["stop"] = True


def json_response(data: Any, status: int = 200) -> Response:
    return Response(json.dumps(data, ensure_ascii=False), status_code=status, media_type="application/json")


def chat_router(answerer: ExpertAnswerer, default_model: str, health: BackendHealth) -> APIRouter:
    """The OpenAI-compatible routes over `answerer` (already made thread-safe); `health` records backend failures."""
    router = APIRouter()

    @router.get("/v1/models")
    def models():
        return {"object": "list", "data": [{"id": default_model, "object": "model", "created": 0,
                                            "owned_by": "expertglm"}]}

    @router.post("/v1/chat/completions")
    def chat_completions(body: ChatCompletionRequest, request: Request):
        question, history = _split_messages(body.messages)
        charge(request.scope, min(REPLAY_TURNS, sum(1 for m in history if m.role == "user")))
        worker = copy.copy(answerer)
        max_tokens = body.max_completion_tokens or body.max_tokens
        if max_tokens is not None:
            worker.max_tokens = min(max_tokens, 8192)
        if body.temperature is not None:
            worker.temperature = body.temperature
        if body.top_k is not None:
            worker.top_k = body.top_k
        conversation = replay_conversation(worker, history)
        turn = resolve(question, conversation).kind
        model = body.model or default_model
        completion_id = f"chatcmpl-{uuid.uuid4().hex}"
        created = int(time.time())
        prompt_tokens = sum(rough_tokens(m.text()) + 4 for m in body.messages)

        if not body.stream:
            answer = worker.answer(question, conversation)
            health.ok()
            completion_tokens = rough_tokens(answer.text)
            return json_response({
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
                health.ok()
                yield chunk({}, "stop", expertglm=_extension(piece, turn))
                if include_usage:
                    completion_tokens = rough_tokens("".join(text))
                    yield sse({"id": completion_id, "object": "chat.completion.chunk", "created": created,
                               "model": model, "choices": [],
                               "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens,
                                         "total_tokens": prompt_tokens + completion_tokens}})
            except Exception as exc:  # noqa: BLE001 - the stream has started: report the error inside it
                log.exception("error while streaming", exc_info=exc)
                if isinstance(exc, ExpertGLMError):
                    if isinstance(exc, BackendError):
                        health.failed(exc)
                    err = from_expertglm(exc)
                    yield sse(error_body(err.message, err.type, err.code))
                else:
                    yield sse(error_body("internal server error while streaming", "server_error", "stream_error"))
            finally:
                pieces.close()
            yield "data: [DONE]\n\n"

        return StreamingResponse(joined_in_thread(events()), media_type="text/event-stream",
                                 headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})

    return router
