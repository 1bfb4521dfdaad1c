"""Turns the forty-sixth session mended, over invented academicians: a tally asked again of another group (工程院里呢？),
an age asked by the traditional count (虚岁), the youngest or oldest of those counted in other words, other verbs of
winning an award."""

from __future__ import annotations

import pytest

from conftest import answerer_over, records_of
from conftest import said_in_turns as _turns

# (name, institution, direction, awards, bio)
PEOPLE = [
    ("钱十川", "十川大学", "隧道工程", [{"name": "中国工程院院士", "year": 1995},
                                  {"name": "国家科学技术进步奖一等奖", "year": 1992},
                                  {"name": "国家科学技术进步奖二等奖", "year": 2001}],
     "钱十川，1931年5月出生于浙江杭州。隧道与地下工程专家。"),
    ("孙十岳", "十川大学", "盾构隧道", [{"name": "中国工程院院士", "year": 1999},
                                  {"name": "国家技术发明奖二等奖", "year": 1996},
                                  {"name": "国家科学技术进步奖二等奖", "year": 2004}],
     "孙十岳，1940年2月出生于江苏南京。长期从事盾构隧道研究。"),
    ("冯十德", "十川大学", "隧道工程", [{"name": "中国工程院院士", "year": 2009},
                                  {"name": "国家科学技术进步奖一等奖", "year": 2007},
                                  {"name": "国家科学技术进步奖二等奖", "year": 2003}],
     "冯十德，1948年6月出生于四川成都。岩土工程专家。"),
    ("吴十敏", "十川大学", "桥梁抗风", [{"name": "中国科学院院士", "year": 1991},
                                  {"name": "国家自然科学奖二等奖", "year": 1988}],
     "吴十敏，女，1936年3月出生于上海。长期从事桥梁抗风研究。"),
    ("施十公", "十川大学", "结构生物学", [{"name": "中国科学院院士", "year": 2013}],
     "施十公，男，1967年5月生，河南郑州人。结构生物学家。"),
    ("陈十山", "十川大学", "边坡工程", [{"name": "中国工程院院士", "year": 2001},
                                  {"name": "国家科学技术进步奖一等奖", "year": 1998},
                                  {"name": "国家科学技术进步奖二等奖", "year": 1994}],
     "陈十山，1945年3月出生于湖北武汉。边坡工程专家。"),
    ("林十水", "十川大学", "地下水", [{"name": "中国工程院院士", "year": 1997},
                                 {"name": "国家科学技术进步奖一等奖", "year": 1993},
                                 {"name": "国家科学技术进步奖二等奖", "year": 1990}],
     "林十水，1938年9月出生于福建福州。水文地质专家。"),
    ("何十英", "十华研究院", "雷达工程", [{"name": "中国科学院院士", "year": 1931}, {"name": "中国工程院院士", "year": 1994}],
     "何十英，1900年1月出生于江苏苏州。雷达工程专家。"),
    ("周十龄", "十华研究院", "桥梁工程", [{"name": "中国科学院院士", "year": 2005}],
     "周十龄，1950年8月出生于湖南省长沙市。桥梁工程专家。"),
    ("郑十哲", "十华研究院", "爆炸力学", [{"name": "中国科学院院士", "year": 2001},
                                   {"name": "国家最高科学技术奖", "year": 2006}],
     "郑十哲，1930年10月出生于山东济南。爆炸力学家。1948年毕业于山东大学，1952年获美国加州理工学院博士学位。"),
]


@pytest.fixture(scope="module")
def people(expertglm_home, demo_graph, tmp_path_factory):
    with answerer_over(records_of("s70", "工程与材料科学", PEOPLE), expertglm_home, demo_graph[2],
                       tmp_path_factory.mktemp("s70")) as answerer:
        yield answerer


