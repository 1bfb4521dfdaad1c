"""Turns the thirty-eighth session mended (rt118): the age at a life event the quoted biography dates (a doctorate, an
honour), asked after it alone or beside where and when; English counts over an institution worded plainly; an
average age after a count; a part of the expert's institution said by its short name; a letter that mentions an
honour only the biography dates."""

from __future__ import annotations

import re

import pytest

from conftest import answerer_over, records_of
from conftest import said_in_turns as _turns

TSINGHUA = "清华大学"
# (name, institution, born, elected to the CAE (None: no year recorded), the year its biography dates a doctorate or an
# honour, that sentence)
LIVES = [
    ("钱二林", TSINGHUA, 1924, 1994, 1948, "1948年毕业于上海震旦大学医学院，获博士学位。"),
    ("许三刚", "中国科学院广州地球化学研究所", 1966, 2015, 1994, "1987年毕业于浙江大学，1994年在法国巴黎第七大学获博士学位。"),
    ("王三志", TSINGHUA, 1932, 1994, 2005, "2005年被授予“载人航天功勋科学家”荣誉称号。"),
    ("赵三平", TSINGHUA, 1950, 2009, None, "长期从事结构工程研究。"),
    ("孙三宁", TSINGHUA, 1940, 1999, None, "长期从事桥梁工程研究。"),
    ("周三文", TSINGHUA, 1945, None, None, "长期从事隧道工程研究。"),
    ("吴三镛", TSINGHUA, 1922, 1980, 1996, "在建筑教育领域作出了杰出贡献，1996年被授予国际建协教育／评论奖。"),
    ("王三义", "上海血液学研究所", 1924, 1994, None, "上海交通大学医学院及附属瑞金医院终身教授。"),
    ("于三敏", "中国工程物理研究院", 1926, 1980, 1999, "1982年获国家自然科学奖一等奖。1999年被国家授予“两弹一星”功勋奖章。"),
    ("陈三泉", "香港大学", 1937, 1997, 1982,
     "1957年毕业于北京矿业学院，1982年获香港大学哲学博士，1993年获乌克兰敖德萨理工大学荣誉科学技术博士学位。"),
]


RECORDED = {"于三敏": [{"name": "国家自然科学奖一等奖", "year": 1982}]}  # awards recorded beside the seat


@pytest.fixture(scope="module")
def lives(expertglm_home, demo_graph, tmp_path_factory):
    """Academicians whose biographies date a doctorate or an honour in a clause of their own sentence."""
    rows = [(name, place, "结构工程", [{"name": "中国工程院院士"} | ({"year": seat} if seat else {})] + RECORDED.get(name, []),
             f"专家 {born}年11月生于江苏兴化。{said}") for name, place, born, seat, _, said in LIVES]
    with answerer_over(records_of("s62", "工程与材料科学", rows), expertglm_home, demo_graph[2],
                       tmp_path_factory.mktemp("s62")) as answerer:
        yield answerer


def _life(name: str) -> tuple[int, int]:
    """The birth year and the dated event's year of one of LIVES."""
    born, year = next((born, year) for n, _, born, _, year, _ in LIVES if n == name)
    return born, year


@pytest.mark.parametrize("turns", [
    ("钱二林的记录里有没有写他的博士是在哪读的？", "哪一年？当时他多大？"),
    ("钱二林的博士是在哪里读的？", "当时他多大？"),
    ("Where did Qian Erlin get his PhD?", "How old was he then?"),
])
def test_the_age_then_after_a_doctorate_quoted_is_at_the_quoted_year(lives, turns):
    """哪一年？当时他多大？ after 1948年毕业于…医学院，获博士学位 was said undated: the degree's clause gives no year, the clause
    before it in the same sentence does (rt118)."""
    born, year = _life("钱二林")
    answer, _ = _turns(lives, *turns)
    assert f"到{year}年，钱二林的年龄约{year - born}岁" in answer.text or \
        f"钱二林 was about {year - born} in {year}" in answer.text, answer.text
    assert not answer.grounding.dropped, answer.grounding.dropped


