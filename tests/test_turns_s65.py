"""Turns the forty-first session mended: an epithet a biography writes is quoted (陈清泉被誉为什么？ 中国电动汽车之父是谁？),
not said unrecorded; a vague follow-up as a conversation's first turn asks for the problem; the age at an award the
records do not hold is not said to lack only a year."""

from __future__ import annotations

import pytest

from conftest import answerer_over, records_of
from conftest import said_in_turns as _turns

# (name, institution, direction, awards, bio)
PEOPLE = [
    ("陈七泉", "香港大学", "电动汽车", [{"name": "中国工程院院士", "year": 1997}],
     "陈七泉，1937年1月14日出生。电机与电动汽车专家。获英国皇家工程院勋章并誉为“电动汽车之父”。"),
    ("何七善", "中南大学", "地球物理", [{"name": "中国工程院院士", "year": 1994},
                                  {"name": "国家科学技术进步奖一等奖", "year": 1990},
                                  {"name": "国家科学技术进步奖一等奖", "year": 1999}],
     "1934年8月生。长期致力于地球物理研究。较早开展和推动页岩气研究，被誉为湖南页岩气之父。"),
    ("李七林", "中南大学", "电动汽车电池", [{"name": "中国工程院院士", "year": 2001}],
     "1940年3月生。长期从事电动汽车电池研究。"),
    ("赵七明", "", "电动汽车电机", [{"name": "中国工程院院士", "year": 2003}], "长期从事电动汽车电机研究。"),
]


@pytest.fixture(scope="module")
def people(expertglm_home, demo_graph, tmp_path_factory):
    with answerer_over(records_of("s65", "工程与材料科学", PEOPLE), expertglm_home, demo_graph[2],
                       tmp_path_factory.mktemp("s65")) as answerer:
        yield answerer


@pytest.mark.parametrize(("turn", "name", "said"), [
    ("陈七泉被誉为什么？", "陈七泉", "誉为“电动汽车之父”"),
    ("What is Chen Qiquan known as?", "陈七泉", "誉为“电动汽车之父”"),
    ("何七善有什么美誉？", "何七善", "被誉为湖南页岩气之父"),
])
def test_an_epithet_a_biography_writes_is_quoted(people, turn, name, said):
    """陈清泉被誉为什么？ said the graph held no epithets of him, while his biography writes 誉为“电动汽车之父” (fortieth
    session's note)."""
    answer, _ = _turns(people, turn)
    assert f"{name}" in answer.text and said in answer.text, answer.text
    assert "没有关于称号与美誉的内容" not in answer.text and "records no epithets" not in answer.text, answer.text


def test_a_biography_without_an_epithet_is_said_to_write_none(people):
    answer, _ = _turns(people, "李七林被誉为什么？")
    assert "李七林的简介里没有关于称号与美誉的内容" in answer.text, answer.text


@pytest.mark.parametrize(("turn", "name", "words"), [
    ("中国电动汽车之父是谁？", "陈七泉", "电动汽车之父"),
    ("Who is the father of electric vehicles?", "陈七泉", "电动汽车之父"),
    ("页岩气之父是哪位院士？", "何七善", "页岩气之父"),
])
def test_an_epithet_asked_that_one_biography_writes_is_that_expert_quoted(people, turn, name, words):
    answer, conversation = _turns(people, turn)
    assert f"{name}的简介写到了“{words}”" in answer.text or f"the biography of {name} writes “{words}”" in answer.text, \
        answer.text
    assert "李七林" not in answer.text, answer.text
    follow, _ = _turns(people, turn, "他哪年当选院士？" if "谁" in turn or "哪位" in turn else "When was he elected?")
    assert name in follow.text and "李七林" not in follow.text, follow.text


def test_an_epithet_no_biography_writes_stays_unrecorded(people):
    answer, _ = _turns(people, "中国电池之父是谁？")
    assert "知识图谱不记录专家的称号或美誉" in answer.text and "简介写到了" not in answer.text, answer.text


