"""The expertise a message names (想请岩石力学方面的院士, "an expert in welding") is read and ranked on its own."""

from __future__ import annotations

import pytest

from evaluation.retrieval import experts_by_direction
from kg.normalize import key
from retrieval.focus import asked_expertise
from retrieval.pipeline import ASKED
from retrieval.sync import open_retriever


@pytest.mark.parametrize("message, asked", [
    ("煤矿冲击地压频发，深部开采1000米以下，想请岩石力学方面的院士。", ["岩石力学"]),
    ("本人在一家三甲医院，想和企业合作开发国产质子治疗装置，加速器这块需要专家，推荐一下", ["加速器"]),
    ("我们是新疆的棉花种植大户，棉铃虫抗性越来越强，想找植保领域的专家", ["植保"]),
    ("有没有懂热处理的老师？齿轮淬火后变形大", ["热处理"]),
    ("找个做焊接的专家，焊缝老是开裂", ["焊接"]),
    ("我们需要一位熟悉水处理的顾问", ["水处理"]),
    ("有没有搞电池材料的院士", ["电池材料"]),
    ("年产300万只轮毂，气孔缩松超标，想找个院士指导一下铸造工艺，最好是工程院的。", ["铸造工艺"]),
    ("想找中医方面真正懂行的专家合作", ["中医"]),
    ("有没有懂针灸治中风后遗症的老专家？", ["针灸治中风后遗症"]),
    ("请推荐获得过国家科技进步奖的焊接专家", ["焊接"]),
    ("请推荐上海交大做焊接的老师", ["焊接"]),
    ("We need an expert in rock mechanics from Tsinghua for our deep mine.", ["rock mechanics"]),
    ("Looking for a welding specialist in Shanghai, our joints crack.", ["welding"]),
    ("We need someone who knows power electronics, ideally an academician.", ["power electronics"]),
    ("We are developing mRNA vaccines and need lipid nanoparticle delivery expertise.", ["lipid nanoparticle delivery"]),
    ("We need expertise in power system stability.", ["power system stability"]),
])
def test_the_expertise_a_message_names_is_read(message, asked):
    assert asked_expertise(message) == asked


@pytest.mark.parametrize("message", [
    "我们企业在注塑件翘曲上遇到难题，请推荐专家",
    "请推荐几位这方面的院士",
    "想找清华的专家", "请推荐工程院院士", "想找个上海的专家看看", "想找女院士", "有没有80岁以下的专家",
    "营养强化奶粉需要对中国人膳食营养状况做评估",  # 中国人 is no expert asked for
    "希望找到有实战经验的专家团队", "我们希望能够聘请专家担任技术顾问",  # who is wanted, not in what
    "请问是否有专家能够来现场看一下？", "想请这方面的权威来指导工艺",
    "矿山井下巷道冲击地压频发，已经伤了人了，急需专家指导防治",  # what is done about it (防治), not who knows it
    "废水总氮超标，求专家帮忙指导一下处理", "有没有专家能来诊断一下",
    "Please recommend some experts.", "We need a good expert.",
    "We have experience with welding robots but our joints crack.",  # their own experience, not what they want
])
def test_a_message_that_names_no_field_asks_for_none(message):
    assert asked_expertise(message) == []


def test_the_expertise_asked_for_brings_its_experts_beside_the_symptoms_words(demo_graph):
    """A moulding symptom, described at length, from a user who asks for material modification experts: the
    problem's words alone fill the list with moulding experts; the field asked for fills it with its own experts,
    those who also work on moulding first."""
    settings, store, embedder, _ = demo_graph
    retriever = open_retriever(store, embedder, settings.index_dir, settings.graph_id)
    message = ("我们厂的汽车门板注塑件脱模后翘曲变形严重，缩痕也多，浇口设计改了几次，模流分析也做了，良品率只有八成。"
               "想请材料改性方面的专家")
    members = experts_by_direction(store)
    moulding, asked = members[key("注塑模具设计与成型工艺")], members[key("高分子材料改性")]
    weight = retriever.fusion.weights[ASKED]
    try:
        retriever.fusion.weights[ASKED] = 0.0
        alone = [e.id for e in retriever.match(message, top_k=5).experts]
    finally:
        retriever.fusion.weights[ASKED] = weight
    assert not (set(alone) & asked) - moulding  # the symptoms' words alone: moulding experts only
    result = retriever.match(message, top_k=5)
    shown = [e.id for e in result.experts]
    assert set(shown) <= asked and (set(shown) - moulding)
    both = [n for n, i in enumerate(shown) if i in moulding]
    assert both == list(range(len(both)))  # those who fit the symptoms too come first
    assert all(any("改性" in r for r in e.reasons) for e in result.experts if e.id not in moulding)
