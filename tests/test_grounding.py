"""The grounding guard on its own: claims per expert, attribution, award phrasing, references, bad input.

The experts are written out here (real ExpertMatch models, the guard's only input); the end-to-end tests with the
graph, the CLI, the server and a lying model server are in tests/test_e2e_guard.py.
"""

from __future__ import annotations

import pytest

from generation.grounding import check_answer, split_sentences
from generation.models import GroundingReport
from retrieval.models import AwardFact, ExpertMatch

WANG = ExpertMatch(id="e1", name="王伟", institution="北京大学", title="教授", fields=["材料科学与工程"],
                   directions=["高分子材料成型", "注塑模具设计"], score=0.9,
                   awards=[AwardFact(name="国家技术发明奖二等奖", year=2018), AwardFact(name="国家杰出青年科学基金", year=2010)])
CHEN = ExpertMatch(id="e2", name="陈红", institution="中国科学院化学研究所", title="研究员", fields=["化学"],
                   directions=["聚合物流变学"], score=0.8,
                   awards=[AwardFact(name="国家自然科学奖二等奖", year=2015), AwardFact(name="国家技术发明奖二等奖", year=2012)])
OUYANG = ExpertMatch(id="e3", name="欧阳明", institution="上海交通大学医学院附属瑞金医院", title="中国工程院院士",
                     fields=["临床医学"], directions=["血液病"], score=0.7,
                     awards=[AwardFact(name="国家最高科学技术奖", year=2010)])
EXPERTS = [WANG, CHEN, OUYANG]


def verdict(sentence: str, experts=EXPERTS, before: str = ""):
    """The verdict on `sentence`, after the sentences `before` have been read."""
    _, report = check_answer(before + sentence, experts)
    return report.sentences[-1]


def test_public_contract_one_verdict_per_sentence_in_order():
    text = "  推荐王伟教授。\n\n另外也可以联系刘建国，他经验丰富！建议尽快联系专家进行诊断。  "
    kept, report = check_answer(text, EXPERTS)
    assert isinstance(report, GroundingReport)
    assert [s.text for s in report.sentences] == ["推荐王伟教授。", "另外也可以联系刘建国，他经验丰富！",
                                                 "建议尽快联系专家进行诊断。"]
    assert [s.kept for s in report.sentences] == [True, False, True]
    assert kept == "推荐王伟教授。\n\n建议尽快联系专家进行诊断。"
    assert report.grounded and "expert:刘建国" in report.dropped and not report.fell_back
    assert "".join(split_sentences(text)) == text


@pytest.mark.parametrize(("sentence", "kind", "expert"), [
    ("另外也可以联系刘建国，他经验丰富。", "person", None),
    ("建议咨询王国彬。", "person", None),
    ("王伟东教授也很有经验。", "person", None),
    ("王伟强也在做相关研究。", "person", None),
    ("Prof. Zhang Wei of MIT is an expert.", "person", None),
    ("也可以请教Dr. Li，他在美国做过相关研究。", "person", None),
    ("田中教授（东京大学）也可以联系。", "person", None),
    ("华为技术有限公司的李强也可以帮助。", "person", None),
    ("王伟是两院院士。", "honour", "e1"),
    ("陈红入选万人计划。", "honour", "e2"),
    ("陈红享受国务院政府特殊津贴。", "honour", "e2"),
    ("王伟是IEEE Fellow。", "honour", "e1"),
    ("陈红是长江学者。", "honour", "e2"),
    ("王伟是欧洲科学院院士。", "honour", "e1"),
    ("第二位专家陈红入选杰青。", "honour", "e2"),
    ("王伟毕业于清华。", "institution", "e1"),
    ("浙大的陈红研究员。", "institution", "e2"),
    ("王伟主持了中石化的项目。", "institution", "e1"),
    ("王伟与中科院化学所合作密切。", "institution", "e1"),
    ("陈红任职于北京大学。", "institution", "e2"),
    ("欧阳明院士来自复旦大学附属华山医院。", "institution", "e3"),
    ("王伟于2019年获国家技术发明奖二等奖。", "award", "e1"),
    ("王伟获得过2018年度国家技术发明奖一等奖。", "award", "e1"),
    ("欧阳明曾获国家自然科学奖二等奖。", "award", "e3"),
    ("陈红获得过光华工程科技奖。", "award", "e2"),
    ("陈红是副研究员。", "title", "e2"),
    ("王伟是博士生导师。", "title", "e1"),
    ("王伟的研究方向还包括量子计算和区块链。", "direction", "e1"),
    ("陈红擅长锂电池材料。", "direction", "e2"),
])
def test_invented_and_misattributed_facts_are_dropped(sentence, kind, expert):
    v = verdict(sentence)
    assert not v.kept
    bad = [c for c in v.claims if not c.supported]
    assert any(c.kind == kind and c.expert_id == expert and c.reason for c in bad), v.claims


