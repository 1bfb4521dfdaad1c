"""An exclusivity an answer states among the retrieved experts ("the only one of the three with a national award",
"the only one whose card is about tea", 三位专家中唯一专门从事茶叶研究的), computed from their records as comparisons
are: true when the expert it is said of holds the award, the topic or seats in both academies and no other retrieved
expert does.

What cannot be read as an award or a topic, or an exclusivity beyond the experts (国内唯一), is left to the guard's
default for such words: not held.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from retrieval.english_names import award_name
from retrieval.models import ExpertMatch

# the words that start an exclusivity (the guard reads them as a claim of their own)
ONLY = re.compile(r"the only (?:one|expert|academician|person|scientist|engineer|candidate|researcher)\b", re.IGNORECASE)
# where what is claimed ends: the next clause
_END = re.compile(r"[,.;:!?()]|\s(?:so|and so|which|making|therefore|thus|hence|while|but)\b", re.IGNORECASE)
# the verb or noun that introduces it: "with", "whose card is about", "who works on", "to have received"
_LEAD = re.compile(
    r"^\s*(?:of\s+(?:the|them|these|those|\u25a1+)(?:\s+\w+){0,2}\s+|among\s+(?:them|the(?:\s+\w+){1,2}|\u25a1+)\s+)?"
    r"(?:with|holding|who\s+(?:has|holds|had|received|won|works?\s+on|worked\s+on|specialises\s+in|specializes\s+in|"
    r"studies)|to\s+have\s+(?:received|won|been\s+awarded)?|whose\s+(?:card|record|profile|work|research|directions?)\s+"
    r"(?:is|are|lists?|mentions?|includes?|covers?|gives?)(?:\s+(?:about|on|in))?|that|who)\s+"
    r"(?:(?:any|an?|the|some|actual|direct|listed)\s+)*", re.IGNORECASE)
# a seat in both academies: "… elected to both academies", "a member of both academies", 唯一的两院院士
_BOTH_ACADEMIES = re.compile(r"^\s*(?:of\s+(?:the|them|these|those)(?:\s+\w+){0,2}\s+|among\s+\w+(?:\s+\w+)?\s+)?"
                             r"(?:(?:who\s+(?:is|was)|to\s+be)\s+)?(?:(?:elected|admitted)\s+(?:to|into)|an?\s+(?:member|academician)"
                             r"\s+of|(?:with|holding)\s+(?:seats|membership)\s+in|in)\s+both\s+(?:academies|CAS\s+and\s+CAE)\b|"
                             r"^[^，。；;]{0,8}?(?:两院院士|中国科学院(?:院士)?(?:和|与|及|、)中国工程院(?:院士|的院士)|"
                             r"中国工程院(?:院士)?(?:和|与|及|、)中国科学院(?:院士|的院士))", re.IGNORECASE)  # 只有X同时是…和…院士
_OTHER_THAN_SEAT = re.compile(r"^\s*(?:of\s+(?:the|them|these|those)(?:\s+\w+){0,2}\s+)?(?:with|who\s+(?:has|holds|lists))\s+(?:an?\s+|any\s+)?"
                              r"(?:awards?|honou?rs?|prizes?)\s+(?:listed\s+)?(?:besides|other\s+than|apart\s+from|beyond)\s+"
                              r"(?:(?:his|her|their|an?|the)\s+)?(?:academy\s+(?:membership|seat)|election|academician\s+title|□+)|"
                              r"^\s*(?:列出了?|有|获得过?)(?:院士(?:称号|头衔)?|当选院士)(?:以外|之外)的(?:奖项|奖励|荣誉|奖)", re.IGNORECASE)
_SEAT_ZH = re.compile(r"^\s*(?:是|为|当选为?)\s*(中国科学院|中国工程院)(?:的)?院士")
_AWARD_WORDS = re.compile(r"\b(?:award|prize|medal)s?\b", re.IGNORECASE)
_GRADE = re.compile(r"\b(first|second|third|fourth|special)[- ](?:class|grade|prize)\s+", re.IGNORECASE)
_GRADE_ZH = {"first": "一等", "second": "二等", "third": "三等", "fourth": "四等", "special": "特等"}
_TOPIC_TAIL = re.compile(r"\s+(?:work|research|directions?|experience|background|expertise|topics?)$", re.IGNORECASE)
# 三位专家中唯一…, 他们当中唯一…: an exclusivity among the experts recommended (not 国内唯一: beyond them)
SCOPE_ZH = re.compile(r"(?:[二两三四五六几](?:位|人|名)(?:推荐的?|所推荐的?|列出的?)?(?:专家|院士|学者)?|他们|这些专家|以上专家)"
                      r"(?:之|当)?中[^。；;]{0,8}?唯一")
_AWARD_ZH = re.compile(r"(?:一位|一个|一名)?(?:获得过?|获过|获|拥有|荣获|得过|拿过)\s*((?:[^，。；;的和及与]|与(?=技术))"
                       r"{2,24}?(?:奖章|奖|基金))的")  # 何梁何利基金科学与技术进步奖: its 与 is no list's
_TOPIC_ZH = re.compile(r"(?:一位|一个|一名)?(?:在?(?:其|他的|她的)?(?:研究方向|资料|简介|卡片)(?:里|中|上)?)?(?:专门|主要|长期|一直|直接|明确)?"
                       r"(?:(?:从事|研究|专攻|专注于?|涉及|列出|列有|写明|写有|写着|写了|提到|提及|包含|含有)了?\s*[“「\"]?([^，。；;的“”「」\"]{2,20}?)[”」\"]?"
                       r"(?:方向|方面|领域)?(?:研究|工作)?的|以\s*([^，。；;的]{2,20}?)为(?:主要|主)?(?:研究)?(?:方向|领域|专业)的)")
# "他是唯一列出这一方向的": the direction the sentence named before
THIS_DIRECTION = re.compile(r"(?:列出|列有|有|从事|研究)?(?:这一|这个|该|此)(?:研究)?(?:方向|领域)")


def exclusive(tail: str, who: int, experts: Sequence[ExpertMatch],
              topic_holds: Callable[[str, ExpertMatch], bool]) -> tuple[bool, str] | None:
    """Whether the exclusivity whose words follow `tail` (what comes after "the only one" or 唯一) holds for expert
    `who` among `experts`, and why; None when it names neither an award, a topic nor seats in both academies."""
    if _BOTH_ACADEMIES.match(tail):  # "the only one of the three elected to both academies", 唯一的两院院士
        holds = [all(seat in (e.title or "") for seat in ("中国科学院院士", "中国工程院院士")) for e in experts]
        what = "seats in both academies"
    elif _OTHER_THAN_SEAT.match(tail):  # "the only one with an award besides academy membership", 只有X列出了院士称号以外的奖项
        holds = [any(not a.name.endswith("院士") for a in e.awards) for e in experts]
        what = "an award besides an academy seat"
    elif seat := _SEAT_ZH.match(tail):  # 只有邱勇院士是中国科学院院士: one seat, held by them alone
        what = seat.group(1) + "院士"
        holds = [what in (e.title or "") or any(a.name.startswith(what) for a in e.awards) for e in experts]
    elif (read := _english(tail) if re.match(r"\s*[A-Za-z]", tail) else _chinese(tail)) is None:
        return None
    elif read[1]:
        what = read[0]
        holds = [any(_in_order(what, a.name) for a in e.awards if not a.name.endswith("院士")) for e in experts]
    else:
        what = read[0]
        holds = [topic_holds(what, e) for e in experts]
    others = [e.name for j, e in enumerate(experts) if j != who and holds[j]]
    if not holds[who]:
        return False, f"{experts[who].name}'s record does not hold {what}"
    if others:
        return False, f"{'、'.join(others)} also hold {what}"
    return True, f"of the retrieved experts only {experts[who].name} holds {what}"


def _english(tail: str) -> tuple[str, bool] | None:
    """What an English exclusivity is about: (the award in the graph's words, True) or (the topic, False)."""
    lead = _LEAD.match(tail)
    if lead is None:
        return None
    end = _END.search(tail, lead.end())
    said = tail[lead.end():end.start() if end else len(tail)].strip()
    if not said:
        return None
    if zh := re.fullmatch(r"(?:获得?|荣获)?([\u4e00-\u9fff]{2,24}?(?:奖|奖章))", said):  # as the English reading wrote it
        return zh.group(1), True
    if _AWARD_WORDS.search(said):
        name = award_name(_GRADE.sub("", said))
        grade = _GRADE.search(said)  # "a special-class … Award": that grade of it, not any grade
        return (name + (_GRADE_ZH[grade.group(1).lower()] if grade else ""), True) if name else None
    topic = _TOPIC_TAIL.sub("", said)
    return (topic, False) if re.search(r"[A-Za-z]{3,}", topic) else None


def _chinese(tail: str) -> tuple[str, bool] | None:
    """What a Chinese exclusivity is about (唯一获得国家技术发明奖的, 唯一专门从事茶叶研究的)."""
    if m := _AWARD_ZH.match(tail):
        return m.group(1), True
    if m := _TOPIC_ZH.match(tail):
        return m.group(1) or m.group(2), False
    return None


def _in_order(short: str, name: str) -> bool:
    """Whether every character of `short` appears in `name` in order (国家奖 in 国家科学技术进步奖二等奖)."""
    it = iter(name)
    return all(c in it for c in short)
