"""Counts read from the graph in more phrasings (武汉大学有多少位中国科学院院士？ 双院士, 是长江学者, 其中获得一等奖的,
"Which academicians work at Tsinghua University?"), whether a person is among those shown (其中有陈立泉吗？ said he
had been recommended), a namesake picked by the institution asked (清华的周济), and a shown list in another language
(翻译成英文 was answered with the greeting)."""

from __future__ import annotations

import itertools
import re
from collections import defaultdict

import pytest

from generation.answerer import _BY_ELECTION, ExpertAnswerer
from generation.expert_orders import by_election
from generation.conversation import Conversation, resolve
from generation.conversation.pointing import _group
from generation.grounded import other_orgs, post_unwritten
from generation.grounding import check_answer
from retrieval.census import count_question, count_question_en, narrowed_count
from retrieval.models import AwardFact, ExpertMatch, Requirement
from retrieval.sync import open_retriever


@pytest.mark.parametrize(("question", "kinds"), [
    # the seat after an institution is no part of its name (it read 单位名称含武汉 and 大学, and counted none)
    ("武汉大学有多少位中国科学院院士？", {("institution", "武汉大学"), ("academy", "中国科学院院士")}),
    ("清华大学中国工程院院士有哪些？", {("institution", "清华大学"), ("academy", "中国工程院院士")}),
    ("列出全部双院士", {("academy", "两院院士")}),  # members of both academies (it listed ten CAE members)
    ("双院士有多少位？", {("academy", "两院院士")}),
    ("哪些院士是长江学者？一共多少位？", {("academy", "院士"), ("award", "长江学者")}),  # a title held as an award
    ("有多少位院士是杰青？", {("academy", "院士"), ("award", "国家杰出青年科学基金")}),
    ("列出中国科学院物理研究所的全部院士", {("institution", "中国科学院物理研究所"), ("academy", "院士")}),
])
def test_more_count_phrasings_are_read_as_their_requirements(question, kinds):
    asked = count_question(question)
    assert asked is not None and asked.term is None, asked
    assert {(r.kind, r.text) for r in asked.requirements} == kinds


def test_a_member_of_both_academies_recorded_by_title_meets_both_seats():
    both = Requirement(kind="academy", text="两院院士")
    assert both.met(ExpertMatch(id="a", name="李德仁", score=0, title="中国科学院院士、中国工程院院士"))
    assert not both.met(ExpertMatch(id="b", name="丁一汇", score=0, title="中国工程院院士"))


def test_a_count_of_those_just_counted_keeps_their_requirements_and_grades_the_award():
    counted = count_question("获得过国家自然科学奖的院士一共有多少位？")
    narrowed = narrowed_count("其中获得一等奖的有多少位？", counted)
    assert narrowed is not None
    assert {(r.kind, r.text) for r in narrowed.requirements} == {("academy", "院士"), ("award", "国家自然科学奖一等奖")}
    by_org = narrowed_count("这些院士里有几位是清华大学的？", counted)
    assert ("institution", "清华大学") in {(r.kind, r.text) for r in by_org.requirements}
    assert narrowed_count("他获得过什么奖？", counted) is None and narrowed_count("其中有几位？", counted) is None


@pytest.mark.parametrize(("question", "org", "which"), [
    ("Which academicians work at Tsinghua University?", "Tsinghua University", True),
    ("How many academicians are at Zhejiang University?", "Zhejiang University", False),
    ("List the academicians of Wuhan University", "Wuhan University", True),
])
def test_english_questions_for_an_institutions_experts_are_counts(question, org, which):
    asked = count_question_en(question)
    assert asked is not None and asked.which == which
    assert ("institution", org) in {(r.kind, r.text) for r in asked.requirements}
    assert count_question_en("Which experts work in welding?") is None or \
        all(r.kind != "institution" for r in count_question_en("Which experts work in welding?").requirements)


def test_an_institution_is_compared_by_its_name_in_either_form():
    chen = ExpertMatch(id="c", name="陈立泉", score=0, institution="中科院物理所")
    assert other_orgs(chen, "陈立泉是中国科学院物理研究所的吗？") == []  # it answered 不是
    assert other_orgs(chen, "陈立泉是清华大学的吗？") == ["清华大学"]


SHOWN = [ExpertMatch(id="a", name="衣宝廉", score=0.9), ExpertMatch(id="b", name="查全性", score=0.8),
         ExpertMatch(id="c", name="陈立泉", score=0.7)]


@pytest.mark.parametrize(("turn", "member"), [
    ("其中有孙世刚吗？", "孙世刚"), ("刚才推荐的专家里有没有查全性？", "查全性"), ("这几位里面有孙世刚院士吗？", "孙世刚")])
