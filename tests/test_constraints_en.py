"""English and mixed messages that state several constraints at once (rt77): provinces and institutions written in
Chinese inside English ("only from universities in 湖南 or 广东"), "excluding 西安", "not 中国科学院", "CAE only",
"university experts", "born in the 1940s" — each was read as nothing, and experts who broke them were shown (one said
to meet "what you asked")."""

from __future__ import annotations

import pytest

from conftest import answerer_over, records_of
from generation.conversation import Conversation
from generation.conversation.wishes import _kinds_left_out
from retrieval.requirements import birth_bounds, read_requirements


def _read(text: str) -> set[tuple[str, str]]:
    return {(r.kind, r.text) for r in read_requirements(text)}


@pytest.mark.parametrize("text, wanted", [
    ("Recommend 2 experts, only from universities in 湖南 or 广东, elected before 2000.",
     {("sector", "高校"), ("place", "湖南"), ("place", "广东"), ("elected", "2000年以前")}),
    ("We need an expert at a university in 湖南省.", {("sector", "高校"), ("place", "湖南")}),
    ("Preferably from 清华大学 or 浙江大学.", {("institution", "清华大学"), ("institution", "浙江大学")}),
    ("We need an expert based in 上海 for lithium battery safety", {("place", "上海")}),
    ("Experts from Hunan or Guangdong only.", {("place", "湖南"), ("place", "广东")}),
    ("CAE only, please.", {("academy", "中国工程院院士")}),
    ("Only CAS.", {("academy", "中国科学院院士")}),
    ("Only experts born in the 1940s, at a university, CAE, excluding 西安.",
     {("sector", "高校"), ("academy", "中国工程院院士")}),
    ("We need university experts for welding.", {("sector", "高校")}),
    ("Universities only.", {("sector", "高校")}),
])
def test_constraints_said_in_english_with_chinese_names_are_read(text, wanted):
    assert _read(text) == wanted


@pytest.mark.parametrize("text", [
    "Our plant in 湖南 has warping problems; we need an expert.",
    "Our plant in Hunan only makes tiles, we need an expert",
    "Our university experts failed to solve it.",
    "We are a CAS institute and need help with corrosion.",
])
def test_what_the_enterprise_says_of_itself_asks_nothing(text):
    assert _read(text) == set()


@pytest.mark.parametrize("text, bounds", [
    ("Only experts born in the 1940s.", (1940, 1949)),
    ("born in 1950s please", (1950, 1959)),
    ("experts born between 1940 and 1955", (1940, 1955)),
    ("born 1940-1950", (1940, 1950)),
    ("1940年至1955年之间出生的专家", (1940, 1955)),
    ("40后的专家", (1940, 1949)),
    ("我们厂有40后的老师傅，想找焊接专家", None),
    ("不要40后的", None),
])
def test_birth_spans_and_decades(text, bounds):
    assert birth_bounds(text, 2026) == bounds


@pytest.mark.parametrize("text, problem, left_out", [
    ("Cement kiln energy saving. Only CAE experts, excluding 西安.", "Cement kiln energy saving. Only CAE experts",
     {("place", "西安")}),
    ("Welding experts, excluding Xi'an and Beijing.", "Welding experts", {("place", "西安"), ("place", "北京")}),
    ("Lithium battery safety experts, not CAS.", "Lithium battery safety experts.", {("academy", "中国科学院院士")}),
    # (as 不要中国科学院的 reads it: the seat)
    ("Lithium battery safety. 最好是上海的，not 中国科学院.", "Lithium battery safety. 最好是上海的",
     {("academy", "中国科学院院士")}),
    ("Not sure this matters, but we make tiles.", "Not sure this matters, but we make tiles.", set()),
])
def test_kinds_left_out_in_english(text, problem, left_out):
    rest, without = _kinds_left_out(text)
    assert rest == problem and {(r.kind, r.text) for r in without} == left_out


