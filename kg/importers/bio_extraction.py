"""Facts from a Chinese academician biography, each with the character span it was read from.

`extract_facts(bio)` reads a biography (normalised with `clean_bio`, which is the form the importers store)
and returns a typed `BioFacts`: the current institution, the professional title, research directions and
awards/honours. Every fact carries `start`/`end` offsets into the bio, so an answer can cite the exact words.

Rule-based on purpose: the biographies are formulaic ("现任X研究员", "长期从事X研究", "2005年获国家自然科学奖二等奖"),
and rules are fast, deterministic and auditable. tests/test_bio_extraction.py measures them on a hand-checked sample.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.normalize import key

# ---------------------------------------------------------------------------------------------------- the result


@dataclass(frozen=True)
class Fact:
    """A fact as written: `text` is exactly bio[start:end] for institutions and titles; for directions it is the
    cleaned item (e.g. "纳米摩擦学" out of "长期从事纳米摩擦学研究"), still a substring of bio[start:end]."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class AwardFact(Fact):
    """An award or honour: `name` is the normalised award (grade included, e.g. "国家科学技术进步奖一等奖");
    `text`/`start`/`end` are the words it was read from; `year` only when the bio ties exactly one year to it."""

    name: str = ""
    grade: str | None = None
    year: int | None = None


@dataclass(frozen=True)
class BioFacts:
    institution: Fact | None = None
    title: Fact | None = None
    directions: list[Fact] = field(default_factory=list)
    awards: list[AwardFact] = field(default_factory=list)

    def award_years(self) -> dict[str, list[int]]:
        """Each distinct award once, with every year the bio gives for it, earliest first ([] when it gives none):
        艾国祥's 国家科技进步奖一等奖 of 1987 and 1993."""
        out: dict[str, set[int]] = {}
        for a in self.awards:
            out.setdefault(a.name, set()).update([a.year] if a.year is not None else [])
        return {name: sorted(years) for name, years in out.items()}


# ---------------------------------------------------------------------------------------------------- the text

_SPACE = r"[ \t\r\n\u2002\u2003\u3000\xa0]"
_WS_RUN = re.compile(rf"{_SPACE}*(?:[\r\n\u2002\u2003\u3000\xa0]|[ \t]{{2,}}){_SPACE}*")
_PLACEHOLDERS = {"信息维护中", "暂无", "无"}


# Scraped pages written in the Symbol font carry Greek letters as private-use code points (U+F061 "a" = α):
# "J/\uf079粒子" is J/ψ. Map them back; drop any other private-use character (the model refuses them).
_SYMBOL_GREEK = dict(zip("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
                         "αβχδεφγηιϕκλμνοπθρστυϖωξψζΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ"))
_PRIVATE_USE = re.compile(r"[\ue000-\uf8ff]")


def _private_use(m: re.Match) -> str:
    code = ord(m.group())
    if code in (0xF020, 0xF0A0):
        return " "
    return _SYMBOL_GREEK.get(chr(code - 0xF000), "") if 0xF041 <= code <= 0xF07A else ""


def clean_bio(text: str | None) -> str | None:
    """The stored form of a bio: paragraph indents and runs of (non-breaking, en, ideographic) spaces become one
    newline, Symbol-font letters become Greek, the ends are trimmed. Offsets of extracted facts refer to this
    form. Placeholders ("信息维护中") give None."""
    if text is None:
        return None
    text = _PRIVATE_USE.sub(_private_use, text)
    text = _WS_RUN.sub("\n", text).strip()
    return None if not text or text in _PLACEHOLDERS else text


# ---------------------------------------------------------------------------------------------------- helpers


def _clause_end(text: str, pos: int, stops: str) -> int:
    while pos < len(text) and text[pos] not in stops:
        pos += 1
    return pos


def _items_with_offsets(text: str, start: int, end: int, seps: str) -> list[tuple[int, int]]:
    """(start, end) of the pieces of text[start:end] between separators; separators inside brackets don't count."""
    out, s, depth = [], start, 0
    for i in range(start, end):
        ch = text[i]
        if ch in "（(〔[":
            depth += 1
        elif ch in "）)〕]":
            depth = max(0, depth - 1)
        elif ch in seps and depth == 0:
            out.append((s, i))
            s = i + 1
    out.append((s, end))
    return [(a, b) for a, b in out if b > a]


def _in_brackets(text: str, pos: int) -> bool:
    depth = 0
    for ch in text[:pos]:
        if ch in "（(〔[":
            depth += 1
        elif ch in "）)〕]":
            depth = max(0, depth - 1)
    return depth > 0


# ---------------------------------------------------------------------------------------------------- institution

