"""Industry acronyms and shop-floor words a problem uses for what the profiles write out in Chinese (BMS, LNG, MOF,
3D打印), so that the signals that read words find the experts whose biographies say 电池管理系统, 液化天然气,
金属有机框架, 增材制造.

The table is general engineering vocabulary written from standard usage, not from any benchmark query; an acronym
with several common senses in industry (SOC: 荷电状态 or 片上系统; GIS; ABS; PET; CAE, which is also the academy; RTO:
a thermal oxidiser or real-time optimisation) is left out rather than guessed. Everyday words for a symptom (生锈,
漏水, 噪音) get the technical word beside them. Matching is case-sensitive on whole Latin tokens (PCB, not "pcb" inside a word).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache
from importlib.resources import files

from retrieval.glossary import american
from retrieval.lexical import filler_word, general_word, _jieba
from retrieval.names import word_tag
from retrieval.problem import introduces

# acronym or word -> the profiles' words (one sense only)
TERMS: dict[str, str] = {
    # electronics and semiconductors
    "PCB": "印制电路板", "PCBA": "印制电路板", "SMT": "表面贴装", "FPGA": "现场可编程门阵列", "ASIC": "专用集成电路",
    "MEMS": "微机电系统", "IGBT": "绝缘栅双极型晶体管 功率器件", "MOSFET": "场效应晶体管", "SiC": "碳化硅",
    "GaN": "氮化镓", "CVD": "化学气相沉积", "PVD": "物理气相沉积", "ALD": "原子层沉积", "MBE": "分子束外延",
    "EUV": "极紫外光刻", "DUV": "深紫外光刻", "CMP": "化学机械抛光", "TFT": "薄膜晶体管", "OLED": "有机发光二极管",
    "LED": "发光二极管", "LCD": "液晶显示", "EMC": "电磁兼容", "RF": "射频", "IC": "集成电路",
    # energy and power
    "BMS": "电池管理系统 动力电池", "LNG": "液化天然气", "LPG": "液化石油气", "CNG": "压缩天然气",
    "PEMFC": "质子交换膜燃料电池", "SOFC": "固体氧化物燃料电池", "PV": "光伏", "CCUS": "碳捕集利用与封存",
    "CCS": "碳捕集与封存", "HVDC": "高压直流输电", "UHV": "特高压", "EV": "电动汽车", "HEV": "混合动力汽车",
    "FCC": "催化裂化", "MTO": "甲醇制烯烃 煤化工", "DMTO": "甲醇制烯烃 煤化工",
    # manufacturing, control and design
    "CNC": "数控机床", "PLC": "可编程逻辑控制器", "DCS": "集散控制系统", "SCADA": "数据采集与监视控制",
    "PID": "比例积分微分控制", "CAD": "计算机辅助设计", "CFD": "计算流体力学", "FEA": "有限元分析",
    "FEM": "有限元", "NDT": "无损检测", "BIM": "建筑信息模型", "TBM": "隧道掘进机", "AGV": "自动导引车",
    "ADAS": "高级驾驶辅助", "UAV": "无人机", "GNSS": "卫星导航", "GPS": "卫星定位", "InSAR": "合成孔径雷达干涉",
    "SAR": "合成孔径雷达", "LiDAR": "激光雷达", "AI": "人工智能", "IoT": "物联网", "5G": "移动通信",
    # materials
    "MOF": "金属有机框架 配位聚合物", "MOFs": "金属有机框架 配位聚合物", "COF": "共价有机框架", "CFRP": "碳纤维复合材料",
    "GFRP": "玻璃纤维复合材料", "PVC": "聚氯乙烯", "HDPE": "高密度聚乙烯", "LDPE": "低密度聚乙烯",
    "PMMA": "聚甲基丙烯酸甲酯", "PEEK": "聚醚醚酮", "PTFE": "聚四氟乙烯", "PLA": "聚乳酸", "TPU": "热塑性聚氨酯",
    "EPDM": "三元乙丙橡胶", "C/C": "碳/碳复合材料 炭/炭复合材料", "SiC/SiC": "陶瓷基复合材料 碳化硅",  # (not C/C++)
    # environment
    "VOCs": "挥发性有机物", "VOC": "挥发性有机物", "COD": "化学需氧量", "BOD": "生化需氧量", "MBR": "膜生物反应器",
    "SCR": "选择性催化还原 脱硝", "PM2.5": "细颗粒物 大气污染",
    # life science and medicine
    "PCR": "聚合酶链式反应 核酸检测", "mRNA": "信使核糖核酸 疫苗", "CRISPR": "基因编辑", "CAR-T": "细胞免疫治疗",
    "GMP": "药品生产质量管理", "HPLC": "高效液相色谱", "CT": "计算机断层成像", "MRI": "磁共振成像",
    # batteries, combustion and process plant
    "NCM": "三元正极材料 锂离子电池", "NCA": "三元正极材料 锂离子电池", "LFP": "磷酸铁锂 锂离子电池",
    "SNCR": "选择性非催化还原 脱硝", "FGD": "烟气脱硫", "MVR": "机械蒸汽再压缩 蒸发",
    "CFB": "循环流化床", "IGCC": "整体煤气化联合循环", "ORC": "有机朗肯循环 余热利用", "EGR": "废气再循环 内燃机",
    "DPF": "颗粒捕集器 柴油机", "NVH": "振动 噪声", "HAZOP": "危险与可操作性分析 安全", "FMEA": "失效模式 可靠性",
    "SPC": "统计过程控制 质量控制", "MES": "制造执行系统", "ERP": "企业资源计划",
    # materials, packaging and devices
    "UHPC": "超高性能混凝土", "FRP": "纤维增强复合材料", "TBC": "热障涂层", "SLM": "选区激光熔化 增材制造",
    "MIM": "金属注射成形 粉末冶金", "LTCC": "低温共烧陶瓷", "HEMT": "高电子迁移率晶体管", "VCSEL": "垂直腔面发射激光器",
    "TSV": "硅通孔 封装", "BGA": "球栅阵列 封装", "SiP": "系统级封装", "DRAM": "存储器", "NAND": "闪存 存储器",
    "ROV": "遥控潜水器 水下机器人", "AUV": "自主水下航行器 水下机器人", "ECMO": "体外膜肺氧合 重症医学",
    "IVD": "体外诊断", "PRRS": "猪繁殖与呼吸综合征 猪病",
    # shop-floor words for the written-out term
    "3D打印": "增材制造", "压铸": "铸造", "锂电": "锂离子电池", "新能源车": "电动汽车", "光刻机": "光刻", "芯片": "集成电路",
    # everyday words for a symptom, beside the technical word the profiles write
    "生锈": "锈蚀 腐蚀", "锈穿": "腐蚀", "抖动": "振动", "晃动": "振动", "噪音": "噪声", "漏水": "渗漏 防水",
    "渗水": "渗漏 防水", "漏油": "密封 泄漏", "漏气": "密封 泄漏", "发烫": "散热 温升", "异味": "嗅味",
    "臭味": "嗅味 恶臭", "发霉": "霉变", "烂根": "根腐病", "下沉": "沉降", "塌方": "坍塌 滑坡", "冒黑烟": "燃烧 烟气排放",
    "拉稀": "腹泻", "跳闸": "继电保护 电力系统",
}
_KEYS = tuple(sorted(TERMS, key=len, reverse=True))  # longest first: PCBA before PCB


@lru_cache(maxsize=1024)
def _pattern(keys: tuple[str, ...]) -> re.Pattern[str]:
    """The alternation of `keys` (longest first), an ASCII key only as a whole token."""
    return re.compile("|".join((re.escape(k) if not k.isascii() else rf"(?<![A-Za-z0-9]){re.escape(k)}(?![A-Za-z+])")
                               for k in keys))


def _acronyms(text: str) -> list[str]:
    """The table's acronyms and words in `text`, left to right: the alternation of only the keys the text holds,
    which matches exactly what the whole table's would (an absent key never matches) at a fraction of the cost."""
    present = tuple(k for k in _KEYS if k in text)
    return [m.group() for m in _pattern(present).finditer(text)] if present else []