@pytest.mark.parametrize("turn", ["具体一点", "详细点", "然后呢？", "Tell me more", "What else?"])
def test_a_vague_follow_up_as_the_first_turn_asks_for_the_problem(people, turn):
    """具体一点 as a conversation's first turn listed three strangers "for reference" (fortieth session's note)."""
    answer, _ = _turns(people, turn)
    assert answer.experts == [] and ("请先描述您遇到的技术问题" in answer.text or "describe your technical problem" in
                                     answer.text), answer.text


def test_a_vague_follow_up_after_a_problem_still_goes_on(people):
    answer, _ = _turns(people, "电动汽车电池寿命短，请推荐专家", "具体一点")
    assert "请先描述" not in answer.text and "李七林" in answer.text, answer.text


def test_the_age_at_an_award_not_recorded_is_not_said_to_lack_only_its_year(people):
    """王小谟's 国家最高科学技术奖 (not in his record): 他什么时候获得的？当时几岁？ said 知识图谱没有王小谟的这一项的年份, which
    reads as an award held without a year."""
    answer, _ = _turns(people, "何七善", "他什么时候获得国家最高科学技术奖的？当时几岁？")
    assert "没有何七善获得这一项的记录" in answer.text and "这一项的年份" not in answer.text, answer.text
    answer, _ = _turns(people, "何七善", "他获得国家科学技术进步奖一等奖时多大？")
    assert "1990年" in answer.text and "约56岁" in answer.text, answer.text
    assert "知识图谱还记录了何七善1999年获得国家科学技术进步奖一等奖，当时约65岁。" in answer.text, answer.text  # (only the
    # first of 王小谟's two was said)


def test_what_one_shown_has_to_do_with_a_topic_is_his_record_on_it_and_why_he_was_recommended(people):
    """第一位好像是搞化纤的，跟纤维素乙醇不对口吧？ was answered with his directions alone (rt133)."""
    shown, _ = _turns(people, "电动汽车电池寿命短，请推荐专家")
    first = shown.experts[0].name
    for turn in ("第一位跟合成氨有啥关系？", "第一位好像是搞电池的，跟合成氨不对口吧？"):
        answer, _ = _turns(people, "电动汽车电池寿命短，请推荐专家", turn)
        assert f"{first}的资料" in answer.text and "没有出现「合成氨」" in answer.text, answer.text
        assert f"推荐{first}的理由" in answer.text and not answer.text.startswith("没有"), answer.text
    answer, _ = _turns(people, "Electric vehicle batteries age too fast", "What does the first one have to do with ammonia?")
    assert "Why " in answer.text and " was recommended" in answer.text and answer.text[0].isupper(), answer.text


@pytest.mark.parametrize("more", ["还有别的专家吗？", "Any other experts?"])
def test_a_question_of_one_shown_then_more_experts_answers_both(people, more):
    """第一位…不对口吧？还有别的专家吗？ answered the first question and left out the others asked for (rt133)."""
    shown, _ = _turns(people, "电动汽车电池寿命短，请推荐两位专家")
    first = shown.experts[0].name
    answer, _ = _turns(people, "电动汽车电池寿命短，请推荐两位专家", "第一位是哪个单位的？" + more)
    assert first in answer.text.split("\n")[0], answer.text
    assert {e.name for e in answer.experts} - {e.name for e in shown.experts}, answer.text


def test_whether_any_is_in_a_place_says_whom_the_graph_places_nowhere(people):
    """"Are any of them based in Shanghai?" said "None of them is placed in Shanghai" of three, two of them with no
    institution recorded, then that no locations are recorded (rt133)."""
    shown, _ = _turns(people, "推荐做电动汽车电机的专家")
    assert "赵七明" in [e.name for e in shown.experts] and len(shown.experts) >= 2, shown.text
    answer, _ = _turns(people, "推荐做电动汽车电机的专家", "他们中有在上海的吗？")
    assert "赵七明的单位所在地知识图谱没有记录" in answer.text, answer.text
    assert "不记录专家的所在地" not in answer.text and "其中没有单位记录在上海的专家" not in answer.text, answer.text


