"""An exclusivity an English answer states among the retrieved experts ("the only one of the three with a national
award", "the only one whose card is about tea"), computed from their records as comparisons are: true when the expert
it is said of holds the award or topic and no other retrieved expert does.

What cannot be read as an award or a topic is left to the guard's default for such words: not held.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from generation.english import topic_parts
from retrieval.english_names import award_name
from retrieval.models import ExpertMatch

# the words that start an exclusivity (the guard's SUPERLATIVE_EN reads them as a claim of their own)
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
_AWARD_WORDS = re.compile(r"\b(?:award|prize|medal)s?\b", re.IGNORECASE)
_GRADE = re.compile(r"\b(?:first|second|third|fourth|special)[- ](?:class|grade|prize)\s+", re.IGNORECASE)
_TOPIC_TAIL = re.compile(r"\s+(?:work|research|directions?|experience|background|expertise|topics?)$", re.IGNORECASE)


def exclusive(tail: str, who: int, experts: Sequence[ExpertMatch],
              similar: Callable[[str, Sequence[str]], float] | None, topic_min: float) -> tuple[bool, str] | None:
    """Whether the exclusivity whose words follow `tail` (what comes after "the only one") holds for expert `who` among
    `experts`, and why; None when it names neither an award nor a topic the records can decide."""
    lead = _LEAD.match(tail)
    if lead is None:
        return None
    end = _END.search(tail, lead.end())
    said = tail[lead.end():end.start() if end else len(tail)].strip()
    if not said:
        return None
    if _AWARD_WORDS.search(said):
        name = award_name(_GRADE.sub("", said))
        if not name:
            return None
        holds = [any(_in_order(name, a.name) for a in e.awards if not a.name.endswith("院士")) for e in experts]
        what = name
    else:
        topic = _TOPIC_TAIL.sub("", said)
        if similar is None or not re.search(r"[A-Za-z]{3,}", topic):
            return None
        holds = [similar(topic, topic_parts([*e.directions, *e.fields])) >= topic_min for e in experts]
        what = topic
    others = [e.name for j, e in enumerate(experts) if j != who and holds[j]]
    if not holds[who]:
        return False, f"{experts[who].name}'s record does not hold {what}"
    if others:
        return False, f"{'、'.join(others)} also hold {what}"
    return True, f"of the retrieved experts only {experts[who].name} holds {what}"


def _in_order(short: str, name: str) -> bool:
    """Whether every character of `short` appears in `name` in order (国家奖 in 国家科学技术进步奖二等奖)."""
    it = iter(name)
    return all(c in it for c in short)
