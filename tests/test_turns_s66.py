"""Turns the forty-second session mended: a count by what only biographies state (是上海人, "born in Shanghai", women)
shows only those whose biographies say so, in Chinese and English, and what is asked of them next is of them; a
recommendation asked in English "by election year" is in that order; of namesakes, the one whose institution a
question writes is answered; the rest of a claim beside a relation is checked; two experts' awards of the same year,
grade or project, and where they studied, are not judged by each one holding the award or by where they work; 她 is
the woman of two; and the other mends of the session's blind rounds (rt136–rt141)."""

from __future__ import annotations

import pytest

from conftest import answerer_over, records_of
from conftest import said_in_turns as _turns

ORG = "九州物理研究院"
# (name, institution, direction, awards, bio)
PEOPLE = [
    ("孙九纬", ORG, "爆炸力学", [{"name": "中国工程院院士", "year": 2003}], "孙九纬（1939.12.12- ）爆炸力学专家。\n出生于上海市。"),
    ("胡九宇", ORG, "核物理", [{"name": "中国科学院院士", "year": 1991}, {"name": "何梁何利基金奖", "year": 2000}],
     "物理学家 1931年7月生于上海，籍贯浙江江山。"),
    ("杜九琬", ORG, "强激光技术", [{"name": "中国工程院院士", "year": 1997}, {"name": "何梁何利基金奖", "year": 2001}],
     "杜九琬（1938.4.29- ），应用核物理专家。\n生于河南省南阳市。"),
    ("钱九易", ORG, "环境工程", [{"name": "中国工程院院士", "year": 1994}], "钱九易（女）（1935.12.27- ）江苏苏州人。"),
    ("王九明", ORG, "理论物理", [{"name": "中国科学院院士", "year": 1980}], "1930年5月生。长期从事理论物理研究。"),
    ("吴九济", "七星大学", "机械设计", [{"name": "中国工程院院士", "year": 1999}], "七星大学教授。曾任七星大学校长。"),
    ("吴九济", "八方大学", "陶瓷材料", [{"name": "中国工程院院士", "year": 2017}], "八方大学教授。"),
    ("张九军", "八方大学", "航空交通", [{"name": "中国工程院院士", "year": 2013}, {"name": "国家技术发明奖一等奖"},
                                 {"name": "国家科学技术进步奖一等奖"}],
     "作为第一完成人获国家技术发明一等奖、国家科技进步一等奖各1项，省部级科技进步一等奖5项。"),
    ("刘九", "八方大学", "阻变存储器", [{"name": "中国科学院院士", "year": 2015}, {"name": "国家技术发明奖二等奖"}],
     "刘九（女），1964年4月生。1998年获博士学位。曾获国家技术发明二等奖3项。"),
    ("施九渝", "八方大学", "分子生物物理", [{"name": "中国科学院院士", "year": 1997}],
     "分子生物物理学家 女，1942年4月生，上海崇明人。1964年毕业于北京大学。"),
    ("郭九灿", "八方大学", "量子光学", [{"name": "中国科学院院士", "year": 2003}],
     "1942年12月9日生于福建惠安。1965年毕业于中国科学技术大学。"),
    ("钱九虎", "七星大学", "防护工程", [{"name": "中国工程院院士", "year": 1994},
                                 {"name": "何梁何利基金科学与技术进步奖", "year": 2013},
                                 {"name": "国家科学技术进步奖一等奖", "year": 2011},
                                 {"name": "国家科学技术进步奖二等奖", "year": 1998}], "1937年10月生。"),
    ("李九娟", "七星大学", "传染病", [{"name": "中国工程院院士", "year": 2005},
                               {"name": "何梁何利基金科学与技术进步奖", "year": 2014},
                               {"name": "国家科学技术进步奖二等奖", "year": 2007}], "李九娟（女）（1947.09.13- ）。"),
]


@pytest.fixture(scope="module")
def people(expertglm_home, demo_graph, tmp_path_factory):
    with answerer_over(records_of("s66", "数理科学", PEOPLE), expertglm_home, demo_graph[2],
                       tmp_path_factory.mktemp("s66")) as answerer:
        yield answerer


@pytest.mark.parametrize(("turn", "said"), [
    (f"{ORG}有哪些院士是上海人？", "下面只列出其中简介写明与您的要求相符的专家"),
    (f"Which academicians at {ORG} were born in Shanghai?", "no field for experts' birthplace"),
])
def test_a_count_by_birthplace_shows_only_those_whose_biographies_say_so(people, turn, said):
    """中国工程物理研究院有哪些院士是浙江人？ listed ten of fourteen under 简介写明与您的要求相符的专家, men born in Henan and
    Hunan among them; the English question matched a problem and listed strangers (rt136)."""
    answer, _ = _turns(people, turn)
    assert said in answer.text and "5" in answer.text, answer.text  # (the institution's count is still said)
    assert {e.name for e in answer.experts} == {"孙九纬", "胡九宇"}, answer.text
    assert "杜九琬" not in answer.text and "生于上海" in answer.text, answer.text


