"""The offline composer answers a problem written in English in English (generation/grounded_en.py), around the
graph's own words, and the guard keeps every sentence of it; a Chinese problem is answered as before."""

from __future__ import annotations

import re

import pytest

from generation.conversation import Conversation
from generation.grounded_en import is_english, reason_en
from retrieval.models import ExpertMatch


def test_an_english_problem_gets_an_english_answer_with_the_graphs_facts_and_nothing_dropped(answerer):
    conversation = Conversation()
    answer = answerer.answer("Our injection-moulded parts warp after cooling and the scrap rate is high. "
                             "Please recommend experts.", conversation)
    assert answer.experts and answer.grounding.dropped == []
    assert answer.text.startswith(("Based on the expert knowledge graph", "The following experts"))
    for n, expert in enumerate(answer.experts, 1):  # each expert's facts as the graph writes them
        # the name in pinyin for an English reader, then as the graph writes it (1. Chen Jie 陈洁 (中南大学, …))
        assert re.search(rf"^{n}\. [A-Z][a-z]+ [A-Z][a-z']+ {expert.name} \(", answer.text, re.MULTILINE)
        assert all(d in answer.text for d in expert.directions)
        assert expert.institution is None or expert.institution in answer.text
    assert "推荐理由" not in answer.text and "研究方向：" not in answer.text
    more = answerer.answer("Who else?", conversation)
    assert more.text.startswith(("You could also consider", "All the experts")) and more.grounding.dropped == []
    assert not {e.id for e in more.experts} & {e.id for e in answer.experts}


def test_a_chinese_problem_is_still_answered_in_chinese(answerer):
    answer = answerer.answer("注塑件翘曲变形，良品率低，请推荐专家")
    assert answer.text.startswith(("针对您提出的问题", "以下")) and "Research directions" not in answer.text


@pytest.mark.parametrize("problem", ["注塑件翘曲变形，良品率低", "请推荐浙江大学的焊接裂纹专家", "请推荐王伟", "订机票",
                                     "Our welds crack in the heat-affected zone."])
def test_every_reason_the_retriever_gives_has_its_english(answerer, problem):
    """The English answer translates the retriever's Chinese reasons by their wording: a reason whose wording changed
    in retrieval/presentation.py would stay Chinese in an English answer, so every reason given must be known."""
    reasons = {r for e in answerer.retriever.match(problem, top_k=10).experts for r in e.reasons}
    assert reasons and all(reason_en(r) != r for r in reasons), [r for r in reasons if reason_en(r) == r]


def test_the_requirement_notes_of_an_english_problem_are_english(answerer):
    answer = answerer.answer("Injection-moulded parts warp. We need an academician who has won the Nobel Prize.")
    assert "Among the experts most closely related to the problem, the expert knowledge graph holds none with the" in answer.text
    assert "知识图谱" not in answer.text and answer.grounding.dropped == []


@pytest.mark.parametrize(("reason", "english"), [
    ("研究方向「注塑模具设计」与问题直接相关", "the research direction 「注塑模具设计」 bears directly on your problem"),
    ("专家资料中也出现了问题里的关键词：注塑、翘曲", "the expert's record also holds the graph's Chinese terms for your problem: 「注塑、翘曲」"),
    ("符合您提出的要求：中国工程院院士、单位为清华大学", "meets what you asked: 中国工程院院士, works at 清华大学"),
    ("与问题的关联较弱，仅供参考", "only weakly related to your problem, for reference"),
    ("一条新的理由", "一条新的理由"),  # a reason of another form stays as it is
])
def test_reasons_read_in_english_around_the_graphs_words(reason, english):
    assert reason_en(reason) == english


def test_the_language_is_the_messages():
    assert is_english("Our parts warp after cooling.") and not is_english("注塑件翘曲变形，PP材料")


@pytest.mark.parametrize(("message", "start"), [
    ("Hello", "Hello! I recommend experts"), ("Thanks!", "You're welcome."),
    ("What is his phone number?", "The expert knowledge graph holds no contact details"),
    ("你好", "您好！"),
])
def test_small_talk_is_answered_in_the_messages_language(answerer, message, start):
    answer = answerer.answer(message)
    assert answer.text.startswith(start) and not answer.experts


