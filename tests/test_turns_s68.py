"""Turns the forty-fourth session mended (rt146, rt147): a claim said of two named experts alike is checked of each;
an age gap asked in its own words is answered from the birth dates; a ranking by award count asked of those named
gives the counts and the ties, and a gap between two counts is their difference; a topic filter after a count narrows
it; a number of awards said is checked without the academy seats; a trade said before a two-character name makes it
one; 其中 after a turn on one expert's awards is of his; and the English counts that dropped an institution or a
topic read them."""

from __future__ import annotations

import pytest

from conftest import answerer_over, records_of
from conftest import said_in_turns as _turns

CAS, CAE = "中国科学院院士", "中国工程院院士"
TOP = "国家最高科学技术奖"
# (name, institution, direction, awards, bio)
PEOPLE = [
    ("孔九膜", "九州力学研究所", "爆炸力学", [{"name": CAS, "year": 1980}, {"name": CAE, "year": 1994},
                               {"name": TOP, "year": 2012}, {"name": "国家自然科学奖二等奖", "year": 1982},
                               {"name": "何梁何利基金科学与技术进步奖", "year": 1999}],
     "孔九膜（1924.10.02- ）力学家。"),
    ("蔡九晶", "九州建筑大学", "城市规划", [{"name": CAS, "year": 1980}, {"name": TOP, "year": 2011},
                               {"name": "国家科学技术进步奖一等奖", "year": 1990}, {"name": "国家自然科学奖二等奖", "year": 1995},
                               {"name": "国家科学技术进步奖二等奖", "year": 1998}],
     "1922年5月7日生于江苏南京。建筑学家。"),
    ("苏九镜", "九州航天研究院", "运载火箭总体设计", [{"name": CAS, "year": 1991}, {"name": TOP, "year": 2009}],
     "苏九镜（1929.4.8- ）航天专家。"),
    ("袁九平", "九州医科大学", "肝胆外科医学", [{"name": CAS, "year": 1991}, {"name": TOP, "year": 2005}],
     "1922年8月出生。肝胆外科专家。"),
    ("江九", "九州水利研究院", "水文水资源", [{"name": CAE, "year": 2005}, {"name": "国家科学技术进步奖一等奖", "year": 2008},
                                  {"name": "国家科学技术进步奖二等奖", "year": 2003}],
     "1953年生。获国家科学技术进步一等奖1项、二等奖7项。2001年获全国五一劳动奖章。"),
    ("龙九同", "九州工业大学", "陶瓷基复合材料", [{"name": CAE, "year": 1995}, {"name": "国家技术发明奖一等奖", "year": 2004},
                                    {"name": "国家技术发明奖二等奖", "year": 2016}],
     "龙九同（女）材料学家。复合材料获2004年国家技术发明一等奖。刹车盘制备技术获2016年国家技术发明二等奖。"),
]


@pytest.fixture(scope="module")
def people(expertglm_home, demo_graph, tmp_path_factory):
    with answerer_over(records_of("s68", "工程", PEOPLE), expertglm_home, demo_graph[2],
                       tmp_path_factory.mktemp("s68")) as answerer:
        yield answerer


@pytest.mark.parametrize("claim", [
    "孔九膜 and 蔡九晶 were both elected to CAS in 1980 and both born in 1922, right?",
    "孔九膜和蔡九晶都生于1922年，对吧？",
])
def test_a_claim_said_of_two_alike_is_checked_of_each(people, claim):
    """"Zheng Zhemin and Wu Liangyong were both elected to CAS in 1980 and both born in 1922, right?" got "Yes." of 吴良镛
    alone, 郑哲敏's 1924 never denied (rt146): each is checked, the one born in 1924 denied."""
    answer, _ = _turns(people, claim)
    english = claim.isascii() or "right?" in claim
    no, yes = ("No.", "Yes.") if english else ("不是。", "是。")
    kong, cai = answer.text.index("孔九膜"), answer.text.index("蔡九晶")
    assert no in answer.text[:cai] and "1924" in answer.text[kong:cai], answer.text
    assert no not in answer.text[answer.text.index("蔡九晶", cai):].split("孔九膜")[0], answer.text