@pytest.mark.parametrize("turns", [
    ("许三刚的博士学位是在国外拿的吗？", "在哪个国家？哪年？那年他几岁？"),
    ("Did Xu Sangang get his PhD abroad?", "Which university, and in what year? How old was he then?"),
])
def test_where_when_and_the_age_then_are_answered_together(lives, turns):
    """在哪个国家？哪年？那年他几岁？ after a question on a PhD abroad: only the age was answered, and said undated (rt118)."""
    born, year = _life("许三刚")
    answer, _ = _turns(lives, *turns)
    assert "法国巴黎第七大学" in answer.text, answer.text
    assert f"约{year - born}岁" in answer.text or f"about {year - born} in {year}" in answer.text, answer.text
    assert not re.match(r"是。|Yes\.", answer.text), answer.text  # (the verdict of the question before is not repeated)
    assert not answer.grounding.dropped, answer.grounding.dropped


@pytest.mark.parametrize("turns", [
    ("王三志 — what honorary title did he receive in 2005? How old was he then?",),
    ("王三志2005年被授予了什么称号？", "那年他几岁？"),
])
def test_the_age_in_the_year_of_an_honour_asked(lives, turns):
    """"What honorary title did he receive in 2005? How old was he then?": the age was left unanswered (rt118)."""
    born, year = _life("王三志")
    answer, _ = _turns(lives, *turns)
    assert len(turns) > 1 or "载人航天功勋科学家" in answer.text, answer.text
    assert f"约{year - born}岁" in answer.text or f"王三志 was about {year - born} in {year}" in answer.text, answer.text
    assert not answer.grounding.dropped, answer.grounding.dropped


@pytest.mark.parametrize("question", [
    "How many academicians work at Tsinghua University according to the graph?",
    "how many CAE academicians does the graph list at Tsinghua University? just the number pls",
    "Number of academicians at Tsinghua University?",
    "Count the academicians at Tsinghua University.",
])
def test_an_english_count_over_an_institution_worded_plainly_is_counted(lives, question):
    """"How many academicians work at Tsinghua University according to the graph?" read the institution as "Tsinghua
    University according to the graph"; "… does the graph list at …? just the number pls" listed strangers (rt118)."""
    there = sum(place == TSINGHUA for _, place, *_ in LIVES)
    answer, _ = _turns(lives, question)
    assert re.search(rf"\bholds {there} (?:academicians|experts)\b[^.]*清华大学", answer.text), answer.text
    assert "许三刚" not in answer.text, answer.text


@pytest.mark.parametrize("turns", [
    ("清华大学有多少位院士？", "他们当选时的平均年龄是多少？"),
    ("How many academicians are at Tsinghua University?", "What's their average age at election?"),
])
def test_an_average_age_after_a_count_is_of_all_counted(lives, turns):
    """哈尔滨工业大学有多少位院士？ then 他们当选时的平均年龄是多少？: the average was of the three shown, not of the thirteen
    counted (rt118); one with no election year is said apart, the average of the others said as theirs."""
    ages = [seat - born for _, place, born, seat, _, _ in LIVES if place == TSINGHUA and seat]
    there = sum(place == TSINGHUA for _, place, *_ in LIVES)
    assert len(ages) < there
    mean = f"{round(sum(ages) / len(ages), 1):g}"
    answer, _ = _turns(lives, *turns)
    assert f"以上{there}位中有{len(ages)}位可计算年龄，其当选时的年龄平均约{mean}岁" in answer.text or \
        f"The {len(ages)} of them whose ages can be computed, when elected, were on average about {mean}" in answer.text, \
        answer.text
    assert "周三文" in answer.text and "许三刚" not in answer.text, answer.text
    assert not answer.grounding.dropped, answer.grounding.dropped


def test_a_part_of_the_institution_said_by_its_short_name_is_no_other_institution(lives):
    """我想联系清华建筑学院的吴良镛先生: "the record's institution is not the one you mention" was said (rt118)."""
    answer, _ = _turns(lives, "我想联系清华建筑学院的吴三镛先生")
    assert "吴三镛" in answer.text and "不是您提到的单位" not in answer.text, answer.text


