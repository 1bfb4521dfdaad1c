"""Typed results of expert matching: what the CLI prints as JSON and what generation is grounded on."""

from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import BaseModel, Field


class AwardFact(BaseModel):
    name: str
    year: int | None = None


class CitedFact(BaseModel):
    """One fact a source states, with the words it was read from."""

    kind: str  # direction | institution | title | award | field
    fact: str
    snippet: str = ""


class Citation(BaseModel):
    """A source record behind an expert's facts: a profile page (url) or a funded project (ref = 批准号)."""

    key: str
    kind: str
    title: str | None = None
    url: str | None = None
    ref: str | None = None
    facts: list[CitedFact] = Field(default_factory=list)


class ExpertMatch(BaseModel):
    """One matched expert with the facts that ground any answer about them and why they match."""

    id: str
    name: str
    institution: str | None = None
    # where that institution is, as the graph records it (kg/places.py): 上海 / 上海, 四川 / 成都; None when unknown
    province: str | None = None
    city: str | None = None
    title: str | None = None
    fields: list[str] = Field(default_factory=list)
    directions: list[str] = Field(default_factory=list)
    awards: list[AwardFact] = Field(default_factory=list)
    score: float
    reasons: list[str] = Field(default_factory=list)
    strength: int | None = None  # calibrated match strength 0-100 (retrieval/presentation.py)
    strength_label: str | None = None  # 高 / 中 / 低
    details: dict[str, Any] | None = None  # engineer's numbers: fused score, rank, P(relevant), old reasons
    citations: list[Citation] = Field(default_factory=list)  # where the facts come from (kg/provenance.py)
    # which of the message's separate problems (MatchResult.problems, from 0) the expert was found for, when several
    problem: int | None = None


class SubgraphNode(BaseModel):
    id: str  # "Expert:<id>", "Direction:<key>", ...
    label: str
    name: str
    properties: dict[str, Any] = Field(default_factory=dict)


class SubgraphEdge(BaseModel):
    source: str
    target: str
    type: str
    properties: dict[str, Any] = Field(default_factory=dict)


class Subgraph(BaseModel):
    """The part of the graph that grounds an answer: matched experts and their facts."""

    nodes: list[SubgraphNode] = Field(default_factory=list)
    edges: list[SubgraphEdge] = Field(default_factory=list)


# a city a record writes before a university's name (上海复旦大学, 北京清华大学), which names the same university (not 西安: 西安电子
# 科技大学 is another university than 电子科技大学)
_CITY_PREFIXES = ("北京", "上海", "天津", "重庆", "南京", "杭州", "武汉", "广州", "成都", "长沙", "合肥", "哈尔滨", "大连",
                  "沈阳", "长春", "济南", "青岛", "厦门", "兰州", "昆明", "深圳")
_WHOLE_UNIVERSITY = re.compile(r"(?:大学|学院)$")  # a whole university's or college's name


def _is_award(asked: str, name: str) -> bool:
    """Whether a recorded award is one asked (国家自然科学奖 of its 一等奖) — not the youth award of the same name
    (光华工程科技奖青年奖 is no 光华工程科技奖: 41 were counted for 37, rt67)."""
    for spelt in (name, full_spelling(name)):
        at = spelt.find(asked)
        if at >= 0 and not spelt[at + len(asked):].startswith("青年"):
            return True
    return False


# institutions renamed, the new name -> the one the records write (海军军医大学 was 第二军医大学 until 2017; a record
# under either name was said to be "another institution" than the other, rt149)
RENAMED_ORGS = {"海军军医大学": "第二军医大学", "空军军医大学": "第四军医大学", "陆军军医大学": "第三军医大学"}


def org_key(name: str) -> str:
    """An institution's name as compared: the short forms the records mix (中科院/中国科学院, 所/研究所, 科技/科学技术:
    国防科技大学 is 国防科学技术大学, rt63) and its names before and after a renaming made one."""
    for new, old in RENAMED_ORGS.items():
        name = name.replace(new, old)
    return name.replace("中国科学院", "中科院").replace("研究所", "所").replace("科学技术", "科技")


def abbreviates(a: str, b: str) -> bool:
    """Whether one research institute's name shortens the other's by leaving characters out (大连化物所 for 大连化学
    物理研究所, under 中科院 or not): same first and last character, the shorter's characters in order in the longer,
    most of them kept — institutes only (北京大学 does not shorten 北京农业大学)."""
    short, long = sorted((org_key(a), org_key(b)), key=len)
    if short.startswith("中科院") != long.startswith("中科院"):
        long = long.removeprefix("中科院")
    short, long = short.removeprefix("中科院"), long.removeprefix("中科院")
    if not (short.endswith("所") and long.endswith("所")) or short == long or len(short) < 4 or \
            short[0] != long[0] or len(short) < 0.6 * len(long):
        return False
    rest = iter(long)
    return all(c in rest for c in short)


