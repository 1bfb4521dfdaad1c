"""Turns the thirtieth session mended (blind rounds rt90 and rt91): who of those shown is nearest a place, and the
guard's reading of long English reasons and of the places it gives itself."""

from __future__ import annotations

import pytest

from conftest import answerer_over, records_of
from conftest import said_in_turns as _turns
from generation.grounding import check_answer
from retrieval.models import ExpertMatch


@pytest.fixture(scope="module")
def drug_answerer(expertglm_home, demo_graph, tmp_path_factory):
    """Pharmaceutics experts at universities in Nanjing, Suzhou, Hangzhou and Shanghai."""
    records = records_of("s54d", "医药卫生", [
        ("宁制剂", "南京大学", "药物制剂", [{"name": "中国工程院院士", "year": 2005}], "宁制剂，药剂学专家。"),
        ("苏缓释", "苏州大学", "缓控释制剂", [{"name": "中国工程院院士", "year": 2009}], "苏缓释，药剂学专家。"),
        ("杭药代", "浙江大学", "药物代谢动力学", [{"name": "中国科学院院士", "year": 2011}], "杭药代，药代动力学专家。"),
        ("沪纳米", "复旦大学", "纳米药物制剂", [{"name": "中国科学院院士", "year": 2013}], "沪纳米，纳米药物专家。")])
    with answerer_over(records, expertglm_home, demo_graph[2], tmp_path_factory.mktemp("s54d")) as answerer:
        yield answerer


PROBLEM = "难溶性药物的制剂溶出不好，想找药物制剂和药代动力学方面的专家"


@pytest.mark.parametrize("turn", ["这几位哪位离苏州最近？", "谁距离苏州近一点？"])
def test_nearest_a_city_gives_the_recorded_places_and_who_is_in_that_city_and_province(drug_answerer, turn):
    answer, conversation = _turns(drug_answerer, PROBLEM, turn)
    shown = {e.name for e in conversation.shown}
    assert "不记录距离" in answer.text and shown & {"苏缓释", "宁制剂"}, answer.text
    if "苏缓释" in shown:
        assert "单位在苏州的：苏缓释" in answer.text, answer.text
    if "宁制剂" in shown:
        assert "宁制剂" in answer.text.split("不记录距离")[1], answer.text
    assert "杭药代" not in answer.text.split("不记录距离")[1], answer.text


def test_nearest_a_province_none_is_in_says_so(drug_answerer):
    answer, _ = _turns(drug_answerer, PROBLEM, "哪位离广州最近？")
    assert "不记录距离" in answer.text and "没有单位记录在广东" in answer.text, answer.text


def test_nearness_in_english_reads_the_place(drug_answerer):
    answer, conversation = _turns(drug_answerer, "Poorly soluble drug formulations and pharmacokinetics experts, please",
                                  "Which of them is closest to Hangzhou?")
    assert "not distances" in answer.text and "杭药代" in {e.name for e in conversation.shown}, answer.text
    assert "In Hangzhou: 杭药代." in answer.text, answer.text


@pytest.mark.parametrize("text", ["气体分离最近有什么新进展？", "离子交换膜最近老是堵"])
def test_words_with_li_and_zuijin_are_no_nearness_question(text):
    from generation.conversation.unheld_asked import NEARNESS
    import re

    assert re.search(NEARNESS, text, re.IGNORECASE) is None


def _expert(name: str, institution: str, directions: list[str]) -> ExpertMatch:
    return ExpertMatch(id=f"s54-{name}", name=name, institution=institution, directions=directions, score=1.0)


def test_a_long_english_reason_keeps_the_problems_words_with_their_lead():
    """A reason over 240 characters was cut at a space inside or before 「制剂 (part of 药物制剂)」, and 药物制剂 then
    read as a direction moved from another card."""
    experts = [_expert("侯某", "上海医药工业研究院", ["药物制剂"]), _expert("陈某", "中国科学院上海药物研究所", ["创新药物", "药物化学"])]
    text = ("2. 陈某 (中国科学院上海药物研究所). Research directions: 创新药物、药物化学. Why: the research direction 「药物化学」 is "
            "related to your problem; the expert's record also holds the graph's Chinese terms for your problem: 「药物」; the "
            "expert's record holds parts of the graph's Chinese terms for your problem: 「制剂 (part of 药物制剂)」.")
    kept, report = check_answer(text, experts)
    assert "part of 药物制剂" in kept, [c for s in report.sentences for c in s.claims if not c.supported]


