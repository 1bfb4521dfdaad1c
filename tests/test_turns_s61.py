"""Turns the thirty-seventh session mended (rt114): arithmetic over named experts asked in English (a name of two
syllables heading a list, a question long by the names of an academy and an award), ages "then" and averages asked
after a turn on an election or an award, the average age at an award."""

from __future__ import annotations

import pytest

from conftest import answerer_over, records_of
from conftest import said_in_turns as _turns

AWARD = "国家最高科学技术奖"
ELECTED = [("于岷", 1926, 1980), ("周一召", 1929, 1980), ("赵二贤", 1941, 1991)]  # (name, born, elected to CAS)
AWARDED = [("赵二贤", 2016), ("李二声", 2006), ("吴二超", 2005)]  # (name, the award's year)
BORN = {"于岷": 1926, "周一召": 1929, "赵二贤": 1941, "李二声": 1931, "吴二超": 1922, "郑二敏": 1924}


@pytest.fixture(scope="module")
def elders(expertglm_home, demo_graph, tmp_path_factory):
    """Academicians with election years, birth years in their biographies and one award some of them share."""
    seats = {name: year for name, _, year in ELECTED} | {"李二声": 1991, "吴二超": 1991}
    prizes = dict(AWARDED)
    rows = [(name, "中国科学院物理研究所", "理论物理",
             [{"name": "中国科学院院士", "year": seats[name]}] + ([{"name": AWARD, "year": prizes[name]}]
                                                              if name in prizes else []),
             f"物理学家 {born}年5月生于湖南长沙。") for name, born in BORN.items() if name != "郑二敏"]
    rows.append(("郑二敏", "中国科学院力学研究所", "爆炸力学",
                 [{"name": "中国科学院院士", "year": 1980}, {"name": "中国工程院院士", "year": 1994},
                  {"name": AWARD, "year": 2012}], "力学家 1924年10月生于山东济南。"))
    with answerer_over(records_of("s61", "数理科学", rows), expertglm_home, demo_graph[2],
                       tmp_path_factory.mktemp("s61")) as answerer:
        yield answerer


def _election_ages() -> dict[str, int]:
    return {name: year - born for name, born, year in ELECTED}


@pytest.mark.parametrize("question", [
    "Among Yu Min, Zhou Yizhao and Zhao Erxian, who was elected to the CAS first?",
    "Yu Min, Zhou Yizhao or Zhao Erxian: who was elected first?",
])
def test_a_name_of_two_syllables_heading_a_list_is_compared_with_the_rest(elders, question):
    """"Among Yu Min, Zhou Guangzhao and Zhao Zhongxian, who was elected to the CAS first?": 于敏 was left out (rt114)."""
    answer, _ = _turns(elders, question)
    assert all(name in answer.text for name, _, _ in ELECTED), answer.text
    assert not answer.grounding.dropped, answer.grounding.dropped


@pytest.mark.parametrize("turns", [
    ("Among Yu Min, Zhou Yizhao and Zhao Erxian, who was elected to the CAS first?", "How old was each of them then?"),
    ("于岷、周一召和赵二贤谁先当选中科院院士？", "他们当时各多少岁？"),
    ("于岷、周一召和赵二贤谁先当选中科院院士？", "那他们当时多大？"),
])
def test_ages_then_after_an_election_order_are_ages_at_the_election(elders, turns):
    """他们当时各多少岁？ after 谁先当选: their ages in 2026 were said (rt114); in English only the birth quotes."""
    answer, _ = _turns(elders, *turns)
    for name, age in _election_ages().items():
        assert f"{name}当时约{age}岁" in answer.text or f"{name} was about {age} then" in answer.text, answer.text
    assert "2026" not in answer.text, answer.text


