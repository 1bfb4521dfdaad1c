"""Turns the thirty-fourth session mended: the shown expert pointed at by institution, in either language."""

from __future__ import annotations

import re

import pytest

from conftest import answerer_over, records_of
from conftest import said_in_turns as _turns


@pytest.fixture(scope="module")
def rocks(expertglm_home, demo_graph, tmp_path_factory):
    """Three rock-mechanics experts at three institutions, none at 清华大学 in the second list's place."""
    records = records_of("s58r", "工程与材料科学", [
        ("钱一虎", "浙江大学", "深部岩石力学", [{"name": "中国工程院院士", "year": 1994}],
         "钱一虎，岩石力学专家。从事深部岩体工程防护研究。"),
        ("葛一润", "深圳大学", "岩体基本力学性质", [{"name": "中国工程院院士", "year": 1995}],
         "葛一润，岩土力学专家。从事岩体基本力学性质研究。"),
        ("谢一平", "中国矿业大学", "矿山岩石力学", [{"name": "中国工程院院士", "year": 2001}],
         "谢一平，采矿工程专家。从事矿山岩石力学研究。"),
    ])
    with answerer_over(records, expertglm_home, demo_graph[2], tmp_path_factory.mktemp("s58r")) as answerer:
        yield answerer


PROBLEM = "深部开采岩爆问题，请推荐岩石力学专家"
PROBLEM_EN = "We need experts on rock mechanics for deep mining."


@pytest.mark.parametrize("problem, turn, name", [
    (PROBLEM_EN, "Tell me about the one from Zhejiang.", "钱一虎"),  # the university by its one distinctive word
    (PROBLEM_EN, "Tell me about the Zhejiang one.", "钱一虎"),
    (PROBLEM_EN, "What about the Shenzhen University one?", "葛一润"),
    (PROBLEM_EN, "Tell me about the one from Shenzhen University.", "葛一润"),
    (PROBLEM, "那位浙大的呢？", "钱一虎"),
])
def test_an_expert_pointed_at_by_institution_is_answered(rocks, problem, turn, name):
    """"Tell me about the one from Tsinghua." started a new search (rt102)."""
    first, _ = _turns(rocks, problem)
    assert name in [e.name for e in first.experts]
    answer, conversation = _turns(rocks, problem, turn)
    assert re.split(r" \(|，", answer.text.lstrip(), maxsplit=1)[0].endswith(name), answer.text  # (English: pinyin first)
    assert conversation.last == first.experts or [e.name for e in conversation.last] == [e.name for e in first.experts]


@pytest.mark.parametrize("problem, turn, lead", [
    (PROBLEM, "那位清华的呢？", "刚才推荐的专家是"),
    (PROBLEM_EN, "Tell me about the one from Tsinghua.", "The experts just recommended are"),
    (PROBLEM_EN, "Tell me about the one from Peking University.", "The experts just recommended are"),
])
def test_an_institution_none_shown_is_at_is_said_so_not_answered_of_another(rocks, problem, turn, lead):
    """那位清华的呢？ when nobody of 清华大学 was shown answered the first expert with a note that he works elsewhere."""
    first, _ = _turns(rocks, problem)
    answer, conversation = _turns(rocks, problem, turn)
    assert answer.text.startswith(lead), answer.text
    assert "another institution" not in answer.text and "不是您提到的单位" not in answer.text, answer.text
    assert [e.name for e in conversation.last] == [e.name for e in first.experts]  # no new search


@pytest.mark.parametrize("message, headings", [
    ("我们有两个难题：一是深部开采岩爆，二是矿山边坡的岩石力学。请分别推荐专家",
     ["【第1个问题：深部开采岩爆】", "【第2个问题：矿山边坡的岩石力学】"]),
])
def test_the_heading_over_each_problem_says_which_problem_it_is(rocks, message, headings):
    """【第1个问题】/【第2个问题】 did not say which problem of a long message each was (rt101)."""
    answer, _ = _turns(rocks, message)
    for heading in headings:
        assert heading in answer.text.splitlines(), answer.text
    assert not answer.grounding.dropped, answer.grounding.dropped


