"""Real Chinese science awards, talent programmes and professional titles, with the career stage and years each
fits, so that demo experts' honours are plausible for their title, age and field."""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType
from typing import Mapping

FIRST_YEAR = 1995
LAST_YEAR = 2024


@dataclass(frozen=True)
class AwardSpec:
    """One award or programme. name may hold "{province}"; weights are per stage (academician, senior, junior);
    fields/kinds restrict who can get it (empty: anyone); verb writes the bio phrase ("获X", "入选X", ...)."""

    name: str
    weights: tuple[float, float, float]
    min_age: int = 30
    max_age: int = 100
    first_year: int = FIRST_YEAR
    last_year: int = LAST_YEAR
    fields: frozenset[str] = frozenset()
    kinds: str = "uceh"
    prefix: str = ""
    talent: bool = False
    verb: str = "获{}"

    def phrase(self, name: str) -> str:
        return self.verb.format(name)


def _f(*names: str) -> frozenset[str]:
    return frozenset(names)


_AGRI = _f("作物学", "植物保护", "畜牧学", "兽医学", "农业工程", "食品科学与工程")
_MED = _f("临床医学", "生物医学工程", "药学")

AWARDS: tuple[AwardSpec, ...] = (
    # national science and technology awards (国家科学技术奖)
    AwardSpec("国家最高科学技术奖", (0, 0, 0), min_age=60),
    AwardSpec("国家自然科学奖一等奖", (1, 0.05, 0), min_age=40),
    AwardSpec("国家自然科学奖二等奖", (6, 0.6, 0.05), min_age=35),
    AwardSpec("国家技术发明奖一等奖", (3, 0.1, 0), min_age=40),
    AwardSpec("国家技术发明奖二等奖", (5, 0.8, 0.15), min_age=35),
    AwardSpec("国家科学技术进步奖特等奖", (1, 0.02, 0), min_age=40),
    AwardSpec("国家科学技术进步奖一等奖", (5, 0.5, 0.05), min_age=38),
    AwardSpec("国家科学技术进步奖二等奖", (6, 2.5, 0.5), min_age=32),
    # social-force and honorary awards
    AwardSpec("何梁何利基金科学与技术进步奖", (5, 0.3, 0), min_age=45),
    AwardSpec("光华工程科技奖", (3, 0.2, 0), min_age=45, first_year=1996),
    AwardSpec("全国创新争先奖", (1, 0.3, 0), min_age=40, first_year=2017),
    AwardSpec("中国青年科技奖", (0.5, 0.6, 0.4), max_age=40),
    AwardSpec("中国专利金奖", (1, 0.8, 0.3)),
    AwardSpec("中国专利银奖", (0.3, 0.8, 0.4), first_year=2018),
    AwardSpec("中国专利优秀奖", (0.2, 1.5, 1.2)),
    AwardSpec("中国产学研合作创新成果奖一等奖", (0, 0.6, 0.6), first_year=2008),
    # ministerial (教育部) and provincial awards
    AwardSpec("教育部科学技术进步奖一等奖", (2, 3, 0.8), kinds="u"),
    AwardSpec("教育部科学技术进步奖二等奖", (0.5, 2, 1.5), kinds="u"),
    AwardSpec("教育部技术发明奖一等奖", (1, 1.5, 0.5), kinds="u"),
    AwardSpec("教育部自然科学奖一等奖", (1, 1.5, 0.5), kinds="u"),
    AwardSpec("{province}科技进步奖一等奖", (2, 4, 1.5)),
    AwardSpec("{province}科技进步奖二等奖", (0.5, 3, 3)),
    AwardSpec("{province}技术发明奖一等奖", (0.5, 1, 0.5)),
    # industry and society awards, by field
    AwardSpec("中国机械工业科学技术奖一等奖", (1, 3, 1.5), fields=_f("机械工程", "控制科学与工程", "仪器科学与技术")),
    AwardSpec("中国汽车工业科学技术进步奖一等奖", (0.5, 1, 0.8), fields=_f("机械工程", "交通运输工程")),
    AwardSpec("中国石油和化学工业联合会科技进步奖一等奖", (1, 3, 1.5),
              fields=_f("化学工程与技术", "化学", "石油与天然气工程", "材料科学与工程", "轻工技术与工程")),
    AwardSpec("中华农业科技奖一等奖", (1, 3, 1.5), fields=_AGRI, first_year=1999),
    AwardSpec("中国电力科学技术进步奖一等奖", (1, 3, 1.5), fields=_f("电气工程", "动力工程及工程热物理")),
    AwardSpec("冶金科学技术奖一等奖", (1, 3, 1.5), fields=_f("冶金工程", "材料科学与工程", "矿业工程")),
    AwardSpec("中国有色金属工业科学技术奖一等奖", (1, 2, 1.5), fields=_f("冶金工程", "材料科学与工程", "矿业工程")),
    AwardSpec("中国纺织工业联合会科学技术进步奖一等奖", (1, 3, 1.5), fields=_f("纺织科学与工程")),
    AwardSpec("中国轻工业联合会科学技术进步奖一等奖", (1, 3, 1.5),
              fields=_f("轻工技术与工程", "食品科学与工程", "生物工程")),
    AwardSpec("中国食品科学技术学会科技创新奖一等奖", (0.5, 1.5, 1), fields=_f("食品科学与工程"), first_year=2011),
    AwardSpec("中国煤炭工业协会科学技术奖一等奖", (1, 3, 1.5), fields=_f("矿业工程", "安全科学与工程")),
    AwardSpec("中国公路学会科学技术奖一等奖", (1, 2, 1.5), fields=_f("交通运输工程", "土木工程"), first_year=2002),
    AwardSpec("中国铁道学会科学技术奖一等奖", (1, 2, 1.5), fields=_f("交通运输工程", "土木工程", "电气工程")),
    AwardSpec("华夏建设科学技术奖一等奖", (1, 2, 1.5), fields=_f("土木工程", "环境科学与工程"), first_year=2001),
    AwardSpec("大禹水利科学技术奖一等奖", (1, 3, 1.5), fields=_f("水利工程"), first_year=2001),
    AwardSpec("中国航空学会科学技术奖一等奖", (1, 2, 1.5), fields=_f("航空宇航科学与技术")),
    AwardSpec("国防科学技术进步奖一等奖", (2, 2, 0.8), last_year=2017,
              fields=_f("航空宇航科学与技术", "船舶与海洋工程", "核科学与技术", "光学工程", "电子科学与技术")),
    AwardSpec("海洋科学技术奖一等奖", (0.5, 1.5, 1), fields=_f("船舶与海洋工程", "环境科学与工程"), first_year=2001),
    AwardSpec("中华医学科技奖一等奖", (2, 3, 1), fields=_MED, first_year=2002),
    AwardSpec("华夏医学科技奖一等奖", (1, 2, 1), fields=_MED, first_year=2003),
    AwardSpec("中国药学会科学技术奖一等奖", (1, 2, 1.5), fields=_f("药学")),
    AwardSpec("中国电子学会科学技术奖一等奖", (1, 2.5, 1.5), fields=_f("电子科学与技术", "信息与通信工程"),
              first_year=2005),
    AwardSpec("中国通信学会科学技术奖一等奖", (1, 2, 1.5), fields=_f("信息与通信工程"), first_year=2006),
    AwardSpec("中国自动化学会科技进步奖一等奖", (0.5, 1.5, 1), fields=_f("控制科学与工程"), first_year=2016),
    AwardSpec("中国计算机学会科学技术奖", (0.5, 1.5, 1), fields=_f("计算机科学与技术"), first_year=2014),
    AwardSpec("吴文俊人工智能科学技术奖一等奖", (1, 1.5, 1),
              fields=_f("计算机科学与技术", "控制科学与工程"), first_year=2011),
    AwardSpec("环境保护科学技术奖一等奖", (1, 3, 1.5), fields=_f("环境科学与工程")),
    AwardSpec("中国仪器仪表学会科学技术奖一等奖", (1, 2, 1.5), fields=_f("仪器科学与技术", "光学工程")),
    AwardSpec("中国核能行业协会科学技术奖一等奖", (1, 2, 1.5), fields=_f("核科学与技术"), first_year=2012),
    AwardSpec("中国职业安全健康协会科学技术奖一等奖", (0.5, 2, 1.5), fields=_f("安全科学与工程"), first_year=2007),
    # talent programmes (人才计划): "入选X" / "获X资助" / "享受X"
    AwardSpec("长江学者特聘教授", (3, 0.8, 0), min_age=35, max_age=55, first_year=1998, kinds="u",
              talent=True, verb="入选{}"),
    AwardSpec("青年长江学者", (0, 0.3, 0.4), max_age=38, first_year=2015, kinds="u", talent=True, verb="入选{}"),
    AwardSpec("国家杰出青年科学基金", (4, 0.8, 0), max_age=45, talent=True, verb="获{}资助"),
    AwardSpec("国家优秀青年科学基金", (0, 0.6, 0.8), max_age=38, first_year=2012, talent=True, verb="获{}资助"),
    AwardSpec("国家高层次人才特殊支持计划领军人才", (1, 0.8, 0), min_age=35, first_year=2013, talent=True,
              verb="入选{}"),
    AwardSpec("国务院政府特殊津贴", (3, 2, 0.3), min_age=40, talent=True, verb="享受{}"),
    AwardSpec("新世纪优秀人才支持计划", (0, 0.8, 0.6), max_age=45, first_year=2004, last_year=2013, kinds="u",
              talent=True, verb="入选{}"),
    AwardSpec("百千万人才工程国家级人选", (1, 0.5, 0.1), min_age=35, max_age=55, talent=True, verb="入选{}"),
    AwardSpec("中国科学院百人计划", (0.5, 1, 0.3), max_age=45, kinds="c", prefix="中国科学院", talent=True,
              verb="入选{}"),
)

