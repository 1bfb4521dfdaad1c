"""BM25 over Chinese expert profiles, with a dictionary-free tokenizer and term-level match explanations."""

from __future__ import annotations

import functools
import json
import math
import operator
import os
import re
import shutil
import tempfile
import unicodedata
from array import array
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import NamedTuple

import bm25s
import numpy as np

from retrieval.glossary import ENGLISH_STOP
from retrieval.names import COMPOUND_SURNAMES, SURNAMES, word_tag

#: bump when tokenization changes: an index saved with another version refuses to load
TOKENIZER_VERSION = "cjk-uni-bi-1"
#: BM25 b of the expert-profile index (retrieval/sync.py), not Lucene's 0.75: a long profile (an academician's bio)
#: is more evidence, not more noise, and with 0.75 short grant-only profiles crowd the long ones out. Academician DEV
#: split over the 72k-expert graph: BM25 nDCG@10 0.501 -> 0.551, fused with feedback 0.525 -> 0.592 (academicians
#: alone: within 0.01 either way). Not the class default: on the English paper sets (reviewer-gold, brochier-dblp)
#: 0.3 is worse. An index keeps the b it was built with: `expertglm index build` to get it.
PROFILE_B = 0.3
#: tokenizer name -> version: "char" (dictionary-free character uni+bigrams), "jieba" (jieba words with a domain
#: dictionary from the graph, in search mode, plus the character bigrams)
TOKENIZERS = {"char": TOKENIZER_VERSION, "jieba": "jieba-dict-bi-1"}
#: the docs x terms BM25 scores (CSR data, indices, indptr) that feedback reads a document's terms from
FEEDBACK_FILES = ("feedback-data.npy", "feedback-indices.npy", "feedback-indptr.npy")

_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0003134f"
# a CJK run, or a run of other letters/digits (optionally with a decimal part: 0.5, pm2.5)
_CJK_CHAR = re.compile(f"[{_CJK}]")
_RUNS = re.compile(rf"(?P<cjk>[{_CJK}]+)|(?P<word>[^\W_{_CJK}]+(?:\.\d+)*)")

# Stop list. Each entry is removed from CJK text before unigrams/bigrams are taken, so it also splits the run
# it sits in (表面的缩印 -> 表面 | 缩印, no junk bigrams 面的/的缩). Two kinds, both chosen because they say
# nothing about *which* expert can help:
#  1. Function characters that are almost never part of a technical word. Deliberately absent: 和 (饱和, 中和),
#     有 (有机, 有限元), 不 (不锈钢), 在 (在线), 等 (等离子), 还 (还原), 太 (太阳能), 找 (找平, 找正), 都 (成都).
#  2. Request boilerplate: words found in nearly every enterprise request and in the stock phrases of expert
#     bios (擅长解决企业……问题), so they would match every profile without telling experts apart.
_STOP_CHARS = "的了吗呢吧啊呀嘛哦么是也很与或请想"
_STOP_PHRASES = (
    # who is asking
    "我们", "我司", "我厂", "本公司", "本厂", "贵方", "公司", "企业", "厂家", "厂里",
    # what they ask for
    "请问", "恳请", "推荐", "专家", "教授", "老师", "团队", "问题", "难题", "遇到", "碰到", "出现",
    "想要", "想找", "寻找", "寻求", "找到", "找个", "找位", "找人", "需要", "需求", "希望", "帮助", "帮忙",
    "解决", "合作", "咨询", "指导", "协助",
    # question and filler words
    "如何", "怎么", "怎样", "什么", "哪些", "哪位", "有没有", "能否", "是否", "可以", "能够", "目前", "现在",
    "一直", "非常", "比较", "一个", "一些", "这个", "这些", "那个", "以及", "或者", "但是", "还是", "就是",
)
_STOP_RE = re.compile("|".join(sorted((*_STOP_PHRASES, *_STOP_CHARS), key=len, reverse=True)))
# Words a request is made of, never its topic: never reported as a shared term (`matched_terms`), though the index
# keeps them (BM25 weighs them by their rarity). What is asked (介绍, 告诉), what the graph does not hold (电话, 论文
# counts), the person asked about (今年多大) and the filler of a request (进行, 通过, 方案).
_REQUEST_TERMS = frozenset((
    "介绍", "推荐", "告诉", "提供", "了解", "知道", "请教", "联系", "帮忙", "麻烦", "谢谢", "感谢", "回复", "答复",
    "这方面", "方面", "这个", "这块", "一块",  # 做这方面的: the problem pointed at, no topic of its own
    "电话", "号码", "电话号码", "联系电话", "邮箱", "邮件", "电子邮件", "电子邮箱", "微信", "联系方式", "联系人",
    "论文", "发表", "著作", "简历", "履历", "收费", "报价", "档期",
    "今年", "年纪", "多大", "年龄", "岁数", "出生", "生日", "毕业", "学历", "性别", "籍贯", "单位", "职称", "职务",
    "进行", "采用", "通过", "开展", "实现", "同时", "包括", "具有", "存在", "保持", "成功", "国内", "方案", "项目",
    "相关", "专业", "提高", "降低", "方面", "情况", "具体", "主要",
    # asking for help, not what it is about (想找专家分析原因并给出解决方案: 给出 is no reason to match)
    "给出", "给予", "指导", "指点", "解答", "咨询", "对接", "寻找", "找到", "帮助", "建议", "把关", "牵头", "懂行",
    "原因", "办法", "措施", "思路", "问题", "难题", "专家", "权威", "可行性",
    # what any problem wants or has, no topic of its own (…效率低，想提升: 效率 and 提升 matched a drilling-fluid
    # expert and a roadway-support one, shown as the reasons)
    "提升", "效率", "突出", "中心", "产品", "零部件", "改善", "改进", "增加", "减少", "严重", "稳定性", "性能", "质量",
    # how the answer is asked for, and sizes (说明推荐理由: 说明 was a reason of a superconductivity card; 大型水电站:
    # 大型, rt89)
    "说明", "理由", "推荐理由", "大型", "小型",
    # words of the telling, given as keywords a profile shares (rt101: 用于、进口 for a robot reducer, 深入研究 for TB)
    "用于", "深入研究", "部分", "大部分", "近年来", "近几年", "多年来",
))
_LONGEST_NAME = 4  # characters of a Chinese name (a compound surname and two more)
_NAME_FIRSTS = frozenset(SURNAMES) | {s[0] for s in COMPOUND_SURNAMES}  # the characters a name may begin with


