"""The guard: every expert name, institution and award an answer states must be in the retrieved subgraph.

Mentions are found two ways: known names from the graph facts, and patterns for names the graph does not know
(a surname followed by a title, a numbered "1. 张伟，…" item, "…大学/研究所/医院", "…奖/学者/基金"). A sentence
that states an unsupported mention is removed and reported; an answer left without any supported expert is
replaced by the grounded composer's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from generation.models import GroundingReport
from kg.normalize import clean
from retrieval.models import ExpertMatch

# The most frequent Chinese surnames (about 85% of the population); enough to tell "张伟教授" from "相关教授".
SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔"
    "钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢"
    "安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游"
    "辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应"
    "臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"
)
_TITLES = "院士|教授|副教授|研究员|副研究员|博士|老师|高级工程师|高工|工程师|主任医师|主任|先生|女士|专家"
_PERSON_BEFORE_TITLE = re.compile(rf"([\u4e00-\u9fff]{{2,3}}?)(?:{_TITLES})")
_LIST_ITEM_NAME = re.compile(r"(?m)^\s*(?:\d+[.、)）]|[-*•])\s*\**([\u4e00-\u9fff]{2,4}?)\**(?=[，,（(：:\s。]|$)")
_ACADEMICIAN = re.compile(r"中国(?:科学院|工程院)院士")
_INSTITUTION = re.compile(r"[\u4e00-\u9fff()（）]{2,30}?(?:大学|学院|研究院|研究所|科学院|工程院|医院|实验室|研究中心)")
_AWARD = re.compile(r"[\u4e00-\u9fff]{2,24}?(?:奖(?:[一二三特]等奖)?|学者(?:特聘教授)?|青年科学基金|人才计划)")
_GENERIC_PREFIX = re.compile(r"^(?:相关|有关|国内|国外|各|该|其他|知名|多所|一些|若干|高校|以及|曾经|曾|荣获|获得|获|得|"
                             r"年度|年|度|和|与|及|或|在|的|等|、|\d)+")
_MASK = "□"
# Words that precede a title but are not names ("教授级高级工程师", "首席专家").
_NOT_NAMES = {"高级", "正高", "副高", "首席", "特聘", "讲席", "客座", "兼职", "资深", "知名", "著名", "主任", "级高",
              "级高级", "高级工", "程师", "相关", "领域", "方面", "行业", "技术", "该领", "业内"}
_SENTENCE = re.compile(r"[^。！？!?\n]*[。！？!?]?\n?")


@dataclass
class GroundingFacts:
    """The names an answer may state: experts, institutions and awards of the retrieved subgraph."""

    experts: set[str] = field(default_factory=set)
    institutions: set[str] = field(default_factory=set)
    awards: set[str] = field(default_factory=set)
    titles: set[str] = field(default_factory=set)

    @classmethod
    def from_experts(cls, experts: list[ExpertMatch]) -> GroundingFacts:
        return cls(
            {e.name for e in experts},
            {e.institution for e in experts if e.institution},
            {a.name for e in experts for a in e.awards},
            {e.title for e in experts if e.title},
        )


def _supported(mention: str, known: set[str]) -> bool:
    """A mention is supported when it names a known fact, or is part of one (上海交通大学 in 上海交通大学医学院…)."""
    return any(mention in k or k in mention for k in known)


def _mentions(sentence: str, facts: GroundingFacts) -> list[tuple[str, str, bool]]:
    """(kind, mention, supported) for every expert, institution and award the sentence states."""
    found: list[tuple[str, str, bool]] = []
    masked = clean(sentence)
    known = [("expert", n) for n in facts.experts] + [("institution", n) for n in facts.institutions]
    known += [("award", n) for n in facts.awards]
    for kind, name in sorted(known, key=lambda kn: -len(kn[1])):
        if name and name in masked:
            found.append((kind, name, True))
            masked = masked.replace(name, _MASK * len(name))  # known facts are not re-read by the patterns
    for m in _ACADEMICIAN.finditer(masked):  # an honour is stated only if some retrieved expert holds it
        found.append(("title", m.group(), m.group() in facts.titles))
    masked = _ACADEMICIAN.sub(lambda m: _MASK * len(m.group()), masked)
    candidates = [m.group(1) for m in _PERSON_BEFORE_TITLE.finditer(masked)]
    candidates += [m.group(1) for m in _LIST_ITEM_NAME.finditer(masked)]
    for cand in candidates:
        for size in (3, 2):  # "王振义教授" and "李强教授": try the 3- then the 2-character reading
            name = cand[-size:]
            if len(name) == size and name[0] in SURNAMES and name not in _NOT_NAMES:
                found.append(("expert", name, False))
                break
    for kind, pattern, names in (("institution", _INSTITUTION, facts.institutions), ("award", _AWARD, facts.awards)):
        for m in pattern.finditer(masked):
            mention = _GENERIC_PREFIX.sub("", m.group())
            if len(mention) >= 4 and _MASK not in mention:
                found.append((kind, mention, _supported(mention, names)))
    return found


def check_answer(text: str, facts: GroundingFacts) -> tuple[str, GroundingReport]:
    """The answer with unsupported sentences removed, and which facts were kept or dropped."""
    kept: list[str] = []
    report = GroundingReport()
    for sentence in _SENTENCE.findall(text):
        if not sentence:
            continue
        mentions = _mentions(sentence, facts)
        bad = [f"{kind}:{m}" for kind, m, ok in mentions if not ok]
        if bad:
            report.dropped.extend(bad)
            if sentence.endswith("\n"):
                kept.append("\n")
            continue
        report.grounded.extend(f"{kind}:{m}" for kind, m, ok in mentions if ok)
        kept.append(sentence)
    report.grounded = list(dict.fromkeys(report.grounded))
    report.dropped = list(dict.fromkeys(report.dropped))
    return re.sub(r"\n{3,}", "\n\n", "".join(kept)).strip(), report
