"""Retrieval quality on real experts: each signal alone, fused, every-signal-but-one ablations, and a
character-bigram BM25 baseline computed in the same run, on one split of a query file.

Usage: python benchmarks/real_retrieval.py [--queries benchmarks/academician_queries/queries.jsonl] [--split test]
Runs against the graph and index of the current EXPERTGLM_HOME (e.g. after `expertglm import all`). Tune on
--split dev only; report --split test.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import zhconv

from evaluation.retrieval import (RetrievalEvaluator, configurations, evaluate, format_table, load_queries,
                                  per_query)
from expertglm.config import Settings, make_embedder
from kg.connect import open_store
from retrieval.lexical import LexicalIndex
from retrieval.semantic import with_semantic
from retrieval.sync import open_retriever

ACADEMICIANS = Path(__file__).parent / "academician_queries" / "queries.jsonl"
SCRIPTS = ("zh-hant", "zh-tw", "zh-hk")


def char_bigram_baseline(texts: dict[str, str]) -> LexicalIndex:
    """BM25 (Lucene's k1 1.5, b 0.75, no feedback) over the same profile texts, character uni+bigram tokenizer."""
    index = LexicalIndex(k1=1.5, b=0.75, tokenizer="char")
    index.build(list(texts), list(texts.values()))
    return index


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--queries", type=Path, default=ACADEMICIANS)
    parser.add_argument("--split", default="test", choices=("dev", "test", "all"))
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument("--script", choices=SCRIPTS, help="rewrite every query in this script first (zhconv), to "
                        "measure problems written in traditional characters: zh-hant, zh-tw (Taiwan), zh-hk")
    args = parser.parse_args()
    settings = Settings.from_env()
    start = time.perf_counter()
    with open_store(settings.store) as store:
        retriever = with_semantic(open_retriever(store, make_embedder(settings.embedder), settings.index_dir,
                                                  settings.graph_id), settings.home / "models" / "semantic")
        queries = load_queries(args.queries)
        if args.script:
            queries = [q.model_copy(update={"query": zhconv.convert(q.query, args.script)}) for q in queries]
        evaluator = RetrievalEvaluator(store, queries, split=args.split)
        baseline = _baseline_run(evaluator, retriever.profile_texts)
        table = {"BM25, character uni+bigrams (baseline)": evaluate(baseline, evaluator.qrels)}
        table.update(evaluator(retriever, configurations(retriever.retrievers)))
        styles = _by_style(evaluator, {"BM25 baseline": baseline, "fused, all": evaluator.run(retriever, None)})
    if args.json:
        print(json.dumps({**table, **({"by style": styles} if styles else {})}, indent=2))
    else:
        written = f" rewritten in {args.script}" if args.script else ""
        print(f"{args.queries.name}{written}, split {args.split}: {len(evaluator.qrels)} judged queries, "
              f"{len(retriever.profile_texts)} experts indexed, {time.perf_counter() - start:.0f} s")
        print(format_table(table))
        if styles:
            print("\nnDCG@10 by how the problem is phrased (queries per style in brackets):\n")
            names = sorted({style for row in styles.values() for style in row})
            print("| run | " + " | ".join(f"{n} ({styles['count'][n]:.0f})" for n in names) + " |")
            print("|---|" + "---:|" * len(names))
            for run, row in styles.items():
                if run != "count":
                    print(f"| {run} | " + " | ".join(f"{row[n]:.3f}" for n in names) + " |")


def _by_style(evaluator: RetrievalEvaluator, runs: dict[str, dict[str, list[tuple[str, float]]]]
              ) -> dict[str, dict[str, float]]:
    """Mean nDCG@10 of each run per query style ({} when the queries have none), and the queries per style."""
    style = {q.id: q.style for q in evaluator.queries if q.style}
    if not style:
        return {}
    out: dict[str, dict[str, float]] = {}
    for name, run in runs.items():
        values = per_query(run, evaluator.qrels)
        groups: dict[str, list[float]] = {}
        for qid, value in values.items():
            groups.setdefault(style.get(qid, "-"), []).append(value)
        out[name] = {s: sum(v) / len(v) for s, v in groups.items()}
        out["count"] = {s: float(len(v)) for s, v in groups.items()}
    return out


def _baseline_run(evaluator: RetrievalEvaluator, texts: dict[str, str]) -> dict[str, list[tuple[str, float]]]:
    index = char_bigram_baseline(texts)
    return {q.id: index.search(q.query, evaluator.depth) for q in evaluator.queries}


if __name__ == "__main__":
    main()