@pytest.mark.parametrize("turns", [
    ("我想联系清华建筑学院的吴三镛先生", "那帮我写封邮件请他评审我们的城市规划方案，提一下他1996年获得的国际建协教育/评论奖。"),
    ("帮我给吴三镛写封邮件请他评审我们的城市规划方案，提一下他1996年获得的国际建协教育/评论奖。",),
])
def test_a_letter_mentioning_an_honour_the_biography_dates_quotes_it(lives, turns):
    """…提一下他1996年获得的国际建协教育/评论奖 after naming him: the true year was "corrected" against his other records
    and the letter went to 尊敬的领导 with three experts (rt118); the honour is quoted from his biography."""
    answer, _ = _turns(lives, *turns)
    assert "尊敬的吴三镛" in answer.text and "尊敬的领导" not in answer.text, answer.text
    assert "年份与您提到的不同" not in answer.text, answer.text
    assert "1996年被授予国际建协教育／评论奖" in answer.text, answer.text
    assert not answer.grounding.dropped, answer.grounding.dropped


def test_a_letter_with_a_false_year_of_a_recorded_award_is_still_corrected(lives):
    """The biography's year spares only the honour it writes: a year said of a recorded seat is still checked."""
    answer, _ = _turns(lives, "帮我给吴三镛写封邮件请他评审我们的方案，提一下他1990年当选的中国工程院院士。")
    assert "年份与您提到的不同" in answer.text and "1980" in answer.text, answer.text


def test_where_and_when_after_a_yes_or_no_answer_form_are_of_the_same_one(lives):
    """"Did Pan Jianwei get his PhD abroad? Answer only yes or no." then "Which university, and in what year?" listed
    strangers: the answer form, split off as 他Answer only yes or no., stood as the question before (rt120)."""
    born, year = _life("许三刚")
    conversation = None
    for turn, said in (("Did Xu Sangang get his PhD abroad? Answer only yes or no.", "Yes."),
                       ("Which university, and in what year?", "法国巴黎第七大学"),
                       ("How old was he then?", f"许三刚 was about {year - born} in {year}")):
        answer, conversation = _turns(lives, turn) if conversation is None else (lives.answer(turn, conversation),
                                                                                  conversation)
        assert said in answer.text, (turn, answer.text)
        assert turn.startswith("Did") or not answer.text.startswith("Yes."), answer.text
        assert not answer.grounding.dropped, answer.grounding.dropped


def test_the_age_at_a_doctorate_is_at_the_earned_one_not_an_honorary_one(lives):
    """当时几岁？ after a PhD question: the ages at two honorary doctorates were said (rt120)."""
    born, year = _life("陈三泉")
    answer, _ = _turns(lives, "陈三泉的博士学位是在哪拿的？", "当时几岁？")
    assert f"到{year}年，陈三泉的年龄约{year - born}岁" in answer.text and "到1993年" not in answer.text, answer.text
    verdict, _ = _turns(lives, "陈三泉的博士学位是在国外拿的吗？")
    assert not verdict.text.startswith("是"), verdict.text  # (香港大学: the honorary one is no PhD taken abroad)


def test_names_recorded_in_other_characters_are_found_as_typed_or_simplified(expertglm_home, demo_graph, tmp_path_factory):
    """任詠华 typed exactly as the graph writes it was "no one of the name you mention", and 张乾二 was read as 张干二: the
    message is read in simplified script, the graph's names are not (rt120)."""
    rows = [(name, "香港大学", "无机化学", [{"name": "中国科学院院士", "year": 2001}], "化学家 1953年生于香港。")
            for name in ("任詠华", "张乾二")]
    with answerer_over(records_of("s62t", "化学", rows), expertglm_home, demo_graph[2],
                       tmp_path_factory.mktemp("s62t")) as answerer:
        for question, name in (("任詠华是哪一年当选中国科学院院士的？", "任詠华"), ("任咏华是哪一年当选的？", "任詠华"),
                               ("張乾二是哪一年當選的？", "张乾二"), ("张乾二是哪一年当选的？", "张乾二")):
            answer, _ = _turns(answerer, question)
            assert f"{name}2001年当选" in answer.text and "只差一个字" not in answer.text, (question, answer.text)


