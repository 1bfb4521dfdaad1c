"""Numbers put as premises (他有8个研究方向吧？), totals and averages of the awards shown, more experts from other
institutions than those shown, and an earlier list of the problem shown again (回到刚才第一批)."""

from __future__ import annotations

import dataclasses

from generation.conversation import Conversation, resolve
from generation.grounded import describe_attribute, describe_group, said_count
from generation.grounded_en import describe_attribute_en
from generation.grounding import check_answer
from retrieval.models import AwardFact, ExpertMatch

SHEN = ExpertMatch(id="a", name="申长雨", score=0.9, institution="郑州大学",
                   directions=["塑料成型", "塑料成型加工", "模具技术"],
                   awards=[AwardFact(name="中国科学院院士", year=2009), AwardFact(name="国家科学技术进步奖二等奖")])
LI = ExpertMatch(id="b", name="李德群", score=0.8, institution="华中科技大学", directions=["塑料注射成形模拟"],
                 awards=[AwardFact(name="中国工程院院士", year=2015), AwardFact(name="国家自然科学奖二等奖", year=2010)])
WANG = ExpertMatch(id="c", name="王琪", score=0.7, institution="四川大学", directions=["塑料加工"],
                   awards=[AwardFact(name="中国工程院院士", year=2017), AwardFact(name="国家技术发明奖二等奖"),
                           AwardFact(name="长江学者")])


def _guarded(text: str, experts: list[ExpertMatch]) -> tuple[str, list[str]]:
    shown, report = check_answer(text, experts)
    return shown, report.dropped


def test_a_number_said_as_a_premise_is_read():
    assert said_count("第一位获得过5次国家科技进步奖吧？") == 5
    assert said_count("他有八个研究方向对吧") == 8
    assert said_count("Does the first one have 6 research directions?") == 6
    assert said_count("Has he won two national awards?") == 2
    assert said_count("他获得过几项奖？") is None  # a what-question: counted, not a premise
    assert said_count("他是2009年当选的吗？") is None  # a year is no count


def test_a_wrong_number_is_denied_with_the_records_count_and_the_guard_keeps_it():
    for question, expert, attribute, verdict in (
            ("他有8个研究方向对吧", SHEN, "directions", "不是"), ("他有3个研究方向吗", SHEN, "directions", "是的"),
            ("他获得过5项奖吧？", LI, "awards", "不是"), ("他获得过2项奖对吗", LI, "awards", "是的")):
        answer = describe_attribute(expert, attribute, question)
        assert answer.startswith(verdict + "。"), answer
        shown, dropped = _guarded(answer, [expert])
        assert shown == answer and not dropped, (answer, dropped)
    # an award named: those of that award, not every award, and no number the guard could not count
    answer = describe_attribute(WANG, "awards", "王琪拿过三次国家技术发明奖是吧")
    assert answer.startswith("不是。") and "国家技术发明奖二等奖" in answer and "3" not in answer
    assert describe_attribute_en(SHEN, "directions", "Does he have 6 research directions?").startswith("No. ")
    assert describe_attribute_en(WANG, "awards", "Has he won two national awards?").startswith("No. ")
    assert describe_attribute_en(LI, "awards", "Has he won 2 awards?").startswith("Yes. ")


def test_the_guard_checks_direction_totals_and_award_averages():
    assert _guarded("申长雨的研究方向共3个。", [SHEN])[1] == []
    assert _guarded("申长雨的研究方向共8个。", [SHEN])[1]  # not the record's number
    experts = [SHEN, LI, WANG]
    assert _guarded("以上3位合计7项，平均每位2.3项。", experts)[1] == []
    assert _guarded("以上3位合计7项，平均每位3.5项。", experts)[1]
    answer = describe_group(experts, "awards", "这几位的平均获奖数是多少")
    assert "平均每位2.3项" in answer and _guarded(answer, experts) == (answer, [])


def _talk() -> Conversation:
    first = [SHEN, LI, WANG]
    return Conversation(last=list(first), shown=list(first), problem="注塑件翘曲", batches=[first])


def test_more_from_other_institutions_leaves_out_the_places_shown():
    for turn in ("换一批但不要同一个单位的", "再推荐几位其他单位的", "Give me more, but from different institutions"):
        intent = resolve(turn, _talk())
        assert intent.kind == "more", turn
        assert sorted(r.text for r in intent.without) == ["华中科技大学", "四川大学", "郑州大学"], turn
    assert resolve("第一位是哪个单位的？", _talk()).kind == "about"  # a question about a place is no such wish


