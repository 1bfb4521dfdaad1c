"""Turns the thirty-ninth session mended (rt124): an expert's record asked in a form (JSON, a table) is his alone and
in that form; an institution's academicians asked as a table or a list are all of its own and only those; the short
form in brackets after an English institution's name, and a list asked after the count."""

from __future__ import annotations

import json

import pytest

from conftest import answerer_over, records_of
from conftest import said_in_turns as _turns

TSINGHUA = "清华大学"
# (name, institution, the year of the CAE seat, awards beside the seat)
PEOPLE = [
    ("于四敏", "中国工程物理研究院", 1980, [{"name": "国家自然科学奖一等奖", "year": 1982},
                                    {"name": "国家科学技术进步奖特等奖", "year": 1985}]),
    ("钱四林", TSINGHUA, 1994, []),
    ("王四志", TSINGHUA, 1995, []),
    ("赵四平", TSINGHUA, 2009, [{"name": "国家技术发明奖二等奖", "year": 2003}]),
    ("孙四宁", "同济大学", 1999, []),
    ("周四召", "中国科学院", 1980, [{"name": "国家最高科学技术奖", "year": 2009}]),
]
BIOS = {"周四召": "专家 1929年生于湖南。曾任中国科学院理论物理研究所所长、中国科学院副院长、院长等。"}
AT_TSINGHUA = [name for name, place, _, _ in PEOPLE if place == TSINGHUA]


@pytest.fixture(scope="module")
def people(expertglm_home, demo_graph, tmp_path_factory):
    """A few academicians, three of one university."""
    rows = [(name, place, "结构工程", [{"name": "中国工程院院士", "year": seat}, *awards],
             BIOS.get(name, "专家 1930年生于江苏。长期从事结构工程研究。")) for name, place, seat, awards in PEOPLE]
    with answerer_over(records_of("s63", "工程与材料科学", rows), expertglm_home, demo_graph[2],
                       tmp_path_factory.mktemp("s63")) as answerer:
        yield answerer


@pytest.mark.parametrize("turn", ["于四敏的所有获奖以JSON输出",
                                  "以JSON输出：于四敏的所有获奖（名称、年份、等级），不要遗漏简介里提到的奖",
                                  "List the awards of Yu Simin with name and year as JSON."])
def test_one_experts_awards_asked_as_json_are_his_alone_as_json(people, turn):
    """以JSON输出：于敏的所有获奖… listed three strangers as JSON (于 at the start was read as no name, and the request's
    words as a problem); 不要遗漏简介里提到的奖 was read as asking whether the biography writes 「的奖」; "… with name and
    year as JSON" appended two strangers (rt124)."""
    answer, _ = _turns(people, turn)
    records = json.loads(answer.text[answer.text.index("["):answer.text.rindex("]") + 1])
    assert [r["name"] for r in records] == ["于四敏"], answer.text
    assert any("国家自然科学奖一等奖" in a for a in records[0]["awards"]), answer.text
    assert not answer.grounding.dropped, answer.grounding.dropped


def test_one_experts_record_in_a_table_and_a_statement_about_him(people):
    """用表格列出于敏的所有获奖: a table of his record; a bare statement about him is still checked as a claim."""
    answer, _ = _turns(people, "用表格列出于四敏的所有获奖")
    assert answer.text.startswith("| 姓名 |") and "于四敏" in answer.text and "钱四林" not in answer.text, answer.text
    answer, _ = _turns(people, "于四敏获得过国家自然科学奖一等奖。")  # a statement, not a request: confirmed
    assert answer.text.startswith("是"), answer.text


@pytest.mark.parametrize("turn", ["列一个表格：清华大学的院士，包括姓名、当选年份", "用表格列出清华大学的院士",
                                  "给我一份清华大学院士名单的表格，包含姓名、当选年份", "清华大学的院士名单",
                                  "列出清华大学的全部院士名单，并统计其中中科院院士和工程院院士各几位"])
def test_an_institutions_academicians_asked_as_a_table_or_list_are_its_own(people, turn):
    """列一个表格：北京理工大学的院士，包括… tabled three strangers and then said none was from there (rt124): the
    institution's count, and all of its own, in a table where one is asked."""
    answer, _ = _turns(people, turn)
    assert f"清华大学的院士共{len(AT_TSINGHUA)}位" in answer.text, answer.text
    assert all(name in answer.text for name in AT_TSINGHUA) and "孙四宁" not in answer.text, answer.text
    assert ("| 姓名 |" in answer.text) == ("表" in turn), answer.text
    assert not answer.grounding.dropped, answer.grounding.dropped


