"""Rewrites of a list shown (rt9: letters, e-mails, translations and one-sentence summaries all repeated the list):
a letter to the company's reader, an invitation to one expert, a one-sentence summary — every fact from the records,
kept whole by the guard, and what the graph does not hold (contact details) said to be found elsewhere."""

from __future__ import annotations

import pytest

from generation.conversation import Conversation, resolve
from generation.grounded import describe_brief, describe_invitation, describe_letter
from generation.grounded_en import describe_brief_en, describe_invitation_en, describe_letter_en
from generation.grounding import check_answer
from retrieval.models import AwardFact, ExpertMatch

SHOWN = [ExpertMatch(id="a", name="申长雨", score=0.9, institution="郑州大学", title="中国科学院院士",
                     directions=["塑料成型", "模具技术"], reasons=["研究方向「塑料成型」与问题直接相关"],
                     awards=[AwardFact(name="中国科学院院士", year=2009)]),
         ExpertMatch(id="b", name="李德群", score=0.8, institution="华中科技大学", title="中国工程院院士",
                     directions=["塑料注射成形模拟", "智能型塑料注射机"], reasons=["研究方向「智能型塑料注射机」与问题有关"]),
         ExpertMatch(id="c", name="王琪", score=0.7, institution="四川大学", directions=["塑料加工新装备新技术新原理"])]


def _shown() -> Conversation:
    return Conversation(problem="注塑件翘曲", last=list(SHOWN), shown=list(SHOWN))


@pytest.mark.parametrize(("turn", "letter", "names"), [
    ("请把推荐结果写成一封给总经理的推荐信", "总经理", ["申长雨", "李德群", "王琪"]),
    ("帮我写一封邮件给老板，汇报这几位专家", "老板", ["申长雨", "李德群", "王琪"]),
    ("Draft a letter to my boss about these experts", "boss", ["申长雨", "李德群", "王琪"]),
    ("给第一位专家写一封邀请邮件", "expert", ["申长雨"]),
    ("给第二位写封邀请函", "expert", ["李德群"]),
])
def test_a_letter_request_is_read_with_its_reader(turn, letter, names):
    intent = resolve(turn, _shown())
    assert intent.kind == "list" and intent.letter == letter and [e.name for e in intent.experts] == names, intent
    assert not resolve("以第二位专家的口吻写一封推荐信", _shown()).letter  # in an expert's voice: never


@pytest.mark.parametrize("turn", ["用一句话总结一下", "简要概括一下他们", "Summarize them in one sentence."])
def test_a_one_sentence_summary_is_asked(turn):
    intent = resolve(turn, _shown())
    assert intent.kind == "list" and intent.summary and intent.brief, intent


def test_the_drafts_hold_only_recorded_facts_and_say_what_is_not_recorded():
    for text, experts in ((describe_letter("总经理", SHOWN), SHOWN), (describe_letter_en("boss", SHOWN), SHOWN),
                          (describe_invitation(SHOWN[0]), SHOWN[:1]), (describe_invitation_en(SHOWN[0]), SHOWN[:1]),
                          (describe_brief(SHOWN), SHOWN), (describe_brief_en(SHOWN), SHOWN)):
        shown, report = check_answer(text, experts)
        assert shown == text and report.dropped == [], (text, report.dropped)
        assert all(e.name in text for e in experts)
    assert "尊敬的总经理" in describe_letter("总经理", SHOWN) and "联系方式" in describe_letter("总经理", SHOWN)
    invitation = describe_invitation(SHOWN[0])
    assert "尊敬的申长雨院士" in invitation and "研究方向包括塑料成型" in invitation and "没有记录" in invitation
    assert "尊敬的王琪老师" in describe_invitation(SHOWN[2])  # no seat recorded: no 院士
    brief = describe_brief(SHOWN)
    assert brief.count("。") == 1 and "智能型塑料注射机" in brief  # the direction its reason names


def test_an_invitation_to_a_named_expert_or_the_nth_one_in_english():
    """给翟婉明写一封邀请邮件 was refused (no e-mail address recorded); "Write an invitation e-mail to the first one"
    gave a letter about all three (rt11)."""
    assert resolve("给翟婉明写一封邀请邮件，邀请他来我们公司做报告", Conversation()).letter == "expert"
    intent = resolve("Write an invitation e-mail to the first one.", _shown())
    assert intent.letter == "expert" and [e.name for e in intent.experts] == ["申长雨"]
    assert resolve("Write a recommendation letter to our general manager.", _shown()).letter == "manager"
    for expert in SHOWN:
        text = describe_invitation(expert)
        assert check_answer(text, [expert])[1].dropped == [], text


def test_words_that_only_look_like_a_letter_ask_for_none():
    for turn in ("写出他们的信息", "帮我写一份技术报告"):
        assert not resolve(turn, _shown()).letter, turn
