"""Turns the fortieth session mended: a seat said won for a reason (是因为…当选工程院院士的吧？) is the seat asked, not
an award named after the reason; 非 inside a word (非典, 非洲) leaves no kind of expert out."""

from __future__ import annotations

import re

import pytest

from conftest import answerer_over, records_of
from conftest import said_in_turns as _turns

# (name, institution, direction, the academies' seats with their years, bio)
PEOPLE = [
    ("钟五山", "广州医科大学", "呼吸病学", [{"name": "中国工程院院士", "year": 1996}],
     "呼吸病学学家。长期从事呼吸系统疾病的临床和研究。"),
    ("王五佐", "北京有色金属研究总院", "浮选药剂", [{"name": "中国科学院院士", "year": 1991},
                                          {"name": "中国工程院院士", "year": 1994}],
     "矿物加工专家。长期从事浮选药剂的分子设计研究。"),
    ("李五林", "中南大学", "浮选药剂", [{"name": "中国工程院院士", "year": 2001}],
     "矿物加工专家。长期从事浮选药剂研究。"),
]


@pytest.fixture(scope="module")
def people(expertglm_home, demo_graph, tmp_path_factory):
    rows = [(name, place, direction, seats, bio) for name, place, direction, seats, bio in PEOPLE]
    with answerer_over(records_of("s64", "工程与材料科学", rows), expertglm_home, demo_graph[2],
                       tmp_path_factory.mktemp("s64")) as answerer:
        yield answerer


@pytest.mark.parametrize(("turn", "name"), [
    ("钟五山是因为抗击非典当选中国工程院院士的吧？", "钟五山"),
    ("钟五山是因为呼吸病研究当选工程院院士的吧？", "钟五山"),
    ("王五佐是因为浮选当选工程院院士的吧？", "王五佐"),
])
def test_a_seat_said_won_for_a_reason_is_the_seat_held_and_the_reason_unrecorded(people, turn, name):
    """钟南山是因为抗击非典当选工程院院士的吧？ listed three strangers and left the CAE out (非 of 非典 read as 不是); with
    another reason it said 不是 of the seat he holds (the reason was read into the award's name)."""
    answer, _ = _turns(people, turn)
    assert answer.text.startswith(f"知识图谱记录了{name}获得过您问到的奖项，但获奖记录不写获奖的项目或原因"), answer.text
    assert not any(other in answer.text for other, *_ in PEOPLE if other != name), answer.text


def test_non_inside_a_word_leaves_no_kind_out_and_a_kind_after_it_does(people):
    answer, _ = _turns(people, "我们在非洲的铜矿浮选回收率低，请推荐浮选药剂方面的院士")
    assert "王五佐" in answer.text and "李五林" in answer.text and "不再推荐" not in answer.text, answer.text
    answer, _ = _turns(people, "推荐做浮选药剂的专家，要非中科院的")
    assert "李五林" in answer.text and "王五佐" not in answer.text, answer.text


@pytest.mark.parametrize("turn", ["钟五山被誉为什么？", "钟五山被称为呼吸病学之父，对吧？", "浮选药剂之父是谁？",
                                  "谁被誉为中国的呼吸病学泰斗？", "Who is the father of flotation reagents in China?"])
def test_an_epithet_asked_is_said_unrecorded(people, turn):
    """杂交水稻之父是谁？ listed whoever shared a word; 袁隆平被称为杂交水稻之父，对吧？ showed his card with no word on the
    name (fortieth session): the graph records no epithets."""
    answer, _ = _turns(people, turn)
    assert re.search(r"称号(?:与|或)美誉|epithets or honorary nicknames", answer.text), answer.text
    assert not answer.text.startswith(("是", "Yes")), answer.text


def test_he_after_an_epithet_asked_is_the_person_asked_not_one_listed(people):
    """“中国天眼之父”是哪位院士？他哪年当选？ listed an ophthalmologist (天眼) and gave his election year (rt129)."""
    answer, _ = _turns(people, "“中国浮选之父”是哪位院士？", "他哪年当选？")
    assert "没有您提到的那位专家" in answer.text and not any(n in answer.text for n, *_ in PEOPLE), answer.text
    answer, _ = _turns(people, "浮选药剂之父是谁？")  # experts of the topic only as such, where they match it
    assert "并不表示其中哪一位就是您说的那个人" in answer.text or not answer.experts, answer.text


def test_a_thing_called_something_in_a_problem_is_no_epithet_asked(people):
    answer, _ = _turns(people, "浮选药剂被称为选矿的味精，我们的铜矿浮选回收率低，请推荐专家")
    assert "称号与美誉" not in answer.text and "李五林" in answer.text, answer.text


