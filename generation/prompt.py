"""Prompts built from the retrieved expert subgraph: the model may state only these facts."""

from __future__ import annotations

from generation.models import ChatMessage
from retrieval.models import ExpertMatch

_RULES = (
    "你是面向企业的技术专家推荐助手。企业描述技术难题，你从【专家资料】中推荐能解决问题的专家。\n"
    "规则：只能使用【专家资料】里的事实，不得编造任何专家姓名、单位、职称、研究方向或奖项；"
    "资料中没有的信息就说不知道。对每位推荐的专家依次说明：姓名、单位与职称、研究方向、主要成就与获奖、为什么适合这个问题。"
)
SYSTEM_PROMPT = _RULES + "回答使用中文，简洁、准确。"
# an English question is answered in English: the cards stay Chinese (they are the graph's words), the model renders
# their facts faithfully, so the guard can read them back (generation/english.py)
ENGLISH_PROMPT = _RULES + ("Answer in English, concisely and accurately. The cards are in Chinese: translate their "
                           "facts faithfully and add nothing; write each expert's name in pinyin with the Chinese name "
                           "once in brackets.")


def expert_card(index: int, expert: ExpertMatch) -> str:
    """One expert's facts as a numbered context block."""
    awards = "、".join(f"{a.name}（{a.year}年）" if a.year else a.name for a in expert.awards) or "无记录"
    lines = [
        f"专家{index}：{expert.name}",
        f"单位：{expert.institution or '未知'}；职称：{expert.title or '未知'}",
        f"学科：{'、'.join(expert.fields) or '未知'}",
        f"研究方向：{'、'.join(expert.directions) or '未知'}",
        f"获奖与荣誉：{awards}",
    ]
    if expert.reasons:
        lines.append(f"匹配依据：{'；'.join(expert.reasons)}")
    return "\n".join(lines)


def context_block(experts: list[ExpertMatch]) -> str:
    """All experts' cards, or a note that none matched."""
    if not experts:
        return "【专家资料】\n（知识图谱中没有与该问题匹配的专家）"
    return "【专家资料】\n" + "\n\n".join(expert_card(i, e) for i, e in enumerate(experts, 1))


def build_messages(question: str, experts: list[ExpertMatch], history: list[ChatMessage] | None = None,
                   max_history: int = 6, english: bool = False) -> list[ChatMessage]:
    """System prompt with the grounding facts, the recent conversation, then the user's question; `english`: the
    answer is to be in English (an English question, or 请用英文回答 earlier)."""
    rules = ENGLISH_PROMPT if english else SYSTEM_PROMPT
    system = ChatMessage(role="system", content=f"{rules}\n\n{context_block(experts)}")
    recent = [m for m in (history or []) if m.role != "system"][-max_history:]
    return [system, *recent, ChatMessage(role="user", content=question)]
