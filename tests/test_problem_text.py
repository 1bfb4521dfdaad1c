"""The problem in an enterprise's message: boilerplate clauses out, the problem's own words kept verbatim."""

from __future__ import annotations

import pytest

from retrieval.problem import problem_text

PROBLEM = "我们是一家钢厂，新上的宽厚板产线轧出的钢板冷却后出现明显浪形和瓢曲，希望优化轧后水冷工艺。"


@pytest.mark.parametrize("before, after", [
    ("您好！我司成立于2008年，员工约500人，年产值3亿元，是国家级高新技术企业。", "期待与贵平台合作，谢谢！"),
    ("各位专家好，本公司是集研发、生产、销售于一体的股份制企业，产品远销欧美。\n", "\n费用可以商量，请尽快与我们联系。"),
    ("一、企业简介\n某集团旗下拥有多家子公司，通过ISO9001认证。\n二、技术需求：\n", "联系电话：0510-12345678"),
])
def test_boilerplate_around_a_problem_is_left_out(before, after):
    assert problem_text(before + PROBLEM + after) == PROBLEM


def test_a_problem_without_boilerplate_is_unchanged():
    assert problem_text(PROBLEM) == PROBLEM
    assert problem_text("客户反映注塑件翘曲，希望尽快解决") == "客户反映注塑件翘曲，希望尽快解决"


def test_a_message_that_is_all_boilerplate_is_kept_as_it_is():
    assert problem_text("您好！谢谢！") == "您好！谢谢！"