@lru_cache(maxsize=1)
def _rows() -> tuple[tuple[str, str, str, tuple[str, ...]], ...]:
    """The rows of `trade_terms.tsv`: (phrase, the profiles' words, the trade it was written for, the phrase's
    figures: its words marked with a leading "-" among the profiles' words, which it does not mean literally)."""
    rows = (line.split("\t") for line in files("retrieval").joinpath("trade_terms.tsv").read_text("utf-8").splitlines())
    return tuple((row[0], " ".join(w for w in row[1].split() if not w.startswith("-")), row[2].strip() if len(row) > 2
                  else "", tuple(w[1:] for w in row[1].split() if w.startswith("-")))
                 for row in rows if len(row) >= 2 and not row[0].startswith("#"))


@lru_cache(maxsize=1)
def _table() -> tuple[tuple[str, str, str], ...]:
    """The rows of `trade_terms.tsv`: (phrase, the profiles' words, the trade it was written for)."""
    return tuple(row[:3] for row in _rows())


@lru_cache(maxsize=1)
def _figures() -> dict[str, tuple[str, ...]]:
    """The trade phrases that hold a word used as a figure (电子皮肤: 皮肤) -> those words."""
    return {phrase: marked for phrase, _, _, marked in _rows() if marked}


@lru_cache(maxsize=1)
def trade_terms() -> dict[str, str]:
    """An enterprise's words for a problem -> the profiles' words (`trade_terms.tsv`: 注塑件翘曲's 翘曲 -> 注塑成型,
    缓释片 -> 药物制剂, 网站被人打瘫了 -> 网络攻击; symptoms, spoken complaints, equipment, products, processes and
    goals of ~90 industries)."""
    return {phrase: words for phrase, words, _ in _table()}