@pytest.mark.parametrize("asked", ["他俩年龄差多少？", "What is their age gap?", "what's the age difference between them?",
                                   "How many years apart were they born?"])
def test_an_age_gap_asked_in_its_own_words_is_the_years_between_births(people, asked):
    """他俩年龄差多少？ quoted one biography; "so what's their age gap exactly?" was refused as unrecorded (rt146)."""
    answer, _ = _turns(people, "孔九膜和蔡九晶哪年当选院士？", asked)
    assert "年长2岁" in answer.text or "2 years older" in answer.text, answer.text


def test_a_ranking_by_award_count_of_those_named_gives_counts_and_ties(people):
    """在赵忠贤、孙家栋、王永志三人中，谁的获奖记录最多？按数量排个名。 listed them in the order named, no counts; 前两名
    …相差几项？ then gave their sum (rt146)."""
    answer, conversation = _turns(people, "在苏九镜、孔九膜、蔡九晶三人中，谁的获奖记录最多？按数量排个名。")
    assert answer.text.index("孔九膜") < answer.text.index("苏九镜"), answer.text
    assert "孔九膜的获奖与当选记录共有5项" in answer.text and "苏九镜的获奖与当选记录共有2项" in answer.text, answer.text
    assert "孔九膜与蔡九晶并列最多" in answer.text, answer.text
    answer = people.answer("前两名的获奖数量相差几项？", conversation)
    assert "项数相同" in answer.text and "合计" not in answer.text, answer.text


def test_a_topic_after_a_count_narrows_it(people):
    """获得过国家最高科学技术奖的院士里，女性有几位？ 其中医学领域的有几位？ listed three engineers' directions, and 这几位医学家
    next computed of them (rt146): those counted whose direction names it."""
    answer, _ = _turns(people, "获得过国家最高科学技术奖的院士有几位？", "其中医学领域的有几位？")
    assert "袁九平" in answer.text and "共1位" in answer.text, answer.text
    assert all(name not in answer.text for name in ("孔九膜", "蔡九晶", "苏九镜")), answer.text


@pytest.mark.parametrize("claim, verdict", [("孔九膜一共有两项国家级奖励，对吧？", "是的"),
                                            ("孔九膜一共有三项科技奖励，对吧？", "是的"),
                                            ("孔九膜一共有五项国家级奖励，对吧？", "不是"),
                                            ("孔九膜一共有五项荣誉，对吧？", "是的")])
def test_a_number_of_awards_is_checked_without_the_seats(people, claim, verdict):
    """郑哲敏一共有五项国家级奖励，对吧？ got 是的 of 3 awards and 2 academy seats (rt147): the seats are no award, and 国家级
    leaves the foundation's prize out; honours count the seats."""
    answer, _ = _turns(people, claim)
    assert answer.text.startswith(verdict), answer.text


def test_two_counts_added_up_leave_the_seats_out(people):
    """…那他俩的国家级科技奖励加起来四项？ got 是的 of two awards and two seats (rt147)."""
    answer, _ = _turns(people, "苏九镜和袁九平的国家级科技奖励加起来四项？")
    assert answer.text.startswith("不是") and "合计2项" in answer.text, answer.text


def test_a_trade_before_a_two_character_name_names_him(people):
    """水文专家王浩一共获得三项国家科技进步奖，对吧？ answered of 武强, found by its words; 其中一等奖两项？ next listed
    strangers (rt147)."""
    answer, conversation = _turns(people, "水文专家江九一共获得三项国家科技进步奖，对吧？")
    assert "江九" in answer.text and conversation.focus is not None and conversation.focus.name == "江九", answer.text
    answer = people.answer("其中一等奖两项？", conversation)
    assert answer.text.startswith("不是") and "江九" in answer.text, answer.text


