"""A tiny GLM-architecture chat model built offline, for tests and the CLI's `--base tiny`.

The tokenizer is a BPE trained in-process (`tokenizers`) on the dialogues it will see, wrapped as a
`PreTrainedTokenizerFast` with a GLM-4-like chat template (`<|system|>\\n…<|user|>\\n…<|assistant|>\\n…`);
the model is `GlmForCausalLM` from a `GlmConfig` with tiny dimensions and random weights. Saved as an ordinary
Hugging Face model directory, it loads with `AutoModelForCausalLM` / `AutoTokenizer` and so with
generation.hf_backend.HFBackend, with or without a LoRA adapter.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

CHAT_TEMPLATE = (
    "{% for message in messages %}<|{{ message['role'] }}|>\n{{ message['content'] }}{% endfor %}"
    "{% if add_generation_prompt %}<|assistant|>\n{% endif %}"
)
SPECIAL_TOKENS = ["<pad>", "<unk>", "<|endoftext|>", "<|system|>", "<|user|>", "<|assistant|>"]


def dialogue_texts(data_dir: Path, splits: Iterable[str] = ("train",)) -> list[str]:
    """Every text of the synthesised dialogues (messages, including the system prompt with the facts)."""
    texts: list[str] = []
    for split in splits:
        path = Path(data_dir) / f"{split}.jsonl"
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                texts.extend(m["content"] for m in row.get("messages", []))
                texts.extend([row.get("content", ""), row.get("summary", "")])
    return texts


def train_tokenizer(texts: Iterable[str], vocab_size: int = 2000):
    """A byte-free BPE over characters (every character of `texts` is in the alphabet, so Chinese text is never
    split into bytes), with punctuation and newlines as their own pieces; a chat template is attached."""
    from tokenizers import Regex, Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    tok = Tokenizer(models.BPE(unk_token="<unk>"))  # no normaliser: decoding gives the text back exactly
    tok.pre_tokenizer = pre_tokenizers.Sequence([
        pre_tokenizers.Split(Regex(r"\s+|[，。：；、！？（）「」,.:;!?()\[\]\"'0-9]"), behavior="isolated"),
    ])
    tok.decoder = decoders.Fuse()
    trainer = trainers.BpeTrainer(vocab_size=vocab_size, special_tokens=SPECIAL_TOKENS, min_frequency=2,
                                  show_progress=False)
    tok.train_from_iterator(list(texts), trainer=trainer)
    fast = PreTrainedTokenizerFast(tokenizer_object=tok, unk_token="<unk>", pad_token="<pad>",
                                   eos_token="<|endoftext|>",
                                   additional_special_tokens=["<|system|>", "<|user|>", "<|assistant|>"])
    fast.chat_template = CHAT_TEMPLATE
    fast.padding_side = "right"
    return fast


def build_tiny_glm(tokenizer, hidden_size: int = 128, layers: int = 2, heads: int = 4, kv_heads: int = 2,
                   intermediate_size: int = 256, max_positions: int = 2048, seed: int = 0):
    """A randomly initialised GlmForCausalLM sized for a CPU test (about 0.9M parameters at the defaults)."""
    import torch
    from transformers import GenerationConfig, GlmConfig, GlmForCausalLM

    torch.manual_seed(seed)
    config = GlmConfig(vocab_size=len(tokenizer), hidden_size=hidden_size, intermediate_size=intermediate_size,
                       num_hidden_layers=layers, num_attention_heads=heads, num_key_value_heads=kv_heads,
                       head_dim=hidden_size // heads, max_position_embeddings=max_positions,
                       pad_token_id=tokenizer.pad_token_id, eos_token_id=tokenizer.eos_token_id, bos_token_id=None)
    model = GlmForCausalLM(config)
    model.generation_config = GenerationConfig(eos_token_id=tokenizer.eos_token_id,
                                               pad_token_id=tokenizer.pad_token_id)
    return model


def make_tiny_base(out_dir: Path, data_dir: Path, vocab_size: int = 2000, seed: int = 0, **dims) -> Path:
    """Train the tokenizer on data_dir's dialogues, build the tiny model and save both to out_dir (reused if
    out_dir already holds one)."""
    out_dir = Path(out_dir)
    if (out_dir / "config.json").exists() and (out_dir / "tokenizer.json").exists():
        return out_dir
    texts = dialogue_texts(data_dir, ("train", "dev"))
    if not texts:
        raise FileNotFoundError(f"no dialogues under {data_dir} to train the tiny tokenizer on")
    tokenizer = train_tokenizer(texts, vocab_size)
    model = build_tiny_glm(tokenizer, seed=seed, **dims)
    out_dir.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(out_dir)
    tokenizer.save_pretrained(out_dir)
    return out_dir