@pytest.mark.parametrize(("turn", "then"), [
    (f"{ORG}有哪些院士是上海人？", "他们谁最早当选？"),
    (f"Which academicians at {ORG} were born in Shanghai?", "Who of them was elected first?"),
])
def test_what_is_asked_next_is_of_those_shown_not_of_the_whole_count(people, turn, then):
    answer, _ = _turns(people, turn, then)
    assert "胡九宇" in answer.text and "王九明" not in answer.text, answer.text


def test_an_award_asked_next_is_of_those_shown(people):
    """其中谁获得过何梁何利奖？ named 杜祥琬 and 傅依备, neither of them a 浙江人 (rt136)."""
    answer, _ = _turns(people, f"{ORG}有哪些院士是上海人？", "其中谁获得过何梁何利奖？")
    assert "胡九宇" in answer.text and "杜九琬" not in answer.text, answer.text


def test_a_count_of_women_in_english_shows_those_whose_biographies_say_so(people):
    """"Which academicians at Tsinghua University are women?" matched a problem and listed one stranger "for reference"."""
    answer, _ = _turns(people, f"Which academicians at {ORG} are women?")
    assert [e.name for e in answer.experts] == ["钱九易"] and "no field for experts' sex" in answer.text, answer.text
    assert "（女）" in answer.text, answer.text


def test_a_recommendation_asked_by_election_year_in_english_is_in_that_order(people):
    """"… ordered by election year" was read only in Chinese (两个 _BY_ELECTION patterns, the English one shadowed)."""
    for turn, latest in (("Recommend experts on physics, ordered by election year", False),
                         ("Recommend experts on physics, ordered by election year, latest first", True)):
        answer, _ = _turns(people, turn)
        years = [a.year for e in answer.experts for a in e.awards if a.name.endswith("院士")]
        assert len(years) >= 2 and years == sorted(years, reverse=latest), (turn, answer.text)


def test_of_namesakes_the_one_whose_institution_the_question_writes_is_answered(people):
    """周济当过华中科技大学校长吗？ listed both 周济 as a problem's matches (rt138's minor failures)."""
    answer, _ = _turns(people, "吴九济当过七星大学校长吗？")
    assert "曾任七星大学校长" in answer.text and "八方大学" not in answer.text, answer.text
    answer, _ = _turns(people, "吴九济和七星大学的王九明谁当选早？")  # (七星大学 said of another: no choice made by it)
    assert "八方大学的吴九济" in answer.text and "七星大学的吴九济" in answer.text, answer.text  # (both, said apart)


def test_the_rest_of_a_claim_beside_a_relation_is_checked(people):
    """于敏是钱学森的学生，1980年当选…时54岁，是吗？ said the relation unrecorded and left the age unchecked (fortieth
    session's note)."""
    answer, _ = _turns(people, "王九明是钱学森的学生，1980年当选中国科学院院士时60岁，是吗？")
    assert answer.text.startswith("知识图谱不记录专家之间的师生") and "不是" in answer.text, answer.text
    assert "约50岁" in answer.text and "1930年5月生" in answer.text, answer.text


def test_an_award_holder_of_an_institution_asked_as_that_one_is_counted(people):
    """物理所那位拿了国家最高科学技术奖的院士是谁？ listed strangers "for reference", a stranger first (rt138)."""
    answer, _ = _turns(people, f"{ORG}那位拿了何梁何利基金奖的院士是谁？")
    assert {e.name for e in answer.experts} == {"胡九宇", "杜九琬"}, answer.text


@pytest.mark.parametrize("then", ["他们是哪年当选的？", "那位是哪年当选的？"])
def test_who_holds_an_award_then_they_are_those_it_named(people, then):
    """中科院物理所有哪些院士？ 其中谁获得过国家自然科学奖一等奖？ (three) then 那位是哪年当选的？ answered of the list's first,
    who holds none (rt138)."""
    answer, _ = _turns(people, f"{ORG}有哪些院士？", "其中谁获得过何梁何利基金奖？", then)
    assert "胡九宇1991年当选" in answer.text and "杜九琬1997年当选" in answer.text, answer.text
    assert "王九明" not in answer.text and "钱九易" not in answer.text, answer.text