def test_a_heading_over_a_problem_is_no_sentence_of_the_company_s_size():
    from generation.grounded import problem_words

    assert problem_words("我公司主营花生油生产，年产量约十万吨。近期抽检发现黄曲霉毒素接近限量") == "近期抽检发现黄曲霉毒素接近限量"
    assert problem_words("年产量下降了三成，原因不明") == "年产量下降了三成，原因不明"


def test_an_age_stated_beside_other_facts_is_checked_apart_from_them(people):
    """施一公是诺贝尔奖得主，2013年当选中科院时46岁，对吗？ said 是 of the whole claim, the age alone checked (ten of rt134's
    severe failures)."""
    answer, _ = _turns(people, "何七善是诺贝尔奖得主，1994年当选工程院时60岁，对吗？")
    assert not answer.text.startswith("是") and "其中年龄一项：是。" in answer.text, answer.text
    answer, _ = _turns(people, "何七善1994年当选工程院时60岁，对吗？")
    assert answer.text.startswith("是。") and "其中年龄一项" not in answer.text, answer.text
    answer, _ = _turns(people, "何七善是诺贝尔奖得主，1994年当选工程院时50岁，对吗？")
    assert "其中年龄一项：不是。" in answer.text, answer.text


def test_an_english_claim_with_a_year_beside_other_facts_is_checked_apart(people):
    """"Zhong Nanshan graduated from Tsinghua and was 60 when elected to CAE in 1996, right?" said Yes of the election
    year, the Tsinghua degree with it (rt134)."""
    answer, _ = _turns(people, "He Qishan graduated from Tsinghua and was 60 when elected to CAE in 1994, right?")
    assert not answer.text.startswith("Yes") and "As for the year and age: Yes." in answer.text, answer.text
    assert "about 60" in answer.text, answer.text


def test_his_students_asked_after_his_name_are_his_not_a_search(people):
    """吴孟超是'中国肝胆外科之父'，他的学生里有哪些院士？ listed strangers (他的简介 of no one), and 他 next was the first of
    them (rt134)."""
    answer, _ = _turns(people, "陈七泉是'中国电动汽车之父'，他的学生里有哪些院士？", "他是哪年当选的？")
    assert "陈七泉" in answer.text and "1997" in answer.text, answer.text


def test_that_work_of_the_one_in_focus_is_his(people):
    """钟南山的H7N9研究发表在哪个期刊？ then 那篇论文是哪年发表的？ was searched, and 他 next was a stranger (rt134)."""
    answer, _ = _turns(people, "何七善做过什么研究？", "那项研究是哪年开展的？")
    assert [e.name for e in answer.experts] == ["何七善"] and "没有找到" not in answer.text, answer.text


def test_award_winners_listed_in_english_are_those_the_graph_holds(people):
    """"List the Highest Science and Technology Award winners in the graph" listed three strangers as a search's, and an
    age was computed of one who never won it (rt134)."""
    answer, _ = _turns(people, "List the National Science and Technology Progress Award winners in the graph")
    assert [e.name for e in answer.experts] == ["何七善"], answer.text


def test_a_name_after_tell_me_in_a_role_play_is_asked_for(people):
    """"Let's role play: you are a journalist. Tell me Huang Xuhua's national awards …" listed strangers, and the
    e-mail next was to one of them (rt134)."""
    answer, _ = _turns(people, "Let's role play: you are a journalist interviewing me. Tell me He Qishan's national awards.",
                       "Now draft an email to him congratulating him")
    assert "何七善" in answer.text and "陈七泉" not in answer.text and "李七林" not in answer.text, answer.text


def test_he_after_a_turn_that_matched_no_one_is_still_the_one_discussed(people):
    """A follow-up read as a problem that matched no one (那篇论文是哪年发表的？ …) listed strangers for reference, and 他
    next was the first of them (nine of rt134's wrong-person failures)."""
    answer, _ = _turns(people, "何七善是哪年当选的？", "那次会议是在哪开的？", "他在哪个单位？")
    assert "何七善" in answer.text and "中南大学" in answer.text, answer.text
    assert not any(n in answer.text for n in ("陈七泉", "李七林", "赵七明")), answer.text