AWARD = "国家最高科学技术奖"
# (name, born, the award's year: None where it is recorded without one, or no award: False)
WINNERS = [("金二濂", 1929, 2002), ("王二永", 1932, 2003), ("吴三良", 1922, 2011), ("袁二平", 1930, None),
           ("李三光", 1950, False)]


@pytest.fixture(scope="module")
def winners(expertglm_home, demo_graph, tmp_path_factory):
    """Holders of one award, one of them without its year, and an academician who does not hold it."""
    rows = [(name, "中国科学院计算技术研究所", "计算机体系结构",
             [{"name": "中国工程院院士", "year": 1994}] + ([] if year is False else
                                                     [{"name": AWARD} | ({"year": year} if year else {})]),
             f"计算机专家 {born}年9月生于天津。") for name, born, year in WINNERS]
    with answerer_over(records_of("s62w", "信息科学", rows), expertglm_home, demo_graph[2],
                       tmp_path_factory.mktemp("s62w")) as answerer:
        yield answerer


def _ages_at_award() -> dict[str, int]:
    return {name: year - born for name, born, year in WINNERS if year}


@pytest.mark.parametrize("question", [
    "图谱中所有国家最高科学技术奖得主，获奖时的平均年龄是多少？谁获奖时最年轻？",
    "Among the winners of the State Preeminent Science and Technology Award, who was youngest when receiving it, and "
    "what was their average age?",
])
def test_the_average_and_the_youngest_at_an_award_are_over_all_its_holders(winners, question):
    """…得主，获奖时的平均年龄是多少？谁获奖时最年轻？ named a non-winner among strangers the youngest, by birth date, and
    gave no average (rt120): every holder's age at it, the mean of those with a year, the youngest of them."""
    ages = _ages_at_award()
    holders = sum(year is not False for *_, year in WINNERS)
    mean = f"{round(sum(ages.values()) / len(ages), 1):g}"
    youngest = min(ages, key=ages.get)
    answer, _ = _turns(winners, question)
    assert f"以上{holders}位中有{len(ages)}位可计算年龄，其获得该奖时的年龄平均约{mean}岁" in answer.text or \
        f"The {len(ages)} of them whose ages can be computed, when given this award, were on average about {mean}" \
        in answer.text, answer.text
    assert f"最年轻的是{youngest}" in answer.text or f"{youngest} was the youngest" in answer.text, answer.text
    assert "李三光" not in answer.text, answer.text
    assert not answer.grounding.dropped, answer.grounding.dropped


@pytest.mark.parametrize("question, first", [
    ("Which academician in your graph was the first to receive China's Supreme Science and Technology Award, and in "
     "which year?", True),
    ("Who received the State Preeminent Science and Technology Award most recently?", False),
])
def test_the_first_or_last_winner_of_an_award_asked_in_english(winners, question, first):
    """"… the first to receive China's Supreme Science and Technology Award, and in which year?" listed three winners
    "weakly related" and answered nothing (rt120)."""
    dated = {name: year for name, _, year in WINNERS if year}
    name = (min if first else max)(dated, key=dated.get)
    answer, _ = _turns(winners, question)
    assert f"{name} received it {'first' if first else 'last'}, in {dated[name]}" in answer.text, answer.text
    assert "1 of them with no recorded year not ranked" in answer.text, answer.text
    assert not answer.grounding.dropped, answer.grounding.dropped


def test_a_name_in_lower_case_pinyin_in_an_english_message_is_read(lives):
    """"what award did wu mengchao get in 2005 …" answered about three strangers (rt120): a name of three syllables in
    lower case is read in an English message too."""
    answer, _ = _turns(lives, "where does qian erlin work?")
    assert "钱二林" in answer.text and TSINGHUA in answer.text, answer.text