@lru_cache(maxsize=1)
def english_terms() -> dict[str, str]:
    """English engineering jargon -> the profiles' words (`english_terms.tsv`: warpage -> 翘曲, thermal runaway ->
    热失控), for English problems and for Chinese ones that write their jargon in English (PCB在reflow之后warpage严重)."""
    path = files("retrieval").joinpath("english_terms.tsv")
    rows = (line.split("\t") for line in path.read_text("utf-8").splitlines()) if path.is_file() else ()
    return {row[0].strip(): row[1].strip() for row in rows if len(row) >= 2 and not row[0].startswith("#")}


#: the most words an English jargon phrase has (the table's longest)
ENGLISH_WORDS = 4
_LATIN_TOKEN = re.compile(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*")


def english_jargon(text: str) -> list[str]:
    """The English table's phrases in `text`, left to right, none overlapping: at each word the longest phrase of
    adjacent words (case aside) that the table holds, in British spelling too (haemodialysis: hemodialysis)."""
    return [key for _, _, key in _jargon_spans(text)]


@lru_cache(maxsize=1)
def _table_words() -> dict[tuple[str, int], tuple[str, ...]]:
    """The English table's words, by first letter and length (where a misspelt word's spelling is looked for)."""
    words = {w for key in english_terms() for w in key.split() if w.isalpha()}
    out: dict[tuple[str, int], list[str]] = {}
    for w in words:
        out.setdefault((w[0], len(w)), []).append(w)
    return {k: tuple(sorted(v)) for k, v in out.items()}


@lru_cache(maxsize=1)
def _english() -> object:
    """pyspellchecker's English word list (loaded once, on the first word not in the table)."""
    from spellchecker import SpellChecker

    return SpellChecker(distance=1)


@lru_cache(maxsize=4096)
def _spelt(word: str) -> str:
    """A word of five letters or more that neither the table nor an English word list holds, as the table's word it
    misspells by a letter or two ("lithum battry": lithium battery — no battery expert was found, rt120); any other
    word as it is (below is no misspelt blow)."""
    import difflib

    table = _table_words()
    if len(word) < 5 or not word.isalpha() or word in table.get((word[0], len(word)), ()) or \
            american(word) != word or word in _english():
        return word
    near = [w for n in range(len(word) - 1, len(word) + 2) for w in table.get((word[0], n), ())]
    close = difflib.get_close_matches(word, near, n=1, cutoff=0.85)
    return close[0] if close else word


def _singulars(phrase: str) -> list[str]:
    """The phrase with its last word read as a regular English plural (accelerometers, batteries, boxes), else none."""
    head, _, last = phrase.rpartition(" ")
    lead = head + " " if head else ""
    if len(last) < 4 or not last.endswith("s") or last.endswith(("ss", "us", "is")):
        return []
    forms = [last[:-3] + "y"] if last.endswith("ies") else []
    forms += [last[:-2]] if last.endswith(("xes", "ches", "shes", "sses", "oes", "zes")) else []
    return [lead + f for f in [*forms, last[:-1]]]


def _jargon_spans(text: str) -> list[tuple[int, int, str]]:
    """Where `english_jargon`'s phrases stand in `text`, each with the table's key it reads as (a word misspelt by a
    letter or two read as the table's)."""
    table = english_terms()
    tokens = list(_LATIN_TOKEN.finditer(text)) if table else []
    spelt = [_spelt(m.group().lower()) for m in tokens]
    out, i = [], 0
    while i < len(tokens):
        for n in range(min(ENGLISH_WORDS, len(tokens) - i), 0, -1):
            words = tokens[i:i + n]
            phrase = " ".join(spelt[i:i + n])
            key = phrase if phrase in table else american(phrase)  # (the table is in American spelling, rt111)
            if key not in table:  # "MEMS accelerometers", "inertial sensors": the table's singular (rt128)
                key = next((k for k in map(american, _singulars(phrase)) if k in table), key)
            if key in table and all(not text[a.end():b.start()].strip() for a, b in zip(words, words[1:])):
                out.append((words[0].start(), words[-1].end(), key))
                i += n
                break
        else:
            i += 1
    return out


def without_jargon(text: str) -> str:
    """`text` with the English table's phrases taken out (each left as a comma): the glossary's dictionary senses
    are not read for what the table reads (pump: 泵 — the dictionary's 泵浦 matched laser physicists to a leaking
    pump)."""
    for start, end, _ in reversed(_jargon_spans(text)):
        text = text[:start] + "," + text[end:]
    return text


@lru_cache(maxsize=1)
def _trade_starts() -> tuple[frozenset[str], int]:
    """The two characters the trade phrases start with, and the longest phrase: most places of a problem are skipped."""
    return frozenset(p[:2] for p in trade_terms()), max(map(len, trade_terms()), default=0)


#: how many characters a spoken phrase may spread over beyond its own length ("网站这几天老是被人打瘫" holds 网站被人打瘫了):
#: chosen on the dev split of the academician benchmark among 0, 8 and 14 (styles 0.632 / 0.654 / 0.671 nDCG@10)
SPREAD = 14
_CLAUSE_BREAK = re.compile(r"[，,。；;！!？?\n、]")


@lru_cache(maxsize=1)
def _spread_phrases() -> dict[str, tuple[tuple[str, str], ...]]:
    """The trade phrases of three characters or more by their first two, each with its core (a final 了/的 left
    out), longest core first."""
    out: dict[str, list[tuple[str, str]]] = {}
    for phrase in trade_terms():
        core = phrase.rstrip("了的")
        if len(core) >= 3:
            out.setdefault(core[:2], []).append((phrase, core))
    return {k: tuple(sorted(v, key=lambda pc: -len(pc[1]))) for k, v in out.items()}


def _spread_end(text: str, at: int, core: str, clause_end: int) -> int | None:
    """Where `core` ends when its first two characters stand at `at` and the others follow in order before
    `clause_end` and within SPREAD characters more than the core's length; None when they do not."""
    i, limit = at + 2, min(clause_end, at + len(core) + SPREAD)
    for char in core[2:]:
        i = text.find(char, i, limit)
        if i < 0:
            return None
        i += 1
    return i


def _trade_words(text: str) -> list[str]:
    """The trade table's phrases in `text`, left to right: at each place the longest phrase written there, else the
    longest whose characters follow in order within its clause (磨出一道道沟 for 磨出沟); a phrase inside another is
    not read, one that begins inside it and goes on past its end is (高地应力软岩大变形: 高地应力软岩 and 软岩大变形)."""
    table, (starts, longest), out, i, reached = trade_terms(), _trade_starts(), [], 0, 0
    while i < len(text):
        hit = next((text[i:i + n] for n in range(min(longest, len(text) - i), 1, -1) if text[i:i + n] in table
                    and i + n > reached), None) if text[i:i + 2] in starts else None
        end = i + len(hit) if hit else None
        if hit:
            reached = end
        if hit is None and (spread := _spread_phrases().get(text[i:i + 2])):
            clause = _CLAUSE_BREAK.search(text, i)
            for phrase, core in spread:
                if (end := _spread_end(text, i, core, clause.start() if clause else len(text))) is not None and \
                        end > reached:
                    hit = phrase
                    break
        if hit:
            out.append(hit)
        i += 1  # (nor does a phrase spread over a gap hide one written inside the gap: 电厂的SCR脱硝催化剂 holds 电厂…脱硝
        # and SCR脱硝催化剂)
    return out


#: a word that at least HEAD_SUPPORT trade phrases hold, and the profiles' word that at least HEAD_SHARE of them give
#: (大棚 -> 设施园艺 from 大棚菜烂叶, 大棚里湿度大, …), stands for that word wherever no phrase holding it was matched
HEAD_SUPPORT = 4
HEAD_SHARE = 0.7


@lru_cache(maxsize=1)
def head_words() -> dict[str, str]:
    """Each word the trade phrases share (jieba's words of two characters or more) -> the profiles' word most of
    those phrases give it, derived from the table: 大棚番茄叶子卷曲发黄, which no phrase holds, still reads 设施园艺."""
    given: dict[str, list[list[str]]] = {}
    for phrase, words in trade_terms().items():
        for word in dict.fromkeys(_jieba().lcut(phrase, HMM=False)):
            if len(word) >= 2:
                given.setdefault(word, []).append(words.split())
    out = {}
    for word, lists in given.items():  # counted in the table's order (not a set's), so that ties break the same always
        counts = Counter(w for ws in lists for w in dict.fromkeys(ws) if word not in w)
        if len(lists) >= HEAD_SUPPORT and counts and not general_word(word):
            best, n = counts.most_common(1)[0]
            if n >= HEAD_SHARE * len(lists):
                out[word] = best
    return out


def topic_words(topic: str) -> list[str]:
    """The profiles' words for a short topic (注塑): its `expansions`, else the words that at least half of the
    HEAD_SUPPORT or more trade phrases holding it give (注塑件翘曲, 注塑缩痕, 注塑飞边, …: 注射成型)."""
    if found := expansions(topic):
        return found
    lists = [words.split() for phrase, words in trade_terms().items() if topic in phrase]
    counts = Counter(w for ws in lists for w in dict.fromkeys(ws) if topic not in w)
    return [w for w, n in counts.most_common() if len(lists) >= HEAD_SUPPORT and n >= len(lists) / 2]


#: the fewest characters of a phrase's ending read on its own (镉超标 of 大米镉超标), and the fewest phrases sharing it
TAIL_CHARS = 3
TAIL_SUPPORT = 3


@lru_cache(maxsize=1)
def _tails() -> dict[str, tuple[str, ...]]:
    """Each ending of TAIL_CHARS or more characters that two or more trade phrases share (镉超标: 农田镉超标, 大米镉超标,
    稻米镉超标) -> the profiles' words at least HEAD_SHARE of those phrases give (镉污染 重金属), when some are."""
    given: dict[str, list[list[str]]] = {}
    for phrase, words in trade_terms().items():
        core, at = phrase.rstrip("了的"), 0
        for word in _splits()[phrase][:-1]:  # (at jieba's word starts: 淬火|变形 gives 变形, never 火变形)
            at += len(word)
            if len(core) - at >= TAIL_CHARS:
                given.setdefault(core[at:], []).append(words.split())
    out = {}
    for tail, lists in given.items():
        if len(lists) < TAIL_SUPPORT:
            continue
        counts = Counter(w for ws in lists for w in dict.fromkeys(ws) if tail not in w)
        kept = tuple(w for w, n in counts.most_common() if n >= HEAD_SHARE * len(lists))
        if kept:
            out[tail] = kept
    return out


def _tail_words(text: str, phrases: list[str]) -> list[str]:
    """The profiles' words for the longest shared phrase endings in `text` (稻谷镉超标 holds 镉超标, which no phrase of
    its own begins: 镉污染 重金属) that no matched phrase holds."""
    tails, out, i = _tails(), [], 0
    longest = max(map(len, tails), default=0)
    while i < len(text):
        hit = next((text[i:i + n] for n in range(min(longest, len(text) - i), TAIL_CHARS - 1, -1)
                    if text[i:i + n] in tails), None)
        if hit and not any(hit in p for p in phrases):
            out += tails[hit]
        i += len(hit) if hit else 1
    return out


def _head_words(text: str, phrases: list[str]) -> list[str]:
    """The profiles' words for the head words in `text` that no matched phrase holds."""
    heads = head_words()
    return [heads[w] for w in _jieba().lcut(text, HMM=False) if w in heads and not any(w in p for p in phrases)]


#: the most profiles' words the trade phrases a problem holds only apart (`_near_words`) give
NEAR_WORDS = 4
_SENTENCE_END = re.compile(r"[。；;！!？?\n]")
_CLAUSE = re.compile(r"[^，,]+")


@lru_cache(maxsize=1)
def _splits() -> dict[str, tuple[str, ...]]:
    """Each trade phrase as jieba cuts it (the table's words known to jieba, no guessing of new ones)."""
    return {phrase: tuple(_jieba().lcut(phrase, HMM=False)) for phrase in trade_terms()}


def _one_char_nouns(split: tuple[str, ...]) -> tuple[str, ...]:
    """The nouns of one character among a phrase's words (鱼 of 鱼大批死亡), once each."""
    return tuple(w for w in dict.fromkeys(split) if len(w) == 1 and (word_tag(w) or "").startswith("n"))


@lru_cache(maxsize=1)
def _phrase_words() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]], int]:
    """Each trade phrase of two or more jieba words of two characters or more, not general words of the language (果汁沉淀
    is 果汁 + 沉淀), with its nouns of one character (鱼 of 鱼大批死亡); the phrases by each of those words; the longest
    word."""
    words: dict[str, tuple[str, ...]] = {}
    for phrase, split in _splits().items():
        held = tuple(dict.fromkeys(w for w in split if len(w) >= 2))
        if sum(not general_word(w) for w in held) >= 2:  # (and a noun of one character is required too: 鱼 of 鱼大批
            # 死亡, 钢 of 汽车用高强钢 — shrimp dying read as fish disease, aluminium sheet as steel, rt76)
            words[phrase] = held + _one_char_nouns(split)
    holding: dict[str, list[str]] = {}
    for phrase, held in words.items():
        for word in held:
            holding.setdefault(word, []).append(phrase)
    return words, {w: tuple(ps) for w, ps in holding.items()}, max(map(len, holding), default=0)


