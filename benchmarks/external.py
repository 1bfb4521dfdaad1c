"""Run our retrievers on the public benchmarks (evaluation/external/) and print them next to the reference figures.

Usage:
    python benchmarks/external.py                       # all benchmarks x retrievers, Markdown tables
    python benchmarks/external.py --no-minilm           # skip the English MiniLM model (slowest on 2 cores)
    python benchmarks/external.py --benchmark nsfc-silver --retriever lexical --retriever fused
    python benchmarks/external.py --tune                # aggregate choice: each option on the tune/test halves
    python benchmarks/external.py --json results.json   # also write every result's JSON

Reads the data from --data (default: ../shared/data next to the project); exits with a message where it is absent.
Times are wall seconds of each retriever run alone (loading, indexing and encoding it needs included) on this
machine; "tfidf" rows are our reproductions of the reference baselines.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from evaluation.external import brochier as external_brochier
from evaluation.external import reviewer as external_reviewer
from evaluation.external import (
    BENCHMARKS,
    METRICS,
    REFERENCE,
    RETRIEVERS,
    ExternalResult,
    evaluate_external,
)
from evaluation.external.common import Workspace

ROOT = Path(__file__).resolve().parents[1]
EQUAL = {"lexical": 1.0, "dense": 1.0}
NEEDS = {
    "brochier-dblp": "brochier_expert_finding",
    "reviewer-gold": "reviewer_goldstandard",
    "nsfc-silver": "nsfc_projects",
}
LABELS = {
    "tfidf": {
        "brochier-dblp": "TF-IDF voting (ours, reproduced)",
        "reviewer-gold": "word TF-IDF (ours)",
        "nsfc-silver": "char-bigram TF-IDF (ours, reproduced)",
    }
}


def label(benchmark: str, retriever: str) -> str:
    if retriever.startswith("published:"):
        return f"{retriever.split(':', 1)[1]} (published scores, our loss)"
    return LABELS.get(retriever, {}).get(benchmark, retriever)


def table(benchmark: str, rows: list[tuple[str, ExternalResult | None, dict[str, float]]]) -> str:
    metrics = METRICS[benchmark]
    lines = [
        "| system | " + " | ".join(metrics) + " | queries | seconds |",
        "|---|" + "---:|" * (len(metrics) + 2),
    ]
    for name, result, values in rows:
        cells = [f"{values[m]:.3f}" if m in values else "–" for m in metrics]
        extra = [str(result.queries), f"{result.seconds:.1f}"] if result else ["", "(reference)"]
        lines.append(f"| {name} | " + " | ".join(cells + extra) + " |")
    return "\n".join(lines)


def tune(benchmark: str, data: Path, retrievers: list[str], ws: Workspace) -> None:
    module = external_brochier if benchmark == "brochier-dblp" else external_reviewer
    metric = "ap" if benchmark == "brochier-dblp" else "loss"
    better = max if metric == "ap" else min
    print(f"\n### {benchmark}: aggregate choice ({metric} on the tune half picks; test = held-out half)\n")
    print("| retriever | aggregate | tune | test | all |\n|---|---|---:|---:|---:|")
    for r in retrievers:
        if r.startswith("published:"):
            continue
        scores = {}
        for how in module.AGGREGATES:
            row = [evaluate_external(benchmark, data, r, aggregate=how, split=s, workspace=ws).metrics[metric]
                   for s in ("tune", "test", "all")]
            scores[how] = row
        best = better(scores, key=lambda h: scores[h][0])
        for how, (t, h, a) in scores.items():
            mark = " (chosen)" if how == best else ""
            print(f"| {r} | {how}{mark} | {t:.3f} | {h:.3f} | {a:.3f} |")
        sys.stdout.flush()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--benchmark", action="append", choices=BENCHMARKS, help="repeatable; default all")
    parser.add_argument("--retriever", action="append", help="repeatable; default all the benchmark has")
    parser.add_argument("--no-minilm", action="store_true", help="skip dense-minilm and fused-minilm")
    parser.add_argument("--tune", action="store_true", help="compare aggregates on the tune/test halves instead")
    parser.add_argument("--json", type=Path, help="write all results as a JSON list here")
    args = parser.parse_args()

    results = []
    for benchmark in args.benchmark or BENCHMARKS:
        if not (args.data / NEEDS[benchmark]).exists():
            print(f"skipping {benchmark}: {args.data / NEEDS[benchmark]} absent", file=sys.stderr)
            continue
        retrievers = [r for r in args.retriever or RETRIEVERS[benchmark] if r in RETRIEVERS[benchmark]]
        if args.no_minilm:
            retrievers = [r for r in retrievers if not r.endswith("-minilm")]
        ws = Workspace()  # shares data, indexes and embeddings between this benchmark's retrievers
        if args.tune:
            if benchmark != "nsfc-silver":
                tune(benchmark, args.data, retrievers, ws)
            continue
        rows: list[tuple[str, ExternalResult | None, dict[str, float]]] = [
            (name, None, values) for name, values in REFERENCE[benchmark].items()
        ]
        for r in retrievers:
            # fused rows twice: the product's weights (lexical 1.5, dense 0.5) and plain RRF (equal weights)
            variants = [(r, None), (f"{r}, equal weights", EQUAL)] if r.startswith("fused") else [(r, None)]
            for name, weights in variants:
                result = evaluate_external(benchmark, args.data, r, fusion_weights=weights, workspace=ws)
                print(f"{benchmark} {name}: {json.dumps(result.to_json())}", file=sys.stderr, flush=True)
                rows.append((label(benchmark, name), result, result.metrics))
                results.append({"retriever": name, **result.to_json()})
        print(f"\n### {benchmark}\n\n{table(benchmark, rows)}", flush=True)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
