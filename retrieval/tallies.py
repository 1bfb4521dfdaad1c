"""Whole-graph tallies: 哪个单位的院士最多？ 哪一年当选的院士最多？ 各学部各有多少位院士？ counted from the graph.

A tally question asks how the experts a count question would count (all of them, the academicians, those of one
academy or award, those on a topic) spread over one thing they are recorded with: institution, province, city,
field, research direction, or the year of their academy seat. The experts are read as `census` reads them, the groups
by one Cypher statement each (retrieval/cypher.py), so the figures are the graph's, never estimated.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import Literal

from kg import cypher as kg_cypher
from kg.store import GraphStore
from retrieval import cypher
from retrieval.census import NUMBER_EN, CountQuestion, census, chinese_number, count_question, count_question_en
from retrieval.english_names import english_place
from retrieval.models import Requirement, place_words
from retrieval.org_aliases import ORG_ALIASES
from retrieval.requirements import PLACES

Dimension = Literal["institution", "province", "city", "field", "direction", "award", "year"]

_STATEMENTS = {"institution": cypher.TALLY_INSTITUTION, "province": cypher.TALLY_PROVINCE, "city": cypher.TALLY_CITY,
               "field": cypher.TALLY_FIELD, "direction": cypher.TALLY_DIRECTION, "award": cypher.TALLY_AWARD,
               "year": cypher.TALLY_SEAT_YEAR}

#: the most groups a tally lists (各单位各有多少位: hundreds of institutions)
MOST_LISTED = 30
#: how many groups after the first a 最多 answer names
RUNNERS_UP = 4


@dataclass(frozen=True)
class TallyQuestion:
    """Which experts to count (`who`: the count question of them; None counts every expert) by what (`by`), and
    whether the extreme is asked (`most`: "most" | "fewest"), every group (`most` "") or how many groups there are
    (`most` "distinct": 图谱里一共有多少个机构？ 研究焊接的院士分布在几个省？)."""

    by: Dimension
    who: CountQuestion | None = None
    label: str = "专家"  # the experts counted as the question calls them (院士, 中国工程院院士, academicians)
    most: Literal["most", "fewest", "", "distinct"] = "most"
    places: int = 1  # 前五名: the first five groups
    seat: str = "院士"  # for `by` year: the seat whose year counts (中国工程院院士 when the question names that academy)
    english: bool = False
    rank: int = 0  # 那第二名呢？: the group(s) at that place only
    excluding: str = ""  # 除了清华，哪个单位的院士最多？ 不算北京: a group left out (its name, or words of it)


@dataclass(frozen=True)
class Tally:
    """A tally's answer: the groups with how many of the experts counted each holds, most first (ties by name), and
    how many experts were counted in all."""

    question: TallyQuestion
    counted: int
    groups: tuple[tuple[str, int], ...]


_LEAD = r"^\s*(?:请问|那么?|那)?\s*(?:(?:在|按照?|根据)?(?:你们的?|这个)?(?:知识图谱|图谱|专家库|数据库|库|平台)(?:里面|里|中|上)?)?[，,]?\s*"
_WHO = r"(?P<who>[^，,。？?！!\s]{0,30}?(?:院士|专家|学者|科学家|人))"
_ZH_DIMENSIONS: dict[str, str] = {
    "institution": r"工作单位|科研院所|研究机构|单位|机构|大学|高校|学校|院校|研究所|研究院|院所",
    "province": r"省份|省区|省市|省",
    "city": r"城市|市",
    "field": r"学部|学科|领域",
    "direction": r"研究方向|方向",
    "award": r"奖项|奖励|奖",
    "year": r"年份|一年|年",
}
_DIM = "|".join(f"(?P<{k}>{v})" for k, v in _ZH_DIMENSIONS.items())
_ELECTED = r"(?:当选|入选|评上|评选|增选|选出|选上)"
_MOST = r"最(?P<most>多|少)"
_END = r"\s*(?:的是?(?:哪[个里儿一所家些]?|什么)?)?(?:呢|啊|呀)?\s*[？?。！!]*\s*$"
# 哪所大学的院士最多？前五名 / 列出前十: the places asked, read apart (`_TOP`) and cut off before the forms are tried
_TOP_TAIL = re.compile(r"[，,。？?；;\s]*(?:请|麻烦)?(?:列出|给出|排出|说出)?(?:排名)?(?:前\s*(?:\d+|[一二两三四五六七八九十]+)\s*(?:名|个|位)?)?"
                       r"(?:是哪些|有哪些|分别是)?(?:分别|各|一共|共)?(?:有|是)?(?:多少位?|多少个|几位)?(?:呢)?[？?。！!]*\s*$")
# 除了清华，… / 不算北京，… / "Excluding Beijing, …": a group the tally leaves out
_EXCLUDING = re.compile(r"^\s*(?:除了?|不算|不包括|去掉|排除)(?P<x>[^，,。？?]{2,12}?)(?:以外|之外)?[，,]\s*|"
                        r"^\s*(?i:(?:excluding|except(?:\s+for)?|apart\s+from|not\s+counting|besides|other\s+than))\s+"
                        r"(?P<en>[^,]{2,40}?),\s*")

_ZH_FORMS = (
    # 哪个单位的院士最多？ 哪所大学院士最多？ 哪一年当选的院士最多？ 中国工程院院士中哪个学科的人最多？
    re.compile(rf"{_LEAD}(?:(?P<pre>[^，,。？?！!]{{1,30}}?)(?:(?<=院士|专家)(?:中|当中|之中|里面?)?|中|当中|之中|里面?)[，,]?\s*)?哪"
               rf"(?:个|所|家|一个|一所|一家|些|一|(?P<n>[两二三四五六七八九十]|\d{{1,2}})(?:个|所|家))?"
               rf"(?:{_DIM})(?:{_ELECTED})?的?{_WHO}?(?:的?(?:人数|数量|人|数目))?{_MOST}{_END}"),
    # 院士最多的单位是哪个？ 当选院士最多的年份是哪一年？
    re.compile(rf"{_LEAD}(?:{_ELECTED})?{_WHO}(?:的?(?:人数|数量))?{_MOST}的(?:前?(?P<n>[两二三四五六七八九十]|\d{{1,2}})(?:个|所|家))?"
               rf"(?:{_DIM})(?:是|为)?"
               rf"(?:哪[个里儿一所家些]?(?:年|个)?|什么|哪)?\s*(?:呢|啊)?\s*[？?。！!]*\s*$"),
)
# 各学部各有多少位院士？ 每个学科有多少院士？ 院士在各省的分布
_ZH_EACH = (
    re.compile(rf"{_LEAD}(?:(?P<pre>[^，,。？?！!]{{1,30}}?)(?:中|当中|之中|里面?)[，,]?\s*)?(?:各|每个|每一个|每)(?:个)?"
               rf"(?:{_DIM})(?:{_ELECTED})?(?:的)?(?:各|分别|都|各自)?(?:有|是)?(?:多少|几)(?:位|名|个|人)?{_WHO}?"
               rf"\s*(?:呢|啊)?\s*[？?。！!]*\s*$"),
    re.compile(rf"{_LEAD}{_WHO}(?:按|在)(?:各|每个)?(?:个)?(?:{_DIM})的?(?:分布|人数|数量|统计)(?:情况)?(?:如何|怎么样|是怎样的)?"
               rf"\s*[？?。！!]*\s*$"),
)
# 图谱里一共有多少个机构？ 研究焊接的院士分布在几个省？ 清华大学的院士来自几个学科？: how many groups (it was matched as a
# problem, or listed the experts counted)
_ZH_DISTINCT = re.compile(
    rf"{_LEAD}(?:你们|贵平台|平台|系统)?(?:{_WHO}(?:们)?)?(?:一共|总共|共|总计|目前)?(?:分别)?(?:来自|出自|分布(?:在|于)?|散布在|属于|涉及|覆盖|遍布|在|有|"
    rf"收录了?|记录了?|包含|包括|涵盖)?(?:多少|几)\s*(?:个|所|家|种|类|项|座)?(?:不同的?)?(?:{_DIM})\s*(?:呢|啊)?"
    rf"[？?。！!]*\s*$")
_TOP = re.compile(r"前\s*(?P<n>\d+|[一二两三四五六七八九十]+)\s*(?:名|个|位)?")

_EN_DIMENSIONS = {"institution": "institution|university|organi[sz]ation|institute|employer|affiliation",
                  "province": "province|region", "city": "city", "field": "field|discipline|division",
                  "direction": "research direction|direction|research area|area", "award": "award|prize|honou?r",
                  "year": "year"}
_EN_DIM = "|".join(f"(?P<{k}>{v})" for k, v in _EN_DIMENSIONS.items())
_EN_WHO = (r"(?P<who>(?:[A-Za-z-]+\s+){0,6}?(?:academicians|experts|members|scientists|researchers|people)"
           r"(?:\s+of\s+(?:the\s+)?(?:Chinese\s+Academy\s+of\s+(?:Sciences|Engineering)|CAS|CAE))?)")
_EN_FORMS = (
    re.compile(rf"^\s*(?:which|what)\s+(?:{_EN_DIM})s?\s+(?:has|had|have|holds?|is\s+home\s+to|counts?)\s+the\s+"
               rf"(?P<most>most|fewest|largest\s+number\s+of|smallest\s+number\s+of|highest\s+number\s+of|"
               rf"greatest\s+number\s+of)\s+{_EN_WHO}(?:\s+elected)?(?:\s+in\s+the\s+graph)?\s*[?.!]*\s*$", re.IGNORECASE),
    re.compile(rf"^\s*in\s+which\s+(?:{_EN_DIM})\s+were\s+the\s+(?P<most>most|fewest)\s+{_EN_WHO}\s+elected"
               rf"(?:\s+in\s+the\s+graph)?\s*[?.!]*\s*$", re.IGNORECASE),
    re.compile(rf"^\s*(?:which|what)\s+(?:{_EN_DIM})\s+(?:saw|had)\s+the\s+(?P<most>most|fewest)\s+{_EN_WHO}\s+elected"
               rf"\s*[?.!]*\s*$", re.IGNORECASE),
)
_EN_MORE = (
    # "Which year had the most elections?" "What is the most common field among academicians?"
    (re.compile(r"^\s*(?:which|what)\s+year\s+(?:had|saw)\s+the\s+(?P<most>most|fewest)\s+(?:elections|elected)\s*[?.!]*\s*$",
                re.IGNORECASE), "year"),
    (re.compile(r"^\s*what\s+is\s+the\s+(?P<most>most|least)\s+common\s+(?:field|discipline)(?:\s+(?:among|of)\s+"
                r"(?:the\s+)?(?:academicians|experts))?\s*[?.!]*\s*$", re.IGNORECASE), "field"),
)
# "Give me the top 5 institutions by number of academicians", "What are the top 3 provinces with the most CAE
# members?", "Which 5 institutions have the most academicians?" (rt77: answered with three unrelated experts), read on
# the singular of the groups' word (`_singular_groups`)
_EN_TOP_FORMS = (
    re.compile(rf"^\s*(?:(?:please\s+)?(?:give|list|show|tell)(?:\s+me)?\s+|(?:what|which)\s+are\s+)?(?:the\s+)?top\s+"
               rf"(?P<n>\d{{1,2}}|two|three|four|five|six|seven|eight|nine|ten)\s+(?:{_EN_DIM})\s+(?:(?:ranked\s+|sorted\s+|"
               rf"ordered\s+)?by\s+(?:the\s+)?(?:number|count)\s+of|(?:with|having)\s+the\s+(?P<most>most)|among|for|of)\s+"
               rf"(?:the\s+)?{_EN_WHO}"
               rf"(?:\s+in\s+the\s+graph)?\s*[?.!]*\s*$", re.IGNORECASE),
    re.compile(rf"^\s*(?:which|what)\s+(?P<n>\d{{1,2}}|two|three|four|five|six|seven|eight|nine|ten)\s+(?:{_EN_DIM})\s+"
               rf"(?:have|has|had|hold)\s+the\s+(?P<most>most)\s+{_EN_WHO}(?:\s+in\s+the\s+graph)?\s*[?.!]*\s*$",
               re.IGNORECASE),
)


def _singular_groups(text: str) -> str:
    """English group words in the singular (institutions → institution, universities → university, cities → city)."""
    text = re.sub(r"(?i)\b(universit|cit)ies\b", r"\1y", text)
    return re.sub(r"(?i)\b(institution|province|region|field|discipline|division|direction|area|award|prize|year|"
                  r"institute|organi[sz]ation|employer|affiliation)s\b", r"\1", text)


_EN_EACH = re.compile(rf"^\s*how\s+many\s+{_EN_WHO}\s+(?:are\s+there\s+|does\s+the\s+graph\s+hold\s+|were\s+elected\s+)?"
                      rf"(?:in|at|per|for|by|from)\s+(?:each|every)\s+(?:{_EN_DIM})\s*[?.!]*\s*$", re.IGNORECASE)

_PLAIN_ZH = re.compile(r"^(?:两院|中国科学院|中国工程院|科学院|工程院)?(?:院士|专家|学者|科学家|人)$")
_ACADEMY = (("中国工程院", "工程院", "cae", "engineering"), ("中国科学院", "科学院", "中科院", "cas", "sciences"))
_ACADEMY_EN = (("中国工程院", r"\bCAE\b|Academy\s+of\s+Engineering"), ("中国科学院", r"\bCAS\b|Academy\s+of\s+Sciences?"))


_EN_DISTINCT = re.compile(rf"^\s*how\s+many\s+(?:different\s+|distinct\s+)?(?:{_EN_DIM}|(?P<universities>universities)|"
                          rf"(?P<cities>cities))s?\b(?P<rest>.*)$", re.IGNORECASE)
_EN_DISTINCT_HEAD = re.compile(r"^\s*(?:are|is|do|does|did)\b\s*(?:there\b)?", re.IGNORECASE)
_EN_DISTINCT_TAIL = re.compile(r"\s*(?:(?:come|comes|belong|belongs|work|works|are|is)\s+)?(?:from|to|at|in|represented|"
                               r"linked\s+to|covered)?\s*(?:(?:in|by)\s+(?:the|your|this)\s+(?:knowledge\s+)?"
                               r"(?:graph|database))?\s*(?:in\s+(?:all|total))?\s*[?.!]*\s*$", re.IGNORECASE)
_EN_GRAPH_ONLY = re.compile(r"^(?:(?:the|your|this)\s+)?(?:knowledge\s+)?(?:graph|database)?(?:\s+(?:hold|record|contain|"
                            r"list|cover|have|include)s?)?$|^there$", re.IGNORECASE)
_EN_TOPIC_WHO = re.compile(r"^(?:the\s+)?(?P<topic>.+?)\s+(?P<who>academicians|experts|scientists|researchers)$",
                           re.IGNORECASE)


def _distinct_question_en(text: str) -> TallyQuestion | None:
    """"How many institutions are in the graph?", "How many provinces do the welding academicians come from?": how many
    groups the experts counted fall in; None for any other question (of those shown: "do they come from?")."""
    if (found := _EN_DISTINCT.match(text)) is None:
        return None
    by = "institution" if found.group("universities") else "city" if found.group("cities") else \
        next(k for k in _EN_DIMENSIONS if found.group(k))
    who = _EN_DISTINCT_TAIL.sub("", _EN_DISTINCT_HEAD.sub("", found.group("rest"))).strip()
    if by == "year" or re.search(r"\b(?:they|them|these|those|above)\b", who, re.IGNORECASE):
        return None
    if _EN_GRAPH_ONLY.match(who):
        return TallyQuestion(by, None, "experts", "distinct", english=True)  # type: ignore[arg-type]
    counted = count_question_en(f"How many {who}?")
    if counted is None and (split := _EN_TOPIC_WHO.match(who)):  # "the welding academicians"
        counted = count_question_en(f"How many {split.group('who')} work on {split.group('topic')}?")
    return None if counted is None or counted.superlative else \
        TallyQuestion(by, counted, re.sub(r"^the\s+", "", who), "distinct", english=True)  # type: ignore[arg-type]


def tally_question(text: str) -> TallyQuestion | None:
    """The tally a message asks for (Chinese or English), None when it asks none; a group left out first (除了清华，…)
    is kept as `excluding`."""
    if not (left := _EXCLUDING.match(text)):
        return _tally_question(text)
    asked = _tally_question(text[left.end():])
    return dataclasses.replace(asked, excluding=(left.group("x") or left.group("en")).strip()) if asked else None


def _tally_question(text: str) -> TallyQuestion | None:
    original = text
    text = re.sub(r"^\s*(?i:and|so|then|also|now)\s+", "", text)  # "And which institution has …?"
    text = re.sub(r"(?i)\s+(?:in\s+(?:your|the)\s+(?:knowledge\s+)?graph)(?=\s*[?.!]|\s*$)", "", text)
    if (top_en := _TOP_EN.search(text)) is not None:  # "… Give the top five with counts."
        text = text[:top_en.start()].rstrip() or text
    top = _TOP_TAIL.search(text)
    asked = text[:top.start()] + "？" if top and top.start() > 0 and re.search(r"[\u4e00-\u9fff]", top.group()) else text
    for form in _ZH_FORMS:
        if found := form.search(asked):
            return _tally(found, "fewest" if found.group("most") == "少" else "most", original, english=False)
    for form in _ZH_EACH:
        if found := form.search(asked):
            return _tally(found, "", original, english=False)
    if found := _ZH_DISTINCT.search(text):
        return _tally(found, "distinct", original, english=False)
    if english := _distinct_question_en(text):
        return english
    for form in _EN_FORMS:
        if found := form.search(asked):
            return _tally(found, "fewest" if found.group("most").lower() in ("fewest", "smallest number of")
                          else "most", original, english=True)
    if found := _EN_EACH.search(asked):
        return _tally(found, "", original, english=True)
    for form in _EN_TOP_FORMS:
        if found := form.search(_singular_groups(text)):
            return _tally(found, "most", original, english=True)
    for form, by in _EN_MORE:
        if found := form.search(asked):
            return TallyQuestion(by, CountQuestion(None, (Requirement(kind="academy", text="院士"),)), "academicians",  # type: ignore[arg-type]
                                 "most" if found.group("most").lower() == "most" else "fewest", english=True)
    return None


_GROUP_WORD = {"institution": ("单位", "institution"), "province": ("省份", "province"), "city": ("城市", "city"),
               "field": ("学科", "field"), "direction": ("研究方向", "research direction"), "award": ("奖项", "award"),
               "year": ("年份", "year")}


def regrouped(last: TallyQuestion, group: str, english: bool) -> TallyQuestion | None:
    """The tally asked just before, asked again of another group of experts (哪个单位的院士最多？ then 工程院里呢？ 北京的
    呢？ "And in CAE?"): the same groups and extreme over those experts; None where `group` is not read as experts a
    count can select (a name, a word of no condition)."""
    zh, en = _GROUP_WORD[last.by]
    text = (f"Which {en} has the most {group} academicians?" if english else f"{group}院士中哪个{zh}的人最多？")
    asked = _tally_question(text)
    if asked is None or asked.who is None or asked.who.term is not None or asked.who.unrecorded or \
            len(asked.who.requirements) < 2 and asked.who.requirements == (Requirement(kind="academy", text="院士"),):
        return None
    return dataclasses.replace(asked, most=last.most, places=last.places, excluding=last.excluding)


_TOP_EN = re.compile(r"[.?!]?\s*(?:please\s+)?(?:give|list|show)(?:\s+me)?\s+the\s+top\s+(?P<n>\d+|two|three|four|five|six|"
                     r"seven|eight|nine|ten)\b[^.?!]*[.?!]*\s*$", re.IGNORECASE)


def _tally(found: re.Match, most: str, text: str, english: bool) -> TallyQuestion | None:
    by = next(k for k in _ZH_DIMENSIONS if found.groupdict().get(k))
    pre = (found.groupdict().get("pre") or "").strip()
    who = (found.group("who") or "").strip()
    said = who if who and who not in ("人", "people") else pre or ("academicians" if english and not who else who)
    said = said or "专家"
    if english:
        seat = next((f"{a[0]}院士" for a in _ACADEMY_EN if re.search(a[1], said, re.IGNORECASE)), None)
        if seat is not None or re.fullmatch(r"(?:academicians|members)", said, re.IGNORECASE):
            counted = CountQuestion(None, (Requirement(kind="academy", text=seat or "院士"),))
        elif re.fullmatch(r"(?:experts|people|scientists|researchers)", said, re.IGNORECASE):
            counted = None
        elif (counted := count_question_en(f"How many {said} are there?")) is None:
            return None  # a condition not read as one: not answered with the whole graph's figures
        label = said
    else:
        plain = _PLAIN_ZH.match(said)
        counted = None if plain and said in ("专家", "学者", "科学家", "人") else count_question(f"{said}有多少位？")
        if counted is None and not plain:
            return None
        label = "专家" if said == "人" else said
    lowered = f"{pre}{who}".lower()
    seat = next((academy[0] + "院士" for academy in _ACADEMY if any(re.search(rf"(?<![a-z]){w}(?![a-z])", lowered)
                                                                  for w in academy)), "院士")
    top = _TOP.search(text)
    places = (int(top.group("n")) if top.group("n").isdigit() else chinese_number(top.group("n")) or 1) if top else 1
    if not english and (said_n := found.groupdict().get("n")):  # 哪三个单位…最多？ 最多的三个单位
        places = int(said_n) if said_n.isdigit() else chinese_number(said_n) or 1
    if (top_en := _TOP_EN.search(text)) is not None or english and found.groupdict().get("n"):
        said = (top_en or found).group("n").lower()
        places = int(said) if said.isdigit() else NUMBER_EN[said]
    return TallyQuestion(by, counted, label, most, max(1, min(places, MOST_LISTED)), seat, english)  # type: ignore[arg-type]


def tally(store: GraphStore, question: TallyQuestion) -> Tally:
    """The groups of the experts the question counts, read from the graph, most first."""
    if question.who is None:
        every, ids, counted = True, [], int(store.read(kg_cypher.EXPERT_COUNT).value(0))
    else:
        found = census(store, question.who)
        every, ids, counted = not found.ids and found.total > 0, list(found.ids), found.total
    if not counted:
        return Tally(question, 0, ())
    params = {"all": every, "ids": ids, **({"seat": question.seat} if question.by == "year" else {})}
    rows = store.read(_STATEMENTS[question.by], params).rows
    left = _left_out_words(question.excluding)
    return Tally(question, counted, tuple((str(name), int(n)) for name, n in rows if name is not None
                                          and not (left and any(w in str(name) for w in left))))


def _left_out_words(said: str) -> tuple[str, ...]:
    """The words a group left out is known by (清华 → 清华大学; 北京 → 北京; "Beijing" → 北京)."""
    if not said:
        return ()
    words = {said, ORG_ALIASES.get(said, said)}
    for place in PLACES:  # an English place name, as the graph writes it
        if english_place(place).lower() == said.lower():
            words.add(place)
    return tuple(w for w in words if w)


@dataclass(frozen=True)
class OutsideCount:
    """北京以外有多少位院士？: the experts a count question counts (`who`; None: all) whose institutions the graph places
    outside `place`, with those it places there and those it places nowhere, counted apart."""

    place: str
    who: CountQuestion | None = None
    label: str = "专家"
    counted: int = 0
    at_place: int = 0
    unplaced: int = 0

    @property
    def outside(self) -> int:
        return self.counted - self.at_place - self.unplaced


_PLACE_ALT = "|".join(sorted(PLACES, key=len, reverse=True))
_OUTSIDE_ASKED = re.compile(rf"^\s*(?:请问)?(?:除了?|不在)?(?P<place>{_PLACE_ALT})(?:省|市)?(?:以外|之外|外)?的?[，,]?"
                            rf"(?:的)?(?P<who>[^，,。？?！!]{{0,20}}?(?:院士|专家))?(?:还|一共|总共|共)?有(?:多少|几)(?:位|名|个)?"
                            rf"(?P<who2>[^，,。？?！!]{{0,20}}?(?:院士|专家))?[？?。！!]*\s*$")


def outside_question(text: str) -> OutsideCount | None:
    """The count a turn asks of the experts outside a place (北京以外有多少位院士？ 除了北京，还有多少位院士？ 不在北京的院士
    有多少位？), else None."""
    found = _OUTSIDE_ASKED.match(text)
    if not found or not re.search(r"以外|之外|外|除|不在", text[:found.end("place") + 3]):
        return None
    said = (found.group("who") or found.group("who2") or "专家").strip()
    plain = _PLAIN_ZH.match(said)
    who = None if plain and said in ("专家",) else count_question(f"{said}有多少位？")
    if who is None and not plain:
        return None
    return OutsideCount(found.group("place"), who, said)


def outside_count(store: GraphStore, question: OutsideCount) -> OutsideCount:
    """The question with its figures read from the graph."""
    if question.who is None:
        every, ids = True, []
    else:
        found = census(store, question.who)
        every, ids = not found.ids and found.total > 0, list(found.ids)
    row = store.read(cypher.PLACED_AT, {"all": every, "ids": ids, "place": question.place,
                                        "words": list(place_words(question.place))}).records()[0]
    return dataclasses.replace(question, counted=int(row["counted"] or 0), at_place=int(row["at_place"] or 0),
                               unplaced=int(row["unplaced"] or 0))