@pytest.fixture(scope="module")
def tile_answerer(expertglm_home, demo_graph, tmp_path_factory):
    """Five ceramics experts at universities in 湖南, 广东, 陕西 (西安), 北京 and 上海; the one in 上海 a CAS member."""
    records = records_of("s50t", "材料科学", [
        ("湘一陶", "湖南大学", "陶瓷烧成变形", [], "湘一陶，湖南大学教授。从事陶瓷砖烧成变形与窑炉研究。"),
        ("粤二瓷", "广东工业大学", "建筑陶瓷", [], "粤二瓷，广东工业大学教授。从事建筑陶瓷砖变形控制研究。"),
        ("秦三窑", "西安交通大学", "陶瓷烧结", [], "秦三窑，西安交通大学教授。从事陶瓷烧结变形与窑炉研究。"),
        ("燕四釉", "北京科技大学", "陶瓷材料", [], "燕四釉，北京科技大学教授。从事陶瓷材料与瓷砖变形研究。"),
        ("沪五坯", "上海大学", "陶瓷坯体", [{"name": "中国科学院院士", "year": 1999}],
         "沪五坯，上海大学教授。从事陶瓷坯体与瓷砖烧成变形研究。")])
    with answerer_over(records, expertglm_home, demo_graph[2], tmp_path_factory.mktemp("s50t")) as answerer:
        yield answerer


def test_provinces_in_chinese_inside_english_are_asked_for(tile_answerer):
    answer = tile_answerer.answer("Our ceramic tiles warp in the kiln. Recommend experts only from universities in "
                                  "湖南 or 广东.", Conversation())
    assert {e.name for e in answer.experts[:2]} == {"湘一陶", "粤二瓷"}
    assert answer.text.count("meets what you asked: 单位属于高校") == 2 and answer.grounding.dropped == []


def test_a_city_excluded_without_a_preposition_is_left_out(tile_answerer):
    answer = tile_answerer.answer("Our ceramic tiles warp in the kiln, excluding 西安.", Conversation())
    assert answer.experts and "秦三窑" not in {e.name for e in answer.experts}
    assert "Xi'an are left out" in answer.text and answer.grounding.dropped == []


@pytest.mark.parametrize("message, said", [
    ("瓷砖烧成变形，推荐专家，最好是上海的，不要中国科学院院士", "以上专家中，知识图谱的记录未显示有哪一位符合您提出的全部要求"),
    ("Our ceramic tiles warp in the kiln. Preferably in Shanghai, not CAS members.",
     "None of the experts above is shown by the graph's records to meet all you asked for"),
])
def test_a_wish_met_only_by_those_left_out_is_said_unmet(tile_answerer, message, said):
    """The one expert in 上海 is a CAS member, left out as asked: nothing was said of the wish for 上海."""
    answer = tile_answerer.answer(message, Conversation())
    assert answer.experts and "沪五坯" not in {e.name for e in answer.experts}
    assert said in answer.text and answer.grounding.dropped == []


@pytest.mark.parametrize("text, kind, left", [
    ("We need an expert on welding robots who won the State Science and Technology Progress Award.", "award",
     "We need an expert on welding robots."),
    ("We need an expert on welding robots based in Shanghai, preferably a CAE academician.", "academy",
     "We need an expert on welding robots based in Shanghai."),
    ("We need an expert on welding robots based in Shanghai, preferably a CAE academician.", "where",
     "We need an expert on welding robots, preferably a CAE academician."),
    ("我们需要焊接机器人专家，要求获得过国家科技进步奖", "award", "我们需要焊接机器人专家，要求获得过国家科技进步奖"),
])
def test_an_english_problem_without_the_wishes_of_a_kind(text, kind, left):
    """"Drop the award condition." after an English problem: its award clause goes (rt77: it stayed)."""
    from generation.conversation.wishes import _without_english_wishes

    assert _without_english_wishes(text, kind) == left


def test_dropping_the_award_condition_of_an_english_problem(tile_answerer):
    conversation = Conversation()
    tile_answerer.answer("Our ceramic tiles warp in the kiln; we need an expert who won the State Natural Science "
                         "Award.", conversation)
    tile_answerer.answer("Drop the award condition.", conversation)
    assert conversation.problem == "Our ceramic tiles warp in the kiln; we need an expert."


def _problems(answerer, turns: list[str]) -> list[str]:
    """The problem under discussion after each turn of one conversation."""
    conversation, out = Conversation(), []
    for turn in turns:
        answerer.answer(turn, conversation)
        out.append(conversation.problem)
    return out