# Professional ranks: these become the title. Longest first so that "教授级高级工程师" wins over "教授".
_RANKS = (
    "教授级高级工程师", "教授级高工", "研究员级高级工程师", "正高级工程师", "高级工程师", "副主任医师", "主任医师",
    "主任药师", "研究馆员", "讲座教授", "特聘教授", "终身教授", "资深教授", "副研究员", "研究员", "副教授", "教授",
)
# Posts that may follow an organisation's name; they identify the organisation but are not titles.
_POSTS = (
    "常务副院长", "常务副校长", "常务副所长", "名誉院长", "名誉所长", "名誉校长", "副院长", "副所长", "副校长",
    "院长", "所长", "校长", "副主任", "学术主任", "主任", "首席科学家", "首席专家", "总工程师", "副总工程师",
    "总设计师", "副总设计师", "总经理", "副总经理", "董事长", "党委书记", "党组书记", "党组成员", "副部长",
    "部长", "局长", "台长", "博士生导师", "博导", "总师", "科技委主任", "兼职教授", "名誉教授", "客座教授",
    "高级顾问", "顾问",
)
_ROLE = "|".join(sorted({*_RANKS, *_POSTS}, key=len, reverse=True))
_RANK_RE = re.compile("(?<!兼职)(?<!客座)(?<!名誉)(?:" + "|".join(sorted(_RANKS, key=len, reverse=True)) + ")")
_ORG_CHARS = r"[^，。；、,;：:（）()\s“”\"'《》]"
# An organisation directly followed by a role ("中国科学院物理研究所研究员"), an optional "（上海）" in between.
_ORG_ROLE = re.compile(rf"(?P<org>{_ORG_CHARS}{{2,40}}?)(?:（[^）]{{1,8}}）)?(?P<role>{_ROLE})")
# "南京大学、华南理工大学教授。": the first of several organisations sharing one role.
_ORGS_ROLE = re.compile(
    rf"(?P<org>{_ORG_CHARS}{{2,40}}?)(?:[、和]{_ORG_CHARS}{{2,40}}?)+(?:（[^）]{{1,8}}）)?(?P<role>{_ROLE})")
_ORG_ONLY = re.compile(rf"(?P<org>{_ORG_CHARS}{{2,40}}(?:大学|学院|医院|研究院|研究所|研究中心|实验室|天文台|集团|公司))")
_CURRENT = re.compile(r"(?<![曾历原])(?:现任|现为|现在|现系|现是|目前任|目前为|现就职于|就职于|任职于|工作单位[为是：:]?)\s*")
_WORKS_AT = re.compile(rf"(?:到|在)(?P<org>{_ORG_CHARS}{{2,40}}?)工作(?:至今|到现在)")
_SENTENCE_START = re.compile(r"(?:^|(?<=[。；\n])|(?<=[学专]家[ ，,]))\s*")
# Where the top-level organisation ends: "清华大学材料科学与工程系" -> "清华大学". 科学院 is no end, so CAS
# institutes keep their own name ("中国科学院金属研究所").
_COMPANY = r"(?:股份有限公司|有限责任公司|有限公司|公司)"
_ORG_END = re.compile(rf"大学|(?<!科)学院|医院|研究院|研究所|研究中心|天文台|集团{_COMPANY}?|{_COMPANY}|设计院|总院|农科院")
_ORG_OK = re.compile(r"(?:大学|学院|医院|院|研究所|所|中心|天文台|台|公司|集团|实验室|室|局|部|厂|站|基地|队|委)$")
_ORG_BAD = re.compile(r"^(?:该|本|此|其|原|前|曾|历任|先后|担任|兼|现|目前|第[一二三四五六七八九十\d]+届)|"
                      r"^(?:所|他|她)?(?:创建|创办|组建|筹建|领导|主持|牵头)|学会|协会|委员会|理事会|联合会|学部|政协|"
                      r"人大|九三学社|民盟|民进|农工党|致公党|中央|编委|杂志|学报|期刊|常委|专家组|评议组|"
                      r"\d|毕业|获|生于|出生|读|访问|进修|博士后|留学|当选|"
                      # a clause read into the name: 回国后曾任浙江大学, 仍然担任香港理工大学, 副总地质师兼…研究院
                      r"曾任|担任|历任|兼任|回国|仍然|地质师|工程师兼|师兼")
_STANDALONE_TAIL = re.compile(r"[。，、；,\n]|$|[和及兼]")


def _top_org(org: str) -> str:
    m = _ORG_END.search(org)
    return org[: m.end()] if m else org


