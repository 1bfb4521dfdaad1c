"""Grid-search the fusion weights and RRF k on the DEV split only (never the test split) and print the best ones.

Usage: python benchmarks/tune_fusion.py [--queries benchmarks/academician_queries/queries.jsonl] [--split dev]
Runs against the graph and index of the current EXPERTGLM_HOME. Each retriever ranks each query once; only the
fusion is repeated per setting, so the whole grid takes seconds.
"""

from __future__ import annotations

import argparse
import itertools
from pathlib import Path

from evaluation.retrieval import RetrievalEvaluator, evaluate
from expertglm.config import Settings, make_embedder
from kg.connect import open_store
from retrieval.semantic import with_semantic
from retrieval.sync import open_retriever

GRID = {"dense": (0.25, 0.5, 1.0), "lexical": (1.0, 1.5, 2.0), "graph": (0.5, 1.0, 1.5, 2.0),
        "discipline": (0.0, 0.1, 0.25, 0.5), "semantic": (0.0, 0.25, 0.5, 1.0)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--queries", type=Path, default=Path("benchmarks/academician_queries/queries.jsonl"))
    parser.add_argument("--split", default="dev", choices=("dev", "all"))
    args = parser.parse_args()
    settings = Settings.from_env()
    with open_store(settings.store) as store:
        retriever = with_semantic(open_retriever(store, make_embedder(settings.embedder), settings.index_dir,
                                                  settings.graph_id), settings.home / "models" / "semantic")
        evaluator = RetrievalEvaluator(store, args.queries, split=args.split)
        fusion = retriever.fusion
        rankings = {}
        for q in evaluator.queries:
            vector = retriever.embedder.embed_queries([q.query])[0]
            rankings[q.id] = fusion.rankings(q.query, vector, fusion.candidates)
        names = list(fusion.retrievers)
        results = []
        for weights in itertools.product(*(GRID.get(n, (1.0,)) for n in names)):
            for k in (10, 30, 60):
                fusion.weights, fusion.rrf_k = dict(zip(names, weights)), k
                run = {qid: [(e.id, e.score) for e in fusion.fuse({n: r for n, r in ranks.items()
                                                                   if fusion.weights[n] > 0})]
                       for qid, ranks in rankings.items()}
                m = evaluate(run, evaluator.qrels)
                results.append((m["ndcg@10"], m["mrr"], k, *weights))
    results.sort(reverse=True)
    print("ndcg@10    mrr rrf_k " + " ".join(f"{n:>10}" for n in names))
    for row in results[:15]:
        print(f"{row[0]:7.3f} {row[1]:6.3f} {row[2]:5d} " + " ".join(f"{w:10.2f}" for w in row[3:]))


if __name__ == "__main__":
    main()
