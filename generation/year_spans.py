"""Spans of years said in a question or a claim (2010年以后, 近五年, 2005年到2015年, "since 2010", "in the last five
years"): read as (first, last) years, both included, so that an answer computes who was awarded within them and the
guard checks a span said of an award against the record's years."""

from __future__ import annotations

import datetime
import re

from generation.english import NUMBER_WORDS
from retrieval.census import chinese_number
from retrieval.models import AwardFact

# the years a question asks about as a span: 2010年以后 / since 2010, 2010年以前 / before 2010, 2005年到2015年 / between
# 2005 and 2015, 近五年 / in the last five years
_YEAR = r"((?:19|20)\d\d)"
_SINCE = re.compile(rf"{_YEAR}\s*年?\s*(?:以后|之后|以来|后(?!来))|\b(?:since|after)\s+{_YEAR}\b", re.IGNORECASE)
_UNTIL = re.compile(rf"{_YEAR}\s*年?\s*(?:以前|之前|前(?!后))|\bbefore\s+{_YEAR}\b", re.IGNORECASE)
_BETWEEN = re.compile(rf"{_YEAR}\s*年?\s*(?:到|至|-|–|—|~|～)\s*{_YEAR}\s*年?|"
                      rf"\b(?:between|from)\s+{_YEAR}\s+(?:and|to|until)\s+{_YEAR}\b", re.IGNORECASE)
_RECENT = re.compile(r"(?:最近|近|过去的?|这)\s*([一二两三四五六七八九十\d]{1,3})\s*年|"
                     r"\b(?:in\s+|over\s+|during\s+)?the\s+(?:last|past)\s+(\w+)\s+years\b", re.IGNORECASE)


_DECADE = re.compile(r"(?<!\d)((?:19|20)\d)0\s*(?:'?s\b|年代)|(?<![\d年])([5-9])0\s*年代")  # 1990年代, the 1990s, 90年代


def asked_span(question: str, this_year: int | None = None) -> tuple[int, int] | None:
    """The years a question asks about, both ends included: 2010年以后 → (2010, this year), 2010年以前 → (0, 2010),
    2005年到2015年 → (2005, 2015), 近五年 → (this year − 4, this year), 1990年代 → (1990, 1999); None when it names no
    span."""
    this_year = this_year or datetime.date.today().year
    if m := _DECADE.search(question):  # (他们都是1990年代当选的吧？ read 1990 as the year: "none of them", rt42)
        start = int(m.group(1)) * 10 if m.group(1) else 1900 + int(m.group(2)) * 10
        return start, start + 9
    if m := _BETWEEN.search(question):
        low, high = sorted(int(y) for y in m.groups() if y)
        return low, high
    if m := _SINCE.search(question):
        return int(m.group(1) or m.group(2)), this_year
    if m := _UNTIL.search(question):
        return 0, int(m.group(1) or m.group(2))
    if m := _RECENT.search(question):
        said = m.group(1) or (m.group(2) or "").lower()
        n = int(said) if said.isdigit() else int(NUMBER_WORDS.get(said, 0)) or chinese_number(said)
        return (this_year - n + 1, this_year) if n else None
    return None


_ONE_YEAR = re.compile(rf"{_YEAR}\s*年|\b(?:in|of)\s+{_YEAR}\b", re.IGNORECASE)


def award_years(question: str, this_year: int | None = None) -> tuple[int, int] | None:
    """The years a question dates an award in: a span (`asked_span`), or the one year it names (他们谁在2010年获得过…？
    "Which of them won it in 2010?") as a span of that year; None when it names none or several."""
    if (span := asked_span(question, this_year)) is not None:
        return span
    years = {m.group(1) or m.group(2) for m in _ONE_YEAR.finditer(question)}
    return (int(next(iter(years))),) * 2 if len(years) == 1 else None


# a span's bound said with before/after: exclusive in English and with 之前/之后 (elected before 1999: not in 1999),
# either way with 以前/以后 (2012年以前当选的吗？ of one elected in 2012: no 是 or 不是, the year said)
_BOUND_EXCLUSIVE = re.compile(rf"{_YEAR}\s*年?\s*(?:之前|之后|前(?!后)|后(?!来))|\b(?:before|after)\s+{_YEAR}\b", re.IGNORECASE)
_BOUND_EITHER = re.compile(rf"{_YEAR}\s*年?\s*(?:以前|以后)", re.IGNORECASE)


def span_bound(question: str) -> tuple[int, bool] | None:
    """The year a span asked with before/after is bounded by, and whether that year is outside it for sure (True:
    "before 1999", 1999年之前) or read either way (False: 1999年以前); None for no such span."""
    if _BETWEEN.search(question):
        return None
    if m := _BOUND_EXCLUSIVE.search(question):
        return int(m.group(1) or m.group(2)), True
    if m := _BOUND_EITHER.search(question):
        return int(m.group(1)), False
    return None


def in_span(award: AwardFact, span: tuple[int, int]) -> bool:
    """Whether the award is dated within the span (both ends included)."""
    return award.year is not None and span[0] <= award.year <= span[1]


_CLAUSE_MARKS = "，,。；;！!？?\n"
_LEADING = re.compile(r"^[^，,。；;！!？?]{0,24}[，,]")  # 近五年来，… / "Since 2010, …": a span that opens the sentence


def span_before(text: str, at: int, this_year: int | None = None) -> tuple[int, int] | None:
    """The span of years a sentence says a fact at `at` falls in: said in its clause before it (王复明近五年获得…), or by a
    clause that opens the sentence and says nothing else (近五年来，他获得…; not 他近20年来一直从事X研究，获得…); None when
    none is said."""
    start = max(text.rfind(c, 0, at) for c in _CLAUSE_MARKS) + 1
    if (span := asked_span(text[start:at], this_year)) is not None:
        return span
    lead = _LEADING.match(text)
    if lead is None or lead.end() > at:
        return None
    rest = lead.group()
    for pattern in (_BETWEEN, _SINCE, _UNTIL, _RECENT):
        rest = pattern.sub("", rest)
    return asked_span(lead.group(), this_year) if len(re.findall(r"[\u4e00-\u9fff]|[A-Za-z]+", rest)) <= 2 else None


def span_years(text: str, recent: bool = True) -> list[tuple[int, int]]:
    """Where a sentence says a span (2010年以后, 1990年至2000年间, since 2010, and with `recent` 近三十年): its years bound
    a span, they are no claim of an event in them."""
    patterns = (_BETWEEN, _SINCE, _UNTIL, _RECENT) if recent else (_BETWEEN, _SINCE, _UNTIL)
    return [(m.start(), m.end()) for pattern in patterns for m in pattern.finditer(text)]
