"""What the eleventh session's red team (rt21, rt22) found in answers about experts' lives and records: a 是 given to a
premise whose words the biography writes of different facts (1984年毕业于大连理工大学 against "1984年毕业于解放军铁道兵工程
学院，…获大连理工大学博士学位"), a degree year checked against the election year, a post asked of "which university" read
as a named other workplace, 是 to a workplace with a duration stated beside it, a stranger read out of an expert's name
(于渌获…), two experts asked about with no list shown losing 他们 at the next turn, and ages at an election computed
from the records' years and the quoted birth year (checked again by the guard)."""

from __future__ import annotations

import re

import pytest

from test_biography import academicians as cae_academicians  # noqa: F401, F811  (a fixture, shared)
from generation import biography
from generation.answerer import ExpertAnswerer
from generation.conversation import Conversation
from generation.grounded import contradicted_premises, describe_attribute, jieba_words, post_elsewhere, post_unwritten
from generation.grounding import check_answer
from retrieval.models import AwardFact, ExpertMatch
from retrieval.names import NameIndex



@pytest.mark.parametrize("question, said, expected", [
    # the year and the school are each written, of different facts: not confirmed (it was 是); since rt157 denied, the
    # graduation of that year written at another school
    ("他是1984年毕业于大连理工大学的吧？", ["1984年毕业于解放军铁道兵工程学院机械系，1987年、1990年先后获大连理工大学硕士、博士学位"],
     "no"),
    ("他1988年毕业于江西师范大学，对吗？", ["1985年毕业于江西师范大学化学系，1988年毕业于南开大学，获有机化学硕士学位"], "unsaid"),
    # a native place is no birthplace
    ("她出生于四川省西充县，对吗？", ["出生于西安市，四川省西充县人，中共党员"], "unsaid"),
    # written together: confirmed
    ("他是1961年从中南工业大学毕业的吗？", ["1961年中南工业大学（长沙）毕业"], "yes"),
    ("他是1963年出生的吗？", ["1963年6月生于河南南阳，籍贯河南南阳"], "yes"),
    ("他是1964年出生的吗？", ["1963年6月生于河南南阳，籍贯河南南阳"], "no"),
    # the year of an election beside a question about birth is no birth year
    ("他们都是2005年当选，谁出生更早？", ["1938年3月生于江苏省宿迁市"], None),
])
def test_a_yes_needs_the_facts_stated_written_together(question, said, expected):
    assert biography.verdict(question, said) == expected


ONE = ExpertMatch(id="x", name="李根生", score=0.5, institution="中国石油大学", title="中国工程院院士",
                  awards=[AwardFact(name="中国工程院院士", year=2015)])


def test_a_workplace_with_a_duration_or_post_stated_beside_it_gets_no_yes():
    assert describe_attribute(ONE, "institution", "李根生在中国石油大学工作吗？").startswith("是。")
    for question in ("李根生在中国石油大学工作了20年，对吗？", "李根生是中国石油大学的校长吗？"):
        assert not describe_attribute(ONE, "institution", question).startswith("是")


def test_a_degree_year_is_not_checked_against_the_election_year():
    assert contradicted_premises(ONE, "李根生1998年获得哪个学校的博士学位？") == []
    assert [kind for kind, _ in contradicted_premises(ONE, "李根生是2010年当选院士的吧？")] == ["year"]


def test_a_post_asked_of_which_organisation_names_no_other_workplace():
    for question in ("李根生曾任哪些大学的校长？", "李根生现在是哪个大学的副校长？"):
        assert not post_elsewhere(ONE, question)
        assert not post_unwritten(question, ["现任中国石油大学（北京）副校长"])
    assert post_elsewhere(ONE, "李根生是清华大学校长吧？")


def test_no_stranger_is_read_out_of_an_experts_name():
    names = NameIndex({"于渌": ["cas-于渌"], "申长雨": ["cas-申长雨"]})
    assert names.unknown("于渌获得过国家自然科学奖一等奖吗？") == []
    assert "任正非" in names.unknown("任正非是院士吗？")


@pytest.fixture(scope="module")
def academicians(cae_academicians):  # noqa: F811 - the fixture imported above
    """40 real CAE academicians with their profile pages as sources, indexed (tests/test_biography.py): the answerer."""
    retriever, _ = cae_academicians
    return ExpertAnswerer(retriever)


def _dated(answerer: ExpertAnswerer) -> list[tuple[ExpertMatch, int, int]]:
    """(expert, seat year, birth year) of the experts whose seat is dated and whose biography gives a birth year."""
    retriever = answerer.retriever
    out = []
    for expert in retriever.records(list(retriever.profile_texts)):
        seats = [a.year for a in expert.awards if a.name.endswith("院士") and a.year]
        bio = retriever.biographies([expert.id]).get(expert.id)
        cited = biography.cited(expert, bio, biography.asked("他是哪年出生的？"))
        born = biography.birth_date(cited)
        if seats and born and len({e.name for e, _, _ in out} | {expert.name}) == len(out) + 1:
            out.append((cited, min(seats), born[0]))
    return out


