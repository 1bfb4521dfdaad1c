"""Years between two records (翟婉明比沈志云晚多少年当选院士？ answered "都是。"; 他从当选院士到获得…隔了几年？ repeated
the awards): computed from the records' years, kept by the guard only when the difference is right."""

from __future__ import annotations

from generation.conversation import Conversation, resolve
from generation.grounding import check_answer
from generation.year_gaps import asks_gap, describe_gap
from retrieval.models import AwardFact, ExpertMatch

ZHAI = ExpertMatch(id="z", name="翟婉明", score=1, awards=[AwardFact(name="中国科学院院士", year=2011),
                                                         AwardFact(name="国家科学技术进步奖一等奖")])
SHEN = ExpertMatch(id="s", name="沈志云", score=1, awards=[
    AwardFact(name="国家科学技术进步奖一等奖", year=1999), AwardFact(name="中国工程院院士", year=1994),
    AwardFact(name="中国科学院院士", year=1991)])


def _kept(text: str, experts: list[ExpertMatch]) -> bool:
    return check_answer(text, experts)[1].dropped == []


def test_the_gap_between_two_experts_elections_is_their_years_difference():
    assert asks_gap("翟婉明比沈志云晚多少年当选院士？") and not asks_gap("翟婉明是哪年当选的？")
    text = describe_gap([ZHAI, SHEN], "翟婉明比沈志云晚多少年当选院士？")
    assert "翟婉明比沈志云晚20年" in text and _kept(text, [ZHAI, SHEN]), text
    english = describe_gap([ZHAI, SHEN], "How many years after Shen Zhiyun was Zhai Wanming elected?", english=True)
    assert english.endswith("20 years apart.") and _kept(english, [ZHAI, SHEN]), english
    assert not _kept(english.replace("20 years", "21 years"), [ZHAI, SHEN])  # a wrong difference goes


def test_the_gap_between_two_records_of_one_expert():
    text = describe_gap([SHEN], "他从当选院士到获得国家科学技术进步奖一等奖隔了几年？")
    assert "1991年当选中国科学院院士" in text and "相隔8年" in text and _kept(text, [SHEN]), text
    assert not _kept(text.replace("相隔8年", "相隔9年"), [SHEN])
    english = describe_gap([SHEN], "How many years between his election and the National Science and Technology "
                                   "Progress Award?", english=True)
    assert english.endswith("8 years apart.") and _kept(english, [SHEN]), english


def test_an_undated_record_leaves_the_gap_unknown():
    text = describe_gap([ZHAI], "他从当选院士到获得国家科学技术进步奖一等奖隔了几年？")
    assert "无法计算" in text and _kept(text, [ZHAI])


def test_a_gap_question_about_two_shown_experts_is_a_list_question():
    conversation = Conversation(problem="铁路", last=[ZHAI, SHEN], shown=[ZHAI, SHEN])
    intent = resolve("翟婉明比沈志云晚多少年当选院士？", conversation)
    assert intent.kind == "list" and {e.name for e in intent.experts} == {"翟婉明", "沈志云"}


def test_the_gap_between_two_experts_awards_is_checked_against_the_years_stated():
    wu = ExpertMatch(id="w", name="吴良镛", score=1, awards=[AwardFact(name="国家最高科学技术奖", year=2011)])
    zheng = ExpertMatch(id="z", name="郑哲敏", score=1, awards=[AwardFact(name="国家最高科学技术奖", year=2012)])
    text = describe_gap([wu, zheng], "吴良镛比郑哲敏晚多少年获得国家最高科学技术奖？")
    assert text.endswith("两者相隔1年。") and _kept(text, [wu, zheng]), text  # (the premise 晚 is the record's 早)
    assert not _kept(text.replace("相隔1年", "相隔3年"), [wu, zheng])


def test_the_gap_is_read_from_the_sentence_that_asks_it_and_an_unheld_record_is_said_unheld():
    """赵忠贤哪年获得最高奖？他比于敏晚几年当选？ read the award of the first sentence and said the graph held no year of
    it for 于敏, who holds no such award at all (rt12)."""
    text = describe_gap([ZHAI, SHEN], "翟婉明是哪年获得国家科学技术进步奖的？他比沈志云晚几年当选中国科学院院士？")
    assert "翟婉明比沈志云晚20年" in text and _kept(text, [ZHAI, SHEN]), text
    none = describe_gap([ZHAI, SHEN], "翟婉明比沈志云晚几年获得国家自然科学奖？")
    assert none == "知识图谱中没有翟婉明获得国家自然科学奖的记录，无法计算相隔几年。", none
    undated = describe_gap([ZHAI, SHEN], "翟婉明比沈志云晚几年获得国家科学技术进步奖？")
    assert undated == "知识图谱没有记录翟婉明这一项的年份，无法计算相隔几年。", undated
