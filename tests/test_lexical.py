"""Chinese BM25 (retrieval/lexical.py) on a small real corpus: tokens, ranking, hostile queries, persistence."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.lexical import LexicalIndex, matched_terms, tokenize

DOCS = {
    "mold": "长期从事注塑模具设计与成型工艺研究，擅长解决注塑件翘曲变形、缩痕、熔接痕等问题，精通模流分析。",
    "pig": "主要研究方向为猪病防治，围绕非洲猪瘟、猪繁殖与呼吸综合征等疫病开展研究，服务规模化养猪企业。",
    "etch": "研究领域涉及半导体刻蚀工艺，包括等离子体刻蚀、刻蚀选择比与侧壁形貌控制。",
    "weld": "主要研究方向为焊接冶金，重点解决焊接裂纹、热影响区脆化和异种金属焊接等问题。",
}


@pytest.fixture
def index() -> LexicalIndex:
    idx = LexicalIndex()
    idx.build(list(DOCS), list(DOCS.values()))
    return idx


def test_cjk_runs_give_unigrams_and_bigrams():
    assert tokenize("翘曲变形") == ["翘", "曲", "变", "形", "翘曲", "曲变", "变形"]


def test_latin_and_digit_runs_are_words_and_punctuation_is_dropped():
    assert tokenize("PLC控制, MES-系统 PM2.5 0.5mm！") == [
        "plc", "控", "制", "控制", "mes", "系", "统", "系统", "pm2.5", "0.5", "mm",
    ]


def test_stop_words_are_dropped_and_split_runs():
    tokens = tokenize("我们公司遇到了表面的缩印问题，请推荐专家帮助解决")
    assert "表面" in tokens and "缩印" in tokens
    for stop in ("我们", "公司", "遇到", "问题", "推荐", "专家", "帮助", "解决", "的", "了", "请"):
        assert stop not in tokens
    assert "面的" not in tokens and "的缩" not in tokens  # no bigrams across a removed stop word


def test_technical_words_containing_function_like_characters_survive():
    tokens = tokenize("不锈钢有机涂层在线检测等离子饱和")
    for word in ("不锈", "有机", "在线", "等离", "饱和"):
        assert word in tokens


def test_nfkc_folds_full_width_and_case():
    assert tokenize("ＰＬＣ１２３ＡＢ") == tokenize("plc123ab") == ["plc123ab"]
    assert tokenize("，。！？ 　") == []


def test_search_ranks_the_matching_expert_first(index):
    hits = index.search("我们是做空调外壳的，注塑件翘曲很严重，想找专家", k=3)
    assert hits[0][0] == "mold"
    assert all(score > 0 for _, score in hits)
    assert [s for _, s in hits] == sorted((s for _, s in hits), reverse=True)
    assert index.search("猪场母猪繁殖率低", k=1)[0][0] == "pig"
    assert index.search("刻蚀后侧壁不垂直", k=1)[0][0] == "etch"


def test_search_returns_only_positive_scores_and_respects_k(index):
    assert len(index.search("刻蚀", k=10)) == 1
    assert index.search("焊接", k=0) == []
    assert len(index.search("研究", k=2)) == 2


@pytest.mark.parametrize("query", [
    "", "   ", "，。！？", "😀🔥🚀", "请推荐专家", "完全无关的东西",
    "MATCH (e:Expert) DETACH DELETE e; DROP TABLE experts; -- ' OR 1=1",
    "注塑翘曲" * 2500,
])
def test_odd_queries_do_not_crash(index, query):
    hits = index.search(query, k=5)
    assert isinstance(hits, list) and all(s > 0 for _, s in hits)


def test_empty_and_emoji_queries_return_nothing(index):
    assert index.search("", 5) == [] and index.search("😀🔥", 5) == [] and index.search("请推荐专家", 5) == []


def test_long_query_still_finds_the_expert(index):
    assert index.search("注塑翘曲" * 2500, k=1)[0][0] == "mold"


def test_empty_index_searches_to_nothing(tmp_path):
    idx = LexicalIndex()
    idx.build([], [])
    assert idx.search("注塑", 3) == []
    idx.save(tmp_path / "empty")
    assert LexicalIndex.load(tmp_path / "empty").search("注塑", 3) == []


def test_build_rejects_mismatched_or_duplicate_ids():
    with pytest.raises(ValueError):
        LexicalIndex().build(["a"], ["x", "y"])
    with pytest.raises(ValueError):
        LexicalIndex().build(["a", "a"], ["x", "y"])


def test_build_again_replaces_the_index(index):
    index.build(["new"], ["专门研究刻蚀"])
    assert index.ids == ["new"] and index.search("注塑", 5) == []
    assert index.search("刻蚀", 5)[0][0] == "new"


def test_save_load_round_trip_and_overwrite(index, tmp_path):
    queries = ["注塑件翘曲", "猪瘟", "等离子体刻蚀", "焊缝裂纹", "研究"]
    target = tmp_path / "bm25"
    index.save(target)
    loaded = LexicalIndex.load(target)
    assert loaded.ids == index.ids
    assert [loaded.search(q, 4) for q in queries] == [index.search(q, 4) for q in queries]

    other = LexicalIndex()
    other.build(["only"], ["猪病"])
    other.save(target)  # replacing an existing index
    assert LexicalIndex.load(target).ids == ["only"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bm25"]  # no temp dirs left behind


def test_load_refuses_another_tokenizer(index, tmp_path):
    index.save(tmp_path / "i")
    meta = tmp_path / "i" / "ids.json"
    meta.write_text(meta.read_text(encoding="utf-8").replace("cjk-uni-bi", "old"), encoding="utf-8")
    with pytest.raises(ValueError, match="rebuild"):
        LexicalIndex.load(tmp_path / "i")


def test_matched_terms_merges_consecutive_bigrams():
    assert matched_terms("注塑产品翘曲变形严重", DOCS["mold"]) == ["注塑", "翘曲变形"]
    assert matched_terms("注塑件翘曲变形", DOCS["mold"]) == ["注塑件翘曲变形"]


def test_matched_terms_only_merges_what_occurs_verbatim():
    # 翘曲 and 变形 both occur, but never as 翘曲变形
    assert matched_terms("翘曲变形", "板材翘曲，焊后变形") == ["翘曲", "变形"]


def test_matched_terms_words_standalone_characters_and_stop_words():
    text = "擅长PLC控制与铝、铜合金加工"
    assert matched_terms("请问PLC程序、铝、钢材怎么办", text) == ["plc", "铝"]
    assert matched_terms("请推荐专家解决问题", "专家，解决问题") == []
    # 办 is left alone once the stop phrase 怎么 is removed, but was never a word of its own
    assert matched_terms("芯片封装出现焊点空洞，怎么办", "主管办公室，从事焊接") == []
    assert matched_terms("", text) == []
    # a lone character that is a verb is no reason (养的虾: 养; 怎么防: 防), one that names a thing is (铝)
    assert matched_terms("养的虾得了白斑病", "对虾养殖与病害") == []
    assert matched_terms("煤矿瓦斯突出怎么防", "防治煤矿瓦斯") == ["煤矿瓦斯"]


def test_matched_terms_never_straddle_two_words():
    """诺贝尔化学奖 against a bio with 化学 and 自然科学奖: 化学, not the 学奖 that crosses two of its parts."""
    bio = "化学家。从事锂离子电池材料研究，获国家自然科学奖二等奖。"
    assert matched_terms("请推荐一位获得过诺贝尔化学奖的锂电池专家", bio) == ["化学", "电池"]
    # an unknown word (jieba leaves it in single characters) is matched by its bigram runs
    assert matched_terms("微流控核酸检测芯片", "从事微流控芯片与核酸检测研究") == ["微流控", "核酸检测", "芯片"]
    # consecutive words merge through a single-character word when the text has them together
    assert matched_terms("纳米碳材料", "研究纳米碳材料的制备") == ["纳米碳材料"]


def test_no_fragment_or_word_every_problem_has_is_a_reason():
    """A blind tester's problems were matched, and the match explained, by 在高 of 在高并发, 和茶, 气管 of 燃气管道,
    效率 and 提升."""
    assert matched_terms("国产数据库在高并发OLTP场景下性能不足", "研制高性能计算机，在高等学校任教") == []
    assert matched_terms("我们的绿茶和茶多酚提取", "茶叶植保，和茶农合作") == []
    assert matched_terms("城市燃气管道泄漏", "慢性支气管炎") == []  # 燃气管 + 道: no 气管 across them
    assert matched_terms("锂电池鼓包", "动力电池研究") == ["电池"]  # 锂 + 电池: the head word
    assert matched_terms("造纸厂碱回收效率低，想提升", "提升钻井液效率") == []


def test_numbers_counts_ordinals_and_pronouns_are_no_terms():
    assert matched_terms("他的80台焊接电源有三个故障", "他在80年代研制焊接电源，有三个型号") == ["焊接电源"]


def test_matched_terms_leave_out_what_is_common(index):
    """`common` drops words too common in the profiles to tell experts apart; document_share measures that."""
    assert index.document_share("研究") == 1.0  # every doc of DOCS says 研究
    assert index.document_share("焊接裂纹") == 0.25  # its rarest bigram is in one doc of four
    assert index.document_share("诺贝尔") == 0.0
    text = DOCS["weld"]
    common = lambda term: index.document_share(term) > 0.2  # noqa: E731  (冶金 and 焊接裂纹: one doc of four)
    assert matched_terms("焊接裂纹与冶金", text) == ["焊接裂纹", "冶金"]
    assert matched_terms("焊接裂纹与冶金", text, common) == []
    assert matched_terms("焊接裂纹与冶金", text, lambda term: term == "冶金") == ["焊接裂纹"]


def test_matched_terms_leave_out_general_words_of_the_language():
    """A frequent word that is no noun (研究, 开发, 生产, 控制 in jieba's general dictionary) is never a reason; nouns
    (汽车, 铁路) and less frequent verbs (加工, 反应) are."""
    text = "长期从事汽车零部件的开发与生产，研究铁路车辆的加工工艺与控制系统，关注材料反应。"
    assert matched_terms("汽车零件开发和生产中的研究", text) == ["汽车"]
    assert matched_terms("铁路车辆加工时的控制与反应", text) == ["铁路车辆", "加工", "反应"]
    # nor are an English problem's words of no topic (and, the, of) or single letters (the s of it's)
    english = "研究方向：welding and cladding of the pipes, laser welding at China's mills"
    assert matched_terms("welding of the pipes and it's a laser", english) == ["welding", "pipes", "laser"]


def test_matched_terms_on_real_text_occur_verbatim_and_keep_word_bounds():
    """On real biographies and the benchmark problems: every term occurs in the text (outside stop phrases) and
    either is whole words of the query (jieba's) or lies inside one of them or inside characters jieba leaves
    single (an unknown word) — never part of two words."""
    import csv
    import json
    import re
    from pathlib import Path

    import jieba

    from retrieval.lexical import _STOP_RE, _segments, normalize
    from tests.conftest import ROOT, SHARED_DATA

    queries = [json.loads(line)["query"] for line in
               (ROOT / "benchmarks" / "academician_queries" / "queries.jsonl").read_text(encoding="utf-8").splitlines()]
    texts = [*DOCS.values(), "分公司内", "PM2.5治理与pm2监测", "擅长PLC、plc5控制", "表面的缩印问题"]
    queries += ["分公式", "pm2.5超标", "plc5程序", "面的缩印", "PLC"]
    path: Path = SHARED_DATA / "cas_cae_academicians" / "AcademicianEngineering.csv"
    if path.exists():
        with path.open(encoding="utf-8") as fh:
            texts += [row["introduce"] for row in csv.DictReader(fh) if row.get("introduce")][:60]
    found = 0
    for query in queries:
        spans = []  # per CJK run: its jieba words' spans, consecutive single characters joined as one
        for is_cjk, run in _segments(query):
            if not is_cjk:
                continue
            words, at = [], 0
            for word in jieba.lcut(run, HMM=False):
                if len(word) == 1 and words and words[-1][2]:
                    words[-1] = (words[-1][0], at + 1, True)
                else:
                    words.append((at, at + len(word), len(word) == 1))
                at += len(word)
            spans.append((run, words))
        for text in texts:
            cleaned = _STOP_RE.sub(" ", normalize(text))
            terms = matched_terms(query, text)
            found += bool(terms)
            for term in terms:
                assert term in cleaned, (query, term)
                if not re.search(r"[\u4e00-\u9fff]", term) or len(term) == 1:
                    continue
                assert any(
                    (s in {w[0] for w in words} and s + len(term) in {w[1] for w in words})  # whole words
                    or any(a <= s and s + len(term) <= b for a, b, _ in words)  # inside one word
                    for run, words in spans for s in (m.start() for m in re.finditer(re.escape(term), run))
                ), (query, term)
    assert found > 100


def test_jieba_tokenizer_with_domain_terms_round_trips(tmp_path):
    """The jieba tokenizer keeps the graph's domain terms whole and a saved index reloads with the same terms."""
    from retrieval.lexical import LexicalIndex

    index = LexicalIndex(tokenizer="jieba", terms=["注塑模具设计", "等离子体刻蚀"])
    assert "注塑模具设计" in index._tokenize("我们的注塑模具设计有问题")
    index.build(["a", "b"], ["注塑模具设计与成型工艺", "等离子体刻蚀均匀性"])
    index.save(tmp_path / "lex")
    loaded = LexicalIndex.load(tmp_path / "lex")
    assert loaded.tokenizer == "jieba"
    assert loaded.search("注塑模具设计", 2)[0][0] == "a"
    assert loaded.search("注塑模具设计", 2) == index.search("注塑模具设计", 2)


FEEDBACK_DOCS = {**DOCS, "mold2": "精通模流分析与模具设计，擅长成型工艺优化和模具冷却系统设计。"}


def test_feedback_reaches_a_profile_in_the_words_of_the_best_hit(tmp_path):
    idx = LexicalIndex()
    idx.build(list(FEEDBACK_DOCS), list(FEEDBACK_DOCS.values()))
    query = "注塑件翘曲变形"
    assert "mold2" not in [i for i, _ in idx.search(query, 5)]  # it shares no word with the problem
    expanded = [i for i, _ in idx.search_feedback(query, 5, docs=1, terms=60)]
    assert expanded[0] == "mold" and "mold2" in expanded
    idx.save(tmp_path / "fb")
    assert LexicalIndex.load(tmp_path / "fb").search_feedback(query, 5, docs=1, terms=60) == \
        idx.search_feedback(query, 5, docs=1, terms=60)


def test_feedback_without_query_terms_or_documents_finds_nothing(index):
    assert index.search_feedback("？？", 5) == []
    assert index.search_feedback("龙虾", 5) == []
    empty = LexicalIndex()
    empty.build([], [])
    assert empty.search_feedback("注塑", 5) == []


def test_lexical_retriever_uses_feedback_unless_switched_off():
    from retrieval.signals import Feedback, LexicalRetriever

    idx = LexicalIndex()
    idx.build(list(FEEDBACK_DOCS), list(FEEDBACK_DOCS.values()))
    plain = LexicalRetriever(idx, feedback=None).retrieve("注塑件翘曲变形", None, 5)
    assert [(e.id, e.score) for e in plain] == idx.search("注塑件翘曲变形", 5)
    fed = LexicalRetriever(idx, Feedback(docs=1, terms=60)).retrieve("注塑件翘曲变形", None, 5)
    assert "mold2" in [e.id for e in fed] and "mold2" not in [e.id for e in plain]


def test_a_memory_mapped_index_ranks_as_the_built_one_with_and_without_saved_feedback_rows(tmp_path):
    from retrieval.lexical import FEEDBACK_FILES

    idx = LexicalIndex(b=0.3)
    idx.build(list(FEEDBACK_DOCS), list(FEEDBACK_DOCS.values()))
    idx.save(tmp_path / "lex")
    assert all((tmp_path / "lex" / name).exists() for name in FEEDBACK_FILES)
    queries = ["注塑件翘曲变形", "猪瘟", "等离子体刻蚀", "焊缝裂纹", "模具冷却"]
    want = [(idx.search(q, 4), idx.search_feedback(q, 5, docs=2, terms=40)) for q in queries]
    mapped = LexicalIndex.load(tmp_path / "lex", mmap=True)
    assert not mapped._bm25.scores["data"].flags.owndata  # a view of the file, not a copy
    assert [(mapped.search(q, 4), mapped.search_feedback(q, 5, docs=2, terms=40)) for q in queries] == want
    for name in FEEDBACK_FILES:  # an index saved before the rows were: they are built from the BM25 arrays
        (tmp_path / "lex" / name).unlink()
    older = LexicalIndex.load(tmp_path / "lex", mmap=True)
    assert [(older.search(q, 4), older.search_feedback(q, 5, docs=2, terms=40)) for q in queries] == want


def test_the_k_best_rows_are_those_a_partition_of_every_score_gives():
    from retrieval.lexical import _best

    rng = np.random.default_rng(7)
    for n, k in ((200_000, 1), (200_000, 3), (200_000, 100), (50_000, 300), (1000, 100), (64, 5)):
        scores = np.round(rng.gamma(0.3, 1.0, n), 2).astype(np.float32)  # many ties, many zeros
        scores[rng.random(n) < 0.3] = 0
        hits = np.flatnonzero(scores > 0)
        if len(hits) > k:
            kth = np.partition(scores[hits], len(hits) - k)[len(hits) - k]
            hits = hits[scores[hits] >= kth]
        assert sorted(_best(scores, k).tolist()) == hits.tolist()


def test_weighted_scores_add_up_as_term_by_term_float32_adds(index):
    s = index._bm25.scores
    rng = np.random.default_rng(3)
    weights = {int(t): float(rng.random()) for t in rng.permutation(len(s["indptr"]) - 1)}
    want = np.zeros(int(s["num_docs"]), np.float32)
    for term, weight in weights.items():
        lo, hi = s["indptr"][term], s["indptr"][term + 1]
        want[s["indices"][lo:hi]] += weight * s["data"][lo:hi]
    got = index._weighted_scores(weights)
    assert got.dtype == np.float32 and np.array_equal(got, want)
    assert np.array_equal(index._weighted_scores(dict.fromkeys(weights, 1.0)), index._bm25.get_scores(list(weights)))


def test_feedback_scores_are_the_weighted_sum_of_query_and_expansion_terms():
    """The query's share comes from the first pass scaled, not a second walk: the same scores as summing every
    term's weighted BM25 scores in one pass (the definition), to float32 rounding, and the same ranking."""
    idx = LexicalIndex(b=0.3)
    idx.build(list(FEEDBACK_DOCS), list(FEEDBACK_DOCS.values()))
    for query in ["注塑件翘曲变形", "焊缝裂纹与模具冷却", "等离子体刻蚀"]:
        got = idx.search_feedback(query, 10, docs=2, terms=40, alpha=0.5)
        query_terms = idx._query_terms(query)
        data, indices, indptr = idx._rows()
        first = idx._search_rows(query, 2)
        expansion: dict[int, float] = {}
        for doc, _ in first:
            row = data[indptr[doc]:indptr[doc + 1]]
            for term, value in zip(indices[indptr[doc]:indptr[doc + 1]].tolist(), (row / row.sum()).tolist()):
                expansion[term] = expansion.get(term, 0.0) + value / len(first)
        best = sorted(expansion, key=lambda t: (-expansion[t], t))[:40]
        mass = sum(expansion[t] for t in best)
        weights = {t: 0.5 * expansion[t] / mass for t in best}
        for t in query_terms:
            weights[t] = weights.get(t, 0.0) + 0.5 / len(query_terms)
        want = idx._top(idx._weighted_scores(weights), 10)
        assert [i for i, _ in got] == [i for i, _ in want]
        assert np.allclose([s for _, s in got], [s for _, s in want], rtol=1e-5)


def test_words_of_the_request_are_no_terms():
    """介绍, 电话, 论文 counts, 今年 say what is asked, not the topic: a bio holding them is no reason; 注塑 still is."""
    bio = "长期从事注塑成型与模具研究，今年获奖。发表论文120余篇，办公电话见主页，介绍见附件。"
    assert matched_terms("请介绍一下王淀佐院士", bio) == []
    assert matched_terms("钟南山今年多大了？", bio) == []
    assert matched_terms("注塑件翘曲，请推荐专家，并告诉我他们的电话和发表了多少篇论文", bio) == ["注塑"]


def test_words_of_asking_for_help_are_no_terms():
    """给出, 原因, 指导: what the enterprise asks of an expert, found in a bio by chance, is no reason; the topic is."""
    bio = "研究光伏组件的电势诱导衰减效应，分析其原因并给出抑制措施，指导企业解决难题。"
    got = matched_terms("光伏组件功率衰减，想找专家分析原因并给出解决方案，请专家指导", bio)
    assert "光伏组件" in got or "光伏" in got
    assert not {"给出", "原因", "指导", "措施", "难题", "专家"} & set(got)


def test_a_word_found_only_inside_a_longer_name_is_no_term():
    """李四 of 李四光地质科学奖 is part of a name; 李四 on its own, 宝石 in 蓝宝石 and 光催化 (jieba tags both nr) are
    not; a graph expert's name (`is_name`) holds its pieces anywhere (淀佐 of 王淀佐)."""
    assert matched_terms("介绍一下李四教授", "从事地层古生物学研究，曾获李四光地质科学奖。") == []
    assert matched_terms("介绍一下李四教授", "与李四合作完成") == ["李四"]
    assert matched_terms("介绍一下李四教授", "曾获李四光地质科学奖，与李四合作完成") == ["李四"]
    assert matched_terms("宝石加工中的光催化处理", "从事蓝宝石晶体加工与光催化研究") == ["宝石", "加工", "光催化"]
    assert matched_terms("淀佐工艺的浮选药剂", "师从王淀佐，研究浮选药剂") == ["淀佐", "浮选药剂"]
    assert matched_terms("淀佐工艺的浮选药剂", "师从王淀佐，研究浮选药剂", is_name=lambda w: w == "王淀佐") == ["浮选药剂"]


def test_a_reasons_keyword_neither_begins_nor_ends_on_a_joining_word():
    """结构优化和 / 和高 / 纤和 were shown as keywords: merged words and bigram runs stop before 和, 在, 与 …"""
    from retrieval.lexical import matched_terms

    assert matched_terms("药物结构优化和活性", "研究方向：结构优化和可靠性") == ["结构优化"]
    assert matched_terms("乙烯和丙烯的分离", "乙烯和丙烯分离") == ["乙烯和丙烯", "分离"]
