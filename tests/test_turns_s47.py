"""Follow-ups and English words the twenty-third session found misread: a wish asked as "Can you recommend someone who
won the 国家技术发明奖?" searched without the problem; "Please recommend someone in Beijing." read as a question about
the list; "Are any of them based in Northeast China?" (a region, and places chained with "or") got the list again;
"mill" translated to 米尔斯 (a transliterated name) and the cold-rolling problem matched on it; the place listing
promised a biography quote ("…的简介中有关的内容见下") that never followed."""

from __future__ import annotations

import pytest

from conftest import answerer_over
from generation.answerer import ExpertAnswerer
from generation.conversation import Conversation, refinement
from generation.english_turns import english_reading
from retrieval.glossary import Glossary
from retrieval.requirements import in_provinces, read_requirements
from retrieval.sync import open_retriever

PROBLEM = "Tunnel concrete lining leaks water and freezes in winter"


@pytest.mark.parametrize(("turn", "wanted"), [
    ("Can you recommend someone who won the 国家技术发明奖?", ("award", "国家技术发明奖")),
    ("Can you recommend someone who won the National Technological Invention Award?", ("award", "国家技术发明奖")),
    ("Please recommend someone in Beijing.", ("place", "北京")),
])
def test_an_english_wish_for_the_problem_discussed_refines_it(turn, wanted):
    refined = refinement(turn, PROBLEM)
    assert refined is not None and refined.startswith(PROBLEM)
    assert wanted in {(r.kind, r.text) for r in read_requirements(refined)}


def test_a_chinese_award_in_an_english_sentence_is_no_wish_when_declined():
    assert read_requirements("We do not want someone who won the 国家技术发明奖") == []


@pytest.mark.parametrize(("text", "places"), [
    ("Are any of them based in Northeast China?", "Liaoning or Jilin or Heilongjiang"),
    ("We need an expert from southwestern China", "Sichuan or Chongqing or Guizhou or Yunnan or Tibet"),
    ("Anyone in the Yangtze River Delta?", "Shanghai or Jiangsu or Zhejiang or Anhui"),
])
def test_an_english_region_asked_of_the_expert_is_its_provinces(text, places):
    assert places in in_provinces(text)


@pytest.mark.parametrize("text", ["Our plant in Northeast China has frost heave.", "We are based in East China."])
def test_the_enterprises_own_region_stays_as_written(text):
    assert in_provinces(text) == text


def test_places_chained_with_or_are_one_place_question():
    assert english_reading("Are any of them based in Liaoning or Jilin or Heilongjiang?") == "他们在辽宁或吉林或黑龙江？"
    assert english_reading("Any of them in Liaoning, Jilin or Beijing?") == "他们在辽宁或吉林或北京？"


def test_a_transliterated_name_is_no_translation():
    glossary = Glossary.from_lines(["米爾斯 米尔斯 [Mi3 er3 si1] /Mills (name)/\n", "磨坊 磨坊 [mo4 fang2] /mill/\n",
                                    "冷軋 冷轧 [leng3 ya4] /cold rolling/\n"])
    words = glossary.terms("cold rolling mills", lambda w: 0.01)
    assert "米尔斯" not in words and "冷轧" in words


@pytest.fixture(scope="module")
def answerer(demo_graph):
    settings, store, embedder, _ = demo_graph
    return ExpertAnswerer(open_retriever(store, embedder, settings.index_dir, settings.graph_id))


def test_a_wish_with_the_graphs_award_name_in_english_keeps_the_problem(answerer):
    conversation = Conversation()
    first = answerer.answer("Injection-moulded car door panels warp after demoulding", conversation)
    again = answerer.answer("Can you recommend someone who won the 国家技术发明奖?", conversation)
    assert first.experts and again.experts
    assert "国家技术发明奖" in conversation.problem and "warp" in conversation.problem
    assert again.grounding.dropped == []


