"""Turns the forty-third session mended: an award's grade or sub-class said in English after its name ("…, 2nd class",
"class II", "(一等奖)", "a special-class (特等奖) …", the Ho Leung Ho Lee Prize "for Scientific and Technological
Achievement") is asked, not the award at any grade; a wrong year is corrected beside a reason (…年因…获得…，对吧？); an
institution asked in English that only the biography writes is found there; 后者 after 前者 of two is the latter; the
former/the latter and 她/他 of a turn that names two are those two (rt144)."""

from __future__ import annotations

import pytest

from conftest import answerer_over, records_of
from conftest import said_in_turns as _turns
from generation.turn_parts import grades_joined

ORG = "七星科技委员会"
# (name, institution, direction, awards, bio)
PEOPLE = [
    ("于九敏", "九州物理研究院", "核物理", [{"name": "中国科学院院士", "year": 1980},
                                   {"name": "国家自然科学奖一等奖", "year": 1982},
                                   {"name": "国家科学技术进步奖特等奖", "year": 1985}], "1926年8月生。长期从事核物理研究。"),
    ("钱九七", ORG, "防护工程", [{"name": "中国工程院院士", "year": 1994},
                             {"name": "何梁何利基金科学与技术进步奖", "year": 2013},
                             {"name": "国家科学技术进步奖一等奖", "year": 2011},
                             {"name": "国家科学技术进步奖二等奖", "year": 1998}],
     "1937年10月生。长期从事防护工程研究。现任七星科技委员会顾问、解放军九州航天大学教授、博士生导师。"),
    ("施九公", "七星大学", "结构生物学", [{"name": "中国科学院院士", "year": 2013},
                                 {"name": "何梁何利基金科学与技术成就奖", "year": 2016}], "1967年5月生。七星大学教授。"),
    ("赵九贤", "九州物理研究院", "超导物理", [{"name": "中国科学院院士", "year": 1991},
                                   {"name": "国家自然科学奖一等奖", "year": 1990},
                                   {"name": "国家自然科学奖二等奖", "year": 2002}],
     "1941年1月生。1990年所在集体获国家自然科学奖一等奖，2002年获国家自然科学奖二等奖。"),
    ("李九华", "九州物理研究院", "电子显微学", [{"name": "中国科学院院士", "year": 1993}],
     "李九华（女），1932年1月生。2003年获“欧莱雅—联合国教科文组织世界杰出女科学家成就奖”。"),
    ("王九志", ORG, "运载火箭", [{"name": "中国工程院院士", "year": 1994}, {"name": "国家最高科学技术奖", "year": 2003},
                            {"name": "国家科学技术进步奖特等奖"}, {"name": "国家科学技术进步奖一等奖"}],
     "1932年11月生。获国家科学技术进步奖特等奖、一等奖各两项。"),
]


@pytest.fixture(scope="module")
def people(expertglm_home, demo_graph, tmp_path_factory):
    with answerer_over(records_of("s67", "数理科学", PEOPLE), expertglm_home, demo_graph[2],
                       tmp_path_factory.mktemp("s67")) as answerer:
        yield answerer


@pytest.mark.parametrize(("turn", "held"), [
    ("Did Yu Jiumin win the National Natural Science Award, 2nd class?", False),
    ("Did Yu Jiumin win the National Natural Science Award, second class?", False),
    ("Did Yu Jiumin win the National Natural Science Award, class II?", False),
    ("Did Yu Jiumin win the National Natural Science Award, 1st class?", True),
    ("Did Yu Jiumin win the National Natural Science Award, first-class?", True),
    ("Did Yu Jiumin win the National Natural Science Award first class?", True),
    ("Did Yu Jiumin win the National Natural Science Award (一等奖)?", True),
    ("Did Yu Jiumin win the National Natural Science Award, class I in 1982?", True),
    ("Did Qian Jiuqi win a special-class (特等奖) National S&T Progress Award?", False),
    ("Did Qian Jiuqi win a first-class (一等奖) National S&T Progress Award?", True),
])
def test_an_awards_grade_said_in_english_after_its_name_is_asked(people, turn, held):
    """"Did Yu Min win the National Natural Science Award, 2nd class?" got Yes of his 一等奖, and "a special-class
    (特等奖) National S&T Progress Award" Yes of 钱七虎's 一等奖 (the grade after the name was dropped, rt143)."""
    answer, _ = _turns(people, turn)
    assert answer.text.startswith("Yes") == held, answer.text
    if not held:
        assert "None of the awards" in answer.text, answer.text


