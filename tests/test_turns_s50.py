"""Follow-ups the twenty-sixth session mended (rt77): whether an expert's institution is a company or a university,
asked of one shown (那个单位是企业吗？ got the institution and no answer)."""

from __future__ import annotations

import pytest

from conftest import answerer_over, records_of
from generation.conversation import Conversation


@pytest.fixture(scope="module")
def rail_answerer(expertglm_home, demo_graph, tmp_path_factory):
    """Three rail experts: at a company, at a university, and at a centre whose name shows no kind."""
    records = records_of("s50r", "交通运输工程", [
        ("刘一梅", "中车株洲电力机车有限公司", "轨道交通噪声", [], "刘一梅，总工程师。从事轨道交通噪声与振动控制。"),
        ("翟二明", "西南交通大学", "轮轨噪声", [], "翟二明，西南交通大学教授。从事轮轨噪声与车辆动力学研究。"),
        ("李三生", "西安卫星测控中心技术部", "轨道异响检测", [], "李三生，研究员。从事轨道异响检测研究。")])
    with answerer_over(records, expertglm_home, demo_graph[2], tmp_path_factory.mktemp("s50r")) as answerer:
        yield answerer


def test_whether_an_institution_is_a_company_is_read_from_its_name(rail_answerer):
    conversation = Conversation()
    shown = rail_answerer.answer("我们的高铁轨道有异响，推荐专家", conversation)
    places = {e.name: n for n, e in enumerate(shown.experts, 1)}
    assert set(places) == {"刘一梅", "翟二明", "李三生"}
    company = rail_answerer.answer(f"第{places['刘一梅']}位的单位是企业吗？", conversation)
    assert company.text.startswith("是。按单位名称判断，中车株洲电力机车有限公司属于企业。")
    university = rail_answerer.answer(f"第{places['翟二明']}位的单位是企业吗？", conversation)
    assert university.text.startswith("不是。按单位名称判断，西南交通大学属于高校。")
    unknown = rail_answerer.answer(f"第{places['李三生']}位是哪个单位的？那个单位是企业吗？", conversation)
    assert unknown.text.startswith("知识图谱不记录单位的类型，从名称无法判断西安卫星测控中心技术部是否属于企业。")
    assert all(a.grounding.dropped == [] for a in (company, university, unknown))


@pytest.mark.parametrize("posting, problem", [
    ("需求名称：大型风电齿轮箱轴承早期失效诊断。需求背景：轴承寿命短，故障频发。技术指标：寿命提高30%。预期合作方式：联合研发。"
     "经费预算：50万元。合作周期：1年。", "大型风电齿轮箱轴承早期失效诊断。轴承寿命短，故障频发。寿命提高30%。"),
    ("【技术需求】需求名称：稀土永磁体晶界扩散工艺优化。技术难点：扩散均匀性差。合作方式：技术转让或联合研发。",
     "稀土永磁体晶界扩散工艺优化。扩散均匀性差。"),
    ("我们的注塑件翘曲，要求：院士，在北京", "我们的注塑件翘曲，要求：院士，在北京"),  # (a wish's heading stays)
])
def test_a_demand_postings_form_is_no_part_of_its_problem(posting, problem):
    """背景, 方式, 周期, 经费 of the posting's form matched directions (a sonar expert for motor whine, rt79)."""
    from retrieval.problem import problem_text

    assert problem_text(posting) == problem


def test_he_after_a_person_the_graph_does_not_hold_is_that_person(rail_answerer):
    """张三是谁？他在哪个单位？ answered the second question of the first expert shown (rt79)."""
    conversation = Conversation()
    shown = rail_answerer.answer("我们的高铁轨道有异响，推荐专家", conversation)
    answer = rail_answerer.answer("张三是谁？他在哪个单位？", conversation)
    assert "知识图谱中没有您提到的那位专家" in answer.text
    assert not any(e.name in answer.text for e in shown.experts)
