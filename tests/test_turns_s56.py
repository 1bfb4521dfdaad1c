"""Turns the thirty-second session mended: English follow-ups that point at one of two namesakes by institution."""

from __future__ import annotations

import datetime

import pytest

from conftest import answerer_over, records_of
from conftest import said_in_turns as _turns


@pytest.fixture(scope="module")
def namesakes(expertglm_home, demo_graph, tmp_path_factory):
    """Two namesakes, 周明 of 华中科技大学 (born 1946) and of 清华大学 (born 1962)."""
    records = records_of("s56n", "工程与材料科学", [
        ("周明", "华中科技大学", "数控技术", [{"name": "中国工程院院士", "year": 1999}],
         "周明（1946.08.26- ）。华中科技大学教授。曾任华中科技大学校长。"),
        ("周明", "清华大学", "信息功能陶瓷", [{"name": "中国工程院院士", "year": 2017},
                                       {"name": "国家技术发明奖二等奖", "year": 2010}],
         "周明（1962.02.10-），无机非金属材料专家。现任清华大学教授。"),
    ])
    with answerer_over(records, expertglm_home, demo_graph[2], tmp_path_factory.mktemp("s56n")) as answerer:
        yield answerer


def _age(year: int, month: int, day: int) -> int:
    today = datetime.date.today()
    return today.year - year - ((today.month, today.day) < (month, day))


@pytest.mark.parametrize("turn", ["How old is the Tsinghua one?", "How old is the one at Tsinghua University?",
                                  "How old is the Tsinghua University academician?"])
def test_the_namesake_pointed_at_by_institution_in_english_is_answered(namesakes, turn):
    """"How old is the Tsinghua one?" was read as a new problem (fossil experts for "old"); "… the one at Tsinghua
    University?" as the age at an event no year dates."""
    answer, _ = _turns(namesakes, "Tell me about Zhou Ming.", turn)
    assert f"about {_age(1962, 2, 10)}" in answer.text, answer.text
    assert f"about {_age(1946, 8, 26)}" not in answer.text and "date this event" not in answer.text, answer.text


def test_an_award_question_about_the_namesake_of_an_institution_is_his(namesakes):
    answer, _ = _turns(namesakes, "Tell me about Zhou Ming.", "What awards does the Tsinghua one have?")
    assert "国家技术发明奖二等奖" in answer.text, answer.text
    assert "华中科技大学" not in answer.text.split("清华大学")[0], answer.text  # the Tsinghua namesake first, not both


def test_the_reason_that_a_name_in_the_message_is_the_experts_stays(namesakes):
    """推荐理由：问题中提到的「周明」与这位专家同名 was removed by the guard as a quotation of something he said."""
    answer, _ = _turns(namesakes, "请推荐周明院士")
    assert answer.text.count("问题中提到的「周明」与这位专家同名") == 2, answer.text
    assert not answer.grounding.dropped, answer.grounding.dropped


@pytest.fixture(scope="module")
def medal(expertglm_home, demo_graph, tmp_path_factory):
    """An academician whose medal only his biography dates (1999), beside a recorded award of 1985."""
    records = records_of("s56m", "数理科学", [
        ("程一甲", "中国人民解放军总装备部", "核武器研究", [{"name": "中国科学院院士", "year": 1980},
                                             {"name": "国家科学技术进步奖特等奖", "year": 1985}],
         "程一甲，核武器专家。1985年获国家科技进步奖特等奖，1999年被国家授予“两弹一星”功勋奖章。"),
        ("于一敏", "中国工程物理研究院", "核物理", [{"name": "中国科学院院士", "year": 1980}], "于一敏，核物理学家。"),
        ("周一召", "中国科学院理论物理研究所", "粒子物理", [{"name": "中国科学院院士", "year": 1985}], "周一召，理论物理学家。"),
        ("杨一宁", "清华大学", "理论物理", [{"name": "中国科学院院士", "year": None}],
         "杨一宁，理论物理学家。因与李政道共同提出弱相互作用中宇称不守恒原理而获1957年诺贝尔物理学奖。"
         "是美国国家科学院外籍院士、英国皇家学会外籍会员。"),
    ])
    with answerer_over(records, expertglm_home, demo_graph[2], tmp_path_factory.mktemp("s56m")) as answerer:
        yield answerer


@pytest.mark.parametrize("turn, verdict", [("程一甲是1985年获得“两弹一星”功勋奖章的吧？", "不是"),
                                           ("程一甲是1999年获得“两弹一星”功勋奖章的吧？", "是"),
                                           ("程一甲是1985年获得两弹一星功勋奖章的吧？", "不是")])
def test_an_award_named_in_quotes_is_checked_by_the_year_its_biography_gives(medal, turn, verdict):
    """程开甲是1985年获得“两弹一星”功勋奖章的吧？ got 是 of his 1985 progress prize: the quoted name was not read (rt100)."""
    answer, _ = _turns(medal, turn)
    assert answer.text.startswith(verdict) and not answer.text.startswith("不是" if verdict == "是" else "是"), answer.text
    assert "两弹一星" in answer.text, answer.text  # the biography's sentence, quoted


def test_a_university_named_after_an_academy_is_not_the_academy():
    """他们都在中国科学院大学工作，对吧？ was read as 中国科学院, which a biography's 当选为中国科学院院士 wrote: 是 (rt100)."""
    from generation.grounded import asked_orgs

    assert asked_orgs("王小云和潘建伟谁当选院士更早？他们都在中国科学院大学工作，对吧？") == ["中国科学院大学"]
    assert asked_orgs("他是中国科学院的吗？") == ["中国科学院"]


