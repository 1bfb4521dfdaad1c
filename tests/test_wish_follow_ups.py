"""A follow-up that states only a wish or a kind left out keeps the problem under discussion (rt53: 有没有年纪大一点的？
and 不在北京也不在上海的呢？ were searched alone and showed geologists and chemists for an injection-moulding problem),
and the wish is kept in what the next turns say of the list."""

from __future__ import annotations

import pytest

from generation.answerer import ExpertAnswerer
from generation.conversation import Conversation, resolve
from retrieval.requirements import asked_age_order, birth_year, read_requirements
from test_biography import academicians as cae_academicians  # noqa: F401  (a fixture, shared)

PROBLEM = "我们做注塑件，翘曲变形严重，请推荐专家"


@pytest.mark.parametrize("turn, left_out", [
    ("有没有年纪大一点的？", set()), ("再年轻一点", set()), ("年纪大一点的呢", set()), ("资深一些吧", set()),
    ("80年代当选的呢？", set()), ("不在北京也不在上海的呢？", {"北京", "上海"}), ("北京以外的有吗？", {"北京"}),
    ("非院士的呢？", {"院士"}), ("不是高校的呢", {"高校"}), ("除了北京的都可以", {"北京"}),
])
def test_a_wish_alone_keeps_the_problem(turn, left_out):
    intent = resolve(turn, Conversation(problem=PROBLEM))
    assert intent.kind == "problem" and intent.query and intent.query.startswith(PROBLEM), intent
    assert {r.text for r in intent.without} == left_out


def test_a_turn_with_a_topic_of_its_own_is_a_new_problem_beside_its_exclusion():
    intent = resolve("北京以外的焊接专家", Conversation(problem=PROBLEM))
    assert intent.query == "焊接专家" and {r.text for r in intent.without} == {"北京"}


@pytest.mark.parametrize("text, order", [
    ("希望年轻一点的", "younger"), ("有没有年纪大一点的专家", "older"), ("年长一些的专家", "older"),
    ("Any older experts?", "older"), ("younger experts please", "younger"), ("材料专家", None),
])
def test_the_age_order_wished_for(text, order):
    assert asked_age_order(text) == order
    assert bool(order) == any(r.text == "年龄" for r in read_requirements(text))


@pytest.mark.parametrize("text, years", [("80年代当选的院士", "1980年至1989年"), ("八十年代当选的院士", "1980年至1989年"),
                                         ("1990年代当选的院士", "1990年至1999年")])
def test_an_elected_decade_said_with_two_digits_or_in_words(text, years):
    assert ("elected", years) in {(r.kind, r.text) for r in read_requirements(text)}


def test_an_older_expert_wished_for_orders_the_relevant_earliest_born_first_and_later_turns_say_so(cae_academicians):  # noqa: F811
    retriever, _ = cae_academicians
    answerer = ExpertAnswerer(retriever)
    talk = Conversation()
    answerer.answer("推荐几位材料方面的专家", talk)
    answer = answerer.answer("有没有年纪大一点的？", talk)
    years = [birth_year(retriever.profile_texts.get(e.id, "")) for e in answer.experts]
    lead = years[:next((k for k, y in enumerate(years) if y is None), len(years))]
    assert lead and lead == sorted(lead), years  # the relevant ones with a year, earliest born first
    assert "按生年从早到晚排在前面" in answer.text and answer.grounding.dropped == []
    after = answerer.answer("不在北京的呢？", talk)  # the list is still ordered by the wish: the note says so again
    assert "按生年从早到晚排在前面" in after.text and "无法按它筛选" not in after.text
    assert all("北京" not in (e.institution or "") for e in after.experts)