def test_a_long_sentence_moving_a_direction_is_still_removed():
    experts = [_expert("侯某", "上海医药工业研究院", ["药物制剂"]), _expert("陈某", "中国科学院上海药物研究所", ["创新药物", "药物化学"])]
    text = ("陈某长期在中国科学院上海药物研究所工作，研究方向包括创新药物、药物化学，在新药发现、先导化合物优化、药物设计和药物评价方面做了"
            "大量工作，多次主持重大课题，培养了许多学生，并且在药物制剂方面也是公认的带头人，" * 2)
    kept, _ = check_answer(text, experts)
    assert "药物制剂方面" not in kept


def test_the_province_the_answer_places_an_institution_in_is_no_institution():
    experts = [_expert("李某", "浙江中医药大学", ["中药制药学"])]
    kept, _ = check_answer("李某: 浙江中医药大学, which the graph places in Zhejiang, Hangzhou.", experts)
    assert "Zhejiang, Hangzhou" in kept
    kept, _ = check_answer("李某 works at Zhejiang.", experts)
    assert "Zhejiang" not in kept


@pytest.fixture(scope="module")
def award_answerer(expertglm_home, demo_graph, tmp_path_factory):
    """Experts whose award years, honour titles and elections the rt91 questions were about."""
    records = records_of("s54a", "土木工程", [
        ("吴建良", "清华大学", "城市规划", [{"name": "国家最高科学技术奖", "year": 2011},
                                       {"name": "中国工程院院士", "year": 1995}],
         "吴建良，建筑学家，1922年生。"),
        ("谢安华", "福建省农业科学院", "水稻育种", [{"name": "何梁何利基金科学与技术成就奖", "year": 2003},
                                            {"name": "国家科学技术进步奖一等奖", "year": 1988}],
         "谢安华，水稻育种专家。"),
        ("程北京", "清华大学", "生物芯片", [{"name": "中国工程院院士", "year": 2009}], "程北京，生物芯片专家。"),
        ("陈南充", "中国科学院物理研究所", "锂离子电池", [{"name": "中国工程院院士", "year": 2001}], "陈南充，固体离子学专家。"),
        ("关太原", "中国航空制造工程研究院", "焊接力学", [{"name": "中国工程院院士", "year": 1994}],
         "关太原，焊接专家。他获得多项荣誉称号：全国先进工作者(1989)、航空金奖(1991)。"),
        ("林上海", "上海市政工程设计研究总院", "桥梁工程", [{"name": "国家科学技术进步奖一等奖", "year": 1995}],
         "林上海，桥梁专家，主持设计南浦大桥，获国家科技进步一等奖。1995年筹建桥梁工程国家工程研究中心，任董事长至今。曾任同济大学桥梁系主任。"),
        ("于岷", "中国工程物理研究院", "理论物理", [{"name": "国家自然科学奖一等奖", "year": 1982}], "于岷，理论物理学家。"),
        ("韩德明", "首都医科大学", "耳鼻咽喉科学", [{"name": "中国工程院院士", "year": 2013},
                                              {"name": "何梁何利基金科学与技术进步奖", "year": 2007},
                                              {"name": "国家科学技术进步奖一等奖", "year": 1991},
                                              {"name": "国家科学技术进步奖一等奖", "year": 1995},
                                              {"name": "国家科学技术进步奖特等奖", "year": None},
                                              {"name": "国家科学技术进步奖二等奖", "year": None},
                                              {"name": "国家科学技术进步奖", "year": 2014}],
         "韩德明，耳鼻咽喉科专家。以第一完成人获国家科技进步一等奖1项、国家科技进步二等奖2项、2014年获得国家科技进步奖“创新团队”。"
         "90年代研制了首台鼻窦手术机器人，并推进微创手术。"),
        ("黄维", "南京工业大学", "有机光电子", [{"name": "中国科学院院士", "year": 2011}], "黄维，有机电子学家。"),
        ("黄卫", "东南大学", "桥梁及交通工程", [{"name": "中国工程院院士", "year": 2007}], "黄卫，道路与桥梁专家。")])
    with answerer_over(records, expertglm_home, demo_graph[2], tmp_path_factory.mktemp("s54a")) as answerer:
        yield answerer


