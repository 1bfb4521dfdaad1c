"""How well English problems' requirements are read (benchmarks/requirements/requests_en.jsonl, a blind set).

Precision and recall over (kind, text) pairs per split, and the negative controls that got a requirement; the
institutions an English problem names are resolved to the graph's names as `match` resolves them (the graph of
EXPERTGLM_HOME or --home, academicians imported).

Usage: python benchmarks/requirements_en.py --split dev|test|all [--home H] [-v]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

SET = Path(__file__).with_name("requirements") / "requests_en.jsonl"


def same(got: dict, gold: dict) -> bool:
    """Whether a read requirement is the labelled one: an institution when one name holds the other (浙江大学,
    浙江大学化学系), an award when one starts with the other (a grade asked or not)."""
    if got["kind"] != gold["kind"]:
        return False
    if got["kind"] == "institution":
        return got["text"] in gold["text"] or gold["text"] in got["text"]
    if got["kind"] == "award":
        return got["text"].startswith(gold["text"]) or gold["text"].startswith(got["text"])
    return got["text"] == gold["text"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=("dev", "test", "all"), default="dev")
    parser.add_argument("--home", help="EXPERTGLM_HOME with the academicians imported (default: the environment's)")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every request read wrongly")
    args = parser.parse_args()
    if args.home:
        os.environ["EXPERTGLM_HOME"] = args.home

    from expertglm.config import Settings
    from kg.connect import open_store
    from retrieval.pipeline import ExpertRetriever
    from retrieval.requirements import read_requirements

    with open_store(Settings.from_env().store) as store:
        retriever = ExpertRetriever(store, embedder=None, fusion=None, profile_texts={})  # only its graph look-ups
        tp = fp = fn = negatives = negatives_read = 0
        for line in SET.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            if args.split != "all" and item["split"] != args.split:
                continue
            got = [{"kind": r.kind, "text": r.text} for r in retriever.in_graph_words(read_requirements(item["text"]))]
            gold = item["requirements"]
            negatives += not gold
            negatives_read += not gold and bool(got)
            matched: set[int] = set()
            for g in gold:
                hit = next((i for i, x in enumerate(got) if i not in matched and same(x, g)), None)
                fn += hit is None
                tp += hit is not None
                matched.update([] if hit is None else [hit])
            extra = [x for i, x in enumerate(got) if i not in matched]
            fp += len(extra)
            if args.verbose and (extra or len(matched) < len(gold)):
                print(item["id"], item["text"][:200].replace("\n", " "))
                print("   labelled", [(g["kind"], g["text"]) for g in gold])
                print("   read    ", [(x["kind"], x["text"]) for x in got])
    print(json.dumps({"split": args.split, "precision": round(tp / max(tp + fp, 1), 3),
                      "recall": round(tp / max(tp + fn, 1), 3), "true": tp, "wrong": fp, "missed": fn,
                      "negative_controls_read": f"{negatives_read}/{negatives}"}, ensure_ascii=False))


if __name__ == "__main__":
    main()