def test_a_second_person_asked_with_and_or_what_about_is_that_person(people):
    """"And Tsung-Dao Lee? Is he in the graph?" after a turn on 杨振宁 showed 杨振宁's card again (thirty-ninth session)."""
    answer, _ = _turns(people, "Tell me about Zhong Wushan", "And Tsung-Dao Lee? Is he in the graph?")
    assert "holds no one of the name you mention" in answer.text and "钟五山" not in answer.text, answer.text
    answer, _ = _turns(people, "Tell me about Zhong Wushan", "What about Li Wulin?")
    assert "李五林" in answer.text and "holds no one" not in answer.text, answer.text


def test_a_wade_giles_name_in_three_words_without_hyphens_is_found(people):
    """"Is Chen Ning Yang in the graph?" said no one of the name was held beside 杨振宁's card (Chen Ning was read alone)."""
    answer, _ = _turns(people, "Is Wu Shan Chung in the graph?")
    assert "钟五山" in answer.text and "holds no one" not in answer.text, answer.text


@pytest.mark.parametrize(("turn", "verdict"), [("他们中有在上海的吗？", "其中有所在地记录的专家都不在上海"),  # (钟五山's
                                               # 广州医科大学 is placed nowhere: said so since rt133)
                                               ("他们中有在北京的吗？", "单位在北京的：王五佐"),
                                               ("Are any of them based in Shanghai?", "None of those the graph places is in "
                                                                                       "Shanghai"),
                                               ("Are any of them in Beijing?", "In Beijing: 王五佐")])
def test_whether_any_of_a_list_is_in_a_place_is_answered_for_the_list(people, turn, verdict):
    """"Are any of them based in Shanghai?" listed the cities with no word that none was there; 他们中有在上海的吗？ said
    不是 of each (rt128)."""
    answer, _ = _turns(people, "推荐做浮选药剂的专家", turn)
    assert verdict in answer.text, answer.text
    assert answer.text.count(verdict) == 1, answer.text


# (name, institution, direction, the CAS seat's year, bio): people whose biographies date their births (rt129)
DATED = [
    ("陈六伟", "中国科学技术大学", "量子通信", 2011, "1970年3月生于浙江省东阳市。长期从事量子通信研究。"),
    ("施六公", "清华大学", "结构生物学", 2013, "结构生物学家 男，1967年5月生，河南郑州人。"),
    ("侯六国", "中国科学技术大学", "表面物理", 2003, "1959年10月生于福建平潭。长期从事表面物理研究。"),
    ("朱六时", "中国科学技术大学", "物理化学", 1991, "物理化学家 1946年2月7日生于成都。长期从事物理化学研究。"),
]


@pytest.fixture(scope="module")
def dated(expertglm_home, demo_graph, tmp_path_factory):
    rows = [(name, place, direction, [{"name": "中国科学院院士", "year": year}], bio)
            for name, place, direction, year, bio in DATED]
    with answerer_over(records_of("s64d", "数理科学", rows), expertglm_home, demo_graph[2],
                       tmp_path_factory.mktemp("s64d")) as answerer:
        yield answerer


def test_two_named_with_their_seats_asked_who_is_older_are_those_two(dated):
    """侯建国院士和朱清时院士，谁年纪大？ ranked three strangers by birth (the two were named, but the age wish reordered)."""
    answer, _ = _turns(dated, "侯六国院士和朱六时院士，谁年纪大？")
    assert "朱六时更年长" in answer.text and not any(n in answer.text for n in ("陈六伟", "施六公")), answer.text


def test_each_persons_year_or_birth_is_checked_against_their_own_claim(dated):
    """潘建伟2011年当选、施一公2013年当选，对吗？ said 不是 of both true years; 王建国1957年7月出生、聂建国1958年8月出生 said
    不是 of both true dates (each was checked against the other's too, rt129)."""
    answer, _ = _turns(dated, "陈六伟2011年当选、施六公2013年当选，对吗？")
    assert answer.text.count("是。知识图谱记录的") == 2 and "不是" not in answer.text, answer.text
    answer, _ = _turns(dated, "陈六伟2012年当选、施六公2013年当选，对吗？")
    assert "不是，年份与您问到的不同。知识图谱记录的陈六伟2011年当选" in answer.text, answer.text
    answer, _ = _turns(dated, "施六公1967年5月出生、陈六伟1970年3月出生，两人相差几岁？")
    assert "不是" not in answer.text, answer.text
    answer, _ = _turns(dated, "Shi Liugong was born in May 1967 and Chen Liuwei in March 1970. "
                              "What's the age gap and who was elected first?")
    assert "No." not in answer.text and "earliest first: 陈六伟" in answer.text, answer.text


@pytest.mark.parametrize(("turn", "name", "said"), [("陈六为院士哪年当选的？他在哪个大学？", "陈六伟", "2011年当选"),
                                                    ("施六工在清华当副校长吗？他哪年出生？", "施六公", "1967年5月生")])