def _near_words(text: str, phrases: list[str]) -> list[str]:
    """The profiles' words of the trade phrases whose words one sentence of the problem holds apart (瓶底就有一层沉淀
    beside 果汁 reads 果汁沉淀), those most of them give first, at most NEAR_WORDS; the phrases matched already
    (`phrases`) and those inside them are not read again, nor the clauses that introduce the company (主要产品有播种机
    is read as written)."""
    words, holding, longest = _phrase_words()
    votes: Counter[str] = Counter()
    for sentence in _SENTENCE_END.split(text):
        said = "，".join(c for c in _CLAUSE.findall(sentence) if not introduces(c))
        present = {said[i:j] for i in range(len(said)) for j in range(i + 1, min(len(said), i + longest) + 1)}
        # a phrase is listed once under each of its words, so the sentence holds all of them where it is counted as
        # often as it has words
        held = Counter(p for w in present & holding.keys() for p in holding[w])
        for phrase in sorted(p for p, n in held.items() if n == len(words[p])):  # (one order in every process)
            if not any(phrase in p for p in phrases):
                votes.update(trade_terms()[phrase].split())
    return [w for w, _ in votes.most_common() if w not in text][:NEAR_WORDS]


#: how much a problem must hold of a trade's words (each weighs how few trades use it: log(trades / trades using it))
#: for a symptom that no phrase of the problem's own words holds to be read as that trade's (布…掉色 as 衣服掉色): chosen
#: between 2 and 5 on a dev set of symptom problems that blind testers wrote and graded (rt74, rt76)
KIN_MIN = 5.0


