"""LoRA fine-tuning on the synthesised dialogues (peft + HF Trainer), after Expert-ChatGLM.

    report = train("THUDM/glm-4-9b-chat-hf", Path("data/dialogues"), Path("runs/lora-expert"))
    HFBackend("THUDM/glm-4-9b-chat-hf", adapter="runs/lora-expert")      # the tuned model, at inference

The paper's setting is the default: lr 2e-5, 1 epoch, 512 source / 100 target tokens, LoRA r=8, alpha=32,
dropout=0.1. The loss is on the answer tokens only; prompts are built as training/data.py documents (RAG-style
by default). `out` becomes the adapter directory (adapter_config.json, adapter_model.safetensors, the tokenizer),
with `checkpoints/` (resumed from automatically), `metrics.jsonl` (loss per step), `train_report.json` and,
with merge=True, `merged/` (base + adapter as one ordinary model).

On a GPU the base is loaded in bf16 (fp16 where bf16 is unsupported) and trained with mixed precision;
load_in_4bit / load_in_8bit quantise it with bitsandbytes (QLoRA; GPU only). On CPU everything is float32.
"""

from __future__ import annotations

import inspect
import json
import math
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from training.data import STYLES, Collator, SFTDataset, eos_ids, load_dialogues, model_type_of

PAPER = {"lr": 2e-5, "epochs": 1, "max_source": 512, "max_target": 100}
# LoRA targets per architecture (model_type -> attention projections); "all-attention" adds k/o, "all-linear" is peft's
CHATGLM_TARGETS = ["query_key_value"]
QV_TARGETS = ["q_proj", "v_proj"]
ALL_ATTENTION = ["q_proj", "k_proj", "v_proj", "o_proj"]
_TARGETS_BY_TYPE = {"chatglm": CHATGLM_TARGETS}  # ChatGLM-6B/2/3 remote code: one fused QKV projection


@dataclass
class TrainReport:
    base: str
    adapter_dir: str
    examples: int
    steps: int
    epochs: float
    target_modules: list[str]
    trainable_params: int
    total_params: int
    device: str
    dtype: str
    style: str
    first_loss: float | None = None
    last_loss: float | None = None
    mean_first: float | None = None  # mean loss of the first few logged steps
    mean_last: float | None = None  # and of the last few
    source_truncated: int = 0
    target_truncated: int = 0
    resumed_from: str | None = None
    merged_dir: str | None = None
    seconds: float = 0.0
    settings: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def default_target_modules(model: Any, which: str = "qv") -> list[str]:
    """LoRA target modules for the model's architecture: ChatGLM's fused `query_key_value`; q_proj/v_proj for
    GLM, GLM-4, Llama, Qwen, Gemma, SmolLM and the like (`which="all-attention"` adds k_proj and o_proj)."""
    model_type = model_type_of(model)
    if model_type in _TARGETS_BY_TYPE:
        return list(_TARGETS_BY_TYPE[model_type])
    leaves = {name.rsplit(".", 1)[-1] for name, _ in model.named_modules()}
    if {"q_proj", "v_proj"} <= leaves:
        wanted = ALL_ATTENTION if which == "all-attention" else QV_TARGETS
        return [m for m in wanted if m in leaves]
    for fused in ("query_key_value", "qkv_proj", "c_attn", "Wqkv"):
        if fused in leaves:
            return [fused]
    raise ValueError(f"cannot tell the attention projections of {model_type or type(model).__name__}: "
                     "pass target_modules explicitly")


def _torch_dtype_kw() -> str:
    """`dtype=` on transformers >= 4.56 (5.x), `torch_dtype=` before (the ChatGLM-6B environment)."""
    import transformers

    major, minor = (int(x) for x in transformers.__version__.split(".")[:2])
    return "dtype" if (major, minor) >= (4, 56) else "torch_dtype"


def resolve_base(base: str, data_dir: Path, out: Path) -> str:
    """`tiny` builds the tiny GLM with a tokenizer trained on the dialogues (under out/tiny-base)."""
    if base == "tiny":
        from training.tiny_model import make_tiny_base

        return str(make_tiny_base(Path(out) / "tiny-base", data_dir))
    return base


