"""Whether two or more experts' records of one award are of the same year or grade (是同一届的吗？ 是同一个级别的吗？
"the same year?"), said from the records; that they share a project or a prize no record says."""

from __future__ import annotations

import re

from generation.grounded import achievement, asked_awards, is_asked
from retrieval.models import AwardFact, ExpertMatch

# the same session or year of an award (同一届, 同一年获得, "in the same year")
_SAME_SESSION = re.compile(r"同一(?:届|年|批|次|年度)|同届|同年(?:获|拿|得)|一届|"
                           r"(?i:\bsame\s+(?:year|session|round|edition)\b)")
# the same grade of an award (同一个级别, 同一等级, "the same level / class")
_SAME_GRADE = re.compile(r"同一(?:个)?(?:级别|等级|等次|档次|档)|同(?:级别|等级)|一样的?(?:级别|等级)|"
                         r"(?i:\bsame\s+(?:level|grade|class|rank)\b)")
_GRADE = re.compile(r"[一二三四特]等奖")


def asks_same(question: str) -> bool:
    """Whether a question asks if awards were won in the same year or at the same grade (cheap: read before anything
    else is, on every answer about several)."""
    return bool(_SAME_SESSION.search(question) or _SAME_GRADE.search(question))


def _grade(award: AwardFact) -> str | None:
    """An award's grade as its record writes it (一等奖), None for an ungraded record."""
    m = _GRADE.search(award.name)
    return m.group() if m else None


def _verdict(values: list[set]) -> str:
    """"yes" when every expert holds a record of one value, "no" when none shares one and every record has a value,
    "open" otherwise (some records lack the year or grade)."""
    known = [{v for v in each if v is not None} for each in values]
    if set.intersection(*known):
        return "yes"
    return "open" if any(None in each for each in values) else "no"


def same_award(question: str, experts: list[ExpertMatch], english: bool = False) -> str | None:
    """The answer to whether the experts won an award the question names in the same year or at the same grade, from
    their records (是 was said of each because each held the award, rt140); None when the question asks neither, names
    no award, or is about fewer than two."""
    kind = "year" if _SAME_SESSION.search(question) else "grade" if _SAME_GRADE.search(question) else None
    asked = asked_awards(question)
    if kind is None or not asked or len(experts) < 2:
        return None
    seats = all(x.endswith("院士") for x in asked)  # 同一年当选工程院院士的: the elections (none was found, rt141)
    held = [(e, [a for a in e.awards if is_asked(a, asked) and a.name.endswith("院士") == seats]) for e in experts]
    if english:
        each = "; ".join(f"{e.name}: " + (", ".join(achievement(a) for a in h) if h else "no record of it")
                         for e, h in held)
    else:
        each = "；".join(f"{e.name}" + ("、".join(achievement(a) for a in h) if h else "没有获得这一奖项的记录")
                        for e, h in held)
    if not all(h for _, h in held):
        verdict = "no"
    else:
        verdict = _verdict([{a.year if kind == "year" else _grade(a) for a in h} for _, h in held])
    if english:
        lead = {"yes": "Yes. ", "no": "No. ", "open": "The records cannot tell: "}[verdict]
        what = "year" if kind == "year" else "grade"
        gap = " (a record without its " + what + " cannot be compared)" if verdict == "open" else ""
        return f"{lead}By the graph's award records{gap} — {each}."
    lead = {"yes": "是。", "no": "不是。", "open": "无法确定："}[verdict]
    gap = f"（有的记录没有{'年份' if kind == 'year' else '等级'}，无法比较）" if verdict == "open" else ""
    return f"{lead}按知识图谱的获奖记录{gap}，{each}。"
