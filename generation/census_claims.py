"""Claims about the whole graph's experts (知识图谱中共有25位研究焊接的院士, 图谱里研究焊接的院士只有A和B两位): checked
by counting in the graph (retrieval/census.py), since no expert's record can support them.

A count or an "only these" said of the graph in the clause that names it is read back as the count question it
answers; the number the graph gives must be the number said (超过/约 as written), or the names listed must be as many.
Where the answer cannot count (no graph at hand) or the question cannot be read, the claim is not supported.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from generation.models import Claim
from retrieval.census import CountQuestion, count_question

#: counts the experts a count question counts (`ExpertRetriever.census(...).total`)
Counter = Callable[[CountQuestion], int]

# the graph the clause speaks of (图谱中, 专家库里, 我们的库); "根据知识图谱，有两位…" speaks of the answer's list
_GRAPH = re.compile(r"(?<!根据)(?<!按照)(?<!基于)(?<!按)(?<!知识)(?:知识图谱|图谱|专家库|人才库|数据库|(?:我们|你们|本平台|平台)的?(?:库|系统))")
_CLAUSE = re.compile(r"[^，,。；;！!？?\n]+")
_SCOPE_ONLY = re.compile(r"(?:知识图谱|图谱|专家库|人才库|数据库)(?:里面|里|中|内|上)?(?:的记录)?")
_DIGITS = r"\d[\d,，]*"
_CHINESE_NUMBER = r"[零一二两三四五六七八九十百千万]+"
_STATED_COUNT = re.compile(rf"(?P<before>大约|约|近|超过|逾)?(?P<lead>共有|共计|总共有?|一共有?|总计|收录了?|收录有|包含|涵盖|共|有)\s*"
                           rf"(?P<about>约|近|超过|逾|不少于|至少)?\s*(?P<n>{_DIGITS}|{_CHINESE_NUMBER})\s*(?P<wan>万)?\s*(?P<more>余|多)?\s*"
                           r"(?:位|名|个)")
_PEOPLE = re.compile(r"专家|院士|学者|教授|研究员|科学家|学家|人")  # whom the clause counts
_ONLY = re.compile(r"只有|仅有|就只有|就这")
_AFTER_ONLY = re.compile(rf"(?:只有|仅有|就只有)[^，。；;]*?(?:这|以上|上述)?(?:{_DIGITS}|[一二两三四五六七八九十])?\s*(?:位|名|个)?"
                         r"(?:专家|院士|人)?(?:了|而已|罢了)?$")
_CN_DIGIT = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"两": 2}
_CN_UNIT = {"十": 10, "百": 100, "千": 1000, "万": 10000}


def chinese_number(text: str) -> int | None:
    """一千六百四十三 → 1643, 十二 → 12, 两万 → 20000; None for what is not a number."""
    total = section = digit = 0
    for ch in text:
        if ch in _CN_DIGIT:
            digit = _CN_DIGIT[ch]
        elif ch in _CN_UNIT:
            unit = _CN_UNIT[ch]
            if unit == 10000:
                total, section, digit = (total + section + digit) * unit, 0, 0
            else:
                section, digit = section + (digit or 1) * unit, 0
        else:
            return None
    return total + section + digit


def _number(m: re.Match) -> int | None:
    said = m.group("n").replace(",", "").replace("，", "")
    n = int(said) if said.isdigit() else chinese_number(said)
    return None if n is None else n * (10000 if m.group("wan") else 1)


def _holds(total: int, n: int, about: str | None, more: str | None) -> bool:
    if about in ("约", "大约", "近"):
        return abs(total - n) <= max(1, n // 10)
    if about in ("超过", "逾") or more:
        return total > n
    if about in ("不少于", "至少"):
        return total >= n
    return total == n


def census_claims(text: str, counter: Counter | None, names: Iterable[str] = ()) -> list[Claim]:
    """The graph-wide counts and "only these" claims of one sentence, each checked by counting; `names`: the experts'
    names the answer may use (an "only" claim lists as many as the graph counts)."""
    claims, scope = [], ""
    for clause in _CLAUSE.finditer(text):
        said = scope + clause.group()
        graph = _GRAPH.search(said)
        if graph is None:
            continue
        rest = said[graph.start():]
        scope = rest if _SCOPE_ONLY.fullmatch(rest) else ""  # 知识图谱中，…: the graph is the next clause's scope
        if scope:
            continue
        if (m := _STATED_COUNT.search(rest)) is not None and (n := _number(m)) is not None and _PEOPLE.search(rest):
            asked = count_question(rest[:m.start()] + "有多少位" + rest[m.end():])
            about = m.group("about") or m.group("before")
            claims.append(_checked(m.group(), asked, counter, lambda total: _holds(total, n, about, m.group("more"))))
        elif (only := _ONLY.search(rest)) is not None:
            listed = sum(1 for name in set(names) if name in rest[only.end():])
            asked = count_question(rest[:only.start()] + "有多少位" + _AFTER_ONLY.sub("", rest[only.start():]))
            claims.append(_checked(rest[only.start():only.start() + 12], asked, counter,
                                   lambda total: listed > 0 and total == listed))
    return claims


def _checked(words: str, asked: CountQuestion | None, counter: Counter | None,
             holds: Callable[[int], bool]) -> Claim:
    if asked is None or counter is None:
        return Claim(kind="census", text=words, supported=False,
                     reason="a count of the graph's experts that cannot be checked here")
    total = counter(asked)
    return Claim(kind="census", text=words, supported=holds(total),
                 reason=f"the graph counts {total} (topic {asked.term or 'any'}, "
                        f"{', '.join(r.text for r in asked.requirements) or 'no requirement'})")
