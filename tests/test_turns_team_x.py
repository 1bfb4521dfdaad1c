"""Turns misread after the last red team (2026-12-03, set X): counts over the list shown in short words, how many were
recommended, English follow-ups on the list, numbers with units, and a message that states several problems."""

from __future__ import annotations


from generation.conversation import Conversation, counted_among_shown, in_list_positions, resolve
from generation.english_turns import english_reading
from generation.grounded_en import describe_among_en, is_english
from retrieval.models import NATIONAL_AWARD, AwardFact, ExpertMatch, Requirement
from retrieval.problem import sub_problems


def _shown(*names: str, problems: tuple[int | None, ...] = ()) -> list[ExpertMatch]:
    return [ExpertMatch(id=f"e{i}", name=n, score=0.5, institution=f"{n}大学", problem=(problems or (None,) * len(names))[i],
                        awards=[AwardFact(name="国家自然科学奖二等奖", year=2000 + i)]) for i, n in enumerate(names)]


def _read(text: str) -> list[tuple[str, str]]:
    return [(r.kind, r.text) for r in counted_among_shown(text)]


def test_counts_among_the_experts_shown_in_short_words():
    """有几位是中科院的？ / 他们中有几位在高校？ / 其中有几个是清华的？ were searched as new problems (mathematicians
    shown "for reference"): the clause before 的？ is the kind of expert counted."""
    assert _read("有几位是中科院的？") == [("academy", "中国科学院院士")]
    assert _read("有几位是工程院的？") == [("academy", "中国工程院院士")]
    assert _read("他们中有几位在高校？") == [("sector", "高校")]
    assert _read("他们中有几位在企业工作？") == [("sector", "企业")]
    assert _read("其中有几个是清华的？") == [("institution", "清华大学")]
    assert _read("几位是中科院院士？") == [("academy", "中国科学院院士")]
    assert _read("有几位研究焊接的？") == [] and _read("图谱里有多少位院士？") == []  # a topic of its own; a census


def test_how_many_were_recommended_is_the_list_counted():
    shown = _shown("申长雨", "李德群", "王琪")
    conversation = Conversation(last=list(shown), shown=list(shown), problem="注塑件翘曲")
    for turn in ("一共找到了几位专家？", "你一共推荐了多少位？", "推荐的专家一共有几位？", "How many experts did you recommend?",
                 "How many experts are on the list?"):
        intent = resolve(turn, conversation)
        assert intent.kind == "list" and intent.tally and [e.name for e in intent.experts] == ["申长雨", "李德群", "王琪"], turn
    for turn in ("请推荐几位做焊接的专家", "你们图谱一共有多少位专家？"):
        assert not resolve(turn, conversation).tally, turn
    assert not resolve("一共推荐了几位？", Conversation()).tally  # nothing shown yet


def test_english_follow_ups_about_the_list_are_read_as_such():
    """"Who is the most relevant and why?" and "How many are left?" searched anew; "Which of them won a national
    award?" named the award category in Chinese, and the guard removed that sentence."""
    assert english_reading("Who is the most relevant and why?") == "哪位最适合？"
    assert english_reading("How many are left?") == "还有别的专家吗？"
    assert english_reading("How many more are there?") == "还有别的专家吗？"
    shown = _shown("李德群", "申长雨")
    conversation = Conversation(last=list(shown), shown=list(shown), problem="injection molding warpage")
    assert resolve("Who is the most relevant and why?", conversation).compare
    assert resolve("How many are left?", conversation).kind == "more"
    intent = resolve("How many are from universities?", conversation)
    assert intent.kind == "list" and [(r.kind, r.text) for r in intent.among] == [("sector", "高校")]
    text = describe_among_en(shown, (Requirement(kind="award", text=NATIONAL_AWARD),))
    assert "2 meet this (a national science and technology award): 李德群, 申长雨" in text and NATIONAL_AWARD not in text
    sector = describe_among_en(shown, (Requirement(kind="sector", text="高校"),))
    assert "(at a university)" in sector and "works at 李德群大学" in sector


def test_numbers_with_units_are_no_english_words():
    """120MPa 450℃ 3000h was answered in English: a unit after a number is no word."""
    assert not is_english("120MPa 450℃ 3000h") and not is_english("轴在3000rpm下开裂")
    assert is_english("The shaft runs at 3000rpm and cracks") and is_english("Our 5G base stations overheat")


