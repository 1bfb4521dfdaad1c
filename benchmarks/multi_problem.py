"""Messages that state two problems: does each problem get its experts?

Pairs of academician benchmark queries of the same split (dev or test, never mixed) are joined the ways enterprises
enumerate problems ("一是…二是…", "1. … 2. …", "（1）…（2）…", "问题一：…问题二：…", "…另外，还有一个问题：…");
a pair's judgements are the union of both queries' (the higher grade where both judge an expert). Prints the fused
nDCG@10 (ir_measures, as `real_retrieval.py`) and how often the first 5 / 10 experts hold a relevant expert of EACH
problem. The pairs are built by this script (seeded), not written by a person: read the figures as "two real problems
in one message", not as real multi-problem messages.

Usage: python benchmarks/multi_problem.py [--split dev|test]   (against the current EXPERTGLM_HOME, e.g. after
`expertglm import academicians` and `index build`)
"""

from __future__ import annotations

import argparse
import random

import numpy as np

from evaluation.retrieval import EvalQuery, evaluate, load_queries, split_queries
from expertglm.config import Settings, make_embedder
from kg.connect import open_store
from retrieval.semantic import with_semantic
from retrieval.sync import open_retriever

from real_retrieval import ACADEMICIANS

STYLES = ("我们公司目前遇到两个技术难题：一是{a}二是{b}", "请推荐专家解决以下问题：\n1. {a}\n2. {b}", "（1）{a}（2）{b}",
          "问题一：{a}\n问题二：{b}", "{a}另外，还有一个问题：{b}")


def pairs(queries: list[EvalQuery], seed: int = 7) -> list[tuple[EvalQuery, dict[str, int], dict[str, int]]]:
    """(joined query with the union of judgements, first problem's judgements, second's), deterministic."""
    pool = list(queries)
    random.Random(seed).shuffle(pool)
    out = []
    for j in range(0, len(pool) - 1, 2):
        a, b = pool[j], pool[j + 1]
        ra, rb = dict(a.relevant), dict(b.relevant)
        union = {e: max(ra.get(e, 0), rb.get(e, 0)) for e in {**ra, **rb}}
        text = STYLES[(j // 2) % len(STYLES)].format(a=a.query, b=b.query)
        out.append((EvalQuery(id=f"{a.id}+{b.id}", query=text, relevant=union), ra, rb))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", default="test", choices=("dev", "test"))
    args = parser.parse_args()
    settings = Settings.from_env()
    joined = pairs(split_queries(load_queries(ACADEMICIANS), args.split))
    with open_store(settings.store) as store:
        retriever = with_semantic(open_retriever(store, make_embedder(settings.embedder), settings.index_dir,
                                                  settings.graph_id), settings.home / "models" / "semantic")
        run, cover5, cover10 = {}, [], []
        for query, ra, rb in joined:
            ranked = [e.id for e in retriever.rank(query.query)[0]]
            run[query.id] = [(e, 0.0) for e in ranked]
            cover5.append(all(any(e in r for e in ranked[:5]) for r in (ra, rb)))
            cover10.append(all(any(e in r for e in ranked[:10]) for r in (ra, rb)))
    metrics = evaluate(run, {q.id: {e: int(g) for e, g in q.relevant.items()} for q, _, _ in joined})
    print(f"{len(joined)} two-problem messages ({args.split} split): fused nDCG@10 {metrics['ndcg@10']:.3f}, "
          f"both problems in the first 5 {np.mean(cover5):.3f}, in the first 10 {np.mean(cover10):.3f}")


if __name__ == "__main__":
    main()