def _institution(bio: str) -> tuple[Fact | None, Fact | None]:
    candidates: list[tuple[int, Fact, Fact | None]] = []

    def consider(org_start: int, org: str, segment_end: int) -> bool:
        stripped = org.strip()
        top = _top_org(stripped)
        if not stripped or _ORG_BAD.search(top) or not _ORG_OK.search(top):
            return False
        start = bio.index(stripped, org_start)
        rank = _RANK_RE.search(bio, start + len(stripped), segment_end)
        title = Fact(rank.group(), rank.start(), rank.end()) if rank else None
        candidates.append((start, Fact(top, start, start + len(top)), title))
        return True

    current_ranks: list[Fact] = []
    for m in _CURRENT.finditer(bio):
        end = _clause_end(bio, m.end(), stops="。；\n")
        rank = _RANK_RE.search(bio, m.end(), end)
        if rank:
            current_ranks.append(Fact(rank.group(), rank.start(), rank.end()))
        items = _items_with_offsets(bio, m.end(), end, seps="，、,")
        for i, (a, b) in enumerate(items):
            om = _ORG_ROLE.match(bio, a, b)
            if om and consider(om.start("org"), om.group("org"), end):
                break
            # an organisation on its own, followed by posts: "现任X重点实验室，Y重点实验室主任"
            oo = _ORG_ONLY.fullmatch(bio, a, b)
            if oo and i + 1 < len(items) and consider(oo.start("org"), oo.group("org"), end):
                break
    for m in _WORKS_AT.finditer(bio):
        consider(m.start("org"), m.group("org"), _clause_end(bio, m.end(), stops="。；\n"))
    for m in _SENTENCE_START.finditer(bio):
        if _CURRENT.match(bio, m.end()):
            continue
        om = _ORG_ROLE.match(bio, m.end()) or _ORGS_ROLE.match(bio, m.end())
        if om and _STANDALONE_TAIL.match(bio, om.end()):
            consider(om.start("org"), om.group("org"), _clause_end(bio, om.end(), stops="。；\n"))
    if not candidates:
        return None, (current_ranks[0] if current_ranks else None)
    candidates.sort(key=lambda c: c[0])
    _, inst, title = candidates[0]
    return inst, title or (current_ranks[0] if current_ranks else None)


# ---------------------------------------------------------------------------------------------------- directions

MAX_DIRECTION = 30
_HEAD_ITEM = r"[\u4e00-\u9fffA-Za-z\-—/、与和及]{1,40}?(?:学家|专家)"
_HEADLINE = re.compile(rf"(?:^|(?<=[，。,\s）)\n]))(?P<head>{_HEAD_ITEM}(?:[、和及]{_HEAD_ITEM})*)")
_HEAD_BAD = re.compile(r"有突出贡献|中青年|咨询|顾问|委员|组长|成员|首席|突出|优秀|^[男女]")
_TERMINATOR = r"(?:等)?(?:方面|领域|学科领域)?(?:的)?(?:创新|基础|应用基础|理论|实验|临床|科学)?(?:研究|研制|研发|科研|教学|工作|开发)"
_AT = r"(?:在|(?<![不相针面绝反应核比校配成])对(?!策|照|比|外|口|称|象|话)于?)"
_ABOUT = r"(?<![不相针面绝反应核比校配成])对(?!策|照|比|外|口|称|象|话)"
_NOT_DONE = r"(?:(?!进行|作了|做了|开展|从事|取得|方面|领域)[^。；，\n《》])"
_NOT_TOPIC = r"所|院|生|员|中心|室|会|学者|机构|基地|站|组|团队|计划|班"
_STATEMENTS = [
    # 长期从事X研究 / 主要从事X等方面的研究工作 / 致力于X的研究 / 从事X研制 (or to the end of the sentence)
    re.compile(rf"(?:从事|致力于|专注于|潜心于?|主攻)(?:过|于)?(?P<x>(?!的)[^。；\n]{{2,120}}?)(?:{_TERMINATOR}|(?=[。；\n])|$)"),
    re.compile(r"研究方向(?:主要)?(?:为|是|有|包括|：|:)(?P<x>[^。；\n]{2,120}?)(?=[。；\n]|$)"),
    re.compile(r"(?:长期|主要|集中|重点|近年来)(?:集中)?研究(?!成果|工作|生|员|所|院|方向|领域|中|了|的|室|组|基地|中心|与|和)"
               r"(?P<x>[^。；，\n]{2,80}?)(?=[。；，\n]|$)"),
    # 在X等方面取得 / 在X领域中 / 对于X等方面进行 / 在X研究中 / 对X进行了系统研究
    re.compile(rf"{_AT}(?P<x>{_NOT_DONE}{{2,100}}?)(?:等)?(?:方面|领域)"),
    re.compile(rf"{_AT}(?P<x>{_NOT_DONE}{{2,60}}?)研究(?!{_NOT_TOPIC})(?:中|上|里)?"),
    re.compile(rf"{_ABOUT}(?P<x>{_NOT_DONE}{{2,60}}?)(?:等)?(?:进行|作|做|开展)了?(?:系统|深入|大量|长期)?(?:的)?[^。；，\n]{{0,4}}研究"),
    # 在X，Y等方面做出重要贡献: a list of directions across clauses, closed by what was achieved in them (柳百成's
    # 在多尺度…铸造及凝固过程建模与仿真，铸造合金凝固过程基础理论…等方面做出重要贡献); no other 在 inside
    re.compile(r"在(?P<x>(?:(?!在|进行|作了|做了|开展|从事|方面|领域)[^。；\n《》]){2,120}?，"
               r"(?:(?!在|进行|作了|做了|开展|从事|方面|领域)[^。；\n《》]){2,60}?)等?(?:方面|领域)(?:都|均|也)?(?:做出|作出|取得)"),
]
# (a one-character lead is not the first character of a word: 并行算法, 在线监测, 对流换热, 和平利用, 及时, 与会 stay whole)
_LEAD = re.compile(r"^(?:\d{1,2}[、.．]|如|研究(?=中国|我国)|在我国开展|在我国|在国内|在国际上|深入|在(?![线役轨位])|对于|对(?![流称偶抗撞接比映策照冲焊])|有关|关于|进行|"
                   r"开展|以及|和(?![平谐声])|及(?!时)|并(?![行联发网购列])|主持|参与|参加|负责|与(?!会)|"
                   r"研究的|进而|从而|继而|相关的|相关(?![性系联])(?=[\u4e00-\u9fff]{2}))+")  # (及相关的建筑形态: 建筑形态)
