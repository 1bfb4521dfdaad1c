"""Wishes and questions the twenty-second session found unanswered or silently dropped: a career or study abroad asked
of the expert (在钢铁企业工作过的, 石油系统出身的, 有海外留学经历的, "who studied abroad", "industry experience") was ignored
without a word — the graph records an institution, not a career, so it is now said to be unchecked; and the
difference of two counts (多多少？) went unanswered."""

from __future__ import annotations

import pytest

from generation.answerer import ExpertAnswerer
from retrieval.census import count_question
from retrieval.requirements import read_requirements
from retrieval.sync import open_retriever


@pytest.mark.parametrize(("text", "what"), [
    ("我们是炼钢厂，转炉炉衬侵蚀太快，想找一位在钢铁企业工作过的专家", "工作经历"),
    ("我们的油田注水管线结垢严重，最好是石油系统出身的专家", "工作经历"),
    ("最好是有企业工作经验的专家", "工作经历"),
    ("希望专家有丰富的工程实践经验", "工作经历"),
    ("芯片封装后翘曲，希望找有海外留学经历的专家", "海外经历"),
    ("Our chip packages warp; we want an expert who studied abroad", "海外经历"),
    ("We need someone with industry experience for weld cracking", "工作经历"),
])
def test_a_career_or_study_abroad_asked_of_the_expert_is_unrecorded(text, what):
    assert ("unrecorded", what) in [(r.kind, r.text) for r in read_requirements(text)]


@pytest.mark.parametrize("text", [
    "我们的工人在车间工作过三年以上，还是解决不了焊缝开裂", "我们公司有海外背景，产品出口欧洲，注塑件翘曲",
    "Our operators have worked in the plant for years and still see weld cracks",
])
def test_the_enterprises_own_people_and_history_are_no_wish(text):
    assert not [r for r in read_requirements(text) if r.kind == "unrecorded"]


@pytest.fixture(scope="module")
def answerer(demo_graph):
    settings, store, embedder, _ = demo_graph
    return ExpertAnswerer(open_retriever(store, embedder, settings.index_dir, settings.graph_id))


def test_an_unrecorded_career_wish_is_said_unchecked_in_both_languages(answerer):
    answer = answerer.answer("注塑件翘曲变形严重，希望找在汽车企业工作过的专家")
    assert answer.experts and "结构化记录中没有专家的工作经历这一项，无法按它筛选" in answer.text
    english = answerer.answer("Our injection-moulded parts warp badly; we want an expert who studied abroad")
    assert english.experts and "no field for experts' study or work abroad" in english.text


@pytest.mark.parametrize(("question", "gap"), [
    ("清华大学和浙江大学的院士哪个多？多多少？", True), ("清华大学和浙江大学的院士相差多少？", True),
    ("清华大学的院士比北京大学多多少？", True), ("清华大学和北京大学谁的院士多？", False),
    ("清华大学的院士比北京大学多吧？", False),
])
def test_the_difference_of_two_counts_is_asked(question, gap):
    asked = count_question(question)
    assert asked is not None and asked.each and asked.gap is gap


def test_the_oldest_of_those_shown_asked_with_that_one_is_a_comparison_of_them():
    """年纪最大的那位是谁，多少岁？ was answered with the age of the one in focus (the youngest of three)."""
    from generation.conversation import compares

    assert compares("年纪最大的那位是谁，多少岁？") and compares("岁数最小的那位是哪位？")
    assert not compares("那位是谁？")


def test_an_extreme_asked_then_a_question_about_him_or_her_are_answered_in_turn(answerer):
    """"Which one is the youngest? Is she female?" was answered of the one in focus before (the oldest)."""
    from generation.conversation import Conversation

    conversation = Conversation()
    answerer.answer("推荐注塑方面的专家", conversation)
    assert answerer.turns.questions_apart("Which one is the youngest? Is she female?", conversation) == \
        ["Which one is the youngest?", "Is she female?"]
    assert answerer.turns.questions_apart("谁最年长？他是哪里人？", conversation) == ["谁最年长？", "他是哪里人？"]


def test_the_institution_said_after_unit_is_the_institution_counted():
    """图谱里有多少位院士的单位是浙江大学？ counted those at "单位是浙江大学": none (the graph holds 23)."""
    asked = count_question("图谱里有多少位院士的单位是浙江大学？")
    assert asked is not None and {(r.kind, r.text) for r in asked.requirements} == \
        {("academy", "院士"), ("institution", "浙江大学")}


