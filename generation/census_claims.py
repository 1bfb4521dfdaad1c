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
from retrieval.census import GRAPH, ONLY_TAIL, STATED_COUNT, CountQuestion, count_question, said_number

#: counts the experts a count question counts (`ExpertRetriever.census(...).total`)
Counter = Callable[[CountQuestion], int]

_CLAUSE = re.compile(r"[^，,。；;！!？?\n]+")
_SCOPE_ONLY = re.compile(r"(?:知识图谱|图谱|专家库|人才库|数据库)(?:里面|里|中|内|上)?(?:的记录)?")
_PEOPLE = re.compile(r"专家|院士|学者|教授|研究员|科学家|学家|人")  # whom the clause counts
_ONLY = re.compile(r"只有|仅有|就只有|就这")


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
        said = (scope + "，" if scope else "") + clause.group()
        graph = GRAPH.search(said)
        if graph is None:
            continue
        rest = said[graph.start():]
        scope = rest if _SCOPE_ONLY.fullmatch(rest) else ""  # 知识图谱中，…: the graph is the next clause's scope
        if scope:
            continue
        if (m := STATED_COUNT.search(rest)) is not None and _PEOPLE.search(rest) and \
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


def _checked(words: str, asked: CountQuestion | None, counter: Counter | None,
             holds: Callable[[int], bool]) -> Claim:
    if asked is None or counter is None:
        return Claim(kind="census", text=words, supported=False,
                     reason="a count of the graph's experts that cannot be checked here")
    total = counter(asked)
    return Claim(kind="census", text=words, supported=holds(total),
                 reason=f"the graph counts {total} (topic {asked.term or 'any'}, "
                        f"{', '.join(r.text for r in asked.requirements) or 'no requirement'})")
