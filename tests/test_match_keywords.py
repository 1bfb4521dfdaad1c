"""The 关键词 reason of a match names the problem's topic words only: not the words of the request (介绍, 电话, 今年,
论文 counts), not a name the problem gives, not a piece of a longer name in a profile (李四 of 李四光).

A small graph of its own on the session's FalkorDB server, indexed with the session's embedder."""

from __future__ import annotations

import json
import uuid

import pytest

from kg.connect import StoreSettings, open_store

PREFIX = "专家资料中也出现了问题里的关键词："
EXPERTS = [
    ("申明远", "郑州大学", "材料科学与工程", "注塑成型与模具",
     "申明远，郑州大学教授。长期从事注塑成型与模具研究，解决注塑件翘曲变形难题。发表论文120余篇，今年获评教学名师。"),
    ("沈树林", "南京地质古生物研究所", "地质学", "地层古生物学",
     "沈树林，南京地质古生物研究所研究员。从事地层古生物学研究，曾获李四光地质科学奖。"),
    ("梁文海", "中铁第一勘察设计院", "土木工程", "隧道工程设计",
     "梁文海，中铁第一勘察设计院总工程师。主持设计秦岭终南山公路隧道，长期从事隧道工程设计。"),
    ("钟南山", "广州医科大学", "临床医学", "呼吸疾病防治", "钟南山，广州医科大学教授。长期从事呼吸疾病防治研究。"),
    ("陈立新", "中国科学院物理研究所", "物理学", "锂电池材料",
     "陈立新，中国科学院物理研究所研究员。从事锂电池与固态电解质研究，介绍了多种新型电池材料。"),
    ("王振东", "华中科技大学", "电气工程", "电力系统稳定控制",
     "王振东，华中科技大学教授。从事电力系统稳定控制研究，常通过电话与企业沟通现场问题。"),
    ("赵卫东", "复旦大学", "计算机科学与技术", "数据挖掘", "赵卫东，复旦大学副教授。长期从事数据挖掘与机器学习研究。"),
    ("刘光明", "华南农业大学", "作物学", "水稻育种", "刘光明，华南农业大学教授。从事水稻育种与栽培研究。"),
    ("魏振华", "西北工业大学", "材料科学与工程", "金属快速凝固",
     "魏振华，西北工业大学教授。1983年毕业于山东工学院铸造专业，获博士学位。长期从事金属快速凝固研究。"),
    ("唐秀英", "厦门大学", "生物学", "寄生虫学", "唐秀英，厦门大学教授。长期从事寄生虫学研究，研究婴幼儿绦虫病的传播。"),
]


@pytest.fixture(scope="module")
def retriever(expertglm_home, demo_graph, tmp_path_factory):
    """A retriever over the eight experts above (each word of a bio is in at most one profile: none is common)."""
    from expertglm.config import Settings
    from kg.ingest import ingest
    from kg.readers import read_records
    from retrieval.sync import build_index, open_retriever

    settings = Settings(store=StoreSettings(home=expertglm_home, graph=f"kw-{uuid.uuid4().hex[:8]}"))
    data = tmp_path_factory.mktemp("keywords") / "experts.jsonl"
    data.write_text("".join(json.dumps({
        "id": f"kw-{i}", "name": name, "institution": place, "title": "教授", "fields": [field],
        "directions": [{"name": direction, "field": field}], "awards": [], "bio": bio, "source": "test",
    }, ensure_ascii=False) + "\n" for i, (name, place, field, direction, bio) in enumerate(EXPERTS)), encoding="utf-8")
    store = open_store(settings.store)
    ingest(store, read_records(data))
    embedder = demo_graph[2]
    build_index(store, embedder, settings.index_dir, settings.graph_id)
    yield open_retriever(store, embedder, settings.index_dir, settings.graph_id)
    store.close()


def keywords(retriever, query: str) -> dict[str, list[str]]:
    """Each shown expert's 关键词 (empty when the reason is not given)."""
    return {e.name: next((r[len(PREFIX):].split("、") for r in e.reasons if r.startswith(PREFIX)), [])
            for e in retriever.match(query, top_k=len(EXPERTS)).experts}


@pytest.mark.parametrize("query,never", [
    ("请介绍一下申明远教授和其他注塑专家", {"介绍"}),
    ("介绍一下李四教授的研究", {"介绍", "李四"}),  # 李四 is only inside 李四光 in 沈树林's bio
    ("钟南山今年多大了？", {"今年", "南山"}),  # 南山 of the name asked about, in 梁文海's 终南山
    ("锂电池热失控怎么预防，请推荐专家，并告诉我他们的电话和发表了多少篇论文", {"电话", "论文", "发表"}),
])
def test_the_keyword_reason_holds_no_request_words_and_no_pieces_of_names(retriever, query, never):
    found = keywords(retriever, query)
    assert len(found) == len(EXPERTS)
    assert not {t for terms in found.values() for t in terms} & never, found


def test_topic_words_stay_keywords(retriever):
    assert {"注塑件", "翘曲变形"} <= set(keywords(retriever, "注塑件脱模后翘曲变形，请介绍几位专家")["申明远"])
    assert "锂电池" in keywords(retriever, "锂电池热失控怎么预防，请告诉我专家的电话")["陈立新"]