def test_two_experts_asked_about_with_no_list_shown_are_them_next(academicians):
    (a, year_a, _), (b, year_b, _) = [d for d in _dated(academicians) if len(d[0].name) == 3][:2]  # (a two-character
    # name needs a cue to be read as one)
    conversation = Conversation()
    academicians.answer(f"{a.name}和{b.name}谁年纪大？", conversation)
    answer = academicians.answer("他们当选院士相差几年？", conversation)  # (it searched 他们 as a new problem)
    assert {e.name for e in answer.experts} == {a.name, b.name}
    gap = abs(year_a - year_b)
    assert (f"{gap}年" in answer.text) if gap else "同年" in answer.text


def test_an_age_at_election_is_the_years_subtracted_and_checked_by_the_guard(academicians):
    expert, seat, born = _dated(academicians)[0]
    answer = academicians.answer(f"{expert.name}当选院士时多少岁？", Conversation())
    assert f"当时约{seat - born}岁" in answer.text and not answer.grounding.dropped
    english = academicians.answer(f"How old was {expert.name} when elected to the academy?", Conversation())
    assert f"about {seat - born} then" in english.text
    said = f"按知识图谱的记录，{expert.name}{seat}年当选中国工程院院士；按下面所引简介中的生年相减，{expert.name}当时约{{}}岁。"
    assert check_answer(said.format(seat - born), [expert])[1].dropped == []
    assert check_answer(said.format(seat - born + 3), [expert])[1].dropped


def test_a_topic_no_direction_holds_but_the_biography_writes_is_quoted_not_denied(academicians):
    """陈立泉研究锂电池吗？ got "研究方向和学科中没有您问到的这一项" while his biography writes 锂电池 (rt21, rt22)."""
    retriever = academicians.retriever
    share = retriever.lexical.document_share
    for expert in retriever.records(list(retriever.profile_texts)):
        bio = retriever.biographies([expert.id]).get(expert.id) or ""
        recorded = "".join([*expert.directions, *expert.fields])
        word = next((w for w in jieba_words(bio) if len(w) >= 3 and re.fullmatch(r"[\u4e00-\u9fff]+", w)
                     and w not in recorded and not any(c in recorded for c in w) and 0 < share(w) < 0.05), None)
        if word:
            break
    answer = academicians.answer(f"{expert.name}研究{word}吗？", Conversation())
    assert "没有您问到的这一项" not in answer.text
    assert any(word in line for line in answer.text.split("简介写道：", 1)[-1].splitlines()), answer.text
    assert not answer.grounding.dropped


@pytest.mark.parametrize("question, said, expected", [
    ("Was he born in the 1960s?", ["物理化学家 1962年10月出生于吉林省九台市"], "yes"),
    ("Was he born in the 1950s?", ["物理化学家 1962年10月出生于吉林省九台市"], "no"),
    ("他是1960年代出生的吗？", ["1962年10月出生于吉林省九台市"], "yes"),
    # the year asked is an election's the biography writes (选聘), beside another academy's election
    ("他是1994年当选中国工程院院士的吗？", ["1994年被选聘为中国工程院院士，1999 年当选国际欧亚科学院院士"], None),
    ("他是1995年当选中国工程院院士的吗？", ["1994年被选聘为中国工程院院士，1999 年当选国际欧亚科学院院士"], "no"),
])
def test_decades_and_written_elections_are_read_as_the_biography_dates_them(question, said, expected):
    """"Born in the 1960s?" of one born in 1962 was "No" (1960 ≠ 1962); 1994年被选聘为… was not an election (rt22)."""
    assert biography.verdict(question, said) == expected


@pytest.mark.parametrize("question, award", [
    ("Did he win the Turing Award?", "图灵奖"), ("Did he receive the Nobel Prize?", "诺贝尔奖"),
    ("Did he receive the Humboldt Research Award?", "洪堡研究奖"),
    ("Did he receive the 国家科学技术进步奖二等奖 in 2005?", "国家科学技术进步奖二等奖"),
])
def test_an_english_question_asks_for_a_foreign_prize_as_biographies_write_it(question, award):
    """"Did 姚期智 win the Turing Award?" was denied while his biography writes 图灵奖 (rt22); a Chinese award in an
    English turn was not read, and its year was checked against the election."""
    from generation.grounded import asked_awards

    assert asked_awards(question) == [award]