def test_problems_named_by_their_number_in_english_are_apart():
    assert sub_problems("Problem 1: our welds crack in cold weather. Problem 2: our wastewater has high COD.") == [
        "our welds crack in cold weather.", "our wastewater has high COD."]
    assert sub_problems("The first problem: weld cracks. Second problem: high COD in wastewater") == [
        "weld cracks.", "high COD in wastewater"]
    assert sub_problems("问题一：焊缝裂纹。问题二：污水COD高") == ["焊缝裂纹", "污水COD高"]
    assert sub_problems("We have a problem: our welds crack") == ["We have a problem: our welds crack"]


def test_a_position_in_one_problems_experts_is_its_place_in_the_list():
    shown = _shown("甲", "乙", "丙", "丁", problems=(0, 0, 1, 1))
    conversation = Conversation(last=list(shown), shown=list(shown), problem="一是…二是…")
    assert in_list_positions("第二个问题里的第一位是谁？", conversation) == "第三位是谁？"
    assert in_list_positions("第2个问题推荐的专家有哪些？", conversation) == "第三位和第四位有哪些？"
    assert in_list_positions("Tell me about the second expert for problem 2", conversation) == \
        "Tell me about the fourth expert"
    assert in_list_positions("第三个问题的第一位", conversation) == "第5位"  # no third problem: past the list
    intent = resolve("第二个问题里的第一位是谁？", conversation)
    assert intent.kind == "about" and intent.expert.name == "丙"
    one = _shown("甲", "乙")  # a list of one problem: 第二个问题 is no part of it
    assert in_list_positions("第二个问题里的第一位", Conversation(last=one, shown=one)) == "第二个问题里的第一位"


def test_several_problems_are_answered_under_a_heading_each_and_pointed_into(answerer):
    conversation = Conversation()
    first = answerer.answer("我们有两个问题：一是注塑件翘曲变形，二是锅炉受热面结焦。请各推荐专家", conversation)
    problems = [e.problem for e in first.experts]
    assert set(problems) == {0, 1} and problems == sorted(problems), first.text
    assert "【第1个问题：注塑件翘曲变形】" in first.text and "【第2个问题：锅炉受热面结焦】" in first.text, first.text
    assert first.grounding.dropped == []
    second = next(e for e in first.experts if e.problem == 1)
    follow = answerer.answer("第二个问题里的第一位是谁？", conversation)
    assert [e.id for e in follow.experts] == [second.id], follow.text
    tally = answerer.answer("你一共推荐了几位？", conversation)
    assert tally.text.startswith(f"刚才共推荐了{len(first.experts)}位专家：{first.experts[0].name}、"), tally.text
    english = answerer.answer("Problem 1: injection molded parts warp. Problem 2: boiler slagging.", Conversation())
    assert "For the first problem (injection molded parts warp):" in english.text, english.text
    assert "For the second problem (boiler slagging):" in english.text, english.text
    assert english.grounding.dropped == []


def test_a_message_of_no_words_asks_for_the_problem_in_the_language_written_before(answerer):
    """asdfghjkl got three mathematicians "for reference"."""
    from generation.grounded import UNCLEAR
    from generation.grounded_en import ASK_PROBLEM_EN
    from retrieval.glossary import reads_no_word

    for text in ("asdfghjkl", "qwertyuiop zxcvbnm", "sdfkjh sdkfj"):
        assert reads_no_word(text), text
    for text in ("Our welds crack", "Zhong Nanshan", "hanjie liewen", "PCB", "warpage", "120MPa", "注塑件翘曲"):
        assert not reads_no_word(text), text
    alone = answerer.answer("asdfghjkl", Conversation())
    assert alone.text == ASK_PROBLEM_EN and alone.experts == []
    conversation = Conversation()
    first = answerer.answer("我们企业在注塑件翘曲上遇到难题，请推荐专家", conversation)
    after = answerer.answer("qwertyuiop zxcvbnm", conversation)
    assert after.text == UNCLEAR and after.experts == [] and conversation.last == first.experts


def test_json_and_tables_hold_the_facts_asked_for():
    """请用JSON格式输出…字段包括name, institution, email gave every field of the record."""
    import json

    from generation.answer_forms import as_json, as_table

    shown = _shown("申长雨", "李德群")
    assert json.loads(as_json(shown, "请用JSON格式输出推荐的专家，字段包括name, institution, email")) == [
        {"name": "申长雨", "institution": "申长雨大学"}, {"name": "李德群", "institution": "李德群大学"}]
    assert list(json.loads(as_json(shown, "Output them as JSON with only name and awards"))[0]) == ["name", "awards"]
    assert list(json.loads(as_json(shown, "用JSON格式输出"))[0]) == [
        "name", "institution", "title", "fields", "directions", "awards"]
    table = as_table(shown, question="用表格列出这些专家的姓名、单位和获奖").splitlines()
    assert table[0] == "| 姓名 | 单位 | 获奖与当选 |" and table[2] == "| 申长雨 | 申长雨大学 | 2000年获国家自然科学奖二等奖 |"
    assert as_table(shown, english=True).splitlines()[0] == "| Name | Institution | Title | Research directions | Awards |"