def test_the_2nd_one_in_a_chinese_message_is_the_second_shown(lives):
    """"the 2nd one 哪年当选？他在哪个单位？" was answered about the first one shown (rt120)."""
    first, conversation = _turns(lives, "推荐几位结构工程专家")
    assert len(first.experts) >= 2
    second = lives.answer("the 2nd one 哪年当选？他在哪个单位？", conversation)
    assert second.experts and second.experts[0].name == first.experts[1].name, second.text
    assert first.experts[0].name not in second.text, second.text


def test_an_institution_named_in_english_that_the_biography_writes_is_not_corrected(lives):
    """"Wang Zhenyi, the hematologist at Shanghai Jiao Tong University, …": "another institution" was said of one whose
    biography writes 上海交通大学医学院…终身教授 (rt120); one it does not write is still corrected."""
    answer, _ = _turns(lives, "Wang Sanyi, the hematologist at Shanghai Jiao Tong University, was elected in 1994, right?")
    assert "王三义" in answer.text and "another institution" not in answer.text, answer.text
    other, _ = _turns(lives, "Wang Sanyi works at Peking University, right?")
    assert "another institution" in other.text, other.text


@pytest.mark.parametrize("question", [
    "钱二林2014年获得了国家最高科学技术奖，当时他多大？",
    "How old was Qian Erlin when he won the State Preeminent Science and Technology Award in 2014?",
])
def test_an_age_at_an_award_the_records_lack_says_they_lack_it(lives, question):
    """于敏院士2014年获得了国家最高科学技术奖，当时他多大？: the age in 2014 alone, the award the graph does not hold for him
    unsaid (rt120)."""
    born, _ = _life("钱二林")
    answer, _ = _turns(lives, question)
    assert answer.text.startswith(("知识图谱的获奖记录中没有钱二林的这一项", "The graph's award records hold no such award")), \
        answer.text
    assert f"约{2014 - born}岁" in answer.text or f"about {2014 - born} in 2014" in answer.text, answer.text
    assert not answer.grounding.dropped, answer.grounding.dropped


@pytest.mark.parametrize("question", [
    "于三敏获得两弹一星功勋奖章，距离他获得国家自然科学奖一等奖过了几年？获奖章时他多大？",
    "How many years after his State Natural Science Award did Yu Sanmin receive the Two Bombs One Satellite medal?",
])
def test_years_between_a_recorded_award_and_a_medal_the_biography_dates(lives, question):
    """于敏获得两弹一星功勋奖章，距离他获得国家自然科学奖一等奖过了几年？获奖章时他多大？: "neither is dated", then his ages
    at every recorded award (rt118, rt120): the gap to the medal's quoted year, his age at the medal."""
    born, medal = _life("于三敏")
    answer, _ = _turns(lives, question)
    assert f"相隔{medal - 1982}年" in answer.text or f"{medal - 1982} years apart" in answer.text, answer.text
    assert "1999年被国家授予“两弹一星”功勋奖章" in answer.text, answer.text
    assert "获奖章" not in question or (f"约{medal - born}岁" in answer.text and f"约{1982 - born}岁" not in answer.text), \
        answer.text
    assert not answer.grounding.dropped, answer.grounding.dropped


def test_later_questions_of_a_pair_after_a_same_year_premise_are_answered(lives):
    """王小云和潘建伟是同一年当选中科院院士的吧？他俩当选时各多少岁？谁更年轻？: the order alone was said (rt120)."""
    seats = {n: (born, seat) for n, _, born, seat, _, _ in LIVES if n in ("钱二林", "王三志")}
    answer, _ = _turns(lives, "钱二林和王三志是同一年当选工程院院士的吧？他俩当选时各多少岁？谁更年轻？")
    for name, (born, seat) in seats.items():
        assert f"{name}当时约{seat - born}岁" in answer.text, answer.text
    younger = max(seats, key=lambda n: seats[n][0])
    assert f"{younger}更年轻" in answer.text, answer.text
    assert not answer.grounding.dropped, answer.grounding.dropped