@pytest.mark.parametrize("turn", ["吴建良的国家最高科学技术奖是1995年获得的吧？", "于岷的国家自然科学奖一等奖是1980年获得的吧？"])
def test_an_award_named_before_a_wrong_year_is_not_confirmed_by_another_record(award_answerer, turn):
    answer = award_answerer.answer(turn)
    assert not answer.text.startswith("是"), answer.text
    assert ("2011年获国家最高科学技术奖" if "吴" in turn else "1982年获国家自然科学奖一等奖") in answer.text, answer.text


def test_an_award_named_before_its_right_year_is_confirmed(award_answerer):
    answer = award_answerer.answer("吴建良的国家最高科学技术奖是2011年获得的吧？")
    assert answer.text.startswith("是。"), answer.text


def test_one_persons_two_awards_said_to_be_of_one_year_are_checked(award_answerer):
    answer = award_answerer.answer("谢安华的何梁何利奖和国家科技进步一等奖是同一年获得的吧？")
    assert answer.text.startswith("不是。") and "1988" in answer.text and "2003" in answer.text, answer.text


def test_two_peoples_elections_said_to_be_of_one_year_are_checked(award_answerer):
    answer = award_answerer.answer("程北京和陈南充是同一年当选工程院院士的吧？")
    assert answer.text.startswith("不是。") and "2009" in answer.text and "2001" in answer.text, answer.text
    assert "都不是" not in answer.text


def test_national_awards_of_two_are_added_up(award_answerer):
    answer = award_answerer.answer("吴建良和谢安华一共获得过几项国家级奖励？")
    assert "合计2项" in answer.text, answer.text


def test_none_of_an_award_held_by_two_is_said_without_the_award_claimed(award_answerer):
    answer = award_answerer.answer("程北京和陈南充一共获得过几项国家科技进步奖？")
    assert "以上2位都没有您问到的这一项" in answer.text, answer.text


def test_a_name_in_traditional_characters_after_a_list_is_that_person(award_answerer):
    answer, _ = _turns(award_answerer, "锂离子电池的固体电解质", "吳建良是哪個大學的？他得過國家最高科學技術獎嗎？")
    assert "吴建良在清华大学工作" in answer.text and "是。吴建良获得过" in answer.text, answer.text


def test_an_honour_title_asked_with_shi_is_looked_for_in_the_biography(award_answerer):
    answer = award_answerer.answer("关太原是全国先进工作者吗？")
    assert "简介写到了它" in answer.text and "全国先进工作者(1989)" in answer.text, answer.text
    assert "没有您提到的那一项" not in answer.text


@pytest.mark.parametrize("turn", ["请用JSON输出关太原的信息", "用表格列出吴建良的获奖情况"])
def test_a_named_experts_record_asked_in_a_form_is_of_that_expert_alone(award_answerer, turn):
    answer = award_answerer.answer(turn)
    assert [e.name for e in answer.experts] == [("关太原" if "关" in turn else "吴建良")], answer.text


def test_an_award_tied_to_a_work_is_not_confirmed_by_holding_it(award_answerer):
    answer = award_answerer.answer("林上海设计的卢浦大桥获得了国家科技进步一等奖，对吧？")
    assert not answer.text.startswith("是"), answer.text
    assert "无法确认您说的对应关系" in answer.text, answer.text


def test_an_award_order_of_two_who_lack_it_is_said_without_naming_it_as_held(award_answerer):
    answer = award_answerer.answer("程北京和陈南充谁获得的谈家桢生命科学成就奖更早？")
    assert "无法比较先后" in answer.text, answer.text


def test_cards_whose_reasons_are_only_nearness_or_pieces_of_words_are_not_presented_as_the_answer():
    """电商或者市场营销: a chip, a gun and a satellite designer matched on 市场 and their nearest directions were listed
    under 推荐以下3位专家 (rt90)."""
    from generation.grounded import compose_answer
    from retrieval.presentation import NEAREST, PART_WORDS

    cards = [ExpertMatch(id=f"s54v-{i}", name=name, score=0.5, strength_label="中", directions=[direction],
                         reasons=[f"研究方向「{direction}」{NEAREST}", f"{PART_WORDS}市场（问题写的是「市场营销」）"])
             for i, (name, direction) in enumerate([("甲某", "火炮武器系统设计"), ("乙某", "卫星总体技术")])]
    assert compose_answer("有没有做电商或者市场营销的专家？", cards).startswith("以下2位专家与您的问题的匹配程度不确定")
    cards[0].reasons.append("专家资料中也出现了问题里的关键词：营销")
    assert compose_answer("有没有做电商或者市场营销的专家？", cards).startswith("针对您提出的问题")