def test_whether_a_person_is_among_those_shown_is_its_own_question(turn, member):
    intent = resolve(turn, Conversation(problem="锂电池", last=list(SHOWN), shown=list(SHOWN)))
    assert intent.kind == "list" and intent.member == member
    for other in ("其中有院士吗？", "其中有清华的吗？"):  # no name: the kinds of those shown
        assert not resolve(other, Conversation(problem="锂电池", last=list(SHOWN), shown=list(SHOWN))).member


@pytest.mark.parametrize("turn", ["翻译成英文", "请把推荐结果翻译成英文", "请用英文回答", "Translate that into Chinese, please"])
def test_a_request_for_another_language_after_a_list_shows_the_list(turn):
    intent = resolve(turn, Conversation(problem="锂电池", last=list(SHOWN), shown=list(SHOWN)))
    assert intent.kind == "list" and intent.summary, intent


@pytest.fixture(scope="module")
def retriever(demo_graph):
    settings, store, embedder, _ = demo_graph
    return open_retriever(store, embedder, settings.index_dir, settings.graph_id)


@pytest.fixture(scope="module")
def held(demo_graph):
    """Each expert's award names and institution, read with one plain statement (not the census's own)."""
    facts: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for row in demo_graph[1].read("MATCH (e:Expert) OPTIONAL MATCH (e)-[r]->(n) "
                                  "RETURN e.id AS id, e.name AS name, type(r) AS rel, n.name AS value").records():
        facts[row["id"]][row["rel"]].append(row["value"])
        facts[row["id"]]["name"] = [row["name"]]
    return facts


def _total(text: str) -> int:
    return int(re.search(r"共(\d+)位|holds (\d+)", text).group(1) or re.search(r"holds (\d+)", text).group(1))


def test_a_graded_award_asked_after_a_count_is_counted_in_the_graph(retriever, held):
    grades = defaultdict(set)
    for expert_id, facts in held.items():
        for award in facts["RECEIVED"]:
            if award and (m := re.match(r"(国家\w+?奖)([一二三特]等奖)$", award)):
                grades[m.groups()].add(expert_id)
    (award, grade), holders = max(grades.items(), key=lambda kv: len(kv[1]))
    answerer, conversation = ExpertAnswerer(retriever), Conversation()
    answerer.answer(f"获得过{award}的专家有多少位？", conversation)
    answer = answerer.answer(f"其中获得{grade}的有多少位？", conversation)
    assert _total(answer.text) == len(holders), answer.text  # of the graph, not of the three shown
    assert {e.id for e in answer.experts} <= holders and answer.grounding.dropped == []


def test_an_english_question_for_an_institutions_experts_counts_them(retriever, held):
    at = defaultdict(set)
    for expert_id, facts in held.items():
        for org in facts["AFFILIATED_WITH"]:
            at[org].add(expert_id)
    for org, english in (("清华大学", "Tsinghua University"), ("浙江大学", "Zhejiang University")):
        if org not in at:
            continue
        answer = ExpertAnswerer(retriever).answer(f"Which experts work at {english}?")
        assert f"holds {len(at[org])} experts at {org}" in answer.text, answer.text
        assert {e.id for e in answer.experts} <= at[org] and answer.grounding.dropped == []


def test_a_person_not_shown_is_said_not_shown_and_their_record_given(retriever, held):
    answerer, conversation = ExpertAnswerer(retriever), Conversation()
    first = answerer.answer("注塑件翘曲变形怎么解决", conversation)
    shown = {e.id for e in first.experts}
    other = next(f["name"][0] for i, f in held.items() if i not in shown and
                 sum(g["name"] == f["name"] for g in held.values()) == 1)
    answer = answerer.answer(f"其中有{other}吗？", conversation)
    assert answer.text.startswith("没有。刚才推荐的是") and f"其中没有{other}" in answer.text, answer.text
    assert answer.grounding.dropped == []
    named = answerer.answer(f"其中有{first.experts[1].name}吗？", conversation)
    assert named.text.startswith(f"有。{first.experts[1].name}是刚才推荐的第2位"), named.text


def test_a_namesake_is_picked_by_the_institution_asked(retriever, held):
    names = defaultdict(list)
    for expert_id, facts in held.items():
        if facts["AFFILIATED_WITH"] and facts["AFFILIATED_WITH"][0]:
            names[facts["name"][0]].append((expert_id, facts["AFFILIATED_WITH"][0]))
    pair = next(((n, v) for n, v in names.items() if len(v) == 2 and v[0][1] != v[1][1] and
                 all(re.search(r"(?:大学|研究所)$", org) for _, org in v)), None)
    if pair is None:
        pytest.skip("the demo graph holds no namesakes at two institutions")
    name, ((first_id, first_org), (second_id, second_org)) = pair
    answerer, conversation = ExpertAnswerer(retriever), Conversation()
    answerer.answer(f"介绍一下{first_org}的{name}", conversation)
    answer = answerer.answer(f"{second_org}的{name}是做什么方向的？", conversation)
    assert second_id in [e.id for e in answer.experts], answer.text  # (both, each with its institution, or him alone)
    assert f"{first_org}工作" not in answer.text and answer.grounding.dropped == []