@pytest.mark.parametrize("turns", [
    ("Among Yu Min, Zhou Yizhao and Zhao Erxian, who was elected to the CAS first?", "How old was each of them then?",
     "What is their average age?"),
    ("Among Yu Min, Zhou Yizhao and Zhao Erxian, who was elected to the CAS first?",
     "What was their average age at election?"),
    ("于岷、周一召和赵二贤谁先当选中科院院士？", "他们当时各多少岁？", "平均年龄是多少？"),
    ("于岷、周一召和赵二贤分别是哪年当选院士的？", "那他们的平均年龄呢？"),
])
def test_an_average_asked_after_an_election_turn_is_of_the_ages_at_election(elders, turns):
    """"What is their average age at election?" gave the birth quotes only; 平均年龄是多少？ after the ages at election
    gave ages in 2026, then an average the guard dropped (rt114)."""
    ages = _election_ages().values()
    mean = f"{round(sum(ages) / len(ages), 1):g}"
    answer, _ = _turns(elders, *turns)
    assert f"平均约{mean}岁" in answer.text or f"on average about {mean} years old" in answer.text, answer.text
    assert not answer.grounding.dropped, answer.grounding.dropped


@pytest.mark.parametrize("turns", [
    ("What was the average age of Zhao Erxian, Li Ersheng and Wu Erchao when each received the State Preeminent "
     "Science and Technology Award?",),
    ("赵二贤、李二声和吴二超获得国家最高科学技术奖时的平均年龄是多少？",),
    ("赵二贤、李二声和吴二超都获得过国家最高科学技术奖吧？", "他们当时各多少岁？", "那平均年龄呢？"),
])
def test_the_average_age_at_an_award_is_computed_and_checked(elders, turns):
    """The average age of three winners when given the award: record cards in English, each age but no average in
    Chinese (rt114)."""
    ages = [year - BORN[name] for name, year in AWARDED]
    mean = f"{round(sum(ages) / len(ages), 1):g}"
    answer, _ = _turns(elders, *turns)
    assert f"获得该奖时的年龄平均约{mean}岁" in answer.text or f"on average about {mean} years old" in answer.text, \
        answer.text
    assert not answer.grounding.dropped, answer.grounding.dropped


def test_a_wrong_average_at_an_award_is_dropped(elders):
    """The guard recomputes the average at the award the experts share: a figure one year off is not kept."""
    from generation.biography import asked, cited
    from generation.grounding import check_answer

    answer, _ = _turns(elders, "赵二贤、李二声和吴二超获得国家最高科学技术奖时的平均年龄是多少？")
    bios = elders.retriever.biographies([e.id for e in answer.experts])  # (their birth sentences cited, as the
    experts = [cited(e, bios.get(e.id), asked("出生")) for e in answer.experts]  # answer cites them)
    ages = [year - BORN[name] for name, year in AWARDED]
    mean = round(sum(ages) / len(ages), 1)
    for figure, held in ((mean, True), (mean + 1, False), (mean - 0.3, False)):
        _, report = check_answer(f"以上3位获得该奖时的年龄平均约{figure:g}岁（按年份相减）。", experts)
        assert report.sentences[-1].kept is held, (figure, report)


@pytest.mark.parametrize("turns, years", [
    (("How many years passed between Zheng Ermin's election to the Chinese Academy of Sciences and his State "
      "Preeminent Science and Technology Award?",), 32),
    (("How many years passed between Zheng Ermin's election to the Chinese Academy of Sciences and his State "
      "Preeminent Science and Technology Award?", "And how many years between his two academy elections?"), 14),
])
def test_years_between_two_events_asked_in_english(elders, turns, years):
    """A long English question of years between an election and an award listed strangers beside his card; "his two
    academy elections" was not read as two elections (rt114)."""
    answer, _ = _turns(elders, *turns)
    assert f"{years} years apart" in answer.text, answer.text
    assert [e.name for e in answer.experts] == ["郑二敏"], answer.text


