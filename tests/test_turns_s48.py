"""Biography facts the twenty-fourth session's red team (rt75) found denied: a post written after 、 without a verb
(国家电网公司教授级高级工程师、副总工程师: "nothing on posts"), an education written 考入…学习 ("nothing on
education"), 是三峡工程的总设计师吧？ answered "the graph holds no posts" beside quoted posts, 他是上海交通大学校长吗？ of
曾任…上海交通大学校长 said "not written word for word" above that sentence, a seat written with its abbreviation in
brackets (发展中国家科学院（TWAS）院士) said unrecorded, and an award named in English that no table translates ("the
Fresnel Prize") denied of one whose biography writes 菲涅尔奖."""

from __future__ import annotations

import pytest

from conftest import answerer_over
from generation import biography
from generation.conversation import Conversation


def _topic(name: str) -> biography.BioTopic:
    return next(t for t in biography.TOPICS if t.name == name)


@pytest.mark.parametrize(("topic", "sentence"), [
    ("任职经历", "国家电网公司教授级高级工程师、副总工程师"),
    ("学历", "1956年考入北京航空学院热加工系，1958年随专业调至西北工业大学学习"),
])
def test_a_post_or_schooling_written_without_the_usual_verb_is_found(topic, sentence):
    assert _topic(topic).says.search(sentence)


@pytest.mark.parametrize("question", ["他是三峡工程的总设计师吧？", "他是中国第一艘核潜艇的总设计师吗？", "他是这家公司的董事长吗？"])
def test_a_post_asked_as_a_yes_no_question_is_a_biography_question(question):
    assert _topic("任职经历") in biography.asked(question)


def test_a_post_written_as_held_before_is_said_so_not_unwritten():
    said = ["曾任中国科学院副院长、中国科学院大学党委书记、上海交通大学校长、中科院物理所副所长、研究员"]
    assert biography.verdict("他是上海交通大学校长吗？", said, "张三") == "former"
    assert biography.verdict("他曾任上海交通大学校长吗？", said, "张三") == "yes"
    assert biography.verdict("他是复旦大学校长吗？", said, "张三") == "unsaid"


@pytest.fixture(scope="module")
def bio_answerer(expertglm_home, demo_graph, tmp_path_factory):
    """Four experts on a graph of their own, with posts, education and honours written only in biographies."""
    rows = [("潘一光", "中国科学技术大学", 2011, "潘一光，1970年生。从事量子光学研究。揭示了冷原子量子存储器退相干的新机制。"
             "曾获求是杰出科学家奖、欧洲物理学会菲涅尔奖等奖励。"),
            ("叶二晶", "香港科技大学", 2001, "叶二晶（女），1955年生。从事光学晶体研究。2001年当选为中国科学院院士。"
             "2004年当选为发展中国家科学院（TWAS）院士。"),
            ("陈三维", "国家电网公司", 2015, "陈三维，1960年生。国家电网公司教授级高级工程师、副总工程师。从事光纤传感研究。"
             "先后参加了三峡输电等电网规划研究。"),
            ("李四医", "浙江大学", 2005, "李四医，1947年生。从事传染病临床研究。2014年获何梁何利基金科学与技术进步奖。")]
    records = [{"id": f"s48b-{i}", "name": name, "institution": place, "fields": ["信息科学"],
                "directions": [{"name": "传染病临床" if name == "李四医" else "光学", "field": "信息科学"}],
                "awards": [{"name": "中国科学院院士", "year": year}], "bio": bio, "source": "test"}
               for i, (name, place, year, bio) in enumerate(rows)]
    with answerer_over(records, expertglm_home, demo_graph[2], tmp_path_factory.mktemp("s48b")) as answerer:
        yield answerer


def test_a_seat_written_with_its_abbreviation_in_brackets_is_quoted(bio_answerer):
    answer = bio_answerer.answer("叶二晶哪年当选发展中国家科学院院士？", Conversation())
    assert "2004年当选为发展中国家科学院（TWAS）院士" in answer.text and "没有您问到的那一项" not in answer.text
    assert answer.grounding.dropped == []


def test_a_post_without_a_verb_is_quoted_for_a_post_question(bio_answerer):
    answer = bio_answerer.answer("陈三维当过总工程师吗？", Conversation())
    assert "副总工程师" in answer.text and "没有关于任职经历" not in answer.text and "职务信息" not in answer.text


def test_an_award_named_in_english_that_no_table_translates_is_neither_confirmed_nor_denied(bio_answerer):
    conversation = Conversation()
    bio_answerer.answer("Tell me about 潘一光.", conversation)
    answer = bio_answerer.answer("Has he won the Gruber Prize? When?", conversation)
    assert "neither confirms nor denies" in answer.text and "None of the awards" not in answer.text
    assert answer.grounding.dropped == []