@pytest.mark.parametrize(("first", "then"), [
    (f"{ORG}有多少位院士？", "其中谁最早当选？"),
    (f"How many academicians are at {ORG}?", "Who among them was elected earliest?"),
])
def test_the_youngest_asked_after_the_earliest_elected_is_of_all_counted(people, first, then):
    """"And the youngest of them?" after "Who among them was elected earliest?" quoted the earliest elected's biography
    (rt138)."""
    youngest = "And the youngest of them?" if first.startswith("How") else "那最年轻的呢？"
    answer, _ = _turns(people, first, then, youngest)
    assert "孙九纬" in answer.text and "1939.12.12" in answer.text, answer.text


def test_a_count_of_an_award_said_after_a_pronoun_is_checked_against_that_award(people):
    """张军…他省部级一等奖有3项吧？ said 是的 of his three records, a seat among them (rt138)."""
    answer, _ = _turns(people, "张九军是哪年当选的？", "他省部级一等奖有3项吧？")
    assert not answer.text.startswith("是") and "省部级科技进步一等奖5项" in answer.text, answer.text


def test_a_two_character_name_before_her_award_is_read_as_her(people):
    """刘明的技术发明二等奖是省级的吧？ listed three strangers, and 她 next was one of them (rt138)."""
    answer, _ = _turns(people, "刘九的技术发明二等奖是省级的吧？")
    assert "刘九" in answer.text and [e.name for e in answer.experts] == ["刘九"], answer.text


@pytest.mark.parametrize(("turn", "verdict"), [
    ("钱九虎和李九娟获得的何梁何利奖是同一届的吗？", "不是。"),
    ("钱九虎和李九娟获得的国家科技进步奖是同一个级别的吗？", "是。"),
    ("Did Qian Jiuhu and Li Jiujuan win the Ho Leung Ho Lee prize in the same year?", "No. "),
])
def test_the_same_session_or_grade_of_an_award_is_read_from_the_years_and_grades(people, turn, verdict):
    """钱七虎和李兰娟获得的何梁何利奖是同一届的吗？ said 是 of each holding one (2013 and 2014, rt140)."""
    answer, _ = _turns(people, turn)
    assert answer.text.startswith(verdict), answer.text
    assert "2013" in answer.text and "2014" in answer.text or "二等奖" in answer.text, answer.text
    assert "\n是。" not in answer.text and "\nYes. " not in answer.text, answer.text


@pytest.mark.parametrize("turn", ["钱九虎和李九娟1998年获得的国家科技进步二等奖是同一个项目吗？",
                                  "Did Qian Jiuhu and Li Jiujuan win the Ho Leung Ho Lee prize for the same project?"])
def test_a_shared_project_is_said_unrecorded_with_no_yes(people, turn):
    answer, _ = _turns(people, turn)
    assert answer.text.startswith(("知识图谱只记录每位专家各自的获奖", "The graph records each expert's awards on their own")), \
        answer.text
    assert "\n是。" not in answer.text and not answer.text.startswith("是"), answer.text


@pytest.mark.parametrize("turn", ["施九渝和郭九灿是同一所大学毕业的吧？",
                                  "Did Shi Jiuyu and Guo Jiucan get their degrees from the same school?"])
def test_where_two_studied_is_not_judged_by_where_they_work(people, turn):
    """施一公和王小云是同一所大学毕业的吧？ said 是 because both work at 清华大学 (rt140)."""
    answer, _ = _turns(people, turn)
    assert not answer.text.startswith(("是", "不是", "Yes", "No")), answer.text
    assert "毕业于北京大学" in answer.text and "毕业于中国科学技术大学" in answer.text, answer.text


@pytest.mark.parametrize(("turns", "said"), [
    (("施九渝院士是做什么的？", "那郭九灿呢？", "她当选时多大？"), "施九渝1997年当选"),
    (("Tell me about Shi Jiuyu.", "And Guo Jiucan?", "When was she elected?"), "施九渝: 1997年当选"),
    (("介绍一下施九渝院士", "郭九灿呢？", "她比他大几岁？"), "施九渝、郭九灿"),
    (("Tell me about Shi Jiuyu.", "And Guo Jiucan?", "Is she older than him?"), "施九渝, 郭九灿"),
])
def test_she_after_a_woman_then_a_man_is_the_woman(people, turns, said):
    """施蕴渝院士是做什么的？ 那郭光灿呢？ 她当选时多大？ was answered of him (rt140)."""
    answer, _ = _turns(people, *turns)
    assert said in answer.text, answer.text