def test_wishes_changed_in_english_keep_the_problem(tile_answerer):
    """"Only those born after 1955, please." was ignored, "Now only CAS members." searched alone (geologists for
    train aerodynamics) and "OK, take back the CAS filter." too (rt79)."""
    born, cas, back = _problems(tile_answerer, ["Our ceramic tiles warp in the kiln.", "Only those born after 1955, please.",
                                                "Now only CAS members.", "OK, take back the CAS filter."])[1:]
    assert born.startswith("Our ceramic tiles warp in the kiln") and "born after 1955" in born
    assert cas.startswith("Our ceramic tiles warp in the kiln") and "born after 1955" in cas and "CAS" in cas
    assert back.startswith("Our ceramic tiles warp in the kiln") and "born after 1955" in back and "CAS" not in back


def test_a_birth_decade_said_again_replaces_the_first(tile_answerer):
    problem = _problems(tile_answerer, ["Experts for tile warping in the kiln, born in the 1960s, university only.",
                                        "What about born in the 1950s instead?"])[-1]
    assert "1950s" in problem and "1960s" not in problem and "university only" in problem and "tile warping" in problem


def test_a_kind_left_out_is_wanted_again(tile_answerer):
    conversation = Conversation()
    tile_answerer.answer("Our ceramic tiles warp in the kiln, not in Beijing.", conversation)
    assert [r.text for r in conversation.without] == ["北京"]
    again = tile_answerer.answer("Now add back Beijing.", conversation)
    assert conversation.without == () and conversation.problem.startswith("Our ceramic tiles warp in the kiln")
    assert again.experts and again.grounding.dropped == []
    conversation = Conversation()
    tile_answerer.answer("瓷砖烧成变形，推荐专家，不要北京的", conversation)
    tile_answerer.answer("把北京加回来", conversation)
    assert conversation.without == () and conversation.problem.startswith("瓷砖烧成变形")


@pytest.mark.parametrize("turns, kept, gone", [
    (["瓷砖烧成变形，推荐专家，只要工程院的，出生在1950年以后", "放宽一下，出生年份不限"], "瓷砖烧成变形", "1950"),
    (["瓷砖烧成变形", "换成只要中科院院士", "再换回来，只要工程院的"], "工程院", "中国科学院"),
    (["Our ceramic tiles warp in the kiln, CAE only.", "Forget the CAE condition, just CAS."], "CAS", "CAE"),
])
def test_wishes_relaxed_or_switched_back(tile_answerer, turns, kept, gone):
    problem = _problems(tile_answerer, turns)[-1]
    assert kept in problem and gone not in problem and problem.startswith(turns[0][:4])


@pytest.mark.parametrize("turns, kept, gone", [
    (["瓷砖烧成变形，推荐专家。", "现在也包括工程院院士"], "瓷砖烧成变形，推荐专家。", "工程院"),  # nothing narrowed, nothing widened
    (["Our ceramic tiles warp in the kiln, only CAE, in Beijing.", "add Shanghai too"], "in Beijing. Only experts from Shanghai",
     "too"),
    (["瓷砖烧成变形，出生在1950年代", "放宽到1940年代也可以"], "1940", "1950"),
    (["瓷砖烧成变形，出生在1950年代", "不要限制出生年份了"], "瓷砖烧成变形", "1950"),
    (["瓷砖烧成变形，只要上海的", "不限地区了"], "瓷砖烧成变形", "上海"),
    (["瓷砖烧成变形", "放宽一下"], "瓷砖烧成变形", "放宽"),
])
def test_a_turn_that_only_changes_the_wishes_is_no_problem_of_its_own(tile_answerer, turns, kept, gone):
    """现在也包括工程院院士 / 放宽一下 / 不限地区了 / "add Shanghai too" were searched as problems of their own words (rt80: a
    tea scientist for 放宽, a geographer for 地区)."""
    problem = _problems(tile_answerer, turns)[-1]
    assert kept in problem and gone not in problem and problem.startswith(turns[0][:6])


def test_birth_decades_written_in_full():
    """出生在1950年代 and 1940年代出生 were no birth years (rt80)."""
    assert birth_bounds("核电站安全专家，出生在1950年代", 2026) == (1950, 1959)
    assert birth_bounds("1940年代出生的专家", 2026) == (1940, 1949)