def test_a_heading_keeps_the_users_latin_words_and_is_cut_when_long():
    from generation.grounded import problem_words

    assert problem_words("焊缝有气孔。请分别推荐专家") == "焊缝有气孔"
    long = problem_words("涂装车间VOCs排放超标，环保压力大，每年罚款上百万，周边居民投诉不断，我们试过很多办法")
    assert long.endswith("…") and len(long) <= 24 and long.startswith("涂装车间VOCs")
    assert problem_words("weld porosity. Please recommend experts for each.") == "weld porosity"
    assert problem_words("我们是做风电叶片的，叶片运维也很头疼") == "叶片运维也很头疼"  # the company's trade is no heading (rt106)


def test_an_english_heading_names_the_problem_in_words():
    from generation.grounded_en import _problem_heading

    assert _problem_heading(2, ["warpage", "weld porosity. Please help."]) == "For the second problem (weld porosity):"
    assert _problem_heading(1) == "For the first problem:"



@pytest.fixture(scope="module")
def two_trades(expertglm_home, demo_graph, tmp_path_factory):
    """A moulding expert and a welding expert whose biography also writes 变形 (a word of the moulding problem)."""
    records = records_of("s58w", "工程与材料科学", [
        ("申二雨", "郑州大学", "塑料成型", [{"name": "中国科学院院士", "year": 2009}],
         "申二雨，塑料成型专家。研究注塑件翘曲变形的数值模拟。"),
        ("关一桥", "中国航空制造工程研究院", "焊接力学理论", [{"name": "中国工程院院士", "year": 1994}],
         "关一桥，焊接专家。从事焊缝气孔、焊接变形与残余应力控制研究。"),
    ]) + records_of("s58o", "生命科学", [  # others, so that no word of the two is in most profiles
        (name, "某大学", direction, [], f"{name}，{direction}专家。")
        for name, direction in [("王一甲", "水稻育种"), ("李二乙", "鱼类养殖"), ("张三丙", "心血管病"),
                                ("赵四丁", "茶叶加工"), ("钱五戊", "森林病理"), ("孙六己", "土壤改良"),
                                ("周七庚", "肝癌外科"), ("吴八辛", "小麦育种"), ("郑九壬", "奶牛营养"),
                                ("冯十癸", "果树栽培"), ("陈一子", "蚕桑学"), ("褚二丑", "植物分类"),
                                ("卫三寅", "草原生态"), ("蒋四卯", "兽医病毒")]])
    with answerer_over(records, expertglm_home, demo_graph[2], tmp_path_factory.mktemp("s58w")) as answerer:
        yield answerer


def test_the_keywords_given_for_an_expert_are_of_the_problem_it_was_found_for(two_trades):
    """关桥, found for 焊缝有气孔, was said to share 变形 of the other problem (注塑件翘曲变形)."""
    import re

    answer, _ = _turns(two_trades, "我们有两个难题：一是注塑件翘曲变形，二是焊缝有气孔。请分别推荐专家")
    problems = ["注塑件翘曲变形", "焊缝有气孔"]
    assert {e.problem for e in answer.experts} == {0, 1}, answer.text
    cited = 0
    for expert in answer.experts:
        for reason in expert.reasons:
            if keywords := re.search(r"关键词：(.+)$", reason):
                for word in keywords.group(1).rstrip("。").split("、"):
                    cited += 1
                    assert word in problems[expert.problem], (expert.name, reason)
    assert cited, answer.text


@pytest.mark.parametrize("turn, english", [
    ("李政道在图谱里吗？", False), ("图谱里有李政道吗？", False), ("李政道是否收录在你们的知识图谱中？", False),
    ("屠呦呦在知识图谱里吗？她是哪年当选院士的？", False),
    ("Is Tsung-Dao Lee in the graph?", True), ("Does the graph include Tu Youyou?", True),
])
def test_whether_the_graph_holds_a_person_it_lacks_is_answered_no(rocks, turn, english):
    """李政道在图谱里吗？ listed three strangers (bridge engineers) and never said he is not in the graph (rt104)."""
    from generation.grounded import ABSENT_FIRST
    from generation.grounded_en import ABSENT_FIRST_EN

    answer, _ = _turns(rocks, turn)
    assert answer.text.startswith(ABSENT_FIRST_EN if english else ABSENT_FIRST), answer.text
    assert not answer.experts, answer.text