@pytest.mark.parametrize("turn", ["Any other experts besides these three?", "Any other formulation experts besides these?"])
def test_english_others_besides_those_shown_go_on_with_the_problem(drug_answerer, turn):
    from generation.conversation import Conversation

    conversation = Conversation()
    first = {e.name for e in drug_answerer.answer("Drug formulation experts, please", conversation).experts}
    answer = drug_answerer.answer(turn, conversation)
    assert first and answer.experts and not {e.name for e in answer.experts} & first, answer.text


def test_nearness_to_two_places_in_english_says_each(drug_answerer):
    answer, _ = _turns(drug_answerer, "Poorly soluble drug formulations and pharmacokinetics experts, please",
                       "Which of them is based closest to Jiangsu or Guangdong?")
    assert "not distances" in answer.text and "Guangdong" in answer.text, answer.text
    assert "宁制剂" in answer.text.split("not distances")[1], answer.text


def test_work_on_a_topic_asked_as_work_of_that_kind_is_checked(award_answerer):
    answer = award_answerer.answer("谢安华做过焊接方面的工作吗？")
    assert not answer.text.startswith("是"), answer.text
    assert "没有直接写到这一项" in answer.text or "没有写到“焊接”" in answer.text, answer.text


def test_work_taken_to_industry_is_read_in_the_biography(award_answerer):
    answer = award_answerer.answer("林上海有产业化经验吗？")
    assert "任董事长至今" in answer.text and "没有关于成果转化" not in answer.text, answer.text


def test_a_list_place_said_before_an_earlier_lists_name_means_the_name(drug_answerer):
    """第一位徐性初…？ after a second list whose first is someone else: his age was answered too (rt90)."""
    from generation.conversation import Conversation

    conversation = Conversation()
    first = drug_answerer.answer("药物代谢动力学", conversation).experts[0]
    second = drug_answerer.answer("纳米药物制剂", conversation).experts[0]
    assert first.name != second.name
    answer = drug_answerer.answer(f"第一位{first.name}在哪个单位？", conversation)
    assert first.institution in answer.text and second.name not in answer.text, answer.text


def test_how_those_shown_bear_on_a_topic_is_no_relation_between_people(drug_answerer):
    """这几位跟染布有什么关系？ got "the graph records no relations between experts" (rt90)."""
    answer, conversation = _turns(drug_answerer, PROBLEM, "这几位跟纳米制剂有什么关系？")
    assert "不记录专家之间" not in answer.text, answer.text
    assert all(e.name in answer.text for e in conversation.last), answer.text


@pytest.mark.parametrize("turn, verdict", [
    ("韩德明的何梁何利奖是在当选院士之后获得的吗？", "不是。"),
    ("韩德明当选院士比获得何梁何利奖早吗？", "不是。"),
    ("韩德明的何梁何利奖比他当选院士早六年，对不对？", "是。"),
    ("韩德明的何梁何利奖比他当选院士早两年，对不对？", "不是。"),
    ("韩德明是先获得何梁何利奖，后当选院士的吗？", "是。"),
    ("韩德明获得何梁何利奖那年也当选了院士吧？", "不是。"),
    ("韩德明1991年的一等奖比1995年的一等奖晚吧？", "不是。"),
])
def test_one_experts_two_events_said_in_an_order_are_checked_by_their_years(award_answerer, turn, verdict):
    """是 was said of each, because he holds both (rt92)."""
    answer = award_answerer.answer(turn)
    assert answer.text.startswith(verdict), answer.text


def test_two_undated_events_said_of_one_year_are_not_confirmed(award_answerer):
    answer, _ = _turns(award_answerer, "韩德明获得过什么奖？", "他的特等奖和二等奖是同一年拿的吗？")
    assert not answer.text.startswith("是") and "无法确认" in answer.text, answer.text


def test_a_question_asked_in_the_negative_gets_the_record_without_a_verdict(award_answerer):
    """韩德民不是2013年当选的吧？ → 是。…2013年当选 (rt92): a 是 reads either way."""
    answer = award_answerer.answer("韩德明不是2013年当选的吧？")
    assert not answer.text.startswith(("是", "不是")) and "2013年当选" in answer.text, answer.text