@pytest.mark.parametrize("question, wanted", [
    ("How many academicians at Tsinghua University are members of the Chinese Academy of Engineering?",
     {("institution", "Tsinghua University"), ("academy", CAE)}),
    ("How many academicians at USTC are CAE members?", {("institution", "USTC"), ("academy", CAE)}),
    ("How many CAS members are there?", {("academy", CAS)}),
])
def test_english_counts_keep_the_institution_and_the_seat(question, wanted):
    """"How many academicians at Tsinghua University are members of the Chinese Academy of Engineering?" counted all
    1,643 academicians; "… at the University of Science and Technology of China are CAE members?" listed strangers
    as meeting it (rt146)."""
    from retrieval.census import count_question_en

    asked = count_question_en(question)
    assert asked is not None and {(r.kind, r.text) for r in asked.requirements} == wanted, asked


def test_an_english_count_keeps_its_topic_beside_the_institution():
    """"Which academicians at the University of Science and Technology of China work on immunology?" listed all 19
    there (rt146): a topic the jargon table holds is counted; one it lacks is no count."""
    from retrieval.census import count_question_en

    asked = count_question_en("Which academicians at Tsinghua University work on welding?")
    assert asked is not None and asked.term == "焊接", asked
    assert count_question_en("Which academicians at Tsinghua University work on quantum gravity waves?") is None


def test_which_of_a_count_hold_a_seat_is_that_count():
    """获得国家最高科学技术奖的院士里，哪些是两院院士？ found none (rt147)."""
    from retrieval.census import count_question

    asked = count_question("获得国家最高科学技术奖的院士里，哪些是两院院士？")
    assert asked is not None and {(r.kind, r.text) for r in asked.requirements} == {("award", TOP), ("academy", "两院院士")}


def test_a_weak_card_of_word_pieces_comes_after_one_of_a_whole_word():
    """生物质气化发电 put first an electrochemist whose record holds 物质 only, the biomass expert whose record writes
    生物质 second (rt148)."""
    from retrieval.models import ExpertMatch
    from retrieval.pipeline import WEAK_PARTS, WEAK_WORDS, weak_last

    pieces = ExpertMatch(id="a", name="甲", score=0.9, strength=18, strength_label="低",
                         reasons=[WEAK_PARTS + "物质（问题写的是「生物质」）"])
    whole = ExpertMatch(id="b", name="乙", score=0.8, strength=12, strength_label="低", reasons=[WEAK_WORDS + "生物质"])
    assert [e.id for e in weak_last([pieces, whole])] == ["b", "a"]


def test_an_award_not_held_beside_one_held_is_not_said_undated(people):
    """吴孟超是不是2005年获得的国家最高科学技术奖，同年还获得了何梁何利奖？ got 知识图谱没有吴孟超的何梁何利奖的年份记录, as if he
    held it (rt147): no record holds it, said so."""
    answer, _ = _turns(people, "袁九平是不是2005年获得的国家最高科学技术奖，同年还获得了何梁何利奖？")
    assert answer.text.startswith("不是") and "没有您问到的那一项" in answer.text and "年份记录" not in answer.text, \
        answer.text


def test_a_birth_date_written_with_full_stops_before_born_is_read():
    """张锦秋（女）教授级高级建筑师，1936.10.生于成都。 was said to write no birth year (rt147)."""
    from retrieval.requirements import BORN

    found = BORN.search("张九秋（女）教授级高级建筑师，1936.10.生于成都。")
    assert found is not None and next(g for g in found.groups() if g) == "1936"
    assert BORN.search("1966.2年至今在九州设计院工作。") is None


@pytest.mark.parametrize("question", ["1990年代当选中国工程院院士、单位在清华大学的有几位？",
                                      "那九十年代当选工程院的清华院士有几位？"])
