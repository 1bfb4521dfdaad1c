"""Ingest throughput into the embedded FalkorDB, against the raw engine's own rate in the same run.

Prints experts/second for `expertglm ingest` (a fresh process, so start-up is included), for a re-run of the
same file (idempotent: nothing to write), and for a bare UNWIND MERGE script through the `falkordb` client,
plus the ingest process's peak memory.  Usage: python benchmarks/ingest.py [--sizes 10000 100000]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from falkordb import FalkorDB

from kg import falkordb_server
from kg.demo import write_demo_data

RAW_UPSERT = """
UNWIND $rows AS r
MERGE (e:Expert {id: r.id})
SET e.name = r.name, e.title = r.title, e.bio = r.bio
MERGE (i:Institution {key: r.institution})
MERGE (e)-[:AFFILIATED_WITH]->(i)
FOREACH (f IN r.fields | MERGE (n:Field {key: f}) MERGE (e)-[:IN_FIELD]->(n))
FOREACH (d IN r.directions | MERGE (n:Direction {key: d}) MERGE (e)-[:WORKS_ON]->(n))
FOREACH (a IN r.awards | MERGE (n:Award {key: a}) MERGE (e)-[:RECEIVED]->(n))
"""


def run_cli(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds and peak RSS (MiB) of one `expertglm` process."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "expertglm", *args], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"expertglm {' '.join(args)} failed")
    return elapsed, usage.ru_maxrss / 1024


def raw_rate(info: falkordb_server.ServerInfo, path: Path, batch: int = 2000) -> float:
    """Experts/second of a bare UNWIND MERGE script (with an index per key, as the project has)."""
    graph = FalkorDB(host=info.host, port=info.port, password=info.password).select_graph("raw")
    for label, prop in (("Expert", "id"), ("Institution", "key"), ("Field", "key"), ("Direction", "key"),
                        ("Award", "key")):
        graph.query(f"CREATE INDEX FOR (n:{label}) ON (n.{prop})")
    rows = []
    for line in path.open(encoding="utf-8"):
        r = json.loads(line)
        rows.append({"id": r["id"], "name": r["name"], "title": r.get("title"), "bio": r.get("bio"),
                     "institution": r.get("institution") or "", "fields": r["fields"],
                     "directions": [d["name"] for d in r["directions"]], "awards": [a["name"] for a in r["awards"]]})
    start = time.perf_counter()
    for i in range(0, len(rows), batch):
        graph.query(RAW_UPSERT, {"rows": rows[i:i + batch]})
    return len(rows) / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    args = parser.parse_args()
    print(f"{'experts':>8} {'ingest/s':>10} {'re-run/s':>10} {'raw/s':>10} {'ratio':>6} {'peak MiB':>9}")
    for n in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            home = Path(tmp) / "home"
            data = Path(tmp) / "experts.jsonl"
            write_demo_data(data, n, seed=1)
            env = {**os.environ, "EXPERTGLM_HOME": str(home), "EXPERTGLM_GRAPH": "bench"}
            env.pop("NEO4J_URI", None)
            info = falkordb_server.start(home)
            try:
                seconds, peak = run_cli(["ingest", str(data), "--no-progress"], env)
                rerun, _ = run_cli(["ingest", str(data), "--no-progress"], env)
                raw = raw_rate(info, data)
            finally:
                falkordb_server.stop(home)
        rate = n / seconds
        print(f"{n:>8} {rate:>10.0f} {n / rerun:>10.0f} {raw:>10.0f} {raw / rate:>6.2f} {peak:>9.0f}")


if __name__ == "__main__":
    main()