def test_after_sorting_a_position_points_at_the_order_shown(retriever):
    """按获奖数量从多到少排序 then 第一位…: it answered of the first before the sort (rt9 b3/C2)."""
    from generation.expert_orders import by_awards
    answerer, conversation = ExpertAnswerer(retriever), Conversation()
    first = answerer.answer("注塑件翘曲变形怎么解决，推荐5位专家", conversation)
    ordered = by_awards(list(first.experts))
    answerer.answer("按获奖数量从多到少排序", conversation)
    assert [e.id for e in conversation.last] == [e.id for e in ordered]
    answer = answerer.answer("第一位一共获得过几项奖？", conversation)
    assert [e.id for e in answer.experts] == [ordered[0].id], answer.text


AWARDED = [ExpertMatch(id="a", name="陈剑平", score=0.9, awards=[AwardFact(name="中国工程院院士", year=2011),
                                                             AwardFact(name="国家杰出青年科学基金")]),
           ExpertMatch(id="b", name="谢联辉", score=0.8, awards=[AwardFact(name="中国科学院院士", year=1991)])]


@pytest.mark.parametrize("turn", ["去掉没有获奖记录的", "只保留有获奖记录的", "Remove the ones without any award record."])
def test_dropping_the_unawarded_keeps_those_with_an_award_besides_the_seat(turn):
    """It repeated the list, and in English searched again (three experts holding only their seat)."""
    from generation.grounded import describe_among
    intent = resolve(turn, Conversation(problem="稻瘟病", last=list(AWARDED), shown=list(AWARDED)))
    assert intent.kind == "list" and intent.keep and intent.among, intent
    assert [e.name for e in AWARDED if all(r.met(e) for r in intent.among)] == ["陈剑平"]
    text = describe_among(list(AWARDED), intent.among)
    assert "有1位：陈剑平" in text and check_answer(text, list(AWARDED))[1].dropped == []


def test_only_universities_said_after_a_list_is_a_requirement():
    from retrieval.requirements import read_requirements
    assert [(r.kind, r.text) for r in read_requirements("只看高校的")] == [("sector", "高校")]


def test_counts_of_a_year_are_counted_from_the_dated_records_and_checked(retriever, demo_graph):
    """1980年当选的院士有多少位？ said 知识图谱中没有记录院士 (the count read no years); 2011年获得国家最高科学技术奖的
    是谁？ was matched as a problem; "Which academicians won … in 2011?" counted every holder of any year."""
    rows = demo_graph[1].read("MATCH (e:Expert)-[r:RECEIVED]->(a:Award) WHERE r.year IS NOT NULL "
                              "RETURN e.id AS id, a.name AS award, r.year AS year").records()
    dated = defaultdict(set)
    for row in rows:
        dated[(row["award"], row["year"])].add(row["id"])
    (award, year), holders = max(dated.items(), key=lambda kv: (len(kv[1]), kv[0]))
    answerer = ExpertAnswerer(retriever)
    for question in (f"{year}年获得{award}的是谁？", f"哪位专家{year}年获得了{award}？"):
        answer = answerer.answer(question)
        assert _total(answer.text) == len(holders), answer.text
        assert {e.id for e in answer.experts} <= holders and answer.grounding.dropped == [], answer.grounding.dropped
    experts = retriever.records(sorted(holders))
    counter = answerer._census_of
    kept = lambda text: check_answer(text, experts, counter=counter)[1].dropped == []  # noqa: E731
    assert kept(f"知识图谱中，{year}年获得过{award}的专家共{len(holders)}位。")
    assert not kept(f"知识图谱中，{year}年获得过{award}的专家共{len(holders) + 3}位。")  # recounted with the year
    english = count_question_en(f"Which experts won the {award} in {year}?")
    assert english is not None and english.requirements[0].years == (year, year)


def test_a_wish_no_close_expert_meets_is_met_by_a_weaker_one_who_does(retriever):
    """做污水处理的院士，要获过何梁何利奖的 said no related expert held the award; two ranked 9th and 11th did."""
    from retrieval.models import Requirement as Wanted
    match = retriever.match("注塑件翘曲变形", top_k=60)
    first = {e.id for e in match.experts[:3]}
    later = [e for e in match.experts[3:] if e.awards and not any(
        a.name == e.awards[0].name for m in match.experts[:3] for a in m.awards)]
    if not later:
        pytest.skip("no award held deeper in the ranking alone")
    award = later[0].awards[0].name
    wished = retriever.match(f"注塑件翘曲变形，要获得过{award}的专家", top_k=3)
    assert wished.experts and all(Wanted(kind="award", text=award).met(e) for e in wished.experts[:1]), \
        ([e.name for e in wished.experts], award, first)


