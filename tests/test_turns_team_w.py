"""Turns a blind red team (2026-12-03, set W) found misread: format and filter turns searched as new problems, a
pointed-at award, a ranking by ability, a person outside the graph to be added to the list."""

from __future__ import annotations


from generation.conversation import Conversation, about_shown, compares, refinement, resolve, speaks_for
from generation.grounded import asked_awards
from retrieval.models import AwardFact, ExpertMatch
from retrieval.names import NameIndex
from retrieval.script import requested_language


def _shown(*names: str) -> list[ExpertMatch]:
    return [ExpertMatch(id=f"e{i}", name=n, score=0.5, awards=[AwardFact(name="中国工程院院士", year=1995 + i)])
            for i, n in enumerate(names)]


def test_an_award_pointed_at_is_no_award_name_and_asks_of_the_one_in_focus():
    """他是哪年获得这个奖的？ read 这个奖 as an award nobody holds (没有您问到的那一项); 那个奖是哪一年拿的？ was searched."""
    for question in ("他是哪年获得这个奖的？", "他是哪年得的该奖？", "此奖是哪年颁发的"):
        assert asked_awards(question) == [], question
    assert asked_awards("他获得过何梁何利奖吗") == ["何梁何利奖"]
    shown = _shown("徐匡迪", "张寿荣", "殷瑞钰")
    conversation = Conversation(last=list(shown), shown=list(shown), focus=shown[0], problem="电炉炼钢")
    intent = resolve("那个奖是哪一年拿的？", conversation)
    assert intent.kind == "about" and intent.expert.name == "徐匡迪" and intent.attribute == "awards"


def test_ranking_by_ability_is_a_comparison_the_graph_does_not_make():
    """请按能力从强到弱给他们排个序 got the greeting (an ordering clause alone reads as a pleasantry)."""
    shown = _shown("吴德馨", "邹竞", "沈绪榜")
    conversation = Conversation(last=list(shown), shown=list(shown), problem="芯片光刻胶国产化")
    assert compares("请按能力从强到弱给他们排个序") and compares("按学术水平排一下")
    intent = resolve("请按能力从强到弱给他们排个序", conversation)
    assert intent.kind == "list" and intent.compare
    assert not compares("按出生年份排一下")


def test_turns_about_the_list_and_words_put_in_an_experts_mouth():
    for turn in ("请用JSON格式输出推荐的专家，字段包括name, institution, email", "用markdown表格列出来，加一列评分",
                 "只保留工程院的", "Which of them has worked with Tesla?", "Translate the first expert's biography",
                 "把我们的顾问张伟也列进去", "写一段“XX院士认为，该问题的根本原因是……”"):
        assert about_shown(turn), turn
    for problem in ("我们的注塑件翘曲严重", "电网特高压直流输电换流阀故障", "PCB reflow warpage"):
        assert not about_shown(problem), problem
    assert speaks_for("写一段“XX院士认为，该问题的根本原因是……”") and not speaks_for("注塑件翘曲的根本原因是什么")


def test_keeping_one_academy_is_a_wish_on_the_problem_and_translation_asks_for_english():
    assert refinement("只保留工程院院士", "推荐几位做盾构隧道的专家") == "推荐几位做盾构隧道的专家。只保留工程院院士"
    assert requested_language("把这三位专家的介绍翻译成英文") == "en"
    shown = _shown("吴德馨", "邹竞", "沈绪榜")
    conversation = Conversation(last=list(shown), shown=list(shown), problem="芯片光刻胶国产化")
    intent = resolve("把这三位专家的介绍翻译成英文", conversation)
    assert intent.kind == "list" and intent.summary
    focused = Conversation(last=list(shown), shown=list(shown), focus=shown[0], problem="芯片光刻胶国产化")
    assert resolve("他的简介", focused).kind == "about"  # one expert's, not the list's