def test_a_name_one_character_off_at_a_clause_start_is_that_expert(dated, turn, name, said):
    """潘建为院士哪年当选的？ gave 杨万泰's institution and 施一工在清华当副校长吗？ 尤政's birth date (rt129)."""
    answer, _ = _turns(dated, turn)
    assert name in answer.text and said in answer.text, answer.text
    assert not any(n in answer.text for n, *_ in DATED if n != name), answer.text


def test_an_order_of_two_seats_said_beside_both_seats_is_checked(people):
    """吴良镛是两院院士，他是先当选工程院院士、后当选科学院院士的吧？相隔几年？ listed his awards with no verdict (三 events
    were read: 两院院士 too), then searched 相隔几年 as a problem, and 他 next was a stranger (rt129)."""
    answer, _ = _turns(people, "王五佐是两院院士，他是先当选工程院院士、后当选科学院院士的吧？相隔几年？")
    assert answer.text.startswith("不是。") and "相隔3年" in answer.text, answer.text
    assert "李五林" not in answer.text, answer.text


def test_a_stranger_of_a_rare_surname_asked_with_a_title_is_said_absent_and_he_is_him(people):
    """南仁东院士是FAST的总设计师吗？ listed three designers (南 is no common surname), and 他 next was the first (rt129)."""
    answer, _ = _turns(people, "南仁东院士是FAST的总设计师吗？", "他哪年出生？哪年当选院士？")
    assert "没有您提到的那位专家" in answer.text and not any(n in answer.text for n, *_ in PEOPLE), answer.text


def test_the_mean_and_the_oldest_age_at_an_event_asked_together(dated):
    """吴孟超、王振义、孙家栋三人获得国家最高科学技术奖时的平均年龄是多少？谁获奖时年纪最大？ gave the birth order (吴孟超
    最年长) and no mean; 王振义 was the oldest when given it (rt129)."""
    answer, _ = _turns(dated, "陈六伟、施六公、侯六国三人当选院士时的平均年龄是多少？谁当选时年纪最大？")
    assert "平均约43.7岁" in answer.text and "施六公" in answer.text.split("平均约")[1].split("\n")[1], answer.text
    assert "按简介中写的出生日期，从早到晚" not in answer.text, answer.text


def test_a_university_recorded_under_its_academy_is_that_university():
    """郭光灿 (中国科学院中国科学技术大学) was left out of 中国科学技术大学's count in Chinese and counted in English, so the
    guard dropped the English count (rt129)."""
    from retrieval.models import ExpertMatch, Requirement

    ustc = Requirement(kind="institution", text="中国科学技术大学")
    assert ustc.met(ExpertMatch(id="g", name="郭", score=1.0, institution="中国科学院中国科学技术大学"))
    uestc = Requirement(kind="institution", text="电子科技大学")
    assert not uestc.met(ExpertMatch(id="x", name="西", score=1.0, institution="西安电子科技大学"))


def test_an_institution_said_before_how_many_is_counted():
    """"USTC has how many academicians in your graph? List them with election year." listed strangers (rt129)."""
    from retrieval.census import count_question_en

    asked = count_question_en("Tsinghua University has how many academicians in your graph? List them with election year.")
    assert asked is not None and ("institution", "Tsinghua University") in [(r.kind, r.text) for r in asked.requirements]


@pytest.mark.parametrize("turns", [("中国科学技术大学的院士有多少位？", "陈六伟算不算？"),
                                   ("中国科学技术大学的院士有多少位？", "陈六伟在其中吗？"),
                                   ("中国科学技术大学的院士有多少位？陈六伟算不算？",)])
def test_whether_one_is_counted_after_a_count(dated, turns):
    """中国科学院物理研究所有多少位院士？陈立泉算不算？ searched 陈立泉 as a problem beside two fillers, and 其中最年长的 next
    ranked that list (rt129)."""
    answer, _ = _turns(dated, *turns)
    assert answer.text.count("有。") == 1 and "陈六伟" in answer.text.split("有。")[1], answer.text
    answer, _ = _turns(dated, "中国科学技术大学的院士有多少位？", "包括施六公吗？")
    assert "没有施六公" in answer.text, answer.text


def test_where_one_with_no_institution_taught_is_quoted_for_his_workplace():
    """江亿是哪个单位的？ said no institution was recorded and quoted nothing, though his biography says he taught at
    清华大学 (rt130)."""
    from generation import biography
    from retrieval.models import ExpertMatch

    bio = "建筑环境工程专家。1977年1月毕业于清华大学建工系。以后先后在清华大学热能系和建筑学院任教，1991年聘为教授。"
    cited = biography.cited(ExpertMatch(id="j", name="江七", score=1.0), bio, (biography.WORKPLACE,))
    assert any("任教" in q for q in biography.quotes(cited) or ()), biography.quotes(cited)