def normalize(text: str) -> str:
    """NFKC + lowercase, so full-width letters/digits and case variants index identically."""
    if not unicodedata.is_normalized("NFKC", text):  # ~400x cheaper than normalize() on text that already is
        text = unicodedata.normalize("NFKC", text)
    return text.lower()


def _segments(text: str) -> list[tuple[bool, str]]:
    """(is_cjk, run) pairs in text order, after normalisation and stop-word removal; punctuation is dropped."""
    cleaned = _STOP_RE.sub(" ", normalize(text))
    return [(m.lastgroup == "cjk", m.group()) for m in _RUNS.finditer(cleaned)]


def tokenize(text: str) -> list[str]:
    """Index/query tokens: CJK character unigrams + bigrams, whole words for Latin/digit runs."""
    tokens: list[str] = []
    for is_cjk, run in _segments(text):
        if is_cjk:
            tokens.extend(run)
            tokens.extend(map(operator.add, run, run[1:]))  # bigrams
        else:
            tokens.append(run)
    return tokens


class JiebaTokenizer:
    """jieba words (search mode: long words and their sub-words) from a private jieba dictionary extended with the
    domain terms given (direction names, NSFC keywords, award names) longer than two characters, plus the CJK
    character unigrams and bigrams of the `char` tokenizer; same stop list."""

    def __init__(self, terms: list[str] | None = None) -> None:
        import jieba

        jieba.setLogLevel(60)
        self.terms = sorted({normalize(t).strip() for t in terms or [] if 2 <= len(t.strip()) <= 20})
        self._jieba = jieba.Tokenizer()
        for term in self.terms:
            self._jieba.add_word(term, freq=2000)

    def __call__(self, text: str) -> list[str]:
        tokens: list[str] = []
        for is_cjk, run in _segments(text):
            if is_cjk:
                tokens.extend(w for w in self._jieba.lcut_for_search(run, HMM=False) if len(w) > 2)
                tokens.extend(run)
                tokens.extend(map(operator.add, run, run[1:]))
            else:
                tokens.append(run)
        return tokens


def matched_terms(query: str, text: str, common: Callable[[str], bool] | None = None,
                  is_name: Callable[[str], bool] | None = None) -> list[str]:
    """The query's words that occur in text, consecutive words merged (翘曲+变形 -> 翘曲变形): why it matched.

    Words are the query's jieba words, so a reported term never straddles two of them (诺贝尔化学奖 shares 化学 with
    a bio, never the 学奖 of 自然科学奖); a word the text lacks is reported by the longest of its dictionary
    sub-words that the text has (锂电池 -> 电池), and characters jieba leaves single (an unknown word: 微流控,
    溶出度) by the runs of their bigrams that occur. A single CJK character counts only when it stands alone in the
    query and names a thing (铝、铜; not 养 or 防), since a lone shared character inside a longer phrase is mostly
    coincidence.
    `common(term)`: true for a term too common in the profiles to tell experts apart (大学, 院士, 研究): left out.
    Words of the request rather than its topic (介绍, 电话, 今年: `_REQUEST_TERMS`) are left out, and so is a term the
    text holds only inside a longer person's name (李四 in 李四光地质科学奖): jieba's dictionary names, or those
    `is_name` knows (the graph's experts). Terms contained in a longer reported term are left out.
    """
    cleaned = _cleaned(text)  # a term must occur outside the stop phrases, as an index token does
    latin: set[str] | None = None
    found: list[str] = []
    for is_cjk, run in _query_segments(query):
        if is_cjk and len(run) == 1:
            if run in cleaned and run in _single_words(query) and (word_tag(run) or "n").startswith("n"):
                found.append(run)  # a thing (铝, 虾), not a verb (养的虾: 养; 怎么防: 防)
        elif is_cjk:
            found.extend(_matched_words(_query_words(run), cleaned))
        else:
            if latin is None:
                latin = {m.group() for m in _RUNS.finditer(cleaned) if m.lastgroup == "word"}
            if run in latin and len(run) > 1 and run not in ENGLISH_STOP:  # an English problem's "and", "the"
                found.append(run)
    unique = [t for t in dict.fromkeys(found) if not _NO_TERM.match(t) and t not in _REQUEST_TERMS
              and not general_word(t) and not filler_word(t) and (common is None or not common(t))]
    return [t for t in unique if not any(t != other and t in other for other in unique)
            and not _only_in_names(t, cleaned, is_name) and not _only_across_words(t, cleaned) and not _filler_edged(t)]