def test_a_person_introduced_by_their_role_is_a_name_the_graph_may_lack():
    names = NameIndex({"李德群": ["cae-李德群"]})
    assert names.unknown("把我们的顾问张伟也列进去，他是轧钢专家") == ["张伟"]
    assert names.unknown("我的朋友王明是注塑专家") == ["王明"]
    assert names.unknown("同事李德群是我们的人") == []  # in the graph
    assert names.unknown("我们的顾问团队很强") == []
    assert names.unknown("他有没有在国家电网当过总工程师") == []  # 总工|程师 is no name


def test_a_format_or_filter_turn_keeps_the_experts_shown(answerer):
    """请用JSON格式输出推荐的专家，字段包括…email was searched on 格式/字段, and the unrelated experts it found were
    shown as the recommended ones; the list shown stays, with what the graph does not hold said."""
    for turn, said in (("请用JSON格式输出推荐的专家，字段包括name, institution, email, phone", "联系方式"),
                       ("Which of them has worked with Tesla?", None),
                       ("把我们的顾问张伟也列进去，他是轧钢专家，清华大学教授", "没有您提到的那位专家")):
        conversation = Conversation()
        first = answerer.answer("我们企业在注塑件翘曲上遇到难题，请推荐专家", conversation)
        follow = answerer.answer(turn, conversation)
        assert [e.id for e in follow.experts] == [e.id for e in first.experts], (turn, follow.text)
        assert said is None or said in follow.text, (turn, follow.text)
        assert follow.grounding.dropped == [], follow.text


def test_a_kind_of_institution_and_an_election_span_are_requirements():
    """只要企业里的专家 / 不要大学和研究所的 / 2000年以后当选的院士 were passed over (university experts and one elected
    in 1999 shown without a word); 以后 after a year is no question about the future."""
    from generation.conversation import NEGATIVE  # noqa: F401 - the module's readings load with it
    from retrieval.models import Requirement
    from retrieval.requirements import read_requirements

    def read(text: str) -> list[tuple[str, str]]:
        return [(r.kind, r.text) for r in read_requirements(text)]

    assert read("只要企业里的专家，做汽车发动机排放") == [("sector", "企业")]
    assert read("桥梁健康监测，要企业或者研究院里的专家") == [("sector", "企业"), ("sector", "科研院所")]
    assert read("我们企业的注塑件翘曲") == [] and read("请推荐清华大学的专家") == [("institution", "清华大学")]
    assert read("2000年以后当选的院士，做计算机视觉的") == [("elected", "2000年以后"), ("academy", "院士")]
    firm, school = (ExpertMatch(id=i, name=n, score=0.5, institution=o) for i, n, o in (
        ("a", "甲", "中国航天科技集团公司第五研究院"), ("b", "乙", "清华大学核能与新能源技术研究院")))
    assert Requirement(kind="sector", text="企业").met(firm) and Requirement(kind="sector", text="科研院所").met(firm)
    assert not Requirement(kind="sector", text="科研院所").met(school) and Requirement(kind="sector", text="高校").met(school)
    seated = _shown("郭爱克", "郑南宁")
    seated[0].awards[0].year, seated[1].awards[0].year = 2003, 1999
    after = Requirement(kind="elected", text="2000年以后")
    assert [after.met(e) for e in seated] == [True, False]
    assert not resolve("2000年以后当选的院士，做深度学习计算机视觉的", Conversation()).unheld


def test_english_counts_and_only_one_academy():
    from generation.conversation import asked_count
    from retrieval.requirements import asks_only

    assert asked_count("Recommend 2 experts on vaccine adjuvants") == 2
    assert asked_count("Please recommend some experts on welding") is None
    assert asks_only("Tailings dam safety. Only recommend members of the Chinese Academy of Sciences.")


def test_questions_about_the_service_are_no_problem():
    """你们这个系统是谁开发的？ / 你用的是什么大模型？ got three academicians of software or physics."""
    for turn in ("你们这个系统是谁开发的？", "先问个别的，你们这个系统是谁开发的？", "你用的是什么大模型？"):
        assert resolve(turn, Conversation()).kind == "chat", turn
    assert resolve("我们的软件系统是自己开发的，数据库经常死锁", Conversation()).kind == "problem"