@pytest.mark.parametrize("turn", ["钱一虎在图谱里吗？", "Is 钱一虎 in your knowledge graph?"])
def test_whether_the_graph_holds_a_person_it_has_gives_the_record(rocks, turn):
    answer, _ = _turns(rocks, turn)
    assert answer.text.lstrip().startswith("钱一虎") or "钱一虎" in answer.text.split("\n")[0], answer.text
    assert [e.name for e in answer.experts][:1] == ["钱一虎"], answer.text


@pytest.fixture(scope="module")
def lives(expertglm_home, demo_graph, tmp_path_factory):
    """Two experts whose biographies date their births and honours the award records do not hold."""
    records = records_of("s58l", "医学与信息科学", [
        ("吴一超", "第二军医大学", "肝胆外科", [{"name": "中国科学院院士", "year": 1991},
                                       {"name": "国家最高科学技术奖", "year": 2005}],
         "吴一超，肝胆外科专家，1922年8月出生，福建闽清人。1996年被中央军委授予“模范医学专家”荣誉称号。"),
        ("姚一智", "清华大学", "计算机科学", [{"name": "中国科学院院士", "year": 2004}],
         "姚一智，计算机科学家，1946年12月出生于上海。2000年获得计算机科学领域最高奖图灵奖。1998年当选为国际宇航科学院院士。"),
        ("周一玉", "哈尔滨工业大学", "陶瓷材料", [{"name": "中国工程院院士", "year": 2009}],
         "周一玉，材料学家，1955年出生。现任哈工大教授、博士生导师、校长。"),
    ])
    with answerer_over(records, expertglm_home, demo_graph[2], tmp_path_factory.mktemp("s58l")) as answerer:
        yield answerer


@pytest.mark.parametrize("turns, said", [
    (("吴一超从当选学部委员到获得国家最高科学技术奖隔了几年？获奖时他几岁？",), "当时约83岁"),
    (("吴一超2005年获得的是国家最高科学技术奖，对吧？那年他多大？",), "到2005年，吴一超的年龄约83岁"),
    (("吴一超被中央军委授予“模范医学专家”称号时多大年纪？",), "吴一超当时约74岁"),
    (("姚一智获图灵奖那年几岁？",), "姚一智当时约54岁"),
    (("姚一智当选国际宇航科学院院士的时候多大？",), "姚一智当时约52岁"),
    (("Tell me about 姚一智.", "How old was he when he won the Turing Award?"), "姚一智 was about 54 then"),
])
def test_an_age_at_an_event_is_that_years_not_todays(lives, turns, said):
    """获奖时他几岁？ got his age in 2026 (about 104), 获图灵奖那年几岁？ "no year of this" above the quote dating it, and
    当选国际宇航科学院院士的时候多大？ an age the guard removed (rt104)."""
    answer, _ = _turns(lives, *turns)
    assert said in answer.text, answer.text
    assert "到2026年" not in answer.text and "无法计算" not in answer.text and "cannot be computed" not in answer.text
    assert not answer.grounding.dropped, answer.grounding.dropped


def test_an_english_mention_written_only_in_part_is_no_flat_no():
    """"Does Zhao Zhongxian's record mention iron-based superconductors?" was answered No of a record writing
    铁基超导 and 低温与超导 (rt104): pieces of what the topic reads as are said written."""
    from generation.record_mentions import describe_mention_en
    from retrieval.models import ExpertMatch

    expert = ExpertMatch(id="x", name="赵一贤", directions=["低温与超导"], score=1.0)
    said = describe_mention_en(expert, "iron-based superconductors", ["超导"], False, ["超导材料"])
    assert said.startswith("Partly: ") and "「低温与超导」" in said and "No" not in said, said
    assert describe_mention_en(expert, "superconductors", ["超导"], False, ["超导"]).startswith("Yes: ")