def test_a_message_that_only_asks_for_people_by_name_gets_no_fillers(retriever):
    """请介绍一下申明远教授: the one asked for, not seven others beside him on the strength of a name; a name the graph
    does not hold (钱学森) gets the nearest experts only as unrelated ones."""
    assert list(keywords(retriever, "请介绍一下申明远教授")) == ["申明远"]
    absent = retriever.match("请推荐钱学森院士", top_k=3)
    assert absent.absent == 1 and not absent.related and absent.requirements == []  # his seat is no requirement


def test_a_place_the_enterprise_is_in_is_no_keyword_reason(demo_graph):
    """我们是浙江台州一家… gave 浙江 as a shared keyword of experts whose biographies say they were born there."""
    from retrieval.sync import open_retriever
    settings, store, embedder, _ = demo_graph
    retriever = open_retriever(store, embedder, settings.index_dir, settings.graph_id)
    text = "浙江大学毕业，长期从事注塑成型研究，上海人"
    terms = retriever.terms_in("我们是浙江台州一家注塑厂，上海有分厂，注塑件翘曲", text)
    assert "注塑" in terms and not {"浙江", "上海"} & set(terms), terms


def test_where_an_expert_studied_is_no_keyword(retriever):
    """A degree in 铸造 says nothing of the rapid-solidification work he does now (rt37: 铸造 was the reason)."""
    found = keywords(retriever, "铝合金轮毂低压铸造出现缩松，凝固过程怎么控制")
    assert "铸造" not in found["魏振华"], found["魏振华"]
    assert "凝固" in found["魏振华"]  # what the rest of his biography says still counts


@pytest.mark.parametrize("query", ["乳粉厂婴幼儿配方奶粉里检出阪崎肠杆菌", "婴幼儿奶粉的包装材料怎么选",
                                   "钢厂连铸坯表面裂纹"])
def test_a_weak_card_says_its_shared_words_are_a_weak_reason(retriever, query):
    """On a 低 card without a direction of the expert's, shared words are said as a weak link, and "the record as a
    whole is close" is not said at all (it read as a reason on cards the strength calls weak)."""
    from retrieval.pipeline import WEAK_REASON, WEAK_WORDS
    from retrieval.presentation import KEYWORDS, WHOLE_PROFILE

    weak = [e for e in retriever.match(query, top_k=len(EXPERTS)).experts if e.strength_label == "低"
            and not any(r.startswith("研究方向「") for r in e.reasons)]
    assert weak
    for e in weak:
        assert e.reasons and WHOLE_PROFILE not in e.reasons, (e.name, e.reasons)
        assert all(r.startswith(WEAK_WORDS) or r == WEAK_REASON or r.startswith("符合") for r in e.reasons), e.reasons
        assert not any(r.startswith(KEYWORDS) for r in e.reasons)


def test_shared_words_alone_on_a_weak_card_are_said_as_weak():
    from retrieval.pipeline import WEAK_REASON, WEAK_WORDS, weak_card_reasons
    from retrieval.presentation import KEYWORDS, WHOLE_PROFILE

    assert weak_card_reasons([KEYWORDS + "婴幼儿"]) == [WEAK_WORDS + "婴幼儿"]
    assert weak_card_reasons([WHOLE_PROFILE]) == [WEAK_REASON]
    kept = ["研究方向「寄生虫学」与问题有关", KEYWORDS + "婴幼儿"]  # a direction of theirs: the reasons stand
    assert weak_card_reasons(kept) == kept


def test_a_middling_card_of_nearness_or_pieces_of_words_only_is_said_as_weak(retriever):
    """A 中 card whose reasons were only pieces of the problem's words or the nearest direction found (环境 of 环境湿度
    for a wildlife ecologist on mural conservation, under "推荐以下3位专家" with no aside, rt123) is said as weak as a
    低 one: on the academician dev splits such 中 cards were as seldom relevant as 低 ones."""
    from generation.grounded import compose_answer
    from retrieval.pipeline import WEAK_STARTS
    from retrieval.pipeline import vague_reasons

    said_weak = 0
    for query in ["凝固剂配方调整", "隧道通风环境湿度", "古代壁画修复材料", "稳定剂添加量", "育种棚温度控制"]:
        result = retriever.match(query, top_k=3)
        weak = [all(r.startswith(WEAK_STARTS) for r in e.reasons) or e.strength_label == "低" for e in result.experts]
        assert weak == sorted(weak), (query, weak)  # a card said weak never above one that is not (rt127)
        for place, card in enumerate(result.experts, 1):
            if card.strength_label == "中" and all(r.startswith(WEAK_STARTS) for r in card.reasons):
                said_weak += 1
                text = compose_answer(query, result.experts)
                assert "关联较弱" in text.split("\n")[0] or "不确定" in text.split("\n")[0], text
            elif card.strength_label == "中":  # a middling card keeps reasons of its own: a direction or a word
                assert not vague_reasons(card.reasons), (query, card.name, card.reasons)
    assert said_weak >= 2
