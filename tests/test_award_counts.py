"""Who of those shown holds the most awards (谁获奖最多？ 谁的国家级奖项最多？ "Who has the most awards?"): said from the
records' counts, ties as ties, the national science prizes alone when asked; the guard checks such sentences."""

from __future__ import annotations

import pytest

from generation.comparisons import national_awards
from generation.conversation import Conversation
from generation.grounding import check_answer
from retrieval.models import NATIONAL_AWARDS

PROBLEMS = ["注塑件翘曲变形", "焊接裂纹", "锂电池热失控", "高炉炼铁能耗高", "污水处理膜污染"]


def _leaders(experts, national: bool) -> list[str]:
    scores = [national_awards(e) if national else len(e.awards) for e in experts]
    return [e.name for e, n in zip(experts, scores) if n == max(scores)]


@pytest.mark.parametrize("problem", PROBLEMS)
def test_who_holds_the_most_awards_is_said_from_the_records(answerer, problem):
    conversation = Conversation()
    shown = answerer.answer(f"{problem}，请推荐专家", conversation).experts
    assert len(shown) >= 2
    for question, national in (("谁获奖最多？", False), ("他们谁的国家级奖项最多？", True)):
        answer = answerer.answer(question, conversation)
        verdict = answer.text.split("\n", 1)[0]
        leaders = _leaders(shown, national)
        assert answer.grounding.dropped == [], (question, answer.text, answer.grounding.dropped)
        if national and not any(national_awards(e) for e in shown):
            assert verdict == "知识图谱中没有他们获得国家级奖项的记录。"
            continue
        # (the structured records, when a biography's honours are quoted beside them, uncounted)
        assert verdict.startswith("按知识图谱的记录，") or verdict.startswith("按知识图谱的结构化获奖记录，") and \
            verdict.endswith("（简介中写到的其他荣誉见下，未计入）。") and not national and "简介写道" in answer.text
        if len(leaders) == len(shown):
            assert "一样多" in verdict and all(n in verdict for n in leaders)
        else:
            assert all(n in verdict for n in leaders) and not any(e.name in verdict for e in shown if e.name not in leaders)
            assert ("并列" in verdict) is (len(leaders) > 1 and len(shown) > 2 or national and len(leaders) > 1)


def test_who_holds_the_fewest_is_not_answered_with_the_most(answerer):
    """谁获奖最少？ / "Who has the fewest awards?" of three or more: those at the fewest (it named the one with the most)."""
    ran = 0
    for problem, question in (("注塑件翘曲变形，请推荐专家", "谁获奖最少？"),
                              ("Injection moulding parts warp badly, please recommend experts", "Who has the fewest awards?")):
        conversation = Conversation()
        shown = answerer.answer(problem, conversation).experts
        counts = [len(e.awards) for e in shown]
        if len(shown) < 3 or min(counts) == max(counts):
            continue
        verdict = answerer.answer(question, conversation).text.split("\n", 1)[0]
        fewest = [e.name for e, n in zip(shown, counts) if n == min(counts)]
        assert all(n in verdict for n in fewest) and not any(e.name in verdict for e in shown if e.name not in fewest)
        ran += 1
    assert ran


def test_the_english_question_gets_the_same_count(answerer):
    conversation = Conversation()
    shown = answerer.answer("Injection moulding parts warp badly, please recommend experts", conversation).experts
    for question, national in (("Who has the most awards?", False), ("Which of them has the most national awards?", True)):
        verdict = answerer.answer(question, conversation).text.split("\n", 1)[0]
        leaders = _leaders(shown, national)
        assert verdict.startswith("According to the graph's records") or verdict.startswith(
            "According to the graph's structured award records") and verdict.endswith("are not counted).") and not national
        if len(leaders) < len(shown) and (not national or any(national_awards(e) for e in shown)):
            assert all(n in verdict for n in leaders) and not any(e.name in verdict for e in shown if e.name not in leaders)


def test_the_guard_checks_who_holds_the_most_and_a_national_prize(answerer):
    experts = answerer.answer("注塑件翘曲变形，请推荐专家", Conversation()).experts
    counts = [len(e.awards) for e in experts]
    fewest = experts[counts.index(min(counts))]
    if counts.count(max(counts)) == 1 and min(counts) < max(counts):
        assert check_answer(f"按知识图谱的记录，{fewest.name}获奖最多。", experts)[1].dropped
    without = [e for e in experts if not national_awards(e)]
    with_one = [e for e in experts if national_awards(e)]
    for e in without:
        assert check_answer(f"{e.name}获得过国家级奖项。", experts)[1].dropped
        assert check_answer(f"按知识图谱的记录，{e.name}的国家级奖项最多。", experts)[1].dropped
    for e in with_one:
        assert not check_answer(f"{e.name}获得过国家级奖项。", experts)[1].dropped
    assert NATIONAL_AWARDS[0].startswith("国家")
    assert without or with_one


def test_how_many_times_one_award_was_won_is_counted_from_its_years():
    """他获得过几次国家自然科学奖二等奖？ of an award recorded with three years (one record each): 3次, which the guard
    accepts; a wrong count is dropped."""
    from generation.grounded import describe_attribute
    from retrieval.models import AwardFact, ExpertMatch

    feng = ExpertMatch(id="fd", name="冯端", score=1.0, awards=[
        AwardFact(name="国家自然科学奖二等奖", year=y) for y in (2004, 2003, 1982)] + [
        AwardFact(name="中国科学院院士", year=1980)])
    text = describe_attribute(feng, "awards", "他获得过几次国家自然科学奖二等奖？")
    assert text.startswith("按知识图谱的记录，冯端3次获得国家自然科学奖二等奖。")
    assert check_answer(text, [feng])[1].dropped == []
    assert check_answer("按知识图谱的记录，冯端2次获得国家自然科学奖二等奖。", [feng])[1].dropped
    assert describe_attribute(feng, "awards", "他获得过几次国家技术发明奖？").startswith("知识图谱记录的冯端获奖中，没有")


def test_a_false_absence_of_a_record_is_dropped(answerer):
    """知识图谱中没有X的获奖记录 / 没有X获得Y的记录 / 没有他们获得国家级奖项的记录: true of records that lack it, dropped
    of records that hold it (a model could deny a recorded award that way, and the guard let it pass)."""
    experts = answerer.answer("注塑件翘曲变形，请推荐专家", Conversation()).experts
    for e in experts:
        said = f"知识图谱中没有{e.name}的获奖记录。"
        assert bool(check_answer(said, experts)[1].dropped) is bool(e.awards)
        for a in e.awards:
            assert check_answer(f"知识图谱中没有{e.name}获得{a.name}的记录。", experts)[1].dropped
        assert not check_answer(f"知识图谱中没有{e.name}获得诺贝尔奖的记录。", experts)[1].dropped
    said = "知识图谱中没有他们获得国家级奖项的记录。"
    assert bool(check_answer(said, experts)[1].dropped) is any(national_awards(e) for e in experts)
    for e in experts:  # the institution and the directions alike
        assert bool(check_answer(f"知识图谱中没有{e.name}的单位信息。", experts)[1].dropped) is bool(e.institution)
        assert bool(check_answer(f"知识图谱中没有{e.name}的研究方向记录。", experts)[1].dropped) is bool(e.directions)
