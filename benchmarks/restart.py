"""Restart time of the embedded graph after a clean stop and after `kill -9`, with every expert counted back.

For each size: ingest N demo experts (the store snapshots at the end), then time `start` after `kill -9` of the
server, after a clean `stop`, and after `kill -9` of the server halfway through an ingest of a second graph (which a
re-run then completes). Goal: every restart <= 20 s with all experts back.
Usage: python benchmarks/restart.py [--sizes 100000 1000000] [--no-interrupted] [--dir FOLDER]
"""

from __future__ import annotations

import argparse
import os
import signal
import tempfile
import threading
import time
from pathlib import Path

import redis

from kg import falkordb_server
from kg.connect import StoreSettings, open_store
from kg.demo import write_demo_data
from kg.ingest import ingest
from kg.readers import read_records


def count(home: Path, graph: str) -> int:
    """Experts in `graph` (0 when the graph does not exist)."""
    with open_store(StoreSettings(home=home, graph=graph), ensure_schema=False) as store:
        try:
            return store.read("MATCH (e:Expert) RETURN count(e)").value()
        except Exception:  # noqa: BLE001 (a graph the crash took back to nothing)
            return 0


def timed(fn, *args, **kwargs) -> tuple[float, object]:
    began = time.perf_counter()
    result = fn(*args, **kwargs)
    return time.perf_counter() - began, result


def server_memory(info: falkordb_server.ServerInfo) -> str:
    client = redis.Redis(host=info.host, port=info.port, password=info.password)
    try:
        return client.info("memory")["used_memory_rss_human"]
    finally:
        client.close()


def run(n: int, tmp: Path, interrupted: bool = True) -> None:
    data = tmp / f"experts-{n}.jsonl"
    write_demo_data(data, n, seed=1)
    home = tmp / f"home-{n}"
    info = falkordb_server.start(home)
    seconds, summary = timed(lambda: _ingest(home, "g", data))
    dump = home / "falkordb" / "data" / "dump.rdb"
    print(f"{n:>8} ingest {seconds:7.1f} s ({summary}); snapshot {dump.stat().st_size / 2**20:.0f} MiB; "
          f"server RSS {server_memory(info)}", flush=True)
    snap, _ = timed(falkordb_server.snapshot, home)
    print(f"{n:>8} one more snapshot (BGSAVE, waited for): {snap:.2f} s", flush=True)

    os.kill(info.pid, signal.SIGKILL)
    took, info = timed(falkordb_server.start, home, progress=print)
    print(f"{n:>8} start after kill -9 of the server: {took:6.2f} s, experts back {count(home, 'g')}/{n}", flush=True)

    stop, _ = timed(falkordb_server.stop, home)
    took, info = timed(falkordb_server.start, home, progress=print)
    print(f"{n:>8} clean stop {stop:.2f} s; start: {took:6.2f} s, experts back {count(home, 'g')}/{n}", flush=True)

    if not interrupted:
        falkordb_server.stop(home)
        return
    # kill -9 of the server halfway through an ingest of a second graph; a re-run completes it.
    worker = threading.Thread(target=lambda: _try_ingest(home, "g2", data))
    worker.start()
    time.sleep(seconds / 2)
    os.kill(info.pid, signal.SIGKILL)
    worker.join()
    took, info = timed(falkordb_server.start, home, progress=print)
    print(f"{n:>8} start after kill -9 mid-ingest: {took:6.2f} s, experts back {count(home, 'g')}/{n}, "
          f"second graph kept {count(home, 'g2')} (whole batches of the last periodic snapshot)", flush=True)
    rerun, summary = timed(lambda: _ingest(home, "g2", data))
    print(f"{n:>8} re-run of the interrupted ingest: {rerun:.1f} s ({summary}); second graph now "
          f"{count(home, 'g2')}/{n}", flush=True)
    falkordb_server.stop(home)


def _ingest(home: Path, graph: str, data: Path):
    with open_store(StoreSettings(home=home, graph=graph)) as store:
        return ingest(store, read_records(data))


def _try_ingest(home: Path, graph: str, data: Path) -> None:
    try:
        _ingest(home, graph, data)
    except Exception as exc:  # noqa: BLE001 (the kill is expected to break it)
        print(f"         interrupted ingest: {type(exc).__name__}: {exc}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000])
    parser.add_argument("--no-interrupted", action="store_true", help="skip the kill -9 halfway through an ingest")
    parser.add_argument("--dir", type=Path, default=None, help="work folder (default: a temporary one)")
    args = parser.parse_args()
    for n in args.sizes:
        if args.dir:
            args.dir.mkdir(parents=True, exist_ok=True)
            run(n, args.dir, not args.no_interrupted)
        else:
            with tempfile.TemporaryDirectory() as tmp:
                run(n, Path(tmp), not args.no_interrupted)


if __name__ == "__main__":
    main()
