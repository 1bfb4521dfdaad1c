"""A leaning asked of the experts for a problem (有没有更偏工程应用的？ 偏理论一点的专家呢): applied or theoretical work.

The graph records no such kind, so it is read from what the profiles write: of the experts relevant to the problem,
those whose biographies say more about putting results to use (产业化, 工程应用, 生产线 …) — or about theory and
mechanisms — come first, and an academician of the engineering (or the science) academy counts as such a word twice.
Asked as a follow-up, the problem is ranked as before and only the order of its relevant experts changes (the leaning
words were matched as a problem of their own: building and turbine experts for 工程应用, a mathematician).
"""

from __future__ import annotations

import re

APPLIED, THEORY = "applied", "theory"
_ASKED = re.compile(r"(?:侧重|偏向?|倾向于?|偏重)(?:于)?(?:一些|一点)?(?P<what>工程应用|工程实践|工程技术|工程|实际应用|应用|"
                    r"产业化|工业应用|现场|实践|落地|理论|基础研究|基础理论|机理|基础)(?:研究|方面|方向|一些|一点|些)?|"
                    r"(?i:\bmore\s+(?P<en>applied|practical|theoretical|engineering)\b)")
_WHAT = {"工程应用": APPLIED, "工程实践": APPLIED, "工程技术": APPLIED, "工程": APPLIED, "实际应用": APPLIED, "应用": APPLIED,
         "产业化": APPLIED, "工业应用": APPLIED, "现场": APPLIED, "实践": APPLIED, "落地": APPLIED,
         "applied": APPLIED, "practical": APPLIED, "engineering": APPLIED,
         "理论": THEORY, "基础研究": THEORY, "基础理论": THEORY, "机理": THEORY, "基础": THEORY, "theoretical": THEORY}
# what a biography writes of each kind of work, and the seat that speaks for it
_WRITES = {APPLIED: re.compile(r"工程应用|产业化|推广应用|工程实践|工业化|工业应用|生产线|示范工程|投产|量产|现场|装备|工程设计|"
                               r"应用于|成套技术|工艺|在[^，。；]{0,16}?(?:企业|工厂|行业|工程)[^，。；]{0,8}?应用"),
           THEORY: re.compile(r"理论|机理|机制|基础研究|原理|模型|规律|本构|解析")}
_SEAT = {APPLIED: "中国工程院院士", THEORY: "中国科学院院士"}


def leaning(text: str) -> str | None:
    """APPLIED or THEORY where the text asks for that leaning (侧重工程应用, 偏理论一点的, "more applied"), else None."""
    m = _ASKED.search(text)
    return None if m is None else _WHAT[(m.group("what") or m.group("en")).lower()]


def without_leaning(text: str) -> str:
    """The text without the clause that asks for a leaning (注塑件翘曲。侧重工程应用 → 注塑件翘曲): no topic of its own."""
    return _ASKED.sub("", text).strip(" ，,。；;") or text


def leaning_score(profile: str, kind: str) -> int:
    """How much a profile writes of that kind of work: its words counted, the academy seat that speaks for it twice."""
    return len(_WRITES[kind].findall(profile)) + 2 * (_SEAT[kind] in profile)