@pytest.mark.parametrize("sentence", [
    "陈红研究员曾获国家技术发明二等奖。",  # grade phrased without 奖
    "王伟曾获国家技术发明二等奖（2018年）。",
    "王伟于2018年度荣获国家技术发明奖二等奖。",
    "王伟获国家技术发明奖。",  # no grade, no year: still one of his awards
    "陈红于2015年获得国家自然科学奖二等奖，2012年获得国家技术发明奖二等奖。",
    "王伟（北京大学教授）是国家杰青获得者。",
    "陈红研究员就职于中科院化学所，主要研究聚合物流变学。",
    "欧阳明是中国工程院院士，曾荣获国家最高科学技术奖。",
    "王伟教授长期在北京大学从事高分子材料成型研究，曾获2018年度国家技术发明奖二等奖。",
    "Prof. Wang Wei 来自北京大学。",
    "建议尽快联系专家进行诊断。",
    "翘曲通常与冷却不均和残余应力有关，可以先做模流分析。",
])
def test_true_sentences_are_kept(sentence):
    v = verdict(sentence)
    assert v.kept, [(c.kind, c.text, c.reason) for c in v.claims if not c.supported]


def test_references_resolve_to_the_expert_meant():
    before = "1. 王伟，北京大学教授。\n2. 陈红，中国科学院化学研究所研究员。\n"
    assert verdict("她2015年获国家自然科学奖二等奖。", before=before).kept  # 她 = 陈红, the last named
    assert not verdict("他2015年获国家自然科学奖二等奖。", before="王伟，北京大学教授。").kept
    assert verdict("第一位专家获得过国家杰出青年科学基金资助。", before=before).kept
    wrong = verdict("第二位专家获得过国家杰出青年科学基金资助。", before=before)
    assert not wrong.kept and wrong.claims[-1].expert_id == "e2"
    assert verdict("前者任职于北京大学，后者任职于中国科学院化学研究所。", before=before).kept
    assert not verdict("后者任职于北京大学。", before=before).kept
    assert verdict("研究方向：聚合物流变学。", before=before).kept  # no name: the list item's expert
    assert not verdict("研究方向：注塑模具设计。", before=before).kept
    assert not verdict("他曾获国家技术发明奖二等奖。", before="另外也可以联系刘建国。").kept  # 他 = 刘建国


@pytest.mark.parametrize("text", ["", "   \n\n ", "。。。！！", "😀😀😀", "| 姓名 | 单位 |\n|---|---|"])
def test_blank_and_claimless_input(text):
    kept, report = check_answer(text, EXPERTS)
    assert all(s.kept and not s.claims for s in report.sentences)
    assert kept == ("" if text.startswith("|") else text.strip())  # a table with no rows shows nothing


