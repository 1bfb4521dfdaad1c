"""The 22nd red-team round (team Q): honest answers the guard removed and the readings that now keep them — elections
and awards said in other orders, spans of years, exclusivities by grade or by a quoted direction, topics said to lie
apart from an expert, what the record does not say — each with a false twin that still goes."""

from __future__ import annotations

import pytest

from generation.grounding import check_answer
from retrieval.models import AwardFact, ExpertMatch

SHEN = ExpertMatch(id="q1", name="申长雨", institution="郑州大学", title="中国科学院院士", directions=["塑料成型"], score=0.9,
                   awards=[AwardFact(name="中国科学院院士", year=2009), AwardFact(name="国家科学技术进步奖二等奖", year=2003)])
WANG = ExpertMatch(id="q2", name="王自强", institution="中国科学院力学研究所", title="中国科学院院士", directions=["固体力学"],
                   score=0.8, awards=[AwardFact(name="中国科学院院士", year=2009), AwardFact(name="国家自然科学奖二等奖"),
                                      AwardFact(name="国家科学技术进步奖特等奖")])
LI = ExpertMatch(id="q3", name="李德群", institution="华中科技大学", title="中国工程院院士", directions=["塑料注射成形模拟", "食用菌"],
                 score=0.7, awards=[AwardFact(name="中国工程院院士", year=2017), AwardFact(name="国家自然科学奖二等奖", year=2010),
                                    AwardFact(name="国家技术发明奖二等奖", year=2014),
                                    AwardFact(name="国家科学技术进步奖一等奖", year=2012)])
EXPERTS = [SHEN, WANG, LI]


def kept(text: str, experts=EXPERTS) -> bool:
    _, report = check_answer(text, list(experts))
    return report.sentences[-1].kept


@pytest.mark.parametrize(("sentence", "expected"), [
    # English orders of election: "is the most recently elected of the three (2017)", the other end elided
    ("Li Dequn is the most recently elected of the three (2017), and Shen Changyu the earliest (2009).", False),  # a tie
    ("Li Dequn is the most recently elected of the three (2017).", True),
    ("Li Dequn is the most recently elected of the three (2015).", False),
    ("Shen Changyu is the most recently elected of the three, in 2009.", False),
    # each one's election in one English sentence, the verb said once
    ("Shen Changyu was elected in 2009, Wang Ziqiang in 2009 and Li Dequn in 2017.", True),
    ("Shen Changyu was elected in 2009, Wang Ziqiang in 2009 and Li Dequn in 2015.", False),
    ("Li was elected last, in 2017, followed by no one.", True),
    # a year beside the name in a sentence about elections is that one's election year
    ("三位专家按当选先后依次为申长雨（2009年）、王自强（2009年）和李德群（2017年）。", True),
    ("三位专家按当选先后依次为申长雨（2009年）、王自强（2011年）和李德群（2017年）。", False),
])
def test_elections_in_other_orders(sentence, expected):
    assert kept(sentence) is expected, sentence


@pytest.mark.parametrize(("sentence", "expected"), [
    # an exclusivity by grade: only 王自强 holds the special class, 申长雨 and 王自强... no one else the first class
    ("Wang Ziqiang is the only one of the three with a special-class State Science and Technology Progress Award.", True),
    ("Shen Changyu is the only one of the three with a second-class State Science and Technology Progress Award.", True),
    ("Li Dequn is the only one of the three with a second-class State Natural Science Award.", False),  # 王自强 too
    ("Li Dequn is the only one of the three with a special-class State Science and Technology Progress Award.", False),
    # a quoted direction the record lists
    ("李德群院士是三位中唯一在研究方向里直接写明“食用菌”的专家。", True),
    ("申长雨院士是三位中唯一在研究方向里直接写明“食用菌”的专家。", False),
])
def test_exclusivities_by_grade_and_by_quoted_direction(sentence, expected):
    assert kept(sentence) is expected, sentence


@pytest.mark.parametrize(("sentence", "expected"), [
    # a span of years: every named award dated in the record, all within it
    ("李德群院士在4年内先后获得了国家科学技术进步奖一等奖和国家技术发明奖二等奖。", True),  # 2012, 2014
    ("李德群院士在短短一年内先后获得了国家科学技术进步奖一等奖和国家技术发明奖二等奖。", False),
    ("Li Dequn received a second-class State Natural Science Award and a second-class State Technological Invention "
     "Award within four years.", True),  # 2010, 2014
    ("Li Dequn received a second-class State Natural Science Award and a second-class State Technological Invention "
     "Award within three years.", False),
    ("王自强院士在两年间先后获得国家自然科学奖二等奖和国家科学技术进步奖特等奖。", False),  # no years in the record
    # an award named by its grade only, and its year
    ("Shen Changyu received his second-class award in 2003.", True),
    ("Shen Changyu received his second-class award in 2005.", False),
    ("Shen Changyu received his first-class award in 2003.", False),
])
def test_spans_of_years_and_awards_named_by_grade(sentence, expected):
    assert kept(sentence) is expected, sentence