AWARD_BY_NAME: Mapping[str, AwardSpec] = MappingProxyType({a.name: a for a in AWARDS})

# Career stages: "a" academician, "s" senior (正高), "j" junior (副高).
TITLE_STAGE: Mapping[str, str] = MappingProxyType({
    "中国科学院院士": "a", "中国工程院院士": "a",
    "教授": "s", "研究员": "s", "教授级高级工程师": "s", "主任医师": "s",
    "副教授": "j", "副研究员": "j", "高级工程师": "j", "副主任医师": "j",
})

TITLES: tuple[str, ...] = tuple(TITLE_STAGE)

# Title weights by institution kind (academicians are drawn separately, see ACADEMICIAN_RATE).
TITLE_WEIGHTS: Mapping[str, Mapping[str, float]] = MappingProxyType({
    "u": MappingProxyType({"教授": 45, "副教授": 40, "研究员": 6, "副研究员": 6, "高级工程师": 3}),
    "c": MappingProxyType({"研究员": 45, "副研究员": 35, "高级工程师": 10, "教授级高级工程师": 8}),
    "e": MappingProxyType({"教授级高级工程师": 40, "高级工程师": 40, "研究员": 12, "副研究员": 6}),
    "h": MappingProxyType({"主任医师": 35, "教授": 25, "副主任医师": 25, "副教授": 14}),
})

ACADEMICIAN_RATE = 0.005
"""Share of generated experts who are academicians (两院院士 are rare)."""

# Fields whose academicians are mostly in the Chinese Academy of Sciences rather than Engineering.
CAS_SHARE: Mapping[str, float] = MappingProxyType({"化学": 0.85, "计算机科学与技术": 0.5, "电子科学与技术": 0.5,
                                                   "光学工程": 0.4, "临床医学": 0.1, "生物工程": 0.5})
DEFAULT_CAS_SHARE = 0.25

BIRTH_YEARS: Mapping[str, tuple[int, int]] = MappingProxyType({"a": (1935, 1966), "s": (1956, 1988), "j": (1968, 1993)})

# Probability of 0, 1, 2, 3 awards by stage: most experts have 0-1.
AWARD_COUNTS: Mapping[str, tuple[float, ...]] = MappingProxyType({
    "a": (0.0, 0.2, 0.45, 0.35), "s": (0.45, 0.33, 0.15, 0.07), "j": (0.72, 0.24, 0.04, 0.0),
})
