"""One expert's two recorded events said in some order (当选院士比获得何梁何利奖早吗？ 何梁何利奖是在当选院士之后获得的吧？
先获得A，后当选院士的吗？ A和B是同一年获得的吧？ A比B早两年): which events, and what the turn says of their years."""

from __future__ import annotations

import re
from dataclasses import dataclass

from generation.claims import arabic
from generation.grounded import asked_awards

# an academy seat said as an event (当选院士, 当选中国工程院院士, 院士): found where the seat's words stand
_SEAT_SAID = re.compile(r"(?:当选|评为|选为|成为)?(?:中国)?(?:科学院|工程院|两院)?院士|当选")
# an award said as one's own, with no verb before it (他的何梁何利奖是在…, 林元培的何梁何利奖比他…)
_AWARD_OF = re.compile(r"的((?:(?!是|在|比|和|与|跟|那)[\u4e00-\u9fff]){2,14}?(?:奖(?:[一二三四特]等奖)?|学者|杰青))")
_SAME = re.compile(r"同一年|同年|同一年度|那一?年也|当年也|同一批")
_GAP = r"(?P<gap>\d{1,2}|[一二两三四五六七八九十]{1,3})\s*年"
_COMPARED = re.compile(rf"比(?:他|她)?(?:的)?[^，。？?]{{0,30}}?(?:要|还|更)?(?P<w>早|晚|先|后)(?:了)?(?:{_GAP})?")
_ANCHORED = re.compile(r"(?P<w>之前|以前|之后|以后)")
_FIRST_THEN = re.compile(r"先[^，。？?]{2,30}?[，,]?\s*(?:后|再|然后|随后|之后)[^，。？?]{2,30}")


@dataclass(frozen=True)
class Said:
    """Two events in the order the turn relates them (`first` is said to be `relation` to `second`)."""

    first: str  # an award's name as asked, or 院士 for a seat
    second: str
    relation: str  # "same", "earlier" or "later"
    gap: int | None = None  # years between them, when the turn says how many


def _events(question: str) -> list[tuple[int, str]]:
    """The awards and seats the turn names, by where they stand in it."""
    found: dict[str, int] = {}
    named = [*asked_awards(question), *(m.group(1) for m in _AWARD_OF.finditer(question))]
    for award in named:
        if award == "院士":
            continue
        at = question.find(award)
        academy = re.search(r"科学院|工程院", award) if award.endswith("院士") else None
        said = f"中国{academy.group()}院士" if academy else award  # (先当选工程院院士 read whole: no such record, rt95)
        if at >= 0 and not any(at < b + len(o) and b < at + len(award) for o, b in found.items()):
            found.setdefault(said, at)
    seat = _SEAT_SAID.search(question)
    if seat is not None and not any(a.endswith("院士") for a in found) and \
            not any(at <= seat.start() < at + len(a) for a, at in found.items()):
        named = re.search(r"(?:中国)?(?:科学院|工程院)院士", seat.group())
        found.setdefault(("中国" + named.group().removeprefix("中国")) if named else "院士", seat.start())
    return sorted(((at, name) for name, at in found.items()))


def said_order(question: str) -> Said | None:
    """What a Chinese turn says of the years of two of one expert's events, None when it relates no two."""
    events = _events(question)
    if len(events) > 2 and (span := _FIRST_THEN.search(question)) is not None:  # 吴良镛是两院院士，他是先当选工程院院士、
        events = [(at, name) for at, name in events if span.start() <= at < span.end()]  # 后当选科学院院士的吧？: the two
        # the order is said of (the premise went unanswered beside 两院院士, rt129)
    if len(events) != 2:
        return None
    (a_at, a), (b_at, b) = events
    if _SAME.search(question):
        return Said(a, b, "same")
    if (m := _COMPARED.search(question)) is not None and a_at < m.start() <= b_at:  # A比B早（两年）
        gap = m.group("gap")
        return Said(a, b, "earlier" if m.group("w") in "早先" else "later", int(arabic(gap)) if gap else None)
    if _FIRST_THEN.search(question):  # 先获得A，后当选院士
        return Said(a, b, "earlier")
    if (m := _ANCHORED.search(question)) is not None:  # 在A之后B / A在B之后: the one right before the word is the anchor
        later = m.group("w") in ("之后", "以后")
        anchor_second = b_at < m.start()  # (何梁何利奖在当选院士之后: 当选 anchors it, the prize is said later)
        if anchor_second:
            return Said(a, b, "later" if later else "earlier")
        return Said(b, a, "later" if later else "earlier")  # (在获得A之后当选: the seat is said later than A)
    return None


# two years compared as written (他1991年的一等奖比1995年的一等奖晚吧？: 是 of both recorded, rt92)
_YEARS_COMPARED = re.compile(r"((?:19|20)\d\d)\s*年[^，。？?比]{0,24}?比[^，。？?]{0,4}?((?:19|20)\d\d)\s*年[^，。？?]{0,24}?"
                             r"(?:要|还|更)?(?P<w>早|晚)")


def years_compared(question: str) -> tuple[int, int, bool] | None:
    """The two years a turn compares as written and whether the order it says holds of them, None for none."""
    m = _YEARS_COMPARED.search(question)
    if m is None:
        return None
    first, second = int(m.group(1)), int(m.group(2))
    return first, second, (first < second) if m.group("w") == "早" else (first > second)


def holds(said: Said, years: tuple[int, int]) -> bool:
    """Whether the recorded years bear out what the turn says."""
    first, second = years
    if said.relation == "same":
        return first == second
    ordered = first < second if said.relation == "earlier" else first > second
    return ordered and (said.gap is None or abs(first - second) == said.gap)
