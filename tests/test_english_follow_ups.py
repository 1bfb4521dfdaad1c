"""English turns a blind red team (rt9) found answered wrongly: "Tell me about Wu Liangyong." padded with two
unrelated experts, "Which awards?" searched for awards, "How many of them were elected after 2010?" quoted each
biography under "No.", and "He is the president of Tsinghua University, right?" quoted an unrelated sentence."""

from __future__ import annotations

from generation.biography import verdict
from generation.conversation import Conversation, resolve
from generation.english_turns import english_reading
from generation.grounded import post_elsewhere
from generation.grounded_en import describe_group_en
from retrieval.models import AwardFact, ExpertMatch
from retrieval.acronyms import expansions
from retrieval.pipeline import topicless

PAN = ExpertMatch(id="p", name="潘建伟", score=1, institution="中国科学技术大学")
WU = ExpertMatch(id="w", name="吴良镛", score=1, institution="清华大学",
                 awards=[AwardFact(name="中国科学院院士", year=1980), AwardFact(name="国家最高科学技术奖", year=2011)])
HE = ExpertMatch(id="h", name="何镜堂", score=1, institution="华南理工大学",
                 awards=[AwardFact(name="中国工程院院士", year=1999)])


def test_a_request_for_one_named_person_in_english_has_no_topic():
    for question in ("Tell me about Wu Liangyong.", "Who is Wu Liangyong?", "What about Yuan Long-ping?"):
        assert topicless(question, ["吴良镛"]), question
    assert not topicless("Tell me about Wu Liangyong and injection molding warpage.", ["吴良镛"])


def test_a_bare_english_attribute_question_is_about_those_shown():
    intent = resolve("Which awards?", Conversation(problem="x", last=[WU], shown=[WU]))
    assert intent.kind == "about" and intent.expert.name == "吴良镛" and intent.attribute == "awards"
    intent = resolve("Which institution?", Conversation(problem="x", last=[WU, HE], shown=[WU, HE]))
    assert intent.kind == "list" and intent.attribute == "institution"


def test_a_post_at_another_institution_is_told_apart_from_a_past_or_matching_one():
    assert post_elsewhere(PAN, "他是清华大学校长吧？") and post_elsewhere(PAN, "He is the president of Tsinghua University, right?")
    assert not post_elsewhere(PAN, "他是中国科学技术大学的校长吗？")
    assert not post_elsewhere(PAN, "Is he the president of the University of Science and Technology of China?")
    assert not post_elsewhere(PAN, "他当过清华大学校长吗？")  # a past post: the biography's to answer
    assert not post_elsewhere(PAN, "Is he the director of the lab?")


def test_a_span_of_years_is_not_read_as_a_year_the_biography_contradicts():
    said = ["2011年当选为中国科学院院士"]
    assert verdict("How many of them were elected after 2010?", said, "张维岩") != "no"
    assert verdict("他是2010年当选的吗？", said, "张维岩") == "no"


def test_how_many_of_them_is_answered_with_a_number():
    answer = describe_group_en([WU, HE], "awards", "How many of them won the State Preeminent Science and Technology Award?")
    assert answer.startswith("1 of the 2, according to the graph's records: 吴良镛."), answer


def test_a_post_the_biography_does_not_write_is_said_unwritten():
    """赵忠贤是中国科学院院长吧？ quoted other posts and never answered (rt11)."""
    from generation.life_answers import _life
    from generation import biography
    zhao = ExpertMatch(id="z", name="赵忠贤", score=1, institution="中国科学院物理研究所")
    quoted = biography.cited(zhao, "物理学家。曾任中国科协副主席、中国科学院数学物理学部主任等。", biography.asked("他是中国科学院院长吧？"))
    text = _life("他是中国科学院院长吧？", [quoted], (), False)
    assert text.startswith("知识图谱中赵忠贤的简介没有写到您问到的这一职务。"), text
    pan = biography.cited(PAN, "物理学家。中国科学技术大学教授，常务副校长。", biography.asked("他是中国科学技术大学的副校长吗？"))
    assert "没有写到" not in _life("他是中国科学技术大学的副校长吗？", [pan], (), False)


def test_a_request_for_a_persons_record_in_other_words_is_no_problem():
    """简单介绍一下申长雨 / 用三句话总结钟南山院士的简介 / "Translate 申长雨's biography" showed two strangers beside
    the person (rt12)."""
    for text, name in (("简单介绍一下申长雨", "申长雨"), ("用三句话总结钟南山院士的简介。", "钟南山"),
                       ("Translate 申长雨's biography into English.", "申长雨"), ("说说潘建伟的履历", "潘建伟")):
        assert topicless(text, [name]), text
    assert not topicless("申长雨能解决注塑件翘曲吗？", ["申长雨"])


def test_hydraulic_machines_are_fluid_power_not_water_engineering():
    """"hydraulic axial piston pumps" were matched to hydraulic structures and underwater acoustics (rt10, rt13)."""
    assert {"液压", "流体传动与控制"} <= set(expansions("Our hydraulic axial piston pumps are noisy and leak."))
    assert "液压" not in expansions("hydraulic fracturing of shale") + expansions("hydraulic engineering of dams")


def test_a_place_asked_of_those_shown_in_english_is_read():
    """"Which of them is in Shanghai?" got the list again with example questions (rt15)."""
    assert english_reading("Which of them is in Shanghai?") == "哪位在上海？"  # which one first (rt99)
    assert english_reading("Is the first one in Shanghai?") == "第一位在上海？"
    assert english_reading("Our plant in Shanghai has warping parts") is None  # a problem of its own