_TRAIL = re.compile(r"(?:的?一些(?:重要)?|的重要|的?知名|这一创新课题|方面的系列成果|的系列成果|作过|(?<=[\u4e00-\u9fff]{3})[一二三]|等方面|方面|等领域|领域|等前沿|前沿|等重要|等关键|等新兴|等相关|学科领域|学科|等|的|之中|中|上|研究工作|研究与应用|研究开发|的研究|研究|工作|"
                    r"及其应用|及应用|的教学|教学|科研|相关|问题|基础|"
                    r"[一二三四五六七八九十百几数]+(?:多|余)?年来?)+$")  # (小麦育种四十余年: how long, no direction)
_DIR_STOP = {"教学", "科研", "研究", "工作", "人才培养", "管理", "工程实践", "应用", "设计", "开发", "技术", "理论",
             "倡导", "创作", "利用", "研发", "创新", "关键技术", "某些", "三大",
             "科研工作", "教学科研", "研究工作", "技术培训", "博士后", "科学研究", "学术研究", "系统", "工程", "行政管理",
             "基础", "实验", "临床", "教育", "研制", "工程应用", "推广应用", "产业化",
             # words of a clause that name no field: a method, a quality, a stage of work
             "方法", "机理", "表征", "性能", "总体", "建设", "生产", "行为", "转换", "学术", "学科水平", "积累",
             "持续", "长期", "重大", "突发", "预先", "新发", "独创", "工程化", "集成创新性", "利用效率",
             "工程实现", "相关工艺", "关键技术创新", "物理化学性质", "表征和性质", "性质", "应用基础理论",
             "工程技术", "应用技术", "专业技术"}
_VERB_START = re.compile(r"^(?:构建|建立|提出|发展|完成|主持|研制成功|取得|开创|开拓|解决|推动|揭示|发现|实现了|组织|领导|培养|提高|"
                         r"保证|节省|降低|促进|探索|突破|攻克|创建|参加|参与|获得)")
_BAD_START = re.compile(r"^(?:该|此|这|本|其|将|为国家|某些|下列|我国|国内|国际|我军|他|她|之后|目前|早期|近年|多个|多种|多项|各种|各类|一些|若干|"
                        r"上述|它们|重点为)")
_ORG_NAME = re.compile(r"(?:研究所|大学|学院|研究院|公司|医院|中心)$")
_DONE_TAIL = re.compile(r"等?[均也都亦]?(?:有|进行了?|作了|做了|开展了?)?(?:深入|系统性?|专门|大量|开创性)+(?:的)?$|等?[均也都亦]$")
# Clause pieces that are narrative, not a direction: a past action (了, 曾), a verdict (著名, 有较), a count (多个), an
# organisation in the middle of the piece (清华大学是学习, 四川大学致力于…) or as the piece (民航局, 电子部), an honour
# (国务院特殊津贴), a person (农业专家, 访问学者).
_NARRATIVE = re.compile(r"了|曾|是我国|著名|多个|展开|有较|专家$|学者$|(?:局|部|总参|津贴|奖|称号)$|[\u4e00-\u9fff]{2}(?:大学|研究所|研究院)[\u4e00-\u9fff]{2}|"
                        r"公司的|(?<!担)任$|^以[\u4e00-\u9fff]{1,3}$|的交叉$|(?:宏观|微观|细观|尺度)$|"
                        r"完成|提出|[\d两三四五六七八九十数几]+(?:个|项)(?:国家级)?$|^[研内]的|的(?:有关|原创性|定性)$|"
                        r"(?:人才|研究生)培养$|开创|负责|^[者之所于][\u4e00-\u9fff：:]")  # (杜邦公司的研究所任: a post, cut off;
