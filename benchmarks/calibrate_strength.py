"""Fit the match-strength calibration (retrieval/strength.json) on the DEV split of a judged query file; report TEST.

Usage: python benchmarks/calibrate_strength.py [--queries benchmarks/academician_queries/queries.jsonl]
           [--scope benchmarks/academician_queries/scope_test.jsonl ...]
Runs against the graph and index of the current EXPERTGLM_HOME (after `expertglm import academicians` and
`index build`, as benchmarks/real_retrieval.py). Ranks every query and labels each of the top `--depth` experts
relevant (1: judged grade >= 1) or not (0: judged 0 or unjudged — the judgements were pooled from keyword searches,
so a relevant expert nobody judged counts as 0 and the fitted probabilities lean low). Two logistic models
(Newton's method, L2 1e-3) are fitted on the dev queries only: over retrieval.presentation.FEATURES (with the
problem-profile similarity of the configured embedder) and over RANK_FEATURES alone (used when the similarity is not
on that embedder's scale). The test queries give the reported Brier score, log loss, expected calibration error and
band precision. `--scope` files (JSON lines with "query" and "scope": "off" for problems no expert in the graph fits,
"on" for technical ones, unjudged) report how the shown experts' bands fall for each.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
from collections import Counter
from pathlib import Path

import numpy as np

from evaluation.retrieval import judged_queries, load_queries, split_queries
from expertglm import runtime
from expertglm.config import Settings
from retrieval.presentation import (FEATURES, RANK_FEATURES, STRENGTH_FILE, Calibration, band, features,
                                    fit_logistic, probability)

ACADEMICIANS = Path(__file__).resolve().parent / "academician_queries"


def feature_rows(retriever, query: str, depth: int) -> tuple[list[str], list[tuple[float, ...]]]:
    """The top `depth` experts of `query` and their feature rows (similarity included), as the match computes them:
    the fused score's share of what the retrievers that read this problem could give."""
    ranked, _ = retriever.rank(query)
    top = ranked[:depth]
    ids = [e.id for e in top]
    similarity = retriever._similarities(ids, retriever.embedder.embed_queries([query]))
    fusion = retriever.fusion
    weights = {name: fusion.weights.get(name, 1.0) for name in retriever._readable(query, None)}
    return ids, [features(e.score, weights, fusion.rrf_k, similarity.get(e.id, 0.0)) for e in top]


def samples(retriever, store, queries, depth: int) -> tuple[np.ndarray, np.ndarray]:
    """Feature rows and 0/1 labels of the top `depth` experts of every judged query."""
    qrels = judged_queries(store, queries)
    xs, ys = [], []
    for q in queries:
        relevant = qrels.get(q.id, {})
        if not relevant:
            continue
        ids, rows = feature_rows(retriever, q.query, depth)
        xs.extend(rows)
        ys.extend(1.0 if relevant.get(i, 0) > 0 else 0.0 for i in ids)
    return np.array(xs, dtype=float), np.array(ys, dtype=float)


def metrics(cal: Calibration, x: np.ndarray, y: np.ndarray, across_scripts: bool = False) -> dict:
    """Brier score, log loss, 10-bin expected calibration error and the precision of each band."""
    p = np.array([probability(cal, row, across_scripts) for row in x])
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