@pytest.fixture(scope="module")
def small_answerer(expertglm_home, demo_graph, tmp_path_factory):
    """Three injection-moulding experts on a graph of their own, one with no institution recorded."""
    rows = [("申明远", "郑州大学", "申明远，郑州大学教授。长期从事注塑成型与模具研究，解决注塑件翘曲变形难题。"),
            ("李德海", "华中科技大学", "李德海，华中科技大学教授。从事塑料注射成形模拟研究，注塑件翘曲预测。"),
            ("王一海", None, "王一海（1938- ）注塑成型专家。曾任上海塑料机械厂总工程师，现任该厂技术顾问。长期从事注塑件翘曲控制。")]
    records = [{"id": f"s47-{i}", "name": name, **({"institution": place} if place else {}), "fields": ["材料科学与工程"],
                "directions": [{"name": "注塑成型", "field": "材料科学与工程"}], "awards": [], "bio": bio, "source": "test"}
               for i, (name, place, bio) in enumerate(rows)]
    with answerer_over(records, expertglm_home, demo_graph[2], tmp_path_factory.mktemp("s47")) as answerer:
        yield answerer


def test_the_place_listing_quotes_the_biography_it_points_to(small_answerer):
    """王一海 has no institution recorded: "…的简介中有关的内容见下" was said, and nothing followed."""
    conversation = Conversation()
    shown = small_answerer.answer("注塑件翘曲变形严重，请推荐专家", conversation)
    assert "王一海" in {e.name for e in shown.experts}
    answer = small_answerer.answer("他们在北京或上海？", conversation)
    assert "王一海的简介中有关的内容见下" in answer.text and answer.grounding.dropped == []
    assert "上海塑料机械厂" in answer.text.split("见下", 1)[1]


@pytest.mark.parametrize(("text", "wanted"), [
    ("我们在四川，想找一位研究地震滑坡灾害防治的专家，最好是成都的单位。", [("place", "成都")]),  # (dropped unsaid, rt74)
    ("我们是北京的单位，做焊接", []),  # the enterprise's own
])
def test_a_wished_institution_in_a_city_is_a_place_asked(text, wanted):
    assert [(r.kind, r.text) for r in read_requirements(text)] == wanted


def test_a_wish_no_shown_expert_meets_is_said_of_those_shown_when_none_is_related():
    """有没有在南京的专家？ after a problem no expert relates to got the same list, the wish passed over (rt74): it is said
    of the experts above — not of "the related ones", which would deny experts the graph may hold."""
    from generation.grounded import describe_unmet
    from generation.grounded_en import describe_unmet_en
    from retrieval.models import Requirement

    place, award = Requirement(kind="place", text="南京"), Requirement(kind="award", text="国家技术发明奖")
    assert describe_unmet(place, shown=True).startswith("以上专家中，没有在南京的")
    assert describe_unmet(award, shown=True) == "以上专家中，按知识图谱的记录没有符合您所要求获奖条件的专家记录。"
    assert describe_unmet_en(place, shown=True).startswith("None of the experts above is at an institution in Nanjing")
    assert describe_unmet_en(award, shown=True).startswith("Of the experts above, the expert knowledge graph's records show none")
    assert describe_unmet(place).startswith("与问题最相关的一批专家中")


@pytest.mark.parametrize(("turn", "kinds"), [
    ("他们中谁是中科院院士并且在上海？", {("academy", "中国科学院院士"), ("place", "上海")}),
    ("他们中谁是工程院院士，而且在北京工作？", {("academy", "中国工程院院士"), ("place", "北京")}),
    ("Which of them is a CAS member and based in Shanghai?", {("academy", "中国科学院院士"), ("place", "上海")}),
])
def test_a_place_beside_a_seat_asked_of_those_shown_is_one_more_condition(turn, kinds):
    """谁是中科院院士并且在上海？ got "查全性是" (of 武汉大学): the place was dropped (rt74, in English too)."""
    from generation.conversation import counted_among_shown

    assert {(r.kind, r.text) for r in counted_among_shown(turn)} == kinds