def load_base(base: str, *, gguf_file: str | None = None, trust_remote_code: bool = False,
              load_in_4bit: bool = False, load_in_8bit: bool = False, device: str | None = None,
              for_training: bool = True):
    """(model, tokenizer, device, dtype name) for `base`: a local dir or hub id, a GGUF inside it, or remote code."""
    import torch
    from transformers import AutoModel, AutoModelForCausalLM, AutoTokenizer

    from generation.hf_backend import _split_gguf

    cuda = torch.cuda.is_available()
    device = device or ("cuda" if cuda else "cpu")
    if (load_in_4bit or load_in_8bit) and not device.startswith("cuda"):
        raise ValueError("load_in_4bit/load_in_8bit need a CUDA GPU (bitsandbytes)")
    source, gguf = _split_gguf(base, gguf_file)
    common: dict[str, Any] = {"trust_remote_code": trust_remote_code}
    if gguf:
        common["gguf_file"] = gguf
    tokenizer = AutoTokenizer.from_pretrained(source, **common)
    if device.startswith("cuda"):
        dtype = torch.bfloat16 if torch.cuda.is_bf16_supported() else torch.float16
    else:
        dtype = torch.float32
    kwargs: dict[str, Any] = {**common, _torch_dtype_kw(): dtype}
    if load_in_4bit or load_in_8bit:
        from transformers import BitsAndBytesConfig

        kwargs["quantization_config"] = BitsAndBytesConfig(
            load_in_4bit=load_in_4bit, load_in_8bit=load_in_8bit, bnb_4bit_quant_type="nf4",
            bnb_4bit_compute_dtype=dtype, bnb_4bit_use_double_quant=True)
        kwargs["device_map"] = {"": 0}
    try:
        model = AutoModelForCausalLM.from_pretrained(source, **kwargs)
    except ValueError as exc:  # ChatGLM-6B's auto_map has AutoModel, not AutoModelForCausalLM
        if not trust_remote_code or "AutoModelForCausalLM" not in str(exc):
            raise
        model = AutoModel.from_pretrained(source, **kwargs)
    if gguf:
        model = dequantized(model)
    if "device_map" not in kwargs:
        model = model.to(device)
    if tokenizer.pad_token_id is None:
        tokenizer.pad_token = tokenizer.eos_token if tokenizer.eos_token is not None else tokenizer.unk_token
    return model, tokenizer, device, str(dtype).replace("torch.", "")


def dequantized(model):
    """A GGUF-loaded model as an ordinary float model (trainable, mergeable, savable as safetensors).

    transformers dequantises GGUF weights on load unless a GGUF matmul kernel is available; either way it leaves
    the model marked as quantised, which stops save_pretrained. Dequantise what is left and drop the marking."""
    quantizer = getattr(model, "hf_quantizer", None)
    if quantizer is None:
        return model
    if any("gguf" in type(m).__module__.lower() for m in model.modules()):  # weights left in GGUF blocks
        return quantizer.dequantize(model)
    quantizer.remove_quantization_config(model)
    return model


def save_dequantized(source: str, gguf_file: str, out: Path) -> Path:
    """Convert a GGUF checkpoint once into a float safetensors model directory (later loads take a second)."""
    from transformers import AutoModelForCausalLM, AutoTokenizer

    out = Path(out)
    if (out / "config.json").exists() and any(out.glob("*.safetensors")):
        return out
    tokenizer = AutoTokenizer.from_pretrained(source, gguf_file=gguf_file)
    model = dequantized(AutoModelForCausalLM.from_pretrained(source, gguf_file=gguf_file))
    tmp = out.with_name(out.name + ".partial")  # written whole, then renamed: a killed run leaves no half model
    model.save_pretrained(str(tmp))
    tokenizer.save_pretrained(str(tmp))
    if out.exists():
        out.rmdir()  # only an empty leftover; a directory with other files is not ours to replace
    tmp.rename(out)
    return out


class _LossLog:
    """A TrainerCallback (built lazily, so this module imports without transformers) writing each log to JSONL."""

    def __new__(cls, path: Path, fresh: bool):
        from transformers import TrainerCallback

        class LossLog(TrainerCallback):
            def __init__(self) -> None:
                self.path = path
                if fresh and path.exists():
                    path.unlink()

            def on_log(self, args, state, control, logs=None, **kwargs):
                if not logs or not state.is_world_process_zero:
                    return
                row = {"step": state.global_step, "epoch": state.epoch, **logs, "time": time.time()}
                with open(self.path, "a", encoding="utf-8") as fh:
                    fh.write(json.dumps(row) + "\n")

        return LossLog()