def _filler_edged(term: str) -> bool:
    """Whether a term of several words begins or ends with a word of no topic (方面有, 不动: the merged words of
    "…方面有…" and "停那儿不动", given as keywords a profile shares, rt101)."""
    pieces = _jieba().lcut(term, HMM=False)
    return len(pieces) >= 2 and any(general_word(p) or filler_word(p) for p in (pieces[0], pieces[-1]))


@functools.lru_cache(maxsize=4096)
def part_of(term: str, query: str) -> str | None:
    """The dictionary word of `query` that a reported `term` is only a piece of (氧化物 of 氮氧化物, 电池 of 锂电池,
    时间 of 一段时间), None where the term is a whole word of the query, whole consecutive words, or a word less its
    last character (注塑 of 注塑件: the same thing) — a profile holding a piece of a problem's word may mean something
    else by it (oxide superconductors for a flue-gas NOx problem, rt72). Pieces of words jieba does not know (脱硝
    of 做脱硝) are not judged: the joined characters are no word to be a piece of."""
    if not term or not "\u4e00" <= term[0] <= "\u9fff":
        return None
    owner = None
    for run, words in _word_spans(query):
        bounds = {b for start, end, _ in words for b in (start, end)}
        at = run.find(term)
        while at >= 0:
            end = at + len(term)
            if at in bounds and end in bounds:
                return None
            inside = next(((s, e) for s, e, known in words if s <= at and end <= e and known), None)
            if inside is None or at == inside[0] and inside[1] - end <= 1:
                return None  # across words, in an unknown word, or the word less its last character
            owner = owner or run[inside[0]:inside[1]]
            at = run.find(term, at + 1)
    return owner


@functools.lru_cache(maxsize=256)
def _word_spans(query: str) -> tuple[tuple[str, tuple[tuple[int, int, bool], ...]], ...]:
    """Each CJK run of a query with its words (`_query_words`) as (start, end, known to the dictionary)."""
    runs = []
    for is_cjk, run in _query_segments(query):
        if is_cjk:
            spans, at = [], 0
            for word in _query_words(run):
                spans.append((at, at + len(word.text), word.known))
                at += len(word.text)
            runs.append((run, tuple(spans)))
    return tuple(runs)


def _only_across_words(term: str, text: str, looked: int = 4) -> bool:
    """Whether `term` occurs in `text` (its first `looked` places) only across two words, starting inside the one before
    (外科 in 全国野外科技工作者: 野外|科技 — no surgery): each place's words as jieba cuts the clause around it."""
    if len(term) < 2 or not "\u4e00" <= term[0] <= "\u9fff":
        return False
    at, seen = text.find(term), 0
    while at >= 0 and seen < looked:
        start = max(0, at - 6)
        window = text[start:at + len(term) + 6]
        bounds = _window_bounds(window)
        begin, end = at - start, at - start + len(term)
        if begin in bounds:
            return False  # it begins a word
        if not any(begin < b < end for b in bounds):  # it lies inside one: as a part jieba cuts out of it (电池 in 锂电池),
            word = window[max(b for b in bounds if b < begin):min(b for b in bounds if b >= end)]  # not across two of
            if term in _sub_words(word) and (word.startswith(term) or word.endswith(term)):  # its parts (生虫 in
                return False  # 寄生虫: 寄生|虫 — the fish-parasite expert matched a grain-storage pest problem, rt68; 车车
                # in the middle of 机车车辆 straddles its two halves: no part of it, rt103)
        at, seen = text.find(term, at + 1), seen + 1
    return seen > 0 and at < 0


@functools.lru_cache(maxsize=65536)
def _sub_words(word: str) -> frozenset[str]:
    """The parts jieba's search mode cuts out of a word (锂电池: 锂电, 电池; 寄生虫: 寄生), the word itself included."""
    import jieba

    return frozenset(jieba.lcut_for_search(word, HMM=False)) | {word}


