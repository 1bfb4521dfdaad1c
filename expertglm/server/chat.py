"""The OpenAI-compatible routes: /v1/models and /v1/chat/completions (streaming and not).

Multi-turn over stateless HTTP. A chat request carries the whole history, OpenAI style. Follow-ups such as
"还有别的专家吗？" or "他获得过什么奖？" need the conversation's state (the problem, the experts already shown and the
experts of the latest answer, in order). The server rebuilds that state by *replaying* the earlier user turns of
the request through the offline grounded composer (`backend=None`): retrieval only, no text generation. Matching
is deterministic for a given graph and index, so the replayed state is the state the earlier answers were grounded
on. The replay starts at the turn that set the problem being discussed (the last turn that reads as a new problem
whatever was shown before, checked by replaying it) and replays the follow-ups after it; small talk is skipped. At most
`REPLAY_TURNS` replayed turns may run retrieval (the problem, 还有别的专家吗) and each is charged to the client's rate
limit; follow-ups that only read the state (第二位在哪个单位？) cost ~0.03 ms and are bounded by `REPLAY_MAX_TURNS`.
When the state cannot be rebuilt within those bounds, a turn that needs it is answered with `LOST_REPLY` (turn kind
`lost`), never from a partial state. Responses also carry an `expertglm` extension field (backend, turn kind,
experts, grounding report).

Models: the names /v1/models lists (GET /v1/models/{id} gives one) (the service's own, `expertglm-<backend>`, and `MODEL_ALIAS`, which the web page
sends); a request that names another is a 404 `model_not_found`, one that names none gets the service's own.

Limits: `stop` (up to 4 sequences) and `max_tokens`/`max_completion_tokens` cut the final, guarded text as OpenAI
cuts a model's (`Cut`), after the grounding check: before the first stop sequence (left out; finish_reason "stop")
or after that many tokens as `rough_tokens` counts them (finish_reason "length"), streamed or not and whatever the
backend; a cut answer may end mid-sentence (and lose a note the composer added at its end). A model backend is sent
both as well. The `expertglm` field (experts, grounding report) is never cut.
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
from collections.abc import AsyncIterator, Callable, Iterator
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
from generation.turn_parts import short_turn
from generation.conversation import Conversation, resolve
from generation.models import Answer, ChatMessage
from generation.openai_backend import OpenAIBackend
from retrieval.models import ExpertMatch

log = logging.getLogger("expertglm.server")
REPLAY_TURNS = 16  # the most replayed earlier turns that run retrieval (a problem, 还有别的专家吗), one token each
REPLAY_MAX_TURNS = 128  # the most replayed earlier turns in all (one that only reads the state costs ~0.03 ms)
PROBE_SIZES = (1, 20)  # stand-in states of one and of the most (top_k ≤ 20) experts, to tell a problem from a follow-up
LOST_REPLY = (f"这段对话太长，无法还原前面讨论的问题和已推荐的专家（服务最多重放{REPLAY_TURNS}轮检索、{REPLAY_MAX_TURNS}轮对话），"
              "为避免答非所问，这一问暂不作答。请重新描述您的问题，或在问题中直接写出要问的专家姓名。")


MODEL_ALIAS = "expertglm"  # a name served whatever the backend: the web page sends it
BACKEND_MAX_TOKENS = 8192  # the most tokens a model backend is asked for, whatever a request says

_CJK_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")
_CJK = "\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef"
_TOKEN = re.compile(rf"[{_CJK}]|[^\W{_CJK}]+|[^\s\w]", re.UNICODE)


def rough_tokens(text: str) -> int:
    """The service's token count (usage, max_tokens): one per CJK character or punctuation mark, one per word or
    number of another script; whatever the backend (the grounded composer has no tokenizer)."""
    return len(_TOKEN.findall(text or ""))


def over_limit(text: str, limit: int) -> tuple[int, int] | None:
    """(where its first `limit` tokens end, where the next begins) when `text` has more than `limit` tokens as
    `rough_tokens` counts them; None otherwise."""
    end = 0
    for n, token in enumerate(_TOKEN.finditer(text)):
        if n == limit:
            return end, token.start()
        end = token.end()
    return None


class Cut:
    """An answer cut as a model's generation stops, fed piece by piece: at the stop sequence that is complete first
    (cut before it, finish_reason "stop") or when a token past `max_tokens` begins (cut after the last allowed one,
    "length"), whichever happens first as the text is read. The result is the same however the answer is split."""

    def __init__(self, stop: list[str], max_tokens: int | None) -> None:
        self.stop = [s for s in stop if s]
        self.max_tokens = max_tokens
        self.text = ""  # everything fed
        self.sent = 0  # how much of it went out
        self.reason: str | None = None  # "stop" or "length" once cut; "stop" too when the answer ended whole

    def feed(self, piece: str) -> str:
        """What may go out now that `piece` arrived ("" once cut: the rest is dropped)."""
        if self.reason is not None:
            return ""
        self.text += piece
        end = self._cut_at()
        return self._release(end if self.reason is not None else len(self.text) - self._held())

    def close(self) -> str:
        """What was held back, once the answer is complete."""
        if self.reason is not None:
            return ""
        self.reason = "stop"
        return self._release(len(self.text))

    def _cut_at(self) -> int:
        """Where the answer ends when a stop sequence is complete or the token limit passed (setting `reason`)."""
        found = [(i + len(s), i) for s in self.stop if (i := self.text.find(s)) >= 0]
        stop = min(found) if found else None  # (where it is complete, where it begins): the first complete
        over = over_limit(self.text, self.max_tokens) if self.max_tokens is not None else None
        if over is not None and (stop is None or over[1] < stop[0]):
            self.reason = "length"
            return over[0]
        if stop is not None:
            self.reason = "stop"
            return stop[1]
        return len(self.text)

    def _held(self) -> int:
        """The length of the tail that must wait: the longest that could begin a stop sequence, and with a token
        limit trailing whitespace (the limit, if reached next, cuts before it)."""
        spaces = len(self.text) - len(self.text.rstrip()) if self.max_tokens is not None else 0
        longest = max((len(s) for s in self.stop), default=1)
        for k in range(min(longest - 1, len(self.text) - self.sent), 0, -1):
            tail = self.text[-k:]
            if any(s.startswith(tail) for s in self.stop):
                return max(k, spaces)
        return spaces

    def _release(self, end: int) -> str:
        out = self.text[self.sent:end] if end > self.sent else ""
        self.sent = max(self.sent, end)
        return out


def served_model(asked: str | None, served: tuple[str, ...]) -> str:
    """The model a request names (the service's own when it names none); ApiError 404 `model_not_found` when the
    service does not serve it, as OpenAI answers."""
    if asked is None:
        return served[0]
    if asked not in served:
        raise ApiError(404, f"the model {asked!r} does not exist: this service serves "
                            f"{', '.join(repr(m) for m in served)} (GET /v1/models)", "invalid_request_error",
                       "model_not_found", "model")
    return asked


def for_request(answerer: ExpertAnswerer, body: ChatCompletionRequest) -> ExpertAnswerer:
    """A copy of `answerer` with this request's limits and sampling; a model backend is sent its stop sequences."""
    worker = copy.copy(answerer)
    if body.token_limit is not None:
        worker.max_tokens = min(body.token_limit, BACKEND_MAX_TOKENS)
    if body.temperature is not None:
        worker.temperature = body.temperature
    if body.top_k is not None:
        worker.top_k = body.top_k
    if body.stop_list and isinstance(worker.backend, OpenAIBackend):
        worker.backend = worker.backend.with_stop(body.stop_list)
    return worker


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


class _OverBudget(Exception):
    """A replay needed more retrieval runs than it may make."""


class _Budgeted:
    """A retriever that runs at most `budget` matches, then raises _OverBudget: bounds a replay's work exactly."""

    def __init__(self, retriever: Any, budget: int) -> None:
        self.retriever = retriever
        self.budget = budget

    def match(self, *args: Any, **kwargs: Any) -> Any:
        """The wrapped retriever's match, while the budget lasts."""
        if self.budget <= 0:
            raise _OverBudget
        self.budget -= 1
        return self.retriever.match(*args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        """Anything else as the wrapped retriever has it: its name index, and graph reads (records, biographies, a count
        question's census), one or two a turn, that the per-turn charge covers."""
        return getattr(self.retriever, name)


def _probes() -> list[Conversation]:
    """Stand-in states (a problem, experts whose names occur in no text) to classify a turn without its history."""
    states = []
    for size in PROBE_SIZES:
        experts = [ExpertMatch(id=f"\x00{i}", name=f"\x00{i}", score=0.0) for i in range(size)]
        states.append(Conversation(problem="\x00", shown=list(experts), last=experts, focus=experts[0]))
    return states


def standalone(turn: str, probes: list[Conversation]) -> bool:
    """Whether the turn reads as a new problem whatever was shown before (not a follow-up, not a refinement such as
    有没有院士？ of the problem discussed): the state after it does not depend on the turns before it."""
    return all((intent := resolve(turn, probe)).kind == "problem" and intent.query is None for probe in probes)


def retrieves(turn: str, probes: list[Conversation], names: Any = None) -> bool:
    """Whether replaying the turn runs retrieval (a problem, 还有别的专家吗, a follow-up naming an expert of the graph:
    他和姚期智是同事吗？), as read after some experts were shown."""
    kind = resolve(turn, probes[-1]).kind
    return kind in ("problem", "more") or kind in ("about", "list") and names is not None and bool(names_in(turn, names))


def replay_starts(turns: list[str], probes: list[Conversation]) -> list[int]:
    """Where a replay of `turns` may start, latest first: each turn that reads as a new problem whatever was shown
    before, then the first turn (before which the state is empty); only starts within REPLAY_MAX_TURNS of the end."""
    first = max(0, len(turns) - REPLAY_MAX_TURNS)
    starts = [i for i in range(len(turns) - 1, first, -1) if standalone(turns[i], probes)]
    return starts + [first] if first == 0 or standalone(turns[first], probes) else starts


def names_in(text: str, names: Any) -> set[str]:
    """The graph's expert names (`names`: retrieval/names.py NameIndex) that `text` holds anywhere, as the chat reads
    a shown expert's name in a turn: a plain substring, no word bounds."""
    return {run[i:i + n] for run in _CJK_RUN.findall(text) for n in (2, 3, 4) for i in range(len(run) - n + 1)
            if names.ids(run[i:i + n])}


def names_shown_before(turn: str, before: list[ChatMessage], names: Any) -> bool:
    """Whether the turn names an expert whom an earlier answer names: the chat reads it as a question about that
    shown expert (赵勇获得过什么奖？), so the state before it still matters."""
    found = names_in(turn, names) if names is not None else set()
    return bool(found) and any(name in m.content for m in before if m.role == "assistant" for name in found)


def _replayed(state: ExpertAnswerer, turns: list[str], checked: bool) -> Conversation | None:
    """The state after `turns`; None when `checked` and the first turn was not read as a problem (王淀佐获得过什么奖？
    is a question about one expert, so the state before it still matters), or was a short turn that matched nothing
    (来点干货: with a list shown, the chat answers it as unclear and keeps the list)."""
    conversation = Conversation()
    for n, turn in enumerate(turns):
        answer = None
        try:
            answer = state.answer(turn, conversation)
        except QueryError:
            pass
        if n == 0 and checked and (conversation.problem is None or answer is not None and answer.match is not None
                                   and not answer.match.related and short_turn(turn)):
            return None
    return conversation


def replay_conversation(answerer: ExpertAnswerer, history: list[ChatMessage], pay: Callable[[int], None] | None = None,
                        budget: int = REPLAY_TURNS) -> Conversation | None:
    """The conversation state of `history`, rebuilt by replaying its user turns through retrieval alone, from the turn
    that set the problem being discussed; None when that needs more than `budget` retrieval runs or REPLAY_MAX_TURNS
    turns. `pay(n)` is called before each attempt with the retrieval runs it is expected to make (the rate limit)."""
    probes = _probes()
    at = [i for i, m in enumerate(history) if m.role == "user" and resolve(m.content, probes[0]).kind != "chat"]
    turns = [history[i].content for i in at]
    names = getattr(answerer.retriever, "names", None)
    retriever = _Budgeted(answerer.retriever, budget)
    state = ExpertAnswerer(retriever, backend=None, top_k=answerer.top_k, guard=False)  # type: ignore[arg-type]
    for start in replay_starts(turns, probes):
        if start > 0 and names_shown_before(turns[start], history[:at[start]], names):
            continue
        window = turns[start:]
        needed = sum(retrieves(turn, probes, names) for turn in window)
        if needed > retriever.budget:  # starts further back only need more
            return None
        if pay is not None:
            pay(needed)
        try:
            conversation = _replayed(state, window, checked=start > 0)
        except _OverBudget:
            return None
        if conversation is not None:
            conversation.messages = list(history)
            return conversation
    return None


def _told(answer: Answer) -> Iterator[str | Answer]:
    """A ready answer as the answerer streams one: its text, then the Answer."""
    yield answer.text
    yield answer


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
    served = tuple(dict.fromkeys((default_model, MODEL_ALIAS)))

    def card(name: str) -> dict[str, Any]:
        return {"id": name, "object": "model", "created": 0, "owned_by": "expertglm"}

    @router.get("/v1/models")
    def models():
        return {"object": "list", "data": [card(name) for name in served]}

    @router.get("/v1/models/{model:path}")
    def model(model: str):  # OpenAI's retrieve-model call: the card, or 404 model_not_found
        return card(served_model(model, served))

    @router.post("/v1/chat/completions")
    def chat_completions(body: ChatCompletionRequest, request: Request):
        model = served_model(body.model, served)
        question, history = _split_messages(body.messages)
        worker = for_request(answerer, body)
        conversation = replay_conversation(worker, history, pay=lambda n: charge(request.scope, n))
        if conversation is None and standalone(question, _probes()):  # a new problem needs no earlier state
            conversation = Conversation(messages=list(history))
        turn = resolve(question, conversation).kind if conversation is not None else "lost"
        lost = Answer(text=LOST_REPLY, backend=worker.backend_name) if conversation is None else None
        completion_id = f"chatcmpl-{uuid.uuid4().hex}"
        created = int(time.time())
        prompt_tokens = sum(rough_tokens(m.text()) + 4 for m in body.messages)

        if not body.stream:
            answer = worker.answer(question, conversation) if conversation is not None else lost
            health.ok()
            cut = Cut(body.stop_list, body.token_limit)
            content = cut.feed(answer.text) + cut.close()
            completion_tokens = rough_tokens(content)
            return json_response({
                "id": completion_id, "object": "chat.completion", "created": created, "model": model,
                "choices": [{"index": 0, "message": {"role": "assistant", "content": content},
                             "finish_reason": cut.reason, "logprobs": None}],
                "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens,
                          "total_tokens": prompt_tokens + completion_tokens},
                "system_fingerprint": None,
                "expertglm": _extension(answer, turn),
            })

        pieces = worker.stream(question, conversation) if conversation is not None else _told(lost)
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
            cut = Cut(body.stop_list, body.token_limit)
            try:
                yield chunk({"role": "assistant", "content": ""})
                piece = first
                while not isinstance(piece, Answer):  # read to the end even when cut: the Answer holds the experts
                    if piece and (out := cut.feed(piece)):
                        text.append(out)
                        yield chunk({"content": out})
                    piece = next(pieces)
                if rest := cut.close():
                    text.append(rest)
                    yield chunk({"content": rest})
                health.ok()
                yield chunk({}, cut.reason, expertglm=_extension(piece, turn))
                if include_usage:
                    completion_tokens = rough_tokens("".join(text))
                    yield sse({"id": completion_id, "object": "chat.completion.chunk", "created": created,
                               "model": model, "choices": [],
                               "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens,
                                         "total_tokens": prompt_tokens + completion_tokens}})
            except Exception as exc:  # noqa: BLE001 - the stream has started: report the error inside it
                if isinstance(exc, ExpertGLMError):  # expected: one line in the log, as the non-stream handler does
                    log.error("error while streaming: %s: %s", type(exc).__name__, exc)
                    if isinstance(exc, BackendError):
                        health.failed(exc)
                    err = from_expertglm(exc)
                    yield sse(error_body(err.message, err.type, err.code))
                else:
                    log.exception("error while streaming", exc_info=exc)
                    yield sse(error_body("internal server error while streaming", "server_error", "stream_error"))
            finally:
                pieces.close()
            yield "data: [DONE]\n\n"

        return StreamingResponse(joined_in_thread(events()), media_type="text/event-stream",
                                 headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})

    return router