def test_a_number_said_after_a_count_is_confirmed_or_corrected_and_a_specific_seat_is_kept():
    from retrieval.census import count_follow_up
    counted = count_question("武汉大学有多少位中国科学院院士？")
    assert count_follow_up("是不是5位？", counted).said == 5  # it answered nothing
    assert count_follow_up("Is it 50?", counted).said == 50  # it searched for "50"
    assert count_follow_up("他获得过什么奖？", counted) is None
    asked = count_question("哪些院士是双院士？")  # (counted as 院士 or 两院院士: every academician)
    assert {(r.kind, r.text) for r in asked.requirements} == {("academy", "两院院士")}


def test_a_member_asked_after_a_count_is_looked_up_among_those_counted(retriever, held):
    """清华大学有多少位中国工程院院士？ then 其中有周济吗？ said the graph had no 周济 (the name is also a word and the
    search missed it) and 其中有吴良镛吗？ answered of the three shown, not of the 34 counted (rt11)."""
    at = defaultdict(set)
    for expert_id, facts in held.items():
        for org in facts["AFFILIATED_WITH"]:
            at[org].add(expert_id)
    org, ids = max(at.items(), key=lambda kv: len(kv[1]))
    answerer, conversation = ExpertAnswerer(retriever), Conversation()
    first = answerer.answer(f"{org}有多少位专家？", conversation)
    shown = {e.id for e in first.experts}
    inside = next(held[i]["name"][0] for i in sorted(ids - shown))
    outside = next(f["name"][0] for i, f in held.items() if i not in ids and
                   all(g["name"] != f["name"] for j, g in held.items() if j != i))
    answer = answerer.answer(f"其中有{inside}吗？", conversation)
    assert answer.text.startswith("有。刚才统计的") and inside in answer.text, answer.text
    answer = answerer.answer(f"其中有{outside}吗？", conversation)
    assert answer.text.startswith("没有。"), answer.text
    assert answer.grounding.dropped == []


def test_an_english_member_question_and_a_grade_asked_in_english():
    conversation = Conversation(problem="x", last=list(SHOWN), shown=list(SHOWN))
    assert resolve("Is Chen Liquan among them?", conversation).member == "Chen Liquan"
    assert resolve("Is 查全性 one of them?", conversation).member == "查全性"
    intent = resolve("How many of them won a first-class award?", conversation)
    assert [(r.kind, r.text) for r in intent.among] == [("award", "一等奖")]


def test_a_number_asked_beside_the_count_is_confirmed_or_corrected():
    asked = count_question("北京大学有多少位院士？是50位吧？")  # it searched for 有多少位 and never gave the count
    assert asked is not None and asked.said == 50
    assert {(r.kind, r.text) for r in asked.requirements} == {("institution", "北京大学"), ("academy", "院士")}


def test_an_english_follow_up_narrows_the_count_just_given():
    """"How many of them are at Tsinghua University?" after a count answered Yes/No for the three shown (rt11)."""
    counted = count_question_en("Which academicians were elected after 2015?")
    narrowed = narrowed_count("How many of them are at Tsinghua University?", counted)
    assert narrowed is not None and not narrowed.which
    assert {(r.kind, r.text) for r in narrowed.requirements} == {
        ("elected", "2016年以后"), ("academy", "院士"), ("institution", "Tsinghua University")}
    assert narrowed_count("How many of them are at Tsinghua University?", count_question("1991年当选的院士有多少位？"))


def test_who_they_all_are_after_a_count_lists_every_one_counted(retriever, held):
    """都是谁？ after a count showed the same three again."""
    at = defaultdict(set)
    for expert_id, facts in held.items():
        for org in facts["AFFILIATED_WITH"]:
            at[org].add(expert_id)
    org, ids = next((o, i) for o, i in sorted(at.items(), key=lambda kv: -len(kv[1])) if 3 < len(i) <= 10)
    answerer, conversation = ExpertAnswerer(retriever), Conversation()
    answerer.answer(f"{org}有多少位专家？", conversation)
    answer = answerer.answer("都是谁？", conversation)
    assert {e.id for e in answer.experts} == ids and answer.grounding.dropped == [], answer.text


@pytest.mark.parametrize(("question", "kinds", "which"), [
    # two conditions in one English question were read as a problem (weak matches from other universities, rt13)
    ("Which academicians at Tsinghua University were elected after 2010?",
     {("institution", "Tsinghua University"), ("elected", "2011年以后"), ("academy", "院士")}, True),
    ("Which academicians were elected after 2015 and work at Zhejiang University?",
     {("elected", "2016年以后"), ("institution", "Zhejiang University"), ("academy", "院士")}, True),
    ("How many experts at Harbin Institute of Technology won the State Science and Technology Progress Award?",
     {("institution", "Harbin Institute of Technology"), ("award", "国家科学技术进步奖")}, False),
    # "and" inside a name is no clause
    ("Which academicians work at the University of Science and Technology of China?",
     {("institution", "University of Science and Technology of China"), ("academy", "院士")}, True),
    ("List all experts who received the State Preeminent Science and Technology Award", {("award", "国家最高科学技术奖")}, True),
])
def test_english_counts_read_every_condition_in_any_order(question, kinds, which):
    asked = count_question_en(question)
    assert asked is not None and asked.term is None and asked.which == which, asked
    assert {(r.kind, r.text) for r in asked.requirements} == kinds