@functools.lru_cache(maxsize=65536)
def _window_bounds(window: str) -> frozenset[int]:
    """Where jieba's words begin and end in a short stretch of text (no HMM: dictionary words only)."""
    import jieba

    bounds, at = {0}, 0
    for word in jieba.lcut(window, HMM=False):
        at += len(word)
        bounds.add(at)
    return frozenset(bounds)


#: a word of the language rather than of a topic: more frequent than this in jieba's general dictionary (生产 32,898,
#: 影响 24,144, 控制 11,537, 开发 10,022) and no noun. Nouns stay however frequent (汽车, 铁路, 建筑, 环境: topics),
#: and so do less frequent verbs (反应 7,652, 加工 4,877, 传播 3,877: a process is a topic).
GENERAL_WORD_FREQ = 10_000


def general_word(term: str) -> bool:
    """Whether a shared term is too general a word to be a reason (…资料中也出现了：生产、开发 says nothing)."""
    dictionary = _jieba().dt
    dictionary.check_initialized()
    return dictionary.FREQ.get(term, 0) > GENERAL_WORD_FREQ and not (word_tag(term) or "n").startswith("n")


#: jieba's tags of words that name no thing: adverbs, numerals and measures, pronouns, conjunctions, prepositions,
#: particles, directions and times (一致, 一批, 最近, 近年来: rt60 found them given as keywords a profile shares with the
#: problem)
_FILLER_TAGS = ("d", "m", "q", "r", "c", "p", "u", "f", "y", "e", "o", "t")
FILLER_ADJECTIVE_FREQ = 500  # a common adjective (最好) names no thing either; a rare one (耐磨) may be the topic


def filler_word(term: str) -> bool:
    """Whether a shared term is a word of no topic by its part of speech (一致, 一批, 最近, 最好)."""
    tag = word_tag(term) or ""
    if tag.startswith(_FILLER_TAGS):
        return True
    dictionary = _jieba().dt
    dictionary.check_initialized()
    return tag == "a" and dictionary.FREQ.get(term, 0) > FILLER_ADJECTIVE_FREQ


def _only_in_names(term: str, text: str, is_name: Callable[[str], bool] | None) -> bool:
    """Whether `term`, no dictionary word of another kind (李四 is a name, 注塑 and 管道 are words: one look-up ends
    it), occurs in `text` only inside longer persons' names (李四 in 李四光地质科学奖)."""
    if len(term) >= _LONGEST_NAME or not "\u4e00" <= term[0] <= "\u9fff" or word_tag(term) not in (None, "nr"):
        return False
    at = text.find(term)
    while at >= 0:
        if not _inside_name(term, text, at, is_name):
            return False
        at = text.find(term, at + 1)
    return True


def _inside_name(term: str, text: str, at: int, is_name: Callable[[str], bool] | None) -> bool:
    """Whether `term` at `at` in `text` lies inside a longer name, which begins with a surname: one `is_name` knows
    (the graph's experts), or one of jieba's dictionary names that the term begins (李四光; jieba also tags 光催化 and
    蓝宝石 nr, which no surname and term begin)."""
    end = at + len(term)
    for size in range(len(term) + 1, _LONGEST_NAME + 1):
        for start in range(max(0, end - size), at + 1):
            if start + size > len(text) or text[start] not in _NAME_FIRSTS:
                continue
            name = text[start:start + size]
            if (start == at and word_tag(name) == "nr") or (is_name is not None and is_name(name)):
                return True
    return False


# numbers, counts, ordinals and pronouns say nothing about what an expert knows (80, 三个, 一张, 第五, 他)
_NO_TERM = re.compile(r"^(?:[\d.]+|[零一二三四五六七八九十两几百千万]+[个位张名项次岁年件台种]?|第.{1,3}|[他她它您你我])$")


@functools.lru_cache(maxsize=2048)
def _cleaned(text: str) -> str:
    """A profile text normalised with its stop phrases blanked out; cached: the same experts come up again and again
    (the normalisation is most of the cost of `matched_terms`)."""
    return _STOP_RE.sub(" ", normalize(text))


@functools.lru_cache(maxsize=256)
def _query_segments(query: str) -> tuple[tuple[bool, str], ...]:
    """`_segments` of a query, cached: every shown expert's terms read the same query."""
    return tuple(_segments(query))


class _Word(NamedTuple):
    """A word of a query run: `known` to jieba's dictionary, else single characters joined (an unknown word)."""

    text: str
    known: bool


@functools.lru_cache(maxsize=1)
def _jieba():  # noqa: ANN202 - the jieba module, its log quietened once
    import jieba

    jieba.setLogLevel(60)
    return jieba


@functools.lru_cache(maxsize=256)
def _single_words(query: str) -> frozenset[str]:
    """The one-character jieba words of a query as written: 铝 of "铝、铜" is one, 办 of 怎么办 (left alone once the
    stop phrase 怎么 is removed) is not."""
    return frozenset(w for m in _RUNS.finditer(normalize(query)) if m.lastgroup == "cjk"
                     for w in _jieba().lcut(m.group(), HMM=False) if len(w) == 1)


