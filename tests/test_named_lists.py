"""Follow-ups from two blind red-team rounds (rt40, rt42): every expert named is shown, however many; English
questions name experts in two-syllable pinyin; a list asked in order of birth comes in that order; an earlier
problem's list named by its words; totals, seats, ethnicity and a biography's particular words answered.

Real CAE academicians (the biography tests' graph: 40 of them, with their biographies)."""

from __future__ import annotations

import re

from test_biography import academicians as cae_academicians, quoted  # noqa: F401, F811  (a fixture, shared)

from generation.answerer import ExpertAnswerer
from generation.conversation import Conversation
from retrieval.names import _pinyin
from retrieval.requirements import birth_year


def _elected(retriever) -> list:
    """The graph's experts with an election year, earliest first."""
    experts = retriever.records(list(retriever.profile_texts))
    years = {e.id: y for e in experts if (y := next((a.year for a in e.awards if a.name.endswith("院士") and a.year), None))}
    return sorted((e for e in experts if e.id in years), key=lambda e: (years[e.id], e.name)), years


def test_every_expert_a_question_names_is_ranked_however_many(cae_academicians):  # noqa: F811 - the fixture imported above
    retriever, _ = cae_academicians
    elected, years = _elected(retriever)
    unique = [e for e in elected if sum(x.name == e.name for x in elected) == 1]
    picked = unique[::max(1, len(unique) // 4)][:4][::-1]  # four years apart, named latest first
    assert len(picked) == 4 and len({years[e.id] for e in picked}) == 4
    reply = ExpertAnswerer(retriever).answer(f"请把{'、'.join(e.name for e in picked)}按当选年份排序。", Conversation())
    order = sorted(picked, key=lambda e: years[e.id])
    at = [reply.text.find(e.name) for e in order]
    assert all(a >= 0 for a in at) and at == sorted(at), reply.text  # all four, earliest first
    assert reply.grounding.dropped == []


def test_an_english_question_names_an_expert_in_two_syllable_pinyin(cae_academicians):  # noqa: F811 - the fixture imported above
    retriever, _ = cae_academicians
    experts = retriever.records(list(retriever.profile_texts))
    two = next(e for e in experts if len(e.name) == 2 and e.institution
               and sum(x.name == e.name for x in experts) == 1)
    latin = " ".join(s.capitalize() for s in _pinyin(two.name))
    reply = ExpertAnswerer(retriever).answer(f"Where does {latin} work?", Conversation())
    assert [e.id for e in reply.experts] == [two.id] and two.institution in reply.text, reply.text


def test_a_problem_asked_in_order_of_birth_is_listed_so(cae_academicians):  # noqa: F811 - the fixture imported above
    """…并按出生年份从早到晚排序 came unsorted and undated: now in the order of the years the biographies write."""
    retriever, bios = cae_academicians
    reply = ExpertAnswerer(retriever).answer("推荐几位能解决煤矿安全问题的院士，并按出生年份从早到晚排序。", Conversation())
    born = [birth_year(bios[e.name]) for e in reply.experts]
    assert len(reply.experts) >= 2 and None not in born and born == sorted(born), (born, reply.text)
    lead = "按简介中写的出生日期，从早到晚依次是："
    assert lead + "、".join(e.name for e in reply.experts) in reply.text and reply.grounding.dropped == [], reply.text


def test_seniority_of_named_experts_is_their_election_years(cae_academicians):  # noqa: F811 - the fixture imported above
    """杨振宁和潘际銮谁更资深？ got a third, unrelated expert for the word 资深; 他和潘际銮谁更资深？ no answer (rt40)."""
    retriever, _ = cae_academicians
    elected, years = _elected(retriever)
    first, last = elected[0], elected[-1]
    assert years[first.id] < years[last.id]
    answerer = ExpertAnswerer(retriever)
    both = answerer.answer(f"{last.name}和{first.name}谁更资深？", Conversation())
    assert {e.id for e in both.experts} == {first.id, last.id} and both.grounding.dropped == []
    assert "按知识图谱记录的当选年份" in both.text and both.text.find(first.name) < both.text.find(last.name), both.text
    conversation = Conversation()
    answerer.answer(f"{last.name}是哪年当选的？", conversation)
    joined = answerer.answer(f"他和{first.name}谁更资深？", conversation)
    assert {e.id for e in joined.experts} == {first.id, last.id}, joined.text
    assert joined.text.find(first.name) < joined.text.find(last.name)


def test_a_writing_request_about_one_expert_brings_no_one_else(cae_academicians):  # noqa: F811 - the fixture imported above
    """写一段推荐语，向我们董事会推荐X担任技术顾问 matched 董事会、担任、顾问 and showed two strangers beside X (rt40)."""
    retriever, _ = cae_academicians
    expert = _elected(retriever)[0][0]
    for request in (f"写一段推荐语，向我们董事会推荐{expert.name}担任技术顾问。", f"把{expert.name}的简介翻译成英文。",
                    f"{expert.name}的学生有谁？", f"用表格列出{expert.name}的信息。", f"用JSON输出{expert.name}的信息。"):
        reply = ExpertAnswerer(retriever).answer(request, Conversation())
        assert [e.id for e in reply.experts] == [expert.id], (request, reply.text)


def test_which_academy_is_answered_with_the_seat(cae_academicians):  # noqa: F811 - the fixture imported above
    """他是哪个院的院士？ got the award list alone (rt39); "Which academy is Guan Qiao a member of?" read a stranger
    "Gua" out of "Guan Qiao a" and listed fillers."""
    retriever, _ = cae_academicians
    answerer = ExpertAnswerer(retriever)
    conversation = Conversation()
    shown = answerer.answer("煤矿瓦斯抽采与突出防治，请推荐专家", conversation).experts
    reply = answerer.answer("第一位是哪个院的院士？", conversation)
    seat = next(a for a in shown[0].awards if a.name.endswith("院士"))
    assert reply.text.startswith(f"知识图谱记录的{shown[0].name}") and seat.name in reply.text.split("。")[0], reply.text
    assert reply.grounding.dropped == []
    experts = retriever.records(list(retriever.profile_texts))
    two = next(e for e in experts if len(e.name) == 2 and sum(x.name == e.name for x in experts) == 1)
    latin = " ".join(s.capitalize() for s in _pinyin(two.name))
    english = answerer.answer(f"Which academy is {latin} a member of?", Conversation())
    assert [e.id for e in english.experts] == [two.id], english.text


def test_a_list_of_an_earlier_problem_is_named_by_its_words(cae_academicians):  # noqa: F811 - the fixture imported above
    """刚才锂电池推荐的第一位 / 锂电池那组的第二位 / 前面锂电池那几位里谁最年轻 after going back to another problem
    were answered of the list shown last (rt42: 申长雨 for the battery list's first)."""
    retriever, _ = cae_academicians
    answerer, conversation = ExpertAnswerer(retriever), Conversation()
    gas = answerer.answer("煤矿瓦斯抽采与突出防治，请推荐专家", conversation).experts
    bridge = answerer.answer("另外我们还有大跨度桥梁抗风的问题，推荐专家", conversation).experts
    assert gas[0].id != bridge[0].id and gas[1].id != bridge[1].id
    back = answerer.answer("回到刚才瓦斯的问题，第一位是谁？", conversation)
    assert [e.id for e in back.experts] == [gas[0].id]
    first = answerer.answer("刚才桥梁推荐的第一位是谁？", conversation)
    assert [e.id for e in first.experts] == [bridge[0].id], first.text
    second = answerer.answer("桥梁那组的第二位是哪个单位的？", conversation)
    assert [e.id for e in second.experts] == [bridge[1].id] and second.grounding.dropped == []


def test_english_which_year_follows_the_award_just_asked(cae_academicians):  # noqa: F811 - the fixture imported above
    """"Has the first one won …?" then "In which year?" was a new search that showed three strangers (rt42)."""
    retriever, _ = cae_academicians
    answerer, conversation = ExpertAnswerer(retriever), Conversation()
    shown = answerer.answer("Coal mine gas drainage and outburst prevention: which experts can help?", conversation).experts
    answerer.answer("What awards has the first one received?", conversation)
    when = answerer.answer("In which year?", conversation)
    assert when.match is None and [e.id for e in when.experts] == [shown[0].id], when.text


def test_ethnicity_and_party_are_quoted_where_the_biography_writes_them(cae_academicians):  # noqa: F811
    """张福泽是哪个民族的？ 他是党员吗？ were "not recorded" while his biography writes 满族，中共党员 (rt42)."""
    retriever, bios = cae_academicians
    answerer = ExpertAnswerer(retriever)
    for question, written in (("顾玉东是哪个民族的？", "满族"), ("何琳是党员吗？", "中共党员")):
        reply = answerer.answer(question, Conversation())
        assert written in reply.text and "没有" not in reply.text.split("\n")[0], reply.text
        assert reply.grounding.dropped == []


def test_an_age_at_election_asked_with_nianling_is_computed(cae_academicians):  # noqa: F811 - the fixture imported above
    """第二位当选院士时多大年龄？ got 是。 and the award list (rt42)."""
    retriever, bios = cae_academicians
    answerer, conversation = ExpertAnswerer(retriever), Conversation()
    answerer.answer("煤矿瓦斯抽采与突出防治，请推荐专家", conversation)
    reply = answerer.answer("第一位当选院士时多大年龄？", conversation)
    assert not reply.text.startswith("是") and "当时约" in reply.text, reply.text


def test_a_total_of_one_award_over_those_shown_is_added_up(cae_academicians):  # noqa: F811 - the fixture imported above
    """他们三位一共获得过多少项国家科学技术进步奖？ got 都获得过。 and no number (rt42)."""
    retriever, _ = cae_academicians
    answerer, conversation = ExpertAnswerer(retriever), Conversation()
    shown = answerer.answer("煤矿瓦斯抽采与突出防治，请推荐专家", conversation).experts
    reply = answerer.answer("他们三位一共获得过多少项国家科学技术进步奖？", conversation)
    total = sum(a.name.startswith("国家科学技术进步奖") for e in shown for a in e.awards)
    assert f"合计{total}项" in reply.text and not reply.text.startswith("都"), reply.text
    assert reply.grounding.dropped == []


def test_she_is_the_one_woman_the_biographies_of_those_shown_write(tmp_path, expertglm_home):
    """有没有女性专家？ → 只要女院士。 → 她是哪年出生的？ answered of the first shown, a man (rt42); 只要女院士 was read as
    a person named 要女 and "not understood"."""
    from test_places import _answerer

    rows = [{"name": "柯甲", "institution": "金属研究所", "directions": ["叶片疲劳断裂"], "bio": "柯甲，男（1932.12.30-）疲劳专家。"},
            {"name": "尹乙", "institution": "航空发动机研究院", "directions": ["叶片强度设计"], "bio": "尹乙（1945.02.14- ）叶片专家。"},
            {"name": "向丙", "institution": "航空发动机集团", "directions": ["叶片制造"], "bio": "向丙（女）（1963.6.29- ），叶片专家。"}]
    with _answerer(tmp_path, expertglm_home, "she-is", rows) as answerer:
        conversation = Conversation()
        answerer.answer("航空发动机叶片疲劳断裂，请推荐专家", conversation)
        answerer.answer("有没有女性专家？", conversation)
        only = answerer.answer("只要女院士。", conversation)
        born = answerer.answer("她是哪年出生的？", conversation)
    assert only.experts and only.experts[0].name == "向丙", only.text
    assert [e.name for e in born.experts] == ["向丙"] and "1963" in born.text, born.text


def test_a_question_on_a_biographys_particular_words_quotes_them(cae_academicians):  # noqa: F811 - the fixture
    """他主持发现了苏里格气田吧？ 他设计过哪些电站？ got the card alone (rt42): the biography's sentences on the question's
    rare words are quoted, as written."""
    retriever, bios = cae_academicians
    reply = ExpertAnswerer(retriever).answer("王泽山发明过高密度火药装药技术吧？", Conversation())
    assert [e.name for e in reply.experts] == ["王泽山"] and "高密度火药装药技术" in reply.text, reply.text
    assert reply.grounding.dropped == []
    assert all(re.sub(r"\s+", "", x.rstrip("。")) in re.sub(r"\s+", "", bios["王泽山"]) for x in quoted(reply.text))


def test_a_table_or_json_holds_the_election_years_and_places_asked_for(cae_academicians):  # noqa: F811 - the fixture
    """用表格列出…姓名、单位和当选年份 / "a table with name, institution and election year" dropped the year column, and
    name、institution和当选年份 in a JSON request read no institution (rt42)."""
    import json

    retriever, _ = cae_academicians
    answerer, conversation = ExpertAnswerer(retriever), Conversation()
    shown = answerer.answer("煤矿瓦斯抽采与突出防治，请推荐专家", conversation).experts
    years = {e.name: "、".join(str(a.year) for a in e.awards if a.name.endswith("院士") and a.year) or "—" for e in shown}
    table = answerer.answer("用表格列出推荐的几位的姓名、单位和当选年份。", conversation)
    assert table.text.splitlines()[0] == "| 姓名 | 单位 | 当选年份 |" and table.grounding.dropped == [], table.text
    for e in shown:
        assert f"| {e.name} | {e.institution or '—'} | {years[e.name]} |" in table.text
    english = answerer.answer("List the recommended experts in a table with name, institution and election year.",
                              conversation)
    assert english.text.splitlines()[0] == "| Name | Institution | Election year |", english.text
    data = json.loads(answerer.answer("用JSON输出他们的name、institution和当选年份。", conversation).text.split("\n\n")[0])
    assert [set(row) for row in data] == [{"name", "institution", "elected"}] * len(shown)


def test_an_age_now_is_this_year_minus_the_quoted_birth_year(cae_academicians):  # noqa: F811 - the fixture
    """他今年多大了？ / "How old is he now?" quoted the birth date alone (rt42); the age is computed, said as approximate
    and without claiming the expert is living, and a wrong one is dropped by the guard."""
    import datetime

    from generation.grounding import check_answer

    retriever, bios = cae_academicians
    this_year = datetime.date.today().year
    answerer = ExpertAnswerer(retriever)
    reply = answerer.answer("郑哲敏今年多大了？", Conversation())
    born = birth_year(bios["郑哲敏"])
    assert f"到{this_year}年，郑哲敏的年龄约{this_year - born}岁" in reply.text and reply.grounding.dropped == [], reply.text
    wrong = reply.text.replace(f"约{this_year - born}岁", f"约{this_year - born - 7}岁")
    assert check_answer(wrong, reply.experts)[1].dropped, wrong
    english = answerer.answer("How old is Zheng Zhemin now?", Conversation())
    assert f"about {this_year - born} in {this_year}" in english.text and english.grounding.dropped == [], english.text


def test_a_count_the_biography_writes_is_quoted_not_overruled_by_the_record(cae_academicians):  # noqa: F811
    """A wrong count of one award is answered with the record's count (两次吧？ of one record), but where the biography
    writes its own count (黄先祥: 国家发明专利26项 …; 蔡美峰: 国家科技进步二等奖3项) the record's single entry must not
    overrule it (rt44: "只有…1项" against 6项)."""
    retriever, bios = cae_academicians
    answerer = ExpertAnswerer(retriever)
    reply = answerer.answer("蔡美峰获得过5项国家科技进步二等奖吧？", Conversation())
    assert "只有" not in reply.text and "国家科技进步二等奖3项" in reply.text, reply.text
    times = answerer.answer("蔡美峰获得过几次国家科技进步二等奖？", Conversation())
    assert "国家科技进步二等奖3项" in times.text and times.grounding.dropped == [], times.text


def test_an_institution_said_of_another_expert_or_a_foreign_seat_is_no_workplace_premise(cae_academicians):  # noqa: F811
    """郑州大学的申长雨和华中科技大学的李德群…对吧？ said each one's institution was "not the one you mention"; 美国国家科学院
    外籍院士 was read as a workplace (rt44)."""
    retriever, _ = cae_academicians
    experts = [e for e in retriever.records(list(retriever.profile_texts)) if e.institution]
    a, b = next((x, y) for x in experts for y in experts if x.institution != y.institution and x.name != y.name)
    answerer = ExpertAnswerer(retriever)
    both = answerer.answer(f"{a.institution}的{a.name}和{b.institution}的{b.name}都是院士，对吧？", Conversation())
    assert "单位不是您提到的单位" not in both.text, both.text
    wrong = answerer.answer(f"清华大学的{a.name}和{b.institution}的{b.name}都是院士，对吧？", Conversation())
    assert (f"{a.name}的单位不是您提到的单位" in wrong.text) is (a.institution != "清华大学"), wrong.text  # (rt44:
    assert f"{b.name}的单位不是您提到的单位" not in wrong.text  # 都是。 of the seats alone)
    seat = answerer.answer(f"{a.name}同时也是美国国家科学院外籍院士吧？", Conversation())
    assert "单位不是您提到的单位" not in seat.text, seat.text
