"""What the thirteenth session's red team (rt31) found in yes/no answers: "only" premises confirmed by the one item
held (沈志云只是中科院院士吧？ of a member of both academies: 是), "the first / last elected" premises confirmed of
anyone (王琪是最早当选院士的吧？ of the last elected: 是), and "youngest when elected" answered by birth order."""

from __future__ import annotations

import pytest

from test_biography import academicians as cae_academicians  # noqa: F401, F811  (a fixture, shared)
from test_life_arithmetic import _dated
from generation.answerer import ExpertAnswerer
from generation.conversation import Conversation
from generation.grounded import beyond_asked, describe_attribute, first_elected_premise
from generation.grounded_en import describe_attribute_en
from generation.grounding import check_answer
from retrieval.models import AwardFact, ExpertMatch

BOTH = ExpertMatch(id="s", name="沈志云", score=1.0, awards=[AwardFact(name="国家科学技术进步奖一等奖", year=1999),
                                                          AwardFact(name="中国工程院院士", year=1994),
                                                          AwardFact(name="中国科学院院士", year=1991)])
CAE = ExpertMatch(id="t", name="田红旗", score=1.0, awards=[AwardFact(name="中国工程院院士", year=2015),
                                                         AwardFact(name="国家技术发明奖二等奖")])
PRIZES = ExpertMatch(id="l", name="李德群", score=1.0, awards=[AwardFact(name="中国工程院院士", year=2015),
                                                            AwardFact(name="国家自然科学奖二等奖", year=2010),
                                                            AwardFact(name="国家科学技术进步奖二等奖", year=2007)])


@pytest.mark.parametrize("expert, question", [
    (BOTH, "沈志云只是中科院院士吧？"), (BOTH, "沈志云只是中国工程院院士吗？"), (PRIZES, "李德群只获得过国家自然科学奖吧？"),
])
def test_an_only_premise_the_record_holds_more_than_is_denied(expert, question):
    text = describe_attribute(expert, "awards", question)
    assert text.startswith("不是。"), text
    more = beyond_asked(expert, question)
    assert more and all(a.name in text for a in more)
    assert check_answer(text, [expert], current=0, given=question)[1].dropped == []


@pytest.mark.parametrize("expert, question", [
    (BOTH, "Shen Zhiyun is only a CAE member, right?"), (PRIZES, "Li Dequn has only won the National Natural Science "
                                                                 "Award, right?")])
def test_an_only_premise_is_denied_in_english_too(expert, question):
    assert describe_attribute_en(expert, "awards", question).startswith("No. "), question


def test_an_only_premise_the_record_bears_out_is_confirmed_and_a_count_is_still_counted():
    assert describe_attribute(CAE, "awards", "田红旗只是工程院院士吧？").startswith("是。")
    assert describe_attribute(BOTH, "awards", "沈志云只获得过国家科学技术进步奖吧？").startswith("是。")
    assert beyond_asked(PRIZES, "李德群只获得过一项国家科学技术进步奖吧？") is None  # a number: counted, not this


@pytest.fixture(scope="module")
def academicians(cae_academicians):  # noqa: F811 - the fixture imported above
    retriever, _ = cae_academicians
    return ExpertAnswerer(retriever)


def _shown(answerer: ExpertAnswerer, experts: list[ExpertMatch]) -> Conversation:
    """A conversation whose last list is `experts` (asked about by name)."""
    conversation = Conversation()
    answerer.answer("和".join(e.name for e in experts) + "的研究方向是什么？", conversation)
    assert {e.name for e in conversation.last} == {e.name for e in experts}
    return conversation


def test_the_first_or_last_elected_said_of_one_shown_is_checked_against_all_their_years(academicians):
    dated = sorted({e.name: (e, seat) for e, seat, _ in _dated(academicians)}.values(), key=lambda d: d[1])
    first = dated[0]
    last = next(d for d in reversed(dated) if d[1] > first[1])
    conversation = _shown(academicians, [first[0], last[0]])
    for name, question, yes in ((last[0].name, "是最早当选院士的吧？", False), (first[0].name, "是最早当选院士的吧？", True),
                                (first[0].name, "是最晚当选的吗？", False), (last[0].name, "是最晚当选的吗？", True)):
        text = academicians.answer(name + question, conversation).text
        assert text.startswith("是。" if yes else "不是。"), (name, question, text)
    group = [first[0], last[0]]
    assert first_elected_premise(group, last[0], f"{last[0].name} was elected earliest among them, right?",
                                 english=True) == "No. "
    assert first_elected_premise(group, first[0], "Was he the first of them to be elected?", english=True) == "Yes. "
    assert first_elected_premise(group, first[0], "他们的研究方向是什么？") == ""


