"""Turns the forty-fifth session mended, over invented academicians: an English count over a decade keeps its
sentence; (more below)."""

from __future__ import annotations

import pytest

from conftest import answerer_over, records_of
from conftest import said_in_turns as _turns

# (name, institution, direction, awards, bio)
PEOPLE = [
    ("钱九川", "九川大学", "隧道工程", [{"name": "中国工程院院士", "year": 1995},
                                  {"name": "国家科学技术进步奖一等奖", "year": 1992},
                                  {"name": "国家科学技术进步奖二等奖", "year": 2001}],
     "钱九川，1931年5月出生于浙江杭州。隧道与地下工程专家。"),
    ("孙九岳", "九川大学", "盾构隧道", [{"name": "中国工程院院士", "year": 1999},
                                  {"name": "国家技术发明奖二等奖", "year": 1996}],
     "孙九岳，1940年2月出生于江苏南京。长期从事盾构隧道研究。主持盾构掘进研究，获湖南省科技进步一等奖（2008年）。"),
    ("周九龄", "九华研究院", "桥梁工程", [{"name": "中国工程院院士", "year": 2005},
                                   {"name": "国家科学技术进步奖一等奖", "year": 2003},
                                   {"name": "何梁何利基金科学与技术进步奖", "year": 2008},
                                   {"name": "国家科学技术进步奖二等奖", "year": 2010}],
     "周九龄，1950年8月出生于湖南长沙。桥梁工程专家。"),
    ("吴九敏", "九华研究院", "桥梁抗风", [{"name": "中国科学院院士", "year": 1991}],
     "吴九敏，女，1936年3月出生于上海。长期从事桥梁抗风研究。"),
    ("郑九哲", "九华研究院", "爆炸力学", [{"name": "中国科学院院士", "year": 2001},
                                   {"name": "国家最高科学技术奖", "year": 2006}],
     "郑九哲，1930年10月出生于山东济南。1952年获美国加州理工学院博士学位。2006年获得国家最高科学技术奖。"),
    ("冯九德", "九川大学", "岩土工程", [{"name": "中国工程院院士", "year": 2009}, {"name": "国家科学技术进步奖一等奖"}],
     "冯九德，1948年6月出生于四川成都。岩土工程专家。"),
    ("何九英", "九华研究院", "密码学", [{"name": "中国科学院院士", "year": 2017}],
     "何九英，1966年8月出生于山东诸城。密码学家。"),
    ("施九公", "九川大学", "结构生物学", [{"name": "中国科学院院士", "year": 2013}],
     "施九公，男，1967年5月生，河南郑州人。结构生物学家。"),
]


@pytest.fixture(scope="module")
def people(expertglm_home, demo_graph, tmp_path_factory):
    with answerer_over(records_of("s69", "工程与材料科学", PEOPLE), expertglm_home, demo_graph[2],
                       tmp_path_factory.mktemp("s69")) as answerer:
        yield answerer


@pytest.mark.parametrize(("turn", "said"), [
    ("How many CAE members were elected in the 1990s?", "The knowledge graph holds 2 experts who are 中国工程院院士"),
    ("How many CAS members were elected in the nineties?", "The knowledge graph holds 1 expert who is 中国科学院院士"),
])
def test_an_english_count_over_a_decade_keeps_its_count(people, turn, said):
    """"How many CAE members were elected in the 1990s?" answered only "Some of them:": the count's sentence was
    dropped, its seat read as an award of no one (forty-fourth session's check)."""
    answer, _ = _turns(people, turn)
    assert answer.text.startswith(said), answer.text


@pytest.mark.parametrize("turn", [
    "2008年谁获得了何梁何利基金科学与技术进步奖？",
    "哪位院士获得了2008年何梁何利基金科学与技术进步奖？",
    "谁获得了2008年的何梁何利基金科学与技术进步奖？",
    "2008年何梁何利基金科学与技术进步奖的得主是谁？",
    "2008年的何梁何利基金科学与技术进步奖颁给了谁？",
    "Who won the 何梁何利基金科学与技术进步奖 in 2008?",
    "Which academician received the 2008 何梁何利基金科学与技术进步奖?",
])
def test_who_won_an_award_in_a_year_is_its_holder_that_year(people, turn):
    """2010年谁获得了国家最高科学技术奖？ listed three weak matches, and 哪位院士获得了2010年国家最高科学技术奖？ said no
    one had (the year read as part of the award's name, rt149)."""
    answer, _ = _turns(people, turn)
    assert "周九龄" in answer.text and answer.experts and answer.experts[0].name == "周九龄", answer.text
    assert "没有记录" not in answer.text and "获得了”" not in answer.text, answer.text


