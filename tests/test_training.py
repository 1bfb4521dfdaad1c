"""LoRA fine-tuning end to end on CPU (a tiny GLM with a tokenizer trained on the synthesised dialogues), the adapter
loaded by HFBackend, and the base / tuned / RAG evaluation on the held-out split of the demo graph, against
independent references (evaluation/training.py)."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("peft", reason="the training extra is not installed")
pytest.importorskip("sacrebleu", reason="the training extra is not installed")
pytest.importorskip("rouge_score", reason="the training extra is not installed")

from evaluation.generation import split_sentences  # noqa: E402
from evaluation.training import TrainingEvaluator, independent_reference  # noqa: E402
from generation.hf_backend import HFBackend  # noqa: E402
from training.data import encode, load_dialogues, prompt_messages, render_prompt  # noqa: E402
from training.evaluation import (  # noqa: E402
    METRICS,
    CharTokenizer,
    GraphFacts,
    evaluate_training,
    format_table,
    text_scores,
)
from training.finetune import default_target_modules, read_losses, train  # noqa: E402
from training.synthesis import synthesize  # noqa: E402

TRAIN = dict(lr=5e-3, r=16, batch_size=4, grad_accum=1, max_source=384, max_target=128, target_modules="all-linear",
             save_steps=10, threads=1)  # a higher lr than the paper's 2e-5, for a few dozen steps


@pytest.fixture(scope="module")
def dialogues(demo_graph, tmp_path_factory):
    _, store, _, _ = demo_graph
    out = tmp_path_factory.mktemp("dialogues")
    report = synthesize(store, out, experts=80, per_expert=3, backend="template", seed=11,
                        fractions=(0.8, 0.1, 0.1), progress=False)
    assert report.splits["train"] > 100 and report.splits["test"] >= 6
    return out


@pytest.fixture(scope="module")
def tuned(dialogues, tmp_path_factory):
    run = tmp_path_factory.mktemp("lora")
    first = train("tiny", dialogues, run, max_steps=20, **TRAIN)
    # a second call resumes from the last checkpoint and goes on to 40 steps, then merges the adapter
    second = train("tiny", dialogues, run, max_steps=40, merge=True, **TRAIN)
    return run, first, second


def test_training_examples_are_the_prompts_hf_backend_renders(dialogues, tuned):
    run, _, _ = tuned
    backend = HFBackend(str(run / "tiny-base"))
    tokenizer = backend.tokenizer
    rows = load_dialogues(dialogues / "train.jsonl")
    for row in (next(r for r in rows if r["kind"] == "problem"), next(r for r in rows if r["kind"] == "followup")):
        messages = prompt_messages(row, "rag")
        assert messages[0].role == "system" and row["experts"][0]["name"] in messages[0].content
        enc = encode(tokenizer, row, max_source=384, max_target=128)
        n_prompt = enc.labels.count(-100)
        assert enc.labels[:n_prompt] == [-100] * n_prompt and -100 not in enc.labels[n_prompt:]
        prompt = render_prompt(tokenizer, messages)
        assert prompt == backend.render(messages)  # the text HFBackend sends at inference
        assert tokenizer.decode(enc.input_ids[:n_prompt]) == prompt
        assert enc.input_ids[-1] == tokenizer.eos_token_id
        assert tokenizer.decode(enc.input_ids[n_prompt:], skip_special_tokens=True) == row["summary"]
        if row["kind"] == "followup":
            assert row["history"][0][0] in prompt
    plain = prompt_messages(rows[0], "plain")
    assert [m.role for m in plain][-1] == "user" and all(m.role != "system" for m in plain)
    short = encode(tokenizer, rows[0], max_source=16, max_target=8)
    assert short.labels.count(-100) == 16 and len(short.input_ids) == 24
    assert short.input_ids[-1] == tokenizer.eos_token_id
    assert default_target_modules(backend.model) == ["q_proj", "v_proj"]
    assert default_target_modules(backend.model, "all-attention") == ["q_proj", "k_proj", "v_proj", "o_proj"]


def test_lora_training_lowers_the_loss_checkpoints_and_resumes(tuned):
    run, first, second = tuned
    assert first.steps == 20 and first.resumed_from is None
    assert second.resumed_from and second.resumed_from.endswith("checkpoint-20") and second.steps == 40
    losses = read_losses(run / "metrics.jsonl")
    assert [s for s, _ in losses] == list(range(1, 41))  # loss per step, across both calls
    values = [v for _, v in losses]
    head, tail = sum(values[:5]) / 5, sum(values[-5:]) / 5
    assert tail < head - 0.1, (head, tail)
    assert 0 < second.trainable_params < second.total_params / 5
    assert second.target_truncated >= 0 and second.examples > 100
    assert (run / "adapter_config.json").exists() and (run / "adapter_model.safetensors").exists()
    saved = json.loads((run / "train_report.json").read_text())
    assert saved["settings"]["style"] == "rag" and saved["steps"] == 40


def test_the_adapter_loads_in_hf_backend_and_generates(dialogues, tuned):
    run, _, second = tuned
    row = load_dialogues(dialogues / "dev.jsonl")[0]
    tuned_backend = HFBackend(str(run / "tiny-base"), adapter=str(run))
    assert tuned_backend.name.endswith("+" + run.name)
    text = tuned_backend.generate(prompt_messages(row, "rag"), max_tokens=20, temperature=0.0)
    assert isinstance(text, str) and text.strip()
    merged = HFBackend(second.merged_dir)
    assert merged.generate(prompt_messages(row, "rag"), max_tokens=20, temperature=0.0).strip()


def test_text_metrics_read_chinese_by_character():
    assert CharTokenizer().tokenize("推荐 李明 GPU集群") == ["推", "荐", "李", "明", "gpu", "集", "群"]
    same = text_scores(["推荐李明，清华大学教授。"], ["推荐李明，清华大学教授。"])
    assert same["bleu4"] == pytest.approx(100) and same["rouge1"] == pytest.approx(100)
    partial = text_scores(["推荐王强，北京大学。"], ["推荐李明，清华大学教授。"])
    assert 0 < partial["rouge1"] < 100 and partial["rougeL"] > 0


def test_independent_references_state_the_facts_in_other_words(dialogues):
    rows = load_dialogues(dialogues / "test.jsonl") + load_dialogues(dialogues / "dev.jsonl")
    assert {r["kind"] for r in rows} == {"problem", "field", "followup"}
    for row in rows:
        reference = independent_reference(row)
        # none of the composer's (the templates') sentences is in the reference
        assert not set(split_sentences(row["summary"])) & set(split_sentences(reference)), row["id"]
        experts = row["experts"] if row["kind"] != "followup" else row["experts"][:1]
        for e in experts:
            assert e["name"] in reference
            if row["kind"] != "followup":
                assert (e["institution"] or "") in reference
                assert all(d in reference for d in e["directions"]) and all(f in reference for f in e["fields"])
                assert all(a["name"] in reference for a in e["awards"])
        if row["kind"] == "followup" and row["attribute"] == "awards" and row["experts"][0]["awards"]:
            assert all(a["name"] in reference for a in row["experts"][0]["awards"])


def test_graph_lookup_finds_named_and_relevant_experts(demo_graph, dialogues):
    _, store, _, _ = demo_graph
    graph = GraphFacts.read(store)
    row = load_dialogues(dialogues / "test.jsonl")[0]
    expert = row["experts"][0]
    assert expert["name"] in graph.named(f"推荐{expert['name']}，{expert['institution']}。")
    assert expert["id"] in graph.relevant(row)


def test_evaluation_compares_base_tuned_and_rag(demo_graph, dialogues, tuned, tmp_path):
    from retrieval.sync import open_retriever

    settings, store, embedder, _ = demo_graph
    run, _, _ = tuned
    retriever = open_retriever(store, embedder, settings.index_dir, settings.graph_id)
    result = evaluate_training(run, None, dialogues, store, retriever, limit=6, max_new_tokens=24, threads=1,
                               systems=("base", "tuned", "rag", "composer"))
    assert result["dialogues"] == 6 and result["style"] == "rag" and result["context"] == "retrieved"
    assert set(result["systems"]) == {"base", "tuned", "rag", "rag_raw", "composer"} and not result["skipped"]
    for metrics in result["systems"].values():
        assert set(METRICS) <= set(metrics) and metrics["n"] == 6
        for name in ("bleu4", "rouge1", "rouge2", "rougeL"):
            assert 0 <= metrics[name] <= 100
        for name in ("expert_accuracy", "expert_precision", "fallback_rate", "empty"):
            assert 0 <= metrics[name] <= 1
        # no hand labels: hallucination is unknown, never the guard's own verdict
        assert metrics["hallucination_rate"] is None and metrics["unlabelled"] > 0
    rows = load_dialogues(dialogues / "test.jsonl")[:6]
    rag = result["outputs"]["rag"]
    assert [o["id"] for o in rag] == [r["id"] for r in rows]
    assert all(o["reference"] == independent_reference(r) for o, r in zip(rag, rows))
    assert all(o["experts"] for o in rag)  # the retrieved subgraph the model was given, kept for labelling
    composer = result["systems"]["composer"]
    assert composer["expert_accuracy"] >= 0.5 and composer["empty"] == 0 and composer["fallback_rate"] == 0
    # the composer against the templates' answers (its own wording) scores higher than against independent ones
    own = text_scores([o["text"] for o in result["outputs"]["composer"]], [r["summary"] for r in rows])
    assert own["rouge2"] > composer["rouge2"]
    assert len(result["examples"]) == 3 and {"request", "reference", "base", "tuned", "rag"} <= set(result["examples"][0])
    assert "-" in format_table(result)

    # with hand labels for every sentence, hallucination is counted from them
    answers = result["outputs"]["composer"]
    labels = tmp_path / "labels.jsonl"
    lines = []
    for o in answers:
        for n, sentence in enumerate(split_sentences(o["text"])):
            label = "unsupported" if (o is answers[0] and n == 1) else "supported"
            lines.append(json.dumps({"query_id": o["id"], "sentence": sentence, "label": label, "note": ""},
                                    ensure_ascii=False))
    labels.write_text("\n".join(lines) + "\n", encoding="utf-8")
    judged = TrainingEvaluator(store, retriever, labels=labels).score(answers, rows, GraphFacts.read(store))
    claims = sum(len(split_sentences(o["text"])) for o in answers)
    assert judged["unlabelled"] == 0 and judged["answers_with_hallucination"] == pytest.approx(1 / 6, abs=1e-3)
    assert judged["hallucination_rate"] == pytest.approx(1 / claims, abs=1e-3)

    only_rag = evaluate_training(None, None, dialogues, store, retriever, limit=2, systems=("rag", "base"))
    assert set(only_rag["systems"]) == set() and only_rag["skipped"] == {"rag": "no base model",
                                                                         "base": "no base model"}