def test_markdown_tables_lists_emoji_and_mixed_scripts():
    text = ("您好！😊 针对注塑件翘曲，推荐以下专家：\n\n"
            "| 姓名 | 单位 | 职称 |\n|---|---|---|\n| 王伟 | 北京大学 | 教授 |\n| 李强 | 清华大学 | 教授 |\n\n"
            "- **陈红**（中国科学院化学研究所，研究员）🔬\n"
            "- **Zhang Wei**（MIT, Professor）\n"
            "1️⃣ 欧阳明 —— 中国工程院院士 ✅\n"
            "王伟是 IEEE Fellow 🏆。")
    kept, report = check_answer(text, EXPERTS)
    for truth in ("| 王伟 | 北京大学 | 教授 |", "- **陈红**（中国科学院化学研究所，研究员）🔬", "1️⃣ 欧阳明 —— 中国工程院院士 ✅"):
        assert truth in kept
    for lie in ("李强", "Zhang Wei", "Fellow"):
        assert lie not in kept


def test_very_long_answers_stay_guarded():
    true = "王伟，北京大学教授，研究方向为注塑模具设计。"
    lie = "另外推荐张晓明教授，他是两院院士。"
    kept, report = check_answer((true + lie) * 400, EXPERTS)
    assert len(report.sentences) == 800
    assert "张晓明" not in kept and kept.count("王伟") == 400
    run = "王伟在北京大学工作，" * 300 + "还是两院院士。"  # one 3,000-character sentence
    kept, report = check_answer(run, EXPERTS)
    assert kept == "" and len(report.sentences) == 1 and any(c.kind == "honour" for c in report.sentences[0].claims)
    _, report = check_answer("注塑" * 20000, EXPERTS)
    assert len(report.sentences) == 1 and report.sentences[0].kept


def test_no_experts_means_no_fact_is_supported():
    kept, report = check_answer("推荐王伟教授，北京大学。建议尽快联系专家进行诊断。", [])
    assert kept == "建议尽快联系专家进行诊断。"
    assert not report.sentences[0].kept


# An academician as the importer records one: the election is an award dated by its year.
SUN = ExpertMatch(id="a1", name="孙立群", institution="中国科学院长春应用化学研究所", title="中国科学院院士",
                  directions=["稀土功能材料"], score=0.9,
                  awards=[AwardFact(name="中国科学院院士", year=2009), AwardFact(name="国家自然科学奖一等奖", year=2016),
                          AwardFact(name="国家自然科学奖二等奖")])


@pytest.mark.parametrize(("sentence", "kept"), [
    ("孙立群2009年当选中国科学院院士。", True),
    ("孙立群于2009年被增选为中国科学院院士。", True),
    ("孙立群院士（2009年当选）来自长春应化所。", True),
    ("孙立群2011年当选中国科学院院士。", False),  # the record says 2009
    ("孙立群2009年当选中国工程院院士。", False),
    ("孙立群2013年获国家自然科学奖二等奖。", False),  # the record has that award without a year
])
def test_a_year_stated_with_an_election_or_award_is_checked_against_the_record(sentence, kept):
    v = verdict(sentence, [SUN])
    assert v.kept is kept, [(c.kind, c.text, c.reason) for c in v.claims]
    assert not any(c.kind == "year" for c in v.claims)  # the year belongs to the honour or award claim


def test_a_year_alone_after_a_pronoun_goes_with_the_election():
    assert verdict("他2009年当选院士。", [SUN], before="孙立群在长春应化所工作。").kept
    assert not verdict("他2010年当选院士。", [SUN], before="孙立群在长春应化所工作。").kept


def test_a_bare_grade_after_a_conjunction_is_the_same_award():
    assert verdict("孙立群获国家自然科学奖一等奖和二等奖。", [SUN]).kept
    v = verdict("陈红获国家自然科学奖二等奖和一等奖。")
    assert not v.kept and any(c.kind == "award" and "grade" in c.reason for c in v.claims)