# 以遥感, 以无机化学为基础的交叉: the head of a clause, cut off; 6个气候带完成土壤动物组成, 物流与管理四个, 研的4个一类候选…,
# 丘成桐教授所提出的有关, 多节点的分子调控机制的原创性: a story or a count, cut off; 水利工程领域的人才培养: teaching;
# 者负责激光聚变物理理论, 中国开创中国总膳食, 之有关的恒星结构: a clause cut inside a word or around its verb)
_ESPECIALLY = re.compile(r"特别是|尤其是|尤其")
_DANGLING = re.compile(r"(?:以及|与|及|和|并|或)$")  # the end of a list cut off mid-item: "电子系统的设计与"
_PAREN = re.compile(r"[（(][^（）()]*[)）]")
_ANDS = (re.compile(r"以及"), re.compile(r"和"), re.compile(r"(?<!以)及(?!其)"))  # weakest binding first


def _split_direction(text: str) -> list[tuple[int, int]]:
    """Offsets (relative to text) of the items of a direction list: split on 、，, always (unless that leaves
    one-character pieces, as in "钽、铌、铍新材料"), on 和/及/以及 when both sides have three characters or more,
    never on 与 (it binds compound terms: 机械设计与数控技术); never inside brackets."""
    out: list[tuple[int, int]] = []
    for a, b in _items_with_offsets(text, 0, len(text), seps="，,；;"):
        parts = _items_with_offsets(text, a, b, seps="、")
        if any(len(_tidy(text[x:y])) < 2 for x, y in parts):
            parts = [(a, b)]
        for x, y in parts:
            out.extend(_split_and(text, x, y))
    return out


def _split_and(text: str, a: int, b: int) -> list[tuple[int, int]]:
    for conj in _ANDS:
        for m in conj.finditer(text, a, b):
            if _in_brackets(text[a:b], m.start() - a):
                continue
            if len(_tidy(text[a:m.start()])) >= 3 and len(_tidy(text[m.end():b])) >= 3:
                return [*_split_and(text, a, m.start()), *_split_and(text, m.end(), b)]
    return [(a, b)]


def _tidy(item: str) -> str:
    item = _PAREN.sub("", item).strip(" “”\"'《》:：、，,;；-—")
    if "——" in item:
        item = item.rsplit("——", 1)[1]
    item = _ESPECIALLY.split(item, 1)[0]  # "大气复合污染特别是PM2.5" -> 大气复合污染: the example is another item
    item = re.sub(r"及其[^、，]{1,8}$", "", item)
    item = _DONE_TAIL.sub("", item)
    for _ in range(3):
        item = _TRAIL.sub("", _LEAD.sub("", item)).strip(" “”\"'、，,:：")
        item = _DANGLING.sub("", item)
    return item


def _keep(item: str) -> bool:
    return (2 <= len(item) <= MAX_DIRECTION and item not in _DIR_STOP and not _VERB_START.match(item)
            and not _BAD_START.match(item) and "博士后" not in item and not re.search(r"\d{2,}", item)
            and not _ORG_NAME.search(item) and not _NARRATIVE.search(item)
            and item.count("“") == item.count("”"))


def _add(out: list[Fact], seen: set[str], bio: str, start: int, end: int) -> None:
    raw = bio[start:end]
    for x, y in _split_direction(raw):
        item = _tidy(raw[x:y])
        if not _keep(item) or key(item) in seen:
            continue
        seen.add(key(item))
        offset = raw.find(item, x)
        if offset >= 0:
            out.append(Fact(item, start + offset, start + offset + len(item)))
        else:  # brackets were dropped from the item: the span is the piece it was read from
            out.append(Fact(item, start + x, start + y))


def _headline(bio: str, out: list[Fact], seen: set[str]) -> None:
    """The expertise line that opens most bios: "材料物理学家。", "光学、计量学专家", "化学家和纳米科技专家"."""
    m = _HEADLINE.search(bio, 0, min(len(bio), 160))
    if not m or _HEAD_BAD.search(m.group("head")):
        return
    base = m.start("head")
    head = m.group("head")
    pieces: list[tuple[int, int]] = []
    for a, b in _items_with_offsets(head, 0, len(head), seps="、"):
        cut = [a] + [j + 1 for j in range(a, b) if head[j] in "和及" and j > a and head[j - 1] == "家"] + [b + 1]
        pieces.extend((cut[i], cut[i + 1] - 1) for i in range(len(cut) - 1))
    for a, b in pieces:
        text = head[a:b]
        stem = re.sub(r"(?:领域)?专家$", "", text)
        stem = re.sub(r"学?学家$", "学", stem)  # "物理学家" -> 物理学, "神经病学学家" -> 神经病学
        stem = re.sub(r"(?<=工程)科技$", "", stem)
        _add(out, seen, bio, base + a, base + a + len(stem))