def test_a_two_character_name_in_a_list_of_names_is_read():
    """李卫、沈保根、都有为三位中，谁是中国工程院院士？ dropped 李卫 (a two-character name with no title after it) and answered
    都不是 of the other two (rt21); a two-character name alone beside a common word stays unread."""
    names = NameIndex({"李卫": ["a"], "沈保根": ["b"], "都有为": ["c"], "何琳": ["d"], "王琪": ["e"], "陈军": ["f"]})
    assert [n.name for n in names.find("李卫、沈保根、都有为三位中，谁是中国工程院院士？")] == ["李卫", "沈保根", "都有为"]
    assert [n.name for n in names.find("何琳、王琪、陈军谁年纪最大？")] == ["何琳", "王琪", "陈军"]
    assert [n.name for n in names.find("我们和王琪聊过")] == []


def test_a_count_of_an_award_is_not_confirmed_when_the_biography_dates_one_more():
    """赵忠贤获得过两次国家自然科学奖，对吗？ got 是的 from the two recorded, while the biography quoted beside it writes a third
    (2011年…获国家自然科学二等奖) (rt21); and 最高奖 is 国家最高科学技术奖 (it said neither of two holders held it)."""
    from retrieval.models import Citation, CitedFact

    said = ["1990年所在集体获国家自然科学奖一等奖，2002年作为化学所的合作者获国家自然科学奖二等奖", "2011年 因对超导量子尺寸效应的贡献作为成员获国家自然科学二等奖"]
    expert = ExpertMatch(id="z", name="赵忠贤", score=0.0, awards=[
        AwardFact(name="国家自然科学奖一等奖", year=1990), AwardFact(name="国家自然科学奖二等奖", year=2002)],
        citations=[Citation(key="bio", kind=biography.BIOGRAPHY, facts=[
            CitedFact(kind=biography.BIOGRAPHY, fact=q, snippet=q) for q in said])])
    answer = describe_attribute(expert, "awards", "赵忠贤获得过两次国家自然科学奖，对吗？")
    assert not answer.startswith(("是", "不是")) and "简介中有关的内容见下" in answer
    recorded_only = expert.model_copy(update={"citations": []})
    assert describe_attribute(recorded_only, "awards", "赵忠贤获得过两次国家自然科学奖，对吗？").startswith("是的")
    both = describe_attribute(expert.model_copy(update={"awards": [AwardFact(name="国家最高科学技术奖", year=2016)]}),
                              "awards", "他获得过最高奖吗？")
    assert "没有您问到的那一项" not in both


def test_a_name_before_a_dated_award_and_a_grade_asked_are_read():
    """何琳2012年获得了国家科技进步几等奖？ read no name (a two-character one, before a year) and no award (几等奖) (rt21)."""
    from generation.grounded import asked_awards

    assert [n.name for n in NameIndex({"何琳": ["d"]}).find("何琳2012年获得了国家科技进步几等奖？")] == ["何琳"]
    assert asked_awards("何琳2012年获得了国家科技进步几等奖？") == ["国家科技进步奖"]


def test_a_later_question_with_no_subject_is_of_the_expert_the_first_names(academicians):
    """…？是因为什么成果？ after a question about a named expert was matched as a problem of its own, strangers listed."""
    expert = next(e for e, _, _ in _dated(academicians) if len(e.name) == 3)
    answer = academicians.answer(f"{expert.name}获得过哪些奖？是因为什么成果？", Conversation())
    assert [e.name for e in answer.experts] == [expert.name] and "相关度较低" not in answer.text


def test_why_one_was_not_recommended_says_the_list_left_them_out(academicians):
    """为什么不推荐欧阳明高？ answered "刚才推荐的专家是：…欧阳明高" though he was never recommended (rt25)."""
    experts = [e for e, _, _ in _dated(academicians) if len(e.name) == 3]
    conversation = Conversation()
    first = academicians.answer(experts[0].directions[0] if experts[0].directions else "注塑", conversation)
    other = next(e for e in experts if e.id not in {x.id for x in first.experts})
    answer = academicians.answer(f"为什么不推荐{other.name}？", conversation)
    assert answer.text.startswith(f"{other.name}不在刚才推荐的名单中") and not answer.grounding.dropped


def test_a_name_in_a_list_is_read_across_a_word_jieba_reads_over_its_end():
    """薛群基、刘维民和陈立泉…: jieba reads 民和 (a county) across 刘维民's end; he was dropped and said absent (rt24)."""
    names = NameIndex({"薛群基": ["x"], "刘维民": ["l"], "陈立泉": ["c"]})
    text = "薛群基、刘维民和陈立泉三位中谁年龄最小？谁当选最早？"
    assert [n.name for n in names.find(text)] == ["薛群基", "刘维民", "陈立泉"] and names.unknown(text) == []


