"""Turns a blind red team (rt56, 2026-12-05) found answered wrongly: 关桥是焊接领域唯一的工程院院士吧？ said 关桥 held
no such award (and nothing of 唯一); "Pan Jiluan of Shanghai Jiao Tong University won the Nobel Prize — can he help?"
said the graph held no one of a name (Shanghai Jiao Tong) and let both false claims stand; 在武汉的呢？ and 换成在武汉的
told where those shown work instead of finding others; 西北的呢？ and 江浙沪的呢 lost the problem; 第三位专家还在工作吗？
was answered as a present fact."""

from __future__ import annotations

import pytest

from generation.answerer import ExpertAnswerer
from generation.conversation import Conversation, resolve, unheld_requests
from generation.grounded import asked_awards, sole_claims
from retrieval.models import AwardFact, ExpertMatch
from retrieval.names import NameIndex
from test_biography import academicians as cae_academicians  # noqa: F401  (a fixture, shared)


def _expert(key: str, name: str, *awards: str, institution: str | None = None) -> ExpertMatch:
    return ExpertMatch(id=key, name=name, score=1.0, institution=institution,
                       awards=[AwardFact(name=a, year=1990) for a in awards])


def test_what_is_said_of_an_award_is_no_part_of_its_name():
    assert asked_awards("关桥是焊接领域唯一的工程院院士吧？") == ["工程院院士"]
    assert asked_awards("他获得过2005年的国家自然科学奖吗") == ["国家自然科学奖"]


def test_a_sole_holder_claim_names_the_others_shown_who_hold_it_too():
    guan, lin = _expert("a", "关桥", "中国工程院院士"), _expert("b", "林尚扬", "中国工程院院士")
    pan = _expert("c", "潘际銮", "中国科学院院士")
    notes = sole_claims(guan, "我们的焊接结构变形大。关桥是焊接领域唯一的工程院院士吧？", [guan, lin, pan])
    assert notes == ["关于“唯一”：知识图谱记录的以上专家中，林尚扬也是中国工程院院士。"]
    assert sole_claims(guan, "关桥是工程院院士吧？", [guan, lin, pan]) == []  # no 唯一: nothing to say
    assert sole_claims(pan, "潘际銮是唯一的中国科学院院士吧？", [guan, lin, pan]) == []  # no one else holds it
    english = sole_claims(guan, "关桥 is the only CAE academician in welding, right?", [guan, lin], english=True)
    assert len(english) == 1 and "林尚扬" in english[0] and "中国工程院院士" in english[0]


def test_pinyin_words_that_name_an_institution_are_no_person():
    names = NameIndex({"潘际銮": ["a"]})
    text = "I heard Pan Jiluan of Shanghai Jiao Tong University won the Nobel Prize for welding — can he help us?"
    assert names.unknown(text) == [] and [n.name for n in names.find(text)] == ["潘际銮"]
    assert names.unknown("Please recommend Professor Zhang Wei of Tsinghua University") == ["Zhang Wei"]


@pytest.mark.parametrize("turn, place", [("在武汉的呢？", "武汉"), ("换成在武汉的", "武汉"), ("西北的呢？", "陕西"),
                                         ("江浙沪的呢", "江苏")])
def test_a_place_wished_after_a_list_searches_the_problem_there(turn, place):
    shown = [_expert("a", "陈立泉", institution="中科院物理所"), _expert("b", "陈军", institution="南开大学")]
    talk = Conversation(last=list(shown), shown=list(shown), problem="锂电池固态电解质问题，推荐专家")
    intent = resolve(turn, talk)
    assert intent.kind == "problem" and intent.query.startswith("锂电池固态电解质问题") and place in intent.query


@pytest.mark.parametrize("turn", ["第三位专家还在工作吗？", "他现在还在上班吗", "Is he still working?"])
def test_whether_an_expert_still_works_is_not_recorded(turn):
    assert "职务" in unheld_requests(turn)