def test_an_english_award_year_dates_the_award_and_a_topic_is_no_institution():
    asked = count_question_en("How many experts won the State Natural Science Award in 2015?")
    assert [(r.kind, r.text, r.years) for r in asked.requirements] == [("award", "国家自然科学奖", (2015, 2015))]
    assert count_question_en("Which academicians in welding were elected after 2010?") is None  # a topic: matched
    assert count_question_en("Which academicians were elected in 2001 and in 2003?") is None  # two spans of a kind


def test_how_many_of_them_won_an_award_narrows_an_english_count(retriever, held):
    """"How many of them won X?" after an English count was answered of the three shown (eighth session's note)."""
    orgs = {"清华大学": "Tsinghua University", "浙江大学": "Zhejiang University", "北京大学": "Peking University",
            "上海交通大学": "Shanghai Jiao Tong University"}
    awards = {"国家自然科学奖": "State Natural Science Award", "国家技术发明奖": "State Technological Invention Award",
              "国家科学技术进步奖": "State Science and Technology Progress Award"}
    met = defaultdict(set)
    for expert_id, facts in held.items():
        for org in set(facts["AFFILIATED_WITH"]) & set(orgs):
            for award in awards:
                if any(a and a.startswith(award) for a in facts["RECEIVED"]):
                    met[org, award].add(expert_id)
    if not met:
        pytest.skip("no expert of the demo graph at these institutions holds these awards")
    (org, award), both = max(met.items(), key=lambda kv: len(kv[1]))
    answerer, conversation = ExpertAnswerer(retriever), Conversation()
    answerer.answer(f"Which experts work at {orgs[org]}?", conversation)
    answer = answerer.answer(f"How many of them won the {awards[award]}?", conversation)
    assert _total(answer.text) == len(both), answer.text
    assert {e.id for e in answer.experts} <= both and answer.grounding.dropped == []


def test_a_guessed_winner_of_a_dated_award_is_confirmed_or_denied_and_the_winners_named(demo_graph, retriever):
    """2009年获得国家最高科学技术奖的是袁隆平吧？ answered about 袁隆平's records and never named 孙家栋."""
    won = defaultdict(set)
    for row in demo_graph[1].read("MATCH (e:Expert)-[r:RECEIVED]->(a:Award) WHERE r.year IS NOT NULL "
                                  "RETURN e.name AS name, a.name AS award, r.year AS year").records():
        if not row["award"].endswith("院士"):
            won[row["award"], row["year"]].add(row["name"])
    (award, year), names = min(((k, v) for k, v in won.items() if re.search("奖$", k[0])), key=lambda kv: len(kv[1]))
    winner = sorted(names)[0]
    other = next(n for (_, _), v in won.items() for n in sorted(v) if n not in names)
    answerer = ExpertAnswerer(retriever)
    wrong = answerer.answer(f"{year}年获得{award}的是{other}吧？")
    assert wrong.text.startswith("不是。") and {e.name for e in wrong.experts} == names, wrong.text
    assert wrong.grounding.dropped == []
    right = answerer.answer(f"{year}年获得{award}的是不是{winner}？")
    assert right.text.startswith("是的。") and winner in {e.name for e in right.experts}, right.text
    # none recorded that year, or a name the graph lacks beside the winner: no 是/不是 (the records may be short, rt14)
    none = answerer.answer(f"1950年获得{award}的是{winner}吧？")
    assert not none.text.startswith(("是", "不是")), none.text
    pair = answerer.answer(f"{year}年获得{award}的是{winner}和欧阳不存在吧？")
    assert not pair.text.startswith(("是", "不是")), pair.text


def test_a_second_count_in_one_turn_is_counted_of_the_first_and_both_are_said(retriever, held):
    """…有多少位？其中有几位获得过…？ gave the first count and then "其中3位：" over three experts without the award
    (rt12)."""
    at, won = defaultdict(set), defaultdict(set)
    for expert_id, facts in held.items():
        for org in facts["AFFILIATED_WITH"]:
            at[org].add(expert_id)
        for award in facts["RECEIVED"]:
            if award and (m := re.match(r"国家\w+?奖", award)):
                won[m.group()].add(expert_id)
    (org, award), both = max((((o, a), at[o] & won[a]) for o in at if o for a in won), key=lambda kv: len(kv[1]))
    answer = ExpertAnswerer(retriever).answer(f"{org}有多少位专家？其中有几位获得过{award}？")
    assert f"{org}的专家共{len(at[org])}位。" in answer.text, answer.text
    assert f"。知识图谱中，{org}的获得过{award}的专家共{len(both)}位" in answer.text, answer.text
    assert {e.id for e in answer.experts} <= both and answer.grounding.dropped == []


