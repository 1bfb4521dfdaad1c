"""Facts a blind red team (rt66, 2026-12-05) found denied or misread: posts and workplaces the biography writes
(王梦恕是北京交通大学教授吗？ → 不是; 吴孟超是东方肝胆外科医院院长吗？ → another institution; 关桥曾任国际焊接学会副主席 and
刘永坦…研究生院院长 → unwritten; "president of Nanchang University" → unwritten), foreign academies read as the Chinese
ones (陈竺1992年当选法国科学院外籍院士 → the year of his CAS seat differs), and 谁是中科院院士，谁是工程院院士？ → 都不是."""

from __future__ import annotations

import pytest

from generation import biography
from generation.grounded import (
    _group_verdict,
    describe_attribute,
    foreign_seat_only,
    post_elsewhere,
    post_unwritten,
    year_check,
)
from generation.grounded_en import describe_attribute_en
from generation.grounding import check_answer
from retrieval.models import AwardFact, ExpertMatch
from retrieval.requirements_en import named_awards

# biographies as the graph writes them (cas_cae_academicians), cut to the sentences these turns are about
WANG_BIO = "隧道工程专家。1938年12月生于河南温县。中国铁路工程总公司高级工程师、副总工程师，中国中铁隧道集团副总工程师，" \
           "北京交通大学隧道及地下工程试验研究中心主任、博导、教授。1995年当选为中国工程院院士。"
PAN_BIO = "焊接工程专家。1927年12月24日生于江西九江。1948年毕业于清华大学。清华大学教授，曾任南昌大学校长。" \
          "1980年当选为中国科学院院士(学部委员)。"
YUAN_BIO = "袁亮（1960.6.30- ）安徽金寨人，煤炭开采及瓦斯治理专家。1982年毕业于淮南矿业学院（现安徽理工大学）采矿工程系。" \
           "曾任淮南矿业集团总工程师，现任安徽理工大学党委副书记、副校长，兼任煤炭开采国家工程技术研究院院长。"
LIU_BIO = "电子工程专家。先后就读于哈尔滨工业大学与清华大学无线电系。1994年选聘为中国工程院院士。哈尔滨工业大学教授、研究生院院长。"

WANG = ExpertMatch(id="w", name="王梦恕", score=1.0, institution="中国铁路工程总公司", title="中国工程院院士",
                   awards=[AwardFact(name="中国工程院院士", year=1995)])
PAN = ExpertMatch(id="p", name="潘际銮", score=1.0, institution="清华大学", title="中国科学院院士",
                  awards=[AwardFact(name="中国科学院院士", year=1980)])
YUAN = ExpertMatch(id="y", name="袁亮", score=1.0, institution="煤矿瓦斯治理国家工程研究中心",
                   awards=[AwardFact(name="中国工程院院士", year=2009)])
CHEN = ExpertMatch(id="c", name="陈竺", score=1.0, institution="上海第二医科大学",
                   awards=[AwardFact(name="中国科学院院士", year=1995), AwardFact(name="国家自然科学奖二等奖", year=2004)])
ZHENYI = ExpertMatch(id="z", name="王振义", score=1.0, institution="上海血液学研究所",
                     awards=[AwardFact(name="中国工程院院士", year=1994), AwardFact(name="国家最高科学技术奖", year=2010)])


def _cited(expert: ExpertMatch, bio: str, question: str, orgs: list[str] = ()) -> ExpertMatch:
    topics = biography.asked(question) + ((biography.words_topic(list(orgs)),) if orgs else ())
    return biography.cited(expert, bio, topics)


