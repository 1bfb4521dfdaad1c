"""Questions about people the twenty-seventh session mended: a first message that only asks who someone the graph
does not hold is (张三是谁？ "Who is John Smith?" got a list of strangers), family questions about a named expert,
and two experts compared in a mixed or terse message (Compare 关桥 and 林尚扬 / 关桥 vs 林尚扬 added a third)."""

from __future__ import annotations

import pytest

from conftest import answerer_over, records_of
from generation.conversation import Conversation
from generation.grounded import ABSENT_FIRST, DICTATED_NOTE
from generation.grounded_en import ABSENT_FIRST_EN


@pytest.fixture(scope="module")
def weld_answerer(expertglm_home, demo_graph, tmp_path_factory):
    """Three welding experts, one of a two-character name (a name jieba may read as a word)."""
    records = records_of("s51w", "机械工程", [
        ("关河", "中国航空制造工程研究院", "焊接力学", [], "关河，研究员，1950年生。从事焊接力学与焊接变形控制研究。"),
        ("林尚远", "哈尔滨焊接研究所", "激光焊接", [], "林尚远，研究员，1962年生。从事激光-电弧复合焊接研究。"),
        ("潘季明", "清华大学", "焊接自动化", [], "潘季明，清华大学教授，1940年生。从事焊接自动化研究。1987年获第三世界科学院物理奖。"),
        ("郑石岭", "同济大学", "焊接结构设计", [], "焊接结构专家。1981年同济大学硕士研究生毕业。同济大学焊接研究所教授。"
         "现任同济大学学术委员会主任。曾任同济大学机械学院院长、同济大学副校长、上海市焊接学会理事长。"),
        ("汤昭友", None, "焊接冶金", [], "焊接冶金专家。现任复旦大学（中山医院）焊接研究所所长。"),
        ("于岷", "哈尔滨焊接研究所", "焊接材料", [], "焊接材料专家。曾任哈尔滨焊接研究所副所长。"),
        ("石青峰", "清华大学", "焊接电源", [], "石青峰，清华大学教授，1945年生。从事焊接电源研究。"),
        ("万里云", "清华大学", "焊接检测", [], "万里云，清华大学教授，1952年生。从事焊缝无损检测研究。"),
        ("白晓岚", "清华大学", "焊接仿真", [], "白晓岚，清华大学教授，1975年生。从事焊接过程仿真研究。")])
    with answerer_over(records, expertglm_home, demo_graph[2], tmp_path_factory.mktemp("s51w")) as answerer:
        yield answerer


def _after(answerer, first: str, turn: str) -> tuple:
    """The answer to `turn` said after `first` in one conversation, and the conversation."""
    conversation = Conversation()
    answerer.answer(first, conversation)
    return answerer.answer(turn, conversation), conversation


@pytest.mark.parametrize("turn, reply", [("张三是谁？", ABSENT_FIRST), ("李四院士在哪个单位？", ABSENT_FIRST),
                                         ("Who is John Smith?", ABSENT_FIRST_EN)])
def test_a_first_question_about_someone_the_graph_lacks_lists_no_one(weld_answerer, turn, reply):
    conversation = Conversation()
    answer = weld_answerer.answer(turn, conversation)
    assert answer.text.startswith(reply) and answer.experts == [], answer.text
    again = weld_answerer.answer("他获得过什么奖？" if reply == ABSENT_FIRST else "What awards has he won?", conversation)
    assert again.experts == [] and "没有您提到的那位专家" in again.text or "holds no one of the name" in again.text


def test_a_person_asked_of_in_english_is_a_name_only_with_a_person_cue(weld_answerer):
    names = weld_answerer.retriever.names
    assert names.unknown("Who is John Smith?") == ["John Smith"]
    assert names.unknown("Tell me about Dr. Jane Doe.") == ["Jane Doe"]
    assert names.unknown("Tell me about Additive Manufacturing") == []  # no title, no question of who
    assert names.unknown("who is the best expert?") == []


def test_a_problem_beside_an_absent_name_keeps_its_list(weld_answerer):
    answer = weld_answerer.answer("张三教授能帮我们解决铝合金焊接变形吗？")
    assert answer.experts and "没有您提到的那位专家" in answer.text


@pytest.mark.parametrize("turn", ["关河的老婆是谁？", "关河有几个孩子？"])
def test_family_questions_about_a_named_expert_say_the_graph_lacks_them(weld_answerer, turn):
    answer = weld_answerer.answer(turn)
    assert "关河的爱好与家庭生活信息" in answer.text and [e.name for e in answer.experts] == ["关河"], answer.text
    assert "林尚远" not in answer.text and "潘季明" not in answer.text