def same_org(a: str, b: str) -> bool:
    """Whether two recorded institution names are one institution: alike once compared (`org_key`), or one the other
    written under its parent (中国科学院中国科学技术大学, 国家冶金工业局钢铁研究总院, 中科院大气物理所 for 大气物理所) — not
    a city before a university (西安电子科技大学 is no 电子科技大学)."""
    if abbreviates(a, b):  # 中国科学院大连化物所 is 中国科学院大连化学物理研究所
        return True
    a, b = org_key(a), org_key(b)
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    parent = long[:-len(short)]
    return long.endswith(short) and bool(_PARENT.search(parent)) and len(short) >= (3 if parent == "中科院" else 4)


_PARENT = re.compile(r"(?:中科院|院|局|部|委|集团|公司|总公司)$")


# "a national award" (国家级奖励, 国家奖, 国家科技奖, a national award): any of the four national science and technology
# awards, as the graph writes them at the start of an award's name (国家自然科学奖二等奖)
NATIONAL_AWARD = "国家级科技奖"
NATIONAL_AWARDS = ("国家最高科学技术奖", "国家自然科学奖", "国家技术发明奖", "国家科学技术进步奖")
# "any award" (去掉没有获奖记录的, "Remove the ones without any award record"): an award besides an academy seat
ANY_AWARD = "获奖记录"


# a province is met by an institution named after one of its cities that problems name as places too (四川: 中国科学院
# 水利部成都山地灾害与环境研究所 holds 成都); a city is met by its own name only
PROVINCE_CITIES = {"四川": ("成都",), "湖北": ("武汉",), "陕西": ("西安",), "湖南": ("长沙",), "安徽": ("合肥",),
                   "山东": ("济南", "青岛"), "辽宁": ("沈阳", "大连"), "黑龙江": ("哈尔滨",), "吉林": ("长春",),
                   "河南": ("郑州",), "江苏": ("南京", "苏州", "无锡"), "浙江": ("杭州", "宁波"), "福建": ("福州", "厦门"),
                   "云南": ("昆明",), "甘肃": ("兰州",), "山西": ("太原",), "江西": ("南昌",), "广西": ("南宁",),
                   "贵州": ("贵阳",), "河北": ("石家庄",), "广东": ("广州", "深圳")}


_SEVERAL = re.compile(r"和|、|等(?:大学|单位|机构|院校|高校)")  # a name of several institutions (重庆和南京等大学; not
# 山地灾害与环境研究所)


def place_words(place: str) -> tuple[str, ...]:
    """The words an institution's name may hold to be at `place` (四川 → 四川, 成都; 上海 → 上海)."""
    return (place, *PROVINCE_CITIES.get(place, ()))


#: the words an institution's name ends with (清华大学, 中国科学院紫金山天文台, 国家电网公司)
ORG_ENDINGS = "大学|学院|研究院|研究所|医院|公司|集团|中心|天文台|实验室|设计院"
#: the kinds of institution a problem may ask for (只要企业里的专家, 不要高校的, 研究院所的专家)
SECTORS = ("高校", "企业", "科研院所")
_UNIVERSITY = re.compile(r"大学|(?<!科)学院")
_ENTERPRISE = re.compile(r"公司|集团|企业|厂$|工厂")
_INSTITUTE = re.compile(r"研究院|研究所|科学院|研究中心|实验室|所$|设计院")


def sectors_of(institution: str | None) -> set[str]:
    """The kinds of an institution by its name: a university's (its institutes too), an enterprise's, a research
    institute's (an enterprise's institute is both); none for a hospital or a name that says no kind."""
    if not institution:
        return set()
    if _UNIVERSITY.search(institution):
        return {"高校"}
    return {kind for kind, pattern in (("企业", _ENTERPRISE), ("科研院所", _INSTITUTE)) if pattern.search(institution)}


def full_spelling(award: str) -> str:
    """An award's name with 科技进步 written as the graph's national awards write it (江苏省科技进步奖 → 江苏省科学技术进步奖),
    so that a record spelt either way meets a requirement read in the graph's spelling."""
    return award.replace("科技进步", "科学技术进步")


def short_spelling(award: str) -> str:
    """The inverse of `full_spelling`: the name as records that abbreviate it write it."""
    return award.replace("科学技术进步", "科技进步")


