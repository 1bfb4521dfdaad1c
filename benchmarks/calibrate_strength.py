"""Fit the match-strength calibration (retrieval/strength.json) on the DEV demo queries; report it on TEST.

Usage: EXPERTGLM_HOME=/tmp/x python benchmarks/calibrate_strength.py [--experts 10000] [--seed 42]
Loads the quickstart demo graph (10,000 experts, seed 42) into the current EXPERTGLM_HOME / EXPERTGLM_GRAPH when
it is empty, indexes it, ranks every query, and labels each of the top `--depth` experts relevant (1) or not (0)
by the benchmark's rule (an expert on one of the query's relevant directions). A logistic model of
retrieval.presentation.features -> P(relevant) is fitted by Newton's method (L2 1e-3) on demo-dev.jsonl only; the
held-out demo-test.jsonl gives the reported Brier score, log loss, expected calibration error and band precision.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
from pathlib import Path

import numpy as np

from evaluation.retrieval import judged_queries, load_queries
from expertglm import runtime
from expertglm.config import Settings
from kg import cypher
from retrieval.presentation import FEATURES, STRENGTH_FILE, Calibration, band, features, fit_logistic, probability

ROOT = Path(__file__).resolve().parents[1]
QUERIES = ROOT / "benchmarks" / "queries"


def ensure_graph(settings: Settings, store, experts: int, seed: int) -> None:
    """Load and index the quickstart demo graph when the graph is empty."""
    from kg.demo import write_demo_data
    from kg.ingest import ingest
    from kg.readers import read_records

    if int(store.read(cypher.EXPERT_COUNT).value(0) or 0) == 0:
        data = settings.home / "demo" / f"experts-{experts}-seed{seed}.jsonl"
        data.parent.mkdir(parents=True, exist_ok=True)
        if not data.exists():
            write_demo_data(data, experts, seed)
        print("ingest:", ingest(store, read_records(data)))
    print("index:", runtime.sync_index(settings, store))


def samples(retriever, store, path: Path, depth: int) -> tuple[np.ndarray, np.ndarray]:
    """Feature rows and 0/1 labels of the top `depth` experts of every judged query in `path`."""
    queries = load_queries(path)
    qrels = judged_queries(store, queries)
    fusion = retriever.fusion
    weights = {name: fusion.weights.get(name, 1.0) for name in fusion.retrievers}
    xs, ys = [], []
    for q in queries:
        relevant = qrels.get(q.id, {})
        if not relevant:
            continue
        ranked, _ = retriever.rank(q.query)
        for e in ranked[:depth]:
            xs.append(features(e.score, weights, fusion.rrf_k))
            ys.append(1.0 if relevant.get(e.id, 0) > 0 else 0.0)
    return np.array(xs, dtype=float), np.array(ys, dtype=float)


def metrics(cal: Calibration, x: np.ndarray, y: np.ndarray) -> dict:
    """Brier score, log loss, 10-bin expected calibration error and the precision of each band."""
    p = np.array([probability(cal, row) for row in x])
    eps = 1e-12
    bins = np.minimum((p * 10).astype(int), 9)
    ece = sum(abs(p[bins == b].mean() - y[bins == b].mean()) * (bins == b).sum() for b in range(10)
              if (bins == b).any()) / len(y)
    labels = np.array([band(cal, v) for v in p])
    bands = {name: {"n": int((labels == name).sum()),
                    "precision": round(float(y[labels == name].mean()), 3) if (labels == name).any() else None}
             for name in ("高", "中", "低")}
    return {"n": int(len(y)), "base_rate": round(float(y.mean()), 3),
            "brier": round(float(((p - y) ** 2).mean()), 4),
            "log_loss": round(float(-(y * np.log(p + eps) + (1 - y) * np.log(1 - p + eps)).mean()), 4),
            "ece": round(float(ece), 4), "bands": bands}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--experts", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--depth", type=int, default=10)
    parser.add_argument("--high", type=float, default=0.6, help="P(relevant) from which a match is 高")
    parser.add_argument("--medium", type=float, default=0.3, help="P(relevant) from which a match is 中")
    parser.add_argument("--out", type=Path, default=STRENGTH_FILE)
    args = parser.parse_args()
    settings = Settings.from_env()
    with runtime.open_store(settings) as store:
        ensure_graph(settings, store, args.experts, args.seed)
        retriever, warning = runtime.retriever(settings, store)
        if warning:
            print("warning:", warning)
        x_dev, y_dev = samples(retriever, store, QUERIES / "demo-dev.jsonl", args.depth)
        x_test, y_test = samples(retriever, store, QUERIES / "demo-test.jsonl", args.depth)
        fusion = {"weights": dict(retriever.fusion.weights), "rrf_k": retriever.fusion.rrf_k}
    w = fit_logistic(x_dev, y_dev)
    cal = Calibration(tuple(float(v) for v in w), args.high, args.medium)
    report = {
        "model": "P(relevant) = 1 / (1 + exp(-(sum of coefficient * feature)))",
        "features": {
            "bias": "1",
            "fused_share": "fused RRF score / best possible (sum of weights / (rrf_k + 1)), clipped to [0, 1]",
        },
        "coefficients": {name: round(float(v), 6) for name, v in zip(FEATURES, w)},
        "bands": {"high": args.high, "medium": args.medium},
        "how": {
            "script": "benchmarks/calibrate_strength.py",
            "fitted_on": "benchmarks/queries/demo-dev.jsonl (dev split only)",
            "reported_on": "benchmarks/queries/demo-test.jsonl (never used for fitting)",
            "graph": f"quickstart demo graph: {args.experts} experts, seed {args.seed}",
            "embedder": settings.embedder,
            "fusion": fusion,
            "depth": args.depth,
            "label": "1 when the expert works on one of the query's relevant_directions",
            "date": dt.date.today().isoformat(),
        },
        "dev": metrics(cal, x_dev, y_dev),
        "test": metrics(cal, x_test, y_test),
    }
    args.out.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(json.dumps({k: report[k] for k in ("coefficients", "dev", "test")}, ensure_ascii=False, indent=2))
    assert all(math.isfinite(v) for v in w)


if __name__ == "__main__":
    main()
