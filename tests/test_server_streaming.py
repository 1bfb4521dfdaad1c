"""Streamed chat text leaves the worker thread joined when it is ready at once, piece by piece when it is slow."""

from __future__ import annotations

import asyncio
import threading

import pytest

from expertglm.server.chat import joined_in_thread


def collect(chunks, stop_after: int | None = None) -> list[str]:
    async def run() -> list[str]:
        out: list[str] = []
        stream = joined_in_thread(chunks)
        async for text in stream:
            out.append(text)
            if stop_after is not None and len(out) >= stop_after:
                await stream.aclose()
                break
        return out

    return asyncio.run(run())


def test_everything_arrives_in_order():
    pieces = [f"data: {n}\n\n" for n in range(500)]
    out = collect(iter(pieces))
    assert "".join(out) == "".join(pieces)
    assert len(out) < len(pieces)  # what was ready together went out together


def test_a_slow_producer_has_each_piece_sent_before_the_next_is_made():
    received = threading.Event()
    seen: list[str] = []

    def slow():
        for n in range(5):
            received.clear()
            yield f"piece {n};"
            assert received.wait(10), "the piece was not sent before the next one was made"

    async def run() -> None:
        async for text in joined_in_thread(slow()):
            seen.append(text)
            received.set()

    asyncio.run(run())
    assert seen == [f"piece {n};" for n in range(5)]


def test_an_error_in_the_producer_reaches_the_consumer():
    def failing():
        yield "first;"
        raise RuntimeError("backend broke")

    with pytest.raises(RuntimeError, match="backend broke"):
        collect(failing())


def test_a_consumer_that_leaves_stops_and_closes_the_producer():
    closed = threading.Event()
    made: list[int] = []
    go_on = threading.Event()

    def endless():
        try:
            n = 0
            while True:
                made.append(n)
                yield f"{n};"
                go_on.wait(0.01)
                n += 1
        finally:
            closed.set()

    assert collect(endless(), stop_after=2)
    assert closed.wait(10)
    count = len(made)
    go_on.wait(0.2)
    assert len(made) == count  # nothing more is produced after the close
