"""Our retrievers on public expert-finding benchmarks, next to the published reference figures.

    from evaluation.external import evaluate_external
    r = evaluate_external("brochier-dblp", Path("../shared/data"), retriever="fused")
    r.to_json()  # {"benchmark": "brochier-dblp", "metrics": {"ap": ..., "p@10": ..., "mrr": ...}, "queries": 114, ...}

Benchmarks (protocols in each module's docstring; data is read from `data`: the shared data root or the set's
own folder/file, never copied):

- brochier-dblp (evaluation/external/brochier.py): DBLP expert finding, 114 document queries; ap, p@10, mrr.
- reviewer-gold (evaluation/external/reviewer.py): reviewer-paper expertise, split d_20_1, 58 reviewers; loss
  (weighted pairwise misranking, lower is better).
- nsfc-silver (evaluation/external/nsfc.py): find a grant's PI from its title, 3,395 queries over 12,712 PIs;
  mrr, hit@1, hit@10, hit@100.

Retrievers: lexical (LexicalIndex BM25, our tokenizer), dense (USE multilingual v3), fused (weighted RRF of the
two with the product's FusionSettings: lexical 1.5, dense 0.5, k=60),
dense-minilm / fused-minilm (the packaged English all-MiniLM-L6-v2; English sets only), tfidf (the reference
baseline of each set: TF-IDF voting, word TF-IDF, character-bigram TF-IDF) and, on reviewer-gold,
published:NAME (a published system's scores from predictions/: tpms, specter, specter_mfr, elmo, acl, constant).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from evaluation.base import Evaluator
from evaluation.external import brochier as external_brochier
from evaluation.external import nsfc as external_nsfc
from evaluation.external import reviewer as external_reviewer
from evaluation.external.common import Workspace

BENCHMARKS = ("brochier-dblp", "reviewer-gold", "nsfc-silver")
_ENGLISH = ("tfidf", "lexical", "dense", "fused", "dense-minilm", "fused-minilm")
RETRIEVERS: dict[str, tuple[str, ...]] = {
    "brochier-dblp": _ENGLISH,
    "reviewer-gold": _ENGLISH + tuple(f"published:{n}" for n in external_reviewer.PUBLISHED),
    "nsfc-silver": ("tfidf", "lexical", "dense", "fused"),
}
#: the metrics each benchmark reports, in order
METRICS: dict[str, tuple[str, ...]] = {
    "brochier-dblp": tuple(external_brochier.MEASURES),
    "reviewer-gold": ("loss",),
    "nsfc-silver": ("mrr", *(f"hit@{k}" for k in external_nsfc.CUTOFFS)),
}
#: published / reference figures on the files in shared/data (see its README), by system
REFERENCE: dict[str, dict[str, dict[str, float]]] = {
    "brochier-dblp": {"TF-IDF voting (reference)": {"ap": 0.269, "p@10": 0.267, "mrr": 0.527}},
    "reviewer-gold": {
        "TPMS (published)": {"loss": 0.281},
        "ELMo (published)": {"loss": 0.337},
        "SPECTER (published)": {"loss": 0.272},
        "SPECTER+MFR (published)": {"loss": 0.238},
        "ACL (published)": {"loss": 0.295},
        "constant (published)": {"loss": 0.500},
    },
    "nsfc-silver": {"char-bigram TF-IDF (reference)": {"mrr": 0.155, "hit@10": 0.248}},
}


@dataclass(frozen=True)
class ExternalResult:
    """One retriever on one benchmark: mean metrics (lower-case names), queries evaluated, wall seconds."""

    benchmark: str
    metrics: dict[str, float] = field(default_factory=dict)
    queries: int = 0
    seconds: float = 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "benchmark": self.benchmark,
            "metrics": {k.lower(): float(v) for k, v in self.metrics.items()},
            "queries": int(self.queries),
            "seconds": float(self.seconds),
        }


def evaluate_external(
    benchmark: str,
    data: Path,
    retriever: str = "fused",
    *,
    aggregate: str | None = None,
    split: str = "all",
    max_queries: int | None = None,
    fusion_weights: dict[str, float] | None = None,
    workspace: Workspace | None = None,
) -> ExternalResult:
    """Evaluate one retriever on one benchmark.

    data: the shared data root (e.g. ../shared/data) or the benchmark's own folder/file.
    aggregate: how document scores become a candidate score (brochier-dblp: votes, rrf, max, sum; reviewer-gold:
      max, mean, top3); None = the per-retriever default chosen on the tuning half. Not used by nsfc-silver.
    split: all queries, or tune (even positions) / test (odd positions: the held-out half).
    max_queries: nsfc-silver only: evaluate that many queries, evenly spaced (candidates stay complete).
    fusion_weights: {"lexical": w, "dense": w} for the fused retrievers; None = the product's defaults
      (retrieval.pipeline.FusionSettings: lexical 1.5, dense 0.5, k=60).
    workspace: share parsed data, indexes and embeddings between calls (see Workspace); seconds still counts
      the shared steps this retriever used, so it is the time the retriever would take alone.
    """
    if benchmark not in BENCHMARKS:
        raise ValueError(f"unknown benchmark {benchmark!r}; known: {', '.join(BENCHMARKS)}")
    if retriever not in RETRIEVERS[benchmark]:
        raise ValueError(f"{benchmark} has no retriever {retriever!r}; it has: {', '.join(RETRIEVERS[benchmark])}")
    if max_queries is not None and (benchmark != "nsfc-silver" or max_queries < 1):
        raise ValueError("max_queries is a positive number, for nsfc-silver only")
    if aggregate is not None and benchmark == "nsfc-silver":
        raise ValueError("nsfc-silver has no aggregate option")
    ws = workspace or Workspace()
    ws.start_run()
    data = Path(data)
    start = time.perf_counter()
    if benchmark == "brochier-dblp":
        dblp = ws.get(("load", benchmark, str(data)), lambda: external_brochier.load(data))
        metrics, n = external_brochier.evaluate(ws, dblp, retriever, aggregate, split, fusion_weights)
    elif benchmark == "reviewer-gold":
        gold = ws.get(("load", benchmark, str(data)), lambda: external_reviewer.load(data))
        metrics, n = external_reviewer.evaluate(ws, gold, retriever, aggregate, split, fusion_weights)
    else:
        silver = ws.get(("load", benchmark, str(data)), lambda: external_nsfc.load(data))
        metrics, n = external_nsfc.evaluate(ws, silver, retriever, split, max_queries, fusion_weights)
    seconds = ws.run_seconds(time.perf_counter() - start)
    return ExternalResult(benchmark, {k: round(float(v), 6) for k, v in metrics.items()}, n, round(seconds, 2))


class ExternalEvaluator(Evaluator):
    """One public benchmark (brochier-dblp, reviewer-gold, nsfc-silver) read from `data`, scored per retriever."""

    name = "external"

    def __init__(self, benchmark: str, data: Path, workspace: Workspace | None = None) -> None:
        if benchmark not in BENCHMARKS:
            raise ValueError(f"unknown benchmark {benchmark!r}; known: {', '.join(BENCHMARKS)}")
        self.benchmark = benchmark
        self.data = Path(data)
        self.workspace = workspace or Workspace()

    def __call__(self, retriever: str = "fused", **options: Any) -> dict[str, Any]:
        """The benchmark's JSON result for one retriever (options as for `evaluate_external`)."""
        return evaluate_external(self.benchmark, self.data, retriever, workspace=self.workspace, **options).to_json()