@pytest.mark.parametrize(("question", "said", "expected"), [
    ("关桥曾任国际焊接学会副主席，对吗？", ["曾任中国焊接学会理事长、国际焊接学会(IIW )副主席"], "yes"),
    ("吴孟超是东方肝胆外科医院院长吗？", ["现为第二军医大学东方肝胆外科医院教授、院长"], "yes"),
    ("袁亮是安徽理工大学副校长吗？", ["现任安徽理工大学党委副书记、副校长，兼任煤炭开采国家工程技术研究院院长"], "yes"),
    ("潘际銮曾任南昌大学校长，对吗？", ["清华大学教授，曾任南昌大学校长"], "yes"),
    ("潘际銮曾任清华大学校长，对吗？", ["清华大学教授，曾任南昌大学校长"], "unsaid"),
    ("潘际銮曾任哪个大学的校长？", ["清华大学教授，曾任南昌大学校长"], None),
    # the election's year is the record's to check when no sentence quoted dates an election
    ("刘永坦1991年当选中科院院士，并且是哈尔滨工业大学研究生院院长，对吗？", ["哈尔滨工业大学教授、研究生院院长"], None),
])
def test_a_post_the_biography_writes_at_the_organisation_asked_is_confirmed(question, said, expected):
    name = question[:question.index("是")] if "是" in question[:4] else question[:2]
    assert biography.verdict(question, said, name) == expected


def test_each_topic_asked_gets_a_sentence_even_past_the_first_three():
    question = "潘际銮 was born in 1927 in Jiujiang, Jiangxi, and was president of Nanchang University?"
    said = biography.passages(PAN_BIO, biography.asked(question))
    assert "清华大学教授，曾任南昌大学校长" in said and any("生于" in s for s in said)
    assert not post_unwritten(question, said)
    assert post_unwritten("Was 潘际銮 the president of Peking University?", said)


def test_a_post_after_a_listing_comma_is_quoted_as_career():
    said = biography.passages(LIU_BIO, biography.asked("他是研究生院院长吗？"))
    assert "哈尔滨工业大学教授、研究生院院长" in said
    assert not post_unwritten("Is 刘永坦 the dean of the graduate school of Harbin Institute of Technology?", said)


def test_workplaces_written_are_found_but_schools_are_not():
    assert biography.org_written(["北京交通大学"], [WANG_BIO]) == ["北京交通大学隧道及地下工程试验研究中心主任、博导、教授"]
    assert biography.org_written(["安徽理工大学"], [YUAN_BIO]) == ["现任安徽理工大学党委副书记、副校长"]
    assert biography.org_written(["Nanchang University"], [PAN_BIO]) == ["曾任南昌大学校长"]
    assert biography.org_written(["Peking University"], [PAN_BIO]) == []
    assert biography.org_written(["哈尔滨工业大学"], ["先后就读于哈尔滨工业大学与清华大学无线电系"]) == []


@pytest.mark.parametrize("english", [False, True])
def test_an_institution_the_biography_writes_is_no_other_institution(english):
    question = "Is 王梦恕 a professor at 北京交通大学?" if english else "王梦恕是北京交通大学教授吗？"
    wang = _cited(WANG, WANG_BIO, question, ["北京交通大学"])
    text = (describe_attribute_en if english else describe_attribute)(wang, "institution", question)
    assert not text.startswith(("不是", "No")) and ("是" in text[:12] or text.startswith("Yes")), text
    assert "中国铁路工程总公司" in text
    kept, report = check_answer(text, [wang], current=0, given=question)
    assert report.dropped == [], report.dropped
    # one whose biography does not write it: 不是, as before
    pan = _cited(PAN, PAN_BIO, "潘际銮是北京大学教授吗？", ["北京大学"])
    assert describe_attribute(pan, "institution", "潘际銮是北京大学教授吗？").startswith("不是")


def test_a_post_at_an_organisation_the_biography_writes_is_not_elsewhere():
    said = ["现为第二军医大学东方肝胆外科医院教授、院长"]
    wu = ExpertMatch(id="u", name="吴孟超", score=1.0, institution="第二军医大学")
    assert not post_elsewhere(wu, "吴孟超是东方肝胆外科医院院长吗？", said)
    assert post_elsewhere(wu, "吴孟超是瑞金医院院长吗？", said)


def test_a_foreign_academy_is_no_chinese_seat():
    question = "陈竺1992年当选法国科学院外籍院士，对吗？"
    assert foreign_seat_only(question) and year_check(CHEN, question) is None
    assert not foreign_seat_only("陈竺1995年当选中国科学院院士，2003年当选美国科学院外籍院士")
    assert year_check(CHEN, "陈竺是1996年当选中科院院士的吗？") == (False, [CHEN.awards[0]])
    text = describe_attribute(ZHENYI, "awards", "王振义2003年当选美国科学院外籍院士，对吗？")
    assert "中国工程院院士" not in text.split("。")[0], text  # (it said 不是。…是中国工程院院士)
    assert named_awards("Was 陈竺 elected a foreign member of the French Academy of Sciences in 1992?") == ["法国科学院院士"]