def test_an_unrecorded_condition_of_a_count_is_said_not_dropped(retriever, held):
    org = max((o for f in held.values() for o in f["AFFILIATED_WITH"] if o),
              key=lambda o: sum(o in f["AFFILIATED_WITH"] for f in held.values()))
    answer = ExpertAnswerer(retriever).answer(f"{org}有几位女专家？")
    assert answer.text.startswith("知识图谱的结构化记录中没有专家的性别这一项，无法按它统计"), answer.text
    assert "以下列出其中" in answer.text and "其中3位：" not in answer.text


def test_a_later_count_that_cannot_narrow_the_first_is_said_unanswered():
    asked = count_question("1994年当选中国工程院院士的有多少位？其中有几位是两院院士？")
    assert asked is not None and asked.parent is None and asked.unanswered == "其中有几位是两院院士？"
    narrowed = count_question("有多少位中国科学院院士？其中有多少位获得过国家自然科学奖一等奖？")
    assert {(r.kind, r.text) for r in narrowed.requirements} == {("academy", "中国科学院院士"),
                                                                 ("award", "国家自然科学奖一等奖")}
    assert narrowed.parent is not None and not narrowed.which


def test_the_three_above_mean_the_list_of_three_not_the_two_just_discussed():
    """上面三位中哪位最早当选？ after a turn about the first two answered of those two only (rt12)."""
    two = Conversation(problem="锂电池", last=list(SHOWN), shown=list(SHOWN), group=list(SHOWN[:2]))
    assert _group("上面三位中哪位最早当选？", two) == ()  # (): every expert just shown
    assert _group("这两位谁更早当选？", two) == tuple(SHOWN[:2])


def test_several_questions_about_a_named_expert_are_each_answered_not_searched_as_one_problem(demo_graph, retriever):
    """钟南山院士是哪年出生的？他2003年…获得了…，对吧？ was matched as a problem: 钟南山 first among two strangers (rt12)."""
    rows = demo_graph[1].read("MATCH (e:Expert)-[r:RECEIVED]->(a:Award) WHERE r.year IS NOT NULL "
                              "RETURN e.name AS name, a.name AS award, r.year AS year ORDER BY e.id").records()
    dated = defaultdict(list)
    for row in rows:
        dated[row["name"]].append((row["award"], row["year"]))
    name, ((award, year),) = next((n, d) for n, d in dated.items() if len(d) == 1 and
                                  len(demo_graph[1].read("MATCH (e:Expert {name: $n}) RETURN e.id", {"n": n}).records()) == 1)
    answer = ExpertAnswerer(retriever).answer(f"{name}是哪年获得{award}的？他在哪个单位工作？")
    assert [e.name for e in answer.experts] == [name], answer.text
    assert str(year) in answer.text and len(answer.text.split("\n\n")) >= 2, answer.text
    assert answer.grounding.dropped == []
    whole = ExpertAnswerer(retriever).answer("注塑件翘曲怎么办？谁最合适？")  # a problem first: answered whole
    assert len(whole.experts) >= 2


@pytest.mark.parametrize("turn", ["有没有在四川的？", "有在上海工作的吗？", "那有没有来自广东的专家？"])
def test_experts_asked_for_in_a_place_refine_the_problem(turn):
    """有没有在四川的？ was answered "the graph records no location" while 有没有四川的？ searched (rt13)."""
    intent = resolve(turn, Conversation(problem="人工骨", last=list(SHOWN), shown=list(SHOWN)))
    assert intent.kind == "problem" and intent.refines, intent
    assert resolve("他们都在北京吗？", Conversation(problem="人工骨", last=list(SHOWN), shown=list(SHOWN))).kind == "list"


@pytest.mark.parametrize(("question", "kinds", "superlative"), [
    ("知识图谱中获奖最多的院士是谁？", {("academy", "院士")}, "awards"),
    ("清华大学的院士中谁获奖最多？", {("institution", "清华大学"), ("academy", "院士")}, "awards"),
    ("知识图谱里最早当选的院士是谁？", {("academy", "院士")}, "earliest"),
    ("浙江大学最近当选的院士是哪位？", {("institution", "浙江大学"), ("academy", "院士")}, "latest"),
    ("获奖最多的专家是谁？", set(), "awards"),
])
def test_superlatives_of_the_graph_are_counts_with_what_ranks_them(question, kinds, superlative):
    """获奖最多的院士是谁？ 最早当选的院士是谁？ were matched as problems (three weak experts, rt12)."""
    asked = count_question(question)
    assert asked is not None and asked.superlative == superlative and asked.which, asked
    assert {(r.kind, r.text) for r in asked.requirements} == kinds