@pytest.mark.parametrize("turn", ["Compare 关河 and 林尚远", "关河 vs 林尚远", "关河PK林尚远，谁更强？"])
def test_two_named_experts_compared_are_those_two(weld_answerer, turn):
    answer = weld_answerer.answer(turn)
    assert sorted(e.name for e in answer.experts) == ["关河", "林尚远"], answer.text
    assert "潘季明" not in answer.text and answer.grounding.dropped == []


@pytest.mark.parametrize("first, turn, english", [
    ("潘季明是谁？", "他的学生林尚远也是院士吧？", False),
    ("焊接变形", "第一位的学生关河也是院士，对吧？", False),
    ("Who is 潘季明?", "His wife 林尚远 is also an academician, right?", True),
])
def test_a_relation_between_people_stated_in_a_question_is_not_confirmed(weld_answerer, first, turn, english):
    """他的学生李明也是院士吧？ was answered 是 / "Yes, all of them" (of the seats), confirming the student (rt81)."""
    from generation.answerer import RELATION_NOTE, RELATION_NOTE_EN

    conversation = Conversation()
    weld_answerer.answer(first, conversation)
    answer = weld_answerer.answer(turn, conversation)
    assert answer.text.startswith(RELATION_NOTE_EN if english else RELATION_NOTE), answer.text
    assert "都是" not in answer.text and "all of them" not in answer.text


def test_a_relation_word_inside_a_problem_is_no_relation(weld_answerer):
    answer = weld_answerer.answer("我们学校的学生宿舍焊接栏杆开裂，请推荐专家")
    assert "师生、亲属" not in answer.text and answer.experts


@pytest.mark.parametrize("turn", ["郑石岭曾任同济大学副校长吗？", "汤昭友是复旦大学焊接研究所所长吗？"])
def test_a_post_the_biography_writes_is_confirmed(weld_answerer, turn):
    """郑时龄曾任同济大学副校长吗？ was said unwritten (the sentence came fourth on his posts); a post written with a
    bracket inside its organisation (复旦大学（中山医院）…所长) likewise, and "no institution recorded" said first (rt81)."""
    answer = weld_answerer.answer(turn)
    assert answer.text.startswith("是。"), answer.text
    assert "无法确认" not in answer.text and "没有写到" not in answer.text and answer.grounding.dropped == []


def test_a_two_character_name_asked_about_is_found(weld_answerer):
    """于敏是谁？ found no one, and 他曾任…副院长吗？ was answered of another (rt81)."""
    conversation = Conversation()
    first = weld_answerer.answer("于岷是谁？", conversation)
    assert [e.name for e in first.experts] == ["于岷"]
    post = weld_answerer.answer("他是不是当过哈尔滨焊接研究所副所长？", conversation)
    assert post.text.startswith("是。") and "于岷" in post.text


def test_an_award_asked_of_someone_the_graph_lacks_lists_no_one(weld_answerer):
    answer = weld_answerer.answer("屠呦呦获得诺贝尔奖是哪一年？")
    assert answer.text.startswith(ABSENT_FIRST) and answer.experts == []


@pytest.mark.parametrize("turn, kinds", [("他对华为怎么看？", ["个人观点与立场"]), ("第一位的政治立场是什么？", ["个人观点与立场"]),
                                         ("他的工资多少？身体怎么样？", ["收入与待遇", "身体情况"])])
def test_opinions_and_health_of_one_shown_are_said_unheld(weld_answerer, turn, kinds):
    """他对华为怎么看？ 第一位的政治立场是什么？ got the card again; 身体怎么样 beside the salary emptied the answer (rt81)."""
    conversation = Conversation()
    shown = weld_answerer.answer("焊接变形怎么控制", conversation)
    answer = weld_answerer.answer(turn, conversation)
    assert all(k in answer.text for k in kinds) and shown.experts[0].name in answer.text, answer.text
    assert answer.grounding.dropped == [] and "研究方向：" not in answer.text


def test_what_he_thinks_in_english_is_said_unheld(weld_answerer):
    answer, _ = _after(weld_answerer, "焊接变形怎么控制", "What does he think about welding robots?")
    assert "personal opinions" in answer.text and "Research directions" not in answer.text, answer.text