def test_which_of_two_holds_which_seat_is_no_group_verdict():
    question = "陈竺和王振义谁是中国科学院院士，谁是中国工程院院士？"
    assert _group_verdict([CHEN, ZHENYI], "awards", question) == ""
    for expert in (CHEN, ZHENYI):
        assert not describe_attribute(expert, "awards", question).startswith("不是")


@pytest.mark.parametrize(("question", "kinds"), [
    ("Total number of academicians in your knowledge graph?", [("academy", "院士")]),
    ("How many academicians are double academicians of both CAS and CAE?", [("academy", "两院院士")]),
    ("How many won the 国家最高科学技术奖?", [("award", "国家最高科学技术奖")]),
    ("How many are affiliated with 清华大学?", [("institution", "清华大学")]),
    ("How many experts does the graph hold at 第二军医大学?", [("institution", "第二军医大学")]),
    ("How many CAE members are at 清华大学?", [("institution", "清华大学"), ("academy", "中国工程院院士")]),
])
def test_english_counts_of_people_are_counts(question, kinds):
    from retrieval.census import count_question_en

    asked = count_question_en(question)
    assert asked is not None and [(r.kind, r.text) for r in asked.requirements] == kinds


@pytest.mark.parametrize("question", ["How many awards does 周世宁 have? Count them.", "How many of them are CAS members?"])
def test_english_counts_of_something_else_are_not_graph_counts_of_people(question):
    from retrieval.census import count_question_en

    assert count_question_en(question) is None


def test_a_count_by_measure_word_alone_with_its_list_asked_is_a_count():
    from retrieval.census import count_question

    asked = count_question("图谱里有多少位获得过国家最高科学技术奖？请列出名单。")
    assert asked is not None and [(r.kind, r.text) for r in asked.requirements] == [("award", "国家最高科学技术奖")]


def test_english_follow_ups_with_a_chinese_award_or_an_aside_are_follow_ups():
    from generation.english_turns import english_reading
    from generation.grounded_en import is_english

    assert is_english("How many won the 国家最高科学技术奖?")
    assert english_reading("Did he win the 国家科学技术进步奖一等奖 in 2013 for COPD research?") is not None
    assert english_reading("Which city is his institution in according to the graph?") is not None
    assert "他们" in (english_reading("Who among your suggestions is the youngest?") or "")


def test_english_wishes_and_academy_splits_after_a_list_are_of_the_list():
    from generation.conversation import Conversation, resolve

    shown = [ExpertMatch(id="a", name="徐冠华", score=1.0, awards=[AwardFact(name="中国科学院院士", year=1991)]),
             ExpertMatch(id="b", name="龚健雅", score=1.0, awards=[AwardFact(name="中国科学院院士", year=2011)])]
    talk = Conversation(last=list(shown), shown=list(shown), problem="遥感卫星图像处理")
    wish = resolve("Actually, can you give me only those elected after 2010?", talk)
    plain = resolve("Only those elected after 2010, please.", talk)
    assert (wish.kind, wish.refines) == (plain.kind, plain.refines)
    split = resolve("How many of them are CAS vs CAE?", talk)
    assert split == resolve("他们中几位是中科院院士，几位是工程院院士？", talk) and not split.compare


ZHAO = ExpertMatch(id="h", name="赵忠贤", score=1.0, awards=[AwardFact(name="国家最高科学技术奖", year=2016),
                                                          AwardFact(name="中国科学院院士", year=1991)])


def test_several_dated_claims_are_each_checked_against_their_own_record():
    assert year_check(ZHAO, "赵忠贤 was elected CAS in 1994 and got the State Preeminent Award in 2010, correct?")[0] is False
    assert year_check(ZHAO, "赵忠贤1991年当选中科院院士，2016年获得国家最高科学技术奖，对吗？")[0] is True
    assert year_check(ZHAO, "赵忠贤1991年当选中科院院士，2010年获得国家最高科学技术奖，对吗？")[0] is False