def test_a_chinese_sentence_with_english_jargon_is_answered_in_chinese():
    """CMP抛光后wafer表面有scratch和residue，yield掉得厉害 was answered in English (its Chinese runs are short)."""
    from generation.grounded_en import is_english

    assert not is_english("CMP抛光后wafer表面有scratch和residue，yield掉得厉害")
    assert is_english("Was 郭万林 elected in 2017?") and is_english("Our 注塑件 has warpage, who can help?")


def test_an_organisation_said_with_a_verb_is_no_name_asked_about():
    """他创办过公司吗？ was answered 知识图谱记录的…单位不是您提到的单位 (创办过公司 read as an institution's name)."""
    from generation.grounded import _asked_orgs

    assert _asked_orgs("他创办过公司吗？") == ([], []) and _asked_orgs("他开了一家公司吗") == ([], [])
    assert _asked_orgs("他是清华大学的吗？") == (["清华大学"], [])


def test_a_statement_put_up_for_checking_is_not_affirmed_for_its_one_true_part(answerer):
    """翟婉明，清华大学教授，2011年当选科学院院士…这句话对吗？ got 是。 (the year was right, the institution wrong)."""
    for problem in ("我们企业在注塑件翘曲上遇到难题，请推荐专家", "锂电池热失控", "高炉结瘤", "桥梁裂缝监测"):
        conversation = Conversation()
        shown = answerer.answer(problem, conversation).experts
        expert = next((e for e in shown if e.institution and any(a.year for a in e.awards)), None)
        if expert is not None:
            break
    assert expert is not None, "no demo expert with an institution and a dated award"
    dated = next(a for a in expert.awards if a.year)
    conversation.focus = expert
    wrong_org = "火星大学" if "火星大学" not in expert.institution else "月球大学"
    told = f"{expert.name}，{wrong_org}教授，{dated.year}年获得{dated.name}，这句话对吗？"
    answer = answerer.answer(told, conversation)
    assert not answer.text.startswith("是") and expert.institution in answer.text.split("\n")[0], answer.text
    assert answer.grounding.dropped == [], answer.text
    right = answerer.answer(f"{expert.name}，{expert.institution}，{dated.year}年获得{dated.name}，主要做火箭回收，对吗？",
                            conversation)
    assert not right.text.startswith("是") and "研究方向" in right.text, right.text  # 火箭回收 is not checkable: no 是


def test_counts_among_the_experts_shown_and_graded_awards():
    """有几位是中国科学院院士？ after a list counted the whole graph (790) and listed three strangers; 哪位获得过国家科学技术进步奖
    一等奖？ read the award without its grade (一位 with a 特等奖 and a 二等奖 was said to hold it)."""
    from generation.conversation import counted_among_shown
    from generation.grounded import describe_among

    def among(text: str) -> list[tuple[str, str]]:
        return [(r.kind, r.text) for r in counted_among_shown(text)]

    assert among("有几位是中国科学院院士？") == [("academy", "中国科学院院士")]
    assert among("这五位里工程院院士几位，科学院院士几位？") == [("academy", "中国工程院院士"), ("academy", "中国科学院院士")]
    assert among("三位里获得国家技术发明奖的有几位？分别是谁？") == [("award", "国家技术发明奖")]
    assert among("知识图谱里一共有多少位院士？") == [] and among("有几位研究焊接的院士？") == []
    shown = [ExpertMatch(id="a", name="沈志云", score=0.5, awards=[AwardFact(name="中国科学院院士", year=1991),
                                                                    AwardFact(name="国家科学技术进步奖一等奖")]),
             ExpertMatch(id="b", name="田红旗", score=0.5, awards=[AwardFact(name="中国工程院院士", year=2015),
                                                                    AwardFact(name="国家科学技术进步奖特等奖")])]
    text = describe_among(shown, counted_among_shown("有几位是中国科学院院士？"))
    assert text.startswith("刚才推荐的2位专家中，是中国科学院院士的有1位：沈志云。"), text
    conversation = Conversation(last=list(shown), shown=list(shown), problem="高铁轮轨磨耗")
    assert resolve("有几位是中国科学院院士？", conversation).among
    assert asked_awards("哪位获得过国家科学技术进步奖一等奖？") == ["国家科学技术进步奖一等奖"]