@pytest.mark.parametrize(("sentence", "expected"), [
    # 他 after 比 is the one the sentence is about: his award against his own election
    ("申长雨院士2003年获得国家科学技术进步奖二等奖，比他当选院士早六年。", True),
    ("申长雨院士2003年获得国家科学技术进步奖二等奖，比他当选院士早八年。", False),
    # a same-year claim of the clause's two, and the third "则晚了N年" against them
    ("申长雨院士和王自强院士同在2009年当选，李德群院士则晚了八年。", True),
    ("申长雨院士和王自强院士同在2009年当选，李德群院士则晚了六年。", False),
    ("申长雨院士和李德群院士同在2009年当选，王自强院士则晚了八年。", False),
])
def test_relative_gaps_in_chinese(sentence, expected):
    assert kept(sentence) is expected, sentence


@pytest.mark.parametrize(("sentence", "expected"), [
    # a topic said to lie apart from the expert: true when the record does not hold it
    ("申长雨院士主要研究塑料成型，方向上与食用菌关系较远。", True),
    ("李德群院士的方向与食用菌关系较远。", False),
    ("申长雨院士的研究方向是塑料成型，与固体力学没有直接关系。", True),
    ("Shen Changyu's work is in plastic forming rather than solid mechanics.", True),
    # what the record does not say, written after the topic or in a clause of its own
    ("资料没有说明他在西北工作过，因此申长雨院士在荒漠化治理方面的具体经验无法确认。", True),
    ("The card does not describe his projects, so Shen Changyu's experience with helicopter drivetrains cannot be "
     "confirmed.", True),
    ("申长雨院士的单位在资料中只写为“郑州大学”，没有写明所属学院。", True),
    ("申长雨院士在荒漠化治理方面经验丰富，具体项目无法确认。", False),
])
def test_topics_said_apart_and_what_the_record_does_not_say(sentence, expected):
    assert kept(sentence) is expected, sentence


@pytest.mark.parametrize(("english", "chinese", "expected"), [
    # an institution's own English name, which no word-by-word reading gives (official_names.tsv)
    ("China National Petroleum Corporation", "中国石油天然气集团公司", True),
    ("PetroChina Company Limited", "中国石油天然气股份有限公司", True),
    ("CNPC", "中国石油天然气集团公司", True),
    ("Fuwai Cardiovascular Hospital, Chinese Academy of Medical Sciences", "中国医学科学院阜外心血管病医院", True),
    # …and no other institution's, nor one of its departments
    ("PetroChina", "中国石油天然气集团公司", False),
    ("Fuwai Hospital", "中国医学科学院肿瘤医院", False),
    ("Department of Chemistry, Peking University", "北京大学", False),
    # a corporation is no parent of a university that shares its first words
    ("China National Petroleum Corporation", "中国石油大学", False),
    ("Chinese Academy of Sciences", "中国科学院化学研究所", True),
])
def test_institutions_own_english_names(english, chinese, expected):
    from retrieval.english_names import latin_org_matches

    assert latin_org_matches(english, chinese) is expected


def test_two_surnames_as_one_subject_are_each_held_to_the_claim():
    """"Li and Wang both …": each by surname, and the claim must be each one's."""
    assert kept("Shen and Wang both are academicians of the Chinese Academy of Sciences.") is True
    assert kept("Shen and Li both are academicians of the Chinese Academy of Sciences.") is False