@pytest.fixture(scope="module")
def people(expertglm_home, demo_graph, tmp_path_factory):
    """Academicians whose biographies write provincial and foreign prizes, names holding 诺贝尔 that are no Nobel Prize,
    degrees taken at home and abroad, and two winners of one award in different years."""
    cae, cas = "中国工程院院士", "中国科学院院士"
    rows = [
        ("印二龙", "中国科学院亚热带农业生态研究所", "动物营养", [{"name": cae, "year": 2013},
                                                   {"name": "国家科学技术进步奖二等奖", "year": 2010}],
         "印二龙（1956.1.23- ）动物营养学家。仔猪肠道健康调控关键技术获2010年国家科技进步二等奖，猪氨基酸的营养功能的"
         "基础研究获2013年湖南省自然科学一等奖。"),
        ("郑二静", "西安电子科技大学", "力学", [{"name": cas, "year": 2009}], "郑二静（女），力学家。"),
        ("刘二范", "北京大学", "纳米化学", [{"name": cas, "year": 2011}],
         "曾获国家自然科学奖二等奖、中国化学会-阿克苏诺贝尔化学奖等奖励。"),
        ("汪二光", "北京矿冶研究总院", "工业炸药", [{"name": cae, "year": 1999}],
         "首次实现工业炸药技术向国外转让，其中包括瑞典诺贝尔公司等国际著名公司。"),
        ("袁二湘", "中国科学院数学与系统科学研究院", "运筹学", [{"name": cas, "year": 2011}],
         "和导师Powell合作提出了利用光滑评价函数的约束优化信赖域法。"),
        ("叶二如", "香港科技大学", "神经科学", [{"name": cas, "year": 2011}],
         "1977年毕业于美国Simmons学院，1983年获美国哈佛大学博士学位。"),
        ("谢二毅", "中国科学技术大学", "无机化学", [{"name": cas, "year": 2013}],
         "1988年毕业于厦门大学化学系，1996年在中国科学技术大学应用化学系获博士学位。"),
        ("侯二凡", "南方医科大学", "慢性肾脏病防治", [{"name": cas, "year": 2009},
                                             {"name": "国家科学技术进步奖二等奖", "year": None}], "侯二凡，内科学家。"),
        ("孙二栋", "中国航天科技集团", "运载火箭", [{"name": cas, "year": 1991}, {"name": AWARD, "year": 2009}],
         "孙二栋，1929年4月生。"),
        ("王二志", "中国航天科技集团", "载人航天", [{"name": cae, "year": 1994}, {"name": AWARD, "year": 2003}],
         "王二志，1932年11月生。"),
        ("李二华", "中国科学院物理研究所", "电子显微学", [{"name": cas, "year": 1993}],
         "物理学家 1932年1月生于香港。2003年获“欧莱雅—联合国教科文组织世界杰出女科学家成就奖”。"),
        ("王二云", "清华大学", "密码学", [{"name": cas, "year": 2017}, {"name": "国家自然科学奖二等奖", "year": 2008}],
         "1966年8月出生于山东诸城。"),
        ("于二敏", "中国工程物理研究院", "核物理", [{"name": cas, "year": 1980},
                                           {"name": "国家科学技术进步奖特等奖", "year": 1985}], "于二敏，1926年8月生。"),
        ("程二甲", "中国工程物理研究院", "核试验", [{"name": cas, "year": 1980},
                                           {"name": "国家科学技术进步奖特等奖", "year": 1985}], "程二甲，1918年8月生。"),
        ("赵三贤", "中国科学院物理研究所", "超导", [{"name": cas, "year": 1991}],
         "物理学家 1941年1月生于辽宁新民。1987年获第三世界科学院物理奖，1988年获首届陈嘉庚物质科学奖。"),
        ("陈二平", "华中科技大学", "肝胆外科", [{"name": cas, "year": 2015}],
         "陈二平，肝胆外科专家。现任华中科技大学同济医学院附属同济医院外科学系主任。"),
    ]
    with answerer_over(records_of("s61p", "综合", rows), expertglm_home, demo_graph[2],
                       tmp_path_factory.mktemp("s61p")) as answerer:
        yield answerer


@pytest.mark.parametrize("turns, said", [
    (("印二龙院士2013年拿的那个自然科学一等奖，是国家级的那个吧？",), "不是国家级的"),
    (("印二龙院士2013年拿的那个自然科学一等奖，是国家级的那个吧？", "那他拿这个奖的时候多大年纪？"), "当时约57岁"),
    (("郑二静院士得过陕西省科技进步奖一等奖，这个是国家级的奖项吧？",), "没有您问到的那一项"),
])
def test_a_provincial_award_is_not_confirmed_as_the_national_one(people, turns, said):
    """那个自然科学一等奖，是国家级的那个吧？ of a biography writing 湖南省自然科学一等奖: 是 (of the election year), and the
    age then "not dated" (rt116)."""
    answer, _ = _turns(people, *turns)
    assert said in answer.text, answer.text
    assert not answer.text.startswith("是"), answer.text


