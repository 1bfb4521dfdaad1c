"""Yes/no questions about an expert's awards that the record answers only in part (rt16): an award asked with its grade
of a record without one (孙家广获得过国家科学技术进步奖一等奖吗？ was answered 是), two awards asked together of which
one is held (…特等奖和诺贝尔奖吗？ was 是), a category asked of a prize recorded without it (何梁何利基金科学与技术成就奖),
and an order asked of those shown (这几个人中谁当选中国科学院院士最早？ named all three)."""

from __future__ import annotations

import pytest

from generation.grounded import asked_awards, describe_attribute, ungraded_held, _group_verdict
from generation.grounded_en import describe_attribute_en
from generation.grounding import check_answer
from retrieval.models import AwardFact, ExpertMatch

SUN = ExpertMatch(id="a", name="孙家广", score=1.0, awards=[AwardFact(name="中国工程院院士", year=1999),
                                                          AwardFact(name="国家科学技术进步奖")])
MA = ExpertMatch(id="b", name="马伟明", score=1.0, awards=[AwardFact(name="国家科学技术进步奖"),
                                                         AwardFact(name="国家科学技术进步奖一等奖"),
                                                         AwardFact(name="国家科学技术进步奖二等奖")])
LI = ExpertMatch(id="c", name="黎介寿", score=1.0, awards=[AwardFact(name="何梁何利基金奖")])
JIA = ExpertMatch(id="d", name="孙家栋", score=1.0, awards=[AwardFact(name="国家科学技术进步奖特等奖", year=1985),
                                                          AwardFact(name="中国科学院院士", year=1991)])


@pytest.mark.parametrize(("expert", "question"), [
    (SUN, "孙家广获得过国家科学技术进步奖一等奖吗？"),
    (MA, "马伟明获得过国家科学技术进步奖三等奖吗？"),
    (LI, "黎介寿获得过何梁何利基金科学与技术成就奖吗？"),
    (JIA, "孙家栋获得过国家科学技术进步奖特等奖和诺贝尔奖吗？"),
])
def test_an_award_the_record_does_not_establish_is_not_confirmed(expert, question):
    text = describe_attribute(expert, "awards", question)
    assert not text.startswith("是"), text
    kept, report = check_answer(text, [expert], current=0, given=question)
    assert report.dropped == [], report.dropped


def test_an_ungraded_record_is_said_to_lack_the_grade_and_a_graded_one_still_answers():
    text = describe_attribute(SUN, "awards", "孙家广获得过国家科学技术进步奖一等奖吗？")
    assert "没有记录等级" in text and "国家科学技术进步奖" in text, text
    assert ungraded_held(SUN, "孙家广获得过国家科学技术进步奖吗？") == []  # no grade asked: the record holds it
    assert describe_attribute(SUN, "awards", "孙家广获得过国家科学技术进步奖吗？").startswith("是")
    assert describe_attribute(MA, "awards", "马伟明获得过国家科学技术进步奖一等奖吗？").startswith("是")
    english = describe_attribute_en(SUN, "awards", "Has he won the first prize of the National Science and Technology "
                                                   "Progress Award?")
    assert "without its grade" in english and not english.startswith("Yes"), english


def test_two_awards_asked_together_say_which_is_held():
    assert asked_awards("孙家栋获得过国家科学技术进步奖特等奖和诺贝尔奖吗？") == ["国家科学技术进步奖特等奖", "诺贝尔奖"]
    text = describe_attribute(JIA, "awards", "孙家栋获得过国家科学技术进步奖特等奖和诺贝尔奖吗？")
    assert text.startswith("您问到的奖项中，知识图谱记录的孙家栋获得过国家科学技术进步奖特等奖（1985年）；另一项没有记录"), text


def test_an_order_asked_of_those_shown_is_no_list_of_holders():
    group = [ExpertMatch(id=str(i), name=n, score=1.0, awards=[AwardFact(name="中国科学院院士", year=y)])
             for i, (n, y) in enumerate([("吴良镛", 1980), ("赵忠贤", 1991), ("孙家栋", 1991)])]
    assert _group_verdict(group, "awards", "这几个人中谁当选中国科学院院士最早？") == ""
    assert _group_verdict(group, "awards", "他们谁是中国科学院院士？").startswith("按知识图谱的记录，吴良镛、赵忠贤、孙家栋")
    assert "孙家栋" in _group_verdict(group[:1] + [group[2].model_copy(update={"awards": [
        AwardFact(name="国家最高科学技术奖", year=2009)]})], "awards", "他们谁获得过国家最高科学技术奖？")


def test_a_person_the_graph_lacks_asked_about_after_a_list_is_said_absent(demo_graph):
    """任正非是院士吗？能推荐他吗？ after a recommendation was answered 是 with the record of the expert in focus (rt16)."""
    from generation.answerer import ExpertAnswerer
    from generation.conversation import Conversation
    from generation.grounded import ABSENT_ONLY
    from retrieval.sync import open_retriever

    settings, store, embedder, _ = demo_graph
    answerer, conversation = ExpertAnswerer(open_retriever(store, embedder, settings.index_dir, settings.graph_id)), \
        Conversation()
    shown = answerer.answer("注塑件翘曲变形怎么解决", conversation).experts
    assert shown
    answer = answerer.answer("任正非是院士吗？能推荐他吗？", conversation)
    assert answer.text == ABSENT_ONLY and answer.experts == [], answer.text