@lru_cache(maxsize=1)
def _symptoms() -> tuple[dict[str, frozenset[str]], dict[str, tuple[tuple[str, str], ...]], dict[str, float], int]:
    """Each trade's words (its phrases' one-character nouns and the profiles' words they give); the phrases by their
    symptom, with their trades; each word's weight, log(trades / trades holding it); the longest word. A phrase's
    symptom is its last word of two characters or more that names something (no general, filler or time word: 不好 of
    水果不好放, 上去 of 文件传不上去 are none), after another such word or noun (掉色 of 衣服掉色), and no profile writes it."""
    trades: dict[str, set[str]] = {}
    by_symptom: dict[str, list[tuple[str, str]]] = {}
    splits = _splits()
    given_text = "|".join({w for _, given, _ in _table() for w in given.split()})
    for phrase, given, trade in _table():
        nouns = _one_char_nouns(splits[phrase])
        trades.setdefault(trade, set()).update(nouns, given.split())
        named = [w for w in dict.fromkeys(splits[phrase]) if w in nouns or (
            len(w) >= 2 and not general_word(w) and not filler_word(w) and not (word_tag(w) or "").startswith("t"))]
        last = [w for w in named if len(w) >= 2][-1:]
        if last and named.index(last[0]) > 0 and last[0] not in given_text:
            by_symptom.setdefault(last[0], []).append((phrase, trade))
    counts = Counter(w for words in trades.values() for w in words)
    weight = {w: math.log(len(trades) / n) for w, n in counts.items()}
    return ({t: frozenset(ws) for t, ws in trades.items()}, {w: tuple(ps) for w, ps in by_symptom.items()}, weight,
            max(map(len, counts), default=0))


