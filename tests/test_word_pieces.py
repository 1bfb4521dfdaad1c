"""A profile that holds only a piece of a problem's word is said to (氧化物 of 氮氧化物: oxide superconductors were
given as "the problem's keyword" for a flue-gas NOx problem, rt72), and such a piece makes no direction related.

Pure readers, the guard and the English reasons on their own; the match itself on a small graph of its own on the
session's FalkorDB server (tests/test_match_keywords.py's)."""

from __future__ import annotations

import pytest

from generation.grounded_en import reason_en
from generation.grounding import check_answer
from retrieval.lexical import part_of
from retrieval.models import ExpertMatch
from retrieval.pipeline import WEAK_PARTS, WEAK_WORDS, weak_card_reasons
from retrieval.presentation import KEYWORDS, PART_WORDS, plain_reasons
from tests.test_match_keywords import PREFIX, retriever  # noqa: F401 - the module's fixture, reused


@pytest.mark.parametrize(("term", "query", "owner"), [
    ("氧化物", "工厂烟气里的氮氧化物超标，想做脱硝改造", "氮氧化物"),
    ("氧化", "工厂烟气里的氮氧化物超标，想做脱硝改造", "氮氧化物"),
    ("时间", "我们的酱油放一段时间瓶口会长白膜", "一段时间"),
    ("电池", "锂电池隔膜高温收缩", "锂电池"),
    ("烟气", "工厂烟气里的氮氧化物超标", None),  # a whole word
    ("注塑", "注塑件翘曲变形", None),  # the word less its last character: the same thing
    ("翘曲变形", "注塑件翘曲变形", None),  # whole consecutive words
    ("脱硝", "想做脱硝改造", None),  # characters jieba does not know as a word: no word to be a piece of
    ("铝", "铝、铜的焊接", None),
])
def test_a_piece_of_a_problems_word_is_told_from_a_word(term, query, owner):
    assert part_of(term, query) == owner


def test_pieces_are_their_own_reason_and_a_weak_card_says_only_pieces():
    match = ExpertMatch(id="y", name="杨国桢", score=1.0, directions=["液氮温区氧化物超导材料"])
    reasons = plain_reasons(match, [], ["氧化物", "超标"], None, {"氧化物": "氮氧化物"})
    assert reasons == [KEYWORDS + "超标", PART_WORDS + "氧化物（问题写的是「氮氧化物」）"]
    assert plain_reasons(match, [], ["氧化物"], None, {"氧化物": "氮氧化物"}) == [PART_WORDS + "氧化物（问题写的是「氮氧化物」）"]
    assert weak_card_reasons([PART_WORDS + "氧化物（问题写的是「氮氧化物」）"]) == [WEAK_PARTS + "氧化物（问题写的是「氮氧化物」）"]
    both = weak_card_reasons([KEYWORDS + "超标", PART_WORDS + "氧化物（问题写的是「氮氧化物」）"])
    assert both == [WEAK_WORDS + "超标", PART_WORDS + "氧化物（问题写的是「氮氧化物」）"]  # one "only", not two


def test_the_piece_reason_reads_in_english_and_the_guard_keeps_it():
    assert reason_en(WEAK_PARTS + "氧化物（问题写的是「氮氧化物」）、电池（问题写的是「锂电池」）") == (
        "weakly related: the expert's record holds only parts of the graph's Chinese terms for your problem: "
        "「氧化物 (part of 氮氧化物)、电池 (part of 锂电池)」")
    yang = ExpertMatch(id="y", name="杨国桢", institution="中国科学院物理研究所", score=1.0,
                       directions=["液氮温区氧化物超导材料"])
    other = ExpertMatch(id="z", name="郝吉明", institution="清华大学", score=0.9, directions=["氮氧化物"])
    for text in ("1. 杨国桢，中国科学院物理研究所。推荐理由：关联较弱，专家资料中只出现了问题里词语的一部分：氧化物（问题写的是「氮氧化物」）。",
                 "1. 杨国桢 (中国科学院物理研究所). Why: " + reason_en(WEAK_PARTS + "氧化物（问题写的是「氮氧化物」）") + "."):
        _, report = check_answer(text, [yang, other])
        assert report.dropped == [] and all(s.kept for s in report.sentences), report


def test_a_match_says_a_piece_as_a_piece_and_names_no_direction_for_it(retriever):  # noqa: F811
    """燃料电池 asked, 陈立新's profile holds 锂电池 and 电池材料: 电池 is a piece of the problem's word."""
    found = {e.name: e.reasons for e in retriever.match("燃料电池电堆寿命短", top_k=10).experts}
    reasons = found["陈立新"]
    assert not any("电池" in r for r in reasons if r.startswith((PREFIX, WEAK_WORDS))), reasons
    assert any("问题里词语的一部分" in r and "电池（问题写的是「燃料电池」）" in r for r in reasons), reasons