class Requirement(BaseModel):
    """One thing the problem asks of the expert, and which of the shown experts (ids) meet it."""

    kind: Literal["academy", "award", "elected", "institution", "place", "sector", "unrecorded"]
    # as the graph would write it: 中国工程院院士, 国家科学技术进步奖, 清华大学, 上海; for what the graph does not record
    # ("unrecorded", never met), what it is: 性别, 年龄, 外语能力, 能否到现场, 费用
    text: str
    met_by: list[str] = Field(default_factory=list)
    # for "award": the years it must be dated in, both ends included, when the turn dates it ("Which of them won it in
    # 2010?"): an undated record of the award does not meet it
    years: tuple[int, int] | None = None
    # for "award": how many records of it (of any award but the seats, for ANY_AWARD) the expert must hold (获得2项以上
    # 奖励的: 2), each year of an award won more than once counted
    at_least: int | None = None

    def met(self, expert: ExpertMatch) -> bool:
        """Whether the expert's graph facts meet this requirement."""
        awards = [a.name for a in expert.awards]
        if self.kind == "academy":  # a seat is an award with its year in the academician graph, a title elsewhere
            # (中国科学院院士、中国工程院院士: a member of both academies recorded in the title)
            awards += re.split(r"[、，,/ ]+", expert.title) if expert.title and expert.title.endswith("院士") else []
            if self.text == "两院院士":  # a member of both academies
                return {"中国科学院院士", "中国工程院院士"} <= set(awards)
            return any(name.endswith("院士") and (self.text == "院士" or name == self.text) for name in awards)
        if self.kind == "award" and self.at_least is not None:
            asked = NATIONAL_AWARDS if self.text == NATIONAL_AWARD else (self.text,)
            return sum(not a.name.endswith("院士") and (self.text == ANY_AWARD or any(
                _is_award(x, a.name) for x in asked)) for a in expert.awards) >= self.at_least
        if self.kind == "award":
            if self.text == ANY_AWARD:
                return any(not a.name.endswith("院士") for a in expert.awards)
            asked = NATIONAL_AWARDS if self.text == NATIONAL_AWARD else (self.text,)
            return any(_is_award(x, a.name) and (
                self.years is None or a.year is not None and self.years[0] <= a.year <= self.years[1])
                for a in expert.awards for x in asked)
        if self.kind == "unrecorded":
            return False
        if self.kind == "elected" and (span := re.fullmatch(r"(\d{4})年至(\d{4})年", self.text)):  # 2010年至2015年
            return any(a.name.endswith("院士") and a.year and int(span.group(1)) <= a.year <= int(span.group(2))
                       for a in expert.awards)
        if self.kind == "elected":  # 2000年以后当选的院士: a seat dated in that span ("2000年以后" / "2000年以前"),
            year, after = int(self.text[:4]), self.text.endswith("以后")  # or that year ("2017年")
            return any(a.name.endswith("院士") and a.year and (a.year == year if self.text.endswith("年") else
                                                             a.year >= year if after else a.year < year)
                       for a in expert.awards)
        if self.kind == "sector":  # 只要企业里的专家: the kind of institution the record names
            return self.text in sectors_of(expert.institution)
        institution = expert.institution or ""
        if self.kind == "institution":  # 中科院物理所 is 中国科学院物理研究所, as the records write it either way
            asked, held = org_key(self.text), org_key(institution)
            if held and abbreviates(asked, held):  # 大连化物所 for 大连化学物理研究所, either way round
                return True
            if held and asked.endswith(held) and asked[:-len(held)] in ("中科院", "中国"):  # 金属所 as a record writes
                return True  # 中科院金属所 (中国科学院金属研究所)
            return bool(held) and (asked == held or asked in held and not (  # 清华大学 holds 清华大学材料学院, 中科院
                _WHOLE_UNIVERSITY.search(asked) and _WHOLE_UNIVERSITY.search(held) and held.replace(asked, "", 1) not in
                ("中国", "中国科学院", "中科院", *_CITY_PREFIXES)))  # (上海复旦大学 is 复旦大学 as a record writes it;
            # 中国科学院中国科学技术大学 is 中国科学技术大学: 郭光灿 was left out of its count, rt129)
            # 电子科技大学 and 西安电子科技大学 are two universities (石油大学 is 中国石油大学's old name); one recorded
            # only at 中国科学院 is not known to be at 中国科学院微电子研究所
        if expert.province:  # the place the graph records decides (北京大学深圳研究生院 is not in 北京)
            return self.text in (expert.province, expert.city) or expert.city in PROVINCE_CITIES.get(self.text, ())
        # else its name, unless it names several (重庆和南京等大学 was counted in both)
        return not _SEVERAL.search(institution) and any(word in institution for word in place_words(self.text))


class MatchResult(BaseModel):
    query: str
    experts: list[ExpertMatch] = Field(default_factory=list)
    requirements: list[Requirement] = Field(default_factory=list)  # what the problem asks of the expert (academy …)
    # False when no shown expert's profile holds a word of the problem (written in the profiles' script): an
    # off-topic message (订机票, 讲个笑话) still gets its nearest experts, to be shown only "for reference"
    related: bool = True
    problems: list[str] = Field(default_factory=list)  # the separate problems a message enumerates, when several
    named: list[str] = Field(default_factory=list)  # ids of the shown experts the problem names (retrieval/names.py)
    misspelt: list[str] = Field(default_factory=list)  # of those, the ones found by a name one character off
    absent: int = 0  # people the problem names (张三院士) that the graph does not hold
    # people the problem only remarks on (图谱里说高金吉是最好的专家): not put first, their sentences no part of it
    remarked: list[str] = Field(default_factory=list)
    remarks: list[str] = Field(default_factory=list)  # the sentences of those remarks, taken out of the problem
    subgraph: Subgraph = Field(default_factory=Subgraph)
    warnings: list[str] = Field(default_factory=list)