def kin_words(text: str) -> list[str]:
    """The profiles' words of the trade phrases whose symptom the problem writes with other words of the phrase's trade
    (车间里新买的布染完色，洗两次就掉色: 掉色 with 布 and 色 of the textile phrases, read as 衣服掉色 -> 染色牢度 染整工程):
    for each symptom, the phrases of the trade the problem's words weigh most in (at least KIN_MIN), and of those the
    words half of them give (羊毛衫…缩水: 衣服缩水 and 毛衣缩水变硬 share 纺织品功能整理) — none when they share none (虾…
    死亡: 鱼大批死亡, 羊突然死亡, 扇贝死亡 say nothing of shrimp); at most NEAR_WORDS, company introductions aside."""
    trades, by_symptom, weight, longest = _symptoms()
    votes: Counter[str] = Counter()
    for sentence in _SENTENCE_END.split(text):
        said = "，".join(c for c in _CLAUSE.findall(sentence) if not introduces(c))
        present = {said[i:j] for i in range(len(said)) for j in range(i + 1, min(len(said), i + longest) + 1)}
        # the trade the sentence's words weigh most in (a word inside a longer one counted once: 羊毛衫 holds 羊毛, not 羊):
        # a symptom is read only as a phrase of that trade (虾…身子发红，肝… weighs 11.97 in livestock and aquaculture and
        # 7.58 in medicine, so 身子 is not 半边身子不能动, rt106)
        own = _uncovered(said, present & weight.keys())
        leading = max((sum(weight[w] for w in own & words) for words in trades.values()), default=0.0)
        for symptom in sorted(present & by_symptom.keys()):
            scored = sorted(((sum(weight[w] for w in present & trades[trade] if symptom not in w), phrase)
                             for phrase, trade in by_symptom[symptom]), reverse=True)
            if not scored or scored[0][0] < KIN_MIN or sum(weight[w] for w in own & trades[
                    dict(by_symptom[symptom])[scored[0][1]]]) < leading - 1e-9:
                continue
            tied = [phrase for score, phrase in scored if score >= scored[0][0] - 1e-9]
            given = Counter(w for phrase in tied for w in dict.fromkeys(trade_terms()[phrase].split()))
            votes.update(w for w, n in given.items() if 2 * n >= len(tied) and (n >= 2 or len(tied) == 1))
    return [w for w, _ in votes.most_common() if w not in text][:NEAR_WORDS]