@pytest.mark.parametrize("turns", [
    ("郑二静院士是2009年当选中国工程院院士的吧？", "她丈夫也是院士吗？"),
    ("Tell me about Zheng Erjing.", "Is she married to another academician?"),
])
def test_a_relative_asked_after_another_question_gets_no_yes(people, turns):
    """她丈夫也是院士吗？ as a follow-up: 是, then "no family information" (rt116)."""
    answer, _ = _turns(people, *turns)
    assert not answer.text.startswith(("是", "Yes")), answer.text
    assert "家人" in answer.text or "family members" in answer.text, answer.text


@pytest.mark.parametrize("question, written", [
    ("Does Liu Erfan's record mention a Nobel Prize?", False),
    ("汪二光院士的简介里有没有提到诺贝尔奖？", False),
    ("刘二范的简介里提到阿克苏诺贝尔化学奖了吗？", True),
    ("汪二光的简介里提到诺贝尔公司了吗？", True),
])
def test_names_holding_nobel_are_no_nobel_prize(people, question, written):
    """The AkzoNobel prize and the Nobel company were said to be a Nobel Prize the record mentions (rt116); asked by
    their own names, they are found."""
    answer, _ = _turns(people, question)
    assert answer.text.startswith(("有", "Yes")) is written, answer.text
    assert not answer.grounding.dropped, answer.grounding.dropped  # (没有出现「诺贝尔奖」这个词 was dropped as his award)


def test_asking_whether_the_record_writes_it_looks_for_no_word_write(people):
    """…导师是谁？记录里有写吗？: 「写」 was looked for and said unwritten under the quote naming the advisor (rt116)."""
    answer, _ = _turns(people, "袁二湘院士的博士导师是谁？记录里有写吗？")
    assert "Powell" in answer.text and "「写」" not in answer.text and not answer.text.startswith("没有"), answer.text


@pytest.mark.parametrize("turns, lead", [
    (("Answer only yes or no: did Ye Erru get her PhD abroad?",), "Yes"),
    (("Answer only yes or no: did Xie Eryi get her PhD abroad?",), "No"),
    (("只回答是或否：叶二如的博士学位是在国外拿的吗？",), "是"),
    (("谢二毅是在国外读的博士吗？",), "不是"),
    (("Answer only yes or no: did Ye Erru get her PhD abroad?", "Which university, and in what year?"), ""),
    (("只回答是或否：叶二如的博士学位是在国外拿的吗？", "在哪个国家？哪年？"), ""),
])
def test_a_degree_asked_as_taken_abroad_gets_a_verdict_and_where_and_when_follow(people, turns, lead):
    """"Answer only yes or no: did X get her PhD abroad?": the quote, no yes or no; "Which university, and in what
    year?" after it: strangers (rt114, rt116)."""
    answer, _ = _turns(people, *turns)
    assert answer.text.startswith(lead) if lead else not answer.text.startswith(("Yes", "No", "是", "不是")), \
        answer.text  # (where and when: the verdict before is not said again, s62)
    assert "博士学位" in answer.text and len(answer.experts) == 1, answer.text


def test_premises_then_a_question_about_her_are_answered_about_her(people):
    """"As a CAE academician …, Hou Fanfan has done a lot for kidney disease. Which national awards does she hold?":
    strangers for "kidney disease"; asked alone, "None of the awards … is the one you ask about" above a national one
    (rt114)."""
    for question in ("As a CAE academician elected in 2009, Hou Erfan has done a lot for kidney disease. Which national "
                     "awards does she hold?", "Which national awards does Hou Erfan hold?"):
        answer, _ = _turns(people, question)
        assert [e.name for e in answer.experts] == ["侯二凡"], answer.text
        assert "Of the awards you ask about" in answer.text and "None of the awards" not in answer.text, answer.text
        assert not answer.text.startswith("Yes"), answer.text


def test_a_shared_award_premise_of_two_is_checked_for_each(people):
    """"Sun Jiadong shared the 2009 … Award with Wang Yongzhi. What were the two of them recognized for?": 孙家栋 left
    out, then "Yes, all of them" of 2009 and 2003 (rt114)."""
    answer, _ = _turns(people, "Sun Erdong shared the 2009 State Preeminent Science and Technology Award with Wang Erzhi. "
                               "What were the two of them recognized for?")
    assert sorted(e.name for e in answer.experts) == ["孙二栋", "王二志"], answer.text
    assert "all of them" not in answer.text and "2003" in answer.text, answer.text