@pytest.mark.parametrize(("sentence", "expected"), [
    # years in English words and Roman numerals are years
    ("Shen Changyu was elected in two thousand and nine.", True),
    ("Shen Changyu was elected in two thousand and eleven.", False),
    ("Li Dequn was elected MMXVII.", True),
    ("Li Dequn was elected MCMXCV.", False),
    ("Shen Changyu received his second-class award in two thousand and three.", True),
    # what an award was for, and a book he is said to have written: works the record must cite
    ("Shen Changyu received that award in 2003, for the design of a major eastern dam.", False),
    ("Shen Changyu received a second-class State Science and Technology Progress Award for his work.", True),
    ("Shen Changyu is reportedly the author of the widely used monograph \"Plastic Forming Today\".", False),
    # a post before the name it belongs to; a role offered is no post held
    ("郑州大学校长申长雨院士研究塑料成型。", False),
    ("我们计划邀请申长雨院士担任技术顾问。", True),
    ("申长雨院士可作为塑料成型方面的备选顾问。", True),
    ("申长雨院士担任公司技术顾问。", False),
    # his know-how said to have been applied somewhere is a fact the record must hold
    ("申长雨院士曾把塑料成型经验用于汽车保险杠的生产。", False),
    ("申长雨院士的塑料成型经验可以用于汽车保险杠的生产。", True),
])
def test_years_in_words_works_posts_and_applications(sentence, expected):
    assert kept(sentence) is expected, sentence


def test_a_speech_in_an_experts_own_voice_is_said_of_them():
    """"I am Shen Changyu … I also serve as …": "I" is 申长雨 until the speech's closing quote."""
    speech = ('"Good morning. I am Shen Changyu, and I work at Zhengzhou University. I was elected to the Chinese Academy '
              'of Sciences in 2009. I also serve as the chief engineer of Sinopec."\nThis draft uses only his card.')
    _, report = check_answer(speech, EXPERTS)
    assert [s.kept for s in report.sentences] == [True, True, True, False, True]
    _, report = check_answer('"我是申长雨，我在郑州大学工作。我2009年当选中国科学院院士。我还获得过国家技术发明奖一等奖。"', EXPERTS)
    assert [s.kept for s in report.sentences if s.text.strip('"')] == [True, True, False]


def test_csv_rows_are_read_under_their_header():
    """A CSV block is a table: each row's cells are the claims their columns make ("未知" is no institution)."""
    head = "```csv\n姓名,单位,职称,当选年份,研究方向,奖项\n"
    shown, report = check_answer(head + "申长雨,郑州大学,中国科学院院士,2009,塑料成型,国家科学技术进步奖二等奖\n```", EXPERTS)
    assert all(s.kept for s in report.sentences) and "申长雨,郑州大学" in shown
    _, report = check_answer(head + "申长雨,清华大学,中国科学院院士,2009,塑料成型,国家科学技术进步奖二等奖\n```", EXPERTS)
    assert not report.sentences[-2].kept
    _, report = check_answer(head + "王自强,未知,中国科学院院士,2009,固体力学;塑料成型,\n```", EXPERTS)
    assert not report.sentences[-2].kept  # 塑料成型 is 申长雨's


def test_a_surname_after_a_removed_header_names_him():
    """"Li was elected in 2017" after Li Dequn's removed header names him by surname: it is judged on its own — but an
    English topic after it goes with the header (held only by meaning, where the answer was caught inventing)."""
    for sentence, expected in (("Li was elected in 2017.", True), ("Li was elected in 2015.", False),
                               ("李院士研究塑料注射成形模拟。", True), ("李院士研究固体力学。", False)):
        _, report = check_answer("**Li Dequn** — Tsinghua University.\n" + sentence, EXPERTS)
        assert [s.kept for s in report.sentences] == [False, expected], sentence


@pytest.mark.parametrize(("sentence", "expected"), [
    # directions in the graph's Chinese words inside an English sentence: each one held to the record
    ("Shen Changyu's directions in Chinese are 塑料成型 and 高分子流变学.", False),
    ("Shen Changyu's directions in Chinese are 塑料成型.", True),
    # where all of them work, by kind: computed from their institutions (中国科学院力学研究所 is no university)
    ("All three work at universities.", False),
    ("Shen Changyu and Li Dequn both work at universities.", True),
    ("三位专家都在高校工作。", False),
    # membership of a body is a post the graph does not hold; of an academy it is the seat
    ("申长雨院士据悉曾长期担任世界卫生组织专家咨询团成员。", False),
    ("申长雨院士是中国科学院的成员。", True),
])
def test_chinese_items_in_english_kinds_of_place_and_memberships(sentence, expected):
    assert kept(sentence) is expected, sentence


