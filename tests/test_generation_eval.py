"""Generation evaluation judged by hand labels: the sentence split, the arithmetic, and the recorded small-model
outputs in benchmarks/generation_labels/ fully labelled and scored."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evaluation.generation import GenerationEvaluator, generation_figures, load_labels, load_outputs, \
    sentences_to_label, split_sentences

ROOT = Path(__file__).resolve().parents[1]
LABEL_DIR = ROOT / "benchmarks" / "generation_labels"
OUTPUTS = sorted(LABEL_DIR.glob("outputs-*.jsonl"))


def test_split_sentences():
    assert split_sentences("第一句。第二句！\n- 列表项\n\nEnd? ok") == ["第一句。", "第二句！", "- 列表项", "End?", "ok"]
    assert split_sentences("") == []


def test_figures_from_labels_on_a_hand_made_case():
    experts = [{"id": "a", "name": "张三"}, {"id": "b", "name": "李四"}]
    rows = [
        {"query_id": "q1", "raw": "张三在甲大学。王五很厉害。", "guarded": "张三在甲大学。", "fell_back": False,
         "experts": experts, "relevant_directions": ["焊接"]},
        {"query_id": "q2", "raw": "建议先测试。", "guarded": "李四在乙大学。", "fell_back": True,
         "experts": experts, "relevant_directions": ["铸造"]},
    ]
    labels = {("q1", "张三在甲大学。"): {"label": "supported"}, ("q1", "王五很厉害。"): {"label": "unsupported"},
              ("q2", "建议先测试。"): {"label": "no_claim"}}
    got = generation_figures(rows, labels, {"焊接": {"a"}, "铸造": set()})
    assert got["without_guard"]["hallucination_rate"] == 0.5  # 1 unsupported of 2 claims
    assert got["without_guard"]["answers_with_hallucination"] == 0.5
    assert got["with_guard"]["hallucination_rate"] == 0.0 and got["with_guard"]["unlabelled"] == 1
    assert got["fallback_rate"] == 0.5
    only_no_claims = generation_figures([{**rows[1], "raw": "建议先测试。"}], labels)
    assert only_no_claims["without_guard"]["hallucination_rate"] is None  # 0 claims: undefined, not 0
    assert only_no_claims["without_guard"]["claims"] == 0
    assert got["expert_precision"] == 0.5 and got["experts_named"] == 2  # 张三 relevant, 李四 not
    todo = sentences_to_label(rows, labels)
    assert [t["sentence"] for t in todo] == ["李四在乙大学。"]


@pytest.mark.skipif(not OUTPUTS, reason="no recorded model outputs in benchmarks/generation_labels/")
def test_recorded_outputs_are_fully_labelled_and_scored():
    labels = load_labels(LABEL_DIR / "labels.jsonl")
    for path in OUTPUTS:
        rows = load_outputs(path)
        assert rows and all(r["experts"] for r in rows)
        assert sentences_to_label(rows, labels) == [], f"{path.name} has unlabelled sentences"
        figures = GenerationEvaluator(path, LABEL_DIR / "labels.jsonl")()
        print(f"\n{path.stem}: " + json.dumps(figures, ensure_ascii=False))
        assert figures["without_guard"]["unlabelled"] == 0 and figures["with_guard"]["unlabelled"] == 0
        assert figures["queries"] == len(rows)