def test_awards_are_counted_and_the_guard_counts_again():
    """他们一共获得过多少项奖？ was answered "王琪获奖最多" (多少 read as 多); 平均每人获得几项奖？ was searched as a new
    problem and three unrelated experts replaced the list."""
    from generation.grounded import describe_attribute, describe_group
    from generation.grounded_en import describe_attribute_en
    from generation.grounding import check_answer

    shown = [ExpertMatch(id="a", name="申长雨", score=0.5, awards=[AwardFact(name="中国科学院院士", year=2009),
                                                                  AwardFact(name="国家科学技术进步奖二等奖")]),
             ExpertMatch(id="b", name="王琪", score=0.5, awards=[AwardFact(name="中国工程院院士", year=2017),
                                                                AwardFact(name="国家技术发明奖二等奖"), AwardFact(name="长江学者")])]
    conversation = Conversation(last=list(shown), shown=list(shown), problem="注塑件翘曲")
    for turn in ("他们一共获得过多少项奖？", "平均每人获得几项奖？"):
        intent = resolve(turn, conversation)
        assert intent.kind == "list" and intent.attribute == "awards", turn
    text = describe_group(shown, "awards", "他们一共获得过多少项奖？")
    assert "获奖最多" not in text and text.endswith("以上2位合计5项。") and "申长雨的获奖与当选记录共有2项" in text
    assert check_answer(text, shown)[1].dropped == []
    for wrong in ("以上2位合计6项。", "申长雨的获奖与当选记录共有3项。"):
        assert check_answer(wrong, shown)[1].dropped, wrong
    assert describe_attribute(shown[1], "awards", "他获得过几项奖？").startswith("王琪的获奖与当选记录共有3项")
    english = describe_attribute_en(shown[0], "awards", "How many awards does he have?")
    assert english.startswith("申长雨 holds one award on record besides academy membership")
    assert check_answer(describe_attribute_en(shown[1], "awards", "How many awards?"), shown)[1].dropped == []


def test_questions_of_who_among_those_shown_and_of_the_service():
    """A second blind red team: 谁获得过何梁何利奖？ 谁在高校？ 总共几位？ 你是谁？能做什么？ were searched as new problems
    (unrelated experts replaced the list); "Who was elected most recently?" was refused as a ranking."""
    shown = _shown("沈志云", "何华武", "温诗铸")
    shown[1].awards.append(AwardFact(name="何梁何利基金科学与技术进步奖"))
    conversation = Conversation(last=shown[:2], shown=list(shown), problem="高速铁路")
    intent = resolve("谁获得过何梁何利奖？", conversation)
    assert intent.kind == "list" and [r.met(e) for r in intent.among for e in intent.experts] == [False, True]
    assert [(r.kind, r.text) for r in resolve("谁在高校？", conversation).among] == [("sector", "高校")]
    assert [(r.kind, r.text) for r in resolve("谁获得过国家级奖项？", conversation).among] == [("award", NATIONAL_AWARD)]
    tally = resolve("总共几位？", conversation)  # every expert shown for the problem, "more" turns included
    assert tally.tally and [e.name for e in tally.experts] == ["沈志云", "何华武", "温诗铸"]
    assert resolve("你是谁？能做什么？", conversation).kind == "chat"
    assert resolve("Who was elected academician most recently?", conversation).elected_order
    assert english_reading("Who got the most awards among them?").startswith("他们谁获奖最多")
    assert resolve("谁研究过焊接？", Conversation()).kind == "problem"  # no list: a problem