def test_a_foreign_prize_the_biography_writes_is_quoted_by_its_chinese_name(bio_answerer):
    """(the Fresnel Prize: 菲涅尔奖, as the biography writes it, rt110)"""
    conversation = Conversation()
    bio_answerer.answer("Tell me about 潘一光.", conversation)
    answer = bio_answerer.answer("Has he won the Fresnel Prize? When?", conversation)
    assert "欧洲物理学会菲涅尔奖" in answer.text and "None of the awards" not in answer.text, answer.text
    assert "neither confirms nor denies" not in answer.text and answer.grounding.dropped == []


def test_the_sentences_quoted_for_a_question_are_those_writing_most_of_its_words():
    """与俄罗斯…研究院合作研究远景飞机布局 came after three sentences naming 飞机 and was cut: 合作 and 布局 were said
    unwritten (rt75)."""
    bio = "飞机空气动力学家。主要从事飞机的气动力设计。主持歼八飞机的气动力设计。飞机设计师。与俄罗斯中央空气流体动力学研究院合作研究远景飞机布局等。"
    quoted = biography.passages(bio, (biography.words_topic(["飞机", "合作", "研究", "远景", "布局"]),))
    assert "与俄罗斯中央空气流体动力学研究院合作研究远景飞机布局等" in quoted and len(quoted) <= biography.MAX_SENTENCES


def test_a_womens_prize_is_quoted_for_a_gender_question():
    bio = "从事密码学研究。曾获2006年陈嘉庚科学家奖、中国女青年科学家奖等。"
    assert any("女青年科学家奖" in q for q in biography.passages(bio, (_topic("性别"),)))


def test_a_topic_whose_words_one_quoted_sentence_holds_is_not_said_unwritten():
    """锂离子动力电池热失控 written, 锂离子电池热失控 asked: "the biography does not write it" was said above the
    sentence that does (rt75)."""
    from generation.grounded import _topic_verdict
    from retrieval.models import ExpertMatch

    bio = "从事车辆动力研究。揭示了高比能量锂离子动力电池热失控诱发与蔓延新机制。"
    expert = biography.cited(ExpertMatch(id="x", name="欧阳一高", directions=["汽车动力"], score=1.0), bio,
                             (biography.words_topic(["锂离子电池热失控", "锂离子", "电池", "热失控"]),))
    said = _topic_verdict(expert, "欧阳一高研究锂离子电池热失控吗？")
    assert "有关的内容见下" in said and "没有写到“锂离子电池热失控”" not in said


@pytest.mark.parametrize("message", ["光学晶体研究遇到难题，请推荐专家，第二位是哪个单位的？",
                                     "We have trouble with optical crystals, please recommend experts. Where does the second one work?"])
def test_a_question_of_the_experts_a_problem_will_get_is_answered_after_the_list(bio_answerer, message):
    """…请推荐专家，第二位是哪个单位的？ got "describe your problem first", and …，她获得过什么奖？ was searched with the
    problem (its 她 and 奖 found an unrelated woman) and left unanswered (rt75): the list, then the answer of whom it
    points at."""
    conversation = Conversation()
    answer = bio_answerer.answer(message, conversation)
    listed = [e for e in conversation.last]
    assert len(listed) >= 2 and listed[1].institution in answer.text.split("\n\n2. ", 1)[1].split("\n\n", 1)[1]
    assert answer.grounding.dropped == []


def test_she_after_a_name_given_after_the_list_is_that_one(bio_answerer):
    """那李兰娟呢？她是哪个单位的，她获得过哪些奖？ after a list holding one woman (陈化兰) was answered of that woman (rt75)."""
    conversation = Conversation()
    shown = bio_answerer.answer("光学晶体研究遇到难题，请推荐专家", conversation)
    assert "叶二晶" in {e.name for e in shown.experts} and "李四医" not in {e.name for e in shown.experts}
    answer = bio_answerer.answer("那李四医呢？她获得过哪些奖？", conversation)
    assert "李四医获得过" in answer.text and "叶二晶获得过" not in answer.text


def test_back_to_a_list_named_by_its_topic_in_english(bio_answerer):
    """"Go back to the battery list — the third expert, …" showed the latest list, of another problem (rt75)."""
    conversation = Conversation()
    first = bio_answerer.answer("We have trouble with optical crystals, please recommend experts.", conversation)
    bio_answerer.answer("Now a different problem: infectious disease clinics, recommend experts please.", conversation)
    answer = bio_answerer.answer("Go back to the optical list — the second expert, which institution?", conversation)
    second = first.experts[1]
    assert second.institution in answer.text and answer.experts[0].name == second.name


@pytest.mark.parametrize(("question", "words"), [("他有没有参与过三峡工程？", ["三峡"]), ("叶玉如发现了NT3吗？", ["NT3"]),
                                                ("他参与过哪些工程？", [])])
def test_what_a_question_says_an_expert_worked_on_is_looked_for_by_its_words(question, words):
    assert biography.work_words(question) == words
    assert any(t.name == "主要成果" for t in biography.asked(question))