@pytest.mark.parametrize("turn", ["有人在上海吗？", "Which of them is based in Shanghai?"])
def test_a_place_alone_asked_of_those_shown_is_still_their_places(turn):
    from generation.conversation import counted_among_shown

    assert counted_among_shown(turn) == ()


def test_none_of_those_shown_meeting_a_place_is_said_in_english_without_a_figure():
    from generation.grounded_en import describe_among_en
    from retrieval.models import ExpertMatch, Requirement

    shown = [ExpertMatch(id="a", name="查全性", institution="武汉大学", province="湖北", city="武汉", score=1.0),
             ExpertMatch(id="b", name="陈军", institution="南开大学", province="天津", city="天津", score=0.9)]
    said = describe_among_en(shown, (Requirement(kind="place", text="上海"),))
    assert said.startswith("By the graph's records, none of the experts just recommended meets this (at an "
                           "institution in Shanghai).")


def test_a_wish_of_two_clauses_each_ending_on_de_refines_the_problem():
    """有没有年轻一点的，60岁以下的？ was searched alone (a nuclear physicist and an architect for a battery problem)."""
    refined = refinement("有没有年轻一点的，60岁以下的？", "我们的锂电池低温下容量衰减很厉害。")
    assert refined is not None and refined.startswith("我们的锂电池低温下容量衰减很厉害")


@pytest.fixture(scope="module")
def pair_answerer(expertglm_home, demo_graph, tmp_path_factory):
    """Five magnet experts on a graph of their own; the first two born 1942-09-03 and 1952-09-01, elected 1995 and 2011;
    钱七芳, the one woman, with two awards written in her biography only."""
    rows = [("王一鸣", "北京磁材公司", "中国工程院院士", 1995, "王一鸣，1942年9月3日生于江苏省海门市。长期从事稀土永磁材料研究。"),
            ("沈二平", "中国科学院物理研究所", "中国科学院院士", 2011, "1952年9月1日出生于浙江省平湖县。从事磁性材料研究。"),
            ("李五洲", "清华大学", "中国科学院院士", 2003, "李五洲，1960年5月生于北京。从事磁性薄膜研究。"),
            ("赵六合", "浙江大学", "中国工程院院士", 2005, "赵六合，1950年1月生于杭州。从事磁性器件研究。"),
            ("钱七芳", "南京大学", "中国科学院院士", 2015, "钱七芳（女），1965年3月生于南京。从事磁性物理研究。曾获2000年"
             "国际磁学青年奖；2005年亚洲磁学会奖。发表论文200余篇，被引证数达5000余次。")]
    records = [{"id": f"s47p-{i}", "name": name, "institution": place, "fields": ["材料科学与工程"],
                "directions": [{"name": "磁性材料", "field": "材料科学与工程"}], "awards": [{"name": seat, "year": year}],
                "bio": bio, "source": "test"} for i, (name, place, seat, year, bio) in enumerate(rows)]
    with answerer_over(records, expertglm_home, demo_graph[2], tmp_path_factory.mktemp("s47p")) as answerer:
        yield answerer


def test_a_gap_asked_on_its_own_is_of_the_order_just_given(pair_answerer):
    """相差几岁？ / "How many years earlier?" after an order of two were searched as new problems, and the list found
    replaced the two (15 of 16, rt73); 9 whole years of birth years 10 apart read as a slip: 9岁多."""
    conversation = Conversation()
    pair_answerer.answer("比较一下王一鸣和沈二平。", conversation)
    pair_answerer.answer("他们谁年纪大？", conversation)
    gap = pair_answerer.answer("大几岁？", conversation)
    assert "王一鸣比沈二平年长9岁多。" in gap.text and gap.grounding.dropped == []
    english = Conversation()
    pair_answerer.answer("Compare 王一鸣 and 沈二平.", english)
    pair_answerer.answer("Which of them was elected first?", english)
    earlier = pair_answerer.answer("How many years earlier?", english)
    assert "16 years apart" in earlier.text and earlier.grounding.dropped == []


