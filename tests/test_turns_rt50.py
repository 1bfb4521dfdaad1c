"""Turns a blind red team (rt50, 2026-12-04) found answered wrongly: 当选院士已经50年了吧 confirmed whatever the number,
a birth date in brackets without a dash (赵连城（1938.02.18）) read as none."""

from __future__ import annotations

from generation.biography import _BORN, _dated
from generation.year_gaps import asks_years_since, describe_years_since
from retrieval.models import AwardFact, ExpertMatch
from test_biography import academicians as cae_academicians  # noqa: F401  (a fixture, shared)


def test_years_since_an_election_said_or_asked_are_computed_from_its_record():
    pan = ExpertMatch(id="a", name="潘际銮", score=0.5, awards=[AwardFact(name="中国科学院院士", year=1980)])
    for text in ("潘际銮当选院士已经50年了吧？", "他当选院士有四十年了吧？", "他当选院士多少年了？", "He was elected 50 years ago, right?",
                 "How many years ago was he elected?"):
        assert asks_years_since(text), text
    assert describe_years_since(pan, "潘际銮当选院士已经50年了吧？", this_year=2026) == \
        "不是。按知识图谱的记录，潘际銮1980年当选中国科学院院士。从1980年到2026年相隔46年。"
    assert describe_years_since(pan, "他当选院士已经46年了吧？", this_year=2026).startswith("是。")
    assert describe_years_since(pan, "He was elected 50 years ago, right?", english=True, this_year=2026).startswith("No. ")
    undated = ExpertMatch(id="b", name="袁隆平", score=0.5, awards=[AwardFact(name="国家最高科学技术奖")])
    assert "无法计算" in describe_years_since(undated, "他获得国家最高科学技术奖已经20年了吧？", this_year=2026)
    assert not asks_years_since("潘际銮比林尚扬早几年当选？")  # two records: the gap between them


def test_a_birth_date_in_brackets_without_a_dash_is_read():
    assert _dated(_BORN, ["赵连城（1938.02.18）光电信息科学与工程专家。"]) == "1938"
    assert _dated(_BORN, ["专家顾问委员会委员(1998-2002)"]) is None  # a term of office


def test_short_names_of_institutions_are_read_before_a_count_or_a_comparison_and_not_inside_longer_names():
    from generation.conversation import expand_org_aliases

    assert expand_org_aliases("北大有60位院士，对吧？") == "北京大学有60位院士，对吧？"
    assert expand_org_aliases("清华和北大谁的院士多？") == "清华大学和北京大学谁的院士多？"
    assert expand_org_aliases("清华的院士比北大少吧？") == "清华大学的院士比北京大学少吧？"
    assert expand_org_aliases("西北大学有多少位院士？") == "西北大学有多少位院士？"  # (北大 inside 西北大学: no)


def test_two_counts_said_or_compared_are_each_counted_with_a_verdict(cae_academicians):  # noqa: F811
    """清华大学有73位院士，北京大学有54位，对吧？ said 不是 of two true numbers; 清华和北大谁的院士多？ matched 最多."""
    from generation.answerer import ExpertAnswerer
    from generation.conversation import expand_org_aliases
    from retrieval.census import count_question

    asked = count_question(expand_org_aliases("清华的院士比北大少吧？"))
    assert asked is not None and asked.each and asked.more_said == "少"
    assert [r.text for r in asked.requirements][:2] == ["清华大学", "北京大学"]
    retriever = cae_academicians[0]
    places = sorted({e.institution for e in retriever.records(sorted(retriever.profile_texts)) if e.institution})[:2]
    totals = [retriever.census(count_question(f"{p}有多少位院士？")).total for p in places]
    answerer = ExpertAnswerer(retriever)
    true = answerer.answer(f"{places[0]}有{totals[0]}位院士，{places[1]}有{totals[1]}位，对吧？")
    false = answerer.answer(f"{places[0]}有{totals[0] + 3}位院士，{places[1]}有{totals[1]}位，对吧？")
    assert true.text.startswith("是的。") and false.text.startswith("不是。"), (true.text, false.text)
    assert true.grounding.dropped == [] and false.grounding.dropped == []
    which = answerer.answer(f"{places[0]}和{places[1]}谁的院士多？")
    assert all(f"共{n}位" in which.text for n in totals) and which.grounding.dropped == [] and not which.experts


def test_an_institution_left_out_in_english_is_left_out_not_asked_about():
    """"Without Tsinghua please." said 潘际銮 of 清华大学 was "at another institution than the one you ask about"."""
    from generation.conversation import Conversation, resolve

    shown = [ExpertMatch(id=k, name=n, score=0.5, institution=i)
             for k, n, i in (("a", "关桥", "中国航空制造工程研究院"), ("c", "潘际銮", "清华大学"))]
    talk = Conversation(last=list(shown), shown=list(shown), problem="welding")
    for text in ("Without Tsinghua please.", "Remove the Tsinghua one.", "Drop the Tsinghua expert"):
        intent = resolve(text, talk)
        assert intent.kind == "problem" and [r.text for r in intent.without] == ["Tsinghua University"], text
    assert [e.name for e in resolve("Remove the second one.", talk).dropped] == ["潘际銮"]  # a place: as before


def test_the_english_keyword_reason_is_no_direction_claim():
    """"the expert's record holds only these of the graph's Chinese terms for your problem: 「焊接」" on 蔡其巩's card was dropped as 林尚扬's
    direction; a direction said of him still is."""
    from generation.grounding import check_answer

    lin = ExpertMatch(id="l", name="林尚扬", score=0.5, directions=["焊接"])
    cai = ExpertMatch(id="c", name="蔡其巩", score=0.4, directions=["力学性能关系"])
    card = "2. 林尚扬. Research directions: 焊接.\n\n3. 蔡其巩. Research directions: 力学性能关系. "
    kept = card + "Why: weakly related: the expert's record holds only these of the graph's Chinese terms for your problem: 「焊接」."
    assert check_answer(kept, [lin, cai])[1].dropped == []
    assert check_answer(card + "Why: the research direction 「焊接」 bears directly on your problem.", [lin, cai])[1].dropped


