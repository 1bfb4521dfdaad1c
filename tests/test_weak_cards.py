"""What an answer says of the experts it shows only as weakly related: the header names them, and under "none is
related" no card claims the record is close as a whole."""

from __future__ import annotations


def test_the_header_names_the_experts_its_cards_call_weakly_related():
    """"推荐以下3位专家" stood over two cards reading 与问题的关联较弱 (rt76): the header says which, in the words the guard
    reads as a group of places, in Chinese and English; all weak or none weak: no aside."""
    from generation.grounded import compose_answer
    from generation.grounded_en import compose_answer_en
    from generation.grounding import check_answer
    from retrieval.models import ExpertMatch
    from retrieval.pipeline import WEAK_REASON

    strong = ExpertMatch(id="a", name="周一翔", score=1.0, directions=["染整工程"], reasons=["研究方向「染整工程」与问题有关"])
    weak = [ExpertMatch(id=i, name=n, score=0.1, directions=["遗传学"], reasons=[WEAK_REASON])
            for i, n in (("b", "李二声"), ("c", "陈三纯"))]
    text = compose_answer("布染完色就掉色", [strong, *weak])
    assert "推荐以下3位专家（其中第二、三位与问题的关联较弱，仅供参考）：" in text
    assert check_answer(text, [strong, *weak])[1].dropped == []
    assert "(the second and third only weakly related, for reference):" in compose_answer_en([strong, *weak])
    assert "其中第一位与问题的关联较弱" in compose_answer("布染完色就掉色", [weak[0], strong])
    assert "其中" not in compose_answer("布染完色就掉色", [strong])
    assert "其中" not in compose_answer("布染完色就掉色", weak)  # all weak: the header of its own says so


def test_no_card_under_none_related_says_the_record_is_close_as_a_whole(demo_retriever):
    """Under "在知识图谱中没有找到与该问题直接相关的专家" a nuclear physicist's card read 专家资料的整体内容与问题描述相近
    for fabric that loses its colour (rt76): when nothing is related, no card claims closeness."""
    from retrieval.presentation import WHOLE_PROFILE

    _, retriever = demo_retriever
    result = retriever.match("我家猫咪最近不爱吃猫粮，总是趴着睡觉", top_k=5)
    assert not result.related and result.experts
    assert all(e.reasons and WHOLE_PROFILE not in e.reasons for e in result.experts), [e.reasons for e in result.experts]