def test_years_said_of_two_experts_get_no_verdict_for_the_award_alone():
    from generation.grounded import award_holders

    question = "赵忠贤 was elected CAS in 1994 and got the State Preeminent Award in 2010; 王振义 got it in 2016."
    assert award_holders([ZHAO, ZHENYI], "awards", question) is None
    assert award_holders([ZHAO, ZHENYI], "awards", "他们都获得过国家最高科学技术奖吗？") == [ZHAO, ZHENYI]


def test_a_claim_in_an_english_sentence_before_a_request_is_still_checked():
    from generation.grounded import contradicted_premises

    cai = ExpertMatch(id="k", name="蔡鹤皋", score=1.0, institution="哈尔滨工业大学",
                      awards=[AwardFact(name="中国工程院院士", year=1997)])
    question = ("Long story: our founder met 蔡鹤皋 in Harbin, he told us he was elected to CAE in 1997, is at Harbin "
                "Institute of Technology, and won the 国家技术发明奖一等奖 for space robots in 2005. Please check it, and "
                "suggest alternatives in Beijing.")
    assert [kind for kind, _ in contradicted_premises(cai, question)] == ["award"]


def test_an_english_award_year_neither_record_nor_biography_gives_is_a_no():
    question = "赵忠贤 got the State Preeminent Award in 2010, correct?"
    zhao = biography.cited(ZHAO, "1991年当选为中国科学院学部委员(院士)。2016年获得国家最高科学技术奖。",
                           biography.asked("国家最高科学技术奖") + (biography.HONOURS,))
    assert describe_attribute_en(zhao, "awards", question).startswith("No, not in the year you ask")


@pytest.mark.parametrize("question", ["比较袁亮和周世宁的年龄和当选年份。", "Compare 沈志云 with 翟婉明: their election years."])
def test_comparing_election_years_asks_their_order(question):
    from generation.conversation import asks_elected_order

    assert asks_elected_order(question)


@pytest.mark.parametrize(("question", "said", "expected"), [
    # a deputy's or an honorary post is not the post asked (rt67: 是 for each; a deputy's is said so, rt83)
    ("施一公是清华大学校长吗？", ["现为清华大学教授、副校长，中国科协副主席"], "deputy"),  # (不是: the deputy, rt83)
    ("杨振宁是清华大学高等研究院院长吗？", ["清华大学高等研究院名誉院长、教授"], "unsaid"),
    # a post held before is not held now, when now is asked: said to be written as a former one (rt75)
    ("麦康森现在是中国海洋大学副校长吗？", ["曾任中国海洋大学副校长、水产学院院长，现任中国海洋大学水产学院名誉院长"], "former"),
    ("樊代明现任第四军医大学校长，对吗？", ["现任西京消化病医院院长，曾任中国工程院副院长、第四军医大学校长"], "former"),
    ("樊代明曾任第四军医大学校长，对吗？", ["现任西京消化病医院院长，曾任中国工程院副院长、第四军医大学校长"], "yes"),
    # every post said is checked, not the first alone
    ("韦钰曾任教育部副部长，现任东南大学校长，对吗？", ["曾任国家教委副主任、国家教育部副部长", "现任东南大学学习科学研究中心主任"],
     "unsaid"),
    ("胡盛寿现任阜外医院院长吗？", ["现任国家心血管病中心主任，中国医学科学院阜外医院院长"], "yes"),
])
def test_a_post_is_confirmed_only_as_the_biography_holds_it(question, said, expected):
    name = question[:3] if question[:3] in ("施一公", "杨振宁", "麦康森", "樊代明", "胡盛寿") else question[:2]
    assert biography.verdict(question, said, name) == expected


