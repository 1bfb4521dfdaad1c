"""Training commands: the training layer's steps as plain functions (arguments + Settings) and their CLI wrappers:

    expertglm synth          dialogues from the graph (template offline, or an OpenAI-compatible model)
    expertglm train          LoRA fine-tuning on them
    expertglm eval training  base vs tuned vs RAG-grounded on the held-out split

Each returns its result and prints a short summary through `echo` (typer.echo in the CLI); errors a user can fix
raise `UsageError` with the message to print (exit status 2 in the CLI).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Annotated, Any

import typer

from errors import UsageError
from expertglm.config import Settings

Echo = Callable[[str], None]


def _open_store(settings: Settings):
    from expertglm import runtime

    return runtime.open_store(settings)


def _fractions(split: Sequence[float] | str | None) -> tuple[float, float, float]:
    if split is None:
        from training.synthesis import DEFAULT_FRACTIONS

        return DEFAULT_FRACTIONS
    try:
        if isinstance(split, str):
            split = [float(x) for x in split.replace("/", ",").split(",")]
        values = [float(x) for x in split]
    except ValueError:
        values = []
    if len(values) != 3 or sum(values) <= 0:
        raise UsageError("--split takes three numbers, train/dev/test, e.g. 90/5/5 or 0.9,0.05,0.05")
    total = sum(values)
    return (values[0] / total, values[1] / total, values[2] / total)


def synth(
    settings: Settings,
    out: Path,
    *,
    experts: int | None = None,
    per_expert: int = 3,
    backend: str = "template",
    model: str | None = None,
    base_url: str | None = None,
    api_key: str | None = None,
    concurrency: int = 4,
    seed: int = 0,
    temperature: float = 0.8,
    max_tokens: int = 1024,
    json_mode: bool = False,
    timeout: float = 60.0,
    max_retries: int = 6,
    price_prompt: float = 0.0,
    price_completion: float = 0.0,
    split: Sequence[float] | str | None = None,
    progress: bool = True,
    echo: Echo = print,
):
    """Synthesise dialogues into out/{train,dev,test}.jsonl + report.json (model: --model, else
    $EXPERTGLM_OPENAI_MODEL; endpoint: --base-url, else $OPENAI_BASE_URL; key: $OPENAI_API_KEY)."""
    from generation.openai_client import CallError, Prices, RetryPolicy
    from training.synthesis import synthesize

    if backend == "openai":
        model = model or settings.openai_model
        if not model:
            raise UsageError("the openai synthesis backend needs --model (or EXPERTGLM_OPENAI_MODEL), "
                             "e.g. gpt-3.5-turbo as in the paper, and OPENAI_API_KEY or OPENAI_BASE_URL")
    elif backend != "template":
        raise UsageError(f"unknown backend {backend!r}: use template or openai")
    with _open_store(settings) as store:
        try:
            report = synthesize(store, out, experts, per_expert, backend, model=model, base_url=base_url,
                                api_key=api_key, concurrency=concurrency, seed=seed, temperature=temperature,
                                max_tokens=max_tokens, json_mode=json_mode, timeout=timeout,
                                retry=RetryPolicy(max_retries=max_retries),
                                prices=Prices(price_prompt, price_completion),
                                fractions=_fractions(split), progress=progress)
        except CallError as exc:
            raise UsageError(f"synthesis stopped: {exc} (answered calls are cached in {out}/cache.jsonl; "
                             "rerun to resume)") from exc
    echo(f"kept {report.kept} dialogues of {report.tasks} ({report.experts} experts): "
         + ", ".join(f"{s} {n}" for s, n in report.splits.items()))
    echo(f"dropped: ungrounded {report.dropped_ungrounded}, duplicate {report.dropped_duplicate}, "
         f"off-target {report.dropped_off_target}, leak {report.dropped_leak}, unparsable {report.parse_failed}, "
         f"failed calls {report.failed}")
    if backend == "openai":
        echo(f"calls {report.calls} (+{report.cached} cached, {report.retries} retries), tokens "
             f"{report.prompt_tokens}+{report.completion_tokens}, cost ${report.cost:.4f}")
    echo(f"{report.seconds:.1f}s -> {out}")
    return report


def train(
    settings: Settings,
    data: Path,
    out: Path,
    *,
    base: str | None = None,
    gguf_file: str | None = None,
    trust_remote_code: bool | None = None,
    lr: float = 2e-5,
    epochs: float = 1.0,
    max_source: int = 512,
    max_target: int = 100,
    r: int = 8,
    alpha: int = 32,
    dropout: float = 0.1,
    target_modules: str | None = None,
    batch_size: int = 4,
    grad_accum: int = 4,
    style: str = "rag",
    load_in_4bit: bool = False,
    load_in_8bit: bool = False,
    gradient_checkpointing: bool = False,
    max_steps: int | None = None,
    save_steps: int = 200,
    resume: bool = True,
    merge: bool = False,
    seed: int = 0,
    threads: int | None = None,
    progress: bool = True,
    echo: Echo = print,
):
    """LoRA-tune `base` (--base, else $EXPERTGLM_HF_MODEL; "tiny" = the tiny GLM for a CPU try-out) on
    data/train.jsonl; the adapter is written to `out` (use it with EXPERTGLM_HF_ADAPTER=out)."""
    from training.finetune import train as run_train

    base = base or settings.hf_model
    if not base:
        raise UsageError("train needs --base (a model name or path, or 'tiny') or EXPERTGLM_HF_MODEL")
    if not (Path(data) / "train.jsonl").exists():
        raise UsageError(f"no {Path(data) / 'train.jsonl'}: run `expertglm synth --out {data}` first")
    targets: Any = None
    if target_modules:
        targets = target_modules if target_modules in ("qv", "all-attention", "all-linear") else \
            [t.strip() for t in target_modules.split(",") if t.strip()]
    try:
        report = run_train(base, data, out, lr=lr, epochs=epochs, max_source=max_source, max_target=max_target, r=r,
                           alpha=alpha, dropout=dropout, target_modules=targets, batch_size=batch_size,
                           grad_accum=grad_accum, style=style,
                           gguf_file=gguf_file or (settings.hf_gguf if base == settings.hf_model else None),
                           trust_remote_code=settings.hf_trust_remote_code if trust_remote_code is None
                           else trust_remote_code,
                           load_in_4bit=load_in_4bit, load_in_8bit=load_in_8bit,
                           gradient_checkpointing=gradient_checkpointing, max_steps=max_steps,
                           save_steps=save_steps, resume=resume, merge=merge, seed=seed, threads=threads,
                           progress=progress)
    except (ValueError, FileNotFoundError, OSError) as exc:
        raise UsageError(str(exc)) from exc
    echo(f"trained {report.steps} steps on {report.examples} dialogues ({report.device}, {report.dtype}); "
         f"loss {report.mean_first:.3f} -> {report.mean_last:.3f}" if report.mean_first is not None else
         f"trained {report.steps} steps on {report.examples} dialogues")
    echo(f"LoRA r={r} on {', '.join(report.target_modules)}: {report.trainable_params:,} of "
         f"{report.total_params:,} parameters; truncated prompts {report.source_truncated}, answers "
         f"{report.target_truncated}")
    echo(f"adapter: {report.adapter_dir}" + (f"; merged model: {report.merged_dir}" if report.merged_dir else ""))
    echo(f"use it: EXPERTGLM_BACKEND=hf EXPERTGLM_HF_MODEL={report.settings.get('base_path', base)} "
         f"EXPERTGLM_HF_ADAPTER={report.adapter_dir}")
    return report


def _retriever(settings: Settings, store):
    from expertglm import runtime
    from retrieval.sync import index_behind

    if (warning := index_behind(store, settings.index_dir)) and warning.startswith("no index"):
        raise UsageError("no retrieval index for the rag system: run `expertglm index build` "
                         "(or leave rag out of --systems)")
    return runtime.retriever(settings, store, build_missing=False)


def eval_training(
    settings: Settings,
    data: Path,
    *,
    adapter: Path | None = None,
    base: str | None = None,
    split: str = "test",
    limit: int | None = None,
    systems: Sequence[str] | str = ("base", "tuned", "rag"),
    context: str = "auto",
    style: str | None = None,
    top_k: int = 3,
    max_new_tokens: int = 100,
    device: str = "cpu",
    threads: int | None = None,
    as_json: bool = False,
    progress: bool = True,
    echo: Echo = print,
) -> dict[str, Any]:
    """BLEU-4, ROUGE-1/2/L, expert accuracy and hallucination of the base model, the tuned model and the
    RAG-grounded pipeline on data/<split>.jsonl."""
    from training.evaluation import evaluate_training, format_table

    if isinstance(systems, str):
        systems = [s.strip() for s in systems.split(",") if s.strip()]
    adapter = adapter or (Path(settings.hf_adapter) if settings.hf_adapter else None)
    base = base or None
    with _open_store(settings) as store:
        retriever = None
        if "rag" in systems or context == "retrieved":
            retriever, warning = _retriever(settings, store)
            if warning:
                echo(f"warning: {warning}")
        try:
            result = evaluate_training(adapter, base or (settings.hf_model if adapter is None else None), data,
                                       store, retriever, split=split, limit=limit, systems=systems,
                                       context=context, style=style, top_k=top_k, max_new_tokens=max_new_tokens,
                                       gguf_file=settings.hf_gguf if base is None and adapter is None else None,
                                       trust_remote_code=settings.hf_trust_remote_code, device=device,
                                       threads=threads, progress=progress)
        except (ValueError, FileNotFoundError, OSError) as exc:
            raise UsageError(str(exc)) from exc
    if as_json:
        echo(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        echo(f"{result['dialogues']} {split} dialogues; style {result['style']}, context {result['context']}")
        echo(format_table(result))
        for system, why in result["skipped"].items():
            echo(f"skipped {system}: {why}")
    return result


# ------------------------------------------------------------------ the CLI wrappers
def synth_cmd(
    out: Annotated[Path, typer.Option(help="Output directory: train/dev/test.jsonl, report.json, cache.jsonl.")],
    experts: Annotated[int | None, typer.Option(help="Experts to sample (default: all).")] = None,
    per_expert: Annotated[int, typer.Option(help="Dialogues per expert: problem, field ask, follow-up, ...")] = 3,
    backend: Annotated[str, typer.Option(help="template (offline) or openai (any OpenAI-compatible endpoint).")] = "template",
    model: Annotated[str | None, typer.Option(help="Chat model (default EXPERTGLM_OPENAI_MODEL), e.g. gpt-3.5-turbo.")] = None,
    base_url: Annotated[str | None, typer.Option(help="Endpoint (default OPENAI_BASE_URL).")] = None,
    concurrency: Annotated[int, typer.Option(help="Calls in flight at once.")] = 4,
    seed: Annotated[int, typer.Option(help="Sampling seed (same seed, same prompts: the cache resumes).")] = 0,
    temperature: Annotated[float, typer.Option(help="Sampling temperature of the writer model.")] = 0.8,
    json_mode: Annotated[bool, typer.Option(help="Ask for response_format=json_object.")] = False,
    max_retries: Annotated[int, typer.Option(help="Retries on 429/5xx/timeouts (exponential backoff).")] = 6,
    price_prompt: Annotated[float, typer.Option(help="$ per 1k prompt tokens, for the cost report.")] = 0.0,
    price_completion: Annotated[float, typer.Option(help="$ per 1k completion tokens.")] = 0.0,
    split: Annotated[str, typer.Option(help="train/dev/test shares, by expert.")] = "90/5/5",
    progress: Annotated[bool, typer.Option(help="Progress bar.")] = True,
) -> None:
    """Synthesise expert-recommendation dialogues from the graph (the paper's content/summary + chat messages)."""
    synth(Settings.from_env(), out, experts=experts, per_expert=per_expert, backend=backend, model=model,
          base_url=base_url, concurrency=concurrency, seed=seed, temperature=temperature, json_mode=json_mode,
          max_retries=max_retries, price_prompt=price_prompt, price_completion=price_completion, split=split,
          progress=progress, echo=typer.echo)


def train_cmd(
    data: Annotated[Path, typer.Option(help="Directory with train.jsonl (from `expertglm synth`).", exists=True)],
    out: Annotated[Path, typer.Option(help="Adapter directory (checkpoints, metrics.jsonl inside).")],
    base: Annotated[str | None, typer.Option(help="Base model name/path (default EXPERTGLM_HF_MODEL); 'tiny' = tiny GLM.")] = None,
    gguf: Annotated[str | None, typer.Option(help="GGUF file inside --base (dequantised).")] = None,
    trust_remote_code: Annotated[bool | None, typer.Option(help="For THUDM/chatglm-6b (default EXPERTGLM_HF_TRUST_REMOTE_CODE).")] = None,
    lr: Annotated[float, typer.Option(help="Learning rate (paper: 2e-5).")] = 2e-5,
    epochs: Annotated[float, typer.Option(help="Epochs (paper: 1).")] = 1.0,
    max_source: Annotated[int, typer.Option(help="Prompt tokens (paper: 512).")] = 512,
    max_target: Annotated[int, typer.Option(help="Answer tokens (paper: 100).")] = 100,
    r: Annotated[int, typer.Option(help="LoRA rank.")] = 8,
    alpha: Annotated[int, typer.Option(help="LoRA alpha.")] = 32,
    dropout: Annotated[float, typer.Option(help="LoRA dropout.")] = 0.1,
    target_modules: Annotated[str | None, typer.Option(help="qv | all-attention | all-linear | comma list (default per architecture).")] = None,
    batch_size: Annotated[int, typer.Option(help="Per-device batch size.")] = 4,
    grad_accum: Annotated[int, typer.Option(help="Gradient accumulation steps.")] = 4,
    style: Annotated[str, typer.Option(help="rag (facts in the prompt, as the answerer sends them) or plain (paper).")] = "rag",
    load_in_4bit: Annotated[bool, typer.Option(help="QLoRA 4-bit base (GPU, bitsandbytes).")] = False,
    load_in_8bit: Annotated[bool, typer.Option(help="8-bit base (GPU, bitsandbytes).")] = False,
    gradient_checkpointing: Annotated[bool, typer.Option(help="Trade compute for memory.")] = False,
    max_steps: Annotated[int | None, typer.Option(help="Stop after this many optimiser steps.")] = None,
    save_steps: Annotated[int, typer.Option(help="Checkpoint every N steps.")] = 200,
    resume: Annotated[bool, typer.Option(help="Resume from the last checkpoint in OUT/checkpoints.")] = True,
    merge: Annotated[bool, typer.Option(help="Also save base+adapter merged to OUT/merged.")] = False,
    seed: Annotated[int, typer.Option(help="Seed.")] = 0,
    threads: Annotated[int | None, typer.Option(help="CPU threads for torch.")] = None,
    progress: Annotated[bool, typer.Option(help="Progress bar and losses on the terminal.")] = True,
) -> None:
    """LoRA fine-tuning on synthesised dialogues (the paper: lr 2e-5, 1 epoch, 512/100 tokens)."""
    train(Settings.from_env(), data, out, base=base, gguf_file=gguf, trust_remote_code=trust_remote_code, lr=lr,
          epochs=epochs, max_source=max_source, max_target=max_target, r=r, alpha=alpha, dropout=dropout,
          target_modules=target_modules, batch_size=batch_size, grad_accum=grad_accum, style=style,
          load_in_4bit=load_in_4bit, load_in_8bit=load_in_8bit, gradient_checkpointing=gradient_checkpointing,
          max_steps=max_steps, save_steps=save_steps, resume=resume, merge=merge, seed=seed, threads=threads,
          progress=progress, echo=typer.echo)


def eval_training_cmd(
    data: Annotated[Path, typer.Option(help="Directory with the held-out split (from `expertglm synth`).", exists=True)],
    adapter: Annotated[Path | None, typer.Option(help="LoRA adapter dir (default EXPERTGLM_HF_ADAPTER).")] = None,
    base: Annotated[str | None, typer.Option(help="Base model (default: the adapter's, else EXPERTGLM_HF_MODEL).")] = None,
    split: Annotated[str, typer.Option(help="test or dev.")] = "test",
    limit: Annotated[int | None, typer.Option(help="Only the first N dialogues.")] = None,
    systems: Annotated[str, typer.Option(help="Comma list of base, tuned, rag.")] = "base,tuned,rag",
    context: Annotated[str, typer.Option(help="auto | retrieved | oracle: the experts in the models' prompts.")] = "auto",
    max_new_tokens: Annotated[int, typer.Option(help="Answer length cap (paper: 100).")] = 100,
    device: Annotated[str, typer.Option(help="cpu, cuda or auto.")] = "cpu",
    threads: Annotated[int | None, typer.Option(help="CPU threads for torch.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Base vs LoRA-tuned vs RAG-grounded: BLEU-4, ROUGE, expert accuracy, hallucination on held-out experts."""
    eval_training(Settings.from_env(), data, adapter=adapter, base=base, split=split, limit=limit, systems=systems,
                  context=context, max_new_tokens=max_new_tokens, device=device, threads=threads,
                  as_json=as_json, progress=not as_json, echo=typer.echo)


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    app.command("synth")(synth_cmd)
    app.command("train")(train_cmd)
    eval_app.command("training")(eval_training_cmd)