def test_they_two_after_two_named_among_more_shown_are_those_two(weld_answerer):
    """饶子和和申长雨谁更适合…？ then 他们两人谁年纪更大？ ranked all five shown (rt81)."""
    answer, _ = _after(weld_answerer, "关河和林尚远谁更适合解决焊接变形问题？", "他们两人谁年纪更大？")
    assert "关河更年长" in answer.text and "潘季明" not in answer.text, answer.text


def test_the_youngest_of_a_count_is_of_all_it_counted(weld_answerer):
    """哈尔滨工业大学…共13位 then 其中最年轻的是谁？ ranked the three shown (rt81)."""
    conversation = Conversation()
    count = weld_answerer.answer("清华大学有多少位专家？", conversation)
    assert "共4位" in count.text, count.text
    answer = weld_answerer.answer("其中最年轻的是谁？", conversation)
    assert "白晓岚最年轻" in answer.text, answer.text


def test_a_false_move_said_in_an_english_follow_up_is_corrected(weld_answerer):
    """"Since he moved to 上海交通大学 in 2015, can he…?" got the list again, the move let stand (rt81)."""
    answer, _ = _after(weld_answerer, "Who is 潘季明?",
                       "Since he moved to 上海交通大学 in 2015, can he still supervise our project?")
    assert "works at 清华大学" in answer.text and answer.grounding.dropped == [], answer.text


def test_a_short_institution_name_before_a_post_is_read_in_full():
    from generation.conversation import expand_org_aliases

    assert expand_org_aliases("他作为北大校长，能不能帮我们对接北大的资源？") == "他作为北京大学校长，能不能帮我们对接北京大学的资源？"
    assert expand_org_aliases("东北大学的专家") == "东北大学的专家"


def test_a_topic_count_says_it_counts_direction_names(weld_answerer):
    """超导材料方面有哪些院士？ 还有吗？ said "以上已全部列出" of the two whose directions name it, and one whose biography
    names it was left out unsaid (rt81)."""
    from generation.grounded import TERM_COUNTED

    conversation = Conversation()
    count = weld_answerer.answer("激光焊接方面有哪些专家？", conversation)
    assert "共1位" in count.text and TERM_COUNTED in count.text, count.text
    more = weld_answerer.answer("还有吗？", conversation)
    assert TERM_COUNTED in more.text and more.grounding.dropped == [], more.text


def test_an_award_named_after_an_academy_is_no_institution(weld_answerer):
    """他1987年获得第三世界科学院物理奖，对吧？ opened with "单位不是您提到的单位" (rt81)."""
    answer = weld_answerer.answer("潘季明1987年获得第三世界科学院物理奖，对吧？")
    assert "单位不是" not in answer.text and "第三世界科学院物理奖" in answer.text, answer.text


def test_how_many_of_those_shown_are_in_a_city_is_counted(weld_answerer):
    """他们中有几位在北京？ gave each one's institution; a place beside a seat said 单位名称含「北京」 of an institution whose
    name does not hold it (rt81)."""
    answer, _ = _after(weld_answerer, "焊接自动化和焊接电源", "他们中有几位在北京？")
    assert "单位位于北京的有" in answer.text and "单位名称含" not in answer.text, answer.text


def test_a_request_for_experts_is_no_self_description_kept_for_the_next_problem(weld_answerer):
    """推荐做空气动力学的专家 then 焊接变形: the second was searched with the first as the company's context (rt81 run)."""
    answer, conversation = _after(weld_answerer, "推荐做焊接自动化的专家", "激光焊接")
    assert answer.experts[0].name == "林尚远" and conversation.problem == "激光焊接", conversation.problem


@pytest.mark.parametrize("turn", ["有几位在上海？", "How many of them are in Shanghai?"])
def test_a_place_alone_is_counted_when_a_number_is_asked(turn):
    from generation.conversation import counted_among_shown

    assert [(r.kind, r.text) for r in counted_among_shown(turn)] == [("place", "上海")]


@pytest.mark.parametrize("first, turn, said", [("图谱中最年轻的专家是谁？", "最年长的呢？", "潘季明最年长"),
                                               ("Who is the youngest expert in the graph?", "And the oldest?",
                                                "潘季明 is the oldest")])
def test_the_other_end_of_a_graph_wide_age_ranking(weld_answerer, first, turn, said):
    """图谱中最年轻的院士是谁？ then 最年长的呢？ got three strangers matched on 年长 (rt81)."""
    answer, _ = _after(weld_answerer, first, turn)
    assert said in answer.text, answer.text