@pytest.mark.parametrize(("question", "asked"), [
    ("Is the second one a foreign academician of any country, according to his biography?", ["外籍院士"]),
    ("He is a foreign member of the German Academy of Sciences, right?", ["德国科学院院士"]),
    ("Is Xu Kuangdi a foreign member of the Royal Academy of Engineering and the US National Academy of Engineering?",
     ["英国皇家工程院院士", "美国工程院院士"]),
    ("施一公是美国国家科学院外籍院士，也是英国皇家学会会员，对吗？", ["美国国家科学院外籍院士", "英国皇家学会会员"]),
])
def test_foreign_seats_asked_are_read_as_the_biographies_write_them(question, asked):
    from generation.grounded import asked_awards

    assert sorted(asked_awards(question)) == sorted(asked)


def test_foreign_seats_are_found_in_biographies_as_written_there():
    assert biography.names_award("2013年入选美国国家科学院外籍院士、美国人文与科学院外籍院士", {"美国科学院院士"})
    assert not biography.names_award("美国国家医学科学院外籍院士", {"美国科学院院士"})
    assert biography.names_award("英国皇家学会外籍会员、日本科学院荣誉院士", {"日本科学院院士"})
    assert biography.names_award("2007年当选为德国科学院院士", {"外籍院士"})
    assert not biography.names_award("1997年当选为中国工程院院士", {"外籍院士"})
    topic = biography.award_topic({"德国科学院外籍院士"})  # a seat listed without a verb is quoted
    assert biography.passages("中国工程院院士、美国国家医学科学院外籍院士、德国科学院外籍院士。获得光华工程科技奖。",
                              (biography.HONOURS, topic))[0].startswith("中国工程院院士、")


def test_one_foreign_seat_written_and_one_nowhere_is_said_so():
    shi = ExpertMatch(id="s", name="施一公", score=1.0, awards=[AwardFact(name="中国科学院院士", year=2013)])
    question = "施一公是美国国家科学院外籍院士，也是英国皇家学会会员，对吗？"
    shi = biography.cited(shi, "2013年入选欧洲分子生物学学会外籍会士、美国国家科学院外籍院士。",
                          (biography.award_topic({"美国国家科学院外籍院士", "英国皇家学会会员"}),))
    text = describe_attribute(shi, "awards", question)
    assert "简介写到了其中一部分" in text and not text.startswith("是"), text
    kept, report = check_answer(text, [shi], current=0, given=question)
    assert report.dropped == [], report.dropped


@pytest.mark.parametrize("turn", ["Only those not in Beijing, please.", "Can you give me only those not in Beijing?",
                                  "Show me only the experts outside Beijing.", "Anyone outside Beijing?"])
def test_not_in_a_place_in_english_leaves_it_out_of_the_same_problem(turn):
    from generation.conversation import Conversation, resolve

    shown = [ExpertMatch(id="a", name="秦顺全", score=1.0)]
    intent = resolve(turn, Conversation(problem="桥梁工程", last=list(shown), shown=list(shown)))
    assert intent.kind == "problem" and intent.query == "桥梁工程"
    assert [(r.kind, r.text) for r in intent.without] == [("place", "北京")]


@pytest.mark.parametrize(("question", "said", "bound", "holds"), [
    ("Are there more than 70 experts at Tsinghua University?", 70, ">", True),
    ("Are there fewer than 20 academicians in Fujian?", 20, "<", True),
    ("清华大学的院士超过70位吗？", 70, ">", True),
    ("北京的院士不到500位吧？", 500, "<", False),
    ("北京大学至少有50位院士吧？", 50, ">=", True),
])
def test_a_bound_said_of_a_count_is_the_count_with_the_bound_checked(question, said, bound, holds):
    from retrieval.census import count_question, count_question_en

    asked = count_question_en(question) if question.isascii() or "Are" in question else count_question(question)
    assert asked is not None and (asked.said, asked.bound) == (said, bound)
    assert asked.holds(73 if "Tsinghua" in question or "清华" in question else 16 if "Fujian" in question else
                       528 if "北京的" in question else 54) is holds


def test_of_them_after_an_english_count_narrows_the_count_by_the_academy():
    from retrieval.census import count_question_en, narrowed_count

    counted = count_question_en("How many academicians are in your graph?")
    for turn, seat in (("How many of them are members of the Chinese Academy of Engineering?", "中国工程院院士"),
                       ("How many of them are double academicians?", "两院院士")):
        narrowed = narrowed_count(turn, counted)
        assert narrowed is not None and [(r.kind, r.text) for r in narrowed.requirements] == [("academy", seat)]