def test_a_year_said_before_an_award_is_that_years_award():
    from retrieval.requirements import read_requirements

    award = next(r for r in read_requirements("推荐获得过2003年度国家技术发明奖一等奖的专家") if r.kind == "award")
    assert (award.text, award.years) == ("国家技术发明奖一等奖", (2003, 2003))
    award = next(r for r in read_requirements("获得了2010年的国家最高科学技术奖的院士") if r.kind == "award")
    assert (award.text, award.years) == ("国家最高科学技术奖", (2010, 2010))


@pytest.mark.parametrize("turns", [
    ("1992年谁获得了国家科学技术进步奖一等奖？", "十一年后呢？"),
    ("1992年谁获得了国家科学技术进步奖一等奖？", "他获奖的11年后是谁获得的？"),
    ("2004年谁获得了国家科学技术进步奖一等奖？", "前一年呢？"),
    ("Who won the 国家科学技术进步奖一等奖 in 1992?", "And 11 years later?"),
    ("Who won the 国家科学技术进步奖一等奖 in 2004?", "What about the year before?"),
])
def test_a_year_relative_to_the_one_counted_asks_that_years_holders(people, turns):
    """他获奖的前一年是谁获奖？后一年呢？ after 2010年谁获得了…？ answered of the one just named (rt149)."""
    answer, _ = _turns(people, *turns)
    assert "周九龄" in answer.text and "2003" in answer.text and "钱九川" not in answer.text, answer.text


def test_two_relative_years_in_one_turn_are_each_answered(people):
    answer, _ = _turns(people, "2003年谁获得了国家科学技术进步奖一等奖？", "前一年是谁获奖？十一年前呢？")
    assert "2002" in answer.text and "1992" in answer.text and "钱九川" in answer.text, answer.text


def test_numbered_questions_of_one_named_then_him_are_each_answered(people):
    """三个问题：1）郑哲敏是1980年当选中科院院士的吗？2）他…？3）他…？ said one 不是 of all three, the first true (rt151)."""
    answer, _ = _turns(people, "三个问题：1）郑九哲是2001年当选中科院院士的吗？2）他1952年在加州理工获得博士学位吗？"
                               "3）他2005年获得国家最高科学技术奖吗？")
    assert answer.text.startswith("是。"), answer.text
    assert "不是，年份与您问到的不同" in answer.text and "2006年" in answer.text, answer.text


@pytest.mark.parametrize(("turn", "lead"), [
    ("郑九哲2005年获得国家最高科学技术奖吗？", "不是"),
    ("郑九哲2006年获得国家最高科学技术奖吗？", "是。"),
])
def test_a_wrong_year_of_an_award_the_biography_dates_alike_is_denied(people, turn, lead):
    """赵忠贤2015年获得国家最高科学技术奖吗？ gave the record's 2016 without 不是: the biography writes the award too (rt151)."""
    answer, _ = _turns(people, turn)
    assert answer.text.startswith(lead), answer.text


@pytest.mark.parametrize(("turn", "said"), [
    ("九川大学1990年到1999年获得国家科学技术进步奖一等奖的院士有几位？", "共1位"),
    ("How many academicians at 九川大学 won a 国家科学技术进步奖一等奖 in the 1990s?", "holds 1 academician"),
    ("Which academicians won the 国家科学技术进步奖一等奖 between 1990 and 1999?", "holds 1 academician"),
])
def test_an_award_counted_in_years_leaves_out_undated_records_and_says_so(people, turn, said):
    """"… won a 国家科学技术进步奖一等奖 in the 1990s?" dropped the decade and counted every holder; "between 2005 and
    2010" listed every winner (rt151). Those holding it with no year recorded are not counted, and the answer says so."""
    answer, _ = _turns(people, turn)
    assert said in answer.text and "钱九川" in answer.text and "周九龄" not in answer.text, answer.text
    assert "没有获奖年份的专家，未计入" in answer.text or "no year recorded; they are not counted" in answer.text, answer.text


@pytest.mark.parametrize(("turns", "oldest"), [
    (("Who is the oldest CAE member at 九川大学?",), "钱九川"),
    (("九川大学的工程院院士里年纪最大的是谁？",), "钱九川"),
    (("Which academicians are at 九华研究院?", "Of those, who is the oldest?"), "郑九哲"),
])
def test_the_oldest_of_a_group_is_found_among_all_it_counts(people, turns, oldest):
    """"Who is the oldest CAE member working in Shanghai?" ranked three strangers of a search; "Of those, who is the
    oldest?" after an English count ranked only those shown (rt149, rt151)."""
    answer, _ = _turns(people, *turns)
    assert f"{oldest} is the oldest" in answer.text or f"{oldest}最年长" in answer.text or \
        ("从早到晚依次是：" + oldest) in answer.text, answer.text