@pytest.mark.parametrize(("sentence", "before", "kept"), [
    ("三位专家都可以提供咨询。", "", True),
    ("为您推荐以下两位专家。", "", True),  # a count ahead of the names is no group yet
    ("以上两位专家都获得过国家技术发明奖二等奖。", "王伟在北京大学工作。陈红在中国科学院化学研究所工作。", True),
    ("王伟、陈红两位专家都获得过国家技术发明奖二等奖。", "", True),
    ("以上四位专家都在北京工作。", "", False),
    ("两位专家都是研究员。", "", False),
    ("前两位专家都获得过国家技术发明奖二等奖。", "", True),  # the first two: 王伟 and 陈红
    ("后两位专家都获得过国家技术发明奖二等奖。", "", False),
    ("第一位专家王伟来自北京大学。", "", True),
    ("第五位专家王伟来自北京大学。", "", False),
    ("第二位专家王伟来自北京大学。", "", False),  # 王伟 was retrieved first and is named first
])
def test_counts_and_ordinals_must_fit_the_experts(sentence, before, kept):
    v = verdict(sentence, before=before)
    assert v.kept is kept, [(c.kind, c.text, c.reason) for c in v.claims]
    if not kept:
        assert any(c.kind in ("reference", "award") and not c.supported and c.reason for c in v.claims)


@pytest.mark.parametrize(("sentence", "kept", "culprit"), [
    ("王伟和陈红都获得过国家技术发明奖二等奖。", True, None),
    ("王伟和陈红都是中国工程院院士。", False, "e1"),
    ("三位专家都获得过国家技术发明奖二等奖。", False, "e3"),
    ("他们均来自北京大学。", False, "e2"),
])
def test_a_fact_said_of_a_whole_group_must_be_every_members(sentence, kept, culprit):
    before = "王伟在北京大学工作。陈红在中国科学院化学研究所工作。" if sentence.startswith("他们") else ""
    v = verdict(sentence, before=before)
    assert v.kept is kept
    if culprit:
        assert any(not c.supported and c.expert_id == culprit for c in v.claims), v.claims


@pytest.mark.parametrize(("sentence", "kept"), [
    ("王伟教授主要研究高分子材料成型。", True),
    ("陈红研究员在聚合物流变学方面很有经验。", True),
    ("陈红是聚合物流变学专家。", True),
    ("研究表明，模具温度对翘曲影响很大。", True),  # about no one
    ("这个方案需要材料、工艺和设备多方面的专家一起评估。", True),
    ("王伟教授主要研究锂电池隔膜。", False),
    ("陈红研究员也研究注塑模具设计。", False),  # 王伟's direction
    ("王伟在生物医药方面很有经验。", False),
    ("陈红是半导体封装专家。", False),
    ("王伟长期做钙钛矿光伏方面的研究。", False),
    ("王伟属于注塑模具设计领域的专家。", True),
    ("陈红属于微生物学领域的专家。", False),
    ("陈红来自生物医药界。", False),
    ("王伟的专长在于锂电池隔膜。", False),
    ("王伟，北京大学。推荐理由：问题属于「微生物学」学科，与专家的学科一致。", False),  # 专家: the one described
    ("王伟，北京大学。推荐理由：问题可能属于「材料科学与工程」学科，与专家所属学科一致。", True),
])
def test_directions_claimed_by_a_verb_are_checked(sentence, kept):
    v = verdict(sentence)
    assert v.kept is kept, [(c.kind, c.text, c.reason) for c in v.claims]
    if not kept:
        assert any(c.kind == "direction" and not c.supported for c in v.claims)


@pytest.mark.parametrize(("sentence", "kept"), [
    ("建议贵公司与高校合作开展注塑工艺研究。", True),  # advice, about no expert
    ("可以请王伟教授为贵公司提供模具设计方面的指导。", True),  # a suggestion, not a claim
    ("陈红团队为中船七〇二所设计了减振装置。", False),
    ("陈红团队参与了三峡工程的材料检测。", False),
    ("王伟教授主持了国家重点研发计划项目。", False),
    ("王伟是陈红的学生，两人长期合作。", False),
    ("王伟团队与宝钢共建了联合实验室。", False),
])
def test_partners_and_projects_must_be_in_the_record(sentence, kept):
    v = verdict(sentence)
    assert v.kept is kept, [(c.kind, c.text, c.reason) for c in v.claims]
    if not kept:
        assert any(c.kind in ("partnership", "institution") and not c.supported for c in v.claims)