@pytest.mark.parametrize(("turn", "held"), [
    ("Did Qian Jiuqi win the Ho Leung Ho Lee Prize for Scientific and Technological Achievement?", False),
    ("Did Qian Jiuqi win the Ho Leung Ho Lee Prize for Scientific and Technological Progress?", True),
    ("Did Shi Jiugong win the Ho Leung Ho Lee Prize for Scientific and Technological Progress?", False),
    ("Did Shi Jiugong win the Ho Leung Ho Lee Prize for Scientific and Technological Achievement?", True),
    ("Did Shi Jiugong win the Ho Leung Ho Lee Achievement Prize?", True),
    ("Did Shi Jiugong win the Ho Leung Ho Lee Prize?", True),  # (no kind said: either kind held)
])
def test_the_ho_leung_ho_lee_prizes_kind_said_in_english_is_asked(people, turn, held):
    """"Did Qian Qihu win the Ho Leung Ho Lee Prize for Scientific and Technological Achievement?" got Yes of his
    科学与技术进步奖 (the kind was dropped, rt143); the answer is in English."""
    answer, _ = _turns(people, turn)
    assert answer.text.startswith("Yes") == held, answer.text
    assert "achievements in the graph" in answer.text, answer.text  # (成就奖 in the turn kept it English)


@pytest.mark.parametrize(("turn", "read"), [
    ("Did he win the National Natural Science Award, 2nd class?", "the National Natural Science Award, second class?"),
    ("Did he win the National Natural Science Award, class II?", "the National Natural Science Award, second class?"),
    ("Did he win the National Natural Science Award (Class 2)?", "the National Natural Science Award (second class)?"),
    ("Did he win the Natural Science Award, class II in 1985?", "the Natural Science Award, second class in 1985?"),
    ("Did he win a 2nd-class National Natural Science Award?", "a second-class National Natural Science Award?"),
    ("Did he win a special-class (特等奖) Progress Award?", "a special-class Progress Award?"),
    ("Did he win the Ho Leung Ho Lee Prize (Achievement)?", "the 何梁何利基金科学与技术成就奖?"),
    ("We need experts on Class II medical devices.", "We need experts on Class II medical devices."),
])
def test_grades_said_in_english_read_alike(turn, read):
    """"2nd class", "second class" and "class II" are one grade; a class of no award is left as it is."""
    assert grades_joined(turn).endswith(read), grades_joined(turn)


@pytest.mark.parametrize(("turn", "recorded"), [
    ("赵九贤1987年因高温超导获得国家自然科学奖一等奖，对吧？", "1990年"),
    ("钱九七1995年因九州炮台山大爆破获得国家科技进步一等奖，是吗？", "2011年"),
])
def test_a_wrong_year_is_corrected_beside_a_reason(people, turn, recorded):
    """赵忠贤1987年因高温超导获得国家自然科学奖一等奖，对吧？ said only that the records hold no reasons, the year 1987 (of
    1990) let stand, rt143): the recorded year is said, and the reason still unconfirmed."""
    answer, _ = _turns(people, turn)
    assert not answer.text.startswith("是") and answer.text.split("获得过：")[0].count(recorded) == 1, answer.text
    assert "原因" in answer.text and "知识图谱记录了" not in answer.text, answer.text


def test_the_right_year_beside_a_reason_is_still_unconfirmed_as_to_the_reason(people):
    answer, _ = _turns(people, "钱九七2011年因九州炮台山大爆破获得国家科技进步一等奖，是吗？")
    assert answer.text.startswith("知识图谱记录了钱九七获得过您问到的奖项") and "原因" in answer.text, answer.text