def read_losses(path: Path) -> list[tuple[int, float]]:
    """(step, loss) of a metrics.jsonl, the last record per step (a resumed run re-logs a few steps)."""
    losses: dict[int, float] = {}
    if Path(path).exists():
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if "loss" in row:
                losses[int(row["step"])] = float(row["loss"])
    return sorted(losses.items())


def _training_args(out: Path, **kw: Any):
    """TrainingArguments with only the options this transformers version knows (4.33 for ChatGLM-6B ... 5.x)."""
    from transformers import TrainingArguments

    known = set(inspect.signature(TrainingArguments.__init__).parameters)
    if "use_cpu" in kw and "use_cpu" not in known:
        kw["no_cuda"] = kw.pop("use_cpu")
    return TrainingArguments(output_dir=str(out), **{k: v for k, v in kw.items() if k in known or k == "no_cuda"})


def train(
    base: str,
    data_dir: Path,
    out: Path,
    *,
    lr: float = PAPER["lr"],
    epochs: float = PAPER["epochs"],
    max_source: int = PAPER["max_source"],
    max_target: int = PAPER["max_target"],
    r: int = 8,
    alpha: int = 32,
    dropout: float = 0.1,
    target_modules: list[str] | str | None = None,
    batch_size: int = 4,
    grad_accum: int = 4,
    warmup_ratio: float = 0.0,
    style: str = "rag",
    gguf_file: str | None = None,
    trust_remote_code: bool = False,
    load_in_4bit: bool = False,
    load_in_8bit: bool = False,
    gradient_checkpointing: bool = False,
    max_steps: int | None = None,
    save_steps: int = 200,
    logging_steps: int = 1,
    resume: bool = True,
    merge: bool = False,
    seed: int = 0,
    device: str | None = None,
    limit: int | None = None,
    threads: int | None = None,
    progress: bool = False,
) -> TrainReport:
    """LoRA-tune `base` on data_dir/train.jsonl; the adapter is saved to `out` (loadable by HFBackend).

    `threads` caps torch's CPU threads for the run (on a busy shared CPU, 1 is often fastest)."""
    import torch

    previous_threads = torch.get_num_threads()
    if threads:
        torch.set_num_threads(threads)
    try:
        return _train(**{k: v for k, v in locals().items() if k not in ("torch", "previous_threads")})
    finally:
        torch.set_num_threads(previous_threads)