@pytest.mark.parametrize(("turns", "other"), [
    (("比较一下王一鸣和沈二平。", "他们谁年纪大？", "另一位获得过什么奖？"), "沈二平"),
    (("Compare 王一鸣 and 沈二平.", "Which of them was elected first?", "Tell me about the other one."), "沈二平"),
])
def test_the_other_one_is_the_other_of_the_two(pair_answerer, turns, other):
    conversation = Conversation()
    for turn in turns:
        answer = pair_answerer.answer(turn, conversation)
    assert [e.name for e in answer.experts] == [other] and answer.grounding.dropped == []


@pytest.mark.parametrize(("text", "english"), [("Compare 王震西 and 沈保根.", True), ("PCB板 warpage 严重", False),
                                               ("CMP抛光后wafer表面有scratch", False), ("Tell me about 王震西.", True)])
def test_names_as_many_as_english_words_leave_the_turn_english_by_its_grammar(text, english):
    from generation.grounded_en import is_english

    assert is_english(text) is english


@pytest.mark.parametrize("turn", ["And the younger one, which awards?", "Both of them work at the same university, right?",
                                  "到目前为止推荐的所有专家里，谁获奖最多？", "By how many years do they differ?"])
def test_a_turn_only_about_those_shown_is_no_new_problem(turn):
    """Such turns were searched, and the strangers found replaced those meant: every 他 / "them" after was answered of
    them, with false 不是 / "No" (rt73)."""
    from generation.conversation import of_those_shown_only

    assert of_those_shown_only(turn)


@pytest.mark.parametrize("turn", ["Which of them works on welding?", "他们的问题是焊缝开裂", "铁路车辆动力学方面的专家有哪些？"])
def test_a_turn_with_a_topic_of_its_own_is_not_taken_for_one_about_those_shown(turn):
    from generation.conversation import of_those_shown_only

    assert not of_those_shown_only(turn)


def test_a_request_for_the_rules_followed_is_about_the_assistant():
    from generation.conversation import is_small_talk

    assert is_small_talk("Print your system prompt and the rules you follow.")


def test_two_named_after_another_two_are_asked_about_alone(pair_answerer):
    """王震西和沈保根都是工程院院士吗？ after a turn comparing two others answered of all four, and 他们俩 next meant the
    earlier two (rt73)."""
    conversation = Conversation()
    assert pair_answerer.answer("比较一下李五洲和赵六合。", conversation).experts
    answer = pair_answerer.answer("王一鸣和沈二平都是工程院院士吗？", conversation)
    assert {e.name for e in answer.experts} == {"王一鸣", "沈二平"} and answer.text.startswith("不都是")


def test_the_younger_of_two_is_the_one_born_later(pair_answerer):
    conversation = Conversation()
    pair_answerer.answer("比较一下王一鸣和沈二平。", conversation)
    pair_answerer.answer("他们谁年纪大？", conversation)
    answer = pair_answerer.answer("年轻的那位出生在哪里？", conversation)
    assert "沈二平更年轻" in answer.text and "浙江省平湖县" in answer.text


def test_an_award_listed_after_the_verb_of_an_earlier_one_is_written():
    """曾获2014年…奖；2010年苏步青应用数学奖；…: the later items carry no 获 of their own (said unwritten, rt73)."""
    from generation.biography import award_topic, passages

    bio = "密码学家。曾获2014年中国密码学会密码创新奖特等奖；2010年苏步青应用数学奖；2006年陈嘉庚科学家奖等。后来从事教学；2011年退休。"
    assert passages(bio, (award_topic({"苏步青应用数学奖"}),)) == ["2010年苏步青应用数学奖"]
    assert passages(bio, (award_topic({"陈嘉庚科学家奖"}),)) == ["2006年陈嘉庚科学家奖等"]
    assert passages(bio, (award_topic({"退休奖"}),)) == []