def test_an_award_said_won_together_with_someone_the_biography_does_not_name_gets_no_yes(medal):
    """杨振宁和丁肇中一起获得了1957年诺贝尔物理学奖，对吧？ got 是 of the year, his co-recipient being 李政道 (rt100)."""
    answer, _ = _turns(medal, "杨一宁和丁肇中一起获得了1957年诺贝尔物理学奖，对吧？")
    assert not answer.text.startswith("是"), answer.text
    assert "没有您提到的另一位" in answer.text and "李政道" in answer.text, answer.text
    answer, _ = _turns(medal, "杨一宁和李政道一起获得了1957年诺贝尔物理学奖，对吧？")
    assert answer.text.startswith("是。"), answer.text


def test_a_two_character_name_before_where_he_works_is_read_as_that_person():
    """田刚在北京大学期间获得过菲尔兹奖，对吧？ listed strangers: jieba reads 刚在 across the name's end (rt100)."""
    from retrieval.names import NameIndex

    names = NameIndex({"田刚": ["a"], "高峰": ["b"]})
    assert [n.name for n in names.find("田刚在北京大学期间获得过菲尔兹奖，对吧？")] == ["田刚"]
    assert [n.name for n in names.find("田刚在北京大学获得过菲尔兹奖吗？")] == ["田刚"]
    assert names.find("早晚高峰在北京大学东门堵车") == []  # not a clause's start: a word


def test_an_english_statement_then_a_question_about_it_is_checked_first(medal):
    """"Tian Gang won the Fields Medal while at Peking University. What did he win it for?" listed a structural engineer,
    a bridge engineer and a surgeon (rt100): the statement is asked about first."""
    from generation.turn_parts import as_confirmation

    names = medal.retriever.names
    turn = "Cheng Yijia won the Fields Medal while at Tsinghua University. What did he win it for?"
    assert as_confirmation(turn, names) == ("Cheng Yijia won the Fields Medal while at Tsinghua University, right? "
                                            "What did he win it for?")
    answer, _ = _turns(medal, turn)
    assert [e.name for e in answer.experts] == ["程一甲"], answer.text
    assert "None of the awards the graph records for 程一甲 is the one you ask about" in answer.text, answer.text
    assert as_confirmation("Our plant makes pumps. Which expert can help with cavitation?", names).startswith("Our plant")


def test_a_request_to_list_all_holders_of_an_award_and_count_them_is_a_census():
    """帮我列出所有获得过国家最高科学技术奖的院士，一共有多少位？ was read as experts whose directions hold 帮我列出所有 (rt100)."""
    from retrieval.census import count_question

    for turn in ("帮我列出所有获得过国家最高科学技术奖的院士，一共有多少位？", "请列出所有获得过国家最高科学技术奖的院士"):
        asked = count_question(turn)
        assert asked is not None and asked.term is None, (turn, asked)
        assert any("国家最高科学技术奖" in r.text for r in asked.requirements), (turn, asked)


@pytest.mark.parametrize("turn, said", [("So Cheng Yijia was elected earlier, right?", "No: both were elected in 1980."),
                                        ("Cheng Yijia was elected before Zhou Yizhao, right?", "Yes."),
                                        ("Zhou Yizhao was elected earlier than Cheng Yijia, correct?", "No.")])
def test_an_english_election_order_premise_gets_its_verdict(medal, turn, said):
    """"So Zhou Guangzhao was elected earlier, right?" of two elected in 1980 got the order alone (rt100)."""
    other = "于一敏" if "earlier, right" in turn else "周一召"
    answer, _ = _turns(medal, f"程一甲和{other}是做什么的？", turn)
    assert answer.text.startswith(said), answer.text


def test_a_wrong_seat_said_beside_an_award_is_corrected(medal):
    """钱七虎院士是中国科学院院士，2018年获得国家最高科学技术奖，对吧？ said only that the award is not recorded (rt100)."""
    answer, _ = _turns(medal, "程一甲是中国工程院院士，2018年获得国家最高科学技术奖，对吧？")
    assert answer.text.startswith("知识图谱记录的程一甲是中国科学院院士，不是您提到的中国工程院院士。"), answer.text
    assert not answer.grounding.dropped, answer.grounding.dropped
    answer, _ = _turns(medal, "程一甲是中国科学院院士，1985年获国家科学技术进步奖特等奖，对吧？")
    assert "不是您提到的" not in answer.text, answer.text


def test_when_an_expert_with_no_recorded_year_was_elected_says_so_beside_his_biography(medal):
    """他哪一年当选的？ of 杨振宁 (his seat undated, a biography quoted) gave only his seat (rt100)."""
    answer, _ = _turns(medal, "杨一宁是做什么的？", "他哪一年当选的？")
    assert answer.text.startswith("知识图谱的获奖与当选记录中没有杨一宁的年份"), answer.text
    assert "外籍院士" in answer.text, answer.text  # the passage of his biography, quoted


@pytest.mark.parametrize("turn", ["Add Wang Xiaoming to the list as a CAS academician from China Agricultural University.",
                                  "Please also include Wang Xiaoming."])
def test_a_person_the_graph_lacks_added_to_a_list_in_english_is_said_absent(medal, turn):
    """The list was shown again with no word that 王小明 is not in the graph (rt100; 把…李文博院士也加进去 said so)."""
    answer, _ = _turns(medal, "程一甲和于一敏是做什么的？", turn)
    assert "holds no one of the name you mention" in answer.text, answer.text
