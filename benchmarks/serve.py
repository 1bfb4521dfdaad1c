"""Throughput and latency of the HTTP service under concurrent clients, on loopback, with 1 and N workers.

What it does, for each --experts size (default 10,000 and 100,000):

1. builds (or, with --home, reuses) a demo graph of that size and its index (benchmarks/_setup.py `prepare`; above
   --real experts, default 10,000, the later profiles get synthetic vectors: said in the output);
2. for each --workers count (default 1 and 2: the baseline and one per core), starts the real service in a child
   process through `expertglm.server.serve` (what `expertglm serve` runs) with EXPERTGLM_WORKERS set, rate limit
   off, the grounded backend, and waits for /healthz;
3. measures the single-request latency: one client, --single sequential /v1/match requests (after 5 warm-up);
4. for each endpoint -- POST /v1/match `{"query": q, "top_k": 5}`, POST /v1/chat/completions non-streaming and
   streaming (read to `data: [DONE]`) -- runs --concurrency client threads (default 16), each on its own
   keep-alive connection, for --warmup seconds (not counted) and --duration seconds;
5. reports requests/second, latency p50/p95/p99/max, errors (any non-200, a body without the expected content, or
   a transport failure; zero expected), server CPU (all its processes) per request, and the load average.

Every request carries a different problem text (benchmarks/_setup.py `distinct_queries`: a benchmark query plus a
clause of another), so nothing can be answered from a cache. The clients run in this process (threads) on the
same machine as the server: on 2 cores they compete with it for CPU, so these figures understate what a server
with its own cores would do.

Usage: python benchmarks/serve.py [--experts 10000 100000] [--workers 1 2] [--duration 30] [--json]
       python benchmarks/serve.py --experts 2000 --duration 10 --home /tmp/bench-home   (quick; reusable)
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import _setup  # noqa: E402

ENDPOINTS = ("match", "chat", "chat-stream")


def log(message: str) -> None:
    _setup.log("serve-bench", message)


def request(conn: http.client.HTTPConnection, endpoint: str, query: str) -> str | None:
    """Send one request of `endpoint`; None when it succeeded, else what went wrong."""
    if endpoint == "match":
        path, body = "/v1/match", {"query": query, "top_k": 5}
    else:
        path, body = "/v1/chat/completions", {"messages": [{"role": "user", "content": query}],
                                              "stream": endpoint == "chat-stream"}
    conn.request("POST", path, json.dumps(body, ensure_ascii=False).encode(), {"Content-Type": "application/json"})
    response = conn.getresponse()
    payload = response.read()
    expected = {"match": b'"experts"', "chat": b'"choices"', "chat-stream": b"data: [DONE]"}[endpoint]
    if response.status == 200 and expected in payload:
        return None
    return f"HTTP {response.status}: {payload[:200]!r}"


def load(port: int, endpoint: str, queries: list[str], concurrency: int, warmup: float, duration: float):
    """(latencies in s of counted requests, errors, counted wall seconds)."""
    start = time.monotonic()
    count_from, stop = start + warmup, start + warmup + duration
    latencies: list[list[float]] = [[] for _ in range(concurrency)]
    errors: list[list[str]] = [[] for _ in range(concurrency)]
    counter = iter(range(10**9))

    def client(n: int) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        while (now := time.monotonic()) < stop:
            query = queries[next(counter) % len(queries)]
            t = time.perf_counter()
            try:
                problem = request(conn, endpoint, query)
            except (OSError, http.client.HTTPException) as exc:
                problem = f"{type(exc).__name__}: {exc}"
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
            elapsed = time.perf_counter() - t
            if now >= count_from:
                (errors[n].append(problem) if problem else latencies[n].append(elapsed))
        conn.close()

    threads = [threading.Thread(target=client, args=(n,), daemon=True) for n in range(concurrency)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = max(time.monotonic(), stop) - count_from
    return [x for xs in latencies for x in xs], [e for es in errors for e in es], wall


def percentiles(latencies: list[float]) -> dict:
    ms = np.asarray(latencies) * 1000 if latencies else np.asarray([float("nan")])
    return {"p50": round(float(np.percentile(ms, 50)), 1), "p95": round(float(np.percentile(ms, 95)), 1),
            "p99": round(float(np.percentile(ms, 99)), 1), "max": round(float(ms.max()), 1)}


def single(port: int, queries: list[str], n: int) -> dict:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    for q in queries[:5]:
        request(conn, "match", q)
    latencies = []
    for q in queries[5:5 + n]:
        t = time.perf_counter()
        problem = request(conn, "match", q)
        latencies.append(time.perf_counter() - t)
        if problem:
            raise SystemExit(f"single request failed: {problem}")
    conn.close()
    return {"requests": n, **percentiles(latencies), "load_1m": round(os.getloadavg()[0], 2)}


def run_server(home: Path, experts: int, seed: int, workers: int, args, queries: list[str]) -> dict:
    port = _setup.free_port()
    proc = _setup.start_server(home, _setup.graph_name(experts, seed), port, {"EXPERTGLM_WORKERS": str(workers)})
    try:
        _setup.wait_healthy(port, proc)
        time.sleep(1.0 if workers == 1 else 3.0)  # the other workers finish loading
        pids = _setup.process_tree(proc.pid)
        log(f"{experts} experts, {workers} worker(s) up on port {port} (processes {pids})")
        out = {"workers": workers, "single": single(port, queries[-(args.single + 5):], args.single)}
        log(f"  single request: {out['single']}")
        offset = 0
        for endpoint in args.endpoints:
            cpu = _setup.cpu_seconds(_setup.process_tree(proc.pid))
            latencies, errors, wall = load(port, endpoint, queries[offset:], args.concurrency, args.warmup,
                                           args.duration)
            offset += 10_000
            cpu = _setup.cpu_seconds(_setup.process_tree(proc.pid)) - cpu
            row = {"requests": len(latencies), "errors": len(errors), "requests_per_s": round(len(latencies) / wall, 1),
                   **percentiles(latencies),
                   "server_cpu_ms_per_request": round(cpu * 1000 / max(1, len(latencies) + len(errors)), 1),
                   "load_1m": round(os.getloadavg()[0], 2)}
            if errors:
                row["first_errors"] = errors[:3]
            out[endpoint] = row
            log(f"  {endpoint}: {row}")
        out["server_peak_rss_mib"] = {pid: round(_setup.status_mib(pid, "VmHWM")) for pid in _setup.process_tree(proc.pid)}
        return out
    finally:
        proc.terminate()
        try:
            proc.wait(60)
        except Exception:  # noqa: BLE001
            proc.kill()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--experts", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--workers", type=int, nargs="+", default=[1, os.cpu_count() or 1])
    parser.add_argument("--endpoints", nargs="+", choices=ENDPOINTS, default=list(ENDPOINTS))
    parser.add_argument("--duration", type=float, default=30.0, help="measured seconds per endpoint (default 30)")
    parser.add_argument("--warmup", type=float, default=3.0, help="seconds of load before measuring (default 3)")
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--single", type=int, default=100, help="sequential requests for the single latency")
    parser.add_argument("--real", type=int, default=10_000, help="profiles embedded for real; later ones synthetic")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--home", type=Path, help="EXPERTGLM_HOME to build in and keep (default: a temporary one)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    from kg import falkordb_server

    home = args.home or Path(tempfile.mkdtemp(prefix="expertglm-serve-bench-"))
    home.mkdir(parents=True, exist_ok=True)
    queries = _setup.distinct_queries(25_000, args.seed)
    results = []
    falkordb_server.start(home)
    try:
        for experts in args.experts:
            info = _setup.prepare(home, experts, args.seed, args.real, "serve-bench")
            for workers in args.workers:
                results.append({**info, **run_server(home, experts, args.seed, workers, args, queries)})
    finally:
        falkordb_server.stop(home)
        if args.home is None:
            shutil.rmtree(home, ignore_errors=True)
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
    else:
        print(f"{args.concurrency} concurrent clients, {args.duration:.0f} s per endpoint, distinct queries, "
              f"{os.cpu_count()} CPUs shared by clients, server and graph")
        for r in results:
            synthetic = f", {r['synthetic_vectors']} synthetic vectors" if r.get("synthetic_vectors") else ""
            s = r["single"]
            print(f"{r['experts']} experts{synthetic}, {r['workers']} worker(s): single /v1/match p50 {s['p50']} ms "
                  f"p95 {s['p95']} ms (load {s['load_1m']})")
            for endpoint in args.endpoints:
                e = r[endpoint]
                print(f"  {endpoint:12s} {e['requests_per_s']:7.1f} req/s  p50 {e['p50']:6.1f}  p95 {e['p95']:6.1f}  "
                      f"p99 {e['p99']:6.1f}  max {e['max']:7.1f} ms  errors {e['errors']}  "
                      f"server CPU {e['server_cpu_ms_per_request']} ms/req  load {e['load_1m']}")
            print(f"  peak RSS MiB per server process: {r['server_peak_rss_mib']}")
    return 1 if any(r[e]["errors"] for r in results for e in args.endpoints) else 0


if __name__ == "__main__":
    sys.exit(main())