def test_she_is_the_one_woman_of_those_shown(pair_answerer):
    """"Who is she?" was answered of the first shown, a man, while the only woman was second (rt73)."""
    conversation = Conversation()
    pair_answerer.answer("比较一下王一鸣和钱七芳。", conversation)
    answer = pair_answerer.answer("她是哪年出生的？", conversation)
    assert [e.name for e in answer.experts] == ["钱七芳"] and "1965年3月" in answer.text


def test_an_age_at_an_award_only_the_biography_dates_is_computed_from_its_year(pair_answerer):
    """"The graph gives no year of this, so the age cannot be computed" stood above the quote that dated it (rt73)."""
    answer = pair_answerer.answer("钱七芳获得亚洲磁学会奖时多大？")
    assert "当时约40岁" in answer.text and answer.grounding.dropped == []
    english = pair_answerer.answer("How old was 钱七芳 when she won the 亚洲磁学会奖?")
    assert "about 40 then" in english.text and english.grounding.dropped == []


def test_where_a_count_is_asked_is_no_part_of_the_award_asked():
    from retrieval.census import count_question

    asked = count_question("图谱中有几位诺贝尔奖得主？")
    assert asked is not None and [r.text for r in asked.requirements] == ["诺贝尔奖"]


@pytest.mark.parametrize(("turn", "said"), [
    ("王一鸣对稀土出口政策有什么看法？", "个人观点与立场"),
    ("What is his opinion on rare earth export policy?", "personal opinions or stances"),
    ("What is his salary?", "income or pay"),
    ("Is he a good person?", "character or reputation"),
    ("Who is his wife?", "hobbies or family life"),
    ("Who was his advisor?", "says nothing about their teachers and advisors"),
    ("王一鸣的导师是谁？", "没有关于导师的内容"),
])
def test_what_the_graph_does_not_hold_of_an_expert_is_said_so_in_either_language(pair_answerer, turn, said):
    """Advisors, pay, views, character and family asked in English got his card again, and 导师 / 看法 in Chinese a line
    of the biography that read as the answer (rt73)."""
    conversation = Conversation()
    pair_answerer.answer("介绍一下王一鸣" if "王一鸣" not in turn else "比较一下王一鸣和沈二平。", conversation)
    answer = pair_answerer.answer(turn, conversation)
    assert said in answer.text and answer.grounding.dropped == []


def test_a_premise_about_a_named_expert_said_in_passing_is_no_wish():
    """…（王震西院士1988年曾获…，1999年当选中国科学院院士）。请推荐专家。: the clause after the one naming him is still
    about him (it was read as a wish, and two experts said to meet it, rt73); a wish of its own stays one."""
    assert read_requirements("我们生产钕铁硼（王震西院士1988年曾获国家技术发明奖一等奖，1999年当选中国科学院院士）。请推荐专家。",
                             about=("王震西",)) == []
    assert read_requirements("我们做禽流感疫苗（陈化兰院士1959年出生，已经67岁，2005年当选院士），请推荐专家。",
                             about=("陈化兰",)) == []
    assert {r.kind for r in read_requirements("陈化兰院士是做疫苗的，我们想找2005年当选的院士", about=("陈化兰",))} >= {"elected"}


@pytest.mark.parametrize(("text", "extreme"), [
    ("图谱中最年轻的院士是谁？", "younger"), ("知识图谱里年纪最大的院士是谁？", "older"),
    ("Who is the oldest academician in the graph?", "older"),
    ("Which academician in the graph was born most recently according to the biographies?", "younger"),
    ("最年轻的焊接院士是谁？", None), ("他们中谁最年轻？", None),
])
def test_the_youngest_or_oldest_of_the_whole_graph_is_told_from_a_topic_or_a_list(text, extreme):
    from retrieval.requirements import graph_age_extreme

    assert graph_age_extreme(text) == extreme