@functools.lru_cache(maxsize=4096)
def _query_words(run: str) -> tuple[_Word, ...]:
    """A CJK run of a query as words: jieba's (no HMM), consecutive single characters joined into one unknown
    word. Cached: every shown expert asks again."""
    words: list[_Word] = []
    for word in _jieba().lcut(run, HMM=False):
        if len(word) == 1 and words and not words[-1].known:
            words[-1] = _Word(words[-1].text + word, False)
        else:
            words.append(_Word(word, len(word) > 1))
    return tuple(words)


@functools.lru_cache(maxsize=16384)
def _subwords(word: str) -> tuple[str, ...]:
    """A known word's dictionary sub-words: the pieces of its likeliest segmentation into shorter words, and theirs
    (燃气管道: 燃气管, 燃气 — not 气管, which straddles two), longest first; asked only when a text lacks the word."""
    dictionary = _jieba().dt
    dictionary.check_initialized()
    subs = {word[i:j] for i in range(len(word)) for j in range(i + 2, len(word) + 1)
            if j - i < len(word) and dictionary.FREQ.get(word[i:j])}
    tiled = _tiling(word, subs)  # 燃气管道: 燃气管 + 道, then 燃气 — not the 气管 across 燃气 and 管
    found = {*tiled, *(w for piece in tiled for w in _subwords(piece))}
    return tuple(sorted(found, key=lambda w: (-len(w), word.index(w))))


def _tiling(word: str, subs: set[str]) -> set[str]:
    """The sub-words of the likeliest segmentation of `word` into shorter dictionary words and single characters, as
    jieba routes a sentence (the sum of log frequencies): 燃气管 is 燃气 + 管, 锂电池 is 锂 + 电池."""
    dictionary = _jieba().dt
    total = math.log(dictionary.total)

    def weight(piece: str) -> float:
        return math.log(dictionary.FREQ.get(piece) or 1) - total

    best: list[tuple[float, tuple[str, ...]]] = [(0.0, ())]
    for end in range(1, len(word) + 1):
        options = [(best[end - 1][0] + weight(word[end - 1]), best[end - 1][1])]
        options += [(best[end - len(sub)][0] + weight(sub), (*best[end - len(sub)][1], sub)) for sub in subs
                    if end >= len(sub) and word[end - len(sub):end] == sub]
        best.append(max(options, key=lambda o: o[0]))
    return set(best[-1][1])


def _matched_words(words: tuple[_Word, ...], text: str) -> list[str]:
    """What of a run's words occurs in text, consecutive words merged while their concatenation occurs."""
    found: list[str] = []
    i = 0
    while i < len(words):
        word = words[i]
        if len(word.text) > 1 and word.text in text and (word.known or word.text[0] not in _JOINING_CHARS
                                                         and word.text[-1] not in _JOINING_CHARS):
            # (single characters joined as an unknown word: 在高 of 在高并发, 和茶 — read by their bigrams below)
            j, joined = i + 1, word.text
            while j < len(words) and joined + words[j].text in text:
                joined += words[j].text
                j += 1
            while j - 1 > i and words[j - 1].text in _JOINING:  # 结构优化和 reads 结构优化: no word ends on 和
                j -= 1
                joined = joined[:-len(words[j].text)]
            found.append(joined)
            i = j
            continue
        if word.known:
            taken: list[str] = []
            for sub in _subwords(word.text):  # longest first; one inside a taken one adds nothing
                if sub in text and not any(sub in t for t in taken):
                    taken.append(sub)
            found.extend(taken)
        else:
            found.extend(p for p in (r.strip(_JOINING_CHARS) for r in _bigram_runs(word.text, text)) if len(p) > 1)
        i += 1
    return found


# words that join or place others (乙烯和丙烯, 轴承在…): a reason's keyword neither begins nor ends on one
_JOINING = frozenset({"和", "与", "及", "或", "在", "的", "等", "了", "对", "以及", "并", "于"})
_JOINING_CHARS = "".join(w for w in _JOINING if len(w) == 1)


def _bigram_runs(run: str, text: str) -> list[str]:
    """The longest pieces of `run` (two characters or more) that occur in text, left to right."""
    found: list[str] = []
    start = None  # start of the current piece, which always occurs verbatim in the text
    for i in range(len(run) - 1):
        if start is not None and run[start:i + 2] in text:
            continue
        if start is not None:
            found.append(run[start:i + 1])
            start = None
        if run[i:i + 2] in text:
            start = i
    if start is not None:
        found.append(run[start:])
    return found