@pytest.mark.parametrize("turns, age", [
    (("Does Li Erhua's record mention a L'Oreal award?", "How old was she at the time?"), 71),
    (("Which awards does Wang Eryun hold?", "How old was she when she got it?"), 42),
])
def test_the_age_at_an_award_just_discussed(people, turns, age):
    """L'Oréal "could not be matched"; "How old was she when she got it?": "neither … dates this event" (rt114)."""
    answer, _ = _turns(people, *turns)
    assert f"about {age}" in answer.text, answer.text


@pytest.mark.parametrize("problem, kind, words", [
    ("我家养的蚕身子发软发黄，一碰就破流黄水，死了好多，这是啥病？", "silkworm", ("蚕学", "蚕病")),
    ("香菇菌棒长绿毛了，一片一片的，咋办？", "fungus", ("食用菌", "菌物学")),
    ("今年的紫菜苗大面积脱落、发白，损失很大", "seaweed", ("海水养殖",)),
    ("牦牛育种", "livestock", ("动物遗传育种", "畜牧学")),
])
def test_silkworms_mushrooms_seaweed_and_livestock_breeding_get_their_trades_words(problem, kind, words):
    """A rare-earth chemist for sick silkworms, a cabbage breeder for mouldy mushroom logs, wheat breeders for laver
    seedlings and for yak breeding (rt115): the organism names the trade."""
    from retrieval.organisms import care_words, organism

    assert organism(problem)[1] == kind
    assert all(w in care_words(problem) for w in words), care_words(problem)


@pytest.mark.parametrize("problem", ["苹果育种", "小麦育种", "我们厂的蘑菇罐头胀罐了"])
def test_a_crop_bred_or_a_product_named_gets_no_care_words(problem):
    """A crop's breeding is matched by the crop's own name; a product named after an organism is no organism."""
    from retrieval.organisms import care_words

    assert care_words(problem) == []


def test_an_absent_person_named_in_two_forms_is_said_absent(people):
    """"Is Robin Li (Li Yanhong) of Baidu in your graph? When was he elected to CAE?": strangers, then another expert's
    election year (rt116)."""
    answer, _ = _turns(people, "Is Robin Li (Li Yanhong) of Baidu in your graph? When was he elected to CAE?")
    assert "holds no one of the name you mention" in answer.text and not answer.experts, answer.text


@pytest.mark.parametrize("question", [
    "于二敏和程二甲1985年一起获得了国家科技进步奖特等奖，对吧？",
    "于二敏和程二甲是一起拿的1985年国家科技进步奖特等奖吧？",
])
def test_an_award_said_shared_is_not_confirmed_as_shared(people, question):
    """Both hold a 1985 award; "Yes." was said of their winning it together (rt116)."""
    answer, _ = _turns(people, question)
    assert answer.text.startswith(("The graph records each expert's awards on their own", "知识图谱只记录每位专家各自的获奖")), \
        answer.text
    assert "all of them" not in answer.text and "都获得过" not in answer.text, answer.text


@pytest.mark.parametrize("question", [
    "获得国家最高科学技术奖的院士里，谁当选院士时最年轻？",
    "Among academicians in the graph who won the State Preeminent Science and Technology Award, who was youngest when "
    "elected to their academy?",
])
def test_the_youngest_at_election_among_an_awards_winners(elders, question):
    """Strangers, then "no expert meets the award condition" (rt116)."""
    ages = {"赵二贤": 50, "李二声": 60, "吴二超": 69, "郑二敏": 56}
    answer, _ = _turns(elders, question)
    said = [line for line in answer.text.split("\n") if "最年轻的是" in line or "was the youngest" in line]
    assert said and "赵二贤" in said[0], answer.text
    assert all(f"约{a}岁" in answer.text or f"about {a} then" in answer.text for a in ages.values()), answer.text