@pytest.mark.parametrize("turn, said", [
    ("姚一智是北京大学教授，2002年获得图灵奖，对吧？", ["不是，简介写的年份与您说的不同", "姚一智在清华大学工作"]),
    ("姚一智 is a professor at Peking University and won the Turing Award in 2002, right?",
     ["No: 姚一智's biography gives a different year", "姚一智 works at 清华大学"]),
])
def test_a_wrong_year_and_workplace_beside_an_award_the_biography_dates_are_corrected(lives, turn, said):
    """"…professor at Peking University and won the Turing Award in 2002, right?" got "the biography writes it" with
    neither the year (2000, in a sentence calling it 最高奖图灵奖) nor the university corrected (rt104)."""
    answer, _ = _turns(lives, turn)
    for part in said:
        assert part in answer.text, answer.text
    assert not answer.grounding.dropped, answer.grounding.dropped


def test_every_holder_of_an_award_named_in_english_is_listed(lives):
    """"List every academician in the graph who received the State Preeminent Science and Technology Award, with the
    year." got paper-making experts ("every" and "with the year" were no count question, rt104)."""
    answer, _ = _turns(lives, "List every academician in the graph who received the State Preeminent Science and "
                              "Technology Award, with the year.")
    assert "国家最高科学技术奖" in answer.text.split("\n")[0], answer.text
    assert [e.name for e in answer.experts] == ["吴一超"], answer.text


def test_translating_the_last_answer_about_one_expert_gives_his_record_in_english(lives):
    """请把你上一条回答翻译成英文。 after an answer about one expert listed strangers matched on 回答 (rt104)."""
    answer, _ = _turns(lives, "吴一超是哪年当选院士的？", "请把你上一条回答翻译成英文。")
    assert answer.text.startswith("Wu Yichao 吴一超 (第二军医大学") and "Research directions" in answer.text, answer.text
    assert [e.name for e in answer.experts] == ["吴一超"], answer.text


def test_weak_cards_follow_the_others_and_a_related_direction_leads_the_weak():
    """A card called weakly related (a magnetism physicist, only 钙钛矿) was shown above one whose direction is
    钙钛矿太阳能电池 (rt103)."""
    from retrieval.models import ExpertMatch
    from retrieval.pipeline import weak_last

    def card(name: str, label: str, reason: str) -> ExpertMatch:
        return ExpertMatch(id=name, name=name, score=1.0, strength_label=label, reasons=[reason])

    shown = [card("甲", "低", "关联较弱，专家资料中只出现了问题里的关键词：钙钛矿"),
             card("乙", "低", "研究方向「钙钛矿太阳能电池」与问题有关"), card("丙", "中", "研究方向「光伏」与问题有关"),
             card("丁", "低", "与问题的关联较弱，仅供参考")]
    assert [e.name for e in weak_last(shown)] == ["丙", "乙", "甲", "丁"]


@pytest.mark.parametrize("query, text, absent, present", [
    ("车车通信和列车控制", "机车车辆动力学，列车", "车车", "列车"),  # 车车 straddles 机车|车辆
    ("锂电池鼓包", "锂电池材料", None, "锂电池"),
])
def test_a_keyword_is_no_piece_straddling_the_halves_of_a_profile_word(query, text, absent, present):
    from retrieval.lexical import matched_terms

    found = matched_terms(query, text)
    assert present in found and (absent is None or absent not in found), found


def test_gas_utility_and_module_jargon_read_in_the_profiles_words():
    """"distribution network" of a city gas utility read as 配电网 (a power-grid expert first); "perovskite solar
    modules" as 钙钛矿 alone (rt103)."""
    from retrieval.acronyms import english_jargon, english_terms

    said = "A city gas utility needs to find small methane leaks in its buried gas distribution network."
    assert {"city gas", "methane leaks", "gas distribution network"} <= set(english_jargon(said))
    assert "城市燃气" in english_terms()["gas distribution network"]
    assert english_jargon("Our perovskite solar modules degrade") == ["perovskite solar modules"]


