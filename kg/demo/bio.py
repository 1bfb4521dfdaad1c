"""Writes a 2-4 sentence Chinese expert introduction from an expert's structured facts and its directions' problem
keywords, so that lexical and semantic search over bios finds the expert for matching problems."""

from __future__ import annotations

import random
from collections.abc import Sequence

from kg.demo.awards import AwardSpec
from kg.demo.taxonomy import Direction

_ACADEMICIAN_BASE = {"u": "教授", "h": "教授", "c": "研究员", "e": "研究员"}

_OPENINGS = ("{name}，{inst}{title}。", "{name}，{title}，现任职于{inst}。", "{name}，现任{inst}{title}。")
_RESEARCH = ("长期从事{d}研究", "主要研究方向为{d}", "研究领域涉及{d}", "多年来致力于{d}方面的研究与工程应用")
_RESULTS = (
    "，在{k}等方面取得系统性成果。",
    "，围绕{k}等关键问题开展了深入研究。",
    "，擅长解决企业在{k}等方面的工程技术难题。",
    "，在{k}方面积累了丰富的工程经验。",
    "，重点解决{k}等行业共性技术问题。",
)
_CLINICAL_RESULTS = (
    "，在{k}等方面取得系统性成果。",
    "，围绕{k}等关键问题开展了深入研究。",
    "，在{k}等方面具有丰富的临床经验。",
    "，重点开展{k}等方面的临床与转化研究。",
)
_CLINICAL_WORK = (
    "主持国家自然科学基金项目及省部级科研项目{p}项，发表学术论文{n}余篇。",
    "与多家医药和医疗器械企业开展合作，相关成果在{k}等方面实现临床转化。",
)
_SENIOR_WORK = (
    "主持国家重点研发计划课题、国家自然科学基金项目及企业合作项目{p}项，发表学术论文{n}余篇，授权发明专利{m}项。",
    "先后主持国家及省部级科研项目{p}项，与多家企业开展产学研合作，相关成果在{k}等方面实现工程应用。",
)
_JUNIOR_WORK = (
    "主持国家自然科学基金项目及企业技术攻关项目多项，授权发明专利{m}项。",
    "参与完成多项企业技术攻关与成果转化项目，相关技术在{k}等方面得到应用。",
)


def _join(items: Sequence[str], rng: random.Random) -> str:
    if len(items) > 1 and rng.random() < 0.5:
        return "、".join(items[:-1]) + "和" + items[-1]
    return "、".join(items)


def title_phrase(title: str, stage: str, kind: str, rng: random.Random) -> str:
    """How the opening sentence states the title, e.g. 教授，博士生导师 or 教授，中国工程院院士."""
    if stage == "a":
        return f"{_ACADEMICIAN_BASE[kind]}，{title}"
    if title in ("教授", "研究员") and rng.random() < 0.7:
        return f"{title}，博士生导师"
    if title in ("副教授", "副研究员") and rng.random() < 0.5:
        return f"{title}，硕士生导师"
    return title


def write_bio(
    rng: random.Random,
    name: str,
    institution: str,
    title: str,
    stage: str,
    kind: str,
    directions: Sequence[Direction],
    awards: Sequence[tuple[AwardSpec, str]],
    clinical: bool = False,
) -> str:
    """The introduction; it names the institution, every direction and every award exactly as given."""
    opening = rng.choice(_OPENINGS).format(name=name, inst=institution, title=title_phrase(title, stage, kind, rng))
    first = directions[0].keywords
    keywords = rng.sample(first, min(len(first), rng.randint(2, 3)))
    if len(directions) > 1:
        extra = rng.choice(directions[1].keywords)
        if extra not in keywords:
            keywords.append(extra)
    research = rng.choice(_RESEARCH).format(d=_join([d.name for d in directions], rng))
    results = _CLINICAL_RESULTS if clinical else _RESULTS
    sentences = [opening, research + rng.choice(results).format(k="、".join(keywords))]
    if rng.random() < 0.55:
        others = directions[-1].keywords
        k = "、".join(rng.sample(others, 2))
        if clinical:
            template = rng.choice(_CLINICAL_WORK)
            sentences.append(template.format(p=rng.randint(3, 20), n=rng.randint(3, 20) * 10, k=k))
        elif stage == "j":
            template = rng.choice(_JUNIOR_WORK)
            sentences.append(template.format(m=rng.randint(2, 12), k=k))
        else:
            template = rng.choice(_SENIOR_WORK)
            sentences.append(template.format(p=rng.randint(5, 30), n=rng.randint(3, 20) * 10,
                                             m=rng.randint(5, 60), k=k))
    if awards:
        talents = [spec.phrase(award) for spec, award in awards if spec.talent]
        prizes = [award for spec, award in awards if not spec.talent]
        parts = talents + (["曾获" + _join(prizes, rng)] if prizes else [])
        sentences.append("，".join(parts) + "。")
    return "".join(sentences)