def test_a_cue_inside_an_experts_name_claims_no_partner():
    """The 为 of 周守为 is part of his name: "周守为 works at …开发…" claims no client he developed for."""
    zhou = ExpertMatch(id="z", name="周守为", institution="油气藏地质及开发工程国家重点实验室", score=1.0)
    text = "No. The graph records: 周守为 works at 油气藏地质及开发工程国家重点实验室."
    assert check_answer(text, [zhou])[1].dropped == []
    assert check_answer("周守为为中石油研制了新型钻头。", [zhou])[1].dropped  # his own 为 still reads a client


def test_a_cited_project_supports_the_partnership():
    from retrieval.models import Citation

    cited = WANG.model_copy(update={"citations": [Citation(key="p1", kind="project", title="高分子注塑成型机理研究")]})
    assert verdict("王伟主持了高分子注塑成型机理研究。", [cited, CHEN]).kept
    assert not verdict("王伟主持了高分子注塑成型机理研究。").kept


@pytest.mark.parametrize(("sentence", "experts", "kept"), [
    ("孙立群院士在长春应化所工作。", [SUN], True),  # place whole, other words by first character
    ("孙立群院士在中科院长春应化所工作。", [SUN], True),
    ("孙立群院士在中科院化学所工作。", [SUN], False),  # 化学所 is another institute
    ("王伟教授目前在中航工业六二五所任职。", EXPERTS, False),  # a numbered institute nobody works at
    ("欧阳明院士曾在上海市卫生局任职。", EXPERTS, False),
    ("相关高校和研究所也可提供帮助。", EXPERTS, True),
])
def test_institutes_by_short_form_and_by_number(sentence, experts, kept):
    v = verdict(sentence, experts)
    assert v.kept is kept, [(c.kind, c.text, c.reason) for c in v.claims]


def test_a_short_name_of_another_experts_institution_inside_a_word_is_no_claim():
    # 成电 is 电子科技大学's short name; inside 集成电路 it names nobody (the composer's own line was dropped)
    chen = ExpertMatch(id="c", name="陈星弼", institution="电子科技大学", score=1.0, directions=["半导体器件"])
    wu = ExpertMatch(id="w", name="吴德馨", institution="中国科学院微电子中心", score=0.9,
                     directions=["砷化镓微波集成电路", "集成电路"])
    assert verdict("吴德馨的研究方向：砷化镓微波集成电路、集成电路。", [chen, wu]).kept
    assert verdict("吴德馨在集成电路方面经验丰富。", [chen, wu]).kept
    assert not verdict("吴德馨在成电工作。", [chen, wu]).kept  # the short name on its own is still a claim


def test_the_problems_own_words_found_in_a_profile_are_no_person_or_affiliation():
    # the composer's keyword reason: 黄淮/麦区 read as people and 水利部 as an affiliation dropped whole reason lines
    zhang = ExpertMatch(id="z", name="张建云", institution="南京水利科学研究院", score=1.0, directions=["水文水资源"])
    qian = ExpertMatch(id="q", name="钱正英", institution="水利部", score=0.9, directions=["铝合金"])
    line = "推荐理由：研究方向「水文水资源」与问题直接相关；专家资料中也出现了问题里的关键词：黄淮、麦区、水利部、铝合金。"
    assert verdict("张建云，南京水利科学研究院。" + line, [zhang, qian]).kept
    # awards there are still read, and outside the list the same words are claims
    assert not verdict("张建云的资料中也出现了问题里的关键词：诺贝尔化学奖。", [zhang, qian]).kept
    assert not verdict("张建云在水利部工作。", [zhang, qian]).kept