@pytest.mark.parametrize("question, said, expected", [
    ("他是在西南交通大学获得博士学位的吗？", ["1982年获西南交通大学硕士学位，2003年获博士学位"], "unsaid"),
    ("他是在清华大学获得博士学位的吗？", ["1947年毕业于清华大学机械系", "1952年获美国加州理工学院博士学位"], "unsaid"),
    ("他是在加州理工学院获得博士学位的吗？", ["1952年获美国加州理工学院博士学位"], "yes"),
    ("他是清华大学毕业的吗？", ["1947年毕业于清华大学机械系"], "yes"),
    ("他是重庆人吗？", ["四川阆中人", "重庆大学教授"], "unsaid"), ("他是四川人吗？", ["四川阆中人", "重庆大学教授"], "yes"),
])
def test_a_degree_and_a_native_place_are_read_as_asked(question, said, expected):
    """在西南交大获得博士学位的吗？ was 是 for a master's there; 他是重庆人吗？ 是 of one at 重庆大学, 四川阆中人 (rt26)."""
    assert biography.verdict(question, said) == expected


def test_an_age_said_at_an_election_is_checked_against_the_years(academicians):
    """当选院士时是49岁吗？ got 是 whatever the number (rt26: 26 turns)."""
    expert, seat, born = _dated(academicians)[0]
    age = seat - born
    right = academicians.answer(f"{expert.name}当选院士时是{age}岁吗？", Conversation())
    wrong = academicians.answer(f"{expert.name}当选院士时是{age - 9}岁吗？", Conversation())
    assert right.text.startswith("是。") and wrong.text.startswith("不是。"), (right.text[:80], wrong.text[:80])
    assert not right.grounding.dropped and not wrong.grounding.dropped


def test_a_birth_and_an_election_asked_together_are_each_checked_against_their_own_year():
    """"Was he born in 1932 and elected in 1995?" was No to both (11 of 11, rt27): 1995 checked against the birth."""
    said = ["1932年生于江苏", "1995年当选中国工程院院士"]
    assert biography.verdict("Was he born in 1932 and elected in 1995?", said) != "no"
    assert biography.verdict("他是1932年出生、1995年当选院士的吗？", said) != "no"
    assert biography.verdict("Was he born in 1933 and elected in 1995?", said) == "no"
    lin = ExpertMatch(id="l", name="林尚扬", score=0.0, awards=[AwardFact(name="中国工程院院士", year=1995)])
    assert describe_attribute(lin, "awards", "他是1932年出生、1995年当选院士的吗？").find("不是") < 0


def test_he_after_who_is_the_oldest_is_the_one_the_answer_named(academicians):
    """他们谁最年长？ then 他获得过什么奖？ was answered of the first listed (rt26: 4 turns, 2 with a wrong fact)."""
    trio = [e for e, _, _ in _dated(academicians) if len(e.name) == 3][:3]
    conversation = Conversation()
    academicians.answer("、".join(e.name for e in trio) + "三位中谁最年长？", conversation)
    oldest = min(trio, key=lambda e: biography.birth_date(e))
    answer = academicians.answer("他获得过哪些奖？", conversation)
    assert [e.name for e in answer.experts] == [oldest.name]


def test_a_stated_election_order_is_confirmed_or_denied_by_the_years(academicians):
    """李德群比申长雨早当选院士吧？ of one elected later: 不是 (it answered 都是。是…是…, reading it as whether they are
    academicians); 当选院士时多大？ is the age asked (it answered 是。 with no age)."""
    dated = sorted({e.name: (e, seat) for e, seat, _ in _dated(academicians)}.values(), key=lambda d: d[1])
    (early, year_a), (late, year_b) = next(((a, b) for a, b in zip(dated, dated[1:]) if a[1] < b[1]))
    conversation = Conversation()
    academicians.answer(f"{early.name}和{late.name}的研究方向是什么？", conversation)
    assert academicians.answer(f"{late.name}比{early.name}早当选院士吧？", conversation).text.startswith("不是。")
    assert academicians.answer(f"{early.name}比{late.name}早当选院士吧？", conversation).text.startswith("是。")
    age = academicians.answer(f"{early.name}当选院士时多大？", Conversation()).text
    assert not age.startswith("是。") and "当时约" in age


def test_a_count_of_what_no_record_holds_is_not_the_seat_they_all_hold(academicians):
    """这些院士中有几位是女性？ / "How many of the academicians are women?": the biographies' words, not "3 of the 3"
    academicians with a Yes for each."""
    for problem, question in (("推荐做焊接的院士", "这些院士中有几位是女性？"),
                              ("Recommend academicians for welding problems.", "How many of the academicians are women?"),
                              ("Recommend academicians for welding problems.",
                               "How many of the academicians were born in Beijing?")):
        conversation = Conversation()
        shown = academicians.answer(problem, conversation).experts
        text = academicians.answer(question, conversation).text
        assert shown and "是院士的有" not in text and not text.startswith(f"{len(shown)} of the") and "Yes." not in text
