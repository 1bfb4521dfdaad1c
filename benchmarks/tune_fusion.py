"""Grid-search the fusion settings on the DEV queries only (never the test split) and print the best ones.

Usage: python benchmarks/tune_fusion.py [--queries benchmarks/queries/demo-dev.jsonl]
Runs against the graph and index of the current EXPERTGLM_HOME / EXPERTGLM_GRAPH (e.g. after `expertglm quickstart`).
"""

from __future__ import annotations

import argparse
import itertools
from pathlib import Path

from expertglm.config import Settings, make_embedder
from kg.connect import open_store
from evaluation.retrieval import evaluate_retrievers
from retrieval.sync import open_retriever

ALL = {"fused": ("dense", "lexical", "graph")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--queries", type=Path, default=Path("benchmarks/queries/demo-dev.jsonl"))
    args = parser.parse_args()
    settings = Settings.from_env()
    with open_store(settings.store) as store:
        retriever = open_retriever(store, make_embedder(settings.embedder), settings.index_dir, settings.graph_id)
        results = []
        for dense, lexical, graph, k, directions in itertools.product(
            (0.5, 1.0), (0.5, 1.0, 1.5), (1.0, 1.5, 2.0, 3.0), (10, 30, 60), (2, 3, 4)
        ):
            retriever.fusion.weights = {"dense": dense, "lexical": lexical, "graph": graph}
            retriever.fusion.rrf_k = k
            retriever.graph.max_directions = directions
            metrics = evaluate_retrievers(retriever, store, args.queries, configurations=ALL)["fused"]
            results.append((metrics["ndcg@10"], metrics["mrr"], dense, lexical, graph, k, directions))
    results.sort(reverse=True)
    print("ndcg@10    mrr  dense lexical graph rrf_k directions")
    for row in results[:15]:
        print("%7.3f %6.3f %6.1f %7.1f %5.1f %5d %10d" % row)


if __name__ == "__main__":
    main()