@pytest.mark.parametrize(("tally", "again", "asked"), [
    ("哪个单位的院士最多？", "工程院里呢？", "工程院院士最多的单位是哪个？"),
    ("哪个单位的院士最多？", "那中科院的呢？", "中科院院士最多的单位是哪个？"),
    ("哪一年当选的院士最多？", "那工程院呢？", "工程院院士中哪一年当选的最多？"),
    ("Which institution has the most academicians?", "And in CAE?", "Which institution has the most CAE academicians?"),
])
def test_a_tally_asked_again_of_another_group_is_that_groups_tally(people, tally, again, asked):
    """哪个单位的院士最多？ then 工程院里呢？ was searched as a problem (experts on 工程院 listed): the same tally over the
    academy's members, as the question that says it whole gets."""
    answer, _ = _turns(people, tally, again)
    whole, _ = _turns(people, asked)
    assert answer.text == whole.text and not answer.experts, answer.text


def test_a_name_after_a_tally_is_no_group(people):
    answer, _ = _turns(people, "哪个单位的院士最多？", "郑十哲呢？")
    assert "郑十哲" in answer.text and "最多的单位" not in answer.text, answer.text


@pytest.mark.parametrize(("turns", "age"), [
    (("郑十哲是哪年当选院士的？", "他当选时虚岁多大？"), 2001 - 1930),
    (("郑十哲是哪年当选院士的？", "他当选的时候虚岁几岁？"), 2001 - 1930),
    (("郑十哲今年虚岁多少？",), 2026 - 1930),
])
def test_an_age_asked_by_the_traditional_count_is_answered_with_the_count_said(people, turns, age):
    """他当选时虚岁多大？ gave his age in 2026 (虚岁 broke the reading of an age at the election); the age is the birth
    year's, and the answer says how 虚岁 differs."""
    answer, _ = _turns(people, *turns)
    assert f"约{age}岁" in answer.text and "虚岁" in answer.text, answer.text


@pytest.mark.parametrize(("turns", "said"), [
    (("十川大学有多少位院士？", "其中出生最晚的是谁？"), "施十公最年轻"),
    (("十川大学有多少位院士？", "这些院士里最年长的是谁？"), "钱十川最年长"),
    (("十川大学有多少位院士？", "十川大学里最年轻的是谁？"), "施十公最年轻"),
    (("十川大学有多少位院士？", "这些工程院的里面最年轻的是谁？"), "冯十德最年轻"),  # those counted, of that academy
    (("How many academicians does 十川大学 have in the graph?", "Of those, who was born latest?"), "施十公 is the youngest"),
    (("How many academicians does 十川大学 have in the graph?", "And among them, who is the eldest?"), "钱十川 is the oldest"),
])
def test_the_youngest_or_oldest_of_those_counted_in_other_words_is_of_all_counted(people, turns, said):
    """"Of those, who was born latest?" 其中出生最晚的是谁？ 这些工程院院士里最年轻的是谁？ after a count ranked the three shown
    (or all of one academy, read from 这些工程院院士 alone); the youngest of the five counted was not among them (rt155)."""
    answer, _ = _turns(people, *turns)
    assert said in answer.text, answer.text
    shown, _ = _turns(people, turns[0])
    assert "施十公" not in shown.text  # (the youngest is not among the three a count shows: ranked by their awards)


def test_an_award_won_in_other_words_is_that_award(people):
    """赵忠贤拿国家最高科学技术奖时几岁？ said no year dated the award the records date 2016 (拿 unread as winning, rt155)."""
    answer, _ = _turns(people, "郑十哲拿国家最高科学技术奖时几岁？")
    assert f"约{2006 - 1930}岁" in answer.text, answer.text


@pytest.mark.parametrize("said", ["born in the fifties", "born in the Fifties", "born in the 1950s", "born in the '50s"])
def test_a_birth_decade_in_words_is_that_decade(said):
    """"Recommend experts on air pollution control born in the fifties." showed three born in the 1940s and 1960s with
    no word that none was (the decade in words unread; "the 1950s" was read, rt155)."""
    from retrieval.requirements import birth_bounds

    assert birth_bounds(f"Recommend experts on air pollution control {said}.", 2026) == (1950, 1959)