@pytest.mark.parametrize("turns, said", [
    (("赵三贤的简介里提到陈嘉庚奖了吗？", "他拿陈嘉庚奖时多大？"), "约47岁"),
    (("Does Zhao Sanxian's record mention the Chen Jiageng prize? If so, how old was he when he got it?",), "about 47"),
])
def test_the_age_at_a_prize_the_biography_dates(people, turns, said):
    """"Neither the graph's records nor 于敏's biography date this event" under the very quote dating it (rt116)."""
    answer, _ = _turns(people, *turns)
    assert said in answer.text, answer.text


def test_a_hospital_the_biography_writes_contradicts_no_premise_and_fees_and_ranks_are_unrecorded(people):
    """同济医院的陈孝平…出诊费多少？…排第几？: "his institution is not the one you mention", and a list (rt116)."""
    answer, _ = _turns(people, "同济医院的陈二平院士出诊费多少？他在华中地区肝胆外科排第几？")
    assert "不是您提到的单位" not in answer.text, answer.text
    assert "收费" in answer.text and "排名" in answer.text and [e.name for e in answer.experts] == ["陈二平"], answer.text


@pytest.mark.parametrize("text, misconduct", [
    ("Our bank wants to train fraud-detection models jointly with partner banks", False),
    ("We need anti-fraud analytics for card fraud", False),
    ("我们要识别食品造假", False),
    ("Was he ever involved in fraud?", True),
    ("他有没有造假？", True),
])
def test_fraud_as_a_problem_is_no_question_of_misconduct(text, misconduct):
    """A bank's fraud-detection problem was refused as a question about experts' misconduct (rt117)."""
    from generation.conversation.unheld_asked import unheld_requests

    assert ("调查、处分或学术不端" in unheld_requests(text)) is misconduct


@pytest.mark.parametrize("question", [
    "列出图谱里所有获得国家最高科学技术奖的院士和获奖年份",
    "List every winner of the State Preeminent Science and Technology Award in the graph with the year.",
])
def test_every_winner_of_an_award_listed_with_the_years(elders, question):
    """Strangers, then "no expert meets the award condition" (rt118)."""
    answer, _ = _turns(elders, question)
    assert sorted(e.name for e in answer.experts) == sorted(["赵二贤", "李二声", "吴二超", "郑二敏"]), answer.text
    assert "2016年获国家最高科学技术奖" in answer.text, answer.text


def test_the_oldest_at_an_award_among_its_winners_asked_after_the_group(elders):
    """…院士中，获奖时年纪最大的是谁？当时几岁？: strangers, then "no one holds the award" (rt118)."""
    answer, _ = _turns(elders, "图谱里获得国家最高科学技术奖的院士中，获奖时年纪最大的是谁？当时几岁？")
    ages = {"赵二贤": 75, "李二声": 75, "吴二超": 83, "郑二敏": 88}
    assert all(f"{name}当时约{age}岁" in answer.text for name, age in ages.items()), answer.text
    assert "没有符合" not in answer.text, answer.text


def test_ages_at_an_award_asked_of_two_after_a_same_year_premise(people):
    """王永志和金怡濂是同一年拿的…，对吧？ 拿奖时他俩各多少岁？: their ages in 2026 (rt118)."""
    answer, _ = _turns(people, "孙二栋和王二志是同一年拿的国家最高科学技术奖，对吧？", "拿奖时他俩各多少岁？")
    assert "孙二栋当时约80岁" in answer.text and "王二志当时约71岁" in answer.text, answer.text


def test_a_relative_asked_after_a_list_gets_no_group_verdict(people):
    """她丈夫也是院士吗？ after a list: the note on relatives, then 都是。 (rt118)."""
    answer, _ = _turns(people, "叶二如和谢二毅是中科院院士吗？", "她们的丈夫也是院士吗？")
    assert ("家人" in answer.text or "家庭" in answer.text) and "都是" not in answer.text, answer.text


def test_a_premise_then_a_question_about_an_absent_person(people):
    """"Pony Ma (Ma Huateng), who was elected … in 2019, works on internet platforms. What are his research
    directions?": another expert's directions (rt118)."""
    answer, _ = _turns(people, "Pony Ma (Ma Huateng), who was elected to the Chinese Academy of Engineering in 2019, works "
                               "on internet platforms. What are his research directions?")
    assert "holds no one of the name you mention" in answer.text and not answer.experts, answer.text