def test_an_english_count_with_a_short_form_and_a_list_asked_after_it(people):
    """"How many academicians at Beijing Institute of Technology (BIT) are in your graph? List them with their election
    year." counted the whole graph (rt124)."""
    answer, _ = _turns(people, "How many academicians at Tsinghua University (THU) are in your graph? "
                               "List them with their election year.")
    assert f"holds {len(AT_TSINGHUA)} academicians at 清华大学" in answer.text, answer.text
    assert all(name in answer.text for name in AT_TSINGHUA), answer.text


def test_a_post_held_before_is_not_called_its_deputy(people):
    """周光召是中国科学院院长吗？ of 曾任…中国科学院副院长、院长 said "a deputy of the post" (the deputy's came first, rt124)."""
    answer, _ = _turns(people, "周四召是中国科学院院长吗？")
    assert "副职" not in answer.text and "曾经担任" in answer.text, answer.text
    answer, _ = _turns(people, "周四召当过中国科学院院长吗？")
    assert "是。" in answer.text and "副职" not in answer.text, answer.text


def test_a_foreign_membership_is_not_denied_by_the_chinese_seat(people):
    """杨振宁1994年当选中科院外籍院士，对吗？ got 不是 of his 中国科学院院士 record, which says nothing of foreign members."""
    answer, _ = _turns(people, "钱四林1994年当选中国工程院外籍院士，对吗？")
    assert not answer.text.startswith("不是"), answer.text


def test_the_ages_at_election_of_two_named_and_their_mean(people):
    """王浩、王元两人当选院士时的年龄分别是多少？平均是多少岁？ got their ages now (rt124)."""
    answer, _ = _turns(people, "钱四林、赵四平两人当选院士时的年龄分别是多少？平均是多少岁？")
    assert "钱四林当时约64岁" in answer.text and "赵四平当时约79岁" in answer.text, answer.text
    assert "平均约71.5岁" in answer.text or "平均约72岁" in answer.text or "平均约71岁" in answer.text, answer.text
    assert not answer.grounding.dropped, answer.grounding.dropped


def test_letters_say_the_recorded_honours_not_the_ones_the_request_says(people):
    """A thank-you letter "作为2005年…得主和中国工程院院士" was empty (the false honour dropped the whole body); an
    invitation asked to mention 院士身份和最高奖 left both out and said the records lacked the seat; an English
    congratulation wrote no letter and called Nanjing University "another institution" (rt124)."""
    answer, _ = _turns(people, "帮我给周四召院士写一封感谢信，感谢他作为2005年国家最高科学技术奖得主和中国科学院院士对我院的支持。")
    assert "2009年获国家最高科学技术奖" in answer.text and "2005年" not in answer.text, answer.text
    answer, _ = _turns(people, "周四召院士是1980年当选中国科学院院士的，请帮我写一封邀请函，邀请他来做报告，信里提到他的院士身份和最高奖。")
    assert "不是您提到的中国科学院院士" in answer.text and "2009年获国家最高科学技术奖" in answer.text, answer.text
    assert "没有收录" not in answer.text and "没有写进信中" not in answer.text, answer.text
    answer, _ = _turns(people, "给赵四平院士写一封贺信，祝贺他2010年当选中国工程院院士")
    assert "贺信" in answer.text and "2009年当选中国工程院院士" in answer.text, answer.text
    answer, _ = _turns(people, "Please write a short English email to Academician Zhao Siping of Tsinghua University "
                               "congratulating him on his election to the Chinese Academy of Engineering in 2010.")
    assert "congratulation" in answer.text and "another institution" not in answer.text, answer.text
    assert "differs from the graph's record" in answer.text, answer.text
    assert not answer.grounding.dropped, answer.grounding.dropped


@pytest.mark.parametrize("turn, said", [("于四敏和周四召谁先当选院士？", "的当选年份相同"),
                                        ("Who was elected first, Yu Simin or Zhou Sizhao?", "in the same year")])