@pytest.mark.parametrize("turn", ["Can you list them all?", "List them all.", "List all of them and count them."])
def test_list_them_all_after_a_count_is_the_rest_of_the_count(turn):
    from generation.conversation.resolver import _LIST_REST_EN

    assert _LIST_REST_EN.match(turn.strip(" .!?"))


def test_an_english_he_claim_after_a_turn_about_one_expert_is_about_him():
    from generation.conversation import Conversation, resolve

    zhou = ExpertMatch(id="z", name="周忠和", score=1.0)
    talk = Conversation(last=[zhou], shown=[zhou], focus=zhou)
    intent = resolve("He is the director of the Institute of Vertebrate Paleontology and Paleoanthropology and was "
                     "vice president of the International Palaeontological Association, right?", talk)
    assert intent.kind == "about" and intent.expert.id == "z"


def test_a_foreign_seat_dated_otherwise_in_the_biography_is_a_no():
    said = ["2010年当选美国国家科学院外籍院士，2011年当选中国科学院院士"]
    assert biography.verdict("周忠和2011年当选美国国家科学院外籍院士，对吗？", said, "周忠和") == "no"
    assert biography.verdict("周忠和2010年当选美国国家科学院外籍院士，对吗？", said, "周忠和") != "no"


@pytest.mark.parametrize("turn", ["Just the ones who are CAS members, please.",
                                  "We prefer CAS members only. Re-run the recommendation."])
def test_everyday_english_academy_wishes_refine_the_same_problem(turn):
    from generation.conversation import Conversation, resolve

    shown = [ExpertMatch(id="a", name="李阳", score=1.0)]
    talk = Conversation(problem="Our oil field needs experts in enhanced oil recovery.", last=list(shown),
                        shown=list(shown))
    assert resolve(turn, talk) == resolve("Only CAS members, please.", talk)


def test_who_was_elected_first_and_both_titles_are_read():
    from generation.conversation import asks_elected_order
    from retrieval.census import count_question_en

    assert asks_elected_order("Compare him with 张弥曼: who is older and who was elected to CAS first?")
    asked = count_question_en("How many experts hold both titles?")
    assert asked is not None and [(r.kind, r.text) for r in asked.requirements] == [("academy", "两院院士")]


@pytest.mark.parametrize(("first", "then", "org"), [("复旦大学有多少位院士？", "那浙江大学呢？", "浙江大学"),
                                                    ("How many academicians does Fudan University have?",
                                                     "What about Zhejiang University?", "Zhejiang University")])
def test_the_same_count_of_another_institution(first, then, org):
    from retrieval.census import count_question, count_question_en, swapped_count

    counted = count_question(first) or count_question_en(first)
    other = swapped_count(then, counted)
    assert other is not None and ("institution", org) in [(r.kind, r.text) for r in other.requirements]
    assert not any(r.kind == "institution" and r.text != org for r in other.requirements)
    assert swapped_count("他们都获得过什么奖？", counted) is None


def test_a_youth_award_is_no_award_of_the_same_name():
    from retrieval.models import Requirement

    youth = ExpertMatch(id="y", name="甲", score=1.0, awards=[AwardFact(name="光华工程科技奖青年奖")])
    full = ExpertMatch(id="f", name="乙", score=1.0, awards=[AwardFact(name="光华工程科技奖")])
    asked = Requirement(kind="award", text="光华工程科技奖")
    assert asked.met(full) and not asked.met(youth)


def test_two_post_claims_confirmed_together_are_checked_one_by_one():
    from generation.turn_parts import _CONFIRM_TAIL

    assert _CONFIRM_TAIL.search("施一公是北京大学副校长，曹雪涛是南开大学校长，两个都对吗？")
    assert _CONFIRM_TAIL.search("Are both correct?")