def test_youngest_when_elected_is_by_the_ages_at_the_election_not_by_birth(academicians):
    ages = {e.name: (e, seat - born, born) for e, seat, born in _dated(academicians)}
    people = sorted(ages.values(), key=lambda d: d[1])
    # two whose ages at election are two or more years apart, the younger then born earlier where the data has such
    pairs = [(a, b) for a in people for b in people if b[1] - a[1] >= 2]
    young, old = next(((a, b) for a, b in pairs if a[2] < b[2]), pairs[0])
    conversation = _shown(academicians, [young[0], old[0]])
    text = academicians.answer("谁当选时最年轻？", conversation).text
    assert f"当选时最年轻的是{young[0].name}" in text and f"当时约{young[1]}岁" in text, text
    english = academicians.answer("Who was youngest when elected?", conversation).text
    assert f"{young[0].name} was the youngest when elected" in english, english
    experts = [young[0], old[0]]
    assert check_answer(f"按这样计算，当选时最年轻的是{young[0].name}。", experts)[1].dropped == []
    assert check_answer(f"按这样计算，当选时最年轻的是{old[0].name}。", experts)[1].dropped
    assert check_answer(f"{old[0].name} was the youngest when elected.", experts)[1].dropped


def _list(*names: str) -> Conversation:
    shown = [ExpertMatch(id=f"e{i}", name=n, score=0.5, awards=[AwardFact(name="中国工程院院士", year=1995 + i)])
             for i, n in enumerate(names)]
    return Conversation(last=list(shown), shown=list(shown), problem="注塑件翘曲变形严重")


@pytest.mark.parametrize("question, kind", [
    ("请把你上一个回答翻译成英文", "summary"), ("Translate your answer back into Chinese.", "summary"),
    ("Now rewrite it as a short email to my boss recommending the best one.", "letter"),
    ("刚才一共推荐了多少位专家？", "tally"), ("三位的平均年龄是多少？", "unheld"), ("当选时各多少岁？", "unheld"),
    ("What is the average age of the three?", "unheld"), ("谁当选时最年轻？", "unheld"),
    ("Who was youngest when elected?", "unheld"),
])
def test_a_turn_about_the_answer_or_list_just_given_is_no_new_search(question, kind):
    """rt31: 请把你上一个回答翻译成英文 showed 季维智 "for the word 回答", 三位的平均年龄是多少？ a statistician."""
    from generation.conversation import resolve

    intent = resolve(question, _list("李德群", "申长雨", "王琪"))
    assert intent.kind == "list", (question, intent.kind)
    assert {"summary": intent.summary, "letter": bool(intent.letter), "tally": intent.tally,
            "unheld": bool(intent.unheld)}[kind], (question, intent)


def test_both_academies_in_english_is_the_two_seats_not_the_last_one_named():
    """rt31: "Which of them hold both CAS and CAE memberships?" counted every CAE member (3 of 3)."""
    from generation.conversation import resolve

    for question in ("Which of them hold both CAS and CAE memberships?",
                     "How many of them are members of both the CAS and the CAE?",
                     "Which of them are CAS and CAE academicians?"):
        assert [r.text for r in resolve(question, _list("田红旗", "沈志云")).among] == ["两院院士"], question
    assert [r.text for r in resolve("Which of them is a CAE academician?", _list("田红旗", "沈志云")).among] == \
        ["中国工程院院士"]


def test_a_count_of_the_graphs_experts_at_an_institution_names_the_institution_not_the_graph():
    from retrieval.census import count_question

    for question in ("知识图谱中一共有多少位清华大学的院士？", "知识图谱里有几位河海大学的院士？", "图谱中有多少位浙江大学的院士？"):
        institutions = [r.text for r in count_question(question).requirements if r.kind == "institution"]
        assert institutions and not any("图谱" in i for i in institutions), (question, institutions)


def test_the_female_one_of_those_shown_is_the_one_her_biography_says_is_a_woman(academicians):
    from retrieval.requirements import states_female

    retriever = academicians.retriever
    records = retriever.records(list(retriever.profile_texts))
    bios = retriever.biographies([e.id for e in records])
    woman = next((e for e in records if states_female(bios.get(e.id) or "")), None)
    if woman is None:
        pytest.skip("no biography of the sample says she is a woman")
    men = [e for e in records if e.id != woman.id and not states_female(bios.get(e.id) or "")][:2]
    conversation = _shown(academicians, [*men, woman])
    for question in ("那位女院士是谁？她获得过什么奖？", "The female one — what awards does she have?"):
        answer = academicians.answer(question, conversation)
        assert [e.name for e in answer.experts] == [woman.name], (question, answer.text)
        assert not any(m.name in answer.text for m in men), answer.text