def _directions(bio: str) -> list[Fact]:
    out: list[Fact] = []
    seen: set[str] = set()
    _headline(bio, out, seen)
    spans = []
    for i, pattern in enumerate(_STATEMENTS):
        for m in pattern.finditer(bio):
            s, e = m.span("x")
            if i == 0 and "，" in bio[s:e] and (m.end() == e or e - s > 40):
                e = bio.index("，", s)  # a long or unterminated list across clauses is too loose: keep its first clause
            spans.append((s, e))
            # "从事X研究和Y研究": a second item after the terminator
            tail = re.match(r"(?:和|及|以及|、)(?P<y>(?:(?!方面|领域|进行)[^。；，\n]){2,40}?)(?:的)?(?:研究|研制|工作)",
                            bio[m.end():])
            if i == 0 and tail and m.end() > e:
                spans.append((m.end() + tail.start("y"), m.end() + tail.end("y")))
    for s, e in sorted(spans):
        _add(out, seen, bio, s, e)
    return out


# ---------------------------------------------------------------------------------------------------- awards

_GRADE = r"(?:[一二三四特](?:[、和及]?[一二三四特])*等奖?)"
_GRADE_AHEAD = r"(?=奖|[一二三四特][、和及]?[一二三四特]?等)"
# (国家最高科技奖: 王振义; not 湖北省2002年度最高科技奖)
_TOP_AWARD = re.compile(r"(?:国家|首届)?(?<![省市区])(?<![省市区]\d{4}年)(?<![省市区]\d{4}年度)最高(?:科学技术|科技)奖")
_NATIONAL = [
    ("国家最高科学技术奖", _TOP_AWARD),
    ("国家自然科学奖", re.compile(rf"国家自然科学{_GRADE_AHEAD}")),
    ("国家科学技术进步奖", re.compile(rf"国家(?:科学技术|科学与技术|科技|科学)进步{_GRADE_AHEAD}")),  # (国家科学进步: 李德群's
    # bio; 国家科学与技术进步奖: 马丁's, rt129)
    ("国家技术发明奖", re.compile(rf"国家(?:技术|科技)?发明{_GRADE_AHEAD}")),  # (国家科技发明奖: 江亿's bio, rt130)
]
# The same awards without 国家, right after another national award ("国家自然科学奖二等奖和技术发明奖二等奖")
# or right after 获 ("获自然科学二等奖").
_ELLIPTIC = [
    ("国家自然科学奖", re.compile(rf"(?<!国家)自然科学{_GRADE_AHEAD}")),
    ("国家科学技术进步奖", re.compile(rf"(?<!国家)(?:科学技术|科学与技术|科技|科学)进步{_GRADE_AHEAD}")),
    ("国家技术发明奖", re.compile(rf"(?<!国家)(?<!国家技术)(?<!技术)(?:技术)?发明{_GRADE_AHEAD}")),
]
_AFTER = re.compile(rf"奖?(?P<grade>{_GRADE})?(?:[（(](?!(?:19|20)\d\d)[^）)]{{1,12}}[）)])?")
_COUNT = re.compile(r"[”\"]?(?:各)?(?:[\d一二两三四五六七八九十多余]+(?:项|次|个))?")
# (1994年当选为中国工程院首批院士: the first members, elected that year)
# (also 2015年度当选…, 1995年5月当选…, 当选为工程院院士 right after the verb, 中国工程 院院士 with a stray space, and
# l995年 with a letter for the 1: 11 seats were left undated, rt42; 1991年选为…, 2001年入选…: two more, rt48)
_ACADEMY_ELECTED = re.compile(r"(?P<year>(?:19|20|l9)\d\d)\s*年?(?:度)?(?:\s*\d{1,2}\s*月(?:份)?)?[，,]?\s*(?:当选|增选|被选聘|被选|"
                              r"被遴选|选聘|遴选|入选|选(?=为))为?(?P<which>(?:中国)?科学|(?:中国)?工程)\s*院?(?:首批|首届|第一批)?"
                              r"(?:[\u4e00-\u9fff]{2,10}?学部)?(?:学部委员|院士|院上)")  # (…工程院机械与运载工程学部院士; 院上: a typo)