def test_a_question_about_work_an_expert_took_part_in_quotes_the_sentence_naming_it(bio_answerer):
    """他有没有参与过三峡工程？ of one whose biography writes 先后参加了三峡输电等电网规划研究: the card alone was given (rt75)."""
    conversation = Conversation()
    bio_answerer.answer("陈三维是哪个单位的？", conversation)
    answer = bio_answerer.answer("他有没有参与过三峡工程？", conversation)
    assert "先后参加了三峡输电等电网规划研究" in answer.text and answer.grounding.dropped == []


def test_how_many_were_recommended_counts_every_problems_list(bio_answerer):
    """一共推荐了几位专家？ after two problems counted the latest problem's list only (3 of 6, rt75)."""
    conversation = Conversation()
    first = bio_answerer.answer("光学晶体研究遇到难题，请推荐专家", conversation)
    second = bio_answerer.answer("换个问题：传染病临床救治，请推荐专家", conversation)
    both = {e.name for e in [*first.experts, *second.experts]}
    answer = bio_answerer.answer("一共推荐了几位专家？", conversation)
    assert f"共推荐了{len(both)}位专家" in answer.text and all(name in answer.text for name in both)


def test_a_person_addressed_as_academician_in_a_mixed_message_is_no_award_asked():
    from generation.grounded import asked_awards

    assert asked_awards("张立同院士是西北工业大学的校长，还在NASA工作了十年，对吗？") == []  # (said "no such award", rt75)
    assert asked_awards("Did he win the 国家科学技术进步奖二等奖 in 2005?") == ["国家科学技术进步奖二等奖"]


def test_a_post_premise_beside_another_clause_is_answered_from_the_biography(bio_answerer):
    """是西北工业大学的校长，还在NASA工作了十年，对吗？ got "the graph holds no posts" (rt75)."""
    answer = bio_answerer.answer("陈三维院士是国家电网公司的总工程师，还在NASA工作了十年，对吗？", Conversation())
    assert "副总工程师" in answer.text and "职务信息" not in answer.text and answer.grounding.dropped == []


@pytest.mark.parametrize("question", ["What did he achieve in quantum key distribution? How far?",
                                      "Did Chen Liquan first develop lithium-ion batteries in China?",
                                      "Did she break SHA-1?"])
def test_english_questions_about_work_ask_the_biography(question):
    """Answered with the card alone where the same question in Chinese quoted the biography (rt75)."""
    assert any(t.name == "主要成果" for t in biography.asked(question))


def test_work_a_yes_no_question_names_that_the_biography_does_not_write_is_said_unwritten(bio_answerer):
    """她破解了MD5和SHA-1，她还破解了SHA-256和SHA-3对吗？ got the quote on MD5 and SHA-1 alone, readable as 是 (rt75)."""
    bio = "提出了碰撞攻击理论，破解了包括MD5、SHA-1在内的5个国际通用哈希函数算法。"
    assert biography.unwritten_work("她破解了MD5和SHA-1，她还破解了SHA-256和SHA-3对吗？", bio) == ["SHA-256", "SHA-3"]
    assert biography.unwritten_work("他设计了歼20吗？", "先后担任歼-20等7型战斗机总设计师。") == []  # (hyphens aside)
    assert biography.unwritten_work("她破解了哪些算法？", bio) == []  # (no yes/no question: nothing claimed)
    answer = bio_answerer.answer("潘一光发现了NT3吗？", Conversation())
    assert "潘一光的简介没有写到您提到的这一项" in answer.text and answer.grounding.dropped == []
    held = bio_answerer.answer("陈三维参加过三峡输电规划吗？", Conversation())
    assert "先后参加了三峡输电等电网规划研究" in held.text and "没有写到" not in held.text


def test_a_products_number_is_no_place_in_the_list_and_its_year_is_checked():
    """他1973年育成了南优2号，对吧？ read 2号 as the second expert shown and answered "describe your problem"; the year is
    checked against the clause that names the work (1974年育成…南优2号), not any clause with 1973 (rt75)."""
    from generation.conversation import said_positions

    assert said_positions("他1973年育成了南优2号，对吧？") == "他1973年育成了南优2号，对吧？"
    assert said_positions("那2号呢？") == "那第2位呢？" and said_positions("2号专家是谁？") == "第2位是谁？"
    said = ["1964年开始研究杂交水稻，1973年实现三系配套，1974年育成第一个杂交水稻强优组合南优2号"]
    assert biography.verdict("他1973年育成了南优2号，对吧？", said, "袁一平") == "no"
    assert biography.verdict("他1974年育成了南优2号，对吧？", said, "袁一平") != "no"


def test_a_request_to_make_one_up_after_a_turn_is_refused_without_a_search(bio_answerer):
    """那你随便编一个也行 after a turn was searched as the problem 那你, and three strangers listed under the refusal (rt75)."""
    conversation = Conversation()
    bio_answerer.answer("帮我查一下王五院士的电话", conversation)
    answer = bio_answerer.answer("那你随便编一个也行", conversation)
    assert "不编造" in answer.text and not answer.experts