def test_rt69_counts_of_those_shown_and_bounds_asked_with_a_question_word():
    from generation.conversation import Conversation, resolve
    from retrieval.census import count_question

    shown = [ExpertMatch(id=i, name=n, score=1.0) for i, n in (("a", "甘晓华"), ("b", "尹泽勇"), ("c", "陈懋章"))]
    talk = Conversation(problem="航空发动机材料", last=list(shown), shown=list(shown))
    assert resolve("这三人中有几位是工程院院士？", talk).kind == "list"
    more = resolve("Except the first one, who else would you suggest?", talk)
    assert more.kind == "more" and more == resolve("除了第一位，还有谁？", talk)
    asked = count_question("复旦大学的专家有没有超过20位？")
    assert asked is not None and (asked.said, asked.bound) == (20, ">")
    both = count_question("整个图谱里有多少位专家同时是两院院士？")
    assert both is not None and [(r.kind, r.text) for r in both.requirements] == [("academy", "两院院士")]


def test_near_miss_awards_are_not_found_in_the_biography():
    from generation.grounded import asked_awards, award_forms

    assert not biography.names_award("曾获国家科技进步二等奖、国家测绘局科技进步一等奖", award_forms("国家科技进步一等奖"))
    assert biography.names_award("1999年获国家科技进步一等奖", award_forms("国家科技进步一等奖"))
    assert not biography.names_award("美国国家医学科学院外籍院士", award_forms("美国国家科学院外籍院士"))
    assert asked_awards("林尚扬获得过全国劳动模范称号吗？") == ["全国劳动模范"]
    assert asked_awards("他获得过爱德华·泰勒奖吗？") == ["爱德华·泰勒奖"]


def test_back_to_the_first_list_reads_that_list():
    from generation.conversation import Conversation, resolve

    first = [ExpertMatch(id=i, name=n, score=1.0) for i, n in (("a", "邓中翰"), ("b", "郑平"), ("c", "毛军发"))]
    later = first[1:]
    talk = Conversation(problem="芯片封装散热", last=list(later), shown=list(first), batches=[list(first), list(later)])
    intent = resolve("回到最开始的名单，第三位是谁？他哪年当选？", talk)
    assert intent.kind == "about" and intent.expert.name == "毛军发"
    intent = resolve("Back to the very first list: who was the second expert and where do they work?", talk)
    assert intent.kind == "about" and intent.expert.name == "郑平"


@pytest.mark.parametrize(("turn", "seat"), [("Just CAS members, not CAE.", "CAS"), ("CAS only.", "CAS"),
                                            ("Only the ones from the Chinese Academy of Engineering please.", "CAE")])
def test_everyday_english_academy_filters_are_the_academy_asked(turn, seat):
    from generation.conversation import Conversation, resolve

    shown = [ExpertMatch(id="a", name="关桥", score=1.0)]
    talk = Conversation(problem="Who can advise on underwater welding?", last=list(shown), shown=list(shown))
    assert resolve(turn, talk) == resolve(f"Only {seat} members, please.", talk)


def test_only_one_academy_with_the_other_left_out_is_that_academy():
    from generation.conversation import Conversation, resolve
    from retrieval.requirements import read_requirements

    shown = [ExpertMatch(id="a", name="申长雨", score=1.0)]
    talk = Conversation(problem="注塑件翘曲变形严重", last=list(shown), shown=list(shown))
    intent = resolve("只要中国科学院院士，工程院的不要。", talk)
    assert [(r.kind, r.text) for r in read_requirements(intent.query)] == [("academy", "中国科学院院士")]


def test_an_honorary_title_is_no_persons_name_and_claims_to_confirm_are_a_question():
    from generation.turn_parts import _long_for_a_question
    from retrieval.names import _HONORARY

    assert "荣誉" in _HONORARY
    claims = "王振义获得过2010年国家最高科学技术奖，1992年当选法国科学院外籍院士，还拿过哈佛大学荣誉博士，这些都对吗？"
    assert not _long_for_a_question(claims)
    assert _long_for_a_question("我们公司做注塑件，最近翘曲严重，想请申长雨院士帮忙看看，能推荐一下他或者别的专家吗？")


def test_he_set_beside_another_named_expert_is_the_one_in_focus():
    from generation.answerer import _BESIDE

    assert _BESIDE.search("他是哪一年出生的？和吴孟超比谁年纪大？")
    assert not _BESIDE.search("李培根院士在华为担任过首席科学家，他能帮我们看看吗？")