def test_the_most_awarded_said_of_one_shown_is_checked_against_all_their_records(academicians):
    records = sorted(academicians.retriever.records(list(academicians.retriever.profile_texts)),
                     key=lambda e: -len(e.awards))
    most, fewer = records[0], next(e for e in records if len(e.awards) < len(records[0].awards))
    conversation = _shown(academicians, [most, fewer])
    assert academicians.answer(f"{fewer.name}是获奖最多的吧？", conversation).text.startswith("不是。")
    assert academicians.answer(f"{most.name}是获奖最多的吧？", conversation).text.startswith("是。")


def test_nothing_besides_what_is_named_is_a_premise_about_the_expert_not_a_filter():
    """rt31: 林尚扬除了院士之外没有获得过任何奖，对吧？ was read as 不要院士 and answered 不再推荐…暂无可推荐的专家."""
    from generation.conversation import resolve

    intent = resolve("李德群除了院士之外没有获得过任何奖，对吧？", _list("李德群", "申长雨", "王琪"))
    assert (intent.kind, intent.expert.name, intent.attribute) == ("about", "李德群", "awards")
    text = describe_attribute(PRIZES, "awards", "李德群除了院士之外没有获得过任何奖，对吧？")
    assert text.startswith("不是。") and "国家自然科学奖二等奖" in text.split("。")[1], text
    seat_only = ExpertMatch(id="y", name="林尚扬", score=1.0, awards=[AwardFact(name="中国工程院院士", year=1995)])
    assert beyond_asked(seat_only, "林尚扬除了院士之外没有获得过任何奖，对吧？") == []
    assert not describe_attribute(seat_only, "awards", "林尚扬除了院士之外没有获得过任何奖，对吧？").startswith("是")


def test_the_most_recent_or_first_award_is_the_dated_records_in_that_order():
    """rt31: "Which of his awards is the most recent?" got "the graph does not rank experts"; 最近一次获奖是什么？ read
    一次 as a count to check and answered 不是。"""
    from generation.grounded import said_count

    assert said_count("钱七虎最近一次获奖是什么？") is None and said_count("他第一次获奖是哪年？") is None
    latest = describe_attribute(PRIZES, "awards", "李德群最近一次获奖是什么？")
    assert latest.startswith("按知识图谱记录的年份，李德群的获奖与当选从晚到早依次是：2015年当选中国工程院院士、2010年"), latest
    first = describe_attribute(PRIZES, "awards", "他最早获得的奖是哪个？")
    assert "从早到晚依次是：2007年获国家科学技术进步奖二等奖" in first, first
    assert describe_attribute_en(PRIZES, "awards", "Which of his awards is the most recent?").startswith(
        "李德群's dated achievements in the graph, latest first: 2015")
    for text in (latest, first):
        assert check_answer(text, [PRIZES], current=0)[1].dropped == [], text


@pytest.mark.parametrize("question", ["第一位 expert 的 awards 有哪些？", "What awards does the second one have?",
                                      "第一位获得过什么奖？"])
def test_a_position_asked_before_any_list_asks_for_the_problem(question):
    """rt31: 第一位 expert 的 awards 有哪些？ as a first turn showed three unrelated experts (钟山 for 制导系统工程)."""
    from generation.conversation import resolve

    intent = resolve(question, Conversation())
    assert (intent.kind, intent.ask) == ("chat", True), (question, intent)


def test_only_one_of_those_shown_or_all_the_others_is_checked_against_every_one_shown():
    """rt33: 只有第三位是工程院院士吧？ got 是 while the second was CAE too (only the one pointed at was checked);
    除了第三位，其他两位都是中科院院士吧？ got 都是 from the one left out."""
    from generation.grounded import group_premise

    cas = ExpertMatch(id="z", name="翟婉明", score=1.0, awards=[AwardFact(name="中国科学院院士", year=2011)])
    shown = [cas, BOTH, CAE]  # CAS only, both academies, CAE only
    assert group_premise(shown, CAE, "只有第三位是工程院院士吧？").startswith("不是。")
    assert group_premise(shown, CAE, "Only the third one is a CAE member, right?", english=True).startswith("No. ")
    assert group_premise(shown, BOTH, "只有第二位是两院院士吧？").startswith("是。")
    assert group_premise(shown, CAE, "除了第三位，其他两位都是中科院院士吧？").startswith("是。")
    assert group_premise(shown, cas, "除了第一位，其他两位都是中科院院士吧？").startswith("不是。")
    assert group_premise(shown, CAE, "第三位是工程院院士吗？") == ""  # no group premise
    text = group_premise(shown, CAE, "只有第三位是工程院院士吧？")
    assert check_answer(text, shown)[1].dropped == [], text
    from generation.conversation import pointed_at  # the one pointed at, in either language

    conversation = _list("翟婉明", "沈志云", "何琳")
    assert [e.name for e in pointed_at("Only the third one is a CAE member, right?", conversation)] == ["何琳"]
    assert [e.name for e in pointed_at("除了第三位，其他两位都是中科院院士吧？", conversation)] == ["何琳"]