def test_english_follow_ups_are_answered_in_english_with_the_records_verdicts(answerer):
    """Follow-ups asked in English get English answers around the graph's words, with the verdicts a Chinese
    follow-up gets (an award, a year, an institution or a topic the record does not hold is answered no, without
    repeating it), and the guard keeps every sentence."""
    from generation.grounded import achievement

    conversation = Conversation()
    shown = answerer.answer("Our injection-moulded parts warp after cooling. Please recommend experts.",
                            conversation).experts
    lead = shown[0]
    answers = []

    def ask(question: str) -> str:
        answers.append(answerer.answer(question, conversation))
        return answers[-1].text

    awards = ask("What awards has the first one won?")
    assert answers[-1].experts == [lead]
    assert all(achievement(a) in awards for a in lead.awards) if lead.awards else "holds no awards of" in awards
    nobel = ask("Has he won the Nobel Prize?")
    assert nobel.startswith("None of the awards the graph records") if lead.awards else "holds no awards" in nobel
    assert "Nobel" not in nobel
    dated = [a for a in lead.awards if a.year]
    if dated:
        assert ask(f"Did he receive that award in {dated[0].year}?").startswith("Yes.")
        unrecorded = next(y for y in range(1950, 2030) if all(a.year != y for a in dated))
        assert ask(f"Did he win an award in {unrecorded}?").startswith("No, not in the year you ask.")
    where = ask("Where does he work?")
    assert where.startswith(f"{lead.name} works at {lead.institution}") if lead.institution else "holds no" in where
    if lead.institution and "清华" not in lead.institution:
        assert ask("Is he at Tsinghua University?").startswith("No.")
    if answerer.similarity is not None:  # topics are read by meaning with the index's USE embedder
        assert ask("Does he work on cardiac surgery and heart transplantation?").startswith("The graph does not confirm it")
    assert ask("Which one is best?").startswith("The expert knowledge graph does not rank experts")
    assert ask("Do the first and second work at the same institution?").startswith(("Yes.", "No.", "The graph holds no"))
    assert ask("What is his phone number?").startswith(f"The expert knowledge graph does not record {lead.name}'s contact details")
    assert ask("Tell me about the ninth one").startswith("The experts just recommended are")
    assert ask("What can you do?").startswith("Hello! I recommend experts")
    for answer in answers:
        assert answer.grounding.dropped == [] and "知识图谱" not in answer.text and "获得过" not in answer.text


def test_an_english_topic_follow_up_is_yes_when_the_record_holds_it(answerer):
    """"Does he work on X?" with X one of the expert's directions said in English: yes, naming the recorded direction;
    a topic none of them is near (welding, for a mould designer): no."""
    if answerer.similarity is None:
        pytest.skip("topics are read by meaning with a USE embedder only")
    conversation = Conversation()
    lead = answerer.answer("Injection mould design for thin-walled plastic parts: which experts can help?",
                           conversation).experts[0]
    mould = [d for d in lead.directions if "注塑模具设计" in d]
    if not mould or any("焊" in d for d in lead.directions):
        pytest.skip("the demo graph's first match is no mould designer")
    yes = answerer.answer("Does the first one work on injection mould design?", conversation)
    assert yes.experts == [lead] and yes.text.startswith("Yes: of the research directions") and mould[0] in yes.text
    no = answerer.answer("Does he work on welding?", conversation)
    assert no.experts == [lead] and no.text.startswith("The graph does not confirm it: by an automatic comparison across languages, none of the research directions")
    assert yes.grounding.dropped == [] and no.grounding.dropped == []


def test_the_language_asked_for_is_the_answers_for_the_rest_of_the_conversation(answerer):
    """"Please answer in Chinese" before an English problem gets Chinese, "请用英文回答" before a Chinese one English,
    and later turns keep that language; the request itself is not matched as part of the problem."""
    conversation = Conversation()
    chinese = answerer.answer("Please answer in Chinese: our injection-moulded parts warp after cooling.", conversation)
    assert chinese.text.startswith(("针对您提出的问题", "以下")) and chinese.experts
    assert answerer.answer("Who else?", conversation).text.startswith(("还可以考虑以下", "知识图谱中与该问题相关"))
    conversation = Conversation()
    english = answerer.answer("请用英文回答：注塑件翘曲变形，良品率低", conversation)
    plain = answerer.answer("注塑件翘曲变形，良品率低")
    assert english.text.startswith(("Based on the expert knowledge graph", "The following experts"))
    assert [e.id for e in english.experts] == [e.id for e in plain.experts]  # the request names no topic
    assert answerer.answer("第一位在哪个单位？", conversation).text.startswith(f"{english.experts[0].name} works at")
    assert answerer.answer("Please answer in English.").text.startswith("Hello! I recommend experts")  # no problem yet


def test_a_broader_direction_close_to_an_english_topic_is_no_yes():
    """"Does he work on solar physics?" of an astronomer of galaxies (天文学, cosine 0.56) was answered "Yes" (rt22)."""
    from generation.grounded_en import _topic_verdict

    expert = ExpertMatch(id="x", name="崔向群", score=0.0, directions=["天文学", "暗能量探索"])
    scores = {"天文学": 0.56, "暗能量探索": 0.2, "太阳物理": 0.82}
    similarity = lambda topic, recorded: scores[recorded[0]]  # noqa: E731 - the embedder's cosines, as measured
    assert _topic_verdict(expert, "Does he work on solar physics?", similarity).startswith("Of the research directions")
    named = expert.model_copy(update={"directions": ["太阳物理"]})
    assert _topic_verdict(named, "Does he work on solar physics?", similarity).startswith("Yes: ")


def test_an_english_card_spells_a_name_as_english_text_writes_it():
    from retrieval.names import romanized

    # the surname's own reading, not the character's usual one; a compound surname whole; a syllable break marked
    assert [romanized(n) for n in ("曾庆存", "查全性", "欧阳自远", "吕厚远", "张建安", "申长雨")] == [
        "Zeng Qingcun", "Zha Quanxing", "Ouyang Ziyuan", "Lü Houyuan", "Zhang Jian'an", "Shen Changyu"]
    assert romanized("Zhang Wei") == "" and romanized("阿") == ""  # not a name of two to four Chinese characters