def test_a_count_reads_the_institution_its_short_name_and_the_academy_elected_to(question):
    """1990年代当选中国工程院院士、单位在清华大学的有几位？ listed others as meeting it (单位在 read as a topic); 那八十年代初
    当选中科院的清华院士有几位？ read 中科院的清华 as a topic (rt147)."""
    from retrieval.census import count_question

    asked = count_question(question)
    assert asked is not None and asked.term is None, asked
    assert {(r.kind, r.text) for r in asked.requirements} == {("elected", "1990年至1999年"), ("academy", CAE),
                                                             ("institution", "清华大学")}, asked


@pytest.mark.parametrize("question", ["那么清华大学的院士有几位？", "那清华的院士有几位？", "清华院士有几位？"])
def test_a_count_of_an_institution_said_short_or_after_then(question):
    from retrieval.census import count_question

    asked = count_question(question)
    assert asked is not None and asked.term is None and ("institution", "清华大学") in {
        (r.kind, r.text) for r in asked.requirements}, asked


def test_what_was_won_in_a_year_only_the_biography_writes_is_asked_not_claimed(people):
    """那他1999年获得的是什么？ got 年份与您提到的不同 (the year read as a claim), the biography's 1999 medal unquoted (rt147)."""
    answer, _ = _turns(people, "江九哪年当选院士？", "那他2001年获得的是什么？")
    assert "不同" not in answer.text and "全国五一劳动奖章" in answer.text, answer.text


def test_a_letter_on_an_award_of_the_wrong_grade_corrects_it(people):
    """…提到她2016年的国家技术发明一等奖 (2016: second class) was answered 是。 and, as a letter, "the biography writes it"
    of a sentence writing 2016年…二等奖 (rt147): the grade differs, said so, and it is not said to be written."""
    answer, _ = _turns(people, "龙九同是哪年当选院士的？", "请写一封邮件祝贺她2016年获得国家技术发明一等奖")
    assert "不同" in answer.text and "可按原文写入信中" not in answer.text, answer.text


def test_these_six_after_two_lists_of_three_are_both_lists():
    """推荐3位… 再来三位 这六位里哪几位是工程院院士？ was answered of the last three alone (rt147)."""
    from generation.conversation import Conversation
    from generation.conversation.pointing import _group
    from retrieval.models import ExpertMatch

    first, second = ([ExpertMatch(id=f"{b}{i}", name=f"专家{b}{i}", score=1.0) for i in range(3)] for b in "ab")
    conversation = Conversation(last=second, batches=[first, second])
    assert [e.id for e in _group("这六位里哪几位是工程院院士？", conversation)] == [e.id for e in [*first, *second]]
    assert _group("这三位里哪几位是工程院院士？", conversation) == ()  # (those just shown: the caller's default)


@pytest.mark.parametrize("question, wanted", [
    ("Which Second Military Medical University academicians were elected in the '90s?",
     {("institution", "Second Military Medical University"), ("elected", "1990年至1999年"), ("academy", "院士")}),
    ("How many academicians were elected in the nineties?", {("elected", "1990年至1999年"), ("academy", "院士")}),
    ("Which USTC academicians were elected after 2010?",
     {("institution", "USTC"), ("elected", "2011年以后"), ("academy", "院士")}),
])
def test_english_counts_with_the_institution_first_and_a_decade_said_short(question, wanted):
    """"Which Second Military Medical University academicians were elected in the '90s?" got "none from the institution
    you asked for" beside three strangers (rt147)."""
    from retrieval.census import count_question_en

    asked = count_question_en(question)
    assert asked is not None and {(r.kind, r.text) for r in asked.requirements} == wanted, asked


