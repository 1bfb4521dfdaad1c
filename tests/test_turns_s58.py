"""Turns the thirty-fourth session mended: the shown expert pointed at by institution, in either language."""

from __future__ import annotations

import pytest

from conftest import answerer_over, records_of
from conftest import said_in_turns as _turns


@pytest.fixture(scope="module")
def rocks(expertglm_home, demo_graph, tmp_path_factory):
    """Three rock-mechanics experts at three institutions, none at 清华大学 in the second list's place."""
    records = records_of("s58r", "工程与材料科学", [
        ("钱一虎", "浙江大学", "深部岩石力学", [{"name": "中国工程院院士", "year": 1994}],
         "钱一虎，岩石力学专家。从事深部岩体工程防护研究。"),
        ("葛一润", "深圳大学", "岩体基本力学性质", [{"name": "中国工程院院士", "year": 1995}],
         "葛一润，岩土力学专家。从事岩体基本力学性质研究。"),
        ("谢一平", "中国矿业大学", "矿山岩石力学", [{"name": "中国工程院院士", "year": 2001}],
         "谢一平，采矿工程专家。从事矿山岩石力学研究。"),
    ])
    with answerer_over(records, expertglm_home, demo_graph[2], tmp_path_factory.mktemp("s58r")) as answerer:
        yield answerer


PROBLEM = "深部开采岩爆问题，请推荐岩石力学专家"
PROBLEM_EN = "We need experts on rock mechanics for deep mining."


@pytest.mark.parametrize("problem, turn, name", [
    (PROBLEM_EN, "Tell me about the one from Zhejiang.", "钱一虎"),  # the university by its one distinctive word
    (PROBLEM_EN, "Tell me about the Zhejiang one.", "钱一虎"),
    (PROBLEM_EN, "What about the Shenzhen University one?", "葛一润"),
    (PROBLEM_EN, "Tell me about the one from Shenzhen University.", "葛一润"),
    (PROBLEM, "那位浙大的呢？", "钱一虎"),
])
def test_an_expert_pointed_at_by_institution_is_answered(rocks, problem, turn, name):
    """"Tell me about the one from Tsinghua." started a new search (rt102)."""
    first, _ = _turns(rocks, problem)
    assert name in [e.name for e in first.experts]
    answer, conversation = _turns(rocks, problem, turn)
    assert answer.text.lstrip().startswith(name), answer.text
    assert conversation.last == first.experts or [e.name for e in conversation.last] == [e.name for e in first.experts]


@pytest.mark.parametrize("problem, turn, lead", [
    (PROBLEM, "那位清华的呢？", "刚才推荐的专家是"),
    (PROBLEM_EN, "Tell me about the one from Tsinghua.", "The experts just recommended are"),
    (PROBLEM_EN, "Tell me about the one from Peking University.", "The experts just recommended are"),
])
def test_an_institution_none_shown_is_at_is_said_so_not_answered_of_another(rocks, problem, turn, lead):
    """那位清华的呢？ when nobody of 清华大学 was shown answered the first expert with a note that he works elsewhere."""
    first, _ = _turns(rocks, problem)
    answer, conversation = _turns(rocks, problem, turn)
    assert answer.text.startswith(lead), answer.text
    assert "another institution" not in answer.text and "不是您提到的单位" not in answer.text, answer.text
    assert [e.name for e in conversation.last] == [e.name for e in first.experts]  # no new search