@pytest.mark.parametrize(("turn", "verdict"), [
    ("郑十哲是1952年获美国斯坦福大学博士学位的吗？", "不是"),
    ("郑十哲的博士学位是在清华大学拿的吧？", "不是"),
    ("郑十哲是在加州理工学院获得博士学位的吗？", "是"),
    ("郑十哲是清华大学毕业的吗？", "不是"),  # (a graduation asked at another school than every one written, rt157)
])
def test_a_degree_asked_at_another_school_than_the_biography_writes_is_denied(people, turn, verdict):
    """郝吉明是1984年获美国斯坦福大学博士学位的吗？ of 1984年获美国辛辛那提大学博士学位 said the biography did not write it
    word for word — read as perhaps; the degree is written, at another school (rt155)."""
    answer, _ = _turns(people, turn)
    assert answer.text.startswith(verdict + "。"), answer.text


@pytest.mark.parametrize("turn", [
    "这段介绍准确吗：郑十哲，1930年出生于山东济南，1952年获美国斯坦福大学博士学位，2001年当选中国科学院院士。",
    "郑十哲，1930年出生于山东济南，1952年获美国斯坦福大学博士学位，2001年当选中国科学院院士。以上介绍对吗？",
])
def test_a_passage_given_to_be_checked_is_checked_clause_by_clause(people, turn):
    """这段介绍准确吗：郝吉明，…，1984年获美国斯坦福大学博士学位，2005年当选中国工程院院士。 was read as a request for experts
    meeting it (郝吉明 "符合您提出的要求"), the false clause unremarked (rt155): each clause is answered."""
    answer, _ = _turns(people, turn)
    assert "不是。" in answer.text and "是。" in answer.text.replace("不是。", ""), answer.text
    assert "符合您提出的要求" not in answer.text, answer.text


def test_back_to_an_expert_of_the_first_list_after_a_named_person_is_of_that_list(people):
    """"Back to the second expert from the first list: when was he born…?" after one problem and a question on 杨振宁
    answered of 杨振宁 (the one named last), then a JSON of him alone (rt155)."""
    first, conversation = _turns(people, "We need experts on tunnel engineering and shield tunnelling.")
    assert len(first.experts) >= 2
    people.answer("Who is 郑十哲?", conversation)
    back = people.answer("Back to the second expert from the first list: where does he work?", conversation)
    assert first.experts[1].name in back.text and "郑十哲" not in back.text, back.text


@pytest.mark.parametrize("turns", [
    ("十川大学有多少位院士？", "其中工程院的几位？"),
    ("How many academicians does 十川大学 have in the graph?", "How many of them are CAE?"),
])
def test_a_count_narrowed_without_its_usual_words_is_of_those_counted(people, turns):
    """其中中科院的几位？ (no 有) and "How many of them are CAS?" after a count were not read as counts (strangers listed,
    rt155): of the seven counted, the five of that academy."""
    answer, _ = _turns(people, *turns)
    assert ("共5位" in answer.text or "holds 5 " in answer.text) and "十川大学" in answer.text, answer.text


@pytest.mark.parametrize(("turns", "said"), [
    (("How many academicians in the graph were elected in 1901?", "Which of those is the oldest?"),
     "The knowledge graph holds 0"),
    (("1901年当选的院士有几位？", "其中最年长的是谁？"), "知识图谱中没有记录1901年当选的院士"),
])
def test_the_oldest_of_a_count_of_none_is_none(people, turns, said):
    """"Which of those is the oldest?" after a count of none ranked three strangers and named the oldest (rt155)."""
    answer, _ = _turns(people, *turns)
    assert answer.text.startswith(said) and not answer.experts, answer.text


@pytest.mark.parametrize(("turns", "note"), [
    (("郑十哲是哪年当选院士的？", "你刚才说他是1995年当选的，对吧？"), "没有说过“1995”"),
    (("Who is 郑十哲?", "You said earlier that he was born in 1964."), "I did not say 1964"),
    (("郑十哲是哪年当选院士的？", "你刚才说他是2001年当选的，对吧？"), ""),
])
def test_a_figure_the_user_says_the_assistant_gave_is_checked_against_its_answers(people, turns, note):
    """你刚才说他是1997年当选的，还说…，对吧？ and "You said earlier that he was born in 1964" passed without a word that no
    answer had said so (rt155); a figure an answer did give gets no such note."""
    answer, _ = _turns(people, *turns)
    if note:
        assert answer.text.startswith(("我在这次对话中", "I did not say")) and note in answer.text, answer.text
        assert "不是" in answer.text or "No." in answer.text, answer.text  # (and the claim itself is answered)
    else:
        assert "没有说过" not in answer.text and answer.text.startswith("是"), answer.text


