"""有没有更偏工程应用的？ / 偏理论一点的专家呢: the problem's relevant experts, those whose profiles write of that kind
of work first — not a new search on 工程应用 (building, turbine experts and a mathematician, rt43/rt45)."""

from __future__ import annotations

from generation.conversation import Conversation
from generation.grounded import LEANING_NOTE
from retrieval.leaning import APPLIED, THEORY, leaning, leaning_score, without_leaning
from retrieval.sync import open_retriever


def test_a_leaning_is_read_and_taken_off_the_problem():
    assert leaning("注塑件翘曲。侧重工程应用") == APPLIED and leaning("有没有偏理论一点的") == THEORY
    assert leaning("We want someone more applied") == APPLIED
    assert leaning("注塑件翘曲变形，良品率低") is None and leaning("我们擅长工程施工，基坑变形大") is None
    assert without_leaning("注塑件翘曲。侧重工程应用") == "注塑件翘曲"
    applied = "长期从事注塑成型研究，成果在多家企业推广应用，实现产业化。2003年当选中国工程院院士。"
    theory = "长期从事注塑成型的理论与机理研究，建立了流动模型。2003年当选中国科学院院士。"
    assert leaning_score(applied, APPLIED) > leaning_score(theory, APPLIED)
    assert leaning_score(theory, THEORY) > leaning_score(applied, THEORY)


def test_a_leaning_asked_after_a_problem_reorders_its_relevant_experts(demo_graph):
    from generation.answerer import ExpertAnswerer

    settings, store, embedder, _ = demo_graph
    retriever = open_retriever(store, embedder, settings.index_dir, settings.graph_id)
    answerer = ExpertAnswerer(retriever)
    conversation = Conversation()
    problem = "我们企业在注塑件翘曲上遇到难题，请推荐专家"
    first = answerer.answer(problem, conversation)
    leant = answerer.answer("有没有更偏工程应用的？", conversation)
    relevant = retriever.match(problem, top_k=10).experts
    assert leant.experts and {e.id for e in leant.experts} <= {e.id for e in relevant}  # the problem's, no strangers
    scores = [leaning_score(retriever.profile_texts.get(e.id, ""), APPLIED) for e in leant.experts]
    assert scores == sorted(scores, reverse=True)
    assert first.experts and not any("工程应用" in r for e in leant.experts for r in e.reasons)  # no keyword of it
    assert LEANING_NOTE["applied"] in leant.text and leant.grounding.dropped == []  # how the order was made, said