def test_the_expert_with_most_awards_is_named_from_the_records_and_a_wrong_extreme_is_dropped(retriever, held):
    counts = {i: len({a for a in f["RECEIVED"] if a and not a.endswith("院士")}) for i, f in held.items()}
    most = max(counts.values())
    top = {i for i, n in counts.items() if n == most}
    answerer = ExpertAnswerer(retriever)
    answer = answerer.answer("获奖最多的专家是谁？")
    assert f"共{len(held)}位，其中获奖记录最多的是" in answer.text and f"{most}项" in answer.text, answer.text
    assert {e.id for e in answer.experts} <= top and answer.experts and answer.grounding.dropped == []
    shown = answer.experts[:1]
    said = f"知识图谱中，专家共{len(held)}位，其中获奖记录最多的是{shown[0].name}，{{}}项（院士当选不计）。"
    kept = lambda text: check_answer(text, shown, counter=answerer._census_of)[1].dropped == []  # noqa: E731
    assert kept(said.format(most)) == (len(top) == 1)
    assert not kept(said.format(most + 1))


def test_the_former_and_the_latter_are_the_two_experts_last_asked_about_together(retriever, held):
    """后者是哪个单位的？ 前者…对吧？ after a question about two named experts were searched as problems (rt12)."""
    pairs = [(f["name"][0], f["AFFILIATED_WITH"][0]) for f in held.values() if f["AFFILIATED_WITH"] and
             f["AFFILIATED_WITH"][0] and sum(g["name"] == f["name"] for g in held.values()) == 1]
    (a, _), (b, b_org) = pairs[0], next(p for p in pairs[1:] if p[1] != pairs[0][1])
    answerer, conversation = ExpertAnswerer(retriever), Conversation()
    answerer.answer(f"{a}和{b}都获得过哪些奖？", conversation)
    latter = answerer.answer("后者是哪个单位的？", conversation)
    assert [e.name for e in latter.experts] == [b] and b_org in latter.text, latter.text
    former = answerer.answer("前者获得过哪些奖？", conversation)
    assert [e.name for e in former.experts] == [a], former.text


def test_experts_asked_for_in_the_order_of_their_election_are_listed_so():
    """请按当选年份从早到晚给我排序推荐三位…的院士 kept the relevance order (rt12)."""
    late = ExpertMatch(id="a", name="甲", score=0.9, awards=[AwardFact(name="中国工程院院士", year=2015)])
    early = ExpertMatch(id="b", name="乙", score=0.8, awards=[AwardFact(name="中国科学院院士", year=1991),
                                                             AwardFact(name="中国工程院院士", year=1994)])
    undated = ExpertMatch(id="c", name="丙", score=0.7, awards=[AwardFact(name="中国工程院院士")])
    assert [e.id for e in by_election([late, early, undated])] == ["b", "a", "c"]
    assert [e.id for e in by_election([late, early, undated], latest_first=True)] == ["a", "b", "c"]
    assert not _BY_ELECTION.search("请按当选年份从早到晚给我排序推荐三位做大坝安全监测的院士").group("late")
    assert _BY_ELECTION.search("推荐三位做大坝安全监测的院士，按当选时间从晚到早排列").group("late")
    assert _BY_ELECTION.search("推荐三位做大坝安全监测的院士") is None


def test_asking_for_the_institution_of_an_expert_shown_finds_him_and_says_no_unmet(retriever):
    """有没有东华大学的？ answered "no expert of the institution asked" under 周翔 of 东华大学 (rt15)."""
    answerer, conversation = ExpertAnswerer(retriever), Conversation()
    shown = answerer.answer("注塑件翘曲变形怎么解决", conversation).experts
    expert = next(e for e in shown if e.institution and e.institution.endswith("大学"))
    answer = answerer.answer(f"有没有{expert.institution}的？", conversation)
    assert expert.id in {e.id for e in answer.experts} and "没有来自您所要求单位的专家" not in answer.text, answer.text


def test_a_former_post_asked_with_its_verb_is_found_in_the_biography():
    """顾秉林曾任清华大学校长吗？ said the biography did not write the post, then quoted 曾任清华大学校长 (rt14)."""
    quoted = ["曾任清华大学校长。"]
    assert not post_unwritten("顾秉林曾任清华大学校长吗？", quoted)
    assert not post_unwritten("王大中担任过清华大学校长吗？", quoted)
    assert post_unwritten("王大中担任过北京大学校长吗？", quoted)


def test_an_unrecorded_condition_of_a_superlative_is_said(retriever):
    """北京大学的女院士中谁获奖最多？ named a man as if the count were of women (rt14)."""
    answer = ExpertAnswerer(retriever).answer("女专家中谁获奖最多？")
    assert answer.text.startswith("知识图谱的结构化记录中没有专家的性别这一项，无法按它统计"), answer.text
    assert answer.grounding.dropped == []