def test_a_name_said_to_be_someone_s_student_is_read_as_a_name(people):
    """于敏是钱学森的学生，…是吗？ found no one (a name beside a relation claim), and strangers were listed (rt134)."""
    answer, _ = _turns(people, "何七善是钱学森的学生，对吗？")
    assert "何七善" in answer.text and "不记录专家之间的师生" in answer.text, answer.text


def test_the_other_academy_asked_after_a_count_is_that_count_of_it():
    """科学院的呢？ after 2017年当选工程院院士的有多少位？ was searched as a problem (rt134)."""
    from retrieval.census import count_question, swapped_count

    counted = count_question("2017年当选工程院院士的有多少位？")
    swapped = swapped_count("科学院的呢？", counted)
    assert swapped is not None and [r.text for r in swapped.requirements if r.kind == "academy"] == ["中国科学院院士"]
    assert any(r.kind == "elected" and r.text.startswith("2017") for r in swapped.requirements), swapped


@pytest.mark.parametrize("turns", [("1997年当选工程院院士的有多少位？", "2001年的呢？", "一共多少位？"),
                                   ("How many CAE members were elected in 1997?", "And in 2001?",
                                    "so how many in total? any elected to both?")])
def test_the_total_of_two_counts_is_their_sum(people, turns):
    """"so how many in total in 2017? any elected to both?" after two counts said how many experts had been recommended
    (rt134)."""
    answer, _ = _turns(people, *turns)
    assert "相加为2" in answer.text or "add up to 2" in answer.text, answer.text


def test_an_english_count_of_none_says_none(people):
    """"How many CAE members were elected in 2018?" (none) said "the records alone cannot answer this": the sentence
    counting none was dropped as a seat said of no one (rt134)."""
    answer, _ = _turns(people, "How many CAE members were elected in 2018?")
    assert answer.text.startswith("The knowledge graph holds 0 experts who are 中国工程院院士 elected in 2018"), answer.text


def test_a_name_one_character_off_is_the_one_that_sounds_the_same():
    """李德人院士 was said to be no one: 李德仁 and 李德群 are both one character off, and 李德仁 is the one typed by its
    sound (rt134)."""
    from retrieval.names import NameIndex

    names = NameIndex({"李德仁": ["a"], "李德群": ["b"], "王淀佐": ["c"]})
    assert names.near("李德人") == "李德仁" and names.near("李德裙") == "李德群"
    assert names.near("李德华") is None  # (one off from both, sounding like neither)


def test_a_short_name_after_a_count_is_that_count_of_it():
    """北理工呢？ after 哈工大有几位院士？ was searched, and 中科大呢？ next (rt134)."""
    from generation.conversation.questions import expand_org_aliases
    from retrieval.census import count_question, swapped_count

    counted = count_question(expand_org_aliases("哈工大有几位院士？"))
    swapped = swapped_count(expand_org_aliases("北理工呢？"), counted)
    assert swapped is not None and [r.text for r in swapped.requirements if r.kind == "institution"] == ["北京理工大学"]


@pytest.mark.parametrize(("turn", "said"), [
    ("陈七泉和何七善是同一年出生的吗？", "不是。按下面所引的简介，两人的出生年份不同。"),
    ("陈七泉和何七善是同一天出生的吗？", "不是。按下面所引的简介，两人的出生日期不同。"),  # (何七善's day unwritten)
    ("Were Chen Qiquan and He Qishan born in the same year?", "No. By the biographies quoted below, their birth years are "
                                                               "not the same."),
])
def test_whether_two_were_born_on_one_day_is_answered(people, turn, said):
    """秦裕琨和魏敦山是同一天出生的吗？ (both 1933.5.30) was answered with their birth order (rt134)."""
    answer, _ = _turns(people, turn)
    assert answer.text.startswith(said), answer.text
    assert "从早到晚依次是" not in answer.text and "earliest first" not in answer.text, answer.text


def test_the_mean_age_at_election_asked_is_the_ages_then(people):
    """平均当选年龄是多少？ after two were named gave their ages now (rt134)."""
    answer, _ = _turns(people, "陈七泉和何七善是哪年当选的？", "平均当选年龄是多少？")
    assert "当选时的年龄平均约" in answer.text and "到2026年" not in answer.text, answer.text