def _best(scores: np.ndarray, k: int) -> np.ndarray:
    """The rows with a positive score among the k best, every row tied with the k-th kept (so that ties can break
    by id), or all positive rows when there are no more than k.

    Partitioning every score cost ~5 ms a call at 1M docs. A strided sample's k-th best positive score is at most
    the k-th best of all, so the rows at least that good hold the k best: the k-th is found among those (~64 k).
    """
    step = len(scores) // (64 * k)
    if step >= 2:
        sample = scores[::step]
        sample = sample[sample > 0]
        if len(sample) >= k:
            floor = np.partition(sample, len(sample) - k)[len(sample) - k]
            hits = np.flatnonzero(scores >= floor)
            kth = np.partition(scores[hits], len(hits) - k)[len(hits) - k]
            return hits[scores[hits] >= kth]
    hits = np.flatnonzero(scores > 0)
    if len(hits) > k:
        kth = np.partition(scores[hits], len(hits) - k)[len(hits) - k]
        hits = hits[scores[hits] >= kth]
    return hits


class _TokenIds:
    """Every document's token ids for bm25s (its `ids` and `vocab` corpus form), kept in one int32 array: as lists
    of Python ints they took 8 bytes a token and ~3 GB at 1M profiles. bm25s reads the documents three times, in
    order, each as the same list of ids the list form held, so the index it builds is the same."""

    def __init__(self, vocab: dict[str, int]) -> None:
        self.vocab = vocab
        self._tokens = array("i")
        self._ends = array("q")

    def add(self, tokens: list[str]) -> None:
        vocab = self.vocab
        self._tokens.extend([vocab.setdefault(t, len(vocab)) for t in tokens])
        self._ends.append(len(self._tokens))

    @property
    def ids(self) -> _TokenIds:
        return self

    def __len__(self) -> int:
        return len(self._ends)

    def __iter__(self) -> Iterator[list[int]]:
        tokens, start = memoryview(self._tokens), 0
        for end in self._ends:
            yield tokens[start:end].tolist()
            start = end