def _train(base: str, data_dir: Path, out: Path, *, lr: float, epochs: float, max_source: int, max_target: int,
           r: int, alpha: int, dropout: float, target_modules: list[str] | str | None, batch_size: int,
           grad_accum: int, warmup_ratio: float, style: str, gguf_file: str | None, trust_remote_code: bool,
           load_in_4bit: bool, load_in_8bit: bool, gradient_checkpointing: bool, max_steps: int | None,
           save_steps: int, logging_steps: int, resume: bool, merge: bool, seed: int, device: str | None,
           limit: int | None, threads: int | None, progress: bool) -> TrainReport:
    import torch
    from peft import LoraConfig, get_peft_model, prepare_model_for_kbit_training
    from transformers import Trainer, set_seed
    from transformers.trainer_utils import get_last_checkpoint

    if style not in STYLES:
        raise ValueError(f"style must be one of {STYLES}")
    started = time.perf_counter()
    out, data_dir = Path(out), Path(data_dir)
    out.mkdir(parents=True, exist_ok=True)
    settings = {
        "base": base, "gguf_file": gguf_file, "lr": lr, "epochs": epochs, "max_source": max_source,
        "max_target": max_target, "r": r, "alpha": alpha, "dropout": dropout, "batch_size": batch_size,
        "grad_accum": grad_accum, "style": style, "seed": seed, "max_steps": max_steps,
        "trust_remote_code": trust_remote_code, "load_in_4bit": load_in_4bit, "load_in_8bit": load_in_8bit,
    }
    set_seed(seed)
    base_path = resolve_base(base, data_dir, out)
    rows = load_dialogues(data_dir / "train.jsonl")[:limit]
    if not rows:
        raise FileNotFoundError(f"no training dialogues in {data_dir / 'train.jsonl'}: run synthesis first")

    model, tokenizer, device, dtype = load_base(base_path, gguf_file=gguf_file, trust_remote_code=trust_remote_code,
                                                load_in_4bit=load_in_4bit, load_in_8bit=load_in_8bit, device=device)
    model_type = model_type_of(model)
    dataset = SFTDataset(rows, tokenizer, style=style, model_type=model_type, max_source=max_source,
                         max_target=max_target, stop_ids=eos_ids(tokenizer, model))
    if load_in_4bit or load_in_8bit:
        model = prepare_model_for_kbit_training(model, use_gradient_checkpointing=gradient_checkpointing)
    elif gradient_checkpointing:
        model.gradient_checkpointing_enable()
        model.enable_input_require_grads()
    if isinstance(target_modules, str) and target_modules in ("qv", "all-attention"):
        targets: list[str] | str = default_target_modules(model, target_modules)
    elif target_modules is None:
        targets = default_target_modules(model)
    else:
        targets = target_modules  # a list, or peft's "all-linear"
    lora = LoraConfig(r=r, lora_alpha=alpha, lora_dropout=dropout, target_modules=targets, bias="none",
                      task_type="CAUSAL_LM")
    model = get_peft_model(model, lora)
    trainable = sum(p.numel() for p in model.parameters() if p.requires_grad)
    total = sum(p.numel() for p in model.parameters())

    on_gpu = device.startswith("cuda")
    ckpt_dir = out / "checkpoints"
    last = get_last_checkpoint(str(ckpt_dir)) if resume and ckpt_dir.is_dir() else None
    args = _training_args(
        ckpt_dir, learning_rate=lr, num_train_epochs=epochs, max_steps=max_steps or -1,
        per_device_train_batch_size=batch_size, gradient_accumulation_steps=grad_accum, warmup_ratio=warmup_ratio,
        lr_scheduler_type="linear", logging_steps=logging_steps, save_strategy="steps", save_steps=save_steps,
        save_total_limit=2, report_to=[], seed=seed, data_seed=seed, remove_unused_columns=False,
        label_names=["labels"], bf16=on_gpu and dtype == "bfloat16", fp16=on_gpu and dtype == "float16",
        use_cpu=not on_gpu, dataloader_pin_memory=on_gpu, disable_tqdm=not progress,
    )
    pad = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else 0
    trainer = Trainer(model=model, args=args, train_dataset=dataset,
                      data_collator=Collator(pad, attention_mask=model_type != "chatglm"),
                      callbacks=[_LossLog(out / "metrics.jsonl", fresh=last is None)])
    if not progress:  # quiet: the losses go to metrics.jsonl, not stdout
        from transformers.trainer_callback import PrinterCallback, ProgressCallback

        trainer.remove_callback(PrinterCallback)
        trainer.remove_callback(ProgressCallback)
    result = trainer.train(resume_from_checkpoint=last)
    model.save_pretrained(str(out))
    try:
        tokenizer.save_pretrained(str(out))  # HFBackend then loads the tokenizer from the adapter dir (fast)
    except Exception as exc:  # noqa: BLE001 - some remote-code tokenizers cannot save; the base's is used then
        print(f"note: the tokenizer was not saved with the adapter ({exc}); HFBackend will load the base's")
    losses = [loss for _, loss in read_losses(out / "metrics.jsonl")]
    k = max(1, min(5, len(losses) // 4)) if losses else 0
    report = TrainReport(
        base=base if base != "tiny" else base_path, adapter_dir=str(out), examples=len(dataset),
        steps=int(trainer.state.global_step), epochs=float(trainer.state.epoch or 0),
        target_modules=sorted(targets) if isinstance(targets, list) else [str(targets)],
        trainable_params=trainable, total_params=total, device=device, dtype=dtype, style=style,
        first_loss=losses[0] if losses else None, last_loss=losses[-1] if losses else None,
        mean_first=sum(losses[:k]) / k if k else None, mean_last=sum(losses[-k:]) / k if k else None,
        source_truncated=dataset.source_truncated, target_truncated=dataset.target_truncated,
        resumed_from=last, settings={**settings, "base_path": base_path, "train_loss": result.training_loss},
    )
    if merge:
        del trainer, model
        if on_gpu:
            torch.cuda.empty_cache()
        report.merged_dir = str(merge_adapter(base_path, out, out / "merged", gguf_file=gguf_file,
                                              trust_remote_code=trust_remote_code))
    report.seconds = round(time.perf_counter() - started, 2)
    if report.mean_last is not None and not math.isfinite(report.mean_last):
        raise FloatingPointError(f"training diverged (loss {report.mean_last}); lower the learning rate")
    (out / "train_report.json").write_text(json.dumps(report.to_dict(), indent=2, ensure_ascii=False) + "\n",
                                           encoding="utf-8")
    return report


def merge_adapter(base: str, adapter: Path, out: Path, *, gguf_file: str | None = None,
                  trust_remote_code: bool = False) -> Path:
    """Base + adapter as one ordinary model at `out` (the base reloaded unquantised, then merge_and_unload)."""
    from peft import PeftModel

    model, tokenizer, _, _ = load_base(base, gguf_file=gguf_file, trust_remote_code=trust_remote_code)
    merged = PeftModel.from_pretrained(model, str(adapter)).merge_and_unload()
    out = Path(out)
    merged.save_pretrained(str(out))
    tokenizer.save_pretrained(str(out))
    return out


def main(argv: list[str] | None = None) -> int:
    """`python -m training.finetune --base B --data DIR --out DIR [...]`: train() without the expertglm CLI (for
    a separate environment such as ChatGLM-6B's pinned transformers, see scripts/train_gpu.sh)."""
    import argparse

    ap = argparse.ArgumentParser(prog="python -m training.finetune", description=main.__doc__)
    ap.add_argument("--base", required=True, help="model name or path, or 'tiny'")
    ap.add_argument("--data", type=Path, required=True)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--gguf-file")
    ap.add_argument("--trust-remote-code", action="store_true")
    ap.add_argument("--lr", type=float, default=PAPER["lr"])
    ap.add_argument("--epochs", type=float, default=PAPER["epochs"])
    ap.add_argument("--max-source", type=int, default=PAPER["max_source"])
    ap.add_argument("--max-target", type=int, default=PAPER["max_target"])
    ap.add_argument("--r", type=int, default=8)
    ap.add_argument("--alpha", type=int, default=32)
    ap.add_argument("--dropout", type=float, default=0.1)
    ap.add_argument("--target-modules", help="qv | all-attention | all-linear | comma-separated names")
    ap.add_argument("--batch-size", type=int, default=4)
    ap.add_argument("--grad-accum", type=int, default=4)
    ap.add_argument("--style", default="rag", choices=STYLES)
    ap.add_argument("--load-in-4bit", action="store_true")
    ap.add_argument("--load-in-8bit", action="store_true")
    ap.add_argument("--gradient-checkpointing", action="store_true")
    ap.add_argument("--max-steps", type=int)
    ap.add_argument("--save-steps", type=int, default=200)
    ap.add_argument("--no-resume", action="store_true")
    ap.add_argument("--merge", action="store_true")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--threads", type=int)
    args = ap.parse_args(argv)
    targets: Any = args.target_modules
    if targets and targets not in ("qv", "all-attention", "all-linear"):
        targets = [t.strip() for t in targets.split(",") if t.strip()]
    report = train(args.base, args.data, args.out, lr=args.lr, epochs=args.epochs, max_source=args.max_source,
                   max_target=args.max_target, r=args.r, alpha=args.alpha, dropout=args.dropout,
                   target_modules=targets, batch_size=args.batch_size, grad_accum=args.grad_accum, style=args.style,
                   gguf_file=args.gguf_file, trust_remote_code=args.trust_remote_code,
                   load_in_4bit=args.load_in_4bit, load_in_8bit=args.load_in_8bit,
                   gradient_checkpointing=args.gradient_checkpointing, max_steps=args.max_steps,
                   save_steps=args.save_steps, resume=not args.no_resume, merge=args.merge, seed=args.seed,
                   threads=args.threads, progress=True)
    print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