@pytest.mark.parametrize("turn", [
    "Qian Jiuqi, is he from the Jiuzhou Aerospace University? When was he elected?",
    "Is Qian Jiuqi from the Jiuzhou Aerospace University?",
])
def test_an_institution_asked_in_english_that_the_biography_writes_is_found_there(people, turn):
    """"Qian Qihu, is he from the Army Engineering University?" got No, his biography's 现任…解放军陆军工程大学教授 not
    quoted (钱七虎是陆军工程大学的吗？ quoted it and said 是, rt143)."""
    answer, _ = _turns(people, turn)
    assert answer.text.startswith("Yes, by") and "九州航天大学教授" in answer.text, answer.text
    if "elected" in turn:
        assert "1994" in answer.text, answer.text


def test_the_latter_after_the_former_is_the_second_of_the_two(people):
    """第二位和第三位谁年纪大？ 前者获过哪些国家级奖？ then 后者呢？ answered of the former again: the turn about the former
    re-paired the two, the older one (whom 他 meant) first (rt143)."""
    answer, _ = _turns(people, "施九公和赵九贤谁年纪大？", "前者获过哪些奖？", "后者呢？他获过哪些奖？")
    assert "赵九贤" in answer.text and "施九公" not in answer.text, answer.text


@pytest.mark.parametrize(("turn", "verdict"), [
    ("于九敏和赵九贤，后者比前者早8年获得国家自然科学奖一等奖，对吧？", "不是"),
    ("于九敏和赵九贤，前者比后者早8年获得国家自然科学奖一等奖，对吧？", "是"),
    ("Yu Jiumin and Zhao Jiuxian: the latter won the National Natural Science Award, first class, eight years before "
     "the former, right?", "No"),
    ("赵九贤和李九华都在九州物理研究院，她比他早两年当选院士吧？", "不是"),
    ("赵九贤和李九华，她比他晚两年当选院士吧？", "是"),
    ("李九华和赵九贤，她比他晚两年当选院士吧？", "是"),
])
def test_pointers_at_the_two_a_turn_names_are_those_two(people, turn, verdict):
    """王永志和孙家栋，后者比前者早6年获得国家最高科学技术奖，对吧？ got 是 (the latter won it six years later), and
    赵忠贤和李方华…，她比他早两年当选院士吧？ 是 of her, elected two years after him: the verdict followed the order the
    names were typed (rt144)."""
    answer, _ = _turns(people, turn)
    assert answer.text.startswith(verdict) and not answer.text.startswith("不是" if verdict == "是" else "是"), \
        answer.text


def test_a_first_claimed_beside_an_award_the_biography_writes_is_no_yes(people):
    """李方华是不是2003年获得欧莱雅奖的第一位中国科学家？ got 是 of the year her biography writes; 第一位 it does not (rt144)."""
    answer, _ = _turns(people, "李九华是哪年当选院士的？", "李九华是不是2003年获得欧莱雅奖的第一位中国科学家？")
    assert "是。" not in answer.text and "第一位" in answer.text, answer.text


@pytest.mark.parametrize(("turn", "said"), [
    ("王九志2001年获得两项国家科学技术进步奖一等奖，对吧？", "没有写您说的年份"),
    ("王九志是首届国家最高科学技术奖得主吧？", "首届"),
    ("Was Wang Jiuzhi the first winner of the State Preeminent Science and Technology Award?", "not whether"),
])
def test_a_year_or_a_first_claimed_beside_a_held_award_is_no_yes(people, turn, said):
    """王永志2001年获得两项国家科学技术进步奖一等奖，对吧？ got 是 of the count his biography writes, with no year; 金怡濂是首届
    国家最高科学技术奖得主吧？ and "… the first winner of …?" got 是/Yes of any holder (rt146)."""
    answer, _ = _turns(people, turn)
    assert not answer.text.startswith(("是", "Yes")) and said in answer.text, answer.text