def test_whether_two_are_from_one_place_quotes_their_origins(people):
    """李德仁和李德毅…他俩是同乡吗？ (both bios: 江苏泰县) got the list's prompt, no answer (rt134)."""
    answer, _ = _turns(people, "陈七泉和何七善是哪年当选的？", "他俩是同乡吗？")
    assert "陈七泉的简介写道" in answer.text and "1937年1月14日出生" in answer.text, answer.text


def test_an_english_claim_of_a_seat_beside_a_year_is_checked_apart(people):
    """"Yuan Liang was elected to CAE in 2009 and is a CAS member too, right?" listed strangers for "is a CAS member
    too", then said Yes of the year (rt136); "… is president of USTC and a TWAS fellow since 2004" said Yes of the TWAS
    year alone."""
    answer, _ = _turns(people, "He Qishan was elected to CAE in 1994 and is a CAS member too, right?")
    assert answer.text.startswith("No.") and "As for the year: Yes." in answer.text, answer.text
    assert not any(n in answer.text for n in ("陈七泉", "李七林", "赵七明")), answer.text


def test_two_yes_no_questions_of_one_person_are_each_answered(people):
    """他当过中国科学技术大学的校长吗？现在是科技部部长？ got one 不是 for both, denying the post he held (rt136)."""
    answer, _ = _turns(people, "何七善是哪个单位的？", "他获得过国家科学技术进步奖吗？现在是中国科学院院士？")
    assert answer.text.count("何七善") >= 2 and "不是" in answer.text, answer.text
    assert not answer.text.startswith("不是"), answer.text


def test_a_bare_superlative_after_a_count_is_of_those_counted(people):
    """谁最年轻？ after a count and 其中谁最早当选？ was asked of the one just named, the earliest elected (rt136)."""
    answer, _ = _turns(people, "中南大学一共有几位院士？", "其中谁最早当选？", "谁最年轻？")
    assert "李七林" in answer.text and "年轻" in answer.text, answer.text


def test_the_rest_of_a_relation_claim_is_of_the_two_named(people):
    """胡思得和胡仁宇是兄弟吧？都姓胡，都在九院 searched the rest (strangers), and 他俩谁大？ next compared two of them
    (rt136)."""
    answer, _ = _turns(people, "陈七泉和何七善是兄弟吧？都在大学工作", "他俩谁大？")
    assert "何七善更年长" in answer.text and "李七林" not in answer.text, answer.text


def test_the_same_project_asked_is_no_count_of_one(people):
    """那他们是因为同一个项目获奖的吗？ said 不是 of each: 同一个 read as a count of one (rt136)."""
    answer, _ = _turns(people, "何七善获得过什么奖？", "他是因为同一个项目获奖的吗？")
    assert not answer.text.startswith("不是"), answer.text


def test_a_degree_s_year_is_no_award_year_to_check(people):
    """陆元九1949年在哈佛大学获得博士学位，1980年当选学部委员，对吗？ said the years differed (the degree's year read as an
    award's; 1980 was right, rt136)."""
    answer, _ = _turns(people, "何七善1960年在哈佛大学获得博士学位，1994年当选工程院院士，对吗？")
    assert "年份与您问到的不同" not in answer.text and "1994年当选中国工程院院士" in answer.text, answer.text


# two of one name at two institutions (rt136: 胡文瑞 of 中国科学院力学研究所 and of the oil industry)
@pytest.fixture(scope="module")
def namesakes(expertglm_home, demo_graph, tmp_path_factory):
    rows = [("孙八平", "中国科学院力学研究所", "微重力流体物理", [{"name": "中国科学院院士", "year": 1999}],
             "长期从事微重力流体物理研究。"),
            ("孙八平", "中国石油天然气集团公司", "油气田勘探", [{"name": "中国工程院院士", "year": 2011}],
             "出版专著《油田管理概论》。")]
    with answerer_over(records_of("s65n", "工程与材料科学", rows), expertglm_home, demo_graph[2],
                       tmp_path_factory.mktemp("s65n")) as answerer:
        yield answerer


