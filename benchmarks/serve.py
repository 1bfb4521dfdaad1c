"""Throughput and latency of the HTTP service under concurrent clients, on loopback, with 1 and N workers.

What it does, for each --experts size (default 10,000 and 100,000):

1. builds (or, with --home, reuses) a demo graph of that size and its index (benchmarks/_setup.py `prepare`; above
   --real experts, default 10,000, the later profiles get synthetic vectors: said in the output);
2. for each --workers count (default 1 and 2: the baseline and one per core), starts the real service in a child
   process through `expertglm.server.serve` (what `expertglm serve` runs) with EXPERTGLM_WORKERS set, rate limit
   off, the grounded backend, and waits for /healthz;
3. measures the single-request latency: one client, --single sequential /v1/match requests (after 5 warm-up);
4. for each endpoint -- POST /v1/match `{"query": q, "top_k": 5}`, POST /v1/chat/completions non-streaming and
   streaming (read to `data: [DONE]`) -- runs --concurrency clients (default 16), each on its own keep-alive
   connection, for --warmup seconds (not counted) and --duration seconds;
5. reports requests/second, latency p50/p95/p99/max, errors (any non-200, a body without the expected content, or
   a transport failure; zero expected), CPU per request of the server (all its processes), of the graph server
   (FalkorDB) and of the load generator, the load generator's share of the CPU this benchmark used, how busy the
   whole machine was (other people's jobs included) and the load average.

The load generator (--client): `wrk` (benchmarks/serve.lua) when it is installed, else Python threads in this
process; the output says which. Clients, server and graph share the same cores, so whatever the clients use is
taken from the server; measured at 10k on 2 cores, wrk used 0.1 ms of CPU per /v1/match and the Python threads
0.3 ms (1% and 3% of the CPU the benchmark used), so either way the server's own cost decides the throughput.

Every request carries a different problem text (benchmarks/_setup.py `distinct_queries`: a benchmark query plus a
clause of another; warm-up, measurement and each endpoint get their own), so nothing can be answered from a
cache; a run of more requests than its texts would repeat some, and the output says how many.

Usage: python benchmarks/serve.py [--experts 10000 100000] [--workers 1 2] [--duration 30] [--json]
       python benchmarks/serve.py --experts 2000 --duration 10 --home /tmp/bench-home   (quick; reusable)
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import shutil
import subprocess
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
TEXTS_PER_ENDPOINT = 8_000  # distinct problem texts per endpoint run (warm-up and measurement); 3 runs fit in 25k
WARMUP_TEXTS = 1_000  # of them, wrk's warm-up run uses the first ones
EXPECTED = {"match": '"experts"', "chat": '"choices"', "chat-stream": "data: [DONE]"}
WRK_SCRIPT = Path(__file__).with_name("serve.lua")


def log(message: str) -> None:
    _setup.log("serve-bench", message)


def body_of(endpoint: str, query: str) -> tuple[str, dict]:
    """(path, JSON body) of one request of `endpoint` about `query`."""
    if endpoint == "match":
        return "/v1/match", {"query": query, "top_k": 5}
    return "/v1/chat/completions", {"messages": [{"role": "user", "content": query}],
                                    "stream": endpoint == "chat-stream"}


def request(conn: http.client.HTTPConnection, endpoint: str, query: str) -> str | None:
    """Send one request of `endpoint`; None when it succeeded, else what went wrong."""
    path, body = body_of(endpoint, query)
    conn.request("POST", path, json.dumps(body, ensure_ascii=False).encode(), {"Content-Type": "application/json"})
    response = conn.getresponse()
    payload = response.read()
    if response.status == 200 and EXPECTED[endpoint].encode() in payload:
        return None
    return f"HTTP {response.status}: {payload[:200]!r}"


def python_load(port: int, endpoint: str, queries: list[str], concurrency: int, duration: float) -> dict:
    """Python client threads for `duration` seconds: requests, errors, latency percentiles, wall, client CPU."""
    count_from = time.monotonic()
    stop = count_from + duration
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

    cpu = time.process_time()
    threads = [threading.Thread(target=client, args=(n,), daemon=True) for n in range(concurrency)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = max(time.monotonic(), stop) - count_from
    done = [x for xs in latencies for x in xs]
    failed = [e for es in errors for e in es]
    return {"requests": len(done), "errors": len(failed), "wall": wall, **percentiles(done),
            "client_cpu": time.process_time() - cpu, "first_errors": failed[:3],
            "repeated_texts": max(0, next(counter) - len(queries))}


def wrk_run(port: int, endpoint: str, queries: list[str], concurrency: int, seconds: float, tmp: Path) -> dict:
    """One wrk run of `seconds` (benchmarks/serve.lua): its counts and latency percentiles, and wrk's CPU seconds."""
    path, _ = body_of(endpoint, "")
    bodies = tmp / f"bodies-{endpoint}.jsonl"
    with bodies.open("w", encoding="utf-8") as fh:
        for q in queries:
            fh.write(json.dumps(body_of(endpoint, q)[1], ensure_ascii=False) + "\n")
    threads = min(2, concurrency)
    env = {**os.environ, "BODIES": str(bodies), "PATH_": path, "EXPECT": EXPECTED[endpoint], "THREADS": str(threads)}
    proc = subprocess.Popen(["wrk", f"-t{threads}", f"-c{concurrency}", f"-d{max(1, round(seconds))}s",
                             "--timeout", "120s", "-s", str(WRK_SCRIPT), f"http://127.0.0.1:{port}"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True)
    before = children_cpu()
    out, err = proc.communicate()
    client_cpu = children_cpu() - before  # wrk's own CPU (it was waited for by communicate)
    lines = [line for line in out.splitlines() if line.startswith("{")]
    if proc.returncode != 0 or not lines:
        raise SystemExit(f"wrk failed ({proc.returncode}): {err.strip() or out.strip()}")
    r = json.loads(lines[-1])
    return {**r, "client_cpu": client_cpu}


def wrk_load(port: int, endpoint: str, queries: list[str], concurrency: int, duration: float) -> dict:
    """wrk for `duration` seconds: requests, errors, latency percentiles, wall, client CPU."""
    with tempfile.TemporaryDirectory(prefix="serve-bench-wrk-") as tmp:
        r = wrk_run(port, endpoint, queries, concurrency, duration, Path(tmp))
    transport = r["connect"] + r["read"] + r["write"] + r["timeout"]
    return {"requests": r["requests"] - r["bad"], "errors": r["bad"] + transport, "wall": r["duration_us"] / 1e6,
            "p50": round(r["p50_us"] / 1000, 1), "p95": round(r["p95_us"] / 1000, 1),
            "p99": round(r["p99_us"] / 1000, 1), "max": round(r["max_us"] / 1000, 1), "client_cpu": r["client_cpu"],
            "first_errors": ([r["first_bad"]] if r["first_bad"] else []) +
                            ([f"{transport} transport errors (connect/read/write/timeout)"] if transport else []),
            "repeated_texts": max(0, r["requests"] - len(queries))}


def children_cpu() -> float:
    """CPU seconds of this process's waited-for children."""
    usage = os.times()
    return usage.children_user + usage.children_system


def machine_busy() -> tuple[float, float]:
    """(busy, total) jiffies of all CPUs since boot, from /proc/stat."""
    fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = fields[3] + fields[4]  # idle + iowait
    total = sum(fields[:8])
    return total - idle, total


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


def run_server(home: Path, experts: int, seed: int, workers: int, args, queries: list[str], graph_pid: int) -> dict:
    port = _setup.free_port()
    proc = _setup.start_server(home, _setup.graph_name(experts, seed), port, {"EXPERTGLM_WORKERS": str(workers)})
    try:
        _setup.wait_healthy(port, proc)
        time.sleep(1.0 if workers == 1 else 3.0)  # the other workers finish loading
        pids = _setup.process_tree(proc.pid)
        log(f"{experts} experts, {workers} worker(s) up on port {port} (processes {pids})")
        out = {"workers": workers, "client": args.client,
               "single": single(port, queries[-(args.single + 5):], args.single)}
        log(f"  single request: {out['single']}")
        load = wrk_load if args.client == "wrk" else python_load
        for n, endpoint in enumerate(args.endpoints):
            texts = queries[n * TEXTS_PER_ENDPOINT:(n + 1) * TEXTS_PER_ENDPOINT]  # each endpoint its own
            if args.warmup > 0:  # not counted, on texts of its own
                load(port, endpoint, texts[:WARMUP_TEXTS], args.concurrency, args.warmup)
            server, graph = _setup.cpu_seconds(_setup.process_tree(proc.pid)), _setup.cpu_seconds([graph_pid])
            busy0, total0 = machine_busy()
            r = load(port, endpoint, texts[WARMUP_TEXTS:], args.concurrency, args.duration)
            busy1, total1 = machine_busy()
            server = _setup.cpu_seconds(_setup.process_tree(proc.pid)) - server
            graph = _setup.cpu_seconds([graph_pid]) - graph
            n_req = max(1, r["requests"] + r["errors"])
            ours = server + graph + r["client_cpu"]
            machine = (busy1 - busy0) / max(1, total1 - total0)  # share of all CPUs busy, anyone's work
            row = {"requests": r["requests"], "errors": r["errors"], "requests_per_s": round(r["requests"] / r["wall"], 1),
                   **{k: r[k] for k in ("p50", "p95", "p99", "max")},
                   "server_cpu_ms_per_request": round(server * 1000 / n_req, 2),
                   "graph_cpu_ms_per_request": round(graph * 1000 / n_req, 2),
                   "client_cpu_ms_per_request": round(r["client_cpu"] * 1000 / n_req, 2),
                   "client_cpu_share": round(r["client_cpu"] / ours, 3) if ours > 0 else None,
                   "machine_busy": round(machine, 3),
                   "others_cpus": round(max(0.0, machine * (os.cpu_count() or 1) - ours / r["wall"]), 2),
                   "repeated_texts": r["repeated_texts"], "load_1m": round(os.getloadavg()[0], 2)}
            if r["first_errors"]:
                row["first_errors"] = r["first_errors"]
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
    parser.add_argument("--client", choices=("auto", "wrk", "python"), default="auto",
                        help="load generator: wrk when installed (auto), or Python threads")
    parser.add_argument("--single", type=int, default=100, help="sequential requests for the single latency")
    parser.add_argument("--real", type=int, default=10_000, help="profiles embedded for real; later ones synthetic")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--home", type=Path, help="EXPERTGLM_HOME to build in and keep (default: a temporary one)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if args.client == "auto":
        args.client = "wrk" if shutil.which("wrk") else "python"
    elif args.client == "wrk" and not shutil.which("wrk"):
        raise SystemExit("--client wrk: wrk is not installed (e.g. apt-get install wrk)")
    log(f"load generator: {args.client}" + ("" if args.client == "wrk" else " (wrk not installed)" if
                                             not shutil.which("wrk") else ""))

    from kg import falkordb_server

    home = args.home or Path(tempfile.mkdtemp(prefix="expertglm-serve-bench-"))
    home.mkdir(parents=True, exist_ok=True)
    queries = _setup.distinct_queries(TEXTS_PER_ENDPOINT * len(ENDPOINTS) + args.single + 5, args.seed)
    results = []
    graph = falkordb_server.start(home)
    try:
        for experts in args.experts:
            info = _setup.prepare(home, experts, args.seed, args.real, "serve-bench")
            for workers in args.workers:
                results.append({**info, **run_server(home, experts, args.seed, workers, args, queries, graph.pid)})
    finally:
        falkordb_server.stop(home)
        if args.home is None:
            shutil.rmtree(home, ignore_errors=True)
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
    else:
        print(f"{args.concurrency} concurrent clients ({args.client}), {args.duration:.0f} s per endpoint, distinct "
              f"queries, {os.cpu_count()} CPUs shared by clients, server, graph and anyone else's jobs")
        for r in results:
            synthetic = f", {r['synthetic_vectors']} synthetic vectors" if r.get("synthetic_vectors") else ""
            s = r["single"]
            print(f"{r['experts']} experts{synthetic}, {r['workers']} worker(s): single /v1/match p50 {s['p50']} ms "
                  f"p95 {s['p95']} ms (load {s['load_1m']})")
            for endpoint in args.endpoints:
                e = r[endpoint]
                repeated = f"  {e['repeated_texts']} repeated texts" if e["repeated_texts"] else ""
                print(f"  {endpoint:12s} {e['requests_per_s']:7.1f} req/s  p50 {e['p50']:6.1f}  p95 {e['p95']:6.1f}  "
                      f"p99 {e['p99']:6.1f}  max {e['max']:7.1f} ms  errors {e['errors']}{repeated}")
                print(f"  {'':12s} CPU ms/req: server {e['server_cpu_ms_per_request']}, graph "
                      f"{e['graph_cpu_ms_per_request']}, client {e['client_cpu_ms_per_request']} (client "
                      f"{100 * (e['client_cpu_share'] or 0):.0f}% of ours); machine {100 * e['machine_busy']:.0f}% "
                      f"busy, others' jobs ~{e['others_cpus']} CPUs; load {e['load_1m']}")
            print(f"  peak RSS MiB per server process: {r['server_peak_rss_mib']}")
    return 1 if any(r[e]["errors"] for r in results for e in args.endpoints) else 0


if __name__ == "__main__":
    sys.exit(main())