@pytest.mark.parametrize("turn, said", [
    ("When did the second one win the top national award?", "2005年获国家最高科学技术奖"),
    ("How old was the second one when he won the top national award?", "吴一超 was about 83 then"),
])
def test_the_top_national_award_asked_of_one_shown_is_answered(lives, turn, said):
    """"When did the second one win the top national award?" re-listed the experts ("top national": two words of its
    own made it no follow-up, rt104)."""
    first, _ = _turns(lives, "请介绍姚一智和吴一超")
    assert [e.name for e in first.experts] == ["姚一智", "吴一超"], first.text
    answer, _ = _turns(lives, "请介绍姚一智和吴一超", turn)
    assert said in answer.text and not answer.text.startswith("The experts recommended above"), answer.text


@pytest.mark.parametrize("turns, lead", [
    (("Does 姚一智's record mention Tsinghua?",), "Yes: the knowledge graph's record of 姚一智 writes 清华大学"),
    (("Does 姚一智's record mention Tsinghua?", "Does it mention Princeton?"),
     "The graph's records are in Chinese, and the organisation you name could not be matched"),
    (("Does 姚一智's record mention Tsinghua?", "Does it mention the Gruber prize? Which year?"),
     "The graph's records are in Chinese, and the award you name could not be matched"),
    (("Does 姚一智's record mention Tsinghua?", "Does it mention the Turing Award?"), "Yes: "),
    (("姚一智的简介里提到过清华吗？", "提到普林斯顿了吗？"), "没有。"),
    (("姚一智的简介里提到过清华吗？", "那有没有提到图灵奖？哪年？"), "有。"),
])
def test_a_mention_asked_of_the_record_just_discussed_or_of_a_named_organisation(lives, turns, lead):
    """"Does it mention Princeton?" / 提到普林斯顿了吗？ started a new search, and "Does Shi Yigong's record mention
    Tsinghua?" was answered No of one at 清华大学 (rt104)."""
    answer, _ = _turns(lives, *turns)
    assert answer.text.startswith(lead), answer.text
    assert [e.name for e in answer.experts][:1] == ["姚一智"], answer.text


def test_a_direction_said_related_keeps_the_answer_from_being_called_uncertain():
    """王正敏 (国产人工耳蜗) for a cochlear-implant problem in English came under "the match is uncertain" (rt103)."""
    from generation.grounded import all_weak
    from retrieval.models import ExpertMatch

    related = ExpertMatch(id="a", name="王一敏", score=1.0, strength_label="低",
                          reasons=["研究方向「国产人工耳蜗」与问题有关"])
    nearest = ExpertMatch(id="b", name="韩一民", score=1.0, strength_label="低",
                          reasons=["研究方向「耳鼻咽喉学」是检索到的与问题最接近的方向之一"])
    assert not all_weak([related, nearest]) and all_weak([nearest])


def test_an_invitation_keeps_the_purpose_and_gives_the_achievements_asked_not_the_instruction(lives):
    """…技术顾问，信里介绍一下她的主要成就和获奖。 pasted the instruction into the letter and gave no achievement (rt104)."""
    answer, _ = _turns(lives, "请帮我写一封给吴一超院士的邀请函，诚挚地邀请他来我们医院做肝胆外科顾问，信里介绍一下他的主要成就和获奖。")
    assert "诚挚地邀请您来我们医院做肝胆外科顾问。" in answer.text, answer.text
    assert "2005年获国家最高科学技术奖" in answer.text and "信里" not in answer.text, answer.text
    assert not answer.grounding.dropped, answer.grounding.dropped


def test_trustworthy_software_is_a_topic_not_a_question_about_character(lives):
    """"… formal verification and trustworthy software …" got a note that the graph records no one's character, and
    "the biography says nothing about your problem's words" of biographies writing 形式化 (rt106)."""
    from generation.conversation.unheld_asked import unheld_requests

    assert not unheld_requests("We want an expert in formal verification and trustworthy software for embedded systems.")
    assert unheld_requests("Is he trustworthy?")
    answer, _ = _turns(lives, "We want an expert in formal verification and trustworthy software for embedded systems.")
    assert "character or reputation" not in answer.text and "your problem's words" not in answer.text, answer.text