def test_a_gap_asked_after_an_election_question_is_from_that_election(lives):
    """王永志是哪年当选工程院院士的？距离他获得国家最高科学技术奖隔了几年？: his records were listed (rt120)."""
    answer, _ = _turns(lives, "于三敏是哪年当选工程院院士的？距离他获得国家自然科学奖一等奖隔了几年？")
    assert f"相隔{1982 - 1980}年" in answer.text, answer.text


def test_a_letter_asked_to_state_false_facts_corrects_them_and_writes_none_in(lives):
    """帮我给王振义院士写一封推荐信，请写上他是中国科学院院士、2008年获得…: the request clause was read as no claim, so
    nothing was corrected, and the letter said the biography writes what was asked over an empty quote (rt122)."""
    answer, _ = _turns(lives, "帮我给王三志写一封推荐信，请写上他是中国科学院院士、2008年获得国家最高科学技术奖。")
    assert "王三志是中国工程院院士，不是您提到的中国科学院院士" in answer.text, answer.text
    assert "没有您提到的" in answer.text and "您要求写入的内容没有写进信中" in answer.text, answer.text
    assert "简介写到了" not in answer.text, answer.text
    english, _ = _turns(lives, "Draft an email to Wang Sanzhi inviting him to our forum; also mention his 2010 Nobel "
                               "Prize nomination.")
    assert "biography writes it" not in english.text and "Dear" in english.text, english.text
    assert not english.grounding.dropped, english.grounding.dropped


def test_an_award_asked_of_a_record_is_looked_for_whole(lives):
    """潘际銮院士的记录里有写他获得过国家最高科学技术奖吗？: 「写他获得过…」 was looked for, its pieces 科学 and 技术 found in his
    field, and a yes stood under a dropped line (rt122); …是哪年？他的记录里提到了吗？ looked for 「吗」."""
    answer, _ = _turns(lives, "钱二林的记录里有写他获得过国家最高科学技术奖吗？")
    assert answer.text.startswith("没有。") and "「国家最高科学技术奖」" in answer.text, answer.text
    asked, _ = _turns(lives, "于三敏获得两弹一星功勋奖章是哪年？他的记录里提到了吗？")
    assert "「吗」" not in asked.text and "1999年被国家授予“两弹一星”功勋奖章" in asked.text, asked.text
    assert not answer.grounding.dropped and not asked.grounding.dropped


def test_a_question_beside_a_relation_claim_is_answered_and_she_stays_her(lives):
    """叶玉如院士是哪年当选的？她和施一公是夫妻吗？: 施一公's card was all (no year for her), and 她 next was him (rt122)."""
    born, year = _life("钱二林")
    answer, conversation = _turns(lives, "钱二林院士是哪年当选的？他和王三志是师生吗？")
    assert "钱二林1994年当选" in answer.text and "不记录专家之间" in answer.text, answer.text
    then = lives.answer("他在哪里读的博士？", conversation)
    assert "上海震旦大学医学院" in then.text and "王三志" not in then.text, then.text


def test_what_about_another_prize_and_which_year_is_a_mention_question():
    """"What about the Sackler Prize? Which year?" after a mention question listed strangers (rt122)."""
    from generation.record_mentions import mention_follow_up

    previous = "Does Shi Yigong's record mention a Nobel Prize?"
    assert mention_follow_up("What about the Sackler Prize? Which year?", previous) == \
        "Does it mention the Sackler Prize? Which year?"
    assert mention_follow_up("And the Wolf Prize?", previous) == "Does it mention the Wolf Prize?"


def test_a_later_question_asking_who_is_of_no_one_named(lives):
    """"zhong nanshan, …, what's his salary and his phone number? also who is the best lung doctor among academicians?":
    the second question became 他also who is …, answered "Yes." above his card (rt122)."""
    answer, _ = _turns(lives, "qian erlin, the structural engineer, what's his salary? also who is the best structural "
                              "engineer among academicians?")
    assert not answer.text.lstrip().startswith("Yes") and "\nYes." not in answer.text, answer.text