def test_an_institution_whose_name_holds_an_honour_is_that_institution():
    hou = ExpertMatch(id="h", name="侯云德", institution="中国疾病预防控制中心病毒病预防控制所院士实验室", score=1.0,
                      awards=[AwardFact(name="中国工程院院士", year=1994)])
    assert verdict("侯云德，中国疾病预防控制中心病毒病预防控制所院士实验室，中国工程院院士。", [hou]).kept
    assert not verdict("侯云德，中国疾病预防控制中心病毒病预防控制所院士实验室，中国科学院院士。", [hou]).kept
    # and a direction that holds 奖 is that direction (a funded project's title made a direction)
    hu = ExpertMatch(id="u", name="胡利军", institution="上海体育学院", score=1.0, directions=["我国优秀运动员教练员奖励"])
    assert verdict("胡利军，上海体育学院。研究方向：我国优秀运动员教练员奖励。", [hou, hu]).kept
    assert not verdict("侯云德的研究方向：我国优秀运动员教练员奖励。", [hou, hu]).kept
    # or a word an honour or an organisation is read by (学者, 格局) inside it
    he = ExpertMatch(id="x", name="何舟", institution="厦门大学", score=1.0,
                     directions=["当代杰出新闻学者口述实录", "党报在媒介新格局中的角色"])
    assert verdict("何舟，厦门大学。研究方向：当代杰出新闻学者口述实录、党报在媒介新格局中的角色。", [hou, he]).kept
    cao = ExpertMatch(id="c", name="曹胜利", institution="中国中小学幼儿教师奖励基金会", score=1.0)
    assert verdict("曹胜利，中国中小学幼儿教师奖励基金会。", [cao]).kept


def test_a_cited_funded_project_is_checked_as_a_whole():
    from retrieval.models import Citation

    lu = ExpertMatch(id="l", name="卢晓", institution="上海大学", score=1.0, directions=["品牌管理"],
                     citations=[Citation(key="p", kind="nssfc-project", title="中国跨国公司品牌运作研究", ref="1")])
    nie = ExpertMatch(id="n", name="聂明", institution="复旦大学", score=0.9, directions=["降水格局"],
                      fields=["社会科学"])
    # 社会科学 (a field of 聂明) in 国家社会科学基金 and 中国跨国公司 in the title are no claims of their own
    assert verdict("卢晓曾主持国家社会科学基金项目《中国跨国公司品牌运作研究》。", [lu, nie]).kept
    assert not verdict("卢晓曾主持国家社会科学基金项目《中国跨国公司管理研究》。", [lu, nie]).kept  # not cited
    assert not verdict("聂明曾主持国家社会科学基金项目《中国跨国公司品牌运作研究》。", [lu, nie]).kept  # not his
    feng = lu.model_copy(update={"citations": [Citation(key="q", kind="nssfc-project", ref="2",
                                                        title="《劳动合同法》适用疑难问题实证研究")]})
    assert verdict("卢晓曾主持国家社会科学基金项目《《劳动合同法》适用疑难问题实证研究》。", [feng, nie]).kept
    # a held direction that ends like an organisation (…局, …所) is the direction
    assert verdict("聂明，复旦大学。研究方向：降水格局。", [lu, nie]).kept


def test_common_words_that_jieba_tags_as_names_are_names_only_when_a_person_is_spoken_of():
    experts = [ExpertMatch(id="a", name="陈红", score=0.0, directions=["肿瘤综合治疗"])]
    for text in ("专家资料中也出现了问题里的关键词：康复、临床。", "关键词：卫星、雷达、玉米。"):
        kept, _ = check_answer(text, experts)
        assert kept == text
    for text in ("可以咨询高峰，他是这方面的专家。", "可以联系陈红、高峰。"):
        kept, report = check_answer(text, experts)
        assert kept == "" and any(c.text == "高峰" and not c.supported for s in report.sentences for c in s.claims)


def test_a_fact_of_either_of_two_retrieved_namesakes_is_supported_and_a_third_institution_is_not():
    experts = [ExpertMatch(id="a", name="李晓玲", institution="浙江大学", score=0.0),
               ExpertMatch(id="b", name="李晓玲", institution="中国科学院理化技术研究所", title="副研究员", score=0.0)]
    text = "1. 李晓玲，浙江大学。\n2. 李晓玲，中国科学院理化技术研究所，副研究员。"
    kept, _ = check_answer(text, experts)
    assert "浙江大学" in kept and "理化技术研究所" in kept
    kept, _ = check_answer("李晓玲任职于北京大学。", experts)
    assert kept == ""