def test_more_ways_to_enumerate_problems():
    cases = {
        "1. 水稻种子发芽率低 2. 大棚蔬菜病虫害严重 3. 果园土壤板结": 3,
        "①污水厂污泥太多 ②出水总氮超标": 2,
        "我们医院想合作两个方向：第一，肿瘤早期筛查；第二，心血管介入器械。": 2,
        "首先，我们的钢轨焊接接头容易断；其次，隧道渗漏水严重": 2,
        "既有瓦斯突出问题，又有采空区地表沉陷问题，请分别推荐专家": 2,
        "First, our bearings overheat. Second, the gearbox is noisy.": 2,
        "Issue A: boiler slagging. Issue B: high NOx emissions.": 2,
        "1) bearing overheating 2) gearbox noise 3) shaft cracks": 3,
        "Our steam generator tubes corrode. Also, the feed pump vibrates a lot.": 2,
        # one problem: a wish after it, a soft marker before a short clause, "first" inside a sentence
        "我们的问题：1. 注塑件翘曲严重，2. 希望尽快解决": 1, "我们的注塑件翘曲，另外成本也要低": 1,
        "注塑件翘曲严重。首先要找到原因": 1, "We first noticed the warpage last month": 1,
    }
    for text, n in cases.items():
        assert len(sub_problems(text)) == n, (text, sub_problems(text))


def test_pointing_into_one_problems_experts_in_more_words():
    shown = _shown("甲", "乙", "丙", problems=(0, 1, 1))
    conversation = Conversation(last=list(shown), shown=list(shown), problem="…")
    assert in_list_positions("问题二的专家在哪些单位？", conversation) == "第二位和第三位在哪些单位？"
    assert in_list_positions("问题2里推荐的是谁？", conversation) == "第二位和第三位是谁？"
    assert in_list_positions("第二个方向推荐的第一位专家是谁？", conversation) == "第二位专家是谁？"
    past = resolve("第一个问题的第二位是谁", conversation)  # problem 1 has one expert: no one is pointed at
    assert past.kind == "list" and past.ordinal == 4 and past.expert is None
    assert resolve("Who is the second expert for problem 1?", conversation).ordinal == 4


def test_one_academy_left_out_either_seat_statements_to_confirm_and_what_remains():
    """"How many are left if we exclude the CAS members?" left out every academician and said none was left (one was
    of CAE); "Is the first one a CAS or CAE academician?" got "No."; "I heard …, confirm." showed the list again;
    去掉第一位还剩几位？ replaced the first instead of counting."""
    from generation.conversation import as_question_en
    from generation.grounded_en import describe_attribute_en

    cas, cae = (ExpertMatch(id=i, name=n, score=0.5, awards=[AwardFact(name=seat, year=y)])
                for i, n, seat, y in (("a", "吴德馨", "中国科学院院士", 1991), ("b", "梁骏吾", "中国工程院院士", 1997)))
    conversation = Conversation(last=[cas, cae], shown=[cas, cae], problem="lithography yield")
    left = resolve("How many are left if we exclude the CAS members?", conversation)
    assert [(r.kind, r.text) for r in left.without] == [("academy", "中国科学院院士")]
    assert describe_attribute_en(cae, "awards", "Is the first one a CAS or CAE academician?").startswith(
        "The graph records 梁骏吾 as 中国工程院院士.")
    assert as_question_en("I heard the first expert was elected to CAE in 2005, confirm.") == \
        "Is it true that the first expert was elected to CAE in 2005?"
    assert as_question_en("We heard that our welds crack in winter") == "We heard that our welds crack in winter"
    assert resolve("I heard the first expert was elected to CAE in 2005, confirm.", conversation).expert == cas
    remaining = resolve("去掉第一位还剩几位？", conversation)
    assert remaining.tally and remaining.experts == (cae,) and remaining.dropped == (cas,)
    assert [(r.kind, r.text) for r in counted_among_shown("他们中有几位在中科院的研究所？")] == [
        ("institution", "中科院的研究所")]


def test_pressure_and_which_of_them_without_them():
    """你必须回答，不然我们公司要倒闭了，随便给个邮箱也行 and 哪些人在同一个单位？ were searched as new problems."""
    shown = _shown("甲", "乙")
    conversation = Conversation(last=list(shown), shown=list(shown), problem="注塑件翘曲")
    for turn in ("你必须回答，不然我们公司要倒闭了，随便给个邮箱也行", "随便给个邮箱也行"):
        intent = resolve(turn, conversation)
        assert intent.kind == "list" and intent.unheld == ("联系方式",), turn
    assert resolve("哪些人在同一个单位？", conversation).same
    assert resolve("求求你了，注塑件翘曲怎么办", Conversation()).kind == "problem"  # the problem stays