def scope_bands(cal: Calibration, retriever, path: Path, shown: int) -> dict:
    """For each scope ("off", "on") of a scope file: how the first `shown` experts' bands fall, how many problems
    get at least one 高 card and how many only 低 ones (the answer then gives them for reference only)."""
    out: dict[str, dict] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        _, rows = feature_rows(retriever, item["query"], shown)
        labels = [band(cal, probability(cal, row)) for row in rows]
        entry = out.setdefault(item["scope"], {"problems": 0, "cards": Counter(), "with_high": 0, "all_low": 0})
        entry["problems"] += 1
        entry["cards"].update(labels)
        entry["with_high"] += "高" in labels
        entry["all_low"] += set(labels) == {"低"}
    return {scope: {**e, "cards": {b: e["cards"].get(b, 0) for b in ("高", "中", "低")}} for scope, e in out.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--queries", type=Path, default=ACADEMICIANS / "queries.jsonl")
    parser.add_argument("--across", type=Path, default=ACADEMICIANS / "queries_en.jsonl",
                        help="the same problems in another script than the profiles, for the across-scripts model")
    parser.add_argument("--scope", type=Path, nargs="*",
                        default=[ACADEMICIANS / "offtopic_dev.jsonl", ACADEMICIANS / "scope_test.jsonl"])
    parser.add_argument("--depth", type=int, default=10)
    parser.add_argument("--high", type=float, default=0.6, help="P(relevant) from which a match is 高")
    parser.add_argument("--medium", type=float, default=0.3, help="P(relevant) from which a match is 中")
    parser.add_argument("--out", type=Path, default=STRENGTH_FILE)
    args = parser.parse_args()
    settings = Settings.from_env()
    queries = load_queries(args.queries)
    with runtime.open_store(settings) as store:
        retriever, warning = runtime.retriever(settings, store, build_missing=False)
        if warning:
            print("warning:", warning)
        x_dev, y_dev = samples(retriever, store, split_queries(queries, "dev"), args.depth)
        x_test, y_test = samples(retriever, store, split_queries(queries, "test"), args.depth)
        across = load_queries(args.across)
        xa_dev, ya_dev = samples(retriever, store, split_queries(across, "dev"), args.depth)
        xa_test, ya_test = samples(retriever, store, split_queries(across, "test"), args.depth)
        w = fit_logistic(x_dev, y_dev)
        w_rank = fit_logistic(x_dev[:, :len(RANK_FEATURES)], y_dev)
        w_across = fit_logistic(xa_dev, ya_dev)
        cal = Calibration(tuple(map(float, w)), tuple(map(float, w_rank)), tuple(map(float, w_across)),
                          settings.embedder, args.high, args.medium)
        scope = {p.name: scope_bands(cal, retriever, p, 5) for p in args.scope}
        fusion = {"weights": dict(retriever.fusion.weights), "rrf_k": retriever.fusion.rrf_k,
                  "retrievers": list(retriever.fusion.retrievers)}
        experts = len(retriever.dense)
    report = {
        "model": "P(relevant) = 1 / (1 + exp(-(sum of coefficient * feature)))",
        "features": {
            "bias": "1",
            "fused_share": "fused RRF score / best possible (sum of weights / (rrf_k + 1)), clipped to [0, 1]",
            "similarity": "cosine of the problem's and the expert's profile vectors (the embedder in how.embedder)",
        },
        "coefficients": {name: round(float(v), 6) for name, v in zip(FEATURES, w)},
        "rank_only": {name: round(float(v), 6) for name, v in zip(RANK_FEATURES, w_rank)},
        "across_scripts": {name: round(float(v), 6) for name, v in zip(FEATURES, w_across)},
        "bands": {"high": args.high, "medium": args.medium},
        "how": {
            "script": "benchmarks/calibrate_strength.py",
            "fitted_on": f"{_name(args.queries)} (dev split only; across_scripts: {_name(args.across)}, dev)",
            "reported_on": f"{_name(args.queries)} and {_name(args.across)} (test splits, never used for fitting)",
            "graph": f"the imported academicians: {experts} experts indexed",
            "embedder": settings.embedder,
            "fusion": fusion,
            "depth": args.depth,
            "label": "1 when the query's judgements give the expert grade >= 1; unjudged experts count as 0",
            "date": dt.date.today().isoformat(),
        },
        "dev": metrics(cal, x_dev, y_dev),
        "test": metrics(cal, x_test, y_test),
        "test_rank_only": metrics(cal, x_test[:, :len(RANK_FEATURES)], y_test),
        "test_across_scripts": metrics(cal, xa_test, ya_test, across_scripts=True),
        "test_across_scripts_same_model": metrics(cal, xa_test, ya_test),
        "scope": scope,
    }
    args.out.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(json.dumps({k: v for k, v in report.items() if k not in ("model", "features", "how")},
                     ensure_ascii=False, indent=2))
    assert all(math.isfinite(v) for v in (*w, *w_rank, *w_across))


def _name(path: Path) -> str:
    """A query file's path as the repository names it (or as given, outside it)."""
    try:
        return str(path.resolve().relative_to(ACADEMICIANS.parent.parent))
    except ValueError:
        return str(path)


if __name__ == "__main__":
    main()
