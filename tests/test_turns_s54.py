"""Turns the thirtieth session mended (blind rounds rt90 and rt91): who of those shown is nearest a place, and the
guard's reading of long English reasons and of the places it gives itself."""

from __future__ import annotations

import pytest

from conftest import answerer_over, records_of
from conftest import said_in_turns as _turns
from generation.grounding import check_answer
from retrieval.models import ExpertMatch


@pytest.fixture(scope="module")
def drug_answerer(expertglm_home, demo_graph, tmp_path_factory):
    """Pharmaceutics experts at universities in Nanjing, Suzhou, Hangzhou and Shanghai."""
    records = records_of("s54d", "医药卫生", [
        ("宁制剂", "南京大学", "药物制剂", [{"name": "中国工程院院士", "year": 2005}], "宁制剂，药剂学专家。"),
        ("苏缓释", "苏州大学", "缓控释制剂", [{"name": "中国工程院院士", "year": 2009}], "苏缓释，药剂学专家。"),
        ("杭药代", "浙江大学", "药物代谢动力学", [{"name": "中国科学院院士", "year": 2011}], "杭药代，药代动力学专家。"),
        ("沪纳米", "复旦大学", "纳米药物制剂", [{"name": "中国科学院院士", "year": 2013}], "沪纳米，纳米药物专家。")])
    with answerer_over(records, expertglm_home, demo_graph[2], tmp_path_factory.mktemp("s54d")) as answerer:
        yield answerer


PROBLEM = "难溶性药物的制剂溶出不好，想找药物制剂和药代动力学方面的专家"


@pytest.mark.parametrize("turn", ["这几位哪位离苏州最近？", "谁距离苏州近一点？"])
def test_nearest_a_city_gives_the_recorded_places_and_who_is_in_that_city_and_province(drug_answerer, turn):
    answer, conversation = _turns(drug_answerer, PROBLEM, turn)
    shown = {e.name for e in conversation.shown}
    assert "不记录距离" in answer.text and shown & {"苏缓释", "宁制剂"}, answer.text
    if "苏缓释" in shown:
        assert "单位在苏州的：苏缓释" in answer.text, answer.text
    if "宁制剂" in shown:
        assert "宁制剂" in answer.text.split("不记录距离")[1], answer.text
    assert "杭药代" not in answer.text.split("不记录距离")[1], answer.text


def test_nearest_a_province_none_is_in_says_so(drug_answerer):
    answer, _ = _turns(drug_answerer, PROBLEM, "哪位离广州最近？")
    assert "不记录距离" in answer.text and "没有单位记录在广东" in answer.text, answer.text


def test_nearness_in_english_reads_the_place(drug_answerer):
    answer, conversation = _turns(drug_answerer, "Poorly soluble drug formulations and pharmacokinetics experts, please",
                                  "Which of them is closest to Hangzhou?")
    assert "not distances" in answer.text and "杭药代" in {e.name for e in conversation.shown}, answer.text
    assert "In Hangzhou: 杭药代." in answer.text, answer.text


@pytest.mark.parametrize("text", ["气体分离最近有什么新进展？", "离子交换膜最近老是堵"])
def test_words_with_li_and_zuijin_are_no_nearness_question(text):
    from generation.conversation.unheld_asked import NEARNESS
    import re

    assert re.search(NEARNESS, text, re.IGNORECASE) is None


def _expert(name: str, institution: str, directions: list[str]) -> ExpertMatch:
    return ExpertMatch(id=f"s54-{name}", name=name, institution=institution, directions=directions, score=1.0)


def test_a_long_english_reason_keeps_the_problems_words_with_their_lead():
    """A reason over 240 characters was cut at a space inside or before 「制剂 (part of 药物制剂)」, and 药物制剂 then
    read as a direction moved from another card."""
    experts = [_expert("侯某", "上海医药工业研究院", ["药物制剂"]), _expert("陈某", "中国科学院上海药物研究所", ["创新药物", "药物化学"])]
    text = ("2. 陈某 (中国科学院上海药物研究所). Research directions: 创新药物、药物化学. Why: the research direction 「药物化学」 is "
            "related to your problem; the expert's record also holds the graph's Chinese terms for your problem: 「药物」; the "
            "expert's record holds parts of the graph's Chinese terms for your problem: 「制剂 (part of 药物制剂)」.")
    kept, report = check_answer(text, experts)
    assert "part of 药物制剂" in kept, [c for s in report.sentences for c in s.claims if not c.supported]


def test_a_long_sentence_moving_a_direction_is_still_removed():
    experts = [_expert("侯某", "上海医药工业研究院", ["药物制剂"]), _expert("陈某", "中国科学院上海药物研究所", ["创新药物", "药物化学"])]
    text = ("陈某长期在中国科学院上海药物研究所工作，研究方向包括创新药物、药物化学，在新药发现、先导化合物优化、药物设计和药物评价方面做了"
            "大量工作，多次主持重大课题，培养了许多学生，并且在药物制剂方面也是公认的带头人，" * 2)
    kept, _ = check_answer(text, experts)
    assert "药物制剂方面" not in kept


def test_the_province_the_answer_places_an_institution_in_is_no_institution():
    experts = [_expert("李某", "浙江中医药大学", ["中药制药学"])]
    kept, _ = check_answer("李某: 浙江中医药大学, which the graph places in Zhejiang, Hangzhou.", experts)
    assert "Zhejiang, Hangzhou" in kept
    kept, _ = check_answer("李某 works at Zhejiang.", experts)
    assert "Zhejiang" not in kept