def test_the_first_problems_list_another_problem_and_the_earliest_elected():
    """第一个问题推荐的第一位 named the second problem's first expert; 另外我们还有个问题，…VOC排放超标 carried the mould
    words of the turn before (a plastics expert came first); 谁当选院士最早？ then 他 meant the list's first."""
    from generation.conversation import earlier_problem
    from generation.conversation.resolver import _BACK
    from generation.grounded import describe_left_out
    from retrieval.models import Requirement

    conversation = Conversation(problem="钢桥面铺装层开裂", problems={"钢结构焊接裂纹": [], "钢桥面铺装层开裂": []},
                                opened=["钢结构焊接裂纹", "钢桥面铺装层开裂"])
    back = _BACK.match("第一个问题推荐的第一位专家叫什么来着？")
    assert back is not None and earlier_problem(back, conversation) == "钢结构焊接裂纹"
    context = Conversation(context=["主要是模具冷却的问题，更偏向于模具设计方面的专家"], problem="注塑件翘曲")
    intent = resolve("另外我们还有个问题，车间的喷涂线VOC排放超标，环保局要罚款，有没有这方面专家", context)
    assert intent.kind == "problem" and "模具" not in (intent.query or "")
    assert describe_left_out((Requirement(kind="place", text="北京"),)).startswith("按知识图谱记录的单位所在地判断")


def test_each_of_several_problems_gets_its_expert():
    """一是锅炉结焦，二是…，三是…，各推荐一位专家 gave one expert, for the first problem alone."""
    from generation.conversation import requested_count
    from retrieval.problem import sub_problems

    text = "一是锅炉结焦，二是员工腰椎间盘突出多，三是厂区绿化树木病虫害，各推荐一位专家"
    assert len(sub_problems(text)) == 3 and requested_count(text) == 3
    assert requested_count("注塑件翘曲，推荐一位") == 1


def test_an_academy_named_in_a_question_is_no_workplace_premise():
    """第一位是中国科学院院士还是中国工程院院士？ was answered with "…的单位不是您提到的单位" (the seat read as a workplace)."""
    from generation.grounded import contradicted_premises

    expert = ExpertMatch(id="a", name="陈维江", institution="国家电网公司", score=0.5,
                         awards=[AwardFact(name="中国科学院院士")])
    assert "institution" not in dict(contradicted_premises(expert, "陈维江是中国科学院院士还是中国工程院院士？"))
    assert "institution" in dict(contradicted_premises(expert, "陈维江是清华大学的教授，对吗？"))


def test_english_counts_among_the_experts_shown():
    from generation.conversation import counted_among_shown
    from generation.grounded_en import describe_among_en

    asked = counted_among_shown("How many of them are CAS members?")
    assert [(r.kind, r.text) for r in asked] == [("academy", "中国科学院院士")]
    assert counted_among_shown("How many experts work on welding?") == ()
    shown = _shown("潘际銮", "林尚扬")
    shown[0].awards[0].name = "中国科学院院士"
    assert describe_among_en(shown, asked).startswith("Of the 2 experts just recommended, 1 meets this (中国科学院院士): 潘际銮.")


def test_asked_whether_wrong_and_the_latest_first():
    """这说法有误吗？ got 不是。 before the correction (read "not wrong"); 按当选年份从晚到早排一下 came earliest first."""
    from generation.grounded import ASKS_WRONG, describe_election_order

    assert ASKS_WRONG.search("陈焕春在扬州大学工作，这个说法有没有错？") and not ASKS_WRONG.search("这句话对吗？")
    seated = _shown("沈志云", "田红旗")
    seated[0].awards[0].year, seated[1].awards[0].year = 1991, 2015
    assert describe_election_order(seated, latest_first=True).startswith("按知识图谱记录的当选年份，从晚到早依次是：田红旗")
    assert describe_election_order(seated).startswith("按知识图谱记录的当选年份，从早到晚依次是：沈志云")


