"""The experts' records in a form a turn asks for (a JSON array, a Markdown table), and that form's wording taken off."""

from __future__ import annotations

import json
import re

from generation.grounded import DEFAULT_FIELDS, RECORD_FIELDS, achievement
from retrieval.english_names import recorded_place
from retrieval.models import ExpertMatch


JSON_ASKED = re.compile(r"(?<![A-Za-z])json(?![A-Za-z])", re.IGNORECASE)  # 以JSON格式返回他们的姓名和单位, "as JSON"
# 用表格列出这些专家, 列个表, "in a table": the records as a Markdown table
TABLE_ASKED = re.compile(r"(?:用|以|列|做|画|整理|制)(?:个|一个|张|成|一张|作)?(?:对比|比较|汇总|一览)?表(?!达|示|明|现|面|彰|层|情|演|白|态|的?第|里|中)|"  # (第一个列表的第二位: a list)
                         r"表格(?:的?形式)?(?:列出|展示|输出|给出|呈现|整理|汇总)|(?:名单|清单|列表|信息|资料)的?表格|"
                         r"(?i:\b(?:in|as|into)\s+a\s+table\b|\btabular\b|\b(?:a|the)\s+(?:comparison\s+|summary\s+)?table\s+"
                         r"(?:of|with|for|comparing)\b|\b(?:make|give|show|create|draw)\s+(?:me\s+|us\s+)?(?:a\s+)?"
                         r"(?:comparison\s+|summary\s+)?table\b|\btable\s+format\b)")



def in_mention_order(text: str, experts: list[ExpertMatch]) -> list[ExpertMatch]:
    """The experts in the order a model's answer names them (then those it does not name), so that 第一位 next means
    the first the user read, not the first retrieved."""
    at = {e.id: text.find(e.name) for e in experts}
    return sorted(experts, key=lambda e: (at[e.id] < 0, at[e.id]))


def _columns(question: str, default: tuple[str, ...]) -> tuple[str, ...]:
    """The record's facts a question asks a JSON or a table to hold (字段包括name, institution / 列出姓名和单位), the
    name always first; `default` when it names none of them."""
    spaced = re.sub(r"[\u3000-\u9fff\uff00-\uffef]", " ", question)  # (name、institution和: English keys beside Chinese)
    asked = [key for key, _, _, words in RECORD_FIELDS
             if re.search(words, question, re.IGNORECASE) or re.search(words, spaced, re.IGNORECASE)]
    return default if not set(asked) - {"name"} else ("name", *(k for k in asked if k != "name"))


def _value(expert: ExpertMatch, key: str) -> str | list[str] | None:
    if key == "elected":  # the years of the seats the record dates
        return "、".join(str(a.year) for a in expert.awards if a.name.endswith("院士") and a.year) or None
    if key == "place":  # where the graph places the expert's institution (kg/places.py)
        return recorded_place(expert.province, expert.city) or None
    return [achievement(a) for a in expert.awards] if key == "awards" else getattr(expert, key)


def as_json(experts: list[ExpertMatch], question: str = "") -> str:
    """The experts' records as a JSON array, one object each, the graph's facts as the cards give them (only those the
    question names, when it names some)."""
    keys = _columns(question, DEFAULT_FIELDS)
    return json.dumps([{key: _value(e, key) for key in keys} for e in experts], ensure_ascii=False)


def as_table(experts: list[ExpertMatch], english: bool = False, question: str = "") -> str:
    """The experts' records as a Markdown table, one row each, the graph's facts as the cards give them (the columns
    the question names, when it names some)."""
    asked = _columns(question, ("name", "institution", "title", "directions", "awards"))
    columns = sorted((c for c in RECORD_FIELDS if c[0] in asked), key=lambda c: asked.index(c[0]))
    head = "| " + " | ".join(c[2] if english else c[1] for c in columns) + " |"

    def cell(expert: ExpertMatch, key: str) -> str:
        value = _value(expert, key)
        return ("、".join(value) if isinstance(value, list) else value) or "—"

    rows = ["| " + " | ".join(cell(e, c[0]) for c in columns) + " |" for e in experts]  # no row numbers: a figure
    return "\n".join([head, "|---" * len(columns) + "|", *rows])


# ("Which of them was elected first?" / 他们谁当选早？: 他 and "the other one" next are of the one the answer names first)


# how the answer should be given, said before the question (请只回答"是"或"否"，不要解释：…, Answer only "yes" or "no": …)
_ANSWER_FORM = re.compile(r"^\s*(?:(?:请|麻烦|你)?(?:只|仅|直接|简单|简短)?(?:地)?(?:回答|答复|回复|答)[^：:。？?\n]{0,20}?"
                          r"(?:是|否|对|错|一句话|一个字|简短|简单)[^：:。？?\n]{0,12}?[：:。，,]\s*"
                          r"(?:(?:不要|无需|不用|别|不必)(?:任何)?(?:解释|多说|展开|说明)[^：:。？?\n]{0,6}?[：:。，,]\s*)?|"
                          r"(?i:(?:please\s+)?(?:answer|reply|respond)\s+(?:only|just|briefly|with)?[^:.?\n]{0,30}?"
                          r"(?:yes|no|one\s+word|briefly)[^:.?\n]{0,20}?[:.,]\s*"
                          r"(?:(?:no|don't\s+(?:explain|elaborate))[^:.?\n]{0,16}?[:.,]\s*)?))")


def without_answer_form(question: str) -> str:
    """`question` without an instruction on the answer's form before it (请只回答"是"或"否"：潘际銮是工程院院士吗？)."""
    return _ANSWER_FORM.sub("", question, count=1)