def _uncovered(text: str, words: set[str]) -> set[str]:
    """The words written somewhere in `text` outside every longer one of `words` (羊毛 and 衫 of 羊毛衫, not 羊 or 毛)."""
    spans = [(m.start(), m.start() + len(w)) for w in words for m in re.finditer(re.escape(w), text)]
    return {w for w in words if any(not any(s <= i and i + len(w) <= e and e - s > len(w) for s, e in spans)
                                    for i in (m.start() for m in re.finditer(re.escape(w), text)))}


@lru_cache(maxsize=4096)
def _inner(phrase: str) -> tuple[str, ...]:
    """The table's phrases inside a phrase, the longest ones only (奶牛乳房炎: 乳房炎)."""
    table = trade_terms()
    found = {phrase[i:j] for i in range(len(phrase)) for j in range(i + 2, len(phrase) + 1)
             if phrase[i:j] != phrase and phrase[i:j] in table}
    return tuple(sorted((p for p in found if not any(p != q and p in q for q in found)), key=phrase.find))


def without_figures(text: str) -> str:
    """`text` with each word a trade phrase uses as a figure read as what the phrase stands for — 电子皮肤's 皮肤 (a
    sensor, not skin) as 柔性电子、传感器、功能材料, 勒索病毒's 病毒 (malware) as 网络安全、恶意代码 — for every signal:
    read literally they ranked dermatologists, virologists and citrus growers (漆面橘皮) first."""
    if not any(word in text for words in _figures().values() for word in words):  # (most problems: no phrase read)
        return text
    for phrase in _trade_words(text):
        for word in _figures().get(phrase, ()):
            text = text.replace(word, "、" + "、".join(trade_terms()[phrase].split()) + "、")
    return text


def expansions(text: str) -> list[str]:
    """The profiles' words for the acronyms, English jargon, shop-floor and trade words in `text`, each once, in order
    of mention."""
    return list(_expansions(text))


@lru_cache(maxsize=1024)
def _expansions(text: str) -> tuple[str, ...]:
    """`expansions`, cached: a match reads them for the signals and again for its reasons."""
    words = [w for key in _acronyms(text) for w in TERMS[key].split()]
    words += [w for phrase in english_jargon(text) for w in english_terms()[phrase].split()]
    phrases = _trade_words(text)
    for phrase in phrases:
        given = trade_terms()[phrase].split()
        # 奶牛乳房炎 gives 乳房炎 奶牛, which the problem holds already: then what the phrases inside it give (乳房炎: 兽医)
        words += given if any(w not in text for w in given) else [w for p in _inner(phrase) for w in trade_terms()[p].split()]
    words += _head_words(text, phrases)
    words += _tail_words(text, phrases)
    words += _near_words(text, phrases)
    return tuple(w for w in dict.fromkeys(words) if w not in text)