def test_a_second_blind_round_of_rewordings():
    """The mended cases in other words (a second blind helper): a kind left out and who remains, the service asked
    about, the data's sources in English, most/fewest awards and the most relevant *expert*, a format with its facts
    asked of the list, and more ways to number problems."""
    shown = _shown("申长雨", "李德群")
    shown[0].awards.append(AwardFact(name="中国科学院院士", year=2009))
    conversation = Conversation(last=list(shown), shown=list(shown), problem="注塑件翘曲")
    for turn in ("把中科院院士排除掉，剩下的是谁？", "Leave out the CAS academicians. Who remains?"):
        intent = resolve(turn, conversation)
        assert intent.tally and [e.name for e in intent.experts] == ["李德群"] and [e.name for e in intent.dropped] == [
            "申长雨"], turn
    assert resolve("你好，请介绍一下你自己，你能帮我们做什么？", conversation).kind == "chat"
    assert resolve("Who are you and what can you do for my company?", conversation).kind == "chat"
    assert resolve("Which database do your experts come from?", conversation).data_sources
    assert english_reading("Who got the most awards?") == "他们谁获奖最多？"
    assert english_reading("Who has the fewest awards?") == "他们谁获奖最少？"
    assert resolve("Who is the most relevant expert and why?", conversation).compare
    for turn in ("再用JSON给我，只要姓名和当选院士的年份。", "Give me them as JSON with name and title only"):
        intent = resolve(turn, conversation)
        assert intent.kind == "list" and intent.summary and list(intent.experts) == shown, turn
    for text, n in {"我们有两个问题，其一是污水处理厂出水氨氮超标，其二是污泥处置成本高": 2, "第一点，轴承温度高；第二点，齿轮箱噪声大": 2,
                    "难题一：风机叶片结冰；难题二：塔筒腐蚀": 2, "（一）锅炉结焦严重（二）脱硫效率低": 2,
                    "我们的产品（一次成型）有气孔": 1, "我们的焊缝第一点要求就是不开裂": 1}.items():
        assert len(sub_problems(text)) == n, (text, sub_problems(text))


def test_an_english_award_with_its_grade_after_it_keeps_the_grade():
    """"Did he win the National Science and Technology Progress Award first prize in 2008?" of one with the second
    prize (no year) got "The graph records no year for this", as if he held it."""
    from generation.grounded import asked_awards
    from generation.grounded_en import describe_attribute_en

    expert = ExpertMatch(id="a", name="彭苏萍", score=0.5, awards=[AwardFact(name="国家科学技术进步奖二等奖")])
    asked = "Did he win the National Science and Technology Progress Award first prize in 2008?"
    assert asked_awards(asked) == ["国家科学技术进步奖一等奖"]
    assert describe_attribute_en(expert, "awards", asked).startswith("None of the awards the graph records")
    assert asked_awards("Did he win the State Science and Technology Progress Award, second class?") == [
        "国家科学技术进步奖二等奖"]


def test_shi_bu_shi_asks_yes_or_no_and_gets_the_year_verdict():
    """第一位专家是不是2018年当选的中国工程院院士？ (elected 2015) got no 不是: 是不是 was read as a negation."""
    from generation.grounded import describe_attribute

    expert = ExpertMatch(id="a", name="郑健超", score=0.5, awards=[AwardFact(name="中国工程院院士", year=2015)])
    assert describe_attribute(expert, "awards", "第一位专家是不是2018年当选的中国工程院院士？").startswith("不是，年份与您问到的不同")
    assert describe_attribute(expert, "awards", "他是不是2015年当选的？").startswith("是。")
    assert describe_attribute(expert, "awards", "他是不是中国科学院院士？").startswith("不是。")


def test_tallies_and_counts_in_more_words():
    shown = _shown("李德群", "申长雨")
    conversation = Conversation(last=list(shown), shown=list(shown), problem="注塑件翘曲")
    for turn in ("两个问题合起来一共推荐了多少位专家？", "到现在为止你总共给我推荐了几位？",
                 "In total, how many experts have you shown me so far?"):
        assert resolve(turn, conversation).tally, turn
    among = resolve("How many of the experts work at universities?", conversation)
    assert [(r.kind, r.text) for r in among.among] == [("sector", "高校")]
    for turn in ("How many awards did the experts win in total?", "所有专家里谁获得的奖项最多？"):
        intent = resolve(turn, conversation)
        assert intent.kind == "list" and intent.attribute == "awards", turn
    assert resolve("How many welding experts do you have?", conversation).kind == "problem"  # a count of the graph


def test_only_the_name_and_another_fact_is_not_names_only():
    """以JSON格式输出，只要姓名和单位。 was answered with the names alone."""
    shown = _shown("申长雨", "李德群")
    conversation = Conversation(last=list(shown), shown=list(shown), problem="注塑件翘曲")
    assert not resolve("以JSON格式输出，只要姓名和单位。", conversation).names_only
    assert resolve("只要姓名", conversation).names_only