class _BM25(bm25s.BM25):
    """bm25s' BM25 with a leaner assembly of the score matrix (its `_np_csc` hook), the same arrays.

    bm25s sorts (term, doc) pairs packed into int64 to order its scores by term: ~40 bytes a nonzero at the peak,
    ~6 GB at 1M profiles. Its scores come document by document, so they are a docs x terms CSR matrix already,
    and scipy's CSR -> CSC transposition orders them by term (documents ascending within a term, as the sort
    does) in one counting pass: ~24 bytes a nonzero, counting the scores bm25s holds.
    """

    @staticmethod
    def _np_csc(data: np.ndarray, rows: np.ndarray, cols: np.ndarray, shape: tuple[int, int]
                ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        from scipy import sparse

        if len(rows) and np.any(rows[1:] < rows[:-1]):  # not document by document: bm25s' own way
            return bm25s.BM25._np_csc(data, rows, cols, shape)
        by_doc = np.zeros(shape[0] + 1, np.int64)
        np.cumsum(np.bincount(rows, minlength=shape[0]), out=by_doc[1:])
        csc = sparse.csr_matrix((data, cols, by_doc), shape=shape).tocsc()
        return csc.data, csc.indices.astype(rows.dtype, copy=False), csc.indptr.astype(np.int64, copy=False)


class LexicalIndex:
    """A BM25 (bm25s, Lucene variant) index of id'd texts; immutable once built.

    BM25 statistics (document frequencies, average length) are global, so there is no in-place add/remove:
    when profiles change the caller builds a fresh index from all current profiles with `build` and swaps it in.
    That is cheap at expert-base scale: ~22 s for 100k ~150-character profiles, ~4-5 min for 1M (the 1M match
    benchmark's process peaks at 5.6 GiB with it, texts included; 9.0 GiB before `_TokenIds` and `_BM25`).
    """

    def __init__(self, k1: float = 1.5, b: float = 0.75, tokenizer: str = "char",
                 terms: list[str] | None = None) -> None:
        if tokenizer not in TOKENIZERS:
            raise ValueError(f"unknown tokenizer {tokenizer!r}: {', '.join(TOKENIZERS)}")
        self.k1 = k1
        self.b = b
        self.tokenizer = tokenizer
        self._tokenize = tokenize if tokenizer == "char" else JiebaTokenizer(terms)
        self._ids: list[str] = []
        self._bm25: bm25s.BM25 | None = None
        self._csr: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None  # feedback rows: see `_rows`
        self._columns = None  # scipy CSC view of the BM25 scores: see `_weighted_scores`
        self._held: dict[str, np.ndarray] = {}  # documents holding a term: see `_holding`

    def __len__(self) -> int:
        return len(self._ids)

    @property
    def ids(self) -> list[str]:
        """The indexed ids, in index order."""
        return list(self._ids)

    def build(self, ids: list[str], texts: list[str]) -> None:
        """(Re)build the whole index from scratch, replacing whatever it held."""
        if len(ids) != len(texts):
            raise ValueError(f"{len(ids)} ids but {len(texts)} texts")
        if len(set(ids)) != len(ids):
            raise ValueError("ids must be unique")
        vocab: dict[str, int] = {}
        # map tokens to ids doc by doc: holding every doc's token strings at once would take ~25 GB at 1M docs
        corpus = _TokenIds(vocab)
        for text in texts:
            corpus.add(self._tokenize(text))
        bm25 = None
        if vocab:
            bm25 = _BM25(k1=self.k1, b=self.b)
            bm25.index(corpus, show_progress=False)
        self._ids, self._bm25, self._csr, self._columns, self._held = list(ids), bm25, None, None, {}

    def search(self, query: str, k: int = 10) -> list[tuple[str, float]]:
        """Up to k (id, score) pairs with a positive score, best first, ties by id; [] for a query with no terms."""
        return [(self._ids[row], score) for row, score in self._search_rows(query, k)]

    def _search_rows(self, query: str, k: int) -> list[tuple[int, float]]:
        """`search` with the documents' rows in the index instead of their ids."""
        terms = self._query_terms(query)
        return self._ranked(self._weighted_scores(dict.fromkeys(terms, 1.0)), k) if terms else []

    def _query_terms(self, query: str) -> list[int]:
        """The vocabulary ids of the query's distinct terms: each counts once, so repeating a word (or pasting a
        huge query) can't dominate the score."""
        if self._bm25 is None:
            return []
        vocab = self._bm25.vocab_dict
        return [vocab[t] for t in dict.fromkeys(self._tokenize(query)) if t in vocab]

    def document_share(self, term: str) -> float:
        """The share of indexed documents that hold `term` (at most: the rarest of its tokens' shares; for a CJK
        term of three characters or more, of its bigrams), 0.0 for a term the index never saw."""
        ids = self._term_ids(term) if self._ids else None
        if not ids:
            return 0.0
        indptr = self._bm25.scores["indptr"]
        return min(int(indptr[i + 1] - indptr[i]) for i in ids) / len(self._ids)

    def _term_ids(self, term: str) -> list[int] | None:
        """The vocabulary ids of the tokens that stand for `term` (for a CJK term of three characters or more, its
        bigrams), None when one of them is not in the index."""
        if self._bm25 is None:
            return None
        tokens = self._tokenize(term)
        longest = max((len(t) for t in tokens), default=0)
        vocab = self._bm25.vocab_dict
        ids = [vocab.get(t) for t in tokens if len(t) == min(longest, 2) or not _CJK_CHAR.match(t)]
        return None if not ids or None in ids else ids

    def together(self, a: str, b: str) -> float:
        """How often two terms share a document: Dice's coefficient of the documents holding each (the tokens
        `document_share` reads), 0.0 when either is in none — how well a word goes with another in these texts."""
        first, second = self._holding(a), self._holding(b)
        if not len(first) or not len(second):
            return 0.0
        return 2 * len(np.intersect1d(first, second, assume_unique=True)) / (len(first) + len(second))

    def _holding(self, term: str) -> np.ndarray:
        """The rows of the documents that hold every token of `term` that `document_share` reads (sorted; the last
        few thousand terms asked are kept: one English problem asks for each sense beside every other)."""
        if (rows := self._held.get(term)) is not None:
            return rows
        ids = self._term_ids(term)
        rows = np.empty(0, dtype=np.int64) if not ids else None
        scores = self._bm25.scores if ids else None
        for i in ids or ():
            found = np.unique(scores["indices"][scores["indptr"][i]:scores["indptr"][i + 1]])
            rows = found if rows is None else np.intersect1d(rows, found, assume_unique=True)
        if len(self._held) > 4096:
            self._held.clear()
        self._held[term] = rows
        return rows

    def search_feedback(self, query: str, k: int = 10, docs: int = 3, terms: int = 30,
                        alpha: float = 0.5) -> list[tuple[str, float]]:
        """BM25 with pseudo-relevance feedback (RM3-style): the query's terms (weight `alpha`, shared equally) plus
        the `terms` terms that carry most of the BM25 weight of the first `docs` hits (1 - `alpha`), searched again.

        Bridges the words a problem is told in and those a profile uses (symptom vs. direction); [] without terms.
        """
        query_terms = self._query_terms(query)
        if not query_terms:
            return []
        scores = self._weighted_scores(dict.fromkeys(query_terms, 1.0))  # = bm25s' get_scores(query_terms)
        first = self._ranked(scores, docs)
        if not first:
            return []
        data, indices, indptr = self._rows()
        expansion: dict[int, float] = {}
        for doc, _ in first:  # only the feedback docs' own terms: the work does not grow with the vocabulary
            lo, hi = indptr[doc], indptr[doc + 1]
            total = max(float(data[lo:hi].sum()), 1e-12)  # each feedback doc counts the same
            for term, value in zip(indices[lo:hi].tolist(), (data[lo:hi] / total).tolist()):
                expansion[term] = expansion.get(term, 0.0) + value / len(first)
        best = sorted(expansion, key=lambda t: (-expansion[t], t))[:terms]
        mass = max(sum(expansion[t] for t in best), 1e-12)
        # the query's share is its first-pass scores scaled (each of its terms weighs alpha / their number), not a
        # second walk over its postings (~40 % of a feedback search at 100k profiles): equal up to float32 rounding
        expanded = self._weighted_scores({t: (1 - alpha) * expansion[t] / mass for t in best})
        expanded += np.float32(alpha / len(query_terms)) * scores
        return self._top(expanded, k)

    def _weighted_scores(self, weights: dict[int, float]) -> np.ndarray:
        """Sum over terms of weight x BM25 score, from each term's postings (column) of the CSC scores.

        The columns of the terms, in the order given, times the weights (float32): scipy's product adds each doc's
        weighted scores up in column order in float32, as adding them term by term in numpy does, bit for bit, at
        ~half the cost (~5M postings a query at 1M docs).
        """
        if self._columns is None:
            from scipy import sparse

            s = self._bm25.scores  # type: ignore[union-attr]
            shape = (int(s["num_docs"]), len(s["indptr"]) - 1)
            self._columns = sparse.csc_matrix((s["data"], s["indices"], s["indptr"]), shape=shape, copy=False)
        if not weights:
            return np.zeros(self._columns.shape[0], np.float32)
        return self._columns[:, list(weights)] @ np.fromiter(weights.values(), np.float32, len(weights))

    def _rows(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(data, indices, indptr) of the docs x terms BM25 scores (CSR), for feedback: saved with the index and
        memory-mapped from there when loaded with mmap, else built once from bm25s' terms x docs (CSC) arrays."""
        if self._csr is None:
            from scipy import sparse

            s = self._bm25.scores  # type: ignore[union-attr]  # bm25s keeps them term by term (CSC)
            shape = (int(s["num_docs"]), len(s["indptr"]) - 1)
            csr = sparse.csc_matrix((s["data"], s["indices"], s["indptr"]), shape=shape).tocsr()
            self._csr = (csr.data, csr.indices, csr.indptr)
        return self._csr

    def _ranked(self, scores: np.ndarray, k: int) -> list[tuple[int, float]]:
        """The k best (row, score) pairs with a positive score, best first, ties by id."""
        if k <= 0:
            return []
        hits = _best(scores, k)
        ranked = sorted(((int(i), float(scores[i])) for i in hits), key=lambda p: (-p[1], self._ids[p[0]]))
        return ranked[:k]

    def _top(self, scores: np.ndarray, k: int) -> list[tuple[str, float]]:
        """The k best (id, score) pairs with a positive score, best first, ties by id."""
        return [(self._ids[row], score) for row, score in self._ranked(scores, k)]

    def save(self, directory: str | os.PathLike[str]) -> None:
        """Write the index to directory atomically: built in a sibling temp dir, then swapped in by rename."""
        target = Path(directory)
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.tmp-", dir=target.parent))
        old = None
        try:
            if self._bm25 is not None:
                self._bm25.save(tmp / "bm25", show_progress=False)
                built = self._csr is None
                for name, array in zip(FEEDBACK_FILES, self._rows()):
                    np.save(tmp / name, array)
                if built:  # not kept: a saved index is searched from its files (open_retriever)
                    self._csr = None
            meta = {"tokenizer": TOKENIZERS[self.tokenizer], "k1": self.k1, "b": self.b, "ids": self._ids}
            if isinstance(self._tokenize, JiebaTokenizer):
                meta["terms"] = self._tokenize.terms
            (tmp / "ids.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
            if target.exists():  # rename(2) can't replace a non-empty dir: move the old one aside first
                old = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-", dir=target.parent))
                os.rename(target, old / "index")
            os.rename(tmp, target)
        except BaseException:
            if old is not None and not target.exists():
                os.rename(old / "index", target)
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        finally:
            if old is not None:
                shutil.rmtree(old, ignore_errors=True)

    @classmethod
    def load(cls, directory: str | os.PathLike[str], mmap: bool = False) -> LexicalIndex:
        """Read an index written by `save`; mmap keeps the score arrays on disk for very large indexes."""
        path = Path(directory)
        meta = json.loads((path / "ids.json").read_text(encoding="utf-8"))
        names = {version: name for name, version in TOKENIZERS.items()}
        if meta.get("tokenizer") not in names:
            raise ValueError(
                f"{path} was built with tokenizer {meta.get('tokenizer')!r}, this code knows {sorted(names)}: "
                "rebuild it"
            )
        index = cls(k1=meta["k1"], b=meta["b"], tokenizer=names[meta["tokenizer"]], terms=meta.get("terms"))
        index._ids = list(meta["ids"])
        if (path / "bm25").is_dir():
            index._bm25 = bm25s.BM25.load(path / "bm25", mmap=mmap)
            scores = index._bm25.scores
            for name in ("data", "indices", "indptr"):  # plain views of the maps: np.memmap slices cost ~2 us each
                scores[name] = np.asarray(scores[name])
            if all((path / name).exists() for name in FEEDBACK_FILES):  # older indexes build them on first use
                index._csr = tuple(np.asarray(np.load(path / name, mmap_mode="r" if mmap else None))  # type: ignore
                                   for name in FEEDBACK_FILES)
        return index