def test_an_award_in_a_biography_is_named_by_one_award_not_the_words_of_two():
    """其中获得过国家自然科学奖一等奖的有几位？ said 曾庆存 had, from 获国家自然科学奖二等奖2项和中国科学院自然科学奖一等奖5项."""
    from generation.biography import names_award

    assert not names_award("获国家自然科学奖二等奖2项和中国科学院自然科学奖一等奖5项", {"国家自然科学奖一等奖"})
    assert names_award("1990年获国家自然科学一等奖", {"国家自然科学奖一等奖"})


@pytest.mark.parametrize(("text", "year"), [("科技部S863专家顾问委员会委员(1998-2002)。", None), ("张三（1932-12-）", "1932"),
                                            ("王选（1937-2006），计算机专家", "1937"), ("1936年10月生于南京", "1936")])
def test_a_term_of_office_in_brackets_is_no_birth_year(text, year):
    """刘鸿亮 was called the youngest from 委员(1998-2002) (rt18)."""
    from generation.biography import _BORN, _dated

    assert _dated(_BORN, [text]) == year


def test_a_word_read_across_two_words_is_no_shared_term():
    """A geologist was recommended for neurosurgery with 关键词：外科, read in 全国野外科技工作者 (rt16)."""
    from retrieval.lexical import matched_terms

    assert matched_terms("神经外科方面的专家", "全国野外科技工作者") == []
    assert matched_terms("神经外科方面的专家", "从事神经外科临床工作") == ["神经外科"]
    assert matched_terms("锂电池热失控", "研究动力电池安全") == ["电池"]  # inside a word: kept
    assert matched_terms("注塑成型翘曲", "注塑成型机设计") == ["注塑成型"]


def test_a_seat_asked_of_the_expert_in_focus_does_not_switch_to_a_namesake():
    """胡文瑞是中国科学院院士吗？ about the oil-field 胡文瑞 was answered 是 with the other 胡文瑞's seat (rt16)."""
    from generation.grounded import other_orgs, without_seats

    oil = ExpertMatch(id="h1", name="胡文瑞", score=1.0, awards=[AwardFact(name="中国工程院院士", year=2011)])
    assert without_seats("胡文瑞是中国科学院院士吗？") == "胡文瑞是院士吗？"
    assert not other_orgs(oil.model_copy(update={"institution": "中国石油天然气集团公司"}), without_seats("胡文瑞是中国科学院院士吗？"))


def test_him_after_a_person_the_graph_lacks_is_that_person(demo_graph):
    """任正非是院士吗？ then 他获得过…吗？ was answered of an unrelated expert shown for reference (rt19)."""
    from generation.answerer import ExpertAnswerer
    from generation.conversation import Conversation
    from generation.grounded import ABSENT_FIRST, ABSENT_ONLY
    from retrieval.sync import open_retriever

    settings, store, embedder, _ = demo_graph
    answerer, conversation = ExpertAnswerer(open_retriever(store, embedder, settings.index_dir, settings.graph_id)), \
        Conversation()
    first = answerer.answer("马化腾是院士吗？", conversation)
    assert conversation.absent, first.text
    answer = answerer.answer("他获得过国家科学技术进步奖一等奖吗？", conversation)
    assert answer.text.startswith(ABSENT_FIRST) and answer.experts == [], answer.text  # (no list was shown to keep)
    conversation = Conversation()
    answerer.answer("焊接变形怎么控制？", conversation)
    answerer.answer("马化腾是院士吗？", conversation)
    answer = answerer.answer("他获得过国家科学技术进步奖一等奖吗？", conversation)
    assert answer.text == ABSENT_ONLY and answer.experts == [], answer.text  # the list shown stays


def test_the_young_scientists_funds_are_asked_by_their_short_names():
    """他获得过杰青吗？ / 他是国家杰青吗？ / 优青: the funds as the graph writes them (it answered with the list alone)."""
    from generation.grounded import asked_awards
    from retrieval.requirements import award_spelling

    for question, fund in (("他获得过杰青吗？", "国家杰出青年科学基金"), ("他是国家杰青吗？", "国家杰出青年科学基金"),
                           ("他获得过优青吗？", "国家优秀青年科学基金")):
        assert [award_spelling(a) for a in asked_awards(question)] == [fund]
    assert asked_awards("他是杰出青年科学家吗？") == []
    assert asked_awards("他评上过长江学者吗？") == ["长江学者"] and asked_awards("他入选过杰青吗？") == ["杰青"]


def test_a_question_about_an_honour_asks_about_the_awards():
    """他获得过长江学者吗？ is about his awards (it was answered with his whole card, then the verdict)."""
    from generation.conversation import asked_attribute

    for question in ("他获得过长江学者吗？", "他评上过长江学者吗？", "他是长江学者吗？", "他是杰青吗？"):
        assert asked_attribute(question) == "awards"
