"""The offline `template` synthesiser: enterprise requests and expert answers without a model.

Requests are varied templates over the expert's facts (problem symptoms from the directions' keywords, never the
field's name, for `problem`; the field for `field`; attribute questions for `followup`). Answers are composed the
way generation/grounded.py composes them, so they state only graph facts.
"""

from __future__ import annotations

import random

from generation.grounded import describe_attribute, describe_expert
from retrieval.models import ExpertMatch

REGIONS = ("江苏", "广东", "浙江", "山东", "四川", "湖北", "陕西", "辽宁", "安徽", "福建", "河南", "湖南", "上海", "天津")
COMPANIES = ("一家中型制造企业", "一家高新技术企业", "一家民营企业", "某国有企业的研发部门", "一家初创公司",
             "一家上市公司的技术中心", "一家专精特新企业", "一家外资企业的中国工厂")
PURPOSES = ("希望开展产学研合作", "需要对现有工艺做一次技术诊断", "准备联合申报科技项目", "计划共建联合实验室",
            "想聘请一位长期技术顾问", "要对新产品方案做技术评审", "希望请专家来厂里做技术培训")
IMPACTS = ("影响交付", "成本居高不下", "客户投诉较多", "良品率一直上不去", "新产品迟迟无法量产", "已经造成停产损失")

PROBLEM_TEMPLATES = (
    "我们是{region}{company}，最近生产中{kw1}问题比较突出，{kw2}方面也一直没有找到好的办法，想请教相关专家。",
    "企业遇到技术难题：{kw1}和{kw2}，{impact}。请推荐能解决这个问题的专家。",
    "我们的产品在{kw1}上存在明显不足，{kw2}也不达标，{impact}，有没有这方面的专家可以合作？",
    "{company}想开展{kw1}相关的技术攻关，重点解决{kw2}问题，希望找一位经验丰富的专家。",
    "请问谁能帮我们解决{kw1}的问题？目前{kw2}也不理想，{impact}。",
    "公司在{kw1}方面遇到瓶颈，尝试了多种方案效果都不好，同时还涉及{kw2}，想找专家指导。",
    "{region}{company}求助：{kw1}、{kw2}，{impact}，需要找懂行的专家。",
    "我们遇到了{kw1}的问题，怀疑与{kw2}有关，请推荐合适的专家帮忙分析。",
)
PROBLEM_ONE_KEYWORD = (
    "我们公司在{kw1}方面遇到技术难题，{impact}，请推荐专家。",
    "{company}急需解决{kw1}问题，有没有合适的专家？",
)
FIELD_TEMPLATES = (
    "我们需要{field}领域的专家，{purpose}。",
    "{region}{company}正在寻找{field}方面的专家，{purpose}，请推荐。",
    "有没有{field}方向的专家可以推荐？我们{purpose}。",
    "请推荐几位{field}领域的专家，{purpose}。",
    "我们是{company}，{purpose}，想找{field}学科的专家。",
)
FOLLOWUP_QUESTIONS = {
    "awards": ("他获得过哪些奖项？", "这位专家有什么荣誉和获奖？", "{name}获得过什么奖？", "第一位专家获得过什么奖？"),
    "institution": ("他在哪个单位工作？", "这位专家的单位和职称是什么？", "{name}在哪里工作？"),
    "directions": ("他主要研究哪些方向？", "{name}擅长什么方向？", "这位专家的研究方向是什么？"),
}
INTROS = (
    "针对您提出的问题，根据专家知识图谱，推荐以下{n}位专家：\n\n",
    "根据您描述的情况，建议联系以下{n}位专家：\n\n",
    "这个问题可以请教以下{n}位专家：\n\n",
    "结合知识图谱中的专家资料，为您推荐{n}位专家：\n\n",
)
CLOSINGS = ("", "", "\n\n建议先就具体问题与专家沟通，确认合作方式。", "\n\n如需了解专家的更多信息，可以继续提问。")


def _fill(template: str, **values: str) -> str:
    return template.format(**values)


def problem_request(keywords: list[str], rng: random.Random) -> str:
    values = {"region": rng.choice(REGIONS), "company": rng.choice(COMPANIES), "impact": rng.choice(IMPACTS)}
    if len(keywords) >= 2:
        return _fill(rng.choice(PROBLEM_TEMPLATES), kw1=keywords[0], kw2=keywords[1], **values)
    return _fill(rng.choice(PROBLEM_ONE_KEYWORD), kw1=keywords[0], **values)


def field_request(field_name: str, rng: random.Random) -> str:
    return _fill(rng.choice(FIELD_TEMPLATES), field=field_name, region=rng.choice(REGIONS),
                 company=rng.choice(COMPANIES), purpose=rng.choice(PURPOSES))


def recommendation(experts: list[ExpertMatch], rng: random.Random) -> str:
    """The answer recommending `experts`, composed like generation.grounded.compose_answer."""
    intro = rng.choice(INTROS).format(n=len(experts))
    if len(experts) == 1 and rng.random() < 0.5:
        intro = "推荐以下专家：\n\n"
    body = "\n\n".join(describe_expert(e, i) for i, e in enumerate(experts, 1))
    return intro + body + rng.choice(CLOSINGS)


def followup_question(attribute: str, expert: ExpertMatch, rng: random.Random) -> str:
    return rng.choice(FOLLOWUP_QUESTIONS[attribute]).format(name=expert.name)


def followup_answer(attribute: str, expert: ExpertMatch) -> str:
    return describe_attribute(expert, attribute)