_ACADEMY = re.compile(r"(?P<which>中国科学|中国工程)院?(?:首批|首届|第一批)?(?:学部委员|院士)(?!外籍)")
_HONOURS = [
    ("长江学者特聘教授", re.compile(r"(?<!荣誉)长江学者(?:奖励计划)?”?特聘教授|长江特聘教授")),
    ("长江学者讲座教授", re.compile(r"(?<!荣誉)长江学者(?:奖励计划)?”?讲座教授|长江讲座教授")),
    ("长江学者", re.compile(r"(?<!荣誉)(?<!荣誉“)长江学者(?!奖励计划|”?特聘|”?讲座|和创新团队)")),
    ("国家杰出青年科学基金", re.compile(r"(?:国家)?杰出青年(?:科学)?基金|国家杰青|国家自然科学基金杰出青年")),
    ("国家优秀青年科学基金", re.compile(r"(?:国家)?优秀青年(?:科学)?基金|国家优青")),
    ("中国青年科技奖", re.compile(r"中国青年科技奖")),
    ("光华工程科技奖", re.compile(r"光华(?:工程科技|科技工程)奖(?P<young>[(（“]?青年奖)?|工程科技光华奖")),
    ("何梁何利", re.compile(r"何梁[何和]利[”\"]?(?:基金)?[-—·]?(?:奖)?(?:科学与技术|科学技术|科技|科学)?(?P<kind>进步|成就|创新)?奖")),
    ("全国科学大会奖", re.compile(r"全国(?:科学|科技)大会(?:成果)?奖")),
    ("国家最高科学技术奖", _TOP_AWARD),
]
_YEAR = re.compile(r"(?P<year>(?:19|20)\d\d)\s*年(?:度)?")
# the honours of the people one trained, not one's own: 培养出120余名博士（含中国工程院院士、长江学者、杰出青年基金…）(叶声华),
# 指导的学生中有2人获国家杰出青年基金
_STUDENTS_HONOURS = re.compile(r"(?:培养|指导|带出|学生|弟子|门生|研究生|博士生)[^。；;\n]*?"
                               r"(?:[（(][^。；;\n）)]*|(?:含|包括|其中|中[，,]?有)[^。；;\n，,]*)$")
_YEAR_AFTER = re.compile(r"[”\"]?(?:[\d一二两三四五六七八九十]+项)?[（(](?P<year>(?:19|20)\d\d)\s*年?"
                         r"(?P<more>(?:\s*[；;、,，和]\s*(?:19|20)\d\d\s*年?)*)[)）]")  # (2010；2011；2012): each year


def award_spellings(forms: set[str]) -> list[str]:
    """The patterns this reader finds an award by in a biography, for the awards whose names hold or are held by one
    of `forms` (国家技术发明奖二等奖: 国家发明二等奖, 技术发明二等奖 after another national award): for quoting a
    biography on an award in the words it uses."""
    return [re.sub(r"\(\?P<\w+>", "(?:", pattern.pattern) for name, pattern in (*_NATIONAL, *_ELLIPTIC, *_HONOURS)
            if any(name in f or f in name for f in forms)]


def _grades(grade: str | None) -> list[str | None]:
    return [f"{g}等奖" for g in grade if g in "一二三四特"] if grade else [None]


def _mask_quotes(bio: str) -> str:
    """The bio with the inside of “...” replaced by a neutral character, so project names never split clauses."""
    return re.sub(r"“[^”]{0,60}”", lambda m: "“" + "Q" * (len(m.group()) - 2) + "”", bio)


# (…2012年3次获得…: 彭永臻's three wins, counted after the years)
_YEAR_LIST = re.compile(r"(?P<years>(?:19|20)\d\d\s*年?(?:[、和及]\s*(?:19|20)\d\d\s*年?)+)(?:[\d两三四五六七八九十]次)?"
                        r"[^，。；,;\n、\d]{0,16}$")


def _years_before(masked: str, pos: int, floor: int) -> list[int]:
    """All the years of a list written right before an award ("2000年、2006年和2011年获…"), else the one year."""
    window = masked[max(floor, pos - 60):pos]
    window = window[max(window.rfind(c) for c in "，。；,;\n") + 1:]
    m = _YEAR_LIST.search(window)
    if m and not re.search(r"当选|毕业|出生|生于|任|起|至|以来", window[m.end("years"):]):
        years = [int(y) for y in re.findall(r"(?:19|20)\d\d", m.group("years"))]
        between = window[m.end("years"):]
        if (each := re.search(r"分(?:别)?(?:获得?|荣获)", between)) is not None:
            # "于2000和2001年分获中国高校科技进步一等奖和国家科技进步二等奖": the k-th award of a list, the k-th year
            # (one award after 分别获, "1987、2002年分别获国家科技进步奖一等奖": won in each year)
            listed = masked[pos - len(between) + each.end():]
            listed = listed[:min((i for i in (listed.find(c) for c in "，。；,;\n") if i >= 0), default=len(listed))]
            if re.search(r"[、和及]", listed):
                k = len(re.findall(r"[、和及]", between[each.end():]))
                return [years[k]] if k < len(years) else []
        return years
    year = _year_before(masked, pos, floor)
    return [year] if year is not None else []


def _year_before(masked: str, pos: int, floor: int) -> int | None:
    """The year written just before an award in the same clause ("2005年获…", "获2005年度…"), if any."""
    window = masked[max(floor, pos - 40):pos]
    window = window[max(window.rfind(c) for c in "，。；、,;\n") + 1:]
    years = list(_YEAR.finditer(window))
    if not years or re.search(r"当选|毕业|出生|生于|任|起|至|以来", window[years[-1].end():]):
        return None
    return int(years[-1].group("year"))