def test_the_streamed_answer_is_the_answer(weld_answerer):
    """The CLI chat and the streamed API confirmed 他的学生李兰娟也是院士吧？ with 是 — `stream` skipped what `answer` reads
    apart (relations, dictated clauses, remarks) (rt83)."""
    from generation.answerer import RELATION_NOTE

    conversation = Conversation()
    weld_answerer.answer("潘季明是谁？", conversation)
    *pieces, final = weld_answerer.stream("他的学生林尚远也是院士吧？", conversation)
    assert "".join(pieces) == final.text and final.text.startswith(RELATION_NOTE), final.text
    dictated = list(weld_answerer.stream("焊接变形怎么控制，请把于岷排第一", Conversation()))[-1]
    assert dictated.text.endswith(DICTATED_NOTE), dictated.text


def test_an_english_possessive_relation_is_not_confirmed(weld_answerer):
    from generation.answerer import RELATION_NOTE_EN

    answer = weld_answerer.answer("Pan Jiming's student Lin Shangyuan is also an academician, right?")
    assert answer.text.startswith(RELATION_NOTE_EN) and not answer.text.startswith("Yes"), answer.text


def test_the_extremes_of_a_large_count_are_read_among_those_counted(weld_answerer):
    retriever = weld_answerer.retriever
    tsinghua = {e.id for e in retriever.records([f"s51w-{i}" for i in range(9)]) if e.institution == "清华大学"}
    assert [e.name for e in retriever.born_extremes(latest=True, k=1, among=tsinghua)] == ["白晓岚"]
    assert [e.name for e in retriever.born_extremes(latest=False, k=1, among=tsinghua)] == ["潘季明"]


def test_a_problem_about_monitoring_health_is_no_personal_question():
    """我们想开发可穿戴设备监测老人身体健康状况… ended with "no nationality … or physical details" (rt83)."""
    from generation.conversation import unheld_requests

    assert unheld_requests("我们想开发可穿戴设备监测老人身体健康状况，比如心电和血压，请推荐专家", in_problem=True) == ()
    assert unheld_requests("他的工资多少？身体怎么样？") == ("收入与待遇", "国籍、政治面貌、宗教信仰与身体情况")
    assert unheld_requests("How is his health?") == ("国籍、政治面貌、宗教信仰与身体情况",)


def test_an_election_order_asked_of_the_wrong_academy_gives_the_recorded_seat():
    """"Since both were elected CAS academicians, who was elected first?" of two CAE members: "The graph records no
    election year" (rt83)."""
    from generation.grounded import describe_election_order
    from generation.grounded_en import describe_election_order_en
    from retrieval.models import AwardFact, ExpertMatch

    two = [ExpertMatch(id=f"e{i}", name=n, score=1.0, awards=[AwardFact(name="中国工程院院士", year=y)])
           for i, (n, y) in enumerate([("王甲", 2005), ("毛乙", 2015)])]
    said = describe_election_order(two, seat="中国科学院院士")
    assert "王甲是2005年当选中国工程院院士，不是您提到的中国科学院院士" in said and "没有" not in said, said
    assert "没有" not in describe_election_order(two) and "王甲2005年当选中国工程院院士" in describe_election_order(two)
    assert "no election year" not in describe_election_order_en(two, seat="中国科学院院士")


def test_a_graph_name_before_a_verb_is_no_stranger(weld_answerer):
    """我们的顾问王辰说，… listed 王辰 and said the graph had no one of that name (王辰说 read as a name, rt83)."""
    assert weld_answerer.retriever.names.unknown("我们的顾问于岷说，焊缝开裂很严重，需要专家。") == []


def test_who_someone_absent_is_with_a_question_about_him_after(weld_answerer):
    """"Who is Qian Xuesen? What did he contribute to rocketry?" got three urologists (rt83)."""
    from generation.grounded_en import ABSENT_FIRST_EN

    answer = weld_answerer.answer("Who is Qian Xuesen? What did he contribute to rocketry?")
    assert answer.text.startswith(ABSENT_FIRST_EN) and answer.experts == [], answer.text


@pytest.mark.parametrize("turn", ["郑石岭是同济大学校长吗？", "于岷是哈尔滨焊接研究所所长吗？"])
def test_a_post_asked_of_one_whose_biography_writes_its_deputy_is_denied(weld_answerer, turn):
    """王辰是中国工程院院长吗？ of 现任中国工程院…副院长 got the quote and no 不是 (rt83)."""
    answer = weld_answerer.answer(turn)
    assert answer.text.startswith("不是。") and "副职" in answer.text, answer.text
