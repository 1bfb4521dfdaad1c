"""Ingest time against the bare engine in the same run, for a first load and for a re-run of the same file.

Ours: `kg.ingest.ingest` over `kg.readers.read_records` (what `expertglm ingest` runs: reading, validation,
identity resolution, digests, provenance), timed from the file on disk.  Baseline: a bare UNWIND MERGE script
through the `falkordb` client writing the same nodes, relationships, PART_OF links, award years and sources from
rows parsed before the clock starts (so it is timed on engine work alone).  Both go to their own graph on one
embedded server, each with an index per key; the script checks that both graphs end up with the same node and
relationship counts.  With --cli ours runs as an `expertglm ingest` process (start-up included).

Wall time on a shared machine moves with other load, so each side's CPU seconds are printed too: this process's
CPU time (all threads: reading, validation, client-side parameter text) plus the server's (INFO cpu, all threads);
the CPU ratio is the load-independent figure.  --cli reports wall time only.

Usage: python benchmarks/ingest.py [--sizes 10000 100000] [--repeat 1] [--cli]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from falkordb import FalkorDB

from kg import falkordb_server
from kg.connect import StoreSettings, open_store
from kg.demo import write_demo_data
from kg.ingest import ingest
from kg.readers import read_records
from kg.schema import describe

RAW_UPSERT = """
UNWIND $rows AS r
MERGE (e:Expert {id: r.id})
SET e.name = r.name, e.title = r.title, e.bio = r.bio, e.source = [r.source]
FOREACH (inst IN CASE WHEN r.institution IS NULL THEN [] ELSE [r.institution] END |
  MERGE (i:Institution {key: inst}) ON CREATE SET i.name = inst
  MERGE (e)-[:AFFILIATED_WITH]->(i))
FOREACH (f IN r.fields | MERGE (n:Field {key: f}) ON CREATE SET n.name = f MERGE (e)-[:IN_FIELD]->(n))
FOREACH (d IN r.directions |
  MERGE (n:Direction {key: d.name}) ON CREATE SET n.name = d.name
  MERGE (e)-[:WORKS_ON]->(n)
  FOREACH (pf IN CASE WHEN d.field IS NULL THEN [] ELSE [d.field] END |
    MERGE (p:Field {key: pf}) ON CREATE SET p.name = pf
    MERGE (n)-[:PART_OF]->(p)))
FOREACH (a IN r.awards |
  MERGE (n:Award {key: a.name}) ON CREATE SET n.name = a.name
  MERGE (e)-[x:RECEIVED]->(n) SET x.year = a.year)
"""


def raw_rows(path: Path) -> list[dict]:
    """The file's records as the bare script sends them (the demo data is already clean and keyed by name)."""
    return [json.loads(line) for line in path.open(encoding="utf-8")]


def server_cpu(info: falkordb_server.ServerInfo) -> float:
    """CPU seconds the server has used so far (user + system, all its threads)."""
    cpu = FalkorDB(host=info.host, port=info.port, password=info.password).connection.info("cpu")
    return float(cpu["used_cpu_user"]) + float(cpu["used_cpu_sys"])


def timed(info: falkordb_server.ServerInfo, work) -> tuple[float, float, object]:
    """(wall seconds, CPU seconds of this process + the server, result) of `work()`."""
    cpu0, srv0, wall0 = time.process_time(), server_cpu(info), time.perf_counter()
    result = work()
    wall = time.perf_counter() - wall0
    return wall, time.process_time() - cpu0 + server_cpu(info) - srv0, result


def raw_load(info: falkordb_server.ServerInfo, graph: str, rows: list[dict], batch: int = 2000) -> tuple[float, float]:
    """Wall and CPU seconds for the bare UNWIND MERGE script to write all rows (indexes created beforehand)."""
    g = FalkorDB(host=info.host, port=info.port, password=info.password).select_graph(graph)
    g.query("RETURN 1")
    existing = {row[0] for row in g.ro_query("CALL db.indexes()").result_set}
    for label, prop in (("Expert", "id"), ("Institution", "key"), ("Field", "key"), ("Direction", "key"),
                        ("Award", "key")):
        if label not in existing:
            g.query(f"CREATE INDEX FOR (n:{label}) ON (n.{prop})")

    def run() -> None:
        for i in range(0, len(rows), batch):
            g.query(RAW_UPSERT, {"rows": rows[i:i + batch]})

    wall, cpu, _ = timed(info, run)
    return wall, cpu


def ours(info: falkordb_server.ServerInfo, home: Path, graph: str, data: Path, cli: bool) -> tuple[float, float, str]:
    """Wall seconds, CPU seconds (nan with --cli) and summary of one ingest of the file into `graph`."""
    if cli:
        env = {**os.environ, "EXPERTGLM_HOME": str(home), "EXPERTGLM_GRAPH": graph}
        env.pop("NEO4J_URI", None)
        start = time.perf_counter()
        proc = subprocess.run([sys.executable, "-m", "expertglm", "ingest", str(data), "--no-progress"], env=env,
                              capture_output=True, text=True)
        seconds = time.perf_counter() - start
        if proc.returncode != 0:
            raise SystemExit(f"expertglm ingest failed: {proc.stderr.strip()[-500:]}")
        return seconds, float("nan"), proc.stdout.strip().splitlines()[-1]

    def run() -> str:
        with open_store(StoreSettings(home=home, graph=graph)) as store:
            return str(ingest(store, read_records(data)))

    return timed(info, run)


def shape(home: Path, graph: str) -> tuple[dict, dict]:
    with open_store(StoreSettings(home=home, graph=graph), ensure_schema=False) as store:
        counts = describe(store)
    return counts.labels, counts.relationships


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--repeat", type=int, default=1, help="fresh graphs per size, each reported")
    parser.add_argument("--cli", action="store_true", help="run ours as an `expertglm ingest` process")
    args = parser.parse_args()
    print(f"{'experts':>8} {'run':>4} {'load':>6} {'ours s':>8} {'bare s':>8} {'ratio':>6} {'ours/s':>8} "
          f"{'bare/s':>8} {'ours cpu':>9} {'bare cpu':>9} {'cpu ratio':>9}  summary")
    for n in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            home = Path(tmp) / "home"
            data = Path(tmp) / "experts.jsonl"
            write_demo_data(data, n, seed=1)
            rows = raw_rows(data)
            info = falkordb_server.start(home)
            try:
                for rep in range(args.repeat):
                    mine, bare = f"ours{rep}", f"bare{rep}"
                    for load in ("first", "re-run"):
                        bare_s, bare_cpu = raw_load(info, bare, rows)
                        ours_s, ours_cpu, summary = ours(info, home, mine, data, args.cli)
                        print(f"{n:>8} {rep:>4} {load:>6} {ours_s:>8.2f} {bare_s:>8.2f} {ours_s / bare_s:>6.2f} "
                              f"{n / ours_s:>8.0f} {n / bare_s:>8.0f} {ours_cpu:>9.2f} {bare_cpu:>9.2f} "
                              f"{ours_cpu / bare_cpu:>9.2f}  {summary}", flush=True)
                    same = shape(home, mine) == shape(home, bare)
                    print(f"{'':>8} {rep:>4} graphs have the same node and relationship counts: {same}"
                          + ("" if same else f"\n  ours {shape(home, mine)}\n  bare {shape(home, bare)}"))
            finally:
                falkordb_server.stop(home)
    if not args.cli:
        print(f"peak RSS of this process (ours in-process): {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
