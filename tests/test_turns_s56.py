"""Turns the thirty-second session mended: English follow-ups that point at one of two namesakes by institution."""

from __future__ import annotations

import datetime

import pytest

from conftest import answerer_over, records_of
from conftest import said_in_turns as _turns


@pytest.fixture(scope="module")
def namesakes(expertglm_home, demo_graph, tmp_path_factory):
    """Two namesakes, 周明 of 华中科技大学 (born 1946) and of 清华大学 (born 1962)."""
    records = records_of("s56n", "工程与材料科学", [
        ("周明", "华中科技大学", "数控技术", [{"name": "中国工程院院士", "year": 1999}],
         "周明（1946.08.26- ）。华中科技大学教授。曾任华中科技大学校长。"),
        ("周明", "清华大学", "信息功能陶瓷", [{"name": "中国工程院院士", "year": 2017},
                                       {"name": "国家技术发明奖二等奖", "year": 2010}],
         "周明（1962.02.10-），无机非金属材料专家。现任清华大学教授。"),
    ])
    with answerer_over(records, expertglm_home, demo_graph[2], tmp_path_factory.mktemp("s56n")) as answerer:
        yield answerer


def _age(year: int, month: int, day: int) -> int:
    today = datetime.date.today()
    return today.year - year - ((today.month, today.day) < (month, day))


@pytest.mark.parametrize("turn", ["How old is the Tsinghua one?", "How old is the one at Tsinghua University?",
                                  "How old is the Tsinghua University academician?"])
def test_the_namesake_pointed_at_by_institution_in_english_is_answered(namesakes, turn):
    """"How old is the Tsinghua one?" was read as a new problem (fossil experts for "old"); "… the one at Tsinghua
    University?" as the age at an event no year dates."""
    answer, _ = _turns(namesakes, "Tell me about Zhou Ming.", turn)
    assert f"about {_age(1962, 2, 10)}" in answer.text, answer.text
    assert f"about {_age(1946, 8, 26)}" not in answer.text and "date this event" not in answer.text, answer.text


def test_an_award_question_about_the_namesake_of_an_institution_is_his(namesakes):
    answer, _ = _turns(namesakes, "Tell me about Zhou Ming.", "What awards does the Tsinghua one have?")
    assert "国家技术发明奖二等奖" in answer.text, answer.text
    assert "华中科技大学" not in answer.text.split("清华大学")[0], answer.text  # the Tsinghua namesake first, not both


def test_the_reason_that_a_name_in_the_message_is_the_experts_stays(namesakes):
    """推荐理由：问题中提到的「周明」与这位专家同名 was removed by the guard as a quotation of something he said."""
    answer, _ = _turns(namesakes, "请推荐周明院士")
    assert answer.text.count("问题中提到的「周明」与这位专家同名") == 2, answer.text
    assert not answer.grounding.dropped, answer.grounding.dropped