@pytest.mark.parametrize(("sentence", "kept"), [
    ("王伟2015年以后获得国家技术发明奖二等奖。", True),  # 2018
    ("王伟2005年至2012年间获得国家杰出青年科学基金。", True),  # 2010: the span's years are no claim of their own
    ("王伟2020年以后获得国家技术发明奖二等奖。", False),
    ("王伟2015年起获得国家技术发明奖二等奖。", False),  # 起: the year it began (2018 recorded), not a span
    ("王伟2015年以前获得国家技术发明奖二等奖。", False),
    ("近三年来，陈红获得国家自然科学奖二等奖。", False),  # 2015, however the sentence opens
    ("陈红近三十年获得国家自然科学奖二等奖。", True),
    ("Since 2016, 王伟 has received the State Technological Invention Award (second class).", True),
])
def test_a_span_of_years_said_of_an_award_is_checked_against_its_recorded_year(sentence, kept):
    """近五年获得X奖 / 2010年以后当选: the award must be dated within the span (it passed whenever the award was held)."""
    v = verdict(sentence)
    assert v.kept == kept, [(c.kind, c.text, c.reason) for c in v.claims]


def test_a_span_said_of_an_undated_award_cannot_be_kept():
    undated = ExpertMatch(id="u", name="李强", institution="浙江大学", score=0.5,
                          awards=[AwardFact(name="国家科学技术进步奖二等奖")])
    assert not verdict("李强近五年获得国家科学技术进步奖二等奖。", [undated]).kept
    assert not verdict("近五年来，李强获得国家科学技术进步奖二等奖。", [undated]).kept  # a span that opens the sentence
    assert verdict("李强获得国家科学技术进步奖二等奖。", [undated]).kept
    # a span in an opening clause about something else is not said of the award after it
    assert verdict("李强近二十年来一直在浙江大学工作，获得国家科学技术进步奖二等奖。", [undated]).kept


def test_a_web_address_is_held_only_as_one_of_the_experts_own_source_pages():
    """A URL is read whole (its _ and digits were read apart, so the expert's own source page was dropped and the
    homepage answer came out empty): kept when it is a page the record cites, dropped otherwise."""
    from retrieval.models import Citation

    page = "http://www.casad.cas.cn:80/aca/371/jskxb-200912-t20091203_2681410.html"
    expert = ExpertMatch(id="x", name="申长雨", institution="郑州大学", score=1.0,
                         citations=[Citation(key="profile:x", kind="academician_profile", title="申长雨简介", url=page)])
    kept, _ = check_answer(f"申长雨的资料来自以下网页：{page}。", [expert])
    assert page in kept
    made_up, _ = check_answer("申长雨的资料来自以下网页：http://www.example.edu.cn/shen_123.html。", [expert])
    assert made_up.strip() == ""


@pytest.mark.parametrize("gap, kept", [(17, True), (18, False)])
def test_a_gap_to_a_year_the_quoted_biography_gives_is_checked_against_it(gap, kept):
    """…1982年获得国家自然科学奖一等奖；按下面所引简介中写的另一项的年份，两者相隔17年: held only when the quoted sentence of
    an honour gives a year that far from the stated one (rt120)."""
    from generation.biography import BIOGRAPHY
    from retrieval.models import Citation, CitedFact

    medal = "1999年被国家授予“两弹一星”功勋奖章"
    yu = ExpertMatch(id="y", name="于三敏", score=1.0, awards=[AwardFact(name="国家自然科学奖一等奖", year=1982)],
                     citations=[Citation(key="bio:y", kind=BIOGRAPHY, title="于三敏简介",
                                         facts=[CitedFact(kind=BIOGRAPHY, fact=medal, snippet=medal + "。")])])
    text = f"按知识图谱的记录，于三敏1982年获得国家自然科学奖一等奖；按下面所引简介中写的另一项的年份，两者相隔{gap}年（按年份相减）。"
    _, report = check_answer(text, [yu])
    assert (not report.dropped) is kept, report.dropped