@pytest.mark.parametrize(("question", "age", "exact", "verdict"), [
    ("关桥今年90岁对吧？", 91, True, "不是。"), ("关桥今年91岁对吧？", 91, True, "是。"),
    ("他当选院士时是45岁，对吧？", 46, False, "可能是"), ("他当选院士时是46岁，对吧？", 46, False, "是。"),
    ("他当选院士时是44岁，对吧？", 46, False, "不是。"),
])
def test_an_age_said_is_confirmed_only_as_the_dates_allow(question, age, exact, verdict):
    """是 was said of 90 beside "约91岁" (the full birth date known), and of 45 beside "约46岁" (only years known)."""
    from generation.year_gaps import _age_verdict

    assert _age_verdict(age, question, False, exact).startswith(verdict)


def test_two_people_pointed_at_without_a_demonstrative_are_a_group_of_two():
    from generation.conversation.pointing import _GROUP_SIZE
    from generation.conversation.resolver import _GROUP

    for text in ("两人的出生地分别是？", "那两人都是院士吗？", "三人中谁最年轻？"):
        assert _GROUP.search(text) and _GROUP_SIZE.search(text)
    assert not _GROUP_SIZE.search("我们厂有两人受伤")


def test_an_english_institution_is_found_in_the_biography_by_its_own_or_chinese_words():
    """"Did he work at Laval University?" / "… at Nanchang University?" were answered No of biographies naming them."""
    from generation.biography import org_written
    from retrieval.english_names import org_clues

    laval = ["1989年12月—1992年3月加拿大Laval大学高分子科学工程中心博士后。"]
    assert org_written(["Laval University"], laval) and not org_written(["Harvard University"], laval)
    assert org_written(["Nanchang University"], ["清华大学教授，曾任南昌大学校长。"])
    assert "南昌" in org_clues("Nanchang University") and "Laval" in org_clues("Laval University")
    # a name the tables read word by word: its distinctive Chinese word is a clue (东方肝胆外科医院 was "not matched")
    assert "东方肝胆" in org_clues("Eastern Hepatobiliary Surgery Hospital")
    assert org_written(["Eastern Hepatobiliary Surgery Hospital"], ["现为第二军医大学东方肝胆外科医院教授、院长。"])


def test_an_english_institution_the_tables_read_is_not_called_unmatched():
    """"Guangzhou Medical University" (广州 医科 大学) was said "could not be matched to a Chinese name"."""
    from retrieval.english_names import org_read

    assert org_read("Guangzhou Medical University") and org_read("Eastern Hepatobiliary Surgery Hospital")
    assert org_read("Peking University") and not org_read("Xyzzy Foundation Hospital")


@pytest.mark.parametrize(("turn", "fact"), [
    ("夏长亮获奖最多，所以他是图谱里最优秀的院士，对吧？", "夏长亮获奖最多，对吧？"),
    ("潘际銮没有获得过国家级科技奖，说明他水平一般吧？", "潘际銮没有获得过国家级科技奖，对吧？"),
    ("第一位获奖最多，所以他是最适合的，对吧？", "第一位获奖最多，对吧？"),
])
def test_a_judgement_of_worth_after_a_fact_is_set_apart_from_the_fact(turn, fact):
    """是 was said of the fact and, with it, of the judgement (最优秀的院士, 水平一般)."""
    from generation.turn_parts import judgement_apart

    assert judgement_apart(turn) == (fact, False)
    assert judgement_apart("他获奖最多吗？") is None and judgement_apart("谁最优秀？") is None


def test_a_judgement_is_answered_with_the_fact_and_a_word_that_the_graph_judges_no_one(answerer):
    from generation.answerer import JUDGEMENT_NOTE

    answer = answerer.answer("推荐注塑方面的专家，所以他们是最厉害的，对吧？")
    assert answer.text.endswith(JUDGEMENT_NOTE) and not answer.text.startswith("是")


def test_fame_asked_of_the_graph_is_not_recorded():
    from generation.conversation import Conversation, resolve, unheld_requests

    for turn in ("哪位院士最有名？", "影响力最大的专家是谁？"):
        assert unheld_requests(turn) == ("知名度与学术地位等评价",) and resolve(turn, Conversation()).kind == "chat"
    assert not unheld_requests("我们是业内最有名的注塑企业，产品翘曲严重")