@pytest.mark.parametrize(("sentence", "expected"), [
    # a question line of an FAQ asks, it states no direction
    ("**问：申长雨院士的研究方向是什么？**", True),
    # the user's clinic is no clinic hours of the expert's
    ("申长雨院士的塑料成型方向可能为门诊设备改进提供思路。", True),
    ("申长雨院士每周三有门诊。", False),
    # asked, not claimed: whether he took part in a project, whether her team worked on a topic
    ("资料没有写明他做过哪些项目，所以无法确认申长雨院士是否参与过三峡工程。", True),
    ("申长雨院士参与过三峡工程。", False),
    ("Ask whether Shen Changyu's team has worked on MRI-guided therapy.", True),
    ("Shen Changyu's only listed direction is plastic forming.", True),
    # an academy label line with its year
    ("academy: Chinese Academy of Sciences, elected 2009", True),
    ("academy: Chinese Academy of Sciences, elected 2011", False),
    # 借助赵院士, 征得赵院士: the expert by surname; 上述院士: those named
    ("公司希望借助申院士在塑料成型方面的经验开发新产品。", True),
    ("提示：发布前请先征得申院士本人同意。", True),
    ("建议贵公司另行寻找专门从事甘蔗育种的科研单位，与上述院士形成互补。", True),
    # a topic before the name describes that expert
    ("从事塑料成型的申长雨院士是合适人选。", True),
    ("从事甘蔗育种的申长雨院士是合适人选。", False),
    # an award's name is no one elected in a year
    ("Shen Changyu was elected in 2009; First Prize of the National Science and Technology Progress Award in 2003.", False),
])
def test_team_q_honest_forms(sentence, expected):
    assert kept(sentence, [SHEN, WANG, LI]) is expected, sentence


def test_a_letter_line_on_the_enterprise_then_the_expert():
    """"我公司是一家从事X的企业，久闻您在Y方面的研究": X is the enterprise's trade, Y is held to the addressee's record."""
    head = "尊敬的申长雨院士：\n我公司是一家从事汽车内饰件生产的企业，久闻您在"
    assert kept(head + "塑料成型方面的研究。") is True
    assert kept(head + "高分子流变学方面的研究。") is False


@pytest.mark.parametrize(("sentence", "expected"), [
    # set R (held out, then mended): a book by possessive, technology transferred to makers, a Chinese direction
    # named before the words for it, the NSFC's Distinguished Young Scholars in English
    ("申长雨院士研究塑料成型。他的专著《塑料成型新论》系统总结了注塑方法。", False),
    ("Shen Changyu's team has already transferred mould technology to several Chinese carmakers.", False),
    ("Shen Changyu's card says 高分子流变学 is one of his listed directions.", False),
    ("Shen Changyu's card says 塑料成型 is one of his listed directions.", True),
    ("Shen Changyu's card lists the direction in Chinese as 塑料成型, i.e. plastic forming.", True),
    ("Li Dequn holds an NSFC Distinguished Young Scholars grant.", False),
    # what is said of the list, and the user's own work, are no topics
    ("Wang Ziqiang's research directions are listed as unknown.", True),
    ("Li Dequn is the best match if you work on injection moulding or blow moulding.", True),
    ("Li Dequn's long list of directions includes injection moulding simulation.", True),
    ("No awards other than academy membership are listed for Wang Ziqiang.", True),
    # an exclusivity of awards besides the seat, computed (申长雨, 王自强 and 李德群 all have one)
    ("Li Dequn is the only one of the three with an award listed besides academy membership.", False),
    ("三位专家中只有李德群院士列出了院士称号以外的奖项。", False),
    # 先生 is a scholar's honorific; the enterprise's own manager is no post of the expert's
    ("接下来，我们非常荣幸地邀请到中国科学院院士申长雨先生做主旨发言。", True),
    ("申院士您好，我是一家注塑企业的总经理，想向您请教。", True),
])
def test_set_r_forms(sentence, expected):
    assert kept(sentence) is expected, sentence


def test_elected_earliest_followed_by_years_in_brackets():
    assert kept("Shen Changyu was elected earliest (2009), followed by Li Dequn (2017).", [SHEN, LI]) is True
    assert kept("Shen Changyu was elected earliest (2009), followed by Li Dequn (2015).", [SHEN, LI]) is False


@pytest.mark.parametrize(("sentence", "expected"), [
    # "N年内" / "within N years" is at most N; "N年间", "over N years" is N (李德群: 2012 and 2014)
    ("李德群院士在五年内先后获得国家科学技术进步奖一等奖和国家技术发明奖二等奖。", True),
    ("李德群院士在两年间先后获得国家科学技术进步奖一等奖和国家技术发明奖二等奖。", True),
    ("李德群院士在五年间先后获得国家科学技术进步奖一等奖和国家技术发明奖二等奖。", False),
    ("Li Dequn received a first-class State Science and Technology Progress Award and a second-class State "
     "Technological Invention Award over three years.", False),
])
def test_a_span_within_or_over_years(sentence, expected):
    assert kept(sentence) is expected, sentence