def test_the_former_and_the_latter_of_a_list_just_shown_are_its_first_and_last():
    """后者具体研究什么？ right after a list of three searched 后者 (rt15)."""
    conversation = Conversation(problem="锂电池", last=list(SHOWN), shown=list(SHOWN))
    assert resolve("后者具体研究什么？", conversation).expert == SHOWN[-1]
    assert resolve("前者获过什么奖？", conversation).expert == SHOWN[0]
    problem = resolve("我们有热处理开裂和焊接变形两个问题，前者更急", conversation)  # the problem's own two parts
    assert problem.kind == "problem" and SHOWN[0].name not in (problem.query or ""), problem


@pytest.mark.parametrize("turn", ["能不能只推荐一位？", "只要一个就行", "只留一位就行"])
def test_one_expert_only_is_the_closest_match_of_those_shown(turn):
    """能不能只推荐一位？ got "没太明白这句话想问什么" (rt15)."""
    shown = [e.model_copy(update={"strength": s}) for e, s in zip(SHOWN, (40, 71, 38))]
    intent = resolve(turn, Conversation(problem="锂电池", last=shown, shown=shown))
    assert intent.kind == "list" and intent.single and [e.name for e in intent.experts] == [SHOWN[1].name], intent


def test_two_awards_asked_together_count_holders_of_both_and_or_either(retriever, held):
    """同时获得国家最高科学技术奖和何梁何利基金奖的院士 said none (the second award was read as a topic word; two of a
    kind counted as either), though one holds both (rt14)."""
    holders = defaultdict(set)
    for expert_id, facts in held.items():
        for award in facts["RECEIVED"]:
            if award and award.endswith("奖") and not award.endswith("院士"):
                holders[award].add(expert_id)
    (a, b), both = max(((p, holders[p[0]] & holders[p[1]]) for p in itertools.combinations(sorted(holders), 2)
                        if not (p[0] in p[1] or p[1] in p[0])), key=lambda kv: len(kv[1]))
    answerer = ExpertAnswerer(retriever)
    together = answerer.answer(f"同时获得过{a}和{b}的专家有多少位？")
    assert _total(together.text) == len(both) and together.grounding.dropped == [], together.text
    either = answerer.answer(f"获得过{a}或{b}的专家有多少位？")
    assert _total(either.text) == len(holders[a] | holders[b]) and either.grounding.dropped == [], either.text


def test_him_after_who_fits_best_is_the_closest_match_named_first(retriever):
    """帮我写一封邀请邮件给他 after 他们谁最适合？ wrote a letter about all three to 尊敬的领导 (rt15)."""
    answerer, conversation = ExpertAnswerer(retriever), Conversation()
    shown = answerer.answer("注塑件翘曲变形怎么解决", conversation).experts
    answerer.answer("他们谁最适合？", conversation)
    letter = answerer.answer("帮我写一封邀请邮件给他", conversation)
    best = max(shown, key=lambda e: e.strength or 0)
    assert [e.id for e in letter.experts] == [best.id] and f"尊敬的{best.name}" in letter.text, letter.text


def test_english_superlatives_are_counted_and_a_wrong_extreme_is_dropped(retriever, held):
    """"Who was the earliest elected academician at Peking University?" listed others by their years; "Who was elected
    most recently?" listed 1980 elections (rt14)."""
    assert count_question_en("Who was the earliest elected academician at Peking University?").superlative == "earliest"
    assert count_question_en("Who has the most awards?") is None  # of those shown, not of the graph
    counts = {i: len({a for a in f["RECEIVED"] if a and not a.endswith("院士")}) for i, f in held.items()}
    most = max(counts.values())
    answerer = ExpertAnswerer(retriever)
    answer = answerer.answer("Which expert has the most awards?")
    assert f"holds {len(held)} experts; of them," in answer.text and f"the most award records: {most}" in answer.text, \
        answer.text
    assert answer.experts and {e.id for e in answer.experts} <= {i for i, n in counts.items() if n == most}
    assert answer.grounding.dropped == []
    first = answer.text.split("\n\n")[0]
    wrong = first.replace(f"records: {most}", f"records: {most + 1}")
    assert check_answer(wrong, answer.experts, counter=answerer._census_of)[1].dropped != []


def test_a_name_guessed_for_a_superlative_is_confirmed_or_denied(retriever, held):
    """清华大学最早当选的院士是吴良镛吧？ said no academician's directions named 吴良镛 (rt14)."""
    counts = {i: len({a for a in f["RECEIVED"] if a and not a.endswith("院士")}) for i, f in held.items()}
    most = max(counts.values())
    top = [held[i]["name"][0] for i, n in counts.items() if n == most]
    other = next(f["name"][0] for i, f in held.items() if counts[i] < most and f["name"][0] not in top)
    answerer = ExpertAnswerer(retriever)
    right = answerer.answer(f"获奖最多的专家是{top[0]}吧？")
    assert right.text.startswith("是的。") and right.grounding.dropped == [], right.text
    if len(top) <= 5:  # every one at the extreme shown: a name not among them is denied
        wrong = answerer.answer(f"获奖最多的专家是{other}吧？")
        assert wrong.text.startswith("不是。") and wrong.grounding.dropped == [], wrong.text
