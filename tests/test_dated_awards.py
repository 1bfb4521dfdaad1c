"""An award asked of the shown experts with a year (他们谁在2010年获得过国家科技进步奖？ "Which of them won it in
2010?") is met only by a record dated in it; one recorded without a year is said to be unchecked, not counted."""

from __future__ import annotations

from generation.conversation import Conversation, resolve
from generation.grounded import describe_among, describe_group
from generation.grounded_en import describe_among_en
from generation.grounding import check_answer
from generation.year_spans import award_years
from retrieval.models import AwardFact, ExpertMatch, Requirement

SHEN = ExpertMatch(id="a", name="申长雨", score=0.9, institution="郑州大学", directions=["塑料成型"],
                   awards=[AwardFact(name="中国科学院院士", year=2009), AwardFact(name="国家科学技术进步奖二等奖")])
LI = ExpertMatch(id="b", name="李德群", score=0.8, institution="华中科技大学", directions=["塑料注射成形模拟"],
                 awards=[AwardFact(name="中国工程院院士", year=2015), AwardFact(name="国家自然科学奖二等奖", year=2010)])
WANG = ExpertMatch(id="c", name="王琪", score=0.7, institution="四川大学", directions=["塑料加工"],
                   awards=[AwardFact(name="中国工程院院士", year=2017), AwardFact(name="国家技术发明奖二等奖")])
SHOWN = [SHEN, LI, WANG]


def _shown_list() -> Conversation:
    return Conversation(problem="注塑件翘曲", last=list(SHOWN), shown=list(SHOWN))


def test_the_years_of_an_award_question():
    assert award_years("他们谁在2010年获得过国家科学技术进步奖？") == (2010, 2010)
    assert award_years("Which of them won the National Natural Science Award in 2012?") == (2012, 2012)
    assert award_years("2005年到2015年获得过国家奖的有谁？") == (2005, 2015)
    assert award_years("他们谁获得过国家科学技术进步奖？") is None
    assert award_years("2002年和2007年获得过的是谁？") is None  # two years: no one year asked


def test_a_dated_requirement_is_met_only_by_a_record_of_that_year():
    natural = Requirement(kind="award", text="国家自然科学奖", years=(2010, 2010))
    assert natural.met(LI) and not natural.met(SHEN)
    assert not natural.model_copy(update={"years": (2012, 2012)}).met(LI)
    progress = Requirement(kind="award", text="国家科学技术进步奖", years=(2010, 2010))
    assert not progress.met(SHEN)  # held, but the record has no year
    assert progress.model_copy(update={"years": None}).met(SHEN)


def test_an_english_question_of_a_year_counts_only_the_dated_holders():
    for question, holders in (("Which of them won the National Natural Science Award in 2010?", ["李德群"]),
                              ("Which of them won the National Natural Science Award in 2012?", []),
                              ("Which of them won the National Science and Technology Progress Award in 2010?", [])):
        intent = resolve(question, _shown_list())
        assert intent.kind == "list" and intent.among, (question, intent)
        assert all(r.years is not None for r in intent.among if r.kind == "award")
        answer = describe_among_en(list(SHOWN), intent.among)
        first = answer.splitlines()[0]
        assert all(name in first for name in holders) and (holders or first.startswith("By the graph's records, none of")), answer
        shown, report = check_answer(answer, list(SHOWN))
        assert shown == answer and not report.dropped, (answer, report.dropped)
    answer = describe_among_en(list(SHOWN), resolve(
        "Which of them won the National Science and Technology Progress Award in 2010?", _shown_list()).among)
    assert "without a year for 申长雨" in answer  # held, undated: said, not counted either way


def test_a_chinese_question_of_a_year_names_only_the_dated_holders():
    answer = describe_group(list(SHOWN), "awards", "他们谁在2010年获得过国家科学技术进步奖？")
    verdict = answer.splitlines()[0]
    assert "都没有" in verdict and "申长雨的这一项获奖没有记录年份" in verdict, answer
    answer = describe_group(list(SHOWN), "awards", "哪位2010年获得过国家自然科学奖？")
    assert answer.splitlines()[0].endswith("李德群。"), answer
    for text in (answer, describe_among(list(SHOWN), (Requirement(kind="award", text="国家科学技术进步奖",
                                                                    years=(2010, 2010)),))):
        shown, report = check_answer(text, list(SHOWN))
        assert shown == text and not report.dropped, (text, report.dropped)
