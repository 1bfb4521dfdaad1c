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