@pytest.mark.parametrize(("turn", "yes"), [("周十龄是湖南长沙人吗？", True), ("周十龄是湖南岳阳人吗？", False)])
def test_a_birthplace_asked_without_province_and_city_words_is_read_as_written_with_them(people, turn, yes):
    """郝吉明是山东梁山人吗？ of 出生于山东省梁山县 said the biography did not write it (rt155)."""
    answer, _ = _turns(people, turn)
    assert answer.text.startswith("是。") == yes, answer.text


@pytest.mark.parametrize(("turn", "said"), [
    ("钱十川和冯十德有共同的研究方向吗？", "钱十川和冯十德都有研究方向“隧道工程”"),
    ("钱十川和孙十岳的研究方向有重合吗？", "钱十川和孙十岳没有名称相同的研究方向"),
])
def test_two_experts_directions_asked_in_common_say_what_they_share(people, turn, said):
    """潘建伟和郭光灿有共同的研究方向吗？ listed both one's directions without a word on what they share (rt155)."""
    answer, _ = _turns(people, turn)
    assert answer.text.startswith("按知识图谱的记录，" + said.split("，")[-1]) or said in answer.text, answer.text
    assert answer.grounding.dropped == [], answer.grounding.dropped


@pytest.mark.parametrize(("turn", "said"), [
    ("1931年当选中国工程院院士的有几位？", "知识图谱中没有记录1931年当选的中国工程院院士"),
    ("1931年当选中国科学院院士的有几位？", "知识图谱中，1931年当选的中国科学院院士共1位"),
    ("1994年当选中国科学院院士的有几位？", "知识图谱中没有记录1994年当选的中国科学院院士"),
])
def test_a_seat_counted_by_year_is_that_academys_seat_of_that_year(people, turn, said):
    """1991年当选中国工程院院士的有几位？ said 12 — members of both academies elected to the other that year (the academy
    founded in 1994, rt157): the year is the asked academy's seat's."""
    answer, _ = _turns(people, turn)
    assert answer.text.startswith(said), answer.text


def test_a_role_as_someones_assistant_in_english_keeps_that_person(people):
    """"Pretend you are Yuan Longping's assistant. Tell me his office phone." got a greeting (the whole turn dropped
    with its role), and "he" next was a stranger whose biography was quoted (rt157)."""
    answer, conversation = _turns(people, "Pretend you are Zheng Shizhe's assistant. Tell me his office phone.")
    assert "郑十哲" in answer.text and "contact" in answer.text, answer.text
    then = people.answer("Where did he get his doctorate?", conversation)
    assert "郑十哲" in then.text and "加州理工学院" in then.text, then.text


def test_the_first_lists_expert_is_of_the_first_problems_list(people):
    """回到第一个列表的第二位专家，他在哪个单位？ tabled the second list's experts (第一个列表 unread, and 列表 read as a
    table asked, rt157)."""
    first, conversation = _turns(people, "隧道工程和盾构隧道方面的专家有哪些？请推荐")
    people.answer("桥梁抗风方面请推荐专家", conversation)
    back = people.answer("回到第一个列表的第二位专家，他在哪个单位？", conversation)
    assert back.text.startswith(first.experts[1].name) and "|" not in back.text, back.text


def test_the_ho_leung_ho_lee_award_said_without_its_fund_is_that_award():
    """施一公…2016年获何梁何利科学与技术成就奖——这些都对吗？ said the award was not recorded beside its own listing (the
    name said without 基金, rt157)."""
    from retrieval.requirements import award_spelling

    assert award_spelling("何梁何利科学与技术成就奖") == "何梁何利基金科学与技术成就奖"
    assert award_spelling("何梁何利科学与技术进步奖") == "何梁何利基金科学与技术进步奖"
    assert award_spelling("何梁何利基金科学与技术成就奖") == "何梁何利基金科学与技术成就奖"
