"""Recall@10 of approximate FAISS indexes (HNSW, IVF) against exact search, on REAL USE vectors, with latency.

What it does:

1. embeds real Chinese research texts with the project's USE embedder: the NSFC project titles (and keywords where
   given) of /work/shared/data/nsfc_projects/*.csv (~85k) -- cached in --vectors (default /tmp) so a rerun skips
   this; they are not expert profiles, but real sentences of the same domain and language, embedded by the
   model the index uses;
2. holds out --held-out random texts (default 1,000) as queries, plus the 160 benchmark queries
   (benchmarks/queries/*.jsonl), embedded the same way;
3. for each base size in --sizes (random subsets of the rest, nested): exact top-10 by `IndexFlatIP`, then
   recall@10 (share of the exact top 10 found) and single-query latency (one thread, p50/p95 over all queries) of
   - HNSW as retrieval/faiss_index.py builds it (M=32, efConstruction 40) at efSearch 16..256,
   - IVF-flat (nlist = 4*sqrt(n), trained on the base) at nprobe 4..64,
   and flat itself; build seconds of each index.

Usage: python benchmarks/recall.py [--sizes 10000 40000 80000] [--json]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
NSFC = ROOT.parent / "shared" / "data" / "nsfc_projects"


def nsfc_texts() -> list[str]:
    """Distinct project titles (with keywords where the file has them) of every NSFC CSV."""
    texts = []
    for path in sorted(NSFC.glob("*.csv")):
        with path.open(encoding="utf-8", errors="replace") as fh:
            for row in csv.DictReader(fh):
                title = (row.get("title") or row.get("项目名称") or "").strip().lstrip("0123456789.")
                keywords = (row.get("keywords") or "").strip()
                if title:
                    texts.append(f"{title}；{keywords}" if keywords else title)
    return list(dict.fromkeys(texts))


def embedded(texts: list[str], path: Path) -> np.ndarray:
    from retrieval.use_embedder import USEEmbedder

    if path.exists():
        vectors = np.load(path)
        if len(vectors) == len(texts):
            return vectors
    t = time.perf_counter()
    vectors = USEEmbedder(threads=1).embed(texts)
    print(f"embedded {len(texts)} texts in {time.perf_counter() - t:.0f} s", file=sys.stderr, flush=True)
    np.save(path, vectors)
    return vectors


def recall(found: np.ndarray, exact: np.ndarray) -> float:
    return float(np.mean([len(set(f) & set(e)) / len(e) for f, e in zip(found.tolist(), exact.tolist())]))


def timed_search(index, queries: np.ndarray, k: int = 10) -> tuple[np.ndarray, dict]:
    labels, times = [], []
    for q in queries:
        t = time.perf_counter()
        _, found = index.search(q[None, :], k)
        times.append(time.perf_counter() - t)
        labels.append(found[0])
    ms = np.asarray(times) * 1000
    return np.asarray(labels), {"p50_ms": round(float(np.percentile(ms, 50)), 3),
                                "p95_ms": round(float(np.percentile(ms, 95)), 3)}


def main() -> int:
    import faiss

    from _setup import load_queries
    from retrieval.faiss_index import HNSW_M
    from retrieval.use_embedder import USEEmbedder

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 40_000, 80_000])
    parser.add_argument("--held-out", type=int, default=1000)
    parser.add_argument("--vectors", type=Path, default=Path("/tmp/expertglm-recall-nsfc-use.npy"))
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    faiss.omp_set_num_threads(1)
    texts = nsfc_texts()
    vectors = embedded(texts, args.vectors)
    rng = np.random.default_rng(args.seed)
    order = rng.permutation(len(texts))
    held, rest = order[:args.held_out], order[args.held_out:]
    queries = np.concatenate([vectors[held], USEEmbedder(threads=1).embed(load_queries())]).astype(np.float32)
    results = []
    for size in sorted(s for s in args.sizes if s <= len(rest)):
        base = np.ascontiguousarray(vectors[rest[:size]])
        flat = faiss.IndexFlatIP(base.shape[1])
        flat.add(base)
        exact, flat_time = timed_search(flat, queries)
        row = {"size": size, "queries": len(queries), "flat": flat_time, "hnsw": [], "ivf": []}
        t = time.perf_counter()
        hnsw = faiss.IndexHNSWFlat(base.shape[1], HNSW_M, faiss.METRIC_INNER_PRODUCT)
        hnsw.hnsw.efConstruction = 40
        hnsw.add(base)
        row["hnsw_build_s"] = round(time.perf_counter() - t, 1)
        for ef in (16, 32, 64, 128, 256):
            hnsw.hnsw.efSearch = ef
            found, timing = timed_search(hnsw, queries)
            row["hnsw"].append({"ef_search": ef, "recall_at_10": round(recall(found, exact), 4), **timing})
        nlist = int(4 * np.sqrt(size))
        t = time.perf_counter()
        ivf = faiss.IndexIVFFlat(faiss.IndexFlatIP(base.shape[1]), base.shape[1], nlist, faiss.METRIC_INNER_PRODUCT)
        ivf.train(base)
        ivf.add(base)
        row["ivf_build_s"] = round(time.perf_counter() - t, 1)
        row["ivf_nlist"] = nlist
        for nprobe in (4, 8, 16, 32, 64):
            ivf.nprobe = nprobe
            found, timing = timed_search(ivf, queries)
            row["ivf"].append({"nprobe": nprobe, "recall_at_10": round(recall(found, exact), 4), **timing})
        row["load_1m"] = round(os.getloadavg()[0], 2)
        results.append(row)
        print(json.dumps(row), file=sys.stderr, flush=True)
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    print(f"real USE vectors of {len(texts)} NSFC project texts; {len(queries)} queries "
          f"({args.held_out} held-out texts + {len(queries) - args.held_out} benchmark problems); one thread")
    for r in results:
        print(f"{r['size']} vectors (load {r['load_1m']}): flat p50 {r['flat']['p50_ms']} ms p95 {r['flat']['p95_ms']} ms")
        print(f"  HNSW M={HNSW_M} efConstruction 40, built in {r['hnsw_build_s']} s:")
        for h in r["hnsw"]:
            print(f"    efSearch {h['ef_search']:3d}: recall@10 {h['recall_at_10']:.4f}  p50 {h['p50_ms']} ms  "
                  f"p95 {h['p95_ms']} ms")
        print(f"  IVF-flat nlist {r['ivf_nlist']}, built in {r['ivf_build_s']} s:")
        for v in r["ivf"]:
            print(f"    nprobe {v['nprobe']:3d}: recall@10 {v['recall_at_10']:.4f}  p50 {v['p50_ms']} ms  "
                  f"p95 {v['p95_ms']} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