def test_the_most_awarded_said_of_one_tied_with_others_is_no_plain_yes():
    from generation.grounded import most_awarded_premise
    from retrieval.models import AwardFact, ExpertMatch

    seat = [AwardFact(name="中国科学院院士", year=1991)]
    shown = [ExpertMatch(id=str(k), name=n, score=1.0, awards=seat) for k, n in enumerate(("陈俊勇", "许厚泽", "宁津生"))]
    assert most_awarded_premise(shown, shown[0], "第一位获奖最多，对吧？").startswith("并列")


@pytest.mark.parametrize(("turn", "parts"), [
    ("年纪最小的那位多大？", ["他们中谁最年轻？", "他多大？"]),
    ("最年长的那位是哪里人？", ["他们中谁最年长？", "他是哪里人？"]),
    ("The youngest one — how old is he?", ["Which one is the youngest?", "how old is he?"]),
    ("How old is the oldest one?", ["Which one is the oldest?", "How old is he?"]),
    ("Which one is the youngest?", []), ("年纪最小的那位是谁？", []), ("谁最年轻？", []),
])
def test_the_youngest_or_oldest_pointed_at_is_found_before_the_rest_is_answered(answerer, turn, parts):
    """年纪最小的那位多大？ / "The youngest one — how old is he?" were answered of the first one shown (the oldest)."""
    from generation.conversation import Conversation

    conversation = Conversation()
    answerer.answer("推荐注塑方面的专家", conversation)
    assert answerer.turns.questions_apart(turn, conversation) == parts


@pytest.mark.parametrize(("question", "institution"), [
    ("单位为复旦大学的院士有多少位？", "复旦大学"), ("图谱里单位是清华大学的院士有多少位？", "清华大学"),
    ("图谱里有多少位院士来自中国石油天然气集团公司？", "中国石油天然气集团公司"),
    ("中国石油天然气集团公司有几位院士？", "中国石油天然气集团公司"),
    ("中国石油天然气集团公司有哪些院士？", "中国石油天然气集团公司"),
])
def test_an_institution_said_after_its_verb_or_with_two_endings_is_counted_whole(question, institution):
    """单位为浙江大学的院士 / 来自中国石油天然气集团公司的院士 were said to be none (单位为…, 来自… counted as names; 集团 and
    公司 read apart)."""
    asked = count_question(question)
    assert asked is not None and [r.text for r in asked.requirements if r.kind == "institution"] == [institution]
    assert count_question("我们公司有几位工程师懂焊接？") is None


def test_a_count_of_one_year_asked_again_of_another_and_set_beside_another_institution():
    """2015年当选的院士有多少位？2017年呢？哪年多？ and 清华大学有多少位院士？比北京大学多多少？ answered the first count alone."""
    from retrieval.census import compared_count, swapped_count

    first = count_question("图谱中2015年当选的院士有多少位？")
    again = swapped_count("2017年呢？", first)
    assert again is not None and [r.text for r in again.requirements if r.kind == "elected"] == ["2017年"]
    tsinghua = count_question("清华大学有多少位院士？")
    beside = compared_count("比北京大学多多少？", tsinghua)
    assert beside is not None and beside.each and beside.gap and beside.more_said == "多"
    assert [r.text for r in beside.requirements if r.kind == "institution"] == ["清华大学", "北京大学"]
    assert compared_count("比较一下他们的研究方向", tsinghua) is None


@pytest.mark.parametrize(("turn", "apart"), [
    ("图谱中2015年当选的院士有多少位？2017年呢？哪年多？", True), ("图谱里一共有多少个机构？覆盖多少个省份？", True),
    ("浙江大学有哪些院士？一共多少位？", False), ("知识图谱里一共有多少位院士？其中工程院的有多少？", False),
    ("中国科学院院士和中国工程院院士各有多少位？", False),
])
def test_several_counts_in_one_turn_are_answered_in_turn(turn, apart):
    from generation.turns_apart import QUESTION_PARTS
    from generation.turn_parts import _counts_apart

    asked = [q.strip() for q in QUESTION_PARTS.findall(turn) if q.strip()]
    assert (len(asked) >= 2 and _counts_apart(turn, asked)) is apart