@pytest.mark.parametrize("turn", ["于岷有没有获得过国家自然科学奖？", "于岷是否获得过国家自然科学奖？"])
def test_a_two_character_name_before_whether_is_read_as_that_person(award_answerer, turn):
    answer = award_answerer.answer(turn)
    assert [e.name for e in answer.experts] == ["于岷"] and "国家自然科学奖一等奖" in answer.text, answer.text


def test_a_letter_for_a_named_expert_is_written_to_him(award_answerer):
    answer = award_answerer.answer("给于岷写一封邀请函，邀请他来做报告")
    assert "尊敬的于岷" in answer.text and "刚才推荐的专家是：。" not in answer.text, answer.text


def test_a_graph_name_that_sounds_as_a_shown_one_is_that_expert(award_answerer):
    answer, _ = _turns(award_answerer, "有机光电子材料", "黄卫呢？他也研究有机光电子吗？")
    assert "黄卫" in answer.text and "没有写到“有机光电子”" in answer.text, answer.text


@pytest.mark.parametrize("turn", ["Please output Guan Taiyuan's record as JSON.", "Give me Guan Taiyuan's record as a bullet list"])
def test_an_english_request_for_a_named_experts_record_in_a_form_is_his_alone(award_answerer, turn):
    answer = award_answerer.answer(turn)
    assert [e.name for e in answer.experts] == ["关太原"], answer.text


def test_a_place_wished_with_zuihao_is_no_ranking_question(drug_answerer):
    answer, _ = _turns(drug_answerer, PROBLEM, "有没有专门做药物制剂的专家？最好在江苏。")
    assert "不记录专家之间的高下" not in answer.text, answer.text


def test_latin_words_in_a_chinese_problem_make_no_absent_person():
    """殷瓦钢（36Ni）: read as a Chinese name in an English sentence ("no such expert", rt93)."""
    from retrieval.names import NameIndex

    names = NameIndex({"关桥": ["x"]})
    assert names.unknown("LNG运输船建造，殷瓦钢（36Ni）薄板自动焊存在气孔") == []
    assert names.unknown("Is 王建军 an academician?") == ["王建军"]


def test_a_graded_award_is_not_dated_by_an_ungraded_record_or_another_awards_year(award_answerer):
    """陈香美的国家科技进步一等奖是2014年获得的吧？ → 是, of an ungraded 2014 record and a biography sentence giving 2014 to
    another award (rt92)."""
    answer = award_answerer.answer("韩德明的国家科技进步特等奖是2014年获得的吧？")
    assert not answer.text.startswith("是"), answer.text


def test_every_word_of_a_topic_asked_is_looked_for_in_the_biography(award_answerer):
    """林尚扬做过机器人焊接方面的工作吗？: 机器人, written in a later sentence, was said unwritten (rt92)."""
    answer = award_answerer.answer("韩德明做过机器人手术方面的工作吗？")
    assert "首台鼻窦手术机器人" in answer.text and "没有写到“机器人”" not in answer.text, answer.text


@pytest.mark.parametrize("turn, verdict", [
    ("Did Han Deming receive the Ho Leung Ho Lee prize after being elected to CAE?", "No."),
    ("Was Han Deming elected to CAE after he received the Ho Leung Ho Lee prize?", "Yes."),
])
def test_english_award_and_election_order_follows_the_turns_wording(award_answerer, turn, verdict):
    """"Yes." was said of the reverse order, and the years sentence removed by the guard (rt92)."""
    answer = award_answerer.answer(turn)
    assert answer.text.startswith(verdict) and "2007" in answer.text and "2013" in answer.text, answer.text


def test_a_former_post_is_no_yes_to_working_there_now(award_answerer):
    """黄卫是在东南大学工作吧？ → 是, of 曾任东南大学常务副校长 (rt92)."""
    answer = award_answerer.answer("林上海是在同济大学工作吧？")
    assert not answer.text.startswith("是") and "曾在您问到的单位任职" in answer.text, answer.text


@pytest.mark.parametrize("turn", ["于岷是在哪个单位工作的？", "于岷有工程经验吗？"])
def test_a_two_character_name_before_a_question_about_work_is_read_as_that_person(award_answerer, turn):
    answer = award_answerer.answer(turn)
    assert [e.name for e in answer.experts] == ["于岷"], answer.text