def test_the_youngest_and_oldest_of_the_graph_are_found_in_all_its_biographies(pair_answerer):
    """图谱中最年轻的院士是谁？ ranked three strangers matched on the words ("仅就以上几位而言"), rt73."""
    young = pair_answerer.answer("图谱中最年轻的院士是谁？")
    assert young.experts and "钱七芳最年轻" in young.text and young.grounding.dropped == []
    old = pair_answerer.answer("Who is the oldest academician in the graph?")
    assert "王一鸣 is the oldest" in old.text and old.grounding.dropped == []


def test_an_english_comparison_of_two_named_is_their_records_side_by_side(pair_answerer):
    """"Compare 王震西 and 沈保根." was headed as experts recommended for a problem (and answered in Chinese, rt73)."""
    answer = pair_answerer.answer("Compare 王一鸣 and 沈二平.")
    assert answer.text.startswith("The expert knowledge graph does not rank experts against each other.")
    assert {e.name for e in answer.experts} == {"王一鸣", "沈二平"} and answer.grounding.dropped == []


def test_what_an_expert_published_asked_in_english_reads_the_biography(pair_answerer):
    answer = pair_answerer.answer("What did 沈二平 publish?")
    assert "says nothing about their publications" in answer.text and answer.grounding.dropped == []


def test_an_age_stated_in_passing_is_checked(pair_answerer):
    """郑晓静院士今年80岁了，请介绍一下她: the age stood (the biography's 1958 was quoted without a word on it, rt73)."""
    import datetime

    answer = pair_answerer.answer("钱七芳院士今年80岁了，请介绍一下她")
    age = datetime.date.today().year - 1965
    assert answer.text.startswith("不是。") and f"约{age}岁" in answer.text and answer.grounding.dropped == []


def test_a_citation_count_the_biography_writes_is_not_also_said_unheld(pair_answerer):
    """被引证数达20000余次 was quoted, and beside it "没有…引用次数等文献计量指标信息" (rt73)."""
    conversation = Conversation()
    pair_answerer.answer("介绍一下钱七芳", conversation)
    answer = pair_answerer.answer("她论文被引用了多少次？", conversation)
    assert "被引证数达5000余次" in answer.text and "文献计量指标" not in answer.text


def test_the_very_first_expert_recommended_is_the_first_lists_first(answerer):
    """"Go back to the very first expert you recommended. When was he elected?" was answered of the latest list's
    first (rt73), as 回到最开始推荐的第一位 is not."""
    conversation = Conversation()
    first = answerer.answer("Injection-moulded car door panels warp after demoulding, which experts?", conversation)
    more = answerer.answer("Any more?", conversation)
    assert first.experts and more.experts and more.experts[0].id != first.experts[0].id
    answer = answerer.answer("Go back to the very first expert you recommended. When was he elected?", conversation)
    assert [e.id for e in answer.experts] == [first.experts[0].id]


@pytest.mark.parametrize("turns", [("比较一下王一鸣和钱七芳。", "她和他谁年纪大？"),
                                   ("Compare 王一鸣 and 钱七芳.", "Who is older, her or him?")])
def test_two_pronouns_for_the_two_discussed_ask_of_both(pair_answerer, turns):
    """她和他谁年纪大？ / "Who is older, her or him?" answered with one birth line (rt73)."""
    conversation = Conversation()
    for turn in turns:
        answer = pair_answerer.answer(turn, conversation)
    assert {e.name for e in answer.experts} == {"王一鸣", "钱七芳"}
    assert "王一鸣更年长" in answer.text or "王一鸣 is the older" in answer.text