def test_english_counts_of_one_turn_and_their_follow_ups():
    """"How many academicians in the graph work at Tsinghua University? How many are CAS members?" and "And how many
    at Peking University?" were matched as problems (strangers listed)."""
    from generation.turns_apart import QUESTION_PARTS
    from generation.turn_parts import _counts_apart
    from retrieval.census import count_question_en, narrowed_count, swapped_count

    turn = "How many academicians in the graph work at Tsinghua University? How many are CAS members?"
    asked = [q.strip() for q in QUESTION_PARTS.findall(turn)]
    assert _counts_apart(turn, asked)
    first = count_question_en(asked[0])
    narrowed = narrowed_count(asked[1], first)
    assert narrowed is not None and ("academy", "中国科学院院士") in [(r.kind, r.text) for r in narrowed.requirements]
    other = swapped_count("And how many at Peking University?", first)
    assert other is not None and [r.text for r in other.requirements if r.kind == "institution"] == ["Peking University"]


@pytest.mark.parametrize("question", ["图谱里有几位院士出生在上海？", "出生在上海的院士有哪些？", "哪些院士是上海人？"])
def test_where_academicians_were_born_is_asked_of_their_biographies(question):
    """有几位院士出生在上海？ counted directions named 出生在上海 (none) and 出生在上海的 counted those at Shanghai
    institutions: where one was born is no record, so it is said unrecorded and the biographies that say so come first."""
    from generation.life_answers import states_born_in

    asked = count_question(question)
    assert asked is not None and "出身地" in asked.unrecorded and asked.term is None
    assert not [r for r in asked.requirements if r.kind == "place"]
    assert states_born_in("上海", "李正名，1931年1月出生于上海，南开大学讲席教授") and \
        states_born_in("上海", "戴琼海（1964.12.26-），自动控制学家，上海市人。")
    assert not states_born_in("上海", "1956年毕业于上海交通大学，现任上海人才中心主任")


def test_some_of_those_shown_counted_are_named_not_called_those_recommended():
    """他们谁是中科院院士？ after a turn about two of the three shown said 刚才推荐的2位专家中 (three were recommended)."""
    from generation.grounded import describe_among
    from generation.grounded_en import describe_among_en
    from retrieval.models import AwardFact, ExpertMatch, Requirement

    cas = [AwardFact(name="中国科学院院士", year=1980)]
    two = [ExpertMatch(id="a", name="关桥", score=1.0), ExpertMatch(id="b", name="潘际銮", score=1.0, awards=cas)]
    seat = (Requirement(kind="academy", text="中国科学院院士"),)
    assert describe_among(two, seat, part=True).startswith("关桥、潘际銮这2位专家中，是中国科学院院士的有1位：潘际銮")
    assert describe_among(two, seat).startswith("刚才推荐的2位专家中")
    assert "you asked about (关桥, 潘际銮)" in describe_among_en(two, seat, part=True)


def test_a_post_said_held_at_an_institution_asks_the_institution():
    """林尚扬在哈尔滨工业大学当教授，对吧？ was answered with the card alone."""
    from generation.conversation import asked_attribute

    assert asked_attribute("林尚扬在哈尔滨工业大学当教授，对吧？") == "institution"
    assert asked_attribute("他在清华大学当过院长吗？") == "institution"


def test_a_name_then_呢_asks_the_last_question_of_that_expert(answerer, demo_graph):
    """关桥呢？ after 潘际銮出生在哪里？ matched bridge engineers on the 桥 of his name."""
    from generation.conversation import Conversation

    rows = demo_graph[1].read("MATCH (e:Expert) WITH e.name AS name, count(e) AS n WHERE n = 1 "
                              "RETURN name ORDER BY name LIMIT 2").records()  # (no namesakes: one expert each)
    first, second = rows[0]["name"], rows[1]["name"]
    conversation = Conversation()
    answerer.answer(f"{first}获得过什么奖？", conversation)
    assert answerer.pointers.same_of(f"{second}呢？", conversation) == f"{second}获得过什么奖？"
    assert answerer.pointers.same_of("那注塑呢？", conversation) == "那注塑呢？"


def test_a_career_in_industry_asked_of_those_shown_is_their_posts_not_companies():
    """有没有在企业干过的？ after a list was answered "no co-operating companies recorded" beside three strangers."""
    from generation.biography import asked
    from generation.conversation import unheld_requests

    assert unheld_requests("有没有在企业干过的？") == ("职务",) and unheld_requests("他在公司工作过吗？") == ("职务",)
    assert unheld_requests("能不能推荐几家做过类似项目的企业？") == ("合作企业",)
    assert [t.name for t in asked("有没有在企业干过的？")] == ["任职经历"]