def test_a_count_with_its_year_first_or_its_list_asked_after_is_read():
    from retrieval.census import count_question

    year_first, plain = count_question("2017年清华大学当选的院士有几位？"), count_question("清华大学2017年当选的院士有几位？")
    assert year_first is not None and (year_first.term, year_first.requirements) == (plain.term, plain.requirements)
    listed = count_question("哈尔滨工业大学有几位院士？都列出来")
    assert listed is not None and listed.term is None and [r.text for r in listed.requirements] == ["哈尔滨工业大学", "院士"]


def test_the_youngest_of_those_a_condition_counts_is_read_from_their_biographies(cae_academicians):  # noqa: F811
    """获得国家最高科学技术奖的专家中谁最年轻？ matched three strangers on 年轻 and said none held the award."""
    from generation.answerer import ExpertAnswerer
    from retrieval.census import count_question

    retriever = cae_academicians[0]
    place = next(e.institution for e in retriever.records(sorted(retriever.profile_texts)) if e.institution)
    counted = retriever.census(count_question(f"{place}的院士有哪些？"))
    reply = ExpertAnswerer(retriever).answer(f"{place}的院士中谁最年轻？")
    assert {e.id for e in reply.experts} == set(counted.ids) and reply.grounding.dropped == [], reply.text
    assert "按知识图谱的记录没有" not in reply.text


def test_an_area_asked_says_which_of_its_words_the_records_write():
    """潘际銮研究激光焊接吗？ said "有关的内容见下" of lines on 焊接 alone; 陈立泉研究半导体芯片吗？ of lines on batteries;
    金怡濂是做超级计算机的吧？ "没有您问到的这一项", read as a denial of the area."""
    from generation import biography
    from generation.grounded import describe_attribute

    pan = ExpertMatch(id="p", name="潘际銮", score=0.5, directions=["焊接工程"])
    assert describe_attribute(pan, "directions", "他研究计算机吗？").startswith(
        "知识图谱记录的潘际銮的研究方向和学科中没有写到“计算机”")
    bio = "焊接工程专家。６０年代初试验成功氩弧焊应用于核反应堆制造，完成我国自己生产的第一套核反应堆焊接工程。"
    cited = biography.cited(pan, bio, (biography.words_topic(["激光焊接", "激光", "焊接"]),))
    assert biography.quotes(cited)
    said = describe_attribute(cited, "directions", "他研究激光焊接吗？")
    assert "写到了“焊接”，没有写到“激光”" in said and not said.startswith("是")


def test_the_first_list_said_as_the_first_recommended_is_that_list():
    """最开始推荐的第一位是谁 named the first of the last list (田红旗 for 翟婉明)."""
    from generation.conversation import Conversation, resolve

    batches = [[ExpertMatch(id=f"{b}{k}", name=f"专家{b}{k}", score=0.5) for k in range(3)] for b in "ABC"]
    talk = Conversation(last=list(batches[-1]), shown=[e for b in batches for e in b], problem="空气动力学",
                        batches=[list(b) for b in batches])
    for text, name in (("最开始推荐的第一位是谁", "专家A0"), ("上一批的第二位是谁", "专家B1"), ("再之前那一批的第一位是谁", "专家A0")):
        intent = resolve(text, talk)
        assert intent.kind == "about" and intent.expert.name == name, (text, intent)


def test_only_keep_the_first_two_in_english_keeps_them_for_the_next_turns():
    from generation.conversation import Conversation, resolve

    shown = [ExpertMatch(id=k, name=n, score=0.5) for k, n in (("a", "袁亮"), ("b", "李晓红"), ("c", "周世宁"))]
    talk = Conversation(last=list(shown), shown=list(shown), problem="gas outburst")
    intent = resolve("Only keep the first two.", talk)
    assert intent.kind == "list" and [e.name for e in intent.experts] == ["袁亮", "李晓红"]
    assert [e.name for e in intent.dropped] == ["周世宁"]


def test_one_of_two_said_older_is_confirmed_or_denied_by_their_birth_dates():
    """申长雨比李德群大吧？ searched the two names; 王永志比孙家栋大三岁吧？ too."""
    from generation import biography
    from generation.conversation import older_asked

    assert older_asked("申长雨比李德群大吧？") == "申长雨和李德群谁年纪大？"
    assert older_asked("于敏比冯端年纪大，对吧？") == "于敏和冯端谁年纪大？"
    assert older_asked("这种钢比那种钢硬吧？") is None and older_asked("注塑件翘曲变形") is None
    shen = biography.cited(ExpertMatch(id="s", name="申长雨", score=0.5), "1963年6月生于河南南阳。", (biography.asked("出生")))
    li = biography.cited(ExpertMatch(id="l", name="李德群", score=0.5), "李德群（1945.08.07- ）。", (biography.asked("出生")))
    assert biography.birth_order([shen, li], "申长雨比李德群大吧？申长雨和李德群谁年纪大？").startswith("不是。")
    assert biography.birth_order([shen, li], "李德群比申长雨大吧？李德群和申长雨谁年纪大？").startswith("是。")
    assert biography.birth_order([shen, li], "李德群比申长雨大十八岁吧？李德群和申长雨谁年纪大？").startswith("不是。")
    assert biography.birth_order([shen, li], "李德群比申长雨大17岁吧？李德群和申长雨谁年纪大？").startswith("是。")