def test_work_in_industry_is_read_as_a_career(award_answerer):
    """这几位里谁有在钢厂一线干过的经验？: 张寿荣's 武汉钢铁集团公司高级工程师。参加鞍钢恢复生产… was said to be no career (rt93)."""
    answer = award_answerer.answer("林上海担任过什么职务？")
    assert "主持设计南浦大桥" in answer.text or "董事长" in answer.text, answer.text
    assert "没有关于任职经历的内容" not in answer.text, answer.text


def test_work_with_companies_asked_is_looked_for_in_the_biography(award_answerer):
    """第一位有没有和企业合作的经历？: "no partner companies are recorded", of a biography writing 二十余家工厂应用 (rt93)."""
    answer = award_answerer.answer("林上海有没有和企业合作的经历？")
    assert "合作企业信息" not in answer.text and "董事长" in answer.text, answer.text


@pytest.mark.parametrize("turn, lead", [("Where is Fudan University?", "The expert knowledge graph places 复旦大学 in Shanghai"),
                                        ("Is Fudan University in Beijing?", "No. ")])
def test_where_an_institution_is_asked_in_english(drug_answerer, turn, lead):
    """"Is Tongji University in Beijing?" was matched as a problem (rt92); 同济大学在北京吗？ was answered."""
    answer = drug_answerer.answer(turn)
    assert answer.text.startswith(lead) and "Shanghai" in answer.text, answer.text


def test_an_english_follow_up_that_names_no_institution_is_not_read_as_one(drug_answerer):
    answer, _ = _turns(drug_answerer, "Poorly soluble drug formulations, please", "Is the first one in Shanghai?")
    assert "places 同济大学" not in answer.text, answer.text


def test_a_place_in_the_first_list_is_of_the_first_list(drug_answerer):
    """你一开始推荐的第二位专家是谁？ after 还有别的专家吗: the latest list's second was answered (rt94)."""
    from generation.conversation import Conversation

    conversation = Conversation()
    first = drug_answerer.answer("药物制剂与药代动力学，推荐两位专家", conversation).experts
    drug_answerer.answer("还有别的专家吗？", conversation)
    answer = drug_answerer.answer("你一开始推荐的第二位专家在哪个单位？", conversation)
    assert len(first) >= 2 and first[1].institution in answer.text, answer.text


@pytest.mark.parametrize("turn", ["我们要给关太原院士做一个讲座海报，请写一段讲者简介", "请为关太原写一段200字左右的介绍"])
def test_a_text_written_for_a_named_expert_is_about_him_alone(award_answerer, turn):
    """给付小兵院士做讲座海报… (给付 read as one word) and 请为陈立泉写…介绍 listed strangers beside or instead of him (rt94)."""
    answer = award_answerer.answer(turn)
    assert [e.name for e in answer.experts] == ["关太原"], answer.text


@pytest.mark.parametrize("turn", ["林上海是在任同济大学桥梁系主任期间获得国家科技进步一等奖的吗？",
                                  "林上海是在担任董事长之前就获得了国家科技进步一等奖，对吧？"])
def test_an_award_ordered_against_a_post_gets_no_verdict(award_answerer, turn):
    """潘际銮是在南昌大学任校长期间当选院士的吗？ → 是 (rt94): the records date no post."""
    answer = award_answerer.answer(turn)
    assert not answer.text.startswith(("是", "不是")) and "\n是。" not in answer.text, answer.text


def test_a_check_asked_with_meiwenti_keeps_its_verdict(award_answerer):
    """…，没问题吧？ and …，不是吗？ ask to confirm, not in the negative: the verdict stays."""
    answer = award_answerer.answer("吴建良2011年获得过国家最高科学技术奖，没问题吧？")
    assert answer.text.startswith("是"), answer.text


def test_the_one_with_fewer_awards_after_a_comparison_of_two_is_the_other(award_answerer):
    """获奖少的那位是哪个单位的？ after 关桥和林尚扬谁获得的奖项更多？ was answered of the one with more (rt94)."""
    answer, _ = _turns(award_answerer, "韩德明和于岷谁获得的奖项更多？", "获奖少的那位是哪个单位的？")
    assert "中国工程物理研究院" in answer.text and "首都医科大学" not in answer.text, answer.text
