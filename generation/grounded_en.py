"""The offline composer's answer to a problem written in English, in English: the framing, the reasons and the notes
are English; the graph's facts stay as the graph writes them (李德群, 华中科技大学, 2015年当选中国工程院院士), so that
nothing is translated by guess and the guard checks them as it checks a Chinese answer.

Follow-ups about the experts shown (他获得过什么奖？, Which of them is in Beijing?) are still answered in Chinese by
`generation/grounded.py`.
"""

from __future__ import annotations

import re

from generation.grounded import Wording, describe_expert
from retrieval.models import ExpertMatch, Requirement
from retrieval.script import cjk_share

NO_MATCH_EN = ("The expert knowledge graph holds no expert matching this problem yet. Try describing it in other words "
               "(the product, the process, what goes wrong) and I will search again.")
ABSENT_PERSON_EN = ("The expert knowledge graph holds no one of the name you mention; the experts above are the graph's "
                    "closest to your problem, for reference only.")
SCOPE_REPLY_EN = ("Hello! I recommend experts for an enterprise's technical problems from the expert knowledge graph. "
                  "Please describe your problem (the product, process, material or fault), and I will give suitable "
                  "experts with their institutions, research directions, awards and why they fit.")
THANKS_REPLY_EN = ("You're welcome. If you have another technical problem, describe it and I will recommend experts from "
                   "the expert knowledge graph.")
UNHELD_FIRST_EN = ("The expert knowledge graph holds no contact details, papers or the like: it records experts' "
                   "institutions, titles, fields, research directions and awards. Please describe your technical problem "
                   "first and I will recommend experts from the graph.")
_UNRECORDED = {"性别": "sex", "年龄": "age", "外语能力": "languages", "能否到现场": "whether they can come on site",
               "费用": "fees"}
# the reasons `retrieval/presentation.py` and the retriever give, in English; the graph's words inside stay
_REASONS = (
    (re.compile(r"^问题中点名了这位专家$"), "your message names this expert"),
    (re.compile(r"^问题中提到的「(.+)」与这位专家同名$"), r"the name 「\1」 in your message is this expert's"),
    (re.compile(r"^问题中写的姓名与这位专家的姓名只差一个字$"), "the name in your message differs from this expert's by one character"),
    (re.compile(r"^研究方向「(.+)」与问题直接相关$"), r"the research direction 「\1」 bears directly on your problem"),
    (re.compile(r"^研究方向「(.+)」与问题有关$"), r"the research direction 「\1」 is related to your problem"),
    (re.compile(r"^问题可能属于「(.+)」学科，与专家所属学科一致$"), r"your problem may belong to 「\1」, the expert's discipline"),
    (re.compile(r"^所属学科「(.+)」与问题相关$"), r"the expert's field 「\1」 is related to your problem"),
    (re.compile(r"^专家资料中也出现了问题里的关键词：(.+)$"), r"the expert's record also holds words of your problem: 「\1」"),
    (re.compile(r"^专家资料的整体内容与问题描述相近$"), "the expert's record as a whole is close to your problem"),
    (re.compile(r"^与问题的关联较弱，仅供参考$"), "only weakly related to your problem, for reference"),
    (re.compile(r"^曾主持(.+)项目《(.+)》$"), r"led the \1 project 《\2》"),
)
_MET = ((re.compile(r"^单位为(.+)$"), r"works at \1"), (re.compile(r"^获得过(.+)$"), r"holds \1"),
        (re.compile(r"^单位名称含「(.+)」$"), r"an institution whose name holds 「\1」"))


def is_english(text: str) -> bool:
    """Whether a message is written in English (more Latin words than Chinese characters): answered in English."""
    return cjk_share(text) < 0.5


def reason_en(reason: str) -> str:
    """One reason in English; one of another form stays as it is."""
    if reason.startswith("符合您提出的要求："):  # what the problem asked of the expert, as requirements.describe says it
        met = []
        for part in reason.split("：", 1)[1].split("、"):
            pattern, english = next(((p, e) for p, e in _MET if p.match(part)), (None, None))
            met.append(pattern.sub(english, part) if pattern else part)
        return "meets what you asked: " + ", ".join(met)
    for pattern, english in _REASONS:
        if pattern.match(reason):
            return pattern.sub(english, reason)
    return reason


ENGLISH = Wording(" ({})", ".", ", ", "Research directions: ", "Fields: ", "Achievements: ", "; ", "Why: ", "; ", " ",
                  reason_en)


def describe_expert_en(expert: ExpertMatch, index: int | None = None) -> str:
    """One paragraph on one expert in English around the graph's words."""
    return describe_expert(expert, index, ENGLISH)


def compose_answer_en(experts: list[ExpertMatch], related: bool = True, named: bool = False) -> str:
    """`generation.grounded.compose_answer` in English."""
    if not experts:
        return NO_MATCH_EN
    # no count of experts in the framing: the guard reads a figure beside experts as a claim about them
    if not related:
        intro = ("The expert knowledge graph holds no expert directly related to this problem; the following are less "
                 "related, for reference only:\n\n")
    elif not named and all(e.strength_label == "低" for e in experts):
        intro = "The following experts match your problem only weakly, for reference:\n\n"
    else:
        intro = "Based on the expert knowledge graph, these experts are recommended for your problem:\n\n"
    return intro + "\n\n".join(describe_expert_en(e, i) for i, e in enumerate(experts, 1))


def more_en(experts: list[ExpertMatch]) -> str:
    """More experts for the same problem (Who else?), in English."""
    if not experts:
        return "All the experts of the graph related to this problem have been recommended already."
    return "You could also consider:\n\n" + "\n\n".join(describe_expert_en(e, i) for i, e in enumerate(experts, 1))


def describe_unmet_en(requirement: Requirement) -> str:
    """`generation.grounded.describe_unmet` in English (the award or institution asked for is not named again)."""
    if requirement.kind == "place":
        return ("The expert knowledge graph does not record where experts are; none of the experts related to the "
                f"problem has an institution whose name holds 「{requirement.text}」.")
    what = {"academy": "with the academic standing you asked for", "award": "with the award you asked for",
            "institution": "from the institution you asked for"}[requirement.kind]
    return f"Among the experts related to the problem, the expert knowledge graph holds none {what}."


def describe_unrecorded_en(what: list[str]) -> str:
    """`generation.grounded.describe_unrecorded` in English."""
    said = ", ".join(_UNRECORDED.get(w, w) for w in what)
    return (f"The expert knowledge graph does not record experts' {said}, so they could not be chosen by it; the "
            "experts above were chosen by how close their research is to the problem.")


def misspelt_en(name: str) -> str:
    """Says that the expert listed first is found by a name one character off the one written."""
    return (f"The graph holds no expert of exactly the name you wrote; {name}'s name differs from it by one character "
            "and is listed first: please check that this is the person you mean.")
