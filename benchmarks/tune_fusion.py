"""Grid-search the fusion weights and RRF k on the DEV split only (never the test split) and print the best ones.

Usage: python benchmarks/tune_fusion.py [--queries benchmarks/academician_queries/queries.jsonl ...] [--split dev]
Runs against the graph and index of the current EXPERTGLM_HOME. Each retriever ranks each query once, as `match`
ranks it (its separate problems, the words the vocabularies add: `ExpertRetriever.part_rankings`); only the fusion
is repeated per setting, so the whole grid takes a minute.
"""

from __future__ import annotations

import argparse
import itertools
from pathlib import Path

from evaluation.retrieval import RetrievalEvaluator, evaluate
from expertglm.config import Settings, make_embedder
from kg.connect import open_store
from retrieval.coverage import COVERAGE
from retrieval.pipeline import ASKED
from retrieval.semantic import with_semantic
from retrieval.sync import open_retriever

GRID = {"dense": (0.25, 0.5, 1.0), "lexical": (1.0, 1.5, 2.0), "graph": (0.5, 1.0, 1.5, 2.0),
        "discipline": (0.0, 0.1, 0.25, 0.5), "semantic": (0.0, 0.25, 0.5, 1.0), ASKED: (0.0, 1.0, 2.0, 3.0),
        COVERAGE: (0.0, 0.5, 1.0, 1.5, 2.0, 3.0)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--queries", type=Path, nargs="+", default=[Path("benchmarks/academician_queries/queries.jsonl")],
                        help="one or more judged query files; the grid is ranked by their mean nDCG@10")
    parser.add_argument("--split", default="dev", choices=("dev", "all"))
    parser.add_argument("--only", nargs="+", default=None, metavar="RANKING",
                        help="grid these rankings' weights only, the others and RRF k as shipped")
    args = parser.parse_args()
    settings = Settings.from_env()
    with open_store(settings.store) as store:
        retriever = with_semantic(open_retriever(store, make_embedder(settings.embedder), settings.index_dir,
                                                  settings.graph_id), settings.home / "models" / "semantic")
        fusion = retriever.fusion
        evaluators = [RetrievalEvaluator(store, path, split=args.split) for path in args.queries]
        # each query ranked once, as `match` ranks it (its problems, their words); only the fusion is repeated
        shipped, shipped_k = dict(fusion.weights), fusion.rrf_k
        fusion.weights = {**fusion.weights, COVERAGE: max(fusion.weights.get(COVERAGE, 0.0), 1.0)}  # ranked once
        parts = [{q.id: retriever.part_rankings(retriever.problem_of(q.query), fusion.candidates)[1] for q in e.queries}
                 for e in evaluators]
        names = [*fusion.retrievers, ASKED, COVERAGE]  # (the ranking on the expertise a message names, where it
        # names one; the one on how much of the problem a direction names)
        grid = {n: GRID.get(n, (1.0,)) if args.only is None or n in args.only else (shipped.get(n, 0.0),) for n in names}
        results = []
        for weights in itertools.product(*(grid[n] for n in names)):
            for k in (10, 20, 30, 60) if args.only is None else (shipped_k,):
                fusion.weights, fusion.rrf_k = dict(zip(names, weights)), k
                scores = []
                for evaluator, ranked in zip(evaluators, parts):
                    run = {qid: [(e.id, e.score) for e in retriever.fuse_parts(
                        [{n: r for n, r in part.items() if fusion.weights.get(n, 1.0) > 0} for part in each])[0]]
                           for qid, each in ranked.items()}
                    m = evaluate(run, evaluator.qrels)
                    scores.append((m["ndcg@10"], m["mrr"]))
                results.append((sum(s[0] for s in scores) / len(scores), sum(s[1] for s in scores) / len(scores), k,
                                *weights, [round(s[0], 3) for s in scores]))
    results.sort(key=lambda row: row[:-1], reverse=True)
    print("ndcg@10    mrr rrf_k " + " ".join(f"{n:>10}" for n in names) + "  per file")
    for row in results[:15]:
        print(f"{row[0]:7.3f} {row[1]:6.3f} {row[2]:5d} " + " ".join(f"{w:10.2f}" for w in row[3:-1]) + f"  {row[-1]}")


if __name__ == "__main__":
    main()