def students_honour(text: str, start: int) -> bool:
    """Whether what is named at `start` is an honour of the people one trained (培养出…（含…长江学者…）), not one's own."""
    return bool(_STUDENTS_HONOURS.search(text, max(text.rfind(c, 0, start) for c in "。；;\n") + 1, start))


def awards_named(text: str) -> set[str]:
    """The awards a piece of biography names, in the graph's names (“国家发明二等奖” is 国家技术发明奖二等奖): the award
    reading alone, for a quoted sentence."""
    return {a.name for a in _awards(text)}


def _awards(bio: str) -> list[AwardFact]:
    masked = _mask_quotes(bio)
    found: list[AwardFact] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    def emit(name: str, s: int, e: int, grade: str | None = None, floor: int = 0, year: int | None = None) -> None:
        taken.append((s, e))
        if students_honour(masked, s):
            return
        years = [year] if year is not None else _years_before(masked, s, floor)
        if not years:
            after = _YEAR_AFTER.match(masked, e)
            years = [int(after.group("year")), *map(int, re.findall(r"(?:19|20)\d\d", after.group("more")))] if after \
                else [None]
        for y in years:
            found.append(AwardFact(bio[s:e], s, e, name=name + (grade or ""), grade=grade, year=y))

    # The academies first: "2003年当选为中国工程院院士", then bare "中国科学院院士".
    for pattern in (_ACADEMY_ELECTED, _ACADEMY):
        for m in pattern.finditer(bio):
            s, e = m.start("which"), m.end()
            if not free(s, e):
                continue
            name = "中国工程院院士" if "工程" in m.group("which") else "中国科学院院士"
            year = int(m.group("year").replace("l", "1")) if "year" in m.groupdict() else None
            emit(name, s, e, year=year if year else -1)
    # National science awards, with grades, elliptic repeats and bare-grade continuations.
    mentions = [(m.start(), m.end(), base, False) for base, p in _NATIONAL for m in p.finditer(bio)]
    for base, pattern in _ELLIPTIC:
        for m in pattern.finditer(bio):
            before = bio[max(0, m.start() - 3): m.start()]
            if re.search(r"(?:获|获得|荣获)“?$", before):
                mentions.append((m.start(), m.end(), base, False))
            elif re.search(r"[、和及]“?$", before):
                mentions.append((m.start(), m.end(), base, True))  # only right after another national award
    last_end = -1
    for s, e, base, elliptic in sorted(mentions):
        if not free(s, e):
            continue
        if elliptic and not (last_end >= 0 and re.fullmatch(r"[^。；，,]{0,3}", bio[last_end:s])):
            continue
        after = _AFTER.match(bio, e)
        end = after.end()
        if re.match(r"[”\"]?(?:评审|评委|委员|专家|提名)", bio[end:]):
            continue  # "国家科学技术进步奖评审专家" is a role, not an award
        for g in _grades(after.group("grade")):
            emit(base, s, end, g)
        pos = _COUNT.match(bio, end).end()
        # "国家科技进步一等奖3项、二等奖5项" / "国家科技进步二、三等奖各一项"
        while (cont := re.compile(rf"[、，,和及](?P<grade>{_GRADE})").match(bio, pos)):
            gs, ge = cont.span("grade")
            for g in _grades(cont.group("grade")):
                emit(base, gs, ge, g, floor=gs)
            pos = _COUNT.match(bio, ge).end()
        last_end = pos
    for name, pattern in _HONOURS:
        for m in pattern.finditer(bio):
            s, e = m.span()
            if not free(s, e):
                continue
            if name == "光华工程科技奖":
                name_ = name + ("青年奖" if m.group("young") else "")
            elif name == "何梁何利":
                name_ = f"何梁何利基金科学与技术{m.group('kind')}奖" if m.group("kind") else "何梁何利基金奖"
            else:
                name_ = name
            emit(name_, s, e)
    found = [AwardFact(a.text, a.start, a.end, name=a.name, grade=a.grade, year=None if a.year == -1 else a.year)
             for a in found]
    # One entry per (name, year); a yearless mention of an award the bio also dates adds nothing.
    dated = {a.name for a in found if a.year is not None}
    out: list[AwardFact] = []
    seen: set[tuple[str, int | None]] = set()
    for a in sorted(found, key=lambda a: a.start):
        if (a.name, a.year) in seen or (a.year is None and a.name in dated):
            continue
        seen.add((a.name, a.year))
        out.append(a)
    return out


# ---------------------------------------------------------------------------------------------------- entry point


def extract_facts(bio: str | None) -> BioFacts:
    """Institution, title, research directions and awards of a biography, each with its span in `bio`.

    Pass the bio as stored (see `clean_bio`) so that the offsets match what the graph holds."""
    if not bio:
        return BioFacts()
    institution, title = _institution(bio)
    return BioFacts(institution=institution, title=title, directions=_directions(bio), awards=_awards(bio))