def test_what_follows_a_second_matter_goes_with_the_first_problem():
    """…另外冬季路基翻浆也比较严重。集团…攻关沥青混合料抗车辙…: the need was filed under the frost problem and a railway
    engineer shown first for the ruts (rt106)."""
    from retrieval.problem import sub_problems

    first, second = sub_problems("高速公路沥青路面车辙病害十分突出，不得不铣刨重铺。另外冬季路基翻浆也比较严重。"
                                 "集团计划攻关沥青混合料抗车辙设计与改性沥青技术，希望寻找道路工程方面的院士专家。")
    assert "抗车辙设计" in first and "道路工程" in first and second == "冬季路基翻浆也比较严重"
    assert sub_problems("注塑件翘曲严重，另外，还有一个问题：焊缝有气孔。请推荐专家。") == ["注塑件翘曲严重", "焊缝有气孔。请推荐专家"]


def test_a_heading_of_the_users_own_words_is_kept_by_the_guard():
    """【第1个问题：我单位为西北某省交通投资集团，…】 was removed as a claim of an institution (rt106)."""
    from generation.grounding import check_answer
    from retrieval.models import ExpertMatch

    expert = ExpertMatch(id="a", name="郑一龙", institution="长沙理工大学", directions=["道路工程"], score=1.0)
    said = "我单位为西北某省交通投资集团，管养高速公路里程约5600公里，沥青路面车辙病害十分突出"
    text = "【第1个问题：我单位为西北某省交通投资集团，管养高速公路里程…】\n\n1. 郑一龙，长沙理工大学。研究方向：道路工程。"
    kept, _ = check_answer(text, [expert], given=said)
    assert kept.startswith("【第1个问题：我单位为西北某省交通投资集团"), kept
    forged, _ = check_answer("【第1个问题：郑一龙获得诺贝尔奖】\n\n1. 郑一龙，长沙理工大学。", [expert], given=said)
    assert "诺贝尔" not in forged, forged  # a heading of words the user never wrote is checked as any line


@pytest.mark.parametrize("turn, said, unsaid", [
    ("周一玉院士现在是哈尔滨工业大学校长吗？", "是。", "没有写到您问到的这一职务"),  # 现任哈工大…校长 (rt105)
    ("吴一超获得国家最高科学技术奖时多少岁？当时他当选科学院院士已经多少年了？", "中间相隔14年", "到2026年"),  # (rt105)
    ("吴一超是和谁一起获得国家最高科学技术奖的？", "", "是。"),  # a wh-question gets no 是 (rt105)
])
def test_posts_by_short_names_events_said_as_then_and_wh_questions(lives, turn, said, unsaid):
    answer, _ = _turns(lives, turn)
    assert said in answer.text and unsaid not in answer.text, answer.text


def test_a_mention_asked_with_le_ma_reads_the_topic_whole():
    """提到慢性阻塞性肺疾病了吗？ was read as 「慢性阻塞性肺疾病了」 (rt105)."""
    from generation.record_mentions import mentioned_topic

    assert mentioned_topic("他的资料里提到慢性阻塞性肺疾病了吗？") == "慢性阻塞性肺疾病"


def test_a_partner_said_without_a_subject_is_the_one_claimed():
    from generation.grounded import claimed_partner

    assert claimed_partner("杨振宁是和谁一起获得1957年诺贝尔物理学奖的？是和费曼一起吧？", "杨振宁") == "费曼"
    assert claimed_partner("杨振宁是和谁一起获得诺贝尔奖的？", "杨振宁") is None


def test_say_that_again_in_english_gives_the_list_in_english(lives):
    """"Can you say that again in English?" after a Chinese list got unrelated experts (rt105)."""
    first, _ = _turns(lives, "请介绍姚一智和吴一超")
    answer, conversation = _turns(lives, "请介绍姚一智和吴一超", "Can you say that again in English?")
    assert answer.text.startswith("The experts recommended above:"), answer.text
    assert [e.name for e in conversation.last] == [e.name for e in first.experts]
