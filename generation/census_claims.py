"""Claims about the whole graph's experts (知识图谱中共有25位研究焊接的院士, 图谱里研究焊接的院士只有A和B两位): checked
by counting in the graph (retrieval/census.py), since no expert's record can support them.

A count or an "only these" said of the graph in the clause that names it is read back as the count question it
answers; the number the graph gives must be the number said (超过/约 as written), or the names listed must be as many.
Where the answer cannot count (no graph at hand) or the question cannot be read, the claim is not supported.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable, Mapping

from generation.models import Claim
from retrieval.models import Requirement
from retrieval.requirements import OPEN_END, OPEN_START
from retrieval.acronyms import english_jargon, english_terms
from retrieval.english_names import PLACES_EN
from retrieval.census import (GRAPH, ONLY_TAIL, PEOPLE, STATED_COUNT, Census, CountQuestion, count_question,
                              said_number)

#: counts the experts a count question counts (`ExpertRetriever.census(...)`, or only its `.total`; a superlative
#: said of them is checked only against a whole Census)
Counter = Callable[[CountQuestion], "int | Census"]
# 知识图谱中，清华大学的院士共73位，其中获奖记录最多的是A、B，各9项: the extreme of those counted, said by the answer
# The knowledge graph holds 54 academicians at 北京大学; of them, A has the most award records: 5 / A and B were elected
# first, in 1980: the same in English
SUPERLATIVE_SAID_EN = re.compile(
    r"holds (?P<n>\d+) (?P<who>[^;.]+?); of them, (?P<names>[^;:]+?) (?:(?:has|have|was|were) )?"
    r"(?P<what>the most award records|the most records of the award asked|elected first|elected last|received it first|"
    r"received it last)(?: \(\d+ in all\))?[:,] (?:in )?(?P<value>\d+)")
#: what a superlative is said as, and the unit of its value (generation.grounded writes them, SUPERLATIVE_SAID reads)
SUPERLATIVE_WORDS = {"awards": ("获奖记录最多", "项"), "award_count": ("该项获得记录最多", "项"), "earliest": ("最早当选", "年当选"), "latest": ("最晚当选", "年当选"),
                     "award_earliest": ("最早获得", "年获得"), "award_latest": ("最晚获得", "年获得")}
_SUPERLATIVE_KIND = {what: kind for kind, (what, _) in SUPERLATIVE_WORDS.items()}
_RANK_SAID = r"(?P<names>[^，。；\n]+?)(?:等(?P<more>\d+)位)?，各?(?P<value>\d+)(?:项|年当选|年获得)"
SUPERLATIVE_SAID = re.compile(r"知识图谱中，(?P<who>[^。！？\n]*?)共(?P<n>\d+)位，其中(?P<what>" +
                              "|".join(_SUPERLATIVE_KIND) + ")的是" + _RANK_SAID)
# …；其次依次是：B，8项；C、D，各7项 / "…; next: B, 8; next: C and D, 7": the next values, each read back as the one after
_NEXT_SAID = re.compile(r"(?:；其次依次是：|；)" + _RANK_SAID)
_NEXT_SAID_EN = re.compile(r"(?:\s+\(academy\s+seats\s+aside\))?;\s+next:\s+(?P<names>[^;:]+?),\s+(?P<value>\d+)(?=[;.]|$)")

_CLAUSE = re.compile(r"[^，,。；;！!？?\n]+")
_SCOPE_ONLY = re.compile(r"(?:知识图谱|图谱|专家库|人才库|数据库)(?:里面|里|中|内|上)?(?:的记录)?")
_ONLY = re.compile(r"只有|仅有|就只有|就这")


def _holds(total: int, n: int, about: str | None, more: str | None) -> bool:
    if about in ("约", "大约", "近"):
        return abs(total - n) <= max(1, n // 10)
    if about in ("超过", "逾") or more:
        return total > n
    if about in ("不少于", "至少"):
        return total >= n
    return total == n


def census_claims(text: str, counter: Counter | None, names: Iterable[str] = (),
                  ids: Mapping[str, Iterable[str]] | None = None) -> list[Claim]:
    """The graph-wide counts and "only these" claims of one sentence, each checked by counting; `names`: the experts'
    names the answer may use (an "only" claim lists as many as the graph counts); `ids`: their ids by name (a
    superlative names those at the extreme)."""
    claims, scope = _english_claims(text, counter) + _superlative_claims(text, counter, ids or {}), ""
    for clause in _CLAUSE.finditer(text):
        said = (scope + "，" if scope else "") + clause.group()
        graph = GRAPH.search(said)
        if graph is None:
            continue
        rest = said[graph.start():]
        scope = rest if _SCOPE_ONLY.fullmatch(rest) else ""  # 知识图谱中，…: the graph is the next clause's scope
        if scope:
            continue
        if (m := STATED_COUNT.search(rest)) is not None and PEOPLE.search(rest) and \
                (n := said_number(m.group("n"), bool(m.group("wan")))) is not None:
            asked = count_question(rest[:m.start()] + "有多少位" + rest[m.end():])
            about = m.group("about") or m.group("before")
            claims.append(_checked(m.group(), asked, counter, lambda total: _holds(total, n, about, m.group("more"))))
        elif (only := _ONLY.search(rest)) is not None:
            listed = sum(1 for name in set(names) if name in rest[only.end():])
            asked = count_question(rest[:only.start()] + "有多少位" + ONLY_TAIL.sub("", rest[only.start():], count=1))
            claims.append(_checked(rest[only.start():only.start() + 12], asked, counter,
                                   lambda total: listed > 0 and total == listed))
    return claims


# the graph as what holds the experts ("The graph has …", "… in our database"), not "Based on the knowledge graph"
_GRAPH_EN = re.compile(r"\b(?:knowledge\s+graph|graph|database)\s+(?:now\s+|currently\s+)?(?:holds?|has|have|contains?|"
                       r"records?|lists?|includes?|covers?)\b|\bin\s+(?:the|our|this|your)\s+(?:expert\s+)?"
                       r"(?:knowledge\s+graph|graph|database)\b", re.IGNORECASE)
_STATED_COUNT_EN = re.compile(
    r"(?<!these )(?<!those )(?<!following )(?<!top )(?<!first )"  # the answer's own list: "these 3 experts"
    r"(?P<about>\b(?:over|more\s+than|about|around|nearly|roughly|some|at\s+least)\s+)?\b(?P<n>\d[\d,]*)\s+"
    r"(?:[a-z-]+\s+){0,3}?(?P<who>experts?|academicians?|scientists?|researchers?|people|specialists?|professors?)\b",
    re.IGNORECASE)
# "over 1000", "about 1600": read as 超过 / 约 are in Chinese
_ABOUT_EN = {"about": "约", "around": "约", "nearly": "约", "roughly": "约", "some": "约", "over": "超过",
             "more than": "超过", "at least": "至少"}
_GRAPH_WORDS = re.compile(r"(?:expert\s+)?(?:knowledge\s+graph|graph|database)s?", re.IGNORECASE)
_QUOTED_EN = re.compile(r"[“「\"]([^”」\"]{1,12})[”」\"]")


_HOLDING_EN = re.compile(r"\bholding\s+([\u4e00-\u9fff]+)(?:\s+awarded\s+(?:in\s+((?:19|20)\d\d)(?:[–-]((?:19|20)\d\d)|"
                         r"\s+(or\s+later))?|before\s+((?:19|20)\d\d)))?")
_ELECTED_EN = re.compile(r"\belected\s+(?:in|(?P<before>before))\s+((?:19|20)\d\d)(?:\s+or\s+(later)|[–-]((?:19|20)\d\d))?")
_SEATED_EN = re.compile(r"\bwho\s+(?:is|are)\s+((?:中国工程院院士|中国科学院院士|两院院士)(?:\s+or\s+(?:中国工程院院士|中国科学院院士))?)")
_AT_EN = re.compile(r"\bat\s+([\u4e00-\u9fff]+)")
# "at an institution in Shanghai (the place the graph records for it, or its name)": a place (generation.grounded_en)
_IN_PLACE_EN = re.compile(r"\bat an institution in ([A-Z][\w' ]+?) \(the place the graph records for it, or its name\)")


def _english_claims(text: str, counter: Counter | None) -> list[Claim]:
    """"The graph has 500 welding experts": the English count of the graph, its topic the quoted word or the English
    jargon it names (retrieval/english_terms.tsv), academicians a seat."""
    text = re.sub(r";\s*of them,.*$", "", text)  # (the extreme said of those counted: `_superlative_claims`)
    if not _GRAPH_EN.search(text) or (m := _STATED_COUNT_EN.search(text)) is None:
        return []
    n = int(m.group("n").replace(",", ""))
    asked = _asked_en(text, m.group("who"))
    about = _ABOUT_EN.get(" ".join((m.group("about") or "").lower().split()))
    return [_checked(m.group(), asked, counter, lambda total: _holds(total, n, about, None))]


def _asked_en(text: str, who: str) -> CountQuestion | None:
    """The count question an English count sentence answers, from its words: the quoted word or jargon as the topic,
    academicians a seat, "at 清华大学", "holding 国家最高科学技术奖 (awarded in 2011)", "elected in 1980 (or later)"; None
    for a topic the jargon table does not hold."""
    quoted = _QUOTED_EN.search(text)
    jargon = [p for p in english_jargon(text) if not _GRAPH_WORDS.fullmatch(p)]  # "knowledge graph" is no topic
    term = quoted.group(1) if quoted else english_terms()[jargon[0]].split()[0] if jargon else None
    seat = who.lower().startswith("academician")
    # the award or institution the answer counts by, in the graph's words ("academicians holding 国家最高科学技术奖",
    # "at 清华大学")
    kinds = [Requirement(kind="institution", text=name) for name in _AT_EN.findall(text)]
    kinds += [Requirement(kind="place", text=PLACES_EN.get(m.group(1).lower(), m.group(1))) for m in _IN_PLACE_EN.finditer(text)]
    kinds += [Requirement(kind="award", text=m.group(1), years=(int(m.group(2)), OPEN_END if m.group(4) else
                                                               int(m.group(3) or m.group(2))) if m.group(2) else
                          (OPEN_START, int(m.group(5)) - 1) if m.group(5) else None)
              for m in _HOLDING_EN.finditer(text)]  # "… awarded in 2011", "… in 2010 or later", "… before 2000"
    kinds += [Requirement(kind="elected", text=f"{m.group(2)}年至{m.group(4)}年" if m.group(4) else f"{m.group(2)}年" +
                          ("以前" if m.group("before") else "以后" if m.group(3) else ""))
              for m in _ELECTED_EN.finditer(text)]  # "academicians elected in 1980", "… in 2010–2015", "… before 2000"
    kinds += [Requirement(kind="academy", text=s) for m in _SEATED_EN.finditer(text) for s in m.group(1).split(" or ")]
    # ("experts who are 中国工程院院士": that seat)
    asked = CountQuestion(term, (*((Requirement(kind="academy", text="院士"),) if seat else ()), *kinds))
    text = _IN_PLACE_EN.sub(" ", _ELECTED_EN.sub(" ", _AT_EN.sub(" ", _HOLDING_EN.sub(" ", text))))
    own = re.sub(r"\b(?:the|our|your|this|knowledge|graph|database|holds?|has|have|contains?|records?|lists?|there|"
                 r"are|is|in|of|with|whose|who|that|which|research|directions?|fields?|names?|contain|contains|work|"
                 r"works|working|on|and|or|a|an|all|them|listed|above|experts?|academicians?|scientists?|researchers?|"
                 r"people|specialists?|professors?|over|more|than|about|around|nearly|roughly|some|at|least|total|in all|"
                 r"yes|no|here)\b|\d[\d,]*|[^a-z]", " ", text.lower())  # ("…; here are all of them:", census_rest_en)
    return None if term is None and own.split() else asked  # ("500 rocket experts": a topic not countable here)


_SUPERLATIVE_EN_WORDS = {"the most award records": "awards", "the most records of the award asked": "award_count",
                         "elected first": "earliest", "elected last": "latest", "received it first": "award_earliest",
                         "received it last": "award_latest"}


def _superlative_claims(text: str, counter: Counter | None, ids: Mapping[str, Iterable[str]]) -> list[Claim]:
    """其中获奖记录最多的是A、B，各9项；其次依次是：C，8项 / 其中最早当选的是A等12位，1955年当选 (or the same in
    English): read back as the superlative count it answers; each value said must be the graph's at that place from
    the extreme, held by as many experts, the named among them."""
    claims = []
    said = []
    for m in SUPERLATIVE_SAID.finditer(text):
        asked = count_question(f"{m.group('who')}有哪些？")
        groups, end = [m], m.end()
        while (more := _NEXT_SAID.match(text, end)) is not None and (len(groups) > 1 or
                                                                      text[end:].startswith("；其次依次是：")):
            groups.append(more)
            end = more.end()
        said.append((m, asked and dataclasses.replace(asked, superlative=_SUPERLATIVE_KIND[m.group("what")]), groups))
    for m in SUPERLATIVE_SAID_EN.finditer(text):
        asked = _asked_en(m.group("who"), m.group("who").split()[0])
        groups, end = [m], m.end()
        while (more := _NEXT_SAID_EN.match(text, end)) is not None:
            groups.append(more)
            end = more.end()
        said.append((m, asked and dataclasses.replace(asked, superlative=_SUPERLATIVE_EN_WORDS[m.group("what")]), groups))
    for m, asked, groups in said:
        result = counter(asked) if asked is not None and asked.superlative and counter is not None else None
        if not isinstance(result, Census):
            claims.append(Claim(kind="census", text=m.group("what"), supported=False,
                                reason="a superlative of the graph's experts that cannot be checked here"))
            continue
        held = result.total == int(m.group("n")) and len(groups) <= len(result.ranked)
        for group, (value, holders) in zip(groups, result.ranked):
            named = [n for n in re.split(r"[、和及]|,\s*|\s+and\s+",
                                         re.sub(r"\s+and\s+\d+\s+others?$", "", group.group("names"))) if n]
            held = held and value == int(group.group("value")) and len(holders) == (
                int(group.group("more")) if "more" in group.groupdict() and group.group("more") else
                _listed_en(group.group("names"), named)) and all(set(ids.get(n, ())) & set(holders) for n in named)
        claims.append(Claim(kind="census", text=m.group("what"), supported=held,
                            reason=f"the graph's extreme is {result.top_value}, held by {len(result.top)} of "
                                   f"{result.total}"))
    return claims


def _listed_en(names: str, named: list[str]) -> int:
    """How many experts an English list of names says: "A, B and 3 others" is five."""
    others = re.search(r"\s+and\s+(\d+)\s+others?$", names)
    return len(named) + int(others.group(1)) if others else len(named)


def _checked(words: str, asked: CountQuestion | None, counter: Counter | None,
             holds: Callable[[int], bool]) -> Claim:
    if asked is None or counter is None:
        return Claim(kind="census", text=words, supported=False,
                     reason="a count of the graph's experts that cannot be checked here")
    total = counter(asked)
    total = total.total if isinstance(total, Census) else total
    return Claim(kind="census", text=words, supported=holds(total),
                 reason=f"the graph counts {total} (topic {asked.term or 'any'}, "
                        f"{', '.join(r.text for r in asked.requirements) or 'no requirement'})")