def test_how_many_of_those_shown_hold_it_is_counted_and_three_of_them_is_no_award_count():
    """rt33: 他们三个里有两位是2000年后当选的吧？ read 三个 as an award count (是的/不是 per expert, 不是 of one elected
    in 2001) and gave no verdict; 至少有两位获得过…吧？ started a new search."""
    from generation.grounded import _group_verdict, said_count, says_how_many_hold

    assert said_count("他们三个里有两位是2000年后当选的吧？") is None
    group = [ExpertMatch(id=str(i), name=n, score=1.0, awards=[AwardFact(name="中国工程院院士", year=y)])
             for i, (n, y) in enumerate([("张明高", 1999), ("于全", 2009), ("孙忠良", 2001)])]
    assert _group_verdict(group, "awards", "他们三个里有两位是2000年后当选的吧？").startswith("是。")
    assert _group_verdict(group, "awards", "他们中有三位是2000年后当选的吧？").startswith("不是。")
    assert says_how_many_hold("至少有两位获得过国家科学技术进步奖一等奖吧？")
    assert not says_how_many_hold("我们公司有两位工程师")


def test_why_him_after_a_list_is_about_the_first_one_not_every_card():
    """rt30, rt32: 为什么推荐他？ right after a list repeated all three cards."""
    from generation.conversation import resolve

    intent = resolve("为什么推荐他？", _list("申长雨", "李德群", "王琪"))
    assert (intent.kind, intent.expert.name) == ("about", "申长雨")
    assert resolve("推荐理由是什么？", _list("申长雨", "李德群", "王琪")).summary  # all of them: each card's reasons


def test_the_one_pointed_at_by_institution_after_the_pointer_is_that_one_not_the_one_in_focus():
    """rt33: 回到那位钢铁研究总院的，他哪年当选？ answered with 杨应昌 (北京大学), the one just discussed."""
    from generation.conversation import resolve

    shown = [ExpertMatch(id=str(i), name=n, score=0.5, institution=org) for i, (n, org) in
             enumerate([("李卫", "钢铁研究总院"), ("沈保根", "中国科学院物理研究所"), ("杨应昌", "北京大学")])]
    conversation = Conversation(last=list(shown), shown=list(shown), focus=shown[2], problem="稀土永磁材料")
    assert resolve("回到那位钢铁研究总院的，他哪年当选？", conversation).expert.name == "李卫"
    assert resolve("那位物理所的呢？他获得过什么奖？", conversation).expert.name == "沈保根"
    assert resolve("他哪年出生？", conversation).expert.name == "杨应昌"


def test_what_someone_said_of_the_experts_to_be_shown_is_no_requirement():
    """rt33: 我听说第一位院士是1980年当选的，而且他还是美国工程院外籍院士 made 1980 and 美国工程院 search filters (a
    geneticist and an astronomer were shown for dam concrete)."""
    from retrieval.requirements import read_requirements, without_hearsay

    message = "我们要做大坝混凝土温控防裂。请推荐院士。另外我听说第一位院士是1980年当选的，而且他还是美国工程院外籍院士，请在推荐时一并说明。"
    kept = without_hearsay(message)
    assert kept == "我们要做大坝混凝土温控防裂。请推荐院士。"
    assert [r.kind for r in read_requirements(kept)] == ["academy"]
    assert without_hearsay("请推荐1980年当选的院士，做大坝混凝土") == "请推荐1980年当选的院士，做大坝混凝土"
    assert without_hearsay("听说第一位是院士") == "听说第一位是院士"  # nothing else: the message as it is


def test_an_award_of_a_kind_no_record_is_marked_with_gets_no_verdict_from_the_records():
    """rt33: 他们都获得过国际奖项吧？ got 都没有获得过 above a biography quote naming one; "international awards" was read
    as the national science prizes ("national" inside "international")."""
    from generation.grounded import _group_verdict, asked_awards

    assert asked_awards("He has received international awards, right?") == []
    assert asked_awards("Has he won a national award?") == ["国家级科技奖"]
    assert _group_verdict([PRIZES, CAE], "awards", "他们都获得过国际奖项吧？") == ""
    text = describe_attribute(PRIZES, "awards", "他获得过国际奖项吗？")
    assert text.startswith("知识图谱的获奖记录不区分国际、省部级等类别") and "没有您问到的那一项" not in text, text