def test_an_institution_before_a_namesake_s_name_is_the_one_meant(namesakes):
    answer, _ = _turns(namesakes, "中国科学院力学研究所的孙八平是做什么的？")
    assert "微重力流体物理" in answer.text and "油气田勘探" not in answer.text, answer.text
    answer, _ = _turns(namesakes, "中国科学院力学研究所的孙八平是做什么的？", "他出版过《油田管理概论》吧？")
    assert "出版专著" not in answer.text, answer.text


def test_a_line_two_questions_of_one_turn_both_give_is_said_once(people):
    """为什么推荐沈闻孙？他跟砂轮有关系吗？ printed the reasons twice (rt137)."""
    answer, _ = _turns(people, "电动汽车电池寿命短，请推荐专家", "为什么推荐第一位？他跟合成氨有啥关系？")
    first = answer.experts[0].name if answer.experts else ""
    lines = [line for line in answer.text.split("\n") if line.startswith("推荐")]
    assert lines and len(lines) == len(set(lines)), answer.text
    assert "合成氨" in answer.text and first in answer.text, answer.text


@pytest.mark.parametrize(("turn", "held"), [("何七善的国家科学技术进步奖一等奖有3项吧？", False),
                                            ("何七善的国家科学技术进步奖一等奖有2项吧？", True)])
def test_a_count_of_one_award_is_checked_against_that_award(people, turn, held):
    """施一公的何梁何利奖有2项吧？ got 是的 of his two records (one a seat): the number was checked against all his awards
    (rt138)."""
    answer, _ = _turns(people, turn)
    assert not answer.text.startswith("不是" if held else "是"), answer.text


def test_so_many_of_each_award_is_checked_award_by_award():
    """杨国桢获得过国家自然科学奖一等奖和二等奖各1项，对吗？ (true) got 不是 (rt138)."""
    from generation.grounded import count_verdict

    held = ["国家自然科学奖二等奖（2003年）", "国家自然科学奖一等奖（1989年）"]
    assert count_verdict("他获得过国家自然科学奖一等奖和二等奖各1项，对吗？", "他与您问到的奖项相符的获奖", held, "").startswith("是的")
    assert count_verdict("他获得过国家自然科学奖一等奖和二等奖各2项，对吗？", "他与您问到的奖项相符的获奖", held, "").startswith("不是")


@pytest.mark.parametrize("turn", ["何七善作为第三完成人获得国家科学技术进步奖一等奖，对吧？",
                                  "He Qishan won the first-class National Science and Technology Progress Award alone, right?"])
def test_a_part_in_an_award_is_said_unrecorded_not_confirmed(people, turn):
    """张军作为第三完成人获得…，对吧？ and "… alone, right?" got 是/Yes while the biography wrote 第一完成人 / 所在集体 (rt138)."""
    answer, _ = _turns(people, turn)
    assert answer.text.startswith(("知识图谱的获奖记录不写完成人排序", "The graph's award records do not say")), answer.text


def test_they_after_questions_about_three_named_are_the_three(people):
    """于敏哪年出生？孙家栋哪年当选？黄旭华在哪个单位？ then 他们三个里谁最早当选？ left 于敏 out (rt138)."""
    answer, _ = _turns(people, "陈七泉哪年出生？何七善哪年当选？李七林在哪个单位？", "他们三个里谁最早当选？")
    assert all(n in answer.text for n in ("陈七泉", "何七善", "李七林")), answer.text


def test_a_pinyin_name_is_the_one_it_usually_spells():
    """"And Zhou Shining?" after 祝世宁 answered of 祝世宁 again: 祝 has a rare reading zhou (rt136)."""
    from retrieval.names import NameIndex

    names = NameIndex({"祝世宁": ["a"], "周世宁": ["b"]})
    assert [n.ids for n in names.find("And Zhou Shining?")] == [("b",)]
    assert [n.ids for n in names.find("Zhu Shining from Nanjing University — what does he study?")] == [("a",)]