def test_kinds_of_institution_and_election_spans_in_english_and_exclusions_said_otherwise():
    """"Only from universities, please." / "Only experts elected before 2000." were matched as words (a physics
    institute and an architect elected in 2001 came); 除了高校以外的专家有哪些？ matched 以外 and 高校."""
    from generation.conversation.wishes import _unwanted
    from retrieval.requirements import read_requirements

    def read(text: str) -> list[tuple[str, str]]:
        return [(r.kind, r.text) for r in read_requirements(text)]

    assert read("Only from universities, please.") == [("sector", "高校")]
    assert read("Only experts elected before 2000.") == [("elected", "2000年以前")]
    assert read("Give me only experts from research institutes, not universities.") == [("sector", "科研院所")]
    assert read("We are from a company and need help with welding") == []
    conversation = Conversation(problem="水电站引水隧洞变形", last=_shown("钮新强"), shown=_shown("钮新强"))
    for turn in ("除了高校以外的专家有哪些？", "只要不是在北京的单位。"):
        left = _unwanted(turn, conversation)
        assert left is not None and left.kind == "problem" and left.without, turn
    assert resolve("除了高校以外的专家有哪些？", conversation).without


def test_a_second_problem_is_no_position_and_english_election_order():
    """我们还有第二个问题：… was read as the second expert shown (第二个); "Rank them by election year, oldest first" was
    ranked by birth."""
    shown = _shown("彭永臻", "钱易", "任南琪")
    conversation = Conversation(last=list(shown), shown=list(shown), problem="城市污水处理降低能耗")
    assert resolve("我们还有第二个问题：垃圾焚烧的二噁英排放怎么控制？", conversation).kind == "problem"
    assert resolve("第二个是哪个单位的？", conversation).expert.name == "钱易"
    ranked = resolve("Rank them by election year, oldest first.", conversation)
    assert ranked.kind == "list" and ranked.elected_order


def test_writing_in_an_experts_name_is_speaking_for_him():
    """以第一位专家的名义写一段推荐语 got his card again with no word that nothing is written in his name."""
    assert speaks_for("以第一位专家的名义写一段推荐语") and speaks_for("Write it in his voice")
    assert not speaks_for("我们以前用的是名义上的进口材料")


def test_asked_whether_a_statement_has_a_problem_each_part_answers():
    """第二位专家在清华大学工作，2003年当选工程院院士，这个说法有没有问题？ said the seat without the year (有没有 read as a
    negated question) and 不是 (not wrong) before the institution's correction."""
    from generation.grounded import ASKS_WRONG, describe_attribute

    assert ASKS_WRONG.search("这个说法有没有问题？")
    tian = ExpertMatch(id="t", name="田红旗", institution="中南大学", score=0.5,
                       awards=[AwardFact(name="中国工程院院士", year=2015)])
    said = describe_attribute(tian, "awards", "田红旗2003年当选工程院院士，这个说法有没有问题？")
    assert "2015" in said and not said.startswith("知识图谱记录的田红旗是中国工程院院士"), said


def test_patents_are_a_topic_of_their_own():
    """他有多少项专利？ was answered with the number of his papers (patents shared the publications topic)."""
    from generation import biography

    asked = [t.name for t in biography.asked("第三位有多少项专利？")]
    assert asked == ["专利"] and [t.name for t in biography.asked("他发表了多少论文？")] == ["论文与著作"]


def test_a_person_addressed_by_a_seat_is_no_seat_asked():
    """记住：下面我说的'张院士'都是指做给水排水的张杰院士。 was answered 都不是 (张杰院士 read as a seat, rt12)."""
    assert asked_awards("记住：下面我说的'张院士'都是指做给水排水的张杰院士。") == []
    assert asked_awards("做给水排水的张杰是院士吗？") == ["院士"]
    assert asked_awards("他是美国国家科学院院士吗？") == ["美国国家科学院院士"]
    assert asked_awards("他是两院院士吗？") == ["两院院士"]