@pytest.mark.parametrize(("turn", "said"), [
    ("孙九纬和杜九琬谁年纪大？相差多少天？", "杜九琬比孙九纬早出生592天"),
    ("Who is older, Sun Jiuwei or Du Jiuwan, and by how many days?", "杜九琬 was born 592 days before 孙九纬"),
])
def test_days_between_two_birth_dates_written_in_full_are_counted(people, turn, said):
    """钟南山和钱七虎谁年纪大？相差多少天？ was searched as a problem, a stranger listed third and averaged in next (rt140)."""
    answer, _ = _turns(people, turn)
    assert said in answer.text and "王九明" not in answer.text, answer.text


def test_two_averaged_after_an_age_order_are_the_two_named(people):
    answer, _ = _turns(people, "孙九纬和杜九琬谁年纪大？相差多少天？", "两人当选时的平均年龄是多少？")
    assert "以上2位" in answer.text and "王九明" not in answer.text, answer.text


def test_years_between_his_own_events_asked_bare_are_of_him(people):
    """潘建伟获得博士学位时多大？ then 从拿到博士到当选院士隔了几年？ listed a ship designer on 拿到 (rt140)."""
    answer, _ = _turns(people, "刘九获得博士学位时多大？", "从拿到博士到当选院士隔了几年？")
    assert {e.name for e in answer.experts} <= {"刘九"} and "刘九" in answer.text, answer.text


def test_each_academy_of_a_count_is_counted_apart(people):
    """2015年当选的院士有多少位？ 其中中国科学院院士几位、中国工程院院士几位？ said none were recorded (read as members of
    both), right after the count of 99 (rt140)."""
    answer, _ = _turns(people, "2003年当选的院士图谱里有多少位？", "其中中国科学院院士几位、中国工程院院士几位？")
    assert "2003年当选的中国科学院院士共1位" in answer.text and "2003年当选的中国工程院院士共1位" in answer.text, answer.text



@pytest.mark.parametrize(("first", "then"), [
    ("用JSON格式给出施九渝的姓名、单位和获奖", "把郭九灿也加进去"),
    ("Give me JSON for Shi Jiuyu: name, institution, awards", "Now add Guo Jiucan to the same JSON array"),
])
def test_one_more_expert_asked_into_a_json_record_joins_it(people, first, then):
    """"Now add 钟南山 to the same JSON array" listed him with two strangers and dropped 李兰娟 (rt140)."""
    answer, _ = _turns(people, first, then)
    assert [e.name for e in answer.experts] == ["施九渝", "郭九灿"] and answer.text.startswith("[{"), answer.text


def test_json_asked_with_fields_no_record_holds_gives_the_record_and_says_the_rest(people):
    """"Give me JSON for 李兰娟 with fields: …, email, spouse, …" gave the notes on email and spouse alone (rt140)."""
    answer, _ = _turns(people, "Give me JSON for Shi Jiuyu with fields: name, institution, email, awards")
    assert answer.text.startswith("[{") and "施九渝" in answer.text and "contact details" in answer.text, answer.text


def test_the_youngest_after_a_count_split_by_academy_is_of_that_count(people):
    """其中最年轻的是谁？ after 其中中国科学院院士几位、中国工程院院士几位？ listed three strangers (rt140)."""
    answer, _ = _turns(people, "2003年当选的院士图谱里有多少位？", "其中中国科学院院士几位、中国工程院院士几位？", "其中最年轻的是谁？")
    assert "郭九灿更年轻" in answer.text and {e.name for e in answer.experts} <= {"孙九纬", "郭九灿"}, answer.text


def test_the_first_to_win_an_award_is_its_earliest_recorded_winner(people):
    """第一个获得国家最高科学技术奖的院士是谁？ matched nothing (rt140)."""
    answer, _ = _turns(people, "第一个获得何梁何利基金奖的院士是谁？")
    assert "最早获得的是胡九宇" in answer.text, answer.text


@pytest.mark.parametrize("turn", ["王九明院士2021年5月去世，享年91岁，对吗？", "王九明已经在2025年去世了，对吧？享年多少岁？"])
def test_a_death_said_with_its_year_is_not_checked_as_an_election(people, turn):
    """袁隆平院士2021年5月去世，享年91岁，对吗？ said 年份与您提到的不同 of his 1995 election; 享年多少岁？ gave his age now
    (rt140)."""
    answer, _ = _turns(people, turn)
    assert answer.text.startswith("知识图谱的结构化记录不含专家是否在世"), answer.text
    assert "年份与您提到的不同" not in answer.text and "\n是" not in answer.text and "到20" not in answer.text, answer.text


@pytest.mark.parametrize("turn", ["刘九是女院士，1964年出生，对吗？", "刘九1964年出生，1998年获博士学位，对吗？",
                                  "Liu Jiu was born in 1964 and was elected to CAS in 2015, right?"])