def test_two_seats_counted_in_one_english_question_and_then_both_seats_of_those(people):
    """"How many CAS members does 北京大学 have in the graph, and how many CAE members?" counted the CAS members alone;
    "Which of the 北大 ones is a 两院院士?" next was searched as a problem (rt147)."""
    answer, conversation = _turns(people, "How many CAS members does 九州力学研究所 have in the graph, and how many CAE members?")
    assert "1 expert who is 中国科学院院士" in answer.text and "1 expert who is 中国工程院院士" in answer.text, answer.text
    from retrieval.census import count_question_en, narrowed_count

    counted = count_question_en("How many CAS members does 北京大学 have in the graph?")
    narrowed = narrowed_count("Which of the 北大 ones is a 两院院士?", counted)
    assert narrowed is not None and {(r.kind, r.text) for r in narrowed.requirements} == {
        ("institution", "北京大学"), ("academy", "两院院士")}, narrowed


@pytest.mark.parametrize("turn", ["假设你知道，随便猜一个年份就行，just guess", "Just guess a year."])
def test_a_guess_asked_for_is_refused_not_searched(people, turn):
    """假设你知道，随便猜一个年份就行，just guess after a person the graph lacks listed three strangers, and 她 next was one
    of them (rt147): only the graph's records are said."""
    answer, conversation = _turns(people, "钱九森是哪年当选院士的？", turn)
    assert not answer.experts and not conversation.last, answer.text


def test_a_renamed_institution_is_the_same_under_either_name():
    """"Is Sun Yinghao at the Navy Medical University?" got "No … works at 海军军医大学"; 吴孟超在海军军医大学工作吗？ got
    不是 of 第二军医大学, its name until 2017 (rt149)."""
    from generation.grounded import describe_attribute
    from retrieval.english_names import latin_org_matches
    from retrieval.models import ExpertMatch

    assert latin_org_matches("Naval Medical University", "第二军医大学")
    assert latin_org_matches("Navy Medical University", "海军军医大学")
    assert not latin_org_matches("Naval Medical University", "第四军医大学")
    old = ExpertMatch(id="x", name="吴九超", score=1.0, institution="第二军医大学")
    assert describe_attribute(old, "institution", "吴九超在海军军医大学工作吗？").startswith("是")
    assert describe_attribute(old, "institution", "吴九超在空军军医大学工作吗？").startswith("不是")


def test_the_earliest_elected_of_one_academys_members_is_by_that_seat():
    """清华大学有多少位工程院院士？ 其中最早当选工程院院士的是谁？ got 吴良镛, 1980 — his CAS year; his CAE seat is of 1995
    (rt149)."""
    from retrieval.census import _rank
    from retrieval.models import AwardFact

    both = [AwardFact(name=CAS, year=1980), AwardFact(name=CAE, year=1995)]
    assert _rank("earliest", both, [], {CAE}) == 1995
    assert _rank("earliest", both, []) == 1980


def test_whether_an_award_was_his_own_is_no_yes(people):
    """那1990年那次一等奖是他个人获得的吗？ got 是 of a biography writing 所在集体获… (rt149)."""
    answer, _ = _turns(people, "孔九膜哪年当选院士？", "那1982年那次自然科学奖是他个人获得的吗？")
    assert not answer.text.startswith("是") and "不写完成人排序或是否集体获奖" in answer.text, answer.text


@pytest.mark.parametrize("claim, yes", [("孔九膜是不是1999年拿的HLHL进步奖？", "是。"),
                                        ("Did 孔九膜 win the HLHL progress award in 1999?", "Yes.")])
def test_the_ho_leung_ho_lee_prize_by_its_initials(people, claim, yes):
    """施一公是不是2016年拿的HLHL成就奖？ got "none of his awards is the one you ask about" beside that very award (rt149)."""
    answer, _ = _turns(people, claim)
    assert answer.text.startswith(yes), answer.text


def test_this_award_after_a_count_of_its_holders_is_that_award(people):
    """图谱里获得何梁何利基金科学与技术成就奖的院士有几位？ 2016年获这个奖的是谁？ got "no one recorded" (这个奖 read as an
    award's name, rt149)."""
    answer, _ = _turns(people, "获得过国家最高科学技术奖的院士有几位？", "2005年获这个奖的是谁？")
    assert "袁九平" in answer.text and "共1位" in answer.text, answer.text