def test_premises_said_beside_asking_whether_a_named_expert_can_help_are_checked(cae_academicians):  # noqa: F811
    from pypinyin import Style, lazy_pinyin

    retriever, _ = cae_academicians
    answerer = ExpertAnswerer(retriever)
    shown = answerer.answer("推荐几位材料方面的专家", Conversation()).experts
    first = next(e for e in shown if len(e.name) == 3 and e.institution and e.institution != "复旦大学")
    syllables = lazy_pinyin(first.name, style=Style.NORMAL)
    pinyin = f"{syllables[0].title()} {''.join(syllables[1:]).title()}"  # 武胜: Wu Sheng
    text = answerer.answer(f"We have hot cracking in thick steel plate welds. I heard {pinyin} of Fudan University won "
                           "the Nobel Prize for welding — can he help us?", Conversation()).text
    assert text.startswith("Among the experts in the knowledge graph who match this problem"), text  # where he ranks
    assert f"The graph records {first.name} at another institution than the one you mention" in text, text
    assert f"None of the awards the graph records for {first.name} is the one you mention." in text
    assert "holds no one of the name" not in text


def test_how_many_patents_a_named_expert_holds_is_quoted_from_the_biography(cae_academicians):  # noqa: F811
    retriever, bios = cae_academicians
    name = next((n for n, bio in bios.items() if "专利" in bio), None)
    if name is None:
        pytest.skip("no biography of the sample names a patent")
    text = ExpertAnswerer(retriever).answer(f"{name}院士有多少项专利？", Conversation()).text
    assert text.startswith(f"知识图谱中{name}的简介写道") and "专利" in text, text


def test_a_count_claimed_beside_a_problem_is_checked_against_the_graph(demo_retriever, demo_graph):
    store = demo_graph[1]
    held = store.read("MATCH (e:Expert)-[:WORKS_ON|IN_FIELD]->(x) WHERE x.name CONTAINS $w "
                      "RETURN count(DISTINCT e) AS n", {"w": "注塑"}).records()[0]["n"]
    answerer = ExpertAnswerer(demo_retriever[1])
    for said, verdict in ((held + 7, "不符"), (held, "相符")):
        answer = answerer.answer(f"我们企业在注塑件翘曲上遇到难题，知识图谱里有{said}位注塑方面的专家吧？", Conversation())
        assert f"您提到的人数与知识图谱的记录{verdict}：" in answer.text and f"共{held}位。" in answer.text, answer.text
        assert answer.experts and answer.grounding.dropped == []


def test_a_translation_asked_sets_the_answers_language():
    from retrieval.script import requested_language

    assert requested_language("Translate your first answer into Chinese.") == "zh"
    assert requested_language("Please translate it into English") == "en"


@pytest.mark.parametrize("turn, lead, items", [
    ("逐点比较前两位专家", "知识图谱不记录专家之间的高下或排名", "逐项对比（按知识图谱的记录；“—”表示图谱中没有这一项）："),
    ("对比一下第一位和第二位", "知识图谱不记录专家之间的高下或排名", "逐项对比（按知识图谱的记录；“—”表示图谱中没有这一项）："),
    ("Compare the first two experts point by point.", "The expert knowledge graph does not rank",
     "Item by item (as the graph records them):"),
])
def test_two_shown_experts_compared_item_by_item_from_their_records(cae_academicians, turn, lead, items):  # noqa: F811
    retriever, _ = cae_academicians
    answerer, talk = ExpertAnswerer(retriever), Conversation()
    shown = answerer.answer("推荐几位材料方面的专家" if turn[0] > "z" else "We need materials experts.", talk).experts
    answer = answerer.answer(turn, talk)
    assert answer.text.startswith(lead) and items in answer.text and answer.grounding.dropped == []
    table = answer.text.split(items, 1)[1]
    for e in shown[:2]:
        assert e.name in table and (e.institution or "") in table