@pytest.mark.parametrize("more", ["详细点", "具体说说", "嗯嗯，然后呢？", "继续说说", "interesting, anything else worth knowing?",
                                  "What else?", "Hmm ok. Any thoughts?", "Give me a quick rundown in bullet form."])
def test_a_vague_request_for_more_after_one_expert_is_of_him(dated, more):
    """详细点 / "What else?" / "Any thoughts?" after a turn about one expert were searched as problems, and 他 next was
    the first stranger listed: 龚新高's age for 谢华安's, 李朝义's for 叶玉如's (rt131)."""
    first = "介绍一下施六公" if re.search(r"[\u4e00-\u9fff]{2}", more) else "Tell me about 施六公."
    answer, _ = _turns(dated, first, more)
    assert "施六公" in answer.text and not any(n in answer.text for n, *_ in DATED if n != "施六公"), answer.text
    then = "他哪年当选院士？" if re.search(r"[\u4e00-\u9fff]{2}", more) else "When was he elected?"
    answer, _ = _turns(dated, first, more, then)
    assert "施六公" in answer.text and "2013" in answer.text, answer.text


def test_more_detail_after_a_list_is_why_each_fits(dated):
    answer, _ = _turns(dated, "推荐做量子通信和结构生物学的专家", "详细点")
    assert answer.text.startswith("刚才推荐的专家及推荐理由如下"), answer.text


def test_what_a_biography_writes_is_no_word_looked_for():
    from generation.record_mentions import mentioned_topic

    assert mentioned_topic("他的简介写了什么？") is None and mentioned_topic("他的简介里写了哪些？") is None
    assert mentioned_topic("他的简介里提到过模具吗？") == "模具"


@pytest.mark.parametrize("asked", ["What's the average age at which they won it?", "How old was each when they won the award?"])
def test_an_age_at_it_is_at_the_award_the_turn_before_named(asked):
    """"List every academician who won the State Preeminent S&T Award, with the year." then "What's the average age at
    which they won it?" said every one's award undated (rt131)."""
    from generation.answerer import _that_year

    before = ["List every academician who won the State Preeminent S&T Award, with the year."]
    assert "国家最高科学技术奖" in _that_year(asked, before), _that_year(asked, before)


def test_a_seat_of_another_academy_beside_a_chinese_one_gets_no_no(dated):
    """"Was she elected to TWAS in 2004 and CAS in 2001?" got "No. The graph records 叶玉如 as 中国科学院院士" though both
    are true (rt131)."""
    from generation.grounded import other_academy_asked

    assert other_academy_asked("Was she elected to TWAS in 2004 and CAS in 2001?")
    assert not other_academy_asked("Is she a CAE member?") and not other_academy_asked("她是中国工程院院士吗？")
    answer, _ = _turns(dated, "Tell me about 施六公.", "Was he elected to TWAS in 2014 and CAS in 2013?")
    assert not answer.text.startswith("No.") and "2013" in answer.text, answer.text


def test_a_proverb_in_a_problem_is_no_epithet_asked(people):
    """失败是成功之母，我们的焊缝… was answered "the graph records no epithets", the problem dropped (review)."""
    answer, _ = _turns(people, "失败是成功之母，我们的浮选回收率一直上不去，想找浮选药剂专家")
    assert "称号" not in answer.text and "李五林" in answer.text, answer.text


def test_what_else_after_a_list_asks_for_more_experts(people):
    """"What else?" after a list was searched as a problem of its own (strangers for the words)."""
    first, conversation = _turns(people, "推荐做浮选药剂的专家")
    answer = people.answer("What else?", conversation)
    assert not set(e.id for e in answer.experts) & set(e.id for e in first.experts), answer.text
    assert not answer.text.startswith("The following experts' match"), answer.text


@pytest.mark.parametrize("turn", ["Three quick questions: (1) when was Chen Liuwei elected to CAS, (2) is Shi Liugong at "
                                  "Tsinghua University, (3) when was Zhu Liushi elected?",
                                  "三个问题：(1)陈六伟哪年当选院士；(2)施六公在哪个单位；(3)朱六时哪年当选？"])
def test_numbered_questions_about_several_people_are_each_of_its_own(dated, turn):
    """"Three quick questions: (1) when was Zhao Zhongxian elected …, (2) did Wu Mengchao …, (3) is Li Zhensheng …?" was
    read as three problems, each answered of another person (rt131)."""
    answer, _ = _turns(dated, turn)
    assert "2011" in answer.text and "清华大学" in answer.text and "1991" in answer.text, answer.text
    assert "problem" not in answer.text and "问题" not in answer.text.split("\n")[0], answer.text