def test_an_earlier_list_of_the_problem_is_shown_again():
    conversation = _talk()
    second = [ExpertMatch(id="d", name="瞿金平", score=0.6)]
    conversation.batches.append(second)
    intent = resolve("回到刚才第一批", conversation)
    assert intent.kind == "list" and intent.batch == 1 and list(intent.experts) == [SHEN, LI, WANG]
    assert resolve("Go back to the first batch", conversation).batch == 1
    intent = resolve("还是上一批吧", dataclasses.replace(conversation, batches=[*conversation.batches, [WANG]]))
    assert intent.batch == 2 and list(intent.experts) == second
    assert resolve("换一批", conversation).kind == "more"  # another list, not an earlier one


def test_a_conversation_keeps_its_lists_and_leaves_out_the_places_shown(answerer):
    """On the demo graph: more from other institutions shows nobody at a place shown; 回到刚才第一批 shows the first
    list again and 第二位 then means its second expert."""
    conversation = Conversation()
    first = answerer.answer("注塑件翘曲变形，良品率低，请推荐专家", conversation).experts
    assert first
    places = {e.institution for e in first if e.institution}
    more = answerer.answer("换一批但不要同一个单位的", conversation)
    assert more.experts and not {e.institution for e in more.experts} & places
    assert not {e.id for e in more.experts} & {e.id for e in first}
    again = answerer.answer("回到刚才第一批", conversation)
    assert [e.id for e in again.experts] == [e.id for e in first] and again.text.startswith("第1批")
    if len(first) >= 2:
        about = answerer.answer("第二位是哪个单位的？", conversation)
        assert [e.id for e in about.experts] == [first[1].id]


def _with_bio(expert: ExpertMatch, bio: str, question: str) -> ExpertMatch:
    """The expert with the biography sentences on the award the question asks about cited, as the answerer cites them."""
    from generation import biography
    from generation.grounded import asked_awards, award_forms

    forms = {f for a in asked_awards(question) for f in award_forms(a)}
    return biography.cited(expert, bio, (biography.award_topic(forms),))


def test_a_year_or_number_the_biography_states_is_quoted_not_denied():
    """沈国荣's record holds one 国家技术发明奖二等奖 (1990); his biography: 1990年和1992年获“国家发明二等奖”2项 —
    the system said 不是 to both 1992 and 两项. A number the biography does not state is still denied."""
    shen = ExpertMatch(id="s", name="沈国荣", score=0.5, awards=[AwardFact(name="国家技术发明奖二等奖", year=1990)])
    bio = "沈国荣，继电保护专家。1990年和1992年获“国家发明二等奖”2项。1999年当选为中国工程院院士。"
    for question in ("沈国荣1992年获得过国家技术发明奖二等奖吗？", "沈国荣获得过两项国家技术发明二等奖，是吧？"):
        answer = describe_attribute(_with_bio(shen, bio, question), "awards", question)
        assert not answer.startswith("不是") and ("简介中有关的内容见下" in answer or "原文见下" in answer), answer
    zhai = ExpertMatch(id="z", name="翟婉明", score=0.5, awards=[AwardFact(name="国家科学技术进步奖一等奖")])
    question = "翟婉明获得过三次国家科技进步一等奖，对吧？"
    answer = describe_attribute(_with_bio(zhai, "曾获国家科技进步一等奖、二等奖及长江学者成就奖。", question),
                                "awards", question)
    assert answer.startswith("不是。"), answer  # the biography names it but counts nothing
    # two years said, one of them not the record's: the number first (it was 是。 for the year held)
    wu = ExpertMatch(id="w", name="吴孟超", score=0.5, awards=[AwardFact(name="国家最高科学技术奖", year=2005)])
    assert describe_attribute(wu, "awards", "吴孟超获得过国家最高科学技术奖两次吧，一次2005年一次2012年？").startswith("不是。")


def test_awards_asked_of_no_kind_are_no_award_to_look_for():
    from generation.grounded import asked_awards

    for question in ("吴一戎院士的单位、当选时间和主要奖项？", "请给出他获得的所有奖项及对应年份"):
        assert asked_awards(question) == [], question
        assert not describe_attribute(WANG, "awards", question).startswith("知识图谱记录的王琪获奖中，没有")
    assert asked_awards("他获得过两项国家技术发明奖吗") == ["国家技术发明奖"]
    assert asked_awards("第一位获得过5次国家科技进步奖吧？") == ["国家科技进步奖"]


def test_the_biography_reader_knows_more_spellings_of_the_national_awards():
    from kg.importers.bio_extraction import extract_facts

    names = extract_facts("获2002年、2007年国家科学进步二等奖、2010年国家自然科学二等奖。").award_years()
    assert set(names) == {"国家科学技术进步奖二等奖", "国家自然科学奖二等奖"}  # (国家科学进步 was not read)
    assert names["国家自然科学奖二等奖"] == [2010] and names["国家科学技术进步奖二等奖"] == [2002, 2007]
