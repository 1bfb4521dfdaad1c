"""Supervised fine-tuning examples from the synthesised dialogues.

Prompt style (the choice, documented):

* ``rag`` (default) - the prompt is exactly what generation.answerer.ExpertAnswerer sends a backend at inference:
  generation.prompt.build_messages(request, experts, history), i.e. the system prompt with the dialogue's expert
  facts as context, the earlier turns, then the request. The model learns to recommend from the facts it is
  given, so a tuned model is used through the retrieval pipeline (and its guard) the way it was trained.
* ``plain`` - the paper's setting: the earlier turns and the request only, no system prompt and no facts; the
  model must have memorised the experts (what the evaluation's hallucination rate then measures).

The prompt text is rendered by generation.hf_backend.HFBackend.render itself (the tokenizer's chat template when
it has one, ChatGLM-6B's ``[Round i]`` format, else a plain one), so training and inference see the same text. The
target is the answer plus whatever the chat template puts after an assistant turn (its end-of-turn marker), else
the answer plus EOS. Labels are -100 over the prompt: the loss is on the answer tokens only.

Lengths follow the paper's ChatGLM scripts: the prompt is cut to `max_source` tokens (from the left, keeping the
request and the generation prompt, and keeping a leading BOS), the target to `max_target - 1` tokens plus EOS.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from generation.models import ChatMessage
from generation.prompt import build_messages
from retrieval.models import ExpertMatch

STYLES = ("rag", "plain")


def load_dialogues(path: Path) -> list[dict[str, Any]]:
    """The dialogues of one JSONL split (an empty list when the file is missing)."""
    path = Path(path)
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def history_messages(row: dict[str, Any]) -> list[ChatMessage]:
    msgs: list[ChatMessage] = []
    for q, a in row.get("history") or []:
        msgs += [ChatMessage(role="user", content=q), ChatMessage(role="assistant", content=a)]
    return msgs


def dialogue_experts(row: dict[str, Any]) -> list[ExpertMatch]:
    return [ExpertMatch(**e) for e in row.get("experts") or []]


def prompt_messages(row: dict[str, Any], style: str = "rag", experts: list[ExpertMatch] | None = None
                    ) -> list[ChatMessage]:
    """The messages a model answers for this dialogue (`experts` overrides the dialogue's own as context)."""
    if style not in STYLES:
        raise ValueError(f"unknown prompt style {style!r}: use one of {STYLES}")
    history = history_messages(row)
    if style == "plain":
        return [*history, ChatMessage(role="user", content=row["content"])]
    return build_messages(row["content"], dialogue_experts(row) if experts is None else experts, history)


def model_type_of(model: Any) -> str:
    return getattr(getattr(model, "config", None), "model_type", "") or ""


def render_prompt(tokenizer: Any, messages: list[ChatMessage], model_type: str = "") -> str:
    """The prompt text exactly as HFBackend renders it at inference."""
    from generation.hf_backend import HFBackend

    return HFBackend.render(SimpleNamespace(tokenizer=tokenizer, _model_type=model_type), messages)  # type: ignore[arg-type]


def _templated(tokenizer: Any) -> bool:
    return bool(getattr(tokenizer, "chat_template", None))


def target_text(tokenizer: Any, messages: list[ChatMessage], answer: str, prompt: str) -> str:
    """The answer as the chat template writes an assistant turn after `prompt` (its end marker included)."""
    if not _templated(tokenizer):
        return answer
    msgs = [{"role": m.role, "content": m.content} for m in messages] + [{"role": "assistant", "content": answer}]
    try:
        full = tokenizer.apply_chat_template(msgs, tokenize=False)
    except Exception:  # noqa: BLE001 - the same fold as HFBackend.render for templates that reject a system turn
        system = "\n".join(m["content"] for m in msgs if m["role"] == "system")
        rest = [dict(m) for m in msgs if m["role"] != "system"]
        if system and rest:
            rest[0]["content"] = f"{system}\n\n{rest[0]['content']}"
        try:
            full = tokenizer.apply_chat_template(rest, tokenize=False)
        except Exception:  # noqa: BLE001 - a template that cannot write the turn: the plain answer
            return answer
    if full.startswith(prompt) and answer in full[len(prompt):]:
        return full[len(prompt):]
    return answer  # templates that rewrite history (e.g. strip reasoning) do not extend the prompt


@dataclass
class Encoded:
    input_ids: list[int]
    labels: list[int]
    source_truncated: bool
    target_truncated: bool


def eos_ids(tokenizer: Any, model: Any = None) -> set[int]:
    ids: set[int] = set()
    config = getattr(model, "generation_config", None)
    eos = getattr(config, "eos_token_id", None)
    if isinstance(eos, int):
        ids.add(eos)
    elif eos:
        ids.update(int(i) for i in eos)
    if tokenizer.eos_token_id is not None:
        ids.add(int(tokenizer.eos_token_id))
    return ids


def encode(tokenizer: Any, row: dict[str, Any], *, style: str = "rag", model_type: str = "",
           max_source: int = 512, max_target: int = 100, stop_ids: set[int] | None = None) -> Encoded:
    """input_ids = prompt + answer (+ end marker / EOS); labels = -100 over the prompt."""
    messages = prompt_messages(row, style)
    prompt = render_prompt(tokenizer, messages, model_type)
    templated = _templated(tokenizer)
    # a chat template writes the special tokens itself; otherwise the tokenizer adds them (ChatGLM's [gMASK]<sop>)
    source = list(tokenizer(prompt, add_special_tokens=not templated)["input_ids"])
    source_truncated = len(source) > max_source
    if source_truncated:
        keep_bos = tokenizer.bos_token_id is not None and source[0] == tokenizer.bos_token_id
        source = ([source[0]] if keep_bos else []) + source[-(max_source - int(keep_bos)):]
    target = list(tokenizer(target_text(tokenizer, messages, row["summary"], prompt),
                            add_special_tokens=False)["input_ids"])
    stops = stop_ids if stop_ids is not None else eos_ids(tokenizer)
    eos = tokenizer.eos_token_id if tokenizer.eos_token_id is not None else next(iter(stops), None)
    if not stops & set(target) and eos is not None:
        target.append(eos)
    target_truncated = len(target) > max_target
    if target_truncated:  # as the paper's ChatGLM script: max_target - 1 answer tokens, then EOS
        target = target[: max_target - 1] + ([eos] if eos is not None else [])
    return Encoded(source + target, [-100] * len(source) + target, source_truncated, target_truncated)


class SFTDataset:
    """Encoded examples of one split, as the list of dicts HF Trainer iterates over."""

    def __init__(self, rows: list[dict[str, Any]], tokenizer: Any, *, style: str = "rag", model_type: str = "",
                 max_source: int = 512, max_target: int = 100, stop_ids: set[int] | None = None) -> None:
        self.examples: list[dict[str, list[int]]] = []
        self.source_truncated = self.target_truncated = 0
        for row in rows:
            enc = encode(tokenizer, row, style=style, model_type=model_type, max_source=max_source,
                         max_target=max_target, stop_ids=stop_ids)
            self.examples.append({"input_ids": enc.input_ids, "labels": enc.labels})
            self.source_truncated += enc.source_truncated
            self.target_truncated += enc.target_truncated

    def __len__(self) -> int:
        return len(self.examples)

    def __getitem__(self, i: int) -> dict[str, list[int]]:
        return self.examples[i]


class Collator:
    """Right-pads a batch: input_ids with the pad id, labels with -100; attention_mask unless the model builds
    its own from the input ids (ChatGLM-6B's remote code, trained without one in its official scripts)."""

    def __init__(self, pad_id: int, attention_mask: bool = True) -> None:
        self.pad_id = pad_id
        self.attention_mask = attention_mask

    def __call__(self, batch: list[dict[str, list[int]]]) -> dict[str, Any]:
        import torch

        width = max(len(b["input_ids"]) for b in batch)
        ids = torch.full((len(batch), width), self.pad_id, dtype=torch.long)
        labels = torch.full((len(batch), width), -100, dtype=torch.long)
        mask = torch.zeros((len(batch), width), dtype=torch.long)
        for i, b in enumerate(batch):
            n = len(b["input_ids"])
            ids[i, :n] = torch.tensor(b["input_ids"], dtype=torch.long)
            labels[i, :n] = torch.tensor(b["labels"], dtype=torch.long)
            mask[i, :n] = 1
        out = {"input_ids": ids, "labels": labels}
        if self.attention_mask:
            out["attention_mask"] = mask
        return out