def test_names_written_half_in_pinyin_are_the_experts_so_named(people):
    """"Zhong 南山 and Yuan 隆平 — who is older?" was answered of three strangers (rt151)."""
    answer, _ = _turns(people, "Qian 九川 and Sun 九岳 — who is older and by how many years?")
    assert "钱九川 is the older" in answer.text and "more than 8 years older" in answer.text, answer.text
    assert people.retriever.names.in_characters("周 Jiuling 和 Zhou 九龄") == "周九龄 和 周九龄"
    assert people.retriever.names.in_characters("Zhou Jiu龄 and Qian Jiu川") == "周九龄 and 钱九川"


@pytest.mark.parametrize(("turn", "name", "said"), [
    ("九华研究院的周院士，获得过何梁何利基金科学与技术进步奖的那位，哪年出生？", "周九龄", "1950"),
    ("做桥梁抗风的吴院士是哪个单位的？", "吴九敏", "九华研究院"),
])
def test_one_called_by_surname_and_described_is_the_one_the_description_fits(people, turn, name, said):
    """清华的王院士，获得过国家最高科学技术奖的那位，哪年出生？ was answered of 吴良镛 (rt151)."""
    answer, _ = _turns(people, turn)
    assert name in answer.text and said in answer.text, answer.text


@pytest.mark.parametrize(("turns", "said"), [
    (("九川大学获得过国家科学技术进步奖一等奖的院士有几位？", "获得过二等奖的呢？"), "共1位"),
    (("How many academicians at 九川大学 won the 国家科学技术进步奖二等奖?", "And the first-class ones?"), "holds 2 academicians"),
])
def test_another_grade_of_the_award_counted_is_counted(people, turns, said):
    """获得过二等奖的呢？ after a count of 国家自然科学奖一等奖 counted any award's second class (rt151)."""
    answer, _ = _turns(people, *turns)
    assert said in answer.text and "钱九川" in answer.text, answer.text


def test_and_how_many_of_those_narrows_the_count(people):
    """"And how many of those are at Peking University?" after an English count was not read as a count (rt151)."""
    answer, _ = _turns(people, "How many CAE members are at 九川大学?", "And how many of those were elected in the 1990s?")
    assert "holds 2 experts" in answer.text and "冯九德" not in answer.text, answer.text


def test_those_both_counts_count_and_their_earliest_elected(people):
    """两项都获得过的有几位？ after counts of an award's first and second class was searched on its words; 这些人里谁当选
    院士最早？ then ranked three strangers (rt151)."""
    turns = ("获得过国家科学技术进步奖一等奖的院士有多少位？", "获得过二等奖的呢？", "两项都获得过的有几位？")
    answer, _ = _turns(people, *turns)
    assert "同时获得过国家科学技术进步奖一等奖和国家科学技术进步奖二等奖的院士共2位" in answer.text, answer.text
    answer, _ = _turns(people, *turns, "这些人里谁当选院士最早？")
    assert "最早当选的是钱九川" in answer.text, answer.text


def test_she_after_a_person_the_graph_lacks_beside_a_man_is_that_person(people):
    """屠呦呦和施一公，谁先当选中科院院士？ never said 屠呦呦 was not in the graph, and 那她获诺贝尔奖是哪一年？ was answered
    of 施一公 (rt151)."""
    answer, _ = _turns(people, "屠呦呦和周九龄，谁先当选院士？")
    assert "您提到的另一位，知识图谱中没有同名的记录" in answer.text, answer.text
    answer, _ = _turns(people, "屠呦呦和周九龄，谁先当选院士？", "那她获诺贝尔奖是哪一年？")
    assert "知识图谱中没有您提到的那位专家" in answer.text and "周九龄" not in answer.text, answer.text


@pytest.mark.parametrize(("turn", "lead"), [
    ("孙九岳的湖南省科技进步一等奖是2005年因盾构研究获得的吧？", "不是，简介写的年份与您说的不同"),
    ("孙九岳的湖南省科技进步一等奖是2008年因盾构研究获得的吧？", "知识图谱的获奖记录中没有这一项"),
])
def test_a_wrong_year_beside_a_reason_of_an_award_the_biography_writes_is_denied(people, turn, lead):
    """他的广东省科技进步一等奖是2003年因SARS研究获得的吧？ of 2013 said only that the biography writes it (rt151)."""
    answer, _ = _turns(people, turn)
    assert answer.text.startswith(lead), answer.text


def test_a_claim_of_a_life_fact_that_leaves_out_whose_is_of_the_one_discussed(people):
    """博士学位应该是1985年英国剑桥大学吧？ after 李德仁's record was searched as a problem (rt151)."""
    answer, _ = _turns(people, "郑九哲是哪个单位的？", "博士学位应该是1952年在加州理工获得的吧？")
    assert "郑九哲" in answer.text and "加州理工学院博士学位" in answer.text and "推荐" not in answer.text, answer.text