def test_an_election_order_says_when_two_were_elected_the_same_year(people, turn, said):
    """于敏、周光召 (both 1980) were listed 从早到晚 as if one came first (rt124)."""
    answer, _ = _turns(people, turn)
    assert said in answer.text, answer.text
    assert not answer.grounding.dropped, answer.grounding.dropped


def test_short_names_before_a_paired_count_are_read_in_full():
    """北理工和哈工大各有几位院士？ read 和哈工大各 as a direction's word (rt124)."""
    from generation.conversation.questions import expand_org_aliases

    assert expand_org_aliases("北理工和哈工大各有几位院士？") == "北京理工大学和哈尔滨工业大学各有几位院士？"


def test_a_congratulation_on_a_recorded_award_gets_no_unwritten_note(people):
    """"… congratulating him on his 2016 State Preeminent Science and Technology Award" wrote the award in and still
    said the facts asked for were not written in (rt124)."""
    answer, _ = _turns(people, "Please write an email to Academician Zhou Sizhao congratulating him on his 2009 State "
                               "Preeminent Science and Technology Award.")
    assert "congratulation" in answer.text and "国家最高科学技术奖" in answer.text, answer.text
    assert "not written in" not in answer.text, answer.text


@pytest.mark.parametrize("turn", ["赵四平2003年获得国家技术发明奖二等奖，是因为他发现了石墨烯吧？",
                                  "Zhao Siping won the State Technological Invention Award in 2003 because he designed "
                                  "the J-20 fighter jet, right?"])
def test_an_award_said_given_for_a_reason_gets_no_yes(people, turn):
    """…获得国家最高科学技术奖，是因为他发现了石墨烯吧？ got 是 of the award (rt126): held, but what it was given for
    is recorded nowhere."""
    answer, _ = _turns(people, turn)
    assert not answer.text.startswith(("是", "Yes")), answer.text
    assert "原因" in answer.text or "what an award was given for" in answer.text, answer.text


def test_two_awards_each_with_its_year_are_each_checked(people):
    """"… the Ho Leung Ho Lee award in 2003 and a first-class … prize in 2012, right?" got Yes of the first (rt126)."""
    answer, _ = _turns(people, "Yu Simin won the National Natural Science Award, first class, in 1982 and the "
                               "National Science and Technology Progress Award, special class, in 1990, right?")
    assert not answer.text.startswith("Yes"), answer.text


def test_a_position_after_a_sort_is_of_the_order_read(people):
    """按年龄从大到小排个序 then 排在最后的那位: the one the sorted list ends with (the list's own order was used, rt126)."""
    answer, _ = _turns(people, "清华大学的院士有哪些？", "按当选年份从早到晚排个序", "排在最后的那位是哪个单位的？")
    assert answer.text.startswith("赵四平"), answer.text  # (elected 2009, the last of the three)


def test_which_of_a_kind_the_graph_holds_is_its_count():
    """知识图谱中有哪些女院士？ was searched as a problem (three strangers); 其中年龄最大的是谁？ then named the oldest of
    all academicians, a man (rt126): the count, with the sex said unrecorded."""
    from retrieval.census import count_question

    asked = count_question("知识图谱中有哪些女院士？")
    assert asked is not None and asked.unrecorded == ("性别",) and asked.which
    assert count_question("图谱里有哪些研究焊接的院士？").term == "焊接"


@pytest.mark.parametrize("turn, said", [("清华大学院士名单，JSON格式，包括姓名、当选年份", "["),
                                        ("Give me a JSON list of Tsinghua University academicians with their "
                                         "election years.", "["),
                                        ("List all Tsinghua University academicians.", "holds 3")])
def test_an_institutions_academicians_asked_as_json_are_its_own(people, turn, said):
    """浙江大学院士名单，JSON格式… and "a JSON list of Tsinghua University academicians" listed strangers (rt126)."""
    answer, _ = _turns(people, turn)
    assert said in answer.text and all(name in answer.text for name in AT_TSINGHUA), answer.text
    assert "孙四宁" not in answer.text and "于四敏" not in answer.text, answer.text


def test_a_seat_said_won_for_a_reason_gets_no_yes(people):
    """潘建伟是因为墨子号量子卫星当选中科院院士的吧？ got 是 (rt126)."""
    answer, _ = _turns(people, "钱四林是因为设计了港珠澳大桥当选工程院院士的吧？")
    assert not answer.text.startswith("是"), answer.text