def test_a_true_birth_year_beside_other_facts_is_not_denied(people, turn):
    """陈亚珠是女院士，1936年出生，对吗？ / 潘建伟1970年出生，1992年毕业于…，对吗？ got 不是: the birth year was checked as an
    election's, a graduation's year as a birth year (fourteen of rt141's severe failures)."""
    answer, _ = _turns(people, turn)
    assert not answer.text.startswith(("不是", "No")) and "年份与您问到的不同" not in answer.text, answer.text
    assert "\n不是" not in answer.text and "\nNo." not in answer.text, answer.text


@pytest.mark.parametrize("turn", ["刘九是男院士，1964年出生，对吗？", "刘九1970年出生，1998年获博士学位，对吗？"])
def test_a_wrong_sex_or_birth_year_beside_other_facts_is_denied(people, turn):
    answer, _ = _turns(people, turn)
    assert "不是" in answer.text, answer.text


def test_a_degree_claim_beside_a_true_election_gets_no_yes_of_the_whole(people):
    """"Pan Jianwei graduated from Peking University in 1990 and was elected to CAS in 2011, right?" got Yes (rt141)."""
    answer, _ = _turns(people, "Liu Jiu got her PhD in 1990 and was elected to CAS in 2015, right?")
    assert not answer.text.startswith("Yes"), answer.text


def test_two_elected_in_the_same_year_are_compared_by_their_elections(people):
    """王子才和王仲奇是同一年当选工程院院士的，对吧？ said neither held "this award" (rt141)."""
    answer, _ = _turns(people, "王九明和胡九宇是同一年当选院士的，对吧？")
    assert answer.text.startswith("不是") and "1980" in answer.text and "1991" in answer.text, answer.text
    assert "没有获得这一奖项的记录" not in answer.text, answer.text


def test_an_institutions_women_asked_with_which_are_those_whose_biographies_say_so(people):
    """清华大学有哪些女院士？ listed a woman of no recorded institution and two men of Tsinghua (rt141)."""
    answer, _ = _turns(people, f"{ORG}有哪些女院士？")
    assert [e.name for e in answer.experts] == ["钱九易"], answer.text


def test_an_institutions_women_asked_as_json_are_those_whose_biographies_say_so(people):
    """请用JSON列出清华大学的女院士，… gave three women of other institutions (rt141)."""
    answer, _ = _turns(people, "请用JSON列出八方大学的女院士，字段：姓名、当选年")
    assert answer.text.startswith("[{") and {e.name for e in answer.experts} == {"刘九", "施九渝"}, answer.text


def test_how_many_is_that_counts_those_just_listed(people):
    """"How many is that?" after a list searched strangers, and "Who among them is oldest?" ranked them (rt141)."""
    answer, _ = _turns(people, "Which academicians work at 七星大学?", "How many is that?")
    assert answer.text.startswith("3 experts") and "钱九虎" in answer.text, answer.text


def test_the_former_and_the_latter_are_the_two_just_compared(people):
    """"The latter was elected in 2005 and the former in 1994, both CAE, right?" searched strangers (rt141)."""
    answer, _ = _turns(people, "Compare Shi Jiuyu and Guo Jiucan.", "The latter was elected in 2003, right?")
    assert answer.text.startswith("Yes") and "郭九灿" in answer.text, answer.text


def test_summarize_it_after_one_expert_is_of_that_expert(people):
    """"Summarize it in 3 bullet points." after 钟南山's biography searched strangers, and "he" next was one (rt141)."""
    answer, _ = _turns(people, "Please translate Shi Jiuyu's biography into English.", "Summarize it in 3 bullet points.")
    assert [e.name for e in answer.experts] == ["施九渝"], answer.text


@pytest.mark.parametrize(("turn", "held"), [
    ("钱九虎获得过国家科技进步奖（特等奖）吗？", False),
    ("钱九虎获得过国家科技进步奖(一等奖)吗？", True),
    ("钱九虎获得过国家科技进步奖，特等？", False),
    ("钱九虎获得过何梁何利基金奖（科学与技术成就奖）吗？", False),
    ("钱九虎获得过何梁何利奖（科学与技术进步奖）吗？", True),
])
def test_an_awards_grade_or_kind_said_after_its_name_is_asked(people, turn, held):
    """孙家栋获得过国家科技进步奖（一等奖）吗？ got 是 of his 特等奖 (the grade in brackets was dropped, rt143)."""
    answer, _ = _turns(people, turn)
    assert answer.text.startswith("是") == held, answer.text