def test_experts_asked_anew_then_a_pronoun_are_the_new_list_and_its_first(people):
    """有没有搞饮用水处理的专家？他获得过什么奖？ after a list answered the awards of the list's first, no new expert
    (rt154)."""
    answer, _ = _turns(people, "隧道掘进时渗水严重怎么办？", "有没有搞桥梁抗风的专家？她获得过什么奖？")
    assert "吴九敏" in answer.text and "中国科学院院士（1991年）" in answer.text, answer.text


def test_she_of_two_is_the_one_whose_biography_does_not_write_him_a_man(people):
    """她和施一公谁先当选中科院院士？ then 她当选时多少岁？ gave 施一公's age — his biography writes 男, hers no sex (rt153)."""
    answer, _ = _turns(people, "何九英是哪个单位的？", "她和施九公谁先当选中科院院士？", "她当选时多少岁？")
    assert "何九英2017年当选中国科学院院士" in answer.text and "施九公当时" not in answer.text, answer.text


@pytest.mark.parametrize(("turn", "said"), [
    ("1990年代获得国家科学技术进步奖一等奖的院士有几位？", "共1位"),
    ("上世纪90年代获得国家科学技术进步奖一等奖的院士有几位？", "共1位"),
    ("In the 1990s, how many academicians won the 国家科学技术进步奖一等奖?", "holds 1 academician"),
    ("Between 2000 and 2005, which academicians won the 国家科学技术进步奖一等奖?", "holds 1 academician"),
])
def test_a_decade_or_a_span_said_first_dates_the_award(people, turn, said):
    """1990年代获得国家自然科学奖一等奖的院士有几位？ read 1990年代 as a topic and listed a 1982 winner as fitting;
    "Between 2005 and 2010, how many … won …?" was no count (rt153)."""
    answer, _ = _turns(people, turn)
    assert said in answer.text, answer.text


def test_a_two_character_name_after_a_request_to_give_out_its_record_is_found():
    """请用JSON格式给出于敏的姓名、单位…: jieba reads 出于, and three others were given as JSON (rt153)."""
    from retrieval.names import NameIndex

    names = NameIndex({"于敏": ["cae-1"], "王选": ["cas-2"]})
    assert [n.name for n in names.find("请用JSON格式给出于敏的姓名、单位和获奖。")] == ["于敏"]
    assert [n.name for n in names.find("列出王选的获奖")] == ["王选"]
    assert names.find("出于敏感的考虑") == []


def test_the_youngest_of_a_seat_then_the_oldest_are_of_that_seat(people):
    """知识图谱里最年轻的中科院院士是谁？ listed three strangers of a search, and 最年长的呢？ ranked them (rt153)."""
    answer, _ = _turns(people, "知识图谱里最年轻的中科院院士是谁？")
    assert "施九公最年轻" in answer.text, answer.text
    answer, _ = _turns(people, "知识图谱里最年轻的中科院院士是谁？", "最年长的呢？")
    assert "郑九哲最年长" in answer.text and "钱九川" not in answer.text, answer.text


@pytest.mark.parametrize(("turn", "said"), [
    ("Who among them was born first?", "郑九哲 is the oldest"),
    ("And who of them was born last?", "何九英 is the youngest"),
])
def test_born_first_among_those_counted_is_the_oldest_of_them_all(people, turn, said):
    """"Who among them was born first?" after a count quoted three biographies and named no one (rt153)."""
    answer, _ = _turns(people, "How many academicians are at 九华研究院?", turn)
    assert said in answer.text, answer.text


@pytest.mark.parametrize(("turn", "noted"), [
    ("研究数理逻辑的周九龄是哪个单位的？", True),
    ("介绍一下周九龄，就是那位研究数理逻辑的数学家。", True),
    ("研究桥梁工程的周九龄是哪个单位的？", False),
])
def test_a_named_expert_described_by_a_field_his_record_lacks_is_said_so(people, turn, noted):
    """"Tell me about Wang Hao, the mathematical logician" gave the graph's hydrologist 王浩 as the one meant (rt153)."""
    answer, _ = _turns(people, turn)
    said = "周九龄的研究方向、学科和简介中都没有写到“数理逻辑”；您说的可能是另一位同名的人"
    assert (said in answer.text) is noted and "九华研究院" in answer.text, answer.text


def test_the_same_question_of_another_with_his_own_year_is_asked_at_his_year(people):
    """那黄旭华呢？他2019年也获得了最高奖吧 after 于敏2014年获得…时多少岁？ computed his age at 2014 (rt153)."""
    answer, _ = _turns(people, "郑九哲2006年获得国家最高科学技术奖时多少岁？", "那钱九川呢？他2010年也获得了国家最高科学技术奖吧")
    assert "到2010年，钱九川的年龄约" in answer.text and "到2006年，钱九川" not in answer.text, answer.text
